"""Reading spaCy's parse: subjects, verbs, clauses and grammatical gender.

Small questions every stage asks of a token or a span, answered in one place so that "a subject" or "a
finite verb" means the same thing in cues, mentions, names and coreference.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import BE_FORMS, BYSTANDER_PREPOSITIONS, CONCESSIVES, DE, DEMONSTRATIVES, KIN_PREPOSITIONS, NON_VERBS, POSSESSIVES, QUE, VIEW_PREPOSITIONS, fold, fold_title, honorifics, is_role

SUBJECT_DEPS = ("nsubj", "nsubj:pass")  # a clause's subject
CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS + ("expl:subj",)  # with the impersonal « il » of « il faut »


def skip_space(doc: Doc, i: int, limit: int) -> int:
    while i < limit and doc[i].is_space:
        i += 1
    return i


def finite_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def present_participle(token: Token) -> bool:
    """« accusant », « confirmant »: a participle clause, not a finite verb nor an adjective."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


def participle(token: Token) -> bool:
    """« interrogée », « chargé »: a participle, present or past, whatever the tagger made its part of speech."""
    return "Part" in token.morph.get("VerbForm")


def infinitive(token: Token) -> bool:
    """« détailler » in « avant de détailler »."""
    return "Inf" in token.morph.get("VerbForm")


ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")  # « Albert II », « Jean-Paul II »


def is_acronym(token: Token) -> bool:
    """« CFF », « OGBL »: a word in capitals, not a regnal number (« II »)."""
    return token.is_alpha and token.is_upper and len(token.text) > 1 and not ROMAN_NUMERAL.fullmatch(token.text)


def gerund(verb: Token) -> bool:
    """« en affirmant »: a present participle after « en »."""
    return verb.i > 0 and fold(verb.doc[verb.i - 1].text) == "en"


def in_subjunctive(clause: Span) -> bool:
    """Whether the first finite verb of a clause is subjunctive (« attend que les faits soient établis »):
    a wish, a demand or a feeling, not what someone said."""
    verb = next((t for t in clause if finite_verb(t) and not _concessive(t)), None)
    return verb is not None and "Sub" in verb.morph.get("Mood") and not _conditional_ending(verb)


def _conditional_ending(verb: Token) -> bool:
    """« seraient », « aurait »: the tagger sometimes calls a conditional subjunctive; no subjunctive ends so."""
    return fold(verb.text).endswith(("rait", "raient"))


def _concessive(verb: Token) -> bool:
    """The « soit » of « la grève, quelle que soit sa réussite, demeure … »: an aside, not the clause's verb."""
    doc, i = verb.doc, verb.i
    words = [fold(t.text) for t in doc[max(0, i - 2) : i]]
    return bool(words) and (words[-1] in CONCESSIVES or len(words) == 2 and words[0] in CONCESSIVES and words[1] in QUE)


def main_verb(clause: Span) -> Token | None:
    """The predicate of a clause that has a subject in it (a verb, or an adjective with its copula)."""
    predicates = [t for t in clause if any(c.dep_ in CLAUSE_SUBJECT_DEPS and clause.start <= c.i < clause.end for c in t.children)]
    rooted = [t for t in predicates if t.dep_ == "ROOT"]
    return (rooted or predicates or [None])[0]


def has_verb(span: Span) -> bool:
    """A clause, not a noun phrase: some verb that is not an infinitive (the tagger often takes a finite
    verb for a participle, so finiteness itself is not required), or a word with a subject of its own (the
    tagger sometimes takes a verb for a noun: "ce type d'épisode risque de se multiplier")."""
    return any(
        t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm")
        or any(c.dep_ in CLAUSE_SUBJECT_DEPS and span.start <= c.i < span.end for c in t.children)
        for t in span
    )


def head_noun(mention: Span) -> Token | None:
    """The first noun of a mention, or its role noun (which the tagger may take for an adjective), past an
    honorific (« Madame la Ministre »)."""
    for token in mention:
        if (token.pos_ in ("NOUN", "PROPN") or foreign_name(token) or is_role(token.text)) and fold_title(token.text) not in honorifics() and not _epithet(token, mention):
            return token
    return None


def foreign_name(token: Token) -> bool:
    """« ONG », « Human » (of « Human Rights Watch »): a capitalised word the tagger could not place (X) is a
    name, or part of one."""
    return token.pos_ == "X" and token.text[:1].isupper()


def _epithet(token: Token, mention: Span) -> bool:
    """« jeune » in « le jeune candidat »: an adjective before the noun it qualifies, though it may be a role
    noun of its own (« un jeune »)."""
    following = token.nbor() if token.i + 1 < mention.end else None
    return token.pos_ == "ADJ" and following is not None and following.pos_ == "NOUN"


def subject_verb(token: Token) -> Token | None:
    """The verb whose subject the name starting at `token` is (part of), or None: « le roi Mohammed VI a … »."""
    node, after_comma = token, False
    for _ in range(4):
        if node.dep_ in SUBJECT_DEPS:
            if _compared(node) and not after_comma:
                return None  # « Comme l'Unsa et SUD-Rail, la CGT prévient … »: the parser made the comparison the subject
            return node.head.head if node.head.dep_ == "conj" else node.head
        after_comma = after_comma or node.dep_ == "conj" and _after_a_comma(node)
        if node.dep_ not in ("flat:name", "appos", "flat", "conj"):
            return None
        node = node.head
    return None


def _compared(node: Token) -> bool:
    return any(fold(c.text) == "comme" and c.dep_ in ("mark", "case") for c in node.children)


def _after_a_comma(node: Token) -> bool:
    """The phrase of `node` opens on a comma, or right after one (the parser hangs it either way)."""
    edge = node.left_edge
    return edge.text == "," or edge.i > 0 and edge.nbor(-1).text == ","


def is_subject(token: Token, main_clause: bool = False) -> bool:
    """Whether the name starting at `token` is (part of) a clause subject — of the sentence's main clause,
    not of a "que" clause, if `main_clause`."""
    verb = subject_verb(token)
    return verb is not None and (not main_clause or verb.dep_ == "ROOT")


def plural(token: Token) -> bool:
    """The tagger reads the word as plural."""
    return "Plur" in token.morph.get("Number")


def morph_gender(token: Token) -> str | None:
    """m or f from the tagger's morphology (« la », « nouvelle »), else None."""
    gender = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(gender[0]) if gender else None


def narrative_infinitive(verb: Token, sentence_start: int) -> bool:
    """« Et de souligner que … », « Et d'ajouter que « … » »: an infinitive right after the « Et de » that opens
    its sentence; it goes on with the speaker of the sentence before."""
    words = [t for t in verb.doc[sentence_start : verb.i] if not t.is_space]
    return len(words) == 2 and fold(words[0].text) == "et" and fold(words[1].text) in DE


def named_in_passing(doc: Doc, i: int) -> bool:
    """« reconstruite après Gretel », « avec son mari William », « contre le ministre, X »: a person named after a
    preposition that makes them who the sentence is about, not who speaks (not « d'après X », « selon X »)."""
    j = _preposition_before(doc, i)
    if j < 0 or j > 0 and fold(doc[j - 1].text) in DE:  # « d'après X »
        return False
    possessive = any(fold(t.text) in POSSESSIVES for t in doc[j + 1 : i])
    return fold(doc[j].text) in BYSTANDER_PREPOSITIONS or fold(doc[j].text) in KIN_PREPOSITIONS and possessive


def whose_view(doc: Doc, i: int) -> bool:
    """« Un avis partagé par l'élu X », « Colère aussi chez X », « Pour le sociologue X »: a person named after a
    preposition that announces their view."""
    j = _preposition_before(doc, i)
    cleft = j > 0 and fold(doc[j].text) in BE_FORMS and fold(doc[j - 1].text) in DEMONSTRATIVES  # « c'est le porte-parole X qui »
    return j >= 0 and fold(doc[j].text) in VIEW_PREPOSITIONS or cleft


def _preposition_before(doc: Doc, i: int) -> int:
    """The word before a name, past its determiners, adjectives and role, the role's complement included (« avec
    son mari », « par l'élu UDC vaudois, », « c'est le porte-parole du gouvernement »)."""
    j = _past_determiners_and_roles(doc, i - 1)
    role = next((k for k in range(j, max(-1, j - 5), -1) if is_role(doc[k].text)), None)
    if role is not None and role < j and all(doc[k].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ") for k in range(role + 1, j + 1)):
        j = _past_determiners_and_roles(doc, role)
    return j


def _past_determiners_and_roles(doc: Doc, j: int) -> int:
    while j > 0 and (doc[j].is_space or doc[j].pos_ in ("DET", "ADJ") or doc[j].dep_ == "amod" or is_role(doc[j].text) or is_acronym(doc[j]) or _apposing_comma(doc, j)):
        j -= 1
    return j


def _apposing_comma(doc: Doc, j: int) -> bool:
    """« le ministre, X »: a comma between a role and the name apposed to it (not « Avant, X »)."""
    return doc[j].text == "," and j > 0 and (is_role(doc[j - 1].text) or doc[j - 1].pos_ == "ADJ")


def verb_like(word: Token) -> bool:
    """A lowercase word that is no function word nor title and ends like a verb in the third person singular
    (« retrace », « poursuit », « lança »; not « contre », « président »), whatever the tagger said — or did not
    say, inside a long quote left untagged."""
    return (
        word.is_alpha and word.is_lower and not word.is_stop and word.text.endswith(("e", "t", "a"))
        and word.text not in NON_VERBS and not is_role(word.text)
    )
