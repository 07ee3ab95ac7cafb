"""Event titles name their subject: a timeline label must make sense on its own, so a title
never starts with a pronoun, a possessive or a bare past participle when the sentence (or, for
a pronoun, the sentence before) names what the event is about."""

from __future__ import annotations

import re

import pytest

from wsislens.extract.document import analyse
from wsislens.extract.events import find_events
from wsislens.extract.text import CanonicalText


def _titles(text: str) -> list[tuple[str, str]]:
    document = analyse(CanonicalText(text, "txt"))
    return [(e.date, e.title) for e in find_events(document, [], [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" doing something ("it signed a memorandum") is the sentence's subject, not the event
        # named before it; "it was adopted" is the thing the sentence is about
        (
            "ESCSS contributed to the WSIS+20 High-Level Event held in Geneva from 7 to 11 July 2025, and on "
            "2025-09-30 it signed a memorandum of understanding with the Indian Ocean Commission.",
            [
                ("2025-07-07", "WSIS+20 High-Level Event"),
                ("2025-09-30", "ESCSS signed a memorandum of understanding with the Indian Ocean Commission"),
            ],
        ),
        (
            "The Digital Strategy was drafted with partners. In March 2022 it was adopted by the Council.",
            [("2022-03", "Digital Strategy adopted by the Council")],
        ),
        # a possessive after a sentence naming an Act
        (
            "The Open Broadband Act was passed by Parliament in March 2022. "
            "Since its entry into force on 1 July 2022, three new operators have entered the market.",
            [
                ("2022-03", "Open Broadband Act was passed by Parliament"),
                ("2022-07-01", "Open Broadband Act enters into force"),
            ],
        ),
        (
            "The Open Broadband Act was passed by Parliament in March 2022. "
            "Following its entry into force on 1 July 2022, three new operators entered the market.",
            [
                ("2022-03", "Open Broadband Act was passed by Parliament"),
                ("2022-07-01", "Open Broadband Act enters into force"),
            ],
        ),
        # what "this" was adopted is the text the sentence before names, not who wrote it
        (
            "The Alliance for Safe Schools contributed to the drafting of General Comment 25 on the "
            "digital environment. This was finally adopted in February 2021.",
            [("2021-02", "General Comment 25 adopted")],
        ),
        # a name's head word alone, capitalised, stands for the name before it
        (
            "The Ministry implements the Digital Maravia 2030 Strategy. The Strategy was formally launched "
            "by the Minister at a public ceremony in Port Alder on 26 September 2023.",
            [("2023-09-26", "Digital Maravia 2030 Strategy was formally launched by the Minister")],
        ),
        # what was founded is what the sentence is about
        (
            "The Pacific Research Network (PRN) is a consortium of 42 universities in 14 countries, "
            "established in 2009 to bring scholars together.",
            [("2009", "Pacific Research Network established to bring scholars together")],
        ),
        # "..., and will be ... by <date>": the second clause's subject is the sentence's
        (
            "The multi-year Regional Literacy Campaign started in 2016, and will be fully operational "
            "by 2018, with a focus on rural schools.",
            [
                ("2016", "Multi-year Regional Literacy Campaign started"),
                ("2018", "Regional Literacy Campaign fully operational"),
            ],
        ),
        # a fronted "In common with ..." is no part of the title
        (
            "In common with most organizations around the world the Alliance's work in 2020 was "
            "severely hampered by the pandemic.",
            [("2020", "Alliance's work was severely hampered by the pandemic")],
        ),
        # "this <noun>" in the next sentence
        (
            "The Open Broadband Act was passed by Parliament in March 2022. "
            "This law entered into force in July 2022.",
            [
                ("2022-03", "Open Broadband Act was passed by Parliament"),
                ("2022-07", "Open Broadband Act entered into force"),
            ],
        ),
        # "X was adopted by Y in <date>": the title already names X
        (
            "The Coastal Connectivity Strategy 2022–2027 was adopted by the Cabinet in May 2022.",
            [("2022-05", "Coastal Connectivity Strategy was adopted by the Cabinet")],
        ),
        # "..., X, adopted by Y in <date>, ...": a participle after the name
        (
            "Our work follows the Coastal Connectivity Strategy 2022–2027, adopted by the Cabinet "
            "in May 2022, which sets targets for island schools.",
            [("2022-05", "Coastal Connectivity Strategy 2022–2027 adopted by the Cabinet")],
        ),
        # a sentence that opens with the participle names its subject after the comma
        (
            "Launched in September 2021 with the Ministry of Education, the Rural Classrooms Online "
            "programme now serves 300 schools.",
            [("2021-09", "Rural Classrooms Online programme launched with the Ministry of Education")],
        ),
        (
            "The farmers' helpline AgriCall, launched in 2019 by the cooperative union, answers "
            "2,000 calls a month.",
            [("2019", "AgriCall launched by the cooperative union")],
        ),
        # a past-tense verb after a participial phrase: the subject comes before the phrase
        (
            "The Green Schools Network, funded by the Lakeside Foundation, published a teacher guide "
            "in March 2022.",
            [("2022-03", "Green Schools Network published a teacher guide")],
        ),
        # a past verb without an object after a description: the subject comes before the description
        (
            "PayPoint, the single sign-on platform at the heart of the e-government programme, went live "
            "in September 2024.",
            [("2024-09", "PayPoint went live")],
        ),
        # "it" in the next sentence
        (
            "The Youth Coding Clubs initiative reached four provinces last year. "
            "It was launched in 2019 by volunteers.",
            [("2019", "Youth Coding Clubs initiative launched by volunteers")],
        ),
        (
            "The Youth Coding Clubs initiative reached four provinces last year. "
            "It will launch a mentoring scheme in 2025.",
            [("2025", "Youth Coding Clubs initiative will launch a mentoring scheme")],
        ),
        # an appositive name between commas before "was <participle>"
        (
            "Our partner, the Rural Media Trust, was founded in 2012.",
            [("2012", "Rural Media Trust founded")],
        ),
    ],
)
def test_titles_name_their_subject(text: str, expected: list) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no named thing in the sentence or the one before: today's title stays
        (
            "We work with small farmers in the valley. Its pilot phase was completed in 2019.",
            [("2019", "Its pilot phase was completed")],
        ),
        ("This was finally adopted in February 2021.", [("2021-02", "Adopted")]),
        # "it" refers to "the Bureau", which is no name for a title: not to a later name
        (
            "In 2024 the Bureau will expand the Open Schools Portal, and it will launch a helpline "
            "in March 2025.",
            [("2024", "Bureau will expand the Open Schools Portal"), ("2025-03", "Will launch a helpline")],
        ),
        # a participial phrase inside the subject: the subject is not the name before the comma
        (
            "The first report, covering Ghana, Togo and Benin, was published in May 2022.",
            [("2022-05", "Published")],
        ),
    ],
)
def test_titles_without_a_subject_stay(text: str, expected: list) -> None:
    assert _titles(text) == expected


def test_title_change_leaves_quote_and_dates() -> None:
    text = (
        "The Open Broadband Act was passed by Parliament in March 2022. "
        "Since its entry into force on 1 July 2022, three new operators have entered the market."
    )
    document = analyse(CanonicalText(text, "txt"))
    event = find_events(document, [], [])[1]
    assert (event.date, event.end_date, event.kind) == ("2022-07-01", None, "adoption")
    assert text[event.date_span[0] : event.date_span[1]] == "1 July 2022"
    assert text[event.span[0] : event.span[1]].startswith("Since its entry into force")


def test_a_year_taken_out_of_a_title_leaves_no_space_before_its_comma():
    text = (
        "In 2022 we:\n\n- published the Rural Women's Digital Access Survey 2022, with data from 4,100 "
        "households, in September 2022;\n"
    )
    assert _titles(text) == [
        ("2022-09", "Published the Rural Women's Digital Access Survey, with data from 4,100 households"),
    ]


def _events(text: str, reporting: tuple[str, str] | None, own: str = "") -> list[tuple[str, str]]:
    document = analyse(CanonicalText(text, "txt"))
    spans = [(text.index(own), text.index(own) + len(own))] if own else []
    return [(e.date, e.kind) for e in find_events(document, [], [], reporting=reporting, own=spans)]


def test_the_submitters_founding_is_background_but_what_it_established_is_an_event() -> None:
    founded = "The Kibo Youth Digital Alliance is a youth-led network founded in 2016 by university students."
    assert _events(founded, ("2024-04", "2025-03"), own="Kibo Youth Digital Alliance") == []
    assert _events("We were established in 2009 to connect libraries.", ("2023-01", "2023-12")) == []
    # another organisation's founding, and a programme the submitter established, stay
    assert _events(founded, ("2024-04", "2025-03")) == [("2016", "programme")]
    assert _events(
        "In 2014, ECPAT International established a formal global programme.",
        ("2021-01", "2021-12"),
        own="ECPAT International",
    ) == [("2014", "programme")]


def test_plans_after_the_reporting_period_are_milestones_ahead() -> None:
    period = ("2023-01", "2023-12")
    text = (
        "In 2024 ICLF intends to extend its programme and to host a webinar series in April 2024. "
        "The next ICLF General Assembly is scheduled for August 2024 in Cape Town. "
        "A regional training week was held in Kathmandu in June 2023."
    )
    assert _events(text, period) == [("2024-04", "deadline"), ("2024-08", "deadline"), ("2023-06", "meeting")]
    # the report's own period is no event
    assert (
        _events("This contribution covers the activities launched between January and December 2025.", None)
        == []
    )


def test_a_table_row_dated_with_an_abbreviated_month_and_its_paragraph_are_one_event() -> None:
    text = (
        "The AgriData Commons platform, an open repository of soil data, was launched on 20 January 2025 "
        "and now hosts more than 300 datasets.\n\n"
        "Date | Event | Place\n"
        "20 January 2025 | Launch of the AgriData Commons platform | Rome, Italy\n"
        "16 Oct. 2025 | World Food Day webinar | Online\n"
        "12 November 2025 | Side event on early warning at COP30 | Belém, Brazil\n"
    )
    events = find_events(analyse(CanonicalText(text, "md")), [], [])
    assert [(e.date, e.title, len(e.also)) for e in events] == [
        ("2025-01-20", "Launch of the AgriData Commons platform", 1),
        ("2025-10-16", "World Food Day webinar", 0),
        ("2025-11-12", "Side event on early warning at COP30", 0),
    ]


def test_a_flattened_table_of_dated_lines_gives_an_event_per_line() -> None:
    text = (
        "The City's main activities of the year are listed below with their dates and the partners that "
        "joined them; each was open to residents and reported to the City Council.\n\n"
        "Date Activity Partners\n"
        "9 July 2025 Presentation at the WSIS Forum 2025, Geneva ITU\n"
        "September 2025 Cybersecurity awareness month for municipal staff AGESIC\n"
        "2 December 2025 Publication of the TeleSalud Valmora evaluation ASSE\n\n"
        "The list is not complete.\n\n12 March 2025 alone on its line is no table.\n"
    )
    events = find_events(analyse(CanonicalText(text, "pdf")), [], [])
    assert [(e.date, e.kind, e.title) for e in events] == [
        ("2025-07-09", "meeting", "Presentation at the WSIS Forum 2025, Geneva ITU"),
        ("2025-09", "programme", "Cybersecurity awareness month for municipal staff AGESIC"),
        ("2025-12-02", "publication", "Publication of the TeleSalud Valmora evaluation ASSE"),
    ]


def test_citations_acts_founding_by_treaty_and_the_period_restated_are_no_events() -> None:
    period = ("2022-07", "2023-06")
    text = (
        "The Authority, established under the Electronic Communications Act of 2009, submits this input. "
        "See General Assembly resolution A/RES/70/125 of 16 December 2015 on the review. "
        "The Union is an intergovernmental organisation established by treaty in 1998.\n\n"
        "Programmes and results, July 2022 - June 2023\n\n"
        "We launched the Kivara Hub in March 2023."
    )
    assert _events(text, period, own="The Union") == [("2023-03", "programme")]


def test_an_event_told_by_its_month_and_by_its_day_is_one_event_with_its_day() -> None:
    text = (
        "The CSOIS Cyber Resilience Initiative, launched in May 2022, assisted Member States.\n\n"
        "- 23 May 2022: Launch of the CSOIS Cyber Resilience Initiative (virtual)\n"
    )
    events = find_events(analyse(CanonicalText(text, "txt")), [], [])
    assert [(e.date, len(e.also)) for e in events] == [("2022-05-23", 1)]


def test_a_cited_world_statistic_and_the_submitters_founding_told_otherwise_are_no_events() -> None:
    period = ("2023-01", "2023-12")
    text = (
        "According to ITU estimates, some 2.6 billion people worldwide remained offline in 2023. "
        "The Global Coalition for Digital Dignity (GCDD), which was founded in 2011 as an informal network, "
        "welcomes the invitation. Established in 2009 by a small group of operators, the Coalition today counts "
        "17 members. In September 2023 the Coalition relaunched the Open Data Portal. On 3 and 4 March 2023 the "
        "Coalition held the Nairobi convening on platform accountability."
    )
    own = "Global Coalition for Digital Dignity"
    document = analyse(CanonicalText(text, "txt"))
    spans = [(m.start(), m.end()) for m in re.finditer(rf"{own}|GCDD|the Coalition", text)]
    events = find_events(document, [], [], reporting=period, own=spans)
    assert [(e.date, e.kind) for e in events] == [("2023-09", "programme"), ("2023-03-03", "meeting")]


def test_two_dates_each_with_its_own_cue_are_two_events() -> None:
    text = (
        "The Meeting was held in Addis Ababa from 3 to 5 June 2025, whose outcome was presented at the "
        "WSIS+20 High-Level Event in Geneva on 7 July 2025."
    )
    events = find_events(analyse(CanonicalText(text, "txt")), [], [])
    assert [(e.date, e.title) for e in events] == [
        ("2025-06-03", "Meeting was held in Addis Ababa"),
        ("2025-07-07", "Outcome was presented at the WSIS+20 High-Level Event in Geneva"),
    ]


def test_a_text_table_of_dated_lines_keeps_each_line_apart() -> None:
    text = (
        "The milestones of the period are summarised in the table below, with their dates, and each was "
        "reported to the members at the time.\n\n"
        "Date                  Event\n"
        "--------------------  ----------------------------------\n"
        "Q4 2021               Route server upgrade at the Gaborone exchange\n"
        "May 2022              Annual General Members Meeting, Maputo\n"
        "mid-2022              First member exchanges sign the Route Security Pledge\n"
    )
    events = find_events(analyse(CanonicalText(text, "txt")), [], [])
    assert [(e.date, e.end_date, e.title) for e in events] == [
        ("2021-10", "2021-12", "Route server upgrade at the Gaborone exchange"),
        ("2022-05", None, "Annual General Members Meeting"),
        ("2022", None, "First member exchanges sign the Route Security Pledge"),
    ]


def test_the_submitters_founding_told_with_it_and_the_commissions_session_are_no_events() -> None:
    text = (
        "The Meridian Consortium is a network of university research centres. It was founded in 2011 "
        "by five universities in Africa and South Asia."
    )
    assert _events(text, ("2023-09", "2024-08"), own="Meridian Consortium") == []
    # another organisation's "It" stays: the name before it is not the submitter
    assert _events(text, ("2023-09", "2024-08")) == [("2011", "programme")]
    session = (
        "We send our contribution for consideration by the Commission at its twenty-ninth session in 2026. "
        "It describes what our members did over the calendar year 2025."
    )
    assert _events(session, ("2025-01", "2025-12")) == []


def test_a_week_frames_a_date() -> None:
    assert _titles(
        "During the week of 12-16 February 2024, the Saranpur Institute of Technology hosted the Winter "
        "School on Research Ethics in Digital Health, attended by 52 participants."
    ) == [("2024-02-12", "Saranpur Institute of Technology hosted the Winter School on Research Ethics")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row is named by its Meeting column, not its venue
        (
            "Date | Venue | Meeting\n"
            "10-11 October 2023 | Beirut | Expert Group Meeting on Digital Public Infrastructure\n"
            "5 December 2023 | Online | Regional Webinar on Open Government Data\n",
            [
                ("2023-10-10", "Expert Group Meeting on Digital Public Infrastructure"),
                ("2023-12-05", "Regional Webinar on Open Government Data"),
            ],
        ),
        # without a column named for it, by the first cell that is no place and no partner
        (
            "Date | Place | Activity held | Partners\n"
            "14 March 2025 | Port Amara | Launch of the GovPass platform | AGESIC\n",
            [("2025-03-14", "Launch of the GovPass platform")],
        ),
        # a table laid out with spaces: the first cell after the date, not the whole line
        (
            "Date         Activity                                  Place\n\n"
            "03 Feb 2025  Fifth Academy cohort opens                Online\n\n"
            "30 Sep 2025  Submission on community licensing         Lilongwe, Malawi\n",
            [
                ("2025-02-03", "Fifth Academy cohort opens"),
                ("2025-09-30", "Submission on community licensing"),
            ],
        ),
        # ... its date in a later column, under a sentence that introduces it (no event itself)
        (
            "The table below lists the main face-to-face activities held in 2024.\n\n"
            "  Activity                                    Dates                Place\n"
            "  SDMX and open data dissemination course     24-28 June 2024      Korvash\n"
            "  Tablet enumeration training of trainers     19-23 August 2024    Orlen\n",
            [
                ("2024-06-24", "SDMX and open data dissemination course"),
                ("2024-08-19", "Tablet enumeration training of trainers"),
            ],
        ),
        # ... or typed with two spaces between its cells
        (
            "22 Jan 2025  Renewal of cooperation agreement  Bogota\n"
            "30 Sep 2025  Secure by Default Pledge signing  Lima\n",
            [
                ("2025-01-22", "Renewal of cooperation agreement"),
                ("2025-09-30", "Secure by Default Pledge signing"),
            ],
        ),
        # dated list lines lose the colon after their date
        (
            "- 09/07/2024: Launch of the StatVeld Open portal\n- 12/06/2024: National Data Users' Conference\n",
            [
                ("2024-07-09", "Launch of the StatVeld Open portal"),
                ("2024-06-12", "National Data Users' Conference"),
            ],
        ),
    ],
)
def test_a_tables_rows_are_named_by_their_event(text: str, expected: list) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 11–14 November 2024 we ran the Pacific Women in Networking workshop in Port Vila for 32 engineers.",
            ("2024-11-11", "Pacific Women in Networking workshop in Port Vila"),
        ),
        (
            "In March 2023 we launched the SafeRecords campaign to promote basic cyber hygiene.",
            ("2023-03", "SafeRecords campaign launched"),
        ),
        (
            "In July 2025 our delegation took part in the WSIS+20 Forum High-Level Event in Geneva.",
            ("2025-07", "Participation in the WSIS+20 Forum High-Level Event"),
        ),
        # what was done without a name keeps its subject
        ("In 2024 we launched a new call for proposals.", ("2024", "We launched a new call for proposals")),
    ],
)
def test_what_we_did_is_titled_by_what_was_done(text: str, expected: tuple[str, str]) -> None:
    assert _titles(text) == [expected]


def test_what_was_held_on_a_date_a_paragraphs_number_a_dash_and_the_commissions_session() -> None:
    text = (
        "9. Under Action Line C1, the Authority provided technical advice to the Ministry and chaired the national "
        "WSIS+20 stakeholder consultation held on 25 February 2025.\n\n"
        "4.1 A public consultation on the draft Roadmap was opened on 14 March 2025.\n\n"
        "- 2025-04-15 — Release of ORCS version 3.0 with multilingual metadata\n"
        "- 2025-06-03 — Online roundtable on AI ethics, co-hosted with ITU\n\n"
        "This is our reply for the 29th session of the Commission on Science and Technology for Development, "
        "to be held in 2026.\n\nIt answers the call ahead of the Commission's twenty-ninth session, to be held in "
        "Geneva in 2026. It is offered for the Commission's deliberations at its twenty-ninth session, which the "
        "Mission understands will be convened in Geneva in 2026.\n"
    )
    assert _titles(text) == [
        ("2025-02-25", "National WSIS+20 stakeholder consultation"),
        ("2025-03-14", "A public consultation on the draft Roadmap was opened"),
        ("2025-04-15", "Release of ORCS version 3.0 with multilingual metadata"),
        ("2025-06-03", "Online roundtable on AI ethics, co-hosted with ITU"),
    ]


def test_news_items_under_datelines_and_meetings_told_by_participation_visits_and_held_days() -> None:
    wrapped = (
        "The union's members met often during the year, and its secretariat reported on each meeting.\n" * 6
    )
    text = (
        wrapped
        + "\nKIGALI, 20 May 2025 - A regional fair on e-commerce opened today in the Rwandan capital.\n\n"
        "LUSAKA, 7 April 2025 - ESAPU and Smart Africa\nsigned a Memorandum of Understanding today.\n\n"
        "- Participation in the WSIS+20 High-Level Event in Geneva in July 2025, where we spoke.\n\n"
        "- A peer-learning visit by the Digital Impact Alliance on 9 October 2025 to review the model.\n\n"
        "During National Digital Government Week, held 16-20 June 2025, 37 ministries presented services. "
        "At the end of 2025 the .zx zone held 48,312 registered domain names.\n"
    )
    assert _titles(text) == [
        ("2025-05-20", "A regional fair on e-commerce opened today in the Rwandan capital"),
        ("2025-04-07", "ESAPU and Smart Africa signed a Memorandum of Understanding today"),
        ("2025-07", "Participation in the WSIS+20 High-Level Event in Geneva"),
        ("2025-10-09", "A peer-learning visit by the Digital Impact Alliance to review the model"),
        ("2025-06-16", "National Digital Government Week"),
    ]


def test_a_paragraph_and_a_table_row_telling_of_one_event_are_one_event() -> None:
    text = (
        "During the week of 12-16 May 2025, the Regional Community Networks Summit in Nairobi brought "
        "together 140 network operators.\n\n"
        "The SafeNet Peers campaign trains young people to support each other online. We launched it on "
        "11 February 2025 together with the national regulator.\n\n"
        "Release 3.0 of the platform, released on 15 April 2025, added metadata in Swahili.\n\n"
        "On 9 July 2025 we signed a memorandum of understanding with the Indian Ocean Commission.\n\n"
        "Date | Activity | Place\n"
        "--- | --- | ---\n"
        "12 May 2025 | Regional Community Networks Summit | Nairobi, Kenya\n"
        "11 February 2025 | Launch of the SafeNet Peers campaign | Accra, Ghana\n"
        "15 April 2025 | Release of ORCS version 3.0 | Online\n"
        "9 July 2025 | Session on weather data at the WSIS+20 High-Level Event | Geneva\n"
    )
    events = find_events(analyse(CanonicalText(text, "md")), [], [])
    assert [(e.date, e.end_date, e.title, len(e.also)) for e in events] == [
        # the paragraph's days are kept, the table's name titles it
        ("2025-05-12", "2025-05-16", "Regional Community Networks Summit", 1),
        # "We launched it" is the writer's sentence, not the campaign's name
        ("2025-02-11", None, "Launch of the SafeNet Peers campaign", 1),
        # the version's number is a word both share
        ("2025-04-15", None, "Release of ORCS version 3.0", 1),
        # the same day, nothing in common: two events
        ("2025-07-09", None, "We signed a memorandum of understanding with the Indian Ocean Commission", 0),
        ("2025-07-09", None, "Session on weather data at the WSIS+20 High-Level Event", 0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's year ("CyberShield 2025") is no second date of the sentence
        (
            "On October 8th, 2025 we ran CyberShield 2025, the country's first national cyber exercise.",
            [("2025-10-08", "meeting", "We ran CyberShield")],
        ),
        # an edition of a process's forum, named by its year, is a meeting
        ("- WSIS Forum 2024, Geneva (27-31 May 2024)", [("2024-05-27", "meeting", "WSIS Forum, Geneva")]),
        ("- WSIS Forum, Geneva (27-31 May 2024)", []),
        (
            "From 22 to 24 April 2025 we ran a training of trainers on online scams in Kisumu.",
            [("2025-04-22", "meeting", "We ran a training of trainers on online scams in Kisumu")],
        ),
        (
            "The Department also issued the Cloud-First Procurement Policy in August 2025.",
            [("2025-08", "adoption", "Department also issued the Cloud-First Procurement Policy")],
        ),
    ],
)
def test_a_names_year_a_forums_edition_a_training_of_trainers_and_an_issued_policy(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    document = analyse(CanonicalText(text, "txt"))
    assert [(e.date, e.kind, e.title) for e in find_events(document, [], [])] == expected


def test_the_prose_in_a_tables_cells_tells_events() -> None:
    text = (
        "Action line | Activities in 2025 | Results\n"
        "--- | --- | ---\n"
        "C4 - Capacity building | The Digital Skills for Decent Work curriculum was rolled out in 11 countries.; "
        "A training-of-trainers course in Nairobi from 7 to 11 April 2025. | 2,300 trainers certified across "
        "the eleven countries of the programme.\n"
        "C5 - Building confidence and security | Cyber-hygiene clinics in 14 market towns, run by local youth "
        "volunteers.; The Platform Work and Social Protection Forum was held in Geneva on 4 November 2025. | "
        "Clinics reached 5,600 traders in their own markets.\n"
    )
    events = find_events(analyse(CanonicalText(text, "md")), [], [])
    assert [(e.date, e.end_date, e.kind, e.title) for e in events] == [
        ("2025-04-07", "2025-04-11", "meeting", "A training-of-trainers course in Nairobi"),
        ("2025-11-04", None, "meeting", "Platform Work and Social Protection Forum"),
    ]


def test_the_date_again_in_brackets_leaves_the_title() -> None:
    assert _titles(
        "The loan agreement, for USD 42,000,000, was signed in Ciudad Montaluz on 10 February 2025 "
        "(10 de febrero de 2025)."
    ) == [("2025-02-10", "Signed in Ciudad Montaluz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Table 1. Main regional activities organised or co-organised by GLACR in 2025", []),
        (
            "The report covers the Government's fiscal year 2023/24, from 1 October 2023 to 30 September 2024.",
            [],
        ),
        (
            "A8: Our Programme Director spoke on a panel at the Internet Governance Forum 2025 in Lillestrøm, "
            "Norway (23-27 June 2025).",
            [("2025-06-23", "Our Programme Director spoke on a panel at the Internet Governance Forum")],
        ),
    ],
)
def test_a_caption_the_reports_own_period_and_a_questionnaires_answer_label(
    text: str, expected: list
) -> None:
    assert _titles(text) == expected


def test_what_a_which_clause_dates_titles_it_and_a_day_may_be_written_as_an_ordinal() -> None:
    text = (
        "Results.\nThe most relevant milestone of the year was the official launch of the Estrategia "
        "Nacional de Ciberseguridad 2025-2030 (National Cybersecurity Strategy), which took place on "
        "15/03/2025 in the presence of the President. On the twenty-second of May of 2025 the Minister "
        "signed the financing agreement with the European Union.\n"
    )
    assert _titles(text) == [
        ("2025-03-15", "Official launch of the Estrategia Nacional de Ciberseguridad 2025-2030"),
        ("2025-05-22", "Minister signed the financing agreement with the European Union"),
    ]


def test_a_season_and_a_month_in_one_plan_are_one_event_and_and_comma_ends_a_clause() -> None:
    text = (
        "Results.\nIn 2025/26 the consortium plans to hold a summer school on AI for agriculture in Nairobi "
        "in August 2025, open a second cohort of the Clinic.\n\n"
        "In July, ESCWA convened a session at the WSIS Forum 2025 in Geneva and, in December 2025, "
        "presented the consolidated messages of the region to the WSIS+20 high-level meeting in New York.\n"
    )
    assert _titles(text) == [
        ("2025-08", "Consortium plans to hold a summer school on AI for agriculture"),
        ("2025-12", "Presented the consolidated messages of the region to the WSIS+20 high-level meeting"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what another body, or "we" after other words, organised
        (
            "With the United Nations Educational, Scientific and Cultural Organization (UNESCO) we co-organised "
            "a workshop on the ethics of public-sector AI at the Internet Governance Forum in Addis Ababa on "
            "1 December 2022.",
            [("2022-12-01", "Workshop on the ethics of public-sector AI")],
        ),
        (
            "From 3 to 5 June 2024 the Foundation co-organised the Grantee Convening on Digital Health in Dakar "
            "with the African Union Development Agency.",
            [("2024-06-03", "Grantee Convening on Digital Health")],
        ),
        (
            "In July 2023 ICXS and the African Organisation for Standardisation (ARSO) co-organised three regional "
            "workshops in Nairobi.",
            [("2023-07", "Regional workshops")],
        ),
        (
            "From 30 June to 4 July 2022 we co-organised with Fundación Raíz Digital a workshop for 22 women "
            "technicians, held at the Faculty of Engineering.",
            [("2022-06-30", "Workshop for 22 women technicians")],
        ),
        (
            "Preliminary results were discussed at a validation workshop held at Thornbury University on "
            "12–13 October 2023, which the Centre co-organised with APC.",
            [("2023-10-12", "Validation workshop")],
        ),
        (
            "On 4 May 2023 we co-organised the regional summit Elles codent l'Afrique in Dakar with UN Women.",
            [("2023-05-04", "Regional summit Elles codent l'Afrique")],
        ),
        # what happened, told after "when"
        (
            "The most important step of the year came in June 2023, when the Superintendencia de "
            "Telecomunicaciones (SIT), the national regulator, granted APD a social-purpose licence to operate "
            "community mobile networks.",
            [("2023-06", "Superintendencia de Telecomunicaciones granted APD a social-purpose licence")],
        ),
        # what the main clause says was held, when the date stands in a clause of "which"
        (
            "DFAL co-organised Inclusion Hack 2024 with the University of Port Lusa, which hosted the hackathon "
            "on its Marrel campus from 18 to 20 October 2024.",
            [("2024-10-18", "Inclusion Hack 2024")],
        ),
        # a range's "Between" opens no title
        (
            "Between April and June 2021, volunteers from all chapters audited the national open data portals.",
            [("2021-04", "Volunteers from all chapters audited the national open data portals")],
        ),
        # what follows a colon in mid-sentence, not a label's colon
        (
            "Climate risk is real: a tropical cyclone took 46 sites in southern Malawi off air in March 2023.",
            [("2023-03", "A tropical cyclone took 46 sites in southern Malawi off air")],
        ),
        # an item's name before the brackets that hold its place and date
        (
            "- Digital Skills Jam (Nairobi, 23 to 25 May 2024): co-organised with our friends at Savannah Code "
            "Trust, with around eighty young coders.",
            [("2024-05-23", "Digital Skills Jam")],
        ),
        # a meeting described, then its organisers, then "was held"
        (
            "The first regional cyber drill, co-organised by WIOTO and ITU, was held in Victoria on 8 and 9 "
            "October 2024 and hosted by the Government of Seychelles.",
            [("2024-10-08", "First regional cyber drill")],
        ),
    ],
)
def test_what_a_body_organised_and_an_items_name_before_its_date(text: str, expected: list) -> None:
    assert _titles(text) == expected


def test_a_timelines_items_that_open_with_a_date_and_a_full_stop() -> None:
    text = (
        "Events of the year\n\n"
        "- 1 March – 15 April 2022. Open call for workshop proposals: 64 proposals received, 22 selected.\n"
        "- 21–22 September 2022. MIGF 2022, our annual forum, co-organised with the MCRA and hosted by the "
        "University of Port Lira: 1,050 participants.\n"
        "- End of November 2022. A national delegation of 14 took part in the global IGF in Addis Ababa.\n\n"
        "The main messages were clear.\n\n"
        "- 5–9 December 2022. First Maravia School on Internet Governance, co-organised with Maravia "
        "Polytechnic: 35 fellows.\n"
    )
    assert _titles(text) == [
        ("2022-03-01", "Open call for workshop proposals"),
        ("2022-09-21", "MIGF 2022"),
        ("2022-11", "A national delegation of 14 took part in the global IGF"),
        ("2022-12-05", "First Maravia School on Internet Governance"),
    ]


def test_a_date_alone_before_a_full_stop_does_not_end_the_sentence() -> None:
    from wsislens.extract.document import sentence_spans

    text = "- End of November 2022. A national delegation took part. Then it went home."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == [
        "- End of November 2022. A national delegation took part.",
        "Then it went home.",
    ]


def test_a_comma_inside_a_name_does_not_end_the_clause_that_titles_the_event() -> None:
    text = (
        "On 8 December 2021 IDAC and the United Nations Educational, Scientific and Cultural Organization "
        "(UNESCO) co-organised a workshop on accessible e-government at the Internet Governance Forum."
    )
    assert _titles(text) == [("2021-12-08", "Workshop on accessible e-government")]


def test_a_reason_before_the_main_clause_and_a_body_named_by_its_kind_that_ran_an_event() -> None:
    from wsislens.ingest import extract_document

    text = (
        "Submission by the Last Mile Research Consortium (LMRC)\n\nOverview\n\n"
        "Because skills are the main constraint, the consortium ran the Last Mile Summer School for 36 "
        "community-network technicians in Lilongwe, Malawi, from 4 to 15 September 2023, hosted by Lakeshore "
        "University of Science and Technology.\n"
    )
    events = extract_document(text.encode(), "lmrc.txt", infer_sdgs=False).data["events"]
    assert [(e["date"], e["title"]) for e in events] == [("2023-09-04", "Last Mile Summer School")]


def test_a_second_predicate_of_the_subject_ends_the_title() -> None:
    text = (
        "- MIGF 2023 is planned for the fourth quarter of 2023 and will, for the first time, be held outside "
        "the capital.\n\n"
        "The forum was first convened in 2014 and is recognised by the IGF Secretariat as one of the national "
        "initiatives.\n"
    )
    assert _titles(text) == [("2023-10", "MIGF planned"), ("2014", "Forum was first convened")]


def test_a_heading_that_names_the_year_of_its_events_is_none_and_a_short_name_was_held() -> None:
    text = (
        "5. Events and disruptions in 2023\n\n"
        "On 16 and 17 October 2023 we co-organised the Latin American Workshop on Community Networks.\n\n"
        "The PPF meets twice a year. Meetings in 2022 and 2023:\n\n"
        "PPF-11 was held in Suva, Fiji, on 14-16 March 2022, hosted by the University of the South Pacific.\n"
    )
    assert _titles(text) == [
        ("2023-10-16", "Latin American Workshop on Community Networks"),
        ("2022-03-14", "PPF-11"),
    ]


def test_the_items_below_a_line_that_says_consultations_were_held_are_events() -> None:
    text = (
        "The Authority held three public consultations in 2023:\n\n"
        "• CP-2023/01, Assignment of the 3.5 GHz band: 16 January – 28 February 2023.\n"
        "• CP-2023/02, Review of mobile termination rates: Q3 2023.\n"
    )
    assert _titles(text) == [
        ("2023-01-16", "Assignment of the 3.5 GHz band"),
        ("2023-07", "Review of mobile termination rates"),
    ]
