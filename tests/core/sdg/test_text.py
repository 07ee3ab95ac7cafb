"""Tokens: folded words with their offsets in the original text."""

from wsislens.sdg import text
from wsislens.sdg.text import tokens

SENTENCE = "Women's cooperatives organised labour programmes; kids' centres."
EXPECTED = [
    ("women", 0, 5),
    ("cooperative", 8, 20),
    ("organized", 21, 30),
    ("labor", 31, 37),
    ("program", 38, 48),
    ("children", 50, 54),
    ("center", 56, 63),
]


def test_tokens_fold_words_and_keep_offsets():
    assert tokens(SENTENCE) == EXPECTED
    assert [SENTENCE[a:b] for _, a, b in EXPECTED] == [
        "Women",
        "cooperatives",
        "organised",
        "labour",
        "programmes",
        "kids",
        "centres",
    ]


def test_a_lone_s_is_never_a_token_even_once_other_words_are_remembered():
    assert tokens("s s's") == []
    assert tokens(SENTENCE) == EXPECTED
    assert tokens("it's") == [("it", 0, 2)]


def test_the_remembered_forms_are_bounded(monkeypatch):
    monkeypatch.setattr(text, "_FOLDED_MAX", 3)
    monkeypatch.setattr(text, "_FOLDED", {})
    assert tokens(SENTENCE) == EXPECTED
    assert len(text._FOLDED) <= 3
    assert tokens(SENTENCE) == EXPECTED
