"""The French language data in `quotes/data/`: reporting verbs, roles, honorifics, cue words, and the
closed-class words (pronouns, articles, prepositions, auxiliaries) every rule shares.

Each table is read once (cached) from a plain text file: `#` starts a comment, fields are tab-separated.
Keys are normalised with `fold` so that ’ and ' (and case, where the table is case-free) match alike.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"
ELIDED_WORDS = re.compile(r"[^\s']+'?")  # words of a phrase, an elided one with its apostrophe
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def fold(word: str) -> str:
    """Lower case with one apostrophe: the form used for matching (never for storage)."""
    return word.translate(APOSTROPHES).lower()


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([field.strip() for field in line.split("\t")])
    return rows


def _mapping(name: str, case_sensitive: bool = False) -> dict[str, str]:
    key = (lambda word: word.translate(APOSTROPHES)) if case_sensitive else fold
    return {key(row[0]): row[1] if len(row) > 1 else "" for row in _rows(name)}


@cache
def _words(name: str) -> frozenset[str]:
    """A one-column list, folded."""
    return frozenset(_mapping(name))


def countries() -> frozenset[str]:
    """Countries' names without their article (Sénégal, Côte d'Ivoire, Burkina Faso)."""
    return _words("countries.txt")


def outlets() -> frozenset[str]:
    """News outlets' titles without their article (Monde, Ouest-France, Tribune de Genève)."""
    return _words("outlets.txt")


def news_agencies() -> frozenset[str]:
    """Agencies that relay others' words (AFP, Reuters, Belga)."""
    return _words("news_agencies.txt")


def nationality(word: str) -> str | None:
    """The country a nationality adjective names, as its masculine singular (« françaises » -> « français »,
    « ukrainienne » -> « ukrainien », « grecque » -> « grec »), also as the press accents an accented one
    (« burkinabé » -> « burkinabè »); None for any other word — « Grèce » is no « grec »."""
    word = fold(word)
    return _nationality_in(word, _nationalities()) or _nationality_in(unaccented(word), _accented_nationalities())


def _nationality_in(word: str, nationalities: dict[str, str]) -> str | None:
    for base in (word, word[:-1]) if word.endswith("s") else (word,):
        forms = [base, base[:-1] if base.endswith("e") else "", base[:-2] if base.endswith("nne") else ""]
        forms += [base[:-3], base[:-3] + "c"] if base.endswith("que") else []  # « grecque », « turque »
        forms += [base[:-4] + "e"] if base.endswith("esse") else []  # « suissesse »
        found = next((form for form in forms if form in nationalities), None)
        if found is not None:
            return nationalities[found]
    return None


@cache
def _nationalities() -> dict[str, str]:
    return {word: word for word in _words("nationalities.txt")}


@cache
def _accented_nationalities() -> dict[str, str]:
    """The accented nationalities under their unaccented spelling: « burkinabe » -> « burkinabè »."""
    return {unaccented(word): word for word in _words("nationalities.txt") if unaccented(word) != word}


def media_nouns() -> frozenset[str]:
    """Nouns heading a news outlet's name (le quotidien X, la radio Y)."""
    return _words("media_nouns.txt")


def see_also_openers() -> frozenset[str]:
    """How a line linking to another article opens (« Lire aussi : »)."""
    return _words("see_also.txt")


@cache
def reporting_verbs() -> dict[str, str]:
    """Inflected form -> lemma of verbs that report speech (dit -> dire, a-t-il *ajouté* -> ajouter).

    Multi-word forms ("fait savoir") are keyed by their last word in `reporting_phrases`."""
    return {form: lemma for form, lemma in _mapping("reporting_verbs.tsv").items() if " " not in form}


@cache
def reporting_phrases(by_first_word: bool = False) -> dict[str, dict[tuple[str, ...], str]]:
    """Multi-word reporting verbs by last word: {"savoir": {("fait", "savoir"): "faire savoir"}}, or by first
    word (the verb a parser takes for the head: « met » of « met en avant »)."""
    phrases: dict[str, dict[tuple[str, ...], str]] = {}
    for form, lemma in _mapping("reporting_verbs.tsv").items():
        if " " in form:
            words = tuple(ELIDED_WORDS.findall(form))  # « est d'avis »: « est », « d' », « avis », as the tokenizer cuts it
            phrases.setdefault(words[0] if by_first_word else words[-1], {})[words] = lemma
    return phrases


def reflexive_verbs() -> frozenset[str]:
    """Lemmas that report speech only with se/s' (s'emporter; "l'emporter" is to win)."""
    return _words("reflexive_verbs.txt")


def unreflexive_verbs() -> frozenset[str]:
    """Lemmas that report nothing with se/s' (« la grève se poursuit », « cela s'explique »)."""
    return _words("unreflexive_verbs.txt")


class CourtSide(NamedTuple):
    role: str  # who speaks for it: « procureur », « avocat »
    body: bool  # speaks as itself when nobody holds the role: « le parquet », not « la défense »


@cache
def court_sides() -> dict[str, CourtSide]:
    """« parquet » -> (« procureur », body), « défense » -> (« avocat », no body): who speaks for each side of a trial."""
    return {fold(noun): CourtSide(role, body == "yes") for noun, role, body in _rows("court_sides.tsv")}


@cache
def metonyms() -> dict[str, str]:
    """« place beauvau » -> « ministère de l'Intérieur »: places that stand for an institution."""
    return {fold(place): institution for place, institution in _rows("metonyms.tsv")}


@cache
def role_synonyms() -> dict[str, str]:
    """« chef de l'etat » -> « président »: periphrases for a post (folded, accents aside), and the role phrase of its holder."""
    return {unaccented(fold(phrase)): role for phrase, role in _rows("role_synonyms.tsv")}


@cache
def role_hypernyms() -> dict[str, tuple[str, ...]]:
    """« parlementaire » -> (« député », « sénateur », …): the posts a general role noun covers, as role keys."""
    covered: dict[str, tuple[str, ...]] = {}
    for general, post in _rows("role_hypernyms.tsv"):
        covered[general] = covered.get(general, ()) + (role_key(post),)
    return covered


def expressing_verbs() -> frozenset[str]:
    """Reflexive lemmas (s'exprimer) whose plain form governs a quoted object (exprimer sa « tristesse »)."""
    return _words("expressing_verbs.txt")


def attitude_verbs() -> frozenset[str]:
    """Lemmas (craindre, espérer) that report speech in an incise but govern no partial quote or "que"."""
    return _words("attitude_verbs.txt")


def speech_nouns() -> frozenset[str]:
    """Nouns of what someone said (réponse, réaction, propos): « C'est la réponse du ministre »."""
    return _words("speech_nouns.txt")


@cache
def pledges() -> dict[str, frozenset[str]]:
    """« engagement » -> {pris, prend, réitéré, …}: nouns whose « que » clause reports what the subject of
    these verb forms says."""
    return {fold(noun): frozenset(verbs.split()) for noun, verbs in _rows("pledges.tsv")}


def demand_verbs() -> frozenset[str]:
    """Lemmas (demander, exiger) whose subjunctive « que » clause is reported speech all the same."""
    return _words("demand_verbs.txt")


def answer_verbs() -> frozenset[str]:
    """Lemmas of answering (répondre, rétorquer): who speaks is not who asked the question before."""
    return _words("answer_verbs.txt")


def continuation_verbs() -> frozenset[str]:
    """Lemmas (reprendre, poursuivre) that report speech only in an incise."""
    return _words("continuation_verbs.txt")


def wording_participles() -> frozenset[str]:
    """Participles of putting words (prononcés, tenus, formulés): « les mots « … » prononcés par X » are X's."""
    return _words("wording_participles.txt")


def naming_verbs() -> frozenset[str]:
    """Lemmas that name something after an object pronoun (on l'appelait « … »)."""
    return _words("naming_verbs.txt")


@cache
def nickname_verbs() -> dict[str, str]:
    """Forms of verbs that give a name rather than report speech (surnommé « … »)."""
    return _mapping("nickname_verbs.tsv")


@cache
def roles() -> dict[str, str]:
    """Role and title nouns (porte-parole, ministre, procureure) -> gender m, f or - (either)."""
    return _mapping("roles.tsv")


@cache
def honorifics() -> dict[str, str | None]:
    """Honorifics as written (M., Mme, Me) -> gender m, f, or None when it does not tell."""
    return {form: gender if gender in ("m", "f") else None for form, gender in _mapping("honorifics.tsv", case_sensitive=True).items()}


@cache
def first_names() -> dict[str, str]:
    """Given names as written (Étienne, Anne-Sophie) -> gender."""
    return _mapping("first_names.tsv", case_sensitive=True)


@cache
def _first_names_unaccented() -> dict[str, str]:
    return {unaccented(name): gender for name, gender in first_names().items()}


def given_name(word: str) -> str | None:
    """The gender (m, f, or - for both) of a capitalised given name, None if `word` is not one: as listed,
    typed without its accents (« Jérome »), or a compound of listed names (« Pierre-Luc », « Marie-Ève »,
    the first part giving the gender)."""
    word = word.translate(APOSTROPHES)
    if not word[:1].isupper():
        return None
    gender = first_names().get(word) or _first_names_unaccented().get(unaccented(word))
    if gender is None and "-" in word.strip("-"):
        parts = [given_name(part) for part in word.split("-")]
        gender = parts[0] if all(parts) else None
    return gender


def unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def organisation_nouns() -> frozenset[str]:
    """Head nouns of organisations that speak (ministère, préfecture, direction)."""
    return _words("organisation_nouns.txt")


def speaking_bodies() -> frozenset[str]:
    """Bodies whose common noun alone names them as a speaker (préfecture, armée, parquet)."""
    return _words("speaking_bodies.txt")


def document_nouns() -> frozenset[str]:
    """Nouns of documents whose words are their issuer's (communiqué, lettre, rapport)."""
    return _words("document_nouns.txt")


def hyphenated_words() -> frozenset[str]:
    """Hyphenated words kept as one token (start-up), which the French tokenizer would split."""
    return _words("hyphenated_words.txt")


@cache
def generic_organisation_nouns() -> dict[str, str]:
    """Organisation nouns that alone refer back to the organisation last named ("l'entreprise"), with the kind of
    organisation each names (« company », « union », … or « any »)."""
    return _mapping("generic_organisation_nouns.tsv")


def que_not_complement() -> frozenset[str]:
    """Words before "que" that make a conjunction or a relative, not a reported clause (tandis que, ce que)."""
    return _words("que_not_complement.txt")


@cache
def cue_prepositions() -> tuple[tuple[str, ...], ...]:
    """Attribution cues before a name (selon, d'après, aux yeux de), as word tuples, longest first."""
    cues = {tuple(fold(phrase).replace("'", "' ").split()) for phrase in _mapping("cue_prepositions.txt")}
    return tuple(sorted(cues, key=len, reverse=True))


def charge_words() -> frozenset[str]:
    """Words of a prosecution before « pour « … » »: the quote names the charge (mis en examen pour « … »)."""
    return _words("charge_words.txt")


def naming_words() -> frozenset[str]:
    """Words that announce a name or expression, not speech: surnommé « … », la notion d'« … »."""
    return _words("naming_words.txt")


def place_nouns() -> frozenset[str]:
    return _words("place_nouns.txt")


def title_nouns() -> frozenset[str]:
    """Nouns that announce the title of a work before a capitalised quote: le film « Marée basse »."""
    return _words("title_nouns.txt")


# -- closed-class words (quotes/data/function_words.tsv) ---------------------------------------------------
def _function_words() -> dict[str, dict[str, str]]:
    classes: dict[str, dict[str, str]] = {}
    for row in _rows("function_words.tsv"):
        classes.setdefault(row[0], {})[fold(row[1])] = row[2] if len(row) > 2 else ""
    return classes


_CLASSES = _function_words()
PRONOUN_GENDER: dict[str, str] = _CLASSES["pronoun"]  # il -> m, elle -> f
DEMONSTRATIVE_RELATIVES: dict[str, str] = _CLASSES["demonstrative_relative"]  # celui -> m, celle -> f
PLURAL_PRONOUNS = frozenset(_CLASSES["plural_pronoun"])
INVERTED = frozenset(_CLASSES["inverted_subject"])
OBJECT_CLITICS = frozenset(_CLASSES["object_clitic"])
THIRD_OBJECT_CLITICS = frozenset(_CLASSES["third_object_clitic"])
REFLEXIVES = frozenset(_CLASSES["reflexive"])
NEGATION = frozenset(_CLASSES["negation"])
NEGATION_WORDS = frozenset(_CLASSES["negation_word"])
LABEL_VERBS = frozenset(_CLASSES["label_verb"])
REFLEXIVE_PASSIVES = frozenset(_CLASSES["reflexive_passive"])
ELISIONS = frozenset(_CLASSES["elision"])
ADDITIVES = frozenset(_CLASSES["additive"])
INSIDE_PREPOSITIONS = frozenset(_CLASSES["inside_preposition"])
PLACE_PREPOSITIONS = frozenset(_CLASSES["place_preposition"])
SAINT_WORDS = frozenset(_CLASSES["saint_word"])
LED_BODIES = frozenset(_CLASSES["led_body"])
OTHER_WORDS = frozenset(_CLASSES["other_word"])
COPULAR_VERBS = frozenset(_CLASSES["copular_verb"])
THIRD_PLURAL = frozenset(_CLASSES["third_plural"])
TITLE_ADJECTIVES = frozenset(_CLASSES["title_adjective"])
ROLE_OPENING_ADJECTIVES = frozenset(_CLASSES["role_opening_adjective"])
SOVEREIGN_TITLES = frozenset(_CLASSES["sovereign_title"])
TITLED_OFFICES = frozenset(_CLASSES["titled_office"])
PORTFOLIO_ROLES = frozenset(_CLASSES["portfolio_role"])
FORMER_QUALIFIERS = frozenset(_CLASSES["former_qualifier"])
LAY_ROLES = frozenset(_CLASSES["lay_role"])
EPICENE_EPITHETS = frozenset(_CLASSES["epicene_epithet"])  # « la vedette », « la star »: of either sex
IMPERSONAL_NOUNS = frozenset(_CLASSES["impersonal_noun"])  # « l'établissement »: no person, whatever body it means
PARTICIPANT_NOUNS = frozenset(_CLASSES["participant_noun"])  # « le forcené », « le tireur »: someone in the story, unnamed
IMPERSONAL_ADJECTIVES = frozenset(_CLASSES["impersonal_adjective"])
COLLECTIVE_NOUNS = frozenset(_CLASSES["collective_noun"])
CHANNEL_PREPOSITIONS = frozenset(_CLASSES["channel_preposition"])
INSTANCE_WORDS = frozenset(_CLASSES["instance_word"])
PASSIVE_AGENT = frozenset(_CLASSES["passive_agent"])
POSSESSIVES = frozenset(_CLASSES["possessive"])
ARTICLES = frozenset(_CLASSES["article"])
DEFINITE_ARTICLES = frozenset(_CLASSES["definite_article"])
CONTRACTED_ARTICLES = frozenset(_CLASSES["contracted_article"])
INDEFINITE = frozenset(_CLASSES["indefinite"])
INDEFINITE_PRONOUNS = frozenset(_CLASSES["indefinite_pronoun"])
NO_ONE = frozenset(_CLASSES["no_one"])
POST_QUALIFIERS = frozenset(_CLASSES["post_qualifier"])
SCOPE_ADJECTIVES = frozenset(_CLASSES["scope_adjective"])
GROUP_ENDINGS = tuple(_CLASSES["group_ending"])
NON_VERBS = frozenset(_CLASSES["non_verb"])
CONTEST_WORDS = frozenset(_CLASSES["contest_word"])
DE = frozenset(_CLASSES["de"])
QUE = frozenset(_CLASSES["que"])
RELATIVES = frozenset(_CLASSES["relative"])
OBJECT_RELATIVES = frozenset(_CLASSES["object_relative"])
DEMONSTRATIVES = frozenset(_CLASSES["demonstrative"])
LATTER: dict[str, str] = _CLASSES["latter"]  # dernier -> m
LATTER_PRONOUNS: dict[str, str] = _CLASSES["latter_pronoun"]  # celui-ci -> m
SOURCE_NOUNS = frozenset(_CLASSES["source_noun"])
ON_PLACES: dict[str, str] = _CLASSES["on_place"]  # chez -> name, au -> noun
BODIES = frozenset(unaccented(word) for word in _CLASSES["body"])
OUTLET_EPITHETS = frozenset(_CLASSES["outlet_epithet"])
ARTICLE_PREFIXES = frozenset(_CLASSES["article_prefix"])
OVERHEARD_VERBS = frozenset(_CLASSES["overheard_verb"])
PLURAL_DETERMINERS = frozenset(_CLASSES["plural_determiner"])
FIRST_PERSON_SINGULAR = frozenset(_CLASSES["first_person_singular"])
WEEKDAYS = frozenset(_CLASSES["weekday"])
MIDDLE_NAMES_OF_EITHER_GENDER = frozenset(_CLASSES["middle_name_of_either_gender"])
MONTHS = frozenset(_CLASSES["month"])
FEMININE_ENDINGS = {ending: "" if masculine == "-" else masculine for ending, masculine in _CLASSES["feminine_ending"].items()}
DEMONSTRATIVE_DETERMINERS = frozenset(_CLASSES["demonstrative_determiner"])
AUXILIARIES = frozenset(_CLASSES["auxiliary"])
NAME_PARTICLES = frozenset(_CLASSES["name_particle"])
ALIAS_WORDS = frozenset(_CLASSES["alias_word"])
CONCESSIVES = frozenset(_CLASSES["concessive"])
ISSUING_PARTICIPLES = frozenset(_CLASSES["issuing_participle"])
TIME_WORDS = frozenset(_CLASSES["time_word"])
TIME_NOUNS = frozenset(_CLASSES["time_noun"])
GUESTS = frozenset(_CLASSES["guest"])
UNNAMED_GROUPS = frozenset(_CLASSES["unnamed_group"])
SPOKESPERSONS = frozenset(_CLASSES["spokesperson"])
FELLOW_JOURNALISTS = frozenset(_CLASSES["fellow_journalist"])
CAPITALISED_COMMON_NOUNS = frozenset(_CLASSES["capitalised_common_noun"])
OUR_DETERMINERS = frozenset(_CLASSES["our_determiner"])
TOPIC_MARKERS = frozenset(_CLASSES["topic_marker"])
BENCH_ROLES = frozenset(_CLASSES["bench_role"])
JUDGES = frozenset(_CLASSES["judge"])
PRESIDING = frozenset(_CLASSES["presiding"])
COURT_NOUNS = frozenset(_CLASSES["court_noun"])
TRIAL_NOUNS = frozenset(_CLASSES["trial_noun"])
IMPERSONAL_VERBS = frozenset(_CLASSES["impersonal_verb"])
IMPERSONAL_REFLEXIVES = frozenset(_CLASSES["impersonal_reflexive"])
ADDRESSING_VERBS = tuple(_CLASSES["addressing_verb"])
ADDING_VERBS = frozenset(_CLASSES["adding_verb"])
FOCUS_NOUNS = frozenset(_CLASSES["focus_noun"])
CONNECTORS = frozenset(_CLASSES["connector"])
NAME_PREPOSITIONS = frozenset(_CLASSES["name_preposition"])
BYSTANDER_PREPOSITIONS = frozenset(_CLASSES["bystander_preposition"])
SAID_CONNECTIVES = frozenset(_CLASSES["said_connective"])
TAKE_UP_OPENERS = frozenset(_CLASSES["take_up_opener"])
PRESENTATIVES = frozenset(_CLASSES["presentative"])
MANNER_NOUNS = frozenset(_CLASSES["manner_noun"])
CHARGE_NOUNS = frozenset(_CLASSES["charge_noun"])
SENTENCING_WORDS = frozenset(_CLASSES["sentencing_word"])
IN_THESE_WORDS = frozenset(_CLASSES["in_these_words"])
KIN_PREPOSITIONS = frozenset(_CLASSES["kin_preposition"])
VIEW_PREPOSITIONS = frozenset(_CLASSES["view_preposition"])
ANOTHER_PARTY = frozenset(_CLASSES["another_party"])
COUNTRY_VOICES = frozenset(_CLASSES["country_voice"])
FILIATION_PARTICLES = frozenset(_CLASSES["filiation_particle"])
ACRONYM_SKIPS = frozenset(_CLASSES["acronym_skip"])
LINKING_ADVERBS = frozenset(_CLASSES["linking_adverb"])
PURPOSE = frozenset(_CLASSES["purpose"])
CLAUSE_OPENERS = frozenset(_CLASSES["clause_opener"])
UNION_WORDS = frozenset(_CLASSES["union_word"])
DISCLOSURE_VERBS = frozenset(_CLASSES["disclosure_verb"])
COMMENT_OPENERS = frozenset(tuple(words.split()) for words in _CLASSES["comment_opener"])
CAUSATIVE_FORMS = frozenset(_CLASSES["causative_form"])
PLAIN_PERSONS = frozenset(_CLASSES["plain_person"])
CONTRASTS = frozenset(tuple(words.split()) for words in _CLASSES["contrast"])
CAUSE_CONNECTORS = frozenset(_CLASSES["cause_connector"])
PLATFORMS = frozenset(_CLASSES["platform"])
PARTY_WORDS = frozenset(_CLASSES["party_word"])
REACH_ADJECTIVES = frozenset(_CLASSES["reach_adjective"])
REPETITIONS = frozenset(_CLASSES["repetition"])
VOICE_NOUNS = frozenset(_CLASSES["voice_noun"])
SIDE_NOUNS = frozenset(_CLASSES["side_noun"])
RELATIONAL_ROLES = frozenset(_CLASSES["relational_role"])
COUNTERPARTS = frozenset(_CLASSES["counterpart"])
SELON_RELATIVES = frozenset(_CLASSES["selon_relative"])
AGENT_OR_ADDRESSEE = frozenset(_CLASSES["agent_or_addressee"])
CREDIT_WORDS = tuple(_CLASSES["credit_word"])
PAST_PARTICIPLE_ENDINGS = tuple(_CLASSES["past_participle_ending"])
TO = frozenset(_CLASSES["to"])
BE_FORMS = frozenset(_CLASSES["be_form"])
DEMONYM_ENDINGS = tuple(_CLASSES["demonym_ending"])
NOT_DEMONYMS = frozenset(_CLASSES["not_demonym"])
POINTERS = frozenset(_CLASSES["pointer"])
LABEL_TARGETS = tuple(_CLASSES["label_target"])
CALL_VERBS = frozenset(_CLASSES["call_verb"])
LAWYER_TITLES: dict[str, str] = _CLASSES["lawyer_title"]  # Me -> avocat
COUNSEL_NOUNS: dict[str, str] = _CLASSES["counsel_noun"]  # conseil -> avocat
COURT_ROLE_SYNONYMS: dict[str, str] = _CLASSES["court_role_synonym"]  # défenseur -> avocat, at a trial


def issuing(participle: str) -> bool:
    """« publié », « publiées », « envoyé »: a participle whose agent issued the document it qualifies."""
    word = fold(participle)
    return any(word in (form, form + "e", form + "s", form + "es") for form in ISSUING_PARTICIPLES)


def demonym(word: str) -> bool:
    """« haïtien », « marocaine », « St-Galloise », « Franco-Bosniaque »: a word of origin (not « aérienne »,
    « quotidien »)."""
    folded = fold(word)
    return folded.endswith(DEMONYM_ENDINGS) and folded not in NOT_DEMONYMS or nationality(word.split("-")[-1]) is not None


def person_in_view_gender(word: str, following: str | None) -> str | None:
    """« Celui qui dirigea le HCR », « celle dont … »: a demonstrative pronoun opening a relative clause stands
    for a person, of its gender."""
    if following is None or fold(following) not in RELATIVES:
        return None
    return DEMONSTRATIVE_RELATIVES.get(fold(word))


def strip_pronoun(text: str) -> str:
    """'-t-elle' -> 'elle'."""
    word = fold(text).lstrip("-")
    return word[2:] if word.startswith("t-") else word


def fold_title(text: str) -> str:
    """An honorific as written, with one apostrophe, to look it up in `honorifics()`."""
    return text.translate(APOSTROPHES)


@cache
def role_key(noun: str) -> str:
    """A role noun in the masculine, to match « la professeure » with « le professeur », « l'avocate » with
    « l'avocat » (the pairs of endings are in data/function_words.tsv)."""
    word = fold(noun)
    for feminine, masculine in FEMININE_ENDINGS.items():
        base = word[: len(word) - len(feminine)] + masculine
        if word.endswith(feminine) and base != word and base in roles():
            return base
    return word


def is_role(word: str) -> bool:
    """A role or title noun, in either gender (« professeure » as well as « professeur »), or a compound of
    one (« ministre-président », « ex-ministre », « conseiller-expert »)."""
    if fold(word) in roles() or role_key(word) in roles():
        return True
    parts = fold(word).split("-")
    return len(parts) > 1 and word[:1].islower() and any(part in roles() or role_key(part) in roles() for part in parts)
