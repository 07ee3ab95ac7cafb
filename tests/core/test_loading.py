"""Loading a data directory: valid files load, each broken file is named with line and field."""

import subprocess
import sys

import pytest
import yaml

from wsislens.loading import load_corpus
from wsislens.paths import REPO_ROOT
from wsislens.reference import load_yaml

ECPAT_FILE = "ecpat-international-2021.yaml"


def _write(data_dir, name, data):
    (data_dir / "submissions" / name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_bundled_data_loads_without_problems(corpus):
    assert corpus.problems == []
    assert list(corpus.submissions) == ["ecpat-international-2021"]


def test_yaml_syntax_error_names_file_and_line(data_dir):
    (data_dir / "submissions" / "broken.yaml").write_text("id: x\nentity: [unclosed\n", encoding="utf-8")
    corpus = load_corpus(data_dir)
    assert [(p.file, p.line) for p in corpus.problems] == [("submissions/broken.yaml", 3)]
    assert corpus.problems[0].message.startswith("not valid YAML")
    assert list(corpus.submissions) == ["ecpat-international-2021"]


def test_unknown_field_bad_code_and_bad_target_are_each_reported(data_dir):
    data = load_yaml(data_dir / "submissions" / ECPAT_FILE)
    data["id"] = "copy"
    data["entity"]["website"] = "https://example.org"
    data["action_lines"][0]["code"] = "C12"
    data["sdg_targets"][0]["target"] = "16.20.1"
    _write(data_dir, "copy.yaml", data)
    problems = load_corpus(data_dir).problems
    found = {(p.file, p.field) for p in problems}
    assert found == {
        ("submissions/copy.yaml", "entity.website"),
        ("submissions/copy.yaml", "action_lines[0].code"),
        ("submissions/copy.yaml", "sdg_targets[0].target"),
    }
    by_field = {p.field: p for p in problems}
    assert by_field["entity.website"].message == "unknown field (not in the schema; check its spelling)"
    text = (data_dir / "submissions" / "copy.yaml").read_text().splitlines()
    assert "website" in text[by_field["entity.website"].line - 1]
    assert "C12" in text[by_field["action_lines[0].code"].line - 1]
    assert "16.20.1" in text[by_field["sdg_targets[0].target"].line - 1]


def test_unquoted_target_is_caught_and_quoted_one_round_trips(data_dir):
    path = data_dir / "submissions" / ECPAT_FILE
    source = path.read_text(encoding="utf-8")
    assert 'target: "16.2"' in source
    path.write_text(source.replace('target: "16.2"', "target: 17.10"), encoding="utf-8")
    problems = load_corpus(data_dir).problems
    assert [p.field for p in problems] == ["sdg_targets[0].target"]
    assert 'quote it in YAML ("17.1")' in problems[0].message

    path.write_text(source.replace('target: "16.2"', 'target: "17.10"'), encoding="utf-8")
    corpus = load_corpus(data_dir)
    assert corpus.problems == []
    assert corpus.submissions["ecpat-international-2021"].sdg_targets[0].target == "17.10"


def test_cross_checks_find_unknown_ids_themes_and_moved_quotes(data_dir):
    data = load_yaml(data_dir / "submissions" / ECPAT_FILE)
    data["id"] = "other"
    data["relations"][0]["target"] = "no-such-initiative"
    data["events"][0]["themes"] = ["not-a-theme"]
    data["figures"][0]["evidence"][0]["start"] += 1
    data["figures"][0]["evidence"][0]["end"] += 1
    _write(data_dir, "other.yaml", data)
    messages = {(p.field, p.message) for p in load_corpus(data_dir).problems}
    start = data["figures"][0]["evidence"][0]["start"] - 1
    length = len("each of the four guides to online child safety")
    assert messages == {
        (
            "relations[0].target",
            "'no-such-initiative' is not the id of an organisation, initiative or event of this submission",
        ),
        ("events[0].themes[0]", "unknown theme 'not-a-theme'"),
        (
            "figures[0].evidence[0]",
            f"quote does not match the source text at {start + 1}-{start + 1 + length}; "
            f"the quote is at {start}-{start + length}",
        ),
    }


def test_sub_line_only_with_c7(data_dir):
    data = load_yaml(data_dir / "submissions" / ECPAT_FILE)
    data["id"] = "sub"
    data["action_lines"][0]["sub_line"] = "e-health"
    _write(data_dir, "sub.yaml", data)
    assert [(p.field, p.message) for p in load_corpus(data_dir).problems] == [
        ("action_lines[0]", "sub_line is only allowed with C7, not with C5")
    ]


def test_a_missing_source_and_a_wrong_hash_are_reported(data_dir):
    data = load_yaml(data_dir / "submissions" / ECPAT_FILE)
    data["id"] = "nosource"
    data["source"]["path"] = "sources/missing.txt"
    _write(data_dir, "nosource.yaml", data)
    (data_dir / "sources" / "ecpat-international-2021.txt").write_text("changed", encoding="utf-8")
    problems = {(p.file, p.field) for p in load_corpus(data_dir).problems}
    assert ("submissions/nosource.yaml", "source.path") in problems
    assert ("submissions/ecpat-international-2021.yaml", "source.sha256") in problems


@pytest.mark.parametrize("args, code", [([], 0), (["data"], 0)])
def test_validate_command_accepts_the_bundled_data(args, code):
    result = subprocess.run(
        [sys.executable, "-m", "wsislens", "validate", *args], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert result.returncode == code
    assert result.stdout == ""
    assert "1 submission(s) valid" in result.stderr


def test_validate_command_lists_every_problem_and_exits_1(data_dir):
    (data_dir / "submissions" / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    data = load_yaml(data_dir / "submissions" / ECPAT_FILE)
    data["id"] = "bad"
    data["colour"] = "red"
    _write(data_dir, "bad.yaml", data)
    result = subprocess.run(
        [sys.executable, "-m", "wsislens", "validate", str(data_dir)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("submissions/bad.yaml:") and "colour: unknown field" in lines[0]
    assert lines[1].startswith("submissions/broken.yaml:2: not valid YAML")


def test_submissions_are_named_by_submitter_and_session_year(corpus):
    from wsislens.tables import submission_names

    submissions = corpus.tables.submissions
    assert submission_names(submissions) == {"ecpat-international-2021": "ECPAT International (2022)"}
    unknown_year = submissions.assign(session_year=None)
    assert submission_names(unknown_year) == {"ecpat-international-2021": "ECPAT International"}


def test_a_submission_without_a_session_number_leaves_the_others_whole(corpus):
    """pandas would turn a column of 25 and a missing number into 25.0; the timeline then
    labelled the session "CSTD 25.0"."""
    from wsislens.figures.timeline import session_marks
    from wsislens.loading import Corpus
    from wsislens.tables import build_tables

    ecpat = corpus.submissions["ecpat-international-2021"]
    unnumbered = ecpat.model_copy(
        update={"session": ecpat.session.model_copy(update={"number": None, "year": None})}
    )
    both = Corpus(
        corpus.data_dir, {"ecpat-international-2021": ecpat, "unnumbered": unnumbered}, corpus.texts
    )
    submissions = build_tables(both).submissions
    assert (
        submissions["session_number"].tolist()[0] == 25
        and str(submissions["session_number"].dtype) == "Int64"
    )
    assert [mark["number"] for mark in session_marks(submissions)][0] == "25"
    assert [mark["short"] for mark in session_marks(submissions)] == ["CSTD 25", "CSTD"]
