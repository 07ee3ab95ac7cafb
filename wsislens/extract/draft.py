"""Assembling a draft submission (status draft, schema 1.0) from a document's canonical text."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from wsislens.extract.action_lines import METHOD, find_action_lines, infer_action_lines, reporting_frame_spans
from wsislens.extract.document import (
    SDG_COLUMN,
    SDG_HEADING,
    Document,
    analyse,
    compile_cues,
    cues,
    quoted_speech_spans,
    slug,
    table_rows,
)
from wsislens.extract.entities import Node, find_entities, find_relations, gazetteer, norm
from wsislens.extract.events import find_events, find_figures
from wsislens.extract.metadata import entity_type_of, extract_metadata, short_name_of
from wsislens.extract.text import CanonicalText
from wsislens.sdg.types import SdgMatch

ENTITY_TO_ORG_KIND = {"regional_commission": "un_entity", "technical_community": "civil_society"}
Progress = Callable[[str], None]


@dataclass
class Draft:
    """A draft dataset and the canonical text its evidence points into."""

    data: dict[str, Any]
    text: str
    original_name: str | None = None
    original_sha256: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data["id"]


@cache
def _theme_patterns() -> list[tuple[str, re.Pattern]]:
    return [
        (theme, re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")", re.IGNORECASE))
        for theme, words in cues()["themes"].items()
    ]


def themes_of(text: str) -> list[str]:
    return [theme for theme, pattern in _theme_patterns() if pattern.search(text)]


def _detect_language(text: str) -> str:
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0
        sample = re.sub(r"\s+", " ", text[:2500])
        code = detect(sample)
    except Exception:  # noqa: BLE001 - langdetect raises on texts without letters
        return "en"
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)


# the languages a draft may be written in, named in English for the warning
_LANGUAGES_IN_ENGLISH = {
    "ar": "Arabic",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "ru": "Russian",
    "zh": "Chinese",
}


def language_warning(language: str) -> str | None:
    """What a user must know about a draft of a text not in English: its facts are mostly missing."""
    if language == "en":
        return None
    name = _LANGUAGES_IN_ENGLISH.get(language, f"language '{language}'")
    return (
        f"the text appears to be in {name}; the extractor reads English only, so most action lines, "
        "SDGs, organisations and events are missing from this draft: add them by hand or ingest an "
        "English version"
    )


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }".replace(" ", "")


def submission_id(name: str, short: str | None, year: str | None) -> str:
    content = [w for w in re.findall(r"[\w’'-]+", name) if w.lower() not in {"of", "the", "and", "for", "on"}]
    base = slug(name) if len(content) <= 3 or not short else slug(short)
    if len(base) > 40:
        base = slug(" ".join(name.split()[:4]), 40)
    return f"{base}-{year}" if year else base


def build_draft(
    canonical: CanonicalText,
    *,
    original_name: str | None = None,
    original_sha256: str | None = None,
    rejected: list[dict] | None = None,
    progress: Progress | None = None,
    infer_sdgs: bool = True,
) -> Draft:
    """Extract every fact of a canonical text into a draft dataset (a plain dict).

    `infer_sdgs` False skips the SDG engine's inference (explicit SDG references are still read).
    """
    step = progress or (lambda _message: None)
    text = canonical.text
    rejected = rejected or []
    rejected_values = {(r["fact"], str(r["value"])) for r in rejected}

    step("Reading the title block")
    meta = extract_metadata(text)
    document = analyse(canonical, meta.title_end)
    entries, index, _ = gazetteer()
    warnings: list[str] = []
    language = _detect_language(text)
    if warning := language_warning(language):
        warnings.append(warning)
    name = meta.entity_name
    if not name:
        name = original_name.rsplit(".", 1)[0] if original_name else "Unknown submitter"
        warnings.append("the submitting entity is not named in a 'Submission by' line; named from the file")
    gaz = index.get(norm(name))
    short = meta.entity_short or short_name_of(name, text)
    entity_type = entity_type_of(name, entries[gaz].kind if gaz is not None else None, short=short, text=text)
    if short is None and gaz is not None:
        short = next((a for a in entries[gaz].aliases if re.fullmatch(r"[A-Z][A-Z0-9&-]+", a)), None)

    step("Finding organisations and initiatives")
    org_kind = ENTITY_TO_ORG_KIND.get(entity_type, entity_type)
    if (
        gaz is None
        and entity_type in ("civil_society", "academia", "other")
        and re.search(
            r"\b(?:Network|Alliance|Coalition|Partnership|"
            r"Consortium)$",
            name,
        )
    ):
        org_kind = "network"
    nodes, mentions, event_names = find_entities(document, name, short, org_kind)
    submitter = next((n for n in nodes.nodes if n.role == "submitter"), None)

    step("Finding action lines and SDGs")
    action_hits = find_action_lines(document)
    known_lines = {(h.code, h.sub_line) for h in action_hits}
    rejected_lines = {v for f, v in rejected_values if f == "action_line"}
    action_hits += infer_action_lines(document, known_lines, rejected_lines)
    frame = reporting_frame_spans(document, action_hits)
    sdg_targets, sdg_goals, sdg_spans = _sdgs(
        document, rejected_values, infer_sdgs, [(m.start, m.end) for m in mentions] + frame
    )

    step("Finding events and figures")
    # the title block's dates are the session's, the report's and the period's, not events
    # nor are a note's ("3 ITU, Measuring digital development, 2024")
    # nor the dates and numbers of someone quoted ('"It started in 2019 ...," she says')
    excluded = (
        list(document.template_spans)
        + document.notes_spans
        + quoted_speech_spans(document.text)
        + [(0, max(document.title_end, meta.block_end))]
    )
    if meta.reporting_span:
        excluded.append(meta.reporting_span)
    masked = [
        (m.start, m.end)
        for m in mentions
        if m.node.category == "organisation" or m.node.kind in ("document", "guidelines")
    ]
    own = [(m.start, m.end) for m in mentions if m.node.role == "submitter"]
    if meta.reporting and meta.reporting[0][:4] == meta.reporting[1][:4]:
        document.date_days_in(meta.reporting[0][:4])
    events = find_events(document, excluded, event_names, masked, reporting=meta.reporting, own=own)
    figures = find_figures(document, excluded + sdg_spans + frame, meta.reporting)

    # events: ids, de-duplication
    event_items = []
    used_ids = {n.id for n in nodes.nodes}
    event_spans: list[tuple[str, int, int]] = []
    seen_events: set[tuple[str, str | None, int]] = set()
    for hit in events:
        key = (hit.date, hit.end_date, hit.span[0])
        if key in seen_events:
            continue
        seen_events.add(key)
        base = f"{slug(hit.title, 40)}-{hit.date[:4]}"
        event_id, number = base, 2
        while event_id in used_ids:
            event_id, number = f"{base}-{number}", number + 1
        used_ids.add(event_id)
        item: dict[str, Any] = {"id": event_id, "date": hit.date}
        if hit.end_date:
            item["end_date"] = hit.end_date
        item.update(
            {
                "title": hit.title,
                "kind": hit.kind,
                "themes": themes_of(text[hit.span[0] : hit.span[1]]),
                "evidence": [document.evidence(*span) for span in (hit.span, *hit.also)],
            }
        )
        event_items.append(item)
        event_spans.append((event_id, hit.span[0], hit.span[1]))

    step("Reading relations")
    relations = find_relations(document, nodes, mentions, submitter, event_spans)
    _assign_roles(document, nodes, mentions, relations, submitter)

    step("Summarising key points and themes")
    data: dict[str, Any] = {"schema_version": "1.0"}
    year = meta.reporting[1][:4] if meta.reporting else None
    if year is None and meta.session.get("year"):
        year = str(meta.session["year"] - 1)
    data["id"] = submission_id(name, short, year)
    data["status"] = "draft"
    entity: dict[str, Any] = {"name": name}
    if short:
        entity["short_name"] = short
    entity["type"] = entity_type
    entity["evidence"] = [document.evidence(*meta.entity_span)] if meta.entity_span else []
    data["entity"] = entity
    session = dict(meta.session)
    session_out: dict[str, Any] = {
        k: session[k] for k in ("body", "number", "year", "start", "end", "place") if k in session
    }
    session_out["evidence"] = [document.evidence(*s) for s in meta.session_spans]
    data["session"] = session_out
    if meta.reporting:
        data["reporting_period"] = {
            "start": meta.reporting[0],
            "end": meta.reporting[1],
            "evidence": [document.evidence(*meta.reporting_span)],
        }
    title = f"Submission by {name}"
    if meta.reporting:
        first, last = (date[:4] for date in meta.reporting)
        period = first if first == last else f"{first}-{last}"
        title += f" on its efforts in {period} to implement the outcomes of the WSIS"
    if session.get("number"):
        title += f" (CSTD, {_ordinal_suffix(session['number'])} session)"
    data["source"] = {
        "path": f"sources/{data['id']}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": title,
        "url": None,
        "language": language,
        "original_name": original_name,
        "original_sha256": original_sha256,
    }
    disclaimer = _disclaimer(document)
    if disclaimer:
        data["disclaimer"] = disclaimer
    body_text = "\n".join(s.text for s in document.body_sentences())
    data["themes"] = _submission_themes(body_text)
    data["key_points"] = _key_points(document, submitter)
    data["action_lines"] = [_action_line_item(document, hit) for hit in action_hits]
    data["sdg_targets"] = sdg_targets
    data["sdg_goals"] = sdg_goals

    node_ids = set()
    organisations, initiatives = [], []
    for node in nodes.nodes:
        if not node.mentions and node.role != "submitter":
            continue
        evidence = _node_evidence(document, node)
        item = {"id": node.id, "name": node.name, "aliases": list(node.aliases)}
        if node.category == "initiative" and all(document.aside(a, b) for a, b in node.mentions):
            continue
        if node.category == "organisation":
            item.update(
                {
                    "kind": node.kind,
                    "role": node.role,
                    "themes": []
                    if node.role in ("submitter", "boilerplate")
                    else _themes_of_spans(document, node),
                    "evidence": evidence,
                }
            )
            organisations.append(item)
        else:
            if not evidence:
                continue
            item.update({"kind": node.kind, "themes": _themes_of_spans(document, node), "evidence": evidence})
            initiatives.append(item)
        node_ids.add(node.id)
    node_ids.update(e["id"] for e in event_items)
    data["organisations"] = organisations
    data["initiatives"] = initiatives
    data["relations"] = [
        {
            "source": r.source,
            "target": r.target,
            "type": r.type,
            "themes": themes_of(text[r.span[0] : r.span[1]]),
            "evidence": [document.evidence(*r.span)],
        }
        for r in relations
        if r.source in node_ids and r.target in node_ids
    ]
    data["events"] = event_items
    data["figures"] = _figure_items(document, figures)
    data["rejected_suggestions"] = list(rejected)
    return Draft(data, text, original_name, original_sha256, warnings)


def table_references(document: Document) -> list[SdgMatch]:
    """The goals and targets that a table's column of SDGs lists by number alone ("Related SDG
    targets | 9.1; 9.c"). A column of plain "Target" or "Indicator" is the SDGs' only in a table
    about them, by its headings or its caption: a log frame's "Indicator | Baseline | Target"
    numbers its own."""
    from wsislens.sdg.explicit import SDG_CONTEXT, listed, row_denied, unmarked_row

    text = document.text
    matches: list[SdgMatch] = []
    about_sdgs: dict[int, bool] = {}  # by table (its rows share their header)
    for row in table_rows(document):
        columns = row.columns(SDG_COLUMN)
        if columns and id(row.header) not in about_sdgs:
            caption = "\n\n".join(
                re.split(r"\n[ \t]*\n", text[max(0, row.start - 600) : row.start].rstrip())[-2:]
            )
            # (a log frame's "Indicator | Baseline | Target" numbers its own, whatever its caption says)
            log_frame = any(re.match(r"\s*baseline\b", name, re.IGNORECASE) for name in row.header)
            about_sdgs[id(row.header)] = any(SDG_HEADING.search(name) for name in row.header) or (
                not log_frame
                and (
                    bool(SDG_CONTEXT.search(caption))
                    or quotes_a_target(text[row.start : row.end])
                    or names_its_goal(text, row.start, text[slice(*columns[0][1])])
                )
            )
        if not about_sdgs.get(id(row.header)):
            continue
        # (a row that says the goal is not served denies it: "13 | Not addressed"; or leaves unmarked a column
        # that other rows mark: "4.a | Build and upgrade education facilities |" under "Claimed (✓)")
        denied = row_denied(
            [text[a:b] for a, b in row.cells], row.cells.index(columns[0][1]), row.header
        ) or unmarked_row(text, row.start)
        for heading, cell in columns:
            matches += [
                replace(m, basis="negated", score=0.0) if denied else m
                for m in listed(text, *cell, heading=heading)
            ]
    return matches


def names_its_goal(text: str, start: int, cell: str) -> bool:
    """Whether a table's first cell of targets holds a target whose goal the text names as an SDG in the
    1,500 characters before the table ("☑ Goal 4 – Quality Education" above "Target | Programme" over
    "4.a | Internet at schools"): its column is of SDG targets."""
    from wsislens.sdg.explicit import SDG_CONTEXT
    from wsislens.sdg.reference import load_targets

    before = text[max(0, start - 1500) : start]
    target = cell.strip().lower()
    return (
        target in load_targets()
        and bool(SDG_CONTEXT.search(before))
        and bool(re.search(rf"\b(?:SDGs?|Goals?)\s*{target.split('.')[0]}(?!\d|\.\d)", before, re.IGNORECASE))
    )


def quotes_a_target(row: str) -> bool:
    """Whether a table's row gives a target's number with most of its official words ("16.6 | Develop
    effective, accountable and transparent institutions at all levels | ..."): its table is of SDG
    targets, whatever its headings say."""
    from wsislens.sdg.reference import load_targets

    targets = load_targets()
    words = set(re.findall(r"[a-z]{4,}", row.lower()))
    for number in re.findall(r"(?<![\d.])\d{1,2}\.(?:\d{1,2}|[a-g])(?![\w.])", row):
        official = set(re.findall(r"[a-z]{4,}", targets.get(number, {}).get("text", "").lower()))
        if len(official) >= 3 and len(official & words) >= 0.6 * len(official):
            return True
    return False


def scan_with_tables(text: str) -> tuple[list[SdgMatch], list[tuple[int, int]]]:
    """`scan` of a text given alone (a line of the CLI, a passage), with what the SDG columns of
    the tables pasted into it as " | " rows list ("SDG | Target | Activity" over "4 | 4.4 | ...")."""
    from wsislens.sdg.explicit import scan

    matches, spans = scan(text)
    if "|" not in text:
        return matches, spans
    read = {(m.goal, m.target, m.evidence[0].start) for m in matches}
    tabled = [
        m
        for m in table_references(analyse(CanonicalText(text, "txt")))
        if (m.goal, m.target, m.evidence[0].start) not in read
    ]
    matches = sorted(matches + tabled, key=lambda m: m.evidence[0].start)
    return matches, spans + [(m.evidence[0].start, m.evidence[0].end) for m in tabled]


def _sdgs(
    document: Document,
    rejected: set[tuple[str, str]],
    infer: bool = True,
    names: Sequence[tuple[int, int]] = (),
) -> tuple[list[dict], list[dict], list[tuple[int, int]]]:
    """Stated SDG references, and (with `infer`) the engine's inferred goals and targets.

    `names` are the spans of organisation and initiative names and of the WSIS frame the text
    reports in (action lines named): like the template's text, they are not the submitter's
    account of its work ("Harvest Link Network" is not farming, "Access to information and
    knowledge" as a heading is not target 16.10).
    """
    from wsislens.sdg import ENGINE_METHOD
    from wsislens.sdg.explicit import scan

    text = document.text
    scanned = scan(text)
    # (by the reference's own quote: the question that denies it may be the template's, as a form's is)
    matches = [m for m in scanned[0] if not document.in_template(m.evidence[0].start, m.evidence[0].end)]
    matches += table_references(document)
    try:
        if not infer:
            raise ImportError("inference not asked for")
        from wsislens.sdg import map_text

        # what the submission template wrote (its title block, standard paragraphs) and the names
        # of organisations and initiatives neither score a goal nor serve as evidence
        ignore = [(0, document.title_end), *document.template_spans, *names]
        inferred = [
            m
            for m in map_text(text, ignore=ignore, scanned=scanned, focus=True)
            if m.basis == "inferred" and not any(document.in_template(e.start, e.end) for e in m.evidence)
        ]
    except ImportError:
        inferred = []
    except Exception as error:  # noqa: BLE001 - the engine failing must not lose the stated facts
        import sys

        print(f"warning: SDG inference skipped: {error}", file=sys.stderr)
        inferred = []
    targets: dict[str, dict] = {}
    goals: dict[int, dict] = {}
    spans: list[tuple[int, int]] = []

    def evidence(match) -> list[dict]:
        items = []
        for e in match.evidence:
            spans.append((e.start, e.end))
            item = document.evidence(e.start, e.end)
            if item["quote"] and item not in items:
                items.append(item)
        return items

    for match in matches:
        if match.target:
            current = targets.get(match.target)
            if current is None or current["basis"] == "negated" and match.basis == "stated":
                targets[match.target] = {
                    "target": match.target,
                    "basis": match.basis,
                    "themes": themes_of(_sentences_text(document, match.evidence)),
                    "evidence": evidence(match),
                }
        else:
            current = goals.get(match.goal)
            if current is None or current["basis"] == "negated" and match.basis == "stated":
                goals[match.goal] = {
                    "goal": match.goal,
                    "basis": match.basis,
                    "themes": themes_of(_sentences_text(document, match.evidence)),
                    "evidence": evidence(match),
                }
    for match in inferred:
        ev = [document.evidence(e.start, e.end) for e in match.evidence]
        ev = [e for e in ev if e["quote"]]
        if not ev:
            continue
        item = {
            "basis": "inferred",
            "score": round(float(match.score), 2),
            "method": ENGINE_METHOD,
            "themes": themes_of(_sentences_text(document, match.evidence)),
            "evidence": ev,
        }
        if match.target:
            if match.target in targets or ("sdg_target", match.target) in rejected:
                continue
            targets[match.target] = {"target": match.target, **item}
        else:
            if match.goal in goals or ("sdg_goal", str(match.goal)) in rejected:
                continue
            goals[match.goal] = {"goal": match.goal, **item}
    return list(targets.values()), list(goals.values()), spans


def _sentences_text(document: Document, evidence) -> str:
    parts = []
    for e in evidence:
        sentence = document.sentence_at(e.start)
        parts.append(sentence.text if sentence else document.text[e.start : e.end])
    return " ".join(parts)


def _action_line_item(document: Document, hit) -> dict:
    item: dict[str, Any] = {"code": hit.code}
    if hit.sub_line:
        item["sub_line"] = hit.sub_line
    item["basis"] = hit.basis
    if hit.basis == "inferred":
        item["score"] = hit.score
        item["method"] = METHOD
    evidence = []
    theme_text = []
    for start, end in hit.spans:
        if len(evidence) == 3:  # three quotes at most (spans in one sentence give one)
            break
        if hit.basis == "inferred":
            evidence.append(document.evidence(start, end))
            theme_text.append(document.text[start:end])
        else:
            sentence = document.sentence_at(start)
            span = (
                (sentence.start, sentence.end)
                if sentence and sentence.end - sentence.start < 400
                else (start, end)
            )
            item_ev = document.evidence(*span)
            if item_ev in evidence:
                continue
            evidence.append(item_ev)
            theme_text.append(document.text[span[0] : span[1]])
    item["themes"] = themes_of(" ".join(theme_text))
    item["evidence"] = evidence
    return item


def _node_evidence(document: Document, node: Node) -> list[dict]:
    mentions = sorted(node.mentions)
    body = [m for m in mentions if not document.aside(*m)]
    chosen = (body or mentions)[:1]
    return [document.evidence(*m) for m in chosen if document.text[m[0] : m[1]].strip()]


def _themes_of_spans(document: Document, node: Node) -> list[str]:
    parts = []
    for start, _end in node.mentions:
        if document.aside(start):
            continue
        sentence = document.sentence_at(start)
        if sentence:
            parts.append(sentence.text)
    return themes_of(" ".join(parts))[:4]


def _assign_roles(document: Document, nodes, mentions, relations, submitter: Node | None) -> None:
    for mention in mentions:
        mention.node.add_mention(mention.start, mention.end)
    partners = {r.target for r in relations if r.type == "partner" and submitter and r.source == submitter.id}
    submitter_events = {
        r.target for r in relations if r.type == "co_organised" and submitter and r.source == submitter.id
    }
    submitter_links = {
        r.target
        for r in relations
        if submitter and r.source == submitter.id and r.type in ("member_of", "contributed_to", "led")
    }
    submitter_initiatives = submitter_links | {n.id for n in nodes.nodes if n.category == "initiative"}
    # the bodies the submitter belongs to, and its own members (a joint submission's signatories)
    partners |= {
        r.target for r in relations if r.type == "member_of" and submitter and r.source == submitter.id
    } | {r.source for r in relations if r.type == "member_of" and submitter and r.target == submitter.id}
    for r in relations:
        if r.type == "funded_by" and (
            submitter and r.source == submitter.id or r.source in submitter_initiatives
        ):
            partners.add(r.target)
        if r.type == "co_organised" and r.target in submitter_events:
            partners.add(r.source)
        if r.type in ("led", "contributed_to") and r.target in submitter_links:
            partners.add(r.source)
    for node in nodes.nodes:
        if node.role == "submitter" or node.category != "organisation":
            continue
        if node.id in partners:
            node.role = "partner"
        elif node.mentions and all(
            document.in_template(s, e) or document.cited(s, e) for s, e in node.mentions
        ):
            node.role = "boilerplate"
        else:
            node.role = "mentioned"


def _disclaimer(document: Document) -> dict | None:
    match = re.search(
        r"(?P<label>DISCLAIMER\s*:?\s*)?(?P<body>The views (?:presented|expressed) here[^\n]*)",
        document.text,
        re.IGNORECASE,
    )
    if not match:
        return None
    body = match.group("body").strip().rstrip("*_ ")
    start = match.start("label") if match.group("label") else match.start("body")
    evidence = document.evidence(start, match.start("body") + len(body))
    return {"text": body, "evidence": [evidence]}


def _submission_themes(body_text: str) -> list[str]:
    counts: Counter[str] = Counter()
    for theme, pattern in _theme_patterns():
        counts[theme] = len(pattern.findall(body_text))
    return [theme for theme, count in counts.most_common() if count >= 2]


def _key_points(document: Document, submitter: Node | None, limit: int = 15) -> list[dict]:
    patterns = [(kind, compile_cues(words)) for kind, words in cues()["key_points"].items()]
    candidates = []
    for sentence in document.body_sentences():
        text = sentence.text.strip()
        if sentence.table or len(text) < 50 or not re.search(r"[.!?]$", text.rstrip('*_"”)')):
            continue
        for kind, pattern in patterns:
            hits = pattern.findall(text)
            if hits:
                candidates.append((len(hits), sentence, kind))
                break
    candidates.sort(key=lambda c: -c[0])
    chosen = sorted(candidates[:limit], key=lambda c: c[1].start)
    result = []
    for _, sentence, kind in chosen:
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence.text)
        plain = re.sub(r"[*_]{1,3}", "", plain).strip()
        result.append(
            {
                "kind": kind,
                "text": plain,
                "themes": themes_of(sentence.text)[:4],
                "evidence": [document.evidence(sentence.start, sentence.end)],
            }
        )
    return result


_FIGURE_STOP = {
    "with",
    "from",
    "that",
    "this",
    "were",
    "have",
    "their",
    "them",
    "which",
    "more",
    "than",
    "about",
}


def _figure_words(document: Document, hit) -> set[str]:
    """What a figure is about: its unit's words, or, for a share or an amount, the words around it."""
    if _figure_kind(hit.unit) == "count":
        around = hit.unit
    else:  # within its sentence: "62 per cent of them women", not the next sentence's words
        sentence = document.sentence_at(hit.span[0])
        first, last = (sentence.start, sentence.end) if sentence else (0, len(document.text))
        around = document.text[max(first, hit.span[0] - 40) : min(last, hit.span[1] + 60)]
    return {w for w in re.findall(r"[a-z]{4,}", around.lower()) if w not in _FIGURE_STOP}


def _figure_kind(unit: str) -> str:
    """A share, an amount in a currency (its code), or a count of things."""
    return unit if unit == "percent" or re.fullmatch(r"[A-Z]{3}", unit) else "count"


def _figure_items(document: Document, figures) -> list[dict]:
    """One item per figure: the same number of the same thing told again (in the summary, the body
    and a table) is one figure with each passage as its evidence."""
    result: list[dict] = []
    told: list[tuple[object, set[str], dict]] = []
    seen = set()
    for hit in figures:
        key = (hit.value, hit.span)
        if key in seen:
            continue
        seen.add(key)
        words = _figure_words(document, hit)
        same = next(
            (
                item
                for other, other_words, item in told
                if (other.value, other.qualifier) == (hit.value, hit.qualifier)
                and _figure_kind(other.unit) == _figure_kind(hit.unit)
                and words & other_words
            ),
            None,
        )
        if same is not None:
            same["evidence"].append(document.evidence(*hit.span))
            continue
        item = {
            "value": hit.value if hit.value != int(hit.value) else int(hit.value),
            "unit": hit.unit,
            "qualifier": hit.qualifier,
            "themes": themes_of(document.text[hit.span[0] : hit.span[1]]),
            "evidence": [document.evidence(*hit.span)],
        }
        told.append((hit, words, item))
        result.append(item)
    return result
