"""`python -m wsislens classify` round trip through a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from wsislens.paths import REPO_ROOT


def _run(stdin: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wsislens", "classify", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=60,
    )


def test_round_trip_order_and_bad_line():
    lines = [
        json.dumps({"id": "7", "text": "We fight the sexual exploitation of children."}),
        "{this is not json",
        json.dumps({"id": 2, "text": "It contributes to targets 9.c, 17.6 and 17.8."}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "last", "text": "SDG 4"}),
    ]
    proc = _run("\n".join(lines) + "\n")
    assert proc.returncode == 2
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["7", None, 2, "no-text", "last"]
    assert out[0]["goals"] == [16]
    assert out[0]["targets"] == ["16.2"]
    assert out[0]["evidence"][0]["quote"] == "sexual exploitation of children"
    assert out[1]["error"].startswith("line is not valid JSON")
    assert out[2]["targets"] == ["9.c", "17.6", "17.8"]
    assert out[2]["goals"] == [9, 17]
    assert out[2]["scores"] == {"9": 1.0, "17": 1.0}
    assert out[3] == {"id": "no-text", "error": 'the object has no "text" string'}
    assert out[4] == {
        "id": "last",
        "goals": [4],
        "targets": [],
        "scores": {"4": 1.0},
        "evidence": [{"goal": 4, "target": None, "basis": "stated", "quote": "SDG 4", "start": 0, "end": 5}],
    }
    assert b"line 2" in proc.stderr


def test_all_good_lines_exit_zero():
    proc = _run(json.dumps({"id": 1, "text": "Goal 17"}) + "\n\n" + json.dumps({"id": 2, "text": ""}) + "\n")
    assert proc.returncode == 0
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert out == [
        {
            "id": 1,
            "goals": [17],
            "targets": [],
            "scores": {"17": 1.0},
            "evidence": [
                {"goal": 17, "target": None, "basis": "stated", "quote": "Goal 17", "start": 0, "end": 7}
            ],
        },
        {"id": 2, "goals": [], "targets": [], "scores": {}, "evidence": []},
    ]


def test_a_table_pasted_as_rows_states_its_column_of_sdgs():
    text = (
        "SDG | Target | Activity\n"
        "4 | 4.4 | National digital skills certificate\n"
        "13 | Not addressed | -\n"
        "5 | 5.b | Women in Technology scholarship"
    )
    proc = _run(json.dumps({"id": "t", "text": text}) + "\n", "--no-infer")
    assert proc.returncode == 0
    (out,) = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    # (the row that says goal 13 is not addressed denies it)
    assert (out["goals"], out["targets"]) == ([4, 5], ["4.4", "5.b"])
    assert [(e["goal"], e["target"], e["quote"], text[e["start"] : e["end"]]) for e in out["evidence"]] == [
        (4, "4.4", "4.4", "4.4"),
        (5, "5.b", "5.b", "5.b"),
        (4, None, "4", "4"),
        (5, None, "5", "5"),
    ]


def test_a_byte_order_mark_before_the_first_line_and_windows_line_ends_are_read():
    stdin = (
        "\ufeff"
        + json.dumps({"id": "a", "text": "SDG 9"})
        + "\r\n"
        + json.dumps({"id": "b", "text": "SDG 5"})
        + "\r\n"
    )
    proc = _run(stdin)
    assert proc.returncode == 0
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [(o["id"], o["goals"]) for o in out] == [("a", [9]), ("b", [5])]


HELPLINE = (
    "Our helpline for women and girls facing domestic violence answered 9,000 calls in 2024. Counsellors "
    "refer survivors to shelters, legal aid and police units trained in gender-based violence, and the "
    "helpline runs on solar-powered servers in the regional office."
)


def test_suggestions_read_a_text_as_ingestion_reads_a_submission():
    line = json.dumps({"id": "h", "text": HELPLINE}) + "\n"
    benchmark = json.loads(_run(line).stdout)
    assert benchmark["goals"] == [5, 16, 7]
    proc = _run(line, "--suggestions")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {
        "id": "h",
        "goals": [5],
        "targets": ["5.2"],
        "scores": {"5": 0.909},
        "evidence": [
            {
                "goal": 5,
                "target": "5.2",
                "basis": "inferred",
                "quote": "domestic violence",
                "start": 40,
                "end": 57,
            },
            {
                "goal": 5,
                "target": "5.2",
                "basis": "inferred",
                "quote": "gender-based violence",
                "start": 167,
                "end": 188,
            },
            {
                "goal": 5,
                "target": None,
                "basis": "inferred",
                "quote": "women and girls",
                "start": 17,
                "end": 32,
            },
        ],
    }


def test_suggestions_and_no_inference_cannot_be_asked_together():
    proc = _run("", "--suggestions", "--no-infer")
    assert proc.returncode == 1
    assert b"not allowed with argument" in proc.stderr
