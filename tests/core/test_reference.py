import re
import unicodedata

from wsislens import reference


def test_action_lines_are_c1_to_c11_with_eight_c7_sub_lines():
    lines = reference.action_lines()
    assert [line.code for line in lines] == [f"C{n}" for n in range(1, 12)]
    assert reference.sub_line_ids() == (
        "e-government",
        "e-business",
        "e-learning",
        "e-health",
        "e-employment",
        "e-environment",
        "e-agriculture",
        "e-science",
    )
    c5 = reference.action_line("C5")
    assert c5.name == "Building confidence and security in the use of ICTs"
    assert c5.facilitators == ("ITU",)
    assert c5.label == "C5 Confidence and security"
    assert reference.action_line("C7").sub_lines[3].facilitators == ("WHO",)


def test_sdg_reference_has_17_goals_169_targets_in_six_languages():
    goals = reference.sdg_goals()
    assert [g.number for g in goals] == list(range(1, 18))
    assert goals[6].colour == "#FCC30B"
    assert goals[15].short["en"] == "Peace, justice and strong institutions"
    targets = reference.sdg_targets()
    assert len(targets) == 169
    assert list(targets)[:3] == ["1.1", "1.2", "1.3"]
    assert "17.10" in targets and "17.1" in targets and "9.c" in targets
    assert targets["16.2"].text["en"] == (
        "End abuse, exploitation, trafficking and all forms of violence against and torture of children"
    )
    assert set(targets["16.2"].text) == {"en", "fr", "es", "ar", "ru", "zh-Hans"}
    assert all(all(t.text[lang] for lang in reference.LANGUAGES) for t in targets.values())


def test_official_texts_are_composed_and_single_spaced():
    # (the source files mix "é" with "e" and a combining accent, and wrap Russian texts over lines)
    texts = [
        text
        for item in (
            *reference.sdg_goals(),
            *reference.sdg_targets().values(),
            *reference.sdg_indicators().values(),
        )
        for field in ("short", "title", "text")
        for text in getattr(item, field, {}).values()
    ]
    assert len(texts) == (17 * 2 + 169 + 252) * 6
    assert [t for t in texts if unicodedata.normalize("NFC", t) != t or re.search(r"\s{2}|^\s|\s$", t)] == []
    assert reference.sdg_goal(4).title["fr"] == (
        "Assurer à tous une éducation équitable, inclusive et de qualité et des possibilités "
        "d’apprentissage tout au long de la vie"
    )


def test_indicators_point_at_targets():
    indicators = reference.sdg_indicators()
    assert len(indicators) == 252
    assert indicators["16.10.2"].target == "16.10"


def test_themes_have_kebab_case_ids_and_the_required_ones():
    ids = [t.id for t in reference.themes()]
    assert len(ids) == len(set(ids))
    for required in (
        "child-online-protection",
        "legal-frameworks",
        "law-enforcement",
        "capacity-building",
        "advocacy",
        "research",
        "terminology",
        "funding",
        "digital-divide",
        "covid-19",
        "regional-cooperation",
        "childrens-rights",
    ):
        assert required in ids
    assert reference.theme_label("covid-19") == "Covid-19 impact"


def test_vocabularies():
    assert reference.vocabulary_ids("relation_types") == (
        "partner",
        "member_of",
        "co_organised",
        "hosted_by",
        "funded_by",
        "contributed_to",
        "led",
    )
    assert reference.vocabulary_ids("event_kinds") == (
        "programme",
        "publication",
        "meeting",
        "campaign",
        "adoption",
        "disruption",
        "deadline",
        "other",
    )
    assert reference.vocabulary_label("entity_types", "civil_society") == "Civil society"
