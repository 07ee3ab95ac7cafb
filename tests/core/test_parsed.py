"""The store of parsed submission files: a file whose bytes were parsed before is not parsed
again, an edited or removed file is not served from the store, and a store that cannot be read
or written changes nothing but the time."""

import hashlib
import json

import pytest
import yaml

import wsislens.loading
from wsislens.loading import load_corpus
from wsislens.parsed import ParsedFiles

ECPAT = "submissions/ecpat-international-2021.yaml"


@pytest.fixture
def store(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    monkeypatch.setenv("WSISLENS_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def parses(monkeypatch):
    """The submission files the YAML parser reads (by id), in order; reference files, which
    are read from an open handle once per process, are not counted."""
    seen = []
    real_load = yaml.load

    def counting_load(text, Loader):  # noqa: N803 - yaml's own name
        data = real_load(text, Loader=Loader)
        if isinstance(text, str):
            seen.append(data["id"])
        return data

    monkeypatch.setattr(wsislens.loading.yaml, "load", counting_load)
    return seen


def _stored(store):
    (path,) = store.glob("parsed-*.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_second_load_parses_nothing_and_gives_the_same_submissions(data_dir, store, parses):
    first = load_corpus(data_dir)
    assert parses == ["ecpat-international-2021"]
    second = load_corpus(data_dir)
    assert parses == ["ecpat-international-2021"]
    assert second.submissions == first.submissions
    assert second.texts == first.texts
    stored = _stored(store)
    sha = hashlib.sha256((data_dir / ECPAT).read_bytes()).hexdigest()
    assert stored["format"] == 1
    assert list(stored["files"]) == [ECPAT]
    assert stored["files"][ECPAT]["sha256"] == sha
    assert stored["files"][ECPAT]["data"]["entity"]["name"] == "ECPAT International"


def test_an_edited_file_is_parsed_again_and_a_removed_one_leaves_the_store(data_dir, store, parses):
    load_corpus(data_dir)
    path = data_dir / ECPAT
    path.write_text(path.read_text(encoding="utf-8").replace("status: reviewed", "status: draft"), "utf-8")
    edited = load_corpus(data_dir)
    assert parses == ["ecpat-international-2021", "ecpat-international-2021"]
    assert edited.submissions["ecpat-international-2021"].status == "draft"
    assert _stored(store)["files"][ECPAT]["data"]["status"] == "draft"
    path.unlink()
    assert load_corpus(data_dir).submissions == {}
    assert _stored(store)["files"] == {}


def test_a_file_that_fails_is_reported_alike_from_the_store(data_dir, store):
    (data_dir / "submissions" / "bad.yaml").write_text(
        "id: bad\nschema_version: '1.0'\ncolour: red\n", "utf-8"
    )
    first = [str(p) for p in load_corpus(data_dir).problems]
    second = [str(p) for p in load_corpus(data_dir).problems]
    assert second == first
    assert "submissions/bad.yaml:3: colour: unknown field (not in the schema; check its spelling)" in first
    assert sorted(_stored(store)["files"]) == ["submissions/bad.yaml", ECPAT]


def test_a_parse_json_cannot_carry_is_not_stored(data_dir, store):
    # unquoted, YAML reads a date, which JSON would hand back as a string
    (data_dir / "submissions" / "dated.yaml").write_text("id: dated\nreviewed_at: 2026-11-28\n", "utf-8")
    load_corpus(data_dir)
    assert list(_stored(store)["files"]) == [ECPAT]


@pytest.mark.parametrize("content", ["{not json", '{"format": 0, "files": {}}', "[1, 2]"])
def test_an_unreadable_or_old_store_is_passed_over_and_replaced(data_dir, store, parses, content):
    store.mkdir()
    path = store / ParsedFiles(data_dir).path.name
    path.write_text(content, encoding="utf-8")
    assert list(load_corpus(data_dir).submissions) == ["ecpat-international-2021"]
    assert parses == ["ecpat-international-2021"]
    assert list(_stored(store)["files"]) == [ECPAT]


def test_a_store_that_cannot_be_written_changes_nothing_but_the_time(data_dir, tmp_path, monkeypatch, parses):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("WSISLENS_CACHE_DIR", str(blocker / "store"))
    assert list(load_corpus(data_dir).submissions) == ["ecpat-international-2021"]
    assert list(load_corpus(data_dir).submissions) == ["ecpat-international-2021"]
    assert parses == ["ecpat-international-2021", "ecpat-international-2021"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "sources", "submissions"]


def test_off_keeps_no_store(data_dir, tmp_path, monkeypatch, parses):
    monkeypatch.setenv("WSISLENS_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_corpus(data_dir)
    load_corpus(data_dir)
    assert parses == ["ecpat-international-2021", "ecpat-international-2021"]
    assert not (tmp_path / "xdg").exists()


def test_without_a_setting_the_store_is_in_the_users_cache(data_dir, tmp_path, monkeypatch):
    monkeypatch.delenv("WSISLENS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_corpus(data_dir)
    assert [p.parent for p in (tmp_path / "xdg").glob("wsislens/parsed-*.json")] == [
        tmp_path / "xdg" / "wsislens"
    ]
