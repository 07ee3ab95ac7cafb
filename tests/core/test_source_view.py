"""Where else a search is found, for the source-text page."""

from wsislens.source_view import elsewhere_in_words, matches_elsewhere

TEXTS = {
    "a": "digital, digital",
    "b": "nothing",
    "c": "digital once",
    "d": "**digital** three: digital digital",
    "e": "digital",
}
NAMES = {k: f"Text {k.upper()}" for k in TEXTS}


def test_other_texts_with_a_match_come_most_first_and_the_current_one_is_left_out():
    assert matches_elsewhere(TEXTS, list(TEXTS), "a", "Digital") == [("d", 3), ("c", 1), ("e", 1)]
    assert matches_elsewhere(TEXTS, list(TEXTS), "a", "  ") == []
    assert matches_elsewhere(TEXTS, ["a", "b"], "a", "digital") == []


def test_the_sentence_names_the_first_texts_and_counts_the_rest():
    found = matches_elsewhere(TEXTS, list(TEXTS), "b", "digital")
    assert elsewhere_in_words(found, NAMES, 0, limit=2) == (
        "Also found in 4 other texts: Text D, 3 matches; Text A, 2 matches; and 2 more. "
        "Choose one under “Submission text” to read it."
    )
    assert elsewhere_in_words([], NAMES, 3) == ""
    assert elsewhere_in_words([], NAMES, 0) == "No other text shown holds it either."
