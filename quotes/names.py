"""Names and roles: the people an article names, and the roles it gives them.

A name is a run of capitalised words (with particles such as « de » and hyphens) that the NER labels as a
person, or that follows an honorific (« Mme Roux ») or a known given name (« Nadia Ferhat »). Roles are the
role nouns set in apposition to a name: « le porte-parole du Pentagone John Kirby », « la maire, Véronique
Castel », « Isabelle Caron, cheffe de file du groupe ». Gender comes from the honorific, the role noun or
its determiner, and only last from the given name.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ALIAS_WORDS, MIDDLE_NAMES_OF_EITHER_GENDER, UNION_WORDS, ARTICLES, CONTRACTED_ARTICLES, DE, DEFINITE_ARTICLES, FILIATION_PARTICLES, GROUP_ENDINGS, GUESTS, INDEFINITE, INSIDE_PREPOSITIONS, LINKING_ADVERBS, NAME_PARTICLES, PARTY_WORDS, PLATFORMS, PLURAL_DETERMINERS, POST_QUALIFIERS, PRONOUN_GENDER, RELATIVES, ROLE_OPENING_ADJECTIVES, SAINT_WORDS, TIME_WORDS, TITLE_ADJECTIVES, countries, demonym, given_name, fold, fold_title, honorifics, is_role, media_nouns, nationality, news_agencies, outlets, organisation_nouns, place_nouns, reporting_verbs, roles, strip_pronoun, unaccented,
)
from .organisations import abbreviates, ent_start
from .syntax import ROMAN_NUMERAL, finite_verb, gerund, is_acronym, morph_gender, participle, present_participle, verb_like


def find_names(doc: Doc) -> list[tuple[int, int, str | None]]:
    """Token ranges of person names (without honorific), with the gender the honorific gives, if any.

    Uses the NER's PER entities, and also catches what it misses: an honorific or a known first name
    followed by capitalised words ("Mme Roux", "Nadia Ferhat"). A name is a run of capitalised words
    (with particles such as "de", "Le" and hyphens) holding at least one proper noun or given name.
    """
    found: list[tuple[int, int, str | None]] = []
    outlets: set[str] = set()  # « a déclaré à Sputnik Afrique Yacine Fall »: Sputnik Afrique is no one, there or further on
    titles = honorifics()
    after = 0
    for token in doc:
        if token.i < after:
            continue
        gender = None
        lone_speaker = _capitalised(token) and _lone_incise_subject(token)  # « « … », résume Tandindona. »
        if token.is_lower and token.text in NAME_PARTICLES and token.i + 1 < len(doc) and doc[token.i + 1].text in titles:
            continue  # « el Hadj Inoussa Kaboré »: the name starts after the honorific (« El Hadji Diouf » is a given name)
        if fold_title(token.text) in titles and not _given_name_before_surname(doc, token.i):
            gender = titles[fold_title(token.text)]
            start = _next_word(doc, token.i)
            if start is not None and token.pos_ == "DET" and given_name(doc[start].text) is None:
                after = _name_end(doc, start)
                continue  # « Mes Ousmane X » (Maîtres), but « Mes Années Mitterrand », a title
            if start is None or not (_capitalised(doc[start]) or _particle_before_name(doc, start) and not _role_after_article(doc, start)):
                continue
        elif _capitalised(token) and not _last_word_of_a_named_thing(token) and not _epithet_of_origin(token) and (
            token.ent_type_ == "PER" or given_name(token.text) is not None or _unlabelled_full_name(token) or _apposed_to_role(token)
            or _after_role_noun(token) or _after_a_nationality_noun(token) or _full_name_before_role(token) or _age_apposed(token) or _after_a_roles_place(token)
            or lone_speaker
        ):
            start = token.i
        elif _given_name_in_capitals(token):
            start = token.i  # « OLIVIER FAURE, Premier secrétaire du PS, sur Twitter : « … » »
        else:
            continue
        end = _name_end(doc, start)
        if _given_name_in_capitals(doc[start]) and not _a_name_in_capitals_ends(doc, start, end):
            after = end
            continue  # « BOUBACAR SEYE CRIE HALTE AU … »: a headline in capitals, not a name
        start = _particle_start(doc, _hyphenated_start(doc, start))
        if end - start > 1 and opens_a_sentence(doc, start) and (end - start > 2 and fold(doc[start].text) in LINKING_ADVERBS or doc[start].pos_ in ("SCONJ", "CCONJ")):
            start += 1  # « Enfin Roberto Martinez a expliqué », « Si Eduardo a pu rentrer »: the word that opens the sentence
        if end - start > 2 and _honorific_after_a_word(doc, start):
            gender, start = titles[fold_title(doc[start + 1].text)], start + 2  # « à TF1info Me Alexandre Novion »
        if end - start > 2 and (is_acronym(doc[start]) or doc[start].ent_type_ == "ORG") and not is_role(doc[start].text) and not _given_name_in_capitals(doc[start]):
            start = _after_an_organisations_name(doc, start, end)  # « l'élu ADR Fernand Kartheiser »: his party, not his name
        if end - start > 2 and _party_between_role_and_name(doc, start):
            start += 1  # « le syndic Vert Daniel Brélaz »
        person = _person_after_a_place(doc, start, end) or _person_after_a_roles_place(doc, start, end) if end - start > 2 else None
        if person is not None:
            start = person  # « du Burkina Faso Roch Marc Christian Kaboré »
        person = _person_told_after_an_outlet(doc, start, end) if end - start > 2 or fold(doc[start].text) in news_agencies() else None
        if person is not None:
            outlets.add(doc[start:person].text)
            start = person
        if end - start > 2 and _capitalised_reporting_verb(doc[start]) or end - start > 1 and fold(doc[start].text) in PLATFORMS:
            start += 1  # « … » Déclare Voahirana Ravaoharisoa, sans-abri. / « a écrit sur Twitter Zelensky »
        if end - start > 2 and (_capitalised_noun_after_article(doc, start) and _capitalised(doc[start + 1]) or _nationality_before_name(doc, start)):
            start += 1  # « le président de la République Kais Saied », « le Rwandais Paul Kagame », « le président Rwandais Paul Kagame »
        words = doc[start:end]
        if not any(t.pos_ == "PROPN" or given_name(t.text) is not None for t in words) and gender is None and not (
            _apposed_to_role(doc[start]) or _tagged_person(words) or lone_speaker
        ):
            continue
        if len(words) == 1 and gender is None and start > 0 and fold(doc[start - 1].text) in DE and (_after_a_bodys_de(doc, start) or _country_at(doc, start)):
            continue  # « la CFE-CGC de Stellantis », « … Jugnauth de Maurice »: a union's company, a country, whatever the NER says
        if is_role(words[0].text) and (given_name(words[0].text) is None or _after_an_article(doc, start)) and not _after_honorific(doc, start) and not _compound_given_name(doc, start, end):
            continue  # « Président Macron », « le Pape François »; but « Me Pape Sène », « Pape Diop » are names
        if len(words) == 1 and (_lowercase_after_a_hyphen(words[0].text) or nationality(words[0].text) is not None and given_name(words[0].text) is None and start > 0 and is_role(doc[start - 1].text)):
            continue  # « secrétaire fédéral Sud-rail »: a body; « le président Malgache »: the role's nationality, capitalised
        if all(fold_title(t.text).rstrip(".") in titles or fold_title(t.text) in titles for t in words):
            continue  # « déclare Me. Michel Coicaud »: an honorific with a stray full stop is not a name
        found.append((start, end, gender))
        after = _name_end(doc, end + 1) if _affiliation_after(doc, start, end) else end  # « de Bretagne Vivante » is no one
        alias = alias_after(doc, end)
        if alias is not None:
            found.append((*alias, gender))
            after = alias[1]
    places = _place_names(doc, found)
    short_names = {}  # a body's short name -> where it is given, whether or not the tagger saw a name in it
    bracketed = [(i, i + 1, None) for i in range(1, len(doc) - 1) if doc[i - 1].text == "(" and doc[i + 1].text == ")" and _initials_before(doc, i)]
    for start, end, gender in found + bracketed:
        if _short_name_of_a_body(doc, start, end, gender):
            short_names[doc[start:end].text] = min(start, short_names.get(doc[start:end].text, start))
    found = [
        name for name in found
        if not _lone_capitalised_opening(doc, name, found) and not _saint_place(doc, name, found) and not _place_named_after(doc, name)
        and not _inside_a_place(doc, name, found) and not (name[2] is None and doc[name[0] : name[1]].text in places)
        and not _an_outlets_name(doc, name) and not _a_shows_name(doc, name) and not _a_body_apposed(doc, name) and doc[name[0] : name[1]].text not in outlets and not _with_an_article(doc, name) and short_names.get(doc[name[0] : name[1]].text, len(doc)) > name[0]
    ]  # « le village de Toudoun Agoua » makes every « Toudoun Agoua » of the article a place
    found += _full_names_shown_later(doc, found)
    again = _surnames_again(doc, found)
    full_names = {unaccented(doc[start:end].text) for start, end, _ in found if end - start > 1}
    return _joined(doc, sorted(found + again), {start for start, _, _ in again}, full_names)


def _joined(
    doc: Doc, names: list[tuple[int, int, str | None]], again: set[int], full_names: set[str]
) -> list[tuple[int, int, str | None]]:
    """A word of a name found again (`again`, their starts) is one name with a name it touches when together they
    spell a full name found elsewhere (« la mère de Vahine Fierro », where the NER took the given name alone and
    the surname came back on its own): not two people, the first a role « mère de Vahine » would be apposed to.
    Two full names side by side stay two (« Après Sonko Diomaye Faye a pris la parole »)."""
    joined: list[tuple[int, int, str | None]] = []
    for start, end, gender in names:
        touching = joined and joined[-1][1] == start and (start in again or joined[-1][0] in again)
        if touching and unaccented(doc[joined[-1][0] : end].text) in full_names:
            joined[-1] = (joined[-1][0], end, joined[-1][2] or gender)
        else:
            joined.append((start, end, gender))
    return joined


def _epithet_of_origin(token: Token) -> bool:
    """« La Namuroise oubliera … », « le Vaudois »: a word of origin alone after a definite article is an epithet
    of someone named, whatever the NER says — not « la Tunisienne Ons Jabeur », where a name follows."""
    doc, i = token.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        i > 0 and fold(doc[i - 1].text) in DEFINITE_ARTICLES and demonym(token.text)
        and not (after is not None and _capitalised(after))
    )


def _last_word_of_a_named_thing(token: Token) -> bool:
    """« Santé publique France », « Radio France »: a word that ends a name the NER found, begun before it, with
    a common word in it (whatever label the NER gave it), or a given name ending an organisation's or a work's
    name — not a person's name."""
    if token.ent_iob_ != "I":
        return False
    start = ent_start(token)
    common_word = any(t.is_alpha and t.is_lower and t.text not in NAME_PARTICLES and not is_role(t.text) for t in token.doc[start : token.i])
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    ends = following is None or following.ent_iob_ != "I" and not following.text[:1].isupper()
    return ends and (common_word or token.ent_type_ in ("ORG", "MISC", "LOC") and given_name(token.text) is not None)


def _initials_before(doc: Doc, i: int) -> bool:
    """« du Conseil national autonome du personnel enseignant … (Cnapeste) »: a word in brackets that the
    initials of the phrase before it spell — a body's acronym, not « le gouvernement (Lecornu) »."""
    if not doc[i].is_alpha or len(doc[i].text) < 3:
        return False
    return any(abbreviates(doc[i].text.upper(), doc[k : i - 1].text) for k in range(max(0, i - 21), i - 1) if doc[k].text[:1].isupper())


def _short_name_of_a_body(doc: Doc, start: int, end: int, gender: str | None) -> bool:
    """« le réseau des relevés glaciologiques suisse (Glamos) »: one word in brackets right after a phrase that its
    own article and a noun open, with no role nor person in it, is that thing's short name, not a person's,
    whatever case it is written in — and so is every later « Glamos »."""
    if end - start > 1 or gender is not None or start < 3 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    for i in range(start - 2, max(-1, start - 20), -1):
        token = doc[i]
        if token.is_punct or token.ent_type_ == "PER" or is_role(token.text) and token.ent_type_ != "ORG":
            return False  # « le ministre de l'Intérieur (Darmanin) », « le président de la région (X) »: a person (not « du Conseil national … (Cnapeste) »)
        noun = token.nbor()
        opens = i == 0 or fold(doc[i - 1].text) not in DE  # the phrase's own article, not a complement's
        if fold(token.text) in ARTICLES and opens and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ != "PER":
            return True
    return False


def _age_apposed(token: Token) -> bool:
    """« Diariata N’diaye, 36 ans, … »: a proper noun whose run of capitalised words is followed by an age is a
    person's name, whatever entity type the NER gave it."""
    doc, end = token.doc, _name_end(token.doc, token.i)
    return token.pos_ == "PROPN" and end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and fold(doc[end + 2].text) == "ans"


def _party_between_role_and_name(doc: Doc, start: int) -> bool:
    """« le syndic Vert Daniel Brélaz », « la députée LREM/Renaissance Yaël X »: a party's word or acronym, or a word
    the NER does not make one person with the given name after it, between a role noun (and another party's
    acronym) and that given name (but « le député Cheikhou Oumar Sy »)."""
    i = start - 1
    while i > 0 and (doc[i].text == "/" or is_acronym(doc[i])):
        i -= 1
    not_one_person = doc[start].ent_type_ != "PER" or doc[start + 1].ent_iob_ == "B"  # « la députée Nupes Sandrine X », « le bourgmestre DéFI Y »
    party = fold(doc[start].text) in PARTY_WORDS or is_acronym(doc[start]) or not_one_person
    return i >= 0 and is_role(doc[i].text) and party and given_name(doc[start + 1].text) is not None


def _first_given_name(doc: Doc, start: int, end: int) -> int | None:
    """Where a given name opens a name inside the run, with at least one word after it."""
    return next((i for i in range(start + 1, end - 1) if given_name(doc[i].text) is not None), None)


def _person_after_a_place(doc: Doc, start: int, end: int) -> int | None:
    """« le président du Burkina Faso Roch Marc Christian Kaboré »: words the NER saw as a place or a body, none
    a given name, then a given name and a surname — the place of the role, then the person, who starts at the
    index returned."""
    person = _first_given_name(doc, start, end)
    if person is None or doc[person - 1].text == "-":  # not « France-Éliane Roy »
        return None
    return person if all(doc[i].ent_type_ in ("LOC", "ORG") and given_name(doc[i].text) is None for i in range(start, person)) else None


def _after_a_bodys_de(doc: Doc, i: int) -> bool:
    """« de » after a union (« la CFE-CGC de », « le syndicat de ») before token `i`: a union's company follows —
    not « la CAQ de Legault », « le PSG de Galtier », a party's or a club's leader."""
    return i >= 2 and fold(doc[i - 1].text) in DE and fold(doc[i - 2].text) in UNION_WORDS


def _person_after_a_roles_place(doc: Doc, start: int, end: int) -> int | None:
    """« le procureur de la République de Chaumont Denis X »: in a « de » complement inside a role's complement,
    words that are no given name, then a given name and a surname — the role's place, then the person, who starts
    at the index returned, whatever the NER joined (not « l'avocat de Sidi Mohamed X », the role's own complement)."""
    if given_name(doc[start].text) is not None or start < 2 or fold(doc[start - 1].text) not in DE:
        return None
    person = _first_given_name(doc, start, end)
    before = doc[max(0, start - 8) : start - 2]  # not right before « de »: « l'avocat de Sidi Mohamed X » is one name
    in_a_roles_complement = any(is_role(t.text) and t.pos_ == "NOUN" for t in before) and not any(t.text in ",.;:«»" for t in doc[max(0, start - 8) : start])
    return person if person is not None and in_a_roles_complement and doc[person - 1].text != "-" else None


def _person_told_after_an_outlet(doc: Doc, start: int, end: int) -> int | None:
    """« a déclaré à Sputnik Afrique Yacine Fall », « indique à Keystone-ATS Stève Léger »: after « à » and a
    reporting verb, capitalised words that are no given name, then a given name, are the outlet the person
    spoke to, then the person, who starts at the index returned. (Not after a role and « de »: « l'avocat de
    Sidi Mohamed Ould Cheikh » is one name whose first word no list knows.)"""
    if start < 2 or given_name(doc[start].text) is not None:
        return None
    to = start - 2 if fold(doc[start - 1].text) in DEFINITE_ARTICLES else start - 1  # « a indiqué à l'AFP Bertrand »
    if to < 1 or fold(doc[to].text) != "à" or fold(doc[to - 1].text) not in reporting_verbs():
        return None
    return _first_given_name(doc, start, end) or _after_a_news_agency(doc, start, end)


def _after_a_news_agency(doc: Doc, start: int, end: int) -> int | None:
    """« a indiqué à Keystone-ATS Cora X »: a known agency's words (and a place after them: « Sputnik Afrique »),
    then the person, whatever their given name."""
    i = next((i for i in reversed(range(start + 1, min(start + 4, end))) if fold(doc[start:i].text) in news_agencies()), None)  # the longest
    while i is not None and i < end - 2 and doc[i].ent_type_ == "LOC":
        i += 1
    return i


def _capitalised_reporting_verb(token: Token) -> bool:
    """« Déclare », « Estime » opening a sentence after a quote: a verb form, not a given name."""
    return token.text[:1].isupper() and fold(token.text) in reporting_verbs() and given_name(token.text) is None


def alias_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """« Salif Traoré, alias « A'Salfo » », « Traoré Salif dit A'Salfo »: the token range of another name of
    the person named just before `end`."""
    i = end
    if i + 1 < len(doc) and doc[i].text == "," and fold(doc[i + 1].text) == "alias":
        i += 1  # « , alias » (« dit » follows the name directly)
    if i >= len(doc) or fold(doc[i].text) not in ALIAS_WORDS:
        return None
    start = i + 1
    while start < len(doc) and doc[start].text in QUOTE_MARKS:
        start += 1
    stop = start
    while stop < len(doc) and doc[stop].text[:1].isupper() and not doc[stop].is_punct:
        stop += 1
    return (start, stop) if stop > start else None


def _with_an_article(doc: Doc, name: tuple[int, int, str | None]) -> bool:
    """« le Codis de l'Aude », « la Loire », « le président du Faso »: one capitalised word after a lowercase
    definite article, or one fused with « de » or « à », names a place or a thing, even when it is also a given
    name; a person's name takes no article."""
    start, end, gender = name
    return end - start == 1 and gender is None and start > 0 and doc[start - 1].is_lower and fold(doc[start - 1].text) in DEFINITE_ARTICLES | CONTRACTED_ARTICLES


def _an_outlets_name(doc: Doc, name: tuple[int, int, str | None]) -> bool:
    """« le quotidien Le Soir », « écrit Jeune Afrique » (« jeune » is also a role): an outlet, no person."""
    start, end, gender = name
    return gender is None and (after_media_noun(doc, start) or any(fold(doc[i:end].text) in outlets() for i in range(max(0, start - 2), start + 1)))


def after_media_noun(doc: Doc, i: int) -> bool:
    """« une interview au magazine Der Spiegel », « le quotidien Le Soir »: the word at `i` starts an outlet's
    name, right after its noun."""
    return i > 0 and fold(doc[i - 1].text) in media_nouns()


def _a_shows_name(doc: Doc, name: tuple[int, int, str | None]) -> bool:
    """« Invité de Bourdin Direct, X a … »: one word that is no given name, after « invité de », names the show
    (not « invité de Thomas Sotto », a host the article may quote)."""
    start, end, gender = name
    guest = start > 1 and fold(doc[start - 1].text) in DE | {"sur", "à", "au"} and fold(doc[start - 2].text) in GUESTS
    return guest and end - start == 1 and gender is None and given_name(doc[start].text) is None


def _a_body_apposed(doc: Doc, name: tuple[int, int, str | None]) -> bool:
    """« chez Gibbis, l'organisation faîtière des hôpitaux »: one word that is no given name, set off by an
    organisation noun in apposition, names that organisation."""
    start, end, gender = name
    if end - start != 1 or gender is not None or given_name(doc[start].text) is not None or end + 2 >= len(doc) or doc[end].text != ",":
        return False
    return doc[end + 1].pos_ == "DET" and fold(doc[end + 2].text) in organisation_nouns()


def _saint_place(doc: Doc, name: tuple[int, int, str | None], found: list[tuple[int, int, str | None]]) -> bool:
    """« à Saint-Paul », « Sainte-Rose »: a town, unless the article names someone in full with it (« Martin
    St-Louis », later « St-Louis »); and « la Clasica San Sebastian », « les San Antonio Spurs »: a saint's
    title as a word of its own before the name makes a place or a team."""
    start, end, gender = name
    word = doc[start].text
    if gender is not None:
        return False
    if start > 0 and doc[start - 1].text[:1].isupper() and fold(doc[start - 1].text) in SAINT_WORDS:
        return True
    if end - start > 1 or not word.startswith(("Saint-", "Sainte-", "St-", "Ste-")):
        return False
    return not any(e - s > 1 and doc[e - 1].text == word for s, e, _ in found)


def _place_named_after(doc: Doc, name: tuple[int, int, str | None]) -> bool:
    """« le lycée Victor-Hugo », « l'aéroport Félix Houphouët-Boigny », « le village de Sidi Bou Saïd »: a
    place named after someone, not a person of the article."""
    start, end, gender = name
    if _at_a_place_named_after(doc, name):
        return True
    i = start - 1
    if i > 0 and is_role(doc[i].text) and doc[i].text[:1].isupper():
        i -= 1  # « la Fondation Abbé Pierre », « l'avenue Président Kennedy »
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1  # « l'école élémentaire Marbath »
    after_de = i > 0 and fold(doc[i].text) in DE
    if after_de:
        i -= 1
    if gender is not None or i < 0 or fold(doc[i].text) not in place_nouns():
        return False
    before = [t for t in doc[max(0, i - 3) : i] if t.pos_ != "DET"]
    directs = len(before) >= 2 and fold(before[-1].text) in DE and is_role(before[-2].text) and not _indefinite_before(before[-2]) and not _apposed_to_a_name(before[-2])
    full_name = end - start > 1 or given_name(doc[start].text) is not None
    named_next = _honorific_before_a_name(doc, end)  # « l'hôpital X Monsieur Y »: Y directs it
    return after_de or not (directs and full_name) or named_next  # « le directeur de l'hôpital Jean X »: he directs it;
    # « … de l'université de Yaoundé II », « le coordonnateur du marché Sandaga »: a place (a surname alone comes back if the article gives it in full)


def _apposed_to_a_name(role: Token) -> bool:
    """« Le Pr Mamy Randria, directeur du CHU Joseph Raseta … »: the role is the name's before it, so the name
    after the place noun is the place's."""
    i = role.i - 1
    while i > 0 and role.doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    return i > 0 and role.doc[i].text == "," and _capitalised(role.doc[i - 1])


def _at_a_place_named_after(doc: Doc, name: tuple[int, int, str | None]) -> bool:
    """« dimanche à Geoffroy-Guichard », « au match à Pierre-Mauroy »: a given name and a surname joined by
    hyphens into one word after « à » is a stadium, a street or an airport, not a person."""
    start, end, gender = name
    word = doc[start:end].text
    first, _, rest = word.partition("-")
    surname = rest.split("-")[-1]
    followed = end < len(doc) and _capitalised(doc[end])  # « à Paul-Loup Sulitzer »: a compound given name, then the surname
    return (
        " " not in word and gender is None and bool(rest) and given_name(first) is not None and given_name(surname) is None
        and start > 0 and doc[start - 1].text == "à" and not followed
    )  # not « à Jean-Luc », a compound given name


def _indefinite_before(role: Token) -> bool:
    """« un habitant du lieu-dit X »: someone of the place, not the one who directs it (« le directeur de l'hôpital X »;
    nor « le syndicat des directeurs de l'hôpital X », whose « des » is a contracted article)."""
    return role.i > 0 and fold(role.nbor(-1).text) in INDEFINITE - PLURAL_DETERMINERS


def _place_names(doc: Doc, found: list[tuple[int, int, str | None]]) -> set[str]:
    """The names found that some occurrence in the article shows to be a place's (« le village de X »)."""
    positions: dict[str, list[int]] = {}
    for token in doc:
        positions.setdefault(token.text, []).append(token.i)
    places = set()
    for start, end, gender in found:
        words = [t.text for t in doc[start:end]]
        if gender is None and any(
            [t.text for t in doc[i : i + len(words)]] == words and _place_named_after(doc, (i, i + len(words), None))
            for i in positions.get(words[0], ())
        ):
            places.add(doc[start:end].text)
    return places


def _inside_a_place(doc: Doc, name: tuple[int, int, str | None], found: list[tuple[int, int, str | None]]) -> bool:
    """« a résonné dans Jean-Talon », « le retour à Ebimpé », « le maire de Nancy »: one capitalised word after
    « dans », after « à » completing a noun, or after « de » when the NER sees a place, with no honorific, is a
    place, unless the article names someone in full with it."""
    start, end, gender = name
    if end - start != 1 or gender is not None or start == 0:
        return False
    before, word = fold(doc[start - 1].text), doc[start]
    completes_a_noun = before == "à" and word.dep_ == "nmod" and word.head.pos_ == "NOUN"
    a_place_of = before in DE and word.ent_type_ == "LOC"  # « le maire de Nancy », « le CHU de Nancy »
    if before not in INSIDE_PREPOSITIONS and not completes_a_noun and not a_place_of:
        return False
    return not any(e - s > 1 and doc[e - 1].text == word.text for s, e, _ in found)


def _full_names_shown_later(doc: Doc, found: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """« a indiqué le ministre de l'Education Stanislas Ouaro. … M. Ouaro a souligné »: a surname given later
    with an honorific shows that the proper nouns before it, earlier, were the full name the NER missed."""
    taken = {i for start, end, _ in found for i in range(start, end)}
    first_seen: dict[str, int] = {}
    for token in doc:
        if token.i not in taken:
            first_seen.setdefault(token.text, token.i)
    shown = []
    for start, end, gender in found:
        earlier = first_seen.get(doc[start].text, len(doc))
        if end - start != 1 or not _after_honorific(doc, start) or earlier >= start or earlier in taken:
            continue
        first = earlier
        while first > max(0, earlier - 3) and first - 1 not in taken and doc[first - 1].pos_ == "PROPN" and _capitalised(doc[first - 1]):
            first -= 1
        first = _hyphenated_start(doc, first)
        if first < earlier:
            shown.append((first, earlier + 1, gender))
            taken.update(range(first, earlier + 1))
    return shown


def _surnames_again(doc: Doc, found: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """A person's surname alone, later, whatever label the NER gave it there (« Ce que voulait Oosterhuis »
    after « Maarten Oosterhuis »), or earlier, in a headline's way (« soutient Derraji » before « Monsef
    Derraji »), unless the NER calls it a place or an organisation there: one person per name within an article.
    Accents aside: « Pogačar » after « Tadej Pogacar ». Not an honorific before a name (« Hadja Mariam X » after
    « Hadja Lahbib »)."""
    introduced = {}  # surname (or other word of a full name: « Oligui » of Brice Oligui Nguema) -> where the full name first ends
    surnames = set()
    for start, end, _ in found:
        if end - start > 1:
            surnames.add(unaccented(doc[end - 1].text))
            for token in doc[start:end]:
                if _capitalised(token) and len(token.text) > 2:
                    introduced.setdefault(unaccented(token.text), end)
    taken = {i for start, end, _ in found for i in range(start, end)}
    starts = {start for start, _, _ in found}
    return [
        (_particle_start(doc, token.i), token.i + 1, None) for token in doc
        if token.i not in taken and doc[token.i - 1].pos_ != "DET" and not (_honorific(token) and token.i + 1 in starts) and (
            introduced.get(unaccented(token.text), len(doc)) <= token.i
            or unaccented(token.text) in surnames and (
                token.pos_ == "PROPN" and token.ent_type_ not in ("LOC", "ORG") or _capitalised(token) and _reports(doc[token.i : token.i + 1])
            )  # « …, a déclaré Petkovic » before « Vladimir Petkovic », whatever the tagger and the NER say: who speaks is a person
        )
    ]


def _unlabelled_full_name(token: Token) -> bool:
    """A full name the NER missed ("Le député de la Sarthe Gonzague de Vauclair"): a proper noun, not a
    place or organisation (unless a role's complement ends with an acronym right before it: « le directeur
    de l'OMS Tedros Adhanom »), not a complement, followed by another capitalised word (maybe after a particle);
    one the NER took for a title or event (MISC) needs a role before or after it (« la ministre de l'Asile et
    de la Migration Maggie De Block ») or to speak (`_reports`)."""
    doc, i = token.doc, token.i
    if token.pos_ != "PROPN" or token.ent_type_ == "LOC" or i + 1 >= len(doc):
        return False
    role = role_left(doc, i)
    if role is not None and _apposed_to_a_name_before(doc, role):
        return False  # « X, délégué CFDT de l'entreprise Salaisons de Bourbon »: his role; its complement names a body
    if token.ent_type_ == "ORG" and not (i and is_acronym(doc[i - 1]) and role is not None and not _name_apposed(doc, _name_end(doc, i))):
        return False
    previous = fold(doc[i - 1].text) if i else ""
    if previous in DE | DEFINITE_ARTICLES | {"à", "au", "en"} or not previous:
        return False
    following = i + 1 + (fold(doc[i + 1].text) in NAME_PARTICLES)
    if not (following < len(doc) and _capitalised(doc[following]) and doc[following].pos_ == "PROPN"):
        return False
    end = _name_end(doc, i)
    return token.ent_type_ != "MISC" or _role_apposed_after(doc, end) or role is not None or _reports(doc[i:end])


def _reports(name: Span) -> bool:
    """« la tenniswoman, Ons Jabeur, a indiqué … », « « … », confie X »: a name followed by a reporting verb,
    or the subject of an incise, is someone's, not the title or event the NER took it for (the parse of such a
    sentence is often lost); so is a name before a colon that opens a quotation (« Wawrinka : « … » »), a
    headline's way of saying who speaks."""
    doc, i = name.doc, name.end + (name.end < len(name.doc) and name.doc[name.end].text == ",")
    if i + 1 < len(doc) and doc[i].text == ":" and doc[i + 1].text in QUOTE_MARKS:
        return True
    i += i < len(doc) and doc[i].pos_ == "AUX"
    return i < len(doc) and doc[i].pos_ == "VERB" and fold(doc[i].text) in reporting_verbs() or subject_of_an_incise(name)


def subject_of_an_incise(name: Span) -> bool:
    """« « … », confie Echati Insuffo », « « … », a ajouté X », « « … », a écrit dimanche X »: the subject after
    the verb of an incise."""
    doc, i = name.doc, name.start - 1
    while i > 0 and fold(doc[i].text) in TIME_WORDS:
        i -= 1
    if i < 1 or doc[i].pos_ != "VERB" or fold(doc[i].text) not in reporting_verbs():
        return False
    i -= 1
    i -= i > 0 and doc[i].pos_ == "AUX"
    return doc[i].text in (",", *QUOTE_MARKS)


def after_a_reporting_verb(name: Span) -> bool:
    """« « …, jure pourtant le défenseur X. … » », « …, a dit le ministre de l'Économie, X, … »: a reporting verb
    comes before the name in its sentence (back to a stop or a quotation mark), as in an incise inside a quote."""
    doc = name.doc
    if name.start > 1 and doc[name.start - 2].text == "," and verb_like(doc[name.start - 1]):
        return True  # « …, retrace Georges X, … »: a verb outside the lexicon
    for i in range(name.start - 1, -1, -1):
        if doc[i].text in (".", "!", "?", "…", *QUOTE_MARKS):
            return False
        if fold(doc[i].text) in reporting_verbs():
            return True
    return False


def _lone_incise_subject(token: Token) -> bool:
    """« « … », résume Tandindona. »: one capitalised word the tagger did not know, alone after the verb of an
    incise and before its end, is the name of whoever speaks (not a place or organisation the NER knows)."""
    doc, i = token.doc, token.i
    alone = i + 1 >= len(doc) or doc[i + 1].text in (".", ",", ";", "!", "?")
    return (
        alone and token.is_alpha and token.text[:1].isupper() and not token.is_sent_start and not token.is_stop
        and token.ent_type_ not in ("ORG", "LOC") and not is_acronym(token) and subject_of_an_incise(doc[i : i + 1])
    )


def _role_apposed_after(doc: Doc, end: int) -> bool:
    """"Erika Dolphin, conservatrice associée": a role noun in apposition right after the name makes it a
    person's, whatever entity type the NER gave it."""
    j = end + 1 + (end + 1 < len(doc) and doc[end + 1].pos_ == "DET")
    while doc[end - 1].ent_type_ not in ("ORG", "MISC") and j < min(len(doc) - 1, end + 4) and doc[j].pos_ == "ADJ" and doc[j].is_lower and not is_role(doc[j].text):
        j += 1  # « Kauli Vaast, premier champion olympique » — not « Young Boys, nouveau champion de Suisse »
    return end < len(doc) and doc[end].text == "," and j < len(doc) and is_role(doc[j].text) and not _opens_a_clause(doc[j])


def _opens_a_clause(role: Token) -> bool:
    """« Au sein du caucus de Projet Montréal, le chef de l'opposition a reproché … »: a role after the comma
    that is the subject of the verb after it, with no comma between, opens a clause; it is no apposition."""
    verb = role.head
    return role.dep_ in ("nsubj", "nsubj:pass") and verb.i > role.i and not any(t.text == "," for t in role.doc[role.i : verb.i])


def _full_name_before_role(token: Token) -> bool:
    """« Deo Kasongo, candidat gouverneur, … »: two capitalised words followed by a role in apposition are a
    person's name, however the tagger took them (it may call an unfamiliar given name punctuation)."""
    doc, i = token.doc, token.i
    return (
        i + 2 < len(doc) and token.is_alpha and doc[i + 1].is_alpha and _capitalised(token) and _capitalised(doc[i + 1])
        and token.pos_ not in ("ADP", "DET", "CCONJ") and _role_apposed_after(doc, i + 2)  # not « Pour Stéphanie, une résidente »
    )


def _name_apposed(doc: Doc, end: int) -> bool:
    """« le président de la FGTB Métal Liège, Thierry Grignard »: a name set after a comma; what came before
    was the organisation's."""
    return end + 1 < len(doc) and doc[end].text == "," and _capitalised(doc[end + 1])


def _after_role_noun(token: Token) -> bool:
    """« le député Metzdorf », « la juge Vasseur », « du Bâtonnier Mbere »: a proper noun right after a definite
    role noun is a surname,
    whatever entity type the NER gave it (not an organisation: « le club Lyon »)."""
    doc, i = token.doc, token.i
    return (
        i > 1 and (token.pos_ == "PROPN" or token.ent_type_ == "PER") and token.ent_type_ != "ORG" and is_role(doc[i - 1].text)
        and doc[i - 1].pos_ == "NOUN" and fold(doc[i - 2].text) in DEFINITE_ARTICLES | CONTRACTED_ARTICLES
        and not _region_of_a_role(token)
    )


def _after_a_nationality_noun(token: Token) -> bool:
    """« la Tunisienne Ons Jabeur »: a capitalised word after « la » and a capitalised nationality noun, followed
    by a proper noun, opens a name the NER and the tagger may have missed (not « le Japonais Nippon Steel », a
    company, as the masculine often is)."""
    doc, i = token.doc, token.i
    return (
        1 < i < len(doc) - 1 and _capitalised(token) and token.ent_type_ not in ("ORG", "LOC") and doc[i + 1].pos_ == "PROPN"
        and _capitalised(doc[i + 1]) and doc[i - 1].text[:1].isupper() and demonym(doc[i - 1].text) and fold(doc[i - 2].text) == "la"
    )


def opens_a_sentence(doc: Doc, i: int) -> bool:
    """The word at `i` opens a sentence or a paragraph, whatever the sentence splitter said."""
    before = doc[i - 1] if i > 0 else None
    return before is None or doc[i].is_sent_start or before.text in (".", "!", "?", "…") or before.is_space and "\n" in before.text


def _lowercase_after_a_hyphen(word: str) -> bool:
    """« Sud-rail », « Force-ouvrière »: a word whose part after a hyphen is lowercase is no one's surname."""
    return any(part[:1].islower() and len(part) > 2 for part in word.split("-")[1:])


def _origin_word(word: str) -> bool:
    """« Ivoirien », « Marocain », « Vaudois »: a word of origin, not a surname that merely ends like one
    (« le commandant Jomain »): an « -ain » word counts only when it names a country's people."""
    return demonym(word) and (nationality(word) is not None or not fold(word).endswith(("ain", "aine")))


def _tagged_person(words: Span) -> bool:
    """« Le porte-parole Sidi Touré », « la mairesse Plante »: capitalised words the NER took as a person though
    the tagger took them as adjectives or common nouns — two of them, or one right after a role noun; not a
    place after an article (« au Grand Sérail ») nor a capitalised origin (« le sélectionneur Ivoirien »)."""
    if not all(t.ent_type_ == "PER" and not _origin_word(t.text) for t in words):
        return False
    if len(words) == 1:
        return _after_role_noun(words[0])
    return words.start == 0 or words.doc[words.start - 1].pos_ not in ("DET", "ADP")


def _after_a_roles_place(token: Token) -> bool:
    """« le préfet du Golfe Kossivi Agbodan », « le directeur de l'hydraulique d'Agadez Lawaly Rabo »: two
    capitalised words right after the one-word place a role noun covers are the holder's name, however the
    tagger took them (unfamiliar names come out as adjectives, or glued to the place); not the rest of an
    organisation's name the NER knows (« la directrice de Radio France … », « de la Mission Old Brewery »)."""
    doc, i = token.doc, token.i
    if i < 3 or i + 1 >= len(doc) or not (_capitalised(token) and _capitalised(doc[i + 1])):
        return False
    de = i - 2 - (fold(doc[i - 2].text) in DEFINITE_ARTICLES)  # « du Golfe », « de la Défense », « de l'Information »
    if token.ent_iob_ == "B" and token.ent_type_ != "PER" or fold(doc[de].text) not in DE or not _capitalised(doc[i - 1]):
        return False
    if fold(token.text) in NAME_PARTICLES:
        return False  # « la native de Ksar El Hellar »: the rest of the place's name
    role = next((t for t in reversed(doc[max(0, de - 4) : de]) if is_role(t.text) and t.pos_ == "NOUN"), None)
    return role is not None and (token.ent_type_ not in ("ORG", "MISC") or ent_start(token) <= role.i)


def _region_of_a_role(token: Token) -> bool:
    """« la responsable Mali de MSF, Claire Dubost »: a place right after a role noun, followed by the
    organisation's complement, is the area the role covers, not a surname."""
    doc, i = token.doc, token.i
    return token.ent_type_ == "LOC" and i + 1 < len(doc) and fold(doc[i + 1].text) in DE


def _apposed_to_role(token: Token) -> bool:
    """"Le gouverneur de la région, Oleh Marchenko, …": two capitalised words in apposition to a role noun
    are a name, however the tagger took them."""
    doc, i = token.doc, token.i
    following = i + 1
    if following + 1 < len(doc) and doc[following].text == "-" and not token.whitespace_:
        following += 1  # « France-Élaine Duranceau », split at the hyphen
    if not (following < len(doc) and doc[following].text[:1].isupper() and i > 0 and doc[i - 1].text == ","):
        return False
    end = _name_end(doc, i)
    person_like = any(given_name(t.text) is not None or t.ent_type_ == "PER" for t in doc[i:end])
    absolute = end < len(doc) and present_participle(doc[end]) and not person_like  # « l'élu de la Somme, Orange Bank ayant un centre à Amiens »
    return not absolute and role_left(doc, i) is not None


def _role_after_article(doc: Doc, i: int) -> bool:
    """« Madame le Ministre »: an honorific before a title, not before a name with a particle (« M. Le Goff »)."""
    return i + 1 < len(doc) and fold(doc[i].text) in DEFINITE_ARTICLES and is_role(doc[i + 1].text)


def _particle_before_name(doc: Doc, i: int) -> bool:
    """"M. de Vauclair", "M. al-Qadiri": a particle between the honorific and the name."""
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == "-")
    return fold(doc[i].text) in NAME_PARTICLES and j < len(doc) and _capitalised(doc[j])


def _lone_capitalised_opening(doc: Doc, name: tuple[int, int, str | None], names) -> bool:
    """"Déçue, Femke de Wit …": one capitalised word opening a sentence, with no honorific, that is not the
    surname of a fuller name — more likely an adjective or a place than a person."""
    start, end, gender = name
    if end - start > 1 or gender is not None or given_name(doc[start].text) is not None:
        return False
    previous = doc[start - 1] if start else None
    opening = previous is None or previous.is_space and "\n" in previous.text or previous.text in (".", "!", "?", "»", "”", '"', "«", "“")
    surname = doc[start].text
    return opening and not any(e - s > 1 and doc[e - 1].text == surname for s, e, _ in names)


QUOTE_MARKS = ('"', "«", "»", "“", "”")
SINGULAR_ARTICLES = DEFINITE_ARTICLES - PLURAL_DETERMINERS  # « X, la maire », not « X, les élus »


def _second_full_name(doc: Doc, start: int, end: int) -> bool:
    """In a « de » complement (« le conseiller d'Étienne Tshisekedi Peter Kazadi ») or after a surname with a
    particle (« sur Bart De Wever Maxime Prévot a-t-il … », a headline run on), a given name after a full
    name (given name, then a surname that is no given name), itself followed by a capitalised word: another
    person's name starts at `end` — unlike « Cheikh Tidiane Gadio », « Moussa Faki Mahamat » or « le président
    Mohamed Ould Abdel Aziz »."""
    following = doc[end + 1] if end + 1 < len(doc) else None
    complement = start > 0 and fold(doc[start - 1].text) in DE
    particle = any(fold(doc[i].text) in NAME_PARTICLES for i in range(start + 1, end - 1))  # « Bart De Wever Maxime Prévot »
    return (
        end - start >= 2 and (complement or particle) and given_name(doc[start].text) is not None and given_name(doc[end].text) is not None
        and given_name(doc[end - 1].text) is None and fold(doc[end - 1].text) not in NAME_PARTICLES and _capitalised(doc[end - 1]) and following is not None and _capitalised(following)
    )


def _full_name_of_the_other_gender(doc: Doc, start: int, end: int) -> bool:
    """A given name of the other gender after a full name, itself followed by a capitalised word (« Antoine
    Armand Maud Bregeon », a lost full stop): another person's name starts at `end` — one person's given names
    are not of both genders (unlike « Jean Marie Le Pen », whose third word is no given name)."""
    first, other = given_name(doc[start].text), given_name(doc[end].text)
    return (
        end - start >= 2 and first in ("m", "f") and other in ("m", "f") and first != other
        and fold(doc[end].text) not in MIDDLE_NAMES_OF_EITHER_GENDER  # « Jean Pierre Marie Mabiala »: one man
        and end + 1 < len(doc) and _capitalised(doc[end + 1])
    )


CAMEL_CASE_ACRONYM = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}[A-ZÀ-Ý]{2,}$")  # « OpenVLD », « ProDG » (not « McDonald », « McCARTHY »)
ELIDED_NAME = re.compile(r"[NM]['’][A-ZÀ-Ý]\w+")


def _hyphenated_start(doc: Doc, start: int) -> int:
    """« France-Élaine Duranceau »: a capitalised word joined by a hyphen to the first given name belongs to
    it, though the tokenizer split it off and the tagger took it for a country; so does an elided « N' », « M' »."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and _capitalised(doc[start - 2]):
        start -= 2
    if start >= 1 and (_elided_capital(doc[start - 1]) or ELIDED_NAME.fullmatch(doc[start - 1].text)) and doc[start - 1].text[0] in "NM":
        start -= 1  # « N'Dimabeal Boyalnar Gaucher »: its « N' » split off, or the whole word not known as a name
    return start


def _particle_start(doc: Doc, start: int) -> int:
    """« Interrogé par la presse, De Donnea a déclaré », « Selon Van Damme »: a capitalised particle (not an
    article: « La », « Du ») that opens its clause right before a surname belongs to the name, though the tagger
    took it for a preposition."""
    i = start - 1
    word = fold(doc[i].text) if i >= 0 else ""
    opens = i == 0 or i > 0 and (doc[i - 1].is_punct or doc[i - 1].is_space or doc[i - 1].pos_ == "ADP")
    if opens and doc[i].text[:1].isupper() and len(word) > 1 and word in NAME_PARTICLES and word not in ARTICLES | CONTRACTED_ARTICLES:
        return i
    return start


def _after_an_organisations_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after the acronym at `start`: « ADR Fernand Kartheiser » -> « Fernand
    Kartheiser », « CGT Cheminots Laurent Brun » -> « Laurent Brun » (the branch's name goes with the acronym
    up to a given name followed by a surname)."""
    while end - start > 2 and is_acronym(doc[start]):
        start += 1
    given = next((i for i in range(start, end - 1) if given_name(doc[i].text) is not None and doc[i].ent_type_ == "PER"), start)
    return given if all(doc[i].ent_type_ == "ORG" for i in range(start, given)) else start


def _name_end(doc: Doc, start: int) -> int:
    """End of a run of capitalised words (with particles, hyphens and « Kaboré/Korgo » slashes) starting at `start`."""
    end = start + 1
    while end < len(doc):
        token = doc[end]
        joined = doc[end - 1].whitespace_ == ""
        after_apostrophe = joined and doc[end - 1].text[-1] in "'’" and (len(doc[end - 1].text) > 2 or doc[end - 1].text[0].isupper()) and token.is_alpha
        if is_role(token.text) and given_name(token.text) is None and not after_apostrophe and (is_acronym(token) or token.ent_iob_ != "I" or _complement_follows(doc, end)):
            break  # « Paul Rabe DG du BNGRC », « Narcisse Wandji Réalisateur » (outside the NER's name), « Aliou Cissé Coach des Lions », « Ana Roy Directrice générale »: a title
        if end - start >= 2 and _honorific_before_a_name(doc, end) and given_name(token.text) is None:
            break  # « du centre Philippe Maguilen Senghor Docteur Abdou Karim Diop »: the honorific opens another name
        if _role_adjective(doc, end):
            break  # « Emmanuel Macron renomme Sébastien Lecornu Premier ministre »: the post, in a headline
        if _second_full_name(doc, start, end) or _full_name_of_the_other_gender(doc, start, end):
            break  # « le conseiller d'Étienne Tshisekedi Peter Kazadi », « … Antoine Armand Maud Bregeon dénonce »: two people, side by side
        if _affiliation_after(doc, start, end):
            break  # « Sophie Marchand de Bretagne Vivante »: where she works
        if token.pos_ == "PRON" and strip_pronoun(token.text) in PRONOUN_GENDER:
            break  # « le socialiste Arthur Delaporte Il a dénoncé »: a stray capital, the next clause's subject
        if CAMEL_CASE_ACRONYM.search(token.text):
            break  # « Alexander De Croo OpenVLD »: his party's name
        if fold(token.text) in ARTICLES and end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ in ("NOUN", "ADJ"):
            break  # « Walid Regragui Un accueil incroyable »: a headline's next words (but « Marine Le Pen », « Kim Jong Un a dit »)
        if (_capitalised(token) or _capitals_surname(token) or _given_name_in_capitals(doc[start]) and token.is_alpha and token.is_upper) and doc[end - 1].text not in (".", "!", "?", "…", ":", "»", "\n\n"):
            end += 1
        elif (token.text == "-" and joined or token.text == "/" and joined and not token.whitespace_ or _particle_of_a_name(doc, end)) and end + 1 < len(doc) and _capitalised(doc[end + 1]):
            end += 1
        elif _particle_before_name(doc, end) and doc[end].whitespace_ == "":
            end += 2  # "al-Qadiri"
        elif token.text == "-" and joined and _lowercase_part_of_the_entity(doc, end + 1):
            end += 2  # « Ban Ki-moon »
        elif _two_particles(doc, end):
            end += 2  # « Ursula von der Leyen », « Tine Van der Straeten », « Jean de la Fontaine »
        elif after_apostrophe:
            end += 1  # "Guivarc’h", "N’diaye", « Preud'homme » (not a role), split by the tokenizer at the apostrophe
        elif _elided_capital(token) and end + 1 < len(doc) and doc[end + 1].is_alpha:
            end += 2  # "N’diaye" when the tagger took « N’ » for an article
        elif token.is_space and "\n" not in token.text and end + 1 < len(doc) and _capitalised(doc[end + 1]):
            end += 2  # « Josué  Mérilien », typed with two spaces
        elif ROMAN_NUMERAL.fullmatch(token.text) and (
            given_name(doc[end - 1].text.split("-")[-1]) is not None or end - start >= 2 and given_name(doc[start].text) is not None
            or start > 0 and is_role(doc[start - 1].text)  # « le roi Mswati III »
        ):
            end += 1
            break  # "Albert II", « Jean-Paul II », « Armand Noutack II »: the number ends the name (but « le gouvernement Lecornu II » is his second)
        else:
            break
    return end


def _role_adjective(doc: Doc, i: int) -> bool:
    """« Premier ministre », « Haut commissaire »: an adjective that opens a role, before a role noun in lowercase,
    starts the post, not the next word of a name."""
    return fold(doc[i].text) in ROLE_OPENING_ADJECTIVES and i + 1 < len(doc) and doc[i + 1].text.islower() and is_role(doc[i + 1].text)


def _compound_given_name(doc: Doc, start: int, end: int) -> bool:
    """« Reine-Claude Mader »: a word that is also a title, glued by a hyphen to a given name, opens a compound
    given name."""
    before = doc[start - 1] if start else None
    named_thing = before is not None and before.pos_ in ("DET", "NOUN", "PROPN", "ADJ")  # « la Fondation Reine-Fabiola », « le Père-Noël »
    return end - start > 3 and doc[start + 1].text == "-" and not doc[start].whitespace_ and given_name(doc[start + 2].text) is not None and not named_thing


def _affiliation_after(doc: Doc, start: int, end: int) -> bool:
    """« Sophie Marchand de Bretagne Vivante », « Justin Trudeau du Grand État du Canada »: after a given name
    and a surname, « de » then two capitalised words is where the person works or comes from, not a particle
    of the name — but « Valéry Giscard d'Estaing », « Roger Martin du Gard » (one word after it), « Paul Marie
    de La Gorce » (two given names; « La » opens the surname) and « Emmanuel Macron de Marine Le Pen »
    (another person) are not affiliations."""
    if end - start != 2 or end + 2 >= len(doc) or fold(doc[end].text) not in DE:
        return False
    given, surname, first, second = doc[start], doc[start + 1], doc[end + 1], doc[end + 2]
    return (
        given_name(given.text) is not None and given_name(surname.text) is None and _capitalised(first) and _capitalised(second)
        and fold(first.text) not in ARTICLES and given_name(first.text) is None
    )


def _complement_follows(doc: Doc, i: int) -> bool:
    """« Coach des Lions », « Directrice générale »: a complement or an adjective of a title after the word
    (not « Laurent Berger présent aux côtés des grévistes »)."""
    return i + 1 < len(doc) and doc[i + 1].is_lower and fold(doc[i + 1].text) in DE | TITLE_ADJECTIVES


def _lowercase_part_of_the_entity(doc: Doc, i: int) -> bool:
    """« moon » in « Ki-moon »: a lowercase word glued after a hyphen, inside the NER's name."""
    return i < len(doc) and doc[i - 1].whitespace_ == "" and doc[i].is_alpha and doc[i].is_lower and doc[i].ent_iob_ == "I"


def _elided_capital(token: Token) -> bool:
    """« N’ », « M’ » glued to the rest of a surname (« N’diaye », « M’bala »)."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] in "'’" and not token.whitespace_


def _particle_of_a_name(doc: Doc, i: int) -> bool:
    """« de », « du », « Le » inside a name (« Gonzague de Vauclair »), not before a party's short acronym
    ending the run (« Paul Magnette du PS déclare ») nor before an organisation noun."""
    if fold(doc[i].text) not in NAME_PARTICLES or i + 1 >= len(doc):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    party = is_acronym(doc[i + 1]) and len(doc[i + 1].text) <= 4 and not (after is not None and _capitalised(after))
    body = fold(doc[i + 1].text) in organisation_nouns()  # « Bassong du Syndicat des médecins »: where he works
    # « séparent X de Jude Célestin »: a second person's given name (or the start of the NER's second name) and surname
    another = after is not None and _capitalised(after) and fold(doc[i].text) not in FILIATION_PARTICLES and (
        given_name(doc[i + 1].text) is not None or doc[i + 1].ent_iob_ == "B" and doc[i + 1].ent_type_ == "PER" and after.ent_iob_ == "I"
    )  # but « Mohammed ben Abderrahmane Al-Thani »: « son of » a given name
    # « Abdoulaye Ousmane Dreig du Tchad »: where he is from, a place the NER knows, after a name of two words or
    # more (« François-Xavier de Donnéa » has one, split at its hyphen)
    two_words = _person_words_before(doc, i) >= 2
    origin = (doc[i + 1].ent_type_ == "LOC" and doc[i + 1].ent_iob_ == "B" or _country_at(doc, i + 1) or _outlet_at(doc, i + 1)) and two_words  # « X de Ouest-France »
    group = fold(doc[i].text) == "des" and two_words and fold(doc[i + 1].text).endswith(GROUP_ENDINGS)  # « Marine X des Écologistes »
    return not party and not body and not another and not origin and not group  # « Jean de LA FONTAINE », « Félix de SOUZA » are names


def _country_at(doc: Doc, i: int) -> bool:
    """A country's name starts at token `i` (« Sénégal », « Côte d'Ivoire »), whatever the NER made of it."""
    return any(fold(doc[i:j].text) in countries() for j in range(i + 1, min(i + 4, len(doc) + 1)))


def _outlet_at(doc: Doc, i: int) -> bool:
    """A news outlet's title starts at token `i` (after its article, if any): « Ouest-France », « La Presse »."""
    i += doc[i].pos_ == "DET" and doc[i].text[:1].isupper()
    return any(fold(doc[i:j].text) in outlets() for j in range(i + 1, min(i + 5, len(doc) + 1)))


def _person_words_before(doc: Doc, i: int) -> int:
    """How many words of a person's name (NER) end just before token `i`, a hyphenated word counting once
    (the tokenizer splits « François-Xavier », « Sow-Diallo » at the hyphen)."""
    words, j = 0, i - 1
    while j >= 0 and doc[j].ent_type_ == "PER":
        joined = j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_
        words, j = words + 1, j - 3 if joined else j - 1
    return words


def _two_particles(doc: Doc, i: int) -> bool:
    """Two lowercase particles then a capitalised word, inside a name (« von der Leyen », « de la Fontaine »), not
    an organisation or a place after them (« Philippe Martinez de la CGT », « de la Fédération », « de la Réunion »)."""
    if i + 2 >= len(doc) or not (doc[i].is_lower and doc[i + 1].is_lower and _capitalised(doc[i + 2])):
        return False
    name = doc[i + 2]
    elsewhere = is_acronym(name) or fold(name.text) in organisation_nouns() or name.ent_type_ in ("ORG", "LOC")
    return fold(doc[i].text) in NAME_PARTICLES and fold(doc[i + 1].text) in NAME_PARTICLES and not elsewhere


def _capitals_surname(token: Token) -> bool:
    """« Patricien Gongo ABAKAZ »: a surname in capitals after a given name, whatever tag the parser gave it."""
    return is_acronym(token) and len(token.text) > 2


def _given_name_in_capitals(token: Token) -> bool:
    """« OLIVIER FAURE », « MARINE LE PEN »: a known given name typed in capitals before another word in capitals,
    as lists of reactions set their speakers' names."""
    doc, i = token.doc, token.i
    return (
        is_acronym(token) and given_name(token.text.title()) is not None
        and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_upper and len(doc[i + 1].text) > 1
    )


def _a_name_in_capitals_ends(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals is two to four words followed by punctuation (« MARINE LE PEN, présidente du RN »), with
    no word of a phrase in them (« VICTOIRE DES BLEUS : »)."""
    phrase = any(fold(t.text) in ("des", "du", "au", "aux", "et", "en", "pour", "contre", "sur", "à", "dans") for t in doc[start:end])
    return end - start <= 4 and (end >= len(doc) or doc[end].is_punct) and not phrase


def _capitalised_noun_after_article(doc: Doc, start: int) -> bool:
    """A capitalised word after « le », « la » that is not a given name: a title or nationality before the name."""
    return start > 0 and fold(doc[start - 1].text) in DEFINITE_ARTICLES and given_name(doc[start].text) is None


def _nationality_before_name(doc: Doc, start: int) -> bool:
    """« le président Rwandais Paul KAGAME »: a capitalised nationality adjective before a given name."""
    word = doc[start].text  # as written: « Lucien Marie X » opens on a given name that ends like « ivoirien »
    return demonym(word) and given_name(word) is None and given_name(doc[start + 1].text) is not None


def _after_an_article(doc: Doc, start: int) -> bool:
    return start > 0 and fold(doc[start - 1].text) in ARTICLES


def _after_honorific(doc: Doc, start: int) -> bool:
    return start > 0 and _honorific(doc[start - 1])


def _given_name_before_surname(doc: Doc, i: int) -> bool:
    """« Hadja Lahbib »: a word that is an honorific (« Hadja Aïssatou Diallo ») and a given name, before one
    capitalised word and no more — the given name of a person named in full, not an honorific before a surname."""
    if given_name(doc[i].text) is None or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    surname = doc[i + 1].text
    if any(t.text == surname for t in doc[:i]):
        return False  # « Hadja Bah » after « Hadja Aïssatou Bah »: the honorific and her surname
    return given_name(surname) is None and (i + 2 >= len(doc) or not doc[i + 2].text[:1].isupper())


def _honorific(token: Token) -> bool:
    return fold_title(token.text) in honorifics()


def _honorific_after_a_word(doc: Doc, start: int) -> bool:
    """« TF1info Me Alexandre Novion », « RTL Maître X »: a word that is no given name nor particle (a newspaper,
    a radio the NER ran into the name), then an honorific and a capitalised word — the name starts after the
    honorific (not « El Hadj Amadou Diallo »)."""
    first = doc[start]
    return given_name(first.text) is None and fold(first.text) not in NAME_PARTICLES and _honorific_before_a_name(doc, start + 1)


def _honorific_before_a_name(doc: Doc, i: int) -> bool:
    """« … Docteur Abdou Karim Diop », « … Monsieur Paul Ndiaye »: an honorific at `i` and a capitalised word after it."""
    return i + 1 < len(doc) and _honorific(doc[i]) and _capitalised(doc[i + 1])


def _capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and (not text.isupper() or len(text) > 1 and token.pos_ == "PROPN")


def _next_word(doc: Doc, i: int) -> int | None:
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def name_words(name: Span) -> list[str]:
    """The words of a name as written, hyphenated parts kept together: ["Anne-Sophie", "Girard"]."""
    return name.text.replace("\u00a0", " ").replace("\u202f", " ").split()


def first_name_gender(words: list[str]) -> str | None:
    """The gender a person's given name suggests: « Nadia Ferhat », and a given name alone for someone the
    article names no further (« David, 34 ans »)."""
    gender = given_name(words[0])
    return gender if gender in ("m", "f") else None


def initials_of_person(name: str) -> str:
    """« PSPP » for Paul St-Pierre Plamondon, « GND » for Gabriel Nadeau-Dubois, « VGE » for Valéry Giscard
    d'Estaing: the first letter of every part of a person's name, the parts of a hyphenated one included, an
    elided particle left out."""
    parts = name.replace("-", " ").replace("’", "'").replace("'", "' ").split()
    return "".join(part[0] for part in parts if not part.endswith("'")).upper()


def ends_with(words: list[str], tail: list[str]) -> bool:
    """« Kirby » ends « John Kirby »; accents aside, since copy spells one name « Thiéba », « Thièba » and « Thieba »."""
    return 0 < len(tail) <= len(words) and [unaccented(fold(w)) for w in words[-len(tail):]] == [unaccented(fold(w)) for w in tail]


def apposed_roles(doc: Doc, start: int, end: int) -> list[Token]:
    """Role nouns in apposition to the name doc[start:end]: "le porte-parole du Pentagone John Kirby",
    "la maire, Véronique Castel", "Isabelle Caron, cheffe de file du groupe"."""
    left, right = role_left(doc, start), _role_right(doc, end)
    if left is not None and right is not None and _apposed_to_a_name_before(doc, left):
        left = None  # « A, la ministre de la Culture, B, le directeur du festival »: each role is its name's before it
    return [role for role in (left, right) if role is not None]


def _apposed_to_a_name_before(doc: Doc, role: Token) -> bool:
    """« Roselyne Bachelot, la ministre »: the role phrase follows a name and a comma."""
    i = role.i - 1
    while i > 0 and (doc[i].is_space or doc[i].pos_ in ("DET", "ADJ")):
        i -= 1
    return i > 0 and doc[i].text == "," and doc[i - 1].ent_type_ == "PER"


def role_left(doc: Doc, start: int) -> Token | None:
    """The head role noun before a name: "le directeur général de Rail Atlantique, Sven Kowalczyk" ->
    directeur (the leftmost role noun of the phrase, not the adjective "général")."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or fold_title(doc[i].text) in honorifics()):
        i -= 1
    if i >= 0 and fold(doc[i].text) in DE | {"à", "par", "avec", "et"}:
        return None  # "l'avocat de M. Meunier": the name is a complement, not an apposition
    found, commas, j = None, 0, i
    while j > max(-1, start - 18):
        token = doc[j]
        j -= 1
        if token.text == ",":
            if commas and found is None and fold(doc[token.i + 1].text) in DE:
                continue  # « du ministre de l'Éducation nationale, de l'Enfance et de la Jeunesse, X »: one title
            commas += 1
            if commas > 1 or found is not None:
                break
            continue
        if token.text in (".", "!", "?", ":", ";", "«", "»") or token.is_quote or finite_verb(token) or fold(token.text) in RELATIVES | {"mais"}:
            break  # « …, devant des élus dont Gérard Collomb »: the role before « dont » is someone else's
        if present_participle(token) and gerund(token):
            break  # « a conclu le leader de l'UMP tout en félicitant X »: X is whom he congratulated
        if token.pos_ == "CCONJ" and token.i and doc[token.i - 1].ent_type_ == "PER":
            break  # « le syndic X et le municipal Y »: X's role is not Y's
        if is_role(token.text) and token.pos_ in ("NOUN", "PROPN", "ADJ") and not _inside_a_proper_name(token):
            found = token  # not « Générale » in « la Fédération Générale du Travail »
        elif found is not None and token.pos_ in ("DET", "ADP"):  # "… au ministre X": the role phrase starts here
            governing = _role_governing(doc, token.i)
            if governing is None or not commas and _title_of_the_name(doc, found, start):
                break  # « conseillère du président William Ruto »: Ruto is the président
            found, j = governing, governing.i - 1  # « l'avocat du prévenu, Me X »: the lawyer, not the accused
    return found


def _title_of_the_name(doc: Doc, role: Token, start: int) -> bool:
    """A singular role noun followed by the name at `start` with only adjectives between (« du président William
    Ruto », « du ministre kényan X »): a title — unlike a role set off by a comma (« l'avocat du prévenu, Me X »)."""
    between = doc[role.i + 1 : start]
    if role_gender(role) not in (None, first_name_gender([doc[start].text]) or role_gender(role)):
        return False  # « le porte-parole de la ministre Paul X »: he is not « la ministre »
    return role.pos_ == "NOUN" and "Plur" not in role.morph.get("Number") and all(t.pos_ == "ADJ" or nationality(t.text) or fold_title(t.text) in honorifics() for t in between)


def _role_governing(doc: Doc, i: int) -> Token | None:
    """The role noun whose « de » complement starts at token `i` (« avocat » of « l'avocat du prévenu »)."""
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or fold(doc[i].text) not in DE:
        return None
    head = doc[i - 1]
    return head if head.pos_ == "NOUN" and is_role(head.text) and not _inside_a_proper_name(head) else None


def _inside_a_proper_name(token: Token) -> bool:
    """« Générale » in « la Fédération Générale du Travail », « Homme » in « des Droits de l'Homme »,
    « générale » in « l'Union générale tunisienne du travail »: a capitalised word or an adjective inside a
    named entity, not at its start (whose gender would otherwise become the person's); or a title adjective of a
    noun before it that is no role (« l'union Générale Tunisienne du Travail », where the NER starts at
    « Générale »; « son discours de politique générale »; but « le poids lourd libéral X » is a liberal)."""
    of_a_thing = fold(token.text) in TITLE_ADJECTIVES and token.dep_ == "amod" and token.head.i < token.i and not is_role(token.head.text)
    return token.ent_iob_ == "I" and (token.is_title or token.dep_ == "amod") or of_a_thing


def _role_right(doc: Doc, end: int) -> Token | None:
    """", cheffe de file du groupe," after a name: a role noun (bare or with a definite article) closed by a
    comma or the sentence end before any verb — not ", son client a vendu" (a new clause)."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < len(doc) and (doc[j].is_space or fold(doc[j].text) in SINGULAR_ARTICLES | POST_QUALIFIERS | {"ans"} or doc[j].like_num):  # « X, ancien Premier ministre »
        j += 1
    if j >= len(doc) or not is_role(doc[j].text) or doc[j].pos_ not in ("NOUN", "PROPN", "ADJ") and not _participle_role(doc, j):
        return None
    listed = j > i + 1 and fold(doc[j - 1].text) in SINGULAR_ARTICLES
    for k in range(j + 1, min(len(doc), j + 15)):
        if doc[k].text in (",", ")") or _ends_a_phrase(doc[k]):
            return doc[j]
        if finite_verb(doc[k]) and not is_role(doc[k].text) or listed and _name_apposed_inside(doc, k):
            return None  # « avec X, le chancelier allemand Olaf Scholz, … »: a list; the role is Scholz's (but « et fondateur du festival », a role the tagger took for a verb)
    return doc[j]


def _participle_role(doc: Doc, j: int) -> bool:
    """« Bruno, gérant d'un hôtel »: a role noun the tagger took for a present participle, before its « de »."""
    return doc[j].pos_ == "VERB" and j + 1 < len(doc) and fold(doc[j + 1].text) in DE


def _name_apposed_inside(doc: Doc, k: int) -> bool:
    """A name that opens at token `k` right after a role noun or an adjective of a role phrase (« le chancelier
    allemand Y », « le président du Conseil italien Y »), not as a « de » complement nor a place's name after a
    common noun (« le proviseur du lycée Victor-Hugo »): whose title the phrase is."""
    before = doc[k - 1]
    return doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PER" and (before.pos_ == "ADJ" or before.pos_ == "NOUN" and is_role(before.text))


def role_noun_of(role: str) -> str:
    """The role noun of a role phrase: "ancien apprenti" -> "apprenti", "porte-parole du Pentagone" ->
    "porte-parole"."""
    words = role.split()
    return next((w for w in words if is_role(w)), words[0] if words else "")


def role_phrase(role: Token, name_start: int, name_end: int) -> str:
    """The role as written: the role noun and its complements, up to the name or the next comma."""
    doc = role.doc
    stop = name_start if role.i < name_start else len(doc)
    j = role.i + 1
    while j < min(stop, role.i + 9) and doc[j].text not in (",", "(") and not _ends_a_phrase(doc[j]):
        if doc[j].pos_ in ("VERB", "AUX") and not participle(doc[j]) or _name_apposed_inside(doc, j) or _another_role_joined(doc, j):
            break  # nor « président du Conseil italien Mario Draghi »: the name ends the role phrase
        j += 1
    while j > role.i + 1 and (doc[j - 1].is_space or doc[j - 1].pos_ in ("ADP", "DET", "CCONJ")):
        j -= 1
    start = role.i - (role.i > 0 and fold(doc[role.i - 1].text).split("-")[-1] in POST_QUALIFIERS)  # « ancien ministre », « (ex-)Premier ministre »
    return doc[start:j].text


def _another_role_joined(doc: Doc, j: int) -> bool:
    """« ministre de la Culture et fondateur du festival »: a conjunction that joins a second role to the first
    ends the first one's phrase."""
    k = j + 1 + (j + 1 < len(doc) and fold(doc[j + 1].text) in SINGULAR_ARTICLES)
    return doc[j].pos_ == "CCONJ" and k < len(doc) and is_role(doc[k].text)


def _ends_a_phrase(token: Token) -> bool:
    """A full stop, a semicolon or colon, a new sentence or a new line (« Normand Riopel, agriculteur » is a
    caption line: the next paragraph is not part of the role)."""
    return token.text in (".", ";", ":") or token.is_sent_start or "\n" in token.text


def role_gender(role: Token, evidence: bool = False) -> str | None:
    """The gender of a role noun: its determiner's (« la professeur »), else the noun's own (« directrice »).
    As `evidence` of a person's gender, a masculine determiner before an epicene role does not count (« le
    maire Marie Durand » is a woman), nor does a bare masculine noun, often said of women (« a changé de
    patron, Sylvie X », « Anne X, conseiller municipal »)."""
    determiners = [child for child in role.children if child.dep_ == "det" and fold(child.text) != "l'"]
    agreeing = determiners[:1] or [child for child in role.children if child.dep_ == "amod"]  # « ancienne ministre »: no article
    gender = next((g for g in map(morph_gender, agreeing) if g), None)
    own = roles().get(fold(role.text))
    if evidence and not determiners and own == "m":
        return None
    if gender is None or evidence and gender == "m" and own not in ("m", "f"):
        gender = own
    return gender if gender in ("m", "f") else None
