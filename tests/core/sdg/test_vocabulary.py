"""Words of the medium of WSIS work count only beside other words of the same goal or target;
words named in passing do not count."""

import pytest

from wsislens.sdg.vocabulary import Entry, Hit, frame_spans, medium_keys, passing_spans, without_bare_medium

INTERNET_USERS = Hit(
    10, 24, ("internet", "user"), (Entry(9, "9.c", 1.6), Entry(17, "17.8", 1.6), Entry(17, "17.6", 1.6))
)
PARTNERSHIP = Hit(0, 11, ("partnership",), (Entry(17, None, 0.5),))
BROADBAND = Hit(30, 39, ("broadband",), (Entry(9, "9.c", 1.0),))


def test_the_medium_words_are_read_from_the_vocabulary_file():
    keys = medium_keys()
    assert len(keys) == 18  # 27 phrases, some the same once plurals and spellings are folded
    assert ("ict",) in keys and ("use", "of", "ict") in keys
    assert ("broadband",) not in keys


def test_alone_the_medium_counts_for_nothing():
    assert without_bare_medium([INTERNET_USERS]) == []


def test_beside_a_goal_word_the_medium_supports_the_goal_once_and_no_target():
    kept = without_bare_medium([PARTNERSHIP, INTERNET_USERS])
    assert kept == [PARTNERSHIP, Hit(10, 24, ("internet", "user"), (Entry(17, None, 1.6),))]


def test_beside_a_phrase_of_its_target_the_medium_supports_that_target():
    kept = without_bare_medium([INTERNET_USERS, BROADBAND])
    assert kept == [Hit(10, 24, ("internet", "user"), (Entry(9, "9.c", 1.6),)), BROADBAND]


def passing(text):
    return [text[start:end] for start, end in passing_spans(text)]


def test_a_passing_mention_spans_the_phrase_it_names():
    assert passing("The group, after a brief reference to climate change, spent the day on spectrum.") == [
        "a brief reference to climate change"
    ]
    assert passing("The report briefly mentions child labour before turning to spectrum policy.") == [
        "briefly mentions child labour "
    ]
    assert passing("A closing session also touched on school gardens and healthy snacks.") == [
        "touched on school gardens and healthy snacks"
    ]
    assert passing(
        "The minister mentioned in passing the malaria programme, then spoke about broadband."
    ) == ["mentioned in passing the malaria programme"]


def test_a_clause_opening_in_passing_is_a_passing_mention_to_its_end():
    assert passing(
        "The hotline serves children. In passing, it notes malaria rates; it also trains police."
    ) == [" In passing, it notes malaria rates"]


def test_a_topic_mentioned_only_in_passing_is_the_clause_before_the_cue():
    assert passing("The hotline serves children; gender was mentioned only in passing, as was health.") == [
        " gender was mentioned only in passing"
    ]


def test_work_described_in_full_is_not_a_passing_mention():
    assert (
        passing(
            "The short film was shown at a single event and the touch screens stayed in touch with users."
        )
        == []
    )
    assert passing("Passing trains carry goods to the port.") == []


def test_a_topic_mentioned_only_in_passing_after_its_verb():
    assert passing("The strategy mentions SDG 3 only in passing, in its preamble.") == [
        "The strategy mentions SDG 3 only in passing"
    ]


@pytest.mark.parametrize(
    "name",
    [
        "United Nations Commission on Science and Technology for Development",
        "World Summit on the\nInformation Society",
        "Tunis Agenda for the Information Society",
        "Geneva Commitment",
        "Tunis Commitment",
        "Geneva Plan of Action",
        "WSIS Forum",
        "UNITED NATIONS GROUP ON THE INFORMATION SOCIETY",
        "Partnership on Measuring ICT for Development",
    ],
)
def test_every_name_of_the_wsis_frame_is_found_in_any_case_and_across_a_line_break(name):
    text = f"Our report to the {name} in 2024."
    assert frame_spans(text) == [(18, 18 + len(name))]


def test_a_text_without_the_frame_has_no_frame_spans():
    assert frame_spans("The Commission funded action on climate and a forum on youth.") == []
