"""Table-driven parsers: every date form, ordinals, numbers and figures, action-line forms."""

from __future__ import annotations

import pytest

from wsislens.extract.action_lines import find_action_lines
from wsislens.extract.document import analyse
from wsislens.extract.events import find_figures
from wsislens.extract.patterns import (
    find_dates,
    find_numbers,
    parse_number_words,
    parse_ordinal,
    writes_decimal_comma,
)
from wsislens.extract.text import CanonicalText, spaced_cells


@pytest.mark.parametrize(
    ("text", "quote", "date", "end_date"),
    [
        ("Geneva, 28 March to 1 April 2022", "28 March to 1 April 2022", "2022-03-28", "2022-04-01"),
        ("on 14–15 November 2022 in Kumasi", "14–15 November 2022", "2022-11-14", "2022-11-15"),
        ("on 21 and 22 June 2023", "21 and 22 June 2023", "2023-06-21", "2023-06-22"),
        ("3/4 June 2025 Open Data hackathon", "3/4 June 2025", "2025-06-03", "2025-06-04"),
        # numbers only: day first, as UN documents write them, unless the day cannot be a month
        ("27/01/2025 - Grantee Convening", "27/01/2025", "2025-01-27", None),
        ("held on 18.11.2025 in Addis Ababa", "18.11.2025", "2025-11-18", None),
        ("on 11/27/2025 we met", "11/27/2025", "2025-11-27", None),
        ("07-11/07/2025 | WSIS+20 High-Level Event", "07-11/07/2025", "2025-07-07", "2025-07-11"),
        ("06/2025 | Opening of two centres", "06/2025", "2025-06", None),
        ("Personnelles\n06/2025 | Opening", "06/2025", "2025-06", None),
        ("signed on 5 May 2021", "5 May 2021", "2021-05-05", None),
        ("signed on May 5, 2021", "May 5, 2021", "2021-05-05", None),
        ("In March 2016, ECPAT", "March 2016", "2016-03", None),
        ("from March to May 2021", "March to May 2021", "2021-03", "2021-05"),
        ("the work in 2019-and 2020 was hampered", "2019-and 2020", "2019", "2020"),
        ("from 2020 to 2022", "from 2020 to 2022", "2020", "2022"),
        ("between 2019 and 2021", "between 2019 and 2021", "2019", "2021"),
        ("tested between January and March 2024", "January and March 2024", "2024-01", "2024-03"),
        ("(Apr-Sep 2023)", "Apr-Sep 2023", "2023-04", "2023-09"),
        ("fielded in Q3 2021", "Q3 2021", "2021-07", "2021-09"),
        ("in the fourth quarter of 2023", "fourth quarter of 2023", "2023-10", "2023-12"),
        ("in the first half of 2025", "first half of 2025", "2025-01", "2025-06"),
        ("in the second half of 2024", "second half of 2024", "2024-07", "2024-12"),
        ("fully operational by 2018", "by 2018", "2018", None),
        ("by the end of 2025", "by the end of 2025", "2025", None),
        ("the lifetime 2016–2030", "2016–2030", "2016", "2030"),
        ("the 2019/20 season", "2019/20", "2019", "2020"),
        ("launched in 2014.", "2014", "2014", None),
    ],
)
def test_date_forms(text: str, quote: str, date: str, end_date: str | None) -> None:
    found = find_dates(text)
    assert [(text[d.start : d.end], d.date, d.end_date) for d in found] == [(quote, date, end_date)]


@pytest.mark.parametrize(
    "text",
    [
        "resolution 2006/46",
        "indicator 16.10.2",
        "document A/76/64",
        "CO2 and 3G",
        "on 31/02/2025",
        "Decree 12/2025",
    ],
)
def test_not_dates(text: str) -> None:
    assert [(d.date, d.end_date) for d in find_dates(text) if d.form != "year"] == []
    assert "2046" not in [d.end_date for d in find_dates(text)]


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("Twenty-fifth", 25),
        ("twenty fifth", 25),
        ("25th", 25),
        ("third", 3),
        ("first", 1),
        ("Thirtieth", 30),
        ("session", None),
    ],
)
def test_ordinals(words: str, number: int | None) -> None:
    assert parse_ordinal(words) == number


@pytest.mark.parametrize(
    ("words", "value"),
    [("three", 3), ("twenty-two", 22), ("one hundred and five", 105), ("twelve", 12), ("many", None)],
)
def test_number_words(words: str, value: float | None) -> None:
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("text", "value", "currency", "percent", "qualifier"),
    [
        ("2.7 billion people", 2_700_000_000, None, False, None),
        ("€ 420 000 were spent", 420_000, "EUR", False, None),
        ("USD 48.5 million", 48_500_000, "USD", False, None),
        ("over 100 countries", 100, None, False, "more than"),
        ("more than 20 bodies", 20, None, False, "more than"),
        ("nearly 3,000 schools", 3000, None, False, "almost"),
        ("at least 30 countries", 30, None, False, "at least"),
        ("about 38 per cent", 38, None, True, "about"),
        ("63% of them", 63, None, True, None),
        ("three countries", 3, None, False, None),
    ],
)
def test_numbers(text: str, value: float, currency: str | None, percent: bool, qualifier: str | None) -> None:
    [number] = find_numbers(text)
    assert (number.value, number.currency, number.percent, number.qualifier) == (
        value,
        currency,
        percent,
        qualifier,
    )


def _figures(text: str) -> list[tuple[float, str, str | None, str]]:
    document = analyse(CanonicalText(text, "txt"))
    return [(f.value, f.unit, f.qualifier, text[f.span[0] : f.span[1]]) for f in find_figures(document, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today, 122 ECPAT members and partners in over 100 countries are active.",
            [
                (122, "ECPAT members and partners", None, "122 ECPAT members and partners"),
                (100, "countries", "more than", "over 100 countries"),
            ],
        ),
        ("It gave us a hard deadline of 14 years to act.", [(14, "years", None, "14 years")]),
        ("We trained teachers in three countries.", [(3, "countries", None, "three countries")]),
        (
            "Some 2.7 billion people were still offline.",
            [(2_700_000_000, "people", "about", "Some 2.7 billion people")],
        ),
        ("The budget was € 420 000 in total.", [(420_000, "EUR", None, "€ 420 000")]),
        (
            "Our biggest grant, KES 1.35 million, covered transport.",
            [(1_350_000, "KES", None, "KES 1.35 million")],
        ),
        (
            "Rising prices forced 9 of our member groups to close.",
            [(9, "member groups", None, "9 of our member groups")],
        ),
        # a verb after the noun ends what is counted
        ("Our 40 member groups responded at once.", [(40, "member groups", None, "40 member groups")]),
        ("It reached 300 children affected by floods.", [(300, "children", None, "300 children")]),
        # not figures: names, codes, ordinals, years, list numbers
        ("General Comment 25 was adopted in 2021.", []),
        ("Our 3G and 5G networks cut CO2 emissions.", []),
        ("SDG 4 and Action Line C5 are our focus.", []),
        ("The third Ministerial Meeting took place.", []),
        ("The WSIS+20 review and the WSIS+20 Forum High-Level Event.", []),
        ("See Table 1 for the 27th session.", []),
        (
            "2.5 ICT applications (C7)\nWe are 2.5 million users.",
            [(2_500_000, "users", None, "2.5 million users")],
        ),
        ("One of the persistent problems remains.", []),
        # shares in words are percentages, and their own numbers are not figures
        ("Two thirds of the children surveyed had seen it.", [(66.7, "percent", None, "Two thirds")]),
        ("One in five children reported contact.", [(20.0, "percent", None, "One in five")]),
        ("Nine out of ten parents agreed.", [(90.0, "percent", None, "Nine out of ten")]),
        ("Only 1 in 3 victims reported abuse.", [(33.3, "percent", None, "1 in 3")]),
        ("Half of the respondents did not know.", [(50.0, "percent", None, "Half")]),
        ("Three-quarters of our groups took part.", [(75.0, "percent", None, "Three-quarters")]),
        (
            "Almost two thirds of the 40 member groups took part.",
            [
                (66.7, "percent", "almost", "Almost two thirds"),
                (40, "member groups", None, "40 member groups"),
            ],
        ),
        (
            "We trained 45 officers and a third of the judges.",
            [(45, "officers", None, "45 officers"), (33.3, "percent", None, "a third")],
        ),
        # not shares: ordinals, parts of a year, an amount, a time, a party
        ("A third-party app and a third party were involved.", []),
        ("In the first half of 2021 we met.", []),
        ("One quarter of 2021 was lost, for a fifth consecutive year.", []),
        ("A quarter of a million was raised.", []),
    ],
)
def test_figures(text: str, expected: list) -> None:
    assert _figures(text) == expected


def _lines(text: str) -> list[tuple[str, str | None, str]]:
    return [(h.code, h.sub_line, h.basis) for h in find_action_lines(analyse(CanonicalText(text, "txt")))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Our work concerns Action Line C5 "Building confidence and security in the use of ICTs".',
            [("C5", None, "stated")],
        ),
        ("We contribute to WSIS action lines C3 and C7.", [("C3", None, "stated"), ("C7", None, "stated")]),
        (
            "We contribute to action lines C1, C3 and C11.",
            [("C1", None, "stated"), ("C3", None, "stated"), ("C11", None, "stated")],
        ),
        ("Our WSIS work is under C2 (infrastructure).", [("C2", None, "stated")]),
        ("The WSIS action line C7 e-health is our focus.", [("C7", "e-health", "stated")]),
        # sub-line names elsewhere in a sentence stating C7
        (
            "Under Action Line C7, our work focused on e-learning and e-business.",
            [("C7", "e-business", "stated"), ("C7", "e-learning", "stated")],
        ),
        (
            "Within action line C7 on ICT applications, we concentrated on the e-health and e-government sub-lines.",
            [("C7", "e-government", "stated"), ("C7", "e-health", "stated")],
        ),
        ("Action Line C7 is not covered, although our e-health work grows.", [("C7", None, "negated")]),
        (
            "Our work relates to Action Line C2 and, within C7, the sub-lines on e-business and e-health.",
            [("C2", None, "stated"), ("C7", "e-business", "stated"), ("C7", "e-health", "stated")],
        ),
        (
            "Our WSIS work covers Action Line C7 (e-learning, e-health).",
            [("C7", "e-health", "stated"), ("C7", "e-learning", "stated")],
        ),
        ("We report under the action line on Access to information and knowledge.", [("C3", None, "stated")]),
        ("This submission does not cover Action Line C9 (Media).", [("C9", None, "negated")]),
        ("We do not work on WSIS action line C5 this year.", [("C5", None, "negated")]),
        # a denial after the line's name in brackets or after a clause set off by commas
        ("Action Line C9 (Media) is not covered in this contribution.", [("C9", None, "negated")]),
        (
            "Action Line C9 (Media), which the Organization also facilitates, is not covered here.",
            [("C9", None, "negated")],
        ),
        ("Action line C9 is outside the scope of this report.", [("C9", None, "negated")]),
        ("We have nothing to report under WSIS action line C9 this year.", [("C9", None, "negated")]),
        ("WSIS Action Line C5, which we lead, is our main focus.", [("C5", None, "stated")]),
        (
            "Action Line C8 (cultural diversity), although important, is outside the scope of this report.",
            [("C8", None, "negated")],
        ),
        ("Our action lines this year. C9/media: not applicable to us.", [("C9", None, "negated")]),
        (
            "Action Line C9 (media) falls within the mandate of another department and is therefore not "
            "covered in this contribution.",
            [("C9", None, "negated")],
        ),
        (
            "We report on Action Line C5 and Action Line C9 is not covered.",
            [("C5", None, "stated"), ("C9", None, "negated")],
        ),
        ("Our WSIS work: C5 (cybersecurity), though small, is growing.", [("C5", None, "stated")]),
        # codes ending a heading are its labels
        (
            "Internet governance and cooperation (C1 and C11)",
            [("C1", None, "stated"), ("C11", None, "stated")],
        ),
        ("Our roads (C2) are new and well paved for all of us.", []),
        ("Not only C4 but also C6 matter for the WSIS.", [("C4", None, "stated"), ("C6", None, "stated")]),
        # look-alikes and a programme's own action lines
        ("Our officers advise on both C3 and C4 crops in the information society.", []),
        ("C4 plants such as maize use ICTs for nothing.", []),
        ("The three main action lines of the programme are: legal frameworks and capacity building.", []),
        ("Vitamin C3 is not a WSIS topic.", []),
    ],
)
def test_action_line_forms(text: str, expected: list) -> None:
    assert _lines(text) == expected


def _events(text: str) -> list[tuple[str, str | None, str]]:
    from wsislens.extract.events import find_events

    document = analyse(CanonicalText(text, "txt"))
    return [(e.date, e.end_date, e.kind) for e in find_events(document, [], [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2014, the Network established a global programme.", [("2014", None, "programme")]),
        ("This was finally adopted in February 2021.", [("2021-02", None, "adoption")]),
        (
            "The multi-year Global Campaign launched in 2016, and will be fully operational by 2018.",
            [("2016", None, "campaign"), ("2018", None, "deadline")],
        ),
        (
            "Our work in 2019-and 2020 was severely hampered by the Covid pandemic.",
            [("2019", "2020", "disruption")],
        ),
        ("The Forum took place on 14–15 November 2022 in Kumasi.", [("2022-11-14", "2022-11-15", "meeting")]),
        (
            "A mobile data shutdown in one member country lasted from 26 July to 4 October 2023.",
            [("2023-07-26", "2023-10-04", "disruption")],
        ),
        (
            "We spoke at RightsCon in San José, Costa Rica (5–8 June 2023).",
            [("2023-06-05", "2023-06-08", "meeting")],
        ),
        (
            "Electronic filing became compulsory for companies from 1 January 2024.",
            [("2024-01-01", None, "adoption")],
        ),
        ("Our white paper came out in Aug 2023.", [("2023-08", None, "publication")]),
        ("The first IXP went live 15 May 2023.", [("2023-05-15", None, "other")]),
        ("Internet use rose by 5 per cent in 2023.", []),
        ("In Q3 2021 we launched a survey round.", [("2021-07", "2021-09", "programme")]),
        ("By the end of 2025 we aim to connect 500 schools.", [("2025", None, "deadline")]),
        (
            "Our strategy for 2019–2027 was adopted in April 2019.",
            [("2019", "2027", "programme"), ("2019-04", None, "adoption")],
        ),
        (
            "Launched in January 2023, the platform helped 9,800 firms in 2023.",
            [("2023-01", None, "programme")],
        ),
        # not events: trends, statistics, names, citations, document numbers
        ("2018 witnessed a marked increase in the range of actors.", []),
        ("Globally, some 2.7 billion people were still offline in 2021.", []),
        ("Coverage rose from 71 per cent at the end of 2022 to 84 per cent.", []),
        ("The 2030 Agenda and Vision 2030 guide our work.", []),
        ("As shown by earlier work (Smith, 2019), access matters.", []),
        ("ECOSOC resolution 2006/46 asked for reports.", []),
    ],
)
def test_event_forms(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_a_list_of_plans_is_dated_by_its_items_not_its_introduction() -> None:
    assert _events("In 2024 the Registry intends to:\n\n- extend the Peering Forum to new members;\n") == []
    assert _events("Our priorities for 2025 are:\n\n- more training;\n") == []
    # a plan stated alone is a milestone ahead
    assert _events("In 2024 the Registry will launch the Peering Forum.") == [("2024", None, "deadline")]
    # a meeting that agreed on the list is dated all the same
    assert _events(
        "The Annual Assembly, held in Lima on 6 October 2022, agreed on the following priorities for 2023:\n\n- more training;\n"
    ) == [("2022-10-06", None, "meeting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year of the reporting period alone dates the year's work, not an event
        ("During 2022 the Association maintained a regular dialogue with regulators.", []),
        ("This submission covers activities carried out during calendar year 2022.", []),
        ("In 2022 the pilot connected 37 rural health centres.", []),
        # unless something happened: a launch, a change of law, a meeting, a disruption
        ("In 2022 we launched the Digital Passport.", [("2022", None, "programme")]),
        ("The Data Protection Act was adopted in 2022.", [("2022", None, "adoption")]),
        ("In 2022 we hosted the Regional Forum on Digital Trust.", [("2022", None, "meeting")]),
        ("Our work in 2022 was hampered by floods.", [("2022", None, "disruption")]),
        # a month, a day or another year is dated precisely enough
        (
            "During March 2022 the Association maintained a dialogue with regulators.",
            [("2022-03", None, "meeting")],
        ),
        ("In 2021 the pilot connected 37 rural health centres.", [("2021", None, "programme")]),
    ],
)
def test_the_reporting_years_work_is_not_an_event(text: str, expected: list) -> None:
    from wsislens.extract.events import find_events

    document = analyse(CanonicalText(text, "txt"))
    found = find_events(document, [], [], reporting=("2022-01", "2022-12"))
    assert [(e.date, e.end_date, e.kind) for e in found] == expected


def test_a_table_row_and_a_paragraph_on_the_same_launch_are_one_event() -> None:
    from wsislens.extract.events import find_events

    text = (
        "The TradeBridge e-Commerce Accelerator was formally launched in Nairobi on 12 March 2024.\n\n"
        "Activity | Date | Partners\n"
        "Launch of the TradeBridge e-Commerce Accelerator | 12 March 2024 | UPU\n"
        "Digital Trade Policy Dialogue | 4 December 2024 | UNCTAD\n"
    )
    found = find_events(analyse(CanonicalText(text, "txt")), [], [])
    assert [(e.date, e.title) for e in found] == [
        ("2024-03-12", "Launch of the TradeBridge e-Commerce Accelerator"),
        ("2024-12-04", "Digital Trade Policy Dialogue"),
    ]
    assert [text[a:b][:30] for a, b in (found[0].span, *found[0].also)] == [
        "Launch of the TradeBridge e-Co",
        "The TradeBridge e-Commerce Acc",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An enabling environment for digital trade.", ["economy-and-trade"]),
        ("A safe online environment for young people.", []),
        ("Environmental monitoring and e-waste.", ["environment"]),
        ("ICTs for the environment.", ["environment"]),
    ],
)
def test_themes_of_the_environment(text: str, expected: list[str]) -> None:
    from wsislens.extract.draft import themes_of

    assert themes_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our annual General Assembly (Panama City, 30 November 2023) elected a new board.", []),
        ("Its General Assembly met twice.", []),
        (
            "The General Assembly adopted the Global Digital Compact in 2024.",
            ["United Nations General Assembly"],
        ),
    ],
)
def test_a_submitters_own_general_assembly_is_not_the_uns(sentence: str, expected: list[str]) -> None:
    from wsislens.extract import extract_draft

    data = extract_draft(
        f"Submission by the Probe Alliance\n\n{sentence}\n".encode(), "p.txt", infer_sdgs=False
    ).data
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"] == expected


def test_the_2030_agenda_keeps_its_year():
    from wsislens.extract import extract_draft

    text = (
        "Submission by the Probe Alliance\n\nOur plan follows the 2030 Agenda for Sustainable Development.\n"
    )
    data = extract_draft(text.encode(), "p.txt", infer_sdgs=False).data
    assert [i["name"] for i in data["initiatives"]] == ["2030 Agenda for Sustainable Development"]


def test_an_action_lines_name_is_the_reporting_frame_not_sdg_evidence():
    from wsislens.extract import extract_draft

    text = (
        "Submission by the Probe Alliance\n\n"
        "Access to information and knowledge (C3). We run 40 community libraries offering public access "
        "to the internet.\n\n"
        "Cultural diversity and identity, linguistic diversity and local content (C8). We digitised 400 "
        "manuscripts of local history.\n"
    )
    data = extract_draft(text.encode(), "p.txt").data
    assert [(a["code"], a["basis"]) for a in data["action_lines"]] == [("C3", "stated"), ("C8", "stated")]
    # the engine alone reads 16.10 in "Access to information", 4.7 in "Cultural diversity" and
    # 9.b in "local content"; here they are the names of the action lines reported under
    assert [(t["target"], [e["quote"] for e in t["evidence"]]) for t in data["sdg_targets"]] == [
        ("9.c", ["access to the internet"])
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our open online course Digital Development Foundations enrolled 9,800 learners.",
            [("Digital Development Foundations", "programme")],
        ),
        (
            'Our white paper "Data flows for development" came out in August 2023.',
            [("Data flows for development", "document")],
        ),
        (
            "The Rural Schools Broadband Pilot connected 240 schools.",
            [("Rural Schools Broadband Pilot", "programme")],
        ),
        (
            "Twelve engineers joined our Women in Operations fellowship.",
            [("Women in Operations fellowship", "programme")],
        ),
        ("The programme In Kenya grew.", []),
    ],
)
def test_initiatives_named_by_their_kind(sentence: str, expected: list) -> None:
    from wsislens.extract import extract_draft

    data = extract_draft(
        f"Submission by the Probe Alliance\n\n{sentence}\n".encode(), "p.txt", infer_sdgs=False
    ).data
    assert [(i["name"], i["kind"]) for i in data["initiatives"]] == expected


def test_a_plurals_possessive_stays_in_an_organisations_name():
    from wsislens.extract import extract_draft

    text = "Submission by the Probe Alliance\n\nWe wrote to the African Commission on Human and Peoples' Rights.\n"
    data = extract_draft(text.encode(), "p.txt", infer_sdgs=False).data
    assert [o["name"] for o in data["organisations"] if o["role"] != "submitter"] == [
        "African Commission on Human and Peoples' Rights"
    ]


def test_a_tables_row_is_named_by_its_words_not_its_reference_code() -> None:
    from wsislens.extract.events import find_events

    text = (
        "We consulted the public three times during the year.\n\n"
        "Reference | Subject of consultation | Opened | Closed\n"
        "CP/2023/01 | Licensing framework for satellite broadband services | 5 June 2023 | 14 July 2023\n"
        "CP/2023/02 | Review of mobile interconnection rates | 2 October 2023 | 10 November 2023\n\n"
        "Project | Countries | Period | Partners\n"
        "MamaLink | Rwanda, Nigeria | 2021–2025 | WHO\n"
    )
    found = find_events(analyse(CanonicalText(text, "txt")), [], [])
    assert [(e.date, e.title) for e in found] == [
        ("2023-06-05", "Licensing framework for satellite broadband services"),
        ("2023-10-02", "Review of mobile interconnection rates"),
        ("2021", "MamaLink"),  # a name of one word is a name
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code before its own name, in a list of lines with no action-line word near
        (
            "• C8 - Cultural diversity and identity, linguistic diversity and local content: "
            "digitisation of local and indigenous heritage collections.",
            [("C8", None, "stated")],
        ),
        # a later clause declines the line it named
        (
            "Questions of information ethics (C10) are frequently discussed among our members, but ICLF did "
            "not carry out dedicated activities under that action line during the reporting period.",
            [("C10", None, "negated")],
        ),
        # named twice, declined once: the sentence declines it
        (
            "Although confidence and security in the use of ICTs (C5) is highly relevant to digital payments "
            "for farmers, UN-DARD did not implement specific activities under C5 during the reporting period.",
            [("C5", None, "negated")],
        ),
        # ... and a line stated in one sentence stays stated though another sentence declines it
        (
            "Our WSIS work covered C5 in full. Our WSIS work on C3 is relevant to C5, but we did not work "
            "under C3 this year.",
            [("C3", None, "negated"), ("C5", None, "stated")],
        ),
        # a comma inside a line's bracketed name does not end the declining clause
        (
            "The Authority does not implement activities under Action Line C8 (Cultural diversity and identity, "
            "linguistic diversity and local content) or under C9 (Media), which fall within the Ministry's remit.",
            [("C8", None, "negated"), ("C9", None, "negated")],
        ),
        # codes followed by their names in brackets, with no action-line word near
        (
            "The Secretariat did not carry out activities under C8 (cultural diversity and identity, linguistic "
            "diversity and local content) or C9 (media) in 2022.",
            [("C8", None, "negated"), ("C9", None, "negated")],
        ),
        ("We report on WSIS work. Action Line C10 was likewise not addressed.", [("C10", None, "negated")]),
        # the framework's eleven lines are no claim
        (
            "Although the WSIS framework comprises eleven action lines, from C1 to C11, this input focuses on C2.",
            [("C2", None, "stated")],
        ),
        # a list's items opening with a line's full name, under a text about the action lines
        (
            "Our work fell under the following action lines:\n\n"
            "1. Action Line C4 (capacity building). We trained 1,240 civil servants.\n"
            "2. Ethical dimensions of the Information Society. The Ethics Lab produced a toolkit.\n"
            "- Building confidence and security in the use of ICTs: through the national CERT.\n",
            [("C4", None, "stated"), ("C5", None, "stated"), ("C10", None, "stated")],
        ),
        # ... but not in a text that never speaks of action lines
        ("Ethical dimensions of the Information Society are debated at length.", []),
        # a table's status declines its row's line
        (
            "Action line | Status | Lead\nC2 – Information and communication infrastructure | Active | ECA\n"
            "C9 – Media | Not addressed in 2025 | —\n",
            [("C2", None, "stated"), ("C9", None, "negated")],
        ),
        # headings that are lines' names, and items under C7 opening with a sub-line
        (
            "II. Activities by WSIS action line\n\nE. Enabling environment\n\n8. The Data Protection Act was "
            "adopted.\n\nF. ICT applications\n\n9. E-health. TeleHealth links district hospitals.\n\n"
            "10. E-learning. Curricula were opened.\n",
            [
                ("C6", None, "stated"),
                ("C7", None, "stated"),
                ("C7", "e-health", "stated"),
                ("C7", "e-learning", "stated"),
            ],
        ),
        # a list of codes each with its name in brackets, declined together
        (
            "No activities were undertaken under action lines C8 (Cultural diversity and identity, linguistic "
            "diversity and local content), C9 (Media) or C10 (Ethical dimensions of the Information Society).",
            [("C8", None, "negated"), ("C9", None, "negated"), ("C10", None, "negated")],
        ),
        # ... but a heading alone, in a text that never speaks of action lines, states nothing
        ("Enabling environment\n\nThe law was adopted.\n", []),
        # a heading naming C7 with its sub-lines; lines that "do not apply"
        (
            "Our report follows the WSIS action lines.\n\n"
            "ICT applications: e-learning, e-health and e-agriculture\n\n"
            "E-learning. The Altiplano Schools Online programme connected 61 schools.\n\n"
            "Action lines C8 (Cultural diversity and identity, linguistic diversity and local content) and C9 "
            "(Media) therefore do not apply to our mandate.\n",
            [
                ("C7", "e-agriculture", "stated"),
                ("C7", "e-health", "stated"),
                ("C7", "e-learning", "stated"),
                ("C8", None, "negated"),
                ("C9", None, "negated"),
            ],
        ),
        # lines declined by their names under a heading that declines, and a line with nothing run
        # "under it"
        (
            "Capacity building\n\nWe trained 40 officials.\n\nAction lines not covered\n\n"
            "The Community did not undertake activities on media, nor on the ethical dimensions of the "
            "Information Society, during the period.\n",
            [("C4", None, "stated"), ("C9", None, "negated"), ("C10", None, "negated")],
        ),
        # a code right after another code read as a line; a line's name as the class of the work
        (
            "We did not work on C2 (Information and communication infrastructure) in 2025: campus connectivity "
            "is the business of the national research and education networks, not ours. Nor did we do "
            "anything under C6, the enabling environment.\n\nOur work on artificial intelligence falls under the "
            "Ethical dimensions of the Information Society.\n",
            [("C2", None, "negated"), ("C6", None, "negated"), ("C10", None, "stated")],
        ),
        # codes in brackets that end their sentences, in a text that speaks of action lines
        (
            "This contribution summarises how we advanced the WSIS action lines.\n\n"
            + "We trained owners. " * 30
            + "\n\nA follow-up survey found that 62 per cent sold online (C7, e-business). The Federation did not "
            "carry out any activity relating to the media in 2024 (C9). Likewise, we have nothing to report this "
            "year on cultural diversity and identity, linguistic diversity and local content (C8).\n",
            [("C7", "e-business", "stated"), ("C8", None, "negated"), ("C9", None, "negated")],
        ),
        # a list declining two lines across a hard-wrapped line; a sub-line named before its code
        (
            "The Institute did not undertake any work under Action Line C9 (Media) or\n"
            "Action Line C2 (Information and communication infrastructure) in 2023/24.\n\n"
            "3.5 Early warning, e-environment and e-agriculture (C7)\n",
            [("C2", None, "negated"), ("C7", "e-environment", "stated"), ("C9", None, "negated")],
        ),
        # a table of the lines with a Yes or No for each, the rows far from the words "action line"
        (
            "Action line | Relevant to our work | Main activities\n"
            + "".join(f"C{n}. Line | Yes | {'Work on rights and freedoms. ' * 4}\n" for n in (1, 3))
            + f"C4. Capacity building | Yes | {'Security training for journalists. ' * 4}\n"
            + "C8. Cultural diversity and identity | No | \n",
            [("C1", None, "stated"), ("C3", None, "stated"), ("C4", None, "stated"), ("C8", None, "negated")],
        ),
        (
            "Action Line C1 (the role of public governance authorities) is in our view a matter for government; "
            "we take part in consultations but do not run programmes under it. Our core is Action Line C2.",
            [("C1", None, "negated"), ("C2", None, "stated")],
        ),
        # a task list: a box left unticked declines its line; boxes on one line
        (
            "## WSIS action lines we worked on\n\n- [x] C3 Access to information and knowledge\n"
            "- [x] C4 Capacity building\n- [ ] C2 Information and communication infrastructure\n"
            "- [ ] C9 Media\n\nQ2. Which WSIS Action Lines did your activities address?\n"
            "A2: [x] C5   [x] C10   [ ] C11\n",
            [
                ("C2", None, "negated"),
                ("C3", None, "stated"),
                ("C4", None, "stated"),
                ("C5", None, "stated"),
                ("C9", None, "negated"),
                ("C10", None, "stated"),
                ("C11", None, "negated"),
            ],
        ),
        # a questionnaire's table of tick boxes, a box in the cell before each line's
        (
            "Q3. Please tick the WSIS action lines to which your entity contributed.\n\n"
            "☒ | C1 The role of public governance authorities and all stakeholders\n"
            "☐ | C3 Access to information and knowledge\n☒ | C4 Capacity building\n☐ | C9 Media\n",
            [
                ("C1", None, "stated"),
                ("C3", None, "negated"),
                ("C4", None, "stated"),
                ("C9", None, "negated"),
            ],
        ),
        # lines by their names as items' labels and after "under"; sub-lines as marked items
        (
            "Where this fits in the WSIS action lines:\n\n"
            "- Capacity building: training community health workers and teachers\n"
            "- ICT applications: specifically e-health (CareSync) and e-learning (Readly)\n\n"
            "To be clear about the gaps: we did not do anything under Media this year.\n\n"
            "10. Work under C7 concentrated on two of its sub-lines:\n"
            "   (a) E-government: the secretariat advised four governments.\n"
            "   (b) E-agriculture: a pilot sent alerts to herders.\n",
            [
                ("C4", None, "stated"),
                ("C7", None, "stated"),
                ("C7", "e-agriculture", "stated"),
                ("C7", "e-government", "stated"),
                ("C7", "e-health", "stated"),
                ("C7", "e-learning", "stated"),
                ("C9", None, "negated"),
            ],
        ),
        # a declining label before codes; "none under"; a section "Not covered this year"; a hope
        (
            "WSIS ACTION LINES WE WORKED ON\n* C2 - infrastructure (the mesh)\n"
            "NOT WORKED ON THIS YEAR: C6 (ENABLING ENVIRONMENT / POLICY) AND C9 (MEDIA). no capacity.\n\n"
            "We carried out no activities under C8 (cultural diversity), which another ministry leads, and "
            "none under C11 (international cooperation).\n\n## 5. Not covered this year\n\n"
            "- C10 - Ethical dimensions of the Information Society. No activity in the period.\n\n"
            "## 6. Looking ahead\n\nA submission on spectrum is drafted, so maybe C1 next time.\n",
            [
                ("C2", None, "stated"),
                ("C6", None, "negated"),
                ("C8", None, "negated"),
                ("C9", None, "negated"),
                ("C10", None, "negated"),
                ("C11", None, "negated"),
            ],
        ),
        # "AL"/"ALs" before codes; a heading of sub-lines under C7; a sub-line named as one
        (
            "Our work concerned ALs C4 and C7.\n\n3.4 Confidence and security (AL C5)\n\n"
            "3.3.2 E-agriculture and e-science\n\nUnder the e-health sub-line we trained nurses.\n",
            [
                ("C4", None, "stated"),
                ("C5", None, "stated"),
                ("C7", None, "stated"),
                ("C7", "e-agriculture", "stated"),
                ("C7", "e-health", "stated"),
                ("C7", "e-science", "stated"),
            ],
        ),
        # a name with a capital inside a sentence about the lines; C7's name before its sub-lines;
        # a code after its name declined by what comes before the name
        (
            "2. WSIS action lines we worked on\nWe contributed to Media (Action Line C9) and to an Enabling "
            "environment through advocacy. Within ICT applications, our work touched e-employment. We had no "
            "activities relating to cultural diversity and identity, linguistic diversity and local content "
            "(C8) during this period.\n",
            [
                ("C6", None, "stated"),
                ("C7", "e-employment", "stated"),
                ("C8", None, "negated"),
                ("C9", None, "stated"),
            ],
        ),
        # a dash in the last cell declines its row's line; a line declined after a clause on its subject
        (
            "| Code | Name | Our role |\n|---|---|---|\n| C4 | Capacity building | Lead |\n| C9 | Media | — |\n\n"
            "Action Line C1, on the role of public governance authorities, is not applicable to an operator.\n",
            [("C1", None, "negated"), ("C4", None, "stated"), ("C9", None, "negated")],
        ),
        # a line declined by "no activities under it" after a clause on who leads it; sub-lines named
        # as "components of Action Line C7" declined, not the line
        (
            "The Ministry worked under Action Line C7 (ICT applications). Action Line C9 (media) falls within the "
            "remit of the Broadcasting Council, and the Ministry carried out no activities under it.\n\n"
            "6.4 The e-health and e-business components of Action Line C7 are led by other ministries and are "
            "therefore not covered here.\n",
            [
                ("C7", None, "stated"),
                ("C7", "e-business", "negated"),
                ("C7", "e-health", "negated"),
                ("C9", None, "negated"),
            ],
        ),
        # sections headed "What we did not cover" and "Not covered in 2025:"; an item's name alone
        (
            "2. WSIS ACTION LINES\n\nWorked on:\n- C4. Capacity building. Main line.\n\nNot covered in 2025:\n"
            "- C9. Media.\n\nWhat we did not cover\nAction Line C1, on the role of public governance authorities, "
            "is by its nature the business of governments.\n",
            [("C1", None, "negated"), ("C4", None, "stated"), ("C9", None, "negated")],
        ),
    ],
)
def test_action_lines_named_declined_and_listed_in_prose_tables_and_headings(text, expected):
    assert _lines(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Looking ahead, we aim to train 5,000 young people by the end of 2026.",
            [(5000, "young people", "planned", "5,000 young people")],
        ),
        (
            "In 2024 ICLF intends to extend the Libraries Connect Programme to a further 10 countries.",
            [(10, "countries", "planned", "10 countries")],
        ),
        (
            "UN-DARD will reach more than 5 million farmers.",
            [(5000000, "farmers", "planned more than", "more than 5 million farmers")],
        ),
        ("In 2023 we trained 4,350 librarians.", [(4350, "librarians", None, "4,350 librarians")]),
        # the Conference of the Parties is no amount in Colombian pesos
        ("A side event at COP30 drew 120 participants.", [(120, "participants", None, "120 participants")]),
    ],
)
def test_a_plan_or_target_is_a_planned_figure(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "VelCERT handled 412 reported cyber incidents in 2024.",
            [(412, "reported cyber incidents", None, "412 reported cyber incidents")],
        ),
        (
            "It had 86,500 farmers, of whom one third were women.",
            [(86500, "farmers", None, "86,500 farmers"), (33.3, "percent", None, "one third")],
        ),
        (
            "It hosted 312 datasets, roughly half of which were released under an open licence.",
            [(312, "datasets", None, "312 datasets"), (50, "percent", "about", "roughly half")],
        ),
        (
            "Roughly a third of ICLF member associations took part.",
            [(33.3, "percent", "about", "Roughly a third")],
        ),
        # a length in a compound, and its unit ends before a participle
        (
            "It financed a 1,400-kilometre submarine cable segment linking the outer islands.",
            [(1400, "kilometre submarine cable segment", None, "1,400-kilometre submarine cable segment")],
        ),
        ("The 2024-2028 plan runs a 24-hour helpline.", []),
        # statistics of the world the text cites, and the framework's own numbers, are no figures
        (
            "ITU estimated that some 2.7 billion people, or one third of the world's population, remained unconnected.",
            [],
        ),
        ("An estimated 2.6 billion people worldwide remained offline in 2024 [2].", []),
        ("We recognise that the 17 Goals are interlinked; the framework has eleven action lines.", []),
        ("Within Action Line C7 our activities concern two sub-lines only.", []),
        ("WHO projects a global shortfall of 11 million health workers by 2030.", []),
        ("Within six months of completion, 63% of graduates were employed.", [(63, "percent", None, "63%")]),
        (
            "A small island State with a population of approximately 112,000, Marenza connected eleven least "
            "developed islands.",
            [
                (112000, "inhabitants", "about", "approximately 112,000"),
                (11, "least developed islands", None, "eleven least developed islands"),
            ],
        ),
        (
            "The strategy sets the objective of 90 per cent household coverage.",
            [(90, "percent", "planned", "90 per cent")],
        ),
        # a list that a plan introduces, and a footnote's number
        (
            "In 2024 and beyond, the UPU intends to:\n\n- extend the programme to a further 1,000 post offices;\n",
            [(1000, "post offices", "planned", "1,000 post offices")],
        ),
        (
            "Connectivity grew.\n\n1 ITU, Measuring digital development: Facts and Figures (Geneva, 2023)\n",
            [],
        ),
        # the second of two labels' numbers
        ("Pillars 2 and 4 of the Strategy relate most closely to infrastructure.", []),
    ],
)
def test_figures_of_the_work_not_of_the_world_or_the_framework(text, expected):
    assert _figures(text) == expected


def test_a_day_without_its_year_is_dated_only_when_a_year_is_given() -> None:
    text = "In the week of 9–13 September we co-hosted the Pacific IXP Forum, and on 3 March a webinar."
    assert find_dates(text) == []
    assert [(d.date, d.end_date, text[d.start : d.end]) for d in find_dates(text, "2024")] == [
        ("2024-09-09", "2024-09-13", "9–13 September"),
        ("2024-03-03", None, "3 March"),
    ]
    # a day with its year keeps it; a day before a number is no year-less date
    assert [d.date for d in find_dates("on 3 March 2023 and 5 June 12 teams met", "2024")] == ["2023-03-03"]


def test_a_day_before_its_month_and_a_tables_next_row_are_no_figures() -> None:
    assert _figures("In the week of 9–13 September we trained 32 engineers.") == [
        (32, "engineers", None, "32 engineers")
    ]
    # each count is its own column's, for its own row: no number takes the next row's name
    table = "Country | Courses | Certified\nFiji | 12 | 201\nSamoa | 6 | 98\n"
    assert [f[:2] for f in _figures(table)] == [
        (12, "courses (Fiji)"),
        (201, "certified (Fiji)"),
        (6, "courses (Samoa)"),
        (98, "certified (Samoa)"),
    ]


def test_a_tables_counts_are_figures_of_their_column_for_their_row() -> None:
    table = (
        "Country | Courses | Participants | Women (%) | Year\n"
        "Fiji | 12 | 318 | 34 | 2024\n"
        "Total | 22 | 1,412 | 35 | 2024\n"
    )
    assert [f[:2] + (f[3],) for f in _figures(table)] == [
        (12, "courses (Fiji)", "Fiji | 12 | 318 | 34 | 2024"),
        (318, "participants (Fiji)", "Fiji | 12 | 318 | 34 | 2024"),
        (22, "courses (Total)", "Total | 22 | 1,412 | 35 | 2024"),
        (1412, "participants (Total)", "Total | 22 | 1,412 | 35 | 2024"),
    ]


def test_how_often_a_paragraphs_number_and_a_past_tense_without_ed_are_no_part_of_a_figure() -> None:
    text = (
        "The secretariat reports every six months to the Committee.\n\n"
        "8.1 e-business. The sandbox admitted 6 firms.\n\n"
        "On 14 October 2025 the 2 bodies ran the third national cyber drill.\n"
    )
    assert [f[:2] for f in _figures(text)] == [(6, "firms"), (2, "bodies")]


def test_a_link_commissioned_and_a_framework_validated_are_events() -> None:
    text = (
        "The cross-border link was commissioned on 12 December 2024, cutting prices by 41 per cent.\n\n"
        "A technical expert group validated the draft Framework in May 2025.\n"
    )
    assert _events(text) == [("2024-12-12", None, "other"), ("2025-05", None, "adoption")]


def test_the_items_of_a_list_of_meetings_are_meetings_with_their_place_and_days_in_brackets() -> None:
    text = (
        "IV.  MEETINGS ORGANIZED OR CO-ORGANIZED IN 2025\n\n"
        "10.  This note summarises the activities of 2025. ESCWA organised the following meetings:\n"
        "     (a) Arab Regional Consultation on the WSIS+20 Review (Beirut, 10-11\n"
        "         February 2025), which adopted a set of messages;\n"
        "     (b) Training of Trainers on Digital Skills for Youth (Tunis, 23-27 June\n"
        "         2025);\n\n"
        "The approach follows earlier work (Livingstone, 2019).\n"
    )
    from wsislens.extract.events import find_events

    document = analyse(CanonicalText(text, "txt"))
    assert [(e.date, e.end_date, e.kind, e.title) for e in find_events(document, [], [])] == [
        ("2025-02-10", "2025-02-11", "meeting", "Arab Regional Consultation on the WSIS+20 Review"),
        ("2025-06-23", "2025-06-27", "meeting", "Training of Trainers on Digital Skills for Youth"),
    ]


def test_a_names_number_word_and_the_reports_own_year_are_no_facts() -> None:
    text = (
        "Our work follows the Ten Year Pacific Statistics Strategy.\n\n"
        "This report sets out how the Office contributed during the financial year ending 30 June 2025.\n"
    )
    assert _figures(text) == []
    assert _events(text) == []


def test_a_tables_row_of_numbers_is_no_heading_of_figures() -> None:
    """Numbers set right under headings one space apart ("States Beneficiaries"): the first row of
    numbers is taken for the header, and its numbers name no unit."""
    text = (
        "Table 1. Selected results of the programmes, 2025\n\n"
        "Programme                                   States Beneficiaries  Women (%)\n"
        "---------------------------------------------------------------------------\n"
        "Digital Skills Academy                           9           620         38\n"
        "Digital Jobs for Arab Youth                      7         1,480         41\n"
        "Open Data for Arab Cities                        4      5 cities        n/a\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [(5, "cities")]


def test_a_cell_of_one_character_is_a_cell() -> None:
    assert spaced_cells(
        "University of Eastmoor, Library            -                       Public event"
    ) == [
        (0, "University of Eastmoor, Library"),
        (43, "-"),
        (67, "Public event"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 15 de marzo de 2025", [("2025-03-15", None)]),
        (
            "(1 January to 31 December 2025 / del 1 de enero al 31 de diciembre de 2025)",
            [("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-12-31")],
        ),
        ("signé le 3 février 2025 et le 1er mars 2025", [("2025-02-03", None), ("2025-03-01", None)]),
        ("du 1er janvier au 31 décembre 2025", [("2025-01-01", "2025-12-31")]),
        # a day written with its month's abbreviation between hyphens
        ("1-Oct-2024 to 30-Sep-2025", [("2024-10-01", None), ("2025-09-30", None)]),
        ("du 3 au 5 mars 2025, del 3 al 5 de marzo de 2025", [("2025-03-03", "2025-03-05")] * 2),
        # an English word is no month of another language
        ("Mars 2025 mission", [("2025", None)]),
    ],
)
def test_a_days_date_quoted_in_spanish_or_french(text: str, expected: list) -> None:
    assert [(d.date, d.end_date) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TDFP mid-year review. 3 Jun 25. With DTU.", [("2025-06-03", None)]),
        ("7-11 Jul 25 | WSIS+20 panel | Geneva", [("2025-07-07", "2025-07-11")]),
        ("Signing, 14-May-25; pilot next", [("2025-05-14", None)]),
        ("22 Sep 25\nSecond release", [("2025-09-22", None)]),
        # a count after a day and month is no year
        ("On 3 June 25 people attended.", []),
        ("3 Jun 25 Kilcarra", []),
    ],
)
def test_a_days_date_with_a_two_digit_year(text: str, expected: list) -> None:
    assert [(d.date, d.end_date) for d in find_dates(text)] == expected


def test_a_unit_ends_where_another_figure_begins() -> None:
    text = "Results.\nThe network now links 212 health facilities to four referral hospitals.\n"
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [(212, "health facilities"), (4, "referral hospitals")]


def test_a_terse_notes_dates_and_a_cohorts_number_are_no_figures() -> None:
    text = (
        "Milestones.\nTDFP mid-year review. 3 Jun 25. With DTU.\n"
        "Mar. 3, 2025 | TDFP cohort 3 launch | Online\nPhD theses completed (n=1).\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [(1, "PhD theses completed")]


def test_a_forms_limit_on_its_answer_is_no_figure() -> None:
    text = (
        "Question 4 - Activities (max. 5,000 characters):\nWe trained 1,260 researchers.\n\n"
        "Q1. Please provide an executive summary (up to 500 words).\nAttach files of no more than 10 MB. "
        "The report runs to 40 pages.\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [(1260, "researchers"), (40, "pages")]


def test_a_share_of_a_count_told_before_is_counted_by_its_own_noun() -> None:
    text = "Results.\n146 staff completed courses; 61 of them were women. Of 640 participants, 210 of them in person.\n"
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [(146, "staff"), (61, "women"), (640, "participants")]


def test_a_number_that_opens_a_programmes_name_is_no_figure() -> None:
    text = (
        "Results.\nThe expansion of the 1000 Digital Villages Initiative reached 74 villages. We opened "
        "the 22 Community Digital Centres and trained 300 Digital Champions Programme graduates.\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [
        (74, "villages"),
        (22, "Community Digital Centres"),
        (300, "Digital Champions Programme graduates"),
    ]


def test_an_address_counts_nothing_and_an_acronym_heading_keeps_its_case() -> None:
    text = (
        "Our office at 12 rue de la Gare, 4th Floor, trained 40 teachers.\n\n"
        "Programme | USD | Participants\n"
        "Last Mile Connect | 15,336,000 | 420\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "md")), [])
    assert [(f.value, f.unit) for f in figures] == [
        (40, "teachers"),
        (15336000, "USD (Last Mile Connect)"),
        (420, "participants (Last Mile Connect)"),
    ]


def test_a_count_given_as_a_samples_size_after_its_label() -> None:
    text = "Results.\nTrained teachers (n=312). Female share (61%).\nDownloads (n=12,450). Section (3).\n"
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit, text[f.span[0] : f.span[1]]) for f in figures] == [
        (312, "trained teachers", "Trained teachers (n=312)"),
        (61, "percent", "Female share (61%)"),
        (12450, "downloads", "Downloads (n=12,450)"),
    ]


def test_a_share_or_amount_in_brackets_after_its_label() -> None:
    text = (
        "Money.\nBudget (EUR 140,000). Spent (EUR 131,600). Underspend carried over.\n"
        "- Just over half of the money (54%) went to groups led by women.\n"
        "Using digital tools weekly (74%). Was (41%) at baseline. Target (90%) by 2027.\n"
        "Schools in the north (2) and the south (3).\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit, text[f.span[0] : f.span[1]]) for f in figures] == [
        (140000, "EUR", "Budget (EUR 140,000)"),
        (131600, "EUR", "Spent (EUR 131,600)"),
        (54, "percent", "Just over half of the money (54%)"),
        (74, "percent", "Using digital tools weekly (74%)"),
    ]


def test_notes_under_their_heading_or_run_together_count_no_figures() -> None:
    text = (
        "Results.\nWe trained 40 officials.\n\nNotes\n\n1 ITU, Facts and Figures 2024, Geneva.\n\n"
        "2 ESCCAC calculations based on ITU data.\n\n3 UN DESA, E-Government Survey 2024.\n\n"
        "Annex\n\n1 Marovia Strategy, Ministry of ICT, 2023. 2 Digital Economy Act (Act No. 12 of 2024). "
        "3 ITU, Measuring digital development, Geneva.\n\nWe also connected 12 schools.\n"
    )
    document = analyse(CanonicalText(text, "txt"))
    assert [text[a:b][:12] for a, b in document.notes_spans] == ["Notes\n\n1 ITU", "1 Marovia St"]
    figures = find_figures(document, document.notes_spans)
    assert [(f.value, f.unit) for f in figures] == [(40, "officials"), (12, "schools")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a slide's lines run together: the next line's label declines the lines it lists, not C7
            "Work concentrated on five WSIS action lines: C2, C5 and C7 Not covered in 2025: Action Line "
            "C8 (Cultural diversity and identity) and Action Line C9 (Media) - left to specialised partners",
            [
                ("C2", None, "stated"),
                ("C5", None, "stated"),
                ("C7", None, "stated"),
                ("C8", None, "negated"),
                ("C9", None, "negated"),
            ],
        ),
        ("Action Line C9 (Media): Not covered in 2025.", [("C9", None, "negated")]),
    ],
)
def test_a_capitalised_not_declines_a_line_only_after_its_label(text, expected) -> None:
    assert sorted(_lines(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text counting its own points
        ("Three trends shaped the year, and two obstacles stood out.", []),
        ("Three results stand out: we trained 212 teachers.", [(212, "teachers", None, "212 teachers")]),
        ("The work ran in three streams across four pillars.", []),
        # a span of time in words, or a body's history in years, is no figure of the work ...
        ("The course ran over six months and ten weeks.", []),
        ("We have worked in Peru for more than 15 years.", []),
        ("The grant of USD 410,000 over two years paid for it.", [(410000, "USD", None, "USD 410,000")]),
        # ... but a measured time is
        ("Waiting times fell to three days.", [(3, "days", None, "three days")]),
        ("A permit now takes an average of two weeks.", [(2, "weeks", None, "two weeks")]),
        (
            "It had 286 members among its eleven Member States.",
            [
                (286, "members", None, "286 members"),
                (11, "Member States", None, "eleven Member States"),
            ],
        ),
        # the two writers of a joint submission
        (
            "Our two institutions work together in Puno, with our nine core points of presence.",
            [
                (9, "core points of presence", None, "nine core points of presence"),
            ],
        ),
        # a programme's name after another body's name
        (
            "Farmers use the FAO's 1000 Digital Villages Initiative. It reached 74 villages.",
            [
                (74, "villages", None, "74 villages"),
            ],
        ),
    ],
)
def test_the_texts_own_points_and_spans_of_time_are_no_figures(text, expected):
    assert _figures(text) == expected


def test_a_target_stated_and_a_list_of_next_steps_are_planned_figures() -> None:
    text = (
        "Results.\nWe trained 1,240 learners.\n\nNext steps:\n"
        "  - a second bootcamp for 40 teachers is planned;\n"
        "  - our target is 3,000 learners a year by June 2027.\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [
        (1240, "learners", None),
        (40, "teachers", "planned"),
        (3000, "learners a year", "planned"),
    ]


def test_numbers_written_the_continental_way_are_read_so() -> None:
    text = (
        "Results.\nWe trained 1.250 participants with a budget of EUR 2.400.000. Some 3,5 million "
        "citizens used the portal, and 12,5 % of them were over 60.\n\n"
        "| Region | Learners |\n| --- | --- |\n| Norte | 2.310 |\n| Sur | 985 |\n"
    )
    assert writes_decimal_comma(text) is True
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [
        (1250, "participants"),
        (2400000, "EUR"),
        (3500000, "citizens"),
        (12.5, "percent"),
        (2310, "learners (Norte)"),
        (985, "learners (Sur)"),
    ]
    # one sign of the English way keeps every number English
    assert writes_decimal_comma("It cost EUR 2.400.000, or USD 2,612,400.50.") is False
    assert writes_decimal_comma("We trained 1.250 people.") is False
    assert [n.value for n in find_numbers("1.250 and 3,5 million", decimal_comma=True)] == [1250, 3500000]


def test_a_range_of_action_lines_is_read_and_the_whole_framework_claims_none() -> None:
    from wsislens.ingest import extract_document

    text = (
        "Agency of Valmora\n\nIn 2025 our work covered Action Lines C3-C5.\n\n"
        "3. Please describe your activities under the WSIS action lines C1-C11 and how they relate "
        "to the SDGs.\n"
    )
    data = extract_document(text.encode(), "valmora.txt", infer_sdgs=False).data
    assert [a["code"] for a in data["action_lines"]] == ["C3", "C4", "C5"]


def test_a_count_brought_to_a_number_is_counted_by_its_noun() -> None:
    text = (
        "Results.\nThe Compact started in Bhutan, bringing the number of participating countries to 23. "
        "Training raised the number of national CERTs in member States to 5.\n"
    )
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit, text[f.span[0] : f.span[1]]) for f in figures] == [
        (23, "participating countries", "the number of participating countries to 23"),
        (5, "national CERTs", "the number of national CERTs in member States to 5"),
    ]


def test_the_bullets_of_a_web_forms_sub_items_mark_c7s_sub_lines() -> None:
    from wsislens.ingest import extract_document

    text = (
        "Organisation name: Ngao Digital Trust\n\nOur work fell under five WSIS action lines.\n\n"
        "• C7 – ICT applications\n"
        "  ◦ e-agriculture: The Shamba Data programme sends prices to farmers.\n"
        "  ◦ e-learning: We installed offline learning servers in 23 schools.\n"
    )
    data = extract_document(text.encode(), "ngao.txt", infer_sdgs=False).data
    assert [(a["code"], a.get("sub_line")) for a in data["action_lines"]] == [
        ("C7", None),
        ("C7", "e-agriculture"),
        ("C7", "e-learning"),
    ]


def test_a_count_after_a_month_is_a_figure_when_no_day_can_be_it() -> None:
    text = "Results.\nBy December 1,150 farmers were receiving alerts. The portal opened on December 12 with 40 services.\n"
    figures = find_figures(analyse(CanonicalText(text, "txt")), [])
    assert [(f.value, f.unit) for f in figures] == [(1150, "farmers"), (40, "services")]
