"""Relations, organisations and roles of a whole submission written for these tests
(`pacific_submission.txt`: invented submitter, real partners in invented roles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsislens.ingest import extract_document, validate_draft

DOCUMENT = Path(__file__).with_name("pacific_submission.txt")


@pytest.fixture(scope="module")
def draft():
    return extract_document(DOCUMENT, infer_sdgs=False)


def test_relations_read_from_the_wording(draft) -> None:
    data = draft.data
    names = {node["id"]: node["name"] for kind in ("organisations", "initiatives") for node in data[kind]}
    names.update({event["id"]: event["title"] for event in data["events"]})
    relations = sorted((names[r["source"]], r["type"], names[r["target"]]) for r in data["relations"])
    pita = "Pacific Islands Telecommunications Association"
    dialogue = "Pacific ICT Ministers Dialogue"
    assert relations == sorted(
        [
            (pita, "partner", "Asia-Pacific Telecommunity"),
            ("Pacific Cable Resilience Study", "funded_by", "Asian Development Bank"),
            (pita, "partner", "Economic and Social Commission for Asia and the Pacific"),
            (pita, "co_organised", dialogue),
            ("Economic and Social Commission for Asia and the Pacific", "co_organised", dialogue),
            (dialogue, "hosted_by", "Government of Fiji"),
            (pita, "partner", "Internet Society"),
            (pita, "member_of", "Asia-Pacific Internet Development Trust"),
            ("Pacific Satellite Backup Project", "funded_by", "Government of Australia"),
        ]
    )


def test_organisations_roles_and_kinds(draft) -> None:
    organisations = [(o["name"], o["aliases"], o["kind"], o["role"]) for o in draft.data["organisations"]]
    assert organisations == [
        ("Pacific Islands Telecommunications Association", ["PITA"], "private_sector", "submitter"),
        ("Commission on Science and Technology for Development", [], "un_entity", "boilerplate"),
        ("Asia-Pacific Telecommunity", ["APT"], "international_organization", "partner"),
        ("Asian Development Bank", [], "international_organization", "partner"),
        ("Economic and Social Commission for Asia and the Pacific", ["ESCAP"], "un_entity", "partner"),
        ("Internet Society", ["ISOC"], "civil_society", "partner"),
        ("Government of Fiji", [], "government", "mentioned"),
        ("Asia-Pacific Internet Development Trust", [], "civil_society", "partner"),
        ("Government of Australia", [], "government", "partner"),
    ]


def test_facts_of_the_submission(draft) -> None:
    data = draft.data
    assert data["id"] == "pita-2022"
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == ("2022", "2022")
    assert [
        (a["code"], a.get("sub_line"), a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"
    ] == [
        ("C2", None, "stated"),
        ("C6", None, "stated"),
        ("C7", "e-government", "stated"),
        ("C9", None, "negated"),
    ]
    assert [(t["target"], t["basis"]) for t in data["sdg_targets"]] == [("9.1", "stated"), ("9.c", "stated")]
    assert [(g["goal"], g["basis"]) for g in data["sdg_goals"]] == [(9, "stated"), (17, "stated")]
    assert [(e["date"], e.get("end_date"), e["kind"]) for e in data["events"]] == [
        ("2022-09", None, "adoption"),
        ("2022-12-31", None, "publication"),
        ("2022-05-12", "2022-05-13", "meeting"),
        ("2024", None, "deadline"),
        ("2023", "2026", "programme"),
    ]
    assert [(f["value"], f["unit"], f["qualifier"]) for f in data["figures"]] == [
        (48, "operators", None),
        (21, "island economies", None),
        (14, "island states", None),
        (120, "delegates", "more than"),
        (87, "percent", "about"),
        (61, "percent", None),
        (3_200_000, "USD", "planned"),  # "the Project will run ... with a budget of"
    ]
    assert validate_draft(draft) == []


HEADER = """Commission on Science and Technology for Development
Twenty-seventh session
Geneva, 15-19 April 2024

Submission by the Coastal Libraries Alliance (CLA)

Overview

The Coastal Libraries Alliance (CLA) connects 35 public libraries in 9 coastal towns.

"""
CLA = "Coastal Libraries Alliance"
PROJECT = "Reading Bridges project"
EU = "European Union"


def _relations(sentence: str) -> list[tuple[str, str, str]]:
    """(source, type, target) names of the relations found in a short submission ending with `sentence`."""
    data = extract_document((HEADER + sentence + "\n").encode(), "submission.txt", infer_sdgs=False).data
    names = {node["id"]: node["name"] for kind in ("organisations", "initiatives") for node in data[kind]}
    names.update({event["id"]: event["title"] for event in data["events"]})
    return sorted((names[r["source"]], r["type"], names[r["target"]]) for r in data["relations"])


def test_funders_end_before_the_implementing_partner() -> None:
    assert _relations(
        "Our Reading Bridges project, funded by the European Union and implemented with the United Nations "
        "Children's Fund (UNICEF), reached 12,000 pupils in 2023."
    ) == [
        (CLA, "partner", "United Nations Children's Fund"),
        (PROJECT, "funded_by", EU),
    ]


def test_funders_end_before_a_verb_after_and() -> None:
    assert _relations(
        "The Reading Bridges project is funded by the World Bank and run by the Ministry of Education of Ruritania."
    ) == [(PROJECT, "funded_by", "World Bank")]


def test_coordinated_funders_are_all_funders() -> None:
    assert _relations(
        "The Reading Bridges project was funded by the European Union and the World Bank in 2023."
    ) == [
        (PROJECT, "funded_by", EU),
        (PROJECT, "funded_by", "World Bank"),
    ]
    assert _relations(
        "The Reading Bridges project is funded by the Government of Norway, the European Union and UNESCO."
    ) == [
        (PROJECT, "funded_by", EU),
        (PROJECT, "funded_by", "Government of Norway"),
        (PROJECT, "funded_by", "United Nations Educational, Scientific and Cultural Organization"),
    ]


def test_funders_end_at_a_relative_clause_or_partnership() -> None:
    assert _relations(
        "The Reading Bridges project is funded by the Government of Norway, which also hosts the Nordic Library "
        "Forum, in partnership with the International Federation of Library Associations and Institutions."
    ) == [
        (CLA, "partner", "International Federation of Library Associations and Institutions"),
        (PROJECT, "funded_by", "Government of Norway"),
    ]
    assert _relations(
        "The Reading Bridges project is funded by the European Union in partnership with the World Bank."
    ) == [
        (CLA, "partner", "World Bank"),
        (PROJECT, "funded_by", EU),
    ]


def test_funder_acronym_in_parentheses_is_the_same_funder() -> None:
    assert _relations(
        "The Reading Bridges project is funded by the United Nations Development Programme (UNDP) and the "
        "European Union and reached 12,000 pupils in 2023."
    ) == [
        (PROJECT, "funded_by", EU),
        (PROJECT, "funded_by", "United Nations Development Programme"),
    ]


def test_funders_end_with_the_aside() -> None:
    assert _relations(
        "The Reading Bridges project (funded by the European Union) and UNESCO trained 300 librarians; "
        "it was financed by the World Bank, with support from the Government of Norway."
    ) == [
        (PROJECT, "funded_by", EU),
        (PROJECT, "funded_by", "World Bank"),
    ]


def _initiatives(text: str) -> list[str]:
    from wsislens.extract.document import analyse
    from wsislens.extract.entities import find_entities
    from wsislens.extract.text import CanonicalText

    nodes, _mentions, _events = find_entities(
        analyse(CanonicalText(text, "txt")), "Probe City Office", None, "other"
    )
    return [n.name for n in nodes.nodes if n.category == "initiative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening word and an article before the name
        ("Under the Valmora Conecta programme, the City installed hotspots.", ["Valmora Conecta programme"]),
        # a kind in the plural, and an acronym between a name and its kind
        ("Training continued through the Senior Clicks courses.", ["Senior Clicks courses"]),
        (
            "The City began an assessment against the United for Smart Sustainable Cities (U4SSC) initiative.",
            ["United for Smart Sustainable Cities initiative"],
        ),
        # a product's one-word name before what it is, once
        (
            "On 14 March 2025 the City launched the MiValmora citizen portal. The MiValmora portal grew.",
            ["MiValmora portal"],
        ),
        ("The FarmAlert SMS and voice advisory service reached farmers.", ["FarmAlert"]),
        # a name described after it, inside a sentence
        (
            "The Alliance opened the beta version of the Digital Jobs Bridge, an online platform that matches "
            "graduates with work.",
            ["Digital Jobs Bridge"],
        ),
        ('The "Digital Skills at Your Library" campaign was launched.', ["Digital Skills at Your Library"]),
        # work named under a C7 sub-line, and a scheme
        (
            "C7 ICT applications: e-business (merchant payments), e-agriculture (Shamba Connect) and e-health "
            "(MamaCare SMS).",
            ["Shamba Connect", "MamaCare SMS"],
        ),
        (
            "Under the Digital Skills for Teachers scheme, 1,850 teachers were trained.",
            ["Digital Skills for Teachers scheme"],
        ),
        # a name set off by its launch, a helpline, norms
        (
            "9. E-health. TeleHealth Kestrava, launched in July 2024 with the WHO, links district hospitals.",
            ["TeleHealth Kestrava"],
        ),
        ("The Safe Connections Helpline answered 387 cases.", ["Safe Connections Helpline"]),
        (
            "We promote the Mutually Agreed Norms for Routing Security among members.",
            ["Mutually Agreed Norms for Routing Security"],
        ),
        # the world's platforms are no initiatives of the submitter
        ("We answer questions through the WhatsApp messaging service.", []),
    ],
)
def test_initiatives_named_before_their_kind_or_described_after(text: str, expected: list[str]) -> None:
    assert _initiatives(text) == expected


def _nodes(text: str, submitter: str = "Probe City Office") -> list[tuple[str, str, str]]:
    from wsislens.extract.document import analyse
    from wsislens.extract.entities import find_entities
    from wsislens.extract.text import CanonicalText

    nodes, _mentions, _events = find_entities(analyse(CanonicalText(text, "md")), submitter, None, "other")
    return [(n.name, n.category, n.kind) for n in nodes.nodes if n.role != "submitter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A review was carried out with the non-governmental organization Fundacion Puentes Digitales.",
            [("Fundacion Puentes Digitales", "organisation", "civil_society")],
        ),
        (
            "The pilot is run with the State Health Services Administration. Training is given by the "
            "Gulf Institute for Public Administration.",
            [
                ("State Health Services Administration", "organisation", "government"),
                ("Gulf Institute for Public Administration", "organisation", "academia"),
            ],
        ),
        (
            "It was financed by the Global Environment Facility (GEF).",
            [("Global Environment Facility", "organisation", "international_organization")],
        ),
        # a heading about the submitter, and a known organisation's kind of body, name nothing new
        ("About the Alliance\n\nThe Alliance works in four countries.", []),
        (
            "Type of entity: United Nations programme\n\nWe work on data.",
            [("United Nations", "organisation", "un_entity")],
        ),
        # a table of activities names events, not initiatives
        (
            "Date | Activity | Location\n11 Feb. 2025 | Youth forum on online safety | Nairobi\n"
            "Jun. 2024 | First CodeHer Bootcamps cohort graduates | Kampala\n",
            [],
        ),
    ],
)
def test_organisations_by_their_heads_and_rows_that_name_events(text: str, expected: list) -> None:
    assert _nodes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names joined by "and the": both are read
        (
            "In cooperation with the Ministry of Education and Youth and the Velmora Institute of Technology, "
            "we train teachers.",
            [
                ("Ministry of Education and Youth", "organisation", "government"),
                ("Velmora Institute of Technology", "organisation", "academia"),
            ],
        ),
        (
            "Funds went to Velmora Telecom, Blue Reef Mobile and the Coastal Broadband Cooperative.",
            [
                ("Velmora Telecom", "organisation", "private_sector"),
                ("Blue Reef Mobile", "organisation", "private_sector"),
                ("Coastal Broadband Cooperative", "organisation", "other"),
            ],
        ),
        # a fund that finances work is a programme; a fund that is a body stays an organisation
        (
            "Through the Exchange Point Seed Fund we disbursed grants. The International Monetary Fund agreed.",
            [
                ("International Monetary Fund", "organisation", "un_entity"),  # named by the gazetteer, first
                ("Exchange Point Seed Fund", "initiative", "programme"),
            ],
        ),
        (
            "The Nordic Development Fund co-financed the study.",
            [("Nordic Development Fund", "organisation", "other")],
        ),
        # the submitter's contact office, a number before a capital, the Tunis Agenda
        ("Contact: Public Policy and Sustainability Office\n\nWe work on access.", []),
        ("In 2024 we plan to launch a 5G pilot in Port Kivara.", []),
        # a name behind "e-" (a body the gazetteer knows, under its own name)
        (
            "In May 2025 the Centre and the e-Governance Academy of Estonia ran a course.",
            [("e-Governance Academy", "organisation", "civil_society")],
        ),
        (
            "In June 2025 the Authority launched eLicence Maravia, an online portal for licences.",
            [("eLicence Maravia", "initiative", "initiative")],
        ),
        # names in French, with their accents and elided articles; a programme's first word in French
        # only with a French small word ("Programme Launched Users" is a table's header)
        (
            "Most activities were carried out with the Agence Nationale des Technologies de l'Information, the "
            "Autorité de Régulation des Communications Électroniques et des Postes and the Ministère de "
            "l'Agriculture et de l'Élevage. The Fonds de Service Universel and the Programme Femmes et Numérique "
            "grew.\n\nProgramme Launched Users reached\n",
            [
                ("Agence Nationale des Technologies de l'Information", "organisation", "government"),
                (
                    "Autorité de Régulation des Communications Électroniques et des Postes",
                    "organisation",
                    "government",
                ),
                ("Ministère de l'Agriculture et de l'Élevage", "organisation", "government"),
                ("Fonds de Service Universel", "initiative", "programme"),
                ("Programme Femmes et Numérique", "initiative", "programme"),
            ],
        ),
        # a secretariat is a body, whatever its last word; "Every programme" names nothing; three
        # spaces part a table's cells
        (
            "Every programme trains staff. The Secretariat of the Pacific Regional Environment Programme helped.\n"
            "Jun 2025       Launch, Regional Research Data Cloud   Lusaka     Zambezi Valley University\n",
            [
                (
                    "Secretariat of the Pacific Regional Environment Programme",
                    "organisation",
                    "international_organization",
                ),
                ("Zambezi Valley University", "organisation", "academia"),
            ],
        ),
        # names in Spanish: an observatory and an agenda are work, a bank a body
        (
            "7. The Observatorio Regional de Banda Ancha (ORBA) continued to compile indicators. It is guided by "
            "the Agenda Digital para América Latina y el Caribe (eLAC2026). It worked with the Banco "
            "Interamericano de Desarrollo (BID).",
            [
                ("Observatorio Regional de Banda Ancha", "initiative", "initiative"),
                ("Banco Interamericano de Desarrollo", "organisation", "other"),
                ("Agenda Digital para América Latina y el Caribe", "initiative", "document"),
            ],
        ),
        # a service is a body
        (
            "Data came from the Maldives Meteorological Service and the UK Data Service.",
            [
                ("Maldives Meteorological Service", "organisation", "other"),
                ("UK Data Service", "organisation", "other"),
            ],
        ),
        # a person's office is no part of the body's name
        (
            "On 5 November 2024 the Government Statistician and the Chief Executive of the Maruaka "
            "Telecommunications Regulatory Authority signed an agreement.",
            [("Maruaka Telecommunications Regulatory Authority", "organisation", "government")],
        ),
        # sandboxes, gateways and archives are work, and so are the EU's funding programmes
        (
            "The Digital Financial Services Regulatory Sandbox admitted six firms. Services are on the "
            "SALEC e-Services Gateway and in the ECDD Open Archive. The project is funded under Horizon "
            "Europe.",
            [
                ("Horizon Europe", "initiative", "programme"),
                ("Digital Financial Services Regulatory Sandbox", "initiative", "programme"),
                ("SALEC e-Services Gateway", "initiative", "initiative"),
                ("ECDD Open Archive", "initiative", "initiative"),
            ],
        ),
        (
            "We follow the Tunis Agenda for the Information Society.",
            [("Tunis Agenda for the Information Society", "initiative", "document")],
        ),
    ],
)
def test_names_joined_by_and_the_contact_offices_and_documents(text: str, expected: list) -> None:
    assert _nodes(text) == expected


def test_the_parts_of_a_submitters_name_name_it() -> None:
    text = "The Office for Digital Transformation (ODT) of the City of Valmora was established in 2019."
    assert _nodes(text, "City of Valmora - Office for Digital Transformation") == []
    # a secretariat speaks for the organisation it serves
    text = (
        "The Community of Southern Ocean Island States (CSOIS) is a regional intergovernmental organization."
    )
    assert _nodes(text, "Secretariat of the Community of Southern Ocean Island States") == []
    # a government body named without the state it belongs to
    text = "The Ministry of Digital Economy and Innovation coordinates the strategy."
    assert _nodes(text, "Ministry of Digital Economy and Innovation of the Republic of Valdoria") == []
    assert _nodes(text, "Ministry of Digital Economy and Innovation of Valdoria") == []
    # a name that shares only the submitter's first word is another body's
    text = "The Savanna Regional CERT Network and the Savanna Network met."
    assert _nodes(text, "Savanna and Lakes Economic Community") == [
        ("Savanna Regional CERT Network", "organisation", "government")
    ]
    text = "The Bank of Ghana and the University of Ghana signed it."
    assert _nodes(text, "University of Ghana") == [("Bank of Ghana", "organisation", "other")]


def test_a_letters_salutation_and_an_activity_tables_happenings_are_no_names() -> None:
    text = (
        "Submission by the Valmora Digital Office to the 29th session of the CSTD\n\n"
        "Dear Secretariat,\n\nOur activities in 2025 are listed below.\n\n"
        "Date | Activity | Partner\n"
        "14 March 2025 | Digital Neighbourhoods Programme | Fundacion Puentes Digitales\n"
        "September 2025 | Cybersecurity awareness month for municipal staff | AGESIC\n"
        "Date | Activity | Partner\n"
        "2 December 2025 | Publication of the TeleSalud Valmora evaluation | Total\n"
    )
    data = extract_document(text.encode(), "valmora.txt").data
    organisations = [(o["name"], o["role"]) for o in data["organisations"]]
    initiatives = [i["name"] for i in data["initiatives"]]
    assert organisations == [
        ("Valmora Digital Office", "submitter"),
        ("Commission on Science and Technology for Development", "boilerplate"),
        ("Fundacion Puentes Digitales", "partner"),
        ("AGESIC", "partner"),
    ]
    assert initiatives == ["Digital Neighbourhoods Programme"]


def _drafted_organisations(text: str) -> list[tuple[str, str]]:
    """(name, kind) of the organisations other than the submitter drafted from a plain-text submission."""
    organisations = extract_document(text.encode(), "submission.txt").data["organisations"]
    return [(o["name"], o["kind"]) for o in organisations if o["role"] != "submitter"]


def _drafted_initiatives(text: str) -> list[str]:
    """The names of the initiatives drafted from a plain-text submission, sorted."""
    return sorted(i["name"] for i in extract_document(text.encode(), "submission.txt").data["initiatives"])


def test_a_programmes_spending_and_a_description_before_a_name_are_no_initiatives() -> None:
    text = (
        "Submission by the Meridian Consortium to the 28th session of the CSTD\n\n"
        "Our combined programme spending for the year was USD 1.2 million. Our flagship field project, "
        "the AgriSignal Pilot, sent advisories to 8,750 farmers. The mentoring programme reached 40 girls, "
        "and partners used the e-Shop Post toolkit.\n"
    )
    assert _drafted_initiatives(text) == [
        "AgriSignal Pilot",
        "e-Shop Post toolkit",
        "mentoring programme",
    ]


def test_a_partner_column_splits_at_and_only_after_a_head_word_or_an_acronym() -> None:
    text = (
        "Submission by the Skybridge Foundation to the 29th session of the CSTD\n\n"
        "Project | Partner | Launched\n"
        "Island Clinics Pilot | Kalangala District Health Office and Amref Health Africa | March 2025\n"
        "Refugee Learning Hubs | UNHCR and Kigoma Youth Innovation Trust | 2023\n"
        "Women's Marketplace | Samoa Women in Technology and Digital Entrepreneurship Network | 2024\n"
    )
    data = extract_document(text.encode(), "skybridge.txt").data
    partners = sorted(o["name"] for o in data["organisations"] if o["role"] == "partner")
    assert partners == [
        "Amref Health Africa",
        "Kalangala District Health Office",
        "Kigoma Youth Innovation Trust",
        "Samoa Women in Technology and Digital Entrepreneurship Network",
        "United Nations High Commissioner for Refugees",
    ]


def test_a_day_without_its_year_takes_the_year_of_a_one_year_reporting_period() -> None:
    body = "In the week of 9–13 September we co-hosted the Pacific IXP Forum in Suva with 120 operators.\n"
    one_year = "Submission by the Pacific Registry\nReporting period: January to December 2024\n\n" + body
    two_years = "Submission by the Pacific Registry\nReporting period: July 2024 to June 2025\n\n" + body
    dated = extract_document(one_year.encode(), "registry.txt").data["events"]
    assert [(e["date"], e["end_date"], e["title"]) for e in dated] == [
        ("2024-09-09", "2024-09-13", "Pacific IXP Forum")
    ]
    assert extract_document(two_years.encode(), "registry.txt").data["events"] == []


def test_products_before_a_word_of_their_kind_registers_and_censuses_are_initiatives() -> None:
    text = (
        "Submission by the Veldmark Statistics Bureau to the 29th session of the CSTD\n\n"
        "Pupils used content through the Kolibri learning platform. We worked on the eVeld citizens' "
        "portal and prepared the 2025 Population and Housing Census with the Digital Farm Register as "
        "its frame.\n"
    )
    assert _drafted_initiatives(text) == [
        "Digital Farm Register",
        "Kolibri learning platform",
        "Population and Housing Census",
        "eVeld citizens' portal",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "New" opens a place's name, but not a new thing's
        (
            "Our work was financed by the New Zealand Ministry of Foreign Affairs and Trade. New Partners "
            "Network members joined in March.\n",
            [
                ("New Zealand Ministry of Foreign Affairs and Trade", "government"),
                ("Partners Network", "network"),
            ],
        ),
        # firms named by their trade
        (
            "Member initiatives:\n a) Quillacode S.A.S. (Bogota), e-government: the TramiteYa platform.\n"
            " b) Chaski Labs (Quito), e-agriculture.\n c) Condor Data Analytics (Lima), e-business.\n",
            [
                ("Quillacode S.A.S", "private_sector"),
                ("Chaski Labs", "private_sector"),
                ("Condor Data Analytics", "private_sector"),
            ],
        ),
    ],
)
def test_organisations_named_after_a_place_or_a_trade(body: str, expected: list) -> None:
    text = "Submission by the Pacific Federation to the 29th session of the CSTD\n\n" + body
    assert _drafted_organisations(text)[-len(expected) :] == expected


def test_a_plain_text_table_laid_out_with_spaces_is_read_as_a_table() -> None:
    text = (
        "Submission by the Veldmark Statistics Bureau to the 29th session of the CSTD\n"
        "Reporting period: 1 April 2024 - 31 March 2025\n\n"
        "  Activity                                   Dates                Place      Partner              Participants\n"
        "  -----------------------------------------  -------------------  ---------  -------------------  ------------\n"
        "  SDMX and open data dissemination course    24-28 June 2024      Korvash    UNECE                36\n"
        "  Statistical disclosure control workshop    10-12 March 2025     Korvash    Statistics Norway    28\n"
    )
    data = extract_document(text.encode(), "vnsb.txt").data
    assert [(o["name"], o["role"]) for o in data["organisations"] if o["role"] != "submitter"][-2:] == [
        ("Economic Commission for Europe", "partner"),
        ("Statistics Norway", "partner"),
    ]
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (36, "participants (SDMX and open data dissemination course)"),
        (28, "participants (Statistical disclosure control workshop)"),
    ]
    assert sorted((e["date"], e["title"]) for e in data["events"]) == [
        ("2024-06-24", "SDMX and open data dissemination course"),
        ("2025-03-10", "Statistical disclosure control workshop"),
    ]
    assert data["initiatives"] == []  # a row dated to its days is a meeting, not a programme


def test_a_spaced_tables_tight_cells_wrapped_cells_and_members_in_its_partner_column() -> None:
    text = (
        "Submission by the Lumora Mobile Limited to the 29th session of the CSTD\n"
        "Reporting period: 1 January - 31 December 2025\n\n"
        "Programme                 Launched         Users reached     Partner\n"
        "------------------------  ---------------  ----------------  ------------------------\n"
        "Be Scam Smart             3 November 2025  1,100,000         Bank of Zambia\n"
        "Connect Village           2 June 2025      118,000           Tamarind Valley District\n"
        "                                                             Council\n"
        "Open Days                 June 2025        4,200             Coalition members\n"
        "\n"
        "HealthLine 939 supports Goal 3.\n"
    )
    data = extract_document(text.encode(), "lumora.txt").data
    # two spaces part a cell from the next when the next starts under its heading; a line holding a
    # cell's last words belongs to the row above; "Coalition members" is no name
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"][-2:] == [
        "Bank of Zambia",
        "Tamarind Valley District Council",
    ]
    # a number ends its unit at a cell's gap, and a product's number ("HealthLine 939") counts nothing
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [
        (1100000, "users reached (Be Scam Smart)"),
        (118000, "users reached (Connect Village)"),
        (4200, "users reached (Open Days)"),
    ]


def test_a_bar_tables_wrapped_cells_and_its_rows_after_a_break_and_french_acronyms() -> None:
    text = (
        "Submission by the Ministry of Posts to the 29th session of the CSTD\n"
        "Reporting period: 1 January - 31 December 2025\n\n"
        "The Agence Nationale des Technologies de l'Information (ANTI) trains civil servants.\n\n"
        "Date | Activity | Place | Partner(s)\n"
        "22/04/2025 | First plenary session of the Conseil | Kossiba | Smart Africa\n"
        "| National du Numérique | |\n"
        "06/2025 | Opening of two Digital Transformation | Kossiba | International Telecommunication\n"
        "| Centres | | Union; ANTI\n\n"
        "Lines that lost their bars.\n\n"
        "25/11/2025 | Closing workshop of SantéConnect | Dalamou | World Health Organization\n"
    )
    data = extract_document(text.encode(), "annex.txt").data
    assert sorted((e["date"], e["title"]) for e in data["events"]) == [
        ("2025-04-22", "First plenary session of the Conseil National du Numérique"),
        ("2025-06", "Opening of two Digital Transformation Centres"),
        ("2025-11-25", "Closing workshop of SantéConnect"),
    ]
    partners = {o["name"]: o for o in data["organisations"] if o["role"] != "submitter"}
    # the acronym is the agency's (its initials skip "des", "de" and the article of "l'Information")
    assert sorted(partners) == [
        "Agence Nationale des Technologies de l'Information",
        "Commission on Science and Technology for Development",
        "International Telecommunication Union",
        "Smart Africa",
        "World Health Organization",
    ]


def test_an_initiative_columns_names_not_its_descriptions_and_no_action_line_codes() -> None:
    text = (
        "Submission by Kestrel Cloudworks Ltd to the 29th session of the CSTD\n\n"
        "3. Capacity building and e-learning (C4 and C7)\n\n"
        "Partner | Programme | Since\n"
        "Nairobi Youth Tech Hub | Kestrel SkillUp; SecureSME | 2023\n"
        "Accra Women Coders Collective | Certified course | 2024\n"
    )
    data = extract_document(text.encode(), "kestrel.txt").data
    assert [i["name"] for i in data["initiatives"]] == ["Kestrel SkillUp", "SecureSME"]


def test_a_table_of_one_programme_with_its_labels_in_the_first_column() -> None:
    text = (
        "Submission by the City of Marrowfield to the 29th session of the CSTD\n"
        "Reporting period: January 1 - December 31, 2025\n\n"
        "Programme | Connect Marrowfield\nLaunched | April 22, 2025\n"
        "Partners | Marrowfield Housing Authority; Brightline Broadband\nStatus | Phase 3 under way\n\n"
        "On Sept. 30, 2025 we signed a memorandum of understanding with Harlan Valley Community College.\n"
    )
    data = extract_document(text.encode(), "city.txt").data
    assert [i["name"] for i in data["initiatives"]] == ["Connect Marrowfield"]
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"][-3:] == [
        "Marrowfield Housing Authority",
        "Harlan Valley Community College",
        "Brightline Broadband",
    ]
    assert sorted((e["date"], e["title"]) for e in data["events"]) == [
        ("2025-04-22", "Connect Marrowfield"),
        ("2025-09-30", "We signed a memorandum of understanding with Harlan Valley Community College"),
    ]


def test_a_spaced_tables_dated_rows_are_titled_by_their_activity_and_its_days_dated_in_the_year() -> None:
    text = (
        "Submission by the Eastern Postal Union to the 29th session of the CSTD\n"
        "Reporting period: 1 January - 31 December 2025\n\n"
        "Date            Place        Activity                      Partner(s)                      Participants\n"
        "--------------  -----------  ----------------------------  ------------------------------  ------------\n"
        "20 May 2025     Kigali       eCommerce Readiness Fair      Rwanda Development Board        310\n"
        "11-12 March     Nairobi      Regional Helpline Summit      Nairobi Digital Kids Trust      140\n"
    )
    data = extract_document(text.encode(), "union.txt").data
    assert sorted((e["date"], e["title"]) for e in data["events"]) == [
        ("2025-03-11", "Regional Helpline Summit"),
        ("2025-05-20", "eCommerce Readiness Fair"),
    ]


def test_partners_named_by_with_by_co_organising_and_a_programme_set_off_by_commas() -> None:
    text = (
        "Submission by the Andean Digital Council (ADC)\n\n"
        "On 9–10 October 2024 we co-organised the Pacific Digital Trade Forum in Lima with the "
        "Inter-American Development Bank (IDB). "
        "With researchers at Makerere University we designed a blended course. "
        "With the UN Economic Commission for Latin America and the Caribbean (ECLAC) we will compare "
        "the Index results with official statistics. "
        "Our largest programme, TeleCare Pathways (2022–2026), is funded by the Hallström Foundation.\n"
    )
    data = extract_document(text.encode(), "adc.txt", infer_sdgs=False).data
    names = {node["id"]: node["name"] for kind in ("organisations", "initiatives") for node in data[kind]}
    names.update({event["id"]: event["title"] for event in data["events"]})
    assert sorted((names[r["source"]], r["type"], names[r["target"]]) for r in data["relations"]) == sorted(
        [
            ("Andean Digital Council", "co_organised", "Pacific Digital Trade Forum"),
            ("Inter-American Development Bank", "co_organised", "Pacific Digital Trade Forum"),
            ("Andean Digital Council", "partner", "Inter-American Development Bank"),
            ("Andean Digital Council", "partner", "Makerere University"),
            ("Andean Digital Council", "partner", "Economic Commission for Latin America and the Caribbean"),
            ("TeleCare Pathways", "funded_by", "Hallström Foundation"),
        ]
    )
    # "UN" before a UN body's name is part of it, not a mention of the United Nations
    assert "United Nations" not in [o["name"] for o in data["organisations"]]


def test_the_members_a_submitter_lists_and_the_other_bodies_of_a_joint_submission() -> None:
    text = (
        "Submission by the Consortium for Equitable Digital Futures (CEDF)\n\n"
        "CEDF is a research consortium of five universities. Its other members are the Universidad Técnica "
        "del Sur (Chile), the Kaveri Institute of Technology (India), Coastal Plains University (Ghana) and "
        "Tasman Bay University (New Zealand). Our budget came from member contributions and from a grant "
        "by the Halden Foundation.\n"
    )
    data = extract_document(text.encode(), "cedf.txt", infer_sdgs=False).data
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"]] == [
        ("universidad-tecnica-del-sur", "member_of", "consortium-for-equitable-digital-futures"),
        ("kaveri-institute-of-technology", "member_of", "consortium-for-equitable-digital-futures"),
        ("coastal-plains-university", "member_of", "consortium-for-equitable-digital-futures"),
        ("tasman-bay-university", "member_of", "consortium-for-equitable-digital-futures"),
        ("consortium-for-equitable-digital-futures", "funded_by", "halden-foundation"),
    ]
    joint = (
        "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)\nTwenty-fifth session\n\n"
        "JOINT SUBMISSION BY\n\n    Northgate University (NGU), Kampala, Uganda\n    and\n"
        "    Tessellate Networks Ltd, Nairobi, Kenya\n\nWe worked on C4 in 2021.\n"
    )
    data = extract_document(joint.encode(), "joint.txt", infer_sdgs=False).data
    assert [(r["source"], r["type"], r["target"], r["evidence"][0]["quote"]) for r in data["relations"]] == [
        (
            "northgate-university",
            "partner",
            "tessellate-networks-ltd",
            "Northgate University (NGU), Kampala, Uganda\n    and\n    Tessellate Networks Ltd, Nairobi, Kenya",
        )
    ]


def test_a_tables_lead_column_names_who_leads_each_rows_initiative() -> None:
    text = (
        "Submission by the Network for Open Digital Economy Studies (NODES)\n\nOur projects are listed below.\n\n"
        "| Project | Lead | Partners | Period |\n|---|---|---|---|\n"
        "| Platform Work Observatory | University of Cape Town | Makerere University | 2021–2024 |\n"
        "| Open Science Commons for Africa | Makerere University | University of Cape Town | 2022–2025 |\n"
    )
    data = extract_document(text.encode(), "nodes.md", infer_sdgs=False).data
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"]] == [
        ("university-of-cape-town", "led", "platform-work-observatory"),
        ("network-for-open-digital-economy-studies", "partner", "makerere-university"),
        ("makerere-university", "led", "open-science-commons-for-africa"),
        ("network-for-open-digital-economy-studies", "partner", "university-of-cape-town"),
    ]


def test_a_name_set_off_by_who_funds_it_is_the_funded_initiative() -> None:
    text = (
        "Submission by the Northern Lights Institute (NLI)\n\nOur work in 2024 is below.\n\n"
        "- The Digital Skills Corps, funded by the Government of Luxembourg, trained 31,500 young people.\n"
        "- The Ministry of Health, funded by the World Bank, opened 12 clinics.\n"
    )
    data = extract_document(text.encode(), "nli.md", infer_sdgs=False).data
    assert [i["name"] for i in data["initiatives"]] == ["Digital Skills Corps"]
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"]] == [
        ("digital-skills-corps", "funded_by", "government-of-luxembourg"),
        ("ministry-of-health", "funded_by", "world-bank"),
    ]


def test_a_foundations_grants_fund_their_grantees() -> None:
    text = (
        "Submission by the Kestrel Bay Foundation (KBF)\n\nOur grants in 2024.\n\n"
        "The largest grant of the year, USD 2.4 million, went to the University of Bamako for its network. "
        "The Open Classroom Trust received a grant of USD 850,000 to install servers. Our grant to Makerere "
        "University supports the Lenga Language Lab. The Rural Schools Network received a grant from the "
        "World Bank.\n"
    )
    data = extract_document(text.encode(), "kbf.md", infer_sdgs=False).data
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"]] == [
        ("university-of-bamako", "funded_by", "kestrel-bay-foundation"),
        ("open-classroom-trust", "funded_by", "kestrel-bay-foundation"),
        ("makerere-university", "funded_by", "kestrel-bay-foundation"),
        ("rural-schools-network", "funded_by", "world-bank"),  # another funder's grant
    ]


def test_a_chair_or_lead_line_names_who_leads_what_the_line_above_names() -> None:
    text = (
        "Submission by the Saravan Gulf Telecommunication Union (SGTU)\n\nOur working groups in 2022 were:\n\n"
        "     WG-2  Cybersecurity and Trust (Action Line C5)\n"
        "           Chair: Ferran Islands Communications Authority (FICA)\n"
    )
    data = extract_document(text.encode(), "sgtu.txt", infer_sdgs=False).data
    names = {node["id"]: node["name"] for kind in ("organisations", "initiatives") for node in data[kind]}
    assert [(names[r["source"]], r["type"], names[r["target"]]) for r in data["relations"]] == [
        ("Ferran Islands Communications Authority", "led", "WG-2 Cybersecurity and Trust")
    ]


def _named_relations(text: str, file_name: str = "submission.txt") -> list[tuple[str, str, str]]:
    data = extract_document(text.encode(), file_name, infer_sdgs=False).data
    names = {node["id"]: node["name"] for kind in ("organisations", "initiatives") for node in data[kind]}
    names.update({event["id"]: event["title"] for event in data["events"]})
    return sorted((names[r["source"]], r["type"], names[r["target"]]) for r in data["relations"])


def test_a_partner_tables_role_a_working_groups_lead_a_paragraph_below_and_a_list_of_partners() -> None:
    text = (
        "Submission by the Indian Ocean Research and Education Network Consortium (IOREN)\n\n"
        "Table 1. IOREN partners in 2023\n\n"
        "Partner | Country | Role\nUniversity of Mauritius | Mauritius | Lead\n"
        "Seychelles Research and Education Network (SeyREN) | Seychelles | Member\n"
        "European Union | — | Funder\nUbuntuNet Alliance | Malawi | Partner\n\n"
        "Working Group on Trust and Identity\n\nLead organisation: Seychelles Research and Education Network\n\n"
        "The group operates the identity federation of the consortium and rolls out eduroam on campuses.\n\n"
        "OUR PARTNERS\n\nEIFL; Ministry of Culture; National Library of Dravonia; DravTel.\n"
    )
    ioren = "Indian Ocean Research and Education Network Consortium"
    seyren = "Seychelles Research and Education Network"
    assert _named_relations(text) == sorted(
        [
            ("University of Mauritius", "led", ioren),
            ("University of Mauritius", "member_of", ioren),
            (seyren, "member_of", ioren),
            (ioren, "funded_by", "European Union"),
            (ioren, "partner", "UbuntuNet Alliance"),
            (seyren, "led", "Working Group on Trust and Identity"),
            (ioren, "partner", "EIFL"),
            (ioren, "partner", "Ministry of Culture"),
            (ioren, "partner", "National Library of Dravonia"),
            (ioren, "partner", "DravTel"),
        ]
    )


def test_funders_with_their_shares_in_brackets_and_partners_named_after_them() -> None:
    assert _named_relations(
        "Submission by the Kujenga Cyber Foundation (KCF)\n\nOur year.\n\n"
        "The programme budget of KCF was funded by the Government of Canada (45 per cent), the European Union "
        "(35 per cent) and the Halvorsen Digital Trust, a private foundation. The International "
        "Telecommunication Union and the Global Forum on Cyber Expertise are our main technical partners.\n"
    ) == sorted(
        [
            ("Kujenga Cyber Foundation", "funded_by", "Government of Canada"),
            ("Kujenga Cyber Foundation", "funded_by", "European Union"),
            ("Kujenga Cyber Foundation", "funded_by", "Halvorsen Digital Trust"),
            ("Kujenga Cyber Foundation", "partner", "International Telecommunication Union"),
            ("Kujenga Cyber Foundation", "partner", "Global Forum on Cyber Expertise"),
        ]
    )


def test_grantees_listed_one_a_bullet_with_what_they_did_are_funded_by_the_submitter() -> None:
    text = (
        "Submission by the Calloway Nyberg Foundation (CNF)\n\n## 2. Our grantees\n\nGrantees in 2024 included:\n\n"
        "- **Ushirika Tech Collective** (Kenya) — KES 14M — community-owned wireless networks.\n"
        "- **Sangam Digital Rights Lab** (India) — INR 6.5M — a helpline for women facing harassment online.\n"
        "- **Open Maps Pacific** (Fiji) — USD 180k — training young mappers.\n\n"
        "On 3–4 October 2024 we convened the **Community Connectivity Convening** in Nairobi together with "
        "the Association for Progressive Communications (APC).\n"
    )
    cnf = "Calloway Nyberg Foundation"
    convening = "Community Connectivity Convening in Nairobi"
    assert _named_relations(text, "cnf.md") == sorted(
        [
            ("Ushirika Tech Collective", "funded_by", cnf),
            ("Sangam Digital Rights Lab", "funded_by", cnf),
            ("Open Maps Pacific", "funded_by", cnf),
            (cnf, "co_organised", convening),
            ("Association for Progressive Communications", "co_organised", convening),
            (cnf, "partner", "Association for Progressive Communications"),
        ]
    )


def test_contracts_a_partner_named_as_such_members_of_a_consortium_and_the_consortium_named_again() -> None:
    text = (
        "Submission by KestrelSat Communications S.A. (KestrelSat)\n\nOur year.\n\n"
        "In March 2023 KestrelSat signed a multi-year contract with the Ministry of Education of Mongolia to "
        "connect rural schools. Under a contract with the National Department of Health of Papua New Guinea, we "
        "connected 310 rural clinics. Training is provided by our partner the Open Classroom Trust.\n\n"
        "The members of the SkyBridge Consortium are KestrelSat, Tessaract Ground Systems GmbH and Nuvola Fibre "
        "Ltd, which provides backhaul. KestrelSat "
        "leads the consortium.\n\n"
        "| Member network | Community and language |\n| Red Comunitaria Yaku | Yaku |\n| Sacha Conecta | Sacha |\n"
    )
    kestrel = "KestrelSat Communications S.A."
    assert _named_relations(text, "kestrel.md") == sorted(
        [
            (kestrel, "partner", "Ministry of Education of Mongolia"),
            (kestrel, "partner", "National Department of Health of Papua New Guinea"),
            (kestrel, "partner", "Open Classroom Trust"),
            (kestrel, "member_of", "SkyBridge Consortium"),
            ("Tessaract Ground Systems GmbH", "member_of", "SkyBridge Consortium"),
            ("Nuvola Fibre Ltd", "member_of", "SkyBridge Consortium"),
            (kestrel, "led", "SkyBridge Consortium"),
            ("Red Comunitaria Yaku", "member_of", kestrel),
            ("Sacha Conecta", "member_of", kestrel),
        ]
    )


def test_a_programme_funded_in_the_sentence_after_it_and_two_funded_things_in_one_sentence() -> None:
    nli = "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
    assert _named_relations(
        nli
        + "The Cays Connect project will link the Windward Cays to the main island. It is financed by a grant of "
        "USD 1.25 million from the Caribbean Development Bank (CDB), approved in March 2024, and co-financed by the "
        "National Telecommunications Regulatory Commission (NTRC).\n"
    ) == [
        ("Cays Connect project", "funded_by", "Caribbean Development Bank"),
        ("Cays Connect project", "funded_by", "National Telecommunications Regulatory Commission"),
    ]
    assert _named_relations(
        nli
        + "The National Backbone Network is financed by a USD 96 million loan from the Asian Development Bank "
        "(ADB), and the Digital Government Academy is funded by the Korea International Cooperation Agency.\n"
    ) == [
        ("Digital Government Academy", "funded_by", "Korea International Cooperation Agency"),
        ("National Backbone Network", "funded_by", "Asian Development Bank"),
    ]


def test_a_un_bodys_secretariat_organises_jointly_with_others_and_a_project_financed_before_its_name() -> (
    None
):
    nli = "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
    forum = "Inner Asia Regional Digital Development Forum"
    assert _named_relations(
        nli
        + "Jointly with the International Telecommunication Union (ITU) and the Inner Asia Cooperation Council "
        "(IACC), the secretariat organized the Inner Asia Regional Digital Development Forum in Almaty, Kazakhstan, "
        "from 12 to 14 September 2022. The Forum was hosted by the Government of Kazakhstan.\n\n"
        "With financing of USD 2.3 million from the Asian Development Bank (ADB), the secretariat launched a "
        "three-year project on cross-border fibre, the Inner Asia Fibre Corridors Project.\n"
    ) == sorted(
        [
            ("International Telecommunication Union", "co_organised", forum),
            ("Inner Asia Cooperation Council", "co_organised", forum),
            ("Northern Lights Institute", "co_organised", forum),
            ("Northern Lights Institute", "partner", "International Telecommunication Union"),
            ("Northern Lights Institute", "partner", "Inner Asia Cooperation Council"),
            (forum, "hosted_by", "Government of Kazakhstan"),
            ("Inner Asia Fibre Corridors Project", "funded_by", "Asian Development Bank"),
            ("Northern Lights Institute", "led", "three-year project on cross-border fibre"),
        ]
    )


def test_coordinating_a_membership_leads_nothing_and_what_another_joined_makes_no_member() -> None:
    assert _named_relations(
        "Submission by the Office of Digital Inclusion (ODI)\n\nOverview\n\n"
        "ODI coordinates the city's membership of the Cities Coalition for Digital Rights, which Nova Brava "
        "joined in May 2022, and it benchmarks the programme against indicators of the International "
        "Telecommunication Union (ITU).\n"
    ) == [("Office of Digital Inclusion", "member_of", "Cities Coalition for Digital Rights")]


def test_members_listed_by_stakeholder_group_under_its_members_were_and_a_body_co_chaired_by_two() -> None:
    text = (
        "Submission by the Marevia Internet Governance Forum (MIGF)\n\nOverview\n\n"
        "All decisions are taken by consensus in the Multistakeholder Steering Committee (MSC) of the forum.\n\n"
        "The MSC has eleven members drawn from all stakeholder groups and is co-chaired by the Ministry of "
        "Communications and by the Open Net Foundation. Its members in 2022 were:\n\n"
        "- **Government:** Ministry of Communications (co-chair); Marevia Communications Regulatory Authority\n"
        "- **Private sector:** Marevia ICT Chamber; Lyra Telecom Marevia\n"
        "- **Civil society:** Open Net Foundation (co-chair)\n"
    )
    msc = "Multistakeholder Steering Committee"
    assert _named_relations(text, "migf.md") == sorted(
        [
            ("Ministry of Communications", "led", msc),
            ("Open Net Foundation", "led", msc),
            ("Ministry of Communications", "member_of", msc),
            ("Marevia Communications Regulatory Authority", "member_of", msc),
            ("Marevia ICT Chamber", "member_of", msc),
            ("Lyra Telecom Marevia", "member_of", msc),
            ("Open Net Foundation", "member_of", msc),
        ]
    )


def test_a_role_in_the_project_column_members_all_named_before_are_and_a_meeting_items_host_label() -> None:
    text = (
        "Submission by the Sahel e-Health Interoperability Project (SEHIP)\n\nThe consortium\n\n"
        "No. | Partner | Country | Role in SEHIP\n1 | Institut Sahélien de Santé Numérique | Senegal | Coordinator; WP1 lead\n"
        "2 | Ghana Institute of Health Informatics | Ghana | Member (since 2022)\n"
        "3 | Nordic Institute for Health Systems | Sweden | Partner\n\n"
        "The County Government of Mombasa and the Kumasi Metropolitan Assembly are all members of the Inclusive "
        "Digital Cities Network.\n\n"
        "- Regional Workshop on Quality of Service — 3–5 June 2024, N'Djamena; host: Government of the Republic "
        "of Chad; co-organised with the International Telecommunication Union.\n"
    )
    sehip = "Sahel e-Health Interoperability Project"
    workshop = "Regional Workshop on Quality of Service"
    assert _named_relations(text, "sehip.md") == sorted(
        [
            ("Institut Sahélien de Santé Numérique", "led", sehip),
            ("Institut Sahélien de Santé Numérique", "member_of", sehip),
            ("Ghana Institute of Health Informatics", "member_of", sehip),
            (sehip, "partner", "Nordic Institute for Health Systems"),
            ("County Government of Mombasa", "member_of", "Inclusive Digital Cities Network"),
            ("Kumasi Metropolitan Assembly", "member_of", "Inclusive Digital Cities Network"),
            ("International Telecommunication Union", "co_organised", workshop),
            (sehip, "co_organised", workshop),
            (sehip, "partner", "International Telecommunication Union"),
            (workshop, "hosted_by", "Government of the Republic of Chad"),
        ]
    )


def test_work_carried_out_or_organised_with_a_body_makes_it_a_partner() -> None:
    assert _named_relations(
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "The survey was carried out with the Lusaka Chamber of Small Enterprises (LCSE). Focus groups with women "
        "traders were organised with the Mwezi Women Traders Association.\n"
    ) == [
        ("Northern Lights Institute", "partner", "Lusaka Chamber of Small Enterprises"),
        ("Northern Lights Institute", "partner", "Mwezi Women Traders Association"),
    ]


def test_a_tables_funding_column_funds_its_programme_and_the_event_named_again_is_sponsored() -> None:
    text = (
        "Submission by the World Climate Services Organization (WCSO)\n\nOur programmes\n\n"
        "Programme | Partners | Funding | Period\n"
        "Data Rescue Initiative | University of the South Pacific | World Bank (trust fund) | 2023–2027\n\n"
        "The second Meridia Youth IGF was held on 14 October 2023 at the University of Port Selene. The event was "
        "sponsored by Meridia Telecom and the Digital Futures Foundation.\n"
    )
    igf = "Second Meridia Youth IGF"
    assert _named_relations(text, "wcso.md") == sorted(
        [
            ("Data Rescue Initiative", "funded_by", "World Bank"),
            ("World Climate Services Organization", "partner", "University of the South Pacific"),
            (igf, "funded_by", "Meridia Telecom"),
            (igf, "funded_by", "Digital Futures Foundation"),
        ]
    )


def test_regional_communities_are_known_and_a_known_name_inside_a_longer_one_gives_way() -> None:
    assert _named_relations(
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "We worked with the Common Market for Eastern and Southern Africa (COMESA), the African Union Development "
        "Agency, the ECOWAS Commission, the Internet Society Foundation and the African Union.\n"
    ) == sorted(
        ("Northern Lights Institute", "partner", name)
        for name in (
            "Common Market for Eastern and Southern Africa",
            "African Union Development Agency",
            "ECOWAS Commission",
            "Internet Society Foundation",
            "African Union",
        )
    )


def test_a_tables_national_partner_column_names_partners() -> None:
    assert _named_relations(
        "Submission by the Brightpath Alliance for Children Online (Brightpath)\n\nPartners\n\n"
        "Country | National partner | Runs a helpline\nKenya | Salama Watoto Trust | yes\n"
        "Peru | Fundación Clic Seguro | yes\n",
        "brightpath.md",
    ) == [
        ("Brightpath Alliance for Children Online", "partner", "Fundación Clic Seguro"),
        ("Brightpath Alliance for Children Online", "partner", "Salama Watoto Trust"),
    ]


def test_a_project_columns_name_with_a_capital_inside_and_a_round_table_co_organised_by_two() -> None:
    text = (
        "Submission by the Department of Digital Health (DDH)\n\nOverview\n\n"
        "At the Digital Health Donor Round Table, co-organised by the Department of Digital Health and the World "
        "Health Organization (WHO) in Tavira on 15 February 2022, partners pledged USD 11.5 million.\n\n"
        "Project | Funder | Implementing partners\nImmunisation e-Registry | Gavi | UNICEF\n"
    )
    table = "Digital Health Donor Round Table"
    assert _named_relations(text, "ddh.md") == sorted(
        [
            ("Department of Digital Health", "co_organised", table),
            ("World Health Organization", "co_organised", table),
            ("Department of Digital Health", "partner", "World Health Organization"),
            ("Immunisation e-Registry", "funded_by", "Gavi, the Vaccine Alliance"),
            ("Department of Digital Health", "partner", "United Nations Children's Fund"),
        ]
    )


def test_a_member_of_two_bodies_and_members_that_a_sentence_says_include() -> None:
    assert _named_relations(
        "Submission by the Northern Lights Institute (NLI)\n\nOverview\n\n"
        "The Northern Lights Institute is a member of the Pacific Islands Regulators Network (PIRN) and of the "
        "Asia-Pacific Telecommunity (APT). Member operators in the region include Kestrel Mobile Ltd and Lotus "
        "Cellular Ltd.\n"
    ) == sorted(
        [
            ("Northern Lights Institute", "member_of", "Pacific Islands Regulators Network"),
            ("Northern Lights Institute", "member_of", "Asia-Pacific Telecommunity"),
            ("Kestrel Mobile Ltd", "member_of", "Northern Lights Institute"),
            ("Lotus Cellular Ltd", "member_of", "Northern Lights Institute"),
        ]
    )


def test_members_listed_with_their_places_after_dashes_and_below_a_heading_one_a_line() -> None:
    text = (
        "Mashinani Community Networks Cooperative (MCNC)\n\nContribution to the CSTD\n\n## Our members\n\n"
        "Full members (network — village — country):\n\n"
        "- Kasoro Community Wireless — Kasoro — Uganda (founding member)\n"
        "- Mto wa Mbu Mesh — Mto wa Mbu — Tanzania\n\n"
        "Observer: Acornhoek Village Net — Acornhoek — South Africa.\n"
    )
    assert _named_relations(text) == [
        ("Kasoro Community Wireless", "member_of", "Mashinani Community Networks Cooperative"),
        ("Mto wa Mbu Mesh", "member_of", "Mashinani Community Networks Cooperative"),
    ]
    text = (
        "Submission by the Last Mile Research Consortium (LMRC)\n\nWe study community networks.\n\n"
        "Consortium members\n"
        "Universidad Técnica del Altiplano (coordinator)\n"
        "Nordvik University College\n"
        "Mindanao Highlands State University\n\n"
        "The International Telecommunication Union publishes the figures.\n"
    )
    consortium = "Last Mile Research Consortium"
    assert _named_relations(text) == sorted(
        [
            ("Universidad Técnica del Altiplano", "member_of", consortium),
            ("Universidad Técnica del Altiplano", "led", consortium),
            ("Nordvik University College", "member_of", consortium),
            ("Mindanao Highlands State University", "member_of", consortium),
        ]
    )


def test_the_submitter_named_by_its_kind_of_body_and_an_event_named_again_by_it() -> None:
    text = (
        "Submission by the Ministry of Communications and Digital Government (MCDG)\n\nOverview\n\n"
        "A regional workshop on broadband mapping, co-organised by the Ministry and ITU and hosted by Port Lemaire "
        "Polytechnic, took place from 9 to 11 October 2023. The Ministry of Health was not involved.\n\n"
        "The third Datos Claros Summit was held in Puerto Alba on 17–19 November 2021. It was co-organised with "
        "the Inter-American Development Bank (IDB) and hosted by the Universidad Nacional de Puerto Alba.\n"
    )
    ministry = "Ministry of Communications and Digital Government"
    workshop = "Regional workshop on broadband mapping"
    summit = "Datos Claros Summit"
    assert _named_relations(text) == sorted(
        [
            (ministry, "co_organised", workshop),
            ("International Telecommunication Union", "co_organised", workshop),
            (ministry, "partner", "International Telecommunication Union"),
            ("Inter-American Development Bank", "co_organised", summit),
            (ministry, "co_organised", summit),
            (ministry, "partner", "Inter-American Development Bank"),
            (summit, "hosted_by", "Universidad Nacional de Puerto Alba"),
        ]
    )


def test_a_country_after_a_name_at_a_lines_end_is_no_part_of_it() -> None:
    # (each line a block of its own, as a PDF's box gives them)
    text = (
        "Submission by the Last Mile Research Consortium (LMRC)\n\nWe study community networks.\n\n"
        "Consortium members\n\n"
        "Universidad Técnica del Altiplano (coordinator) Bolivia\n\n"
        "Nordvik University College Norway\n\n"
        "Université Kivu-Lacs Democratic Republic of the Congo\n\n"
        "We thank the University of Malawi.\n"
    )
    data = extract_document(text.encode(), "lmrc.md", infer_sdgs=False).data
    assert [o["name"] for o in data["organisations"]] == [
        "Last Mile Research Consortium",
        "Universidad Técnica del Altiplano",
        "Nordvik University College",
        "Université Kivu-Lacs",
        "University of Malawi",
    ]


def test_a_numbered_list_of_signatories_with_their_countries_names_members() -> None:
    text = (
        "Joint submission by the Inclusive Digital Access Coalition (IDAC)\n\nOur year.\n\n## Signatories\n\n"
        "This joint submission is signed by the following members of IDAC:\n\n"
        "1. **Fundación Acceso Total** (Argentina)\n"
        "2. **Nordic Accessibility Council** (*Nordisk tilgjengelighetsråd*) (Norway)\n"
        "3. **Open Captions Ltd** (United Kingdom)\n"
    )
    coalition = "Inclusive Digital Access Coalition"
    assert _named_relations(text, "idac.md") == [
        ("Fundación Acceso Total", "member_of", coalition),
        ("Nordic Accessibility Council", "member_of", coalition),
        ("Open Captions Ltd", "member_of", coalition),
    ]


def test_a_line_of_partners_with_what_each_brackets_add() -> None:
    text = (
        "Submission by the Red Andina de Radios Comunitarias (RARC)\n\n"
        "Partners: UNESCO (IPDC project); World Association of Community Radio Broadcasters (RARC is a member); "
        "Fundación Tinkuy (core funder)\n"
    )
    network = "Red Andina de Radios Comunitarias"
    amarc = "World Association of Community Radio Broadcasters"
    assert _named_relations(text) == sorted(
        [
            (network, "partner", "United Nations Educational, Scientific and Cultural Organization"),
            (network, "partner", amarc),
            (network, "member_of", amarc),
            (network, "partner", "Fundación Tinkuy"),
            (network, "funded_by", "Fundación Tinkuy"),
        ]
    )
