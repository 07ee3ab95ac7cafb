"""Shared fixtures: the bundled corpus and small data directories built per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wsislens.loading import Corpus, load_corpus
from wsislens.paths import BUNDLED_DATA_DIR

ECPAT_ID = "ecpat-international-2021"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(BUNDLED_DATA_DIR)


@pytest.fixture(scope="session")
def ecpat(corpus):
    return corpus.submissions[ECPAT_ID]


@pytest.fixture(scope="session")
def ecpat_text(corpus) -> str:
    return corpus.texts[ECPAT_ID]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the bundled data directory (submissions and sources) to break or extend."""
    for folder in ("submissions", "sources"):
        shutil.copytree(BUNDLED_DATA_DIR / folder, tmp_path / folder)
    return tmp_path
