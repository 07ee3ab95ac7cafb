"""Metadata of a submission: the submitting entity and its type, the CSTD session (number,
dates, place) and the reporting period."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from wsislens.extract.patterns import (
    LEGAL_FORMS_WITH_STOP,
    LETTER_CLOSING,
    MAIL_LABEL,
    MONTH_NAMES,
    ORDINAL_WORDS,
    ORGANISATION_WORDS,
    ROMANCE_SMALL_WORDS,
    SECTION_NUMBER,
    STATE_FORM,
    find_dates,
    initials_match,
    parse_ordinal,
)

# a name's acronym in brackets: "(WDCC)"
# (or an acronym and a place: "(ISOC Solvara)")
_ACRONYM_IN_BRACKETS = (
    r"\(\s*[\"“]?(?P<acronym>[A-Z][A-Za-z0-9&-]{1,11}(?:\s(?<=[A-Z]{2}\s)[A-Z][a-z]{2,15})?)[\"”]?\s*\)"
)
_TITLE_LEAD = re.compile(
    r"(?:Contribution|Submission|Input|Report|Response)\s+(?:of|by|from)\s+(?:the\s+)?(?=[A-Z])"
)
_ACRONYM_TAIL = re.compile(rf"{_ACRONYM_IN_BRACKETS}$")  # a line that ends with a short name
_SUBMITTER = re.compile(
    # (or after a title a PDF's line joined to it: "... activities in 2022 Submission by the Open Science ...")
    # ("... the outcomes of the WSIS Submission by Youth for Digital Equity (Y4DE)", "... 1 April 2022
    # Contribution by the Verdier Foundation ...")
    r"(?:(?:^|\n)[ \t*_#>]*|(?<=[A-Za-z0-9] )(?=(?-i:(?:Submission|Contribution)\s+by\s+(?:the\s+)?[A-Z])))"
    r"(?:Joint\s+)?"
    r"(?:Submission|Contribution|Input|Report|Response)\s+(?:submitted\s+)?by"
    r"[ \t]*:?[ \t*_]*(?P<inline>[^\n]*)",
    re.IGNORECASE,
)
_SUBMITTER_FROM = re.compile(
    # (after a title's label, a series' name and a year: "Title: WSIS follow-up: 2025 contribution of the ...")
    r"(?:^|\n)[ \t*_#>]*(?:Title\s*:\s*)?(?:[^\n:]{1,40}:\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:Submission|Contribution|Input)\s+(?:from|of)(?!\s+entities)[ \t]*:?[ \t*_]*(?P<inline>[^\n]*)",
    re.IGNORECASE,
)
# a note verbale: "has the honour to transmit herewith the contribution of the Ministry of ..."
# or an e-mail's "Below is the contribution of the Centre for ..." ("Please find attached the input of ...")
_TRANSMITS = re.compile(
    r"(?:transmit\w*\s+(?:herewith\s+)?|\b(?:below|attached|enclosed|here)\s+(?:is|are)\s+|"
    r"\bplease\s+find\s+(?:below\s+|attached\s+|enclosed\s+|herewith\s+)?)"
    r"the\s+(?:contribution|submission|input|report|response)\s+of\s+(?P<inline>[^\n]*)",
    re.IGNORECASE,
)
# a letter's "On behalf of the Kijiji Digital Rights Coalition, I am pleased to submit our contribution"
_ON_BEHALF = re.compile(
    r"\bOn\s+behalf\s+of\s+(?:the\s+)?(?P<inline>[A-Z][^,\n]{3,120}?),\s+(?:I|we)\s+(?:am\s+|are\s+|have\s+)?"
    r"(?:pleased|honoured|honored|delighted|glad|the\s+honou?r)\b"
)
# "As Serravia's statutory ICT agency, the Serravian Authority for Digital Development (SADD) is
# pleased to share this account"
_PLEASED = re.compile(
    r"(?:^|\n|\.\s)[ \t]*(?:As\s+[^,\n]{3,80},\s+)?(?:the\s+)?(?P<inline>[A-Z][^,.\n]{3,120}?)\s+(?:is|are)\s+"
    r"(?:pleased|honoured|honored|delighted|glad)\s+to\s+(?:share|submit|present|transmit|provide)\b"
)
_SUBMITTED_BY = re.compile(
    r"(?:^|\n)[ \t*_#>|]*(?:[-•][ \t]+)?(?:Submitted\s+by|Submitting\s+(?:entity|organi[sz]ation))\s*[:|]?"
    r"[ \t*_]*(?P<inline>[^\n]*)",
    re.IGNORECASE,
)
# a title block's labels: "Entity: United Nations Programme for ...", "Name of organization: ...",
# a letter's memo head "From: Commons Connect Coalition (civil society)" (an e-mail's "From:" names
# a person by an address, not the submitter)
_SUBMITTER_LABEL = re.compile(
    # (a questionnaire numbers its questions: "1. Name of your organization | ...")
    r"(?:^|\n)[ \t*_#>]*(?:Q?\d{1,2}[.)][ \t]+)?"
    r"(?:(?:Name\s+of\s+(?:the\s+|your\s+)?(?:submitting\s+)?)?(?:entity|organi[sz]ation|institution|ministry|agency)"
    # a questionnaire's "Name of entity submitting: ..."
    r"(?:\s+submitting|\s+name)?|Submitter|"
    # "Contributing authority: ...", "Originating body: ...", "Sent by: ..."
    r"(?:Contributing|Originating|Reporting)\s+(?:authority|body|entity|organi[sz]ation|institution|agency|unit)|"
    r"Contributor|Sent\s+by|From|Sender|Respondent|Responding\s+(?:entity|organi[sz]ation|institution))"
    # (a label's mark may be a colon, a table's bar or dot leaders: "Contributing body ..... Kestrel Bay")
    r"[ \t*_]*(?:[:|]|\.{3,})[ \t*_]*(?P<inline>(?!\d)(?![^\n]*@)[^\n]*)",
    re.IGNORECASE,
)
_SESSION = re.compile(rf"(?P<ord>{ORDINAL_WORDS})\s+(?:annual\s+)?session", re.IGNORECASE)
_SESSION_OF_CSTD = re.compile(
    # "the 29th session of the (United Nations) Commission on Science ...", "the 29th CSTD session"
    rf"(?P<ord>{ORDINAL_WORDS})\s+(?:annual\s+)?(?:(?:session|meeting)\s+of\s+the\s+(?:(?:United\s+Nations|UN)\s+)?"
    rf"(?:CSTD\b|Commission\s+on\s+Science)|CSTD\s+session\b)"
    # a note verbale: "with a view to the Commission's deliberations at its twenty-ninth session"
    # or "ahead of the Commission's twenty-ninth session"
    rf"|\bCommission['’]s\s+(?:\w+\s+at\s+its\s+)?(?P<deliberations>{ORDINAL_WORDS})\s+session"
    # "... for Development, for consideration at its twenty-ninth session", "in view of its 29th session"
    rf"|Commission\s+on\s+Science\s+and\s+Technology\s+for\s+Development[^.\n]{{0,40}}?\b(?:at|of)\s+its\s+"
    rf"(?P<its>{ORDINAL_WORDS})\s+(?:annual\s+)?session"
    # a title block's row: "Session | Twenty-ninth - CSTD, 2026 cycle"
    rf"|(?:^|\n)[ \t*_]*Session[ \t*_]*[:|][ \t*_]*(?P<label>{ORDINAL_WORDS})\b"
    # a title block's row: "Session | Commission on Science and Technology for Development, 28th session (2025)",
    # or its line below: "Commission on Science and Technology for Development\nTwenty-eighth session, Geneva, 2025"
    # or wrapped: "Submitted to: Commission on Science and Technology for Development\n   (CSTD), 29th session"
    rf"|Commission\s+on\s+Science\s+and\s+Technology\s+for\s+Development(?:\s*\(\s*CSTD\s*\))?\s*[,\n]\s*"
    rf"(?P<after>{ORDINAL_WORDS})\s+session",
    re.IGNORECASE,
)
_CSTD_NUMBER = re.compile(r"\bCSTD[\s-]*(?P<number>\d{1,2})(?!\d|\.\d)")
# the session named by its year alone: "Filed for: CSTD 2026"
_CSTD_YEAR = re.compile(r"\bCSTD[\s-]*(?P<year>20\d\d)\b(?![\s-]*\d)")
# The CSTD has met once a year since its ninth session (Geneva, May 2006): session N in year
# N + 1997 (the 25th from 28 March to 1 April 2022, the 28th from 7 to 11 April 2025; UNCTAD's
# CSTD session pages). A year written by the session in the text (its dates) comes first.
ANNUAL_SINCE = 9


def session_year(number: int) -> int | None:
    return number + 1997 if number >= ANNUAL_SINCE else None


def session_of_year(year: int) -> int | None:
    """The session held in `year` ("CSTD 2026" is the 29th), for the years of annual sessions."""
    return year - 1997 if year - 1997 >= ANNUAL_SINCE else None


_CSTD = re.compile(
    r"Commission\s+on\s+Science\s+and\s+Technology\s+for\s+Development(?:[\s*_]*\(\s*CSTD\s*\))?|\bCSTD\b",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(r"(?P<place>[A-Z][A-Za-zÀ-ÿ .'-]{2,30}?)\s*,\s*(?P<date>[^\n]{6,60})")
_REPORTING = re.compile(
    r"(?:(?:their|its|our)\s+)?(?:efforts|activities|progress|work|achievements|contribution)\s+(?:made\s+)?(?:in|during|over)\s+"
    r"(?:the\s+(?:year|period)\s+)?(?P<date>(?:19|20)\d\d(?:\s*(?:-|–|to|and)\s*(?:19|20)\d\d)?)",
    re.IGNORECASE,
)
# "Below is our input on what LACRA and our member stations did in 2022 on the WSIS action lines"
_REPORTING_DID = re.compile(
    r"\bwhat\s+[^.\n]{2,80}?\s+(?:did|achieved|carried\s+out)\s+in\s+(?P<date>(?:19|20)\d\d)\b(?=[^.\n]{0,40}\bWSIS\b)"
)
_REPORTING_ALT = re.compile(
    r"reporting\s+period\s*(?::|of|covers|is)?\s*(?:the\s+year\s+)?(?P<date>(?:19|20)\d\d(?:\s*(?:-|–|to|and)\s*"
    r"(?:19|20)\d\d)?)",
    re.IGNORECASE,
)

# "Reporting period: 1 January to 31 December 2025", "Period covered: calendar year 2023", "Reporting
# year: 2022", a title-block table's "Period covered | October 2023 to September 2024"
_REPORTING_LABEL = re.compile(
    r"(?:reporting\s+(?:period|year|window)|period\s+(?:covered|under\s+review)|p[ée]riode\s+couverte|"
    r"periodo\s+(?:cubierto|del\s+informe)|window\s+under\s+review|period\s+reported|"
    # "Financial year covered:", "Operating year under review:"
    r"(?:(?:financial|fiscal|operating|calendar|programme)\s+)?year\s+(?:covered|under\s+review)|"
    r"(?:twelve|12)\s+months\s+covered|"
    # a title block's own words, on a line of their own: "Coverage: ECCAC fiscal year 2025", "Our
    # year: FY2025", "What it covers: the twelve months ending 31 December 2025"
    r"(?<![^\n])[ \t*_-]*(?:period|coverage|covering|our\s+year|what\s+it\s+covers|time\s*frame)"
    r"(?=[ \t*_]*(?::|\||\.{3})))"
    # a questionnaire's question, its answer below or in the next cell: "Q2. PERIOD COVERED BY YOUR
    # REPLY\n\n1 January ...", "Period covered by this report | 1 January 2025 – 31 December 2025",
    # "Period covered by this report: January-November 2025"
    r"(?:\s+by\s+(?:your|our|this|the)\s+(?:reply|response|report|submission|contribution|input)\??[ \t]*(?=\n|\||:))?"
    # or with no mark before its months: "... (CSTD), 2025 - reporting period October 2023 to September 2024"
    rf"\s*(?::|covers|is|\||\.{{3,}}|(?<=\n)|(?=\s+(?:from\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\b))"
    # (its days may stand in brackets on the next line: "fiscal year 2024/25\n    (1 July 2024 - ...)")
    r"\s*(?P<date>[^\n;|]{0,120}?(?:19|20)\d\d(?:(?:[^\n;|]|\n(?=[ \t]+\()){0,100}(?:19|20)\d\d)?)",
    re.IGNORECASE,
)

# a title's "national progress report for the period January-December 2024"
_REPORTING_FOR = re.compile(
    r"\b(?:for|covering|over|during)\s+the\s+(?:reporting\s+)?period\s+(?:of\s+|from\s+)?"
    r"(?P<date>[^\n;|.]{0,60}?(?:19|20)\d\d(?:[^\n;|.]{0,40}?(?:19|20)\d\d)?)",
    re.IGNORECASE,
)

# "Covering the financial year ending 30 June 2025", "the twelve months to 31 December 2025": the
# year up to that day
_YEAR_ENDING = re.compile(
    r"\b(?:(?:financial|fiscal)\s+year|(?:twelve|12)[ -]months?|FY\s?\d{2,4}(?:/\d\d)?\s*\(?)\s*"
    # ("the twelve months that closed on 30 June 2025")
    r"(?:ending|ended|up\s+to|to|(?:that|which)\s+(?:closed|ended)\s+on)\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)"
)

# "covering the 2025 calendar year", "for the 2024 financial year"
_REPORTING_YEAR_OF = re.compile(
    r"\b(?:(?:covering|for|on|over)\s+the\s+(?=(?:19|20)\d\d(?:/\d\d)?\s+(?:calendar|fiscal|financial|reporting)\s+year\b)"
    # "everything below happened in calendar 2025"
    r"|in\s+calendar\s+(?:year\s+)?)(?P<date>(?:19|20)\d\d(?:/\d\d)?)",
    re.IGNORECASE,
)

# "This letter covers our activities from January to December 2024", "it covers ... the period from"
_REPORTING_COVERS = re.compile(
    # ("covers the activities undertaken in Velmora in 2024")
    r"(?:\bcover(?:s|ing)\s+(?:(?:our|its|their|the)\s+(?:\w+\s+)?(?:activities|work|efforts)"
    r"(?:\s+(?:undertaken|carried\s+out|conducted)(?:\s+(?:in|by)\s+(?:the\s+)?[A-Z][\w-]+)?)?\s+(?:from|in|during|between|over)|"
    # "it covers the fiscal year 2024/25, that is, the period from 1 July 2024 to 30 June 2025"
    r"[^.\n]{0,60}?\bthe\s+period\s+(?:from|of|between)|"
    # "The attached annex covers our financial year FY2024/25 (1 April 2024 to 31 March 2025)"
    # ("... covers our shared fiscal year, 1 July 2024 - 30 June\n2025", hard-wrapped)
    # ("It covers the year 2024")
    r"(?:our|its|their|the)\s+(?:(?:\w+\s+)?(?:financial|fiscal|calendar|reporting)\s+)?year)"
    # "our answers cover the calendar year 2025"
    r"|\b(?:answers|replies)\s+cover(?:\s+the)?),?\s+"
    r"(?P<date>[^\n;|.]{0,60}?(?:19|20)\d\d(?:(?:[^\n;|.]|\n(?![ \t]*\n)){0,40}?(?:19|20)\d\d)?)",
    re.IGNORECASE,
)

_REPORTING_LEAD = re.compile(
    r"\b(?:During|In|Throughout)\s+(?P<date>(?:19|20)\d\d)\s*,?\s+(?:our|the|its|their)\s+(?:\w+\s+)?"
    r"(?:work|activities|efforts)\b",
)

_REPORTING_TITLE = re.compile(
    r"(?:outcomes\s+of\s+the\s+(?:WSIS|World\s+Summit\s+on\s+the\s+Information\s+Society)|implementation)[^.\n]{0,40}?"
    # ("... OF THE WSIS DURING THE YEAR 2023")
    r"\s(?:in|during)\s+(?:the\s+year\s+)?(?P<date>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# a submission that is an excerpt of its annual report: "Excerpt from the Annual Report 2021 (pages 12–14)"
_REPORTING_EXCERPT = re.compile(
    r"\b(?:Excerpts?|Extracts?)\s+(?:from|of)\s+(?:the|its|our)\s+(?:[A-Z][\w-]*\s+){0,4}?Annual\s+Report\s+"
    r"(?P<date>(?:19|20)\d\d)\b"
)

_REGIONAL_COMMISSION = r"\bEconomic (?:and Social )?Commission for\b"
_TYPE_RULES = [
    ("regional_commission", _REGIONAL_COMMISSION),
    # a national research and education network serves universities, and is of the technical community
    ("technical_community", r"\bResearch\s+and\s+Education\s+Network\b|\bNREN\b"),
    ("un_entity", r"\bUnited Nations\b|^UN\b|\bUN[- ]|\bUNESCO\b|\bUNICEF\b|\bUNCTAD\b|\bUNDP\b|\bITU\b"),
    (
        "government",
        # ("Tarsenne City Digital Office")
        r"\b(?:City|County|Municipal|Metropolitan)\s+(?:[A-Z][\w-]+\s+){0,3}(?:Office|Department|Directorate|Administration)\b|"
        # ("Statistics Selvania", "Agencia de Gobierno Digital e Innovación")
        r"^Statistics\s+[A-Z][a-z]+$|\bGobierno\b|\bGouvernement\b|\bGoverno\b|"
        # ("Standing Committee on Information and Communication Technologies": a parliament's)
        r"^(?:Standing|Select|Portfolio|Parliamentary)\s+Committee\b|\bParliament\b|\bNational\s+Assembly\b|"
        # ("National Association of Municipalities of Belmora": the local governments' own body)
        r"\bAssociation\s+of\s+(?:Municipalities|Local\s+(?:Governments|Authorities)|Counties)\b|"
        # ("Tavaleu Communications Authority")
        r"\b(?:Communications|Telecommunications?|Regulatory|Cybersecurity|Digital|ICT|Data\s+Protection)\s+"
        r"(?:Authority|Commission|Agency)\b|"
        r"\bMinistry\b|\bMinisterio\b|\bMinistère\b|\bMinistério\b|\bGovernment\b|\bCity of\b|\bMunicipal(?:ity)?\b|\bCity Council\b|\bRepublic\b|\bKingdom\b|\bDepartment of\b|\bNational .*(?:Authority|Agency|Commission|Bureau|Statistics|Statistical Office|Library|Archives|Observatory)\b|\bRegulatory\b|\bMission of\b|\bState of\b",
    ),
    (
        "academia",
        r"\bUniversit(?:y|ies|é|és|ad|ades|ade|ät|äten|ario|aria|arios|arias)\b|\bStudies\b|\bCollege\b|\bAcademy\b|\bSchool of\b|\bResearch\b|\bInstitute of Technology\b|\bAcademic\b",
    ),
    (
        "technical_community",
        r"\bInternet Society\b|\bICANN\b|\bIETF\b|\bW3C\b|\bNetwork Information Cent(?:re|er)\b|\bRIPE\b|\bRegistry\b"
        r"|\bTechnical Community\b|\bNetwork Operators'? (?:Group|Forum)\b|\bInternet Exchange\b|\bRegional Internet Registry\b",
    ),
    (
        "private_sector",
        # (a "Telecommunications Union" is a union of states)
        r"\b(?:Inc|Ltd|Limited|LLC|plc|GmbH|S\.A|AG|Corporation|Corp|Company|Technologies(?=\W*$)|"
        r"Telecom(?:munications)?(?!\s+(?:Union|Organi[sz]ation|Regulatory|Authority|Commission)))\b\.?"
        r"|\bChamber of Commerce\b|\bBusiness\b|\bCommerce\b|\bIndustr(?:y|ies)\b|\bEnterprises?\b|\bTrade\s+Association\b",
    ),
    (
        "international_organization",
        r"\b(?:Union|Organi[sz]ation|Bank|Agency)\b.*\b(?:African|European|Asian|Arab|Islamic|International|World|Inter-?American|Regional)\b|\b(?:African|European|Asian|Arab|Islamic|International|World|Inter-?American)\b.*\b(?:Union|Organi[sz]ation|Bank)\b"
        # a body whose members are states' authorities: "Great Lakes Association of Communications Regulators"
        r"|\b(?:Association|Network|Forum|Union)\s+of\b.*\b(?:Regulators|Ministries|Ministers)\b"
        # a union of states' administrations: "Indian Ocean Telecommunications Union", "Postal Union"
        r"|\b(?:Telecommunications?|Postal)\s+Union\b"
        # a regional economic community of states: "Southern Savannah Economic Community", "East
        # African Community", "Southern African Development Community"
        r"|\b(?:Economic|Development|African)\s+Community\b",
    ),
    (
        "civil_society",
        r"\bFoundation\b|\bAssociation\b|(?<!Information )\bSociety\b|\bNetwork\b|\bAlliance\b|\bCoalition\b|\bInternational\b|\bCouncil\b|\bFederation\b|\bTrust\b|\bNGO\b|\bInitiative\b|\bCent(?:re|er)\b"
        # (in Spanish, French and Portuguese: "Asociación Red Comunitaria Andina", "Fondation ...")
        r"|\b(?:Asociaci[óo]n|Associa[çc][ãa]o|Fundaci[óo]n|Funda[çc][ãa]o|Fondation|Colectivo|Collectif|Coletivo)\b"
        # ("Red Latinoamericana de Telecentros Comunitarios")
        r"|^(?:Red|Rede|Réseau|Alianza|Aliança|Coalici[óo]n)\b",
    ),
]


@dataclass
class Metadata:
    entity_name: str | None = None
    entity_short: str | None = None
    entity_type: str = "other"
    entity_span: tuple[int, int] | None = None
    title_end: int = 0
    block_end: int = 0  # the end of the title block (0 when no submitter's line was found)
    session: dict = field(default_factory=dict)
    session_spans: list[tuple[int, int]] = field(default_factory=list)
    reporting: tuple[str, str] | None = None
    reporting_span: tuple[int, int] | None = None
    place_date_span: tuple[int, int] | None = None


# a stakeholder group named in brackets after the submitter's name, and the type it gives
_GROUPS = {
    r"private\s+sector|business": "private_sector",
    r"civil\s+society|NGO|non-governmental\s+organi[sz]ation": "civil_society",
    r"academia|academic": "academia",
    r"government": "government",
    r"technical\s+community": "technical_community",
    r"intergovernmental\s+organi[sz]ation|international\s+organi[sz]ation": "international_organization",
    r"UN\s+entity|United\s+Nations\s+entity": "un_entity",
}
_GROUP_IN_BRACKETS = "(?:" + "|".join(_GROUPS) + ")"


def _clean_name_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in ' \t*_#>:|"“':
        start += 1
    while end > start and text[end - 1] in ' \t*_.,;:|"”':
        end -= 1
    if re.search(rf"\b(?:{LEGAL_FORMS_WITH_STOP})$", text[start:end]) and text[end : end + 1] == ".":
        end += 1  # a company's legal form keeps its full stop: "Corvana Technologies Pte. Ltd."
    # a memo's sender by office: "From: Chief Executive, Tavaleu Communications Authority (TCA)"
    office = re.match(
        r"(?:Chief\s+Executive(?:\s+Officer)?|(?:Executive\s+)?Director(?:[- ]General)?|Secretary[- ]General|Head|"
        r"Chair(?:person)?|President|Permanent\s+Secretary|Coordinator),\s+(?=[A-Z])",
        text[start:end],
    )
    if office:
        start += office.end()
    # a line of labels after the name: "Valkyra Cybersecurity S.A. · Private sector · Port Selene"
    dotted = text.find(" · ", start, end)
    if dotted > start + 2:
        end = dotted
    # "Government of the Republic of Marenza, through the National ... Authority (NICTA)"; "Kestrel
    # Digital Foundation, the corporate foundation of Kestrel Technologies plc": what follows the
    # name describes it
    # "Kalahari-Limpopo Inter-University Consortium on the Digital Society, known as KLIDS. The
    # secretariat rotates ...": a questionnaire's answer goes on after the name
    described = re.search(
        r",\s+(?:through|via|acting\s+through|represented\s+by|on\s+behalf\s+of|(?:also\s+)?known\s+as|"
        r"(?:the|an?)\s+(?=[a-z]))|(?<![A-Z])(?<!Prof)(?<!Dr)(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Mx)(?<!Ing)(?<!St)(?<!Pte)(?<!Pty)"
        r"\.\s+(?=[A-Z][a-z])",
        text[start:end],
    )
    if described and described.start() > 2:
        end = start + described.start()
    # a PDF's next line run on after the name: "Ministry of Digital Affairs and Innovation Commission
    # on Science and Technology for Development, twenty-eighth session, ..."
    run_on = _CSTD.search(text, start + 3, end)
    if run_on:
        end = run_on.start()
        while end > start and text[end - 1] in " \t":
            end -= 1
    # ... or the document's own description: "Verdier Foundation for Digital Equity Excerpt from the
    # Annual Report 2021 (pages 12–14), submitted as an input to the report ..."
    about = re.search(
        r"\s+(?:Excerpts?|Extracts?)\s+(?:from|of)\b|,?\s+(?:submitted|prepared|presented)\s+(?:as|to|for)\b",
        text[start:end],
    )
    if about and about.start() > 2:
        end = start + about.start()
    # "ESCWA, Cluster on Technology and Innovation, Beirut": the body, not its unit
    # (or "Lumora Mobile Communications Ltd, Group Sustainability & Public Policy Office")
    unit = re.search(
        # ("Kilindini University (KU), Office of the Deputy Vice-Chancellor (Research, ...)")
        r",\s+(?:the\s+)?(?:Cluster|Division|Section|Department|Unit|Branch|Directorate|Service|Office\s+of)\b"
        r"|,\s+(?:[A-Z][\w-]*\s+|&\s+){1,5}(?:Office|Unit|Team|Desk|Division|Department|Directorate)$",
        text[start:end],
    )
    if unit and unit.start() > 2:
        end = start + unit.start()
    # drop a trailing "on its efforts..." tail when the name shares the line with the template
    # ("Organization for Learning and Knowledge" keeps its "for": a name goes on in capitals)
    tail = re.search(r"\s+(?:on|to|for|regarding|in response)\s+(?!(?:the\s+)?[A-Z])", text[start:end])
    if tail and tail.start() > 2:
        end = start + tail.start()
        while end > start and text[end - 1] in " \t,;":
            end -= 1
    # "World Digital Commerce Council (WDCC), Brussels", "Global Coalition for Digital Dignity (GCDD),
    # an international coalition of ...": the name ends with its acronym
    located = re.match(
        # (or "Centre for Digital Rights and Development (CDRD) at the Universidad ..., Chile")
        # (or "Nordhavn Institute for Technology Policy (NITP), Copenhagen · January 2023")
        rf".*?{_ACRONYM_IN_BRACKETS}(?=(?:,\s*[A-Z][\w .'’-]{{1,40}})+$|,\s*[A-Z][\w .'’-]{{1,40}}\s+[·|–—]\s+[^()]{{1,40}}$|"
        r",\s+(?:an?|the)\s|\s+of\s+the\s+[A-Z]|"
        # (or its document's title: "(MCRA) Annual Summary 2023", or its co-signatories: "(IDAC) and the
        # signatory organisations listed below")
        r"\s+(?:(?:Annual|Progress|Activity|Year)\s+)?(?:Summary|Report|Review|Update|Statement)\b[^()]{0,40}$|"
        r"\s+and\s+(?:the|its|our|other)\s+[a-z]|"
        # (or its seat and the day it wrote: "(IISC) Montreal, 20 January 2023")
        rf"\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s*\d{{1,2}}\s+(?:{MONTH_NAMES})\s+(?:19|20)\d\d$|"
        # (or its address run on after it: "... (MCIDE) P.O. Box 1174, Government Buildings")
        r"\s+(?:P\.?\s?O\.?\s*Box|Ref\.|Tel\.|E-?mail\b|Address\b)|"
        # (or its gloss, or who prepared it: "(MENP) [Ministry of the Digital Economy and Posts]",
        # "(APNISR) Prepared by the APNISR Secretariat")
        r"\s*\[[^\]\n]{3,120}\]$|\s+(?:Prepared|Submitted|Compiled|Written)\s+by\b|"
        # (or a tagline a PDF's line ran on: "(HREC) National human rights institution of the Republic",
        # after its seat: "(HIDG), Lisbon Governing data and algorithms in the public interest")
        r"\s+[A-Z][a-z]+\s+[a-z][^()]{3,120}$|,\s*[A-Z][\w'’.-]+\s+[A-Z][a-z]+\s+[a-z][^()]{3,160}$|"
        rf"\s+(?:at|in|within|based\s+in|hosted\s+by)\s)",
        text[start:end],
    )
    if located:
        end = start + located.end()
    # "the Department of International Cooperation, 12 January 2026": the day it was sent
    dated = re.search(rf",\s*\d{{1,2}}\s+(?:{MONTH_NAMES})\s+(?:19|20)\d\d$", text[start:end])
    if dated:
        end = start + dated.start()
    # "the CANOXA Secretariat, Port of Spain, Trinidad and Tobago": a secretariat, then its seat
    seated = re.match(r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){1,6}Secretariat),\s", text[start:end])
    if seated:
        end = start + seated.end("name")
    # "ESAPU Secretariat, Arusha, United Republic of Tanzania": a city, then its state
    city_state = re.match(
        rf"(?P<name>[^,]+),\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s*(?:the\s+)?{STATE_FORM}\b",
        text[start:end],
    )
    if city_state:
        end = start + city_state.end("name")
    # "MDEC – Republic of Marendia", a letterhead's name and then, after a dash, its state
    dashed = re.match(rf"(?P<name>.+?)\s+[–—-]\s+(?:the\s+)?{STATE_FORM}\s+of\s+[^,]+$", text[start:end])
    if dashed:
        end = start + dashed.end("name")
    # "Tuko Pamoja Digital Inclusion Network, Nairobi, Kenya": the name ends before its place;
    # "Ministry of ..., Republic of Maravia" keeps its state, which is part of its name
    placed = re.match(
        r"(?P<name>[^,]*[^,\s]\s+[^,\s][^,]*?)(?:,\s*(?!(?:Republic|Kingdom|State|Government|Federal|Commonwealth|"
        r"Principality|Sultanate|Emirate|People|Ltd|Inc|LLC|Plc|PLC|GmbH|AG|S\.?A)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){1,2}$",
        text[start:end],
    )
    if placed:
        end = start + placed.end("name")
    # "Orvanta Mobile Group (private sector)": the stakeholder group in brackets is no part of the name
    kind = re.search(rf"\s*\({_GROUP_IN_BRACKETS}\)$", text[start:end], re.IGNORECASE)
    if kind:
        end = start + kind.start()
    lead = re.match(r"(?:the|The|THE)\s+", text[start:end])
    if lead:
        start += lead.end()
    while end > start and text[end - 1] in ' \t*_.,;:"”':
        end -= 1
    if text[end : end + 1] == "." and re.search(
        r"(?:\b[A-Z]\.[A-Z]|\b(?:Inc|Ltd|Co|Corp|Bhd))$", text[start:end]
    ):
        end += 1  # "Orbisyn Technologies S.A.", "Lumora Holdings Inc.": the abbreviation's point
    return start, end


# a person, by a title or by the office after the name: "Prof. Miriam Okafor-Lindqvist, Director"
# the offices of people who sign
_OFFICES = (
    r"Director|Head|Chair|President|Secretary|Manager|Officer|Coordinator|Chief|Executive|CEO|Minister|"
    r"Ambassador|Adviser|Advisor|Lead|Representative"
)
_PERSON = re.compile(
    r"(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms|Mx|H\.\s?E|Ambassador|Sir|Dame)\.?\s+[A-Z]"
    rf"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){{1,3}},\s+(?:the\s+)?(?:{_OFFICES})\b"
)


# who wrote the text: "Written by | The Education & Technology Programme of the Halcyon Policy Lab".
# Read only when no other line names the submitter: "Prepared by" often names a unit or a person.
_AUTHORED_BY = re.compile(
    r"(?:^|\n)[ \t*_#>]*(?:Written|Prepared|Compiled)\s+by[ \t*_]*[:|][ \t*_]*(?P<inline>[^\n]*)",
    re.IGNORECASE,
)


def find_submitter(text: str) -> tuple[tuple[int, int] | None, int]:
    """Span of the submitter's name and the end of the line naming it (end of the title block).
    A forwarded e-mail's submission is read below the forwarding: the title block stands under
    the last header ("From: ...", "Date: ...", "Subject: ...") or the rule that opens it."""
    found = _submitter_in(text)
    starts = _forwarded_starts(text)
    if starts and (found[0] is None or found[0][0] < starts[0]):  # none, or a name in the headers
        for start in starts:
            below = _submitter_in(re.sub(r"[^\n]", " ", text[:start]) + text[start:])
            if below[0] is not None:
                return below
    return found


# where a forwarded submission may begin: after an e-mail's block of headers, or a rule of "=" or "-"
_FORWARDED_START = re.compile(
    rf"(?:^{MAIL_LABEL}[^\n]*\n){{3,}}|^[ \t]*(?:={{5,}}|-{{5,}}[^\n]*)[ \t]*\n",
    re.MULTILINE,
)


def _forwarded_starts(text: str) -> list[int]:
    forwarded = r"^[ \t]*-+\s*(?:Forwarded message|Original Message)\s*-+"
    if not re.search(forwarded, text, re.MULTILINE | re.IGNORECASE):
        return []
    starts = [m.end() for m in _FORWARDED_START.finditer(text, 0, 6000)]
    return [start for start in starts if not _MAIL_LABEL.match(text, start)]


_MAIL_LABEL = re.compile(rf"\s*{MAIL_LABEL}")


# a unit named without its body: "Submitted by the Department of International Cooperation"
_UNIT_ONLY = re.compile(
    r"(?:[Tt]he\s+)?(?:Department|Division|Directorate|Office|Unit|Section|Service|Team)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w-]*|and|&)(?:\s+(?:[A-Z][\w-]*|and|&|of|for))*"
)


def _submitter_in(text: str) -> tuple[tuple[int, int] | None, int]:
    found = _labelled_submitter(
        text, (_SUBMITTER, _SUBMITTED_BY, _SUBMITTER_LABEL, _SUBMITTER_FROM, _TRANSMITS, _ON_BEHALF)
    )
    if found is not None and _UNIT_ONLY.fullmatch(text[found[0][0] : found[0][1]]):
        # the unit's body, when the title block names one above it
        heading = _heading_submitter(text)
        if heading[0] is not None and heading[0][0] < found[0][0]:
            span = heading[0]
            if not _STATE_ALONE.fullmatch(text[span[0] : span[1]]) and not _UNIT_ONLY.fullmatch(
                text[span[0] : span[1]]
            ):
                found = heading
    if found is None:
        found = _heading_submitter(text)
        # a state's name alone above the title: the body that says it is pleased to share the report
        if found[0] is None or _STATE_ALONE.fullmatch(text[found[0][0] : found[0][1]]):
            found = _labelled_submitter(text, (_PLEASED,)) or found
    if found[0] is None:
        found = _labelled_submitter(text, (_AUTHORED_BY,)) or _closing_submitter(text) or _signed_by(text)
    return found


def _closing_submitter(text: str) -> tuple[tuple[int, int], int] | None:
    """The organisation a closing line names: "Submitted by the Secretariat of Interlink Communities
    Federation, Nairobi" ends a report whose name stands only in its page footers."""
    closings = list(_SUBMITTED_BY.finditer(text, max(0, len(text) - 1500)))
    if not closings or not closings[-1].group("inline").strip():
        return None
    closing = closings[-1]
    start, end = _clean_name_span(text, closing.start("inline"), closing.end("inline"))
    served = re.match(r"(?:the\s+)?Secretariat\s+of\s+(?:the\s+)?", text[start:end], re.IGNORECASE)
    if served:
        start += served.end()
    # (a name, not a role: "Submitted by the network's coordinator, February 2025")
    if _PERSON.match(text[start:end]) or not 2 <= end - start <= 150 or not text[start:end][:1].isupper():
        return None
    return (start, end), 0


def _closing(text: str, match: re.Match) -> bool:
    """Whether a "Submitted by ..." line closes the document rather than opening it: well into the
    text, with at most a signature, a date and contacts after it ("Submitted by the Technical
    Secretariat, 28 October 2024." under the last answer of a questionnaire)."""
    after = text[match.end() :]
    return match.start() > 1000 and len(re.sub(r"\s", "", after)) < 300


def _labelled_submitter(text: str, patterns: tuple[re.Pattern, ...]) -> tuple[tuple[int, int], int] | None:
    """The name after the first of `patterns` to name one, on its line or the next."""
    head = text[:6000]
    for pattern in patterns:
        for match in pattern.finditer(head):
            if pattern in (_SUBMITTER_LABEL, _AUTHORED_BY) and match.start() > 1500:
                break  # a label further on names a partner ("Organization: ITU"), not the submitter
            if pattern is _SUBMITTED_BY and _closing(text, match):
                continue  # (a closing line, see `_closing_submitter`)
            inline = match.group("inline")
            # (a line that stops at its article names the body on the next: "Submission by the")
            if inline.strip(" \t*_:") and not re.fullmatch(r"[ \t*_:]*the[ \t*_:]*", inline, re.IGNORECASE):
                start, end = _clean_name_span(text, match.start("inline"), match.end("inline"))
                if _PERSON.match(text[start:end]) or _PERSON.match(inline.strip(" \t*_:")):
                    continue  # "Submitted by: Prof. Miriam Okafor-Lindqvist, Director": who signs
                if 2 <= end - start <= 150 and re.search(r"[A-Z]", text[start:end]):
                    return (start, end), match.end("inline")
                continue
            # the name is on the next non-empty line
            position = match.end()
            rest = text[position : position + 400]
            line_match = re.search(r"\n[ \t]*([^\n]*\S)", rest)
            if line_match is None:
                continue
            start = position + line_match.start(1)
            end = position + line_match.end(1)
            # a state's name above its ministry: "Submission by\n\nSAINT ELOWEN\nMinistry of ..."
            below = re.match(
                r"\n[ \t]*(?P<line>(?:Ministry|Ministerio|Minist[èe]re|Department|Office|Agency)\b[^\n]*\S)",
                text[end:],
            )
            # ... or a state alone above its body, a blank line apart: "Republic of Sarvania\n\n
            # National e-Government Agency (NeGA)"
            state_alone = _STATE_ALONE.fullmatch(text[start:end].strip(" *_#")) and not re.search(
                r"[–—,(]", text[start:end]
            )
            if below is None and state_alone:
                below = re.match(
                    r"\n(?:[ \t]*\n)?[ \t*_#]*(?P<line>[A-Z][^\n]{2,120}?)[ \t*_]*(?:\n|$)", text[end:]
                )
                # (with its short name, or a name alone on its line: "Republic of Maravesi\n\nNational
                # Bureau of Statistics of Maravesi")
                if below and not (
                    ORGANISATION_WORDS.search(below.group("line"))
                    and (
                        _ACRONYM_TAIL.search(below.group("line"))
                        or _NAME_ALONE.fullmatch(below.group("line"))
                    )
                ):
                    below = None
            # (or a ministry above its department that has a short name of its own: "MINISTRY OF
            # HEALTH, REPUBLIC OF SALVANYA\nDepartment of Digital Health (DDH)")
            if below and (
                state_alone
                or not ORGANISATION_WORDS.search(text[start:end].title())
                or _ACRONYM_TAIL.search(below.group("line"))
                and not below.group("line").startswith("Minist")
            ):
                start, end = end + below.start("line"), end + below.end("line")
            line_end = end
            start, end = _clean_name_span(text, start, end)
            if 2 <= end - start <= 150:
                return (start, end), line_end
    return None


_ROLE = re.compile(rf"\b(?:{_OFFICES})\b")


def _signed_by(text: str) -> tuple[tuple[int, int] | None, int]:
    """The organisation a letter's signature names, under the person who signs and their office:
    "Kind regards,\n\nThandiwe Mokoena (Dr)\nExecutive Director\nSouthern African Universities
    Network for Digital Knowledge (SAUNDK)"."""
    closings = list(LETTER_CLOSING.finditer(text))
    if not closings:
        return None, 0
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text[closings[-1].end() :]))[1:5]  # after the person
    for line in lines:
        words = line.group(0).strip()
        if _ROLE.search(words) or "@" in words or re.search(r"\d", words):
            continue
        offset = closings[-1].end() + line.start() + (len(line.group(0)) - len(line.group(0).lstrip()))
        named = _NAME_WITH_ACRONYM.fullmatch(words) or _NAME_ALONE.fullmatch(words)
        if named:
            start, end = _clean_name_span(text, offset + named.start("name"), offset + named.end("name"))
            return (start, end), 0
        break
    return None, 0


# a letterhead's acronym before the name it stands for: "CEMSE – Confederation of European Micro and
# Small Enterprises for the Digital Economy"
_ACRONYM_DASH_NAME = re.compile(r"(?P<acronym>[A-Z][A-Z0-9&]{1,9})\s+[–—-]\s+(?P<name>[A-Z][^\n()]{3,150}?)")


def _stands_for(acronym: str, name: str) -> bool:
    """Whether an acronym is made of the initials of a name, or of the name's first words (CEMSE:
    "Confederation of European Micro and Small Enterprises for the Digital Economy")."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return initials_match(acronym, name) or (len(acronym) >= 3 and initials.startswith(acronym))


# A title block's first lines may name the submitter without "Submission by": "Indian Ocean
# Internet Technical Community (IOITC)", "TANDEM MOBILE HEALTH LTD -- input for CSTD 27".
_NAME_WITH_ACRONYM = re.compile(rf"(?P<name>[A-Z][^\n()]{{3,120}}?)\s*{_ACRONYM_IN_BRACKETS}\s*$")
# "Ministry of Digital Economy and Posts (Ministère de l'Économie Numérique et des Postes)": the name
# with its name in another language
_NAME_WITH_TRANSLATION = re.compile(
    r"(?P<name>[A-Z][^\n()]{3,120}?)\s*\([A-ZÀ-Þ][^\n()]*\s[^\n()]{8,150}\)\s*$"
)
_NAME_BEFORE_TITLE = re.compile(
    r"(?P<name>[A-Z][^\n|·]{3,80}?)(?:\s+(?:--|–|—|-|\||·)|\s*:)\s+(?:\w+\s+){0,2}?(?:input|contribution|submission|response|report|reply)\b",
    re.IGNORECASE,
)


# a company's legal form, which a name may write in lower case ("... plc")
_LEGAL_FORMS = {"plc", "ltd", "inc", "llc", "gmbh", "sarl", "pte", "pty"}
# "Digital Voices International" alone on the first line, above "Contribution to the report ..." (a
# word may open with "e-": "Varonia National e-Government Agency"; a company's legal form may be
# in lower case: "Savanna Link Communications plc")
_NAME_ALONE = re.compile(
    r"(?P<name>(?:[A-Z][\w’'&.-]*|of|for|and|the|on|in|de|du|des|la|le)(?:[ \t]+(?:(?:e-)?[A-Z][\w’'&.-]*|of|for|and|the|on|in|de|du|des|la|le|[-–—](?=[ \t]+[A-Z]))){1,9}"
    rf"(?:[ \t]+(?:{'|'.join(sorted(_LEGAL_FORMS))})\.?)?)"
)
# a place after a name alone on its line: ", WASHINGTON", ", Port of Spain"
_PLACE_AFTER = re.compile(r",[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*){0,2}[ \t]*$")
# a letterhead's state above the body that writes: "REPUBLIC OF MARAVIA"
_STATE_ALONE = re.compile(
    rf"(?:the\s+)?(?:{STATE_FORM}\s+of|(?:Rep[úu]blica|R[ée]publique|Reino|Royaume|Estado|[ÉE]tat|Gobierno|"
    r"Gouvernement|Governo)\s+(?:de(?:\s+la)?|del|du|da|do))\s+[^\n]{2,60}",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(
    r"(?:(?:annual|national|written)\s+)?(?:contribution|input|submission|response|report)\b", re.IGNORECASE
)


# a UN document's symbol block above its title: "ECCAC/DCSI/2025/INF.7", "Distr.: General",
# "14 November 2025", "Original: English"
_SYMBOL_BLOCK = re.compile(
    r"[A-Z]{1,10}(?:/[\w.()-]+){2,}|Distr\.?\s*:.*|Original\s*:.*|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|"
    r"General|Limited|Restricted"
)


# the document's title below a name alone: "Annual contribution ...", "Private-sector input on ...",
# "Joint statement and annual contribution on ..."
_TITLE_BELOW = re.compile(
    r"(?:[\w-]+\s+){0,4}?(?:contribution|input|submission|response|report)\s+(?:to|on|for|of|from|towards)\b",
    re.IGNORECASE,
)


# a first line, without an e-mail's "Subject:" label ("Subject: Lumora Mobile Limited - reply to ...")
_FIRST_LINE = re.compile(r"(?m)^(?:[ \t]*(?:Subject|Re|Fwd?)[ \t]*:[ \t]*)?(?P<line>[^\n]*\S[^\n]*)")


class _Line(NamedTuple):
    text: str
    start: int
    end: int


def _loose(name: str) -> str:
    """A pattern of the name whatever the spaces between its words (a line break, two spaces)."""
    return r"\s+".join(re.escape(word) for word in name.split())


def _wrapped_before_acronym(first: str, second: str) -> bool:
    """Whether a name's capitals wrap from `first` onto `second`, which ends with the acronym of
    the whole name (and not of its second line alone)."""
    found = re.fullmatch(rf"\s*(?P<rest>[^()]+?)\s*{_ACRONYM_IN_BRACKETS}\s*", second)
    return bool(
        found
        and not initials_match(found.group("acronym"), found.group("rest"))
        and initials_match(found.group("acronym"), f"{first} {found.group('rest')}")
    )


def _heading_submitter(text: str, lines: int = 4) -> tuple[tuple[int, int] | None, int]:
    """The submitter named by one of the first lines alone, with its acronym or before the
    document's title; in capitals, the same name written in mixed case further on is taken."""
    first_lines: list[_Line] = []
    # a translator's note above the title block is no part of it
    note = re.match(
        r"\s*(?:TRANSLATOR['’]S\s+NOTE|Translator['’]s\s+note|Note\s+by\s+the\s+translator)\b.*?\n[ \t]*\n",
        text,
        re.S,
    )
    head_from = note.end() if note else 0
    for m in _FIRST_LINE.finditer(text[: head_from + 1500], head_from):
        line = _Line(m.group("line"), m.start("line"), m.end("line"))
        if not re.search(r"[^\W\d_]", line.text) or _SYMBOL_BLOCK.fullmatch(line.text.strip()):
            continue  # a rule ("====="), a page number or a UN document's symbol block
        previous = first_lines[-1] if first_lines else None
        if previous and (
            re.search(r"\s(?:of|for|and|the|on|de|du|des)$", previous.text, re.IGNORECASE)
            # or, in capitals, before one or after a possessive: "TESSERA COALITION" / "FOR WOMEN'S" /
            # "DIGITAL RIGHTS"
            or (
                previous.text.isupper()
                and line.text.isupper()
                and (
                    re.match(r"\s*(?:OF|FOR|AND|ON|DE|DU|DES)\s", line.text)
                    or re.search(r"(?:['’]S|S['’])$", previous.text.rstrip())
                    # or when the line's acronym stands for both lines: "SOUTHERN SAVANNAH
                    # ECONOMIC" / "COMMUNITY (SSEC)"
                    or _wrapped_before_acronym(previous.text, line.text)
                )
            )
        ):
            # a name wrapped after a small word: "GREAT LAKES ASSOCIATION OF" / "COMMUNICATIONS REGULATORS"
            joined = text[previous.start : line.end]
            first_lines[-1] = _Line(re.sub(r"\s", " ", joined), previous.start, line.end)
            continue
        first_lines.append(line)
    first_lines = first_lines[:lines]
    state = None  # a state's name above a body's: the body writes, unless no other name is found
    state_word = ""  # the state's own name, which the body's name may open with
    for number, line in enumerate(first_lines):
        if _CSTD.search(line.text) and not re.search(
            r"\b(?:input|contribution|submission|response|reply)\b", line.text, re.I
        ):
            continue
        bilingual = re.fullmatch(
            r"(?P<name>[A-Z][^/\n]{3,120}?)\s+/\s+[A-ZÀ-Þ][^/\n]{3,120}", line.text.strip()
        ) or _NAME_WITH_TRANSLATION.fullmatch(line.text.strip())
        dashed = _ACRONYM_DASH_NAME.fullmatch(line.text.strip())
        found = (
            _NAME_WITH_ACRONYM.fullmatch(line.text.strip())
            or (dashed if dashed and _stands_for(dashed.group("acronym"), dashed.group("name")) else None)
            or (_NAME_WITH_TRANSLATION.fullmatch(line.text.strip()) if state else None)
            or _NAME_BEFORE_TITLE.match(line.text.strip())
            or (_NAME_ALONE.fullmatch(line.text.strip()) if number == 0 or (number == 1 and state) else None)
            # (with its place after a comma: "CITY OF PORT ALDER, WASHINGTON")
            or (
                _NAME_ALONE.match(line.text.strip())
                if number == 0 and _PLACE_AFTER.search(line.text)
                else None
            )
            or (
                _NAME_ALONE.fullmatch(bilingual.group("name"))
                if bilingual and (number == 0 or (number == 1 and state))
                else None
            )
        )
        if (
            found
            and found.re is _NAME_ALONE
            and not _STATE_ALONE.fullmatch(found.group("name").strip())
            and not any(
                _TITLE_LINE.match(following.text.strip()) or _TITLE_BELOW.match(following.text.strip())
                for following in first_lines[number + 1 : number + 4]
            )
            and not re.search(
                rf"(?:^|\n|\.\s)[ \t]*(?:The\s+)?{state_word}{_loose(found.group('name'))}(?:\s*\([^)\n]*\))?\s+"
                r"(?:is|are|has|have|hereby)\s",
                text,
                re.IGNORECASE if found.group("name").isupper() else 0,
            )
            # a letterhead in capitals whose organisation the text then names with its acronym:
            # "ECONOMIC COMMISSION FOR CENTRAL ASIA AND THE CAUCASUS" ... "Economic Commission for
            # Central Asia and the Caucasus (ECCAC)"
            and not (
                found.group("name").isupper()
                and ORGANISATION_WORDS.search(found.group("name").title())
                and re.search(
                    rf"{_loose(found.group('name'))}\s*{_ACRONYM_IN_BRACKETS}", text[line.end :], re.I
                )
            )
        ):
            # a name alone counts only above the document's title (or its slogan and title), or as
            # a letterhead when the letter goes on "Mesh for the Margins Trust is pleased to submit"
            found = None
        if (
            found is None
            or _CSTD.fullmatch(found.group("name").strip())
            or _TITLE_LINE.match(found.group("name"))
            # "Prepared as | Input for ...", "title: WSIS follow-up: 2025 contribution": a label or a
            # phrase, not a name, holds a word in lower case that no name holds
            or (
                found.re is _NAME_BEFORE_TITLE
                and any(
                    word[:1].islower()
                    and word not in _SMALL_WORDS
                    and word not in _LEGAL_FORMS
                    and not word.startswith("e-")
                    for word in found.group("name").split()
                )
            )
        ):
            continue  # not the document's title: "Annual contribution on the implementation of ... (WSIS)"
        offset = line.start + (len(line.text) - len(line.text.lstrip()))
        start, end = _clean_name_span(text, offset + found.start("name"), offset + found.end("name"))
        acronym = re.match(rf"\s*{_ACRONYM_IN_BRACKETS}", text[end : line.end])
        if text[start:end].isupper():  # the name as the text writes it elsewhere (its acronym is
            # then found beside the capitals by short_name_of), with its state's name before it:
            # "NATIONAL BUREAU OF STATISTICS" under "REPUBLIC OF LOMBARA" is the "Lombara National
            # Bureau of Statistics"
            mixed = re.search(state_word + _loose(text[start:end]), text[line.end :], re.IGNORECASE)
            # or, translated, by the translation in brackets below it that the text then writes:
            # "MINISTERIO DE TRANSFORMACIÓN DIGITAL" / "(Ministry of Digital Transformation)"
            translation = re.match(
                r"[ \t]*\n[ \t]*\((?P<name>[A-Z][^()\n]{3,120})\)[ \t]*\n", text[line.end :]
            )
            if translation and not (mixed and not mixed.group(0).isupper()):
                below = line.end + translation.end()
                mixed = re.search(_loose(translation.group("name")), text[below:])
                line_end = below
            else:
                line_end = line.end
            if mixed and not mixed.group(0).isupper():
                start, end = line_end + mixed.start(), line_end + mixed.end()
                acronym = None
        named = (start, end + (acronym.end() if acronym else 0)), line.end
        if state is None and _STATE_ALONE.fullmatch(text[start:end]):
            state = named
            own = re.search(
                r"\b(?:of|de|del|du|da|do)\s+(?:the\s+|la\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)\s*$",
                text[start:end],
                re.IGNORECASE,
            )
            state_word = rf"(?:{_loose(own.group(1))}\s+)?" if own else ""
            continue
        return named
    return state or (None, 0)


_UN_AGENCY = r"(?:speciali[sz]ed\s+agency|agency|programme|fund)\s+of\s+the\s+United\s+Nations\b"
# What a submitter says it is, by the kind it makes it ("ADSP-LAC is a non-profit business
# association", "The World Organization for Learning and Knowledge (WOLK) is the specialized
# agency of the United Nations for education"): its own words outrank the words of its name.
_SELF_DESCRIPTIONS = (
    ("un_entity", _UN_AGENCY),
    (
        "international_organization",
        r"intergovernmental\s+(?:organi[sz]ation|body|union)|regional\s+(?:economic\s+)?community\b|"
        # ("the development finance institution of its member States")
        r"(?:regional|multilateral)\s+development\s+(?:bank|finance\s+institution)|"
        r"(?:development\s+finance\s+institution|development\s+bank)\s+of\s+(?:its\s+)?member\s+(?:states|countries)|"
        r"regional\s+body\s+(?:that|which)\s+brings\s+together\s+(?:the\s+)?(?:national|member\s+states)",
    ),
    (
        "private_sector",
        r"(?:business|industry|trade|employers[’']?)\s+(?:association|federation|body)|"
        r"chamber\s+of\s+commerce|(?:private|multinational|technology|telecommunications?|software)\s+"
        r"(?:company|firm|corporation|operator)|(?:company|corporation)\b|privately[\s-](?:owned|held)\b|"
        r"(?:mobile\s+)?network\s+operator\b",
    ),
    (
        "civil_society",
        r"non-?governmental\s+organi[sz]ation|(?:civil\s+society|non[-\s]?profit|not-for-profit|charitable)\s+"
        # ("a Peruvian non-profit working on digital inclusion")
        r"organi[sz]ation|charity\b|NGO\b|think[\s-]tank\b|"
        r"(?:non-?profit|not-for-profit)(?=\s+(?:\w+ing|that|which|based|from|in|with)\b|\s*[.;])|"
        # ("a professional network of women who work in technology")
        r"(?:professional|grassroots|youth|volunteer|women['’]?s?|advocacy|membership)\s+"
        r"(?:network|association|movement|collective)\b|"
        # ("a youth-led network", "a cooperative of community networks")
        r"(?:youth|women|community|citizen)[\s-]led\s+(?:network|organi[sz]ation|movement|group|collective)\b|"
        r"co-?operative\s+of\b",
    ),
    (
        "academia",
        # ("a non-profit research and training institute")
        r"universit(?:y|ies)\b|research(?:\s+and\s+[\w-]+)?\s+(?:institute|centre|center|network|consortium|project)|"
        r"academic\s+network|consortium\s+of\s+(?:[\w-]+\s+){0,2}?universit",
    ),
    (
        "technical_community",
        # ("CANOXA is a member-based technical community organisation")
        r"national\s+research\s+and\s+education\s+network|technical[\s-]community\s+(?:organi[sz]ation|body)",
    ),
    (
        "government",
        r"statutory\s+(?:[\w-]+\s+)?(?:body|authority|agency|corporation|regulator)|government\s+(?:agency|department|body)|"
        # "the public agency charged with ...", "the national regulator for telecommunications"
        r"public\s+(?:agency|authority|body|institution)\b|(?:national|independent|sector)\s+regulat(?:or|ory\s+authority)\b|"
        # "Kestrel Bay Smart City Office, a unit of the Municipality of Kestrel Bay"
        r"(?:unit|office|department|service)\s+of\s+the\s+(?:municipality|city|ministry|government|county)\b|"
        # ("an independent administrative authority in charge of the protection of personal data")
        r"(?:independent\s+)?administrative\s+authority\b|data[\s-]protection\s+authority\b",
    ),
)


def organisation_served(name: str) -> str:
    """The organisation a secretariat serves ("Secretariat of the Community of Southern Ocean
    Island States" -> "Community of Southern Ocean Island States"), else the name itself."""
    return re.sub(r"^(?:The\s+)?Secretariat\s+of\s+(?:the\s+)?", "", name)


def _self_described_kind(name: str, short: str | None, text: str) -> str | None:
    """The kind a submitter gives itself in the opening of its text, if it says."""
    # "Secretariat of the Community of ...": the organisation it serves describes itself
    names = "|".join(re.escape(n) for n in dict.fromkeys((name, organisation_served(name), short)) if n)
    if not names:
        return None
    # a title block's label: "Stakeholder group: technical community"
    # or a questionnaire's "2. Stakeholder category | Academia", "What kind of body: grassroots civil society"
    labelled = re.search(
        r"(?:^|\n)[ \t*_-]*(?:Q?\d{1,2}[.)][ \t]+)?(?:Stakeholder\s+(?:group|type|category)|"
        r"(?:Type|Kind|Category)\s+of\s+(?:organi[sz]ation|entity|body|stakeholder)|"
        r"What\s+kind\s+of\s+(?:body|organi[sz]ation|entity)(?:\s+(?:are\s+you|is\s+it))?\??|Constituency)"
        rf"[ \t*_]*[:|][ \t*_]*(?:[\w-]+[ \t]+){{0,2}}?(?P<group>{_GROUP_IN_BRACKETS})\b",
        text[:3000],
        re.IGNORECASE,
    )
    grouped = (
        labelled
        # "Submitted by: Orvanta Mobile Group (private sector)"
        or re.search(rf"(?:{names})\s*\((?P<group>{_GROUP_IN_BRACKETS})\)", text[:3000], re.IGNORECASE)
        # "In WSIS terms we belong to the technical community"
        or re.search(
            rf"\b(?:we|it)\s+belongs?\s+to\s+the\s+(?P<group>{_GROUP_IN_BRACKETS})\b",
            text[:5000],
            re.IGNORECASE,
        )
    )
    if grouped:
        return next(
            kind for pattern, kind in _GROUPS.items() if re.fullmatch(pattern, grouped.group("group"), re.I)
        )
    # "ICAT is the statutory regulator", "Sent by: Orbisyn Technologies S.A., a privately held company"
    found = re.search(
        # (or "..., known in French as OTAC, is the regional intergovernmental organisation")
        rf"(?:{names})(?:\s*\([^)]{{1,15}}\))?[*_]*(?:,\s+(?:also\s+)?known\s+[^,.;]{{1,40}},)?(?:,?\s+(?:is|as)|,)\s+"
        rf"(?:the|a|an)\s+(?P<what>[^.;]{{0,120}})"
        # "As Serravia's statutory ICT agency, the Serravian Authority for Digital Development"
        rf"|\bAs\s+(?:the|an?|[\w'’]+['’]s)\s+(?P<before>[^,.;]{{3,80}}),\s+(?:the\s+)?(?:{names})\b"
        # a title's tagline: "World Agricultural Knowledge Organization (WAKO)\n\nA specialized agency ..."
        rf"|(?:{names})(?:\s*\([^)]{{1,15}}\))?[ \t]*\n[ \t\n]*(?:[Tt]he|[Aa]n?)\s+(?P<tagline>[^.;\n]{{0,120}})[ \t]*(?:\n|$)"
        # a title block's byline: "Submission to the ... (CSTD), by a joint research project of the University of ..."
        r"|\b(?:Submission|Contribution|Input)\b[^.\n]{0,160}?,?\s+by\s+(?:a|an)\s+(?P<byline>[^.;\n]{0,120})",
        text[:5000],
    )
    if found is None:
        return None
    what = found.group("what") or found.group("before") or found.group("tagline") or found.group("byline")
    for kind, pattern in _SELF_DESCRIPTIONS:
        # the kind is named within the first words of the description
        if re.match(rf"(?:[\w-]+,?\s+){{0,3}}?(?:{pattern})", what, re.IGNORECASE):
            return kind
    return None


def entity_type_of(
    name: str, gazetteer_kind: str | None = None, *, short: str | None = None, text: str = ""
) -> str:
    if gazetteer_kind is not None:
        if gazetteer_kind == "un_entity" and re.search(_REGIONAL_COMMISSION, name):
            return "regional_commission"  # the gazetteer files the five commissions as UN entities
        return {"network": "civil_society"}.get(gazetteer_kind, gazetteer_kind)
    if re.match(r"(?:United\s+Nations|UN)\b", name) and not re.search(_REGIONAL_COMMISSION, name):
        return "un_entity"  # ("United Nations Institute for Digital Diplomacy, a training institute ...")
    if described := _self_described_kind(name, short, text):
        return described
    for kind, pattern in _TYPE_RULES:
        if re.search(pattern, name):
            return kind
    return "other"


def short_name_of(name: str, text: str) -> str | None:
    # ("Corvana Technologies Pte. Ltd. ("Corvana")", "Lumeo Mobile Group plc (“Lumeo” or “the Group”)":
    # a short name in quotes)
    defined = re.search(
        rf"(?i:{re.escape(name)})[*_]*\s*\(\s*[\"“]?([A-Z][A-Za-z0-9&-]{{1,11}})[\"”]?"
        r"(?:\s+or\s+[\"“][^\"”\n]{1,30}[\"”])?\s*\)",
        text,
    )
    if defined:
        return defined.group(1)
    # a letterhead's "CEMSE – Confederation of European Micro and Small Enterprises ..."
    dashed = re.search(rf"\b([A-Z][A-Z0-9&]{{1,9}})\s+[–—-]\s+{_loose(name)}", text[:2000])
    if dashed and _stands_for(dashed.group(1), name):
        return dashed.group(1)
    first = name.split()[0] if name.split() else ""
    if len(name.split()) > 1 and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", first):
        return first
    return None


# a numbered section's heading ("1. Activities in 2025", "2.1 Capacity building", "II. Trends")
_SECTION_HEADING = re.compile(rf"(?:{SECTION_NUMBER}|[IVX]{{1,4}}\.)\s+[A-Z]")


def _title_block_end(text: str, line_end: int, lines: int = 3, longest: int = 200) -> int:
    """The end of the title block: the submitter's line and up to `lines` short lines after it
    ("Submitted to the CSTD for its twenty-ninth session (2026)", "Reporting period: 2025")."""
    end = line_end
    for _ in range(lines):
        following = re.match(r"\n+([^\n]*)", text[end:])
        if following is None or not following.group(1).strip():
            break
        line = following.group(1).strip()
        if line.endswith(".") and len(line.split()) > 10 or _SECTION_HEADING.match(line):
            break  # a sentence, or the first numbered heading: the body has begun
        # the report's full title runs long ("Contribution to the report of the Secretary-General
        # on progress made in ... at the regional and international levels") but, unlike a
        # paragraph, does not end a sentence
        if len(line) > longest and (len(line) > 1.6 * longest or line.endswith((".", ":"))):
            break
        end += following.end()
    return max(end, 1)


_SMALL_WORDS = {"of", "for", "and", "the", "on", "to", "in", "at", "de", "du", "des", "la", "le", "et"}


def _unshouted(name: str, rest: str) -> str:
    """A name the title block writes in capitals, as a name is written ("UNITED NATIONS DIGITAL
    INCLUSION FUND" -> "United Nations Digital Inclusion Fund"), keeping the words the text
    itself writes in capitals elsewhere (acronyms such as "ICT")."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    # the name as the text writes it further on ("ReTech Earth Alliance (RTEA) is ...")
    written = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest, re.IGNORECASE)
    if written and not written.group(0).isupper():
        return written.group(0)
    words = []
    for position, word in enumerate(name.split()):
        if position and (word.lower() in _SMALL_WORDS or word.lower() in ROMANCE_SMALL_WORDS):
            words.append(word.lower())
        elif re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", rest) and len(word) <= 5:
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))  # ("Andean-Amazon")
    return " ".join(words)


def extract_metadata(text: str) -> Metadata:
    meta = Metadata()
    span, line_end = find_submitter(text)
    if span is not None:
        # "WMO Secretariat (World Meteorological Organization)": the organisation the acronym names;
        # "The Education & Technology Programme of the Halcyon Policy Lab": the organisation of the unit
        whole = re.fullmatch(
            r"(?P<acr>[A-Z][A-Za-z0-9&-]{1,11})(?:\s+Secretariat)?\s*\((?P<full>[A-Z][^()]{3,120})\)",
            text[span[0] : span[1]],
        ) or re.fullmatch(
            r"(?:The\s+)?[^,()]{0,60}?\b(?:Programme|Program|Unit|Team|Division|Section)\s+of\s+the\s+"
            r"(?P<full>[A-Z][^,()]{3,100})",
            text[span[0] : span[1]],
        )
        if whole and _STATE_ALONE.fullmatch(whole.group("full")):
            whole = (
                None  # a state's own team: "National Computer Emergency Response Team of the Republic of X"
            )
        # "Republic of Kaveru – Kaveru Digital Government Agency": the state's body that writes
        of_state = re.fullmatch(
            r"(?P<state>[^–—]{3,60}?)\s+[–—]\s+(?P<full>[A-Z][^–—]{3,120})", text[span[0] : span[1]]
        )
        if whole is None and of_state and _STATE_ALONE.fullmatch(of_state.group("state")):
            whole = of_state
        if whole:
            span = (span[0] + whole.start("full"), span[0] + whole.end("full"))
        # "Submitted by: SAIXPA Secretariat" under "SOUTHERN AFRICA INTERNET EXCHANGE POINTS
        # ASSOCIATION (SAIXPA)": the organisation its acronym stands for
        # (or "Submission by the SEHIP Consortium" under "Sahel e-Health Interoperability Project (SEHIP)")
        bare = re.fullmatch(
            r"(?P<acr>[A-Z][A-Za-z0-9&-]{1,11})(?:\s+(?:Secretariat|Consortium|Network|Alliance|Coalition|Partnership))?",
            text[span[0] : span[1]],
        )
        if bare is None and re.fullmatch(
            r"(?:Office|Bureau|Cabinet)\s+of\s+the\s+[\w -]{3,40}", text[span[0] : span[1]]
        ):
            # "Submitted by the Office of the Director, UNPDL, Bonn": the body the acronym names
            bare = re.match(r",\s*(?P<acr>[A-Z][A-Za-z0-9&-]{1,11})\b", text[span[1] : span[1] + 20])
        # "Submitted by the ICT and Development Section, ESCCAC secretariat, Almaty": the body whose
        # secretariat the unit belongs to
        bare = bare or re.fullmatch(
            r"(?:The\s+)?[^,()]{3,120}?\b(?:Section|Division|Branch|Unit|Office|Department|Service|Team)\b"
            r"[^,()]{0,60},\s*(?:the\s+)?(?P<acr>[A-Z][A-Za-z0-9&-]{1,11})(?:\s+[Ss]ecretariat)?"
            r"(?:,\s*[A-Z][\w .'’-]{2,30})?",
            text[span[0] : span[1]],
        )
        spelled = bare and re.search(
            # (not a label before it: "Prepared by: Ministry of ... (MDEC)")
            rf"(?P<full>[A-Z][^\n():]{{3,120}}?)\s*\(\s*{re.escape(bare.group('acr'))}\s*\)",
            text[:3000],
        )
        if spelled and len(spelled.group("full").split()) >= 2:
            span = (spelled.start("full"), spelled.end())
            # (not the title's words before it: "Contribution of the National Association of ... (NAMB)")
            titled = _TITLE_LEAD.match(text, span[0], span[1])
            if titled:
                span = (titled.end(), span[1])
        acronym = re.search(rf"\s*{_ACRONYM_IN_BRACKETS}$", text[span[0] : span[1]])
        if acronym:
            meta.entity_short = acronym.group("acronym")
            span = (span[0], span[0] + acronym.start())
        # "Lumo Mobile Money Limited (trading as LumoPay)": the name it trades under is its short name
        trading = re.search(
            r"\s*\((?:trading|doing\s+business|known)\s+as\s+(?P<short>[^()]{2,30})\)$",
            text[span[0] : span[1]],
        )
        if trading:
            meta.entity_short = trading.group("short").strip()
            span = (span[0], span[0] + trading.start())
        # "Red Datos Claros (Clear Data Network)": a name's translation in brackets is no part of it
        glossed = re.search(r"\s*\((?:[A-Z][a-z]+\s+){1,6}[A-Z][a-z]+\)$", text[span[0] : span[1]])
        if glossed and glossed.start() > 2:
            span = (span[0], span[0] + glossed.start())
        meta.entity_span = span
        meta.entity_name = _unshouted(re.sub(r"\s+", " ", text[span[0] : span[1]]), text[span[1] :])
        meta.title_end = line_end
    head_end = _title_block_end(text, meta.title_end) if meta.title_end else min(len(text), 1500)
    meta.block_end = head_end if meta.title_end else 0
    head = text[:head_end]

    cstd = _CSTD.search(head)
    if cstd:
        meta.session["body"] = "CSTD"
        meta.session_spans.append(cstd.span())
    # a letter names the session in its opening lines, below a short title block: "Subject: ...,
    # 28th session of the CSTD (2025)", "the Commission ... at its twenty-eighth session"
    session = _SESSION.search(head) or _CSTD_NUMBER.search(head) or _SESSION_OF_CSTD.search(text[:2500])
    if session:
        groups = session.groupdict()
        number = (
            parse_ordinal(
                groups.get("ord")
                or groups.get("its")
                or groups.get("label")
                or groups.get("deliberations")
                or groups["after"]
            )
            if "ord" in groups
            else int(groups["number"])
        )
        if number:
            meta.session["number"] = number
            if session.re is _SESSION_OF_CSTD:  # it names the Commission
                meta.session["body"] = "CSTD"
            meta.session_spans.append(session.span())
    search_from = session.end() if session else (cstd.end() if cstd else 0)
    # the session's place and dates stand on its line or the next one ("Geneva, 7 to 11 April
    # 2025"); a date further down the title page is the submission's ("Port Alden, 14 November")
    next_line = re.match(r"[^\n]*\n+[^\n]*", head[search_from:])
    place_end = search_from + next_line.end() if next_line else len(head)
    for match in _PLACE_DATE.finditer(head, search_from, place_end):
        dates = [
            d
            for d in find_dates(match.group("date"))
            if d.form in ("day-range", "day", "month", "month-range")
        ]
        if not dates:
            continue
        place = match.group("place").strip()
        if place.lower().startswith(("session", "the ")) or re.search(
            r"\b(?:period|year)\b", head[max(0, match.start() - 40) : match.end("place")], re.IGNORECASE
        ):
            continue  # not a place: "Reporting period: the Network's financial year, 1 April 2024 - ..."
        meta.session["place"] = place
        first = dates[0]
        meta.session["start"] = first.date
        if first.end_date:
            meta.session["end"] = first.end_date
        meta.session["year"] = int(first.date[:4])
        start = match.start("place")
        end = match.start("date") + first.end
        meta.session_spans.append((start, end))
        meta.place_date_span = (start, end)
        break
    by_year = _CSTD_YEAR.search(head) if not meta.session.get("number") else None
    if by_year and (number := session_of_year(int(by_year.group("year")))):
        meta.session.update(body="CSTD", number=number, year=int(by_year.group("year")))
        meta.session_spans.append(by_year.span())
    if "year" not in meta.session and meta.session.get("number"):
        # not the first year near the session's name, which may be the reporting period's
        if year := session_year(meta.session["number"]):
            meta.session["year"] = year

    for pattern in (
        _REPORTING_LABEL,
        _REPORTING,
        _REPORTING_ALT,
        _REPORTING_FOR,
        _REPORTING_COVERS,
        _REPORTING_YEAR_OF,
        _YEAR_ENDING,
        _REPORTING_TITLE,
        _REPORTING_LEAD,
        _REPORTING_DID,
        _REPORTING_EXCERPT,
    ):
        match = pattern.search(
            text[:8000]
            if pattern not in (_REPORTING_TITLE, _REPORTING_FOR, _REPORTING_EXCERPT)
            else text[: max(head_end, 3000)]
        )
        if match:
            said = match.group("date")
            close = text.find(")", match.end("date"), match.end("date") + 60)
            if said.count("(") > said.count(")") and close >= 0:
                said = text[match.start("date") : close + 1]  # "FY2024/25 (1 April 2024 to 31 March 2025)"
            years = re.findall(r"(?:19|20)\d\d", said)
            meta.reporting = (years[0], years[-1])
            # a labelled period keeps the precision it is written at ("1 January - 31 October 2023")
            labelled = pattern in (
                _REPORTING_LABEL,
                _REPORTING_FOR,
                _REPORTING_COVERS,
                _REPORTING_YEAR_OF,
                _YEAR_ENDING,
            )
            dates = find_dates(said) if labelled else []
            if dates:  # the most precise ones: "2024-25 (1 September 2024 - 31 August 2025)"
                finest = [d for d in dates if len(d.date) == max(len(e.date) for e in dates)]
                meta.reporting = (min(d.date for d in finest), max(d.end_date or d.date for d in finest))
            # "Period under review: the twelve months to 31 December 2025"
            ending = _YEAR_ENDING.search(match.group(0)) if labelled and pattern is not _YEAR_ENDING else None
            if ending:
                dates = find_dates(ending.group("date"))
            if (pattern is _YEAR_ENDING or ending) and dates:
                last = date.fromisoformat(dates[0].date)
                meta.reporting = (
                    (last.replace(year=last.year - 1) + timedelta(days=1)).isoformat(),
                    last.isoformat(),
                )
            meta.reporting_span = (match.start(), match.start("date") + len(said))
            break
    return meta
