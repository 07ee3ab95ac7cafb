"""Organisations, initiatives and the relations between them.

Organisations come from the gazetteer (`data/reference/gazetteer.yaml`), from acronyms the
text defines ("the International Telecommunication Union (ITU)", then "ITU") and from
capitalised names ending in an organisation word ("Child Dignity Alliance", "Ministry of
Health"). One node per organisation, with its aliases. Offices of an organisation ("UNICEF's
Regional Office for South Asia") count as that organisation; places, persons, programmes and
documents are not organisations (programmes, documents, guidelines, campaigns, initiatives and
working groups become initiatives).

Relations are read only from wording that states them (see `find_relations`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache

from wsislens.extract.document import (
    FUNDER_COLUMN,
    INITIATIVE_COLUMN,
    LEAD_COLUMN,
    PARTNER_COLUMN,
    ROLE_COLUMN,
    Document,
    slug,
)
from wsislens.extract.metadata import organisation_served
from wsislens.extract.patterns import (
    BULLET,
    LEGAL_FORMS_WITH_STOP,
    MONTH_NAMES,
    ROMANCE_SMALL_WORDS,
    STATE_FORM,
    initials_match,
)
from wsislens.paths import REFERENCE_DIR
from wsislens.reference import load_yaml


def norm(value: str) -> str:
    value = value.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    value = re.sub(r"[*_\[\]]", "", value)
    value = re.sub(r"\s+", " ", value).strip().lower()
    value = re.sub(r"^the ", "", value)
    return value


@dataclass
class GazetteerEntry:
    name: str
    aliases: tuple[str, ...]
    kind: str
    category: str  # organisation | initiative
    initiative_kind: str | None


# Before a short name a gazetteer gives a body ("General Assembly"): the submitter's own body.
_OWN_BODY = re.compile(r"\b(?:our|its|their|own|annual)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# The state or body a name ends with: "... of the Republic of Valdoria", "... of Colombia"
_OF_THE_STATE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:{STATE_FORM}\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}$"
)


@cache
def _country_after_name() -> re.Pattern:
    """A country's name ending a run of capitalised words (what comes before it must still name a body)."""
    names = [
        name
        for entry in load_yaml(REFERENCE_DIR / "countries.yaml")["countries"]
        for name in (entry if isinstance(entry, list) else [entry])
    ]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<=\S)\s+(?:{alternatives})$")


@cache
def gazetteer() -> tuple[list[GazetteerEntry], dict[str, int], re.Pattern]:
    entries = []
    index: dict[str, int] = {}
    forms: list[str] = []
    for raw in load_yaml(REFERENCE_DIR / "gazetteer.yaml")["entries"]:
        entry = GazetteerEntry(
            raw["name"],
            tuple(raw.get("aliases") or ()),
            raw["kind"],
            raw.get("category", "organisation"),
            raw.get("initiative_kind"),
        )
        number = len(entries)
        entries.append(entry)
        for form in (entry.name, *entry.aliases):
            index.setdefault(norm(form), number)
            forms.append(form)
    forms.sort(key=len, reverse=True)
    parts = []
    for form in forms:
        words = [re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in form.split()]
        parts.append(r"[\s*_]+".join(words))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-]|['’]\w\w)", re.IGNORECASE)
    return entries, index, pattern


def _case_ok(form: str, found: str) -> bool:
    """Acronyms match in their case; other names only where their capitalised words are capitalised."""
    found_words = re.sub(r"[*_]", " ", found).split()
    form_words = form.split()
    if len(found_words) != len(form_words):
        return True
    letters = re.sub(r"[^A-Za-z]", "", form)
    if letters.isupper() and len(letters) >= 2 and len(form_words) == 1:
        return found_words[0].replace("’", "'") == form_words[0].replace("’", "'")
    for f, w in zip(form_words, found_words, strict=True):
        if f[:1].isupper() and not w[:1].isupper():
            return False
        if f.isupper() and len(f) > 1 and f.isalpha() and not w.isupper():
            return False
    return True


# capitalised sequences: "Child Dignity Alliance", "Ministry of Information and Communications"
# (a plural's possessive belongs to its name: "African Commission on Human and Peoples' Rights")
# a capitalised word ("WSIS+20"), or one behind "e-" ("e-Governance Academy of Estonia"), an
# elided article ("Agence Nationale des Technologies de l'Information") or the one small letter of
# an electronic or mobile service ("Kestrava eServices Portal", "mHealth Programme")
# ... and a company's legal form keeps its full stop ("SignBridge Inc.", "Nimbo Cloud S.A.")
_CAP = (
    rf"(?:(?:{LEGAL_FORMS_WITH_STOP})\.(?![\w.])"
    r"|(?:e-|[dl]['’]|[eimu](?=[A-Z][a-z]))?[A-ZÀ-ÖØ-Þ][\w’'&.+\-]*\w(?:(?<=s)['’](?=[ \t]))?|[A-Z])"
)
_CONN = rf"(?:of|for|and|the|on|to|in|against|&|{'|'.join(ROMANCE_SMALL_WORDS)})"
# (three spaces or a tab part a table's cells: "Regional Research Data Cloud   Lusaka")
# (a name goes on across a line's end, but not into a sentence that the next line opens: "4.
# Contribution to the Sustainable Development Goals" / "The e-Démarches portal ...")
_WS = r"(?: {1,2}(?![ \t])|[ \t]*\n[ \t]*(?!(?:The|A|An|In|Our|This|These|We|It|Its)\s))"
# a year inside a plan's name, between a word of the name and its head: "Digital Marenthia 2030
# Strategy" (not "Contribution to the 2030 Agenda")
_YEAR_IN_NAME = rf"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?(?={_WS}(?:Strategy|Plan|Agenda|Vision|Roadmap|Programme|Policy)\b)"
# a version inside or after a name: "WMO Information System 2.0", "WIS 2.0 Global Discovery Catalogue"
_VERSION = r"\d{1,2}\.\d{1,2}(?![\d.]|\.\d)"
_SEQ = re.compile(
    rf"(?<![\w’'-]){_CAP}(?:{_WS}(?:{_CONN}{_WS})*{_CAP}|{_WS}{_YEAR_IN_NAME}|[ \t]{_VERSION})*"
)
# Capitalised runs that name no organisation or initiative: an action line and what follows it
# ("Under Action Line C7 the Union ..."), and the bodies and offices of the submitter itself
# ("the General Secretariat", "the Assembly of the Union", "the Office of the Director General").
_NOT_A_NAME = re.compile(
    r"^(?:WSIS\s+)?Action\s+Lines?\s+C\d|^(?:(?:General|Executive|Permanent|Technical)\s+)?"
    r"(?:Secretariat|Board|Office|Bureau)(?:\s+of\s+the\s+(?:Union|Director[- ]General|Secretary[- ]General|"
    r"Association|Network|Organi[sz]ation|Alliance|Centre|Center))?$|^(?:Assembly|Council|Board)\s+of\s+the\s+"
    r"(?:Union|Association|Network|Organi[sz]ation|Alliance|Members)$|^Office\s+of\s+the\s+"
)
_PARTNERED = re.compile(
    r"\b(?:partnered|partnering|partnership|worked|working|cooperat\w*|collaborat\w*)\s+with\s+(?:the\s+)?$"
)
# people of an organisation are not part of its name: "Representatives of the Association";
_PEOPLE_OF = re.compile(
    r"^(?:Representatives|Members|Staff|Experts|Officials|Participants|Delegates|Delegations|Colleagues|"
    r"Researchers|Students|Teachers|Partners|Volunteers|Employees)\s+(?:of|from)\s+(?:the\s+)?"
    # nor is what happened to it: "Launch of the Coastal Data Commons"
    r"|^(?:Launch|Launching|Opening|Signing|Adoption|Presentation|Completion|Fieldwork|Preparation|"
    r"Preparations|Roll-out|Rollout|Evaluation|Validation)\s+(?:of|for)\s+(?:the\s+)?"
    # nor is a person's office in it: "the Chief Executive of the Maruaka Telecommunications Regulatory Authority"
    r"|^(?:Chief\s+Executive|Executive\s+Director|Director(?:-General)?|Head|Chair(?:person)?|President|"
    r"Secretary-General|Minister|Permanent\s+Secretary|Governor)\s+of\s+(?:the\s+)?(?=\S+\s+\S)"
)
_LEADING_STOP = re.compile(
    # "Part VI of the Digital Economy Act": the article of a law is no part of its name
    r"^(?:(?:(?:Part|Annex|Chapter|Section|Title|Article|Schedule)\s+(?:[IVXLC]{1,6}|\d{1,3}[A-Za-z]?)\s+of|"
    r"The|In|Our|This|These|Those|Since|Under|With|Through|Both|Its|Their|Also|And|For|By|As|At|On|"
    r"From|To|Today|During|Following|Within|Across|Between|Among|Via|When|While|Of|A|An|Some|All|Each|Every|Any|"
    # "New" opens a place's name too: "New Zealand Ministry of Foreign Affairs and Trade"
    r"Many|Several|Other|Such|New(?!\s+(?:Zealand|York|Delhi|Caledonia|Guinea|Mexico|Jersey|England|South\s+Wales))|"
    r"Further|Moreover|Furthermore|However|Finally|Recently|Part|Annex|About|Dear|C\d{1,2}|According\s+to|Thanks\s+to|"
    # "Under the Valmora Conecta programme": the article after the opening word goes too
    rf"{MONTH_NAMES})\s+(?:(?:the|a|an|our|its|their|this)\s+)?)+"
)
# Heads that open a name in other languages ("Universidad de ...", "Centro Andino de ...").
_FOREIGN_HEADS = {
    "Universidad": "academia",
    "Université": "academia",
    "Universidade": "academia",
    "Universität": "academia",
    "Universiteit": "academia",
    "Instituto": "academia",
    "Institut": "academia",
    "Escuela": "academia",
    "Escola": "academia",
    "École": "academia",
    "Fundación": "civil_society",
    "Fundacion": "civil_society",
    "Fondation": "civil_society",
    "Fundação": "civil_society",
    "Asociación": "civil_society",
    "Associação": "civil_society",
    "Centro": "civil_society",
    "Consejo": "other",
    "Conseil": "other",
    "Red": "network",
    "Rede": "network",
    "Réseau": "network",
    "Agence": "government",
    "Agencia": "government",
    "Autorité": "government",
    "Ministère": "government",
    "Ministerio": "government",
    "Ministério": "government",
    "Société": "private_sector",
    "Sociedad": "private_sector",
    "Empresa": "private_sector",
    "Banco": "other",
    "Banque": "other",
    "Comisión": "government",
    "Comissão": "government",
    "Departamento": "government",
    "Dirección": "government",
    "Direction": "government",
    "Equipo": "government",
    "Registraduría": "government",
    "Secretaría": "government",
    "Servicio": "government",
    "Superintendencia": "government",
    "Coopérative": "civil_society",
    "Cooperativa": "civil_society",
    "Collectif": "civil_society",
    "Colectivo": "civil_society",
}
# the first word of a programme's name in French, Spanish or Portuguese, which then holds one of their
# small words: "Programme National des Compétences Numériques", "Fonds de Service Universel"
_FOREIGN_INITIATIVE_FIRST = {
    "Programme": "programme",
    "Programa": "programme",
    "Projet": "programme",
    "Proyecto": "programme",
    "Projeto": "programme",
    "Fonds": "programme",
    "Fondo": "programme",
    "Fundo": "programme",
    "Stratégie": "document",
    "Estrategia": "document",
    "Estratégia": "document",
    "Observatorio": "initiative",
    "Observatoire": "initiative",
    "Observatório": "initiative",
    "Agenda": "document",
    "Política": "document",
    "Politique": "document",
}
_FOREIGN_FIRST = set(_FOREIGN_HEADS)
ORG_HEADS = {
    "Alliance": "network",
    "Association": "civil_society",
    "Foundation": "civil_society",
    "Federation": "civil_society",
    "Council": "other",
    "Coalition": "network",
    "Network": "network",
    "Organisation": "other",
    "Organization": "other",
    "Institute": "academia",
    "University": "academia",
    "Society": "civil_society",
    "Union": "international_organization",
    "Agency": "other",
    "Authority": "government",
    "Ministry": "government",
    "Commission": "other",
    "Centre": "other",
    "Center": "other",
    "Fund": "other",
    "Bank": "other",
    "Consortium": "network",
    "Corporation": "private_sector",
    "Company": "private_sector",
    "Secretariat": "other",
    "Academy": "academia",
    "College": "academia",
    "Trust": "civil_society",
    "Committee": "other",
    "Government": "government",
    "Parliament": "government",
    "Chamber": "private_sector",
    "Inc": "private_sector",
    "Ltd": "private_sector",
    "LLC": "private_sector",
    "GmbH": "private_sector",
    "Observatory": "other",
    "Partnership": "network",
    "Office": "other",
    "Department": "government",
    "Administration": "government",
    "Bureau": "other",
    "Police": "government",
    "Municipality": "government",
    "Regulator": "government",
    "Hub": "other",
    "Lab": "academia",
    "Laboratory": "academia",
    "Team": "other",
    "Teams": "network",
    "Assembly": "government",
    "Cabinet": "government",
    "Senate": "government",
    "Registry": "other",
    "Operator": "private_sector",
    "Operators": "network",
    "Telecom": "private_sector",
    "Mobile": "private_sector",
    "Cooperative": "other",
    "Co-operative": "other",
    "Telecoms": "private_sector",
    "Community": "other",
    "Chapter": "civil_society",
    "Collective": "civil_society",
    "Service": "other",
    # firms named by their trade ("Chaski Labs", "Nevado Software", "Condor Data Analytics")
    "Labs": "private_sector",
    "Software": "private_sector",
    "Systems": "private_sector",
    "Analytics": "private_sector",
    "Solutions": "private_sector",
    "S.A.S": "private_sector",
    "S.A": "private_sector",
    "Ltda": "private_sector",
    **_FOREIGN_HEADS,
}
NOT_ORGANISATIONS = {
    "information society",
    "knowledge society",
    "civil society",
    "digital society",
    "private sector",
    "public sector",
    "member states",
    "least developed countries",
}
INITIATIVE_HEADS = {
    "Initiative": "initiative",
    "Programme": "programme",
    "Program": "programme",
    "Project": "programme",
    "Campaign": "campaign",
    "Guidelines": "guidelines",
    "Guide": "guidelines",
    "Guides": "guidelines",
    "Framework": "guidelines",
    "Principles": "guidelines",
    "Toolkit": "guidelines",
    "Handbook": "guidelines",
    "Convention": "document",
    "Declaration": "document",
    "Agenda": "document",
    "Resolution": "document",
    "Strategy": "document",
    "Plan": "document",
    "Charter": "document",
    "Report": "document",
    "Compact": "document",
    "Protocol": "document",
    "Act": "document",
    "Roadmap": "document",
    "Recommendation": "document",
    "Study": "document",
    "Assessment": "document",
    "Treaty": "document",
    "Index": "document",
    "Platform": "initiative",
    "Group": "working_group",
    "Force": "working_group",
    "Observatory": "initiative",
    "Award": "initiative",
    "Awards": "initiative",
    "Challenge": "initiative",
    "Fellowship": "programme",
    "Survey": "programme",
    "Pilot": "programme",
    "Course": "programme",
    "Accelerator": "programme",
    "Incubator": "programme",
    "Bootcamp": "programme",
    "Sandbox": "programme",
    "Gateway": "initiative",
    "Archive": "initiative",
    "Lab": "initiative",
    "Commons": "initiative",
    "Portal": "initiative",
    "Pledge": "document",
    "Norms": "guidelines",
    "Helpline": "initiative",
    "Hotline": "initiative",
    "Register": "initiative",
    "Census": "programme",
    "Assessments": "document",
}
EVENT_HEADS = {
    "Meeting",
    "Conference",
    "Summit",
    "Roundtable",
    "Workshop",
    "Symposium",
    "Congress",
    "Webinar",
    "Hackathon",
    "Dialogue",
    "Consultation",
    "Seminar",
    "Week",
    "Day",
    "Session",
    "Expo",
    "Forum",
    "Days",
    "Festival",
    "Fair",
}
_LOWER_INITIATIVE = re.compile(
    rf"(?P<owner>\b[A-Z][\w&-]*(?:'s|’s)\s+)?(?<![\w&-])(?P<name>(?:(?:[em]-?)?[A-Z][\w&-]*{_WS}(?:(?:for|of|and|the|to|on|in){_WS}){{0,2}}){{1,5}}"
    # one lowercase word may stand between the name and its kind: "the Kolibri learning platform"
    r"(?:(?:learning|citizens[’']?|online|digital|mobile|open|e-?learning|data|training|mentoring)\s+)?"
    # "the United for Smart Sustainable Cities (U4SSC) initiative": the acronym is no part of the name
    r"(?:\([A-Z][A-Za-z0-9&-]{1,11}\)[ \t]+)?"
    r"(?P<head>initiative|programme|program|project|campaign|guides|guidelines|strategy|platform|toolkit|network|"
    r"fellowship|pilot|courses?|bootcamps?|portal|scheme|lab))\b"
)
_DESCRIBED_INITIATIVE = re.compile(
    r"\b(?:established|launched|set\s+up|created|develop(?:ed)?|started|initiated|lead|led|leads|run|runs|"
    r"coordinates?|implement(?:s|ed)?)\s+(?:a|an|the|its|our)\s+(?P<name>(?:[\w-]+\s+){0,3}?(?P<head>programme|"
    r"program|campaign|project|initiative)\s+(?:specifically\s+)?(?:focused\s+on|to|on|for|against|aimed\s+at)"
    r"\s+[^,.;:\n()]{3,70}?)(?=[,.;:\n(]|\s+(?:and|which|that|with|in\s+\d|by|through|aiming|since)\b)"
)
# A name given after its kind: "our open online course Digital Development Foundations", "the
# research programme Measuring Meaningful Connectivity", 'our white paper "Data flows for development"',
# 'under the campaign slogan "Think Before You Click"'.
_NAMED_AFTER_HEAD = re.compile(
    r"\b(?P<head>programme|program|project|initiative|campaign|course|white\s+paper|report|study|pilot|platform)"
    r"\s+(?:(?:slogan|title|name)\s+)?(?:called\s+|named\s+|entitled\s+)?(?:[“\"](?P<quoted>[A-Z][^”\"\n]{3,60})[”\"]|"
    r"(?!(?:In|On|At|By|For|From|With|The|This|That|These|Our|Its|Their|Since|During|To|And|But|As)\b)"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|the|to|on|in)\s+)?[A-Z][\w-]*){1,5}))"
    # or set off by commas after the body's own kind of work: "Our largest programme, TeleCare
    # Pathways (2022–2026), is funded by ..."
    r"|\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(?P<head2>programme|program|project|initiative|campaign|platform),\s+"
    r"(?P<name2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})(?=\s*(?:\([^()]{1,30}\)\s*)?,)"
)
# A name of two or more capitalised words (with "of", "for"... between them) that something was
# done to: "launched the Pacific Languages Digital Archive", "The SME Digital Passport was
# launched", "The Trade Rules Navigator, a free online portal,": an initiative without a head word.
# (within a line: a heading in capitals above a sentence naming the same thing is no part of it)
# a word of a name may hold a full stop ("U.N."), not end on one ("E-health. TeleHealth Kestrava");
# a name may open with "e" or "m" ("eLicence Maravia", "m-Pesa Agents Network")
_NAME_WORD_TAIL = r"(?:[\w’'&+-]|\.(?=\w))*"
_NAME_WORDS = rf"(?:[em]-?)?[A-Z]{_NAME_WORD_TAIL}(?:[ \t]+(?:(?:of|for|and|on|in|the|to)[ \t]+)*(?:[em]-)?[A-Z0-9]{_NAME_WORD_TAIL}){{1,6}}"
_LAUNCH_VERBS = (
    r"launched|introduced|rolled\s+out|unveiled|inaugurated|piloted|opened|started|set\s+up|created"
)
# one word with a capital inside it, as products are named: "SafeVoice", "RouteClean", "GovLink Arab"
_CAMEL_NAME = r"[A-Z][a-z]+[A-Z][\w-]*(?:\s+[A-Z][a-z]+)?"
# a link's text that reads as a name: two to eight words, the first with a capital ("Digital
# Marendia 2030", "eTrade for all", "e-Citizen Portal"), or one word in camel case ("MarendiaID")
_LINKED_NAME = re.compile(
    r"(?:[\w'’&.-]*[A-Z][\w'’&.-]*(?:\s+[\w'’&()-]+){1,7}|[A-Z][a-z]+[A-Z][\w-]*)(?<![.,:;])"
)
# a name launched without "the" ends where the clause goes on ("launched RouteClean, a campaign";
# not "launched WhatsApp channels"); a name of several words, before what it is ("we started
# Chanjo Buddy: a volunteer calls ...", "set up Open Data Clinics, our ..."), not "set up Nairobi
# County, Kisumu County and ..."
_NAME_ENDS = r"(?=\s*[:;,.)]|\s+(?:in|on|with|to|for|as|at|and|which|that|when|after)\b)"
_LAUNCHED_NAME = re.compile(
    rf"\b(?:{_LAUNCH_VERBS})\s+(?:(?:the|its|our|their)\s+(?P<name>{_NAME_WORDS})\b|"
    rf"(?P<camel>{_CAMEL_NAME}){_NAME_ENDS}|(?P<bare>{_NAME_WORDS})(?=\s*:|,\s+(?:a|an|our|its|their)\s))"
)
# "TeleHealth Kestrava, launched in July 2024 with ...": a name set off by what was done to it
_NAME_THEN_LAUNCHED = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAMEL_NAME}|{_NAME_WORDS})),\s+(?:(?:first|officially|jointly)\s+)?"
    rf"(?:{_LAUNCH_VERBS})\s+(?:in|on)\s+(?:\d|{MONTH_NAMES})"
)
_NAME_LAUNCHED = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|Our|Its|Their)\s+(?P<name>{_NAME_WORDS})\s+(?:was|were|has\s+been)\s+"
    rf"(?:(?:officially|formally|successfully|first|jointly)\s+)?(?:{_LAUNCH_VERBS})\b"
)
# "The Digital Skills Corps, funded by the Government of Luxembourg, trained ...": a name set off by
# who pays for it
_NAME_FUNDED = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[-•*]\s))(?:The|Our|Its|Their)\s+(?P<name>{_NAME_WORDS}),\s+"
    r"(?:(?:co-?)?(?:funded|financed)|supported\s+financially)(?:\s+in\s+part)?\s+by\b"
)
_NAME_DESCRIBED = re.compile(
    rf"(?:(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bthe\s)|(?<=\bthe\sfirst\s)|(?<=\bthe\snew\s))"
    rf"(?:(?:The|Our|Its|Their)\s+)?(?P<name>{_NAME_WORDS})|"
    rf"(?<![\w-])(?P<camel>{_CAMEL_NAME})),"
    r"\s+(?:a|an|our|its|their)\s+(?:[\w-]+\s+){0,4}(?:portal|platform|app|application|tool|toolkit|database|"
    r"service|programme|initiative|curriculum|course|archive|registry|dashboard|helpline|hotline|marketplace|"
    r"campaign|layer)\b"
)
# a product's one-word name before what it is: "the MiValmora citizen portal", "The FarmAlert SMS
# and voice advisory service", "The CodeHer Bootcamps offer ... courses"
_CAMEL_THING = re.compile(
    rf"(?<![\w-])(?P<camel>{_CAMEL_NAME})\s+(?:[\w-]+\s+){{0,4}}?(?:portal|platform|app|application|tool|"
    r"service|programme|initiative|campaign|helpline|hotline|courses?|bootcamps?|dashboard|marketplace)\b"
)
# what a submitter names as its work under a C7 sub-line: "e-agriculture (Shamba Connect) and
# e-health (MamaCare SMS)"
_SUB_LINE_WORK = re.compile(
    r"\be-[a-z]+\s*\((?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and)){0,4})\)"
    # or a product's name in camel case that opens a paragraph labelled by the sub-line: "E-health.
    # TeleHealth Velmora, the national telemedicine network, ...", "E-agriculture: AgriSMS, operated with"
    rf"|(?:^|(?<=\n))[ \t]*[Ee]-[a-z]+[ \t]*[.:][ \t]+(?P<camel>{_CAMEL_NAME}),"
)
# names of the world's platforms and products, not initiatives of a submitter
_PRODUCTS = frozenset(
    {
        "WhatsApp",
        "YouTube",
        "LinkedIn",
        "TikTok",
        "PayPal",
        "GitHub",
        "PowerPoint",
        "JavaScript",
        "OpenStreetMap",
        "WeChat",
        "MasterCard",
        "iPhone",
        "SharePoint",
        "OneDrive",
    }
)
# a quoted name before its kind: the "Digital Skills at Your Library" campaign
_QUOTED_BEFORE_HEAD = re.compile(
    r"[“\"](?P<name>[A-Z][^”\"\n]{3,60})[”\"]\s+(?:campaign|programme|program|initiative|project|platform|course|"
    r"toolkit|pilot)\b"
)
_OWN_THINGS = (
    r"class|course|helpline|hotline|programme|program|initiative|service|app|application|platform|tool|"
    r"campaign|project|scheme|solution|fund|facility|portal|network\s+solution"
)
# "Gogo Clicks is our weekly tablet class", "TalkBack is our free helpline for ..."
_NAME_IS = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{_NAME_WORDS}|{_CAMEL_NAME})\s+is\s+(?:our|a|an)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_OWN_THINGS})\b"
)
# "Through Norvane Reach, our low-cost rural network solution, ...": what the submitter calls its own
# (or "Ella Conecta [She Connects], the Ministry's programme for rural women")
_NAME_OUR = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_WORDS})(?:\s*\[[^\]\n]{{1,80}}\])?,\s+(?:our|the\s+[A-Z][\w-]*['’]s)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_OWN_THINGS})\b"
)
# "through our small-grants window, Mtandao Grants, we awarded ...", "our Safe Spaces Online helpline"
_OUR_THING_NAME = re.compile(
    rf"\b(?:our|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{_OWN_THINGS}|window),\s+(?P<name>{_NAME_WORDS}),"
)
_OUR_NAME_THING = re.compile(rf"\bour\s+(?P<name>{_NAME_WORDS})\s+(?:{_OWN_THINGS})\b")
_SUBJECT_INITIATIVE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|Our|This|Its)\s+"
    # (not the organisation's own work plan: "Our work programme is anchored in ...")
    r"(?!(?:work|annual|regular|core|overall|country)\s+programme\b)(?P<name>(?:[a-z][\w-]*\s+){1,3}"
    r"(?P<head>programme|project|campaign|initiative|survey))\b"
    # not a word that the head qualifies ("Our combined programme spending"), nor a description
    # of the name that follows it ("Our flagship field project, the AgriSignal Pilot,")
    r"(?!\s+(?:spending|budget|expenditure|staff|team|costs?|funds?|funding|managers?|officers?|portfolio|"
    r"delivery|countries|partners|activities|areas?|cycle|period|year)\b|,?\s+(?:the\s+)?[A-Z])"
)
# A list of bodies, one per item with its country or acronym in brackets, under a heading or a
# line that names them as members, signatories or partners: "Signatory members" / "- Nari Digital
# Forum (Nepal)" / "- Association Tunisienne pour l'Internet Citoyen (Tunisia)"
_MEMBERS_INTRO = re.compile(
    r"\b(?:signator(?:y|ies)|co-?signatories|members?|member\s+organi[sz]ations|partners?|endorsed\s+by)\b",
    re.IGNORECASE,
)
_ROMANCE_JOINS = "|".join(ROMANCE_SMALL_WORDS)
# a listed name's first word, and the words that may follow it ("Fundación Acceso Total", "University of
# Lomé", "Réseau d'Accès")
_NAME_FIRST = r"[A-ZÀ-Þ][\w'’.&-]*"
_NAME_NEXT = rf"[A-ZÀ-Þ][\w'’.&-]*|of|for|and|the|on|in|[ld]['’][A-ZÀ-Þ][\w'’-]*|{_ROMANCE_JOINS}"
# (or its place after a dash, a list's own columns: "Kasoro Community Wireless — Kasoro — Uganda
# (founding member)"; a name may hold a short word of its language: "Mto wa Mbu Mesh")
_MEMBER_ITEM = re.compile(
    # (a numbered list's too, and a name's translation in brackets before its country: "2. Nordic
    # Accessibility Council (Nordisk tilgjengelighetsråd) (Norway)")
    rf"[ \t]*(?:{BULLET}|\d{{1,2}}[.)])[ \t]+(?P<name>{_NAME_FIRST}(?:[ \t]+(?:{_NAME_NEXT}|[a-z]{{1,3}}(?=[ \t]+[A-ZÀ-Þ])))+)"
    r"(?:(?:[ \t]*\([^()\n]{2,40}\)){1,2}"
    r"|[ \t]+[—–][ \t]+[^\n—–()]{2,40}?(?:[ \t]+[—–][ \t]+[^\n—–()]{2,40}?)?(?:[ \t]*\([^()\n]{2,40}\))?)"
    r"[ \t]*[.;,]?[ \t]*$",
    re.MULTILINE,
)


# a name's head word before "to" and what the sentence takes it to ("the Observatory to Peru and
# Colombia", "the Digital Skills Academy to The Gambia"), not a name's purpose after it ("Global
# Fund to Fight AIDS", "Partnership to End Violence")
_HEAD_BEFORE_TO = re.compile(
    r"\b(?:Fund|Academy|Observatory|Institute|Policy|Strategy|Programme|Program|Project|Initiative|Platform|"
    r"Network|Centre|Center|Hub|Lab|Facility|Plan|Framework)(?=\s+to\s+(?!(?:Fight|End|Combat|Promote|Support|"
    r"Protect|Eliminate|Reduce|Advance|Prevent|Strengthen|Build|Improve|Accelerate|Achieve|Connect|Close|Bridge|"
    r"Empower|Enhance|Ensure|Foster|Defend|Stop|Save|Mobili[sz]e|Implement|Monitor|Counter|Address|Beat|Halt|"
    r"Make|Expand|Boost|Leave|Transform)\b))"
)


@lru_cache(maxsize=4)  # read for the entities, then for the relations
def listed_members(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, relation) of the names in a list of member, signatory or partner bodies (two
    items or more, each a name with its country or acronym in brackets, under a line that names
    them so); the relation is "partner" under a line of partners, else "member_of"."""
    spans = []
    for run in re.finditer(
        rf"(?:^[ \t]*(?:{BULLET}|\d{{1,2}}[.)])[ \t]+[^\n]+\n?){{2,}}", text, re.MULTILINE
    ):
        items = run.group(0).rstrip("\n").split("\n")
        found = [_MEMBER_ITEM.fullmatch(item) for item in items]
        if not all(found):
            continue
        lead = " ".join(text[max(0, run.start() - 300) : run.start()].rstrip().rsplit("\n\n", 2)[-2:])
        named = [m.group(0).lower() for m in _MEMBERS_INTRO.finditer(lead)]
        if not named:
            continue
        relation = "partner" if all(word.startswith("partner") for word in named) else "member_of"
        offset = run.start()
        for item, match in zip(items, found, strict=True):
            spans.append((offset + match.start("name"), offset + match.end("name"), relation))
            offset += len(item) + 1
    return tuple(spans) + _member_column(text) + _named_list(text) + _members_by_group(text)


# "Its members in 2022 were:" over "- **Government:** Ministry of ... (co-chair); Marevia ..."
_MEMBER_LIST_INTRO = re.compile(
    r"\b(?P<who>[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[\w-]+\s+){0,2}members(?:\s+in\s+(?:19|20)\d\d)?\s+"
    r"(?:are|were|include|included|are\s+as\s+follows)\s*:[ \t]*\n(?:[ \t]*\n)?"
)
_GROUP_ITEM = re.compile(
    rf"[ \t]*{BULLET}[ \t]+(?:[*_]*[A-Z][\w /&,-]{{1,40}}?[*_]*:[*_]*[ \t]+)?(?P<names>[^\n]+)(?:\n|$)"
)


def _members_by_group(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, "member_of" or "member_of_its") of the names in a list of members that a line
    introduces ("Its members in 2022 were:"), one bullet a stakeholder group or a name, names parted by
    semicolons; "its" and "their" name the body the sentence before is about."""
    spans = []
    for intro in _MEMBER_LIST_INTRO.finditer(text):
        items, position = [], intro.end()
        while (item := _GROUP_ITEM.match(text, position)) is not None:
            items.append(item)
            position = item.end()
        parts = [
            (item, part)
            for item in items
            for part in re.finditer(r"[ \t]*(?P<item>[^;]+;?)", item.group("names"))
        ]
        names = [_LISTED_NAME.fullmatch(part.group("item").rstrip(" .")) for _item, part in parts]
        if len(names) < 2 or not all(names):
            continue  # a list of members holds nothing but names
        relation = "member_of" if intro.group("who").lower() == "our" else "member_of_its"
        for (item, part), name in zip(parts, names, strict=True):
            start = item.start("names") + part.start("item") + name.start("name")
            spans.append((start, start + len(name.group("name")), relation))
    return tuple(spans)


# a heading (or a label) that names the bodies listed under it: "OUR PARTNERS", "Key partners:",
# "Donors:"; the list is one name an item, or names separated by semicolons or commas
_LIST_HEADING = re.compile(
    r"(?im)^[ \t#*_]*(?:\d{1,2}\.?[ \t]+)?(?:our[ \t]+)?(?:main[ \t]+|key[ \t]+|principal[ \t]+|technical[ \t]+)?"
    r"(?:(?P<partners>partners|partner[ \t]+organi[sz]ations|partners[ \t]+and[ \t]+(?:allies|supporters))|"
    r"(?P<funders>donors|funders|funding[ \t]+partners|financial[ \t]+partners)|"
    r"(?P<grantees>grantees|grant[ \t]+recipients))"
    # ("Grantees in 2024 included:")
    r"(?:[ \t]+in[ \t]+(?:19|20)\d\d)?(?:[ \t]+(?:included|include|are|were))?[ \t*_]*:?[ \t*_]*(?:\n[ \t]*)*?(?=\S)"
)
_LISTED_NAME_WORDS = rf"(?P<name>{_NAME_FIRST}(?:[ \t]+(?:{_NAME_NEXT}))*)"
# ... one an item, followed by what it is or did: "- **Ushirika Tech Collective** (Kenya) — KES 14M"
_NAME_OPENING_ITEM = re.compile(
    rf"[*_]*(?:the[ \t]+)?{_LISTED_NAME_WORDS}[*_]*(?:[ \t]*\([^()\n]{{2,60}}\))?[ \t]*(?:$|[—–:,;.]|[ \t]-[ \t])"
)
# ... or alone, with its acronym or country in brackets: "IFLA; EIFL; Ministry of Culture"
_LISTED_NAME = re.compile(
    rf"(?:and[ \t]+)?(?:the[ \t]+)?{_LISTED_NAME_WORDS}[ \t]*(?:\([^()\n]{{2,40}}\))?[ \t]*[.;,]?[ \t]*"
)
_LISTED_AS = {"partners": "partner", "funders": "funded_by", "grantees": "grantee"}


def _named_list(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, relation) of the names listed under a heading of partners ("partner"), of
    donors ("funded_by") or of grantees ("grantee"): three names or more, in a line of names or
    opening a bullet each."""
    spans = []
    for heading in _LIST_HEADING.finditer(text):
        block_end = text.find("\n\n", heading.end())
        block = text[heading.end() : len(text) if block_end < 0 else block_end].rstrip("\n")
        if "\n" in block:  # one name a bullet, alone or before what it is or did
            items = list(re.finditer(rf"(?m)^[ \t]*{BULLET}[ \t]+(?P<item>[^\n]*)", block))
            if len(items) != block.count("\n") + 1:
                continue
            names = [_NAME_OPENING_ITEM.match(item.group("item")) for item in items]
        else:  # names in a line, separated by semicolons or commas
            items = list(re.finditer(r"[ \t]*(?P<item>[^;,]+[;,]?)", block))
            names = [_LISTED_NAME.fullmatch(item.group("item")) for item in items]
        if len(names) < 3 or not all(names):
            continue
        for item, name in zip(items, names, strict=True):
            start = heading.end() + item.start("item") + name.start("name")
            end = heading.end() + item.start("item") + name.end("name")
            # the list's full stop is no part of its last name ("DravTel."), a legal form's is ("Ltd.")
            if text[end - 1] == "." and not re.search(
                rf"(?:\b(?:{LEGAL_FORMS_WITH_STOP})|\b[A-Z])\.$", text[start:end]
            ):
                end -= 1
            relation = next(_LISTED_AS[group] for group in _LISTED_AS if heading.group(group))
            spans.append((start, end, relation))
    return tuple(spans)


# a table's column of members: "Stakeholder group | Signatory" over "Private sector | SignBridge Inc."
_MEMBER_HEADING = re.compile(
    r"(?:signator(?:y|ies)|(?:signatory\s+)?members?(?:\s+organi[sz]ations?)?|member\s+(?:bodies|body)|"
    r"member\s+(?:networks?|institutions?|associations?|universities|university|compan(?:y|ies)|states?|countr(?:y|ies)))",
    re.IGNORECASE,
)
_MEMBER_CELL = re.compile(r"[ \t*_]*(?P<name>[A-ZÀ-Þ][^|()\n]{2,100}?)[ \t*_]*(?:\([^()\n]{1,40}\))?[ \t*_]*")


def _member_column(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, "member_of") of the names in a " | " table's column headed as its members."""
    spans = []
    for table in re.finditer(r"(?:^[^\n]* \| [^\n]*(?:\n|$)){3,}", text, re.MULTILINE):
        lines = table.group(0).rstrip("\n").split("\n")
        header = [cell.strip(" *_") for cell in lines[0].split(" | ")]
        column = next((i for i, cell in enumerate(header) if _MEMBER_HEADING.fullmatch(cell)), None)
        if column is None:
            continue
        offset = table.start() + len(lines[0]) + 1
        for line in lines[1:]:
            cells = line.split(" | ")
            if len(cells) == len(header):
                start = offset + sum(len(cell) + 3 for cell in cells[:column])
                cell = _MEMBER_CELL.fullmatch(cells[column])
                if cell:
                    spans.append((start + cell.start("name"), start + cell.end("name"), "member_of"))
            offset += len(line) + 1
    return tuple(spans)


_APPOSITIVE_PARTNER = re.compile(
    r"(?P<name>(?:[A-Z][\w&’'-]*\s+){0,4}[A-Z][\w&’'-]*),\s+(?:our|its|their)\s+(?:[\w-]+\s+){0,2}partners?\b"
)
_LOWER_GROUP = re.compile(
    r"\b(?:its|our|their|the|a|an)\s+(?P<name>(?:[\w-]+\s+)?(?:working\s+group|task\s+force|steering\s+committee|"
    r"expert\s+group)\s+on\s+[\w’'\s-]{3,60}?)(?=[,.;:)]|\s+(?:and|which|that|in|since|to)\b)"
)
_CONTACT_LINE = re.compile(
    r"\s*(?:Contact(?:\s+(?:person|point|details|office))?|Focal\s+point|E-?mail|Address|Tel(?:ephone)?)\s*[:|]",
    re.IGNORECASE,
)
_GENERAL_COMMENT = re.compile(r"\bGeneral\s+Comment\s+(?:No\.?\s*)?\d+\b")
_ACRONYM_DEF = re.compile(r"\(\s*(?:the\s+)?(?P<acr>[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*)\s*\)")
_BAD_ACRONYMS = {
    "ICT",
    "ICTS",
    "SDG",
    "SDGS",
    "WSIS",
    "AI",
    "PDF",
    "GDP",
    "SEC",
    "COVID",
    "NGO",
    "NGOS",
    "CEO",
    "USD",
    "EUR",
    "CSO",
    "CSOS",
    "SME",
    "SMES",
    "OCSEA",
    "CSAM",
    "II",
    "III",
    "IV",
}


@dataclass
class Node:
    id: str
    name: str
    category: str  # organisation | initiative
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str = "mentioned"
    gazetteer_index: int | None = None

    def add_alias(self, alias: str) -> None:
        alias = re.sub(r"\s+", " ", alias).strip(" *_")
        if alias and norm(alias) != norm(self.name) and all(norm(alias) != norm(a) for a in self.aliases):
            self.aliases.append(alias)

    def add_mention(self, start: int, end: int) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))


# the first words of funds that are organisations in their own right ("International Monetary
# Fund", "Global Fund", "OPEC Fund"); the gazetteer names the United Nations' funds
_FUND_BODIES = frozenset(
    {
        "United",
        "International",
        "Global",
        "World",
        "European",
        "African",
        "Asian",
        "Arab",
        "Islamic",
        "Nordic",
        "OPEC",
        "Inter-American",
    }
)


# the people a body is named for: "Yei Women's Radio and Wi-Fi Collective", "Children's Rights Network"
_NAMED_FOR = frozenset(
    (
        "Women",
        "Children",
        "People",
        "Peoples",
        "Men",
        "Girls",
        "Boys",
        "Youth",
        "Workers",
        "Farmers",
        "Citizens",
    )
)


def _classify(name: str) -> tuple[str, str] | None:
    """("organisation" | "initiative" | "event", kind) for a capitalised name, None for neither."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(_VERSION, words[-1]):
        words = words[:-1]  # "Smart Villages Programme 2.0": a programme
    if not words:
        return None
    last = words[-1].rstrip(".")
    if last == "Administration" and len(words) >= 2 and words[-2] in ("Public", "Business"):
        last = ""  # "Gulf Institute for Public Administration": a field of study, not the body's head
    if "Agenda" in words[:-1] and words[words.index("Agenda") + 1] in ("for", "of"):
        return "initiative", "document"  # "Tunis Agenda for the Information Society"
    if last == "Academy":
        # "Pacific Digital Skills Academy", "Regulators' Academy": in a submission, a training
        # programme; an academy that is a body is known ("e-Governance Academy") or is "of" something
        return "initiative", "programme"
    if last in ("Fund", "Facility") and words[0] not in _FUND_BODIES:
        # "Last Mile Connectivity Fund", "Systematic Observations Financing Facility": a programme
        # that funds (UNICEF is known)
        return "initiative", "programme"
    if words[0] in _FOREIGN_FIRST and len(words) >= 2:
        return "organisation", ORG_HEADS[words[0]]
    if words[:2] == ["Secretariat", "of"]:
        return "organisation", "other"  # "Secretariat of the Pacific Regional Environment Programme"
    if (
        words[0] == "Office"
        and len(words) >= 3
        and words[1] in ("National", "Nationale", "Régional", "Fédéral")
    ):
        return "organisation", "government"  # "Office National de l'État Civil et de l'Identification"
    if (
        words[0] in _FOREIGN_INITIATIVE_FIRST
        and words[-1] not in ORG_HEADS
        and (
            re.search(rf"\s(?:{'|'.join(ROMANCE_SMALL_WORDS)})\s|\s[dl]['’]", name)
            # a word no English name opens with: "Programa Última Milla Rural"
            or words[0] not in ("Programme", "Fonds", "Agenda", "Observatoire")
            and len(words) >= 3
        )
    ):
        return "initiative", _FOREIGN_INITIATIVE_FIRST[words[0]]
    if (
        words[0] == "Plan"
        and len(words) >= 2
        and words[1] in ("Stratégique", "National", "Nacional", "Estratégico")
    ):
        return "initiative", "document"  # "Plan Stratégique Tamaré Numérique 2030"
    if words[0] in ("Annual", "Biennial", "Ordinary", "Extraordinary") and any(
        w in EVENT_HEADS or w == "Assembly" for w in words[1:]
    ):
        return "event", "meeting"  # "Annual Members' Assembly", "Ordinary Assembly of the Union": not a body
    if (
        last in ORG_HEADS
        and last != "Society"
        and not any(w in EVENT_HEADS for w in words[:-1])
        or last in ("Teams", "Operators")
    ):
        return "organisation", ORG_HEADS[last]
    if words[-2:] == ["Operators", "Group"]:  # "Coastal Network Operators Group": a body of operators
        return "organisation", "network"
    for position, word in enumerate(words[1:-1], start=1):
        # "Working Group on Network Operations and Security", "Task Force on Digital Skills"
        if (
            word in ("Group", "Force")
            and words[position - 1] in ("Working", "Expert", "Advisory", "Task", "Study", "Steering")
            and words[position + 1] in ("on", "of", "for")
        ):
            return "initiative", "working_group"
    for position, word in enumerate(words[:-1]):
        if word in EVENT_HEADS and words[position + 1] in ("on", "of", "for"):
            return "event", "meeting"
    if last in EVENT_HEADS or words[-2:] == ["Round", "Table"]:  # ("Digital Health Donor Round Table")
        return "event", "meeting"
    if last in INITIATIVE_HEADS:
        if (
            last == "Group"
            and len(words) >= 2
            and words[-2]
            not in (
                "Working",
                "Expert",
                "Advisory",
                "Contact",
                "Reference",
                "Steering",
                "Interagency",
                "Inter-Agency",
                "Task",
            )
        ):
            return None
        if last == "Force" and (len(words) < 2 or words[-2] != "Task"):
            return None
        return "initiative", INITIATIVE_HEADS[last]
    if last in ORG_HEADS:
        return "organisation", ORG_HEADS[last]
    if last == "International" and len(words) >= 2 and words[0].isupper() and len(words[0]) >= 3:
        return "organisation", "civil_society"
    # "Ministry of Health", "University of Nairobi", "Convention on the Rights of the Child"
    for position, word in enumerate(words[:-1]):
        following = words[position + 1]
        if following not in ("of", "for", "on", "to", "against", "de", "des", "du"):
            continue
        if word in ORG_HEADS:
            return "organisation", ORG_HEADS[word]
        if word in INITIATIVE_HEADS and word not in ("Group", "Force"):
            return "initiative", INITIATIVE_HEADS[word]
        if word in EVENT_HEADS:
            return "event", "meeting"
    return None


def _org_kind(name: str, head_kind: str) -> str:
    if re.search(r"\bUnited Nations\b|^UN\b", name):
        return "un_entity"
    if re.search(
        r"\bMinistry\b|\bGovernment\b|\bParliament\b|\bRegulatory\b|\bMunicipal|\bCouncil of Ministers\b|"
        r"\bCabinet\b|\bSenate\b|\bNational Assembly\b|\bPolice\b",
        name,
    ) or (
        re.search(r"\bNational\b", name)
        and not re.search(
            r"Foundation|Association|Society|University|Alliance|"
            r"Network|Coalition",
            name,
        )
    ):
        return "government"
    if re.search(r"\bUniversity\b|\bCollege\b|\bAcademy\b|\bResearch\b|\bInstitute of\b|\bSchool\b", name):
        return "academia"
    if re.search(r"\bCERT\b|Computer (?:Emergency|Security Incident|Incident) Response Team", name):
        return "government"
    if re.search(
        r"\b(?:Inc|Ltd|LLC|GmbH|plc|Corporation|Company|Chamber of Commerce|Telecom\w*|Mobile|Pay)\b", name
    ):
        return "private_sector"
    if head_kind in ("other", "international_organization") and re.search(
        r"\b(?:International|World|Global|African|European|Asian|Arab|Inter-?American|Regional|Pacific)\b",
        name,
    ):
        return (
            "international_organization"
            if head_kind != "other"
            or not re.search(r"Foundation|Association|Society|Trust|Collective|Cooperative", name)
            else "civil_society"
        )
    if head_kind == "other":
        return "civil_society" if re.search(r"Council|Committee|Centre|Center", name) else "other"
    return head_kind


class NodeSet:
    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.by_key: dict[str, Node] = {}
        self.by_gazetteer: dict[int, Node] = {}

    def find(self, name: str) -> Node | None:
        return self.by_key.get(norm(name))

    def add(self, name: str, category: str, kind: str, gazetteer_index: int | None = None) -> Node:
        name = re.sub(r"^the\s+", "", name)  # "the Legal Aid Network for Reporters" is named without "the"
        node = self.by_gazetteer.get(gazetteer_index) if gazetteer_index is not None else None
        node = node or self.find(name)
        if node is None:
            used = {n.id for n in self.nodes}
            base = slug(name)
            node_id, number = base, 2
            while node_id in used:
                node_id, number = f"{base}-{number}", number + 1
            node = Node(
                node_id, re.sub(r"\s+", " ", name).strip(), category, kind, gazetteer_index=gazetteer_index
            )
            self.nodes.append(node)
        self.by_key.setdefault(norm(name), node)
        if gazetteer_index is not None:
            self.by_gazetteer.setdefault(gazetteer_index, node)
        return node

    def alias(self, node: Node, alias: str) -> None:
        node.add_alias(alias)
        self.by_key.setdefault(norm(alias), node)

    def drop(self, node: Node) -> None:
        """Forget a node the text turned out not to name (its mentions are the caller's)."""
        self.nodes.remove(node)
        for key in [key for key, value in self.by_key.items() if value is node]:
            del self.by_key[key]


@dataclass
class Mention:
    start: int
    end: int
    node: Node
    possessive: bool = False


# capitalised words that go on with a name up to its head word ("Networks Window", "Development Agency")
_LONGER_NAME = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}?[ \t]+(?:Agency|Window|Programme|Program|Project|Initiative|Fund|Facility|"
    r"Networks?|Commission|Parliament|Court|Centre|Center|Institute|Academy|Platform|Lab|Hub|Foundation|"
    r"Observatory|Alliance|Coalition|Partnership|Consortium)\b"
)
_EXECUTIVE = re.compile(r"[ \t]+(?:Commission|Parliament|Court)\b")


def find_entities(
    document: Document, submitter: str | None, submitter_short: str | None, submitter_kind: str
) -> tuple[NodeSet, list[Mention], list[tuple[int, int, str]]]:
    """Nodes for organisations and initiatives, every mention of them, and candidate event names."""
    text = document.text
    entries, index, pattern = gazetteer()
    nodes = NodeSet()
    mentions: list[Mention] = []
    event_names: list[tuple[int, int, str]] = []
    submitter_node = None
    if submitter:
        gaz = index.get(norm(submitter))
        submitter_node = nodes.add(
            entries[gaz].name if gaz is not None else submitter, "organisation", submitter_kind, gaz
        )
        submitter_node.role = "submitter"
        if gaz is not None and norm(submitter) != norm(entries[gaz].name):
            nodes.alias(submitter_node, submitter)
        if submitter_short:
            nodes.alias(submitter_node, submitter_short)
        # "Ministry of Communications and Digital Transformation, Republic of Maravia": the body
        # is named without its country in the text
        body = submitter.split(", ", 1)[0]
        if body != submitter and len(body.split()) >= 3:
            nodes.alias(submitter_node, body)
        # "Ministry of Digital Economy and Innovation of the Republic of Valdoria": likewise, when
        # the rest is a name of its own ("Ministry of Health", not "Ministry")
        body = _OF_THE_STATE.sub("", submitter)
        if body != submitter and len(body.split()) >= 3:
            nodes.alias(submitter_node, body)
        # "City of Valmora - Office for Digital Transformation": the office is named alone
        parts = re.split(r"\s+[-–—]\s+", submitter)
        for part in parts[1:] if len(parts) > 1 else ():
            if len(part.split()) >= 3:
                nodes.alias(submitter_node, part)
        # "Secretariat of the Community of ...": the organisation it serves speaks through it
        served = organisation_served(submitter)
        if served != submitter and len(served.split()) >= 2:
            nodes.alias(submitter_node, served)
        if gaz is not None:
            for alias in entries[gaz].aliases:
                nodes.by_key.setdefault(norm(alias), submitter_node)

    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    # 0. submitter's names and short name
    if submitter_node is not None:
        forms = sorted({submitter_node.name, *submitter_node.aliases}, key=len, reverse=True)
        sub_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
        for match in sub_re.finditer(text):
            if not overlaps(*match.span()):
                mentions.append(
                    Mention(
                        match.start(),
                        match.end(),
                        submitter_node,
                        text[match.end() : match.end() + 2] in ("'s", "’s"),
                    )
                )
                taken.append(match.span())

    # 1. gazetteer
    for match in pattern.finditer(text):
        found = match.group(0)
        number = index.get(norm(found))
        if number is None:
            continue
        entry = entries[number]
        # (the form the text writes: "WSIS Stocktaking platform" beside "WSIS Stocktaking Platform")
        form = next(
            (f for f in (entry.name, *entry.aliases) if norm(f) == norm(found) and _case_ok(f, found)), None
        )
        if form is None or overlaps(*match.span()):
            continue
        if _LONGER_NAME.match(text, match.end()) and (" " in form or _EXECUTIVE.match(text, match.end())):
            # part of a longer name: "the Pacific Community Networks Window", "the African Union
            # Development Agency", "the ECOWAS Commission"
            continue
        if (
            form != entry.name
            and " " in form
            and _OWN_BODY.search(text, max(0, match.start() - 40), match.start())
        ):
            taken.append(match.span())  # "our annual General Assembly": the submitter's own, no other body
            continue
        if entry.category == "initiative":
            node = nodes.add(entry.name, "initiative", entry.initiative_kind or "initiative", number)
        else:
            node = nodes.add(entry.name, "organisation", entry.kind, number)
        if norm(found) != norm(entry.name):
            nodes.alias(node, re.sub(r"[\s*_]+", " ", found))
        possessive = text[match.end() : match.end() + 2] in ("'s", "’s")
        mentions.append(Mention(match.start(), match.end(), node, possessive))
        taken.append(match.span())

    # 2. acronyms defined in the text
    acronyms: dict[str, Node] = {}
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group("acr")
        if acronym.upper() in _BAD_ACRONYMS:
            continue
        head = text[max(0, match.start() - 160) : match.start()].rstrip(" \t*_")
        head_end = match.start() - (len(text[max(0, match.start() - 160) : match.start()]) - len(head))
        sequences = list(_SEQ.finditer(head))
        if not sequences or sequences[-1].end() != len(head):
            continue
        seq = sequences[-1]
        name = _LEADING_STOP.sub("", seq.group(0))
        start = head_end - (len(head) - seq.start()) + (len(seq.group(0)) - len(name))
        if not initials_match(acronym, name):
            continue
        node = nodes.find(name) or nodes.find(acronym)
        if node is None:
            classified = _classify(name)
            if classified is None and _PARTNERED.search(text, max(0, start - 40), start):
                classified = ("organisation", "other")  # "we partnered with Deaf Access Kenya (DAK)"
            if classified is None:
                continue
            category, kind = classified
            if category == "event":
                event_names.append((start, head_end, name))
                continue
            node = nodes.add(name, category, _org_kind(name, kind) if category == "organisation" else kind)
        nodes.alias(node, acronym)
        if norm(node.name) != norm(name):
            nodes.alias(node, name)
        acronyms[acronym] = node
        if not overlaps(start, head_end):
            mentions.append(Mention(start, head_end, node))
            taken.append((start, head_end))
        taken.append(match.span("acr"))
        mentions.append(Mention(match.start("acr"), match.end("acr"), node))
    if acronyms:
        acronym_re = re.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
            + r")(?![\w-])"
        )
        for match in acronym_re.finditer(text):
            if not overlaps(*match.span()):
                node = acronyms[match.group(1)]
                mentions.append(
                    Mention(
                        match.start(), match.end(), node, text[match.end() : match.end() + 2] in ("'s", "’s")
                    )
                )
                taken.append(match.span())

    # 3. bodies listed as members, signatories or partners, whatever their names' last word
    for start, end, _relation in listed_members(text):
        if overlaps(start, end):
            continue
        name = text[start:end]
        node = nodes.find(name) or nodes.add(name, "organisation", _org_kind(name, "other"))
        mentions.append(Mention(start, end, node))
        taken.append((start, end))

    # 4. General Comments, capitalised names ending in an organisation, initiative or event word
    for match in _GENERAL_COMMENT.finditer(text):
        name = re.sub(r"\s+", " ", match.group(0))
        node = nodes.add(name, "initiative", "document")
        mentions.append(Mention(match.start(), match.end(), node))
        taken.append(match.span())
    for block_start, block_end in document.blocks:
        line = text[block_start:block_end]
        offset = block_start
        if _CONTACT_LINE.match(line):
            continue  # "Contact: Public Policy and Sustainability Office": the submitter's own office
        pending = [(seq.group(0), seq.start(), seq.end()) for seq in _SEQ.finditer(line)]
        while pending:
            raw, seq_start, seq_end = pending.pop(0)
            name = _PEOPLE_OF.sub("", _LEADING_STOP.sub("", raw))
            if len(name.split()) == 1 and name in ORG_HEADS:
                continue  # "Representatives of the Association": the submitter, named by its head word
            if name.split()[-1] == "Resolution" and re.match(r"\s*\d", line[seq_end:]):
                continue  # "General Assembly in Resolution 56/183": a citation
            start = offset + seq_start + (len(raw) - len(name))
            end = offset + seq_end
            # "X in Bogotá and the Université Y", "the SALEC e-Services Gateway and in the ECDD Open
            # Archive": two names, the second read after the first
            joined = re.search(
                r"\s+(?:and|&)\s+(?:(?:in|on|at|to|for|with|through|under)\s+)?the\s+|,\s+the\s+", name
            )
            if joined:
                second = seq_start + len(raw) - len(name) + joined.end()
                pending.insert(0, (line[second:seq_end], second, seq_end))
                end -= len(name) - joined.start()
                name = name[: joined.start()]
            # "the UNCTAD eTrade Readiness Assessments": an acronym before an electronic service's name
            # is its owner's, read apart
            owner = re.match(r"[A-Z][A-Z0-9&]{1,9}\s+(?=[eimu][A-Z][a-z])", name)
            if owner:
                second = seq_start + len(raw) - len(name) + owner.end()
                pending.insert(0, (line[second:seq_end], second, seq_end))
                end -= len(name) - owner.end()
                name = name[: owner.end()].rstrip()
            # "the Tech Dada Collective and UN Women": a known name after "and" ends the first (not its
            # office: "SAIEVAC and UNICEF's Regional Office", read below)
            known = next(
                (
                    m
                    for m in re.finditer(r"\s+(?:and|&)\s+", name)
                    if any(a == start + m.end() for a, _ in taken)
                    and not re.match(r"[\w&-]+(?:'s|’s)\s", name[m.end() :])
                ),
                None,
            )
            if known:
                end -= len(name) - known.start()
                name = name[: known.start()]
            name = re.sub(r"\s+", " ", name)
            cut = re.search(
                rf"\s+(?:in|on|for|to|of)\s+{MONTH_NAMES}\b|\s+in\s+(?!.*\b(?:{'|'.join(ORG_HEADS)}|"
                rf"{'|'.join(INITIATIVE_HEADS)})\b)",
                name,
            )
            if cut:
                end -= len(name) - cut.start()
                name = name[: cut.start()]
            country = _country_after_name().search(name) if not line[seq_end:].strip(" \t.,;") else None
            if (
                country
                and _classify(name[: country.start()])
                and not re.search(
                    r"\b(?:of|for|and|the|in|on|to|de|du|des|del|da|do|la|le)$", name[: country.start()]
                )
            ):
                # a line's last words, a country after a name, as a PDF's box that lost its columns
                # keeps them: "Nordvik University College Norway" (not "University of Malawi")
                end -= len(name) - country.start()
                name = name[: country.start()]
            if norm(name) in NOT_ORGANISATIONS:
                continue
            if not name or len(name) < 4 or name.isupper() and len(name.split()) > 2:
                continue
            owned = re.search(r"(?:'s|’s)$", name)
            if owned:  # "the Communications Authority of Kenya's licence": the name without its "'s"
                end -= len(name) - owned.start()
                name = name[: owned.start()]
                bare = re.search(r"\s(?:in|of|on|for|to|at|from|by|with)\s+the\s+([A-Z]\w+)$", name)
                if bare and bare.group(1) in ORG_HEADS and name.split()[0] not in ORG_HEADS:
                    continue  # "Most of the Bureau's work", "modules ... on the Commission's website"
            # (a day named for them is an observance, read as before: "International Women's Day")
            named_for = () if name.endswith(" Day") else _NAMED_FOR
            inner_possessive = [
                m
                for m in re.finditer(r"(?<=\s)([A-Z][\w&-]*)(?:'s|’s)\s", name)
                if m.group(1) not in named_for
            ]
            if inner_possessive:  # "SAIEVAC and UNICEF's Regional Office": from the possessive on
                cut = inner_possessive[-1].start()
                start += cut
                name = name[cut:]
            possessor = re.match(r"^([A-Z][\w&-]*)(?:'s|’s)\s+(.+)$", name)
            if possessor and possessor.group(1) not in named_for:
                owner = nodes.find(possessor.group(1))
                rest = possessor.group(2)
                classified = _classify(rest)
                if owner is not None and classified and classified[0] == "organisation":
                    # an office of an organisation is that organisation
                    nodes.alias(owner, name)
                    mentions.append(Mention(start, end, owner))
                    taken.append((start, end))
                    continue
                start += len(name) - len(rest)
                name = rest
            sent = re.search(r"\b(?:Bill|Act|Law|Decree)(?=\s+to\s+)", name) or _HEAD_BEFORE_TO.search(name)
            if sent:  # "submit an Artificial Intelligence Bill to Parliament": the bill, not a body;
                # "extend the Observatory to Peru", "raised the Island Connectivity Fund to USD 3 million"
                end -= len(name) - sent.end()
                name = name[: sent.end()]
            if _NOT_A_NAME.match(name):
                continue  # "Action Line C7 the Union", "the General Secretariat"
            classified = _classify(name)
            if classified is None:
                continue
            category, kind = classified
            if overlaps(start, end):
                inner = [m for m in mentions if start <= m.start and m.end <= end]
                # only an initiative or event may contain a known organisation ("UN Convention on ...")
                if (
                    category == "organisation"
                    or not inner
                    or len(inner) != len([1 for a, b in taken if start < b and a < end])
                    # a known name whole ("United Nations Conference on Trade and Development")
                    or any((m.start, m.end) == (start, end) for m in inner)
                ):
                    continue
            if len(name.split()) < 2:
                continue  # a head alone names nothing: "Day" of "International Women's Day"
            if category == "event":
                event_names.append((start, end, name))
                continue
            if submitter_node is not None and category == "organisation":
                # "ECPAT Network", "ECPAT International Secretariat": the submitter's own; not
                # "Savanna Regional CERT Network" beside the "Savanna and Lakes Economic Community"
                first = name.split()[0]
                own = first == submitter_short or (
                    first == submitter_node.name.split()[0] and len(name.split()) == 2
                )
                if own and name.split()[-1] in (
                    "Network",
                    "Secretariat",
                    "Family",
                    "International",
                ):
                    nodes.alias(submitter_node, name)
                    mentions.append(Mention(start, end, submitter_node))
                    taken.append((start, end))
                    continue
            if category == "organisation":
                kind = _org_kind(name, kind)
            node = nodes.find(name)
            if node is None:
                node = nodes.add(name, category, kind)
            # a gazetteer or acronym mention inside an initiative's name is not a mention of its own
            if category == "initiative":
                mentions[:] = [
                    m
                    for m in mentions
                    if not (
                        start <= m.start
                        and m.end <= end
                        and not m.possessive
                        and m.node.category == "organisation"
                        and m.node.role != "submitter"
                    )
                ]
            mentions.append(Mention(start, end, node))
            taken.append((start, end))
    for match in _LOWER_INITIATIVE.finditer(text):
        start, end = match.span("name")
        name = _LEADING_STOP.sub("", match.group("name"))
        start = end - len(name)
        if overlaps(start, end) and not any(m.start == start for m in mentions):
            inner = [m for m in mentions if start <= m.start < end]
            if any(m.end == end for m in inner):
                continue
        if name.split()[0].islower() or len(name.split()) < 2:
            continue
        if re.search(r"\s(?:of|for|to|on|in)\s+the\s+\w+$", name):
            continue  # "Phase II of the programme": a part of a programme named before
        if len(name.split()) == 2 and re.search(
            r"(?:^|\n|\|)[ \t*_]*$|[.!?:][ \t]+$", text[max(0, start - 5) : start]
        ):
            continue  # "| Certified course |": a capital that only opens a cell, a line or a sentence
        kind = INITIATIVE_HEADS.get(match.group("head").capitalize(), "initiative")
        if match.group("head") == "network":
            continue
        name = re.sub(r"\s*\([A-Z][A-Za-z0-9&-]{1,11}\)", "", name.strip())  # "... Cities (U4SSC) initiative"
        if norm(name.rsplit(" ", 1)[0]) in index:
            continue  # "a United Nations programme": a known organisation's kind, not a name
        node = nodes.find(name) or nodes.add(name, "initiative", kind)
        mentions.append(Mention(start, end, node))
        taken.append((start, end))
    for match in _NAMED_AFTER_HEAD.finditer(text):
        group = next(g for g in ("quoted", "name", "name2") if match.group(g))
        start, end = match.span(group)
        name = re.sub(r"\s+", " ", match.group(group)).strip()
        if overlaps(start, end) or norm(name) in NOT_ORGANISATIONS or nodes.find(name):
            continue
        head = (match.group("head") or match.group("head2")).split()[-1].capitalize()
        kind = (
            "document" if head in ("Paper", "Report", "Study") else INITIATIVE_HEADS.get(head, "initiative")
        )
        node = nodes.add(name, "initiative", kind)
        mentions.append(Mention(start, end, node))
        taken.append((start, end))
    for match in _APPOSITIVE_PARTNER.finditer(text):
        start, end = match.span("name")
        name = _LEADING_STOP.sub("", match.group("name"))
        start = end - len(name)
        if overlaps(start, end) or len(name) < 3 or norm(name) in NOT_ORGANISATIONS:
            continue
        kind = _org_kind(name, "other")
        if kind == "other" and re.search(
            r"technology|mobile|telecom|business|industry|private", match.group(0), re.I
        ):
            kind = "private_sector"
        node = nodes.find(name) or nodes.add(name, "organisation", kind)
        mentions.append(Mention(start, end, node))
        taken.append((start, end))
    for match in _LOWER_GROUP.finditer(text):
        start, end = match.span("name")
        if overlaps(start, end):
            continue
        name = re.sub(r"\s+", " ", match.group("name"))
        node = nodes.find(name) or nodes.add(name, "initiative", "working_group")
        mentions.append(Mention(start, end, node))
        taken.append((start, end))
    for match in _SUBJECT_INITIATIVE.finditer(text):
        start, end = match.span("name")
        if overlaps(start, end):
            continue
        name = re.sub(r"\s+", " ", match.group("name"))
        kind = INITIATIVE_HEADS.get(match.group("head").capitalize(), "initiative")
        node = nodes.find(name) or _named_before(nodes, name) or nodes.add(name, "initiative", kind)
        mentions.append(Mention(start, end, node))
        taken.append((start, end))
    for match in _DESCRIBED_INITIATIVE.finditer(text):
        start, end = match.span("name")
        if overlaps(start, end):
            continue
        name = re.sub(r"\s+", " ", match.group("name")).strip()
        kind = INITIATIVE_HEADS.get(match.group("head").capitalize(), "initiative")
        node = nodes.find(name) or nodes.add(name, "initiative", kind)
        mentions.append(Mention(start, end, node))
        taken.append((start, end))
    for pattern in (
        _LAUNCHED_NAME,
        _NAME_LAUNCHED,
        _NAME_DESCRIBED,
        _NAME_IS,
        _NAME_OUR,
        _OUR_THING_NAME,
        _OUR_NAME_THING,
        _CAMEL_THING,
        _QUOTED_BEFORE_HEAD,
        _SUB_LINE_WORK,
        _NAME_THEN_LAUNCHED,
        _NAME_FUNDED,
    ):
        for match in pattern.finditer(text):
            group = next(g for g in ("camel", "bare", "name") if g in pattern.groupindex and match.group(g))
            start, end = match.span(group)
            name = _LEADING_STOP.sub("", re.sub(r"\s+", " ", match.group(group)).strip())
            start = end - len(name)
            if name.split()[0] in _PRODUCTS:
                continue
            if group == "camel" and any(n.name.startswith(name + " ") for n in nodes.nodes):
                continue  # "MiValmora" beside "the MiValmora portal" named before
            if len(name.split()) < 2 and not re.fullmatch(_CAMEL_NAME, name):
                continue
            # what the submitter calls its own programme is one, whatever its head: "The GLACR
            # Regulatory Academy, our blended-learning programme"
            own = pattern in (_NAME_OUR, _OUR_THING_NAME, _OUR_NAME_THING) or (
                pattern is _NAME_IS and re.search(r"\sis\s+our\s", match.group(0))
            )
            known = nodes.find(name)
            if own and known is not None and _reclassified_as_own(known):
                continue
            if overlaps(start, end) or norm(name) in NOT_ORGANISATIONS or known:
                continue
            classified = _classify(name)
            if classified is not None and classified[0] != "initiative" and not own:
                continue
            kind = (
                classified[1]
                if classified and classified[0] == "initiative"
                else "programme"
                if own
                else "initiative"
            )
            node = nodes.add(name, "initiative", kind)
            mentions.append(Mention(start, end, node))
            taken.append((start, end))
    # 5. a link's text names a programme or a partner: "[Digital Marendia 2030](https://...)"
    for linked in document.canonical.link_texts:
        name = _LEADING_STOP.sub("", linked)
        if not _LINKED_NAME.fullmatch(name) or norm(name) in NOT_ORGANISATIONS or nodes.find(name):
            continue
        # a phrase with one capital, as a sentence opens ("Fellowship handbook"), names nothing
        if len(re.findall(r"(?<![\w'’])[A-Z0-9]", name)) < 2 and not re.match(r"\S*[a-z-][A-Z]", name):
            continue
        category, kind = _classify(name) or ("initiative", "initiative")
        if category == "event":
            continue
        spans = [
            m.span()
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            if not overlaps(*m.span())
        ]
        # "Connect Every Village" beside "the Connect Every Village programme" found before: one
        node = next((n for n in nodes.nodes if n.name.startswith(name + " ")), None)
        if node is not None:
            nodes.alias(node, name)
        if spans:
            node = node or nodes.add(
                name, category, _org_kind(name, kind) if category == "organisation" else kind
            )
            for span in spans:
                mentions.append(Mention(*span, node))
                taken.append(span)
    _table_entities(document, nodes, mentions, overlaps, taken)
    _merge_initiatives(nodes, mentions)
    _merge_glosses(text, nodes, mentions)
    _split_pairs(text, nodes, mentions)
    _drop_names_inside_names(text, nodes, mentions)
    _actors_are_organisations(text, nodes, mentions)
    # "the Ministry", "the Agency": the submitter named by the head word of its name
    if submitter_node is not None:
        heads = [
            w
            for w in submitter_node.name.split()
            if w in ORG_HEADS or w in ("Network", "Consortium", "Alliance")
        ]
        if heads:
            anaphora = re.compile(rf"\b[Tt]he\s+({heads[-1]})\b(?!\s+(?:of|for|on)\b)")
            for match in anaphora.finditer(text):
                if not overlaps(*match.span(1)):
                    mentions.append(
                        Mention(
                            match.start(1),
                            match.end(1),
                            submitter_node,
                            text[match.end(1) : match.end(1) + 2] in ("'s", "’s"),
                        )
                    )
                    taken.append(match.span(1))
    # "the programme", "the project": the initiative named last before
    initiative_mentions = sorted(
        (m for m in mentions if m.node.category == "initiative"), key=lambda m: m.start
    )
    for match in re.finditer(
        r"\b[Tt]he\s+(programme|program|project|initiative|campaign|platform|survey)\b", text
    ):
        if overlaps(*match.span(1)):
            continue
        before = [
            m
            for m in initiative_mentions
            if m.end <= match.start()
            and match.start() - m.end < 600
            and m.node.kind in ("programme", "initiative", "campaign")
        ]
        if before:
            mentions.append(Mention(match.start(1), match.end(1), before[-1].node))
            taken.append(match.span(1))
    # "Capacity building and e-learning (C4 and C7)": action-line codes name no initiative
    codes = {n.id for n in nodes.nodes if re.fullmatch(r"(?:(?:C\d{1,2}|and|or|&|,)\s*)+", n.name)}
    if codes:
        nodes.nodes = [n for n in nodes.nodes if n.id not in codes]
        mentions = [m for m in mentions if m.node.id not in codes]
    mentions.sort(key=lambda m: m.start)
    return nodes, mentions, event_names


_ACTING_VERBS = re.compile(
    r"^(?:['’]s\s+\w+\s+)?\s*(?:\)\s*)?(?:also\s+|has\s+|have\s+|had\s+)?(?:joined|agreed|handled|signed|received|"
    r"provided|launched|adopted|organi[sz]ed|hosted|works?|worked|partners?|partnered|supports?|supported|funds?|"
    r"funded|members?|is\s+an?\s+(?:\w+\s+)?(?:organi[sz]ation|network|alliance|body|member)|decided|elected|"
    r"published|invited|convened)\b",
    re.IGNORECASE,
)


def _actors_are_organisations(text: str, nodes: NodeSet, mentions: list[Mention]) -> None:
    """A named initiative or forum that acts ("KAL-CERT joined...", "the IDCI partners agreed")
    is a body of members, that is an organisation (a network)."""
    for node in nodes.nodes:
        acronyms = [a for a in node.aliases if re.fullmatch(r"[A-Z][A-Z0-9&-]+", a)]
        if node.category != "initiative" or node.kind != "initiative" or not acronyms:
            continue
        acts = 0
        for mention in mentions:
            if (
                mention.node is node
                and text[mention.start : mention.end] in acronyms
                and _ACTING_VERBS.match(text[mention.end : mention.end + 40])
            ):
                acts += 1
        if acts:
            node.category = "organisation"
            node.kind = "network"


# a column of one organisation a row ("Partner", "Grantee"): its cell is one name, "and" included
# ("Samoa Women in Technology and Digital Entrepreneurship Network"); "Partners" may list several
_ONE_A_ROW = re.compile(
    r"(?:implementing\s+|lead\s+)?partner|grantee|grant\s+recipient|partner\s+(?:organi[sz]ation|institution)"
)
_NOT_A_PARTNER = re.compile(r"(?:sub-?)?totals?|none|n/?a|[-–—]+", re.IGNORECASE)


_EVENT_ROW = re.compile(
    r"^(?:Launch|Session|Participation|Opening|Signing|Presentation|Side\s+event|Panel|Visit|Publication|"
    r"Release|Validation|Adoption|Signature)\b",
    re.IGNORECASE,
)


_HAPPENING_WORD = re.compile(
    r"\b(?:(?:launch|forum|summit|conference|dialogue|workshop|webinar|seminar|meeting|hackathon|roundtable|"
    r"ceremony|event|month|week|drill|landing)(?:s|es)?|graduat(?:es?|ed|ion)|tabletop\s+exercise|"
    r"(?:passed|adopted|signed)\s+by)\b",
    re.IGNORECASE,
)


def _names_an_event(name: str) -> bool:
    """An activity table's row that names a happening, not a programme: "Launch of the X",
    "Regional Workshop on Y", "Internet Governance Forum 2024"."""
    bare = re.sub(r"\s+(?:19|20)\d\d$", "", name)
    classified = _classify(bare)
    return (
        bool(_EVENT_ROW.match(name))
        or (classified is not None and classified[0] == "event")
        or bool(re.search(r"\b(?:Forum|Summit|Conference|Assembly)$", bare))
        # "Youth forum on online safety", "Beta launch of the X", "First cohort graduates"
        or bool(_HAPPENING_WORD.search(name))
    )


def _partner_items(cell: str, one_a_row: bool) -> list[tuple[int, str]]:
    """(offset, words) of the names a Partners cell lists, parted by ";", "," and "and". In a column
    of one organisation a row ("Partner", "Grantee") only ";" parts names, and an "and" after a
    name's head word or an acronym ("Kalangala District Health Office and Amref Health Africa",
    "UNHCR and ..."): "Samoa Women in Technology and Digital Entrepreneurship Network" is one."""
    items, start, since = [], 0, 0  # `since`: where the words before the next "and" begin
    # (an "and" before a word in lower case joins words of one description: "Global and regional WIS
    # centres")
    for separator in re.finditer(r";\s*|,\s*|\s+and\s+(?!(?!the\s)[a-z])", cell):
        is_and = separator.group(0)[:1] not in ";,"
        if one_a_row and separator.group(0)[:1] != ";":
            last = cell[since : separator.start()].split()
            parts = (
                is_and
                and bool(last)
                and (
                    last[-1] in ORG_HEADS
                    or (len(last) == 1 and re.fullmatch(r"[A-Z]{2,}", last[0]) is not None)
                )
            )
            if is_and:
                since = separator.end()
            if not parts:
                continue
        items.append((start, cell[start : separator.start()]))
        start = since = separator.end()
    items.append((start, cell[start:]))
    return items


def _initiative_items(text: str, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The names an Initiative or Programme cell lists, parted by ";" ("Kestrel SkillUp; SecureSME");
    not words describing work ("Certified course", "Regional residential schools")."""
    if span is None:
        return []
    items = []
    for item in re.finditer(r"[^;]+", text[span[0] : span[1]]):
        words = item.group(0).split()
        # (a word with a capital anywhere names: "Immunisation e-Registry")
        described = all(not re.search(r"[A-Z]", w) for w in words[1:]) and not re.search(
            r"[A-Z].*[A-Z]|\d", words[0] if words else ""
        )
        if words and not (len(words) > 1 and described):
            start = span[0] + item.start() + len(item.group(0)) - len(item.group(0).lstrip())
            items.append((start, start + len(item.group(0).strip())))
    return items


def _reclassified_as_own(node: Node) -> bool:
    """An organisation found by its name's head word made the submitter's own programme (not the
    submitter, nor a body the gazetteer knows)."""
    if node.category != "organisation" or node.role == "submitter" or node.gazetteer_index is not None:
        return False
    node.category, node.kind = "initiative", "programme"
    return True


def _table_entities(document: Document, nodes: NodeSet, mentions: list[Mention], overlaps, taken) -> None:
    """Tables: the first column of an "Initiative"/"Programme" table names initiatives (not in a
    row dated to a day or a month: that row is a meeting); every item of a "Partners" column is
    an organisation, even one the gazetteer does not know."""
    from wsislens.extract.document import dated_on_a_day, table_rows

    text = document.text
    for row in table_rows(document):
        name_span = row.column(INITIATIVE_COLUMN)
        for start, end in _initiative_items(text, name_span) if not dated_on_a_day(row, text) else ():
            name = text[start:end]
            if len(name) > 2 and not _names_an_event(name):
                existing = [m for m in mentions if m.start == start and m.end == end]
                node = (
                    existing[0].node
                    if existing
                    else (nodes.find(name) or nodes.add(name, "initiative", "programme"))
                )
                if (
                    node.category == "organisation"
                    and node.role != "submitter"
                    and node.gazetteer_index is None
                ):
                    node.category, node.kind = "initiative", "programme"
                if not existing:
                    mentions.append(Mention(start, end, node))
                    taken.append((start, end))
        partner_span = row.column(PARTNER_COLUMN)
        if partner_span is None:
            continue
        heading = row.header[row.cells.index(partner_span)].lower()
        one_a_row = _ONE_A_ROW.fullmatch(heading) is not None
        for offset, item in _partner_items(row.words(text, partner_span), one_a_row):
            clean = re.sub(r"\s*\((?:donor|funder|lead|host)\)\s*$", "", item).strip()
            # a name, not words of a kind ("Coalition members")
            if (
                not clean
                or not clean[0].isupper()
                or _NOT_A_PARTNER.fullmatch(clean)
                or re.search(r"\s[a-z]+$", clean)
            ):
                continue
            acronym = re.search(r"\s*\(([A-Z][A-Za-z0-9&-]{1,11})\)$", clean)
            if acronym:  # "Caribbean Telecommunications Union (CTU)"
                clean = clean[: acronym.start()]
            end = offset + len(item) - (len(item) - len(item.rstrip())) - (len(item.strip()) - len(clean))
            pieces = row.pieces(partner_span, offset, end)
            start, end = row.source(partner_span, offset, end)
            if any(overlaps(*piece) for piece in pieces) and not _completes_a_wrapped_name(
                nodes, mentions, taken, pieces, clean
            ):
                continue
            node = nodes.find(clean) or nodes.add(
                clean,
                "organisation",
                _org_kind(clean, "network" if re.search(r"Net\b|Network", clean) else "other"),
            )
            if acronym:
                nodes.alias(node, acronym.group(1))
            mentions.append(Mention(start, end, node))
            taken.append((start, end))


def _named_before(nodes: NodeSet, words: str) -> Node | None:
    """The one initiative already named whose name holds every word of a description of it ("the
    teacher programme" for the "DataSkills for Teachers programme"), plurals aside."""

    def stems(name: str) -> set[str]:
        return {re.sub(r"(?<=\w\w)s$", "", w) for w in re.findall(r"[a-z]+", name.lower())}

    wanted = stems(words)
    found = [n for n in nodes.nodes if n.category == "initiative" and wanted <= stems(n.name)]
    return found[0] if len(found) == 1 else None


def _completes_a_wrapped_name(
    nodes: NodeSet,
    mentions: list[Mention],
    taken: list[tuple[int, int]],
    pieces: list[tuple[int, int]],
    name: str,
) -> bool:
    """Whether a partner's name wrapped in its cell ("Saint Corvina Community" over "College",
    "Inter-American" over "Development Bank") replaces the pieces found on its lines, which the
    text names nowhere else; the pieces' mentions and nodes are then dropped."""
    found = [m for m in mentions if any(start <= m.start and m.end <= end for start, end in pieces)]
    if not found:
        return False
    for mention in found:
        node = mention.node
        piece = f" {node.name} "
        if (
            node.gazetteer_index is not None
            or node.role == "submitter"
            or len(node.name) >= len(name)
            or piece not in f" {name} "
        ):
            return False
        rest = f" {name} ".replace(piece, " ", 1).strip()
        if nodes.find(rest) is not None or norm(rest) in gazetteer()[1]:
            return False  # "Ghana Grains Council" over "World Meteorological Organization": two partners
        if any(m.node is node for m in mentions if m not in found):
            return False
    for mention in found:
        mentions.remove(mention)
        if (mention.start, mention.end) in taken:
            taken.remove((mention.start, mention.end))
        if mention.node in nodes.nodes:
            nodes.drop(mention.node)
    return True


def _merge_initiatives(nodes: NodeSet, mentions: list[Mention]) -> None:
    """ "Working Group" after "Interagency Working Group", "Global Campaign" and "a multi-year
    global campaign to end SEC": a shorter initiative name inside a longer one of the same kind
    is an alias of it."""
    initiatives = [n for n in nodes.nodes if n.category == "initiative"]
    for short in initiatives:
        words = norm(short.name).split()
        if len(words) < 2:
            continue
        containers = [
            n
            for n in initiatives
            if n is not short
            and n.kind == short.kind
            and f" {' '.join(words)} " in f" {norm(n.name).replace('multi-year ', '')} "
            or n is not short
            and n.kind == short.kind
            and f" {' '.join(words)} " in f" {norm(n.name)} "
        ]
        if len(containers) != 1:
            continue
        _fold_into(nodes, mentions, short, containers[0])
        initiatives.remove(short)


def _fold_into(nodes: NodeSet, mentions: list[Mention], node: Node, target: Node) -> None:
    """`node` becomes an alias of `target`, its mentions target's."""
    target.add_alias(node.name)
    for alias in node.aliases:
        target.add_alias(alias)
    for mention in mentions:
        if mention.node is node:
            mention.node = target
    _forget(nodes, node, target)


def _forget(nodes: NodeSet, node: Node, target: Node | None = None) -> None:
    """`node` leaves the set; the names that found it find `target` (or nothing)."""
    nodes.nodes.remove(node)
    for key, value in list(nodes.by_key.items()):
        if value is node:
            if target is None:
                del nodes.by_key[key]
            else:
                nodes.by_key[key] = target


# the small words of French, Spanish and Portuguese inside a name ("a" and "e" are English too)
_ROMANCE_INSIDE = re.compile(
    r"\s(?:" + "|".join(w for w in ROMANCE_SMALL_WORDS if w not in ("a", "e")) + r")\s|\s[dl]['’]"
)


def _foreign(name: str) -> bool:
    """Whether a name is written in French, Spanish or Portuguese, by its first word or its small words."""
    first = name.split()[0]
    return (
        first in _FOREIGN_FIRST
        or first in _FOREIGN_INITIATIVE_FIRST
        or _ROMANCE_INSIDE.search(name) is not None
    )


def _merge_glosses(text: str, nodes: NodeSet, mentions: list[Mention]) -> None:
    """A translation's gloss in square brackets (or, after a name in another language, in round
    ones) names what stands before it: "Comisión Intersectorial
    de Transformación Digital [Intersectoral Commission for Digital Transformation]", "Equipo
    Nacional ... (MonCERT) [National Cyber Incident Response Team]" are one body, known by the name
    the gazetteer gives it or else by the name as written."""
    ends = {m.end: m for m in mentions}
    for gloss in list(mentions):
        square = re.match(r"\s*\]", text[gloss.end : gloss.end + 3]) is not None
        # (a round bracket may close on the acronym: "National Digital Agency (Agence Nationale du
        # Numérique - ANN)")
        closing = re.match(
            r"(?:\s*[-–,]\s*(?P<acronym>[A-Z][A-Za-z]{1,9}))?\s*\)", text[gloss.end : gloss.end + 16]
        )
        if not square and not closing:
            continue
        # (its acronym or its years between: "Plan Nacional Montaluz Conectada 2023-2027 [Connected ...]")
        before = re.search(
            r"(?:\s*\([^()\n]{1,15}\)|\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?\s*\[\s*$"
            if square
            else r"(?:\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?\s*\(\s*$",
            text[max(0, gloss.start - 30) : gloss.start],
        )
        named = before and ends.get(gloss.start - len(before.group(0)))
        if not named or named.node is gloss.node:
            continue
        if not square and not (
            named.node.category == gloss.node.category
            and (_foreign(named.node.name) or _foreign(gloss.node.name))
        ):
            continue  # round brackets gloss a name in another language only: "Consejo Nacional ... (National Council ...)"
        first, second = named.node, gloss.node
        if second.role == "submitter" or second.gazetteer_index is not None and first.gazetteer_index is None:
            first, second = second, first
        if second.role == "submitter" or second.gazetteer_index is not None:
            continue  # two known bodies
        if second in nodes.nodes:
            _fold_into(nodes, mentions, second, first)
            if closing and closing.group("acronym"):
                nodes.alias(first, closing.group("acronym"))


_STANDARD_AFTER = re.compile(r"(?:/[A-Z]{2,})* \d{3,5}(?:[.:-]\w+)*\b")


def _drop_names_inside_names(text: str, nodes: NodeSet, mentions: list[Mention]) -> None:
    """Acronyms that are part of another name, not mentions of their bodies: "UN" before a body of
    the UN ("the UN Economic Commission for Latin America and the Caribbean"), and a standards
    body's letters in a standard's number ("IEEE 802.11s mesh links", "ISO/IEC 27001")."""
    organisations = sorted((m for m in mentions if m.node.category == "organisation"), key=lambda m: m.start)
    dropped = [
        mention
        for mention, following in zip(organisations, organisations[1:], strict=False)
        if text[mention.start : mention.end] in ("UN", "U.N.")
        and not text[mention.end : following.start].strip()
    ]
    dropped += [
        m
        for m in organisations
        if re.fullmatch(r"[A-Z]{2,6}", text[m.start : m.end])
        and (
            _STANDARD_AFTER.match(text, m.end)
            or re.search(r"[A-Z]{2,}/$", text[max(0, m.start - 8) : m.start])
        )
    ]
    for mention in dropped:
        if mention in mentions:
            mentions.remove(mention)
        if not any(m.node is mention.node for m in mentions) and mention.node.role != "submitter":
            if mention.node in nodes.nodes:
                _forget(nodes, mention.node)


def _split_pairs(text: str, nodes: NodeSet, mentions: list[Mention]) -> None:
    """Two organisations read as one name ("Ivoiris Mobile and Lagune Telecom") when each is also
    named alone: each mention of the pair becomes a mention of each."""
    for pair in [n for n in nodes.nodes if n.category == "organisation" and n.role != "submitter"]:
        halves = pair.name.split(" and ")
        if len(halves) != 2 or pair.gazetteer_index is not None:
            continue
        known = [nodes.find(half) for half in halves]
        if all(re.search(r"\b(?:Inc|Ltd|LLC|GmbH|plc|AG|S\.?A|Pte\.?\s+Ltd)\.?$", half) for half in halves):
            # two companies, each with its legal form: "Tessaract Ground Systems GmbH and Nuvola Fibre Ltd"
            known = [
                node or nodes.add(half.rstrip("."), "organisation", "private_sector")
                for node, half in zip(known, halves, strict=True)
            ]
        if any(node is None or node is pair or node.category != "organisation" for node in known):
            continue
        # not the pieces of a name a table's cell wrapped ("Global Network of Internet and" / "Society ...")
        if any(
            re.match(r"\s+and\s*(?:\||\n|$)", text[m.end : m.end + 8]) for m in mentions if m.node is known[0]
        ):
            continue
        for mention in [m for m in mentions if m.node is pair]:
            joint = re.search(r"\s+and\s+", text[mention.start : mention.end])
            if joint is None:
                continue
            mentions.remove(mention)
            cut, resume = mention.start + joint.start(), mention.start + joint.end()
            mentions += [Mention(mention.start, cut, known[0]), Mention(resume, mention.end, known[1])]
        if not any(m.node is pair for m in mentions):
            _forget(nodes, pair)


# ------------------------------------------------------------------------------ relations

_PARTNER_WITH = re.compile(
    r"\b(?:works?|working|worked|collaborat\w*|co-?operat\w*|partner(?:s|ed|ing)?|engag\w+)\s+(?:very\s+)?"
    r"(?:closely\s+|together\s+|actively\s+|jointly\s+)?with\b|"
    r"\bmaintain\w*\s+(?:close\s+|strong\s+)?(?:working\s+)?(?:links|relations(?:hips)?|ties|contacts?)\s+with\b|"
    r"\b(?:in|through|our|a)\s+(?:close\s+|strategic\s+|long-?standing\s+)?(?:partnership|collaboration|co-?operation)"
    r"\s+with\b|\bpartnered\s+with\b|\bjoined\s+forces\s+with\b|\bimplemented\s+(?:jointly\s+)?with\b|"
    r"\b(?:with|received)\s+(?:the\s+)?(?:technical\s+)?(?:support|assistance|help)\s+(?:from|of)\b|"
    r"\btogether\s+with\b|\bjointly\s+with\b|"
    r"\b(?:designed|co-?designed|developed|conducted|prepared|produced|run|delivered|built|carried\s+out|undertaken|"
    r"written|organi[sz]ed)\s+(?:jointly\s+)?with\b|"
    r"\b(?:signed|concluded)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:memorandum\s+of\s+understanding|MoU|agreement|contract)"
    r"\s+with\b|"
    # "Under a contract with the National Department of Health, we connected ...", "our partner Médecins
    # Connectés"
    r"\bunder\s+(?:a|an|the|its|our)\s+(?:[\w-]+\s+){0,2}(?:contract|agreement|memorandum\s+of\s+understanding|MoU)"
    r"\s+with\b|\bour\s+(?:[\w-]+\s+)?partner\b(?=\s+(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
_PARTNERS_AFTER = re.compile(
    r"\b(?:both\s+of\s+which|all\s+of\s+which|which|who|both|they|all|these)\s+(?:are|is|have\s+been|were|remain)\s+"
    r"(?:also\s+|long-?standing\s+|key\s+|close\s+|important\s+|strategic\s+)?(?P<owner>[\w’'&-]+(?:\s+International)?)"
    r"\s+partners\b|\bare\s+(?:our|(?P<owner2>[\w’'&-]+)(?:'s|’s)?)\s+(?:[\w-]+\s+){0,2}partners\b",
    re.IGNORECASE,
)
_WITH = re.compile(r"\bwith\s+")
_WITH_OPENING = re.compile(
    r"[\W\d]*With\s+(?:(?:researchers|colleagues|experts|specialists|staff|teams?|engineers)\s+(?:at|of|from)\s+)?"
    r"(?=(?:the\s+)?[A-Z])"
)
# the submitter's members named in a list: "Its other members are the Universidad Técnica del Sur
# (Chile), the Kaveri Institute of Technology (India) and ...", "Our members include ..."
_ITS_MEMBERS = re.compile(
    # (or "Member operators in the region include Kestrel Mobile, Lotus Cellular and ...", "Members include")
    r"(?:\b(?:[Ii]ts|[Oo]ur)\s+(?:other\s+|current\s+|founding\s+|full\s+)?members|"
    r"(?<![\w-])Members?(?:\s+(?:operators|organi[sz]ations|companies|institutions|universities|networks))?"
    r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)\s+(?:are|include)\b"
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:bodies|organi[sz]ations|institutions|universities)\s*(?::|,\s+(?:among\s+them|such\s+as)))?"
)
# the other bodies of a joint submission's title block: "JOINT SUBMISSION BY\n  Northgate University
# (NGU), Kampala, Uganda\n  and\n  Tessellate Networks Ltd, Nairobi, Kenya"
_JOINT_SUBMITTERS = re.compile(
    r"(?im)^[ \t*_#]*Joint\s+(?:submission|contribution|input)\s+(?:by|of|from)\b[ \t:*_]*\n(?:[ \t]*\n)?(?P<block>(?:[^\n]*\S[^\n]*(?:\n|$)){1,6})"
)
# a line naming who chairs or leads what the line above names
_CHAIR_LINE = re.compile(
    # (the heading and its label may stand as paragraphs: "Working Group on Trust\n\nLead: RMER")
    r"(?m)^(?P<above>[^\n]*\S[^\n]*)\n(?:[ \t]*\n)?[ \t*•-]*(?:Chair(?:ed\s+by)?|"
    r"Lead(?:\s+(?:by|organi[sz]ation|institution|agency|partner))?|Led\s+by|Coordinator|Convenor)[ \t]*:[ \t]*"
    r"(?=(?P<line>[^\n]*))"
)
# what a table's "Role" cell says its partner is to the submitter
# (the first part of the cell says it: "Coordinator; WP1 lead", "Member (since 2021)")
_LEAD_ROLE = re.compile(
    r"(?:lead|leader|coordinator|lead\s+member|chair)(?:\s+(?:member|institution|organi[sz]ation|partner))?\b(?![ \t]*\w)"
)
_MEMBER_ROLE = re.compile(r"(?:full\s+|founding\s+|associate\s+)?member\b(?![ \t]*\w)")
_FUNDER_ROLE = re.compile(
    r"(?:main\s+|lead\s+|co-?)?(?:funder|donor|financier|funding\s+partner)\b(?![ \t]*\w)"
)
# a submitter that makes grants, and the cues of its grants
_GRANT_MAKER = re.compile(
    r"\b(?:Foundation|Fund|Trust|Fondation|Fundaci[óo]n|Funda[çc][ãa]o|Philanthrop\w*)\b"
)
_GRANT_TO = re.compile(r"\bgrants?\b(?:[^;]{0,80}?\bwent\s+to|\s+to)\s+", re.IGNORECASE)
_RECEIVED_GRANT = re.compile(
    r"\breceived\s+(?:an?|the|its|our|\w+)\s+(?:[\w-]+\s+){0,2}grants?\b(?![^.;]{0,60}\b(?:from|by)\b)",
    re.IGNORECASE,
)
_PARTNERS_LIST = re.compile(
    r"\bour\s+(?:\w+\s+)?partners\s*(?:include|such\s+as|are|like|:)|"
    r"\bpartners\s+(?:include|such\s+as)\b|\bin\s+partnership\s+with\b",
    re.IGNORECASE,
)
_MEMBER = re.compile(
    r"\b(?:is|are|am|been|became|become|as|remains?)\s+(?:an?\s+)?(?:[\w-]+\s+)?members?\s+of\b|\bjoined\b(?!\s+forces)|\bmembership\s+(?:of|in)\b",
    re.IGNORECASE,
)
_JOINTLY_OPENING = re.compile(
    r"\W*(?:[Jj]ointly|[Tt]ogether|[Ii]n\s+(?:co-?operation|partnership|collaboration))\s+with\s+"
    r"(?P<partners>[^;]{3,200}?),\s+(?=(?:the\s+)?[\w-]+\s+(?:\w+\s+)?(?:organi[sz]ed|convened|held)\b)"
)
_MEMBERS_OF = re.compile(
    r"\b[Tt]he\s+(?:current\s+|founding\s+|other\s+|full\s+)?members\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;:]{2,100}?)\s+"
    r"(?:are|were|include|included)\b"
)
_CO_ORGANISED = re.compile(
    r"\bco-?organi[sz](?:ed|es|ing)\b|\bjointly\s+organi[sz]ed\b|\bco-?convened\b|"
    r"\bco-?hosted\b",
    re.IGNORECASE,
)
_ORGANISED_BY = re.compile(r"\b(?:co-?)?organi[sz]ed\s+(?:jointly\s+)?by\b|\bconvened\s+by\b", re.IGNORECASE)
_ORGANISED_ACTIVE = re.compile(r"\b(?:organi[sz]ed|convened|held)\b(?!\s+by)", re.IGNORECASE)
# (or a list item's label: "20–21 February 2024, Libreville; host: Government of the Gabonese Republic")
_HOSTED_BY = re.compile(r"\bhosted\s+by\b|\bat\s+the\s+invitation\s+of\b|\bhost\s*:", re.IGNORECASE)
_FUNDED_BY = re.compile(
    r"\b(?:funded|financed|sponsored|co-?funded|supported\s+financially|made\s+possible)\s+by\b|"
    r"\bwith\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+support|funding|financing|grants?|financial\s+contributions?)\s+"
    # ("With financing of USD 2.3 million from the Asian Development Bank")
    r"(?:of\s+(?:about\s+|some\s+)?(?:[A-Z]{3}|US\$|\$|€|£)\s?[\d.,]+(?:\s+(?:million|billion|thousand))?\s+)?(?:from|of)\b|"
    r"\bthanks\s+to\s+(?:funding|a\s+grant)\s+from\b|\bgrants?\s+(?:from|by)\b",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontribut(?:ed|es|ing)\s+(?:actively\s+)?to\b|\bcontributing\s+(?:partner|member)s?\s+to\b|"
    r"\bprovided\s+(?:input|inputs|expertise)\s+(?:to|for)\b|\btook\s+part\s+in\b|\bparticipated\s+in\b|"
    r"\bsupported\s+the\s+development\s+of\b",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r"\b(?:in\s+conjunction|jointly|together)\s+with\b", re.IGNORECASE)
_LED_BY = re.compile(
    r"\bled\s+by\b|\bunder\s+the\s+leadership\s+of\b|\bchaired\s+by\b|\bcoordinated\s+by\b|"
    r"\bspearheaded\s+by\b|\bmanaged\s+by\b",
    re.IGNORECASE,
)
_LED_ACTIVE = re.compile(
    r"\b(?:leads?|led|established|launched|set\s+up|created|founded|develop(?:ed|s)?|initiated|coordinates?|"
    r"chairs?|chaired|runs?|spearheaded|manages?)\b(?!\s+by)",
    re.IGNORECASE,
)
# the submitter speaking of itself: "we", "our", and a UN body's "the secretariat"
_PRONOUN = re.compile(r"\b(?:we|our|us|We|Our)\b|\b[Tt]he\s+secretariat\b(?!\s+of\b)")
_CLAUSE_END = re.compile(
    r";|\.(?!\d)|\s+(?:but|while|whereas)\s+|,\s+and\s+(?:we|it|they|our|its|their|the)\b|"
    r"\s+(?:and\s+)?(?:hosted|funded|financed|led|chaired|supported|sponsored|organi[sz]ed)\s+by\b"
)
_LIST_END = re.compile(
    # (an acronym, or a share or a role in brackets inside the list: "the Government of Canada (45 per
    # cent), the European Union", "Nubelia Cloud (lead sponsor), Kora Telecom and ...")
    r"(?P<acronym>\(\s*(?:the\s+)?[A-Z][\w&.-]*\s*\)|\([^()\n]{1,40}\)(?=\s*(?:,|\band\b)))|[;()\u2013\u2014]|\s-\s|"
    r"\b(?:which|who|whose|that|where|while|whereas|through|via|with|alongside|to)\b|"
    r"\bin\s+(?:partnership|collaboration|co-?operation|conjunction)\b|"
    r"(?:,|\band\b|\bor\b)\s+(?!(?:the|a|an|its|their|by|from|also|as\s+well\s+as)\b)[a-z]"
)


@dataclass
class RelationHit:
    source: str
    target: str
    type: str
    span: tuple[int, int]


def _partners_table(document: Document, mentions: list[Mention]) -> list[tuple[Node, tuple[int, int]]]:
    """Organisations in a table column headed "Partners" (or "Grantee"), with their row."""
    from wsislens.extract.document import table_rows

    result = []
    for row in table_rows(document):
        span = row.column(PARTNER_COLUMN)
        if span is None:
            continue
        for mention in mentions:
            if (
                span[0] <= mention.start
                and mention.end <= span[1]
                and mention.node.category == "organisation"
            ):
                result.append((mention.node, (row.start, row.end)))
    return result


def _self_name(submitter: Node | None) -> re.Pattern | None:
    """How the submitter names itself by its kind of body: "the Ministry" (of "Ministry of Communications
    ..."), "the Authority", "the Foundation"; not "the Ministry of Health", another one."""
    if submitter is None:
        return None
    words = submitter.name.split()
    head = words[0] if words[0] in _SELF_HEADS else words[-1] if words[-1] in _SELF_HEADS else None
    return re.compile(rf"\b[Tt]he\s+{head}\b(?!\s+(?:of|for|on)\b)") if head else None


_SELF_HEADS = frozenset(
    "Ministry Department Agency Authority Commission Office Institute Centre Center Foundation Network "
    "Association Council Federation Alliance Coalition Consortium Organisation Organization Union Bank".split()
)
_THE_EVENT = re.compile(
    r"\W*(?:The|This)\s+(?:\w+\s+)?(?:event|meeting|summit|forum|workshop|conference|hackathon|gathering|"
    r"convening|dialogue|symposium)\b[^,;]{0,40}$",
    re.IGNORECASE,
)


def _funded_before(
    actors: list[Mention], position: int, submitter: Node | None, sentence: str, previous: Node | None
) -> Node | None:
    """What a funding cue at `position` says was funded: the last programme named before it, the
    submitter when the clause opens with it, the last body named before it; in a sentence that opens
    with "It" or "This", the programme the sentence before named; in one that opens with the cue
    ("With financing from ..."), the programme named after it."""
    before = [m for m in actors if m.end <= position]
    initiatives_before = [m for m in before if m.node.category == "initiative"]
    if initiatives_before:
        return initiatives_before[-1].node
    if before and before[0].node is submitter:
        return submitter
    if before:
        return before[-1].node
    if previous is not None and re.match(
        r"\s*(?:It|This(?:\s+(?:project|programme|program|initiative))?)\s", sentence
    ):
        return previous
    # "With financing ... from the ADB, the secretariat launched ... the Inner Asia Fibre Corridors Project"
    after = [m for m in actors if m.start > position and m.node.category == "initiative"]
    if after and re.match(r"\W*With\b", sentence):
        return next((m.node for m in after if m.node.name[:1].isupper()), after[0].node)  # (a name, if one)
    return submitter


_CHAIRED_BODY = re.compile(r"\b(?:Committee|Board|Council|Group|Task\s+Force|Steering\s+\w+)$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _owner_of_members(text: str, position: int, mentions: list[Mention]) -> Node | None:
    """The body whose members a list at `position` names after "Its members were:": the first named
    in the sentence before that line ("The MSC has eleven members ... Its members in 2022 were:")."""
    intros = list(_MEMBER_LIST_INTRO.finditer(text, max(0, position - 3000), position))
    if not intros:
        return None
    intro = intros[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, intro.start() - 600), intro.start())]
    start = ends[-2] if len(ends) >= 2 else max(0, intro.start() - 600)
    named = [
        m
        for m in mentions
        if start <= m.start < intro.start() and m.node.category in ("organisation", "initiative")
    ]
    return named[0].node if named else None


# a heading of members with their names below it, one a line, as a PDF's box keeps them: "Consortium
# members\nUniversidad Técnica del Altiplano (coordinator) Bolivia\nLakeshore University ... Malawi"
_MEMBERS_HEADING = re.compile(
    r"^[ \t*_#]*(?:(?:[Oo]ur|[Cc]onsortium|[Nn]etwork|[Aa]lliance|[Cc]oalition|[Ff]ull|[Ff]ounding|[Cc]urrent)[ \t]+)?"
    r"(?:[Mm]embers|MEMBERS|[Mm]ember[ \t]+(?:organi[sz]ations|institutions|universities|bodies))[ \t*_]*:?[ \t*_]*\n"
    r"(?:[ \t]*\n)?(?P<block>(?:[^\n]*\S[^\n]*(?:\n|$))+)",
    re.MULTILINE,
)
_COORDINATOR = re.compile(r"\((?:coordinator|coordinating\s+\w+|lead(?:\s+\w+)?|chair)\)", re.IGNORECASE)


def _members_below_heading(text: str, mentions: list[Mention]) -> list[tuple[Mention, tuple[int, int], bool]]:
    """(the body a line names first, the line, whether it coordinates) for each line under a
    heading of members, when most of its lines open with a body's name."""
    by_start: dict[int, Mention] = {}
    for mention in mentions:
        by_start.setdefault(mention.start, mention)  # (the first, as a search in text order finds)
    found = []
    for heading in _MEMBERS_HEADING.finditer(text):
        lines = [
            m.span() for m in re.finditer(r"[^\n]+", text[heading.start("block") : heading.end("block")])
        ]
        lines = [(heading.start("block") + a, heading.start("block") + b) for a, b in lines]
        named = []
        for start, end in lines:
            lead = re.match(rf"[ \t*_]*(?:{BULLET}[ \t]+)?[*_]*", text[start:end]).end()
            first = by_start.get(start + lead)
            if first is not None and first.node.category == "organisation":
                named.append((first, (start, end), bool(_COORDINATOR.search(text, first.end, end))))
        if len(named) >= 2 and 2 * len(named) >= len(lines):
            found += named
    return found


# a form's or a title block's line of partners: "Partners: UNESCO (IPDC project); AMARC - World
# Association of Community Radio Broadcasters (RARC is a member); Fundación Tinkuy (core funder)"
_PARTNERS_LINE = re.compile(
    r"^[ \t*_-]*(?:(?:main|key|implementing|our)[ \t]+)?partners?(?:[ \t]+organi[sz]ations?)?[ \t*_]*:[ \t*_]*"
    r"(?P<list>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM_FUNDS = re.compile(r"\((?:[^()]*\b)?(?:funder|donor|funding|sponsor)\b[^()]*\)", re.IGNORECASE)
_ITEM_MEMBERSHIP = r"\(\s*(?:we|{names})\s+(?:is|are)\s+(?:a\s+)?members?\b[^()]*\)"


def _labelled_partners(
    text: str, mentions: list[Mention], submitter: Node
) -> list[tuple[Mention, str, tuple[int, int]]]:
    """(body, relation, line) for each body on a line of partners: a partner, and what its item's
    brackets add: "(core funder)" funds the submitter, "(RARC is a member)", the submitter named,
    makes it a member."""
    names = "|".join(re.escape(name) for name in (submitter.name, *submitter.aliases))
    membership = re.compile(_ITEM_MEMBERSHIP.format(names=names), re.IGNORECASE)
    found = []
    for line in _PARTNERS_LINE.finditer(text):
        position = line.start("list")
        for item in re.split(r"(?<=[;])", line.group("list")):
            start, end = position, position + len(item)
            position = end
            named = [
                m for m in mentions if start <= m.start and m.end <= end and m.node.category == "organisation"
            ]
            if not named:
                continue
            found.append((named[0], "partner", line.span()))
            if _ITEM_FUNDS.search(item):
                found.append((named[0], "funded_by", line.span()))
            if membership.search(item):
                found.append((named[0], "member_of", line.span()))
    return found


# a body or a programme named again by its head word: "KestrelSat leads the consortium"
_DEFINITE_HEAD = re.compile(
    r"\b[Tt]he\s+(?P<head>consortium|alliance|coalition|partnership|programme|program|project|initiative|platform)\b"
)


def _definite_references(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of "the consortium", "the programme"...: the nearest body or programme named before,
    within 600 characters, whose name ends with that word."""
    found = []
    starts = [m.start for m in mentions]  # (the mentions are in text order)
    for match in _DEFINITE_HEAD.finditer(text):
        # (mentions that start within 600 characters before: no name is longer)
        near = mentions[bisect_left(starts, match.start() - 600) : bisect_right(starts, match.start())]
        if any(m.start <= match.start() < m.end for m in near):
            continue  # part of a name: "the Programme for ..."
        head = match.group("head")
        earlier = [
            m
            for m in near
            if match.start() - 600 <= m.end <= match.start() and m.node.name.lower().endswith(head)
        ]
        if earlier:
            found.append(Mention(match.start(), match.end(), max(earlier, key=lambda m: m.end).node))
    return found


def find_relations(
    document: Document,
    nodes: NodeSet,
    mentions: list[Mention],
    submitter: Node | None,
    events: list[tuple[str, int, int]],
) -> list[RelationHit]:
    """Typed relations from the wording of each sentence (never from a bare possessive).

    `events` are (event id, start, end) spans of the dated events of the text.
    """
    result: list[RelationHit] = []
    seen: set[tuple[str, str, str]] = set()
    text = document.text
    mentions = sorted(mentions, key=lambda m: m.start)
    mentions = sorted([*mentions, *_definite_references(text, mentions)], key=lambda m: m.start)

    def add(source: str, target: str, kind: str, span: tuple[int, int]) -> None:
        if source == target or (source, target, kind) in seen:
            return
        seen.add((source, target, kind))
        result.append(RelationHit(source, target, kind, span))

    grant_maker = submitter is not None and _GRANT_MAKER.search(submitter.name) is not None
    self_name = _self_name(submitter)
    initiatives = [m for m in mentions if m.node.category == "initiative"]
    initiative_starts = [m.start for m in initiatives]
    previous_start = 0
    for sentence in document.body_sentences():
        s0, s1 = sentence.start, sentence.end
        # the programme the sentence before names last ("The Cays Connect project will ... It is financed")
        previous_initiative = next(
            (
                m.node
                for m in reversed(
                    initiatives[
                        bisect_left(initiative_starts, previous_start) : bisect_left(initiative_starts, s0)
                    ]
                )
                if m.end <= s0
            ),
            None,
        )
        previous_start = s0
        if document.aside(s0, s1):
            continue  # a note's "set up with support from the Internet Society" is no partnership of the year
        in_sentence = [m for m in mentions if s0 <= m.start and m.end <= s1]
        pronouns = (
            [
                Mention(s0 + p.start(), s0 + p.end(), submitter)
                for pattern in (_PRONOUN, self_name)
                if pattern is not None
                for p in pattern.finditer(sentence.text)
            ]
            if submitter
            else []
        )
        actors = sorted(in_sentence + pronouns, key=lambda m: m.start)
        orgs = [m for m in actors if m.node.category == "organisation"]
        s_events = [(eid, a, b) for eid, a, b in events if a < s1 and s0 < b]
        stext = sentence.text

        def orgs_after(
            position: int, limit: int | None = None, with_submitter: bool = False
        ) -> list[Mention]:
            end = limit if limit is not None else s1
            clause = _CLAUSE_END.search(text, position, end)
            end = clause.start() if clause else end
            return [
                m for m in orgs if position <= m.start < end and (with_submitter or m.node is not submitter)
            ]

        def listed_after(position: int, with_submitter: bool = False) -> list[Mention]:
            """Organisations of the list right after `position` ("X, Y and the Z (ZZ)"), up to the verb,
            clause or aside that ends it."""
            end = next(
                (
                    cue.start()
                    for cue in _LIST_END.finditer(text, position, s1)
                    if not cue.group("acronym") and not any(m.start <= cue.start() < m.end for m in actors)
                ),
                None,
            )
            return orgs_after(position, end, with_submitter)

        def subject_before(position: int) -> Mention | None:
            before = [m for m in actors if m.end <= position and not m.possessive]
            if not before:
                return None
            # the nearest actor in the same clause
            candidate = before[-1]
            if _CLAUSE_END.search(text, candidate.end, position):
                return None
            return candidate

        # partner: "works closely with X", "maintain working links with X"
        if submitter is not None:
            for cue in _PARTNER_WITH.finditer(stext):
                subject = subject_before(s0 + cue.start())
                before_cue = [m for m in actors if m.end <= s0 + cue.start()]
                # the submitter, or the submitter's own programme when no other organisation acts
                if (
                    subject is not None
                    and subject.node is not submitter
                    and subject.node.category == "organisation"
                ):
                    if not any(m.node is submitter for m in before_cue):
                        continue
                if subject is None and any(
                    m.node.category == "organisation" and m.node is not submitter for m in before_cue
                ):
                    continue
                for mention in orgs_after(s0 + cue.end()):
                    add(submitter.id, mention.node.id, "partner", (s0, s1))
            for cue in _PARTNERS_AFTER.finditer(stext):
                owner = (cue.group("owner") or cue.group("owner2") or "our").lower()
                owner_names = (
                    {"our"}
                    | {norm(submitter.name)}
                    | {norm(a) for a in submitter.aliases}
                    | {norm(submitter.name).split()[0]}
                )
                if norm(owner) not in owner_names and norm(owner.rstrip("’'s")) not in owner_names:
                    continue
                for mention in orgs:
                    if mention.end <= s0 + cue.start() and mention.node is not submitter:
                        add(submitter.id, mention.node.id, "partner", (s0, s1))
            for cue in re.finditer(r",\s+(?:our|its)\s+(?:[\w-]+\s+){0,2}partners?\b", stext):
                before = [m for m in orgs if m.end <= s0 + cue.start() and s0 + cue.start() - m.end <= 2]
                if before and before[-1].node is not submitter:
                    add(submitter.id, before[-1].node.id, "partner", (s0, s1))
            for cue in _PARTNERS_LIST.finditer(stext):
                for mention in orgs_after(s0 + cue.end()):
                    add(submitter.id, mention.node.id, "partner", (s0, s1))
            # "With researchers at Makerere University we designed a course", "With the UN Economic
            # Commission for Latin America and the Caribbean (ECLAC) we will compare ..."
            opening = _WITH_OPENING.match(stext)
            we = re.search(r"(?:,\s*)?\b(?:we|our\s+\w+)\b", stext[opening.end() :]) if opening else None
            if opening and we and we.start() <= 120:
                for mention in orgs_after(s0 + opening.end(), s0 + opening.end() + we.start()):
                    add(submitter.id, mention.node.id, "partner", (s0, s1))
        # member_of
        for cue in _ITS_MEMBERS.finditer(stext) if submitter is not None else ():
            for mention in listed_after(s0 + cue.end()):
                add(mention.node.id, submitter.id, "member_of", (s0, s1))
        # "The members of the SkyBridge Consortium are KestrelSat, Tessaract Ground Systems GmbH ..."
        for cue in _MEMBERS_OF.finditer(stext):
            body = next((m for m in actors if m.start == s0 + cue.start("body")), None)
            for mention in listed_after(s0 + cue.end(), with_submitter=True) if body else ():
                add(mention.node.id, body.node.id, "member_of", (s0, s1))
        for cue in _MEMBER.finditer(stext):
            if re.search(r"\b(?:which|that|whom)\s+(?:[\w'’-]+\s+){1,4}$", stext[: cue.start()]):
                continue  # "the Coalition, which Nova Brava joined in May 2022": the one before joined nothing
            subject = subject_before(s0 + cue.start())
            targets = [
                m
                for m in actors
                if m.start >= s0 + cue.end()
                and not m.possessive
                and m.node is not (subject.node if subject else None)
            ]
            if subject and targets:
                add(subject.node.id, targets[0].node.id, "member_of", (s0, s1))
                # "TCA is a member of the PIRN and of the APT": each body the list names (a name's
                # acronym in brackets is the same body)
                listed = targets[0]
                for after in targets[1:]:
                    if after.node is listed.node:
                        continue
                    joined = r"\s*(?:\([^()]*\))?\s*(?:,|,?\s*and)\s+(?:of\s+)?(?:the\s+)?"
                    if not re.fullmatch(joined, text[listed.end : after.start]):
                        break
                    add(subject.node.id, after.node.id, "member_of", (s0, s1))
                    listed = after
                # "X, Y and Z are all members of W": each of the list before the cue
                if re.match(r"are\s", stext[cue.start() :]):
                    for mention in orgs:
                        if mention.end <= subject.start and not _CLAUSE_END.search(
                            text, mention.end, subject.start
                        ):
                            add(mention.node.id, targets[0].node.id, "member_of", (s0, s1))
        # "The Dialogue was hosted by ...": the latest event of that kind before the sentence
        if not s_events:
            head = re.search(
                r"\b[Tt]he\s+(Dialogue|Meeting|Conference|Forum|Summit|Workshop|Roundtable|Seminar|Symposium|"
                r"Congress|Webinar|Hackathon|Consultation|(?P<any>event|meeting|gathering))\b"
                # ("The third Datos Claros Summit was held ... It was co-organised with the IDB")
                r"|^\W*(?P<it>It)\s+(?:was|is|will\s+be)\s+(?:also\s+)?(?:co-?organi[sz]ed|organi[sz]ed|hosted|sponsored|"
                r"funded|convened)\b",
                stext,
            )
            if head:
                earlier = [
                    (eid, a, b)
                    for eid, a, b in events
                    # (an event's id may stop before its head word: its quote holds it; "the event" is
                    # the latest event)
                    if b <= s0
                    and s0 - b < (400 if head.group("it") else 800)
                    and (
                        head.group("any")
                        or head.group("it")
                        or head.group(1).lower() in (eid + text[a:b].lower())
                    )
                ]
                s_events = earlier[-1:]
        # co_organised, hosted_by
        if s_events:
            event_id = s_events[0][0]
            for cue in _CO_ORGANISED.finditer(stext):
                if re.match(r"\s*,?\s*(?:jointly\s+)?with\b", stext[cue.end() :]):
                    continue
                if re.match(r"\s+by\b", stext[cue.end() :]):
                    organisers = orgs_after(s0 + cue.end(), with_submitter=True)
                else:
                    organisers = [m for m in orgs if m.end <= s0 + cue.start()]
                    # "we co-organised the Pacific Digital Trade Forum in Lima with the IDB"
                    later = _WITH.search(text, s0 + cue.end(), s1)
                    if later:
                        organisers += orgs_after(later.end())
                for mention in organisers:
                    add(mention.node.id, event_id, "co_organised", (s0, s1))
            for cue in _ORGANISED_BY.finditer(stext):
                for mention in orgs_after(s0 + cue.end(), with_submitter=True):
                    add(mention.node.id, event_id, "co_organised", (s0, s1))
            if not _CO_ORGANISED.search(stext) and not _ORGANISED_BY.search(stext):
                # "Jointly with ITU and the IACC, the secretariat organized the Forum": those named
                # in the opening phrase organised it with the subject after it
                opening = _JOINTLY_OPENING.match(stext)
                partners = (s0 + opening.start("partners"), s0 + opening.end("partners")) if opening else None
                for mention in orgs_after(*partners, True) if partners else ():
                    add(mention.node.id, event_id, "co_organised", (s0, s1))
                for cue in _ORGANISED_ACTIVE.finditer(stext):
                    subject = subject_before(s0 + cue.start())
                    if subject is not None and subject.node.category == "organisation":
                        add(subject.node.id, event_id, "co_organised", (s0, s1))
                        for partner in re.finditer(
                            r"\b(?:jointly|together|in\s+(?:co-?operation|partnership|collaboration))\s+with\b",
                            stext[cue.end() :],
                        ):
                            for mention in orgs_after(s0 + cue.end() + partner.end()):
                                add(mention.node.id, event_id, "co_organised", (s0, s1))
            for cue in re.finditer(
                r"\b(?:will\s+host|hosts|hosted|is\s+hosting|to\s+host)\b(?!\s+by)", stext
            ):
                subject = subject_before(s0 + cue.start())
                if subject is not None and subject.node.category == "organisation":
                    add(event_id, subject.node.id, "hosted_by", (s0, s1))
            for cue in re.finditer(r"\bco-?organi[sz](?:ed|ing)\s*,?\s*(?:jointly\s+)?with\b", stext):
                for mention in orgs_after(s0 + cue.end(), with_submitter=True):
                    add(mention.node.id, event_id, "co_organised", (s0, s1))
                subject = [
                    m
                    for m in actors
                    if m.end <= s0 + cue.start()
                    and m.node.category == "organisation"
                    and ";" not in text[m.end : s0 + cue.start()]  # ("host: X; co-organised with Y")
                ]
                if subject:
                    add(subject[0].node.id, event_id, "co_organised", (s0, s1))
                elif (
                    submitter is not None
                ):  # a report's "co-organised with X" without a subject is the submitter's
                    add(submitter.id, event_id, "co_organised", (s0, s1))
            for cue in _HOSTED_BY.finditer(stext):
                hosts = orgs_after(s0 + cue.end())
                if hosts:
                    add(event_id, hosts[0].node.id, "hosted_by", (s0, s1))
        # funded_by: a funder's grants ("The largest grant of the year, USD 2.4 million, went to the
        # Sahel Telemedicine Collaborative", "Our grant to Makerere University", "The Open Classroom
        # Trust received a grant of USD 850,000")
        if grant_maker:
            for cue in _GRANT_TO.finditer(stext):
                for mention in orgs_after(s0 + cue.end())[:1]:
                    if re.fullmatch(r"(?:the\s+)?", text[s0 + cue.end() : mention.start]):
                        add(mention.node.id, submitter.id, "funded_by", (s0, s1))
            for cue in _RECEIVED_GRANT.finditer(stext):
                subject = subject_before(s0 + cue.start())
                if (
                    subject is not None
                    and subject.node is not submitter
                    and subject.node.category == "organisation"
                ):
                    add(subject.node.id, submitter.id, "funded_by", (s0, s1))
        funded: Node | None = None
        for cue in _FUNDED_BY.finditer(stext):
            funders = listed_after(s0 + cue.end())
            # (a second cue without a subject of its own funds the same: "financed by X, and co-financed by Y")
            if funded is None or not re.search(r"\band\s+(?:also\s+)?(?:co-)?$", stext[: cue.start()]):
                funded = _funded_before(actors, s0 + cue.start(), submitter, stext, previous_initiative)
            # "The event was sponsored by Meridia Telecom": the event the sentence names again
            event_funded = (
                s_events[0][0]
                if s_events
                and _THE_EVENT.match(stext[: cue.start()])
                and not any(m.end <= s0 + cue.start() for m in actors)
                else None
            )
            if funded is None and event_funded is None:
                continue
            for mention in funders:
                add(event_funded or funded.id, mention.node.id, "funded_by", (s0, s1))
        # contributed_to
        targets_here: list[Node] = []
        for cue in _CONTRIBUTED.finditer(stext):
            subject = subject_before(s0 + cue.start())
            after = [m for m in in_sentence if m.start >= s0 + cue.end() and m.node.category == "initiative"]
            event_after = [e for e in s_events if e[1] >= s0 + cue.end() - 40]
            if subject is None:
                continue
            if after:
                add(subject.node.id, after[0].node.id, "contributed_to", (s0, s1))
                targets_here.append(after[0].node)
            elif event_after:
                add(subject.node.id, event_after[0][0], "contributed_to", (s0, s1))
        # led
        for cue in _LED_BY.finditer(stext):
            leaders = orgs_after(s0 + cue.end())
            # a programme, or a body that others chair ("The MSC ... is co-chaired by the Ministry")
            led = [
                m
                for m in in_sentence
                if m.end <= s0 + cue.start()
                and (m.node.category == "initiative" or _CHAIRED_BODY.search(m.node.name))
                and m.node is not submitter
            ]
            if leaders and led:
                # "co-chaired by the Ministry and by Open Net Marevia": each of the pair
                co_leaders = (
                    listed_after(s0 + cue.end()) if stext[cue.start() - 3 : cue.start()] == "co-" else []
                )
                for leader in co_leaders or leaders[:1]:
                    add(leader.node.id, led[-1].node.id, "led", (s0, s1))
                targets_here.append(led[-1].node)
        for cue in _LED_ACTIVE.finditer(stext):
            subject = subject_before(s0 + cue.start())
            if re.search(r"\band\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?$", stext[: cue.start()]):
                # "X joined Y in 2021 and chairs its working group": the coordinated verb's subject is X
                first = [m for m in actors if m.start < s0 + cue.start()]
                subject = first[0] if first else subject
            if subject is None or subject.node.category != "organisation":
                continue
            after = [
                m
                for m in in_sentence
                if s0 + cue.end() <= m.start
                and m.node is not subject.node
                and (m.node.category == "initiative" or m.node is submitter or m.node.kind == "network")
            ]
            if (
                after
                and not _CLAUSE_END.search(text, s0 + cue.end(), after[0].start)
                and after[0].start - (s0 + cue.end()) < 60
                # ("coordinates the city's membership of the Coalition": not the Coalition)
                and not re.search(
                    r"\b(?:membership|participation|contribution|involvement|engagement|delegation)\b",
                    text[s0 + cue.end() : after[0].start],
                )
            ):
                add(subject.node.id, after[0].node.id, "led", (s0, s1))
                targets_here.append(after[0].node)
        for cue in _CONJUNCTION.finditer(stext):
            for target in targets_here[:1]:
                for mention in orgs_after(s0 + cue.end()):
                    add(mention.node.id, target.id, "contributed_to", (s0, s1))
    if submitter is not None:
        from wsislens.extract.document import table_rows

        for row in table_rows(document):
            partner_span = row.column(PARTNER_COLUMN)
            lead_span = row.column(LEAD_COLUMN)
            funder_span = row.column(FUNDER_COLUMN)
            if partner_span is None and lead_span is None and funder_span is None:
                continue
            initiative_span = row.column(INITIATIVE_COLUMN)
            initiative = next(
                (
                    m.node
                    for m in mentions
                    if initiative_span and m.start == initiative_span[0] and m.node.category == "initiative"
                ),
                None,
            )
            # "Programme | Partners | Funding" over "Climate Data for Farmers | FAO | Green Climate Fund"
            for mention in mentions if initiative is not None and funder_span is not None else ():
                if (
                    funder_span[0] <= mention.start
                    and mention.end <= funder_span[1]
                    and mention.node.category in ("organisation", "initiative")
                    and mention.node is not initiative
                ):
                    add(initiative.id, mention.node.id, "funded_by", (row.start, row.end))
            # "Project | Lead | Partners" over "Platform Work Observatory | University of Cape Town | ..."
            for mention in mentions if initiative is not None and lead_span is not None else ():
                if (
                    lead_span[0] <= mention.start
                    and mention.end <= lead_span[1]
                    and mention.node.category == "organisation"
                ):
                    add(mention.node.id, initiative.id, "led", (row.start, row.end))
            role_span = row.column(ROLE_COLUMN)
            role = (
                re.split(r"[;,(]", text[role_span[0] : role_span[1]].lower())[0].strip(" *_")
                if role_span
                else ""
            )
            for mention in mentions:
                if (
                    partner_span is not None
                    and partner_span[0] <= mention.start
                    and mention.end <= partner_span[1]
                    and mention.node.category == "organisation"
                    and mention.node is not submitter
                ):
                    # the part the row gives its partner: a lead or a member of the submitter, a funder
                    if _MEMBER_ROLE.fullmatch(role) or _LEAD_ROLE.fullmatch(role):
                        add(mention.node.id, submitter.id, "member_of", (row.start, row.end))
                        if _LEAD_ROLE.fullmatch(role):
                            add(mention.node.id, submitter.id, "led", (row.start, row.end))
                        continue
                    if _FUNDER_ROLE.fullmatch(role):
                        add(submitter.id, mention.node.id, "funded_by", (row.start, row.end))
                        continue
                    add(submitter.id, mention.node.id, "partner", (row.start, row.end))
                    if initiative is not None and re.match(
                        r"\s*\((?:donor|funder)\)", text[mention.end : mention.end + 12]
                    ):
                        add(initiative.id, mention.node.id, "funded_by", (row.start, row.end))
    # the bodies a list names as members or signatories of a joint submission, or as its partners
    if submitter is not None:
        for start, end, relation in listed_members(text):
            listed = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
            if listed is None or listed.node is submitter:
                continue
            line = (text.rfind("\n", 0, start) + 1, end)
            if relation in ("partner", "funded_by"):
                add(submitter.id, listed.node.id, relation, line)
            elif relation == "grantee":
                add(listed.node.id, submitter.id, "funded_by", line)
            elif relation == "member_of_its":
                owner = _owner_of_members(text, start, mentions)
                if owner is not None and owner is not listed.node:
                    add(listed.node.id, owner.id, "member_of", line)
            else:
                add(listed.node.id, submitter.id, "member_of", line)
        for partner, relation, line in _labelled_partners(text, mentions, submitter):
            if partner.node is not submitter:
                add(submitter.id, partner.node.id, relation, line)
        for member, line, coordinates in _members_below_heading(text, mentions):
            if member.node is not submitter:
                add(member.node.id, submitter.id, "member_of", line)
                if coordinates:
                    add(member.node.id, submitter.id, "led", line)
        # "WG-2  Cybersecurity and Trust" over "Chair: Ferran Islands Communications Authority (FICA)"
        for label in _CHAIR_LINE.finditer(text):
            chairs = [m for m in mentions if label.end() <= m.start < label.end("line")]
            above = [m for m in mentions if label.start("above") <= m.start < label.end("above")]
            if (
                chairs
                and above
                and chairs[0].node.category == "organisation"
                and above[0].node is not chairs[0].node
            ):
                add(chairs[0].node.id, above[0].node.id, "led", (label.start("above"), label.end("line")))
        for joint in _JOINT_SUBMITTERS.finditer(text):
            for mention in mentions:
                if (
                    joint.start("block") <= mention.start < joint.end("block")
                    and mention.node is not submitter
                    and mention.node.category == "organisation"
                ):
                    add(submitter.id, mention.node.id, "partner", joint.span("block"))
        # an organisation that co-organised an event with the submitter is its partner
        organisers: dict[str, list[RelationHit]] = {}
        for hit in result:
            if hit.type == "co_organised":
                organisers.setdefault(hit.target, []).append(hit)
        organisations = {n.id for n in nodes.nodes if n.category == "organisation"}
        for hits in organisers.values():
            if any(hit.source == submitter.id for hit in hits):
                for hit in hits:
                    if hit.source in organisations:
                        add(submitter.id, hit.source, "partner", hit.span)
    return result
