from wsislens.words import FACT_CHARS, counted, listed


def test_counted_agrees_and_separates_thousands():
    assert [counted(n, "match", "matches") for n in (0, 1, 3)] == ["0 matches", "1 match", "3 matches"]
    assert counted(1546, "dated event") == "1,546 dated events"
    assert counted(1, "SDG") == "1 SDG"


def test_a_long_list_is_written_short_with_how_many_more():
    goals = [f"SDG {g} Goal number {g}" for g in range(1, 18)]
    text = listed("Goals served: ", goals)
    assert text == (
        "Goals served: SDG 1 Goal number 1, SDG 2 Goal number 2, SDG 3 Goal number 3, SDG 4 Goal number 4, "
        "SDG 5 Goal number 5, SDG 6 Goal number 6, SDG 7 Goal number 7, SDG 8 Goal number 8, "
        "SDG 9 Goal number 9 and 8 more."
    )
    assert len(text) <= FACT_CHARS
    assert listed("Lanes: ", ["Deadline", "Adoption"]) == "Lanes: Deadline, Adoption."
    assert listed(
        "Sessions: ", ["CSTD 25 (2022)", "CSTD 26 (2023)", "CSTD 27"], separator="; ", limit=36
    ) == ("Sessions: CSTD 25 (2022) and 2 more.")
    assert listed("X: ", ["a" * 300, "b"]) == "X: " + "a" * 300 + " and 1 more."
