"""The extract, score and ingest commands (subprocess, exit codes) and the ingestion API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from wsislens.ingest import IngestError, extract_document, ingest_files, save_submission
from wsislens.loading import load_corpus
from wsislens.paths import BUNDLED_DATA_DIR, REPO_ROOT

DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
ECPAT_TEXT = BUNDLED_DATA_DIR / "sources" / "ecpat-international-2021.txt"
ECPAT_CURATED = BUNDLED_DATA_DIR / "submissions" / "ecpat-international-2021.yaml"


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "wsislens", *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=environment,
        timeout=120,
    )


def _main(capsys, *args: str) -> tuple[int, str, str]:
    """The command line in this process (fast); `_run` starts a real process."""
    from wsislens.cli import main

    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_extract_json_only_on_stdout() -> None:
    result = _run("extract", str(DOCUMENTS / "ngo_statement.md"), "--format", "json", "--no-infer")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert (data["id"], data["status"], data["schema_version"]) == (
        "harvest-link-network-2022",
        "draft",
        "1.0",
    )
    assert data["source"]["path"] == "sources/harvest-link-network-2022.txt"
    assert data["source"]["original_name"] == "ngo_statement.md"
    assert result.stderr == ""


def test_extract_yaml(capsys) -> None:
    code, out, _ = _main(capsys, "extract", str(ECPAT_TEXT), "--no-infer")
    assert code == 0
    data = yaml.safe_load(out)
    assert data["source"]["sha256"] == "c1609ed5d4dc61af2494acf4f8de4f05c469b480e3c71636b8a957f5bbb91d4c"
    assert [a["code"] for a in data["action_lines"] if a["basis"] == "stated"] == ["C5"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("scanned.pdf", "error: scanned.pdf: this PDF has no extractable text; OCR it first\n"),
        (
            "empty.txt",
            "error: empty.txt is empty (0 bytes): save or export the document again and choose the saved file\n",
        ),
        (
            "not_really.docx",
            "error: not_really.docx is not a Word .docx file: its content looks like a PDF\n",
        ),
    ],
)
def test_extract_bad_input_exit_2(capsys, name: str, message: str) -> None:
    assert _main(capsys, "extract", str(DOCUMENTS / "bad" / name)) == (2, "", message)


def test_extract_bad_input_exit_2_in_a_process() -> None:
    result = _run("extract", str(DOCUMENTS / "bad" / "encrypted.pdf"))
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "error: encrypted.pdf is an encrypted (password-protected) PDF; save an unprotected copy and try again\n",
    )


def test_extract_missing_file_exit_2(capsys) -> None:
    assert _main(capsys, "extract", "no/such/file.pdf") == (
        2,
        "",
        "error: no/such/file.pdf does not exist or is not a file\n",
    )


def test_score_prints_precision_and_recall(tmp_path: Path, capsys) -> None:
    _, draft, _ = _main(capsys, "extract", str(ECPAT_TEXT), "--no-infer")
    draft_path = tmp_path / "draft.yaml"
    draft_path.write_text(draft, encoding="utf-8")
    result = _run("score", str(draft_path), str(ECPAT_CURATED), "--format", "json")
    assert result.returncode == 0
    rows = {row["kind"]: row for row in json.loads(result.stdout)}
    assert sorted(rows) == sorted(
        [
            "action_lines",
            "action_lines.explicit",
            "sdg_targets",
            "sdg_targets.explicit",
            "sdg_goals",
            "organisations",
            "relations",
            "events",
            "figures",
        ]
    )
    assert rows["action_lines.explicit"] == {
        "kind": "action_lines.explicit",
        "draft": 1,
        "curated": 1,
        "matched": 1,
        "precision": 1.0,
        "recall": 1.0,
    }
    assert rows["events"]["recall"] >= 0.9
    table = _run("score", str(draft_path), str(ECPAT_CURATED))
    assert table.stdout.splitlines()[0].split() == [
        "kind",
        "draft",
        "curated",
        "matched",
        "precision",
        "recall",
    ]
    missing = _run("score", str(tmp_path / "nope.yaml"), str(ECPAT_CURATED))
    assert missing.returncode == 2


def test_score_a_document_against_its_expected_facts(capsys) -> None:
    document = DOCUMENTS / "ngo_statement.md"
    code, out, err = _main(
        capsys, "score", str(document), f"{document}.expected.yaml", "--no-infer", "--format", "json"
    )
    assert (code, err) == (0, "")
    rows = {row["kind"]: (row["draft"], row["curated"], row["matched"]) for row in json.loads(out)}
    assert rows == {
        "action_lines": (3, 3, 3),
        "sdg_targets": (6, 6, 6),
        "sdg_goals": (5, 5, 5),
        "organisations": (12, 12, 12),
        "relations": (9, 9, 8),
        "events": (6, 6, 6),
        "figures": (13, 15, 13),
    }


def test_score_says_which_file_is_of_the_wrong_form(tmp_path: Path, capsys) -> None:
    expected = DOCUMENTS / "ngo_statement.md.expected.yaml"
    _, draft, _ = _main(capsys, "extract", str(DOCUMENTS / "ngo_statement.md"), "--no-infer")
    draft_path = tmp_path / "draft.yaml"
    draft_path.write_text(draft, encoding="utf-8")
    assert _main(capsys, "score", str(draft_path), str(expected)) == (
        2,
        "",
        f"error: {expected} holds expected facts, which are scored against a document: "
        "give the document itself as DRAFT\n",
    )
    partial = tmp_path / "partial.yaml"
    partial.write_text('schema_version: "1.0"\nid: x\n', encoding="utf-8")
    assert _main(capsys, "score", str(draft_path), str(partial)) == (
        2,
        "",
        f"error: {partial} is not a submission dataset: status: Field required (and 2 more problems)\n",
    )
    broken = tmp_path / "broken.expected.yaml"
    broken.write_text("events:\n  - {kind: meeting}\n", encoding="utf-8")
    assert _main(capsys, "score", str(DOCUMENTS / "ngo_statement.md"), str(broken), "--no-infer") == (
        2,
        "",
        f"error: {broken} is not a file of expected facts: KeyError('date')\n",
    )


def test_ingest_command(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    files = [
        str(DOCUMENTS / "ngo_statement.md"),
        str(DOCUMENTS / "ministry_report.pdf"),
        str(DOCUMENTS / "bad" / "empty.txt"),
    ]
    result = _run("ingest", *files, "--data-dir", str(data_dir), "--no-infer")
    assert result.returncode == 1
    assert (
        "refused empty.txt: empty.txt is empty (0 bytes): save or export the document again" in result.stderr
    )
    assert "2 added, 0 replaced, 0 already present, 1 refused" in result.stderr
    assert _tree(data_dir) == [
        "sources",
        "sources/harvest-link-network-2022.txt",
        "sources/mdtt-2023.txt",
        "submissions",
        "submissions/harvest-link-network-2022.yaml",
        "submissions/mdtt-2023.yaml",
    ]
    corpus = load_corpus(data_dir)
    assert corpus.problems == []
    assert sorted(corpus.submissions) == ["harvest-link-network-2022", "mdtt-2023"]
    code, _, err = _main(capsys, "ingest", files[0], "--data-dir", str(data_dir), "--no-infer")
    assert code == 0
    assert (
        "ngo_statement.md is already in the data directory as harvest-link-network-2022 (same document); "
        "nothing was written" in err
    )
    assert len(_tree(data_dir)) == 6


def test_bad_inputs_write_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    outcomes = ingest_files(sorted((DOCUMENTS / "bad").iterdir()), data_dir, infer_sdgs=False)
    assert [(p.name, r) for p, r, _ in outcomes] == [
        (p.name, None) for p in sorted((DOCUMENTS / "bad").iterdir())
    ]
    assert not data_dir.exists() or _tree(data_dir) == []


def test_api_from_bytes_and_id_suffix(tmp_path: Path) -> None:
    data = (DOCUMENTS / "ngo_statement.md").read_bytes()
    first = extract_document(data, "ngo_statement.md", infer_sdgs=False)
    steps: list[str] = []
    changed = extract_document(
        data + b"\nOne more closing line.\n", "ngo_statement_v2.md", infer_sdgs=False, progress=steps.append
    )
    assert steps[0] == "Reading the document"
    assert "Finding organisations and initiatives" in steps
    assert save_submission(tmp_path, first).status == "added"
    result = save_submission(tmp_path, changed)
    assert (result.status, result.id) == ("added", "harvest-link-network-2022-2")
    assert (tmp_path / "sources" / "harvest-link-network-2022-2.txt").read_text(
        encoding="utf-8"
    ) == changed.text
    assert load_corpus(tmp_path).problems == []


def test_reviewed_file_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "submissions").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "submissions" / "ecpat-international-2021.yaml").write_bytes(ECPAT_CURATED.read_bytes())
    (tmp_path / "sources" / "ecpat-international-2021.txt").write_bytes(ECPAT_TEXT.read_bytes())
    before = ECPAT_CURATED.read_bytes()
    draft = extract_document(ECPAT_TEXT, infer_sdgs=False)
    result = save_submission(tmp_path, draft)
    assert (result.status, result.id) == ("duplicate", "ecpat-international-2021")
    assert (tmp_path / "submissions" / "ecpat-international-2021.yaml").read_bytes() == before
    replaced = save_submission(tmp_path, extract_document(ECPAT_TEXT, infer_sdgs=False), overwrite=True)
    assert replaced.status == "replaced"
    stored = yaml.safe_load(
        (tmp_path / "submissions" / "ecpat-international-2021.yaml").read_text(encoding="utf-8")
    )
    assert stored["status"] == "draft"
    assert load_corpus(tmp_path).problems == []


def test_invalid_draft_changes_nothing(tmp_path: Path) -> None:
    draft = extract_document(DOCUMENTS / "ngo_statement.md", infer_sdgs=False)
    draft.data["action_lines"][0]["code"] = "C99"
    with pytest.raises(IngestError) as error:
        save_submission(tmp_path, draft)
    assert str(error.value).startswith("the draft of ngo_statement.md does not validate: ")
    assert _tree(tmp_path) == []


def test_rejected_inferred_suggestions_are_not_proposed_again(tmp_path: Path, monkeypatch) -> None:
    import wsislens.sdg as sdg
    from wsislens.sdg import SdgEvidence, SdgMatch

    def fake_map_text(text: str, **_options):
        start = text.index("women farmers")
        evidence = (SdgEvidence("women farmers", start, start + len("women farmers")),)
        return [SdgMatch(5, "5.5", "inferred", 0.7, evidence), SdgMatch(2, "2.4", "inferred", 0.6, evidence)]

    monkeypatch.setattr(sdg, "map_text", fake_map_text)
    path = DOCUMENTS / "ngo_statement.md"
    first = extract_document(path)
    assert [
        (t["target"], t["basis"], t["method"]) for t in first.data["sdg_targets"] if t["basis"] == "inferred"
    ] == [("5.5", "inferred", sdg.ENGINE_METHOD), ("2.4", "inferred", sdg.ENGINE_METHOD)]
    save_submission(tmp_path, first)
    stored_path = tmp_path / "submissions" / "harvest-link-network-2022.yaml"
    stored = yaml.safe_load(stored_path.read_text(encoding="utf-8"))
    stored["rejected_suggestions"] = [{"fact": "sdg_target", "value": "5.5", "reason": "not about equality"}]
    from wsislens.evidence import dump_yaml

    stored_path.write_text(dump_yaml(stored), encoding="utf-8")
    [(_, result, error)] = ingest_files([path], tmp_path, overwrite=True)
    assert (result.status, error) == ("replaced", None)
    again = yaml.safe_load(stored_path.read_text(encoding="utf-8"))
    assert [t["target"] for t in again["sdg_targets"] if t["basis"] == "inferred"] == ["2.4"]
    assert again["rejected_suggestions"] == [
        {"fact": "sdg_target", "value": "5.5", "reason": "not about equality"}
    ]


def test_names_and_template_text_do_not_suggest_sdgs() -> None:
    # "Harvest Link Network" names the submitter: its "Harvest" is not evidence of farming,
    # and the template's "Commission on Science and Technology" is not evidence of research (9.5):
    # the one suggestion, 9.5, comes from the submitter's own researchers
    data = extract_document(DOCUMENTS / "ngo_statement.md").data
    inferred = {
        str(item.get("target") or item.get("goal")): [e["quote"] for e in item["evidence"]]
        for item in data["sdg_targets"] + data["sdg_goals"]
        if item["basis"] == "inferred"
    }
    assert inferred == {"9.5": ["researchers"]}  # goal 9 is stated
    assert not [
        q for quotes in inferred.values() for q in quotes if q in ("Harvest", "Science and Technology")
    ]


def test_ingest_says_when_a_text_is_not_in_english(tmp_path: Path, capsys) -> None:
    french = tmp_path / "contribution.txt"
    french.write_text(
        "Contribution de la Fondation Exemple au rapport du Secrétaire général\n\n"
        "La Fondation Exemple soutient la grande orientation C7 et le développement du numérique dans les "
        "écoles rurales. Nos partenaires sont nombreux et nous remercions le gouvernement pour son soutien "
        "constant à ces efforts.\n",
        encoding="utf-8",
    )
    code, _, err = _main(capsys, "ingest", str(french), "--data-dir", str(tmp_path / "data"), "--no-infer")
    assert code == 0
    assert err.splitlines()[0] == (
        "warning: contribution.txt: the text appears to be in French; the extractor reads English only, so "
        "most action lines, SDGs, organisations and events are missing from this draft: add them by hand "
        "or ingest an English version"
    )
    assert "1 added, 0 replaced" in err
    english = _main(capsys, "ingest", str(DOCUMENTS / "ngo_statement.md"), "--data-dir", str(tmp_path / "en"))
    assert "appears to be in" not in english[2]


def test_offsets_given_a_folder_or_a_file_that_is_no_submission_says_so(tmp_path, capsys) -> None:
    from wsislens.cli import main

    (tmp_path / "list.yaml").write_text("- one\n- two\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    assert main(["offsets", str(tmp_path)]) == 1
    assert main(["offsets", str(tmp_path / "missing.yaml")]) == 1
    assert main(["offsets", str(tmp_path / "list.yaml")]) == 1
    assert main(["offsets", str(tmp_path / "broken.yaml")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path}: a folder; give one submission YAML file",
        f"{tmp_path / 'missing.yaml'}: not found; give one submission YAML file",
        f"{tmp_path / 'list.yaml'}: not a submission YAML (it names no source.path)",
        f"{tmp_path / 'broken.yaml'}: not readable as YAML (while parsing a flow sequence)",
    ]


def test_ingestion_suggests_a_passages_aim_not_its_setting(tmp_path: Path) -> None:
    # the passage serves target 5.2 (0.91); its police units (goal 16) and solar-powered servers (goal 7)
    # are its setting, and no suggestion
    document = tmp_path / "helpline.md"
    document.write_text(
        "# Safe Line Network: contribution to the 28th session of the CSTD, 2025\n\n"
        "Our helpline for women and girls facing domestic violence answered 9,000 calls in 2024. Counsellors "
        "refer survivors to shelters, legal aid and police units trained in gender-based violence, and the "
        "helpline runs on solar-powered servers in the regional office.\n",
        encoding="utf-8",
    )
    data = extract_document(document).data
    assert sorted(g["goal"] for g in data["sdg_goals"] if g["basis"] == "inferred") == [5]
    assert [(t["target"], t["score"]) for t in data["sdg_targets"] if t["basis"] == "inferred"] == [
        ("5.2", 0.91)
    ]
