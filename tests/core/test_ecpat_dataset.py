"""The curated ECPAT International submission holds the facts of the seed, each with its quote."""

from pathlib import Path

from wsislens.model import FACT_KINDS
from wsislens.paths import REPO_ROOT


def _all_evidence(submission):
    for part in ("entity", "session", "reporting_period", "disclaimer"):
        yield from getattr(submission, part).evidence
    for kind in FACT_KINDS:
        for item in getattr(submission, kind):
            yield from item.evidence


def test_source_is_the_seed_byte_for_byte(ecpat):
    stored = REPO_ROOT / "data" / ecpat.source.path
    seed = REPO_ROOT.parent / "shared" / "seed" / "000_6771b87ac509c581.txt"
    if seed.exists():
        assert stored.read_bytes() == seed.read_bytes()
    assert stored.stat().st_size == 9806


def test_every_quote_occurs_at_its_offsets(ecpat, ecpat_text):
    evidence = list(_all_evidence(ecpat))
    assert len(evidence) == 98
    for item in evidence:
        assert ecpat_text[item.start : item.end] == item.quote


def test_metadata(ecpat):
    assert (ecpat.entity.name, ecpat.entity.short_name, ecpat.entity.type) == (
        "ECPAT International",
        "ECPAT",
        "civil_society",
    )
    s = ecpat.session
    assert (s.body, s.number, s.year, s.start, s.end, s.place) == (
        "CSTD",
        25,
        2022,
        "2022-03-28",
        "2022-04-01",
        "Geneva",
    )
    assert (ecpat.reporting_period.start, ecpat.reporting_period.end) == ("2021", "2021")
    assert ecpat.status == "reviewed"
    assert ecpat.disclaimer.text.startswith("The views presented here are the contributors'")


def test_action_lines_stated_and_inferred(ecpat):
    lines = {(a.code, a.basis) for a in ecpat.action_lines}
    assert lines == {
        ("C5", "stated"),
        ("C10", "inferred"),
        ("C4", "inferred"),
        ("C11", "inferred"),
        ("C6", "inferred"),
    }
    inferred = [a for a in ecpat.action_lines if a.basis == "inferred"]
    assert all(a.method == "analyst" and 0 < a.score < 1 and a.note for a in inferred)


def test_programme_action_lines_are_not_wsis_action_lines(ecpat):
    quotes = [e.quote for a in ecpat.action_lines for e in a.evidence]
    assert not any("three main action lines" in q for q in quotes)


def test_sdg_targets(ecpat):
    assert [(t.target, t.basis) for t in ecpat.sdg_targets] == [
        ("16.2", "stated"),
        ("5.3", "stated"),
        ("8.7", "stated"),
        ("16.a", "inferred"),
        ("17.17", "inferred"),
        ("5.2", "inferred"),
    ]
    assert ecpat.sdg_goals == []


def test_organisations_with_roles(ecpat):
    roles = {o.id: o.role for o in ecpat.organisations}
    assert roles == {
        "ecpat-international": "submitter",
        "itu": "partner",
        "unicef": "partner",
        "weprotect-global-alliance": "partner",
        "end-violence-against-children": "partner",
        "child-dignity-alliance": "partner",
        "saievac": "partner",
        "government-of-sri-lanka": "mentioned",
        "cstd": "boilerplate",
        "ecosoc": "boilerplate",
        "united-nations": "boilerplate",
        "unctad": "boilerplate",
    }


def test_initiatives(ecpat):
    assert {i.id: i.kind for i in ecpat.initiatives} == {
        "itu-cop-initiative": "initiative",
        "cop-guidelines": "guidelines",
        "general-comment-25": "document",
        "uncrc": "document",
        "interagency-working-group": "working_group",
        "luxembourg-guidelines": "guidelines",
        "ecpat-global-campaign": "campaign",
        "ecpat-online-programme": "programme",
    }


def test_relations(ecpat):
    assert {(r.source, r.type, r.target) for r in ecpat.relations} == {
        ("ecpat-international", "member_of", "itu-cop-initiative"),
        ("ecpat-international", "contributed_to", "cop-guidelines"),
        ("itu", "led", "cop-guidelines"),
        ("unicef", "contributed_to", "cop-guidelines"),
        ("ecpat-international", "contributed_to", "general-comment-25"),
        ("ecpat-international", "partner", "weprotect-global-alliance"),
        ("ecpat-international", "partner", "end-violence-against-children"),
        ("ecpat-international", "partner", "child-dignity-alliance"),
        ("ecpat-international", "partner", "saievac"),
        ("ecpat-international", "co_organised", "colombo-roundtable-2016"),
        ("saievac", "co_organised", "colombo-roundtable-2016"),
        ("unicef", "co_organised", "colombo-roundtable-2016"),
        ("colombo-roundtable-2016", "hosted_by", "government-of-sri-lanka"),
        ("ecpat-international", "led", "luxembourg-guidelines"),
        ("interagency-working-group", "contributed_to", "luxembourg-guidelines"),
        ("ecpat-international", "led", "ecpat-global-campaign"),
        ("ecpat-international", "led", "ecpat-online-programme"),
    }


def test_events_from_2014_through_2016_to_2030(ecpat):
    assert [(e.date, e.end_date, e.kind) for e in ecpat.events] == [
        ("2014", None, "programme"),
        ("2016-03", None, "meeting"),
        ("2016", None, "publication"),
        ("2016", None, "campaign"),
        ("2018", None, "campaign"),
        ("2019", "2020", "disruption"),
        ("2021-02", None, "adoption"),
        ("2030", None, "deadline"),
    ]
    # The session dates belong to `session`, not to the timeline.
    assert not any(e.date.startswith("2022") for e in ecpat.events)


def test_figures_fully_expanded_with_qualifiers(ecpat):
    assert [(f.value, f.qualifier) for f in ecpat.figures] == [
        (4, None),
        (20, "more than"),
        (122, None),
        (100, "more than"),
        (14, None),
        (3, None),
    ]


def test_key_points_cover_every_kind_but_none_invented(ecpat):
    kinds = [k.kind for k in ecpat.key_points]
    assert len(kinds) == 16
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "achievement": 7,
        "obstacle": 4,
        "trend": 3,
        "recommendation": 1,
        "commitment": 1,
    }


def test_curation_input_and_dataset_agree():
    """The dataset is the curation file with offsets filled in: re-running the helper changes nothing."""
    from wsislens.evidence import dump_yaml, fill_offsets, sha256_of
    from wsislens.reference import load_yaml

    curation = load_yaml(REPO_ROOT / "data" / "curation" / "ecpat-international-2021.yaml")
    source = REPO_ROOT / "data" / "sources" / "ecpat-international-2021.txt"
    filled = fill_offsets(curation, source.read_text(encoding="utf-8"))
    filled["source"]["sha256"] = sha256_of(source)
    assert dump_yaml(filled) == Path(
        REPO_ROOT / "data" / "submissions" / "ecpat-international-2021.yaml"
    ).read_text(encoding="utf-8")
