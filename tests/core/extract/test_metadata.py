"""The title block: submitter, its type, the CSTD session and the reporting period."""

from __future__ import annotations

import pytest

from wsislens.extract.metadata import _unshouted, entity_type_of, extract_metadata, short_name_of
from wsislens.extract.text import markdown_to_text
from wsislens.ingest import extract_document

MINISTRY = (
    "REPUBLIC OF MAROVIA\n\nMinistry of Communications and Information Society\n\n"
    "Contribution of the Republic of Marovia to the report of the UN Secretary-General on progress made\n\n"
    "Submitted to the Commission on Science and Technology for Development (CSTD) for its twenty-ninth "
    "session (2026)\n\nReporting period: 1 January to 31 December 2025\n\nPort Alden, 14 November 2025\n\n"
    "1. Introduction\n1.1 The Ministry welcomes the opportunity to contribute.\n"
)
AGENCY = (
    "Commission on Science and Technology for Development\n\nTwenty-eighth session\n\n"
    "Geneva, 7 to 11 April 2025\n\n"
    "Contribution of the World Organization for Learning and Knowledge (WOLK) to the report of the "
    "UN Secretary-General\n\n"
    "The World Organization for Learning and Knowledge (WOLK) is the specialized agency of the United "
    "Nations for education. Our efforts in 2024 were hampered by funding cuts.\n"
)


def test_a_session_named_after_the_submitters_line_and_the_reporting_period_label():
    meta = extract_metadata(MINISTRY)
    assert meta.entity_name == "Republic of Marovia"
    # the submission's own date ("Port Alden, 14 November 2025") is not the session's
    assert meta.session == {"body": "CSTD", "number": 29, "year": 2026}
    assert meta.reporting == ("2025-01-01", "2025-12-31")  # at the precision written


def test_a_name_with_for_in_it_is_kept_whole_and_a_labelled_period_wins():
    meta = extract_metadata(AGENCY)
    assert (meta.entity_name, meta.entity_short) == ("World Organization for Learning and Knowledge", "WOLK")
    assert meta.session == {
        "body": "CSTD",
        "number": 28,
        "year": 2025,
        "start": "2025-04-07",
        "end": "2025-04-11",
        "place": "Geneva",
    }
    assert meta.reporting == ("2024", "2024")
    labelled = extract_metadata(
        AGENCY.replace("Geneva, 7 to 11 April 2025\n\n", "Period covered: calendar year 2023\n\n")
    )
    assert labelled.reporting == ("2023", "2023")


@pytest.mark.parametrize(
    ("name", "short", "text", "expected"),
    [
        ("World Organization for Learning and Knowledge", "WOLK", AGENCY, "un_entity"),
        ("World Organization for Learning and Knowledge", "WOLK", "", "international_organization"),
        # another body described as a UN agency does not make the submitter one
        (
            "Ministry of ICT",
            None,
            "ITU is the specialized agency of the United Nations for ICTs.",
            "government",
        ),
        ("Southern Universities Digital Futures Network", "SUDFN", "", "academia"),
        # what the submitter says it is outranks the words of its name
        (
            "Association of Digital Service Providers of the Islands",
            "ADSPI",
            "1. The Association of Digital Service Providers of the Islands (ADSPI) is a non-profit "
            "business association whose 48 member companies include operators.",
            "private_sector",
        ),
        ("Association of Digital Service Providers of the Islands", "ADSPI", "", "civil_society"),
        (
            "Sahel-Atlantic Telecommunications Union",
            "SATU",
            "The Sahel-Atlantic Telecommunications Union (SATU) is an intergovernmental organisation "
            "established by treaty.",
            "international_organization",
        ),
        (
            "Kaldonia Digital Rights Centre",
            "KDRC",
            "KDRC is a non-governmental organization based in Port Alden.",
            "civil_society",
        ),
        # a description of something else is not the submitter's
        (
            "Kaldonia Digital Rights Centre",
            "KDRC",
            "Our partner Telcomax is a private company.",
            "civil_society",
        ),
    ],
)
def test_entity_types(name, short, text, expected):
    assert entity_type_of(name, short=short, text=text) == expected


def test_a_regional_commission_the_gazetteer_files_as_a_un_entity():
    assert (
        entity_type_of("Economic and Social Commission for Western Asia", "un_entity")
        == "regional_commission"
    )
    assert entity_type_of("United Nations Children's Fund", "un_entity") == "un_entity"


def test_a_name_alone_above_the_documents_title_is_the_submitter():
    head = (
        "Digital Voices International\n\n"
        "Contribution to the report of the Secretary-General on progress made in the implementation of "
        "and follow-up to the outcomes of the World Summit on the Information Society\n\n"
        "Submission to the 26th session of the Commission on Science and Technology for Development (CSTD), 2023\n\n"
        "Reporting period: January to December 2022\n\nIntroduction\n"
    )
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.session["number"], meta.reporting) == (
        "Digital Voices International",
        26,
        ("2022-01", "2022-12"),
    )
    # a slogan may stand between the name and the title
    slogan = extract_metadata(
        "Norvane Technologies\n\nBuilding Trusted Connectivity for Everyone\n\n"
        "Submission to the 28th session of the Commission on Science and Technology for Development (CSTD), 2025\n"
    )
    assert (slogan.entity_name, slogan.session["number"]) == ("Norvane Technologies", 28)
    # a first line above anything but the title is no name alone: a heading, say
    assert extract_metadata("Digital Voices International\n\nIntroduction\n\nWe work.\n").entity_name is None


@pytest.mark.parametrize(
    ("head", "name", "short", "session"),
    [
        (
            "Economic and Social Commission for Inner Asia (ESCIA)\n\nProgress made in the implementation\n\n"
            "Contribution to the report of the Secretary-General to the twenty-seventh session of the "
            "Commission on Science and Technology for Development\n\nReporting period: January to December 2023\n",
            "Economic and Social Commission for Inner Asia",
            "ESCIA",
            {"body": "CSTD", "number": 27, "year": 2024},  # not the reporting year beside it
        ),
        (
            "Republic of Kaldonia\n\nCommunications and Digital Services Regulatory Authority (CDSRA)\n\n"
            "Annual input on the implementation of the outcomes of the WSIS\n\nPrepared for CSTD 28 (2025)\n",
            "Communications and Digital Services Regulatory Authority",
            "CDSRA",
            {"body": "CSTD", "number": 28, "year": 2025},
        ),
        # the report's full title is long, and the session follows it
        (
            "Association of Digital Service Providers of the Islands (ADSPI)\n\n"
            "Contribution to the report of the Secretary-General on progress made in the implementation "
            "of and follow-up to the outcomes of the World Summit on the Information Society at the "
            "regional and international levels\n\n"
            "Twenty-sixth session of the Commission on Science and Technology for Development (2023)\n\n"
            "Period covered: January - December 2022\n\nI. Introduction\n",
            "Association of Digital Service Providers of the Islands",
            "ADSPI",
            {"body": "CSTD", "number": 26, "year": 2023},
        ),
        (
            "TANDEM MOBILE HEALTH LTD -- input for CSTD 27 (April 2024)\ncovers: Jan-Dec 2023\n\n"
            'Tandem Mobile Health Ltd ("Tandem") is a private company.\n',
            "Tandem Mobile Health Ltd",  # as the text writes it in mixed case
            None,
            {"body": "CSTD", "number": 27, "year": 2024},
        ),
    ],
)
def test_a_title_block_naming_its_submitter_without_submission_by(head, name, short, session):
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.entity_short, meta.session) == (name, short, session)
    assert head[meta.entity_span[0] : meta.entity_span[1]] == name


def test_session_years_follow_the_annual_sessions():
    from wsislens.extract.metadata import session_year

    assert [session_year(n) for n in (8, 9, 25, 28)] == [None, 2006, 2022, 2025]


@pytest.mark.parametrize(
    ("head", "name", "reporting"),
    [
        (
            "INSTITUTE FOR INFORMATION SOCIETY STUDIES (IISS)\nNational University of Valmora\n\n"
            "Period: academic year 2024-25 (1 September 2024 - 31 August 2025)\n\n"
            "The Institute for Information Society Studies was founded in 2009.\n",
            "Institute for Information Society Studies",  # the capitals' mixed-case form, not beyond it
            ("2024-09-01", "2025-08-31"),
        ),
        (
            "World Digital Commerce Council — Input to the 28th session\n\n"
            "Submitted by: World Digital Commerce Council (WDCC), Brussels\n"
            "Period covered: July 2023 to December 2024\n",
            "World Digital Commerce Council",  # without the city after its acronym
            ("2023-07", "2024-12"),
        ),
        (
            "PERMANENT MISSION OF THE REPUBLIC OF NAKAMOA\n\nThe Permanent Mission presents its compliments "
            "and has the honour to transmit herewith the contribution of the Ministry of Information and "
            "Communications of the Republic of Nakamoa to the report of the Secretary-General.\n",
            "Ministry of Information and Communications of the Republic of Nakamoa",
            None,
        ),
        (
            "COMMONS CONNECT COALITION\nCommunity networks - Digital rights\n\n"
            "To:       The Secretariat of the Commission on Science and Technology\n"
            "From:     Commons Connect Coalition (civil society)\n"
            "Subject:  Contribution to the 29th session of the CSTD (2026)\n"
            "Period:   January-December 2025\n\nDear Secretariat,\n",
            "Commons Connect Coalition",  # a letter's memo head, without its group in brackets
            ("2025-01", "2025-12"),
        ),
        (
            "From: Ilse Marrovic <i.marrovic@vnsb.gov.vk>\nSubject: RE: input to the 29th session of the CSTD\n\n"
            "Country: Republic of Veldmark\nInstitution: Veldmark National Statistics Bureau (VNSB)\n"
            "Reporting period: 1 April 2024 - 31 March 2025\n",
            "Veldmark National Statistics Bureau",  # an e-mail's sender is a person, not the submitter
            ("2024-04-01", "2025-03-31"),
        ),
        (
            "Contribution of the Ministry of Digital Economy and Innovation of the Republic of Valdoria\n\n"
            "It covers the fiscal year 2024/25, that is, the period from 1 July 2024 to 30 June 2025.\n",
            "Ministry of Digital Economy and Innovation of the Republic of Valdoria",
            ("2024-07-01", "2025-06-30"),
        ),
        (
            "Halcyon Skybridge Communications plc | Input to the CSTD\nConnecting the Last Mile\n"
            "Reporting period: calendar year 2025\n",
            "Halcyon Skybridge Communications plc",
            ("2025", "2025"),
        ),
    ],
)
def test_submitters_and_periods_in_other_title_blocks(head, name, reporting):
    from wsislens.extract.metadata import short_name_of

    meta = extract_metadata(head)
    assert (meta.entity_name, meta.reporting) == (name, reporting)
    assert head[meta.entity_span[0] : meta.entity_span[1]] == name
    if name.startswith("Institute"):
        assert short_name_of(name, head) == "IISS"


def test_a_name_in_capitals_is_written_as_a_name_keeping_acronyms():
    from wsislens.extract.metadata import _unshouted

    assert _unshouted("UNITED NATIONS DIGITAL INCLUSION FUND", "") == "United Nations Digital Inclusion Fund"
    assert (
        _unshouted("NATIONAL ICT AGENCY OF KALDONIA", "The ICT sector grew.")
        == "National ICT Agency of Kaldonia"
    )
    assert entity_type_of("Institute for Information Society Studies") == "academia"


def test_a_period_in_a_title_block_table():
    meta = extract_metadata(
        "Submission by the Probe Alliance\n\nPeriod covered | October 2023 to September 2024\n"
    )
    assert meta.reporting == ("2023-10", "2024-09")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Submitted by: Tuko Pamoja Digital Inclusion Network, Nairobi, Kenya",
            "Tuko Pamoja Digital Inclusion Network",
        ),
        (
            "Submitted by: Ministry of Communications and Digital Transformation, Republic of Maravia",
            "Ministry of Communications and Digital Transformation, Republic of Maravia",
        ),
        ("Submitted by: Digital Rights Lab, Ltd", "Digital Rights Lab, Ltd"),
    ],
)
def test_a_submitters_place_is_no_part_of_its_name(line: str, name: str) -> None:
    assert extract_metadata(line + "\n\nReporting period: 2021\n").entity_name == name


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (
            "# Contribution to the Report of the Secretary-General on WSIS Implementation\n\n"
            "**Entity:** United Nations Programme for Digital Agriculture and Rural Development (UN-DARD)\n\n"
            "**Type of entity:** United Nations programme\n",
            "United Nations Programme for Digital Agriculture and Rural Development",  # not "Entity: ..."
            "un_entity",
        ),
        (
            "Name of organization: Probe Library Alliance\nReporting period: 2023\n",
            "Probe Library Alliance",
            "civil_society",
        ),
        (
            "City of Valmora - Office for Digital Transformation\nOriental Republic of Uruguay\n\n"
            "Contribution to the twenty-ninth session of the Commission on Science and Technology for "
            "Development (CSTD), 2026\n",
            "City of Valmora - Office for Digital Transformation",  # a name alone, in two parts
            "government",  # a city's government
        ),
    ],
)
def test_a_submitter_named_by_a_label_or_alone_in_two_parts(head: str, name: str, kind: str) -> None:
    meta = extract_metadata(head)
    assert (meta.entity_name, entity_type_of(meta.entity_name)) == (name, kind)
    assert head[meta.entity_span[0] : meta.entity_span[1]] == name


def test_a_closing_submitted_by_line_does_not_make_the_whole_text_its_title_block() -> None:
    text = (
        "ANDEAN DIGITAL COMMITTEE (ADC)\n\nResponse to the questionnaire of the Commission on Science and "
        "Technology for Development, 28th session (2025)\n\n"
        + "Q1. Which SDGs does the work serve?\n\nSDG 9, through the regional backbone.\n\n" * 12
        + "Submitted by the Technical Secretariat, 28 October 2024.\n"
    )
    meta = extract_metadata(text)
    assert (meta.entity_name, meta.entity_short, meta.title_end) == ("Andean Digital Committee", "ADC", 30)
    data = extract_document(text.encode(), "adc.txt", infer_sdgs=False).data
    assert [(g["goal"], g["basis"]) for g in data["sdg_goals"]] == [(9, "stated")]
    # ... and a closing line that names a role, not a body, names no submitter
    text = (
        "Annual input on WSIS\n\n"
        + "The year saw much work.\n" * 80
        + "Submitted by the network's coordinator.\n"
    )
    assert (extract_metadata(text).entity_name, extract_metadata(text).title_end) == (None, 0)
    assert _unshouted("ANDEAN-AMAZON DIGITAL COMMITTEE", "") == "Andean-Amazon Digital Committee"


def test_a_label_far_below_the_title_block_names_a_partner_not_the_submitter() -> None:
    head = "Annual input on WSIS\n\n" + "The year saw much work.\n" * 80 + "Organization: ITU\n"
    assert extract_metadata(head).entity_name is None


def test_a_stakeholder_group_in_brackets_gives_the_type_and_a_secretariat_takes_its_organisations() -> None:
    head = "Submitted by: Orvanta Mobile Group (private sector)\nReporting period: July 2022 - June 2023\n"
    meta = extract_metadata(head)
    assert (meta.entity_name, entity_type_of(meta.entity_name, text=head)) == (
        "Orvanta Mobile Group",
        "private_sector",
    )
    text = (
        "Submitted by: Secretariat of the Community of Southern Ocean Island States\n\n"
        "The Community of Southern Ocean Island States (CSOIS) is a regional intergovernmental organization "
        "established by treaty in 1998.\n"
    )
    name = extract_metadata(text).entity_name
    assert (name, entity_type_of(name, text=text)) == (
        "Secretariat of the Community of Southern Ocean Island States",
        "international_organization",
    )


@pytest.mark.parametrize(
    ("head", "name", "short", "reporting"),
    [
        (
            "Republic of Kestrava\nMinistry of Digital Transformation and Communications\n"
            "Submission by the Ministry of Digital Transformation and Communications\n"
            "Implementation of the outcomes of the WSIS: national progress report for the period "
            "January-December 2024\n",
            "Ministry of Digital Transformation and Communications",
            None,
            ("2024-01", "2024-12"),
        ),
        (
            "SOUTHERN AFRICA INTERNET EXCHANGE POINTS ASSOCIATION (SAIXPA)\n\n"
            "Submitted by:      SAIXPA Secretariat, Gaborone, Botswana\n"
            "Reporting period:  July 2021 - June 2022\n\n"
            "The Southern Africa Internet Exchange Points Association counts 17 members.\n",
            "Southern Africa Internet Exchange Points Association",  # the name its acronym stands for
            "SAIXPA",
            ("2021-07", "2022-06"),
        ),
        (
            "Submitted by: Global Coalition for Digital Dignity (GCDD), an international coalition of civil "
            "society organisations working on human rights\n\nReporting period: 1 January – 31 December 2023\n",
            "Global Coalition for Digital Dignity",  # not the description after its acronym
            "GCDD",
            ("2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_a_period_in_a_title_an_acronyms_secretariat_and_a_description_after_the_acronym(
    head: str, name: str, short: str | None, reporting: tuple[str, str]
) -> None:
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.entity_short, meta.reporting) == (name, short, reporting)


@pytest.mark.parametrize(
    ("head", "name", "number", "reporting"),
    [
        (
            "National contribution of the Republic of Marenza\n\nField | Value\n"
            "Submitting entity | Government of the Republic of Marenza, through the National Information and "
            "Communications Technology Authority (NICTA)\nSession | Twenty-sixth session of the CSTD, Geneva, 2023\n"
            "Reporting period | 1 January 2022 – 31 December 2022\n",
            "Government of the Republic of Marenza",  # not the agency it acts through, nor the table's rule
            26,
            ("2022-01-01", "2022-12-31"),
        ),
        (
            "Submitted by the Kestrel Digital Foundation, the corporate foundation of Kestrel Technologies plc\n"
            "29th session of the CSTD\nReporting period: 1 April 2024 – 31 March 2025\n",
            "Kestrel Digital Foundation",
            29,
            ("2024-04-01", "2025-03-31"),
        ),
        (
            "International Society of Health Informatics Practitioners (ISHIP)\nRue des Vignerons 14, Geneva\n\n"
            "Geneva, 21 January 2025\n\nTo: Secretariat of the Commission on Science and Technology for Development\n"
            "Subject: Contribution to the annual report on WSIS implementation, 28th session of the CSTD (2025)\n\n"
            "Dear Secretariat,\n\nThis letter covers our activities from January to December 2024.\n",
            "International Society of Health Informatics Practitioners",
            28,  # named below the letter's short title block
            ("2024-01", "2024-12"),
        ),
    ],
)
def test_a_name_with_what_describes_it_and_a_letters_session_and_period(
    head: str, name: str, number: int, reporting: tuple[str, str]
) -> None:
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.session.get("number"), meta.reporting) == (name, number, reporting)


def test_a_national_bureau_library_or_statistics_office_is_government():
    names = [
        "Veldmark National Statistics Bureau",
        "National Library of Kestrava",
        "National Statistics Office",
    ]
    assert [entity_type_of(name) for name in names] == ["government", "government", "government"]
    assert entity_type_of("National University of Velmora") == "academia"


@pytest.mark.parametrize(
    ("head", "name", "kind", "reporting"),
    [
        # a letterhead's state above the body that writes
        (
            "REPUBLIC OF MARAVIA\nMaravian Communications and Digital Regulatory Authority (MCDRA)\n\n"
            "Input to the report of the Secretary-General on the implementation of the WSIS outcomes\n"
            "Commission on Science and Technology for Development - 29th session (2026)\n"
            "Reporting period: January to December 2025\n",
            "Maravian Communications and Digital Regulatory Authority",
            "government",
            ("2025-01", "2025-12"),
        ),
        # an e-mail's subject names the company; the questionnaire's question, its answer below
        (
            "From: Grace Mwansa-Phiri <grace@lumoramobile.example>\nTo: WSIS questionnaire\n"
            "Subject: Lumora Mobile Limited - reply to the CSTD questionnaire (29th session, 2026)\n\n"
            "Dear colleagues,\n\nQ1. NAME OF YOUR ORGANISATION\n\nLumora Mobile Limited is a privately owned "
            "mobile network operator.\n\nQ2. PERIOD COVERED BY YOUR REPLY\n\n1 January to 31 December 2025.\n",
            "Lumora Mobile Limited",
            "private_sector",
            ("2025-01-01", "2025-12-31"),
        ),
        # below a state, a name with its name in another language; "covering the 2025 calendar year"
        (
            "REPUBLIC OF TAMARÉ\nMinistry of Digital Economy and Posts (Ministère de l'Économie Numérique et des "
            "Postes)\n\nContribution to the annual report of the Secretary-General, covering the 2025 calendar "
            "year\n",
            "Ministry of Digital Economy and Posts",
            "government",
            ("2025", "2025"),
        ),
        # the person who signs is not the submitter; "our answers cover" gives the period
        (
            "Eastbridge Centre for Digital Development (ECDD)\n\n"
            "Contribution to the report of the Secretary-General\n\n"
            "Submitted by: Prof. Miriam Okafor-Lindqvist, Director, on behalf of the Centre's Steering Board\n\n"
            "The Eastbridge Centre for Digital Development (ECDD) is a university research centre. As requested, "
            "our answers cover the calendar year 2025.\n",
            "Eastbridge Centre for Digital Development",
            "academia",
            ("2025", "2025"),
        ),
    ],
)
def test_a_letterhead_state_an_e_mails_subject_and_the_person_who_signs(
    head: str, name: str, kind: str, reporting: tuple[str, str]
) -> None:
    meta = extract_metadata(head)
    kind_found = entity_type_of(meta.entity_name, short=meta.entity_short, text=head)
    assert (meta.entity_name, kind_found, meta.reporting) == (name, kind, reporting)
    assert head[meta.entity_span[0] : meta.entity_span[1]] == name


def test_a_submitters_unit_and_city_are_no_part_of_its_name() -> None:
    head = (
        "UNITED NATIONS\nECONOMIC AND SOCIAL COMMISSION FOR WESTERN ASIA (ESCWA)\n\nContribution to the annual "
        "report\n\nPeriod covered: 2025\nSubmitted by: ESCWA, Cluster on Technology and Innovation, Beirut\n"
    )
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.reporting) == (
        "Economic and Social Commission for Western Asia",
        ("2025", "2025"),
    )


@pytest.mark.parametrize(
    ("head", "name", "reporting"),
    [
        # a letterhead whose name the letter takes up; "covers our financial year ... (days)"
        (
            "Mesh for the Margins Trust\nPlot 114, Chilambula Road, Lilongwe, Malawi\nTel: +265 1 755 208\n"
            "E-mail: secretariat@meshmargins.example\n\nLilongwe, 4 April 2025\nThe Secretariat\n\n"
            "Dear Colleagues,\n\nMesh for the Margins Trust is pleased to submit its contribution. The attached "
            "annex covers our financial year FY2024/25 (1 April 2024 to 31 March 2025).\n",
            "Mesh for the Margins Trust",
            ("2024-04-01", "2025-03-31"),
        ),
        # a cover page's office below its state's name, which the text takes up; "the financial year
        # ending 30 June 2025"
        (
            "REPUBLIC OF MARUAKA\n\nMaruaka National Statistics Office\n\n"
            "Implementation of the outcomes of the World Summit on the Information Society\n\n"
            "Covering the financial year ending 30 June 2025\n\n1. Introduction\n"
            "The Maruaka National Statistics Office (MNSO) is the statutory producer of official statistics.\n",
            "Maruaka National Statistics Office",
            ("2024-07-01", "2025-06-30"),
        ),
        # an e-mail from a person: the organisation signs below the person and their office
        (
            "From: Dr Thandiwe Mokoena <t.mokoena@saundk.example.org>\nSubject: RE: Request for inputs\n\n"
            "Dear colleagues,\n\nOur answers cover calendar year 2025.\n\nKind regards,\n\n"
            "Thandiwe Mokoena (Dr)\nExecutive Director\n"
            "Southern African Universities Network for Digital Knowledge (SAUNDK)\nc/o University of the "
            "Okavango, Gaborone, Botswana\n",
            "Southern African Universities Network for Digital Knowledge",
            ("2025", "2025"),
        ),
    ],
)
def test_a_letterhead_and_a_signature_name_the_submitter(
    head: str, name: str, reporting: tuple[str, str]
) -> None:
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.reporting) == (name, reporting)
    assert head[meta.entity_span[0] : meta.entity_span[1]] == name


def test_a_title_blocks_label_table_names_the_submitter_and_its_session() -> None:
    head = (
        "Contribution to the annual report on the implementation of the WSIS outcomes\n\n"
        "Organization | International Federation of Digital Enterprises (IFDE)\n"
        "Contact | Ingrid Solberg-Mensah, Head of Policy, policy@ifde.example\n"
        "Headquarters | Geneva, Switzerland\nPeriod covered | Calendar year 2024 (1 January to 31 December)\n"
        "Session | Commission on Science and Technology for Development, 28th session (2025)\n"
    )
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.entity_short, meta.session.get("number"), meta.reporting) == (
        "International Federation of Digital Enterprises",
        "IFDE",
        28,
        ("2024", "2024"),
    )


@pytest.mark.parametrize(
    ("head", "name", "number"),
    [
        # the session on the line below the Commission's name
        (
            "WEXCOMBE INSTITUTE FOR DIGITAL SOCIETY RESEARCH\nBristol, United Kingdom\n\n"
            "Contribution to the report of the Secretary-General\n\n"
            "Commission on Science and Technology for Development\nTwenty-eighth session, Geneva, 2025\n\n"
            "The Wexcombe Institute for Digital Society Research studies technology.\n",
            "Wexcombe Institute for Digital Society Research",
            28,
        ),
        # "on behalf of" describes who signs; the acronym's secretariat is the organisation
        (
            "Youth Alliance for Digital Inclusion (YADI)\n\nAnnual contribution on the WSIS outcomes\n\n"
            "Prepared for: the 29th session of the UN Commission on Science and Technology for Development\n"
            "Submitted by: the YADI Secretariat, Accra, on behalf of our member groups\n",
            "Youth Alliance for Digital Inclusion",
            29,
        ),
        # a name alone above the title, with a word opening with "e-"
        (
            "Varonia National e-Government Agency\n\nReport on the implementation of WSIS outcomes, submitted "
            "to the twenty-ninth session of the United Nations Commission on Science and Technology for "
            "Development (CSTD), Geneva, 2026\n",
            "Varonia National e-Government Agency",
            29,
        ),
        # a city and its state after the name
        (
            "EASTERN AND SOUTHERN AFRICA POSTAL UNION (ESAPU)\n\nContribution to the twenty-ninth session of the "
            "Commission on Science and Technology for Development (CSTD), Geneva, 2026\n\n"
            "Submitted by: ESAPU Secretariat, Arusha, United Republic of Tanzania\n",
            "Eastern and Southern Africa Postal Union",
            29,
        ),
        # an annual contribution's title is not the submitter, the name above it is
        (
            "City of Marrowfield - Department of Innovation and Technology\n\n"
            "Annual contribution on the implementation of the outcomes of the World Summit on the Information "
            "Society (WSIS)\n\nSubmitted for the 29th session of the CSTD, 2026\n",
            "City of Marrowfield - Department of Innovation and Technology",
            29,
        ),
    ],
)
def test_a_session_below_the_commission_who_signs_for_whom_and_an_annual_contributions_title(
    head: str, name: str, number: int
) -> None:
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.session.get("number")) == (name, number)


def test_a_title_block_tables_ministry_row_names_the_submitter() -> None:
    head = (
        "Country | Republic of Tarkhistan\nMinistry | Ministry of Digital Development and Communications\n"
        "Session | 29th session of the CSTD (Geneva, 2026)\nPeriod | 1 January – 31 December 2025\n"
    )
    meta = extract_metadata(head)
    assert (meta.entity_name, meta.session.get("number")) == (
        "Ministry of Digital Development and Communications",
        29,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in capitals wrapped after "OF", its acronym below; a regional body of national
        # authorities is an international organisation
        (
            "GREAT LAKES ASSOCIATION OF\nCOMMUNICATIONS REGULATORS\n\nGLACR\n\n"
            "Implementation of the outcomes of the World Summit on the\nInformation Society\n\n"
            "Contribution to the 29th session of the Commission on Science and Technology for Development "
            "(CSTD), Geneva, 2026\n\nReporting period: January to December 2025\n\n"
            "1. The Association and its mandate\n\nThe Great Lakes Association of Communications Regulators "
            "(GLACR) is a regional body that brings together the national authorities responsible for "
            "electronic communications.\n",
            (
                "Great Lakes Association of Communications Regulators",
                "GLACR",
                "international_organization",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01", "2025-12"),
            ),
        ),
        # a questionnaire's export: "Name of entity submitting:", "Reporting window:"
        (
            "="
            * 70
            + "\n CSTD 29th session (2026)\n Questionnaire on progress made in the implementation of "
            "the outcomes\n of the World Summit on the Information Society (WSIS)\n" + "=" * 70 + "\n"
            "Response ID:        2026-CS-0417\nSubmitted on:       09/01/2026 14:22 UTC\n\n"
            "PART I. RESPONDENT INFORMATION\n"
            "Name of entity submitting: Fairplay Digital Consumers Alliance (FDCA)\n"
            "Stakeholder group: Civil society / NGO\n"
            "Reporting window: 1 January 2025 - 31 December 2025\n",
            (
                "Fairplay Digital Consumers Alliance",
                "FDCA",
                "civil_society",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # the Commission's name wrapped before its acronym and session, under a department's letterhead
        (
            "GOVERNMENT OF SAINT CORVINA\nDepartment of Information and Communication Technology\n"
            + "=" * 54
            + "\n\nContribution to the annual report of the Secretary-General on progress\nmade in the "
            "implementation of and follow-up to the outcomes of the\nWorld Summit on the Information "
            "Society (WSIS)\n\nSubmitted to:     Commission on Science and Technology for Development\n"
            "                  (CSTD), 29th session, Geneva, 2026\nReporting period: January to December "
            "2025\n",
            (
                "Department of Information and Communication Technology",
                None,
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01", "2025-12"),
            ),
        ),
        # "Name: Contribution ..." as the title; a bulleted "Submitting organisation:"
        (
            "Aldermoor Foundation: Contribution to the CSTD, 28th Session (2025)\n\n"
            "- Submitting organisation: Aldermoor Foundation, an independent grant-making charity based in "
            "Edinburgh, Scotland\n- Period covered: our 2024 grant year, 1 January to 31 December 2024\n",
            (
                "Aldermoor Foundation",
                None,
                "civil_society",
                {"body": "CSTD", "number": 28, "year": 2025},
                ("2024-01-01", "2024-12-31"),
            ),
        ),
        # "Contributing authority:"; a year given as the twelve months to its last day; a statutory regulator
        (
            "Commission on Science and Technology for Development\nTwenty-ninth session, Geneva, 2026\n"
            "Contributing authority: Postal and Telecommunications Authority of Merovia (PTAM), Republic of "
            "Merovia\nPeriod under review: the twelve months to 30 June 2025\n\n1. The Postal and "
            "Telecommunications Authority of Merovia (PTAM) is the statutory regulator for electronic "
            "communications.\n",
            (
                "Postal and Telecommunications Authority of Merovia",
                "PTAM",
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-07-01", "2025-06-30"),
            ),
        ),
        # a UN document's symbol block above a letterhead in capitals; "Coverage:" with "through"
        (
            "                    EXC/ITD/2025/INF.3\n                    Distr.: General\n"
            "                    2 December 2025\n                    Original: English\n\n"
            "ECONOMIC COMMISSION FOR THE NORTHERN ISLANDS\nInnovation and Technology Division\n\n"
            "Regional progress in implementing the outcomes of the World Summit on the Information Society\n\n"
            "Input for the twenty-ninth session of the Commission on Science and Technology for Development\n\n"
            "Coverage: fiscal year 2025, i.e. 1 October 2024 through 30 September 2025\n\n"
            "1. The secretariat of the Economic Commission for the Northern Islands (EXC) transmits ...\n",
            (
                "Economic Commission for the Northern Islands",
                "EXC",
                "regional_commission",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-10-01", "2025-09-30"),
            ),
        ),
        # "Sent by:" a company described after a comma, its name ending in an abbreviation's point
        (
            "Notes for the CSTD secretariat, 29th session (2026)\n"
            "Sent by: Quillon Systems S.A., a privately held software company based in Lisbon\n"
            "What it covers: the twelve months ending 31 December 2025\n",
            (
                "Quillon Systems S.A.",
                None,
                "private_sector",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # a questionnaire in a table: numbered questions, an answer going on after the name
        (
            "WSIS implementation questionnaire - consolidated response\n\nInput towards CSTD-29 (Geneva, 2026)\n\n"
            "Question | Answer\n1. Name of your organization | Sahel Universities Digital Consortium, known as "
            "SUDC. The secretariat rotates between members.\n2. Stakeholder category | Academia. SUDC is a "
            "not-for-profit consortium.\n3. Reporting period | 1 September 2024 to 31 August 2025\n",
            (
                "Sahel Universities Digital Consortium",
                None,
                "academia",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-09-01", "2025-08-31"),
            ),
        ),
        # a French label and range; a public agency
        (
            "AGENCE NATIONALE DU NUMÉRIQUE RURAL (ANNR)\n\nContribution to the report of the Secretary-General\n\n"
            "Commission on Science and Technology for Development - 29th session, 2026 Période couverte : du "
            "1er janvier au 31 décembre 2025\n\nThe Agence Nationale du Numérique Rural (ANNR) is the public "
            "agency charged with rural connectivity.\n",
            (
                "Agence Nationale du Numérique Rural",
                "ANNR",
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # "Our year:"; "What kind of body:" with words before the group
        (
            "MBALI WOMEN'S MESH COLLECTIVE (MWMC)\ncommunity wifi, KwaZulu-Natal\n\n"
            "Feeding into: CSTD-29, the Commission's 2026 session\n"
            "Our year: FY2025 -- we run on the calendar, so 1 Jan to 31 Dec 2025\n"
            "What kind of body: grassroots civil society, women-led\n",
            (
                "Mbali Women's Mesh Collective",
                "MWMC",
                "civil_society",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # "Originating body:" with its acronym, unit, district and city; "Window under review:"
        (
            "Annual input on the implementation of WSIS outcomes, fiscal year 2024/25\n\n"
            "Originating body: Caribbean Peering Association (CARPA), Secretariat, Belmont, Port of Spain\n"
            "Destined for: the Commission on Science and Technology for Development, twenty-ninth session\n"
            "Window under review: fiscal year 2024/25, i.e. 1 July 2024 to 30 June 2025\n",
            (
                "Caribbean Peering Association",
                "CARPA",
                "civil_society",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-07-01", "2025-06-30"),
            ),
        ),
        # a table's labels: an acronym's secretariat with its name in brackets, a session by its
        # ordinal alone, a period of numeric months
        (
            "Hydrology Data Report\n\nEntity | WHDO Secretariat (World Hydrological Data Organization), Geneva\n"
            "Session | Twenty-ninth - CSTD, 2026 cycle\nPeriod | 01/2025 – 12/2025 (calendar year)\n",
            (
                "World Hydrological Data Organization",
                None,
                "international_organization",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01", "2025-12"),
            ),
        ),
        # a name in capitals over three lines; "Covering our financial year"
        (
            "LUMEN COALITION\nFOR GIRLS'\nDIGITAL FUTURES\n\nAnnual input on WSIS implementation\n"
            "For the CSTD's 29th session - 2026\nCovering our financial year April 2024 - March 2025\n",
            (
                "Lumen Coalition for Girls' Digital Futures",
                None,
                "civil_society",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-04", "2025-03"),
            ),
        ),
        # labels with dot leaders; a unit of a municipality
        (
            "HARBOURTON DIGITAL OFFICE\n~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
            "Contributing body ..... Harbourton Digital Office, a unit of the Municipality of Harbourton\n"
            "Addressed to .......... UN Commission on Science and Technology for Development,\n"
            "                        twenty-ninth session, Geneva, 2026\n"
            "Coverage .............. reporting year 2025 (Jan-Dec)\n",
            (
                "Harbourton Digital Office",
                None,
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025", "2025"),
            ),
        ),
        # "Written by" a programme of the organisation, read when nothing else names the submitter; a
        # label before "Input" is no name; a think tank
        (
            "Connected classrooms, capable teachers\n\n |\nWritten by | The Schools Programme of the Meridale "
            "Policy Lab, an independent, non-partisan think tank\nPrepared as | Input for the annual WSIS "
            "progress report, to be considered by the CSTD at its 29th session (2026)\n",
            (
                "Meridale Policy Lab",
                None,
                "civil_society",
                {"body": "CSTD", "number": 29, "year": 2026},
                None,
            ),
        ),
        # ... but a "Prepared by" line names a unit when the first line names the submitter
        (
            "Cobalt Cloudways Ltd.\n\nContribution to the implementation of the WSIS outcomes\n\n"
            "Submitted to: 29th session of the Commission on Science and Technology for Development (CSTD), 2026\n"
            "Prepared by: Office of Digital Inclusion, Cork, Ireland\n",
            (
                "Cobalt Cloudways Ltd.",
                None,
                "private_sector",
                {"body": "CSTD", "number": 29, "year": 2026},
                None,
            ),
        ),
        # a body in capitals under its state, named in the text with the state's name; "for
        # consideration at its twenty-ninth session"
        (
            "REPUBLIC OF TELMARA\nNATIONAL BUREAU OF STATISTICS\n\nCounting the Connected\n\nCountry input "
            "transmitted to the secretariat of the Commission on Science and Technology for Development, for "
            "consideration at its twenty-ninth session (Geneva, 2026)\n\nPeriod under review: the calendar year "
            "2025\n\n1. Introduction\nThe Telmara National Bureau of Statistics (TNBS) is the government agency "
            "responsible for official statistics.\n",
            (
                "Telmara National Bureau of Statistics",
                "TNBS",
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025", "2025"),
            ),
        ),
        # "Contributor:" with the company's unit; the session by its year; a fiscal year by its end
        (
            "Connecting What Matters\n\nContributor: Orrin Mobile Ltd, Group Public Policy Office\n\n"
            "Filed for: CSTD 2026\n\nCoverage: FY2025 (ending 31 March 2025)\n",
            (
                "Orrin Mobile Ltd",
                None,
                "private_sector",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-04-01", "2025-03-31"),
            ),
        ),
        # days written "1-Oct-2024"
        (
            "=" * 40 + "\n          KIBO HILLS UNIVERSITY\n" + "=" * 40 + "\n\n   Input to the Commission on "
            "Science and Technology for Development at its\n   twenty-ninth session (Geneva, 2026)\n\n"
            "   Twelve months covered: 1-Oct-2024 to 30-Sep-2025\n",
            (
                "Kibo Hills University",
                None,
                "academia",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-10-01", "2025-09-30"),
            ),
        ),
        # a state above the title, the body named where it is pleased to share the report; the year
        # under review; "the twenty-ninth meeting of the CSTD"
        (
            "REPUBLIC OF SERRANA\n\nAdvancing the WSIS Vision at Home\n\nAt a glance\n\nYear under review: 1 January - "
            "31 December 2025\n\nIntended for: the twenty-ninth meeting of the CSTD, Geneva, 2026\n\nAs Serrana's "
            "statutory ICT agency, the Serranan Authority for Digital Development (SADD) is pleased to share this "
            "account.\n",
            (
                "Serranan Authority for Digital Development",
                "SADD",
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # ... but a body that names itself above the title keeps its name without its state
        (
            "Republic of Marenza\n\nMinistry of Information and Communication Technologies\n\nReport on progress "
            "made in the implementation of the outcomes of the WSIS\n\nInput for the twenty-eighth session of the "
            "Commission on Science and Technology for Development (2025)\n\nThe Ministry of Information and "
            "Communication Technologies (MICT) of the Republic of Marenza is pleased to submit this contribution.\n",
            (
                "Ministry of Information and Communication Technologies",
                "MICT",
                "government",
                {"body": "CSTD", "number": 28, "year": 2025},
                None,
            ),
        ),
        # a cover with a title only, the name in a closing line; "during the period from"; "the
        # Commission's twenty-ninth session"
        (
            "Bridging the Last Kilometre\n\nNetworks built by the people who use them\n\nAbout this contribution\n"
            "This report describes what our Federation did during the period from 1 July 2024 to 30 June 2025. It "
            "answers the call ahead of the Commission's twenty-ninth session.\n\n"
            + "We built networks. " * 330
            + "\n\nSubmitted by the Secretariat of Kibanda Communities Federation, Nairobi\n",
            (
                "Kibanda Communities Federation",
                None,
                "civil_society",
                {"number": 29, "year": 2026},
                ("2024-07-01", "2025-06-30"),
            ),
        ),
        # a note verbale: the twelve months that closed on a day; the session at the Commission's deliberations
        (
            "The Permanent Mission presents its compliments to the secretariat of the Commission on Science and "
            "Technology for Development and has the honour to transmit herewith the contribution of the Ministry "
            "of Posts and Digital Economy. It describes what was done during the twelve months that closed on 30 "
            "June 2025, and is offered with a view to the Commission's deliberations at its twenty-ninth session.\n",
            (
                "Ministry of Posts and Digital Economy",
                None,
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-07-01", "2025-06-30"),
            ),
        ),
        # a name before "·"; "we belong to the technical community"; "in calendar 2025"
        (
            "Pwani Developer Foundation · WSIS implementation report\n\nThe Commission on Science and Technology "
            "for Development takes it up at its 29th session, in 2026. Everything below happened in calendar 2025."
            "\n\nIn WSIS terms we belong to the technical community.\n",
            (
                "Pwani Developer Foundation",
                None,
                "technical_community",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025", "2025"),
            ),
        ),
        # a name in two languages; a title of words before "input on"; "Financial year covered"
        (
            "Northern Valleys Chamber of Commerce / Cámara de Comercio de los Valles del Norte\n\nPrivate-sector "
            "input on putting the WSIS outcomes into practice, offered for the twenty-ninth meeting of the "
            "Commission on Science and Technology for Development (Geneva, 2026).\n\nFinancial year covered: 1 July "
            "2024 to 30 June 2025.\n",
            (
                "Northern Valleys Chamber of Commerce",
                None,
                "private_sector",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-07-01", "2025-06-30"),
            ),
        ),
        # "Reporting unit:" with its university; "Covering: Jan.-Dec. 2025"
        (
            "CONTRIBUTION TO THE CSTD. 29th session (Geneva, 2026).\nReporting unit: Centre for Rural Learning "
            "Research, Northmere University.\nCovering: Jan.-Dec. 2025 (calendar year).\n",
            (
                "Centre for Rural Learning Research",
                None,
                "academia",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01", "2025-12"),
            ),
        ),
        # a name alone above "Joint statement and annual contribution on ..."; "Operating year under review"
        (
            "Highland Community Networks Coalition\n\nJoint statement and annual contribution on the implementation "
            "of WSIS outcomes\n\nFor the Commission on Science and Technology for Development, twenty-ninth session "
            "(2026)\n\nOperating year under review: 1 October 2024 to 30 September 2025\n",
            (
                "Highland Community Networks Coalition",
                None,
                "civil_society",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-10-01", "2025-09-30"),
            ),
        ),
        # "the 29th session of the United Nations Commission on Science ..." below a two-line heading
        (
            "INDIAN OCEAN TELECOMMUNICATIONS UNION (IOTU)\nGeneral Secretariat, Port Louis\n\nContribution to "
            "the annual report of the Secretary-General on the implementation of the outcomes of the World Summit "
            "on the Information\nSociety\n\nInput to the 29th session of the United Nations Commission on Science "
            "and Technology for\nDevelopment (CSTD), 2026\nReporting period: 1 July 2024 - 30 June 2025\n",
            (
                "Indian Ocean Telecommunications Union",
                "IOTU",
                "international_organization",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-07-01", "2025-06-30"),
            ),
        ),
        # "the 29th CSTD session" in a Markdown heading
        (
            "# APDTA contribution to the 29th CSTD session\n\n**Organization:** Asia-Pacific Digital Trade "
            "Association (APDTA)\n\n**Period:** FY 2025 (1 April 2024 – 31 March 2025)\n",
            (
                "Asia-Pacific Digital Trade Association",
                "APDTA",
                "private_sector",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2024-04-01", "2025-03-31"),
            ),
        ),
    ],
)
def test_title_block_labels_wrapped_names_symbol_blocks_and_periods(text: str, expected: tuple) -> None:
    meta = extract_metadata(text)
    name = meta.entity_name
    assert (
        name,
        short_name_of(name, text),
        entity_type_of(name, text=text),
        meta.session,
        meta.reporting,
    ) == (expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office that submits for the body its acronym names
        (
            "United Nations Programme for Digital Livelihoods (UNPDL)\n\nContribution to the report of the "
            "Secretary-General\n\nCommission on Science and Technology for Development, twenty-ninth session "
            "(Geneva, 2026)\n\nPeriod covered: 1 January - 31 December 2025\n\n"
            "Submitted by the Office of the Director, UNPDL, Bonn\n",
            (
                "United Nations Programme for Digital Livelihoods",
                "UNPDL",
                "un_entity",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # a letter "On behalf of ..., I am pleased to submit"; a period with no mark before its months
        (
            "KIJIJI DIGITAL RIGHTS Mvuli House, 4th Floor\nMvuli Road, Westlands\nCOALITION P.O. Box 10422\n\n"
            "Nairobi, 17 January 2025\n\nSubject: Contribution to the 28th session of the Commission on Science "
            "and Technology for Development (CSTD), 2025 - reporting period October 2023 to September 2024\n\n"
            "Dear Secretariat, On behalf of the Kijiji Digital Rights Coalition, I am pleased to submit our "
            "contribution.\n",
            (
                "Kijiji Digital Rights Coalition",
                None,
                "civil_society",
                {"body": "CSTD", "number": 28, "year": 2025},
                ("2023-10", "2024-09"),
            ),
        ),
        # a national research and education network by its stakeholder label; "THE" is no part of the name
        (
            "=====\nCONTRIBUTION OF THE VALMORA RESEARCH AND EDUCATION NETWORK (VALREN)\nto the report of the "
            "Secretary-General\n\nCommission on Science and Technology for Development, 29th session (2026)\n"
            "Period covered: 1 January to 31 December 2025\nStakeholder group: technical community\n=====\n\n"
            "VALREN is the not-for-profit national research and education network of Valmora.\n",
            (
                "Valmora Research and Education Network",
                "VALREN",
                "technical_community",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        # a translator's note and a rule above the letterhead
        (
            "TRANSLATOR'S NOTE\nThis is an unofficial English translation of the Spanish original.\n\n"
            + "=" * 40
            + "\n\n"
            "REPÚBLICA DE MONTALUZ [REPUBLIC OF MONTALUZ]\n"
            "Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC)\n"
            "[Ministry of Information and Communications Technologies]\n\nContribution to the annual report\n\n"
            "Commission on Science and Technology for Development (CSTD)\nTwenty-ninth session, Geneva, 2026\n\n"
            "Period covered: calendar year 2025\n",
            (
                "Ministerio de Tecnologías de la Información y las Comunicaciones",
                "MinTIC",
                "government",
                {"body": "CSTD", "number": 29, "year": 2026},
                ("2025", "2025"),
            ),
        ),
        # a statutory body; the session's line is not dated by the reporting period's
        (
            "National ICT Observatory of Veloria\n\nSubmission to the Commission on Science and Technology for "
            "Development (CSTD), 28th session, 2025\n\nReporting period: fiscal year 2023/24 (1 July 2023 - 30 June "
            "2024)\n\nThe National ICT Observatory of Veloria (NIOV) is the statutory body that publishes official "
            "statistics.\n",
            (
                "National ICT Observatory of Veloria",
                "NIOV",
                "government",
                {"body": "CSTD", "number": 28, "year": 2025},
                ("2023-07-01", "2024-06-30"),
            ),
        ),
        (
            "# Meridian Academic Network for Digital Development (MANDD)\n\n"
            "**Prepared for:** 28th session of the Commission on Science and Technology for Development, 2025\n"
            "**Reporting period:** the Network's financial year, 1 April 2024 - 31 March 2025\n\n"
            "The Meridian Academic Network for Digital Development (MANDD) is a consortium of universities and "
            "research institutes.\n",
            (
                "Meridian Academic Network for Digital Development",
                "MANDD",
                "academia",
                {"body": "CSTD", "number": 28, "year": 2025},
                ("2024-04-01", "2025-03-31"),
            ),
        ),
    ],
)
def test_an_office_a_letter_on_behalf_a_stakeholder_label_a_translators_note_and_bodies_kinds(
    text: str, expected: tuple
) -> None:
    meta = extract_metadata(markdown_to_text(text) if text.startswith("#") else text)
    name = meta.entity_name
    short = meta.entity_short or short_name_of(name, text)
    assert (
        name,
        short,
        entity_type_of(name, short=short, text=text),
        meta.session,
        meta.reporting,
    ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "World Agricultural Knowledge Organization (WAKO)\n\nA specialized agency of the United Nations\n\n"
            "Contribution to the report of the UN Secretary-General on the WSIS outcomes\n\n"
            "Period covered: January to December 2025\n\nPart One: Executive summary\n\nIn 2025 WAKO worked.\n",
            ("World Agricultural Knowledge Organization", "WAKO", "un_entity"),
        ),
        (
            "United Nations Economic and Social Commission for Central Asia and the Caspian (ESCCAC)\n\n"
            "Prepared for the twenty-ninth session of the Commission on Science and Technology for "
            "Development\n\nPeriod covered: January–December 2025\n\n"
            "Submitted by the Information and Communications Technology and Development Section, ESCCAC "
            "secretariat, Almaty\n\nPart One: Executive summary\n",
            (
                "United Nations Economic and Social Commission for Central Asia and the Caspian",
                "ESCCAC",
                "regional_commission",
            ),
        ),
    ],
)
def test_a_titles_tagline_gives_the_type_and_a_units_secretariat_names_its_body(text, expected) -> None:
    meta = extract_metadata(text)
    assert (meta.entity_name, meta.entity_short, entity_type_of(meta.entity_name, text=text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northgate Satcom Limited\n\nInput to the 29th session of the CSTD\n\nReporting period: 2025\n",
            ("Northgate Satcom Limited", None, "private_sector"),
        ),
        (
            "Coastal Africa Network Operators' Forum (CANOF)\n\nInput to the 29th session of the CSTD\n",
            ("Coastal Africa Network Operators' Forum", "CANOF", "technical_community"),
        ),
        # a forwarded e-mail: the submission's title block stands below the forwarding
        (
            "From: Ingrid Halvorsen <i.h@city.example>\nSent: Thursday, 22 January 2026 10:07\n"
            "To: CSTD WSIS inputs <inputs@example.org>\nSubject: FW: CSTD29 - WSIS input - City of Nordhaven\n\n"
            "Dear colleagues,\n\nPlease find below our input, apologies for the delay.\n\nBest,\nIngrid\n\n"
            "---------- Forwarded message ---------\nFrom: Office of Digital Services <d@city.example>\n"
            "Date: Tue, 20 Jan 2026 at 16:42\nSubject: CSTD29 - WSIS input - City of Nordhaven (final)\n"
            "To: Ingrid Halvorsen <i.h@city.example>\n\nIngrid, final version below. / Mats\n\n"
            "==================================================================\nCITY OF NORDHAVEN\n"
            "Office of Digital Services and Innovation\n\nContribution to the report of the Secretary-General "
            "on the WSIS outcomes\n\nCommission on Science and Technology for Development (CSTD)\n"
            "Twenty-ninth session - 2026\n\n1. EXECUTIVE SUMMARY\n\nThe City of Nordhaven worked on C1.\n",
            ("City of Nordhaven", None, "government"),
        ),
    ],
)
def test_a_companys_legal_form_a_network_operators_forum_and_a_forwarded_submission(text, expected) -> None:
    meta = extract_metadata(text)
    assert (meta.entity_name, meta.entity_short, entity_type_of(meta.entity_name, text=text)) == expected


def test_a_questionnaire_tables_period_stands_in_the_cell_after_its_question() -> None:
    meta = extract_metadata(
        "Questionnaire on the implementation of WSIS outcomes\n\nName of entity | Ministry of Digital "
        "Transformation and Communications (MDTC), Republic of Kaveria\n"
        "Period covered by this report | 1 January 2025 – 31 December 2025\n"
    )
    assert (meta.entity_name, meta.reporting) == (
        "Ministry of Digital Transformation and Communications",
        ("2025-01-01", "2025-12-31"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name in capitals with its own language's name in brackets; "Period covered by this report:"
            "OPEN MESH FOUNDATION (Fondacija Otvorena Mreža)\nSarajevo, Bosnia and Herzegovina\n\n"
            "Input to the report of the Secretary-General on the WSIS outcomes\n\n"
            "Commission on Science and Technology for Development, twenty-ninth session (Geneva, 2026)\n\n"
            "Period covered by this report: January-November 2025\n\n1. EXECUTIVE SUMMARY\n\n"
            "Open Mesh Foundation is a non-profit organisation that helps rural communities.\n",
            ("Open Mesh Foundation", None, "civil_society", ("2025-01", "2025-11")),
        ),
        (  # a letterhead's name, a dash and its state; the acronym spelled out after a label
            "MDEC – Republic of Marendia – National WSIS report 2025\n\n"
            "PERMANENT MISSION OF THE REPUBLIC OF MARENDIA\n\nGENEVA\n\n"
            "Prepared by: Ministry of Digital Economy and Communications (MDEC)\n\n"
            "For: the 29th session of the CSTD (2026)\n\nPeriod covered: calendar year 2025\n",
            ("Ministry of Digital Economy and Communications", "MDEC", "government", ("2025", "2025")),
        ),
        (  # a name in capitals wrapped onto a second line that ends with the whole name's acronym
            "SOUTHERN SAVANNAH ECONOMIC\nCOMMUNITY (SSEC)\n\n"
            "Secretariat - Directorate of Digital Economy and Infrastructure\n\n"
            "Input to the twenty-ninth session of the Commission on Science and Technology for\n"
            "Development (CSTD), Geneva, 2026\n\nReporting period: fiscal year 1 July 2024 - 30 June 2025\n\n"
            "1. Executive summary\n\nThe Southern Savannah Economic Community\n\n(SSEC) brings together "
            "eleven member States.\n",
            (
                "Southern Savannah Economic Community",
                "SSEC",
                "international_organization",
                ("2024-07-01", "2025-06-30"),
            ),
        ),
    ],
)
def test_a_translated_name_a_letterheads_state_and_a_name_wrapped_before_its_acronym(text, expected) -> None:
    meta = extract_metadata(text)
    name = meta.entity_name
    short = meta.entity_short or short_name_of(name, text)  # as a draft takes it
    assert (name, short, entity_type_of(name, short=short, text=text), meta.reporting) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the unit that sends it, under the ministry the title block names, and the day it was sent
            "Republic of Calvera\n\nMinistry of Digital Development and Communications\n\n"
            "Report on progress made in the implementation of the outcomes of the WSIS\n\n"
            "Input to the twenty-ninth session of the CSTD, 2026\n\n"
            "Period covered: calendar year 2025 (1 January to 31 December 2025)\n\n"
            "Submitted by the Department of International Cooperation, 12 January 2026\n\nI. Executive summary\n",
            (
                "Ministry of Digital Development and Communications",
                "government",
                ("2025-01-01", "2025-12-31"),
            ),
        ),
        (  # a name alone, its division's line and the slide's title above the contribution's line
            "Trans-Sahel Development Bank\n\nDigital Economy and Innovation Division\n\n"
            "Implementing the outcomes of the World Summit on the Information Society (WSIS)\n\n"
            "Contribution to the 29th session of the Commission on Science and Technology for Development "
            "(CSTD), Geneva, 2026\n\nReporting period: 1 January - 31 December 2025\n",
            ("Trans-Sahel Development Bank", "other", ("2025-01-01", "2025-12-31")),
        ),
        (  # a joint e-mail: the lead, "a ... non-profit working on", and its fiscal year wrapped
            "From: Maria Quispe <mq@example.pe>\nTo: CSTD Secretariat <cstd@example.org>\n"
            "Subject: RE: Call for inputs - implementation of WSIS outcomes (CSTD, 29th session)\n\n"
            "Dear colleagues,\n\nThis is a JOINT submission by Fundación Puentes Digitales, a Peruvian\n"
            "non-profit working on digital inclusion in the southern Andes, and the Universidad Andina.\n"
            "Fundación Puentes Digitales is the lead submitter.\n"
            "The contribution is for the twenty-ninth session of the Commission (2026) and covers our\n"
            "shared fiscal year, 1 July 2024 - 30 June\n2025.\n\nWith best regards,\n\nMaria Quispe Condori\n"
            "Executive Director\nFundación Puentes Digitales\n",
            ("Fundación Puentes Digitales", "civil_society", ("2024-07-01", "2025-06-30")),
        ),
    ],
)
def test_a_sending_unit_a_slides_title_block_and_a_joint_emails_lead(text, expected) -> None:
    meta = extract_metadata(text)
    assert (meta.entity_name, entity_type_of(meta.entity_name, text=text), meta.reporting) == expected


def test_a_not_for_profit_technical_organisation_is_not_civil_society_by_that_word() -> None:
    text = (
        "Pacific Meridian Internet Registry (PMIR)\n\nContribution to the 29th session of the CSTD\n\n"
        "Pacific Meridian Internet Registry is a not-for-profit, member-based technical organisation.\n"
    )
    assert (
        entity_type_of("Pacific Meridian Internet Registry", short="PMIR", text=text) == "technical_community"
    )


def test_a_person_labelled_as_submitter_gives_way_to_the_letterhead_and_a_period_goes_on_in_brackets() -> (
    None
):
    text = (
        "=" * 78 + "\n                           CITY OF KESTRELFORD\n"
        "                  Office of the Chief Digital Officer\n\n"
        "     Input to the annual report of the UN Secretary-General on WSIS\n"
        "     implementation, for the Commission on Science and Technology for\n"
        "     Development (CSTD), twenty-ninth session, Geneva, 2026\n\n"
        "     Period covered: municipal fiscal year 2024/25\n"
        "                     (1 July 2024 - 30 June 2025)\n\n"
        "     Submitted by: Marta Oyelaran-Voss, Chief Digital Officer\n"
        "     Date of submission: 15 December 2025\n" + "=" * 78 + "\n\n1. EXECUTIVE SUMMARY\n\n"
        "Kestrelford is a mid-sized port city.\n"
    )
    meta = extract_metadata(text)
    assert (meta.entity_name, meta.reporting) == ("City of Kestrelford", ("2024-07-01", "2025-06-30"))


def test_a_secretariat_submitting_from_its_seat_is_its_organisation() -> None:
    text = (
        "Caribbean Network Operators and Exchange Association (CANOXA)\n"
        "=============================================================\n\n"
        "**Contribution to the twenty-ninth session of the Commission on Science and Technology for "
        "Development (Geneva, 2026)**\n\n"
        "Submitted by the CANOXA Secretariat, Port of Spain, Trinidad and Tobago\n\n"
        "CANOXA is a member-based technical community organisation.\n"
    )
    meta = extract_metadata(markdown_to_text(text))
    name, short = meta.entity_name, meta.entity_short
    assert (name, short, entity_type_of(name, short=short, text=markdown_to_text(text))) == (
        "Caribbean Network Operators and Exchange Association",
        "CANOXA",
        "technical_community",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's legal form in lower case, on the first line alone
        (
            "Savanna Link Communications plc\n"
            "Report to the United Nations Commission on Science and Technology for Development\n"
            "29th session - Geneva, 2026\n\n1. Executive summary\nSavanna Link builds networks.\n",
            ("Savanna Link Communications plc", "private_sector"),
        ),
        # a Spanish state above a ministry named in capitals, its translation in brackets below
        (
            "REPÚBLICA DE VALDORIA\nMINISTERIO DE TRANSFORMACIÓN DIGITAL Y TELECOMUNICACIONES\n"
            "(Ministry of Digital Transformation and Telecommunications)\n\n"
            "Contribution to the annual report of the Secretary-General\n\n"
            "I. EXECUTIVE SUMMARY\n\nDuring 2025 the Ministry of Digital Transformation and "
            'Telecommunications (hereinafter "the Ministry") continued its work.\n',
            ("Ministry of Digital Transformation and Telecommunications", "government"),
        ),
        # without the translation the name stays in its language, its small words in lower case
        (
            "REPÚBLICA DE VALDORIA\nMINISTERIO DE TRANSFORMACIÓN DIGITAL Y TELECOMUNICACIONES\n\n"
            "Contribution to the annual report of the Secretary-General\n\nI. EXECUTIVE SUMMARY\n",
            ("Ministerio de Transformación Digital y Telecomunicaciones", "government"),
        ),
    ],
)
def test_a_companys_legal_form_and_a_translated_ministry_under_its_state(text, expected) -> None:
    meta = extract_metadata(text)
    name, short = meta.entity_name, meta.entity_short
    assert (name, entity_type_of(name, short=short, text=text)) == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (  # a letterhead's acronym, a dash and the name it stands for, wrapped over two lines
            "CEMSE – Confederation of European Micro and Small Enterprises for the\nDigital Economy\n"
            "Rue du Marché aux Herbes 61, 1000 Brussels, Belgium\n\nCONTRIBUTION TO THE COMMISSION ON "
            "SCIENCE AND TECHNOLOGY FOR DEVELOPMENT\n(CSTD)\nReporting period: calendar year 2025\n\n"
            "1. WHO WE ARE\n\nCEMSE was founded in Brussels in 2012.\n",
            (
                "Confederation of European Micro and Small Enterprises for the Digital Economy",
                "CEMSE",
                "private_sector",
            ),
        ),
        (  # a state's own team, not the state
            "Submission by\n\nNational Computer Emergency Response Team of the Republic of Valtheria\n(CERT-VT)\n\n"
            "This submission was prepared for the CSTD.\n",
            (
                "National Computer Emergency Response Team of the Republic of Valtheria",
                "CERT-VT",
                "government",
            ),
        ),
        (  # the state's body after a dash
            "Submission by\n\nRepublic of Kaveru – Kaveru Digital Government Agency\n\nThis submission was prepared.\n",
            ("Kaveru Digital Government Agency", None, "government"),
        ),
        (
            "Submission by\n\nStatistics Selvania\n\nThis submission was prepared for the CSTD.\n",
            ("Statistics Selvania", None, "government"),
        ),
        (
            "Submission by\n\nAgencia de Gobierno Digital e Innovación (AGDI)\n\nThis submission was prepared.\n",
            ("Agencia de Gobierno Digital e Innovación", "AGDI", "government"),
        ),
        (  # the university, not its office
            "Submitted by: Kilindini University (KU), Office of the Deputy Vice-Chancellor (Research, "
            "Innovation and Outreach)\n\nThis submission was prepared for the CSTD.\n",
            ("Kilindini University", "KU", "academia"),
        ),
        (  # a short name in quotes, beside another
            "Submission by\n\nLumeo Mobile Group plc\n\nLumeo Mobile Group plc (“Lumeo” or “the Group”) is a mobile "
            "network operator headquartered in Abidjan.\n",
            ("Lumeo Mobile Group plc", "Lumeo", "private_sector"),
        ),
        (  # the name ends at its acronym, before the place and the month
            "Submitted by the Nordhavn Institute for Technology Policy (NITP), Copenhagen · January 2023\n\n"
            "The Nordhavn Institute for Technology Policy is an independent think tank.\n",
            ("Nordhavn Institute for Technology Policy", "NITP", "civil_society"),
        ),
        (  # a line that stops at its article, the name in a heading below
            "Submission by the\n\n## Marevia Internet Governance Forum (MIGF)\n\nThis submission was prepared.\n",
            ("Marevia Internet Governance Forum", "MIGF", "other"),
        ),
        (  # a questionnaire's respondent
            "Questionnaire for stakeholder submissions\n\nRespondent:\tAccessible Futures Federation (AFF)\n"
            "Stakeholder type:\tCivil society (organisation of persons with disabilities)\n",
            ("Accessible Futures Federation", "AFF", "civil_society"),
        ),
        (  # a centre, its acronym, then its university and the template's tail
            "Submission by the Centre for Rural Connectivity Research (CRCR), University of Veldmark, on progress "
            "made in 2023 in implementing the outcomes of the WSIS\n\nAbstract\n",
            ("Centre for Rural Connectivity Research", "CRCR", "academia"),
        ),
        (  # a state's name above its ministry, whose address runs on after its acronym
            "Submission by\n\nSAINT ELOWEN\nMinistry of Communications, Innovation and the Digital Economy (MCIDE)\n"
            "P.O. Box 1174, Government Buildings, Port Raleigh\n\nThis submission was prepared.\n",
            ("Ministry of Communications, Innovation and the Digital Economy", "MCIDE", "government"),
        ),
        (  # a name's English gloss in square brackets after its acronym
            "Submitted by the Ministère de l’Économie numérique et des Postes (MENP) [Ministry of the Digital "
            "Economy and Posts]\n\nThis submission was prepared.\n",
            ("Ministère de l’Économie numérique et des Postes", "MENP", "government"),
        ),
        (  # who prepared it, run on after the acronym
            "Submission by\nAsia–Pacific Network for Information Society Research (APNISR) Prepared by the APNISR "
            "Secretariat, Suva\n\nAbstract\n",
            ("Asia–Pacific Network for Information Society Research", "APNISR", "academia"),
        ),
        (  # an acronym's consortium, spelled out in the title; a contribution in a year
            "Sahel e-Health Interoperability Project (SEHIP)\n\nSubmission by the SEHIP Consortium on its "
            "contribution in 2024 to the implementation of the outcomes of the WSIS\n\nOverview\n",
            ("Sahel e-Health Interoperability Project", "SEHIP", "other"),
        ),
        (  # an intergovernmental organisation named for telecommunications, known by another name
            "Submission by\n\nCentral African Telecommunications Organisation (CATO)\n\nThe **Central African "
            "Telecommunications Organisation (CATO)**, known in French as OTAC, is the regional intergovernmental "
            "organisation for telecommunications in Central Africa.\n",
            ("Central African Telecommunications Organisation", "CATO", "international_organization"),
        ),
        (  # "non profit" in two words
            "From: Karnali Youth ICT Forum (KYIF), Birendranagar-6, Surkhet\n\nKarnali Youth ICT Forum (KYIF) "
            "is a small non profit organisation, we registered in 2016.\n",
            ("Karnali Youth ICT Forum", "KYIF", "civil_society"),
        ),
        (  # a ministry above its department, which has a short name of its own
            "Submission by\n\nMINISTRY OF HEALTH, REPUBLIC OF SALVANYA\nDepartment of Digital Health (DDH)\n\n"
            "This submission was prepared.\n",
            ("Department of Digital Health", "DDH", "government"),
        ),
        (  # a title a PDF's line joined to "Submission by the", and a tagline run on after the acronym
            "Open science and the WSIS outcomes: activities in 2022 Submission by the Open Science Consortium for "
            "African Research (OSCAR)\n\nThis submission was prepared.\n",
            ("Open Science Consortium for African Research", "OSCAR", "academia"),
        ),
        (
            "Submission by\nHuman Rights and Equality Commission of Tarvania (HREC) National human rights "
            "institution of the Republic of Tarvania\n\nThis submission was prepared.\n",
            ("Human Rights and Equality Commission of Tarvania", "HREC", "other"),
        ),
        (  # a parliament's committee; a name in capitals written otherwise further on
            "Submission by\n\nStanding Committee on Information and Communication Technologies\n\nNational Assembly "
            "of the Republic of Veloria\n\nThis submission was prepared.\n",
            ("Standing Committee on Information and Communication Technologies", None, "government"),
        ),
        (
            "Submission by\n\nRETECH EARTH ALLIANCE (RTEA)\n\n1.  ReTech Earth Alliance (RTEA) is a "
            "non-governmental organisation.\n",
            ("ReTech Earth Alliance", "RTEA", "civil_society"),
        ),
        (  # a state alone above its agency, a blank line apart
            "Submission by\n\nRepublic of Sarvania\n\nNational e-Government Agency (NeGA)\n\nThis submission was "
            "prepared.\n",
            ("National e-Government Agency", "NeGA", "government"),
        ),
        (  # a memo's sender by office; a communications authority is government
            "Ref:      TCA/INT/2023/004\nFrom:     Chief Executive, Tavaleu Communications Authority (TCA)\n"
            "Subject:  Input to the report\n\nOur year.\n",
            ("Tavaleu Communications Authority", "TCA", "government"),
        ),
        (  # labels after the name, parted by dots
            "Submitted by Valkyra Cybersecurity S.A. · Private sector · Port Selene, Marovia\n\nOur year.\n",
            ("Valkyra Cybersecurity S.A.", None, "private_sector"),
        ),
        (  # a short name of an acronym and a place
            "Submission by\n\nInternet Society Solvara Chapter (ISOC Solvara)\n\nOur year.\n",
            ("Internet Society Solvara Chapter", "ISOC Solvara", "technical_community"),
        ),
        (  # a title block's byline describes the body
            "Trustworthy Algorithms in Public Administration (TAPA)\n\nSubmission to the twenty-eighth session of the "
            "CSTD, by a joint research project of the University of Aldmere and the Kilima University of "
            "Technology\n\nOur year.\n",
            ("Trustworthy Algorithms in Public Administration", "TAPA", "academia"),
        ),
        (  # a network named in Spanish
            "Submission by:\n\nRED LATINOAMERICANA DE TELECENTROS COMUNITARIOS (RELTECO)\nLatin American Network of "
            "Community Telecentres\n\nOur year.\n",
            ("Red Latinoamericana de Telecentros Comunitarios", "RELTECO", "civil_society"),
        ),
        (  # the title's words before a name spelled out for its acronym
            "Contribution of the National Association of Municipalities of Belmora (NAMB) on its efforts in 2022\n\n"
            "Submitted by: NAMB Secretariat\n\nOur year.\n",
            ("National Association of Municipalities of Belmora", "NAMB", "government"),
        ),
        (  # the name it trades under; a UN institute describing itself as a training institute
            "Submitted by: Lumo Mobile Money Limited (trading as LumoPay)\n\nOur year.\n",
            ("Lumo Mobile Money Limited", "LumoPay", "private_sector"),
        ),
        (
            "Submission by\n\nUnited Nations Institute for Digital Diplomacy (UNIDD)\n\nThe United Nations Institute "
            "for Digital Diplomacy (UNIDD) is a training institute of the United Nations.\n",
            ("United Nations Institute for Digital Diplomacy", "UNIDD", "un_entity"),
        ),
        (  # a name's translation in brackets; a university hospital
            "Submission by\n\nRed Datos Claros (Clear Data Network)\n\nOur year.\n",
            ("Red Datos Claros", None, "civil_society"),
        ),
        (
            "Submission by\n\nHospital Universitario del Valle Alto (HUVA)\n\nOur year.\n",
            ("Hospital Universitario del Valle Alto", "HUVA", "academia"),
        ),
        (  # its seat and a tagline a PDF's line ran on after the acronym
            "Submission by\nHalden Institute for Digital Governance (HIDG), Lisbon Governing data and algorithms in "
            "the public interest\n\nOur year.\n",
            ("Halden Institute for Digital Governance", "HIDG", "other"),
        ),
        (  # a name in bold that describes itself
            "Submission by\n\n## Women in Tech Connect (WiTC)\n\n**Women in Tech Connect (WiTC)** is a professional "
            "network of women who work in technology.\n",
            ("Women in Tech Connect", "WiTC", "civil_society"),
        ),
        (  # a PDF's title run on into the line that names the submitter, which describes itself
            "Submissions from entities ... to implement the outcomes of the WSIS Submission by Youth for Digital "
            "Equity (Y4DE)\n\nYouth for Digital Equity (Y4DE) is a youth-led network: our board is young.\n",
            ("Youth for Digital Equity", "Y4DE", "civil_society"),
        ),
        (  # ... and the document's own description run on after the name
            "Twenty-fifth session, Geneva, 28 March to 1 April 2022 Contribution by the Verdier Foundation for "
            "Digital Equity Excerpt from the Annual Report 2021 (pages 12–14), submitted as an input to the "
            "report.\n\nThe Verdier Foundation for Digital Equity (VFDE) is a private foundation.\n",
            ("Verdier Foundation for Digital Equity", "VFDE", "civil_society"),
        ),
        (  # its document's title after the acronym, or its co-signatories
            "Submission by\nMarendian Communications Regulatory Authority (MCRA) Annual Summary 2023\n\nOur year.\n",
            ("Marendian Communications Regulatory Authority", "MCRA", "government"),
        ),
        (
            "Joint submission by\n\nInclusive Digital Access Coalition (IDAC) and the signatory organisations "
            "listed below\n\nOur year.\n",
            ("Inclusive Digital Access Coalition", "IDAC", "civil_society"),
        ),
        (  # its seat and the day it wrote after the acronym
            "Submission by\nInternational Interoperability Standards Council (IISC) Montreal, 20 January 2023\n\n"
            "Our year.\n",
            ("International Interoperability Standards Council", "IISC", "civil_society"),
        ),
        (  # a state alone above its body, whose name has no short name on its line
            "Submission by\n\nRepublic of Maravesi\n\nNational Bureau of Statistics of Maravesi\n\nThis "
            "submission was prepared by the National Bureau of Statistics of Maravesi (NBSM).\n",
            ("National Bureau of Statistics of Maravesi", "NBSM", "government"),
        ),
        (  # a cooperative of networks; an independent administrative authority
            "Mashinani Community Networks Cooperative\n\nContribution to the twenty-seventh session of the CSTD\n\n"
            "The Mashinani Community Networks Cooperative (MCNC) is a cooperative of community networks.\n",
            ("Mashinani Community Networks Cooperative", "MCNC", "civil_society"),
        ),
        (
            "Submission by\n\nCommission nationale de protection des données (CNPD)\n\nThe Commission nationale de "
            "protection des données (CNPD) is an independent administrative authority in charge of personal data.\n",
            ("Commission nationale de protection des données", "CNPD", "government"),
        ),
    ],
)
def test_submitters_named_with_a_dash_a_unit_a_state_or_a_place_after_them(text, entity) -> None:
    data = extract_document(text.encode(), "submission.txt", infer_sdgs=False).data["entity"]
    assert (data["name"], data.get("short_name"), data["type"]) == entity


def test_a_crossed_box_declines_its_line() -> None:
    text = (
        "Submission by the Youth Voices for Digital Inclusion (YVDI)\n\nOur action lines:\n\n"
        "✅ C7 e-employment: helping young people find remote work\n"
        "❌ C6 (enabling environment): honestly not our thing\n"
    )
    data = extract_document(text.encode(), "yvdi.md", infer_sdgs=False).data
    assert [
        (a["code"], a.get("sub_line"), a["basis"]) for a in data["action_lines"] if a["basis"] != "inferred"
    ] == [
        ("C6", None, "negated"),
        ("C7", "e-employment", "stated"),
    ]


def test_the_reporting_year_of_an_excerpt_of_an_annual_report() -> None:
    text = (
        "Contribution by the Verdier Foundation for Digital Equity\nExcerpt from the Annual Report 2021 (pages "
        "12–14)\n\nAs our Annual Report 2020 (p. 8) said, we fund community networks.\n"
    )
    data = extract_document(text.encode(), "vfde.txt", infer_sdgs=False).data
    assert data["reporting_period"]["evidence"][0]["quote"] == "Excerpt from the Annual Report 2021"
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == ("2021", "2021")


def test_the_reporting_year_of_an_e_mail_that_says_what_the_body_did() -> None:
    text = (
        "Dear colleagues,\n\nBelow is our input on what LACRA and our member stations did in 2022 on the WSIS "
        "action lines.\n\nLakeshore Community Radio Association (LACRA)\n"
    )
    data = extract_document(text.encode(), "lacra.txt", infer_sdgs=False).data
    assert (data["reporting_period"]["start"], data["reporting_period"]["end"]) == ("2022", "2022")
