"""The SDG mapping engine: maps English text to SDG goals and the 169 targets, with a score,
the basis (stated, inferred or negated) and evidence spans.

How it works (all offline, CPU only, no deep-learning framework):

- Explicit references (`find_explicit`, `wsislens.sdg.explicit`): "SDG 4", "SDG9", "Goal 17",
  "SDGs 5 and 9", "targets 9.c, 17.6 and 17.8", "SDGs 16.2, 5.3 and 8.7", ranges "SDGs 3-5" and
  "targets 16.1-16.3", goals in words ("Goal Five", "the sixth SDG", "the SDG on quality
  education"); only valid target ids; an indicator id states its target ("indicator 16.10.2"
  states 16.10); a bare "16.2" is not a reference; "does not address SDG 5" and "SDG 14 was
  mentioned only in passing" give basis "negated".
- Inferred relevance (`map_text`, `wsislens.sdg.engine`) is a logistic model per goal
  (`wsislens.sdg.model`) over a few features of the text for that goal:
  (a) the strength of the goal's curated vocabulary (data/reference/sdg_vocabulary.yaml: a
      phrase list per target, broad words per goal), matched leftmost-longest on folded words,
      in the whole text and in its strongest sentence, and the share of sentences it leads;
  (b) tf-idf cosine similarity to the goal's official target and indicator texts;
  (c) two goal-neutral cues: words of the goals' aims, and words of method and statistics
      (a passing mention in a statistical text is not relevance).
  The slopes are shared by the goals, each goal has its own intercept; they are fitted on the
  train rows of the benchmark split only, with the regularisation chosen by repeated
  cross-validation (`wsislens.sdg.build`, result in model.npz).
  Clauses that deny relevance ("this project does not deal with child labour"), passing
  mentions ("after a brief reference to climate change", "also touched on school gardens") and
  the explicit references themselves are left out of the inference; a goal is never inferred
  without some of its own vocabulary in the text. Words of the medium of WSIS work (ICT,
  internet, digital) count for a goal or target only beside other words of it: in WSIS
  submissions they are the background, not the aim. Targets of an inferred goal are named from
  their own phrases, their phrases of practice (data/reference/sdg_practice.yaml: what reports
  of work serving a target name, such as "electronic immunization registry" for 3.b; these
  never count towards a goal) or their closeness to the official target text.
- The suggestions made for a submission (`map_text(..., focus=True)`, as ingestion calls it) are
  chosen target by target by a second logistic model (`wsislens.sdg.suggest`) over each candidate
  target's phrases, phrases of practice, its goal's probability and the passage's closeness to the
  target's profile, fitted on the development sets of target sentences and paragraphs; a target's
  goal comes with it. `classify`, which the benchmark scores, names targets by the fixed rules.

Importing this package is cheap: the reference data is read and the model is loaded on the
first call that needs it (cached in `functools.lru_cache`), never at import time.
"""

from __future__ import annotations

from wsislens.sdg.explicit import find_explicit
from wsislens.sdg.types import SdgEvidence, SdgMatch

ENGINE_METHOD = "wsislens-sdg 1.36"

__all__ = [
    "ENGINE_METHOD",
    "SdgEvidence",
    "SdgMatch",
    "classify",
    "find_explicit",
    "map_text",
]


# The engine needs numpy and its model: it is imported when `map_text` or `classify` is first
# asked for, so that importing this package stays cheap.
_FROM_ENGINE = ("classify", "map_text")


def __getattr__(name: str):
    if name in _FROM_ENGINE:
        from wsislens.sdg import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
