"""Shared fixtures: the bundled corpus and small data directories built per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from wsislens.loading import Corpus, load_corpus
from wsislens.paths import BUNDLED_DATA_DIR

ECPAT_ID = "ecpat-international-2021"


def pytest_configure(config) -> None:
    # The store of parsed files (wsislens.parsed) goes to a folder of the run's own, never to
    # the user's cache; the browser tests' servers are handed the same folder.
    os.environ["WSISLENS_CACHE_DIR"] = tempfile.mkdtemp(prefix="wsislens-test-cache-")


def pytest_unconfigure(config) -> None:
    folder = os.environ.pop("WSISLENS_CACHE_DIR", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


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
