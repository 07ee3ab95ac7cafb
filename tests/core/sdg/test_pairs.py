"""Targets named by a group of people and what the target says of them (the vocabulary file's
`pairs`), and the words of protection practice: "children who face violence" is target 16.2
without its official words."""

from __future__ import annotations

import pytest

from wsislens.sdg import classify
from wsislens.sdg.analysis import analyse
from wsislens.sdg.reference import load_targets
from wsislens.sdg.text import phrase_key
from wsislens.sdg.vocabulary import WHAT, WHO, _raw, load_pairs


def _pair_quotes(text: str) -> list[tuple[str, str]]:
    """(target, quote) of the pair hits in `text`."""
    pairs = load_pairs()
    out = []
    for hit in analyse(text).hits:
        if len(hit.key) != 2:
            continue
        for entry in hit.entries:
            roles = {
                role for word in hit.key for role, target in pairs.get(word, ()) if target == entry.target
            }
            if roles == {WHO, WHAT}:
                out.append((entry.target, text[hit.start : hit.end]))
    return out


def test_the_pairs_are_single_words_of_official_targets():
    official = set(load_targets())
    raw = _raw()["pairs"]
    assert sorted(raw) == ["16.2", "4.5", "5.2", "5.5", "5.b", "8.6"]
    for target, lists in raw.items():
        assert target in official
        assert sorted(lists) == ["what", "who"]
        for word in lists["who"] + lists["what"]:
            assert len(phrase_key(word)) == 1, word
    # "girls" stands among those whom 16.2, 5.2 and 5.b speak of
    assert load_pairs()["girl"] == ((WHO, "16.2"), (WHO, "5.2"), (WHO, "5.b"))


def test_children_who_face_violence_is_target_16_2():
    text = "Our helpline supports children who face violence at home."
    result = classify(text)
    assert result["goals"] == [16]
    assert result["targets"] == ["16.2"]
    assert result["scores"] == {"16": 0.879}
    assert [(e["target"], e["basis"], e["quote"], e["start"], e["end"]) for e in result["evidence"]] == [
        ("16.2", "inferred", "children who face violence", 22, 48),
        (None, "inferred", "violence", 40, 48),
    ]
    assert text[22:48] == "children who face violence"


@pytest.mark.parametrize(
    "text, target, quote",
    [
        (
            "The unit rescued 40 minors from exploitation by criminal gangs.",
            "16.2",
            "minors from exploitation",
        ),
        ("The helpline for kids answers calls about abuse.", "16.2", "kids answers calls about abuse"),
        (
            "Our shelter houses women who escaped violence at the hands of their partners.",
            "5.2",
            "women who escaped violence",
        ),
    ],
)
def test_a_harm_with_those_who_suffer_it_in_one_clause(text, target, quote):
    assert classify(text)["targets"] == [target]
    assert _pair_quotes(text) == [(target, quote)]


@pytest.mark.parametrize(
    "text",
    [
        # another clause
        "Children learn to code in after-school clubs; violence in the region has fallen.",
        # more than PAIR_WINDOW words apart
        "Children in the after-school clubs of the eastern districts learn to code, and violence has fallen.",
        # denied
        "The clinic does not work on violence affecting children.",
        # another item of a list, or another paragraph
        "Our services:\n- a reading club for 15-year-old girls\n- online courses for shop owners",
        "The helpline answers children.\n\nViolence in the region has fallen",
    ],
)
def test_no_pair_across_clauses_far_apart_or_denied(text):
    assert _pair_quotes(text) == []
    assert 16 not in classify(text)["goals"]
    assert "5.b" not in classify(text)["targets"]


@pytest.mark.parametrize(
    "text",
    [
        "The programme protects children from sexual exploitation online.",
        "The network campaigns against the sexual exploitation of minors.",
        "The hotline receives reports of sexually exploited children and refers them to the police.",
        "The law criminalises the production and distribution of sexual images of children.",
        "We work with tech companies to detect and remove child sexual abuse images.",
    ],
)
def test_words_of_child_protection_practice_name_16_2(text):
    assert classify(text)["targets"] == ["16.2"]


def test_a_phrase_of_the_target_holds_its_words_once():
    # "sexual exploitation of children" is a phrase of 16.2: no pair hit counts its words again
    text = "We fight the sexual exploitation of children."
    assert _pair_quotes(text) == []
    assert [(text[h.start : h.end], h.entries[0].target) for h in analyse(text).hits] == [
        ("sexual exploitation of children", "16.2")
    ]


def test_early_warning_of_cyclones_serves_climate_resilience():
    text = "The meteorological agency sends cyclone early warning messages to fishers in coastal villages."
    result = classify(text)
    # "early warning" is a generic phrase of 11.b (a goal 11 word that names 11.b only beside others)
    assert result["targets"] == ["11.5", "13.1", "14.2"]
    quotes = {(e["target"], e["quote"]) for e in result["evidence"]}
    assert {("13.1", "cyclone"), ("13.1", "early warning"), ("11.5", "cyclone")} <= quotes


@pytest.mark.parametrize(
    "text, targets, quote",
    [
        (
            "Our association trains women in rural districts to use smartphones for their small businesses.",
            ["5.b", "8.3"],
            ("5.b", "women in rural districts to use smartphones"),
        ),
        (
            "The centre makes secondary education accessible to blind students with screen readers.",
            ["4.5", "4.1"],
            ("4.5", "education accessible to blind"),
        ),
        (
            "The network mentors women who stand as candidates in local elections.",
            ["5.5"],
            ("5.5", "women who stand as candidates"),
        ),
    ],
)
def test_groups_the_targets_speak_of(text, targets, quote):
    assert classify(text)["targets"] == targets
    assert _pair_quotes(text) == [quote]


def test_a_what_word_held_by_a_phrase_of_the_target_makes_no_pair():
    # "internships" is itself a phrase of 8.6: the young graduates add no second hit
    text = "The programme places young graduates in paid internships with software firms."
    assert _pair_quotes(text) == []
    assert [(text[h.start : h.end], [e.target for e in h.entries]) for h in analyse(text).hits] == [
        ("internships", ["8.6"])
    ]


def test_a_list_item_ends_a_pairs_clause():
    text = (
        "Our centre offers:\n- A Saturday coding club for children aged 10–15, with 45% girls\n"
        "- Co-working desks for 22 small online businesses"
    )
    # "girls" ends one item and "online" stands in the next: no 5.b (1.33 read "girls\n- Co-working
    # desks for 22 small online" as 5.b at 0.908)
    assert _pair_quotes(text) == []
    assert classify(text)["targets"] == ["4.4"]
