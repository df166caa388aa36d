"""Parsing only what attribution needs: the pieces join back into the article, offsets and all."""
import pytest
from conftest import direct_speakers

from quotes.lexicon import document_nouns, media_nouns, organisation_nouns, roles, speech_nouns
from quotes.parse import (
    as_parsed, load_model, name_windows, parse_texts, parsing_plan, recognises_names_alone, without_punctuation_runs,
)

TEXT = (
    "Le maire, Paul Girard, a pris la parole : « Nous avons tout essayé pour sauver cette usine, et nous "
    "continuerons jusqu'au dernier jour. »\n\n"
    "« Nous irons, a-t-il ajouté, jusqu'au bout de cette bataille pour l'emploi. » Il a qualifié le plan de « gâchis »."
)


def test_plan_joins_back_into_the_text_and_skips_only_long_plain_quotes():
    plan = parsing_plan(TEXT)
    assert "".join(piece for piece, _ in plan) == TEXT
    skipped = [piece for piece, full in plan if not full]
    assert skipped == ["Nous avons tout essayé pour sauver cette usine, et nous continuerons jusqu'au dernier jour."]


def test_parsed_doc_has_the_articles_text_and_tags_outside_the_skipped_quote(nlp):
    (doc,) = parse_texts([TEXT], nlp)
    assert doc.text == TEXT
    inside = [t for t in doc if t.text == "usine"]
    outside = [t for t in doc if t.text in ("maire", "gâchis", "ajouté")]
    assert inside and all(t.pos_ == "" for t in inside)
    assert all(t.pos_ for t in outside)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Paul Girard"]


def test_a_text_without_quotes_is_one_piece(nlp):
    text = "La séance a été levée à minuit."
    assert parsing_plan(text) == [(text, True)]
    assert parse_texts([text], nlp)[0].text == text


def test_a_headline_is_parsed_apart_from_the_body(nlp):
    """A headline has no full stop: parsed with the body, its last words and the body's first sentence were one
    sentence, « Me Michel Roy » hung on the headline's verb."""
    text = "Du déjà vu prétend la Couronne\n\nMe Michel Roy est revenu sur la preuve balistique mardi."
    assert parsing_plan(text)[0] == ("Du déjà vu prétend la Couronne\n\n", True)
    (doc,) = parse_texts([text], nlp)
    assert doc.text == text
    assert next(t for t in doc if t.text == "Me").is_sent_start


def test_an_empty_text_is_one_empty_doc(nlp):
    assert parsing_plan("") == [("", True)]
    assert [doc.text for doc in parse_texts(["", "Il pleut."], nlp)] == ["", "Il pleut."]


def test_model_is_loaded_once_per_process():
    assert load_model() is load_model()


NAMES = (
    "Le ministre de l'Intérieur, Gérald Darmanin, s'est rendu mardi à Marseille avec la préfète Frédérique "
    "Camilleri. La CGT et l'Agence nationale de la sécurité des systèmes d'information n'ont pas été conviées, "
    "a regretté Sophie Binet, qui dirige le syndicat depuis 2023 et ne décolère pas depuis hier. Les travaux dureront encore trois ans."
)


def test_names_found_in_windows_are_those_of_the_whole_text(nlp):
    (doc,) = parse_texts([NAMES], nlp)
    whole = nlp(NAMES)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]
    assert "Gérald Darmanin" in [e.text for e in doc.ents]


def test_name_windows_leave_out_sentences_without_capitalised_words(nlp):
    (doc,) = parse_texts([NAMES], nlp)
    last_sentence = NAMES.index("Les travaux")
    covered = [doc[start:end] for start, end in name_windows(doc)]
    assert covered and all(span.start_char < last_sentence for span in covered)


def test_only_an_entity_recogniser_with_its_own_vectors_runs_on_windows(nlp):
    import spacy

    assert recognises_names_alone(nlp)  # fr_core_news_md: the NER has its own tok2vec
    tok2vec = nlp.get_pipe("tok2vec")
    tok2vec.listener_map["ner"] = []  # as in a pipeline whose NER listens to the shared tok2vec
    try:
        assert not recognises_names_alone(nlp)
    finally:
        del tok2vec.listener_map["ner"]
    without = spacy.blank("fr")
    assert not recognises_names_alone(without)
    assert parse_texts(["M. Kirby a parlé."], without)[0].text == "M. Kirby a parlé."


def test_hyphenated_nouns_from_the_language_data_stay_one_token(nlp):
    assert [t.text for t in nlp.make_doc("selon la start-up.")] == ["selon", "la", "start-up", "."]


def test_long_runs_of_punctuation_are_spaces_for_spacy_and_short_ones_stay():
    text = "Il a dit « non » !!! " + "«" * 150 + "a" + "_" * 100 + "b" + "…" * 99 + " fin."
    calm = without_punctuation_runs(text)
    assert len(calm) == len(text)
    assert calm == "Il a dit « non » !!! " + " " * 150 + "a" + " " * 100 + "b" + "…" * 99 + " fin."


def test_a_long_run_of_punctuation_keeps_the_offsets_of_the_words_after_it(nlp):
    text = "Jean Dupont a parlé. " + "«" * 20_000 + " Marie Durand a répondu."
    (doc,) = parse_texts([text], nlp)
    marie = next(t for t in doc if t.text == "Marie")
    assert marie.idx == text.index("Marie")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Jean Dupont", "Marie Durand"]


def test_names_cut_like_an_elision_or_a_hyphenated_phrase_are_one_token(nlp):
    doc = parse_texts(["Viviane N'Goran et Martin St-Louis sont venus. N'est-ce pas l'essentiel ?"], nlp)[0]
    words = [t.text for t in doc]
    assert "N'Goran" in words and "St-Louis" in words
    assert words[words.index("venus") + 2] == "N'"  # the negation's elision is still cut


def test_a_comma_typed_without_its_space_before_a_name_is_its_own_token(nlp):
    doc = parse_texts(["Dimanche 20 octobre 2019,Louis Garneau a parlé. Le taux est de 3,5 %."], nlp)[0]
    words = [t.text for t in doc]
    assert words[3:6] == ["2019", ",", "Louis"] and "3,5" in words


def test_an_honorific_typed_without_its_space_is_its_own_token(nlp):
    doc = parse_texts(["Selon M.Taboubi, les négociations continuent."], nlp)[0]
    assert [t.text for t in doc][:3] == ["Selon", "M.", "Taboubi"] and doc.text == "Selon M.Taboubi, les négociations continuent."


def test_a_party_in_brackets_typed_without_its_space_is_apart_from_the_name(nlp):
    text = "Marc Le Fur(LR), député des Côtes-d'Armor, a parlé. Le ratio(x) reste."
    doc = parse_texts([text], nlp)[0]
    assert [t.text for t in doc][:6] == ["Marc", "Le", "Fur", "(", "LR", ")"] and doc.text == text
    assert "ratio(x" in [t.text for t in doc]  # a lowercase word in the brackets is no party
    assert "Neill" not in [t.text for t in parse_texts(["Selon O'Neill(Sinn Féin), c'est fini."], nlp)[0]]  # an elided name stays whole


def test_a_speaker_named_with_a_party_glued_in_brackets_is_named_without_it(nlp):
    text = "Marc Le Fur(LR), député des Côtes-d'Armor, explique pourquoi. « Il y aura moins de députés. »"
    assert direct_speakers(nlp, text) == ["Marc Le Fur"]


def test_a_sentence_opening_on_a_capital_a_without_its_accent_is_parsed_as_the_preposition():
    text = "A Lyon, le maire a parlé. Il a dit : « A bientôt ». Le plan A reste prêt, tout comme l'A380."
    assert as_parsed(text) == "À Lyon, le maire a parlé. Il a dit : « À bientôt ». Le plan A reste prêt, tout comme l'A380."


def test_an_accent_typed_for_an_apostrophe_is_read_as_one(nlp):
    assert as_parsed("l`ex-Premier ministre s´est exprimé, `Bon´ dit-il") == "l'ex-Premier ministre s'est exprimé, `Bon´ dit-il"
    text = (
        "L`opposant Alassane Dramane a affirmé que le couvre-feu était levé. \"Je suis heureux que le chef de l`Etat "
        "ait décidé de lever le couvre-feu\", a déclaré l`ex-Premier ministre après avoir voté."
    )
    assert direct_speakers(nlp, text) == ["Alassane Dramane"]


def test_the_delegate_after_a_place_opened_by_a_capital_a_is_the_speaker(nlp):
    text = (
        "Toutefois, la mobilisation a pris un tour plus symbolique. A Sevrey, où les employés solidaires du "
        "mouvement arboraient un gilet jaune, le délégué syndical Marc Lebrun a déclaré à l'AFP : « Si nous "
        "voulions bloquer, nous l'aurions fait »."
    )
    assert direct_speakers(nlp, text) == ["Marc Lebrun"]


def test_a_given_name_elided_before_a_lowercase_letter_stays_one_token_before_its_surname(nlp):
    (doc,) = parse_texts(["Le milieu de terrain, M’barek Haddaoui a parlé. N'importe Quoi est un film."], nlp)
    words = [t.text for t in doc]
    assert "M’barek" in words and "N'importe" in words
    assert direct_speakers(nlp, "« Il a cru en moi », a déclaré le milieu M’barek Haddaoui.") == ["M’barek Haddaoui"]


def test_every_hyphenated_role_or_body_noun_of_the_data_stays_one_token(nlp):
    """« l'état-major », « la sage-femme »: a noun split at its hyphen heads no phrase, so it never speaks."""
    nouns = sorted(w for w in set(roles()) | organisation_nouns() | media_nouns() | document_nouns() | speech_nouns() if "-" in w)
    docs = parse_texts([f"« Rien », a indiqué le {noun} hier." for noun in nouns], nlp)
    split = [noun for noun, doc in zip(nouns, docs) if noun not in [t.text for t in doc]]
    assert nouns and split == []


@pytest.mark.parametrize(
    "text, parsed",
    [
        ("« Nos vÅ“ux sont simples », a dÃ©clarÃ© Paul Morel.", "« Nos vœux  sont simples », a déclaré   Paul Morel."),
        ("“Il a dÃ©missionnÃ©”, dit-il.", "“Il a démissionné  ”, dit-il."),
        ("«Un procès inĂ©quitable», avait fustigĂ© lâ€™avocate.", "«Un procès inéquitable », avait fustigé  l’avocate  ."),
        ("Un café à Málaga, déjà « Ça va ».", "Un café à Málaga, déjà « Ça va »."),
    ],
    ids=["latin-1", "curly_marks_stay_put", "windows-1250", "no_mojibake"],
)
def test_mojibake_is_repaired_for_the_parser_with_the_same_offsets(text, parsed):
    assert as_parsed(text) == parsed and len(parsed) == len(text)


def test_a_reporting_verb_in_mojibake_still_makes_an_incise(quotes_of):
    quotes = quotes_of("«C’est un procès inĂ©quitable», avait fustigĂ© mardi l’avocate de la famille, Nadia Rakoto.")
    assert [(q.text, q.speaker) for q in quotes] == [("C’est un procès inĂ©quitable", "Nadia Rakoto")]
