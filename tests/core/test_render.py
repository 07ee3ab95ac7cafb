import re

from wsislens.render import (
    Span,
    escape_markdown,
    escape_text,
    highlight,
    markup_spans,
    match_positions,
    readable,
)
from wsislens.source_view import fact_spans, metadata_spans


def test_escape_text_neutralises_html_and_keeps_lines():
    assert escape_text('<script>alert("x")</script>\n[link](#)') == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>[link](#)"
    )


def test_escape_markdown_shows_markdown_literally():
    assert escape_markdown("[We PROTECT](#) *x* $1") == "\\[We PROTECT\\]\\(\\#\\) \\*x\\* \\$1"


def test_highlight_wraps_spans_and_merges_overlaps():
    text = "ab <cd> ef"
    html = highlight(
        text, [Span(0, 2, "A", "events"), Span(3, 7, "B", "figures"), Span(5, 9, "C", "figures")]
    )
    assert html == (
        '<mark class="fact-events" title="A">ab</mark> <mark class="fact-figures" title="B">&lt;c</mark>'
        '<mark class="fact-figures" title="B; C">d&gt;</mark><mark class="fact-figures" title="C"> e'
        "</mark>f"
    )


def test_highlight_escapes_labels_and_marks_search_hits():
    html = highlight("Law and law", [Span(0, 3, 'say "hi" <b>', "events")], search="law")
    assert html == (
        '<mark class="fact-events" title="say &quot;hi&quot; &lt;b&gt;"><b class="search-hit">Law</b>'
        '</mark> and <b class="search-hit">law</b>'
    )
    assert len(match_positions("Law and law", "LAW")) == 2


def test_ecpat_spans_are_exact_and_markdown_stays_text(corpus, ecpat, ecpat_text):
    spans = metadata_spans(ecpat) + fact_spans(corpus.tables, "ecpat-international-2021")
    assert len(spans) == 98
    html = highlight(ecpat_text, spans)
    words = re.sub(r"<[^>]+>", "", html.replace("<br>", "\n"))
    assert "both through the We PROTECT Global Alliance and End Violence Against Children both of" in words
    assert words.startswith("\n\nCOMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT\n(CSTD)\n\n")
    assert (words.count("**"), words.count("](#)"), words.count("[")) == (0, 0, 0)
    assert "<a " not in html and "href" not in html
    labels = {s.label for s in spans}
    assert "SDG target 16.2 (stated)" in labels
    assert "Action line C10 Ethics (inferred)" in labels
    assert "Event 2019: Covid pandemic hampers ECPAT's work" in labels


def test_match_positions_are_case_blind_and_do_not_overlap():
    from wsislens.render import match_positions

    assert match_positions("Law enforcement and law-enforcement; LAW", "law") == [(0, 3), (20, 23), (37, 40)]
    assert match_positions("aaaa", "aa") == [(0, 2), (2, 4)]
    assert match_positions("text", "") == []


def test_markup_spans_are_the_marks_of_bold_and_of_anchor_links_only():
    text = "See **two\nlines** and [ECPAT](#) but not [site](https://x.org), 2 ** 3 or **a\n\nb**."
    assert [text[a:b] for a, b in markup_spans(text)] == ["**", "**", "[", "](#)"]
    assert markup_spans(text)[:2] == [(4, 6), (15, 17)]


def test_highlight_leaves_marks_out_but_keeps_offsets_of_the_stored_text():
    text = "Through [We PROTECT](#) **now**."
    assert highlight(text, [Span(9, 19, "Partner", "relations")]) == (
        'Through <mark class="fact-relations" title="Partner">We PROTECT</mark> now.'
    )


def test_readable_removes_the_marks_of_a_passage_split_in_parts():
    assert readable("through the [", "We PROTECT", "](#) and **x**") == (
        "through the ",
        "We PROTECT",
        " and x",
    )
    assert readable("no marks", "here") == ("no marks", "here")


def test_shown_matches_leave_out_those_on_hidden_marks():
    from wsislens.render import shown_matches

    text = "See **bold** and [We PROTECT](#), bold again."
    assert shown_matches(text, "**") == []
    assert shown_matches(text, "bold") == [(6, 10), (34, 38)]
    assert shown_matches(text, "We PROTECT") == [(18, 28)]
    assert shown_matches(text, "[We") == []


def test_a_quote_is_searched_for_as_the_screen_shows_it():
    from wsislens.render import searchable

    text = "Funds flow through the [We PROTECT Global Alliance](#) and [End Violence](#) both of which are ECPAT partners."
    start = text.index("[We")
    assert searchable(text, start, len(text) - 1) == "both of which are ECPAT partners"
    assert searchable(text, text.index("We P"), text.index("](#)")) == "We PROTECT Global Alliance"
    heading = "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT\n(CSTD)"
    assert searchable(heading, 0, len(heading)) == "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT"
    plain = "A plain sentence."
    assert searchable(plain, 2, 7) == "plain"
