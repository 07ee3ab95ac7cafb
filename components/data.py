"""Loading the corpus once per change of the data directory, shared by every user; and the
filtered tables and charts built from it, shared by every user who asks for the same filters.

The cache key is a fingerprint of the files (names, sizes, modification times), so a
submission saved by the "Add submission" page shows up in every view without a restart.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import streamlit as st

from wsislens import views
from wsislens.figures.chart import Chart
from wsislens.filters import FilterState, apply_filters
from wsislens.loading import Corpus, load_corpus
from wsislens.paths import default_data_dir
from wsislens.tables import Tables


def data_fingerprint(data_dir: Path) -> tuple:
    files = []
    for folder in ("submissions", "sources"):
        root = data_dir / folder
        if root.is_dir():
            files.extend(
                (str(p.relative_to(data_dir)), p.stat().st_size, p.stat().st_mtime_ns)
                for p in sorted(root.iterdir())
                if p.is_file()
            )
    return tuple(files)


@st.cache_resource(show_spinner="Loading submissions…", max_entries=4)
def _load(data_dir: str, fingerprint: tuple) -> Corpus:
    corpus = load_corpus(data_dir)
    _ = corpus.tables  # build the tables once, inside the cache
    return corpus


def corpus_source() -> tuple[str, tuple]:
    """(data directory, fingerprint of its files): the key of everything cached from the data."""
    data_dir = default_data_dir()
    return str(data_dir), data_fingerprint(data_dir)


def get_corpus(source: tuple[str, tuple] | None = None) -> Corpus:
    return _load(*(source or corpus_source()))


# Users who look at the same data through the same filters share one filtered copy of the tables
# (read-only, like the corpus's own tables).
@st.cache_resource(show_spinner=False, max_entries=8)
def _shown(data_dir: str, fingerprint: tuple, filters: FilterState) -> Tables:
    return apply_filters(_load(data_dir, fingerprint).tables, filters)


def get_shown(source: tuple[str, tuple], filters: FilterState) -> Tables:
    """The tables of the data `source` narrowed by `filters`."""
    return _shown(*source, filters)


# A room of users opening the same view is the common case: its chart is built once. The cache
# holds the pickled chart and every run unpickles its own copy: nothing one session does to a
# figure reaches another, and a chart reads the same on a cache miss as on a hit (an unpickled
# figure orders its layout keys differently, and a changed spec would clear a chart's selection).
@st.cache_data(show_spinner=False, max_entries=64)
def _pickled_chart(
    data_dir: str, fingerprint: tuple, key: str, filters: FilterState, options: views.ViewOptions
) -> bytes:
    tables = _load(data_dir, fingerprint).tables
    shown = _shown(data_dir, fingerprint, filters)
    return pickle.dumps(views.build_chart(key, tables, filters, options, shown))


def get_chart(source: tuple[str, tuple], key: str, filters: FilterState, options: views.ViewOptions) -> Chart:
    """A view's chart of the data `source` for these filters and options, built as the exports
    build it."""
    return pickle.loads(_pickled_chart(*source, key, filters, options))
