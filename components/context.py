"""What every page needs: the corpus, the global filters, the filtered tables and the
caption sentence, computed the same way for every view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from components import state
from components.data import corpus_source, get_chart, get_corpus, get_shown
from wsislens.figures.chart import Chart
from wsislens.filters import FilterState, describe, year_extent
from wsislens.loading import Corpus
from wsislens.tables import Tables


@dataclass(frozen=True)
class ViewContext:
    source: tuple[str, tuple]  # data directory and the fingerprint of its files
    corpus: Corpus
    filters: FilterState
    shown: Tables  # the tables narrowed by the filters
    caption: str
    year_extent: tuple[int, int]

    @property
    def tables(self) -> Tables:
        return self.corpus.tables

    def texts_of(self, submission_ids: Iterable[str]) -> dict[str, str]:
        """The source texts of these submissions, by id (where a fact's quotes may come from)."""
        return {submission_id: self.corpus.texts[submission_id] for submission_id in submission_ids}

    def chart(self, key: str) -> Chart:
        """A view's chart, built exactly as the exports build it (see wsislens.views)."""
        return get_chart(self.source, key, self.filters, state.view_options())


def view_context() -> ViewContext:
    source = corpus_source()
    corpus = get_corpus(source)
    extent = year_extent(corpus.tables)
    filters = state.current_filters(extent)
    return ViewContext(
        source,
        corpus,
        filters,
        get_shown(source, filters),
        describe(filters, corpus.tables),
        extent,
    )
