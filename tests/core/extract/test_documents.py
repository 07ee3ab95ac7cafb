"""Extraction of whole documents: the ECPAT seed against its curated dataset, and the held-out
test documents (Word, PDF, Markdown, plain text) against their expected facts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from tests.core.extract.word_parts import add_filled_table, add_word_notes, note_reference, word_draft
from wsislens.extract.text import pdf_pages_to_text
from wsislens.ingest import extract_document, validate_draft
from wsislens.paths import BUNDLED_DATA_DIR
from wsislens.scoring import score, score_expected

DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"
ECPAT_TEXT = BUNDLED_DATA_DIR / "sources" / "ecpat-international-2021.txt"
ECPAT_CURATED = BUNDLED_DATA_DIR / "submissions" / "ecpat-international-2021.yaml"


@pytest.fixture(scope="module")
def ecpat_draft():
    return extract_document(ECPAT_TEXT, infer_sdgs=False)


def test_ecpat_stated_facts_exactly(ecpat_draft) -> None:
    data = ecpat_draft.data
    assert data["id"] == "ecpat-international-2021"
    assert data["status"] == "draft"
    assert data["entity"] == {
        "name": "ECPAT International",
        "short_name": "ECPAT",
        "type": "civil_society",
        "evidence": [{"quote": "ECPAT International", "start": 313, "end": 332}],
    }
    session = {k: v for k, v in data["session"].items() if k != "evidence"}
    assert session == {
        "body": "CSTD",
        "number": 25,
        "year": 2022,
        "start": "2022-03-28",
        "end": "2022-04-01",
        "place": "Geneva",
    }
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == ("2021", "2021")
    assert [(a["code"], a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"] == [
        ("C5", "stated")
    ]
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [
        ("16.2", "stated"),
        ("5.3", "stated"),
        ("8.7", "stated"),
    ]
    assert data["sdg_goals"] == []
    assert data["source"]["sha256"] == "c1609ed5d4dc61af2494acf4f8de4f05c469b480e3c71636b8a957f5bbb91d4c"
    assert data["source"]["path"] == "sources/ecpat-international-2021.txt"
    assert data["source"]["language"] == "en"
    inferred = [a["code"] for a in data["action_lines"] if a["basis"] == "inferred"]
    assert "C10" in inferred
    assert all(
        a["method"] == "wsislens-extract 1.0" for a in data["action_lines"] if a["basis"] == "inferred"
    )


def test_ecpat_scores(ecpat_draft) -> None:
    curated = yaml.safe_load(ECPAT_CURATED.read_text(encoding="utf-8"))
    results = {r.kind: r for r in score(ecpat_draft.data, curated)}
    assert (results["action_lines.explicit"].precision, results["action_lines.explicit"].recall) == (1.0, 1.0)
    assert (results["sdg_targets.explicit"].precision, results["sdg_targets.explicit"].recall) == (1.0, 1.0)
    for kind in ("organisations", "events"):
        assert results[kind].recall >= 0.9, kind
        assert results[kind].precision >= 0.85, kind
    assert results["figures"].recall >= 0.8
    assert results["relations"].precision >= 0.8


def test_ecpat_trends_and_figures_are_not_events(ecpat_draft) -> None:
    events = {(e["date"], e.get("end_date"), e["kind"]) for e in ecpat_draft.data["events"]}
    assert ("2018", None, "deadline") in events  # "will be fully operational by 2018"
    assert ("2016", None, "campaign") in events  # "The multi-year Global Campaign launched in 2016"
    assert ("2019", "2020", "disruption") in events
    quotes = [e["evidence"][0]["quote"] for e in ecpat_draft.data["events"]]
    assert not any(q.startswith("2018 witnessed") for q in quotes)
    assert [f["value"] for f in ecpat_draft.data["figures"]] == [4, 20, 122, 100, 14, 3]


def test_ecpat_draft_validates(ecpat_draft) -> None:
    assert validate_draft(ecpat_draft) == []


def _expected_documents() -> list[str]:
    return sorted(p.name.removesuffix(".expected.yaml") for p in DOCUMENTS.glob("*.expected.yaml"))


@pytest.fixture(scope="module")
def drafts():
    return {name: extract_document(DOCUMENTS / name, infer_sdgs=False) for name in _expected_documents()}


@pytest.mark.parametrize("name", _expected_documents())
def test_document_metadata_and_stated_facts(drafts, name: str) -> None:
    expected = yaml.safe_load((DOCUMENTS / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    data = drafts[name].data
    assert {k: data["entity"].get(k) for k in ("name", "short_name", "type")} == expected["entity"]
    assert {k: data["session"].get(k) for k in expected["session"]} == expected["session"]
    assert {k: data["reporting_period"][k] for k in ("start", "end")} == expected["reporting_period"]
    assert data["source"]["language"] == expected["language"]
    stated = sorted(
        (a["code"], a.get("sub_line"), a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"
    )
    wanted = sorted((a["code"], a.get("sub_line"), a["basis"]) for a in expected["action_lines"])
    assert stated == wanted
    assert sorted(t["target"] for t in data["sdg_targets"] if t["basis"] == "stated") == sorted(
        expected["sdg_targets"]
    )
    assert sorted(g["goal"] for g in data["sdg_goals"] if g["basis"] == "stated") == sorted(
        expected["sdg_goals"]
    )
    assert validate_draft(drafts[name]) == []


@pytest.mark.parametrize("name", _expected_documents())
def test_document_scores(drafts, name: str) -> None:
    expected = yaml.safe_load((DOCUMENTS / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    results = {r.kind: r for r in score_expected(drafts[name].data, expected, drafts[name].text)}
    assert results["organisations"].precision >= 0.85
    assert results["organisations"].recall >= 0.8
    assert results["events"].precision >= 0.75
    assert results["events"].recall >= 0.7
    assert results["figures"].precision >= 0.9
    assert results["figures"].recall >= 0.85


def test_pdf_evidence_has_pages(drafts) -> None:
    data = drafts["ministry_report.pdf"].data
    pages = sorted({e["evidence"][0]["page"] for e in data["events"]})
    assert pages == [1, 2, 3, 4]
    text = drafts["ministry_report.pdf"].text
    assert "Republic of Kalindor · Ministry" not in text
    assert "| Page" not in text
    assert "governance" in text and "govern- ance" not in text


def test_the_title_blocks_dates_are_not_events() -> None:
    text = (
        "ASIA-PACIFIC NETWORK FOR DIGITAL SOCIETY RESEARCH (APNDSR)\n\n"
        "Contribution to the 2022 report of the Secretary-General on progress made in the implementation "
        "of and follow-up to the outcomes of the World Summit on the Information Society\n\n"
        "Commission on Science and Technology for Development, 25th session (2022)\n\n"
        "Period covered: 1 January to 31 December 2021\n\n"
        "About the network\n\n"
        "The network held its Annual Symposium on Digital Societies on 8 June 2021.\n"
    )
    draft = extract_document(text.encode(), "apndsr.txt", infer_sdgs=False)
    assert [(e["date"], e["title"]) for e in draft.data["events"]] == [
        ("2021-06-08", "Annual Symposium on Digital Societies")
    ]


def test_the_title_block_ends_at_the_first_numbered_heading() -> None:
    text = (
        "Contribution of the Kelp Regulatory Authority to the 29th session of the CSTD\n\n"
        "1. Activities in 2025\n\nIn 2025 we connected 57 schools.\n\nWe opened a hub on 3 June 2025.\n"
    )
    data = extract_document(text.encode(), "authority.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(57, "schools")]
    assert [e["date"] for e in data["events"]] == ["2025-06-03"]


def test_a_submitter_named_with_its_country_is_one_organisation() -> None:
    text = (
        "Submitted by: Ministry of Communications and Digital Transformation, Republic of Maravia\n\n"
        "CSTD, 27th session (2024)\n\n"
        "In 2023 the Ministry of Communications and Digital Transformation worked with the "
        "International Telecommunication Union (ITU) on rural connectivity.\n"
    )
    draft = extract_document(text.encode(), "maravia.txt", infer_sdgs=False)
    roles = {o["name"]: o["role"] for o in draft.data["organisations"]}
    assert [name for name in roles if "Ministry" in name] == [
        "Ministry of Communications and Digital Transformation, Republic of Maravia"
    ]
    assert roles["Ministry of Communications and Digital Transformation, Republic of Maravia"] == "submitter"
    assert roles["International Telecommunication Union"] == "partner"


def test_an_organisation_named_like_a_conference_is_no_events_title() -> None:
    text = (
        "Submitted by: International Trade Centre (ITC)\n\n"
        "ITC organised a session at the WSIS+20 Forum High-Level Event, held in Geneva from 27 to 31 May "
        "2024, together with the United Nations Conference on Trade and Development (UNCTAD).\n"
    )
    draft = extract_document(text.encode(), "itc.txt", infer_sdgs=False)
    assert [(e["date"], e.get("end_date"), e["title"]) for e in draft.data["events"]] == [
        ("2024-05-27", "2024-05-31", "WSIS+20 Forum High-Level Event held in Geneva")
    ]


def _names_of(body: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """(organisations but the submitter, initiatives, events) of a draft of `body`."""
    text = "Submitted by: Pacific Research Network\n\n" + body + "\n"
    data = extract_document(text.encode(), "network.txt", infer_sdgs=False).data
    return (
        [o["name"] for o in data["organisations"] if o["role"] != "submitter"],
        [i["name"] for i in data["initiatives"]],
        [(e["date"], e["title"]) for e in data["events"]],
    )


@pytest.mark.parametrize(
    ("body", "initiatives"),
    [
        # a name with "in the" inside it, before its lower-case head word
        (
            "The AI Ethics in the Classroom project trained 320 secondary school teachers in Indonesia.",
            ["AI Ethics in the Classroom project"],
        ),
        # names without a head word of their own, launched or described as a tool
        (
            "The SME Digital Passport was launched on 15 March 2022 with support from our members.",
            ["SME Digital Passport"],
        ),
        (
            "On 21 February 2021 we launched the Pacific Languages Digital Archive, which makes oral histories available.",
            ["Pacific Languages Digital Archive"],
        ),
        (
            "The Trade Rules Navigator, a free online portal, explains export rules in plain language.",
            ["Trade Rules Navigator"],
        ),
        # an indefinite survey is no named initiative
        ("A baseline survey carried out as part of the work found that few teachers had guidance.", []),
    ],
)
def test_initiatives_named_without_a_head_word(body: str, initiatives: list[str]) -> None:
    assert _names_of(body)[1] == initiatives


def test_people_of_an_organisation_and_its_annual_assembly_are_no_organisations() -> None:
    organisations, _, events = _names_of(
        "Representatives of the Network took part in the 17th Internet Governance Forum (IGF), held in Addis "
        "Ababa in late November 2022. The Network's Annual Members' Assembly, held in Lima on 6 October 2022, "
        "reviewed progress and agreed on its priorities."
    )
    assert organisations == []
    assert events == [
        ("2022-11", "Internet Governance Forum held in Addis Ababa"),
        ("2022-10-06", "Annual Members' Assembly"),
    ]


def test_an_activity_tables_happenings_are_events_not_initiatives() -> None:
    body = (
        "We report on our activities and the programmes we ran with our partners during the year.\n\n"
        "Activity | Date | Partners\n"
        "Launch of the Coastal Data Commons | 12 March 2024 | UNESCO\n"
        "Regional Workshop on Open Data for Islands | September 2024 | ITU\n"
        "Pacific Digital Dialogue 2024 | 4 December 2024 | UNDP\n"
        "Island Schools Online Programme | 2023–2026 | UNICEF\n"
    )
    _, initiatives, events = _names_of(body)
    # what was launched is an initiative; the launch is an event
    assert initiatives == ["Coastal Data Commons", "Island Schools Online Programme"]
    # the programme's years make it a span on the timeline
    assert [date for date, _ in events] == ["2024-03-12", "2024-09", "2024-12-04", "2023"]
    text = "Submitted by: Pacific Research Network\n\n" + body
    kinds = [
        e["kind"] for e in extract_document(text.encode(), "network.txt", infer_sdgs=False).data["events"]
    ]
    assert kinds == ["programme", "meeting", "meeting", "programme"]


@pytest.mark.parametrize(
    "body",
    [
        "Under Action Line C7 the Network supported national e-government services in eleven member States.",
        "The General Secretariat and the Assembly of the Network met the Office of the Director General.",
        "This mandate was recalled by the General Assembly in Resolution 56/183 on the Summit and its follow-up.",
    ],
)
def test_an_action_line_the_submitters_own_bodies_and_a_citation_are_no_names(body: str) -> None:
    organisations, initiatives, _ = _names_of(body)
    assert [o for o in organisations if o != "United Nations General Assembly"] == []
    assert initiatives == []


def test_a_name_after_the_is_named_without_it_and_an_ordinary_assembly_is_an_event() -> None:
    organisations, _, events = _names_of(
        "We worked with the Legal Aid Network for Reporters (LANR) on cases in six countries. "
        "The Ordinary Assembly of the Network, held in Suva on 2 December 2025, approved the budget."
    )
    assert organisations == ["Legal Aid Network for Reporters"]
    assert [date for date, _ in events] == ["2025-12-02"]


def test_two_events_named_in_one_sentence_keep_their_own_names_and_days() -> None:
    _, _, events = _names_of(
        "In 2022 the Network co-organised the Safe Reporting Summit in Nairobi (14–15 March 2022) and "
        "the Open Media Days in Tbilisi (6 October 2022), which gave editors a rare opportunity to meet."
    )
    assert events == [("2022-03-14", "Safe Reporting Summit"), ("2022-10-06", "Open Media Days")]


@pytest.mark.parametrize(
    "body",
    [
        # a statistic of the reporting year, with a weak cue ("received") beside it
        "SafeVoice was downloaded more than 48,000 times in 2025, and outlets reported that tips received "
        "led to investigations into public procurement.",
        # a year naming a document
        "The methodology we use for case documentation is set out in Section 3.2 of our 2021 annual report.",
        "The Assembly approved the 2026 work programme and renewed the mandate of the secretariat.",
    ],
)
def test_a_statistic_and_a_year_naming_a_document_are_no_events(body: str) -> None:
    text = (
        "Submitted by: Pacific Research Network\n\nReporting period: January to December 2025\n\n"
        + body
        + "\n"
    )
    data = extract_document(text.encode(), "network.txt", infer_sdgs=False).data
    assert data["events"] == []


@pytest.mark.parametrize(
    ("body", "organisations", "initiatives"),
    [
        (
            "SafeVoice, our secure and anonymous tip-line application, was rebuilt during the year with encryption.",
            [],
            ["SafeVoice"],
        ),
        (
            "In 2023 we launched RouteClean, a campaign that encourages members to validate their routes.",
            [],
            ["RouteClean"],
        ),
        # what the submitter says is its own
        ("Gogo Clicks is our weekly tablet class for older learners in three towns.", [], ["Gogo Clicks"]),
        (
            "Through Norvane Reach, our low-cost rural network solution, operators deployed 1,900 sites.",
            [],
            ["Norvane Reach"],
        ),
        ("The Ministry is our main partner in this work across the country and beyond.", [], []),
        # two organisations read as one name, each also named alone
        (
            "We signed an agreement with two competing operators, Ivoiris Mobile and Lagune Telecom, covering "
            "64 sites. Ivoiris Mobile hosts the towers; Lagune Telecom pays rent.",
            ["Ivoiris Mobile", "Lagune Telecom"],
            [],
        ),
        # what the submitter calls its own, before or after the name
        (
            "Ella Conecta [She Connects], the Ministry's programme for rural women, trained 900 women. We "
            "launched our Safe Spaces Online helpline for women journalists. Through our small-grants window, "
            "Mtandao Grants, we awarded 8 grants. In May 2024 we published the first e-Government Service "
            "Scorecard, a new annual tool that rates online services.",
            [],
            ["Safe Spaces Online", "e-Government Service Scorecard", "Ella Conecta", "Mtandao Grants"],
        ),
        # a translation's gloss in square brackets is the same body or programme; Spanish heads
        (
            "The Plan Nacional Montaluz Conectada 2023-2027 [Connected Montaluz National Plan] is coordinated "
            "through the Comisión Intersectorial de Transformación Digital [Intersectoral Commission for Digital "
            "Transformation]. The Programa Última Milla Rural is co-financed by the Banco Interamericano de "
            "Desarrollo (BID) [Inter-American Development Bank] and run with the Servicio Nacional de Formación "
            "Técnica (SENAFT) [National Technical Training Service].",
            [
                "Inter-American Development Bank",
                "Servicio Nacional de Formación Técnica",
                "Comisión Intersectorial de Transformación Digital",
            ],
            ["Plan Nacional Montaluz Conectada", "Programa Última Milla Rural"],
        ),
        # an academy the submitter calls its own programme is one; a year inside a plan's name
        (
            "The GLACR Regulatory Academy, our blended-learning programme run with the African Telecommunications "
            "Union, delivered 23 courses. Our work is guided by the Digital Marenthia 2030 Strategy, adopted in "
            "2022, and reports on the Contribution to the 2030 Agenda.",
            ["African Telecommunications Union"],
            [
                "2030 Agenda for Sustainable Development",
                "GLACR Regulatory Academy",
                "Digital Marenthia 2030 Strategy",
            ],
        ),
        # a heading in capitals above the sentence is no part of the name
        (
            "GOGO CLICKS\nGogo Clicks is our weekly tablet class for older learners in three towns.",
            [],
            ["Gogo Clicks"],
        ),
        # a name started, before what it is; not places or phases after a verb of starting
        (
            "So we started Chanjo Buddy: a volunteer calls an older person and walks them through the booking.",
            [],
            ["Chanjo Buddy"],
        ),
        ("We set up Nairobi County, Kisumu County and Nakuru County hubs in the year.", [], []),
        ("The pilot started Phase 2, which covers the northern districts of the country.", [], []),
        ("In 2023 we launched WhatsApp channels for farmers in three districts of the north.", [], []),
        # products named in passing are no initiatives of the submitter
        ("We use WhatsApp and YouTube to reach young people in rural areas every week of the year.", [], []),
        # names in other languages and a body of operators
        (
            "The toolkit was written with the Centro Andino de Periodismo Digital and is available in five languages.",
            ["Centro Andino de Periodismo Digital"],
            [],
        ),
        # a version after a programme's name; French heads, and UN bodies by their French names
        (
            "The Smart Villages Programme 2.0 reached 40 villages in the north of the country.",
            [],
            ["Smart Villages Programme 2.0"],
        ),
        (
            "We signed the agreement with the Office National de l'État Civil et de l'Identification (ONECI) and "
            "the Coopérative Agricole des Planteurs de Soubré in May, with support from the Programme des "
            "Nations Unies pour le Développement (PNUD) and ONU Femmes.",
            [
                "United Nations Development Programme",
                "United Nations Entity for Gender Equality and the Empowerment of Women",
                "Office National de l'État Civil et de l'Identification",
                "Coopérative Agricole des Planteurs de Soubré",
            ],
            [],
        ),
        # the work done on a survey is not its name, nor is the submitter's own work programme
        (
            "Fieldwork for the Household ICT Access and Use Survey 2025 ran from 3 to 28 March 2025. Our work "
            "programme is anchored in the plan.",
            [],
            ["Household ICT Access and Use Survey"],
        ),
        # a partners cell's "and" before words in lower case joins one description
        (
            "Event | Date | Partners\nCyber Drill | 2 December 2025 | Global and regional WIS centres\n"
            "Forum | 3 May 2025 | Kiva Telecom, Smart Africa and the Alliance for Financial Inclusion\n",
            # (the gazetteer knows Smart Africa, so it is found first)
            ["Smart Africa", "Kiva Telecom", "Alliance for Financial Inclusion"],
            [],
        ),
        # a heading's name does not go on into the sentence the next line opens
        (
            "4. Contribution to the Sustainable Development Goals\nThe CityPass portal and its link to civil "
            "registration serve target 16.9.",
            [],
            ["CityPass portal"],
        ),
        # "a" inside a Spanish name
        (
            "Incidents were reported to the Equipo Nacional de Respuesta a Incidentes Cibernéticos, which "
            "issued 14 alerts.",
            ["Equipo Nacional de Respuesta a Incidentes Cibernéticos"],
            [],
        ),
        # an acronym's name that the text says it partnered with, and an operator
        (
            "For deaf callers we partnered with Deaf Access Kenya (DAK), whose interpreters ran a video service.",
            ["Deaf Access Kenya"],
            [],
        ),
        (
            "Last year Moalu Telecom extended coverage to three atolls with our support.",
            ["Moalu Telecom"],
            [],
        ),
        ("We taught the Public Key Infrastructure (PKI) basics to officials from six ministries.", [], []),
        (
            "A best-practice document on address planning was written by the Coastal Network Operators Group.",
            ["Coastal Network Operators Group"],
            [],
        ),
    ],
)
def test_product_names_and_organisations_without_an_english_head_word(
    body: str, organisations: list[str], initiatives: list[str]
) -> None:
    found_organisations, found_initiatives, _ = _names_of(body)
    assert (found_organisations, found_initiatives) == (organisations, initiatives)


def test_a_figure_told_again_is_one_figure_with_each_passage() -> None:
    text = (
        "Submitted by: Probe Commission for Africa\n\nReporting period: 2025\n\n"
        "Part One: Executive summary\n\n"
        "- 1,150 kilometres of cross-border fibre routes were mapped; 4,320 young people trained (62% women).\n\n"
        "C2. Information and communication infrastructure\n\n"
        "The corridors study mapped 1,150 km of fibre routes across 18 member States. The academy trained "
        "4,320 young people, 62 per cent of them women. A separate survey found 62% of firms online.\n"
    )
    draft = extract_document(text.encode(), "probe.md", infer_sdgs=False)
    figures = [(f["value"], f["unit"], [e["quote"] for e in f["evidence"]]) for f in draft.data["figures"]]
    assert figures == [
        (
            1150,
            "kilometres of cross-border fibre routes",
            ["1,150 kilometres of cross-border fibre routes", "1,150 km of fibre routes"],
        ),
        (4320, "young people", ["4,320 young people", "4,320 young people"]),
        (62, "percent", ["62%", "62 per cent"]),
        (18, "member States", ["18 member States"]),
        (62, "percent", ["62%"]),  # of firms: another share of the same size
    ]


def test_a_head_alone_names_no_event() -> None:
    _orgs, _initiatives, events = _names_of(
        "The inauguration of the Ella Conecta 2025 cohort took place in Puerto Alegría on 8 March 2025, "
        "International Women's Day."
    )
    assert events == [("2025-03-08", "Inauguration of the Ella Conecta cohort")]


def test_a_name_with_and_is_kept_whole_beside_the_pieces_a_wrapped_cell_made() -> None:
    orgs, _initiatives, _events = _names_of(
        "We co-host a conference with the Global Network of Internet and Society Research Centers every year.\n\n"
        "Partner | Type | Role\n--- | --- | ---\n"
        "Global Network of Internet and | Academic | Co-host of the\n"
        "Society Research Centers | network | conference\n"
    )
    # (the wrapped cell's pieces are still read as names of their own: a known limit)
    assert orgs == [
        "Global Network of Internet and Society Research Centers",
        "Global Network of Internet",
        "Society Research Centers",
    ]


def test_names_beside_known_names_and_possessives() -> None:
    orgs, initiatives, _events = _names_of(
        "We launched a campaign with the Tech Dada Collective and UN Women, and with the Lumo Foundation and "
        "UNICEF. Yei Women's Radio and Wi-Fi Collective runs a hotspot under the Communications Authority "
        "of Kenya's licence. The regulator was set up under Part VI of the Digital Economy Act. Most of the "
        "Bureau's work was on modules in Russian and English on the Commission's site."
    )
    assert orgs == [
        "United Nations Entity for Gender Equality and the Empowerment of Women",
        "United Nations Children's Fund",
        "Tech Dada Collective",
        "Lumo Foundation",
        "Yei Women's Radio and Wi-Fi Collective",
        "Communications Authority of Kenya",
    ]
    assert initiatives == ["Digital Economy Act"]


def test_names_of_electronic_services_keep_their_small_first_letter_and_their_owners_acronym_apart() -> None:
    text = (
        "Submitted by: Ministry of Digital Economy\n\n1. Activities\n\n"
        "On 3 February 2025 the Ministry launched version 2.0 of the Kestrava eServices Portal. "
        "The mHealth Kestrava Programme grew, and we finished the UNCTAD eTrade Readiness Assessments.\n"
    )
    data = extract_document(text.encode(), "ministry.txt", infer_sdgs=False).data
    assert [i["name"] for i in data["initiatives"]] == [
        "Kestrava eServices Portal",
        "mHealth Kestrava Programme",
        "eTrade Readiness Assessments",
    ]
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"] == [
        "United Nations Conference on Trade and Development"
    ]


def test_a_list_of_acronyms_spells_out_names_but_names_no_partner() -> None:
    text = (
        "Submitted by: Pacific Research Network\n\nList of acronyms\n\nAcronym | Full name\n"
        "ADB | Asian Development Bank\nKICTANet | Kenya ICT Action Network\nSDG | Sustainable Development Goal\n"
        "WSIS | World Summit on the Information Society\n\n1. Activities\n\n"
        "With ADB we trained 40 officials in 2025, which serves SDG 4.\n"
    )
    data = extract_document(text.encode(), "network.txt", infer_sdgs=False).data
    assert [(o["name"], o["role"], o["evidence"][0]["quote"]) for o in data["organisations"]] == [
        ("Pacific Research Network", "submitter", "Pacific Research Network"),
        ("Asian Development Bank", "partner", "ADB"),  # "With ADB we trained ..."
        ("Kenya ICT Action Network", "boilerplate", "Kenya ICT Action Network"),
    ]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(40, "officials")]
    assert [g["goal"] for g in data["sdg_goals"]] == [4]


def test_an_academy_is_a_training_programme_unless_it_is_a_known_body() -> None:
    text = (
        "Submitted by: Pacific Regulators Network\n\n1. Activities\n\n"
        "Our Regulators' Academy trained 146 staff with the e-Governance Academy, and the Pacific "
        "Digital Skills Academy ran six cohorts with the Central Asian Academy of Public Administration.\n"
    )
    data = extract_document(text.encode(), "network.txt", infer_sdgs=False).data
    assert [(i["name"], i["kind"]) for i in data["initiatives"]] == [
        ("Regulators' Academy", "programme"),
        ("Pacific Digital Skills Academy", "programme"),
    ]
    assert [(o["name"], o["kind"]) for o in data["organisations"] if o["role"] != "submitter"] == [
        ("e-Governance Academy", "civil_society"),
        ("Central Asian Academy of Public Administration", "academia"),
    ]


def test_a_financing_facility_is_a_programme_that_funds() -> None:
    text = (
        "Submitted by: Western Ocean Weather Organisation\n\n1. Activities\n\n"
        "A USD 640,000 grant from the Systematic Observations Financing Facility (SOFF) paid for 12 stations.\n"
    )
    data = extract_document(text.encode(), "wowo.txt", infer_sdgs=False).data
    assert [(i["name"], i["kind"], i["aliases"]) for i in data["initiatives"]] == [
        ("Systematic Observations Financing Facility", "programme", ["SOFF"])
    ]


def test_a_signing_told_in_prose_and_as_an_mou_in_a_table_is_one_event() -> None:
    text = (
        "Submitted by: Ministry of Digital Transformation\n\n1. Activities\n\n"
        "On 30 June 2025 the Minister signed a memorandum of understanding with the ITU on cybersecurity capacity.\n\n"
        "Date | Activity | Place\n30 June 2025 | Signing of MoU on cybersecurity and spectrum management | Geneva\n"
    )
    data = extract_document(text.encode(), "ministry.txt", infer_sdgs=False).data
    assert [(e["date"], e["title"], len(e["evidence"])) for e in data["events"]] == [
        ("2025-06-30", "Signing of MoU on cybersecurity and spectrum management", 2)
    ]


def test_a_campaigns_slogan_in_quotes_names_it() -> None:
    text = (
        "Submitted by: Ministry of Digital Economy\n\n1. Activities\n\nThe Ministry led the national "
        'Cybersecurity Awareness Month, under the campaign slogan "Think Before You Click".\n'
    )
    data = extract_document(text.encode(), "ministry.txt", infer_sdgs=False).data
    assert [(i["name"], i["kind"]) for i in data["initiatives"]] == [("Think Before You Click", "campaign")]


def test_a_drafts_notes_give_no_figures_or_events() -> None:
    text = (
        "Submitted by: Pacific Research Network\n\nOn 3 March 2025 we held a workshop in Suva for 40 officials.\n\n"
        "Notes\n\n1 ITU, Facts and Figures 2024, Geneva, 15 November 2024.\n\n2 UN DESA, E-Government Survey 2024.\n"
    )
    data = extract_document(text.encode(), "network.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(40, "officials")]
    assert [e["date"] for e in data["events"]] == ["2025-03-03"]


def test_a_word_files_footnotes_state_sdgs_but_give_no_figures_events_partners_or_programmes() -> None:
    document = docx.Document()
    document.add_paragraph("Contribution of the Kelp Regulatory Authority to the 29th session of the CSTD")
    document.add_heading("1. Activities in 2025", level=1)
    paragraph = document.add_paragraph("In 2025 the Authority connected 57 schools.")
    note_reference(paragraph, "footnote", 1)
    paragraph = document.add_paragraph("On 14 March 2025 we launched the Digital Regulation Sandbox.")
    note_reference(paragraph, "footnote", 2)
    add_word_notes(
        document,
        "footnote",
        {
            1: "Alliance for Affordable Internet, 2025 Affordability Report, published on 12 May 2025.",
            2: "The Sandbox's rules were drafted with the National Statistics Office and cost USD 40,000. "
            "This work contributes to SDG target 9.c. See also GSMA Intelligence, The Mobile Economy 2025.",
        },
    )
    data = word_draft(document, "authority.docx").data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [("9.c", "stated")]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(57, "schools")]
    assert [e["date"] for e in data["events"]] == ["2025-03-14"]
    # a cited work's author is boilerplate ("GSMA Intelligence, The ..." too); a body a note's
    # sentence names is mentioned
    assert [(o["name"], o["role"]) for o in data["organisations"] if o["role"] != "submitter"] == [
        ("Commission on Science and Technology for Development", "boilerplate"),
        ("Alliance for Affordable Internet", "boilerplate"),
        ("GSM Association", "boilerplate"),
        ("National Statistics Office", "mentioned"),
    ]
    assert [i["name"] for i in data["initiatives"]] == ["Digital Regulation Sandbox"]


def test_a_word_lists_items_below_a_label_of_goals_not_addressed_are_denied_each_a_paragraph() -> None:
    # (a Word file's list items are paragraphs of their own: blank lines stand between them in its text)
    document = docx.Document()
    document.add_paragraph("Contribution of the Digital Skills Alliance to the 29th session of the CSTD")
    document.add_paragraph(
        "The Alliance trains teachers in 300 schools. Our work serves SDG 4 and target 4.4."
    )
    document.add_paragraph("SDGs not addressed:")
    document.add_paragraph("SDG 13 Climate action", style="List Bullet")
    document.add_paragraph("SDG 14 Life below water", style="List Bullet")
    document.add_paragraph("Please list any SDG targets your project does NOT address:")
    document.add_paragraph("5.1", style="List Bullet")
    document.add_paragraph("5.2", style="List Bullet")
    document.add_paragraph("Relevant SDG targets:")
    document.add_paragraph("16.2 (ending abuse of children)", style="List Bullet")
    document.add_paragraph("8.7 (child labour)", style="List Bullet")
    document.add_paragraph("The Alliance also connects school libraries, which serves SDG 9.")
    data = word_draft(document, "alliance.docx").data
    assert [(g["goal"], g["basis"], [e["quote"] for e in g["evidence"]]) for g in data["sdg_goals"]] == [
        (4, "stated", ["SDG 4"]),
        # (quoted with the label that denies them)
        (13, "negated", ["SDG 13", "SDGs not addressed:"]),
        (14, "negated", ["SDG 14", "SDGs not addressed:"]),
        (9, "stated", ["SDG 9"]),
    ]
    assert [
        (t["target"], t["basis"], [e["quote"] for e in t["evidence"]][1:]) for t in data["sdg_targets"]
    ] == [
        ("4.4", "stated", []),
        ("5.1", "negated", ["Please list any SDG targets your project does NOT address:"]),
        ("5.2", "negated", ["Please list any SDG targets your project does NOT address:"]),
        ("16.2", "stated", []),
        ("8.7", "stated", []),
    ]


def test_a_word_table_of_targets_with_their_official_words_states_them_without_a_heading_of_sdgs() -> None:
    document = docx.Document()
    document.add_paragraph("Contribution of Tendro Systems to the 29th session of the CSTD")
    document.add_paragraph("Targets reported")
    add_filled_table(
        document,
        (
            ("Target", "Official wording", "Our contribution"),
            (
                "16.6",
                "Develop effective, accountable and transparent institutions at all levels",
                "E-procurement.",
            ),
            (
                "16.10",
                "Ensure public access to information and protect fundamental freedoms",
                "Open tenders.",
            ),
        ),
    )
    # ... not a log frame's column of targets, numbered as its own
    document.add_paragraph("Results")
    add_filled_table(document, (("Indicator", "Baseline", "Target"), ("Schools", "4.2", "9.5")))
    data = word_draft(document, "tendro.docx").data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [
        ("16.6", "stated"),
        ("16.10", "stated"),
    ]


def test_a_word_files_raised_note_marks_typed_by_hand_stay_apart_from_the_numbers_they_follow() -> None:
    document = docx.Document()
    document.add_paragraph("Contribution of the Lantern Trust to the 29th session of the CSTD")
    paragraph = document.add_paragraph("The programme supports SDG 5")
    paragraph.add_run("1").font.superscript = True
    paragraph.add_run(" and reached 1")
    paragraph.add_run("st").font.superscript = True
    paragraph.add_run(" place in 12 districts.")
    draft = word_draft(document, "trust.docx")
    assert "The programme supports SDG 5¹ and reached 1st place in 12 districts." in draft.text
    assert [(g["goal"], g["basis"]) for g in draft.data["sdg_goals"]] == [(5, "stated")]


def test_a_links_text_names_an_initiative_or_a_partner() -> None:
    text = (
        "**Organization:** Pacific Research Network\n\n"
        "Our strategy, [Digital Marendia 2030](https://example.org/dm), guided the year. The Connect Every "
        "Village programme reached 40 villages; see [Connect Every Village](https://example.org/cev) and "
        "[MarendiaID](https://example.org/id), run with [Kijani Digital Foundation](https://kijani.org). "
        "Grants follow the [Fellowship handbook](https://example.org/h). Write to us through "
        "[our contact form](https://example.org/contact) or [www.prn.org](https://prn.org).\n"
    )
    data = extract_document(text.encode(), "network.md", infer_sdgs=False).data
    assert [(i["name"], i["aliases"]) for i in data["initiatives"]] == [
        ("Connect Every Village programme", ["Connect Every Village"]),
        ("Digital Marendia 2030", []),
        ("MarendiaID", []),
    ]
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"] == [
        "Kijani Digital Foundation"
    ]


def test_an_emails_header_its_quoted_call_and_a_reference_list_are_no_account_of_the_work() -> None:
    text = (
        "From: Valentina Orrego <v.orrego@example.cl>\nSent: Wednesday, 18 February 2026 16:42\n"
        "To: CSTD Secretariat <stdev@example.org>\nSubject: RE: Call for inputs - Report of the "
        "Secretary-General on WSIS implementation (CSTD, 29th session)\n\nDear colleagues,\n\n"
        "Below is the contribution of the Centre for Digital Rights and Development (CDRD) at the Universidad "
        "Austral del Pacífico in Valparaíso, Chile, for the 29th session of the Commission. It covers 2025.\n\n"
        "CDRD is an interdisciplinary research centre. With the Kelp Foundation we trained 1,250 public "
        "servants, which serves SDG 16.\n\nReferences\n\nGSMA (2025). The State of Mobile Internet "
        "Connectivity Report 2025. London: GSMA.\nWorld Bank (2024). Digital Progress and Trends Report "
        "2023. Washington, DC: World Bank.\n\nWith best regards,\n\nValentina\n\n"
        "> On 12 January 2026, at 09:30, CSTD Secretariat <stdev@example.org> wrote:\n> \n"
        "> The Economic and Social Council asks for inputs on SDG 9 by 15 February 2026.\n"
        "> The Global Digital Compact was adopted on 22 September 2024.\n"
    )
    data = extract_document(text.encode(), "reply.txt", infer_sdgs=False).data
    assert (data["entity"]["name"], data["entity"]["short_name"], data["entity"]["type"]) == (
        "Centre for Digital Rights and Development",
        "CDRD",
        "academia",
    )
    # named only by the header, the references or the quoted call: boilerplate, left out of the network
    assert [
        (o["name"], o["role"]) for o in data["organisations"] if o["role"] in ("partner", "mentioned")
    ] == [("Kelp Foundation", "partner")]  # "With the Kelp Foundation we trained ..."
    assert sorted(o["name"] for o in data["organisations"] if o["role"] == "boilerplate") == [
        "Commission on Science and Technology for Development",
        "Economic and Social Council",
        "GSM Association",
        "Universidad Austral del Pacífico",
        "World Bank",
    ]
    assert data["initiatives"] == []
    assert [g["goal"] for g in data["sdg_goals"]] == [16]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(1250, "public servants")]
    assert data["events"] == []


def test_a_table_pasted_from_a_spreadsheet_with_tabs_gives_partners_and_figures() -> None:
    text = (
        "Open Mesh Foundation\n\nContribution to the 29th session of the CSTD\n\n"
        "Reporting period: January to November 2025\n\n5. ACTIVITY TABLE\n\n"
        "Date\tActivity\tPartner\tParticipants\n"
        "12.03.2025\tCommunity network installation training\tAssociation for Progressive Communications\t24\n"
        "17.05.2025\tSafeSpace digital safety clinic, Bihać\tWomen Code Balkans\t38\n"
    )
    data = extract_document(text.encode(), "mesh.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"], f["evidence"][0]["start"]) for f in data["figures"]] == [
        (24, "participants (Community network installation training)", text.index("12.03.2025")),
        (38, "participants (SafeSpace digital safety clinic, Bihać)", text.index("17.05.2025")),
    ]
    assert [(e["date"], e["title"]) for e in data["events"]] == [
        ("2025-03-12", "Community network installation training"),
        ("2025-05-17", "SafeSpace digital safety clinic, Bihać"),
    ]
    assert [(o["name"], o["role"]) for o in data["organisations"] if o["role"] == "partner"] == [
        ("Association for Progressive Communications", "partner"),
        ("Women Code Balkans", "partner"),
    ]


def test_the_gazetteer_knows_the_wsis_processs_standing_initiatives_and_development_agencies() -> None:
    body = (
        "We joined the Partner2Connect Digital Coalition and the Asia-Pacific Information Superhighway "
        "(AP-IS) in 2025, with funding from GIZ and Erasmus+. Our trainers use GitHub, and we reported our "
        "project to the WSIS Stocktaking platform and to the Commonwealth of Learning."
    )
    text = "Submitted by: Pacific Research Network\n\n" + body + "\n"
    data = extract_document(text.encode(), "network.txt", infer_sdgs=False).data
    assert [(o["name"], o["kind"]) for o in data["organisations"] if o["role"] != "submitter"] == [
        ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "government"),
        ("GitHub", "private_sector"),
        ("Commonwealth of Learning", "international_organization"),
    ]
    assert [(i["name"], i["kind"]) for i in data["initiatives"]] == [
        ("Partner2Connect Digital Coalition", "initiative"),
        ("Asia-Pacific Information Superhighway", "initiative"),
        ("Erasmus+", "programme"),
        ("WSIS Stocktaking", "initiative"),
    ]


def test_a_matrix_tables_column_of_sdg_targets_states_them_and_a_line_listed_for_completeness_is_declined() -> (
    None
):
    document = docx.Document()
    document.add_paragraph("Ministry of Digital Development and Communications")
    document.add_paragraph("Input to the twenty-ninth session of the CSTD, 2026")
    document.add_paragraph(
        "Action Line C9 (Media) is listed in the matrix for completeness only, as media policy belongs "
        "to the Ministry of Culture and Media."
    )
    rows = (
        ("WSIS Action Line", "Activities in 2025", "Partners", "Related SDG targets"),
        (
            "C2. Information and communication infrastructure",
            "186 villages were connected.",
            "NorthStar Telecom",
            "9.1; 9.c",
        ),
        (
            "C4. Capacity building",
            "The Digital Citizens programme trained 27,500 adults.",
            "UNESCO",
            "4.4, 5.b and 19.9",
        ),
        ("C9. Media", "No activities in 2025.", "-", "-"),
    )
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    data = word_draft(document, "calvera.docx").data
    # (19.9 is no target, so it is left out)
    assert [(t["target"], t["basis"], t["evidence"][0]["quote"]) for t in data["sdg_targets"]] == [
        ("9.1", "stated", "9.1"),
        ("9.c", "stated", "9.c"),
        ("4.4", "stated", "4.4"),
        ("5.b", "stated", "5.b"),
    ]
    assert [(a["code"], a["basis"]) for a in data["action_lines"]] == [
        ("C2", "stated"),
        ("C4", "stated"),
        ("C9", "negated"),
    ]


def test_a_markdown_tables_columns_of_goals_by_number_and_name_and_of_targets_state_them() -> None:
    text = (
        "# Ondara Networks: contribution to the 29th session of the CSTD, 2026\n\n"
        "## Our contribution to the SDGs\n\n"
        "| SDG | Target(s) | What we do |\n"
        "|---|---|---|\n"
        "| 4 – Quality education | 4.4 | Offline learning library on every hub |\n"
        "| 7 – Affordable and clean energy | — | Solar-powered hubs |\n"
        "| 17: Partnerships for the goals | 17.17 | Partnerships with district authorities |\n"
    )
    data = extract_document(text.encode(), "ondara.md", infer_sdgs=False).data
    # (the number is the quote, as in every table's cell of SDGs)
    assert [(g["goal"], g["evidence"][0]["quote"]) for g in data["sdg_goals"]] == [
        (4, "4"),
        (7, "7"),
        (17, "17"),
    ]
    assert [(t["target"], t["evidence"][0]["quote"]) for t in data["sdg_targets"]] == [
        ("4.4", "4.4"),
        ("17.17", "17.17"),
    ]


def test_a_tables_column_of_indicators_states_their_targets_and_a_log_frames_numbers_state_none() -> None:
    text = (
        "# National Bureau of Statistics: contribution to the CSTD, 2025\n\n"
        "Table 1. ICT-related SDG indicators produced by the Bureau\n\n"
        "| Indicator | Short title | Partners |\n|---|---|---|\n"
        "| 4.4.1 | Youth and adults with ICT skills | ITU |\n"
        "| 17.6.1 | Fixed Internet broadband subscriptions | CRA |\n\n"
        "## Our log frame\n\n"
        "| Indicator | Baseline | Target |\n|---|---|---|\n"
        "| 1.1.1 | 20 | 4.5 |\n"
        "| 1.2 | 30 | 12 |\n"
    )
    data = extract_document(text.encode(), "nbs.md", infer_sdgs=False).data
    assert [(t["target"], t["evidence"][0]["quote"]) for t in data["sdg_targets"]] == [
        ("4.4", "4.4.1"),
        ("17.6", "17.6.1"),
    ]
    assert data["sdg_goals"] == []


def test_a_cell_of_sdgs_that_mixes_targets_and_an_indicator() -> None:
    text = (
        "# Ministry of Communications: contribution to the CSTD, 2025\n\n"
        "| Project | Donor | SDG targets |\n|---|---|---|\n"
        "| Outer Islands Connectivity | World Bank | 9.c; 17.6; indicator 4.4.1 |\n"
    )
    data = extract_document(text.encode(), "kovaloa.md", infer_sdgs=False).data
    assert sorted(t["target"] for t in data["sdg_targets"]) == ["17.6", "4.4", "9.c"]


def test_the_gazetteer_knows_the_texts_submissions_place_their_work_under() -> None:
    _, initiatives, _ = _names_of(
        "Our work follows the Tunis Agenda and the Paris Agreement. We joined the eTrade for all "
        "initiative of UNCTAD and Our Common Agenda."
    )
    assert initiatives == [
        "Tunis Agenda for the Information Society",
        "Paris Agreement",
        "eTrade for all",
        "Our Common Agenda",
    ]


_DRAWN_TABLE_PREAMBLE = (
    "City of Kestrelford\n\nInput to the 29th session of the CSTD\n\n"
    "Reporting period: 1 July 2024 - 30 June 2025\n\n1. Activities\n\n"
    "The city reports its activities of the year in the table below, as its tracking sheet has them.\n\n"
)


def test_a_table_drawn_with_rules_between_its_rows_reads_each_rows_wrapped_lines_as_one_row() -> None:
    text = _DRAWN_TABLE_PREAMBLE + (
        "+-------------+--------------------------------+------------------------------+--------------+\n"
        "| Date        | Activity                       | Partner                      | Participants |\n"
        "+=============+================================+==============================+==============+\n"
        "| 16 Sep 2024 | Launch of the CityPass         | Silverline Telecom           |          300 |\n"
        "|             | e-services portal at City Hall |                              |              |\n"
        "+-------------+--------------------------------+------------------------------+--------------+\n"
        "| 7-11 Apr    | City-wide cyber incident       | Northern Counties Computer   |          210 |\n"
        "| 2025        | simulation exercise            | Emergency Response Team      |              |\n"
        "+-------------+--------------------------------+------------------------------+--------------+\n"
    )
    data = extract_document(text.encode(), "kestrelford.txt", infer_sdgs=False).data
    assert [(e["date"], e["title"]) for e in data["events"]] == [
        ("2024-09-16", "Launch of the CityPass e-services portal at City Hall"),
        ("2025-04-07", "City-wide cyber incident simulation exercise"),
    ]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (300, "participants (Launch of the CityPass)"),
        (210, "participants (7-11 Apr)"),
    ]


def test_a_table_ruled_only_around_its_header_has_a_row_a_line_and_a_date_wrapped_in_its_cell() -> None:
    text = _DRAWN_TABLE_PREAMBLE + (
        "+------------------------+----------------------------------+--------------------------------+\n"
        "| Date                   | Activity                         | Partner(s)                     |\n"
        "+------------------------+----------------------------------+--------------------------------+\n"
        "| January 20th, 2025     | Launch of CorviPass              | National Registry Office       |\n"
        "| June 9th-13th, 2025    | Digital Skills Week              | Saint Corvina Community        |\n"
        "|                        |                                  | College                        |\n"
        "| September 22nd-26th,   | Regional workshop on spectrum    | Caribbean Telecommunications   |\n"
        "| 2025                   | and ICT policy                   | Union (CTU)                    |\n"
        "+------------------------+----------------------------------+--------------------------------+\n"
    )
    data = extract_document(text.encode(), "corvina.txt", infer_sdgs=False).data
    assert [(e["date"], e["title"]) for e in data["events"]] == [
        ("2025-01-20", "Launch of CorviPass"),
        ("2025-06-09", "Digital Skills Week"),
        ("2025-09-22", "Regional workshop on spectrum and ICT policy"),
    ]
    assert [o["name"] for o in data["organisations"] if o["role"] == "partner"] == [
        "National Registry Office",
        "Saint Corvina Community College",
        "Caribbean Telecommunications Union",
    ]


def test_a_matrix_rows_sub_line_labels_leave_the_figures_of_their_cell() -> None:
    text = _DRAWN_TABLE_PREAMBLE + (
        "WSIS Action Line | Activities in 2025 | Partners\n"
        "C7. ICT applications: e-government, e-health | E-government: the GovCal portal now offers 214 "
        "fully online services. E-health: the system was rolled out in 41 hospitals. | WHO\n\n"
        "In 2026 the Ministry will submit an Artificial Intelligence Bill to Parliament, with the "
        "Política Nacional de Transformación Digital.\n"
    )
    data = extract_document(text.encode(), "calvera.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (214, "fully online services"),
        (41, "hospitals"),
    ]
    assert [
        (a["code"], a.get("sub_line"), [e["quote"] for e in a["evidence"]]) for a in data["action_lines"]
    ] == [
        ("C7", "e-government", [text[text.index("C7. ICT") : text.index(" | WHO")] + " | WHO"]),
        ("C7", "e-health", [text[text.index("C7. ICT") : text.index(" | WHO")] + " | WHO"]),
    ]
    assert [o["name"] for o in data["organisations"]] == [
        "City of Kestrelford",
        "Commission on Science and Technology for Development",
        "World Health Organization",
    ]
    assert [(i["name"], i["kind"]) for i in data["initiatives"]] == [
        ("Política Nacional de Transformación Digital", "document"),
        ("GovCal portal", "initiative"),
    ]


def test_a_questionnaires_questions_state_nothing_and_only_the_answers_count() -> None:
    document = docx.Document()
    document.add_paragraph("Contribution of the United Nations Digital Capabilities Programme (UN-DCP)")
    document.add_paragraph("Prepared for the twenty-ninth session of the CSTD, 2026")
    document.add_paragraph(
        "Note from the secretariat: contributions are kindly requested by 15 November 2025. Please keep "
        "each answer concise."
    )
    question = document.add_paragraph()
    question.add_run(
        "3. Please describe your activities under the WSIS action lines C1-C11 and how they relate to the "
        "SDGs (for example, SDG 9 on infrastructure or SDG 11 on sustainable cities)."
    ).bold = True
    document.add_paragraph(
        "Under Action Line C4, the Digital Skills for Public Servants Programme trained 4,320 public "
        "servants in 2025, in support of SDG 4."
    )
    document.add_paragraph("4. What obstacles did you encounter in 2025, and how many staff were affected?")
    document.add_paragraph("Funding was the first obstacle.")
    data = word_draft(document, "undcp.docx").data
    assert [a["code"] for a in data["action_lines"]] == ["C4"]
    assert [g["goal"] for g in data["sdg_goals"]] == [4]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(4320, "public servants")]
    assert [e["date"] for e in data["events"]] == ["2025"]  # the programme's year, not the call's deadline


def test_a_headings_codes_before_their_names_opening_words_state_each_line() -> None:
    text = (
        "# Annual contribution of the Kijiji Mesh Collective\n\n"
        "### C3 and C4 — Access to information and capacity building\n\n"
        "Our stewards programme trained 146 stewards.\n\n"
        "### C5: Building confidence\n\nWe ran clinics.\n"
    )
    data = extract_document(text.encode(), "kijiji.md", infer_sdgs=False).data
    assert [(a["code"], a["basis"]) for a in data["action_lines"]] == [
        ("C3", "stated"),
        ("C4", "stated"),
        ("C5", "stated"),
    ]


def test_a_headings_code_before_words_of_its_name_and_a_memos_n_a() -> None:
    text = (
        "# Annual contribution of the Kijiji Mesh Collective\n\n"
        "### C8: cultural and linguistic diversity\n\nWe captioned broadcasts in 11 languages.\n\n"
        "3.5 AL C10 (ethical dimensions of the information society): N/A, outside our mandate.\n"
    )
    data = extract_document(text.encode(), "kijiji.md", infer_sdgs=False).data
    assert [(a["code"], a["basis"]) for a in data["action_lines"]] == [("C8", "stated"), ("C10", "negated")]


def test_a_joint_submissions_signatory_members_are_its_partners_whatever_their_names() -> None:
    text = (
        "# Joint contribution of the Last Mile Voices Coalition\n\n"
        "**Submitted by:** the Last Mile Voices Coalition, on behalf of the signatory members listed below\n\n"
        "## Signatory members\n\nEach member has reviewed the text and endorses it:\n\n"
        "- Nari Digital Forum (Nepal)\n"
        "- Association Tunisienne pour l'Internet Citoyen (Tunisia)\n"
        "- Altiplano Redes Comunitarias (Bolivia)\n"
        "- Pacific Digital Commons Trust (Fiji)\n\n"
        "## Activities\n\n- We trained 146 stewards (58% women)\n- We ran the Open Toolkit (online)\n"
    )
    data = extract_document(text.encode(), "lmvc.md", infer_sdgs=False).data
    assert [(o["name"], o["role"], o["kind"]) for o in data["organisations"]] == [
        ("Last Mile Voices Coalition", "submitter", "network"),
        ("Nari Digital Forum", "partner", "other"),
        ("Association Tunisienne pour l'Internet Citoyen", "partner", "other"),
        ("Altiplano Redes Comunitarias", "partner", "other"),
        # a regional trust is civil society, not an organisation of states
        ("Pacific Digital Commons Trust", "partner", "civil_society"),
    ]
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"]] == [
        ("nari-digital-forum", "member_of", "last-mile-voices-coalition"),
        ("association-tunisienne-pour-l-internet-citoyen", "member_of", "last-mile-voices-coalition"),
        ("altiplano-redes-comunitarias", "member_of", "last-mile-voices-coalition"),
        ("pacific-digital-commons-trust", "member_of", "last-mile-voices-coalition"),
    ]


def test_a_translators_note_counts_nothing_and_a_school_named_in_spanish_is_a_body() -> None:
    text = (
        "Ministry of Digital Transformation of Valdoria\n\n"
        "Contribution to the twenty-ninth session of the CSTD (2026)\n\n"
        "Original language: Spanish.\n"
        "Translator's note: figures keep the notation of the original text, in which the point separates\n"
        "thousands (for example, 1.250 = one thousand two hundred and fifty).\n\n"
        "The national experience in 2025 confirms three tendencies already observed. The Escuela de "
        "Gobierno Digital trained 14.300 public servants, and 3,5 million citizens used the portal.\n"
    )
    data = extract_document(text.encode(), "valdoria.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (14300, "public servants"),
        (3500000, "citizens"),
    ]
    assert [(o["name"], o["kind"]) for o in data["organisations"]][-1] == (
        "Escuela de Gobierno Digital",
        "academia",
    )


def test_a_name_in_spanish_glossed_in_brackets_and_a_partner_wrapped_in_its_cell_are_one_body() -> None:
    text = (
        "Ministry of Digital Transformation of Valdoria\n\n"
        "Contribution to the twenty-ninth session of the CSTD (2026)\n\n"
        "The Consejo Nacional para la Sociedad de la Información (National Council for the Information "
        "Society) met four times. In 2025 we raised the Island Connectivity Fund to USD 3 million, and "
        "we will extend the Observatory to Peru. We also gave to the Global Fund to Fight AIDS.\n\n"
        "+------------+----------------------+------------------------+\n"
        "| Date       | Activity             | Partner(s)             |\n"
        "+------------+----------------------+------------------------+\n"
        "| 14/10/2025 | Cyber exercise       | Kestrel Regional       |\n"
        "|            |                      | Telecommunication Hub  |\n"
        "+------------+----------------------+------------------------+\n"
    )
    data = extract_document(text.encode(), "valdoria.txt", infer_sdgs=False).data
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"] == [
        "Commission on Science and Technology for Development",
        "Global Fund to Fight AIDS, Tuberculosis and Malaria",  # (known by its short name)
        "Consejo Nacional para la Sociedad de la Información",
        "Kestrel Regional Telecommunication Hub",
    ]
    council = next(o for o in data["organisations"] if o["name"].startswith("Consejo"))
    assert council["aliases"] == ["National Council for the Information Society"]
    assert [i["name"] for i in data["initiatives"]] == ["Island Connectivity Fund"]


def test_a_markdown_files_front_matter_is_its_title_block() -> None:
    text = (
        "---\n"
        'title: "WSIS implementation report - contribution to the CSTD"\n'
        'organisation: "Network Operators Group of the Andes (NOGA)"\n'
        'cstd_session: "29th session (2026)"\n'
        'reporting_period: "1 July 2024 - 30 June 2025"\n'
        "tags: [ixp, routing]\n"
        "---\n\n"
        "# NOGA: contribution on the implementation of WSIS outcomes\n\n"
        "We awarded 46 fellowships, 31 of them to women engineers, over two decades of work.\n"
    )
    data = extract_document(text.encode(), "noga.md", infer_sdgs=False).data
    assert (data["entity"]["name"], data["entity"]["short_name"]) == (
        "Network Operators Group of the Andes",
        "NOGA",
    )
    assert (data["session"]["number"], data["session"]["year"]) == (29, 2026)
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == (
        "2024-07-01",
        "2025-06-30",
    )
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (46, "fellowships"),
        (31, "women engineers"),
    ]


def test_a_word_tables_two_level_header_names_each_column_by_both_rows() -> None:
    document = docx.Document()
    document.add_paragraph("Consortium of East African Universities for the Information Society")
    document.add_paragraph("Contribution to the twenty-ninth session of the CSTD (2026)")
    document.add_paragraph("1. Results")
    document.add_paragraph("Table 1 gives the participants of our flagship programmes.")
    table = document.add_table(rows=4, cols=5)
    top = table.rows[0].cells
    top[0].text, top[1].text, top[4].text = "Programme", "Participants", "Partner"
    top[1].merge(top[3])
    for cell, label in zip(table.rows[1].cells, ("", "Women", "Men", "Total", ""), strict=True):
        cell.text = label
    for row, values in zip(
        table.rows[2:],
        (
            ("AgriData Field Schools", "530", "710", "1,240", "FAO"),
            (
                "Research Ethics and AI Clinic",
                "58",
                "49",
                "107",
                "Kigali Institute for Responsible Computing",
            ),
        ),
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    data = word_draft(document, "ceaui.docx").data
    assert [(f["value"], f["unit"]) for f in data["figures"]][:3] == [
        (530, "participants women (AgriData Field Schools)"),
        (710, "participants men (AgriData Field Schools)"),
        (1240, "participants total (AgriData Field Schools)"),
    ]
    assert [i["name"] for i in data["initiatives"]] == [
        "AgriData Field Schools",
        "Research Ethics and AI Clinic",
    ]


def test_a_product_named_in_camel_case_after_its_sub_lines_label_is_an_initiative() -> None:
    text = (
        "Ministry of Communications of Velmora\n\nContribution to the 29th session of the CSTD (2026)\n\n"
        "3.6 ICT applications (C7)\n\n"
        "E-health. TeleHealth Velmora, the national telemedicine network, connected 214 health centres.\n\n"
        "E-agriculture. AgriSMS, operated with the Food and Agriculture Organization of the United Nations "
        "(FAO), sends alerts to 92,000 farmers. Phase II of the programme was completed in 2025.\n"
    )
    data = extract_document(text.encode(), "velmora.txt", infer_sdgs=False).data
    assert [i["name"] for i in data["initiatives"]] == ["TeleHealth Velmora", "AgriSMS"]


def test_a_table_of_years_gives_the_figures_of_the_periods_column_and_a_form_export_is_unescaped() -> None:
    text = (
        "Organisation name: Harmattan Pay Ltd\n"
        "Submission for: Commission on Science and Technology for Development, 29th session (2026)\n"
        "Reporting period: 1 January 2025 &ndash; 31 December 2025\n\n"
        "Q1 - Year-on-year indicators:\n"
        "Women&#8217;s groups joined the Skills &amp; Safety Bootcamps.\n\n"
        "| Indicator | 2024 | 2025 |\n|---|---|---|\n"
        "| Active merchants (year end) | 29,600 | 42,000 |\n"
        "| Share of active merchants that are women-owned | 47% | 52% |\n"
    )
    data = extract_document(text.encode(), "harmattan.txt", infer_sdgs=False).data
    assert (data["entity"]["name"], data["reporting_period"]["start"]) == ("Harmattan Pay Ltd", "2025-01-01")
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (42000, "active merchants (year end)"),
        (52, "percent (Share of active merchants that are women-owned)"),
    ]


def test_a_questionnaire_answered_in_a_word_table_is_read_as_questions_and_answers() -> None:
    document = docx.Document()
    document.add_paragraph("United Nations Digital Capacities Programme")
    document.add_paragraph(
        "Commission on Science and Technology for Development – twenty-ninth session (2026)"
    )
    document.add_paragraph("Reporting period: 1 January – 31 December 2025")
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Question", "Response"
    question = table.rows[1].cells[0]
    question.text = "3. Activities by action line"
    question.add_paragraph(
        "Please describe your activities under the WSIS action lines (C1 to C11) by 15 November 2025."
    )
    answer = table.rows[1].cells[1]
    answer.text = "Action Line C4 – Capacity building"
    answer.add_paragraph("The Teachers Online programme remains our largest programme. During the year:")
    answer.add_paragraph("12,480 teachers completed the Compact's blended course;", style="List Bullet")
    answer.add_paragraph(
        "the Compact started in Bhutan, bringing the number of participating countries to 23.",
        style="List Bullet",
    )
    table.rows[2].cells[0].text = "4. Obstacles"
    table.rows[2].cells[
        1
    ].text = (
        "Staff turnover undermines capacity building. The teacher programme lost 28 per cent of its trainers."
    )
    data = word_draft(document, "undcp.docx").data
    assert [a["code"] for a in data["action_lines"]] == ["C4"]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (12480, "teachers"),
        (23, "participating countries"),
        (28, "percent"),
    ]
    assert data["events"] == []  # the question's deadline is the call's
    # "the teacher programme" is the Teachers Online programme told again
    assert [i["name"] for i in data["initiatives"]] == ["Teachers Online programme"]


def test_a_countrys_statistics_by_year_are_no_figures_of_the_work() -> None:
    text = (
        "National Bureau of Statistics of Kestrava\n\nContribution to the 29th session of the CSTD (2026)\n"
        "Reporting period: January to December 2024\n\nTable 1 gives the year's indicators.\n\n"
        "| Indicator | 2023 | 2024 |\n|---|---|---|\n"
        "| Individuals using the Internet (per cent) | 41.2 | 46.9 |\n"
        "| Mobile-cellular subscriptions per 100 inhabitants | 88.1 | 92.6 |\n"
        "| Household surveys completed | 11,200 | 12,400 |\n"
    )
    data = extract_document(text.encode(), "nbs.md", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(12400, "household surveys completed")]


def test_a_us_citys_dates_read_month_first_and_a_table_of_key_figures_counts_its_words() -> None:
    text = (
        "CITY OF PORT ALDER, WASHINGTON\nOFFICE OF DIGITAL EQUITY AND INNOVATION\n\n"
        "INPUT TO THE REPORT OF THE UN SECRETARY-GENERAL ON WSIS\n\n"
        "Prepared for: 29th session of the Commission on Science and Technology for Development (2026)\n"
        "Reporting period: City Fiscal Year 2025 (July 1, 2024 - June 30, 2025)\n\n"
        "EXECUTIVE SUMMARY\n\nThe City of Port Alder submits this contribution. On 3/14/2025 we ran a "
        "ransomware tabletop exercise, and on 4/5/2025 the Digital Skills for Work graduation took place.\n\n"
        "Figure | What it measures\n4,812 | library cards issued to new residents\n"
        "38% | share of women among trainees\n"
    )
    data = extract_document(text.encode(), "portalder.txt", infer_sdgs=False).data
    assert (data["entity"]["name"], data["entity"]["type"]) == ("City of Port Alder", "government")
    assert [e["date"] for e in data["events"]] == ["2025-03-14", "2025-04-05"]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (38, "percent"),
        (4812, "library cards issued to new residents"),
    ]


def test_a_submission_pasted_into_an_e_mail_counts_no_number_of_its_signature() -> None:
    text = (
        "From: Amara Lind <a.lind@midh.example.org>\nTo: CSTD Secretariat <cstd@example.org>\n"
        "Date: Mon, 13 Jan 2025 09:18:44 +0100\nSubject: MIDH input to the CSTD 28th session\n\n"
        "Dear colleagues,\n\nPlease find below the contribution of the Meridian Institute for Digital Health.\n\n"
        "Submission by\nMeridian Institute for Digital Health (MIDH)\n\n"
        "The Meridian Institute for Digital Health (MIDH) is an independent, non-profit research and training "
        "institute based in Geneva. In 2024 its clinics reduced unnecessary referrals by 15 to 20 per cent. "
        "A 12% rise in the price of mobile data in two of our programme countries forced clinics to ration "
        "calls. Only four of the programme countries have a data protection authority. "
        "In the second quarter of 2025 we will release the Open Triage Toolkit in Swahili.\n\n"
        "Kind regards,\n\nDr Amara Lind\nHead of Policy\nMeridian Institute for Digital Health (MIDH)\n"
        "Rue de Lausanne 64, 1202 Geneva, Switzerland\nTel. +41 22 555 01 47 | Mobile +41 79 555 23 80\n"
        "www.midh.example.org\n"
    )
    data = extract_document(text.encode(), "midh.txt", infer_sdgs=False).data
    # "a research and training institute" is academia
    assert (data["entity"]["name"], data["entity"]["type"]) == (
        "Meridian Institute for Digital Health",
        "academia",
    )
    # a range is two figures of one unit; a number in words counts part of a set; the postcode
    # and the telephone numbers under "Kind regards," are none
    assert [(f["value"], f["unit"], f["qualifier"], f["evidence"][0]["quote"]) for f in data["figures"]] == [
        (15, "percent", "at least", "15 to 20 per cent"),
        (20, "percent", "up to", "15 to 20 per cent"),
        (12, "percent", None, "12%"),
        (2, "programme countries", None, "two of our programme countries"),
        (4, "programme countries", None, "four of the programme countries"),
    ]
    assert [(e["date"], e["end_date"], e["kind"]) for e in data["events"]] == [
        ("2025-04", "2025-06", "publication")  # "we will release"
    ]


def test_a_ministrys_capitals_title_semester_stock_and_another_bodys_remit() -> None:
    text = (
        "REPUBLIC OF TALMARIE\nMINISTRY OF DIGITAL ECONOMY, POSTS AND INNOVATION\n\n"
        "CONTRIBUTION OF THE REPUBLIC OF TALMARIE ON THE IMPLEMENTATION OF THE OUTCOMES OF THE WORLD SUMMIT "
        "ON THE INFORMATION SOCIETY (WSIS) DURING THE YEAR 2023\n\n"
        "Submitted by: the Ministry of Digital Economy, Posts and Innovation (MENPI)\n\n"
        "Action Line C9 (Media) falls within the remit of the Ministry of Communication. "
        "Action Line C6 on the enabling environment is not addressed here.\n\n"
        "C2 - INFRASTRUCTURE\n\nAt the end of 2023, 2,400 km of optical fibre were operational. "
        "During the second semester of 2023, four regional digital centres were opened in Kessa. "
        "The National Digital Forum took place from 24 to 26 October 2023 and was hosted by the "
        "University of Dar es Salaam.\n"
    )
    data = extract_document(text.encode(), "menpi.txt", infer_sdgs=False).data
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == ("2023", "2023")
    assert [(a["code"], a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"] == [
        ("C2", "stated"),
        ("C6", "negated"),
        ("C9", "negated"),
    ]
    # "At the end of 2023, 2,400 km ... were operational" dates a stock, not an event
    assert [(e["date"], e["end_date"], e["kind"]) for e in data["events"]] == [
        ("2023-07", "2023-12", "other"),
        ("2023-10-24", "2023-10-26", "meeting"),
    ]
    assert [(o["name"], o["role"]) for o in data["organisations"]] == [
        ("Ministry of Digital Economy, Posts and Innovation", "submitter"),
        ("Ministry of Communication", "mentioned"),
        ("University of Dar es Salaam", "mentioned"),
    ]


def test_a_joint_submission_and_a_table_of_signatories_name_their_bodies() -> None:
    joint = (
        "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)\nTwenty-fifth session\n\n"
        "JOINT SUBMISSION BY\n\n    Northgate University (NGU), Kampala, Uganda\n    and\n"
        "    Tessellate Networks Ltd, Nairobi, Kenya\n\nWe worked on C4 in 2021.\n"
    )
    data = extract_document(joint.encode(), "joint.txt", infer_sdgs=False).data
    assert (data["entity"]["name"], data["entity"]["short_name"], data["entity"]["type"]) == (
        "Northgate University",
        "NGU",
        "academia",
    )
    coalition = (
        "# Accessible Digital Futures Coalition (ADFC)\n\n## Signatory members\n\n"
        "| Stakeholder group | Signatory |\n|---|---|\n"
        "| Government | Ministry of Digital Affairs of Valdoria |\n"
        "| Private sector | SignBridge Inc. |\n| Civil society | Global Deaf Tech Forum (GDTF) |\n\n"
        "Since January 2023 the Steering Committee has been chaired by **SignBridge Inc.**, with the "
        "Ministry of Digital Affairs of Valdoria as vice-chair.\n"
    )
    data = extract_document(coalition.encode(), "adfc.md", infer_sdgs=False).data
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"] if r["type"] == "member_of"] == [
        ("ministry-of-digital-affairs-of-valdoria", "member_of", "accessible-digital-futures-coalition"),
        ("signbridge-inc", "member_of", "accessible-digital-futures-coalition"),
        ("global-deaf-tech-forum", "member_of", "accessible-digital-futures-coalition"),
    ]
    # a company's legal form keeps its full stop, so both mentions name one body
    assert [o["name"] for o in data["organisations"] if "SignBridge" in o["name"]] == ["SignBridge Inc."]


def test_a_pdfs_part_heading_over_its_paragraph_stays_a_heading() -> None:
    page = (
        "Submission by\nTarsenne City Digital Office\n\n"
        "The Office leads the digital transformation of the City of Tarsenne, a port city of some\n"
        "870,000 inhabitants.\n\nPart Four: Links to the Sustainable Development Goals\n"
        "The Office's work is framed by SDG 11 on sustainable cities and communities, in\n"
        "particular target 11.2 on sustainable transport and target 11.6 on urban air quality.\n"
    )
    text = pdf_pages_to_text([page]).text
    assert "Part Four: Links to the Sustainable Development Goals\nThe Office's work" in text
    data = extract_document(text.encode(), "tcdo.txt", infer_sdgs=False).data
    assert data["entity"]["type"] == "government"  # "City Digital Office"
    assert [t["target"] for t in data["sdg_targets"]] == ["11.2", "11.6"]  # not the template's Part


def test_laws_and_standards_numbers_date_nothing_and_more_happenings_are_events() -> None:
    text = (
        "Submission by the Veloria Standards Council (VSC)\n\n"
        "Table 2 summarises the main activities in 2023 and those planned for 2024. "
        "The Data Protection Act (Act No. 7 of 2019) established the Office of the Data Protection "
        "Commissioner. The revision of XS 2041:2022 is scheduled for publication by the end of 2025. "
        "Our platform obtained ISO/IEC 27001 certification. "
        "Results: 38 rural schools connected through IEEE 802.11s mesh links. "
        "The Data Protection Bill was referred to the Committee in September 2022. "
        "On 7–8 February 2022 a cut to the fibre backbone interrupted data services. "
        "The Ministry activated the National Emergency Telecommunications Plan on 5 February 2022. "
        "We will bring the number of service points to 35 by December 2025. "
        "According to the Telecommunications Regulatory Authority of Talmarie, penetration reached 47%. "
        "Decree No. 2023-417 of 15 March 2023 created the National Digital Agency "
        "(Agence Nationale du Numérique - ANN). The backbone project is led by the ANN.\n"
    )
    data = extract_document(text.encode(), "vsc.txt", infer_sdgs=False).data
    # not the table's description, the Act's number or the standard's year
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2025", None, "deadline"),
        ("2022-09", None, "other"),
        ("2022-02-07", "2022-02-08", "disruption"),
        ("2022-02-05", None, "programme"),
        ("2025-12", None, "deadline"),
        ("2023-03-15", None, "programme"),
    ]
    # IEEE and IEC inside standards' numbers name no body; a French name and its acronym in the
    # brackets after the English one are the same body's
    assert [(o["name"], o["aliases"]) for o in data["organisations"]] == [
        ("Veloria Standards Council", ["VSC"]),
        ("Telecommunications Regulatory Authority of Talmarie", []),
        ("National Digital Agency", ["Agence Nationale du Numérique", "ANN"]),
    ]


def test_a_table_rows_measure_in_its_label_and_numbers_in_words_a_dozen_and_a_hundred_and_twenty() -> None:
    text = (
        "Submission by Norvatel Communications plc\n\nReporting period: 1 January to 31 December 2022\n\n"
        "Table 1 gives our key figures.\n\n"
        "| Indicator | 2021 | 2022 |\n|---|---|---|\n"
        "| Mobile subscribers (million) | 10.3 | 11.2 |\n"
        "| Capital investment (US$ million) | 171 | 196 |\n"
        "| 4G population coverage (%) | 77 | 84 |\n\n"
        "The share of offline schools fell to 48 per cent in 2020.4 Far fewer schools closed. "
        "Clause 12 of the Bill requires it. We trained a dozen secondary schools and a hundred and twenty "
        "students.\n"
    )
    data = extract_document(text.encode(), "norvatel.md", infer_sdgs=False).data
    # not the year with its note's mark ("2020.4") nor the clause's number
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (48, "percent"),
        (12, "secondary schools"),
        (120, "students"),
        (11200000, "mobile subscribers"),
        (196000000, "USD (Capital investment)"),
        (84, "percent (4G population coverage)"),
    ]


def test_a_c7_sub_line_declined_by_name_beside_the_ones_stated() -> None:
    text = (
        "Submission by the Andean Business Council (ABC)\n\n"
        "Our WSIS work is about e-business and e-employment under Action Line C7. We no longer report on "
        "e-agriculture: that work is not ours to claim.\n"
    )
    data = extract_document(text.encode(), "abc.txt", infer_sdgs=False).data
    assert [(a["code"], a.get("sub_line"), a["basis"]) for a in data["action_lines"]] == [
        ("C7", "e-agriculture", "negated"),
        ("C7", "e-business", "stated"),
        ("C7", "e-employment", "stated"),
    ]


def test_a_companys_pte_ltd_its_quoted_short_name_and_what_dates_or_counts_nothing() -> None:
    text = (
        'Submission by: **Corvana Technologies Pte. Ltd. ("Corvana")**\n\n'
        "Mostly C7, e-health. We don't run media or broadcasting services, so Action Line C9 doesn't apply "
        "to us. On 14 July 2021 a power failure at our Jakarta data centre took CorvaPay offline. "
        "When the undersea cable to Tonga was cut in January 2022, we rerouted traffic. "
        "Our helpline received 1,870 calls, 45% more than in 2020. "
        "Insecurity forced us to suspend fieldwork in 11 of the 86 villages. "
        "The regulator auctioned 300 MHz of spectrum in the 700 MHz and 3.5 GHz bands. "
        "Resolution 12 (Rev. 2022) of the Conference entered into force on 1 January 2024.\n\n"
        "Recalling further the World Programme of Action for Youth, adopted in 1995,\n\n"
        '"It started in 2019 with one fake account, and by Christmas there were five," she says.\n'
    )
    data = extract_document(text.encode(), "corvana.md", infer_sdgs=False).data
    assert (data["entity"]["name"], data["entity"]["short_name"], data["entity"]["type"]) == (
        "Corvana Technologies Pte. Ltd.",
        "Corvana",
        "private_sector",
    )
    assert [
        (a["code"], a.get("sub_line"), a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"
    ] == [
        ("C7", "e-health", "stated"),
        ("C9", None, "negated"),
    ]
    # not the year a statistic is compared with, a resolution's revision, a recalled text's adoption
    # or a year in someone's quoted words
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2021-07-14", None, "disruption"),
        ("2022-01", None, "disruption"),
        ("2024-01-01", None, "adoption"),
    ]
    # not the names of spectrum bands, nor the numbers in the quoted words
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (1870, "calls"),
        (45, "percent"),
        (11, "villages"),
        (300, "MHz of spectrum"),
    ]


def test_a_note_verbales_annex_names_its_ministry_and_a_bank_of_states_is_intergovernmental() -> None:
    note = (
        "PERMANENT MISSION OF THE REPUBLIC OF VELMORA\n\nThe Permanent Mission has the honour to transmit "
        "the contribution of its Ministry.\n\nAnnex\n\nSubmitted by the Ministry of Digital Affairs and "
        "Innovation Commission on Science and Technology for Development, twenty-eighth session, Geneva, "
        "7–11 April 2025\n\n1. The contribution covers the activities undertaken in Velmora in 2024. The "
        "Ministry of Digital Affairs and Innovation (MDAI) leads the work. On 3 June 2024 Velmora deposited "
        "its instrument of accession to the Convention on Cybercrime.\n"
    )
    data = extract_document(note.encode(), "velmora.txt", infer_sdgs=False).data
    # the PDF's next line run on after the name is not part of it
    assert (data["entity"]["name"], data["entity"]["short_name"]) == (
        "Ministry of Digital Affairs and Innovation",
        "MDAI",
    )
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == ("2024", "2024")
    assert [(e["date"], e["kind"]) for e in data["events"]] == [("2024-06-03", "adoption")]
    bank = (
        "Submission by the Coastal West Africa Development Bank (CWADB)\n\nThe Coastal West Africa "
        "Development Bank (CWADB) is the development finance institution of its member States on the Gulf "
        "of Guinea.\n"
    )
    assert extract_document(bank.encode(), "cwadb.txt", infer_sdgs=False).data["entity"]["type"] == (
        "international_organization"
    )


def test_numbers_written_as_in_a_faq_or_a_post() -> None:
    text = (
        "Submission by the Youth Voices for Digital Inclusion (YVDI)\n\nOur work in 2022.\n\n"
        "Today we have 9,000+ members in 14 countries. Our bootcamps trained 1,200+ young people. We gained "
        "5k new followers. Our platform served 1.2M users in 2021, up from 310k a year earlier. "
        "About ~450 of them came back. A 100m race was run.\n"
    )
    data = extract_document(text.encode(), "yvdi.md", infer_sdgs=False).data
    assert [(f["value"], f["unit"], f["qualifier"]) for f in data["figures"]] == [
        (9000, "members", "more than"),
        (14, "countries", None),
        (1200, "young people", "more than"),
        (5000, "new followers", None),
        (1200000, "users", None),
        (310000, "users (a year earlier)", None),  # the same count, a year before
    ]


def test_a_forms_labelled_values_count_what_their_labels_say() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOur key data are below.\n\n"
        "This year went well for us and for our members across the region, as the figures show.\n\n"
        "Grants approved: 47\nPaid out during the year: EUR 15.2 million\nPhone: +679 331 0457\n"
        "Mobile: +679 775 1234\nMobile subscribers: 4,200\nReporting year: 2023\nWebsite: www.nli.example.org\n"
        "Members: 48 community networks\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    # not the telephone number, nor "Website" as what it counts
    assert [(f["value"], f["unit"], f["evidence"][0]["quote"]) for f in data["figures"]] == [
        (47, "grants approved", "Grants approved: 47"),
        (15200000, "EUR", "Paid out during the year: EUR 15.2 million"),
        (4200, "mobile subscribers", "Mobile subscribers: 4,200"),
        (48, "community networks", "48 community networks"),
    ]


def test_attacks_shortages_landslides_drills_and_a_consensus_are_events() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOur year.\n\n"
        "Our repository was hit by a distributed denial-of-service attack on 22 March 2024. The proposal "
        "reached consensus on the mailing list in April 2024. A fuel shortage in September 2023 forced sites "
        "onto batteries. We joined the ITU regional cyberdrill in Q4 2024. The landslides of 4 and 5 November "
        "2023 cut the link.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2024-03-22", None, "disruption"),
        ("2024-04", None, "adoption"),
        ("2023-09", None, "disruption"),
        ("2024-10", "2024-12", "meeting"),
        ("2023-11-04", "2023-11-05", "disruption"),
    ]


def test_a_labels_measure_a_spaced_m_an_apostrophe_year_and_an_adverb_before_a_count() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOur key data are below.\n\n"
        "This year went well for us and for our members across the region, as the figures show.\n\n"
        "Budget (USD million): 12\nShare of women (%): 61\nGrants (EUR thousands): 2.5\n\n"
        "The app reached 4.1 M users and USD 3 M was raised for it. We launched the survey in Oct '22. "
        "Later 300 schools joined the network. Windows 10 was installed on the laptops.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"], f["evidence"][0]["quote"]) for f in data["figures"]] == [
        (12000000, "USD", "Budget (USD million): 12"),
        (61, "percent", "Share of women (%): 61"),
        (2500, "EUR", "Grants (EUR thousands): 2.5"),
        (4100000, "users", "4.1 M users"),
        (3000000, "USD", "USD 3 M"),
        (300, "schools", "300 schools"),
    ]
    assert [(e["date"], e["evidence"][0]["quote"]) for e in data["events"]] == [
        ("2022-10", "We launched the survey in Oct '22.")
    ]


def test_meetings_met_convened_and_elections_a_count_reached_by_a_date_and_a_sentences_own_year() -> None:
    text = (
        "Submission by the Marevia Internet Governance Forum (MIGF)\n\nReporting period: 2022\n\n"
        "Our forum is the national platform for multistakeholder dialogue on internet policy in the country.\n\n"
        "Youth IGF Marevia met on 17 October 2022, on Day 0 of the MIGF, bringing together 140 students. "
        "By December 2022, 72 per cent of member campuses offered eduroam. In 2023 the week will be held from "
        "1 to 5 December in Velsk.\n\n"
        "In 2023 the MSC will:\n\n"
        "- hold its annual elections for all seats in the first quarter of 2023;\n"
        "- convene MIGF 2023 in Lindara in September 2023.\n\n"
        "Year | Share (%) | Users\n2021 | 57.2 | 2 748 100\n2022 | 61.8 | 2 989 400\n"
    )
    data = extract_document(text.encode(), "migf.txt", infer_sdgs=False).data
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2022-10-17", None, "meeting"),
        ("2023-12-01", "2023-12-05", "meeting"),
        ("2023-01", "2023-03", "other"),
        ("2023-09", None, "meeting"),
    ]


def test_a_ruled_two_column_table_in_its_headings_measure_and_numbers_that_count_nothing() -> None:
    text = (
        "Submission by the Office of Digital Inclusion (ODI)\n\nContents\n\n"
        "1. Introduction ............................2 1.1 Scope ............................2\n\n"
        "Our office works with all the city's districts on digital inclusion, with many partners.\n\n"
        "DravTel gave us 40 4G routers, which went to the branches with the worst connections.\n\n"
        "Table 1. Budget executed in 2022\n\n"
        "  Component                                      Amount (USD)\n"
        "  ---------------------------------------------  ------------\n"
        "  Public Wi-Fi and municipal fibre ring              2,450,000\n"
        "  Digital skills centres                               980,000\n\n"
        "7 A/RES/70/125, para. 111.\n"
    )
    data = extract_document(text.encode(), "odi.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (40, "4G routers"),
        (2450000, "USD (Public Wi-Fi and municipal fibre ring)"),
        (980000, "USD (Digital skills centres)"),
    ]


def test_more_happenings_open_ran_seized_in_force_closing_dates_and_what_will_take_place() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOur year.\n\n"
        "The consultation was open from 4 March to 19 April 2024. Fieldwork ran from April to June 2022. In "
        "March 2023 the transmitter of our partner radio was seized by the police. The law has been in force "
        "since 3 October 2023. The volcanic eruption of January 2022 cut the cable. The third Youth IGF will "
        "take place in August 2024.\n\nClosing date: 30 June 2029\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2024-03-04", "2024-04-19", "meeting"),
        ("2022-04", "2022-06", "programme"),
        ("2023-03", None, "disruption"),
        ("2023-10-03", None, "adoption"),
        ("2022-01", None, "disruption"),
        ("2024-08", None, "deadline"),
        ("2029-06-30", None, "deadline"),
    ]


def test_lakh_sdr_a_total_a_headings_number_in_capitals_and_a_commands_option() -> None:
    text = (
        "Submission by the Karnali Youth ICT Forum (KYIF)\n\nOverview\n\n"
        "Our forum works with many young people in the districts across the whole province of the country.\n\n"
        "Total 312 women participated in the trainings. The grant was NPR 18 lakh and the loan SDR 30.5 million. "
        "Run jamii init --workers 4 to start.\n\n2  PART ONE: EXECUTIVE SUMMARY\n\nWe trained 45 teachers.\n"
    )
    data = extract_document(text.encode(), "kyif.txt", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (312, "women"),
        (1800000, "NPR"),
        (30500000, "SDR"),
        (45, "teachers"),
    ]


def test_a_c7_sub_line_declined_by_name_after_c7_named_with_its_sub_lines() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\nWe were told that our work fits Action "
        "Line C4 (capacity building) and, under C7, e-employment and e-business, because the women use their "
        "phones to find work. We do not work on e-agriculture. For farming advice our members call the centre.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(a["code"], a.get("sub_line"), a["basis"]) for a in data["action_lines"]] == [
        ("C4", None, "stated"),
        ("C7", "e-agriculture", "negated"),
        ("C7", "e-business", "stated"),
        ("C7", "e-employment", "stated"),
    ]


def test_switch_offs_readings_hearings_access_cut_and_a_subject_made_compulsory_are_events() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOur year.\n\n"
        "The capital region switched off on 1 March 2021. The Bill was read a first time on 7 February 2023. "
        "Between 2 and 19 May 2023 the Committee held public hearings on the Bill. Access to mobile Internet was "
        "cut in three districts from 14 to 17 August 2023. In September 2023 the new curriculum made computing a "
        "compulsory subject.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2021-03-01", None, "other"),
        ("2023-02-07", None, "adoption"),
        ("2023-05-02", "2023-05-19", "meeting"),
        ("2023-08-14", "2023-08-17", "disruption"),
        ("2023-09", None, "adoption"),
    ]


def test_an_unknown_currency_in_billions_a_scaled_cell_and_clock_times_and_grades_that_count_nothing() -> (
    None
):
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "Our authority regulates broadcasting across the whole country and its many provinces and islands.\n\n"
        "Stations must broadcast local music between 18:00 and 22:00 every day. The Bill sets fines of VLR 1.8 "
        "billion. In the Grades 7–9 curriculum we trained 45 teachers. The ITU 2 million target stands.\n\n"
        "Programme | Budget (USD)\nDigital Academy | 1.1 million\n"
    )
    data = extract_document(text.encode(), "nli.md", infer_sdgs=False).data
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (1800000000, "VLR"),
        (45, "teachers"),
        (1100000, "USD (Digital Academy)"),
    ]


def test_a_line_that_is_another_bodys_responsibility_or_not_part_of_our_programme_is_declined() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "Matters under Action Line C6 (Enabling environment), including telecommunications licensing and spectrum "
        "management, are the responsibility of the Communications Regulatory Commission (CRC) and are not covered "
        "in this submission. Local content (Action Line C8) matters to us, but it is not part of our programme. "
        "We work under Action Line C2.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(a["code"], a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"] == [
        ("C2", "stated"),
        ("C6", "negated"),
        ("C8", "negated"),
    ]


def test_a_reports_half_year_name_a_year_that_bounds_and_a_count_that_passed_date_no_event() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "Our company publishes threat reports for the region and trains students in cybersecurity every year.\n\n"
        "The first of the 2021 editions, Threat Landscape H1 2021, was published in July 2021. We will complete "
        "the digitisation of all newspapers published before 1951 by the end of 2024. Registered mobile money "
        "accounts passed 420 million in 2023, up 14 per cent on the previous year. The Data Law was passed in "
        "March 2022.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(e["date"], e["kind"]) for e in data["events"]] == [
        ("2021-07", "publication"),
        ("2024", "deadline"),
        ("2022-03", "adoption"),
    ]


def test_a_line_under_which_we_report_nothing_is_declined() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "GCAB does not run e-government programmes, and we report nothing under Action Line C7. We work under "
        "Action Line C2 and Action Line C5. Honestly, nothing on Action Line C9 from us this year.\n"
    )
    data = extract_document(text.encode(), "nli.md", infer_sdgs=False).data
    assert [(a["code"], a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"] == [
        ("C2", "stated"),
        ("C5", "stated"),
        ("C7", "negated"),
        ("C9", "negated"),
    ]


def test_entering_into_force_passing_by_a_parliament_admission_a_mandate_from_a_date_and_a_run_are_events() -> (
    None
):
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "The Electronic Transactions Act will enter into force on 1 July 2024. The Payment Systems Act was "
        "debated and then passed by the National Assembly in August 2022. In February 2022 LumoPay was admitted to "
        "the second cohort of the sandbox. The rule makes interoperability mandatory from 1 July 2023. Our IPv6 "
        "Deployment Action Plan runs from 2021 to 2023.\n"
    )
    data = extract_document(text.encode(), "nli.txt", infer_sdgs=False).data
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2024-07-01", None, "deadline"),  # (still to come)
        ("2022-08", None, "adoption"),
        ("2022-02", None, "other"),
        ("2023-07-01", None, "adoption"),
        ("2021", "2023", "programme"),
    ]


def test_a_tables_column_of_days_laws_were_adopted_dates_their_adoption() -> None:
    text = (
        "# Standing Committee on ICT: contribution to the CSTD, 2025\n\n"
        "| Law | Date adopted | Main provisions |\n|---|---|---|\n"
        "| Digital Government Services Act | 14 May 2024 | Single digital identity |\n"
        "| Personal Health Data Act | 3 December 2024 | Consent rules |\n"
    )
    events = extract_document(text.encode(), "scict.md", infer_sdgs=False).data["events"]
    assert [(e["date"], e["kind"], e["title"]) for e in events] == [
        ("2024-05-14", "adoption", "Digital Government Services Act"),
        ("2024-12-03", "adoption", "Personal Health Data Act"),
    ]


def test_a_milestone_tables_status_dates_what_was_reached_and_its_target_what_is_due() -> None:
    text = (
        "# Coral Sea Development Bank: contribution to the CSTD, 2022\n\n"
        "| Milestone | Target | Status at end-2021 |\n|---|---|---|\n"
        "| Southern Cable System contract awarded | H2 2021 | Achieved, 18 November 2021 |\n"
        "| Southern Cable System ready for service | Q3 2023 | Expected Q1 2024 |\n"
        "| Mid-term review | First half of 2024 | Scheduled |\n"
    )
    events = extract_document(text.encode(), "csdb.md", infer_sdgs=False).data["events"]
    assert [(e["date"], e.get("end_date"), e["title"]) for e in events] == [
        ("2021-11-18", None, "Southern Cable System contract awarded"),
        ("2024-01", "2024-03", "Southern Cable System ready for service"),
        ("2024-01", "2024-06", "Mid-term review"),
    ]
    assert events[2]["kind"] == "deadline"


def test_a_table_row_that_says_its_goal_is_not_addressed_denies_it() -> None:
    text = (
        "# Ministry of Communications: contribution to the CSTD, 2025\n\n"
        "| SDG | Status in this submission |\n|---|---|\n"
        "| 9 | Reported (targets 9.1, 9.c) |\n"
        "| 13 | Not addressed |\n"
        "| 17 | Reported (target 17.8) |\n"
    )
    data = extract_document(text.encode(), "status.md", infer_sdgs=False).data
    assert [(g["goal"], g["basis"], g["evidence"][0]["quote"]) for g in data["sdg_goals"]] == [
        (9, "stated", "9"),
        (13, "negated", "13"),
        (17, "stated", "17"),
    ]
    assert [t["target"] for t in data["sdg_targets"]] == ["9.1", "9.c", "17.8"]


def test_a_tables_rows_may_open_with_their_numbers() -> None:
    text = (
        "Results framework (extract)\n\n"
        "Output | Centre indicator | Result 2024 | SDG target\n"
        "1. Crop-monitoring bulletin | Countries receiving it | 14 | 2.4\n"
        "2. Food price information system | Markets reporting | 488 | 2.c\n"
        "3. Training of extension officers | Officers certified | 1,930 | 4.4\n"
    )
    data = extract_document(text.encode(), "rcai.txt", infer_sdgs=False).data
    assert [(t["target"], t["evidence"][0]["quote"]) for t in data["sdg_targets"]] == [
        ("2.4", "2.4"),
        ("2.c", "2.c"),
        ("4.4", "4.4"),
    ]


def test_a_column_of_sdg_links_and_a_row_dropped_in_brackets() -> None:
    text = (
        "Annex 2. Results framework (extract)\n\n"
        "Level | Result statement | SDG link\n"
        "Impact | Improved access to decent work | 8.6\n"
        "Outcome 3 (discontinued 2022) | Adolescent health through a chatbot | 3.7\n"
    )
    data = extract_document(text.encode(), "pathways.txt", infer_sdgs=False).data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [("8.6", "stated"), ("3.7", "negated")]


def test_a_rows_status_that_says_its_target_was_dropped_or_is_not_pursued_denies_it() -> None:
    text = (
        "Results framework, status at 31 December 2023\n\n"
        "Output | SDG target | Status\n"
        "1. Connectivity at health facilities | 3.8 | On track\n"
        "2. Market price SMS service | 2.1 | Discontinued (2022)\n"
        "3. Early warning | 3.d | Status: not pursued\n"
        "4. Registration | 16.9 | None of the registrations was lost\n"
        "5. Staff training | 4.4 | None\n"
    )
    data = extract_document(text.encode(), "grn.txt", infer_sdgs=False).data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [
        ("3.8", "stated"),
        ("2.1", "negated"),
        ("3.d", "negated"),
        ("16.9", "stated"),
        ("4.4", "negated"),
    ]


def test_a_column_of_targets_reported_and_a_figure_of_n_a_before_it() -> None:
    text = (
        "Annex B. Mapping of service lines to the Sustainable Development Goals\n\n"
        "Service line | Key figure 2023/24 | SDG target(s) reported\n"
        "PostBank basic accounts | 412,000 accounts | 8.10; 5.a\n"
        "Emergency kits | n/a | 11.5\n"
        "Landslide sirens | 14 villages | n/a\n"
    )
    data = extract_document(text.encode(), "post.txt", infer_sdgs=False).data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [
        ("8.10", "stated"),
        ("5.a", "stated"),
        ("11.5", "stated"),
    ]


def test_a_pdf_tables_header_run_together_over_rows_it_parts_becomes_cells() -> None:
    page = (
        "2. SDG contribution\nThe programme contributes to SDGs 16-17.\n\n"
        "Workstream SDGs Targets Status\n\nDigital government\n\n"
        "E-government readiness reviews | 16 | 16.6, 16.7 | Ongoing\n"
        "Digital agriculture observatory | 2 | 2.c | Discontinued (2023)\n"
    )
    text = pdf_pages_to_text([page]).text
    assert "Workstream | SDGs | Targets | Status\n" in text
    # (a line with a word in lower case is no header: "Goals and targets")
    assert pdf_pages_to_text(["Goals and Targets\n\nA | 4 | c\n"]).text.startswith("Goals and Targets\n")
    data = extract_document(text.encode(), "ws.txt", infer_sdgs=False).data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [
        ("16.6", "stated"),
        ("16.7", "stated"),
        ("2.c", "negated"),
    ]


def test_a_tables_column_of_sdg_targets_with_a_notes_mark_states_them() -> None:
    text = (
        "Key performance indicators\n\nKPI | 2023 | 2024 | SDG target*\n"
        "Population covered by 4G (%) | 78 | 83 | 9.c\nLearners certified | 11,400 | 21,300 | 4.4\n"
        "Scope 1 and 2 emissions | 212 | 175 | –\n\n* The mapping follows our Sustainability Report.\n"
    )
    data = extract_document(text.encode(), "kpi.txt", infer_sdgs=False).data
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [("9.c", "stated"), ("4.4", "stated")]


def test_a_rows_status_denies_only_its_row_and_a_translations_target_column() -> None:
    text = (
        "Contribution to the SDGs\n\nGoal (ЦУР / SDG) | Target (задача) | Measure | Status\n"
        "ЦУР 16 (SDG 16); Peace, justice and strong institutions | 16.6 | Unified portal of public services | Ongoing\n"
        "ЦУР 16 (SDG 16); Peace, justice and strong institutions | 16.9 | Digital civil registration | Planned (2027)\n"
        "ЦУР 4 (SDG 4) | 4.a | School computer classes | Discontinued (2023)\n\n"
        "Indicator | Baseline (2020) | Target (2027) | SDG indicator\nRoad deaths per 100,000 | 8.9 | 5.5 | 3.6.1\n"
    )
    data = extract_document(text.encode(), "ru.txt", infer_sdgs=False).data
    assert sorted((g["goal"], g["basis"]) for g in data["sdg_goals"]) == [(4, "negated"), (16, "stated")]
    assert sorted((t["target"], t["basis"]) for t in data["sdg_targets"]) == [
        ("16.6", "stated"),
        ("16.9", "negated"),
        ("3.6", "stated"),
        ("4.a", "negated"),
    ]
