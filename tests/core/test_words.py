from wsislens.words import counted


def test_counted_agrees_and_separates_thousands():
    assert [counted(n, "match", "matches") for n in (0, 1, 3)] == ["0 matches", "1 match", "3 matches"]
    assert counted(1546, "dated event") == "1,546 dated events"
    assert counted(1, "SDG") == "1 SDG"
