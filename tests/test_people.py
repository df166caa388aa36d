"""People and coreference within an article: names, surnames, roles, pronouns, organisations."""
from quotes.articles import Article
from quotes.extract import extract
from quotes.lexicon import fold


def direct_speakers(nlp, text):
    return [q.speaker for q in extract(Article("t", text), nlp).quotes if q.kind == "direct"]


def test_surname_with_honorific_resolves_to_full_name(nlp):
    text = "Le député Arnaud Lefèvre a quitté l'hémicycle. « C'est une mascarade », a lancé M. Lefèvre."
    assert direct_speakers(nlp, text) == ["Arnaud Lefèvre"]


def test_role_introduced_in_apposition_resolves_later(nlp):
    text = (
        "La porte-parole du ministère, Inès Carrel, a confirmé l'information mardi. "
        "Le ministre Hugo Dumas était absent. "
        "« Les négociations reprendront jeudi », a ajouté la porte-parole."
    )
    assert direct_speakers(nlp, text) == ["Inès Carrel"]


def test_pronoun_chooses_by_gender_when_a_man_and_a_woman_are_candidates(nlp):
    text = (
        "M. Garnier et Mme Renaud se retrouveront jeudi pour négocier. "
        "« Nous y allons sans illusions », a-t-elle prévenu. "
        "« Je serai ouvert à tout », a-t-il répondu."
    )
    speakers = direct_speakers(nlp, text)
    assert [s.split()[-1] for s in speakers] == ["Renaud", "Garnier"]


def test_pronoun_prefers_the_last_subject_of_its_gender(nlp):
    text = (
        "Le juge Marc Delorme a entendu l'avocat Paul Simon pendant deux heures. "
        "Marc Delorme a ensuite suspendu l'audience. « Nous reprendrons demain », a-t-il dit."
    )
    assert direct_speakers(nlp, text) == ["Marc Delorme"]


def test_hyphenated_and_particle_names_are_kept_whole(nlp):
    text = "« Rien n'est joué », a déclaré Anne-Sophie Le Goff, maire de Plouzec. Mme Le Goff a quitté la salle."
    assert direct_speakers(nlp, text) == ["Anne-Sophie Le Goff"]


def test_organisation_named_in_full_then_by_its_head_noun(nlp):
    text = (
        "Le rectorat de l'académie de Lorvenne a présenté un plan lundi. "
        "« Aucune école ne fermera », a assuré le rectorat."
    )
    assert direct_speakers(nlp, text) == ["rectorat de l'académie de Lorvenne"]


def test_unnamed_speaker_is_nobody(nlp):
    text = "Un habitant du quartier a assisté à la scène. « J'ai eu très peur », confie-t-il."
    assert direct_speakers(nlp, text) == [None]


def test_speakers_are_stored_with_their_roles(nlp):
    extraction = extract(
        Article("t", "« Le budget sera voté », a déclaré le porte-parole du gouvernement, Julien Martel."), nlp
    )
    (person,) = extraction.people
    assert person.name == "Julien Martel"
    assert any(role.startswith("porte-parole") for role in person.roles)
    assert [m.text for m in extraction.mentions] == ["le porte-parole du gouvernement, Julien Martel"]


def test_fold_normalises_apostrophes_and_case_only():
    assert fold("D’après") == "d'après"
    assert fold("Élysée") == "élysée"


def test_an_anonymous_speaker_is_the_antecedent_of_the_next_pronoun(nlp):
    text = (
        "Le directeur, Paul Mercier, a présenté le plan. "
        "« On enchaîne les gardes de douze heures », souffle une infirmière. "
        "« Personne ne nous écoute », ajoute-t-elle."
    )
    assert direct_speakers(nlp, text) == [None, None]


def test_a_role_refers_only_to_someone_introduced_before(nlp):
    text = (
        "Le député Hugo Vernier a dénoncé la réforme. « Vous allez ruiner les familles ! », a tonné l'élu. "
        "« C'est faux ! », lui a répondu l'élu écologiste Malik Saïdi."
    )
    assert direct_speakers(nlp, text) == ["Hugo Vernier", "Malik Saïdi"]


def test_name_with_particle_missed_by_the_ner(nlp):
    text = "Le député de la Sarthe Gonzague de Vauclair a pris la parole. « Rien ne presse », a ajouté M. de Vauclair."
    assert direct_speakers(nlp, text) == ["Gonzague de Vauclair"]


def test_organisation_acronym_and_generic_noun_refer_back(nlp):
    text = (
        "L'agence régionale de santé (ARS) d'Occitanie a publié un bilan. « Le pic est passé », selon l'ARS. "
        "Le groupe pharmaceutique Valmont a confirmé des livraisons. « Les stocks suffiront », assure l'entreprise."
    )
    assert direct_speakers(nlp, text) == ["agence régionale de santé", "Valmont"]


def test_name_in_apposition_to_a_role_whatever_its_tags(nlp):
    text = "Le gouverneur de la région, Oleh Marchenko, a remercié Paris. « Nous tiendrons », a-t-il lancé."
    assert direct_speakers(nlp, text) == ["Oleh Marchenko"]


def test_institution_name_with_pour_and_a_relative_clause(nlp):
    text = (
        "La Commission s'appuie sur les avis du Conseil international pour l'exploration de la mer, "
        "qui juge le stock « en situation critique » depuis trois ans."
    )
    assert direct_speakers(nlp, text) == ["Conseil international pour l'exploration de la mer"]


def test_a_name_before_an_indefinite_description_is_the_speaker(nlp):
    text = "Données et Libertés, une association de défense des droits numériques, dénonce un « angle mort » réglementaire."
    assert direct_speakers(nlp, text) == ["Données et Libertés"]


def test_the_management_of_a_named_site_speaks_as_itself(nlp):
    text = "La direction de l'usine Vantrel assure que ce plan est « indispensable à la survie du site »."
    assert direct_speakers(nlp, text) == ["direction de l'usine Vantrel"]


def test_a_document_speaks_for_whoever_issued_it(nlp):
    announced = (
        "Dans un communiqué publié vendredi, la mairie de Plouzévet a annoncé une navette gratuite vers le bourg. "
        "« Il s'agit d'une mesure d'urgence et non d'une réponse durable », précise le texte."
    )
    assert direct_speakers(nlp, announced) == ["mairie de Plouzévet"]
    named_inside = "« La situation est sous contrôle », indique un communiqué de la préfecture du Var."
    assert direct_speakers(nlp, named_inside) == ["préfecture du Var"]


def test_a_possessed_document_is_not_a_speaker(nlp):
    text = "Les salariés de l'usine, que tout le monde appelle « la Boiserie », recevront leur lettre de licenciement."
    assert [(q.kind, q.speaker) for q in extract(Article("t", text), nlp).quotes] == [("term", None)]


def test_an_acronym_introduced_in_a_complement_names_the_organisation(nlp):
    text = (
        "Jérôme Vuillemin, délégué de l'Union syndicale des métallurgistes (USM), a pris la parole. "
        "Dans un tract, l'USM accuse la direction de « sacrifier un savoir-faire centenaire »."
    )
    assert direct_speakers(nlp, text) == ["Union syndicale des métallurgistes"]


def test_an_organisation_takes_the_name_set_in_apposition(nlp):
    text = (
        "Le club de natation local, les Dauphins de Lauzerac, craint pour sa survie. "
        "« Sans bassin, il n'y a plus de club », résume le club."
    )
    assert direct_speakers(nlp, text) == ["Dauphins de Lauzerac"]


def test_a_person_in_apposition_does_not_name_the_organisation(nlp):
    text = "Le syndicat, Pierre Morel en tête, a défilé. « Nous ne céderons pas », a prévenu le syndicat."
    assert direct_speakers(nlp, text) == ["syndicat"]


def test_a_start_up_named_once_is_the_one_that_speaks_later(nlp):
    text = (
        "La start-up toulousaine Orbisens a annoncé mardi la mise en orbite de son satellite. "
        "« Le système a détecté 94 % des départs de feu », affirme la start-up."
    )
    assert direct_speakers(nlp, text) == ["Orbisens"]


def test_an_acronym_with_its_departement_number_names_the_service_in_full(nlp):
    text = (
        "Le lieutenant Arnaud Pichon, du service départemental d’incendie et de secours de Loire-Atlantique "
        "(SDIS 44), était sur place. « Il faut d’abord appeler le 18 », rappelle le SDIS."
    )
    assert direct_speakers(nlp, text) == ["service départemental d’incendie et de secours de Loire-Atlantique"]


def test_a_name_with_an_apostrophe_is_kept_whole(nlp):
    text = "Hélène Guivarc’h, 81 ans, a été démarchée. « Le commercial m’a tout promis », raconte Hélène Guivarc’h, amère."
    assert direct_speakers(nlp, text) == ["Hélène Guivarc’h"]


def test_an_organisation_subject_of_the_previous_sentence_is_a_pronouns_antecedent(nlp):
    text = (
        "La préfecture du Finistère a appelé la population à la plus grande prudence. "
        "« Nous demandons à chacun de limiter ses déplacements », a-t-elle déclaré."
    )
    assert direct_speakers(nlp, text) == ["préfecture du Finistère"]


def test_an_organisation_subject_of_a_que_clause_is_not(nlp):
    text = (
        "Interrogée sur ces critiques, Mme Dorota Wiśniewska a rappelé que la Commission avait déjà revu sa copie. "
        "« Les poissons, eux, ne négocient pas », a-t-elle lâché."
    )
    assert direct_speakers(nlp, text) == ["Dorota Wiśniewska"]
