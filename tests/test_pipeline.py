"""The whole pipeline on the real seed dispatch: both quotes are John Kirby's, the first about Lloyd Austin."""
from quotes.articles import Article
from quotes.pipeline import extract


def direct(extraction):
    return [q for q in extraction.quotes if q.kind == "direct"]


def test_seed_has_two_direct_quotes_by_john_kirby(nlp, seed_article):
    quotes = direct(extract(seed_article, nlp))
    assert len(quotes) == 2
    assert quotes[0].text.startswith("est le début de discussions entre pays")
    assert quotes[1].text.startswith("Il s’agit surtout de modernisation")
    assert [q.speaker for q in quotes] == ["John Kirby", "John Kirby"]


def test_seed_first_quote_reports_lloyd_austins_aims(nlp, seed_article):
    first, second = direct(extract(seed_article, nlp))
    assert first.about == "Lloyd Austin"
    assert second.about is None


def test_seed_mentions_resolve_to_the_full_name(nlp, seed_article):
    first, second = direct(extract(seed_article, nlp))
    assert first.speaker_mention.replace("\u00a0", " ") == "M. Kirby"
    assert second.speaker_mention == "le porte-parole de la défense américaine"
    assert seed_article.text[first.speaker_start : first.speaker_end] == first.speaker_mention
    assert first.verb == "préciser" and second.verb == "ajouter"


def test_quote_offsets_point_into_the_article(nlp, seed_article):
    for quote in extract(seed_article, nlp).quotes:
        assert seed_article.text[quote.start : quote.end] == quote.text


def test_second_quote_spans_two_sentences_in_one_pair_of_marks(nlp, seed_article):
    second = direct(extract(seed_article, nlp))[1]
    assert second.text.endswith("mais bien de leur dispositif militaire réel")
    assert second.text.count(". ") == 1


def test_indirect_speech_of_the_seed_is_kirbys(nlp, seed_article):
    indirect = [q for q in extract(seed_article, nlp).quotes if q.kind == "indirect"]
    assert len(indirect) >= 3
    assert {q.speaker for q in indirect} == {"John Kirby"}



def test_a_quote_in_the_first_person_singular_is_no_organisations(nlp):
    from quotes.articles import Article

    text = "Le comité des pêches a reçu les élus. « Je ne signerai rien », a-t-il lancé à la sortie."
    assert [q.speaker for q in extract(Article("t", text), nlp).quotes] == [None]


def test_a_first_person_quote_of_an_organisation_the_article_leaves_unnamed(nlp):
    """It used to raise (an unnamed organisation has no first word to look up as a given name): the article was lost."""
    extraction = extract(Article("t", "La saison a été longue. « Je suis fier de ce groupe », a déclaré la direction."), nlp)
    assert [(q.kind, q.speaker) for q in extraction.quotes] == [("direct", None)]


def test_whose_aims_a_quote_reports_is_never_its_speaker(quotes_of):
    quote = quotes_of("Le maire, Paul Roux, « salue l'idée ».")[0]
    assert (quote.speaker, quote.about) == ("Paul Roux", None)


def test_nobody_speaks_of_himself_by_name_in_his_own_words(nlp):
    """« … les absences de Marc (Lessard) … » after « Marc Lessard » was named: not his words, whoever the
    sentence before named; a name an incise gives inside the quote (« …, jure le défenseur X. … ») is no
    such mention."""
    text = (
        "Monaco s'est imposé lundi. « Je suis heureux de cette soirée », a avoué Zoran Petrovic après la rencontre. "
        "Ce match était aussi l'occasion pour Marc Lessard et Ibou Diallo de bien finir l'année. « Avec les absences "
        "de Marc (Lessard) et d'Ibou, nous serons outsiders face à Dijon. »\n\n"
        "« C'est un soulagement, jure pourtant le défenseur Yanis Bekkali. Il reste un match à gagner. »"
    )
    speakers = [q.speaker for q in extract(Article("t", text), nlp).quotes if q.kind == "direct"]
    assert speakers == ["Zoran Petrovic", None, "Yanis Bekkali"]


def test_a_headline_kept_apart_names_whom_the_text_calls_by_role(nlp):
    """A JSON record's "title" is read before the text: « le ministre » of the first line is the minister the
    headline names; the headline's own quote is not the text's, and offsets are the text's."""
    title = "Industrie : Claire Vautrin « ne croit pas » aux miracles"
    text = "« D'autres usines fermeront dans les mois qui viennent », a déclaré la ministre samedi sur France Inter."
    (quote,) = extract(Article("t", text, title=title), nlp).quotes
    assert (quote.speaker, quote.speaker_mention) == ("Claire Vautrin", "la ministre")
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.speaker_start : quote.speaker_end] == "la ministre"


def test_a_headline_already_in_the_text_is_not_read_twice(nlp):
    text = "Claire Vautrin à Lyon\n\n« D'autres usines fermeront », a déclaré la ministre."
    (quote,) = extract(Article("t", text, title="Claire Vautrin à Lyon", body_start=23), nlp).quotes
    assert quote.speaker == "Claire Vautrin" and text[quote.start : quote.end] == quote.text


def test_a_role_with_a_qualifier_is_not_someone_only_the_headline_names(nlp):
    """The headline gives no one's post: « le président kazakh » under « Vladimir Poutine reçoit … » is not Poutine,
    nor « le ministre de la Communication » the president in a headline about his health."""
    cases = [
        ("Vladimir Poutine reçoit Kassym Tokaïev au Kremlin",
         "« Nos relations n'ont jamais été aussi solides », a déclaré le président kazakh à son arrivée."),
        ("Paul Biya hospitalisé à Genève, selon plusieurs sources",
         "« Le chef de l'État se porte bien », a assuré le ministre de la Communication lors d'un point de presse."),
    ]
    for title, text in cases:
        assert [q.speaker for q in extract(Article("t", text, title=title), nlp).quotes] == [None]


def test_a_pronoun_takes_up_someone_the_text_names_before_someone_only_the_headline_names(nlp):
    """« Isaac » (a storm, taken for a man) in the headline is no antecedent while the text names a man; a text
    that names nobody before its pronoun still takes the headline's person."""
    title = "Après Isaac et Sandy, les planteurs ont « tout perdu »"
    text = (
        "« Je suis ruiné », raconte Dieunord Elismé, planteur de carottes.\n\nComme Dieunord, beaucoup de petits "
        "agriculteurs ont tout perdu.\n\n« Nous avons été frappés deux fois », rappelle-t-il."
    )
    assert [q.speaker for q in extract(Article("t", text, title=title), nlp).quotes] == ["Dieunord Elismé"] * 2
    text = "« Je reviendrai », a-t-il promis."
    (quote,) = extract(Article("t", text, title="Paul Roy quitte le club"), nlp).quotes
    assert quote.speaker == "Paul Roy"
    # the headline's subject stays the body's « il » even when the body then names another man in passing
    text = "Après un long entretien avec le président de la fédération, Marc Diallo, il a accepté. « J'ai encore envie », a-t-il confié."
    (quote,) = extract(Article("t", text, title="Didier Dumas prolonge jusqu'en 2026"), nlp).quotes
    assert quote.speaker == "Didier Dumas"


def test_a_headline_read_before_the_text_leaves_the_texts_characters_as_they_are(nlp):
    text = "A Paris, le maire a lancé : « C'est l'heure »."
    (quote,) = extract(Article("t", text, title="Le maire Paul Roy à la tribune"), nlp).quotes
    assert quote.sentence == text and text[quote.start : quote.end] == quote.text == "C'est l'heure"
