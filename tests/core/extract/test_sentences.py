"""Cutting a text into sentences: what the quotes of extracted facts are taken from."""

from __future__ import annotations

from wsislens.extract.document import analyse
from wsislens.extract.text import CanonicalText


def test_a_list_item_sentence_starts_after_its_marker():
    text = "Our aims:\n\n- We aim to reach 100,000 women farmers by 2025.\n• Second, a survey.\n"
    sentences = [s.text for s in analyse(CanonicalText(text, "txt")).sentences]
    assert sentences == ["Our aims:", "We aim to reach 100,000 women farmers by 2025.", "Second, a survey."]
