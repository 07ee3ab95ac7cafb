"""Term features shared by the model builder and the runtime: folded unigrams and bigrams
of content words, sublinear tf-idf, l2-normalised; plus the per-goal vocabulary strengths."""

from __future__ import annotations

import numpy as np

from wsislens.sdg.text import fold

_STOP_WORDS = """
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became
because become becomes becoming been before beforehand behind being below beside besides between both but by
can cannot could de did do does doing done down due during each eg either else elsewhere enough etc even ever
every everyone everything everywhere except few for former formerly from further get give go had has have he
hence her here hereby herein hers herself him himself his how however i ie if in inc indeed into is it its
itself just last latter least less ltd made many may me meanwhile might more moreover most mostly much must my
myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps please put rather re
same see seem seemed seeming seems several she should since so some somehow someone something sometime
sometimes somewhere still such than that the their them themselves then thence there thereafter thereby
therefore therein thereupon these they this those though through throughout thru thus to together too toward
towards under until up upon us very via was we well were what whatever when whence whenever where whereas
whereby wherein whereupon wherever whether which while who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves also et al fig figure table annex chapter section page
""".split()
STOP = frozenset(fold(w) for w in _STOP_WORDS) | frozenset(_STOP_WORDS)


def content_words(folded: list[str]) -> list[str]:
    return [w for w in folded if w not in STOP and len(w) > 1 and not w.isdigit()]


def terms(folded: list[str]) -> list[str]:
    """Unigrams and adjacent bigrams of the content words."""
    words = content_words(folded)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def tfidf(term_list: list[str], index: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(feature indices, l2-normalised sublinear tf-idf values) of the known terms."""
    counts: dict[int, int] = {}
    for j in map(index.get, term_list):
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    found = sorted(counts)
    idx = np.array(found, dtype=np.int64)
    vals = (1.0 + np.log(np.array([counts[j] for j in found], dtype=np.float64))) * idf[idx]
    norm = float(np.sqrt(vals @ vals))
    return idx, (vals / norm if norm else vals)


def cosines(idx: np.ndarray, vals: np.ndarray, rows: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Cosine similarity of a text's tf-idf vector (`idx`, `vals`) to each column of `matrix`, whose
    row for term j is rows[j] (-1 when no column holds the term); the columns are l2-normalised."""
    found = rows[idx]
    known = found >= 0
    if not known.any():
        return np.zeros(matrix.shape[1])
    return vals[known] @ matrix[found[known]]
