"""Explicit SDG references: "SDG 4", "SDG9", "Goal 17", "targets 9.c, 17.6 and 17.8",
"SDGs 16.2, 5.3 and 8.7", "SDGs 5 and 9", "Sustainable Development Goal (SDG) 4", "SDG No. 4", calques
("Sustainable Development Objective 4", "the Goal of sustainable development No. 1 (task 1.4)"), goals
in words ("Goal Five", "the sixth SDG", "the SDG on quality education", "the Zero Hunger SDG"),
indicators ("indicator 4.4.1" states target 4.4), short codes ("T9.1", "G16"), the lines below a
label ("Relevant SDG targets:" over "- 16.2 (...)"), and their negations ("this work does not address
SDG 5") and passing mentions ("SDG 14 was mentioned only in passing"), which state nothing; nor do
goals a paragraph gives to others and sets apart from the submitter's own ("Our grantees work on SDG
3; the Foundation's own contribution is to SDG 17"), goals of a closed past or hoped for one day, and
goals that a later sentence takes back ("That listing was an error") or denies (see
`wsislens.sdg.claims`).

Precise by design: a number counts only right after an SDG/Goal/Target keyword (a bare "16.2"
may be a section number), or where a sentence that states a target names another one; targets
and indicators must exist in the official list; a plan's or a law's goal ("Goal 3 of our
Corporate Plan") is no SDG.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from wsislens.sdg.claims import (
    BACKGROUND,
    CONSIDERED_AND_LEFT,
    DENYING,
    DENYING_RIGHT_AFTER,
    DISCONTINUED,
    FIRST_PERSON,
    MENTION_OF,
    REMOVED,
    settle,
)
from wsislens.sdg.reference import load_goals, load_indicators, load_targets, target_ids
from wsislens.sdg.sentences import (
    GROUP_LABEL,
    SENTENCE,
    figure_row,
    next_sentence,
    paragraphs_around,
    start_of_sentence,
    within,
)
from wsislens.sdg.types import SdgEvidence, SdgMatch
from wsislens.sdg.vocabulary import passing_spans

# A list item's bullet, as Word, PDFs and plain text write it
_BULLET = r"[-•*–▪·■●◦‣]"
# A form's box, empty ("☐", "□", "[ ]") or ticked ("☒", "☑", "■", "[x]")
_EMPTY_BOX = r"(?:\[[^\S\n]?\]|[☐□])"
_TICKED_BOX = r"(?:\[[^\S\n]?[xX✓✔][^\S\n]?\]|[☑☒■])"
_ANY_BOX = r"(?:" + _EMPTY_BOX + r"|" + _TICKED_BOX + r")"
# Keyword before the number(s). Group names tell what a plain integer means after it.
_KEYWORD = (
    r"(?P<kw>"
    r"(?:(?:UN|U\.N\.)\s+)?Sustainable\s+Development\s+(?:Goals?|Objectives?)(?:\s*\(\s*SDGs?\s*\))?"
    r"(?:\s+(?P<kw_t1>[Tt]argets?|[Ii]ndicators?))?"
    # (and the Spanish, Portuguese and French forms a submission in English may keep: "ODS 3",
    # "meta 3.8", "Objetivo 17", "ODD 4", "cible 4.a", "Objetivo de Desarrollo Sostenible 11")
    # (and a plural written with an apostrophe: "SDG's 4 and 5")
    # (and the Russian abbreviation a translation keeps: "ЦУР 9")
    r"|(?:SDG(?:s|\(s\)|['’]s)?|(?-i:ODS|ODD|ЦУР)|Global\s+Goals?"
    r"|Objetivos?\s+de\s+(?:Desarrollo\s+Sostenible|Desenvolvimento\s+Sustent[aá]vel)"
    r"|Objectifs?\s+de\s+d[ée]veloppement\s+durable"
    # (and a calque of the Russian name and its "zadacha": "the Goal of sustainable development No. 1
    # (task 1.4)")
    r"|Goals?\s+of\s+(?:the\s+)?sustainable\s+development)"
    # ("SDG tgt 16.a", a memo's abbreviation)
    r"(?:\s+(?P<kw_t2>[Tt]argets?|[Tt]gts?\.?|[Tt]asks?|[Ii]ndicators?)(?:\(s\))?)?"
    # (and a form's "Goal(s):", "Target(s):")
    r"|(?P<kw_goal>[Gg]oal(?:s|\(s\))?|[Oo]bjetivos?|[Oo]bjectifs?)"
    r"|(?P<kw_target>[Tt]arget(?:s|\(s\))?|[Mm]etas?|[Cc]ibles?)"
    # (a translation's "task" for a target, "ЦУР 9 ... – task 9.1", only of a goal just named: see `_of_a_named_goal`)
    r"|(?P<kw_task>[Tt]asks?)"
    r"|(?P<kw_ind>[Ii]ndicator(?:s|\(s\))?)"
    r")"
)
# (a target's letter may be glued to its goal, as a hurried text writes it: "target 9c", "target 9(c)")
# (a footnote's mark may follow it: "SDG 16¹⁴"; a mark may stand before it: "SDG no.5")
_ITEM = r"(?<!\d)(?<!\d\.)\d{1,2}(?:\.(?:\d{1,2}|[a-gA-G])(?:\.\d{1,2})?|[a-g]|\([a-g]\))?(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰]|\.\d)"
# What may separate items of one list: "5, 8 and 9", "5/8", "16.2; 5.3", "4 & 5", "4 or 5".
# (and a hedge between commas: "16.1-16.3 and, to a lesser extent, 16.10")
_JOIN = (
    r"\s*(?:\band\s*,\s*(?:to\s+a\s+(?:lesser|greater|certain)\s+extent|in\s+part|partly|indirectly|also)\s*,"
    r"|,\s*(?:and(?:\s+(?:also\s+)?to)?|or|as\s+well\s+as|&)?|;|/|&|\+|[·•]|\band(?:\s+(?:also\s+)?to)?\b|\bor\b|(?-i:\bet\b|\by\b)|\bas\s+well\s+as\b|[-–](?=\s*\d)|\bto\b|\bthrough\b)"
    # (and the next item's own mark: "SDG #4 and #5", "SDG No. 4 and No. 5")
    r"\s*(?:SDGs?\s*)?(?:#|[Nn]o\.[^\S\n]*)?"
)
# what follows the number of all the goals ("the SDGs 17 goals")
_COUNT_OF_GOALS = re.compile(
    r"[^\S\n]+(?:goals|Global\s+Goals|Sustainable\s+Development\s+Goals)\b", re.IGNORECASE
)
_RANGE = re.compile(r"^\s*(?:[-–]|to|through)\s*(?:#|[Nn]o\.[^\S\n]*)?$")
# A list item followed by one of these is a quantity, not an SDG number ("SDG 4 and 5 million people").
_NOT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|million|billion|thousand|hundred|years?|months?|weeks?|days?|hours?|"
    r"people|persons|countries|times|USD|\$|km|kg)\b",
    re.IGNORECASE,
)
# A goal's own targets in brackets after it, "SDG 9 (9.c specifically) and 8", "Goal 16 (targets
# 16.2 and 16.10)", or its name, "SDGs 4 (quality education) and 5", "targets 9.c (universal and
# affordable access to the Internet) and 16.6", also in capitals: "SDG 2 (Zero Hunger)".
_HINT = r"(?:in\s+particular|especially|esp\.|notably|mainly|specifically|particularly)"
# (a name may be as long as the official text it quotes, in quotes or not, with its years: "16.6
# (developing effective, accountable and transparent institutions at all levels)", "4.1 (By 2030, ensure
# that all girls and boys ...)"; but no goal's number: "SDG 4 (with links to SDG 5)" names SDG 5)
_NAME = (
    r"(?!(?:not|no|none|n/a|nothing|formerly|previously|"
    + DISCONTINUED
    + r")\b)[A-Za-z“\"‘'](?:[A-Za-z ,&/'’‘“”\"-]|(?<!\d)(?:19|20)\d\d(?!\d)){2,300}\.?[”\"’']?"
)
_BRACKETED = (
    r"(?:\s*\(\s*(?:(?:"
    + _HINT
    + r"\s+)?(?:(?:[Tt]argets?|[Tt]asks?)\s+)?"
    + _ITEM
    + r"(?:"
    + _JOIN
    + _ITEM
    + r")*"
    # ("SDG 16 (esp. 16.10 - public access to information)")
    r"(?:\s*,?\s*"
    + _HINT
    + r"|\s*[-–:]\s*[A-Za-z][A-Za-z ,&/'’-]{2,80})?|"
    + _NAME
    # (or the WSIS action lines it is reached through: "16.10 (C3, C9, C10); 4.4 (C4, C7)")
    + r"|C\d{1,2}(?:\s*[,;/&]\s*C\d{1,2})*)\s*\))?"
)
# a subject after "on" in lower case ("on universal health coverage"), its last class repeated by a quantifier
_SUBJECT = r"\s+on\s+[a-z][a-z '’-]"
# ... or its subject after "on", when another item follows: "targets 3.8 on universal health
# coverage and 3.d on early warning"
_DESCRIBED = r"(?:" + _SUBJECT + r"{2,60}?(?=\s*(?:,\s*(?:and|or)?|;|\band\b|\bor\b)\s*\d))?"
# ... and the last item's subject up to its clause's end or its verb: "target 2.3 on the incomes of
# small-scale food producers, and ...", "target 5.b on enabling technology for women is the one we cite"
_TARGET_SUBJECT = re.compile(
    _SUBJECT + r"{2,80}?(?=\s*(?:[,;.)]|\band\s+(?:to\s+)?(?:SDGs?|[Tt]argets?|[Gg]oals?)\b|$)"
    r"|\s+(?:is|are|was|were|has|have|had|which|that|who|will|we|our)\b)"
)
_PATTERN = re.compile(
    # (the look-ahead, every keyword's first letter, spares trying them all at every letter)
    r"(?<![\w])(?=[sSgGtTiIoOmMcCuUЦ])(?i:"
    + _KEYWORD.replace(
        "(?P<kw_goal>[Gg]oal(?:s|\\(s\\))?|[Oo]bjetivos?|[Oo]bjectifs?)",
        "(?P<kw_goal>goal(?:s|\\(s\\))?|objetivos?|objectifs?)",
    )
    + r")"
    # (a form's label: "SDG targets addressed (max 5): 3.8; 3.d")
    r"(?:[^\S\n]+(?:addressed|covered|served|concerned|supported|linked|related|relevant|contributed[^\S\n]+to|"
    r"contributions?|priorities|focus|alignment|mapping|reported|tracked|pursued)"
    r"(?:[^\S\n]*\([^()\n]{0,20}\))?(?=[^\S\n]*:))?"
    # on the keyword's line: "Sustainable Development Goals" ending a heading is not followed by
    # the next paragraph's number ("7.1 These efforts")
    # (and a translation's own word in brackets, or a form's note: "target (cible) 6.4", "Targets (please
    # list): 3.1; 3.7")
    # (or after a full stop, before targets: "C.2 Targets (optional). 9.1 and 9.c.")
    r"(?:[^\S\n]*\((?-i:[a-z][a-z ]{2,14})\)(?:[^\S\n]*\.(?=[^\S\n]*\d{1,2}\.\w))?(?=[^\S\n]*[:.]?[^\S\n]*\d))?"
    # (and a number's mark, as English and its calques write it: "No. 4", "Nr. 4", "n. 4", "N°4", "#4"; or a
    # hint after a comma or a bracket: "the SDGs (in particular 4 and 5)", "the SDGs, notably 4 and 9")
    r"(?P<hinted>[^\S\n]*[,(][^\S\n]*(?:" + _HINT + r"|including|namely)[^\S\n]+)?"
    r"(?:[^\S\n]*(?:#|(?:[Nn]os?|[Nn]r|[Nn])\.|[Nn]o(?=[^\S\n]+\d)|[Nn]°|[Nn]umbers?|:|-|[–—](?=[^\S\n]*\d{1,2}[^\S\n]*,))?[^\S\n]*\(?[^\S\n]*"
    # ... or on the next line of a hard-wrapped text, when the sentence goes on after the number
    # ("supports target\n4.4 on skills"), which a paragraph's number ("7.1 These efforts", "13. The
    # activities") does not
    # (or after a page's break, a blank line: "in particular target\n\n9.c on universal ... access")
    # (or after a hyphen that broke it, "the SDG-\n16 and", or before its subject in brackets, "SDG\n8.3
    # (promotion of SMEs)")
    r"|[^\S\n]*-?\n(?:[^\S\n]*\n)?[^\S\n]*(?=" + _ITEM + r"(?:[^\S\n]+[a-z(]|[,;)]|\.(?![^\S\n]*[A-Z]))))"
    r"(?P<list>" + _ITEM + _BRACKETED + _DESCRIBED + r"(?:" + _JOIN + _ITEM + _BRACKETED + _DESCRIBED + r")*)"
)
_ITEM_RE = re.compile(_ITEM)
# (a bracket after a goal, open up to the end, that names its targets: "SDG 16 (targets 2 and")
_TARGETS_IN_BRACKET = re.compile(r"\(\s*(?:" + _HINT + r"\s+)?(?:[Tt]argets?|[Tt]asks?)\s+[^()]*$")
# A goal's own targets after it, without a keyword of their own: "SDG5, especially 5.b", "SDG 16
# above all: 16.10 (public access to information) and 16.9 (legal identity for all)"; only numbers
# of that goal count ("SDG 4, especially 2.5 million learners" is no target)
_OWN_ITEM = _ITEM + r"(?:\s*\([^()\n]{1,120}\))?"  # a target and what it is about, in brackets
_OWN_TARGETS = re.compile(
    r"[^\S\n]*[,:]?[^\S\n]*(?:" + _HINT + r"|above\s+all|including|namely)[^\S\n]*:?[^\S\n]*"
    r"(?P<list>" + _OWN_ITEM + r"(?:" + _JOIN + _OWN_ITEM + r")*)"
)
_SDG_PREFIX = re.compile(r"SDGs?\s*(?:#|[Nn]o\.[^\S\n]*)?$", re.IGNORECASE)
# words that say a text speaks of the SDGs at all
SDG_CONTEXT = re.compile(
    r"\bSDGs?\b|Sustainable\s+Development|2030\s+Agenda|Global\s+Goals|\b(?-i:ODS|ODD|ЦУР)\b", re.IGNORECASE
)

# Negation: a cue in the same clause before the reference, or a denial right after the list.
# (a denial's object ends it: "did not examine it and focused instead on target 17.6")
_CLAUSE_BREAK = re.compile(
    # (a form's box too: "☐ Goal 1 – No Poverty ☑ Goal 3", where "No" is a name's)
    r"[.;:!?\n|☐☑☒□■]|,|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b|\b(?:it|them)\s+and\b",
    re.IGNORECASE,
)
_NEG_BEFORE = re.compile(
    r"\b(?:not|never|no|neither|nor|without|excluding|except|other\s+than|rather\s+than|instead\s+of|"
    r"(?:unrelated|irrelevant)\s+to|outside\s+(?:of\s+)?the\s+scope\s+of|beyond\s+the\s+scope\s+of|"
    # ("we stopped reporting against SDG 8", "the mapping dropped Goal 2", "we left out SDG 14")
    r"(?:stopped|ceased)\s+\w+ing|dropped|excluded?|left\s+out|leave\s+out|removed|"
    # ("We have yet to contribute to SDG 13", "We are unable to report on SDG 13", "We stopped short of
    # linking the work to SDG 13", "We refrain from claiming SDG 13", "Nothing to report under SDG 13")
    # (the reference their object: not "We refrain from claiming credit alone for progress on SDG 4")
    r"(?:(?:has|have)\s+yet\s+to|unable\s+to|stopped\s+short\s+of|refrain(?:s|ed|ing)?\s+from)\s+"
    r"(?:contribut|report|claim|link|align|address|serv|map|attribut)\w*(?:\s+[\w'’-]+){0,3}?(?:\s+(?:to|on|under|against|with))?(?=\s*$)|"
    r"nothing\s+to\s+report|"
    # ("wrongly tagged #SDG13", "Unlike the SDG 4 programmes run by the ministry", "may in future
    # contribute to SDG 7")
    r"wrongly|mistakenly|erroneously|unlike|(?:may|might|could)\s+(?:in\s+(?:the\s+)?future|eventually|one\s+day))\b|n't\b",
    re.IGNORECASE,
)
# (and a double negation, which affirms: "None of it would be possible without the partnerships of
# SDG 17", "none of it lasts without the skills that Sustainable Development Goal 4 calls for")
_NOT_NEGATION = re.compile(
    r"\bnot\s+only\b|\bnot\s+just\b|\bno\s+doubt\b|\bno\s+less\b|"
    r"\b(?:none|nothing|not|never|cannot|can't|impossible)\b[^.;]{0,60}?\bwithout\b|"
    # ("It is not unrelated to SDG 5", "We're not NOT an SDG 13 project")
    r"\bnot\s+(?:unrelated|unconnected|unimportant|irrelevant|insignificant|not)\b|"
    r"\b(?:no\s+one|nobody)\s+(?:would|could|can|will)\s+deny\b|"
    # ("No other goal matters to us as much as SDG 16", "There is no SDG we work on more closely than
    # SDG 6", "not limited to SDG 4", "We're not stopping at #SDG4", "we never stopped working towards
    # SDG 3", "would not reference any SDG beyond SDG 9")
    r"\bno\s+(?:other\s+)?(?:goals?|SDGs?|targets?)\b(?:[^.;]|\.(?=\w)){0,60}?(?:\bas\s+much\s+as|\bthan)\b|"
    r"\bnot\s+(?:limited|restricted|confined)\s+to\b|\bnot\s+stopping\s+at\b|\bnever\s+(?:stopped|ceased)\b|"
    r"\b(?:not|no|never)\b(?:[^.;]|\.(?=\w)){0,60}?\bany\s+(?:other\s+)?(?:SDGs?|goals?|targets?)\s+"
    r"(?:beyond|other\s+than|except|besides)\b|"
    # ("We can't say we don't contribute to SDG 11", "It cannot be said that the programme makes no
    # contribution to SDG 10", "It would be wrong to say that ... does not", "It is not true that ...
    # is irrelevant to SDG 2")
    r"\b(?:(?:can't|cannot|can\s+not|couldn't)\s+(?:be\s+said|say|claim|pretend)|would\s+be\s+wrong\s+to\s+say|"
    r"is\s+(?:not\s+true|untrue|false|wrong)(?:\s+to\s+say)?)\s+(?:that\s+)?(?:[^.;,]|\.(?=\w)){0,80}?"
    r"(?:\b(?:not|no|never|unrelated|irrelevant)\b|n't\b)",
    re.IGNORECASE,
)
# what a form's or a table's status says of a goal that is not served ("SDG 13: not addressed")
NOT_SERVED = (
    r"(?:applicable|claimed|addressed|relevant|reported|tracked|measured|pursued|served|covered|targeted|retained|selected|"
    r"material)"
)
# ... and what it says of one that was dropped ("Outcome 3 (discontinued 2022)", "Status: withdrawn")
DROPPED = r"(?:cancelled|" + DISCONTINUED + r")"
# ... and a label or heading of goals that are not served ("Not relevant:", "SDGs excluded.", "Out of
# scope:")
_NOT_SERVED_LABEL = (
    r"(?:(?:considered[^\S\n]+(?:and|but)[^\S\n]+)?(?:not[^\S\n]+"
    + NOT_SERVED
    + r"|excluded)|out[^\S\n]+of[^\S\n]+scope|"
    # ("Goals outside our scope", "Goals we do not report against")
    r"outside[^\S\n]+(?:our|the|its|their)[^\S\n]+(?:scope|mandate|remit)|"
    r"we[^\S\n]+do[^\S\n]+not[^\S\n]+(?:report[^\S\n]+(?:against|on|under)|claim|address|serve))"
)
# (the words of a goal's or a target's name after it, before what is said of it: "SDG 4 – Quality education
# (not addressed)", "12.3 – halve food waste ...: planned")
_AFTER_ITS_NAME = r"[:—–-][^\S\n]*[^\W\d][^\n.;:()|]{2,80}?[^\S\n]*"
_NEG_AFTER = re.compile(
    # (after its bracket, or a name in brackets: "Goal Fourteen (life below water) does not apply", "Goal 5
    # (indicator 5.b.1, mobile phone ownership by sex) was considered but excluded")
    r"^\s*(?:(?:,[^()\n]{1,60})?\))?\s*(?:\([^()\n]{1,80}\)\s*)?(?:(?:is|are|was|were|remains?)\s+(?:not|never|outside|beyond)\b|"
    r"(?:is|are|was|were)\s+n't\b|not\s+(?:addressed|covered|targeted|concerned|included)\b|"
    # (another body's classification: "classifies the Programme under SDG 8 in its own budget statement")
    r"in\s+(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:report|reporting|statement|strategy|plan|review|budget)\b|"
    # ("Why is SDG 10 not on your list?")
    r"not\s+(?:on|in)\s+(?:your|our|the|this)\s+list\b|"
    # ("SDG 13 lies outside our mandate", "we consider SDG 13 outside the scope of this report")
    r"(?:lies|lie|lay|falls?|fell|sits?)\s+(?:outside|beyond)\b|"
    r"(?:outside|beyond)\s+(?:the|its|our|their|this|that)\s+(?:\w+\s+)?(?:scope|remit|mandate|purview)\b|"
    # ("SDG 8 was excluded from the mapping", "SDG 6 falls to other agencies")
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:therefore|thus|hence|also)\s+)?(?:excluded|dropped|removed|"
    r"left\s+out|discontinued|withdrawn|abandoned|handled\s+by)\b|(?:does|do|did)\s+not\s+apply\b|"
    # ("under SDG 7, to which the Ministry does not report")
    r",\s*(?:to|under|against)\s+which\s+(?:we|the\s+\w+)\s+(?:does|do|did)\s+not\s+(?:report|contribute)\b|"
    r"(?:falls?|fell|is\s+left|are\s+left)\s+to\s+(?:other|another)\b|"
    # ("(SDG 16 – not applicable)", "C10 ... SDG 6: N/A", "SDG 13: none", "SDG 8 | No | ...")
    r"[-–—:(]\s*(?:not\s+"
    + NOT_SERVED
    + r"|n/a|none|no\s+contribution|nothing\s+to\s+report)\b|\|\s*(?:no|none|n/a|not\s+"
    + NOT_SERVED
    + r")\s*(?:\||$)|"
    # (after the goal's name: "GOAL 12: RESPONSIBLE CONSUMPTION AND PRODUCTION – not addressed")
    # ("SDG 4 – Quality education (not addressed)", "SDG 9 – Industry, innovation and infrastructure (outside our mandate)")
    + _AFTER_ITS_NAME
    + r"(?:[-–—]|\()[^\S\n]*(?:not[^\S\n]+"
    + NOT_SERVED
    + r"|n/a|outside[^\S\n]+(?:our|the|its|their)[^\S\n]+(?:scope|mandate|remit))\b|"
    # ("SDG 10 – Reduced inequalities was also considered and excluded: ...")
    + _AFTER_ITS_NAME
    + r"(?<=\s)(?:was|were)[^\S\n]+(?:also[^\S\n]+)?"
    + CONSIDERED_AND_LEFT
    + r"|"
    # ("12.3 – halve food waste and reduce post-harvest losses: planned from 2026.")
    + _AFTER_ITS_NAME
    + r"(?::|(?<=\s)[-–—])[^\S\n]*(?:planned|not[^\S\n]+yet[^\S\n]+started)"
    r"(?:[^\S\n]+(?:from|for|in)[^\S\n]+\d{4}|[^\S\n]+only)?(?=[^\S\n]*(?:[.;,)]|$))|"
    # ("SDG 13 — no.", "SDG 13: N.A.", "SDG 13: –", "SDG 13 ✗")
    r"[-–—:]\s*(?:no(?!\.\s*\d)|n\.?\s?a\.?|[-–—])(?=\s*(?:[.;,)|]|\n|$))|\s*[✗✘❌]|"
    # ("Apart from SDG 13, which we do not address, ...", "Earlier reports listed SDG 13 by mistake")
    r",\s*which\s+(?:(?:we|the\s+\w+|it|they)\s+)?(?:does|do|did)\s+not\s+(?:address|serve|cover|claim|report\s+(?:on|against|under)|"
    r"contribute\s+to|work\s+on|apply)\b(?!\s+only)|\s+(?:by\s+mistake|in\s+error)\b|"
    # (also after a relative clause: "Target 9.c, which concerns access, was wrongly attributed to us")
    r"(?:,\s*(?:which|that)\b[^,.;\n]{0,80},)?\s*" + DENYING_RIGHT_AFTER + r"|"
    # ("SDG 13 — formerly reported, now discontinued")
    r"[-–—:(]\s*(?:(?:formerly|previously|once)\s+[^.;\n]{0,30}?,\s*)?(?:now\s+)?" + DISCONTINUED + r"\b)",
    re.IGNORECASE,
)
# A reference that is its clause's subject, denied later in its sentence: "Target 9.c was
# considered during design but is not addressed by this programme", "Monitoring of target 11.b falls
# to the Ministry of Emergency Situations", "target 9.a, which concerns ..., is not applicable"; or
# conceded before a denial: "while we recognise the importance of SDG 13, it falls to other networks"
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.;!?:\n])[^\S\n]*(?:(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])[^\S\n]*)?(?P<words>(?:[\w'’-]+[^\S\n]+){0,5}?)\(?[^\S\n]*$",
    re.IGNORECASE,
)
_NOT_A_SUBJECT = re.compile(
    r"\b(?:we|i|they|it|this|which|is|are|was|were|has|have|had|will|contribut\w*|serv\w*|support\w*|"
    r"address\w*|cover\w*|relat\w*|report\w*|focus\w*|advanc\w*|link\w*|map\w*|align\w*|work\w*|limited|"
    r"tie[sd]?|under|to|towards?|within|in|for|on|at|by|from|through|across)\b",
    re.IGNORECASE,
)
_CONCEDED = re.compile(r"\b(?:while|although|though|whereas)\b(?:[^.;!?\n]|\.(?=\w))*$", re.IGNORECASE)
_LATER_DENIAL = re.compile(
    r"(?:[^\S\n]*\))?(?:\s*,\s*(?:which|that|while|although|though)\b(?:[^.;!?\n,]|\.(?=\w)){0,120},)?"
    r"(?P<between>(?:[^.;!?\n]|\.(?=\w)){0,150}?)\b" + DENYING,
    re.IGNORECASE,
)
_CONCEDED_DENIAL = re.compile(
    r"(?:[^\S\n]*\))?(?:[^.;!?\n,]|\.(?=\w)){0,60}?,\s*(?:(?:it|this|that|they)\s+"
    + DENYING
    # ("Although target 4.a is often cited ..., the Committee's inquiry did not examine it")
    + r"|(?:[^.;!?\n,]|\.(?=\w)){0,60}?\b(?:did|does|do|could|can|will|has|have)(?:\s+not|n't)\s+\w+\s+(?:it|them)\b)",
    re.IGNORECASE,
)


# ... or denied by a word that points back to it: "we ... make no claim regarding that goal", "in the
# context of Goal 13, but this is outside the scope of the current submission"
_DENIES_IT = re.compile(
    r"(?P<between>(?:[^.;!?\n]|\.(?=\w)){0,150}?)(?:\bno\s+claims?\s+(?:regarding|about|on|to|for|of)\s+"
    r"(?:that|this|the)\s+(?:goal|target)|\b(?:but|however)\s*,?\s+(?:this|that|it|th(?:is|at)\s+reference)\s+"
    r"(?:(?:is|was|lies|falls)\s+(?:outside|beyond)\s+(?:the|our|its)\s+(?:\w+\s+)?(?:scope|remit|mandate|purview)"
    # ("but that reference was inherited from the donor's template and does not reflect ...")
    r"|(?:[^.;!?\n]{0,80}?\b)?(?:does|did)\s+not\s+reflect)"
    # ("the Centre considered linking the SME programme to SDG 8, but decided against it")
    r"|\bbut\s+decided\s+against\s+(?:it|this|that)\b"
    # ("... because we first met at a climate march, but that's not what we work on")
    r"|\bbut\s+(?:that|this|it)(?:'s|’s|\s+is)\s+not\s+(?:what|something)\s+we\b"
    # ("SDG 12 is part of the University's wider plan, but the café itself does not report against it")
    # (or conceded: "The donor requires reporting against SDG 13, although our work does not address it")
    r"|\b(?:but|although|though|while|whereas)\s+(?:we|the\s+\w+(?:\s+itself)?|our\s+\w+)\s+(?:does|do|did)\s+not\s+"
    r"(?:report\s+(?:against|on|under)|claim|serve|address|cover|touch|contribute\s+to|work\s+on)\s+(?:it|this|that|them)\b"
    # ("the village information system is assigned to the Ministry of Villages under Goal 1 (No Poverty) and
    # is therefore not reported in this contribution")
    r"|\band\s+(?:is|are|was|were)\s+(?:therefore\s+|thus\s+|hence\s+|so\s+)?(?:not\s+(?:reported|claimed|counted|included)\s+"
    r"(?:here|in\s+(?:this|the\s+present)\s+(?:contribution|submission|report))|outside\s+(?:this|the\s+present)\s+"
    r"(?:contribution|submission|report))\b"
    # ("Our partner UNEP works on SDG 13; we do not.", "We reported under SDG 13 but stopped doing so in 2021")
    r"|[;,]\s*(?:but\s+)?we\s+(?:do|did|does)\s+not(?=\s*[.;])"
    r"|\bbut\s+(?:we\s+)?(?:have\s+|has\s+)?(?:since\s+)?(?:stopped|ceased)\s+(?:reporting|doing\s+so)\b"
    # ("SDG 4 is our lead goal elsewhere; in this submission it is mentioned only for context")
    r"|\b(?:it|this|that)\s+is\s+(?:mentioned|cited|named|referred\s+to)\s+only\s+(?:for|as)\s+(?:context|background))\b",
    re.IGNORECASE,
)


# (a report that stopped, after "reported under" only: not "SDG 4 projects expanded but stopped in 2020
# during the lockdown and resumed in 2021")
_STOPPED = re.compile(
    r"(?:[^.;!?\n]|\.(?=\w)){0,60}?\bbut\s+(?:have\s+|has\s+)?(?:since\s+)?(?:stopped|ceased)(?=\s+(?:in|since|after)\b|\s*[.;])",
    re.IGNORECASE,
)
_REPORTED_UNDER = re.compile(r"\breport(?:ed|s|ing)?\s+(?:under|against|on)\s+$", re.IGNORECASE)


def _denied_later(text: str, start: int, end: int) -> bool:
    """Whether a reference is its clause's subject and denied later in its sentence, conceded
    before a denial (see `_LATER_DENIAL`), or denied by a word that points back to it (`_DENIES_IT`)."""
    points_back = _DENIES_IT.match(text, end)
    if points_back and not re.search(r"\b(?:SDGs?|[Gg]oals?|[Tt]argets?)\b|\d", points_back.group("between")):
        return True
    if _STOPPED.match(text, end) and _REPORTED_UNDER.search(text, max(0, start - 40), start):
        return True  # ("We previously reported under SDG 13 but stopped in 2021")
    subject = _SUBJECT_BEFORE.search(text, max(0, start - 60), start)
    words = subject.group("words") if subject else ""
    if subject and MENTION_OF.search(words) and REMOVED.match(text, end):
        return True
    if subject and not _NOT_A_SUBJECT.search(words):
        later = _LATER_DENIAL.match(text, end)
        if later and not re.search(r"\b(?:we|our|us|I)\b", later.group("between")):
            return True
    return bool(_CONCEDED.search(text, max(0, start - 120), start) and _CONCEDED_DENIAL.match(text, end))


_NEG_WINDOW = 80


_BRACKETS = re.compile(r"\([^()]*\)")
_SINGULAR_AFTER = re.compile(
    r"[^\S\n]*(?:\([^()\n]{1,80}\)[^\S\n]*)?(?:is|was|remains|has[^\S\n]+been)\b", re.IGNORECASE
)


def _is_negated(text: str, start: int, end: int) -> bool:
    window_start = max(0, start - _NEG_WINDOW)
    # (a goal's name in brackets before it denies nothing: "SDG 1 (no poverty) and Goal 8")
    before = _BRACKETS.sub(" ", text[window_start:start])
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    cleaned = _NOT_NEGATION.sub(" ", before)
    denial = _NEG_BEFORE.search(cleaned)
    if denial:
        # "Other than SDG 9, the Authority does not claim a contribution to any Goal" affirms SDG 9,
        # and "Without SDG 17 partnerships nothing in our programme works" SDG 17
        rest = _SENTENCE_REST.match(text, end).group(0)
        if _BUT_WE_DID.match(rest):
            return False  # ("We did not expect to contribute to SDG 3, but we did")
        return not (_EXCEPTION.fullmatch(denial.group(0)) and _DENIAL_WORD.search(rest))
    after = text[end : end + 140]  # (room for a bracket before the words that deny it)
    if _NEG_AFTER.match(after):
        # ("We cannot say that SDG 9 is outside our mandate")
        return not _DOUBTED.search(before)
    if _asked(text, start):
        return True
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # a form's box: before each goal on its line ("[ ] SDG 5 Gender equality", "☐ SDG 13  ☒ SDG 4") or
    # after each ("SDG 13 [ ]  SDG 4 [x]"), as the line's first box stands
    first_box = _BOX.search(text, line_start, line_end)
    if first_box and _GOAL_NUMBER.search(text, line_start, first_box.start()):
        if _UNTICKED_AFTER.match(text, end):
            return True
    elif _UNTICKED.search(text, max(0, start - 8), start):
        return True
    elif first_box and first_box.start() < start:
        # (and what follows it in its item: "☐ Indicator 15.3.1 (SDG 15) – ... not supplied")
        boxes = list(_BOX.finditer(text, line_start, start))
        if re.fullmatch(_EMPTY_BOX, boxes[-1].group(0)) and not re.search(
            r"[;|]|\.(?!\d)", text[boxes[-1].end() : start]
        ):
            return True
    if _DENYING_LABEL.search(text, line_start, start):
        return True  # ("Not relevant: SDG 13, SDG 14")
    label = _LINE_LABEL.match(text, line_start)
    if label and label.end() <= start and not re.search(r"[.!?](?!\w)", text[label.end() : start]):
        return True  # (all its sentence: "Not reported here: SDG 2 – target 2.b (trade ...) concerns ...")
    if _STATUS_BELOW.match(text, line_end) and _line_kind(text[line_start:line_end]) == "bare":
        return True  # ("SDG 9 Industry, innovation and infrastructure" over "Not retained. Network ...")
    line = text[line_start:line_end]
    if "|" in line:
        table = table_lines(text, line_start)  # (once, for each of a table's ways to deny)
        column = text.count("|", line_start, start)
        if (
            row_denied(line.split("|"), column, table[0].split("|"))
            or _unmarked_column(table, line, column)
            or _OTHERS_COLUMN.search(_column_heading(table, line, column))
            or unmarked_row(text, line_start, table)
        ):
            return True  # ("Target 3.d | Early warning ... | Status: not pursued (transferred ...)")
    # ("Goal 8 ... left out", "left Goal 8 out")
    if re.match(r"\s+out\b", after) and re.search(
        r"\b(?:left|leave|leaving)\s+$", text[max(0, start - 10) : start]
    ):
        return True
    return _denied_later(text, start, end) or _denied_around(text, start, end)


# A reference in a clause that the sentence sets aside: "Whether the project contributed to SDG 10 is
# unclear", "Unlike the health ministry's programmes, which report against SDG 3, the portal ...",
# "The axis on water and sanitation, linked to SDG 6, is not within the competence of this
# Undersecretariat"
_WHETHER = re.compile(r"\s*whether\b", re.IGNORECASE)
_UNCLEAR = re.compile(
    r"(?:[^.;!?\n]|\.(?=\w)){0,80}?\b(?:is|are|was|were|remains?)\s+(?:unclear|uncertain|unknown|doubtful|"
    r"not\s+(?:clear|known|certain))\b",
    re.IGNORECASE,
)
_UNLIKE = re.compile(
    r"\b(?:unlike|in\s+contrast\s+to|as\s+opposed\s+to)\b(?:[^.;!?\n]|\.(?=\w)){0,80},\s*(?:which|who|whose|that)\b"
    r"(?:[^.;!?\n,]|\.(?=\w))*$",
    re.IGNORECASE,
)
# (or names the Agenda's span: "The 2030 Agenda comprises seventeen goals, from ending poverty (SDG 1)
# to revitalizing the global partnership (SDG 17)")
# (or reports another body's claim: "The Fund's annual reports claim contributions to SDG 1, SDG 4 and
# target 9.c", "The Ministry's annual report claims a contribution to SDG 5")
_OTHERS_CLAIM = re.compile(
    r"[^\S\n]*(?:\d+(?:\.\d+)*\.?[^\S\n]+)?(?:the[^\S\n]+)?(?-i:[A-Z])[\w-]*(?:[^\S\n]+(?-i:[A-Z])[\w-]*)*['’]s[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:reports?|plans?|strateg(?:y|ies)|proposals?|documents?|website)[^\S\n]+claim(?:s|ed)?\b",
    re.IGNORECASE,
)
_AGENDA_SPAN = re.compile(
    r"\b(?:seventeen|17)\s+(?:(?:Sustainable\s+Development\s+|Global\s+)?Goals|SDGs)\b(?:[^.;!?\n]|\.(?=\w)){0,60}?"
    r"\bfrom\b(?:[^.;!?\n]|\.(?=\w))*$",
    re.IGNORECASE,
)
# (or hopes for it one day: "The Ministry hopes one day to contribute to SDG 14", "Our ambition is that
# it will in time also contribute to SDG 8", "We also wish, in the future, to work on SDG 15", "A
# second phase, subject to funding, would add SDG 2")
_HOPED = re.compile(
    r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|would\s+like|aspires?|aspiration|ambition|dream)\b(?:[^.;!?\n]|\.(?=\w)){0,120}$",
    re.IGNORECASE,
)
_SOME_DAY = re.compile(
    r"\b(?:one\s+day|some\s*day|in\s+(?:the\s+)?future|in\s+time|eventually|in\s+the\s+long\s+run|from\s+\d{4})\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    # ("If adopted, this would allow the City to align the portal with SDG 11", "which would allow us
    # to report against SDG 4 in the next cycle")
    r"\bif\b(?:[^.;!?\n]|\.(?=\w)){0,60},\s*(?:this|it|that|they)\s+would\b(?:[^.;!?\n]|\.(?=\w)){0,80}$|"
    r"\bwould\s+(?:allow|enable)\s+(?:us|it|them|the\s+\w+)\s+to\b(?:[^.;!?\n]|\.(?=\w)){0,60}$|"
    # ("pilot solar-powered cold storage ..., which would bring the company's work within target 12.3")
    r"\bwould\s+bring\s+(?:[\w'’-]+\s+){1,4}?(?:within|under|in\s+line\s+with)\s+$|"
    # ("the Facility will only report a contribution to SDG 3 once the kiosks are in service")
    r"\b(?:will|would)\s+only\s+(?:report|claim|count)\b(?:[^.;!?\n]|\.(?=\w)){0,60}$|"
    # ("which we will begin to report under target 10.c from next year")
    r"\b(?:will|shall|plan\s+to|intend\s+to)\s+(?:begin|start)\s+(?:to\s+)?report(?:ing)?\b(?:[^.;!?\n]|\.(?=\w)){0,60}$|"
    # ("has discussed adding a media literacy strand that could contribute to SDG 4")
    r"\bdiscuss(?:ed|es|ing)?\s+(?:adding|introducing|creating|opening)\b(?:[^.;!?\n]|\.(?=\w)){0,80}?\b(?:could|would|might)\b"
    r"(?:[^.;!?\n]|\.(?=\w)){0,60}$|"
    # ("we intend to align it with target 13.3", "From 2026 the Bureau plans to compile indicator 17.6.1")
    r"\b(?:intends?|plans?|aims?)\s+to\s+(?:align|link|map|report|compile|produce|collect|start)\b"
    r"(?:[^.;!?\n]|\.(?=\w)){0,60}$|"
    # ("From 2026 we plan an e-learning course for nurses that would contribute to target 3.c")
    r"\b(?:plans?|planned|intends?|intended)\b[^.;!?\n]{0,80}\bwould\s+(?:contribute|relate|apply)\s+to\s+$|"
    r"\bsubject\s+to\s+(?:[\w-]+\s+)?(?:funding|approval|resources)\b(?:[^.;!?\n]|\.(?=\w)){0,160}?\b(?:would|could|might)\b"
    r"(?:[^.;!?\n]|\.(?=\w)){0,40}$",
    re.IGNORECASE,
)
# (or describes the WSIS–SDG Matrix, which maps every action line to goals in general)
# ("The resulting WSIS–SDG Matrix links each Action Line to the goals ...", not "Using the WSIS–SDG Matrix,
# the Ministry maps its e-agriculture activities to SDG 2")
_MATRIX = re.compile(
    r"\bWSIS[^\S\n]*[-–—][^\S\n]*SDG[^\S\n]+Matrix[^\S\n]+(?:links|maps|connects|relates|associates|shows|lists)\b",
    re.IGNORECASE,
)
_TAKEN_UP = re.compile(
    r"\bwe\b(?:[^.;!?\n]|\.(?=\w)){0,40}?\b(?:contribut|serv|support|address|advanc)\w*\s+(?:to\s+)?"
    r"(?:it|this\s+goal|that\s+goal|this\s+target|that\s+target)\b",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(
    r",\s*(?:linked|related|mapped|aligned|dedicated|devoted|tied|attached)\s+(?:to|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or under a heading of goals not served (see `_below`): "5.2 Goals not addressed" or "Goals not
# covered by this report" on its line, "Excluded:" ending its line, or run in ("5.2 Goals not addressed.
# Although ... SDG 17 ..."); not a label with its goals after it on its line ("Goals not addressed: SDG
# 1 and SDG 2. We report on SDG 4.", see `_DENYING_LABEL`) ...
_NOT_ADDRESSED_HEADING = re.compile(
    r"(?:^|\n)[^\S\n]*(?:\d+(?:\.\d+)*\.?[^\S\n]+)?(?:(?:SDGs?|Goals?|Targets?)[^\S\n]+"
    + _NOT_SERVED_LABEL
    + r"(?:[^\S\n]+(?:by|in|under|for)[^\S\n]+[^\W\d][^\n.:?]{0,40})?[^\S\n]*(?:\.|:?[^\S\n]*(?=\n|$))|"
    + _NOT_SERVED_LABEL
    # (with a colon, or as a line of its own: "Outside our mandate")
    + r"[^\S\n]*:?[^\S\n]*(?=\n|$)|"
    # (a short heading that says so in brackets: "Pipeline (not yet reported)")
    r"(?:[^\W\d][\w-]*[^\S\n]+){1,3}\((?:not[^\S\n]+(?:yet[^\S\n]+)?"
    + NOT_SERVED
    + r"|excluded)\)[^\S\n]*(?=\n|$))",
    re.IGNORECASE,
)
# A list below a label or a heading: each of its lines opens with a bullet, or is a goal's or target's
# number alone, with a name in brackets or its goal's name ("SDG 13 (climate action)", "SDG 13 Climate
# action"); they may each be a paragraph of their own, as a Word file's list items are ("SDGs not
# addressed:" over "- SDG 13 Climate action", a blank line, "- SDG 14 Life below water"), and each may
# be followed by paragraphs that explain it ("SDG 7 – Affordable and clean energy" over "Renewable power
# for telecom sites ... falls under the Energy Commission.")
_BULLETED_LINE = re.compile(r"[^\S\n]*" + _BULLET + r"[^\n]*")
_LINE_ITEM = (
    r"[^\S\n]*(?:(?:SDGs?|Goals?|Targets?)[^\S\n]*)?\d{1,2}(?:\.\w{1,2})?(?!\w)"  # ("SDG 13", "13", "4.a")
)
_BARE_LINE = re.compile(
    _LINE_ITEM
    + r"[^\S\n]*(?:\([^()\n]{0,120}\)|[—–:-]?[^\S\n]*(?P<name>[^\W\d][^\n]{0,40}?))?[^\S\n]*[.;,]?[^\S\n]*",
    re.IGNORECASE,
)
_OPENS_WITH_ITEM = re.compile(_LINE_ITEM, re.IGNORECASE)
_DASHED_ITEM = re.compile(_LINE_ITEM + r"[^\S\n]*[—–:]|" + _LINE_ITEM + r"[^\S\n]+-[^\S\n]", re.IGNORECASE)
# (a sentence that explains an item, not a heading of what follows: "4. Contact", "Goals addressed")
_EXPLAINING = re.compile(r"(?:\S+[^\S\n]+){5,}[^\n]*[.!?;][”\"’')]*[^\S\n]*")


def _line_kind(line: str) -> str | None:
    """A line's kind in a list: "bulleted" or "bare" (see `_BULLETED_LINE`), "" when blank or
    explaining the item above it, None when it is no list's line."""
    if not line.strip():
        return ""
    if _BULLETED_LINE.fullmatch(line):
        return "bulleted"
    bare = _BARE_LINE.fullmatch(line)
    if bare and (not bare.group("name") or _name_key(bare.group("name")) in _goal_of_name()):
        return "bare"
    # (an item that a dash or colon sets before the sentences explaining it: "17.19 – statistical
    # capacity-building: a census digitisation operation is in preparation ...")
    if _DASHED_ITEM.match(line) and _EXPLAINING.fullmatch(line):
        return "dashed"
    # (a sentence that opens with a goal says something of it: "SDG 4 is the focus of our work.")
    return "" if _EXPLAINING.fullmatch(line) and not _OPENS_WITH_ITEM.match(line) else None


def _below(text: str, label_end: int, start: int) -> bool:
    """Whether a reference at `start` is governed by the label or heading that ends at `label_end`: in
    its paragraph, or in an item of the list below it, whose items are all of one kind (see
    `_line_kind`)."""
    between = text[label_end:start]
    if not re.search(r"\n[^\S\n]*\n", between):
        return True
    line_end = text.find("\n", start)
    *lines, own = text[label_end : len(text) if line_end < 0 else line_end].split("\n")
    kind = _line_kind(own)
    if kind == "":
        # (the item's goal or a target of it, in the sentences that explain it: "SDG 8 – Decent work ..." over
        # "Complaints ... touch on access to financial services (target 8.10), but our role is redress")
        items = [line for line in lines if _line_kind(line)]
        named = _TARGET_AT.match(text, start) or _GOAL_IN_ITEM.match(text, start)
        item_goal = _GOAL_IN_ITEM.search(items[-1]) if items else None
        if not (named and item_goal and named.group(1) == item_goal.group(1)):
            return False
        kind = _line_kind(items[-1])
    return bool(kind) and all(_line_kind(line) in ("", kind) for line in lines)


_TARGET_AT = re.compile(r"(?:(?:targets?|indicators?)[^\S\n]+)?(\d{1,2})\.[\da-c]{1,2}\b", re.IGNORECASE)
_GOAL_IN_ITEM = re.compile(r"\b(?:SDG|Goal)[^\S\n]?(\d{1,2})\b", re.IGNORECASE)


# ... or in the answer to a question about the goals a work does not serve: "Q8. Are there SDGs you
# considered but excluded? Yes – SDG 1", "Please list any SDG targets your project does NOT address:"
# (an instruction may follow the question: "... but do not report against? Please explain.")
_FOLLOW_UP = re.compile(
    r"[^\S\n]*(?:(?:if[^\S\n]+(?:so|yes|not),?[^\S\n]+)?(?:why|which(?:[^\S\n]+ones?)?|how)(?:[^\S\n]+not)?|explain)[^\S\n]*",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^[^\S\n]*(?:please[^\S\n]+)?(?:explain|specify|describe|list|give|indicate|elaborate)\b[^.!?\n]{0,60}[.:]",
    re.IGNORECASE,
)
# (a form's label ends its line; a table's question cell ends at the answer's: "9. SDGs considered but not
# addressed (please explain) | SDG 1 and SDG 8 were considered ...")
_QUESTION_MARK = re.compile(r"\?(?=\s)|:[^\S\n]*\n|(?<=\S)[^\S\n]\|(?=[^\S\n])")
_SERVING = re.compile(r"\b(?:serv|contribut|address|support|advanc|focus|align)\w*", re.IGNORECASE)
_NOT_SERVED_QUESTION = re.compile(
    # ("does the project not address", "do you not report against")
    r"\b(?:(?:do|does|did)\s+(?:(?:the|your|our|its|this|that)\s+)?(?:\w+\s+)?not|don't|doesn't|didn't)\s+(?:\w+\s+){0,2}?"
    r"(?:address|serve|cover|contribute|target|report|work|claim)|\bexclud(?:e|es|ed|ing)\b|"
    r"\b" + CONSIDERED_AND_LEFT + r"|"
    r"\bnot\s+(?:relevant|applicable|addressed|served|covered|claimed|retained|selected)\b|"
    # ("the following Goals ... are outside the scope of Outcome 2:")
    r"\boutside\s+(?:the|our|its|their)\s+(?:scope|mandate|remit)\b",
    re.IGNORECASE,
)


def _denied_around(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a reference sets its clause aside (see `_WHETHER`) or asks
    for the goals a work does not serve (see `_NOT_SERVED_QUESTION`)."""
    sentence_start = start_of_sentence(text, start)
    if _WHETHER.match(text, sentence_start) and _UNCLEAR.match(text, end):
        return True
    if _UNLIKE.search(text, sentence_start, start) or _AGENDA_SPAN.search(text, sentence_start, start):
        return True
    if (claim := _OTHERS_CLAIM.match(text, sentence_start)) and claim.end() <= start:
        return True
    sentence = SENTENCE.match(text, sentence_start)
    whole = sentence.group(0) if sentence else ""
    if _HOPED.search(text, sentence_start, start) and _SOME_DAY.search(whole):
        return True
    if _CONDITIONAL.search(text, sentence_start, start):
        return True
    if _MATRIX.search(text, max(0, sentence_start - 300), sentence.end() if sentence else start) and not (
        FIRST_PERSON.search(whole)
    ):
        return True  # ("The WSIS–SDG Matrix links each Action Line to ...; for example, C7 ... to SDG 3")
    if (BACKGROUND.search(whole) or _background_goes_on(text, sentence_start)) and not FIRST_PERSON.search(
        whole
    ):
        # (unless the next sentence takes it up: "As a private tower company we contribute to it directly")
        following = next_sentence(text, sentence.end())
        return not (following and _TAKEN_UP.search(following.group(0)))
    if _APPOSITIVE.search(text, max(sentence_start, start - 40), start):
        later = _LATER_DENIAL.match(text, end)
        if later and not FIRST_PERSON.search(text[sentence_start:start] + later.group("between")):
            return True
    return _governing_label(text, start) is not None


# (a report of background whose next sentence goes on with it: "The latest Sustainable Development Goals
# Report ... found that fewer than one in five targets are on track. It singles out the stalled progress on
# ending extreme poverty under Goal 1")
_REPORT_GOES_ON = re.compile(
    r"\s*It\s+(?:also\s+)?(?:singles\s+out|notes|observes|highlights|finds|warns|points\s+to|stresses|adds)\b"
)


def _background_goes_on(text: str, sentence_start: int) -> bool:
    """Whether the sentence from `sentence_start` goes on with the report of background before it."""
    if not _REPORT_GOES_ON.match(text, sentence_start) or sentence_start == 0:
        return False
    before = SENTENCE.match(text, start_of_sentence(text, sentence_start - 1))
    return bool(before and before.end() <= sentence_start and BACKGROUND.search(before.group(0)))


def _governing_label(text: str, start: int) -> tuple[int, int] | None:
    """The span of the heading of goals not served (see `_NOT_ADDRESSED_HEADING`), or of the question
    or form's label that asks for them, that a reference at `start` stands below or answers; None
    when there is none."""
    headings = list(_NOT_ADDRESSED_HEADING.finditer(text, max(0, start - 2000), start))
    if headings and _below(text, headings[-1].end(), start):
        heading = headings[-1]
        return heading.start() + len(heading.group(0)) - len(heading.group(0).lstrip()), heading.end()
    marks = list(_QUESTION_MARK.finditer(text, max(0, start - 1000), start))
    if not marks:
        return None
    mark = marks[-1].start()
    if text[mark].isspace() and "|" in text[text.rfind("\n", 0, mark) + 1 : mark]:
        return None  # (only the first cell of a row asks: not "SDG 6: not applicable | SDG 9: applicable")
    between = _INSTRUCTION.sub(" ", text[mark + 1 : start])  # ("... do not report against? Please explain.")
    # (the answer may be the paragraph after the question's, as in a questionnaire answered in a table)
    # (after a yes that leads it: "Were any SDGs considered but excluded?" over "Yes. SDG 12 (...) was considered")
    answer = len(between) - len(
        re.sub(r"^\s*\|?\s*(?:yes\b[.,:;!–—-]*)?\s*", "", between, flags=re.IGNORECASE)
    )
    if re.search(r"[.!?](?!\w)|\n[^\S\n]*\n", between[answer:]) and not (
        # (a list below a form's label, its items each a paragraph: "... does NOT address:" over "- 13.1")
        text[mark] == ":" and _below(text, mark + 1, start)
    ):
        return None
    if _SERVING.search(between, answer):
        return None  # an answer that claims instead ("Which SDGs does your work not address? All of it serves SDG 4")
    # (a table's question is its whole first cell: "5. Which SDGs ... are not served? Please explain. | ...")
    question_start = text.rfind("\n", 0, mark) + 1 if text[mark].isspace() else start_of_sentence(text, mark)
    question = text[question_start:mark]
    if _FOLLOW_UP.fullmatch(question) and len(marks) > 1 and not text[marks[-2].start()].isspace():
        # (the question before a short one that follows it: "Were any SDGs considered but excluded? Why?")
        mark = marks[-2].start()
        question_start = start_of_sentence(text, mark)
        question = text[question_start:mark]
    if re.search(r"\b(?:SDGs?|goals?|targets?)\b", question, re.IGNORECASE) and _NOT_SERVED_QUESTION.search(
        question
    ):
        return question_start + len(question) - len(question.lstrip()), mark + 1
    return None


_BUT_WE_DID = re.compile(
    r"[^\S\n]*,?[^\S\n]*but[^\S\n]+(?:we|it|they|the\s+\w+)[^\S\n]+(?:did|do|does|has|have|is|are)\b(?=[^\S\n]*(?:[.,;:!—–-]|$))",
    re.IGNORECASE,
)
# What a table row says of goals it does not serve: a status anywhere in the row ("Not addressed",
# "Status: not pursued", "Discontinued (2022)", "Outcome 3 (discontinued 2022)") ...
_STATUS_CELL = re.compile(
    # (or only planned: "Planned – to be presented in the 2025 session")
    # (after a status's coloured mark: "⚫ Discontinued (2023)")
    # (or after a status's colour: "RED – discontinued")
    r"\s*(?:[^\w\s(\[]\s*)?(?:(?:red|amber|green|grey|black)\s*[–—:-]\s*)?(?:status\s*:\s*)?(?:not\s+"
    + NOT_SERVED
    + r"|"
    + DROPPED
    + r"|planned(?!\s+and)\b(?=.{0,60}$))\b|.*?\("
    + DROPPED
    + r"\b[^()]*\)",
    re.IGNORECASE | re.DOTALL,
)
# ... or "N/A" and "None" in the cell of the goals or after it (before it, "n/a" is another column's
# figure: "Emergency kits | 75 kits deployed | n/a | 11.5")
_EMPTY_CELL = re.compile(r"\s*(?:n/a|none)\b(?=\s*(?:[.;:,(]|$))", re.IGNORECASE)


# ... or its boxes: none ticked ("☐ | Goal 13 | Climate action"), or the one ticked under a column that
# says no ("SDG 13 | ☐ | ☐ | ☒" under "SDG | Primary | Secondary | Not relevant")
# (a lone mark fills a cell too: "✓", "✗", "X")
_BOX_CELL = re.compile(r"\s*(?:" + _ANY_BOX + r"|[✓✔✗✘xX])\s*")
_TICKED_CELL = re.compile(r"\s*(?:" + _TICKED_BOX + r"|[✓✔✗✘xX])\s*")
_NO_COLUMN = re.compile(
    r"\s*(?:" + _NOT_SERVED_LABEL + r"|no|none|n/a|(?:does|do)\s+not\s+contribute|no\s+contribution)\s*",
    re.IGNORECASE,
)


def row_denied(cells: Sequence[str], sdg_cell: int, header: Sequence[str] = ()) -> bool:
    """Whether a table row's `cells` say that its goals, in the cell numbered `sdg_cell`, are not
    served (see `_STATUS_CELL`, `_EMPTY_CELL` and `_BOX_CELL`); `header` names the row's columns
    when it is known."""
    if any(_STATUS_CELL.match(cell) for cell in cells) or any(
        _EMPTY_CELL.match(cell) for cell in cells[sdg_cell:]
    ):
        return True
    boxes = [number for number, cell in enumerate(cells) if _BOX_CELL.fullmatch(cell)]
    ticked = [number for number in boxes if _TICKED_CELL.fullmatch(cells[number])]
    if boxes and not ticked:
        return True
    return bool(ticked) and len(header) == len(cells) and all(_NO_COLUMN.fullmatch(header[n]) for n in ticked)


def table_lines(text: str, line_start: int) -> list[str]:
    """The lines of the table (lines of " | " cells, one under the other) that holds the line starting
    at `line_start`; none when that line is no table's."""

    def line_at(start: int) -> str:
        end = text.find("\n", start)
        return text[start : len(text) if end < 0 else end]

    def previous(start: int) -> int:
        return text.rfind("\n", 0, start - 1) + 1

    if "|" not in line_at(line_start):
        return []
    lines = [line_at(line_start)]
    start = line_start
    while start > 0:
        above, gap = previous(start), []
        while above > 0 and len(gap) < 3 and _between_rows(line_at(above)):
            gap.append(line_at(above))
            above = previous(above)
        line = line_at(above)
        if "|" not in line or (gap and not _goes_on(gap, line, lines[0])):
            break
        lines.insert(0, line)
        start = above
    end = line_start + len(lines[-1])
    while end < len(text):
        below, gap = end + 1, []
        while below < len(text) and len(gap) < 3 and _between_rows(line_at(below)):
            gap.append(line_at(below))
            below += len(gap[-1]) + 1
        line = line_at(below)
        if "|" not in line or (gap and not _goes_on(gap, lines[-1], line)):
            break
        lines.append(line)
        end = below + len(line)
    return lines


def _goes_on(gap: list[str], upper: str, lower: str) -> bool:
    """Whether a table goes on past the lines of `gap` between its rows `upper` and `lower`: a group's label
    among them ("Digital government"), and `lower` a row of as many cells with a figure in it, not the header
    of another table."""
    return any(line.strip() for line in gap) and upper.count("|") == lower.count("|") and figure_row(lower)


def _between_rows(line: str) -> bool:
    """Whether a line between two of a table's rows leaves the table going on: blank, or a group's label."""
    return not line.strip() or GROUP_LABEL.fullmatch(line.strip()) is not None


_UNMARKED = re.compile(r"\s*(?:" + _EMPTY_BOX + r"|[○✗✘—–-]|no|n/a)?\s*", re.IGNORECASE)
# (or a heat map's ratings: "H", "M", "L" or "High")
_MARKED = re.compile(r"\s*(?:" + _TICKED_BOX + r"|[✓✔●xX]|yes|[HML]|high|medium|low)\s*", re.IGNORECASE)


# A table's column of goals that are others' ("Partner | Use of our tools | Partner's own SDG focus (as reported by
# the partner)")
_OTHERS_COLUMN = re.compile(
    r"\b(?:partners?|grantees?|members?|donors?|funders?)['’]?s?['’]?\s+own\b|\bas\s+reported\s+by\s+(?:the|each|its)\s+"
    r"(?:partners?|grantees?|members?|donors?|funders?)\b",
    re.IGNORECASE,
)


def _column_heading(table: list[str], line: str, column: int) -> str:
    """The heading of the `column` of a table's row `line` (see `table_lines`); "" on the header itself."""
    header = table[0].split("|")
    return "" if line == table[0] or column >= len(header) else header[column]


def _unmarked_column(table: list[str], line: str, column: int) -> bool:
    """Whether a goal in the `column` of a table's first line `line` (see `table_lines`) heads a matrix's
    column that no row marks ("Action line | SDG 3 | SDG 13" over "C2 Infrastructure | ☑ | ☐", "C3 Access |
    ☐ | ☐"), while other columns' cells are marked; also under a heading of the group of columns ("WSIS action
    line | Sustainable Development Goals")."""
    if len(table) > 2 and line == table[1] and table[0].count("|") < line.count("|"):
        table = table[1:]
    if len(table) < 2 or line != table[0]:
        return False  # (not a table's first line)
    rows = [row.split("|") for row in table[1:]]
    cells = [row[column] for row in rows if column < len(row)]
    marked_elsewhere = any(_MARKED.fullmatch(cell) for row in rows for cell in row)
    return bool(cells) and marked_elsewhere and all(_UNMARKED.fullmatch(cell) for cell in cells)


# (a rating of none in a column of ratings: "Goal | Rating (0–3)" over "SDG (11) ... | 0")
_RATING_COLUMN = re.compile(r"\b(?:rating|score|level|degree|intensity)\b", re.IGNORECASE)


def unmarked_row(text: str, line_start: int, table: list[str] | None = None) -> bool:
    """Whether a table's row (from `line_start`, not its header) marks none of its cells, where other rows
    mark a column ("Target | Short title | Claimed (✓)" over "9.1 | ... | ✓" and "4.a | ... |"; "Our work
    contributes" over "✓" and "✗"; "No – reported by the lead ministry" where others say "Yes"), or rates
    its goal 0 in a column of ratings. A row marked in another of its columns ("SDG 5 | ☐ | ☒" under
    "Primary | Secondary") is marked; a header's words wrapped onto a line of their own ("| | 11 | 13") are
    no row. `table` is the row's table, when it is known (see `table_lines`)."""
    lines = table_lines(text, line_start) if table is None else table
    line_end = text.find("\n", line_start)
    row_text = text[line_start : len(text) if line_end < 0 else line_end]
    if len(lines) < 3 or row_text == lines[0] or row_text not in lines:
        return False
    header, row = lines[0].split("|"), row_text.split("|")
    if len(header) != len(row) or not row[0].strip() or any(_MARKED.fullmatch(cell) for cell in row[1:]):
        return False
    others = [line.split("|") for line in lines[1:] if line != row_text]
    for column in range(1, len(row)):
        cell, same = row[column], [other[column] for other in others if len(other) == len(row)]
        if (
            (_RATING_COLUMN.search(header[column]) and cell.strip() == "0")
            or (_UNMARKED.fullmatch(cell) and any(_MARKED.fullmatch(other) for other in same))
            or (_NO_ANSWER.fullmatch(cell) and any(_YES_ANSWER.match(other) for other in same))
        ):
            return True
    return False


_NO_ANSWER = re.compile(r"\s*no\b(?:\s*[–—:.,;-].*)?", re.IGNORECASE | re.DOTALL)
_YES_ANSWER = re.compile(r"\s*yes\b", re.IGNORECASE)


# a status on the line below a goal that heads its paragraph
_STATUS_BELOW = re.compile(
    # (after a label of its own: "SDG contribution: NONE – Solar panels power our nodes ...")
    r"\n[^\S\n]*(?:[^\n:]{0,30}:[^\S\n]*)?(?:not[^\S\n]+(?:"
    + NOT_SERVED
    + r"|rated)|excluded|"
    + DROPPED
    + r"|n/a|none)\b"
    r"[^\S\n]*(?:[.;:,–—-]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_UNTICKED = re.compile(_EMPTY_BOX + r"[^\S\n]*$")
_BOX = re.compile(
    _EMPTY_BOX + r"|\[[^\S\n]?[xX✓✔][^\S\n]?\]|[☑☒]"
)  # (not "■", which opens a list's items as often)
_GOAL_NUMBER = re.compile(r"(?:SDG|Goal|Target)s?[^\S\n]*\d", re.IGNORECASE)
_UNTICKED_AFTER = re.compile(r"[^\S\n]*" + _EMPTY_BOX)
# a label that denies the references after it on its line: "Not relevant: SDG 13, SDG 14", "Excluded: SDG
# 8", "Out of scope: targets 14.1 and 14.2"
_DENYING_LABEL = re.compile(
    r"(?:^|[.;])[^\S\n]*(?:"
    + _BULLET
    + r"[^\S\n]*)?"
    + _NOT_SERVED_LABEL
    + r"[^\S\n]*:[^\S\n]*(?:(?:SDGs?|Goals?|targets?)?[^\S\n]*\d{1,2}"
    r"(?:\.\w{1,2})?[^\S\n]*(?:,|;|&|\band\b)?[^\S\n]*)*(?:SDGs?|Goals?|targets?)?[^\S\n]*$",
    re.IGNORECASE,
)
# ... and a label that opens its line, over the references of its sentence
_LINE_LABEL = re.compile(
    r"[^\S\n]*(?:" + _BULLET + r"[^\S\n]*)?" + _NOT_SERVED_LABEL + r"(?:[^\S\n]+here)?[^\S\n]*:",
    re.IGNORECASE,
)
_EXCEPTION = re.compile(r"other\s+than|except|excluding|without", re.IGNORECASE)
_DOUBTED = re.compile(
    r"\b(?:(?:can't|cannot|can\s+not|couldn't)\s+(?:be\s+said|say|claim|pretend)|would\s+be\s+wrong\s+to\s+say|"
    r"is\s+(?:not\s+true|untrue|false|wrong)(?:\s+to\s+say)?)\s+(?:that\s+)?(?:[^.;,]|\.(?=\w)){0,80}$",
    re.IGNORECASE,
)
# A reference in a question is no statement ("Does the observatory serve SDG 13? No.", "Donors have
# asked how the platform relates to SDG 12."), unless the answer that follows says yes
_ASKING = re.compile(
    # ("A reader asked during the public consultation whether the library also works on SDG 7")
    r"\b(?:asked|asks|asking|ask|wondered|wondering|discussed|questioned|queried)\s+(?:\w+\s+){0,5}?"
    # (up to the clause that answers it: "... asked whether it helps with SDG 12 — maybe, but honestly
    # we built it for SDG 3")
    r"(?:whether|if|how|about)\b(?:[^.;!?\n—–]|\.(?=\w))*$",
    re.IGNORECASE,
)
# (a question that asks yes or no: "How does our work serve SDG 4? Through ..." states it)
_YES_NO_QUESTION = re.compile(
    r"\s*(?:Q\d*[.:)]\s*)?(?:does|do|did|is|are|was|were|can|could|should|would|will|has|have|might|may)\b",
    re.IGNORECASE,
)
_YES = re.compile(
    r"\s*(?:yes\b|(?:it\s+does|they\s+do|we\s+do)\b(?!\s*(?:not|n't)(?!\s+(?:only|just|stop|end)\b))|indeed\b|absolutely\b|"
    r"certainly\b)",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"(?:[^.!?\n]|\.(?=\w))*\?")


def _asked(text: str, start: int) -> bool:
    """Whether a reference at `start` is asked about rather than stated: in a question of yes or
    no that no "Yes" answers, or after "asked whether", "discussed whether" in its sentence."""
    sentence_start = start_of_sentence(text, start)
    asking = _ASKING.search(text, sentence_start, start)
    if asking and not re.search(r"\bbut\b", asking.group(0)):
        rest = _SENTENCE_REST.match(text, start).end()
        return not _YES.match(text, rest + 1)
    question = _QUESTION_END.match(text, start)
    return (
        bool(question)
        and bool(_YES_NO_QUESTION.match(text, sentence_start))
        and not _YES.match(text, question.end())
    )


# (and the answer that denies it, quoted beside it: "Does the observatory serve SDG 13? No.")
_NO = re.compile(
    r"\s*(?P<answer>(?:no|not|never|none|(?:it|they|we)\s+(?:does|do|did)\s+not(?!\s+(?:only|just|stop|end)\b))\b"
    r"(?:[^.!?\n]|\.(?=\w))*[.!?]?)",
    re.IGNORECASE,
)


def _answer(text: str, start: int) -> tuple[int, int] | None:
    """The span of the answer that denies a reference at `start` asked in a question of yes or no
    ("No.", "Not directly."); None when no such answer follows."""
    question = _QUESTION_END.match(text, start)
    if not question or not _YES_NO_QUESTION.match(text, start_of_sentence(text, start)):
        return None
    answer = _NO.match(text, question.end())
    return answer.span("answer") if answer else None


_DENIAL_WORD = re.compile(r"\b(?:not|no|none|never|nothing)\b|n't\b", re.IGNORECASE)
_SENTENCE_REST = re.compile(r"(?:[^.!?\n]|\.(?=\w))*")


@lru_cache(maxsize=1)
def _valid_targets() -> frozenset[str]:
    return target_ids()


@lru_cache(maxsize=1)
def _goal_names() -> dict[int, str]:
    return {goal: info["short"].lower() for goal, info in load_goals().items()}


def _reference_end(text: str, found: re.Match) -> int:
    """Where a reference ends, with what names its last item after "on": the goal's own name
    ("SDG 13 on climate action" names goal 13; it does not describe work for target 13.2), or a
    target's subject up to the end of its clause ("target 2.3 on the productivity and incomes of
    small-scale food producers, and ...")."""
    last = _ITEM_RE.findall(found.group("list"))[-1]
    rest = text[found.end() :]
    if last.isdigit():
        name = _goal_names().get(int(last))
        # (or right after it, as a list, a table or a heading names it: "SDG 4 Quality education", "SDG 13 –
        # Climate action", "Goal 17. Partnerships for the goals", "SDG (17) Partnerships for the goals")
        after = name and re.match(
            r"(?:\s+on\s+(?:the\s+)?|[^\S\n]*[).]?[^\S\n]*[—–:-]?[^\S\n]*)" + _names_of(name) + r"\b",
            rest,
            re.IGNORECASE,
        )
    else:
        after = _TARGET_SUBJECT.match(rest)
    return found.end() + (after.end() if after else 0)


@lru_cache(maxsize=1)
def _indicator_ids() -> frozenset[str]:
    return frozenset(load_indicators())


def _stated_by(
    item: str, valid: frozenset[str], levels: frozenset[int] = frozenset({1, 2, 3})
) -> tuple[int, str | None] | None:
    """(goal, target) that a number read alone states, if it has one of `levels` parts: a goal (1
    to 17), a real target, or a real indicator's target ("4.4.1" states 4.4)."""
    parts = item.split(".")
    if len(parts) not in levels:
        return None
    if len(parts) == 1:
        return (int(item), None) if 1 <= int(item) <= 17 else None
    if len(parts) == 2:
        return (int(parts[0]), item) if item in valid else None
    return (int(parts[0]), ".".join(parts[:2])) if item in _indicator_ids() else None


_DOTTED_LEVELS = frozenset({2, 3})
_INDICATOR_LEVEL = frozenset({3})


def _targets_between(first: str, last: str) -> list[str]:
    """The targets of one goal listed between `first` and `last` in the official order."""
    order = [t for t in load_targets() if t.split(".")[0] == first.split(".")[0]]
    if last not in order or first not in order:
        return []
    return order[order.index(first) + 1 : order.index(last)]


class _Passing:
    """The spans of a text that name a topic only in passing, read when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] | None = None

    def __contains__(self, position: int) -> bool:
        if self.spans is None:
            self.spans = passing_spans(self.text)
        return any(start <= position < end for start, end in self.spans)


def _denied(text: str, start: int, end: int, passing: _Passing) -> bool:
    """Whether the reference text[start:end] is denied or named only in passing."""
    return _is_negated(text, start, end) or _cited(text, start) or start in passing


# A reference in the title of a publication a bracket cites: "discussed in the regional outlook (see Tracking
# SDG 7, 2024)"; not a bracket that points to a goal ("see Goal 5") or to an indicator ("cf. SDG indicator 4.4.1")
_CITED = re.compile(
    r"\((?:see|source:?)[^\S\n]+(?:the[^\S\n]+)?(?-i:[A-Z])[\w'’-]*(?:[^\S\n]+[\w'’:-]+){0,6}[^\S\n]+$",
    re.IGNORECASE,
)


# (or a report's title: "the series that accompanies the Regional Progress Report on SDG 9")
_REPORT_TITLE = re.compile(r"(?-i:[A-Z])[\w-]+[^\S\n]+(?-i:Report)[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?$")


def _cited(text: str, start: int) -> bool:
    """Whether a reference at `start` stands in the title of a publication (see `_CITED`, `_REPORT_TITLE`)."""
    window = max(0, start - 60)
    return bool(_CITED.search(text, window, start) or _REPORT_TITLE.search(text, window, start))


# what follows a goal's number when the goal is a plan's or a law's, not an SDG: "Goal 3 of the
# Regulator's Corporate Plan", "Goal 1 of the Digital Economy Act 2021"
_OF_OWNER = re.compile(r"[\"”’']?\s+of\s+(?:the|our|its|their|this|that|a|an)\s+(?P<owner>[^.;\n]{0,80})")
# (an owner whose name holds a year is no SDG's: "Goal 3 of the city's Digital Roadmap 2030")
_SDG_OWNER = re.compile(
    r"\b(?:Agenda|SDGs?|Sustainable\s+Development|Global\s+Goals|United\s+Nations|UN)\b", re.IGNORECASE
)


# other frameworks' goals and targets: "Goal 10 of Agenda 2063", "Millennium Development Goal 8",
# "Connect 2030 Agenda Goal 2", "Against the Connect 2030 Agenda, Target 1.2 ..."
_NAMED_BEFORE_GOAL = r"Millennium\s+Development|Connect\s+2030(?:\s+Agenda)?"  # (before "Goal 2")
_OTHER_FRAMEWORK_NAME = re.compile(_NAMED_BEFORE_GOAL + r"|\bMDGs?\b|Agenda\s+2063", re.IGNORECASE)
_OTHER_FRAMEWORK = re.compile(r"\s+of\s+(?P<owner>Agenda\s+2063|(?:the\s+)?WSIS(?![-–—\s]*SDG))\b")
_OTHER_FRAMEWORK_BEFORE = re.compile(r"(?:" + _NAMED_BEFORE_GOAL + r")\s+$")


def _of_another(text: str, end: int) -> bool:
    """Whether a goal named up to `end` is a plan's or a law's: "Goal 3 of the Regulator's
    Corporate Plan", "the third Goal of our strategy" (not "Goal 16 of the 2030 Agenda"), or another
    framework's ("Goal 10 of Agenda 2063")."""
    if _OTHER_FRAMEWORK.match(text, end):
        return True
    owner = _OF_OWNER.match(text, end)
    return bool(owner) and (
        bool(_OTHER_FRAMEWORK_NAME.search(owner.group("owner")))
        or not _SDG_OWNER.search(owner.group("owner"))
    )


# (a target's owner that is no SDG's: "Target 1.2 of the National Digital Plan", "target 3.1 of the
# project's logframe"; not "target 11.4 of the eleventh goal", "cible 17.6 of the ODD framework")
_PLAN_OWNER = re.compile(
    r"\b(?:plan|strategy|programme|program|roadmap|charter|act|law|policy|project|log\s*frame|compact)\b",
    re.IGNORECASE,
)


def _of_a_plan(text: str, end: int) -> bool:
    """Whether a target named up to `end` is a plan's, a law's or a project's (see `_PLAN_OWNER`)."""
    owner = _OF_OWNER.match(text, end)
    return (
        bool(owner)
        and bool(_PLAN_OWNER.search(owner.group("owner")))
        and not _SDG_OWNER.search(owner.group("owner"))
    )


_PLAN = (
    r"\b(?:plan|strategy|roadmap|charter|programme|program|campaign|"
    # ("The Board has set three goals for next year:")
    r"(?:sets?|has\s+set|have\s+set|adopted|defined)\s+(?:out\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?=\s+(?:[\w-]+\s+)?goals))\b"
)
_PLAN_GOALS = re.compile(
    _PLAN + r"(?:[^.!?\n]|\.(?=\w)){0,80}?\b(?:goals|objectives)"
    # ("The Trust's strategy has three goals of its own:")
    r"(?:[^\S\n]+of[^\S\n]+(?:its|their|our)[^\S\n]+own)?[^\S\n]*[:;][^\S\n]*$",
    re.IGNORECASE,
)


# ("has four goals.", "with three campaign goals.", "sets four goals for the sector.")
_PLAN_GOALS_BEFORE = re.compile(
    _PLAN + r"(?:[^.!?\n]|\.(?=\w)){0,80}?\bgoals(?:[^\S\n]+for[^\S\n]+[^.!?:\n]{1,40}|"
    r"[^\S\n]+of[^\S\n]+(?:its|their|our)[^\S\n]+own)?[^\S\n]*[.:]\s*$",
    re.IGNORECASE,
)


def _of_the_plan(text: str, found: re.Match) -> bool:
    """Whether "Goal N", in a text that has named a plan's goals, is one of them: a bare "Goal"
    ("Under Goal 3, ...", "Goal 4 (Secure Routing) focuses on ..."), with no word of the SDGs before it
    in its sentence and no SDG's owner after it ("Goal 16 of the 2030 Agenda")."""
    if not found.group("kw").startswith("Goal"):
        return False
    owner = _OF_OWNER.match(text, found.end())
    if owner and _SDG_OWNER.search(owner.group("owner")):
        return False
    return not SDG_CONTEXT.search(text, start_of_sentence(text, found.start()), found.start())


_RANGE_CELL = re.compile(
    r"[^\S\n]*(?:SDGs?|Goals?)[^\S\n]*\(?[^\S\n]*\d{1,2}[^\S\n]*[–—-][^\S\n]*\d{1,2}[^\S\n]*\)?[^\S\n]*",
    re.IGNORECASE,
)


def _column_of_goals(text: str, found: re.Match) -> bool:
    """Whether a reference is a grid's heading of the goals in its column ("Goals (1–6) | Goals (7–12)
    | Goals (13–17)" over the goals' boxes): a range alone in a cell of a table's first line."""
    line_start = text.rfind("\n", 0, found.start()) + 1
    line_end = text.find("\n", found.start())
    line_end = len(text) if line_end < 0 else line_end
    if "|" not in text[line_start:line_end]:
        return False
    lines = table_lines(text, line_start)
    if len(lines) < 2 or lines[0] != text[line_start:line_end]:
        return False  # (not the first line of a table)
    cell_start = text.rfind("|", line_start, found.start()) + 1 or line_start
    cell_end = text.find("|", found.start(), line_end)
    return bool(_RANGE_CELL.fullmatch(text, cell_start, line_end if cell_end < 0 else cell_end))


def _of_a_named_goal(text: str, found: re.Match) -> bool:
    """Whether a "task" is a target of a goal named as an SDG in the 600 characters before it ("ЦУР 9
    "Industry, innovation and infrastructure" – task 9.1", "ODD 11 ... Tasks concerned: task 11.3")."""
    goal = re.match(r"\d{1,2}", found.group("list"))
    return bool(goal) and bool(
        re.search(
            r"\b(?:SDGs?|ODD|ODS|ЦУР|Goals?|Objectives?)[^\S\n]*(?:No\.[^\S\n]*|#)?"
            + goal.group(0)
            + r"(?![\d.])",
            text[max(0, found.start() - 600) : found.start()],
            re.IGNORECASE,
        )
    )


def _not_an_sdg(text: str, found: re.Match) -> bool:
    """Whether "Goal N" names a goal of something other than the SDGs: a plan's or a law's goal
    ("in its Goal 1"), another framework's ("Millennium Development Goal 8"), or a log frame's
    "Goal: 5 regional hubs"."""
    if (
        _of_another(text, found.end())
        or re.search(
            r"\b(?:[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|whose)\s+(?:own\s+)?$",  # ("whose own Goal 3")
            text[max(0, found.start() - 12) : found.start()],
        )
        or _OTHER_FRAMEWORK_BEFORE.search(text[max(0, found.start() - 30) : found.start()])
        # ("Strategic Goal 2 (Inclusive access) maps to SDG 10")
        or re.search(
            r"\b(?:strategic|corporate|organi[sz]ational|institutional|operational|programme|project)\s+$",
            text[max(0, found.start() - 20) : found.start()],
            re.IGNORECASE,
        )
        # ("the City Council's Goal 2")
        or re.search(r"\b(?!UN\b)\w+['’]s\s+$", text[max(0, found.start() - 30) : found.start()])
    ):
        return True
    # ("The Authority's Strategic Plan 2021–2025 sets out five goals; Goal 3 (affordable access) ...")
    before = text[start_of_sentence(text, found.start()) : found.start()]
    if _PLAN_GOALS.search(before) and not SDG_CONTEXT.search(before):
        return True
    # ("The National Broadband Plan 2021–2027 has four goals. Goal 1 is 95% population coverage", "...
    # sets out five strategic goals. Under Goal 2 (knowledge-based basin planning), ...")
    if re.fullmatch(
        r"\s*(?:" + _BULLET + r"\s*)?(?:(?:under|in|for|within|through)\s+)?", before, re.IGNORECASE
    ):
        opened = found.start() - len(before)
        previous = text[start_of_sentence(text, max(0, opened - 2)) : opened]
        if _PLAN_GOALS_BEFORE.search(previous) and not SDG_CONTEXT.search(previous):
            return True
    if _log_frame_level(text, found.start()):
        return True
    rest = text[found.end() : found.end() + 80]
    if ":" in text[found.end("kw") : found.start("list")] and re.match(
        r"[^\S\n]+(?!(?:and|or|on|to)\b)[a-z]", rest
    ):
        return True
    # (a log frame's "Goal 2: Connect 500 schools by 2025", in a text that never speaks of the SDGs; not
    # "Goal 4: Quality Education")
    label = found.group("kw").lower().startswith("goal") and re.match(r"[^\S\n]*:[^\S\n]*(?=[A-Z])", rest)
    number = found.group("list")
    name = _goal_names().get(int(number)) if number.isdigit() else None
    return (
        bool(label)
        and not (name and rest[label.end() :].lower().startswith(name))
        and not SDG_CONTEXT.search(text)
    )


_LEVEL_CELL = re.compile(
    r"[^\S\n]*(?:Outcome|Output|Objective|Result|Activity|Purpose|Impact)[^\S\n]+\d{1,2}(?:\.\d{1,2})+[^\S\n]*\|",
    re.IGNORECASE,
)


def _log_frame_level(text: str, position: int) -> bool:
    """Whether a goal at `position` opens a row of a log frame, a table whose other rows open with its
    outcomes and outputs ("Goal 1 | Member firms grow ..." over "Outcome 1.1 | SMEs adopt ...")."""
    line_start = text.rfind("\n", 0, position) + 1
    if text[line_start:position].strip():
        return False
    return any(_LEVEL_CELL.match(line) for line in table_lines(text, line_start))


def _of_another_framework(text: str, position: int) -> bool:
    """Whether the sentence at `position` names another framework's goals (Connect 2030, Agenda
    2063, the Millennium Development Goals) and not the SDGs: its "Goal 2" and "Target 1.2" are
    that framework's."""
    if not _OTHER_FRAMEWORK_NAME.search(text):
        return False
    sentence = SENTENCE.match(text, start_of_sentence(text, position))
    sentence = sentence.group(0) if sentence else ""
    return bool(_OTHER_FRAMEWORK_NAME.search(sentence)) and not SDG_CONTEXT.search(
        _OTHER_FRAMEWORK_NAME.sub(" ", sentence)
    )


def _normalise_item(item: str) -> str:
    return re.sub(r"^(\d{1,2})\(?([a-g])\)?$", r"\1.\2", item.lower())  # "9c" and "9(c)" are 9.c


def find_explicit(text: str) -> list[SdgMatch]:
    """Stated (and negated) SDG references in `text`, in text order, with exact offsets.

    One match per referenced goal or target occurrence; a target reference yields a target
    match only (its goal is implied, not stated); indicator ids are skipped.
    """
    return scan(text)[0]


def _reference(
    text: str,
    goal: int,
    target: str | None,
    negated: bool,
    start: int,
    end: int,
    answer: tuple[int, int] | None = None,
) -> SdgMatch:
    """A stated (or denied) goal or target, quoted by text[start:end], and by the `answer` that
    denies it when there is one."""
    quotes = [(start, end), *([answer] if negated and answer else [])]
    return SdgMatch(
        goal=goal,
        target=target,
        basis="negated" if negated else "stated",
        score=0.0 if negated else 1.0,
        evidence=tuple(SdgEvidence(text[a:b], a, b) for a, b in quotes),
    )


# What a page's layout puts inside a reference: a page's footer between blank lines ("— 14 —",
# "Page 7 of 22"), and a hyphen that broke a word at a line's end ("tar-\nget 17.18")
_FOOTER = re.compile(
    # (each from its line's end: a pattern that opens with "\n" is looked for quickly)
    r"\n(?:(?:[^\S\n]*\n)+[^\S\n]*(?:[-–—]+[^\S\n]*\d{1,4}[^\S\n]*[-–—]+|(?:Page|p\.)[^\S\n]*\d{1,4}"
    r"(?:[^\S\n]+of[^\S\n]+\d{1,4})?|\d{1,4}(?:[^\S\n]*/[^\S\n]*\d{1,4})?)[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*"
    # (a running footer names its page at its line's end: "Accounts Chamber · Annual Report 2023 ·
    # page 47", "Joint Statement to the CSTD 2025 — page 3 of 7")
    r"|(?:[^\S\n]*\n)*[^\n]{0,80}?\bpage[^\S\n]+\d{1,4}(?:[^\S\n]+of[^\S\n]+\d{1,4})?[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*)"
    r"|(?<=[a-z])-\n(?=[a-z])"
    # (and a target's number that a line's end splits: "target 16.\n7 on responsive ...")
    r"|(?:(?<=target\s\d\.)|(?<=target\s\d\d\.))\n[^\S\n]*(?=(?:\d{1,2}|[a-c])(?:[^\S\n]+[a-z(]|[,;]))",
    re.IGNORECASE,
)
# (a target's number split by the footer, "target 16.\n\n— 14 —\n\n9 (legal identity ...)", joins up)
_SPLIT_NUMBER = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _unbroken(text: str) -> tuple[str, list[int]] | None:
    """`text` without what its layout put inside sentences (see `_FOOTER`), and the position in
    `text` of each of its characters; None when there is nothing to take out."""
    pieces: list[str] = []
    positions: list[int] = []
    last = 0
    for found in _FOOTER.finditer(text):
        pieces.append(text[last : found.start()])
        positions += range(last, found.start())
        split = _SPLIT_NUMBER.search(text, max(0, found.start() - 3), found.start())
        if found.group(0) != "-\n" and not (split and text[found.end() : found.end() + 1].isalnum()):
            pieces.append("\n")  # (a footer keeps its text's line apart: "... Goals\n\n7.1 These efforts")
            positions.append(found.start())
        last = found.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    positions += range(last, len(text))
    return "".join(pieces), positions


def scan(text: str) -> tuple[list[SdgMatch], list[tuple[int, int]]]:
    """(`find_explicit` of `text`, the span of each whole SDG reference in it).

    A reference's span holds what its list holds in brackets ("SDG 9 (industry, innovation and
    infrastructure)"): words that name a goal, not work that serves one, so inference leaves
    them out. A reference that a page's footer or a hyphen breaks is read whole, and quoted with
    what broke it."""
    if not text:
        return [], []
    unbroken = _unbroken(text) if "\n" in text else None
    if unbroken is None:
        return _scan(text)
    joined, positions = unbroken
    matches, spans = _scan(joined)

    def span(start: int, end: int) -> tuple[int, int]:
        return positions[start], positions[end - 1] + 1 if end > start else positions[start]

    moved = []
    for match in matches:
        evidence = []
        for quote in match.evidence:
            start, end = span(quote.start, quote.end)
            evidence.append(SdgEvidence(text[start:end], start, end))
        moved.append(replace(match, evidence=tuple(evidence)))
    return moved, [span(start, end) for start, end in spans]


_ALL_THE_SDGS = re.compile(
    r"(?:(?:UN|U\.N\.)\s+)?Sustainable\s+Development\s+Goals(?:\s*\(\s*SDGs\s*\))?|SDGs|Global\s+Goals",
    re.IGNORECASE,
)
# (a company may call its own aims so: "Orange's Sustainable Development Objective 3")
_OWN_OBJECTIVE = re.compile(r"Sustainable\s+Development\s+Objective", re.IGNORECASE)


def _scan(text: str) -> tuple[list[SdgMatch], list[tuple[int, int]]]:
    valid = _valid_targets()
    sdg_context: bool | None = None
    matches: list[SdgMatch] = []
    spans: list[tuple[int, int]] = []
    passing = _Passing(text)
    plan_goals_end = -1  # (where the sentence of a goal that is no SDG ends)
    plan_goals = False  # (whether the text has named a plan's goal)
    for found in _PATTERN.finditer(text):
        if found.group("hinted") and not _ALL_THE_SDGS.fullmatch(found.group("kw")):
            continue  # (a hint only after "the SDGs" and the like: not "Goals, including 5 hubs")
        if found.group("kw_task") and not _of_a_named_goal(text, found):
            continue  # ("Task 1.4: dissemination", a project's)
        if _column_of_goals(text, found):
            continue  # ("Goals (1–6) | Goals (7–12)", a grid's headings)
        spans.append((found.start(), _reference_end(text, found)))
        kw = found.group("kw")
        kind_word = (found.group("kw_t1") or found.group("kw_t2") or "").lower()
        # an indicator states its target ("indicator 4.4.1" states 4.4), and nothing else
        indicator_only = bool(found.group("kw_ind")) or kind_word.startswith("indicator")
        target_only = bool(found.group("kw_target") or found.group("kw_task")) or kind_word.startswith(
            ("target", "tgt")
        )
        if found.group("kw_goal"):
            if kw[0].islower() or target_only:
                # lowercase "goal 3" only counts in a text that speaks of the SDGs at all
                if sdg_context is None:
                    sdg_context = bool(SDG_CONTEXT.search(text))
                if not sdg_context:
                    continue
            if (
                found.start() < plan_goals_end
                or _not_an_sdg(text, found)
                or (plan_goals and _of_the_plan(text, found))
            ):
                # "Goal 3 of the Regulator's Corporate Plan", "Goal: 5 regional hubs", and the goals
                # after it in its sentence ("...; Goal 3 concerns affordability and Goal 4 ...")
                plan_goals_end = _SENTENCE_REST.match(text, found.end()).end()
                plan_goals = True
                continue
        elif _OWN_OBJECTIVE.match(kw) and _not_an_sdg(text, found):
            continue  # "our Sustainable Development Objective 3", a company's own
        elif found.group("kw_target") and _of_a_plan(text, spans[-1][1]):
            continue  # "Target 1.2 of the National Digital Plan"
        if (found.group("kw_goal") or found.group("kw_target")) and _of_another_framework(
            text, found.start()
        ):
            continue  # "Against the Connect 2030 Agenda, Target 1.2 ..."
        negated = _is_negated(text, found.start(), found.end()) or _cited(text, found.start())
        # (quoted with what denies it, where that is an answer, a heading or a form's question)
        answer = (_answer(text, found.start()) or _governing_label(text, found.start())) if negated else None
        list_start = found.start("list")
        # (a verb in the singular after a list denies its last item: "We serve SDG 4, and SDG 5 is not addressed")
        last_only = negated and _SINGULAR_AFTER.match(text, found.end())
        first = True
        previous: tuple[int, int, int] | None = None  # (goal, span start, end) of the last plain goal
        previous_target: tuple[str, int, int] | None = None  # (target, span start, end), the same
        for item_match in _ITEM_RE.finditer(found.group("list")):
            item = _normalise_item(item_match.group(0))
            i_start = list_start + item_match.start()
            i_end = list_start + item_match.end()
            if (not first or found.group("hinted")) and _NOT_AFTER.match(text, i_end):
                break  # (a quantity: "SDG 4 and 5 million people", "the SDGs, including 4 million people")
            if item == "17" and _COUNT_OF_GOALS.match(text, i_end):
                break  # "the SDGs 17 goals" counts them
            span_start = found.start() if first else i_start
            prefix = None if first else _SDG_PREFIX.search(text, max(0, i_start - 10), i_start)
            if prefix:
                span_start = prefix.start()
            first = False
            # (a list's items may be named in passing apart: "SDGs 9-11 and 17; SDGs 12 to 15 were
            # mentioned only in passing")
            denied = (
                negated
                and (
                    not last_only
                    or item_match.end() == len(found.group("list"))
                    or _is_negated(text, found.start(), i_end)
                )
            ) or span_start in passing
            parts = item.split(".")
            if len(parts) == 3:
                # an indicator id states its target: "indicator 4.4.1", "SDG 17.18.1"
                stated = _stated_by(item, valid, _INDICATOR_LEVEL)
                if stated is None:
                    continue
                previous = previous_target = None
                matches.append(_reference(text, *stated, denied, span_start, i_end, answer))
                continue
            if indicator_only:
                continue  # "indicator 4.4" or "indicator 4" names no indicator
            if (
                len(parts) == 1
                and previous
                and _TARGETS_IN_BRACKET.search(found.group("list"), 0, item_match.start())
            ):
                # a goal's targets in brackets by their place in it: "SDG 16 (targets 2 and 3)" states 16.2 and 16.3
                target = f"{previous[0]}.{item}"
                if target in valid:
                    matches.append(_reference(text, previous[0], target, denied, i_start, i_end, answer))
                continue
            if len(parts) == 1:
                previous_target = None
                if target_only and not prefix:
                    continue  # "target 5" names no target; "target 9.c, and SDG 16" names goal 16
                goal = int(parts[0])
                if not 1 <= goal <= 17:
                    continue
                target = None
                if previous and previous[0] < goal and _RANGE.match(text[previous[2] : i_start]):
                    # "SDGs 1-5", "Goals 8 to 10": the goals in between are stated too
                    r_start = previous[1]
                    for middle in range(previous[0] + 1, goal):
                        matches.append(_reference(text, middle, None, denied, r_start, i_end))
                previous = (goal, span_start, i_end)
            else:
                previous = None
                if item not in valid:
                    continue
                goal = int(parts[0])
                target = item
                if previous_target and _RANGE.match(text[previous_target[2] : i_start]):
                    # "targets 16.1-16.3", "11.1 to 11.3": the targets in between are stated too
                    for middle in _targets_between(previous_target[0], target):
                        matches.append(_reference(text, goal, middle, denied, previous_target[1], i_end))
                previous_target = (target, span_start, i_end)
            matches.append(_reference(text, goal, target, denied, span_start, i_end, answer))
            if target is None and not indicator_only and item_match.end() == len(found.group("list")):
                own = _OWN_TARGETS.match(text, spans[-1][1])
                own_end = None
                for listed_item in _ITEM_RE.finditer(own.group("list")) if own else ():
                    own_target = _normalise_item(listed_item.group(0))
                    if own_target.split(".")[0] != str(goal) or own_target not in valid:
                        continue
                    t_start = own.start("list") + listed_item.start()
                    own_end = own.start("list") + listed_item.end()
                    matches.append(_reference(text, goal, own_target, denied, t_start, own_end))
                if own_end is not None:
                    spans[-1] = (spans[-1][0], own_end)
    matches += _told_apart(text, valid, matches, spans, passing)
    matches += _in_words(text, valid, spans, passing)
    matches += _objectives(text, matches, spans, passing)
    matches += _answered(text, valid, spans)
    matches += _listed_lines(text, valid, spans, passing)
    matches += _short_codes(text, valid, spans, passing)
    matches += _boxed_goals(text, spans)
    matches = settle(text, matches)
    matches.sort(key=lambda m: m.evidence[0].start)  # (in text order, those told apart too)
    return matches, spans


# A form's box before a goal's number and its name, in a paragraph or a grid's cell ("☒ 4. Quality
# education | ☐ 10. Reduced inequalities"): ticked, the goal is stated; empty, denied
_BOXED_GOAL = re.compile(
    r"(?P<box>" + _ANY_BOX + r")[^\S\n]*(?:\|[^\S\n]*)?(?P<number>\d{1,2})[.)]?[^\S\n]+"
    r"(?P<name>[A-Za-z][^|\n☐☑☒□■\[]{2,60}?)[^\S\n]*(?=\||\n|$|[☐☑☒□■\[])"
)


# (a box holds one of these characters: a cheap test before the patterns)
_BOX_CHARACTERS = "[☐□☑☒■"


def _boxed_goals(text: str, spans: list[tuple[int, int]]) -> list[SdgMatch]:
    """The goals a form's boxes give by number and name (see `_BOXED_GOAL`), when the name is the
    goal's own; not those read already."""
    found = []
    for boxed in _BOXED_GOAL.finditer(text) if any(c in text for c in _BOX_CHARACTERS) else ():
        start, end = boxed.span("number")
        goal = _goal_of_name().get(_name_key(boxed.group("name").rstrip(".;, ")))
        if goal != int(boxed.group("number")) or any(a <= start < b for a, b in spans):
            continue
        ticked = not re.fullmatch(_EMPTY_BOX, boxed.group("box"))
        found.append(_reference(text, goal, None, not ticked, start, boxed.end("name")))
        spans.append((start, boxed.end("name")))
    return found


# Short codes, as tables, slides and memos write them: "T9.1, T9.c; G16 (institutions)", "Mapping: G4,
# G9, G17 (primary); G5 (secondary)". A target's code is read when it names a real target; a goal's
# code only beside another code or a reference in its sentence, and never in a list that holds a
# code beyond 17 ("the G7 and G20") or before "summit", "countries" and the like.
_CODE_HINT = re.compile(r"[TG][^\S\n]?\d")
_TARGET_CODE = re.compile(r"(?<![\w.])T[^\S\n]?(?P<item>\d{1,2}\.(?:\d{1,2}|[a-g]))(?![\w]|\.\d)")
_GOAL_CODE = re.compile(r"(?<![\w.])G(?P<item>\d{1,2})(?![\w.])")
_GROUP_OF_STATES = re.compile(
    r"[^\S\n]*(?:[-–]?[^\S\n]*(?:summits?|countries|members?|leaders|nations|presidency|economies|ministers?|"
    r"states|group|meetings?|process|agenda|declaration|communiqu[ée]))\b",
    re.IGNORECASE,
)


def _short_codes(
    text: str, valid: frozenset[str], spans: list[tuple[int, int]], passing: _Passing
) -> list[SdgMatch]:
    """Targets and goals written as short codes (see `_TARGET_CODE`)."""
    codes = []
    for hint in _CODE_HINT.finditer(text):
        code = (_TARGET_CODE if hint.group(0)[0] == "T" else _GOAL_CODE).match(text, hint.start())
        if code and (code.re is _GOAL_CODE or code.group("item").lower() in valid):
            codes.append(code)
    if not codes:
        return []
    by_sentence: dict[int, list[re.Match]] = {}
    for code in sorted(codes, key=lambda code: code.start()):
        by_sentence.setdefault(start_of_sentence(text, code.start()), []).append(code)
    read_before = sorted(start for start, _end in spans)
    found = []
    for sentence_start, held in by_sentence.items():
        sentence_end = SENTENCE.match(text, sentence_start).end()
        targets = [code for code in held if code.re is _TARGET_CODE]
        goals = [code for code in held if code.re is _GOAL_CODE]
        for code in targets:
            if any(a <= code.start() < b for a, b in spans):
                continue
            item = code.group("item").lower()
            denied = _denied(text, code.start(), code.end(), passing)
            found.append(_reference(text, int(item.split(".")[0]), item, denied, *code.span()))
            spans.append(code.span())
        numbers = [int(code.group("item")) for code in goals]
        beside = targets or len(goals) >= 2 or within(read_before, sentence_start, sentence_end)
        if not goals or not beside or max(numbers) > 17 or min(numbers) < 1:
            continue
        if any(_GROUP_OF_STATES.match(text, code.end()) for code in goals):
            continue
        for code in goals:
            denied = _denied(text, code.start(), code.end(), passing)
            found.append(_reference(text, int(code.group("item")), None, denied, *code.span()))
            spans.append(code.span())
    return found


# A target named after a verb ("Its core target is 3.8 on universal health coverage"), and, in a
# sentence that states a target, another target's number after "under" or "to" ("falls under target
# 5.2, and the online recruitment of children under 8.7"): a dotted number that names a real target,
# then its subject, or the end of its clause
_DOTTED = r"(?<![\w.])\d{1,2}\.(?:\d{1,2}|[a-gA-G])(?![\w]|\.\d)"
_TARGET_IS = re.compile(
    # (and "the targets retained are 4.1 and 4.a")
    r"\b[Tt]argets?(?:\s+[a-z]+ed)?\s+(?:is|are|was|were|include|includes)\s+(?P<list>"
    + _DOTTED
    + r"(?:"
    + _JOIN
    + _DOTTED
    + r")*)"
)
# (and "followed by": "went to SDG 4.a, followed by 6.1 and 7.1")
_DENYING_WORD = re.compile(r"not|nor|except", re.IGNORECASE)
_UNDER = re.compile(
    # (and, denied, "cover targets 16.6 and 16.7, but not 16.5")
    r"\b(?:under|to(?:wards?)?|with|on|followed\s+by|not|nor|except(?:\s+for)?)\s+(?P<list>"
    + _DOTTED
    + r"(?:"
    + _JOIN
    + _DOTTED
    + r")*)(?=\s*(?:[,.;)]|\s+on\s|$))"
)
# ... and, there, an indicator's id anywhere: "reports ... under SDG 4.a.1, and the proportion of
# teachers with minimum qualifications under 4.c.1"
_INDICATOR_ID = r"\d{1,2}\.(?:\d{1,2}|[a-g])\.\d{1,2}(?![\w]|\.\d)"
_INDICATOR = re.compile(r"(?<![\w.])(?P<list>" + _INDICATOR_ID + ")")
_SDG_INDICATORS = re.compile(r"\b(?:SDGs?|Sustainable\s+Development\s+Goals?)\s+indicators\b", re.IGNORECASE)
# (a table headed "SDG indicator | ...": not a log frame's "Indicator | Baseline | Target", whose
# numbers are its own)
_INDICATOR_HEADER = re.compile(r"(?im)^[^\S\n]*SDGs?[^\S\n]+indicators?[^\S\n]*\|")
_ROW_INDICATOR = re.compile(r"(?m)^[^\S\n]*(?P<list>" + _INDICATOR_ID + r")(?=[^\S\n])")
# ... or a bare target followed by its official words: "every campaign we run is really about 16.10:
# public access to information and the protection of fundamental freedoms", or an indicator
# followed by its own: "17.6.1 Fixed broadband subscriptions per 100 inhabitants | 8.2 | 9.1"
_BARE_WITH_TEXT = re.compile(
    # (after the year of its deadline too: "4.6 (By 2030, ensure that all youth ...)")
    r"(?=\d)(?:(?P<list>"
    + _DOTTED
    + r")\s*[:(–—-]\s*(?P<words>(?:By\s+20\d\d,?\s+)?[A-Za-z][A-Za-z ,'’-]{12,80})"
    r"|(?P<indicator>" + _INDICATOR_ID + r")\s*[:(–—-]?\s*"
    r"(?P<indicator_words>[A-Za-z][A-Za-z ,'’()-]{12,80}))"
)


_SMALL_WORDS = frozenset("a an and at by for in of on or that the to with".split())


def _says_its_target(found: re.Match) -> bool:
    """Whether the words after a bare number hold four words of its target's (or its indicator's)
    official text, in their order; or, shortened, three of its first four words of substance, each
    in the official text after the one before ("4.a – education facilities that provide safe ..." of
    "Build and upgrade education facilities that are child, disability and gender sensitive and
    provide safe, ...")."""
    if found.group("indicator"):
        official = _indicator_words().get(found.group("indicator").lower())
        words = re.findall(r"[a-z]+", found.group("indicator_words").lower())
    else:
        official = _target_words().get(found.group("list").lower())
        words = re.findall(r"[a-z]+", found.group("words").lower())
    if not official:
        return False
    if len(words) >= 4 and f" {' '.join(words[:4])} " in official:
        return True
    substance = [word for word in words[:7] if word not in _SMALL_WORDS][:4]
    position, missed = 0, 0
    for word in substance:
        found = official.find(f" {word} ", position)
        if found < 0:
            missed += 1  # (one word of its own: "4.4 – more youth and adults with relevant skills")
            continue
        position = found + len(word) + 1
    return len(substance) >= 3 and missed <= len(substance) - 3


@lru_cache(maxsize=1)
def _target_words() -> dict[str, str]:
    return _words_by_id(load_targets())


@lru_cache(maxsize=1)
def _indicator_words() -> dict[str, str]:
    return _words_by_id(load_indicators())


def _words_by_id(texts: dict[str, dict]) -> dict[str, str]:
    """Each target's or indicator's official text as its lower-case words, one space apart and
    around."""
    return {key: f" {' '.join(re.findall(r'[a-z]+', info['text'].lower()))} " for key, info in texts.items()}


def _told_apart(
    text: str, valid: frozenset[str], matches: list[SdgMatch], spans: list[tuple[int, int]], passing: _Passing
) -> list[SdgMatch]:
    """Targets named apart from a keyword right before them (see `_TARGET_IS`, `_BARE_WITH_TEXT`
    and `_UNDER`)."""
    found = []
    taken = [(m.evidence[0].start, m.evidence[0].end) for m in matches]
    stated_targets = [
        (m.evidence[0].start, m.evidence[0].end) for m in matches if m.target and m.basis == "stated"
    ]
    candidates = list(_TARGET_IS.finditer(text)) if "arget" in text else []
    candidates += [bare for bare in _BARE_WITH_TEXT.finditer(text) if _says_its_target(bare)]
    sentences = [found.span() for found in SENTENCE.finditer(text)] if stated_targets else []
    sentence_ends = [end for _start, end in sentences]
    stating: set[int] = set()  # the sentences that state a target
    for start, end in stated_targets:
        # (a reference broken across lines, "went to SDG\n4.a, followed by 6.1", is in the sentence of its number)
        number = bisect_right(sentence_ends, start)
        while number < len(sentences) and sentences[number][0] < end:
            stating.add(number)
            number += 1
    for number in sorted(stating):
        candidates += _UNDER.finditer(text, *sentences[number])
        candidates += _INDICATOR.finditer(text, *sentences[number])
    # ("focal point for 93 SDG indicators, among them 4.4.1 on ICT skills and 5.b.1 on ...")
    for named in _SDG_INDICATORS.finditer(text) if "ndicator" in text else ():
        candidates += _INDICATOR.finditer(text, named.end(), _SENTENCE_REST.match(text, named.end()).end())
    # (and, in a table whose one row names its indicator by its official words, the other rows' ids)
    rows = [bare.start() for bare in candidates if bare.re is _BARE_WITH_TEXT and bare.group("indicator")]
    rows += [header.start() for header in _INDICATOR_HEADER.finditer(text)] if "|" in text else []
    for paragraph in set(paragraphs_around(text, rows)) if rows else ():
        candidates += _ROW_INDICATOR.finditer(text, *paragraph)
    for reference in candidates:
        group = "indicator" if reference.re is _BARE_WITH_TEXT and reference.group("indicator") else "list"
        for item in _ITEM_RE.finditer(reference.group(group)):
            start = reference.start(group) + item.start()
            end = start + len(item.group(0))
            stated = _stated_by(_normalise_item(item.group(0)), valid, _DOTTED_LEVELS)
            if stated is None or any(a <= start < b for a, b in taken) or _NOT_AFTER.match(text, end):
                continue  # (not "Our target is 2.5 million learners")
            negated = _denied(text, reference.start(), end, passing) or bool(
                reference.re is _UNDER and _DENYING_WORD.match(reference.group(0))
            )
            found.append(_reference(text, *stated, negated, start, end))
            spans.append((start, _words_end(text, reference) if reference.re is _BARE_WITH_TEXT else end))
            taken.append((start, end))
    return found


def _words_end(text: str, bare: re.Match) -> int:
    """The end of the official words after a bare number (see `_BARE_WITH_TEXT`): its bracket's, when
    they open one on its line ("16.6 (developing effective, accountable ... at all levels)")."""
    if "(" not in text[bare.start() : bare.start("words" if bare.group("words") else "indicator_words")]:
        return bare.end()
    line_end = text.find("\n", bare.end())
    close = text.find(")", bare.end(), len(text) if line_end < 0 else line_end)
    return bare.end() if close < 0 else close + 1


_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen"
).split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth"
).split()
_WORD_VALUES = {word: n for words in (_NUMBERS, _ORDINALS) for n, word in enumerate(words, 1)}
_GOAL_KEYWORD = r"(?:Sustainable\s+Development\s+Goals?|SDGs?|Global\s+Goals?|(?-i:Goals?))"
# (on one line: "links to the SDGs" ending a heading is not "SDGs Three" with the next one)
_WORD_JOIN = r"(?:[^\S\n]*,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|[^\S\n]+or[^\S\n]+|[^\S\n]*&[^\S\n]*)"
# a goal's number in words: "Goal Five and Goal Sixteen", "SDG eleven" (after a plural, in capitals
# or in a list: "Goals five and six", but not "the SDGs one by one")
_SPELLED_ITEM = (
    r"(?:(?:SDG|(?-i:Goal))[^\S\n]+)?(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\b"
)
_SPELLED = re.compile(
    r"(?<![\w-])"
    + _GOAL_KEYWORD
    + r"[^\S\n]+(?P<list>"
    + _SPELLED_ITEM
    + r"(?:"
    + _WORD_JOIN
    + _SPELLED_ITEM
    + r")*)",
    re.IGNORECASE,
)
# ... or its rank: "the sixth Goal", "the 16th Goal of the 2030 Agenda", "the sixth, seventh and
# ninth SDGs"
_ORDINAL_ITEM = r"(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))\b"
# (with their article: "the first and the tenth SDGs")
_RANKS = (
    r"\bthe[^\S\n]+(?P<list>"
    + _ORDINAL_ITEM
    + r"(?:"
    + _WORD_JOIN
    + r"(?:the[^\S\n]+)?"
    + _ORDINAL_ITEM
    + r")*)"
)
_ORDINAL_ALONE = re.compile(
    r"\b(?:on|to|and|with)[^\S\n]+the[^\S\n]+(?P<list>"
    + "|".join(_ORDINALS)
    + r")\b(?=[^\S\n]*(?:[.,;)]|$))",
    re.IGNORECASE,
)
_RANKED = re.compile(_RANKS + r"[^\S\n]+" + _GOAL_KEYWORD + r"(?![\w-])", re.IGNORECASE)
# ... or its rank among them, as a text translated from Arabic, French or Spanish may write it: "the
# goals the third and the fifth of the Sustainable Development Goals", "the third of the SDGs"
_RANKED_AMONG = re.compile(
    _RANKS + r"(?:[^\S\n]+(?:goals?|objectives?))?[^\S\n]+(?:of|among)[^\S\n]+the[^\S\n]+"
    r"(?:Sustainable[^\S\n]+Development[^\S\n]+Goals|SDGs|Global[^\S\n]+Goals)\b",
    re.IGNORECASE,
)
# ... or its name after an SDG's designation: "the SDG on quality education", "the Sustainable
# Development Goal on peace, justice and strong institutions"
_DESIGNATION = r"(?:Sustainable[^\S\n]+Development[^\S\n]+Goal|SDG|Global[^\S\n]+Goal)[^\S\n]+(?:on|for|of)[^\S\n]+(?:the[^\S\n]+)?"
# ... and a target by its place in its goal: "target 10 of Goal 16"
_PLACED_TARGET = re.compile(
    r"\b[Tt]arget[^\S\n]+(?P<target>\d{1,2}|[a-g])[^\S\n]+of[^\S\n]+(?:SDG|Goal|Sustainable[^\S\n]+Development[^\S\n]+Goal)[^\S\n]*(?P<goal>\d{1,2})\b"
)


def _name_key(words: str) -> str:
    """A goal's name as `_goal_names` holds it: "Good Health & Well-being" is "good health and well-being"."""
    return " ".join(words.lower().replace("&", " and ").replace(",", " ").split())


@lru_cache(maxsize=1)
def _goal_of_name() -> dict[str, int]:
    return {_name_key(name): goal for goal, name in _goal_names().items()}


def _names_of(name: str) -> str:
    """A pattern of a goal's name, in any case, "and" or "&", with or without commas."""
    return re.escape(name).replace(r"\ and\ ", r"\s+(?:and|&)\s+").replace(",", ",?").replace(r"\ ", r"\s+")


@lru_cache(maxsize=1)
def _names() -> str:
    """A pattern of the 17 goals' names, in any case, "and" or "&", with or without commas."""
    return "|".join(_names_of(name) for name in sorted(_goal_names().values(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    names = _names()
    # (the look-ahead, the first letters of the keywords and the names, spares trying them all at every letter)
    first = "".join(sorted({word[0] for word in ("sustainable", "sdg", "global", *_goal_names().values())}))
    return re.compile(
        r"\b(?=["
        + first
        + r"])(?:"
        + _DESIGNATION
        + r"(?P<name>"
        + names
        # ("SDG Quality Education", its name in capitals after it)
        + r")|SDG[^\S\n]+(?=(?-i:[A-Z]))(?P<titled>"
        + names
        # ("the Quality Education SDG", "the Zero Hunger Goal"; not "the gender equality goal of our plan")
        + r")|(?P<before>"
        + names
        + r")[^\S\n]+(?:SDG|Sustainable[^\S\n]+Development[^\S\n]+Goal|Global[^\S\n]+Goal)"
        # (after "the" alone: not "Our Climate Action goal", nor a log frame's "Gender Equality goal:")
        + r"|(?<=\bthe[^\S\n])(?=(?-i:[A-Z]))(?P<titled_goal>"
        + names
        + r")[^\S\n]+goal(?![^\S\n]*:)"
        # (and the names listed after "the SDGs on": "the SDGs on quality education and gender equality")
        + r"|(?:Sustainable[^\S\n]+Development[^\S\n]+Goals|SDGs|Global[^\S\n]+Goals)[^\S\n]+(?:on|for|of)[^\S\n]+(?:the[^\S\n]+)?"
        + r"(?P<listed>(?:"
        + names
        + r")(?:(?:[^\S\n]*,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)(?:"
        + names
        + r"))+))\b",
        re.IGNORECASE,
    )


def _in_words(
    text: str, valid: frozenset[str], spans: list[tuple[int, int]], passing: _Passing
) -> list[SdgMatch]:
    """Goals stated in words rather than digits (see `_SPELLED`, `_RANKED`, `_named`) and targets by
    their place in their goal (`_PLACED_TARGET`); each quoted by its whole reference."""
    stated: list[tuple[int, str | None, re.Match]] = []
    lower = text.lower()
    if "sdg" not in lower and "goal" not in lower:
        return []
    if any(word in lower for word in _WORD_VALUES) or re.search(r"\d(?:st|nd|rd|th)\b", lower):
        for regex in (_SPELLED, _RANKED, _RANKED_AMONG):
            for reference in regex.finditer(text):
                if _of_another(text, reference.end()):
                    continue  # "the third Goal of our strategy", "Goal One of the Act"
                words = re.findall(r"\w+", reference.group("list"))
                keyword = text[reference.start() : reference.start("list")].rstrip()
                if regex is _SPELLED and keyword.endswith("s") and len(words) == 1 and words[0].islower():
                    continue  # "the SDGs one by one"
                for word in map(str.lower, words):
                    value = _WORD_VALUES.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
                    if 1 <= value <= 17 and (regex is not _SPELLED or word in _NUMBERS):
                        stated.append((value, None, reference))
                if regex is _RANKED:
                    rest = _SENTENCE_REST.match(text, reference.end())
                    for alone in _ORDINAL_ALONE.finditer(text, reference.end(), rest.end()):
                        value = _WORD_VALUES.get(alone.group("list").lower(), 0)
                        if 1 <= value <= 17:
                            stated.append((value, None, alone))
    goals = _goal_of_name()
    for reference in _named().finditer(text):
        if reference.group("titled_goal") and _of_another(text, reference.end()):
            continue  # ("the Gender Equality goal of our strategy")
        if reference.group("listed"):
            listed = re.finditer(_names(), reference.group("listed"), re.IGNORECASE)
            stated += [(goals[_name_key(name.group(0))], None, reference) for name in listed]
            continue
        words = next(value for value in reference.groupdict().values() if value)
        stated.append((goals[_name_key(words)], None, reference))
    if "arget" in text:
        for reference in _PLACED_TARGET.finditer(text):
            target = f"{int(reference.group('goal'))}.{reference.group('target').lower()}"
            if target in valid:
                stated.append((int(reference.group("goal")), target, reference))
    found = []
    for goal, target, reference in stated:
        start, end = reference.span()
        if target is None and any(a <= start < b for a, b in spans):
            continue  # (a number's reference reads "target 10 of Goal 16" as goal 16 only)
        found.append(_reference(text, goal, target, _denied(text, start, end, passing), start, end))
    spans += sorted({(m.evidence[0].start, m.evidence[0].end) for m in found})
    return found


# a goal called an objective with its article, as a text translated from French or Spanish may
# ("l'Objectif 17", "el Objetivo 17"): "The international cooperation of the Commission relates to
# the Objective 17." (not a plan's "Objective 4: ...", nor "its Strategic Objective 4")
_OBJECTIVE = re.compile(r"\bthe\s+(?P<reference>Objectives?\s+(?P<goal>\d{1,2}))(?!\w|\.\w)")
# ... and one whose owner is named after it, in any paragraph: "Objective 4 of the Sustainable
# Development Goals", "Objective 17 of the 2030 Agenda"
_OBJECTIVE_OF_SDGS = re.compile(
    r"\b(?P<reference>Objective\s+(?P<goal>\d{1,2}))\s+of\s+the\s+(?:Sustainable\s+Development\s+Goals|SDGs|"
    r"2030\s+Agenda|Agenda\s+2030)\b",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![^\S\n]*\n))+")


def _objectives(
    text: str, matches: list[SdgMatch], spans: list[tuple[int, int]], passing: _Passing
) -> list[SdgMatch]:
    """Goals called "Objective N" in a paragraph that states an SDG by its name, or followed by
    their owner ("Objective 4 of the Sustainable Development Goals"): a plan's own objectives
    ("Objective 2: affordable access") are listed apart from its SDGs."""
    if "Objective" not in text:
        return []
    stated = [m.evidence[0].start for m in matches if m.basis == "stated"]
    references = [*_OBJECTIVE_OF_SDGS.finditer(text)]
    for paragraph in _PARAGRAPH.finditer(text):
        if any(paragraph.start() <= start < paragraph.end() for start in stated):
            references += [
                reference
                for reference in _OBJECTIVE.finditer(text, paragraph.start(), paragraph.end())
                if not _of_another(text, reference.end())
            ]
    found = []
    for start, end, goal in sorted({(*r.span("reference"), int(r.group("goal"))) for r in references}):
        if 1 <= goal <= 17:
            found.append(_reference(text, goal, None, _denied(text, start, end, passing), start, end))
            spans.append((start, end))
    return found


# a form's question about the SDGs and its answer below, which opens with their numbers: "Q3. Which
# Sustainable Development Goals does this work support?\n\n4, 5, 10 and 16 (especially 16.10, ...)"
_ASKED = re.compile(
    r"(?im)^[^\n]*\b(?:which|what)\b[^\n]*\b(?:SDGs?|Sustainable\s+Development\s+Goals?|goals?)\b[^\n]*\?[^\n]*\n"
    r"(?:[ \t]*\n)*[ \t*_>-]*(?:(?:A|Answer|R)[ \t]*[:.][ \t]*)?(?P<list>"
    + _OWN_ITEM
    + r"(?:"
    + _JOIN
    + _OWN_ITEM
    + r")*)(?:\s*\(\s*(?:"
    + _HINT
    + r"|including)\s+(?P<own>"
    + _ITEM
    + r"(?:"
    + _JOIN
    + _ITEM
    + r")*))?"
)


_ANSWER_LEVELS = frozenset({1, 2})
# A form's request for targets, answered by lines that each open with one: "C.2 Please specify
# targets, if known" over "2.c — the Market Information Service publishes ...;" and "14.b — ..."
_TARGETS_ASKED = re.compile(
    r"(?im)^[^\n|]*\b(?:which|what|please\s+(?:specify|list|indicate|name|give)|specify|indicate)\b[^\n|]*\btargets?\b"
    r"(?:[^\n|]*\?[^\S\n]*(?P<cell>\|)[^\S\n]*|[^\n]*\n)"
)
# (the targets an answer's cell lists, each before its words: "5.5 – women's participation ... 10.2 – ...")
_CELL_TARGET = re.compile(
    r"(?:(?<=\|)|(?<=[|.;][^\S\n]))[^\S\n]*(?P<item>\d{1,2}\.(?:\d{1,2}|[a-g]))[^\S\n]*[—–:-]"
)
_TARGET_LINE = re.compile(
    r"(?:[^\S\n]*\n)*[^\S\n]*(?:" + _BULLET + r"[^\S\n]*)?(?P<item>\d{1,2}\.(?:\d{1,2}|[a-g]))"
    r"(?:[^\S\n]*[(—–:-][^\n]*|[^\S\n]*[.;,]?[^\S\n]*)(?:\n|$)"
)


# ... and a label of SDGs or their targets that ends its line, over lines that each open with them:
# "Relevant SDG targets:" over "- 16.2 (ending abuse ... of children)" and "- 8.7 (...)", "SDGs
# addressed:" over "4 – Quality education" (not "SDG-related outputs:" over "5 workshops held", nor
# a numbered section's "1. Introduction" or "7.1 These efforts")
_LABELLED = re.compile(
    r"(?im)^[^\n]{0,80}?\b(?P<kind>SDGs?(?:\s+targets?)?|Sustainable\s+Development\s+Goals?(?:\s+targets?)?|"
    # (or, below a heading of SDGs, "The network reports against these targets (shortened wording):")
    r"(?P<these>(?:these|the\s+following)\s+targets)|"
    r"Global\s+Goals)(?:\(s\))?(?:[^\S\n]+(?:not[^\S\n]+)?(?:addressed|covered|served|concerned|supported|linked|related|relevant|"
    # (ending with a colon, or a heading of its own paragraph: "Relevant SDG targets (official wording, abridged)")
    r"targeted|contributed\s+to))?[^\S\n]*(?:\([^()\n]{0,40}\))?[^\S\n]*(?::[^\S\n]*\n|\n(?=[^\S\n]*\n))"
)
_LINE_COLON = re.compile(r":[^\S\n]*\n|\n(?=[^\S\n]*\n)")
_NAME_AFTER = re.compile(r"[^\S\n]*\(" + _NAME + r"\)")
_LABELLED_LINE = re.compile(
    # (a bullet, or a number before a target: "1. 16.10 – public access to information")
    r"(?:[^\S\n]*\n)*[^\S\n]*(?:"
    + _BULLET
    + r"[^\S\n]*|\d{1,2}[.)][^\S\n]+(?=\d{1,2}\.\w))?(?P<list>"
    + _ITEM
    + r"(?:"
    + _JOIN
    + _ITEM
    + r")*)(?:[^\S\n]*[,;.]?[^\S\n]*(?:\n|$)|[^\S\n]*[(—–:-][^\n]*(?:\n|$)|(?P<words>[^\S\n]+[a-z][^\n]*(?:\n|$))|"
    # (or a goal's name: "13 Climate action", not a section's "7.1 These efforts")
    r"[^\S\n]+(?P<capital>[A-Z][^\n]*?)[^\S\n]*[.;,]?[^\S\n]*(?:\n|$))"
)


def _listed_lines(
    text: str, valid: frozenset[str], spans: list[tuple[int, int]], passing: _Passing
) -> list[SdgMatch]:
    """Targets on the lines that answer a form's request for them (see `_TARGETS_ASKED`), and the
    goals and targets on the lines below a label of them (see `_LABELLED`)."""
    # (item, start, end, the span of the label that denies it, if one does)
    listed: list[tuple[str, int, int, tuple[int, int] | None]] = []
    for asked in _TARGETS_ASKED.finditer(text) if "arget" in text else ():
        position = asked.end()
        if asked.group("cell"):  # (answered in the table's next cell: "... does it address? | 5.5 – ...")
            line_end = text.find("\n", position)
            for item in _CELL_TARGET.finditer(text, position, len(text) if line_end < 0 else line_end):
                listed.append((item.group("item").lower(), *item.span("item"), None))
            continue
        while line := _TARGET_LINE.match(text, position):
            listed.append((line.group("item").lower(), *line.span("item"), None))
            position = line.end()
    # (a label ends its line with a colon: only those lines are tried)
    for colon in _LINE_COLON.finditer(text):
        label = _LABELLED.match(text, text.rfind("\n", 0, colon.start()) + 1)
        if (
            label is None
            or label.group("these")
            and not SDG_CONTEXT.search(text, max(0, label.start() - 300), label.start())
        ):
            continue
        denies = bool(_NEG_BEFORE.search(label.group(0))) and not _NOT_NEGATION.search(label.group(0))
        denial = (label.start(), label.start() + len(label.group(0).rstrip())) if denies else None
        goals_too = not label.group("kind").lower().endswith(("target", "targets"))
        position = label.end()
        while line := _LABELLED_LINE.match(text, position):
            if line.group("capital") and str(_goal_of_name().get(_name_key(line.group("capital")))) != (
                _normalise_item(line.group("list"))
            ):
                break
            for item in _ITEM_RE.finditer(text, *line.span("list")):
                number = _normalise_item(item.group(0))
                # (a goal's number only under a label of goals, and not before words: "5 workshops held")
                if "." in number or (goals_too and not line.group("words")):
                    listed.append((number, *item.span(), denial))
            position = line.end()
    found = []
    for item, start, end, denial in listed:
        stated = _stated_by(item, valid, _ANSWER_LEVELS)
        if stated is None or any(a <= start < b for a, b in spans):
            continue
        negated = bool(denial) or _denied(text, start, end, passing)
        if negated and not denial:
            denial = _governing_label(text, start)
        found.append(_reference(text, *stated, negated, start, end, denial))
        # (its name in brackets names it, as in a reference's list: inference leaves it out)
        name = _NAME_AFTER.match(text, end)
        spans.append((start, name.end() if name else end))
    return found


def _answered(text: str, valid: frozenset[str], spans: list[tuple[int, int]]) -> list[SdgMatch]:
    """The goals and targets an answer lists by number below a question about the SDGs (see
    `_ASKED`); not a numbered paragraph's "1." below it."""
    found = []
    for answer in _ASKED.finditer(text) if "?" in text else ():
        items = list(_ITEM_RE.finditer(text, answer.start("list"), answer.end("list")))
        if len(items) == 1 and re.match(r"[.)]\s", text[answer.end("list") : answer.end("list") + 2]):
            continue  # "1. Our work ..."
        listed_here = [
            (stated, item.span())
            for item in items
            # (not one read already, as a target before its own words: "8.6 (youth not in employment)")
            if (stated := _stated_by(_normalise_item(item.group(0)), valid, _ANSWER_LEVELS))
            and not any(a <= item.start() < b for a, b in spans)
        ]
        goals = {goal for (goal, target), _span in listed_here if target is None}
        for item in (
            _ITEM_RE.finditer(text, answer.start("own"), answer.end("own")) if answer.group("own") else ()
        ):
            stated = _stated_by(_normalise_item(item.group(0)), valid, _ANSWER_LEVELS)
            if stated and stated[1] and stated[0] in goals:  # (only the listed goals' own targets)
                listed_here.append((stated, item.span()))
        found += [_reference(text, goal, target, False, *span) for (goal, target), span in listed_here]
        spans.append(answer.span("list"))
    return found


# a table's cell under a heading of SDGs that holds nothing but their numbers: "9.1; 9.c", "4, 5",
# "SDG 16 / 16.10"
_LISTED = re.compile(
    r"\s*(?:(?:SDGs?|[Tt]argets?|[Gg]oals?|[Ii]ndicators?)\s*)?"
    + _ITEM
    + r"(?:"
    + _JOIN
    # ("9.c; 17.6; indicator 4.4.1")
    + r"(?:(?:[Tt]argets?|[Ii]ndicators?)\s*)?"
    + _ITEM
    # (a goal's number may stand before its name: "4 – Quality education", "17: Partnerships")
    + r")*\s*(?:[–—:-]\s*[A-Za-z][A-Za-z ,&'’-]*)?\.?\s*"
)


_OPENING_TARGET = re.compile(r"[^\S\n]*(?P<item>\d{1,2}\.(?:\d{1,2}|[a-g]))(?=[^\S\n]+[a-z(“\"])")


def listed(text: str, start: int, end: int, heading: str = "SDG") -> list[SdgMatch]:
    """The goals and targets a table's cell of SDGs lists by number alone (its column's `heading`
    says what they are); none when the cell holds anything else, which `scan` reads. Under a heading
    of targets only targets count, and under one of indicators only indicators: a log frame's
    "Indicator | Baseline | Target" numbers its own ("1.2", "15")."""
    if not _LISTED.fullmatch(text, start, end):
        # (or a target before its words: "1.4 equal rights to economic resources", a cell of targets)
        opening = _OPENING_TARGET.match(text, start, end)
        if (
            opening is None
            or _NOT_AFTER.match(text, opening.end("item"))
            or re.search("indicator", heading, re.I)
        ):
            return []
        stated = _stated_by(opening.group("item").lower(), _valid_targets(), _DOTTED_LEVELS)
        return [_reference(text, *stated, False, *opening.span("item"))] if stated else []
    if re.search(r"indicator", heading, re.IGNORECASE):
        levels = _INDICATOR_LEVEL
    elif re.search(r"sdg|goal|sustainable", heading, re.IGNORECASE):
        levels = frozenset({1, 2, 3})
    else:
        levels = _DOTTED_LEVELS
    valid = _valid_targets()
    matches = []
    for item_match in _ITEM_RE.finditer(text, start, end):
        stated = _stated_by(_normalise_item(item_match.group(0)), valid, levels)
        if stated is not None:
            matches.append(_reference(text, *stated, False, item_match.start(), item_match.end()))
    return matches
