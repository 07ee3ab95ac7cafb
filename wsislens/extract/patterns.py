"""Table-driven parsers for the small expressions facts are made of: dates and date ranges,
ordinals, numbers in digits or words, with their qualifier.

Each finder returns spans into the text it is given (Python offsets), so callers can quote.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# the months in Spanish and French, read in a day's date quoted from an original ("15 de marzo
# de 2025", "3 février 2025")
_ROMANCE_MONTHS = {
    **dict.fromkeys(("enero", "janvier"), 1),
    **dict.fromkeys(("febrero", "février", "fevrier"), 2),
    **dict.fromkeys(("marzo", "mars"), 3),
    **dict.fromkeys(("abril", "avril"), 4),
    **dict.fromkeys(("mayo", "mai"), 5),
    **dict.fromkeys(("junio", "juin"), 6),
    **dict.fromkeys(("julio", "juillet"), 7),
    **dict.fromkeys(("agosto", "août", "aout"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "septembre"), 9),
    **dict.fromkeys(("octubre", "octobre"), 10),
    **dict.fromkeys(("noviembre", "novembre"), 11),
    **dict.fromkeys(("diciembre", "décembre", "decembre"), 12),
}
MONTHS.update(_ROMANCE_MONTHS)
_MES = "(?:" + "|".join(_ROMANCE_MONTHS) + ")"
# the months' full names (for other modules' patterns); dates also read their abbreviations
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a section's number before its heading: "3.", "3.4", "3.4.1."
SECTION_NUMBER = r"\d{1,2}(?:\.\d{1,2})*\.?"
# the labels of an e-mail's header lines ("From:", "Subject:"), also in French and Spanish
MAIL_LABEL = r"(?:From|Sent|Date|To|Cc|Bcc|Subject|Objet|Asunto)[ \t]*:"
# the close of a letter or an e-mail, on a line of its own above the signature
LETTER_CLOSING = re.compile(
    r"\n[ \t]*(?:(?:Kind|Best|Warm|With\s+best)\s+regards|Regards|Yours\s+(?:sincerely|faithfully|truly)|Sincerely)"
    r"[ \t]*,?[ \t]*\n"
)
MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_MONTH = rf"(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\.?"
_YEAR = r"(?:19[5-9]\d|20\d\d|2100)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|until|till|through)\s*"
# a list item's bullet, as Word, web forms and PDFs write it ("◦" for a sub-item)
BULLET_CHARS = "-•▪●◦‣○■*–"
BULLET = f"[{BULLET_CHARS}]"
# what a state calls itself before its name: "the Republic of Maravia", "Kingdom of ..."
STATE_FORM = (
    r"(?:(?:Federal|Islamic|Plurinational|United|Arab|Democratic|People's)\s+)*(?:Republic|Kingdom|State|Federation"
    r"|Commonwealth|Principality|Sultanate|Grand\s+Duchy|Government)"
)

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
ORDINAL_TENS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "m": 1_000_000,
    "k": 1_000,
    # South Asia's "NPR 18 lakh", "INR 2 crore"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}


def parse_ordinal(words: str) -> int | None:
    """ "Twenty-fifth" -> 25, "25th" -> 25, "third" -> 3; None when it is not an ordinal."""
    value = words.strip().lower().replace("–", "-")
    digits = re.fullmatch(r"(\d+)\s*(?:st|nd|rd|th)", value)
    if digits:
        return int(digits.group(1))
    if value in ORDINAL_UNITS:
        return ORDINAL_UNITS[value]
    if value in ORDINAL_TENS:
        return ORDINAL_TENS[value]
    parts = re.split(r"[-\s]+", value)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINAL_UNITS and ORDINAL_UNITS[parts[1]] < 10:
        return TENS[parts[0]] + ORDINAL_UNITS[parts[1]]
    return None


ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|\d{1,3}(?:st|nd|rd|th))"
)


def parse_number_words(words: str) -> float | None:
    """ "three" -> 3, "twenty-two" -> 22, "one hundred and five" -> 105; None otherwise."""
    tokens = [t for t in re.split(r"[-\s]+", words.strip().lower()) if t and t != "and"]
    if not tokens:
        return None
    total = 0
    current = 0
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
    return float(total + current)


# ------------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    date: str
    end_date: str | None
    form: str  # day, day-range, month, month-range, year, year-range, quarter, half, by-year, since


def _m(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _ym(year: str, month: str) -> str:
    return f"{int(year):04d}-{_m(month):02d}"


def _ymd(year: str, month: str, day: str) -> str:
    return f"{int(year):04d}-{_m(month):02d}-{int(re.sub(r'[^0-9]', '', day)):02d}"


_QUARTERS = {
    "1": (1, 3),
    "2": (4, 6),
    "3": (7, 9),
    "4": (10, 12),
    "first": (1, 3),
    "second": (4, 6),
    "third": (7, 9),
    "fourth": (10, 12),
    "last": (10, 12),
    "final": (10, 12),
}
_HALVES = {"first": (1, 6), "second": (7, 12), "1": (1, 6), "2": (7, 12), "last": (7, 12)}

# the words that make a capitalised name an organisation's ("Ministry", "Commission", "Network")
ORGANISATION_WORDS = re.compile(
    r"\b(?:International|Organi[sz]ation|Union|Agency|Ministry|Bureau|Commission|Council|Association|"
    r"Foundation|Institute|University|Secretariat|Office|Bank|Department|Authority|Federation|"
    r"Society|Corporation|Company|Inc|Ltd|Group|Government|Alliance|Network|Coalition|Consortium|"
    r"Committee|Centre|Center)\b"
)
_SHORT_YEAR_END = r"(?=[ \t]*(?:[.,;:|)\]\n]|$))"
# (name, pattern, builder): builders return (date, end_date). Order matters: longest forms first.
_DATE_FORMS: list[tuple[str, str]] = [
    # 28 March to 1 April 2022
    (
        "day-range",
        rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?{_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})",
    ),
    # March 28 to April 1, 2022
    (
        "day-range",
        rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})",
    ),
    # 28-30 March 2022, 21 and 22 June 2023, 3/4 June 2025
    (
        "day-range",
        rf"(?P<d1>{_DAY})(?:{_DASH}|\s*/\s*|\s+(?:and|&)\s+)(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})",
    ),
    # March 28-30, 2022
    ("day-range", rf"(?P<m2>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}),\s+(?P<y2>{_YEAR})"),
    # "del 1 de enero al 31 de diciembre de 2025", "du 1er janvier au 31 décembre 2025"
    (
        "day-range",
        rf"(?:del?\s+|du\s+)?(?P<d1>{_DAY}|1er)\s+(?:de\s+)?(?P<m1>{_MES})(?:\s+(?:de\s+)?(?P<y1>{_YEAR}))?"
        rf"\s+(?:al?|au)\s+(?P<d2>{_DAY})\s+(?:de\s+)?(?P<m2>{_MES})\s+(?:de(?:l)?\s+)?(?P<y2>{_YEAR})",
    ),
    # "del 3 al 5 de marzo de 2025", "du 3 au 5 mars 2025"
    (
        "day-range",
        rf"(?:del?\s+|du\s+)?(?P<d1>{_DAY}|1er)\s+(?:al?|au)\s+(?P<d2>{_DAY})\s+(?:de\s+)?(?P<m2>{_MES})"
        rf"\s+(?:de(?:l)?\s+)?(?P<y2>{_YEAR})",
    ),
    # "15 de marzo de 2025", "3 février 2025", "1er mars 2025"
    ("day", rf"(?P<d1>{_DAY}|1er)\s+(?:de\s+)?(?P<m1>{_MES})\s+(?:de(?:l)?\s+)?(?P<y1>{_YEAR})"),
    # 28 March 2022 / March 28, 2022 / 2022-03-28
    ("day", rf"(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"),
    # "on the twenty-second of May of 2025", "the 3rd day of June, 2025" (as a translation writes it)
    (
        "ordinal-day",
        rf"(?:the\s+)?(?P<ord>{ORDINAL_WORDS})\s+(?:day\s+)?of\s+(?P<m1>{_MONTH})(?:\s+of|,)?\s+(?P<y1>{_YEAR})",
    ),
    ("day", rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"),
    # 1-Oct-2024, 30-Sep-2025
    ("day", rf"(?P<d1>{_DAY})-(?P<m1>{_MONTH})-(?P<y1>{_YEAR})"),
    # a terse note's or a table's "7-11 Jul 25", "3 Jun 25", "14-May-25": a year of two digits, only
    # before the end of its sentence, line or cell ("on 3 June 25 people" is a count)
    (
        "day-range",
        rf"(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\s+(?P<yy2>[0-4]\d){_SHORT_YEAR_END}",
    ),
    ("day", rf"(?P<d1>{_DAY})(?P<sep>[\s-])(?P<m1>{_MONTH})(?P=sep)(?P<yy1>[0-4]\d){_SHORT_YEAR_END}"),
    ("iso", r"(?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"),
    # 27/01/2025, 18.11.2025: day first, as UN documents write it (month first only when the day
    # could not be a month: 11/27/2025)
    ("numeric", rf"(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[01]?\d|[23]\d)(?P=sep)(?P<y1>{_YEAR})"),
    # 07-11/07/2025: days of one month, day first; 06/2025: a month
    (
        "numeric-range",
        rf"(?P<n0>[0-3]?\d)\s*[-–]\s*(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[01]?\d)(?P=sep)(?P<y1>{_YEAR})",
    ),
    # (in a table's cell or at a line's start: "Decree 12/2025" is a number)
    ("numeric-month", rf"(?<![A-Za-z.][ \t])(?P<n2>0[1-9]|1[0-2])/(?P<y1>{_YEAR})"),
    # March to May 2021, March 2021 to May 2022
    ("month-range", rf"(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?{_DASH}(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})"),
    # "between January and March 2024"
    (
        "month-range",
        rf"(?<=between\s)(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+and\s+(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})",
    ),
    ("month", rf"(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"),
    # "Oct '22", "March ’24": a year of two digits after an apostrophe
    ("month", rf"(?P<m1>{_MONTH})\s+['’](?P<yy1>[0-4]\d)(?!\d)"),
    # Q3 2021, third quarter of 2021
    ("quarter", rf"Q(?P<q>[1-4])\s*(?P<y1>{_YEAR})"),
    ("quarter", rf"(?P<q>first|second|third|fourth|last|final)\s+quarter\s+(?:of\s+)?(?P<y1>{_YEAR})"),
    ("half", rf"(?P<h>first|second|last)\s+(?:half|semester)\s+(?:of\s+)?(?P<y1>{_YEAR})"),
    ("half", rf"H(?P<h>[12])\s*(?P<y1>{_YEAR})"),
    ("half", rf"(?P<early>early|mid|late|end\s+of)[-\s](?P<y1>{_YEAR})"),
    # from 2020 to 2022, between 2020 and 2022, 2019-and 2020, 2016–2030, 2019/20
    ("year-range", rf"(?:from|between)\s+(?P<y1>{_YEAR})\s*(?:to|and|until|-|–|—)\s*(?P<y2>{_YEAR})"),
    ("year-range", rf"(?P<y1>{_YEAR})\s*(?:-|–|—)\s*(?:and\s+)?(?P<y2>{_YEAR})"),
    ("year-range", rf"(?P<y1>{_YEAR})\s+(?:and|to)\s+(?P<y2>{_YEAR})"),
    ("year-range", rf"(?P<y1>{_YEAR})\s*(?:-|–|/)\s*(?P<y2s>\d\d)(?![\d/])"),
    # by 2018, by the end of 2025
    ("by-year", rf"by\s+(?:the\s+end\s+of\s+|end\s+of\s+|the\s+year\s+)?(?P<y1>{_YEAR})"),
    ("year", rf"(?P<y1>{_YEAR})"),
]
_DATE_RES = [
    (form, re.compile(rf"(?<![\w/.-]){pattern}(?![\w/]|\.\d)", re.IGNORECASE))
    for form, pattern in _DATE_FORMS
]


def _build(form: str, g: dict[str, str | None], month_first: bool = False) -> tuple[str, str | None] | None:
    y1 = g.get("y1") or (f"20{g['yy1']}" if g.get("yy1") else None)
    y2 = g.get("y2") or (f"20{g['yy2']}" if g.get("yy2") else None)
    if form == "day-range":
        year2 = y2
        year1 = y1 or y2
        m1 = g.get("m1") or g["m2"]
        start = _ymd(year1, m1, g["d1"])
        end = _ymd(year2, g["m2"], g["d2"])
        return (start, end) if end >= start else None
    if form == "day":
        return _ymd(y1, g["m1"], g["d1"]), None
    if form == "ordinal-day":
        day = parse_ordinal(g["ord"])
        if day is None or not 1 <= day <= calendar.monthrange(int(y1), _m(g["m1"]))[1]:
            return None
        return _ymd(y1, g["m1"], str(day)), None
    if form == "iso":
        return g["iso"], None
    if form == "numeric":
        day, month = int(g["n1"]), int(g["n2"])
        if month_first:
            day, month = month, day
        if month > 12 >= day:
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(int(y1), month)[1]):
            return None
        return f"{int(y1):04d}-{month:02d}-{day:02d}", None
    if form == "numeric-range":
        first, last, month = int(g["n0"]), int(g["n1"]), int(g["n2"])
        if not (1 <= month <= 12 and 1 <= first < last <= calendar.monthrange(int(y1), month)[1]):
            return None
        return f"{int(y1):04d}-{month:02d}-{first:02d}", f"{int(y1):04d}-{month:02d}-{last:02d}"
    if form == "numeric-month":
        return f"{int(y1):04d}-{int(g['n2']):02d}", None
    if form == "month-range":
        start = _ym(y1 or y2, g["m1"])
        end = _ym(y2, g["m2"])
        return (start, end) if end >= start else None
    if form == "month":
        return _ym(y1, g["m1"]), None
    if form == "quarter":
        first, last = _QUARTERS[g["q"].lower()]
        return f"{y1}-{first:02d}", f"{y1}-{last:02d}"
    if form == "half":
        if g.get("early"):
            return y1, None
        first, last = _HALVES[g["h"].lower()]
        return f"{y1}-{first:02d}", f"{y1}-{last:02d}"
    if form == "year-range":
        if y2:
            return (y1, y2) if y2 > y1 else None
        end = y1[:2] + g["y2s"]  # "2019/20", "2019-20": consecutive years only, never "2006/46"
        return (y1, end) if int(end) == int(y1) + 1 else None
    if form in ("by-year", "year"):
        return y1, None
    return None


# a day written without its year ("in the week of 9–13 September", "on 3 March"): dated only in a
# text whose reporting period lies in one calendar year, which gives the year
_YEARLESS_RES = [
    (
        "day-range",
        re.compile(
            rf"(?<![\w/.-])(?P<d1>{_DAY})(?:{_DASH}|\s+(?:and|&)\s+)(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
            rf"(?![\w/]|,?\s+(?:{_YEAR}|\d))",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(
            rf"(?<![\w/.-])(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?![\w/]|,?\s+(?:{_YEAR}|\d))",
            re.IGNORECASE,
        ),
    ),
]


_NUMERIC_FORMS = {
    "numeric": "day",
    "numeric-range": "day-range",
    "numeric-month": "month",
    "ordinal-day": "day",
}


_NUMERIC_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d(?![\d/])")


def writes_month_first(text: str) -> bool:
    """True when the text writes numeric dates month first ("3/14/2025", as in the United States):
    some date's second number cannot be a month, and no date's first number is over 12."""
    pairs = [(int(a), int(b)) for a, b in _NUMERIC_DATE.findall(text)]
    return any(b > 12 >= a for a, b in pairs) and not any(a > 12 for a, _ in pairs)


_YEAR_SAID = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Ff]or)\s+((?:19|20)\d\d)\b(?![\w/–-])")


def _year_said_before(text: str, position: int) -> str | None:
    """The year a sentence names ("In 2025 ...") before `position`, within its sentence."""
    before = text[max(0, position - 160) : position]
    stop = max(before.rfind(". "), before.rfind("\n"))
    said = list(_YEAR_SAID.finditer(before, stop + 1))
    return said[-1].group(1) if said else None


def find_dates(text: str, year: str | None = None, month_first: bool = False) -> list[DateSpan]:
    """Every date expression of a text; where forms overlap the longest wins (then the earlier form).

    With `year`, a day written without a year is dated in that year; with `month_first`, a numeric
    date reads month first ("4/5/2025" is 5 April)."""
    candidates = []
    patterns = _DATE_RES + (_YEARLESS_RES if year else [])
    for order, (form, pattern) in enumerate(patterns):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if order >= len(_DATE_RES):
                # the year the sentence gives before it ("In 2025 it will run from 1 to 5 December"),
                # else the text's
                said = _year_said_before(text, match.start()) or year
                groups = {**groups, "y1": said, "y2": said}
            built = _build(form, groups, month_first)
            if built is not None:
                candidates.append((match.start(), match.end(), order, form, built))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    result = []
    for start, end, _, form, (date, end_date) in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        result.append(DateSpan(start, end, date, end_date, _NUMERIC_FORMS.get(form, form)))
    return sorted(result, key=lambda d: d.start)


# ------------------------------------------------------------------------------- numbers

_QUALIFIERS = [
    (r"more\s+than|over|above|in\s+excess\s+of|upwards\s+of|exceeding", "more than"),
    (r"at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|no\s+less\s+than", "at least"),
    (
        r"almost|nearly|close\s+to|just\s+under|roughly|approximately|about|around|some|an\s+estimated|"
        r"estimated|circa|approx\.|c\.|~|≈",
        "about",
    ),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as", "up to"),
    (r"less\s+than|fewer\s+than|under|below", "less than"),
]
_QUALIFIER_MAP = [(re.compile(rf"(?:{p})\s*$", re.IGNORECASE), label) for p, label in _QUALIFIERS]
QUALIFIER_RE = "|".join(p for p, _ in _QUALIFIERS)
_APPROX = {"almost": "almost", "nearly": "almost", "close to": "almost", "just under": "almost"}

CURRENCIES = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "dollars": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "chf": "CHF",
    "swiss francs": "CHF",
    "¥": "JPY",
    "jpy": "JPY",
    "cad": "CAD",
    "aud": "AUD",
    "inr": "INR",
}
# ISO 4217 codes of the currencies submissions report in (codes that are also common words or
# acronyms, such as TOP, ALL, PHP or COP, the Conference of the Parties of "COP30", are left out)
_ISO_CODES = (
    "EUR USD GBP CHF JPY CAD AUD INR KES NGN ZAR GHS TZS UGX ETB RWF XOF XAF MAD EGP TND DZD BRL MXN ARS "
    "CLP PEN UYU BOB PYG DOP JMD TTD BBD XCD FJD PGK WST SBD VUV MVR LKR BDT PKR NPR AFN THB VND MYR "
    "SGD IDR KRW CNY RMB HKD TWD AED SAR QAR KWD BHD OMR JOD LBP TRY RUB UAH KZT UZS SEK NOK DKK PLN CZK "
    "HUF RON NZD XDR SDR"
).split()


def is_currency_code(word: str) -> bool:
    """True for a currency's code or name written before or after an amount ("USD", "euros")."""
    return word.upper() in _ISO_CODES or word.lower() in CURRENCIES


# (or any code of three capitals before an amount in millions, after a word that leads to an amount:
# "fines of VLR 1.8 billion", "rose to LSH 2.9 trillion")
_CUR_BEFORE = (
    rf"(?P<cur>€|US\$|\$|£|¥|{'|'.join(_ISO_CODES)}|"
    r"(?:(?<=\bof )|(?<=\bto )|(?<=\bfrom )|(?<=\bat )|(?<=\bby )|(?<=\bworth )|(?<=\bor )|(?<=\band ))"
    r"(?-i:[A-Z]{3})(?=\s?\d[\d.,]*\s*(?:million|billion|trillion|mn|bn)\b))\s?"
)
_CUR_AFTER = r"(?P<cur2>€|EUR|USD|GBP|CHF|euros?|US\s+dollars|dollars|Swiss\s+francs)"
_DIGITS = r"(?P<num>\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# the continental European way: "1.250 participants", "EUR 2.400.000", "3,5 million"
_DIGITS_DECIMAL_COMMA = r"(?P<num>\d{1,3}(?:(?:\.|\u00a0|\u202f|\u2009| )\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_UNITS_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_NUMWORD = (
    # ("a hundred and twenty students", "two hundred and five")
    rf"(?P<word>(?:a|{_UNITS_WORDS})\s+hundred\s+and\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[-\s](?:{_UNITS_WORDS}))?|{_UNITS_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen)|a\s+dozen\b|"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundreds|a\s+thousand|dozens?))"
)
# "5k", "1.2M"; and "4.1 M", "USD 3 M" with a space, in capitals only
_SCALE = (
    r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|mn|bn|lakhs?|crores?)\b|(?P<scale2>[mbk])\b|"
    r"[ \u00a0](?P<scale3>(?-i:M))\b(?![.']\w))?"
)
_PERCENT = r"(?P<pct>\s?%|\s+per\s*cent|\s+percent)?"


def _number_re(digits: str) -> re.Pattern:
    return re.compile(
        # not the number of a name such as "WSIS+20" or "Beijing+25"
        # (nor a clock's minutes: "between 18:00 and 22:00")
        rf"(?<![\w.,/-])(?<![A-Za-z]\+)(?<!\d:)(?:{_CUR_BEFORE})?(?:{digits}|{_NUMWORD}){_SCALE}{_PERCENT}(?:\s+{_CUR_AFTER})?"
        # not a number inside a compound ("2024-2028", "24-hour"), but one of a length or capacity
        # ("a 1,400-kilometre cable", "a 50-megawatt plant")
        r"(?![\w/]|[.,]\d|-(?!(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|megawatts?|MW|kilowatts?|kW|"
        r"gigabits?|Gbps|Mbps|terabits?|Tbps)\b)\w)",
        re.IGNORECASE,
    )


NUMBER_RE = _number_re(_DIGITS)
_NUMBER_RE_DECIMAL_COMMA = _number_re(_DIGITS_DECIMAL_COMMA)
# A text writes numbers the continental way when it groups thousands with dots twice
# ("2.400.000") or writes a decimal comma before a scale or a percent ("3,5 million", "12,5 %"),
# and never groups with commas ("1,250,000") or writes a decimal point after them ("1,250.5")
_DECIMAL_COMMA_SIGN = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|"
    r"(?<![\d.,])\d+,\d{1,2}(?!\d)\s*(?:%|per\s*cent|percent|million|billion|thousand|mn|bn)\b",
    re.IGNORECASE,
)
_DECIMAL_POINT_SIGN = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d,\d{3}\.\d")


def writes_decimal_comma(text: str) -> bool:
    """True when the text writes its numbers the continental way ("1.250", "3,5 million")."""
    return _DECIMAL_COMMA_SIGN.search(text) is not None and _DECIMAL_POINT_SIGN.search(text) is None


_SMALL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty[-\s]five|"
    r"thirty|forty|fifty|hundred|\d{1,3}(?!\d))"
)
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
# "two thirds", "two-thirds", "a quarter of", "one fifth of", "half of the" (not "the first half
# of 2021"), "one in five", "nine out of ten", "1 in 3": a share, read as a percentage. A
# singular fraction counts only before "of" ("a third of", not "a third party"), and not of an
# amount or a time ("a quarter of a million", "one quarter of 2021").
_NOT_OF_A_SHARE = r"(?!\s+of\s+(?:an?\s+)?(?:million|billion|thousand|hundred|century|year|decade|\d))"
_SHARE_RE = re.compile(
    r"(?<![\w.,/-])(?:"
    r"(?P<num>two|three|four|five|six|seven|eight|nine)[-\s](?P<den>halves|thirds|quarters|fourths|"
    r"fifths|sixths|sevenths|eighths|ninths|tenths)"
    r"|(?:one|an?)[-\s](?P<den1>half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    # "one third of the farmers", "of whom one third were women"
    rf"(?=\s+of\b|\s+(?:were|are)\b){_NOT_OF_A_SHARE}"
    r"|(?<!first\s)(?<!second\s)(?<!latter\s)(?<!last\s)(?P<half>half)(?=\s+(?:of\s+)?(?:the|all|our|their|"
    rf"them|its|these|those|which|whom)\b){_NOT_OF_A_SHARE}"
    rf"|(?P<part>{_SMALL})\s+(?:in|out\s+of)\s+(?P<whole>{_SMALL})"
    r"(?!\s*(?:%|per\s*cent|percent)|\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b)"
    r")(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)


def _parse_share(match: re.Match) -> float | None:
    """The percentage a _SHARE_RE match states ("two thirds" -> 66.7, "one in five" -> 20.0); None
    when it is no share ("five in ten days" is one; "ten in five" is not)."""
    if match.group("half"):
        return 50.0
    if match.group("den"):
        part = parse_number_words(match.group("num"))
        whole = float(_DENOMINATORS[match.group("den").lower()])
    elif match.group("den1"):
        part, whole = 1.0, float(_DENOMINATORS[match.group("den1").lower()])
    else:
        part, whole = (
            float(word) if word.isdigit() else parse_number_words(word)
            for word in (match.group("part"), match.group("whole"))
        )
    if not part or not whole or part >= whole:
        return None
    return round(100.0 * part / whole, 1)


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    value: float
    currency: str | None
    percent: bool
    from_words: bool
    qualifier: str | None
    qualifier_start: int


def parse_digits(raw: str, decimal_comma: bool = False) -> float:
    if decimal_comma:
        return float(re.sub(r"[.\u00a0\u202f\u2009 ]", "", raw).replace(",", "."))
    return float(re.sub(r"[,\u00a0\u202f\u2009 ]", "", raw))


def find_numbers(text: str, decimal_comma: bool = False) -> list[NumberSpan]:
    """Numbers in digits or words, expanded ("2.7 billion" -> 2.7e9), with currency, percent and
    the qualifier just before them ("over 100" -> more than). A share in words ("two thirds",
    "one in five") is a percentage (66.7, 20.0), and its own numbers are not read apart. With
    `decimal_comma`, digits are read the continental way ("1.250" is 1250, "3,5" is 3.5)."""
    shares = [(m, value) for m in _SHARE_RE.finditer(text) if (value := _parse_share(m)) is not None]
    taken = [(m.start(), m.end()) for m, _ in shares]
    found = list(shares)
    found += [
        (m, None)
        for m in (_NUMBER_RE_DECIMAL_COMMA if decimal_comma else NUMBER_RE).finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]
    result = []
    for match, share in sorted(found, key=lambda pair: pair[0].start()):
        if share is not None:
            result.append(_with_qualifier(text, match.start(), match.end(), share, None, True, False))
            continue
        word = match.group("word")
        if word:
            lowered = word.lower()
            if lowered.startswith("dozen"):
                continue  # "dozens": how many is not said
            if lowered.replace("\n", " ") == "a dozen":
                lowered = "twelve"
            if lowered == "hundreds":
                continue
            value = parse_number_words(lowered.replace("a ", "one "))
            if value is None:
                continue
        else:
            value = parse_digits(match.group("num"), decimal_comma)
        scale = (match.group("scale") or match.group("scale2") or match.group("scale3") or "").lower()
        if scale:
            # a letter after digits scales a count only as "5k" and "1.2M" (not "100m", "5 b")
            if (
                scale in ("m", "k", "b")
                and not match.group("cur")
                and match.group("scale2") not in ("k", "M")
                and not match.group("scale3")
            ):
                continue
            value *= SCALES.get(scale, 1_000_000_000 if scale == "b" else 1)
        currency_raw = match.group("cur") or match.group("cur2")
        currency = (
            CURRENCIES.get(re.sub(r"\s+", " ", currency_raw.lower()), currency_raw.upper())
            if currency_raw
            else None
        )
        number = _with_qualifier(
            text, match.start(), match.end(), value, currency, bool(match.group("pct")), bool(word)
        )
        if re.match(r"\+(?![\w+])", text[match.end() : match.end() + 2]) and not word:
            # "9,000+ members": more than the number
            number = replace(number, end=number.end + 1, qualifier=number.qualifier or "more than")
        result.append(number)
    return result


def _with_qualifier(
    text: str, start: int, end: int, value: float, currency: str | None, percent: bool, from_words: bool
) -> NumberSpan:
    """The number at text[start:end] with the qualifier just before it ("over 100": more than)."""
    qualifier, q_start = None, start
    before = text[max(0, start - 30) : start]
    for pattern, label in _QUALIFIER_MAP:
        found = pattern.search(before)
        if found and (found.start() == 0 or not before[found.start() - 1].isalnum()):
            text_q = re.sub(r"\s+", " ", found.group(0).strip().lower())
            qualifier = _APPROX.get(text_q, label)
            q_start = start - (len(before) - found.start())  # offset in the given text
            break
    return NumberSpan(start, end, round(value, 6), currency, percent, from_words, qualifier, q_start)


# a company's legal forms written with a full stop, which stays part of the name ("SignBridge Inc.",
# "Corvana Technologies Pte. Ltd.", "Nimbo Cloud S.A.")
LEGAL_FORMS_WITH_STOP = r"Inc|Ltd|Corp|Co|Pte|Pty|S\.A|S\.L|N\.V|B\.V|S\.p\.A|L\.L\.C"

# the small words inside names in French, Spanish and Portuguese
ROMANCE_SMALL_WORDS = (
    *("de", "des", "du", "la", "le", "les", "et", "aux", "au", "à", "pour", "sur"),
    *("y", "e", "el", "del", "los", "las", "para", "por", "a"),
    *("da", "do", "dos", "das"),
    "es",  # (a place's particle in a name: "University of Dar es Salaam")
)
_NAME_SMALL_WORDS = {"of", "for", "and", "the", "on", "to", "in", "against", "&", *ROMANCE_SMALL_WORDS}


def initials_match(acronym: str, name: str) -> bool:
    """ "ITU" for "International Telecommunication Union", "KAL-CERT" for "Kalindor Computer
    Emergency Response Team": each word gives a prefix (usually its initial) to the acronym, in
    order; small words may give nothing."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).lower()
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if not letters or not words:
        return False

    @cache
    def match(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w.lower() in _NAME_SMALL_WORDS for w in words[j:])
        if j == len(words):
            return False
        # "l'Information" gives I, "Électroniques" E
        word = re.sub(
            r"[^A-Za-z]", "", unicodedata.normalize("NFKD", re.sub(r"^[dl]['’]", "", words[j]))
        ).lower()
        if words[j].lower() in _NAME_SMALL_WORDS and match(i, j + 1):
            return True
        for size in range(1, min(4, len(word)) + 1):
            if letters[i : i + size] == word[:size] and match(i + size, j + 1):
                return True
        return False

    return match(0, 0)
