"""A quote is shown in its sentence: the words around it come from the source text, up to the
sentence's ends, and never from a text that does not hold the quote at its offsets."""

from wsislens.evidence import CONTEXT_REACH, in_context

TEXT = (
    "ECPAT works in 104 countries. The remit of ECPAT International is closely linked to "
    "SDGs 16.2, 5.3 and 8.7. It reports yearly.\nA new paragraph"
)


def around(quote, text=TEXT):
    start = text.index(quote)
    return in_context(text, start, start + len(quote))


def test_a_quote_is_read_in_its_sentence():
    assert around("SDGs 16.2") == (
        "The remit of ECPAT International is closely linked to ",
        "SDGs 16.2",
        ", 5.3 and 8.7.",
    )


def test_the_sentence_ends_at_the_text_and_at_a_paragraph():
    assert around("ECPAT works") == ("", "ECPAT works", " in 104 countries.")
    assert around("It reports") == ("", "It reports", " yearly.")
    assert around("new") == ("A ", "new", " paragraph")


def test_a_long_sentence_is_cut_with_an_ellipsis():
    words = "word " * 100
    text = words + "KEY" + " " + words
    before, quote, after = around("KEY", text)
    assert quote == "KEY"
    assert before.startswith("…") and len(before) == CONTEXT_REACH + 1
    assert after.endswith("…") and len(after) == CONTEXT_REACH + 1


def test_the_context_comes_from_the_text_that_holds_the_quote():
    from wsislens.evidence import in_sentences

    start = TEXT.index("SDGs 16.2")
    item = {"quote": "SDGs 16.2", "start": start, "end": start + 9}
    other = "x" * len(TEXT)
    [found] = in_sentences([item], {"other": other, "ecpat": TEXT})
    assert (found.holder, found.parts[0]) == (
        "ecpat",
        ("The remit of ECPAT International is closely linked to ", False),
    )
    assert [(s.holder, s.parts) for s in in_sentences([item], {"other": other})] == [
        (None, (("SDGs 16.2", True),))
    ]
    assert in_sentences([{"quote": "SDGs 16.2"}], {"ecpat": TEXT})[0].holder is None


def test_a_sentence_keeps_its_closing_quote_mark():
    text = 'Intro. He said "we fight child labour." Then more.'
    start = text.index("child")
    assert in_context(text, start, start + 5) == ('He said "we fight ', "child", ' labour."')


def test_a_quote_that_ends_its_sentence_takes_nothing_after_it():
    text = "First one. The quote ends here. Next sentence follows."
    start = text.index("quote")
    assert in_context(text, start, text.index("here.") + 5) == ("The ", "quote ends here.", "")


def test_a_list_item_is_read_without_its_marker():
    text = "Our aims:\n\n- We aim to reach 100,000 women farmers by 2025.\n"
    start = text.index("100,000")
    assert in_context(text, start, start + len("100,000 women farmers")) == (
        "We aim to reach ",
        "100,000 women farmers",
        " by 2025.",
    )


def test_a_sentence_broken_across_paragraphs_is_read_whole():
    text = (
        "Heading\n\nThe meeting stressed the need for wider partnerships, investment in data,\n\n"
        "and the positioning of regional mechanisms.\n\nNext paragraph."
    )
    assert around("investment in data", text) == (
        "The meeting stressed the need for wider partnerships, ",
        "investment in data",
        ", and the positioning of regional mechanisms.",
    )
    # a line ended by a full stop, or followed by a capital, ends its sentence
    assert around("Next", text) == ("", "Next", " paragraph.")
    assert around("meeting", text)[0] == "The "
    assert around("positioning", text)[0] == (
        "The meeting stressed the need for wider partnerships, investment in data, and the "
    )


def test_a_quote_found_elsewhere_too_is_searched_with_its_sentence():
    from wsislens.evidence import quote_search

    text = "ADCA was founded in 2019. Members of ADCA trade across 12 borders. ADCA met in Nairobi."
    second = text.index("ADCA", 10)
    assert quote_search(text, second, second + 4) == "Members of ADCA trade across 12 borders."
    unique = text.index("Nairobi")
    assert quote_search(text, unique, unique + 7) == "Nairobi"
    # a sentence said twice cannot single the quote out: its own words are searched
    twice = "ADCA met. ADCA met."
    assert quote_search(twice, 0, 4) == "ADCA"


def test_quotes_of_one_sentence_are_read_in_it_once():
    from wsislens.evidence import in_sentences

    def item(words, occurrence=1):
        start = -1
        for _ in range(occurrence):
            start = TEXT.index(words, start + 1)
        return {"quote": words, "start": start, "end": start + len(words)}

    found = in_sentences(
        [item("SDGs 16.2"), item("104 countries"), item("8.7")], {"ecpat": TEXT, "other": "x"}
    )
    assert [(s.holder, s.parts) for s in found] == [
        (
            "ecpat",
            (
                ("The remit of ECPAT International is closely linked to ", False),
                ("SDGs 16.2", True),
                (", 5.3 and ", False),
                ("8.7", True),
                (".", False),
            ),
        ),
        ("ecpat", (("ECPAT works in ", False), ("104 countries", True), (".", False))),
    ]
    assert [len(s.items) for s in found] == [2, 1]
    # overlapping quotes are marked as one run; a quote no text holds stands alone
    overlapping = in_sentences([item("SDGs 16.2, 5.3"), item("5.3 and 8.7")], {"ecpat": TEXT})
    assert overlapping[0].quotes == ["SDGs 16.2, 5.3 and 8.7"]
    assert [(s.holder, s.parts) for s in in_sentences([{"quote": "gone"}], {"ecpat": TEXT})] == [
        (None, (("gone", True),))
    ]
