"""The language data: folding for matching, and the closed-class words every rule shares."""
import pytest

from quotes.lexicon import DE, PRONOUN_GENDER, QUE, demonym, fold, fold_title, given_name, honorifics, is_role, nationality, role_key, strip_pronoun


def test_fold_normalises_apostrophes_and_case_only():
    assert fold("D’après") == "d'après"
    assert fold("Éric") == "éric"


def test_closed_class_words_come_from_the_data_file_folded():
    assert PRONOUN_GENDER["elle"] == "f" and PRONOUN_GENDER["il"] == "m"
    assert {"de", "d'", "du", "des"} <= DE and "qu'" in QUE


def test_an_inverted_pronoun_loses_its_hyphen_and_t():
    assert strip_pronoun("-t-elle") == "elle" and strip_pronoun("-il") == "il"


def test_an_honorific_with_a_typographic_apostrophe_is_found():
    assert fold_title("M.") in honorifics()


def test_given_names_typed_without_accents_or_in_compounds():
    assert given_name("Jérôme") == given_name("Jérome") == "m"
    assert given_name("Pierre-Luc") == "m" and given_name("Marie-Ève") == "f"
    assert given_name("Paris") is None and given_name("Saint-Paul") is None and given_name("marie") is None


def test_feminine_role_nouns_match_their_masculine_but_abstract_nouns_do_not():
    assert role_key("directrice") == "directeur" and role_key("maîtresse") == "maître"
    assert not is_role("jeunesse") and not is_role("Jeunesse") and not is_role("sagesse")


def test_nationality_adjectives_of_any_ending_are_demonyms_and_common_adjectives_are_not():
    assert all(demonym(word) for word in ("allemand", "belge", "Suisse", "Suissesse", "russe", "grecque", "ukrainienne", "québécois"))
    assert not any(demonym(word) for word in ("ancien", "quotidienne", "général", "prochain", "princesse"))


@pytest.mark.parametrize("word", ["burkinabè", "burkinabé", "Burkinabés", "burkinabe"])
def test_a_nationality_is_one_country_however_the_press_accents_it(word):
    assert nationality(word) == "burkinabè"


@pytest.mark.parametrize("word, country", [("Grèce", None), ("grecques", "grec"), ("Burkina", None)])
def test_a_country_name_is_no_nationality_once_its_accents_are_gone(word, country):
    assert nationality(word) == country
