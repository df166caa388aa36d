"""Reported speech without quotation marks, on small texts written for the test, through the real model."""
import pytest
from conftest import speakers

from quotes.articles import Article
from quotes.parse import parse_texts
from quotes.pipeline import extract_doc


def test_indirect_speech_selon_incise_and_que(quotes_of):
    quotes = quotes_of(
        "Le préfet, Alain Caron, a annoncé que les écoles rouvriront lundi. "
        "Selon lui, la décrue a commencé. Les routes restent coupées, a-t-il prévenu."
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Alain Caron", "les écoles rouvriront lundi"),
        ("indirect", "Alain Caron", "la décrue a commencé"),
        ("indirect", "Alain Caron", "Les routes restent coupées"),
    ]


def test_noun_phrase_after_a_reporting_verb_is_not_indirect_speech(quotes_of):
    assert quotes_of("La ministre Claire Dupuis a annoncé la fermeture du site.") == []


def test_anonymous_source_has_no_speaker(quotes_of):
    quotes = quotes_of("L'enquête progresse vite, a indiqué une source proche du dossier.")
    assert speakers(quotes) == [("indirect", None)]


def test_selon_x_with_an_apposition_reports_the_main_clause(quotes_of):
    quotes = quotes_of("D'après Romain Estève, paléontologue à Lyon, qui n'a pas participé aux fouilles, le doute reste permis.")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("indirect", "Romain Estève", "le doute reste permis")]


def test_participle_after_an_inverted_incise_reports_for_the_same_speaker(quotes_of):
    quotes = quotes_of(
        "La directrice, Léonie Marchand, a répondu aux critiques. "
        "« Nous n'avons rien à cacher », a-t-elle assuré, indiquant que l'entreprise avait obtenu sa certification."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Léonie Marchand"), ("indirect", "Léonie Marchand")]


def test_organisation_named_by_a_proper_noun_in_apposition(quotes_of):
    quotes = quotes_of("Trois mille foyers sont encore privés d'électricité, selon le gestionnaire du réseau Enedis.")
    assert speakers(quotes) == [("indirect", "Enedis")]


def test_a_t_on_appris_is_reported_speech_from_nobody_named(quotes_of):
    quotes = quotes_of("Douze personnes ont été interpellées mardi à l'aube, a-t-on appris de source policière.")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", None, "Douze personnes ont été interpellées mardi à l'aube")
    ]


def test_organisation_named_in_apposition_after_its_kind(quotes_of):
    quotes = quotes_of("D'après son équipe, Wallonie Cycling, le coureur souffre d'une fracture de la clavicule.")
    assert speakers(quotes) == [("indirect", "Wallonie Cycling")]


def test_a_coordinated_que_clause_is_reported_by_the_same_verb(quotes_of):
    text = (
        "Le ministre Paul Girard a déclaré que la réforme serait votée en juin et que les syndicats "
        "seraient reçus dès lundi."
    )
    found = [(q.kind, q.text, q.speaker) for q in quotes_of(text)]
    assert found == [
        ("indirect", "la réforme serait votée en juin", "Paul Girard"),
        ("indirect", "les syndicats seraient reçus dès lundi", "Paul Girard"),
    ]


def test_the_clause_after_a_quoted_one_is_still_indirect(quotes_of):
    text = "L'ARS assure que cette fermeture est « temporaire » et qu'un plan de recrutement a été lancé."
    found = [(q.kind, q.text, q.speaker) for q in quotes_of(text)]
    assert found == [("direct", "temporaire", "ARS"), ("indirect", "un plan de recrutement a été lancé", "ARS")]


def test_a_clause_whose_verb_the_tagger_took_for_a_noun_is_still_a_clause(quotes_of):
    quotes = quotes_of(
        "L'hydrologue Martine Cazaubon est inquiète. Selon elle, ce type d'épisode risque de se multiplier "
        "avec l'allongement des périodes de sécheresse."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Martine Cazaubon")]


def test_a_wish_in_the_subjunctive_is_not_reported_speech(quotes_of):
    assert quotes_of("La directrice Anne Colin attend que les faits soient établis.", kinds=("indirect",)) == []


def test_a_demand_in_the_subjunctive_is_reported_speech(quotes_of):
    quotes = quotes_of("Le procureur Marc Olivier a demandé que la peine de première instance soit confirmée.", kinds=("indirect",))
    assert [(q.speaker, q.text) for q in quotes] == [("Marc Olivier", "la peine de première instance soit confirmée")]
    said = quotes_of("La directrice Anne Colin a affirmé que les faits étaient établis.", kinds=("indirect",))
    assert speakers(said) == [("indirect", "Anne Colin")]


def test_a_que_clause_completing_a_noun_is_not_reported_speech(quotes_of):
    text = "Le maire Paul Girard a évoqué la possibilité qu'il aurait mieux valu porter plainte plus tôt."
    assert quotes_of(text, kinds=("indirect",)) == []


def test_a_heading_in_capitals_is_not_a_speaker(quotes_of):
    text = "LE BILAN DE LA COLLISION DE NANTES a montré que trois voitures étaient impliquées dans l'accident."
    assert [q.speaker for q in quotes_of(text, kinds=("indirect",))] in ([], [None])


def test_a_reported_clause_ends_at_the_comma_before_a_quote(quotes_of):
    text = "Le parquet de Lorient indique que la victime est dans un état grave, « le pronostic vital est engagé »."
    indirect = quotes_of(text, kinds=("indirect",))
    assert [(q.text, q.speaker) for q in indirect] == [("la victime est dans un état grave", "parquet de Lorient")]


def test_a_clause_fronted_before_its_speaker_ends_before_the_name(quotes_of):
    text = "Tout en affirmant qu'il agirait de même si c'était à refaire, M. Denis Carrier a reconnu une maladresse."
    indirect = quotes_of(text, kinds=("indirect",))
    assert [(q.text, q.speaker) for q in indirect] == [("il agirait de même si c'était à refaire", "Denis Carrier")]


def test_laisser_entendre_reports_speech(quotes_of):
    text = "Le directeur de la police, Marc Jobin, laisse entendre que les journalistes n'ont pas été écoutés."
    assert speakers(quotes_of(text, kinds=("indirect",))) == [("indirect", "Marc Jobin")]


def test_an_incise_inside_reported_speech(quotes_of):
    text = "Ce genre de déclarations, poursuit le ministère des Affaires étrangères, n'engage que leurs auteurs."
    indirect = quotes_of(text, kinds=("indirect",))
    assert [q.speaker for q in indirect] == ["ministère des Affaires étrangères"]


def test_selon_ending_a_sentence_without_a_comma(quotes_of):
    text = "La tradition se perd peu à peu. Mais rien n'est tout à fait perdu selon la cheffe du groupe, Hina Tetuanui."
    assert speakers(quotes_of(text, kinds=("indirect",))) == [("indirect", "Hina Tetuanui")]


@pytest.mark.parametrize("text, speaker", [
    ("Selon les estimations de la préfecture du Nord, 3 000 personnes ont manifesté samedi.", "préfecture du Nord"),
    ("Selon les projections de la Banque mondiale, la croissance restera faible.", "Banque mondiale"),
    ("Selon les estimations, 3 000 personnes ont manifesté samedi.", None),
])
def test_selon_the_estimates_of_a_body_is_that_body(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text, kinds=("indirect",))] == [speaker]


def test_selon_a_pronoun_has_no_aside_and_selon_a_group_names_nobody(quotes_of):
    text = "Pour lui, les sceptiques, auteurs de ces rumeurs, font des raccourcis. Selon eux, la saison est perdue."
    indirect = quotes_of(text, kinds=("indirect",))
    assert [q.text for q in indirect] == [
        "les sceptiques, auteurs de ces rumeurs, font des raccourcis", "la saison est perdue",
    ]
    assert indirect[1].speaker is None


def test_a_reported_clause_ends_before_mais_and_may_hold_a_label(quotes_of):
    text = (
        "L'entraîneur Claude Jolin a souligné que Karl Lind avait fait sa part, mais il a esquivé la question. "
        "La conseillère Nadia Lemaire a annoncé que la commune avait reçu le label « Bienvenue Vélo » de la Région."
    )
    assert [q.text for q in quotes_of(text, kinds=("indirect",))] == [
        "Karl Lind avait fait sa part", "la commune avait reçu le label « Bienvenue Vélo » de la Région",
    ]


def test_what_is_not_reported_speech(quotes_of):
    """The writer's aside, a feeling, a memory, a participle clause: no reported speech and no speaker."""
    texts = [
        "Le maire Paul Rivet a présenté le budget. Il faut dire que la commune a perdu deux usines en cinq ans.",
        "La directrice Anne Morel a ouvert la séance. Il importe de préciser que les comptes ont été certifiés.",
        "Le maire Paul Rivet se réjouit que l'on mette enfin de l'ordre dans ce service.",
        "Paul Rivet voulait porter plainte, mais il s'est souvenu qu'il n'était jamais écouté.",
        "A cette occasion, l'ancien échevin Paul Rivet nous présente la salle qu'il quittera bientôt (à écouter ci-dessus).",
        "Le porte-parole Paul Rivet a appelé tous les Congolais, où qu'ils se trouvent dans le monde, à se mobiliser en soutien aux populations.",
    ]
    for text in texts:
        assert [q for q in quotes_of(text) if q.kind == "indirect"] == [], text


def test_participle_clauses_after_a_comma_are_not_incises(quotes_of):
    quotes = quotes_of(
        "Le tribunal a relaxé vendredi les deux conseillères, poursuivies par le président du département Marc Terrien. "
        "La ministre a pris la parole peu après la fuite d'un rapport, faisant état de la volonté du ministre Roux de fermer le site."
    )
    assert [q for q in quotes if q.speaker is not None] == []


def test_cue_opening_a_clause_after_mais_or_a_colon(quotes_of):
    quotes = quotes_of(
        "La brasserie emploie six personnes, mais au dire de Luc Perrault, le restaurant pourrait doubler ses effectifs. "
        "Le conseiller Marc Doyen est formel : selon lui, le président s'octroie des avantages indus."
    )
    assert speakers(quotes) == [("indirect", "Luc Perrault"), ("indirect", "Marc Doyen")]


def test_que_clause_after_a_long_aside_or_plusieurs_fois(quotes_of):
    quotes = quotes_of(
        "Le ministre Jean Boulin a affirmé vendredi, lors d'une conférence de presse, qu'il pourrait revoir le calendrier. "
        "M. Boulin a répété plusieurs fois qu'il ne s'agissait pas d'un affrontement."
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Jean Boulin", "il pourrait revoir le calendrier"),
        ("indirect", "Jean Boulin", "il ne s'agissait pas d'un affrontement"),
    ]


def test_de_son_cote_is_not_the_subject(quotes_of):
    quotes = quotes_of("En outre, des agents se sont rassemblés devant la gare. De son côté, la FGTB-Cheminots ajoute que le mouvement s'est étendu aux agents commerciaux.")
    assert speakers(quotes) == [("indirect", "FGTB-Cheminots")]


def test_selon_a_possessive_is_its_owner(quotes_of):
    quotes = quotes_of("Dans le village voisin, Alain Rolland a été plus touché encore. Selon ses premières estimations, les dégâts se montent à 40 %.")
    assert speakers(quotes) == [("indirect", "Alain Rolland")]


def test_a_long_role_phrase_still_reaches_its_apposed_name(quotes_of):
    quotes = quotes_of(
        "Le secrétaire général adjoint de l'Union régionale des travailleurs du rail (URTR), chargé de la fonction "
        "publique, Karim Belhadj, a affirmé que le taux de grévistes est de l'ordre de 90 %."
    )
    assert speakers(quotes) == [("indirect", "Karim Belhadj")]


def test_a_name_after_two_apposed_role_phrases_is_the_subjects_without_a_comma_before_the_verb(quotes_of):
    quotes = quotes_of(
        "A la fin de l'audience, le porte-parole des délégués, le ministre de la culture et de la communication du "
        "Niger, Adamou Kané a confié que les discussions ont porté sur le festival. « Nous avons aussi parlé de la "
        "clôture », a-t-il ajouté."
    )
    assert speakers(quotes) == [("indirect", "Adamou Kané"), ("direct", "Adamou Kané")]


def test_a_name_after_a_role_phrase_and_another_apposed_to_it_is_the_subjects(quotes_of):
    quotes = quotes_of(
        "Le porte-parole du gouvernement, le ministre de la Communication du Niger, Adamou Kané a confié que la situation "
        "était sous contrôle."
    )
    assert speakers(quotes) == [("indirect", "Adamou Kané")]


def test_a_plural_organisation_after_selon_in_mid_sentence(quotes_of):
    quotes = quotes_of("Le cyclone a touché la côte vers 16 heures, selon les services météorologiques, avec des rafales à 180 km/h.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "Le cyclone a touché la côte vers 16 heures")]



def test_comme_in_an_aside_before_the_verb_is_not_the_clause(quotes_of):
    quotes = quotes_of("Jean-Michel Reguin a, en effet, comme l'a révélé le journal local, décidé de jeter l'éponge.")
    assert [q.text for q in quotes if q.kind == "indirect"] != ["Jean-Michel Reguin a, en effet"]


def test_selon_lesquels_reports_what_the_noun_before_says(quotes_of):
    quotes = quotes_of(
        "Le recteur n'a pas souhaité réagir aux propos du ministre François Blais, selon lesquels "
        "il incombe aux recteurs de faire respecter les règlements."
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "François Blais", "il incombe aux recteurs de faire respecter les règlements")
    ]


def test_a_noun_opening_a_que_clause_is_not_a_speaker(quotes_of):
    quotes = quotes_of("Les trains sont supprimés. Preuve que ça va durer longtemps, les CFF annoncent que des bus vont être mis en place.")
    assert "Preuve" not in [q.speaker for q in quotes]


def test_selon_between_commas_in_mid_sentence_reports_the_whole_sentence(quotes_of):
    quotes = quotes_of(
        "La directrice Awa Diallo a inauguré l'atelier. Il s'agit, selon Mme Diallo, de redonner du travail et de "
        "l'espoir aux jeunes du quartier.",
        kinds=("indirect",),
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Il s'agit, selon Mme Diallo, de redonner du travail et de l'espoir aux jeunes du quartier", "Awa Diallo"),
    ]


def test_a_selon_aside_at_the_very_end_of_an_article_does_not_crash(quotes_of):
    assert [q.kind for q in quotes_of("Il s'agit, selon lui,\n")] == ["indirect"]


# One reported clause per text, in our own words: the text and who reports it.
ONE_REPORTED_CLAUSE = [
    pytest.param(
        "Le patron de Telcora, Ivan Petrenko, a écrit dans un message sur les réseaux sociaux que son réseau subissait une panne.",
        "Ivan Petrenko", id="que_after_a_message_on_social_networks",
    ),
    pytest.param(
        "Les troupeaux en subissent les contrecoups, aux dires du directeur de l'Union des cultivateurs, Simon Durand.",
        "Simon Durand", id="aux_dires_du",
    ),
    pytest.param(
        "La Centrale emploie six employés mais au dire de M. Côté, le restaurant pourrait en employer une douzaine.",
        "Côté", id="au_dire_de_after_mais",
    ),
    pytest.param(
        "Comme l'explique le quotidien Nord Matin, les faits se sont produits vers 22 heures sur la départementale.",
        "Nord Matin", id="comme_l_explique_x",
    ),
    pytest.param(
        "Il manque 5 000 personnes dans le réseau de la santé, comme l'a confirmé le ministre Christian Dubé mardi.",
        "Christian Dubé", id="comme_l_a_confirme_x",
    ),
    pytest.param(
        "Le maire Paul Girard compte sur les habitants. Et de souligner que l'écologie n'est pas l'apanage des écologistes.",
        "Paul Girard", id="et_de_souligner_que",
    ),
    pytest.param(
        "Le président Paul Girard a insisté sur le fait que le comité travaille de manière indépendante.",
        "Paul Girard", id="insister_sur_le_fait_que",
    ),
    pytest.param(
        "Kofi Adjei, ministre ghanéen des Affaires étrangères, est arrivé mardi à Lomé. Le ministre ghanéen des "
        "Affaires étrangères et envoyé du président Paul Mensah a déclaré que la coordination entre les deux pays "
        "est nécessaire.",
        "Kofi Adjei", id="a_name_after_a_role_in_a_complement_is_not_the_subject",
    ),
    pytest.param(
        "Le ministre Karim Alami était absent. Les débats ont éclaté lorsque le président de la séance a fait un "
        "commentaire déplacé. Ce dernier a dit que l'absence des ministres lui semblait excessive.",
        None, id="ce_dernier_after_an_unnamed_role_is_nobody_named",
    ),
    pytest.param(
        "Or, l'Association des contrôleurs aériens dément formellement les allégations affirmant que les contrôleurs seraient en grève.",
        None, id="a_participle_completing_a_thing_reports_what_the_thing_says",
    ),
    pytest.param(
        "Un homme a été vu dans le quartier avec une grenade à la main, indiquent nos confrères de Radio Sambre.",
        "Radio Sambre", id="nos_confreres_de_x_is_the_outlet",
    ),
    pytest.param(
        "Le recteur Kossi Amegah a appelé au calme. En effet, selon lui, les troubles du campus ne sont que des "
        "manipulations organisées par quelques étudiants.",
        "Kossi Amegah", id="selon_after_an_adverbial_opener_and_its_comma",
    ),
    pytest.param(
        "Les gangs armés contrôlent désormais la capitale, selon les Nations unies.",
        "Nations unies", id="a_plural_organisation_name_after_les",
    ),
]


def test_a_name_in_marks_after_a_determiner_leaves_the_reported_clause_indirect(quotes_of):
    quotes = quotes_of(
        "Le porte-parole Alain Dossou a présenté le projet. Selon lui, les « Journées du fleuve » auront lieu chaque "
        "année en janvier."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Alain Dossou"), ("term", None)]


@pytest.mark.parametrize("text, speaker", ONE_REPORTED_CLAUSE)
def test_who_reports_a_clause(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [("indirect", speaker)]


@pytest.mark.parametrize("text", [
    pytest.param("Le député Marc Duval, désormais rapporteur, ne s'est exprimé qu'en anglais et a répondu aux questions.", id="ne-que-restricts"),
    pytest.param(
        "Le comité dénonce l'attitude de la ministre Claire Roy, indifférente à la réalité des locataires.\n\n"
        "Force est de constater que la ministre, avec son projet de loi, n'a aucune volonté de juguler la crise.",
        id="force-est-de-constater-is-the-writers",
    ),
    pytest.param("Le maire Paul Verdier n'a parlé que de la nouvelle piscine et a quitté la salle.", id="ne-que-after-the-verb"),
    pytest.param("Il sied de rappeler que la coopérative avait demandé une aide à la région dès 2021.", id="il-sied-de"),
    pytest.param("Sans le citer, Hervé Lanclos a dit tout le mal qu'il pense de son successeur à la mairie.", id="que-after-an-object"),
    pytest.param("La présidente du syndicat, Nadia Forgues, a rappelé l'importance que les élus restent ouverts au dialogue.", id="importance-que"),
    pytest.param("Marie Gagnon et son parti veulent s'assurer que le Québec conservera son poids politique à Ottawa.", id="s-assurer-que"),
    pytest.param("Le candidat Luc Paré s'est exprimé depuis qu'il a confirmé son intention de succéder au chef.", id="depuis-que"),
])
def test_que_that_opens_no_reported_clause(quotes_of, text):
    assert quotes_of(text) == []


def test_ne_pas_que_still_reports_and_counted_fois_is_no_object(quotes_of):
    quotes = quotes_of(
        "Le ministre Jean Rivière n'a pas manqué de rappeler que le budget serait serré. "
        "La juge Anne Mollet a répété plusieurs fois que le dossier était incomplet."
    )
    assert speakers(quotes) == [("indirect", "Jean Rivière"), ("indirect", "Anne Mollet")]


def test_a_clause_going_on_with_mais_aussi_into_a_quote_is_that_quote(quotes_of):
    text = (
        "La politologue Anne Pilon souligne que le conseil reflète non seulement les résultats du scrutin, "
        "mais aussi «la place prise par les banlieues ces dernières années»."
    )
    assert speakers(quotes_of(text)) == [("direct", "Anne Pilon")]


def test_a_que_clause_after_the_channel_of_a_reporting_verb_is_reported(quotes_of):
    quotes = quotes_of(
        "Le président de la fédération, Paul Anselme, a annoncé lundi dans un communiqué qu'il démissionnerait vendredi. "
        "Le chef rebelle Jean Bisoka a déclaré dimanche à l'agence Xinhua que ses troupes marcheraient sur la ville."
    )
    assert speakers(quotes) == [("indirect", "Paul Anselme"), ("indirect", "Jean Bisoka")]


def test_a_relative_que_after_a_noun_in_a_complement_is_no_reported_clause(quotes_of):
    text = "« Ma grand-mère peignait tous les jours », raconte Moussa Valdo, devant un autoportrait qu'il n'avait jamais vu."
    assert speakers(quotes_of(text)) == [("direct", "Moussa Valdo")]


def test_an_impersonal_passive_reports_for_nobody(quotes_of):
    quotes = quotes_of("Le maire Paul Roy était présent. Il est dit dans le rapport que la digue a cédé en premier.")
    assert speakers(quotes) == [("indirect", None)]


def test_selon_after_a_one_word_opener_and_selon_lui_without_a_comma(quotes_of):
    quotes = quotes_of(
        "La banque ferme dix agences. Pire, d'après le syndicat Unibank, les clients l'apprendront par la presse. "
        "Le député Boni Yaro est plus mesuré. Selon lui le code électoral actuel est l'un des plus mauvais du continent. "
        "Me Clesse, pour le ministère de l'Intérieur, a rappelé que la surveillance incombe à la police locale."
    )
    assert speakers(quotes) == [("indirect", "Unibank"), ("indirect", "Boni Yaro"), ("indirect", "Clesse")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Selon l’opposition malienne les chiffres de la commission électorale sont faux.", "opposition malienne"),
        ("Pour le président du parti Awal Yacoubou il existe des preuves de bourrage des urnes.", "Awal Yacoubou"),
    ],
    ids=["selon_a_noun", "pour_a_role_and_name"],
)
def test_a_source_named_by_a_noun_phrase_without_a_comma(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [("indirect", speaker)]


def test_selon_a_document_someone_issued_is_the_issuer_s(quotes_of):
    quotes = quotes_of("Selon un rapport publié par la préfecture du Cher, 300 maisons ont été inondées.")
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "préfecture du Cher")]


def test_a_concessive_aside_does_not_make_the_clause_a_wish(quotes_of):
    quotes = quotes_of(
        "La déléguée syndicale Anne Morel a souligné que la grève, quelle que soit sa réussite, reste un moyen de se faire entendre."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Anne Morel")]


def test_selon_inside_a_participle_phrase_does_not_report_the_sentence(quotes_of):
    quotes = quotes_of("La préfète a reconnu une pénurie de gazole, provoquée selon elle par des blocages de dépôts.")
    assert [q.kind for q in quotes] == []


def test_a_clause_resuming_after_an_aside_keeps_its_object_but_drops_a_trailing_participle(quotes_of):
    quotes = quotes_of(
        "La cheffe de l'opposition, Lucie Hamel, a fait observer que la ville enregistre, avec 9 %, le deuxième "
        "taux de chômage de la province. Le maire Paul Roy a répondu que le budget était équilibré, précisant "
        "les chiffres."
    )
    assert [q.text for q in quotes if q.kind == "indirect"] == [
        "la ville enregistre, avec 9 %, le deuxième taux de chômage de la province",
        "le budget était équilibré",
    ]


def test_a_pledge_made_by_the_subject_is_reported_but_one_received_is_not(quotes_of):
    quotes = quotes_of(
        "Le ministre Karim Bensaïd a pris l'engagement que son ministère restera neutre pendant le scrutin. "
        "La maire Anne Roy a donné l'assurance que les travaux seront terminés en juin. "
        "Le syndicat a obtenu l'assurance que les salaires seraient payés."
    )
    assert [(q.speaker, q.text) for q in quotes if q.kind == "indirect"] == [
        ("Karim Bensaïd", "son ministère restera neutre pendant le scrutin"),
        ("Anne Roy", "les travaux seront terminés en juin"),
    ]


def test_malgre_que_is_a_conjunction_not_a_reported_clause(quotes_of):
    quotes = quotes_of("Le secrétaire général Omar Benali refuse de parler d'échec malgré que son parti a perdu 56 sièges.")
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_a_view_or_a_hope_is_reported_but_a_fear_is_not(quotes_of):
    quotes = quotes_of(
        "La réalisatrice Justine Morel pense que l'aide aux jeunes talents est menacée. "
        "La SNCF espère que la ligne sera rétablie en fin de matinée. "
        "Le maire Paul Roy craint que la crue ne reprenne."
    )
    assert [(q.speaker, q.text) for q in quotes if q.kind == "indirect"] == [
        ("Justine Morel", "l'aide aux jeunes talents est menacée"),
        ("SNCF", "la ligne sera rétablie en fin de matinée"),
    ]


def test_an_acronym_after_a_plural_article_can_speak(quotes_of):
    quotes = quotes_of("Les CFF espèrent que la ligne sera rétablie en fin de matinée.")
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "CFF")]


REPORTED_SENTENCES = [
    pytest.param(
        "Les cantons voisins ont renforcé leur coopération, se sont félicités les ministres sortants. "
        "Plus aucun train ne circulait en Wallonie selon les chiffres de la matinée.",
        [
            ("indirect", None, "Les cantons voisins ont renforcé leur coopération"),
            ("indirect", None, "Plus aucun train ne circulait en Wallonie"),
        ],
        id="a_closing_cue_whose_source_is_no_one_person_still_reports_the_clause",
    ),
    pytest.param(
        "Le centre-ville, affirment plusieurs commerçants, reste désert le soir.",
        [("indirect", None, "Le centre-ville, affirment plusieurs commerçants, reste désert le soir")],
        id="an_inner_incise_of_a_group_reports_the_sentence_with_no_speaker",
    ),
    pytest.param(
        "Le nombre de vols de bétail a doublé en un an dans la région. C'est ce qu'a révélé le préfet, Jean Rakoto.\n\n"
        "C'est ce qu'a confirmé la gendarmerie.",
        [("indirect", "Jean Rakoto", "Le nombre de vols de bétail a doublé en un an dans la région")],
        id="cest_ce_qua_dit_x_reports_the_sentence_before_in_its_paragraph",
    ),
    pytest.param(
        "D'après les témoignages recueillis sur place, les grévistes étaient là depuis le matin.",
        [("indirect", None, "les grévistes étaient là depuis le matin")],
        id="a_source_with_a_short_complement_before_its_comma_opens_the_reported_sentence",
    ),
]


@pytest.mark.parametrize("text, expected", REPORTED_SENTENCES)
def test_reported_sentences_and_their_speakers(quotes_of, text, expected):
    assert [(q.kind, q.speaker, q.text) for q in quotes_of(text)] == expected


def test_a_conditional_the_tagger_calls_subjunctive_is_still_reported(quotes_of):
    quotes = quotes_of(
        "« Le peuple ne se laissera pas voler cette victoire », répond Paul Mbeki, porte-parole du candidat. Sur le plan "
        "international, la Belgique par la voix de son ministre des Affaires étrangères, Jean-Marc Delvaux, a déclaré à "
        "la radio que les résultats ne seraient pas conformes. Selon lui, le candidat était le vainqueur de ce scrutin."
    )
    assert speakers(quotes) == [("direct", "Paul Mbeki"), ("indirect", "Jean-Marc Delvaux"), ("indirect", "Jean-Marc Delvaux")]


def test_a_reported_clause_keeps_its_purpose_after_an_aside(quotes_of):
    (quote,) = quotes_of(
        "Le directeur Paul Konan a annoncé que 800 personnes postulent, en ce moment, pour rejoindre les effectifs de la compagnie."
    )
    assert (quote.kind, quote.speaker) == ("indirect", "Paul Konan")
    assert quote.text.endswith("pour rejoindre les effectifs de la compagnie")


def test_a_selon_clause_ends_where_another_view_is_set_against_it_and_keeps_its_percent_sign(quotes_of):
    (quote,) = quotes_of(
        "Selon Karim Benali, coordinateur du syndicat, le taux de suivi a atteint les 90 %, alors que, de son côté, "
        "le responsable de l'autre syndicat a estimé la participation à 60 %."
    )
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", "Karim Benali", "le taux de suivi a atteint les 90 %")


def test_a_selon_inside_a_relative_clause_vouches_for_that_clause_only(quotes_of):
    quotes = quotes_of(
        "Le feu a blessé gravement deux pompiers, dont les jours ne sont toutefois pas en danger selon la brigade, et "
        "moins sérieusement quatre habitants."
    )
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_a_clause_going_on_after_an_incise_is_reported_whole(quotes_of):
    text = "Le ministre Paul Okemba a salué le président. Il a su, a-t-il dit, placer le pays sur cette voie depuis vingt ans."
    (quote,) = quotes_of(text, kinds=("indirect",))
    assert quote.text == "Il a su, a-t-il dit, placer le pays sur cette voie depuis vingt ans"
    assert quote.speaker == "Paul Okemba"


def test_a_complement_of_the_incise_verb_is_not_the_clause_going_on(quotes_of):
    text = (
        "La gendarme est grièvement blessée. Elle a attendu une heure avant que les secours interviennent, détaille le porte-parole de "
        "la police Jean-Paul Brunet, auprès de la « Tribune » qui révèle l'information."
    )
    (quote,) = quotes_of(text, kinds=("indirect",))
    assert (quote.text, quote.speaker) == ("Elle a attendu une heure avant que les secours interviennent", "Jean-Paul Brunet")


def test_a_clause_two_cues_close_is_reported_once(quotes_of):
    """« …, selon le rectorat; …, dixit le ministère. »: the incise and the « selon » sieves both end the same
    clause; it is one reported speech (the quotes table's key is the span: twice stopped the ingest)."""
    text = (
        "Plus de la moitié des collèges manquent de professeurs, selon le rectorat; en 2020, les établissements "
        "employaient 40 % de contractuels, dixit le ministère de l'Éducation nationale."
    )
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["indirect"]
    assert text[quotes[0].start : quotes[0].end].startswith("Plus de la moitié des collèges")


def test_pour_a_side_of_a_trial_before_a_named_speaker_with_his_own_verb_is_no_source(quotes_of):
    quotes = quotes_of(
        "Pour la défense, Me Julien Ferrand a plaidé la relaxe de son client. "
        "Pour la défense, Me Julien Ferrand a estimé que son client était innocent. "
        "Pour la CGT, le gouvernement a annoncé des mesures bien trop timides. "
        "Pour Marie Dupont, Jean Martin a dit la vérité."
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Julien Ferrand", "son client était innocent"),
        ("indirect", "CGT", "le gouvernement a annoncé des mesures bien trop timides"),
        ("indirect", "Marie Dupont", "Jean Martin a dit la vérité"),
    ]


def test_a_place_ending_an_opening_complement_is_not_the_name_an_indefinite_subject_stands_for(quotes_of):
    text = "À l'hôpital général de Koumassi, un agent de l'administration nous a confié que les patients ont été renvoyés."
    assert speakers(quotes_of(text, kinds=("indirect",))) == [("indirect", None)]


@pytest.mark.parametrize("text, reported", [
    # a sentence-final « pour X » with no comma says whom it concerns, not whose view it is
    ("C'est encore raté pour Claire Vidal. La romancière n'a pas eu le prix.", []),
    ("La saison s'annonce difficile pour Paul Morel et son équipe.", []),
    # set off by a comma, or « selon », it is a source
    ("Rien n'est encore joué, pour Claire Vidal.", [("indirect", "Claire Vidal")]),
    ("Rien n'est encore joué selon Claire Vidal.", [("indirect", "Claire Vidal")]),
])
def test_pour_without_a_comma_at_the_end_of_a_sentence_is_no_source(quotes_of, text, reported):
    assert speakers(quotes_of(text, kinds=("indirect",))) == reported


def test_a_name_before_a_partitive_apposition_speaks_when_the_parser_made_l_un_the_subject(nlp):
    """« Mohamed X, l'un des avocats de la défense, a expliqué que … »: the parser (on a real dispatch) made « un »
    the subject and the name a modifier; the name the phrase is apposed to speaks."""
    text = "Karim Benali, l'un des avocats de la défense, a expliqué que son client n'avait menti à personne."
    doc = parse_texts([text], nlp)[0]
    verb = next(t for t in doc if t.text == "expliqué")
    one = next(t for t in doc if t.text == "un")
    doc[0].dep_, one.dep_, one.head = "obl:mod", "nsubj", verb  # as the parser read it there
    (quote,) = extract_doc(Article("t", text), doc).quotes
    assert (quote.kind, quote.speaker) == ("indirect", "Karim Benali")


def test_a_reporting_phrase_with_an_elided_word_reports_its_que_clause(quotes_of):
    """« est d'avis que »: a multi-word reporting verb whose words the tokenizer cuts at the apostrophe."""
    text = "Le député sortant, Luc Vandamme, est d'avis que son parti a choisi de favoriser l'avenir du pays."
    assert [(q.text, q.speaker) for q in quotes_of(text, kinds=("indirect",))] == [
        ("son parti a choisi de favoriser l'avenir du pays", "Luc Vandamme")]
