"""Names and roles: full names, particles, apostrophes, roles in apposition."""
import pytest
from conftest import direct_speakers
from spacy.tokens import Span

from quotes.articles import Article
from quotes.coreference import ArticlePeople
from quotes.names import apposed_roles, find_names
from quotes.parse import parse_texts
from quotes.pipeline import extract


def names_of(doc) -> list[str]:
    """The person names `find_names` sees in a parsed text, as written."""
    return [doc[start:end].text for start, end, _ in find_names(doc)]


def test_hyphenated_and_particle_names_are_kept_whole(nlp):
    text = "« Rien n'est joué », a déclaré Anne-Sophie Le Goff, maire de Plouzec. Mme Le Goff a quitté la salle."
    assert direct_speakers(nlp, text) == ["Anne-Sophie Le Goff"]


def test_speakers_are_stored_with_their_roles(nlp):
    extraction = extract(
        Article("t", "« Le budget sera voté », a déclaré le porte-parole du gouvernement, Julien Martel."), nlp
    )
    (person,) = extraction.people
    assert person.name == "Julien Martel"
    assert any(role.startswith("porte-parole") for role in person.roles)
    assert [m.text for m in extraction.mentions] == ["le porte-parole du gouvernement, Julien Martel"]


def test_name_with_particle_missed_by_the_ner(nlp):
    text = "Le député de la Sarthe Gonzague de Vauclair a pris la parole. « Rien ne presse », a ajouté M. de Vauclair."
    assert direct_speakers(nlp, text) == ["Gonzague de Vauclair"]


def test_a_capitalised_particle_opening_its_clause_belongs_to_the_surname(nlp):
    doc = parse_texts(["Lundi, François-Xavier de Donnea a reçu le ministre. Interrogé par la presse, De Donnea a déclaré que le dialogue reprendrait."], nlp)[0]
    assert names_of(doc) == ["François-Xavier de Donnea", "De Donnea"]


def test_name_in_apposition_to_a_role_whatever_its_tags(nlp):
    text = "Le gouverneur de la région, Oleh Marchenko, a remercié Paris. « Nous tiendrons », a-t-il lancé."
    assert direct_speakers(nlp, text) == ["Oleh Marchenko"]


def test_a_name_before_an_indefinite_description_is_the_speaker(nlp):
    text = "Données et Libertés, une association de défense des droits numériques, dénonce un « angle mort » réglementaire."
    assert direct_speakers(nlp, text) == ["Données et Libertés"]


def test_a_name_with_an_apostrophe_is_kept_whole(nlp):
    text = "Hélène Guivarc’h, 81 ans, a été démarchée. « Le commercial m’a tout promis », raconte Hélène Guivarc’h, amère."
    assert direct_speakers(nlp, text) == ["Hélène Guivarc’h"]


def test_an_honorific_with_a_stray_full_stop_is_not_a_name(nlp):
    text = "« Je préfère qu'on prenne le temps », déclare Me. Michel Coicaud."
    assert direct_speakers(nlp, text) != ["Me"]


def test_a_regnal_number_is_part_of_the_name(nlp):
    text = "« Je préfère ne pas savoir », a confié le prince Albert II au quotidien local."
    assert direct_speakers(nlp, text) == ["Albert II"]


def test_a_party_acronym_before_a_name_is_not_part_of_it(nlp):
    text = "Jean Asselborn n'aurait pas agi avec diplomatie, selon le député ADR Fernand Kartheiser."
    people = [p.name for p in extract(Article("t", text), nlp).people]
    assert "Fernand Kartheiser" in people and "ADR Fernand Kartheiser" not in people


def test_a_name_after_an_honorific_may_begin_like_a_role(nlp):
    text = "« Nous avons rencontré les agences », a déclaré le président du comité, Me Pape Diouf."
    assert direct_speakers(nlp, text) == ["Pape Diouf"]


def test_a_surname_right_after_a_role_noun_is_a_name(nlp):
    text = (
        "Le ministre Gérald Darmin a annoncé une aide. À l'issue des discussions, le député Kerdorf a apporté "
        "quelques précisions. « Une aide sera versée dès janvier. »"
    )
    assert direct_speakers(nlp, text) == ["Kerdorf"]  # the NER takes it for a place


def test_two_capitalised_words_before_a_role_in_apposition_are_a_name(nlp):
    text = (
        "Deo Kasamba, candidat gouverneur lors des dernières élections, a présenté ses condoléances.\n\n"
        "« Notre ville doit anticiper les crises », a-t-il écrit dimanche."
    )
    assert direct_speakers(nlp, text) == ["Deo Kasamba"]


def test_surnames_with_an_elided_or_saint_prefix_are_whole(nlp):
    text = (
        "L'entraîneur Martin St-Louis a rencontré Viviane N'Goran, productrice de cacao. "
        "« Nous voulons un bon prix », a-t-elle confié. « Je les comprends », a dit St-Louis."
    )
    assert direct_speakers(nlp, text) == ["Viviane N'Goran", "Martin St-Louis"]


def test_a_name_typed_with_two_spaces_is_whole(nlp):
    text = (
        "Le délégué des étudiants, Marcel  Pierrelouis, a pris la parole devant le rectorat. "
        "« Nous voulons un vrai campus », a-t-il lancé."
    )
    assert direct_speakers(nlp, text) == ["Marcel Pierrelouis"]


def test_a_capitalised_title_after_a_name_in_a_caption_is_not_part_of_it(nlp):
    text = "« Ce prix, c'est pour toute l'équipe » a confié Armand Tchoupo Réalisateur Lauréat du grand prix\n\nLa fête a duré une semaine."
    assert direct_speakers(nlp, text) == ["Armand Tchoupo"]


def test_a_unions_branch_before_a_name_is_not_part_of_it(nlp):
    text = "« Rien n'a bougé », a déploré le secrétaire général de la CFDT Métallurgie Julien Morvan."
    assert direct_speakers(nlp, text) == ["Julien Morvan"]


def test_a_body_in_the_complement_of_a_role_set_after_a_name_is_no_person(nlp):
    doc = nlp("\"La direction reste campée\", lâche Marc Hoarau, délégué syndical CGTM Auto Martinique chez Citroën. Une colère.")
    assert names_of(doc) == ["Marc Hoarau"]


@pytest.mark.parametrize("text", [
    "Évoquant les récentes tensions au sein du caucus de Projet Laval, le chef de l’opposition a reproché au maire son silence.",
    "Évoquant les tensions au sein du parti Avenir Québec, le chef de l'opposition a reproché au maire son silence.",
])
def test_a_role_that_opens_the_next_clause_is_no_apposition_of_the_words_before(nlp, text):
    assert names_of(nlp(text)) == []


def test_a_given_name_and_a_surname_found_apart_are_one_name(nlp):
    doc = nlp(
        "Le village a fêté le triomphe de son héros Vahine Fierro, première championne olympique de surf. « J'ai senti "
        "la force », a déclaré Fierro à l'AFP.\n\nLa mère de Vahine Fierro, Hina Tetuanui, jardinait pendant les "
        "finales. « Je fais le jardin », a-t-elle raconté."
    )
    assert names_of(doc) == ["Vahine Fierro", "Fierro", "Vahine Fierro", "Hina Tetuanui"]


def test_a_name_before_a_role_after_an_ordinal_is_a_person(nlp):
    doc = nlp(
        "Les habitants ont fêté la victoire de leur voisin Kauli Vaast, premier champion olympique de surf. « Je le "
        "ressentais », a confié Vaast."
    )
    assert names_of(doc)[:2] == ["Kauli Vaast", "Vaast"]


@pytest.mark.parametrize("text, names", [
    ("« C'est un moment historique », a écrit sur Twitter Oleh Kovalenko après la décision.", ["Oleh Kovalenko"]),
    ("Sur Facebook Marine Lenoir a dénoncé « une honte ».", ["Marine Lenoir"]),
    ("Le patron de Facebook Mark Zuckerberg a parlé.", ["Mark Zuckerberg"]),
])
def test_a_social_network_before_a_name_is_where_it_was_posted_not_part_of_it(nlp, text, names):
    assert names_of(nlp(text)) == names


def test_a_word_of_origin_after_its_article_is_an_epithet_not_a_name(nlp):
    text = (
        "Drapeau belge sur les épaules, Léa Moens rayonnait à la sortie de la piste. La Namuroise oubliera vite le "
        "chrono. « J'étais venue pour défendre mon titre », a-t-elle confié."
    )
    assert names_of(nlp(text)) == ["Léa Moens"]
    assert direct_speakers(nlp, text) == ["Léa Moens"]


def test_de_between_two_full_names_joins_two_people_not_one_name(nlp):
    text = (
        "Au second tour, quelques milliers de voix séparent Michel Martelly de Nathalie Manigat. "
        "La candidate Nathalie Manigat dénonce des « fraudes massives »."
    )
    assert direct_speakers(nlp, text) == ["Nathalie Manigat"]


def test_a_lone_saint_name_is_a_town_not_a_person(nlp):
    doc = parse_texts(["Un accident a fait deux morts à Saint-Paul, un autre à Sainte-Rose. Martin St-Louis a réagi."], nlp)[0]
    assert names_of(doc) == ["Martin St-Louis"]


def test_an_uppercase_title_after_a_name_is_not_part_of_it(nlp):
    text = "« Nous comptons trois décès », a dit le général Paul Rabe DG du bureau des risques."
    assert direct_speakers(nlp, text) == ["Paul Rabe"]


def test_a_name_the_ner_took_for_a_title_after_a_long_role(nlp):
    text = (
        "La ministre de l'Asile et de la Migration Maggie De Block était abasourdie mercredi soir. "
        "« Ce qui est arrivé est dramatique », a-t-elle dit."
    )
    assert direct_speakers(nlp, text) == ["Maggie De Block"]


def test_a_capitalised_title_after_an_article_is_not_part_of_the_name(nlp):
    doc = parse_texts(["Le président de la République Kais Saied a reçu Marine Le Pen."], nlp)[0]
    assert names_of(doc) == ["Kais Saied", "Marine Le Pen"]


def test_a_caption_line_name_comma_role_gives_the_person_a_role(nlp):
    extraction = extract(
        Article("t", "Il manque d'eau. Normand Rivard, agriculteur\n\nL'état du blé de printemps laisse aussi à désirer "
                     "chez M. Rivard. « Il est très sec », dit-il."),
        nlp,
    )
    (person,) = extraction.people
    assert person.name == "Normand Rivard" and person.roles == ["agriculteur"]


def test_two_roles_joined_after_a_name_are_its_and_the_first_ends_before_the_second(nlp):
    """« fondateur », tagged a verb, does not make the phrase a clause: the role is learnt, and later « le
    ministre » is Paul Teva, not the man named since."""
    text = (
        "Lundi, Paul Teva, ministre de la Culture et fondateur du festival, sourit. Plus tard, le chanteur Marc Lenoir "
        "est monté sur scène. « Nous sommes heureux », dit le ministre."
    )
    extraction = extract(Article("t", text), nlp)
    assert [q.speaker for q in extraction.quotes] == ["Paul Teva"]
    assert next(p for p in extraction.people if p.name == "Paul Teva").roles == ["ministre de la Culture"]


def test_a_surname_in_capitals_is_part_of_the_name_whatever_its_tag(nlp):
    doc = nlp("a expliqué le ministre provincial des Travaux publics, Aimé Kalonji MBUYAMBA.")
    doc[-2].pos_ = "PRON"  # the small models tag some capitalised surnames as pronouns
    assert names_of(doc) == ["Aimé Kalonji MBUYAMBA"]


def test_a_married_name_after_a_slash_is_part_of_the_name(nlp):
    text = "Awa Ouédraogo/Sawadogo, dont l'étal a brûlé, explique : « Je n'ai rien pu sauver. »"
    assert direct_speakers(nlp, text) == ["Awa Ouédraogo/Sawadogo"]


def test_a_party_acronym_after_du_is_not_part_of_the_name(nlp):
    assert direct_speakers(nlp, "Paul Lemaire du PS déclare : « C'est un bouleversement. »") == ["Paul Lemaire"]
    assert direct_speakers(nlp, "Selon Félix de SOUZA, « rien ne presse ».") == ["Félix de SOUZA"]


def test_a_full_name_the_ner_missed_is_shown_by_the_surname_with_an_honorific(nlp):
    text = (
        "Les cours reprendront, a indiqué jeudi le ministre en charge de l’Education Stanislas Compaoré. "
        "M. Compaoré a précisé que les examens auront lieu en juin."
    )  # the NER takes « Education Stanislas Compaoré » for an organisation
    people = [person.name for person in extract(Article("t", text), nlp).people]
    assert people == ["Stanislas Compaoré"]


def test_a_capitalised_nationality_before_a_given_name_is_not_part_of_the_name(nlp):
    text = "« Les élections n'auront pas lieu à la date prévue », a lancé le président Rwandais Paul KAGAME."
    assert direct_speakers(nlp, text) == ["Paul KAGAME"]


def test_a_place_named_after_someone_is_no_person(nlp):
    assert names_of(nlp("Au lycée Alassane Ouattara d'Abobo, les cours ont repris.")) == []
    assert names_of(nlp("Les élèves du collège Aimé Césaire ont fait leur rentrée.")) == []
    assert names_of(nlp("Le directeur de l'hôpital Jean Le Goff a parlé.")) == ["Jean Le Goff"]  # he directs it
    assert names_of(nlp("Les chiffres de la Fondation Abbé Pierre sont alarmants.")) == []
    assert names_of(nlp("Le cortège a remonté l'avenue Président Senghor jusqu'au port.")) == []
    assert names_of(nlp("Il se trouvait avec des amis au niveau de la piscine Jean Boiteux.")) == []
    assert names_of(nlp("Le match s'est joué au gymnase Marcel Cerdan devant 800 spectateurs.")) == []
    assert names_of(nlp("Le festival a tenu sa conférence à la salle Bernard Dadié du District d'Abidjan.")) == []
    assert names_of(nlp("La gouverneure s'est rendue à l'école élémentaire Mamadou Dia puis au CEM Lamine Guèye.")) == []
    assert names_of(nlp("« Tout ira bien », a déclaré le premier ministre à son arrivée mercredi à l’édifice Marie-Guyart.")) == []
    assert names_of(nlp("Une mère rencontrée au niveau de Ben Aknoun témoigne.")) == []
    # one word that is no given name after a role's place noun names the place (a surname comes back if given in full)
    assert names_of(nlp("« Les lits manquent », s'est inquiété le directeur de l'hôpital Sandaga.")) == []
    assert names_of(nlp("« Les cours reprennent », a assuré le proviseur du lycée Mboppi.")) == []


def test_a_role_with_a_role_for_complement_is_the_head_not_the_complement(nlp):
    text = (
        "L'avocat du prévenu, Me Lucien Favre, ne laisse rien passer. Le procureur s'est retrouvé seul avec les "
        "juges. « Une imprudence crasse », selon la défense. « Rien n'a été dit », assure le porte-parole du "
        "président, Karim Benali."
    )
    extraction = extract(Article("t", text), nlp)
    assert [quote.speaker for quote in extraction.quotes] == ["Lucien Favre", "Karim Benali"]
    roles = {person.name: person.roles for person in extraction.people}
    assert any(role.startswith("porte-parole") for role in roles["Karim Benali"])


def test_a_surname_after_a_role_with_a_contracted_article_is_a_name(nlp):
    doc = nlp("L'argument n'a pas résisté à l'argumentaire du Bâtonnier Kalala, selon lequel la loi est claire.")
    assert names_of(doc) == ["Kalala"]  # the NER: a place


def test_a_name_the_ner_joins_to_an_organisation_after_a_roles_acronym(nlp):
    text = (
        "« La menace reste permanente », a réagi le directeur général de l'OMS Tedros Adhanom Ghebreyesus. "
        "« Nous gardons nos équipes sur place », a précisé Matshidiso Moeti, directrice régionale de l'OMS."
    )
    assert direct_speakers(nlp, text) == ["Tedros Adhanom Ghebreyesus", "Matshidiso Moeti"]


def test_an_organisations_name_after_its_acronym_is_no_person_when_a_name_follows(nlp):
    text = "« Le contexte est hostile », souligne le président de la FGTB Métal Liège, Thierry Grignard."
    assert direct_speakers(nlp, text) == ["Thierry Grignard"]


def test_a_lone_capitalised_word_after_dans_is_a_place(nlp):
    text = (
        "Le revers subi dans Jean-Talon ne doit pas servir de prétexte, a fait valoir le maire de la ville. "
        "« Rien n'est perdu », a dit Paul Bérard."
    )
    people = [p.name for p in extract(Article("t", text), nlp).people]
    assert "Jean-Talon" not in people and "Paul Bérard" in people


def test_a_role_with_several_portfolios_is_apposed_to_the_name_after_them(nlp):
    text = (
        "Les élèves ont reçu la visite du ministre de la Culture, de la Jeunesse et des Sports, Tom Ries, "
        "venu visiter les classes. « Qui a passé de bonnes vacances ? » a lancé le ministre."
    )
    extraction = extract(Article("t", text), nlp)
    (person,) = extraction.people
    assert person.name == "Tom Ries" and any(role.startswith("ministre") for role in person.roles)
    assert [(q.speaker, q.confidence >= 0.8) for q in extraction.quotes] == [("Tom Ries", True)]


def test_a_place_after_a_role_noun_is_the_area_it_covers_not_a_surname(nlp):
    text = "« Nous manquons de doses », explique la responsable Mali de Médecins du monde, Claire Dubost."
    assert direct_speakers(nlp, text) == ["Claire Dubost"]


def test_the_pilgrims_honorific_el_hadj_is_not_part_of_the_name(nlp):
    text = (
        "Le marché central a rouvert lundi. « Il était temps », a estimé el Hadj Boukary Sawadogo, délégué des commerçants. "
        "« Nous avons perdu trois semaines », a ajouté Hadja Mariam Compaoré, vendeuse de pagnes."
    )
    assert direct_speakers(nlp, text) == ["Boukary Sawadogo", "Mariam Compaoré"]


def test_a_capitalised_el_hadji_opening_a_name_is_a_given_name(nlp):
    text = "« La procédure est viciée », a plaidé Me El Hadji Mbaye Sarr, avocat de la défense."
    assert direct_speakers(nlp, text) == ["El Hadji Mbaye Sarr"]


def test_a_lowercase_part_after_a_hyphen_inside_the_entity_is_part_of_the_name(nlp):
    text = "« Nous devons agir », a déclaré le secrétaire général des Nations unies, Ban Ki-moon, lundi."
    assert direct_speakers(nlp, text) == ["Ban Ki-moon"]


@pytest.mark.parametrize("title", ["Maître", "Maitre", "Me"])
def test_a_lawyers_title_with_or_without_its_circumflex_is_not_part_of_the_name(nlp, title):
    text = f"Le verdict tombé, {title} Ange Kouadio Dadié a dénoncé la décision. « Il n'y avait aucune preuve », a-t-il lancé."
    assert direct_speakers(nlp, text) == ["Ange Kouadio Dadié"]


def test_a_capitalised_preposition_before_a_given_name_and_a_role_is_not_part_of_the_name(nlp):
    text = "Pour Martine, une résidente de 47 ans qui vit à Esch depuis dix ans, « les loyers sont devenus fous »."
    assert direct_speakers(nlp, text) == ["Martine"]


def test_a_given_name_joined_by_a_hyphen_to_a_country_name_is_whole(nlp):
    text = "Bombardée de questions, la ministre de l'Agriculture France-Éliane Roy a promis un plan. « Nous agirons », a déclaré Mme Roy."
    assert direct_speakers(nlp, text) == ["France-Éliane Roy"]


def test_a_hyphenated_given_name_in_apposition_to_a_role_is_a_name(nlp):
    text = (
        "Face à la crise du logement, la ministre responsable de l’Habitation, France-Élaine Rivard, reconnaît que le "
        "projet de loi qu’elle a déposé « ne règlera pas tout »."
    )
    assert direct_speakers(nlp, text) == ["France-Élaine Rivard"]


def test_a_hyphenated_given_name_is_whole_when_a_later_honorific_shows_the_full_name(nlp):
    text = (
        "Bombardée de questions sur la pénurie de logements au Parlement, la nouvelle ministre de l’habitation "
        "France-Élaine Rivard s’est défendue de ne pas agir.\n\n« Je pense que j’agis », a répondu Mme Rivard."
    )
    assert direct_speakers(nlp, text) == ["France-Élaine Rivard"]


def test_a_title_after_an_honorific_or_a_role_acronym_before_a_company_is_no_name(nlp):
    assert names_of(nlp("« Nous exportons déjà » conclut l’ancien DG de SENELEC.")) == []
    assert names_of(nlp("Madame le Ministre fait savoir que le réseau sera rétabli.")) == []


def test_a_particle_before_an_organisation_noun_ends_the_name(nlp):
    text = "« Seuls les médecins des urgences resteront à leur poste », a indiqué Dr Paul Bessala du Syndicat des Médecins du Cameroun."
    assert direct_speakers(nlp, text) == ["Paul Bessala"]


def test_a_role_before_a_quotation_mark_or_mais_is_not_apposed_to_a_name_after_them(nlp):
    text = (
        "« Les services se sont parlé », a reconnu le ministre Luc Verbeke mais au nom de la \"séparation des "
        "pouvoirs\", Marc Lambrecht reste libre. Le ministre a rappelé que l'incident était rare."
    )
    extraction = extract(Article("t", text), nlp)
    roles = {p.name: p.roles for p in extraction.people}
    assert roles.get("Marc Lambrecht", []) == []
    assert [q.speaker for q in extraction.quotes if q.kind == "indirect"] == ["Luc Verbeke"]


def test_a_numbered_place_after_de_is_no_person_even_after_a_role(nlp):
    text = "Le vice-recteur de l’université de Yaoundé II a exprimé des doutes. « J’ai des doutes », a-t-il déclaré."
    assert names_of(parse_texts([text], nlp)[0]) == []
    assert direct_speakers(nlp, text) == [None]


def test_a_capitalised_verb_the_ner_takes_into_a_name_is_left_out(nlp):
    doc = nlp("« Notre vie restera la même. » Déclare Hanitra Rasoanaivo, sans-abri.")
    verb = next(t for t in doc if t.text == "Déclare")
    doc.ents = [Span(doc, verb.i, verb.i + 3, label="PER")]  # as the NER did on a real dispatch
    assert names_of(doc) == ["Hanitra Rasoanaivo"]


def test_a_lone_capitalised_word_completing_a_noun_after_a_is_a_place(nlp):
    doc = nlp("Le retour à Koumassi est un moment fort pour l'équipe. « Nous sommes heureux de jouer ici », a-t-il dit.")
    place = next(t for t in doc if t.text == "Koumassi")
    doc.ents = [Span(doc, place.i, place.i + 1, label="PER")]  # as the NER labelled a stadium's town on a real dispatch
    assert names_of(doc) == []


def test_a_name_the_ner_took_for_a_title_is_a_person_before_a_reporting_verb(nlp):
    doc = nlp("Après sa victoire, la tenniswomen, Ons Jebali, a indiqué au quotidien qu'elle reste confiante.")
    name = next(t for t in doc if t.text == "Ons")
    doc.ents = [Span(doc, name.i, name.i + 2, label="MISC")]  # as the NER labelled a player's name on a real dispatch
    assert names_of(doc) == ["Ons Jebali"]


def test_a_name_the_ner_took_for_a_title_is_a_person_as_the_subject_of_an_incise(nlp):
    doc = nlp("« C'est dur au quotidien », confie Oussi Mdahoma.")
    name = next(t for t in doc if t.text == "Oussi")
    doc.ents = [Span(doc, name.i, name.i + 2, label="MISC")]  # as the NER labelled a resident's name on a real dispatch
    assert names_of(doc) == ["Oussi Mdahoma"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Habib Sylla Entraîneur des Aigles : « On a manqué de réalisme »", ["Habib Sylla"]),
        ("« Les prix ont doublé », s'indigne Mr. Ekané, commerçant au marché central.", ["Ekané"]),
        ("« Nous tiendrons », a déclaré Bruno Le Maire devant les députés.", ["Bruno Le Maire"]),
        ("Le préfet entrant a parlé.\n\nN'Golokara Ouédraogo Sanou a rappelé que le désordre ne sera pas toléré.", ["N'Golokara Ouédraogo Sanou"]),
        ("Pour Idriss Déby Itno du Tchad, le jury a tranché.", ["Idriss Déby Itno"]),
        ("L'ancien bourgmestre de la Ville de Bruxelles, François-Xavier de Donnéa, estime que c'est grave.", ["François-Xavier de Donnéa"]),
        ("« Nous soutenons ce projet », a déclaré Ousmane Sow-Diallo du Niger.", ["Ousmane Sow-Diallo"]),
        ("Valéry Giscard d'Estaing a parlé.", ["Valéry Giscard d'Estaing"]),
    ],
)
def test_a_title_after_a_name_and_an_english_honorific_are_no_part_of_it_an_elided_initial_is(nlp, text, names):
    assert names_of(nlp(text)) == names


def test_one_unknown_capitalised_word_alone_after_an_incise_verb_is_a_name(nlp):
    doc = nlp("« Il ne reste rien de la boutique », résume Tsiresy. Le marché a brûlé dans la nuit.")
    word = next(t for t in doc if t.text == "Tsiresy")
    word.pos_ = "PRON"  # as the tagger read a shopkeeper's name on a real dispatch
    doc.ents = []
    assert names_of(doc) == ["Tsiresy"]


def test_a_role_before_a_conjunction_belongs_to_the_first_name_and_a_party_is_no_part_of_a_name(nlp):
    text = (
        "Le Conseil communal a voté la résolution. Le syndic Vert Daniel Morand et le municipal radical Olivier "
        "Schaller n'attendaient que cette question. Après avoir résumé l'étude, le syndic a déclaré que, « au vu de "
        "ces éléments, il serait irresponsable de rejeter le projet »."
    )
    assert direct_speakers(nlp, text) == ["Daniel Morand"]


def test_an_unknown_given_name_between_a_role_and_a_known_one_is_part_of_the_name_not_a_party(nlp):
    text = "« Un geste fort pour la région », a déclaré le député Cheikhou Oumar Sy."
    assert direct_speakers(nlp, text) == ["Cheikhou Oumar Sy"]


@pytest.mark.parametrize("text, speaker", [
    ("À la tribune, le député Nupes Aymeric Caron a réclamé « l'abolition de la corrida sans délai ».", "Aymeric Caron"),
    ("Le bourgmestre DéFI Bernard Clerfayt a défendu la zone basse émission. « Nous ne reculerons pas », a-t-il insisté.",
     "Bernard Clerfayt"),
    ("Le texte divise. Le député Liot Charles de Courson a estimé qu'il fallait « prendre le temps du débat ».",
     "Charles de Courson"),
])
def test_a_party_between_a_role_and_a_name_is_no_part_of_it(nlp, text, speaker):
    assert direct_speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    "text, name",
    [
        ("C'est l'invention de Mariama N'doye, 34 ans, très engagée. « Tout le monde a un téléphone », explique-t-elle.", "Mariama N'doye"),
        ("C’est l’invention de Diariata N’dour, 36 ans, très engagée. « Tout le monde a un téléphone », explique-t-elle.", "Diariata N’dour"),
    ],
)
def test_an_elided_capital_and_an_age_in_apposition_make_a_full_name(nlp, text, name):
    assert direct_speakers(nlp, text) == [name]


def test_a_surname_the_tagger_takes_for_a_pronoun_is_still_the_name(nlp):
    text = (
        "iGFM - (Dakar) L’opposition est en train de bâtir une coalition. Ousmane Sonko a déclaré, ce mardi, que Macky "
        "Sall fera face à l’une des plus fortes oppositions de l’histoire."
    )
    speakers = [q.speaker for q in extract(Article("t", text), nlp).quotes]
    assert speakers == ["Ousmane Sonko"]


def test_a_lowercase_maitre_is_an_honorific(nlp):
    doc = nlp("L'après-midi a été consacré aux plaidoiries, à débuter par celle de maître Roussel, celui des parties civiles.")
    doc.ents = []  # as on a real dispatch, where the NER missed the surname
    assert names_of(doc) == ["Roussel"]


def test_a_surname_in_a_headline_before_the_full_name_is_that_person(nlp):
    doc = nlp("Un hiver de « fiascos », soutient Benhadi\n\nCela ne s'est plus reproduit, a remarqué le leader de l'opposition, Karim Benhadi.")
    full = next(i for i, t in enumerate(doc) if t.text == "Karim")
    doc.ents = [Span(doc, full, full + 2, label="PER")]  # the NER missed the surname in the headline, as on a real dispatch
    assert names_of(doc) == ["Benhadi", "Karim Benhadi"]


def test_two_capitalised_words_after_the_place_a_role_covers_are_its_holders_name(nlp):
    """Unfamiliar names after « le préfet du Golfe »: the tagger makes them adjectives or glues them to the place."""
    doc = nlp("Le nouveau Préfet du Golfe Kossivi Agbodan est allé à la rencontre des responsables de quartier.")
    assert names_of(doc) == ["Kossivi Agbodan"]
    assert names_of(nlp("La directrice de Radio France Internationale a parlé.")) == []
    assert names_of(nlp("Pour arriver là, la native de Ksar El Hellar a essuyé des critiques.")) == []


def test_a_name_that_follows_a_place_noun_anywhere_is_a_place_everywhere(nlp):
    text = (
        "Ce village est un symbole du problème de l'eau. Kolo Bangou est l'un des derniers villages à éradiquer le ver "
        "de Guinée. M. Moussa Adamou, chef du village de Kolo Bangou, nous reçoit."
    )
    assert names_of(nlp(text)) == ["Moussa Adamou"]



def test_two_particles_inside_a_name_but_not_before_an_organisation(nlp):
    doc = parse_texts(
        ["La présidente de la Commission, Ursula von der Leyen, a rencontré Philippe Martinez de la CGT à Paris."], nlp
    )[0]
    assert names_of(doc) == ["Ursula von der Leyen", "Philippe Martinez"]


def test_a_long_name_without_its_last_word_is_the_same_person(nlp):
    text = (
        "Le président Mahamat Idriss Déby Itno a prêté serment vendredi. « Je suis le président de tous », a lancé "
        "Mahamat Idriss Déby."
    )
    assert direct_speakers(nlp, text) == ["Mahamat Idriss Déby Itno"]


def test_a_name_seen_first_without_its_last_word_takes_the_full_one(nlp):
    text = (
        "Municipales : Aline Verdier dénonce un scrutin truqué. Aline Verdier Rostand, tête de liste de "
        "l'opposition, a rejeté les chiffres, qu'elle juge « faux ». « Nous irons devant le juge », a-t-elle ajouté."
    )
    assert direct_speakers(nlp, text) == ["Aline Verdier Rostand", "Aline Verdier Rostand"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "Le porte-parole du gouvernement malien Tiémoko Touré a affirmé jeudi que « la rentrée aura lieu ».",
            "Tiémoko Touré", id="tagged-as-adjectives",
        ),
        pytest.param(
            "Le ton est monté au conseil municipal, la mairesse Plante se disant « outrée » par les accusations.",
            "Plante", id="one-word-after-a-role",
        ),
        pytest.param(
            "« Aucune piste n’est écartée », indique le ministre de la Sécurité Rémis Zongo.",
            "Rémis Zongo", id="glued-to-the-ministry",
        ),
    ],
)
def test_a_name_the_ner_found_is_kept_whatever_the_tagger_said(nlp, text, speaker):
    assert direct_speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Après la défaite, le sélectionneur Ivoirien s'est présenté devant la presse.", id="origin"),
        pytest.param("Le conseil s'est réuni mardi au Grand Sérail pour préparer le budget.", id="place"),
    ],
)
def test_a_capitalised_origin_or_a_place_the_ner_took_for_a_person_is_no_name(nlp, text):
    assert names_of(parse_texts([text], nlp)[0]) == []


def test_a_surname_spelt_with_its_accents_is_the_person_named_without_them(nlp):
    text = (
        "Tadej Pogacar a remporté le Tour de France pour la troisième fois.\n\n"
        "« Je suis content d'avoir gagné », a déclaré Pogačar.\n\n"
        "Luka Doncic a marqué quarante points. « Nous avons bien joué », a dit Dončić."
    )
    assert direct_speakers(nlp, text) == ["Tadej Pogacar", "Luka Doncic"]


def test_an_outlets_name_after_its_noun_is_no_person(nlp):
    text = (
        "La trêve serait impossible, a déclaré le ministre égyptien des Affaires étrangères Badr Abd al-Atti dans "
        "une interview au magazine Der Spiegel. « L'engagement américain est vital », a souligné le ministre."
    )
    assert direct_speakers(nlp, text) == ["Badr Abd al-Atti"]


def test_an_honorific_inside_a_run_of_capitals_opens_the_next_name(nlp):
    text = (
        "Le médecin-chef du Centre de santé Philippe Maguilen Senghor Docteur Abdou Karim Diop a salué des « avancées "
        "considérables ». « Nous avons recruté 28 agents », a précisé le Docteur Diop.\n\n"
        "Le directeur de l'hôpital Aristide Le Dantec Monsieur Paul Ndiaye a dénoncé des « problèmes »."
    )
    assert direct_speakers(nlp, text) == ["Abdou Karim Diop", "Abdou Karim Diop", "Paul Ndiaye"]


def test_an_honorific_cuts_a_name_only_before_another_capitalised_name(nlp):
    assert direct_speakers(nlp, "« Nous allons gagner », a déclaré El Hadj Amadou Diallo.") == ["El Hadj Amadou Diallo"]
    speaker, = direct_speakers(nlp, "Le directeur de l'hôpital Paul Ndiaye Docteur en médecine a dénoncé des « problèmes ».")
    assert speaker is not None and speaker.startswith("Paul Ndiaye")  # the director, not a hospital


@pytest.mark.parametrize(
    "text, names",
    [
        ("L'ancien conseiller d'Étienne Mulamba Peter Kasongo a parlé.", ["Étienne Mulamba", "Peter Kasongo"]),
        ("Le ministre Cheikh Tidiane Gadio a parlé.", ["Cheikh Tidiane Gadio"]),
        ("Le président Moussa Faki Mahamat a parlé.", ["Moussa Faki Mahamat"]),
        ("Le président mauritanien Mohamed Ould Abdel Aziz a parlé.", ["Mohamed Ould Abdel Aziz"]),
        ("Le conseiller de Mohamed Ould Abdel Aziz a parlé.", ["Mohamed Ould Abdel Aziz"]),
        ("« Le pays vacille », a réagi le ministre du Budget, Julien Vautrin Claire Mabille dénonce « une faute ».", ["Julien Vautrin", "Claire Mabille"]),
        ("Jean Marie Le Pen a parlé.", ["Jean Marie Le Pen"]),
        ("Le ministre Jean Pierre Marie Mabiala a parlé.", ["Jean Pierre Marie Mabiala"]),
    ],
    ids=[
        "two_full_names_side_by_side", "two_given_names_then_a_surname", "a_given_name_last", "one_name_in_four_words", "one_name_in_four_words_after_de",
        "a_lost_full_stop_between_a_mans_and_a_womans_names", "a_womans_given_name_second_is_no_other_person",
        "marie_a_mans_middle_name",
    ],
)
def test_a_given_name_after_a_full_name_opens_another_name(nlp, text, names):
    assert names_of(nlp(text)) == names


def test_a_given_name_after_a_definite_article_is_a_place(nlp):
    doc = nlp("Les pompiers de l'Aude ont rejoint ceux de la Loire. Aude Martin a salué leur travail.")
    assert names_of(doc) == ["Aude Martin"]


@pytest.mark.parametrize(
    "text",
    [
        "Un feu a pris vendredi au lieu dit Kernaour. Les pompiers sont appelés au lieu-dit Kernaour.",
        "« Je mets une heure pour aller travailler », peste un habitant du lieu-dit Kernaour.",
    ],
    ids=["lieu_dit_written_both_ways", "someone_of_the_lieu_dit"],
)
def test_a_lieu_dit_is_a_place_not_a_person(nlp, text):
    assert names_of(nlp(text)) == []


def test_a_role_with_a_name_of_its_own_in_a_list_after_a_name_is_that_names(nlp):
    text = (
        "Les dirigeants venus à Kiev avec Jean Dufour, le chancelier allemand Karl Weber, le président du Conseil "
        "italien Paolo Rossi et le président roumain, Ion Popescu, ont parlé."
    )
    doc = parse_texts([text], nlp)[0]
    people = ArticlePeople(doc, find_names(doc), [0])
    assert {e.name: e.roles for e in people.entities} == {
        "Jean Dufour": [], "Karl Weber": ["chancelier allemand"], "Paolo Rossi": ["président du Conseil italien"],
        "Ion Popescu": ["président roumain"],
    }


@pytest.mark.parametrize(
    "text, names",
    [
        ("Le maire de Nancy, Pierre Dupuis, a inauguré la salle.", ["Pierre Dupuis"]),
        ("« Une enquête interne est en cours », a indiqué le Centre hospitalier universitaire de Nancy.", []),
    ],
    ids=["a_roles_place", "an_organisations_place"],
)
def test_a_given_name_the_ner_sees_as_a_place_after_de_is_a_place(nlp, text, names):
    assert names_of(parse_texts([text], nlp)[0]) == names


def test_an_organisation_of_a_town_named_like_a_person_speaks_as_itself(nlp):
    text = "« Une enquête interne est en cours », a indiqué le Centre hospitalier universitaire de Nancy."
    assert direct_speakers(nlp, text) == ["Centre hospitalier universitaire de Nancy"]


def test_a_place_named_after_someone_in_a_role_phrase_keeps_the_role(nlp):
    text = "Il a rencontré Paul Martin, le proviseur du lycée Victor-Hugo, et Anne Morel."
    doc = parse_texts([text], nlp)[0]
    people = ArticlePeople(doc, find_names(doc), [0])
    assert {e.name: e.roles for e in people.entities}["Paul Martin"] == ["proviseur du lycée Victor-Hugo"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("« C'est une gifle pour la famille », a déclaré à TF2info Me Alexandre Novel, avocat de la veuve.", ["Alexandre Novel"]),
        ("El Hadj Amadou Diallo a pris la parole devant les fidèles.", ["El Hadj Amadou Diallo"]),
    ],
    ids=["an_outlet_run_into_the_name", "an_honorific_inside_a_given_name"],
)
def test_a_name_starts_after_an_honorific_that_follows_another_word(nlp, text, names):
    assert names_of(parse_texts([text], nlp)[0]) == names


@pytest.mark.parametrize("text, names", [
    ("Remco Evenepoel a gagné la Clasica San Sebastian deux fois.", ["Remco Evenepoel"]),
    ("Victor Dumas a été complimenté par les San Antonio Spurs.", ["Victor Dumas"]),
    ("Marc Ruiz a joué trois saisons à São Paulo.", ["Marc Ruiz"]),
])
def test_a_name_after_a_saints_title_is_a_place_or_a_team(nlp, text, names):
    assert names_of(parse_texts([text], nlp)[0]) == names


def test_a_speaker_described_by_a_race_named_after_a_saint_is_the_person_in_view(nlp):
    text = (
        "Remco Evenepoel ne fera pas de cyclocross cet hiver. \"Je n'y ai jamais pensé\" détaille le double vainqueur "
        "de la Clasica San Sebastian."
    )
    assert direct_speakers(nlp, text) == ["Remco Evenepoel"]


@pytest.mark.parametrize("text, names", [
    ("« Trois cents cas », a déclaré Pape Moussa Diop, directeur de la prévention.", ["Pape Moussa Diop"]),
    ("Le porte-parole du syndicat, Dr. Koffi Yao Bernard, a rencontré la ministre.", ["Koffi Yao Bernard"]),
    ("Le pape François a célébré la messe dimanche.", ["François"]),
    ("« On réagit », Monica Dufour Directrice générale, Centre Emploi", ["Monica Dufour"]),
])
def test_given_names_titles_with_a_full_stop_and_a_capitalised_title_after_the_name(nlp, text, names):
    assert names_of(parse_texts([text], nlp)[0]) == names


@pytest.mark.parametrize("text, names", [
    ("« Nous avons manqué de réalisme », a regretté l'attaquant sénégalais Dame N'Doye.", ["Dame N'Doye"]),
    ("« La guerre est toujours une défaite », a déclaré le Pape François dimanche.", ["François"]),
    ("Invité de RTL, Laurent Berger présent aux côtés des grévistes a dénoncé un « mépris total ».", ["Laurent Berger"]),
])
def test_given_names_that_are_titles_and_surnames_that_are_role_nouns(nlp, text, names):
    assert names_of(parse_texts([text], nlp)[0]) == names


def test_a_capitalised_subject_of_an_absolute_participle_after_a_role_is_no_apposed_name(nlp):
    text = "« Je suis ici pour les salariés », a précisé l’élu de la Somme, Orange Bank ayant un centre à Amiens."
    assert names_of(parse_texts([text], nlp)[0]) == []


@pytest.mark.parametrize("text, names", [
    ("« L'eau monte », explique Sophie Marchand de Bretagne Vivante, à Brest.", ["Sophie Marchand"]),
    ("« On nous a oubliés », a lancé Paul Girard du Secours Populaire lundi.", ["Paul Girard"]),
    ("« Nous devons lire », a écrit Roger Martin du Gard en 1937.", ["Roger Martin du Gard"]),
    ("Il ne veut pas confondre Pierre Morel de Marine Le Pen.", ["Pierre Morel", "Marine Le Pen"]),
    ("« Il faut tenir », a déclaré Paul Marie de La Gorce.", ["Paul Marie de La Gorce"]),
    ("« Il faut tenir », a déclaré Charles Henri de Lévis Mirepoix.", ["Charles Henri de Lévis Mirepoix"]),
])
def test_de_then_two_capitalised_words_after_a_full_name_is_where_the_person_works(nlp, text, names):
    assert names_of(parse_texts([text], nlp)[0]) == names


def test_the_next_quote_stays_with_the_person_not_with_the_association_after_the_name(nlp):
    text = "« L'eau monte », explique Sophie Marchand de Bretagne Vivante. « Nous le voyons sur chaque plage. »"
    assert direct_speakers(nlp, text) == ["Sophie Marchand", "Sophie Marchand"]


def test_capitalised_words_after_the_organisation_a_role_heads_are_its_name_not_the_holders(nlp):
    text = "« On ne refuse personne », explique le directeur général de la Mission Old Brewery, Matthew Pearce."
    assert names_of(parse_texts([text], nlp)[0]) == ["Matthew Pearce"]


def test_an_honorific_that_is_also_a_given_name_before_one_surname_is_the_given_name(nlp):
    text = ("La ministre des Affaires étrangères, Hadja Lahbib, était à Kiev mardi. « Nous serons là », a déclaré "
            "Mme Lahbib. « Les prix montent », a ajouté Hadja Mariam Compaoré, vendeuse de pagnes.")
    assert direct_speakers(nlp, text) == ["Hadja Lahbib", "Mariam Compaoré"]


def test_a_given_name_ending_an_organisations_name_is_no_person(nlp):
    text = ("Pour le savoir, Santé publique France a publié une étude ce lundi. En 2023, « près de 5000 décès » étaient "
            "liés au froid, selon Santé publique France. « Le risque augmente très vite », résume l'agence sanitaire.")
    assert direct_speakers(nlp, text) == ["Santé publique France"] * 2  # not a woman called France


def test_mes_the_plural_of_maitre_is_an_honorific(nlp):
    text = ("Les avocats de la défense ont contre-attaqué. Parmi eux, Mes Ousmane Diallo et Awa Sarr. Mes Ousmane Diallo "
            "a lancé : « Nous irons jusqu'au bout. »\n\nMes enfants sont partis, raconte Fatou Ndiaye.")
    assert direct_speakers(nlp, text) == ["Ousmane Diallo"]


def test_one_word_in_brackets_after_a_bodys_phrase_is_its_short_name_everywhere(nlp):
    doc = nlp("Les glaciers fondent, selon le réseau de surveillance des glaciers alpins (Marius) qui juge la situation "
              "grave. Le phénomène s'accélère, a indiqué Anne Roux, directrice de Marius.")
    assert names_of(doc) == ["Anne Roux"]  # « Marius » is the network's, not a man's name


@pytest.mark.parametrize("text, speakers", [
    ("Le président de la région (Wauquiez) a réagi mardi soir. « C'est inacceptable », a-t-il dit.", ["Wauquiez"]),
    ("Wauquiez a réagi mardi soir devant la presse. « C'est inacceptable », a-t-il dit. Le président de la région "
     "(Wauquiez) avait déjà protesté.", ["Wauquiez"]),
    ("Le ministre de l'Intérieur (Darmanin) était présent. « La sécurité est notre priorité », a déclaré Darmanin.",
     ["Darmanin"]),
    ("L'avocate de la famille (Leroux) a pris la parole. « Justice doit être rendue », a-t-elle lancé.", ["Leroux"]),
    ("Mes Années Mitterrand, le livre de Paul Dupont, sort jeudi. « J'ai tout raconté », a-t-il confié.", ["Paul Dupont"]),
    ("La militante Hadja Aïssatou Bah a pris la parole. « Nous ne partirons pas », a lancé Hadja Bah.", ["Aïssatou Bah"]),
])
def test_a_person_in_brackets_after_a_role_a_title_opening_with_mes_and_hadja_before_a_known_surname(nlp, text, speakers):
    """Found by the second review of this session's rules: each was right before them and wrong with their first version."""
    assert direct_speakers(nlp, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a surname split at its apostrophe whose second half is also a word (« homme » is a role noun)
    ("L'entraîneur du club, Michel Preud'homme, est déçu. « Nous avons fait notre travail », a-t-il dit.", ["Michel Preud'homme"]),
    # a given name opening on a word that is also a title
    ("« On nous prend pour des imbéciles », explique Reine-Claude Mader, présidente de l'association.", ["Reine-Claude Mader"]),
    # the outlet the person spoke to, named between the verb and the person, there and further on
    ("« Nous sommes voisins », a déclaré à Radio Sahel Info Aminata Diallo. Elle répondait à Radio Sahel Info.", ["Aminata Diallo"]),
    ("« Il n'y a pas de victimes », indique à Keystone-ATS Stève Léger, porte-parole de la police.", ["Stève Léger"]),
    # the outlet a journalist works for, after « de » or « du », is not more of the name; a particle still is
    ("« Il y a quelque chose de sidérant », estime Patrick Moyon de Ouest-France.", ["Patrick Moyon"]),
    ("« Rien ne va plus », explique Marie Roy de La Presse. « Tout va bien », dit Jean de La Fontaine.", ["Marie Roy", "Jean de La Fontaine"]),
    # a country after a full name is where the person is from; a place in a role's complement is the role's
    ("« Nous irons jusqu'au bout », a déclaré le président Macky Sall du Sénégal.", ["Macky Sall"]),
    ("« Le véhicule n'était pas assuré », a précisé le procureur de la République de Chaumont Denis Devallois.", ["Denis Devallois"]),
    ("« Nous irons jusqu'au bout », a déclaré le roi Philippe de Belgique.", ["Philippe de Belgique"]),
    # a known agency, then a person whose given name no list knows
    ("« La mobilisation reste forte », a indiqué à Keystone-ATS Cora Antonelli, présidente du syndicat.", ["Cora Antonelli"]),
    ("« Nous n'avons reçu aucune garantie », a déclaré à Sputnik Afrique Soukeyna Ndour, porte-parole des pêcheurs.", ["Soukeyna Ndour"]),
    # a quotation mark typed against the words on both sides
    ("« On est frustré », a confié l'ailier du club Yanis Lenne,\"et puis on s'est perdu », a-t-il ajouté.", ["Yanis Lenne", "Yanis Lenne"]),
    # a headline's post after the name; an agency with its article before a surname alone
    ("Le président nomme Claire Vasseur Première ministre\n\n« J'accepte cette mission », a déclaré Claire Vasseur.", ["Claire Vasseur"]),
    ("« Le prix ne couvre plus nos frais », a expliqué à l'AFP Gilbert, 58 ans, éleveur dans la Creuse.", ["Gilbert"]),
])
def test_names_cut_at_an_apostrophe_a_title_an_outlet_or_a_glued_mark(nlp, text, speakers):
    assert direct_speakers(nlp, text) == speakers


def test_constructions_a_review_found_the_new_name_rules_too_wide_on(nlp):
    """Counterexamples a read-only review wrote for this session's name rules: each must keep the old reading."""
    assert names_of(parse_texts(["L'avocat de Sidi Mohamed Ould Cheikh a dénoncé un procès « politique »."], nlp)[0]) == [
        "Sidi Mohamed Ould Cheikh"
    ]  # after a role and « de », a name whose first word no list knows is still whole
    assert direct_speakers(nlp, "Au gala de la Fondation Reine-Fabiola Marie Dupont a déclaré : « Chaque don compte. »") == ["Marie Dupont"]
    text = "La présidente a passé le relais à Paul-Loup Sulitzer. « Je suis honoré », a déclaré Paul-Loup."
    assert direct_speakers(nlp, text) == ["Paul-Loup Sulitzer"]  # a compound given name then a surname after « à »: a person


def test_a_given_name_and_a_surname_hyphenated_after_a_is_a_place_named_after_someone(nlp):
    text = (
        "« C’est une saison manquée », a déclaré Jean Soucasse, directeur du club. Il s'exprimait après les incidents "
        "de dimanche à Geoffroy-Guichard.\n\nPlutôt que de réagir à chaud, celui-ci a préféré attendre : « Notre "
        "responsabilité est bien plus grande. »"
    )
    assert direct_speakers(nlp, text) == ["Jean Soucasse", "Jean Soucasse"]
    assert names_of(parse_texts(["Il a répondu à Jean-Luc, son voisin, puis il est allé à Pierre-Mauroy."], nlp)[0]) == ["Jean-Luc"]


def test_the_show_or_host_whose_guest_the_speaker_is_is_no_person_of_the_article(nlp):
    text = (
        "\"Je suis vraiment en colère, c'est inadmissible\"\n\nInvité de Bourdin direct ce lundi matin, Paul Guidon, le "
        "maire de Calvi, était partagé entre tristesse et colère.\n\n\"Le feu n'est pas encore maîtrisé. Je suis vraiment "
        "en colère, c'est inadmissible.\""
    )
    assert direct_speakers(nlp, text) == ["Paul Guidon", "Paul Guidon"]


def test_a_roman_numeral_ends_a_given_name_not_a_governments_surname(nlp):
    text = (
        "Le gouvernement Lecornu II a été annoncé. Le pape Jean-Paul II et le roi Mohammed VI ont salué Sébastien Lecornu "
        "et le syndicaliste Armand Noutack II."
    )
    assert names_of(parse_texts([text], nlp)[0]) == ["Lecornu", "Jean-Paul II", "Mohammed VI", "Sébastien Lecornu", "Armand Noutack II"]


def test_a_short_name_in_brackets_after_an_institution_whose_noun_is_also_a_role_is_no_person_later(nlp):
    text = (
        "Les enseignants ont répondu à l'appel du Conseil national autonome du personnel enseignant du secteur ternaire de "
        "l'éducation (Cnapeste). Le "
        "porte-parole du syndicat Cnapeste, Messaoud Bouzid, assure que le suivi est massif. « Ce taux varie d'une wilaya "
        "à une autre », précise-t-il."
    )
    assert direct_speakers(nlp, text) == ["Messaoud Bouzid"]


def test_a_surname_ending_like_a_word_of_origin_after_a_role_is_a_name(nlp):
    text = "Gérald Darmanin s'est rendu sur place. « Les deux feux progressent », a indiqué à l’AFP le commandant Jomain."
    assert direct_speakers(nlp, text) == ["Jomain"]
    assert names_of(parse_texts(["« Nous avons perdu », a regretté le sélectionneur Ivoirien."], nlp)[0]) == []


@pytest.mark.parametrize("text, speakers", [
    # the NER's place runs into the person: the role's country, then the person
    ("« La biennale est un défi », a déclaré le président du Burkina Faso Roch Marc Christian Kaboré.", ["Roch Marc Christian Kaboré"]),
    # a given name that ends like a word of origin is no nationality before the name
    ("« C'est une journée historique », a déclaré le ministre de la Santé, Lucien Marie Robert Kargougou.", ["Lucien Marie Robert Kargougou"]),
    # « Dre », Quebec's « docteure », is an honorific
    ("« On est bien en deçà du seuil », a affirmé la Dre Mylène Drouin. Selon la Dre Drouin, « il faut vacciner ».", ["Mylène Drouin", "Mylène Drouin"]),
])
def test_names_after_a_place_a_given_name_ending_like_an_origin_and_dre(nlp, text, speakers):
    assert direct_speakers(nlp, text) == speakers


def test_a_surname_that_speaks_before_the_full_name_is_that_person_whatever_the_ner_says(nlp):
    text = (
        "En préambule, Petkovic a abordé les rencontres de septembre. « Ce ne sera pas un match de revanche », a déclaré "
        "Petkovic aux journalistes.\n\nConcernant le retour de Mahrez, Vladimir Petkovic estime que « tout va bien »."
    )
    assert direct_speakers(nlp, text) == ["Vladimir Petkovic", "Vladimir Petkovic"]


@pytest.mark.parametrize("text, speakers", [
    # a nationality written with a capital after a role is the role's, not a surname
    ("Le président Andry Rakoto a pris la parole.\n\nDans une allocution, le président Malgache a dénoncé une "
     "tentative de « coup d'État ».", ["Andry Rakoto"]),
    ("Le Premier ministre Paul Lamy a reçu les syndicats. « Nous avons avancé », a assuré le Premier ministre Français.",
     ["Paul Lamy"]),
])
def test_a_capitalised_nationality_after_a_role_is_no_name(nlp, text, speakers):
    assert direct_speakers(nlp, text) == speakers


def test_a_word_lowercase_after_its_hyphen_is_a_body_not_a_surname(nlp):
    text = (
        "Les propositions sont maigres selon Julien Tessaz, secrétaire fédéral Sud-rail. « Ils se trompent », affirme "
        "le secrétaire fédéral de Sud-Rail."
    )
    assert direct_speakers(nlp, text) == ["Julien Tessaz"]


def test_a_capitalised_pronoun_after_a_name_is_not_part_of_it(nlp):
    text = "Du côté socialiste, le député Arthur Delmas Il a dénoncé le « chaos politique » du moment."
    assert direct_speakers(nlp, text) == ["Arthur Delmas"]


@pytest.mark.parametrize("text, speakers", [
    # a linking adverb opening the sentence is no part of the name after it
    ("Nous avons gagné la rencontre.\n\nEnfin Roberto Martinez a expliqué pourquoi il gardait son ailier : « Il avait "
     "l'air fort. »", ["Roberto Martinez"]),
    # so is a conjunction (« Si » is a given name nowhere here)
    ("« Espérons qu'elle s'en sorte », souffle Eduardo.\n\nSi Eduardo, résident du n°12, a pu rentrer chez lui, "
     "« rien ne sera comme avant », a-t-il ajouté.", ["Eduardo", "Eduardo"]),
    # « Prof » is a title
    ("« Le nombre de cas a baissé », reconnaît Prof. Mahamadou Diakité, vice-recteur de l'université.",
     ["Mahamadou Diakité"]),
])
def test_words_before_a_name_that_are_not_part_of_it(nlp, text, speakers):
    assert direct_speakers(nlp, text) == speakers


def test_a_given_name_after_a_filiation_particle_is_the_same_name(nlp):
    text = "Le Premier ministre du Qatar, Mohammed ben Abderrahmane Al-Thani, a déclaré que les négociations « avancent »."
    assert direct_speakers(nlp, text) == ["Mohammed ben Abderrahmane Al-Thani"]


def test_a_name_after_a_hospitals_acronym_is_the_hospital(quotes_of):
    text = (
        "Parmi eux, le Dr Wissam Bou Salem, directeur général médical du CHU Brugmann. « L'hôpital sans médecin, ce "
        "n'est pas de la science-fiction », prévient-il."
    )
    assert [q.speaker for q in quotes_of(text, kinds=("direct",))] == ["Wissam Bou Salem"]


def test_a_word_set_off_by_an_organisation_noun_names_that_organisation(quotes_of):
    text = (
        "« Nous fermons des lits », a déclaré Dieter Goemans, directeur général des hôpitaux chez Gibbis, "
        "l'organisation faîtière des établissements bruxellois. La pénurie en est la cause.\n\n« Presque tous les "
        "hôpitaux sont touchés. »"
    )
    assert [q.speaker for q in quotes_of(text, kinds=("direct",))] == ["Dieter Goemans", "Dieter Goemans"]


@pytest.mark.parametrize("text, name, role", [
    # a singular role right before a name, with no comma, is that name's title
    ("Il était accompagné de Sophie Marin, conseillère du président Paul Morel en matière de sécurité.", "Paul Morel", "président"),
    ("Elle a rencontré la porte-parole du ministre kényan Jean Dupuis hier.", "Jean Dupuis", "ministre"),
    # set off by a comma, the whole phrase is
    ("L'avocat du prévenu, Me Lucien Favre, ne laisse rien passer.", "Lucien Favre", "avocat"),
    # an adjective inside the phrase is no title of its own
    ("Elle se situe haut, a rappelé le président de la direction générale Thomas Jordan.", "Thomas Jordan", "président"),
])
def test_the_role_apposed_to_a_name_is_the_nearest_singular_title(nlp, text, name, role):
    doc = nlp(text)
    start, end, _ = next(found for found in find_names(doc) if doc[found[0] : found[1]].text == name)
    assert [t.text for t in apposed_roles(doc, start, end)] == [role]


@pytest.mark.parametrize("text, names", [
    # one capitalised word after « du », « au », « des » is a place or a thing, whatever the tagger says
    ("Le Président du Faso, le capitaine Ibrahim Kaboré, s'est exprimé mardi.", ["Ibrahim Kaboré"]),
    ("Le ministre s'est rendu au Mali puis au Niger, a dit Paul Morel.", ["Paul Morel"]),
])
def test_a_word_after_a_fused_article_is_no_name(nlp, text, names):
    doc = nlp(text)
    assert [doc[start:end].text for start, end, _ in find_names(doc)] == names


@pytest.mark.parametrize("text, names", [
    # « des » then a capitalised word after a full name is the person's party or group, not a particle
    ("Sandrine Méral des Écologistes estime que le texte « ne tient pas debout ».", ["Sandrine Méral"]),
    ("Hier, Paul Vidal des Républicains a voté contre.", ["Paul Vidal"]),
    # but after a lone given name the NER reads as one name with it, « des » is part of it
    ("Jean des Cars a raconté la vie de la reine.", ["Jean des Cars"]),
])
def test_des_and_a_group_after_a_full_name_is_no_particle(nlp, text, names):
    assert names_of(nlp(text)) == names


def test_a_name_after_a_nationality_noun_is_a_name_whatever_its_tags(quotes_of):
    text = (
        "Éliminée en demi-finale, la Tunisienne Ons Jabeur a gardé le sourire : « Je reviendrai », a-t-elle promis. "
        "Son oncle, Mohamed Jabeur, était dans les tribunes. « Ce n'est que partie remise », a ajouté Ons Jabeur."
    )
    assert [q.speaker for q in quotes_of(text, kinds=("direct",))] == ["Ons Jabeur", "Ons Jabeur"]


def test_an_adjective_of_an_organisations_name_gives_no_role_nor_gender(quotes_of):
    text = (
        "Le secrétaire général de l'union Générale Marocaine des Ouvriers, Karim Bensaïd, a parlé devant les militants. "
        "« Nous irons jusqu'au bout », a-t-il lancé."
    )
    assert [q.speaker for q in quotes_of(text, kinds=("direct",))] == ["Karim Bensaïd"]


def test_a_party_after_a_role_and_an_acronym_is_not_part_of_the_name(nlp):
    assert names_of(nlp("Élue mardi, la sénatrice LR/Horizons Yaël Morin a pris la parole.")) == ["Yaël Morin"]


@pytest.mark.parametrize("text, speakers", [
    # a review of the twenty-eighth session: « des » in a surname, a company after a masculine nationality noun,
    # a party adjective after a person noun outside the role list
    ("« C'est l'aboutissement de six années de travail », a déclaré Hervé Martin des Ormeaux, maire de Saint-Gildas.",
     ["Hervé Martin des Ormeaux"]),
    ("David Burritt, PDG de US Steel, était à Tokyo mercredi. Le Japonais Nippon Steel a finalisé le rachat du "
     "sidérurgiste. « C'est un moment très émouvant pour moi », a-t-il confié.", ["David Burritt"]),
    ("Le poids lourd libéral Georges-Louis Bouchez a interpellé le Premier ministre Bart De Wever en commission. "
     "« Le compte n'y est pas », a martelé le libéral.", ["Georges-Louis Bouchez"]),
])
def test_constructions_a_review_found_the_twenty_eighth_sessions_name_rules_too_wide_on(quotes_of, text, speakers):
    assert [q.speaker for q in quotes_of(text, kinds=("direct",))] == speakers


def test_a_sovereigns_name_with_its_number_is_the_same_person(nlp):
    text = (
        "Le prince Frédéric a reçu les ministres. La crise s'envenime quand Frédéric III s'en mêle. « J'appelle chacun à "
        "la retenue », a déclaré le prince. Le grand-duc Henri a salué l'accord. « C'est une sage décision », a ajouté "
        "le grand-duc."
    )
    assert direct_speakers(nlp, text) == ["Frédéric III", "Henri"]


@pytest.mark.parametrize("text, speakers", [
    # a surname that is an adjective before a role noun stays the surname
    ("Le conseil de Renault a nommé mercredi Christophe Blanc directeur général. « Le groupe doit accélérer », a déclaré "
     "M. Blanc.", ["Christophe Blanc"]),
    ("« Nous allons tout faire pour rester en Ligue 1 », a assuré Laurent Blanc entraîneur du club, après la défaite.",
     ["Laurent Blanc"]),
    # a commoner named like a king keeps his own name
    ("« On a vu le cortège passer très vite », raconte Mohammed, un commerçant de la médina. Le roi Mohammed VI s'est "
     "rendu mardi dans la ville.", ["Mohammed"]),
])
def test_constructions_the_thirty_second_sessions_review_found_name_rules_too_wide_on(nlp, text, speakers):
    assert direct_speakers(nlp, text) == speakers


def test_an_outlets_title_that_opens_with_a_role_word_is_no_person(nlp):
    doc = parse_texts(["« Le scrutin reste serré », écrit Jeune Afrique. Le jeune Paul Martin a voté."], nlp)[0]
    assert names_of(doc) == ["Paul Martin"]


def test_a_given_name_in_capitals_opens_a_name_in_capitals(nlp):
    """Lists of reactions set their speakers' names in capitals; an acronym is still no name."""
    assert names_of(nlp("CLÉMENT VIALLE, maire de Tulle, sur Twitter : « Un gâchis. »")) == ["CLÉMENT VIALLE"]
    assert names_of(nlp("NADINE LE GALL, présidente du groupe RN, sur X : « Ça promet. »")) == ["NADINE LE GALL"]
    assert names_of(nlp("La CGT et la CFDT appellent à la grève.")) == []
    text = "OUSMANE FALL DÉNONCE UN COMPLOT CONTRE LA DÉMOCRATIE\n\nLe militant Ousmane Fall a parlé."
    assert names_of(nlp(text)) == ["Ousmane Fall"]  # a headline in capitals is no name
    assert names_of(nlp("VICTOIRE DES BLEUS : « Ce groupe est exceptionnel »")) == []


@pytest.mark.parametrize("text, speakers", [
    # a surname written with an apostrophe, alone after the verb, is the full name given before
    ("Le président du club, Samuel Eto’o, s'est emporté. « Vous vous croyez où ? », a demandé Eto’o à l'entraîneur.",
     ["Samuel Eto’o"]),
    # a capitalised article after a name in a headline opens the headline's next words
    ("Karim Benali Un accueil incroyable\n\nL'accueil était « incroyable », a déclaré l'entraîneur, Karim Benali.",
     ["Karim Benali"]),
    # a party written in camel case after the name (but « McCARTHY » is one)
    ("Le parti du ministre Pierre Van Acker OpenVLD a perdu. Pierre Van Acker a parlé d'une « soirée difficile ».",
     ["Pierre Van Acker"]),
    ("« Ce budget est injuste », a dénoncé Kevin McCARTHY.", ["Kevin McCARTHY"]),
    # « Un » before a verb or a preposition is the end of a name, not an article
    ("« Nous ne reculerons pas », a affirmé Kim Jong Un lors d'un discours.", ["Kim Jong Un"]),
    # « Col » is a mountain pass as often as a colonel: no honorific
    ("Au sommet du Col Bayard, Pierre Dumas, maire de la commune, a lancé : « La route restera fermée ».", ["Pierre Dumas"]),
])
def test_a_surname_with_an_apostrophe_and_a_headline_run_on_after_a_name(nlp, text, speakers):
    assert direct_speakers(nlp, text) == speakers


def test_after_a_surname_with_a_particle_a_given_name_opens_a_second_name(nlp):
    """« sur Bart De Wever Maxime Prévot a-t-il … »: a headline run on into the next line's subject."""
    assert names_of(nlp("Marc Lenoir sceptique sur Paul Van Damme Marc Lenoir a-t-il confiance en lui ?")) == [
        "Marc Lenoir", "Paul Van Damme", "Marc Lenoir"]


def test_a_place_named_after_someone_in_the_role_of_a_person_named_before(nlp):
    """« X, directeur du CHU Joseph Raseta … »: the role is X's, so the name after the place noun is the
    hospital's (but « le directeur de l'hôpital Jean Martin » is Jean Martin)."""
    text = ("Le Pr Marc Rabe, directeur du Centre hospitalier universitaire Joseph Andrianaivo, a détaillé les maux de "
            "son établissement.\n\n« Nous manquons de tout », lance-t-il.")
    assert direct_speakers(nlp, text) == ["Marc Rabe"]
    assert direct_speakers(nlp, "Le directeur de l'hôpital Jean Martin a parlé. « Nous manquons de lits », a-t-il dit.") == ["Jean Martin"]
