"""Words of the medium of WSIS work count only beside other words of the same goal or target."""

from wsislens.sdg.vocabulary import Entry, Hit, medium_keys, without_bare_medium

INTERNET_USERS = Hit(
    10, 24, ("internet", "user"), (Entry(9, "9.c", 1.6), Entry(17, "17.8", 1.6), Entry(17, "17.6", 1.6))
)
PARTNERSHIP = Hit(0, 11, ("partnership",), (Entry(17, None, 0.5),))
BROADBAND = Hit(30, 39, ("broadband",), (Entry(9, "9.c", 1.0),))


def test_the_medium_words_are_read_from_the_vocabulary_file():
    keys = medium_keys()
    assert len(keys) == 18  # 27 phrases, some the same once plurals and spellings are folded
    assert ("ict",) in keys and ("use", "of", "ict") in keys
    assert ("broadband",) not in keys


def test_alone_the_medium_counts_for_nothing():
    assert without_bare_medium([INTERNET_USERS]) == []


def test_beside_a_goal_word_the_medium_supports_the_goal_once_and_no_target():
    kept = without_bare_medium([PARTNERSHIP, INTERNET_USERS])
    assert kept == [PARTNERSHIP, Hit(10, 24, ("internet", "user"), (Entry(17, None, 1.6),))]


def test_beside_a_phrase_of_its_target_the_medium_supports_that_target():
    kept = without_bare_medium([INTERNET_USERS, BROADBAND])
    assert kept == [Hit(10, 24, ("internet", "user"), (Entry(9, "9.c", 1.6),)), BROADBAND]
