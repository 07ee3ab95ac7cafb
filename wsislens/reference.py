"""Reference data: WSIS action lines, SDG goals, targets and indicators, themes and the
controlled vocabularies. Always read from the repository's `data/reference/`, whatever
data directory is in use; each loader reads its file once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from wsislens.paths import REFERENCE_DIR

try:  # libyaml's loader is several times faster; both are safe loaders.
    SafeLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    SafeLoader = yaml.SafeLoader


def load_yaml(path: Path):
    """Parse a YAML file with a safe loader."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SafeLoader)  # noqa: S506 - a safe loader


@cache
def _reference(name: str):
    return load_yaml(REFERENCE_DIR / name)


@dataclass(frozen=True)
class VocabularyEntry:
    id: str
    label: str
    description: str


@cache
def vocabulary(name: str) -> tuple[VocabularyEntry, ...]:
    """One controlled vocabulary (`entity_types`, `relation_types`...) in its file order."""
    return tuple(VocabularyEntry(**entry) for entry in _reference("vocabularies.yaml")[name])


def vocabulary_ids(name: str) -> tuple[str, ...]:
    return tuple(entry.id for entry in vocabulary(name))


def vocabulary_label(name: str, value: str) -> str:
    """The screen label of a vocabulary value; the value itself when unknown."""
    return next((entry.label for entry in vocabulary(name) if entry.id == value), value)


@dataclass(frozen=True)
class SubLine:
    id: str
    name: str
    facilitators: tuple[str, ...]
    partners: tuple[str, ...]


@dataclass(frozen=True)
class ActionLine:
    code: str
    name: str
    short: str
    facilitators: tuple[str, ...]
    partners: tuple[str, ...]
    sub_lines: tuple[SubLine, ...] = ()

    @property
    def number(self) -> int:
        return int(self.code[1:])

    @property
    def label(self) -> str:
        """Code with its plain name, as every view shows it: "C5 Confidence and security"."""
        return f"{self.code} {self.short}"


@cache
def action_lines() -> tuple[ActionLine, ...]:
    """C1-C11 in order, C7 with its eight sub-lines."""
    result = []
    for entry in _reference("action_lines.yaml")["action_lines"]:
        subs = tuple(
            SubLine(s["id"], s["name"], tuple(s["facilitators"]), tuple(s["partners"]))
            for s in entry.get("sub_lines", [])
        )
        result.append(
            ActionLine(
                entry["code"],
                entry["name"],
                entry["short"],
                tuple(entry["facilitators"]),
                tuple(entry["partners"]),
                subs,
            )
        )
    return tuple(result)


def action_line(code: str) -> ActionLine:
    for line in action_lines():
        if line.code == code:
            return line
    raise KeyError(f"unknown action line {code!r}")


@cache
def sub_line_ids() -> tuple[str, ...]:
    return tuple(s.id for s in action_line("C7").sub_lines)


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    description: str


@cache
def themes() -> tuple[Theme, ...]:
    return tuple(Theme(**entry) for entry in _reference("themes.yaml")["themes"])


def theme_label(theme_id: str) -> str:
    return next((t.label for t in themes() if t.id == theme_id), theme_id)


@dataclass(frozen=True)
class Goal:
    number: int
    colour: str
    short: dict[str, str]
    title: dict[str, str]


@dataclass(frozen=True)
class Target:
    id: str
    goal: int
    text: dict[str, str]


@dataclass(frozen=True)
class Indicator:
    id: str
    target: str
    text: dict[str, str]


LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh-Hans")
# Each language named in itself, as a reader looks for it in a list.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh-Hans": "中文",
}


@cache
def sdg_goals() -> tuple[Goal, ...]:
    return tuple(
        Goal(g["goal"], g["colour"], g["short"], g["title"]) for g in _reference("sdg_goals.yaml")["goals"]
    )


def sdg_goal(number: int) -> Goal:
    return sdg_goals()[number - 1]


@cache
def sdg_targets() -> dict[str, Target]:
    """All 169 targets by id, in official order ("1.1" ... "17.19")."""
    return {
        t["target"]: Target(t["target"], t["goal"], t["text"])
        for t in _reference("sdg_targets.yaml")["targets"]
    }


@cache
def sdg_indicators() -> dict[str, Indicator]:
    return {
        i["indicator"]: Indicator(i["indicator"], i["target"], i["text"])
        for i in _reference("sdg_indicators.yaml")["indicators"]
    }


def target_order(target_id: str) -> int:
    """Position of a target in the official order, for sorting."""
    return list(sdg_targets()).index(target_id)
