import pytest

from quotes.articles import Article
from quotes.layout import is_byline
from quotes.pipeline import extract


def test_a_quote_keeps_its_sentence_with_the_cue_and_abbreviations_do_not_split_it(nlp):
    text = "Il pleut. Selon M. Kirby, « la rencontre aura lieu. Elle sera longue », a-t-il dit. Fin."
    (quote,) = extract(Article("t", text), nlp).quotes
    assert quote.sentence == "Selon M. Kirby, « la rencontre aura lieu. Elle sera longue », a-t-il dit."


def test_a_quote_over_two_paragraphs_keeps_both(nlp):
    text = "Le maire a pris la parole.\n\n« Nous tiendrons.\n\n« Nous ne céderons pas », a-t-il dit.\n\nLa séance a été levée."
    quotes = [q for q in extract(Article("t", text), nlp).quotes if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].sentence.startswith("« Nous tiendrons.") and quotes[0].sentence.endswith("a-t-il dit.")


@pytest.mark.parametrize("line, byline", [
    ("Par Nadir Kadi", True), ("Par Anne Roy et Marc Petit\n", True), ("PAR ÉLODIE DE VRIES", True),
    ("Par ailleurs, le maire a parlé.", False), ("Par la voix de son porte-parole, X a dit", False),
])
def test_a_byline_is_a_line_of_its_own_naming_who_wrote(line, byline):
    assert is_byline(line) is byline
