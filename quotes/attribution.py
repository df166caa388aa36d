"""Attribution: for each quotation span, the cue that introduces it and the mention of its speaker.

Ordered sieves, most precise first (after Muzny et al. 2017, "A two-stage sieve approach for quote
attribution"), run from the table `SIEVES`: each is one function with one signature, a name (stored with
every quote) and a confidence. The first sieve that answers wins: a `Match` makes the quote someone's
speech, `TERM` makes it a title, nickname or scare quote with no speaker. `about` finds whose aims a quote
reports. A new French construction is one function and one row in the table.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import regex
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from .indirect import INDIRECT_SIEVES, Clause
from .cues import Cue, Found, governs_speech, match_incise, match_preposition, reporting_lemma, source_of_a_cue, verb_lemma
from .layout import SENTENCE_END, Context, in_byline, is_byline, is_heading, is_question, is_see_also
from .lexicon import (
    ADDITIVES, AUXILIARIES, CALL_VERBS, CAUSE_CONNECTORS, CLAUSE_OPENERS, COMMENT_OPENERS, CONNECTORS, COUNTRY_VOICES, DE, DEFINITE_ARTICLES, DEMONSTRATIVE_DETERMINERS, DEMONSTRATIVES, DISCLOSURE_VERBS, FOCUS_NOUNS, INDEFINITE, INDEFINITE_PRONOUNS, INSTANCE_WORDS, LABEL_TARGETS, LABEL_VERBS, LATTER, REFLEXIVE_PASSIVES, LINKING_ADVERBS, MANNER_NOUNS, NAME_PARTICLES, CHARGE_NOUNS, NEGATION, NEGATION_WORDS, OBJECT_CLITICS, OBJECT_RELATIVES, PLURAL_DETERMINERS, PLURAL_PRONOUNS, POSSESSIVES, PRESENTATIVES, PRONOUN_GENDER, QUE, REFLEXIVES, RELATIVES, SENTENCING_WORDS, SIDE_NOUNS, SOURCE_NOUNS, TAKE_UP_OPENERS, IN_THESE_WORDS, THIRD_PLURAL, TO, VOICE_NOUNS,
    attitude_verbs, charge_words, demand_verbs, document_nouns, fold, is_role, naming_verbs, naming_words, nationality, news_agencies, nickname_verbs, organisation_nouns, reporting_verbs, speech_nouns, strip_pronoun, title_nouns,
    wording_participles,
)
from .marks import QuoteSpan
from .organisations import issuer_phrase
from .mentions import antecedent, mention_around, nearest_speaker_before, opening_participle, plausible_speaker, subject_of, subject_phrase
from .syntax import CLAUSE_SUBJECT_DEPS, SUBJECT_DEPS, finite_verb, head_noun, gerund, infinitive, main_verb, named_in_passing, narrative_infinitive, participle, plural, present_participle, verb_like

TERM_MAX_WORDS = 5


@dataclass
class Attribution:
    span: QuoteSpan
    kind: str  # direct or term
    cue: Cue | None
    about: Span | None = None


@dataclass(frozen=True)
class Quotation:
    """What a sieve looks at: one top-level quote of the article, the tokens before and after it in its
    sentence, and the attributions of the quotes before it."""

    context: Context
    index: int
    earlier: list[Attribution]
    reported: dict[int, list[tuple[str, Clause]]] = field(default_factory=dict, compare=False)  # shared: see _reported_clauses

    @cached_property
    def span(self) -> QuoteSpan:
        return self.context.top[self.index]

    @cached_property
    def left(self) -> Span:
        return self.context.left(self.index)

    @cached_property
    def left_words(self) -> list[Token]:
        """The tokens of `left` that are not spaces: what a lead-in ends on."""
        return [t for t in self.left if not t.is_space]

    @cached_property
    def right(self) -> Span:
        return self.context.right(self.index)


@dataclass(frozen=True)
class Match:
    """A sieve's answer for speech: the reporting verb's lemma (or cue word) and the speaker mention;
    `weight` scales the sieve's confidence (a cue further from the quote, a speaker carried over)."""

    verb: str | None
    mention: Span | None
    weight: float = 1.0


TERM = "term"  # a sieve's answer for a title, nickname or scare quote: nobody's speech


@dataclass(frozen=True)
class Sieve:
    name: str  # stored with every quote it attributes (`quotes.sieve`); `quotes eval --without NAME`
    find: Callable[[Quotation], "Match | str | None"]
    confidence: float


def attribute_quotes(context: Context, sieves: Sequence[Sieve] | None = None) -> list[Attribution]:
    """An attribution for every top-level quotation span of the article, in order, by the first of
    `sieves` (all of `SIEVES` by default) that answers."""
    results: list[Attribution] = []
    reported: dict[int, list[tuple[str, Clause]]] = {}
    for index in range(len(context.top)):
        attribution = _attribute(Quotation(context, index, results, reported), SIEVES if sieves is None else sieves)
        attribution.about = _about(context, index) if attribution.kind == "direct" else None
        results.append(attribution)
    return results


def _attribute(quotation: Quotation, sieves: Sequence[Sieve]) -> Attribution:
    span = quotation.span
    for sieve in sieves:
        found = sieve.find(quotation)
        if found == TERM:
            return Attribution(span, "term", Cue(sieve.name, None, None, sieve.confidence))
        if found is not None:
            confidence = sieve.confidence * found.weight * (1.0 if span.closed else UNCLOSED)
            return Attribution(span, "direct", Cue(sieve.name, found.verb, found.mention, confidence))
    return Attribution(span, "direct", None)


UNCLOSED = 0.7  # a quote whose closing mark is missing ends at its paragraph: less sure of it
FURTHER = 0.9  # a cue after a complement (« … » par la suite, a précisé X) rather than right after the marks


# -- the sieves ---------------------------------------------------------------------------------------------
def _inner_incise(q: Quotation) -> Match | None:
    """« Nous allons, a-t-elle expliqué, continuer. »"""
    return _incise_inside(q, match_incise)


def _inner_incise_of_any_verb(q: Quotation) -> Match | None:
    """« En 2024, notre trafic a baissé, retrace Georges X, directeur. »: after the cues outside the quote."""
    return _incise_inside(q, _named_after_any_verb)


def _incise_inside(q: Quotation, match: Callable[[Context, int, int], Found | None]) -> Match | None:
    context, span = q.context, q.span
    inside = context.tokens(span.start, span.end)
    for token in inside:
        if token.text == "," and token.i + 1 < inside.end:
            found = match(context, token.i + 1, inside.end)
            if found is None or not _closes_incise(context.doc, found.end, inside.end):
                continue
            if found.unknown or plausible_speaker(context, found.mention) or _indefinite_speaker(found.mention):
                return Match(found.lemma, None if found.unknown else found.mention)  # not « le plan, conclu fin août, ne … »
    return None


def _named_after_any_verb(context: Context, start: int, limit: int) -> Found | None:
    """« En 2024, notre trafic a baissé, retrace Georges X, directeur. », « …, se satisfait Sandrine X, … »: inside a
    quote (which may be left untagged), a word outside the lexicon that ends like a verb in the third person and
    is followed by a full name makes an incise — not a function word (« avec Paul X », « pour Paul X »)."""
    if start + 1 < limit and fold(context.doc[start].text) in REFLEXIVES:
        start += 1  # « …, se satisfait Sandrine X, … »
    word, name = context.doc[start], start + 1
    end = context.name_end.get(name, name)
    return Found(fold(word.text), context.doc[name:end], end) if verb_like(word) and end - name > 1 and end <= limit else None


def _indefinite_speaker(mention: Span) -> bool:
    """« un salarié », « l'un », « chacun »: an indefinite speaker, who ends the quote's incise as a named one would."""
    return any(fold(t.text) in INDEFINITE | INDEFINITE_PRONOUNS for t in mention[:2])


def _closes_incise(doc: Doc, end: int, limit: int) -> bool:
    """The incise ends at a comma (or the quote's end), after at most a short complement ("à l'issue de la
    réunion") and no verb."""
    for i in range(end, min(limit, end + 8)):
        if doc[i].text in (",", ".", "!", "?", "…"):
            return True
        if doc[i].pos_ in ("VERB", "AUX"):
            return False
    return end + 8 > limit and not any(t.pos_ in ("VERB", "AUX") for t in doc[end:limit])


def _trailing_incise(q: Quotation) -> Match | None:
    """« … », a-t-il ajouté. / « … » par la suite, a précisé M. Kirby. — but « X a refusé « les discussions »,
    rapporte l'AFP » is X's (`_relayed`)."""
    found = _trailing(q, lambda start, end, adjacent: match_incise(
        q.context, start, end, any_verb=adjacent and _set_off(q, start) and not _subject_before(q, start, end) and not _quote_as_subject(q, start),
    ))
    return _relayed(q, found, _an_agency)


def _quote_as_subject(q: Quotation, start: int) -> bool:
    """« «Anatomie d'une chute» a dominé la cérémonie »: a compound verb right after the marks, with no comma, has
    the quote (a title) for subject and an object after it — unlike « « … », a dominé X » or « « Non ! » sourit X »."""
    right_after = start == q.right.start and fold(q.context.doc[start].text) in AUXILIARIES
    return right_after and not q.span.text(q.context.text).rstrip().endswith(("!", "?", "…", ".", ","))


def _set_off(q: Quotation, start: int) -> bool:
    """The quote is set off from the words at `start` (where `_trailing` looks for a cue: right after the marks,
    or after a comma that follows them): by that comma, by its own closing punctuation or mark (« « Non ! »
    sourit X », « « Oui, » dit X »), or because it opens its sentence (« « On ne lâchera rien » s'enflamme X »);
    not « que de « graves conséquences » attendent Moscou », a partial quote inside its clause."""
    closing = q.span.text(q.context.text).rstrip().endswith((*SENTENCE_END, ",", ")", "”", "»", '"', "’"))
    return start != q.right.start or closing or not any(t.is_alpha for t in q.left_words)


def _subject_before(q: Quotation, start: int, end: int) -> bool:
    """« La mairie, « par précaution », a fermé le parc Monceau »: the first verb after the quote has its subject
    before the quote, set off from it by a comma — a clause the quote is set inside, so that verb makes an
    incise only if it is a reporting verb (`match_incise` without `any_verb`); not « Une qualification
    « méritée », a savouré X », a quote inside the noun phrase."""
    context = q.context
    verb = next((t for t in context.doc[start:end] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.pos_ == "AUX":
        verb = verb.head
    sentence_start = context.tokens(*context.sentence(q.span.open_at)).start
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and sentence_start <= c.i < q.left.end), None) if verb is not None else None
    return subject is not None and any(t.text == "," for t in context.doc[subject.i : q.left.end])


def _an_agency(q: Quotation, mention: Span) -> bool:
    """« l'AFP », « l'agence Reuters », « Associated Press »: an agency's name heads the mention (not a person's
    name that holds one of its words)."""
    head = head_noun(mention)
    if head is None or q.context.name_end.get(head.i, head.i + 1) > head.i + 1:
        return False  # a name of one word may be the agency's (« selon Sputnik »)
    words = [fold(t.text) for t in mention.doc[head.i : min(mention.end, head.i + 3)]]
    if words[0] in organisation_nouns() and len(words) > 1:  # « l'agence Reuters »: the name after the noun
        words = words[1:]
    return words[0] in news_agencies() or " ".join(words[:2]) in news_agencies()


def _relayed(q: Quotation, found: Match | None, relay: Callable[[Quotation, Span], bool]) -> Match | None:
    """A trailing cue whose source only relays (an agency, a communiqué) gives way to the person whose reporting
    verb heads the sentence (« X a prévenu que « … », selon un communiqué de la présidence »)."""
    if found is None or found.mention is None or not relay(q, found.mention):
        return found
    return _reporting_person_heading_the_sentence(q) or _person_before_a_relayed_quote(q, found.mention) or found


def _person_before_a_relayed_quote(q: Quotation, agency: Span) -> Match | None:
    """« Le président X a de nouveau menacé l'Arménie. « … », rapporte l'agence TASS »: a quote standing alone
    that an agency relays is the person whose speech the sentence before reports — not one it is about (« X est
    mort dans la nuit. « Il s'est éteint paisiblement », rapporte l'AFP »), nor when the agency names its source
    (« rapporte Reuters, citant un responsable »)."""
    context = q.context
    if any(not (t.is_space or t.is_punct) for t in q.left):
        return None
    named_source = any(fold(t.text) in SOURCE_NOUNS for t in agency)  # « rapporte l'AFP de source gouvernementale »
    if named_source or any(not t.is_space and not t.is_punct for t in context.tokens(agency.end_char, context.sentence(agency.start_char)[1])):
        return None
    before = _previous_sentence(q)
    if before is None or before.mention is None or not _names_a_person(context, before.mention):
        return None
    head = head_noun(before.mention)
    if before.verb not in reporting_verbs().values() or head is None or head.dep_ == "nsubj:pass":
        return None
    return Match(before.verb, before.mention, FURTHER)


def _speech_relative_after(q: Quotation) -> Match | None:
    """« la « reprise » « légère mais réelle » dont parlait X », « le « sursaut » qu'a réclamé la ministre »: a
    relative clause right after the quote (or after the quote its noun phrase goes on to) whose reporting verb
    has the speaker for subject — unless a verb before the quote already reports it (« X dénonce des
    « mensonges » qu'a démentis Y » are X's words)."""
    right = q.right
    following = _next_quote_in_sentence(q)
    if following is not None and not any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.is_punct for t in right):
        right = following.right  # « la « reprise » épidémique « légère » dont parlait X »
    words = [t for t in right if not t.is_space]
    if len(words) < 3 or fold(words[0].text) not in OBJECT_RELATIVES or _governing_verb(q) is not None or _goes_on_from_the_quote_before(q):
        return None
    found = match_incise(q.context, words[1].i, right.end)
    if found is None or found.unknown or not plausible_speaker(q.context, found.mention):
        return None
    return Match(found.lemma, found.mention)


def _goes_on_from_the_quote_before(q: Quotation) -> bool:
    """« X a salué les « progrès » et les « efforts » que réclamait Y »: a quote coordinated with one of its
    sentence that a verb before them reports goes on with that verb."""
    if not q.earlier or q.earlier[-1].cue is None or any(t.pos_ in ("VERB", "AUX") for t in q.left):
        return False
    before = q.earlier[-1]
    same_sentence = q.context.sentence(before.span.open_at)[0] == q.context.sentence(q.span.open_at)[0]
    return same_sentence and before.cue.sieve != "relative-after"


def _next_quote_in_sentence(q: Quotation) -> Quotation | None:
    """The quote after `q` when it stands in the same sentence."""
    context = q.context
    if q.index + 1 >= len(context.top):
        return None
    following = Quotation(context, q.index + 1, q.earlier, q.reported)
    return following if context.sentence(following.span.open_at)[0] == context.sentence(q.span.open_at)[0] else None


def _incise_after_next_quote(q: Quotation) -> Match | None:
    """« A », jusqu'à « B », a indiqué X / « A », a détruit « B », déplore X: a quote that opens its sentence,
    whose sentence goes on to a second quote and an incise, is the incise's too."""
    following = _next_quote_in_sentence(q)
    if following is None or any(not (t.is_space or t.is_punct) for t in q.left):
        return None
    found = _trailing_incise(following)
    return Match(found.verb, found.mention, FURTHER) if found is not None else None


def _trailing_selon(q: Quotation) -> Match | None:
    """« … », selon X — but after a sentence headed by a person's reporting verb, « selon un communiqué de la
    présidence » or « selon l'AFP » only relays that person (`_relayed`)."""
    found = _trailing(q, lambda start, end, adjacent: match_preposition(q.context, start, end, trailing=True))
    return _relayed(q, found, lambda q, mention: _through_a_document(q, mention) or _an_agency(q, mention))


def _through_a_document(q: Quotation, mention: Span) -> bool:
    """« selon un communiqué de ses services », « selon un communiqué publié par la présidence »: a document
    noun in the source's phrase or just before it."""
    return any(fold(t.text) in document_nouns() for t in q.context.doc[max(q.right.start, mention.start - 4) : mention.end])


def _reporting_person_heading_the_sentence(q: Quotation) -> Match | None:
    """The sentence's main verb (or one coordinated with it: « X s'est entretenu avec … et a indiqué que »),
    before the quote, when it reports speech and has a person for subject (its own, or the main verb's)."""
    sentence = q.context.tokens(*q.context.sentence(q.span.open_at))
    root = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if root is None or root.idx > q.span.open_at:
        return None
    reporting = [v for v in [root] + [c for c in root.children if c.dep_ == "conj"] if v.idx < q.span.open_at and governs_speech(v)]
    if not reporting:
        return None
    verb = reporting[-1]
    subject = subject_of(q.context, verb, q.context.doc[sentence.start : verb.i])
    if subject is None and verb is not root:
        subject = subject_of(q.context, root, q.context.doc[sentence.start : root.i])
    if subject is None or not plausible_speaker(q.context, subject) or not (_names_a_person(q.context, subject) or _personal_pronoun(subject)):
        return None  # « Il a ajouté : « … », selon Sputnik »: he, whom the agency relays
    return Match(verb_lemma(verb), subject, FURTHER)


def _list_of_labels(q: Quotation) -> Match | None:
    """« « Mon jeune frère » pour X, « mon neveu » pour Y »: labels that someone gives to each, not words of
    X or Y — the speaker of the sentence before (« … en les désignant par des surnoms »), a guess."""
    if not _in_a_list_of_labels(q):
        return None
    return _previous_sentence(q) or Match(None, None)


def _in_a_list_of_labels(q: Quotation) -> bool:
    """« « Mon jeune frère » pour X, « mon neveu » pour Y, « l'empereur » concernant Z »: short quotes, each
    followed by whom it names, in one sentence — labels given by someone else, not words of X, Y or Z."""
    context, index = q.context, q.index
    sentence = context.sentence(q.span.open_at)
    neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(context.top) and context.sentence(context.top[i].open_at) == sentence]
    return _label_for(context, index) and any(_label_for(context, i) for i in neighbours)


def _label_for(context: Context, index: int) -> bool:
    """A short quote followed by a target word and a name within a few words (« « mon neveu » pour le
    Burkinabè X »), not a purpose (« « une victoire » pour les salariés »)."""
    span = context.top[index]
    if len(span.text(context.text).split()) > TERM_MAX_WORDS:
        return False
    after = context.tokens(span.close_at, min(len(context.text), span.close_at + 60))
    words = [t for t in after if not t.is_space and not t.is_quote and t.text not in "«»“”"]
    for target in LABEL_TARGETS:
        length = len(target.split())
        if " ".join(fold(t.text) for t in words[:length]) == target:
            return any(t.i in context.name_end for t in words[length : length + 8])
    return False


def _trailing(q: Quotation, match) -> Match | None:
    """The first cue found by `match(start, end, adjacent)` after the quote: right after its marks, or after
    a comma that follows a complement, but not past a finite verb (« Gustave » sera exposé …, a annoncé X:
    the incise reports the clause, not the quote)."""
    right, doc = q.right, q.context.doc
    starts = [right.start] + [t.i + 1 for t in right if t.text == ","]
    for start in starts:
        if start >= right.end:
            break
        if start != right.start and any(finite_verb(t) for t in doc[right.start : start - 1]):
            break
        adjacent = start == right.start or _only_punct(right, start)
        found = match(start, right.end, adjacent)
        if found is not None:
            return Match(found.lemma, None if found.unknown else found.mention, 1.0 if adjacent else FURTHER)
    return None


def _only_punct(right: Span, start: int) -> bool:
    return all(t.is_punct or t.is_space for t in right.doc[right.start : start])


def _leading_selon(q: Quotation) -> Match | None:
    """Selon X, « … » / Pour X, qui …, « … »: the cue opens the sentence (and then covers every quote of
    it: "Pour X, le dispositif « va dans le bon sens », mais … : « … »") or follows a comma."""
    context, left = q.context, q.left
    sentence_start = context.tokens(*context.sentence(q.span.open_at)).start
    starts = [sentence_start, left.start] + [t.i + 1 for t in left if t.text == "," or fold(t.text) in CAUSE_CONNECTORS]
    after_connector = [t.i + 1 for t in left if fold(t.text) in CONNECTORS]
    for start in starts + after_connector:
        found = match_preposition(context, start, left.end)
        if found is not None and start in after_connector and not _only_punct(context.doc[found.end : left.end], left.end):
            continue  # « Et pour l'avocate générale, « … » », not « mais pour X, il y a un « mystère Montréal » »
        if found is not None:
            if _speaks_for_itself(context, left, found):
                return None  # « Selon l'agence, la ministre a soutenu que « … » »: the ministre's words
            return Match(found.lemma, found.mention)
    return None


def _speaks_for_itself(context: Context, left: Span, found: Found) -> bool:
    """A reporting verb after the « selon X » phrase, with a speaker of its own for subject — after the
    phrase, or before it when the phrase is an aside (« La ministre X, candidate pour le RHDP, a promis »)."""
    for verb in context.doc[found.end : left.end]:
        if governs_speech(verb, partial_quote=True):
            mention = subject_of(context, verb, context.doc[found.end : left.end]) or subject_of(context, verb, left)
            own = mention is not None and not (mention.start <= found.mention.start < mention.end)
            return own and plausible_speaker(context, mention)
    return False


def _colon_after(q: Quotation) -> Match | None:
    """« « Le ministre ne nous a pas convaincus » : le député X se montre critique », « Un pays « en feu », une
    « épée de Damoclès » … : le secrétaire général, X, sonne l'alarme »: a sentence that opens with the quote, or
    with a list of noun phrases holding it (a relative clause's verb aside, no predicate of its own), then a colon
    and a clause whose subject is someone — the quote's speaker, whatever the verb. Not « Face à la « crise » : »,
    a complement."""
    context = q.context
    start, end = context.sentence(q.span.open_at)
    colon = next((t for t in context.tokens(q.span.close_at, end) if t.text == ":" and not context.inside_quote(t.idx)), None)
    if colon is None or not _quote_or_list_before(context, context.tokens(start, colon.idx), q):
        return None
    clause = context.tokens(colon.idx + 1, end)
    verb = main_verb(clause)
    mention = subject_of(context, verb, clause) if verb is not None else None
    if mention is None or not plausible_speaker(context, mention):
        return None
    someone = _names_a_person(context, mention) or _organisation_mention(mention)  # not « le slogan a été repris »
    return Match(verb_lemma(verb), mention) if someone else None


def _narrative_infinitive_speaker(context: Context, clause: Span) -> Match | None:
    """« Et le sélectionneur d'ajouter sur l'arbitre X : « … » »: the noun phrase between « Et » and « de » + a
    reporting verb is who speaks (the parser takes no subject there, and the arbitre is only talked about)."""
    words = [t for t in clause if not t.is_space]
    if len(words) < 4 or fold(words[0].text) != "et":
        return None
    for k in range(2, len(words) - 1):
        if fold(words[k].text) in DE and "Inf" in words[k + 1].morph.get("VerbForm") and reporting_lemma(words[k + 1]):
            head = next((t for t in reversed(words[1:k]) if _heads_a_subject(t)), None)  # not « Et face au ministre X, le député Y de répliquer »
            if head is None:
                return None
            mention = mention_around(context, head, context.doc[words[1].i : words[k].i])
            return Match(reporting_lemma(words[k + 1]), mention) if plausible_speaker(context, mention) else None
    return None


def _heads_a_subject(token: Token) -> bool:
    """A noun, name or pronoun (« ce dernier ») heading its own phrase, not a complement's (« au ministre X »)."""
    nominal = token.pos_ in ("NOUN", "PROPN", "PRON") or fold(token.text) in LATTER
    return nominal and token.dep_ not in ("flat:name", "appos", "nmod", "flat") and not any(c.dep_ == "case" for c in token.children)


def _quote_or_list_before(context: Context, lead: Span, q: Quotation) -> bool:
    """The part before the colon is the quote alone, or noun phrases opening on a determiner with no predicate
    but a relative clause's (« Des villes « rasées », un « hiver » qui menace l'Europe »)."""
    words = [t for t in lead if not t.is_space and not t.is_punct and not context.inside_quote(t.idx)]
    if not words:
        return True  # « « … » : le député X … »
    opens_the_list = words[0].idx < q.span.open_at and words[0].pos_ == "DET"
    return opens_the_list and not any(finite_verb(t) and t.dep_ != "acl:relcl" for t in words)


def _organisation_mention(mention: Span) -> bool:
    """« la CGT », « le syndicat Sud-Rail », « l'OMS »: an organisation noun, an organisation's name or an acronym."""
    head = head_noun(mention)
    return head is not None and (fold(head.text) in organisation_nouns() or head.ent_type_ == "ORG" or head.text.isupper() and len(head.text) > 1)


def _colon_lead_in(q: Quotation) -> Match | None:
    """La ministre a affirmé : « … » — the subject of the clause before the colon."""
    context, left, words = q.context, q.left, q.left_words
    if not _colon_before(q):
        return None
    clause = _last_clause(context, context.doc[left.start : words[-1].i])
    if main_verb(clause) is None and clause.start == left.start and _split_by_an_earlier_quote(q):
        return None  # « X a assuré que son groupe aurait « trois priorités » face au « chaos » laissé par Y : « … » »: a
        # lead-in that began before the quote splitting it goes on with that quote's speaker (previous-quote)
    source = next((
        c for name, c in _sentence_clauses(q, clause.start_char)
        if name in ("selon", "selon-after") and c.end <= words[-1].idx and c.mention is not None and plausible_speaker(context, c.mention)
    ), None)
    if source is not None:  # « La ville était méconnaissable pour X, le responsable de l'aménagement : « … » »
        return Match(source.verb, source.mention)
    if _lead_in_without_subject(words[:-1]):
        return _previous_speaker(q)
    comment = _comment_clause_speaker(context, context.doc[left.start : words[-1].i])
    if comment is not None:
        return Match(comment.lemma, comment.mention)
    absolute = _absolute_participle_speaker(context, clause) or _narrative_infinitive_speaker(context, clause)
    if absolute is not None:
        return absolute
    verb = main_verb(clause)
    if verb is not None:
        mention = subject_of(context, verb, clause)
    elif _someone_unnamed(context, clause):
        return Match(None, None)
    else:  # « Réponse de Guy Parmelin : « … » », « À la question d'un journaliste : « … » »
        owner = _speech_noun_owner(context, clause)
        mention = owner.mention if owner is not None else _first_noun_phrase(context, clause)
    if mention is not None and fold(mention[0].text) in PLURAL_DETERMINERS and (verb is None or verb.dep_ == "ROOT"):
        return Match(verb_lemma(verb) if verb is not None else None, mention)  # « les anciens s'agitent : »: a group
    incise = _incise_ending_lead_in(context, clause) if mention is None or not plausible_speaker(context, mention) else None
    if incise is not None:
        return Match(incise.lemma, incise.mention)
    if mention is not None and not plausible_speaker(context, mention) and _acts_on_the_name(verb, mention):
        return None  # « … alors que de nombreux dossiers attendent Élisabeth Borne : « … » »: not hers
    if mention is None or not plausible_speaker(context, mention):
        # « C'était le cas de X : », « Ce soir, la tête d'affiche est le chanteur X : »: the person it names
        mention = _name_in_short_lead_in(context, clause)
    if mention is None:
        return None
    return Match(verb_lemma(verb) if verb is not None else None, mention)


def _comment_clause_speaker(context: Context, lead_in: Span) -> Found | None:
    """« X a critiqué la décision, ce qu'a confirmé son collègue Y : « … » », « …, comme l'a rappelé Y : »: a
    clause after a comma that comments on the one before and ends on its inverted subject, who speaks — unless
    it tells what came before (« comme l'exigeait l'opposition ») or who disclosed it (« comme l'a révélé X »)."""
    start = next((i for t in reversed(lead_in) if t.text == "," and (i := _after_a_comment_opener(lead_in, t.i + 1)) is not None), None)
    if start is None:
        return None
    found = match_incise(context, start, lead_in.end)
    if found is None or found.mention is None or found.mention.end != lead_in.end or found.unknown:
        return None
    before = context.doc[start : found.mention.start]
    earlier = any("Imp" in t.morph.get("Tense") for t in before if t.pos_ in ("VERB", "AUX"))  # « exigeait », « avait révélé »
    return None if earlier or found.lemma in demand_verbs() | DISCLOSURE_VERBS else found


def _after_a_comment_opener(lead_in: Span, i: int) -> int | None:
    """Where the words after « ce qu' », « comme » … starting at token `i` begin, if they start there."""
    words = tuple(fold(t.text) for t in lead_in.doc[i : min(i + 3, lead_in.end)])
    return next((i + len(phrase) for phrase in COMMENT_OPENERS if words[: len(phrase)] == phrase), None)


def _split_by_an_earlier_quote(q: Quotation) -> bool:
    """The quote before this one, in the same sentence, is someone's speech that the words before this one go on
    from (« … aurait « trois priorités » face au « chaos » laissé par Y : »), not a title (« Sur le plateau de
    « Quotidien », X, très calme : »)."""
    start = q.context.sentence(q.span.open_at)[0]
    if not q.index or q.context.top[q.index - 1].close_at <= start or not q.earlier:
        return False
    before = q.earlier[-1]
    return before.kind == "direct" and before.cue is not None and before.cue.mention is not None


def _absolute_participle_speaker(context: Context, clause: Span) -> Match | None:
    """« M. X a répété son discours, le président de l'assemblée lui glissant : « … » »: a clause of its own
    after a comma, a noun phrase and the present participle of a reporting verb, ends the lead-in — its noun
    phrase says the quote, not the main clause's subject."""
    participles = [t for t in clause if present_participle(t) and reporting_lemma(t) is not None]
    if not participles or participles[-1].dep_ != "acl":
        return None
    verb = participles[-1]
    start = verb.head.left_edge.i
    if verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i or start <= clause.start or context.doc[start - 1].text != ",":
        return None
    mention = subject_phrase(context, start, verb.left_edge.i)  # up to « lui glissant », the participle's clause
    return Match(verb_lemma(verb), mention) if mention is not None and plausible_speaker(context, mention) else None


def _incise_ending_lead_in(context: Context, clause: Span) -> Found | None:
    """« Une défiance qui peut prendre des allures extrêmes, estime X, président de la FDSEA : « … » »: a
    reporting verb and its subject after it end the lead-in (with only the speaker's role after them)."""
    for token in clause:
        if reporting_lemma(token) is None or "Inf" in token.morph.get("VerbForm"):
            continue  # not « pour décrire le Paris du 18e siècle : »: an infinitive has no subject after it
        found = match_incise(context, token.i, clause.end)
        if found is not None and not found.unknown and plausible_speaker(context, found.mention):
            rest = [t for t in context.doc[found.end : clause.end] if not t.is_space]
            if not rest or _role_apposed(rest):
                return found
    return None


def _last_clause(context: Context, lead_in: Span) -> Span:
    """« Le Premier ministre se présente à la tribune, X reste imperturbable : »: the last of clauses set side
    by side after commas, when it has a predicate with its own subject (or opens with a name and its verb,
    however the parser hung them)."""
    commas = [t.i for t in lead_in if t.text == ","]
    for comma in reversed(commas):
        segment, before = lead_in.doc[comma + 1 : lead_in.end], lead_in.doc[lead_in.start : comma]
        if main_verb(before) is not None and (_subject_then_predicate(segment) or _name_then_verb(context, segment)):
            return segment  # not « Paul Cavaro, le directeur sportif a suivi : »: a name and its role
    return lead_in


def _subject_then_predicate(segment: Span) -> bool:
    """A clause of its own: a predicate whose subject comes first in the segment (not « s'en est inspiré pour
    décrire le Paris du 18e siècle », a subject the parser found after an infinitive)."""
    verb = main_verb(segment)
    return verb is not None and any(c.dep_ in SUBJECT_DEPS and segment.start <= c.i < verb.i for c in verb.children)


def _name_then_verb(context: Context, segment: Span) -> bool:
    """« X reste imperturbable »: a name opening the segment, then a verb (whatever the parser hung it on)."""
    end = context.name_end.get(segment.start) if len(segment) else None
    return end is not None and end < segment.end and segment.doc[end].pos_ in ("VERB", "AUX")


def _someone_unnamed(context: Context, clause: Span) -> bool:
    """« Un autre : « … » », « Une habitante du quartier : « … » »: a verbless lead-in naming nobody — not
    the last speaker going on."""
    words = [t for t in clause if not t.is_space and not t.is_punct]
    return 0 < len(words) <= 6 and fold(words[0].text) in INDEFINITE and not any(t.i in context.name_end for t in words)


def _acts_on_the_name(verb: Token | None, subject: Span) -> bool:
    """A verb other than « être » whose subject is a thing: a name after it is its object, not a speaker."""
    head = head_noun(subject)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ == "être" or any(child.dep_ == "cop" for child in verb.children):
        return False
    return head is not None and head.pos_ == "NOUN"


def _lead_in_without_subject(words: list[Token]) -> bool:
    """« Qui poursuit : », « Et d'ajouter : », « Avant de conclure : »: the speaker just quoted goes on."""
    if not words or len(words) > 5:
        return False
    if fold(words[0].text) == "qui":
        return True
    return len(words) >= 3 and fold(words[-2].text) in DE and reporting_lemma(words[-1]) is not None and not any(finite_verb(t) for t in words)


def _name_in_short_lead_in(context: Context, clause: Span) -> Span | None:
    """The person named in a short lead-in with no speaking subject, or opening a long one: « Réponse de X : »,
    « X, ministre : », « X, entraîneur de la mêlée, après la victoire face à Y samedi : », « …, comme X,
    responsable syndical : »,
    « C'était aussi l'avis de X (Ecolo), pourtant dans l'opposition : » — the first name outside brackets."""
    words = [t for t in clause if t.is_alpha]
    names = sorted((start, end) for start, end in context.name_end.items() if clause.start <= start < clause.end and not _in_brackets(clause, start))
    instances = [(start, end) for start, end in names if start > 0 and fold(context.doc[start - 1].text) in INSTANCE_WORDS]
    if instances:  # « De quoi réjouir les grévistes, comme X, responsable syndical : »: the one instance named
        start, end = instances[-1]
        return context.doc[start:end]
    opening = len(names) == 1 and bool(words) and names[0][0] == words[0].i  # « X, entraîneur de …, après la victoire … (43-34) : »,
    # not « X, vu par son ancien conseiller Y dans un livre … : »
    if len(words) > 14 and not opening or not names:
        return None
    start, end = names[0]
    return context.doc[start:end]


def _in_brackets(clause: Span, i: int) -> bool:
    before = [t.text for t in clause.doc[clause.start : i]]
    return before.count("(") > before.count(")")


def _named_term(q: Quotation) -> str | None:
    """A name or a title: « surnommé « … » », « le film « Marée basse » », « Sable noir » mid-sentence."""
    left, quoted = q.left, q.span.text(q.context.text)
    if _announces_term(left, quoted) or _looks_like_a_title(q.context, q.span, left) or _a_letter(quoted):
        return TERM
    return None


def _a_letter(quoted: str) -> bool:
    """« mettre les points sur les « i » », « le plan « B » », « la note « A+ » »: a letter in marks is a label,
    never speech (but « sa » and « on » are words someone stressed)."""
    text = quoted.strip(" \u00a0\u202f")
    one_sign = len(text) == 1 and text.isalnum()
    capital_and_sign = len(text) == 2 and text[0].isupper() and not text[1].isalpha()  # « A+ », « B2 »
    return one_sign or capital_and_sign


def _incise_before_predicate(q: Quotation) -> Match | None:
    """« Cette décision, estime le ministre, « n'est nullement une capitulation » », « Cette colère, résume X,
    « c'est quelque chose qui vient de loin » »: an incise between the sentence's subject and its quoted
    predicate."""
    words = q.left_words
    inside = q.context.tokens(q.span.start, q.span.end)
    if len(words) < 4 or words[-1].text != "," or not (_opens_with_a_verb(inside) or _resumed_by_ce(inside)):
        return None
    commas = [t.i for t in words[:-1] if t.text == ","]
    found = match_incise(q.context, commas[-1] + 1, words[-1].i) if commas else None
    if found is None or found.unknown or not _only_complements(q.context.doc[found.end : words[-1].i]):
        return None  # the incise fills the stretch between the two commas, but for « sur l'estrade », « mardi »
    return Match(found.lemma, found.mention)


def _only_complements(rest: Span) -> bool:
    """Nothing, or complements of place and time after an incise's subject: « sur l'estrade », « mardi »."""
    words = [t for t in rest if not t.is_space]
    return not words or words[0].pos_ in ("ADP", "ADV", "NOUN") and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in words)


def _resumed_by_ce(quoted: Span) -> bool:
    """« c'est … », « ce sera … »: a predicate that takes up a subject set before it."""
    words = [t for t in quoted[:3] if not t.is_space]
    return len(words) > 1 and fold(words[0].text) in DEMONSTRATIVES and words[1].pos_ in ("VERB", "AUX")


def _relative_subject(q: Quotation) -> Match | None:
    """« La SNCB, qui « espère que le trafic reprendra » »: a quote that goes on a relative « qui » with its
    verb is the words of what « qui » stands for."""
    words = q.left_words
    inside = q.context.tokens(q.span.start, q.span.end)
    if not words or fold(words[-1].text) != "qui" or not inside or not _opens_with_a_verb(inside):
        return None
    mention = antecedent(q.context, words[-1])
    if mention is None or q.context.inside_quote(mention.start_char) or not plausible_speaker(q.context, mention):
        return None  # « a fustigé « les oppositions » qui « n'ont plus de boussole » »: the speaker's words go on
    return Match(None, mention)


def _opens_with_a_verb(quoted: Span) -> bool:
    """« espère que … », « ne lâchera rien », « s'est dit choqué »: a verb, maybe after negation or clitics."""
    for token in quoted[:4]:
        if token.pos_ in ("VERB", "AUX"):
            return token.text[:1].islower()
        if fold(token.text) not in NEGATION | REFLEXIVES | OBJECT_CLITICS:
            return False
    return False


def _governing_verb(q: Quotation) -> Match | None:
    """Il a qualifié le projet de « gâchis » / son capitaine évoquait une « décision … »: the last reporting
    verb of the clause before a partial quote, and its subject (or its agent, "par X", for a passive); in an
    interview's question, « vous » is the interviewee."""
    context, left, right = q.context, q.left, q.right
    verbs = [t for t in left if governs_speech(t, partial_quote=True)]
    if not verbs:
        return None
    verb = next((t for t in reversed(verbs) if not (_relative_ended(t, left) or _noun_complement_infinitive(t) or _infinitive_ended(t, left))), verbs[-1])
    if _refused_label(q, verb):
        return Match(verb_lemma(verb), None)  # « X ne parle pas de « cas Y » »: words X refuses, not X's
    sentence_start = context.tokens(*context.sentence(verb.idx)).start
    adjectival = _adjectival_participle(verb)
    if adjectival and any(finite_verb(t) for t in left if t.i > verb.i and t not in verb.subtree) or _relative_ended(verb, left):
        return None  # « Quant au plan annoncé par le gouvernement, X n'y voit qu'un « … » »: another clause's words
    if verb.dep_ == "acl:relcl" and any(t.text == "," for t in left if t.i > verb.i) and _opens_with_a_finite_verb(q):
        return None  # « que le groupe, qui a nié les faits, en « paierait le prix fort » »: the predicate of the noun qualified
    if _passive(verb) or adjectival:  # "le glacier a été déclaré « mort »": only an agent ("par X") says it
        agent = _agent_between(context, verb, left) or _agent_after(context, right)
        if agent is None and not adjectival:  # « Il ajoute que les besoins étaient estimés à « … » »: the reporter's
            return _reporting_verb_over(q, verb)
        candidates = (agent,)
    else:
        subject = (
            _main_subject_after(q, verb) or _incise_subject(context, verb, left) or _incise_it_hangs_on(context, verb)
            or subject_of(context, verb, left) or _shared_subject(context, verb)
        )
        if subject is not None and _several_unnamed(subject, verb) and not plausible_speaker(context, subject) and context.inside_quote(subject.start_char) is None:
            return Match(verb_lemma(verb), None)  # « Ils estiment que X serait de mèche avec « … » »: theirs, unnamed
        candidates = (subject, _agent_after(context, right), nearest_speaker_before(context, sentence_start, verb))
    mention = next((m for m in candidates if m is not None and not _inside_a_quoted_phrase(context, m) and plausible_speaker(context, m)), None)
    if mention is not None and _topic_label(context, mention, verb):
        after_colon = subject_phrase(context, mention.end + 1, verb.i)
        if after_colon is None or not plausible_speaker(context, after_colon):
            return Match(verb_lemma(verb), None)
        mention = after_colon
    if mention is None:
        return _previous_speaker(q) if narrative_infinitive(verb, sentence_start) else None
    if _addresses_interviewee(context, mention):
        mention = _interviewee(context)
    return _person_reporting_the_body(q, verb, mention) or Match(verb_lemma(verb), mention)


def _person_reporting_the_body(q: Quotation, verb: Token, mention: Span) -> Match | None:
    """« X a assuré que le gouvernement avait entendu l'appel, en affirmant qu'il n'était « pas question … » »: an
    organisation's view inside a clause a person reports is that person's account of it — the words are the
    person's, as a spokesperson's are; but not when the body is the subject of the verb of saying itself (« X a
    rappelé que Renault avait promis « … » »: the body's own words, reported)."""
    if not _organisation_mention(mention) or any(t.head.i == verb.i and t.dep_ in SUBJECT_DEPS for t in mention) and not _said_how(q):
        return None
    outer = _reporting_verb_it_hangs_on(verb, q.context.tokens(*q.context.sentence(verb.idx)).start)
    if outer is None:
        return None
    subject = subject_of(q.context, outer, q.context.tokens(*q.context.sentence(outer.idx)))
    if subject is None or not _names_a_person(q.context, subject) or not plausible_speaker(q.context, subject):
        return None
    return Match(verb_lemma(outer), subject)


def _said_how(q: Quotation) -> bool:
    """« X a estimé que le gouvernement avait lancé sa campagne « de manière peu cavalière » »: quoted words that
    say how the subject acted (« de manière … », « d'une façon … »), not what it said (« avait répondu « non » »,
    « avait promis « d'ici la fin de l'année » » are the body's words)."""
    words = [fold(t.text) for t in q.context.tokens(q.span.start, q.span.end) if not t.is_punct and not t.is_space]
    if len(words) > 1 and words[0] in DE and words[1] in INDEFINITE:
        words = words[:1] + words[2:]
    return len(words) > 1 and words[0] in DE and words[1] in MANNER_NOUNS


def _reporting_verb_it_hangs_on(verb: Token, sentence_start: int) -> Token | None:
    """The reporting verb before `verb` whose complement `verb`'s clause is — up through « que » clauses,
    relatives and participles, but not across a coordinated clause or one of time or contrast (« X a évoqué …,
    tandis que le ministère a dénoncé « … » »: the ministry's own words)."""
    token = verb
    while token.head.i != token.i:
        marks = [fold(c.text) for c in token.children if c.dep_ == "mark"]
        if token.dep_ in ("conj", "parataxis") or token.dep_ == "advcl" and not gerund(token) and any(m not in QUE for m in marks):
            return None
        token = token.head
        if sentence_start <= token.i < verb.i and governs_speech(token):
            return token
    return None


def _refused_label(q: Quotation, verb: Token) -> bool:
    """« X ne parle pas de « cas Y » », « n'a jamais évoqué une « trahison » »: a short label after a negated verb of
    naming (`label_verb` in function_words.tsv) is what X refuses to call it — not X's words (but « X ne voit pas
    « comment … » » is)."""
    if reporting_lemma(verb) not in LABEL_VERBS or not any(fold(c.text) in NEGATION for c in verb.children):
        return False
    words = [t for t in q.context.tokens(q.span.start, q.span.end) if t.is_alpha]
    return 0 < len(words) <= 4 and words[0].pos_ not in ("VERB", "AUX")


def _inside_a_quoted_phrase(context: Context, mention: Span) -> bool:
    """« … « la défense de notre indépendance, le service des Français … », se disant « convaincu » »: a noun
    phrase inside an earlier quote is no speaker (the parser hung the verb inside it) — but a title in marks of
    a few words may be (« « Le Canard enchaîné » évoque un « scandale » »)."""
    quote = context.inside_quote(mention.start_char)
    return quote is not None and len(quote.text(context.text).split()) > TITLE_WORDS


TITLE_WORDS = 4


def _opens_with_a_finite_verb(q: Quotation) -> bool:
    """« que le groupe en « paierait le prix fort » », « le ministre « n'exclut aucune option » »: the quote is its
    clause's own predicate (a negation or clitics before the verb). Not a participle after the auxiliary (« X a
    « juré de … » »): tried, and on unseen copy such words were another speaker's account of X."""
    clitics = NEGATION | REFLEXIVES | OBJECT_CLITICS
    first = next((t for t in q.context.tokens(q.span.start, q.span.end) if not t.is_punct and not t.is_space and fold(t.text) not in clitics), None)
    return first is not None and finite_verb(first)


def _several_unnamed(subject: Span, verb: Token) -> bool:
    """« Ils estiment … », « Comme cette infirmière, tous les voisins parlent d'une « … » »: the verb's own
    subject is a plural pronoun or a plural common noun — several people the article does not name, whose
    words these are (not those of someone named earlier in the clause)."""
    if len(subject) == 1 and fold(subject[0].text) in PLURAL_PRONOUNS:
        return subject[0].head == verb or present_participle(verb) and subject[0].head in verb.ancestors  # « ils ont traversé la cour …, résumant : »
    head = head_noun(subject)
    return head is not None and head.head == verb and head.pos_ == "NOUN" and head.is_lower and plural(head)


def _relative_closed_before(verb: Token, left: Span) -> bool:
    """« en invitant X, un artiste qui synthétise plusieurs courants, Y a une idée : « … » »: a relative clause's
    verb whose clause ends before the quote's own clause begins."""
    return verb.dep_ == "acl:relcl" and verb.right_edge.i < left.end - 1


def _relative_ended(verb: Token, left: Span) -> bool:
    """« a indiqué que les feux qui se sont déclarés sont d'origine « criminelle » »: a relative clause closed
    before a verb of the quote's own clause (not « X, qui avait évoqué la menace, « très sérieuse » »)."""
    return _relative_closed_before(verb, left) and any(finite_verb(t) for t in left if t.i > verb.right_edge.i)


def _infinitive_ended(verb: Token, left: Span) -> bool:
    """« Affirmant que soutenir ce régime constituait une « erreur » »: an infinitive whose clause closes before a
    finite verb of the quote's own clause (« soutenir » is not what says the words)."""
    return infinitive(verb) and any(finite_verb(t) for t in left if t.i > verb.right_edge.i)


def _noun_complement_infinitive(verb: Token) -> bool:
    """« a rappelé que la fête était l'occasion de penser à « … » »: an infinitive completing a noun has no
    subject of its own to say the words; the reporting verb over it does."""
    return verb.dep_ in ("acl", "xcomp") and verb.head.pos_ == "NOUN" and "Inf" in verb.morph.get("VerbForm")


def _topic_label(context: Context, mention: Span, verb: Token) -> bool:
    """« Haïti : un chef de gang menace le pays de « … » », « Burkina Faso : la présidence affirme … »: a name
    followed by a colon and then by the verb's own clause is what a heading is about, not who speaks."""
    doc = context.doc
    return mention.end < verb.i - 1 and doc[mention.end].text == ":" and doc[mention.end + 1].pos_ in ("DET", "NOUN", "PROPN")


def _shared_subject(context: Context, verb: Token) -> Span | None:
    """« Le syndicat estime que X « … » et annonce qu'« … » »: a coordinated verb shares the subject of the
    verb it is coordinated with, even when that subject stands before an earlier quote of the sentence."""
    if verb.dep_ != "conj":
        return None
    return subject_of(context, verb, context.tokens(*context.sentence(verb.idx)))


def _main_subject_after(q: Quotation, verb: Token) -> Span | None:
    """« Dénonçant en X « … », le chef de l'opposition a … », « Se disant « … » par les témoignages, il réclame … »,
    « Après avoir salué « … », X a déclaré … »: a clause without a finite verb that opens its sentence has the
    main clause's subject — the noun phrase right before a finite verb, after the comma that closes the clause
    (whatever the parser made of it)."""
    context = q.context
    sentence = context.tokens(*context.sentence(verb.idx))
    if not _opens_its_sentence(sentence, verb):
        return None
    if _participle_agent(q) is not None:
        return None  # « Citant l'« humiliation » dénoncée par le syndicat Unia, X … »: Unia's word
    unquoted = [t for t in sentence if context.inside_quote(t.idx) is None]
    for comma in (t for t in unquoted if t.idx >= q.span.close_at and t.text == ","):  # « …, trois jours après le scrutin, X a … »
        if any(finite_verb(t) and not _in_its_que_clause(verb, t) for t in unquoted if t.i < comma.i):
            break
        subject = subject_phrase(context, comma.i + 1, sentence.end)
        if subject is not None and _before_its_verb(context, subject, sentence):
            return None if _framed_by_an_incise(context, subject, sentence) else subject
    return subject_of(context, verb, sentence) if opening_participle(verb) else None  # failing that, the parse's


def _framed_by_an_incise(context: Context, subject: Span, sentence: Span) -> bool:
    """« Considérant que la grève était « illégale », la direction a saisi la justice, a indiqué son porte-parole X »:
    an incise ending the sentence reports all of it — its speaker's words, not the main subject's."""
    return any(t.text == "," and match_incise(context, t.i + 1, sentence.end) is not None for t in sentence if t.i >= subject.end)


def _in_its_que_clause(verb: Token, finite: Token) -> bool:
    """« Affirmant que ce soutien constituait une « erreur », X a déclaré »: the finite verb of the « que » clause
    the opening verb reports is still inside the opening clause."""
    return any(fold(t.text) in QUE for t in verb.doc[verb.i + 1 : finite.i])


def _before_its_verb(context: Context, subject: Span, sentence: Span) -> bool:
    """A finite verb follows the subject phrase (past clitics, and the comma closing a name set off in it:
    « le président de la BNS, Thomas Jordan, a tenté … »)."""
    rest = list(context.doc[subject.end : sentence.end])
    if rest and rest[0].text == "," and subject.end in context.name_end.values():
        rest = rest[1:]
    clitics = NEGATION | REFLEXIVES | OBJECT_CLITICS
    after = next((t for t in rest if fold(t.text) not in clitics), None)
    return after is not None and finite_verb(after)


def _opens_its_sentence(sentence: Span, verb: Token) -> bool:
    """« Évoquant … », « Se disant … », « Tout en saluant … », « Après avoir salué … », « Disant vouloir … »: the verb
    heads a clause of non-finite verbs, clitics and the words that open such a clause, from the sentence's start
    — not a bare past participle (« Interrogée sur les mots de X, … »: whom she was asked about may have said them)."""
    openers = CLAUSE_OPENERS | REFLEXIVES | NEGATION | NEGATION_WORDS | OBJECT_CLITICS  # « Affirmant ne pas vouloir »
    words = [t for t in sentence if not t.is_space and t.i <= verb.i and (t.pos_ != "ADV" or fold(t.text) in openers)]  # « avoir vivement critiqué »
    if not words or not present_participle(words[0]) and fold(words[0].text) not in openers:
        return False
    return all(
        fold(t.text) in openers or present_participle(t) or infinitive(t) or participle(t) and _after_an_auxiliary(t)
        for t in words
    )


def _after_an_auxiliary(participle: Token) -> bool:
    """« avoir salué », « être allé », « avoir vivement critiqué »: a past participle after an infinitive auxiliary."""
    i = participle.i - 1
    while i > 0 and participle.doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and participle.doc[i].pos_ == "AUX" and infinitive(participle.doc[i])


def _incise_subject(context: Context, verb: Token, left: Span) -> Span | None:
    """« L'Hôtel-Dieu, a-t-il dit, pourrait devenir une « soupape » »: the verb is an incise's, whose subject
    is its own (« il », or a noun phrase after a quote of the sentence), not the sentence's."""
    doc, i = context.doc, verb.i
    while i > left.start and (fold(doc[i - 1].text) in AUXILIARIES or doc[i - 1].text.startswith("-")):
        i -= 1
    if i == verb.i or i <= left.start or doc[i - 1].text != ",":
        return None
    found = match_incise(context, i, left.end)
    if found is None or found.unknown or found.mention is None:
        return None
    inverted = found.mention[0].text.startswith("-")
    return found.mention if inverted or _after_a_quote_of_its_sentence(context, doc[i - 1].idx) else None  # not « X, a critiqué le ministre Y, « … » »: Y is no subject


def _after_a_quote_of_its_sentence(context: Context, at: int) -> bool:
    """« Le club « a répondu présent », a apprécié son entraîneur X, heureux de sa « matière » »: a quote of the
    sentence closes before char `at`, so the verb there is that quote's incise and its subject the speaker."""
    start, _ = context.sentence(at)
    return any(start <= span.open_at and span.close_at < at for span in context.top)


def _incise_it_hangs_on(context: Context, verb: Token) -> Span | None:
    """« L'État traite avec eux en partenaire, a dit le ministre, notant que « … » »: a participle set off right
    after an incise goes with the incise's subject — whatever the parser hung it on (the reported clause's verb,
    or the name)."""
    doc, comma = context.doc, verb.i - 1
    if comma < 1 or not present_participle(verb) or gerund(verb) or reporting_lemma(verb) is None or doc[comma].text != ",":
        return None  # « …, a rapporté un témoin, jugeant le débat « stérile » » may well be the minister's view
    for start in range(comma - 1, max(verb.sent.start, comma - 16), -1):
        if doc[start - 1].text == "," and (fold(doc[start].text) in AUXILIARIES or reporting_lemma(doc[start]) is not None):
            found = match_incise(context, start, comma)
            if found is not None and not found.unknown and found.mention is not None and found.mention.end == comma:
                return found.mention
    return None


def _passive(verb: Token) -> bool:
    """« a été déclaré », « est qualifié de … par X » (the tagger may take « est » for a tense auxiliary, but
    then gives the verb a passive subject); « s'est fait accueillir », « s'est vu refuser » too, but never
    « s'est adressé » (a reflexive verb)."""
    if any(child.i < verb.i and fold(child.text) in REFLEXIVES for child in verb.children):
        causative = any(child.i < verb.i and fold(child.text) in REFLEXIVE_PASSIVES for child in verb.children)  # the parser's head: « accueillir »
        return causative and infinitive(verb) or fold(verb.text) in REFLEXIVE_PASSIVES and verb.i + 1 < len(verb.doc) and infinitive(verb.nbor())
    return (
        any(child.dep_ in ("aux:pass", "nsubj:pass") for child in verb.children)
        or fold(verb.doc[verb.i - 1].text) in ("été", "être")
    )


def _same_sentence_quote(q: Quotation) -> Match | None:
    """"un vrai dialogue social" et "des engagements écrits": a quote coordinated with the previous one — by
    the same speaker, unless a new subject stands between them with the verb left out ("Il parle de
    « spoliation », elle d'une « occasion manquée »"); across a clause of its own only when the previous
    quote was reported (in its « que » clause or governed by its verb) and nobody new could speak between."""
    context, index, earlier, left = q.context, q.index, q.earlier, q.left
    if not index or not earlier or earlier[-1].cue is None:
        return None
    previous = context.top[index - 1]
    if context.sentence(previous.open_at)[0] != context.sentence(q.span.open_at)[0]:
        return None
    if earlier[-1].kind == "term":
        return _past_a_term(q)
    cue = earlier[-1].cue
    earlier_in_que = _in_que_clause(context, previous.open_at)
    if _coordinated_que_clause(left, earlier_in_que) or earlier_in_que and _verb_coordinated_in_the_clause(left):
        return Match(cue.verb, cue.mention, cue.confidence * FURTHER)  # « affirme qu'il est « retenu », mais qu'il est « … » »
    if any(finite_verb(t) for t in left):
        if (earlier_in_que or cue.sieve == "verb") and _goes_on_reporting(context, left):
            return Match(cue.verb, cue.mention, cue.confidence * FURTHER)  # « a indiqué que « … » par les enseignants qui ont décidé de « lever » … »
        return None
    new_subject = next((t for t in left if _could_speak(context, t) and _opens_a_gapped_clause(t)), None)
    if new_subject is not None:
        end = context.name_end.get(new_subject.i, new_subject.i + 1)
        return Match(cue.verb, context.doc[new_subject.i : end], cue.confidence * FURTHER)
    return Match(cue.verb, cue.mention, cue.confidence)


def _past_a_term(q: Quotation) -> Match | None:
    """« X a annoncé un accord avec le groupe « Chevron » dans les « prochains jours » »: after a name in marks,
    the verb before the name governs the quote, if nothing but words without a verb (but in its « que » clause)
    or a subject of their own stand between."""
    reported = _in_que_clause(q.context, q.context.top[q.index - 1].open_at)  # « a dit que le film « X » était « … » »
    if any(finite_verb(t) for t in q.left) and not reported or any(_could_speak(q.context, t) for t in q.left):
        return None
    found = _governing_verb(Quotation(q.context, q.index - 1, q.earlier[:-1], q.reported))
    return Match(found.verb, found.mention, FURTHER) if found is not None and found.mention is not None else None


def _goes_on_reporting(context: Context, between: Span) -> bool:
    """The words between two quotes of one sentence go on with what the first quote's speaker reports: no
    reporting verb of their own, no name, personal pronoun or noun subject that could speak, no colon or
    semicolon (« a indiqué que « … » par les enseignants qui ont décidé de « lever » leur mot d'ordre », not
    « …, mais les syndicats sont restés « sceptiques » »)."""
    return not any(
        reporting_lemma(t) is not None and not _passive(t) or _could_speak(context, t) or t.text in (":", ";")
        or t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and plausible_speaker(context, context.doc[t.left_edge.i : t.i + 1])
        for t in between
    )


def _could_speak(context: Context, token: Token) -> bool:
    """A name or a personal pronoun: a new speaker between two quotes."""
    return token.i in context.name_end or token.pos_ == "PRON" and fold(token.text) in PRONOUN_GENDER


def _opens_a_gapped_clause(subject: Token) -> bool:
    """« …, elle d'une « … » », « … et lui d'un « … » »: a new subject after a comma or a conjunction; a name
    right after the closing mark (« au président » Macky Sall ») only ends the phrase the quote stood in."""
    before = subject.doc[subject.i - 1] if subject.i else None
    while before is not None and before.is_space and before.i:
        before = subject.doc[before.i - 1]
    return before is not None and (before.text in (",", ";") or before.pos_ == "CCONJ")


def _coordinated_que_clause(left: Span, earlier_in_que: bool) -> bool:
    """« … » chez lui, mais qu'il est toujours « … »: the words between two quotes open a « que » clause
    coordinated with the one before, with no reporting verb of its own. When the earlier quote stood in a
    « que » clause itself, that clause may end on its own verb first (« a précisé que « dix départs de feu »
    ont été relevés et que des « engins » … »)."""
    words = [t for t in left if not t.is_space and not t.is_punct]
    opening = next((k for k in range(len(words) - 1) if words[k].pos_ == "CCONJ" and fold(words[k + 1].text) in QUE), None)
    return (
        opening is not None and (earlier_in_que or not any(finite_verb(t) for t in words[:opening]))
        and not any(reporting_lemma(t) is not None and not _passive(t) for t in words)  # « ont été constatés » reports nothing
    )


def _verb_coordinated_in_the_clause(left: Span) -> bool:
    """« estime que le mouvement n'est pas « vraiment dur », mais pourrait « monter » »: « mais » or « et » and
    a verb with no subject of its own, going on with the reported clause of the quote before."""
    words = [t for t in left if not t.is_space and not t.is_punct]
    return (
        len(words) >= 2 and words[0].pos_ == "CCONJ" and any(t.pos_ in ("VERB", "AUX") for t in words[1:])
        and not any(t.dep_ in SUBJECT_DEPS or t.pos_ in ("PROPN", "NOUN") or reporting_lemma(t) is not None for t in words)
    )


def _in_que_clause(context: Context, char: int) -> bool:
    """Whether a « que » stands between the start of the sentence holding `char` and `char`."""
    start, _ = context.sentence(char)
    return any(fold(t.text) in QUE for t in context.tokens(start, char))


def _reported_clause(q: Quotation) -> Match | None:
    """« Pour « une raison inconnue », le camion a quitté la route, précise le quotidien. »: a quote inside
    a clause that is reported speech is the words of whoever reports the clause."""
    return _reporter(q, {sieve.name for sieve in INDIRECT_SIEVES}, whole_quote=True)


SENTENCE_CUES = {"selon", "incise", "selon-after"}  # the indirect sieves whose cue reports a whole sentence


def _reported_sentence(q: Quotation) -> Match | None:
    """« Pour le parquet, la défense veut « égorger l'AJE » », « X a prévenu que si le gouvernement voulait
    « passer en force » … »: in a sentence that an opening « selon X » or a closing incise or « selon »
    reports, or in a « que » clause whose verb X governs, a partial quote is the reporter's, whatever verb governs it (but
    « X a dit que Y a qualifié le projet de « gâchis » » is left to Y's verb). Only for words a verb of
    will or feeling governs (what X says the other wants or fears), not a name (« pour X, il y a un
    « mystère Montréal » »)."""
    verbs = [t for t in q.left if governs_speech(t, partial_quote=True)]
    body = _body_speaking(q.context, verbs[-1]) if verbs else None
    spokesperson = _spokesperson(q, body) if body is not None else None
    if spokesperson is not None:
        return spokesperson
    if not verbs or reporting_lemma(verbs[-1]) not in attitude_verbs():
        return None  # « Selon l'agence, la ministre a soutenu que « … » »: the minister's own words
    return _reporter(q, SENTENCE_CUES, whole_quote=False) or _reporting_verb_over(q, verbs[-1])


def _body_speaking(context: Context, verb: Token) -> Span | None:
    """« La Belgique demande », « Le gouvernement dénonce »: the country or organisation, not a person, that is the
    subject of the verb that governs the quote."""
    subject = subject_of(context, verb, context.tokens(*context.sentence(verb.idx)))
    head = head_noun(subject) if subject is not None else None
    if head is None or _names_a_person(context, subject):
        return None
    return subject if head.ent_type_ in ("LOC", "ORG") or _organisation_mention(subject) else None


def _spokesperson(q: Quotation, body: Span) -> Match | None:
    """« La Belgique demande « … », a déclaré la ministre belge X », « La CGT appelle « … », a expliqué sa secrétaire
    générale »: the person who reports the sentence speaks the words the country or body is said to say — when
    the words reporting them tie that person to the body (not « Moscou accuse Kiev de « terrorisme », a affirmé le
    député ukrainien X »)."""
    reporter = _reporter(q, SENTENCE_CUES | {"inner-incise"}, whole_quote=False)
    if reporter is None or reporter.mention is None or not _names_a_person(q.context, reporter.mention):
        return None
    return reporter if _speaks_for(q.context, reporter.mention, body) else None


def _speaks_for(context: Context, mention: Span, body: Span) -> bool:
    """The reporter's words tie them to the body: a possessive (« sa secrétaire générale »), a common organisation
    noun taking it up in their description (« un haut responsable du mouvement »), a word of the body's name
    (« belge »), or, for a country, a role that speaks for one with no other nationality."""
    doc, end = context.doc, context.sentence(mention.start_char)[1]
    described = [t for t in doc[mention.start : mention.end + 8] if t.idx < end]
    stop = next((k for k, t in enumerate(described) if k >= len(mention) and (fold(t.text) in RELATIVES or t.pos_ in ("VERB", "AUX"))), len(described))
    described = described[:stop]
    if any(fold(t.text) in POSSESSIVES for t in mention):
        return True
    if any(t.text in organisation_nouns() and t.i > mention.start and fold(doc[t.i - 1].text) in DE | DEFINITE_ARTICLES for t in described):
        return True  # « du mouvement », lowercase: the body taken up, not another one named (« de la Ligue des droits … »)
    body_words = [fold(t.text) for t in body if t.is_alpha and len(t.text) > 4]
    if any(fold(t.text)[:4] == word[:4] for t in described if len(t.text) > 4 for word in body_words):
        return True
    country = head_noun(body).ent_type_ == "LOC"  # « la ministre des Affaires étrangères X » speaks for her country, not « le ministre français » for Algeria
    foreign = any(nationality(t.text) is not None for t in described)
    return country and not foreign and any(fold(t.text) in COUNTRY_VOICES for t in described)


def _reporting_verb_over(q: Quotation, verb: Token) -> Match | None:
    """« X avait prévenu que si le gouvernement voulait « passer en force » »: the verb of will is in a
    « que » clause a reporting verb governs; its subject is the speaker."""
    outer = verb.head
    if verb.dep_ != "ccomp" or outer.i >= verb.i or not governs_speech(outer):
        return None
    mention = subject_of(q.context, outer, q.context.tokens(*q.context.sentence(outer.idx)))
    return Match(verb_lemma(outer), mention) if mention is not None and plausible_speaker(q.context, mention) else None


def _reporter(q: Quotation, cues: set[str], whole_quote: bool) -> Match | None:
    """The cue of the reported clause, found by the indirect sieves named `cues`, in which the quote opens
    — and, with `whole_quote`, closes too (a clause ending at the quote's last word, before its closing
    mark, does not hold it)."""
    holding = [
        clause for name, clause in _reported_clauses(q)
        if name in cues and clause.start <= q.span.start and q.span.open_at < clause.end  # a clause trimmed of the opening mark still holds it
        and (q.span.close_at <= clause.end + 1 or not whole_quote)
    ]
    if not holding:
        return None
    clause = min(holding, key=lambda c: c.end - c.start)  # « …, a indiqué X, une décision contestée par Y selon lequel … « … » »: Y's
    return Match(clause.verb, clause.mention)


def _reported_clauses(q: Quotation) -> list[tuple[str, Clause]]:
    """The reported clauses of the quote's sentence, by sieve."""
    return _sentence_clauses(q, q.span.open_at)


def _sentence_clauses(q: Quotation, char: int) -> list[tuple[str, Clause]]:
    """The reported clauses of the sentence holding `char`, by sieve, found once per sentence for all the
    quotes that ask."""
    context = q.context
    start, end = context.sentence(char)
    if start not in q.reported:
        sentence = context.tokens(start, end)
        words = [t for t in sentence if not t.is_space]
        found = [] if len(words) < 4 else [(sieve.name, clause) for sieve in INDIRECT_SIEVES for clause in sieve.find(context, sentence, words)]
        q.reported[start] = found
    return q.reported[start]


def _signature(q: Quotation) -> Match | None:
    """« … » - Guy Lapointe, “ … ” Réda Dalil, « … » — Une citation de Guy Lapointe: a name after the quote
    (and a dash), closing its paragraph, signs it."""
    context, span = q.context, q.span
    after = context.tokens(span.close_at, context.paragraph(span.open_at)[1])
    words = [t for t in after if not t.is_space]
    if not [t for t in words if not t.is_punct]:  # « … »⏎— Luc X, entraîneur adjoint: the line under a pull quote
        after = context.tokens(span.close_at, context.paragraph(context.text_from(context.paragraph(span.open_at)[1]))[1])
        words = [t for t in after if not t.is_space]
        if not words or words[0].text not in SIGNATURE_DASHES:
            return None
    dashed = bool(words) and words[0].text in SIGNATURE_DASHES
    if dashed:
        words = words[1:]
    elif _follows_a_clause(q):
        return None  # « il remettra sa démission « au président de la République » Emmanuel Macron. »: the quote's last words
    if dashed and len(words) > 3 and words[0].pos_ == "DET" and fold(words[1].text) in speech_nouns() and fold(words[2].text) in DE:
        words = words[3:]  # « … » — Une citation de Claude X, chef de l'opposition
    if not words or words[0].i not in context.name_end:
        return None
    end = context.name_end[words[0].i]
    rest = [t for t in context.doc[end : after.end] if not t.is_space]
    if not all(t.is_punct for t in rest) and not _role_apposed(rest):
        return None
    return Match(None, context.doc[words[0].i : end])


def _follows_a_clause(q: Quotation) -> bool:
    """Before the quote in its paragraph, a finite verb outside other quotes or a preposition right before it: the
    quote ends a sentence of the article (« a dédié la victoire « à notre capitaine » X »), not a label (« Réaction : »,
    « 1. ») and a quote a name signs."""
    context = q.context
    before = [t for t in context.tokens(context.paragraph(q.span.open_at)[0], q.span.open_at) if context.inside_quote(t.idx) is None]
    return any(finite_verb(t) for t in before) or bool(before) and before[-1].pos_ == "ADP"


def _role_apposed(words: list[Token]) -> bool:
    """« , chef de l'opposition officielle »: a role after the signing name, no clause."""
    return len(words) > 1 and words[0].text == "," and is_role(words[1].text) and not any(finite_verb(t) for t in words)


SIGNATURE_DASHES = {"-", "–", "—"}


def _next_sentence(q: Quotation) -> Match | None:
    """« … » C'est ainsi que X a réagi. / « … » Mercredi, le député X s'étonnait sur son blog.: a quote that
    stands alone, then a sentence of the same paragraph whose reporting verb has a speaker for subject."""
    context = q.context
    if any(t.is_alpha for t in q.left):
        return None
    following = _sentence_after(q)
    if following is None:
        return _taken_up_next_paragraph(q)
    if any(context.inside_quote(t.idx) for t in following):
        return _in_these_words(context, following)  # « C'est avec ces mots que X s'est adressé « à tous » »
    for verb in following:
        if reporting_lemma(verb) is not None and verb.pos_ in ("VERB", "AUX") and not _passive(verb):  # not « X a été interpellé »
            mention = subject_of(context, verb, following)
            if mention is not None and plausible_speaker(context, mention):
                return None if _denied(following, mention) else Match(verb_lemma(verb), mention)
    return (
        _in_these_words(context, following) or _incise_set_apart(context, following) or _speech_noun_owner(context, following)
        or _named_subject_after(context, following)
    )


def _in_these_words(context: Context, sentence: Span) -> Match | None:
    """« « … » C'est en ces termes que X envisageait son rôle »: the subject of the clause a cleft on how it was
    said opens, whatever its verb."""
    tokens = [t for t in sentence if not t.is_space]
    length = _opener_length([fold(t.text) for t in tokens], IN_THESE_WORDS)
    if length is None:
        return None
    verb = next((t for t in tokens[length:] if finite_verb(t)), None)
    verb = verb.head if verb is not None and verb.dep_.startswith("aux") else verb
    if verb is None or _passive(verb):
        return None  # « C'est avec ces mots que X a été interpellé »: the one spoken to
    opened = tokens[length].i if length < len(tokens) else verb.i
    mention = subject_of(context, verb, sentence) or subject_phrase(context, opened, verb.i)  # « … que X, arrivé en tête, s'est adressé … »
    return Match(verb_lemma(verb), mention) if mention is not None and plausible_speaker(context, mention) else None


def _taking_up(context: Context, sentence: Span, rest: list[str]) -> Match | None:
    """After a take-up opener: « (en substance) ce qu'a déclaré X » — the reporting verb's subject — or « (en
    substance) la réplique de X » — the speech noun's owner; not « Voilà pourquoi le maire a annoncé … »."""
    if rest[:2] == ["en", "substance"]:
        rest = rest[2:]
    if rest[:1] in (["ce"], ["c'"]):
        verb = next((t for t in sentence if reporting_lemma(t) is not None and t.pos_ in ("VERB", "AUX")), None)
        mention = subject_of(context, verb, sentence) if verb is not None else None
        return Match(verb_lemma(verb), mention) if mention is not None and plausible_speaker(context, mention) else None
    return _speech_noun_owner(context, sentence) if any(word in speech_nouns() for word in rest[1:3]) else None


def _opener_length(words: list[str], openers: frozenset[str]) -> int | None:
    """How many of a sentence's first words (folded, elided ones apart: « c' », « est »; « qu' » as « que ») make
    one of `openers`."""
    words = ["que" if word == "qu'" else word for word in words]
    return next((n for n in range(1, 8) if " ".join(words[:n]).replace("' ", "'") in openers), None)


def _taken_up_after(q: Quotation) -> Match | None:
    """« Il est « profondément regrettable » que … Voilà en substance la réplique de l'ambassadeur, X », « … une
    diplomatie « souveraine ». Voilà ce qu'a déclaré X »: a sentence of the same paragraph that takes up what was
    just said names whose words the quotes before it were (only over sentences that quote too)."""
    context = q.context
    _, paragraph_end = context.paragraph(q.span.open_at)
    end = context.sentence(max(q.span.close_at - 1, q.span.open_at))[1]
    while end < paragraph_end and not context.inside_quote(end):
        sentence = context.tokens(end, context.sentence(end)[1])
        words = [fold(t.text) for t in sentence if not t.is_space]
        opener = _opener_length(words, TAKE_UP_OPENERS)
        if opener is not None:
            found = _taking_up(context, sentence, words[opener:])
            return Match(found.verb, found.mention, FURTHER) if found is not None else None
        if not any(context.inside_quote(t.idx) for t in sentence):
            return None  # a sentence between that quotes nobody: the take-up is about something else
        end = context.sentence(end)[1]
    return None


def _denied(sentence: Span, mention: Span) -> bool:
    """« Non, ce n'est pas X qui s'exprime ainsi »: a cleft denies it is X — the negation right before the
    mention, a relative right after it (not « Ce n'est pas un hasard si X a insisté »)."""
    doc = sentence.doc
    before = doc[mention.start - 1] if mention.start > sentence.start else None
    after = doc[mention.end] if mention.end < sentence.end else None
    return before is not None and fold(before.text) in NEGATION_WORDS and after is not None and fold(after.text) in RELATIVES | QUE


def _taken_up_next_paragraph(q: Quotation) -> Match | None:
    """A quote that is a paragraph of its own, then a paragraph opening « Cette réflexion d'Abdou Diop, … »: the
    demonstrative takes the quote up and names whose words they were."""
    context, span = q.context, q.span
    paragraph_start, paragraph_end = context.paragraph(span.open_at)
    if context.text[paragraph_start:paragraph_end].strip() != context.text[span.open_at : span.close_at].strip():
        return None
    start = context.text_from(paragraph_end)
    if start >= len(context.text) or context.inside_quote(start):
        return None
    sentence = context.tokens(start, context.sentence(start)[1])
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or fold(words[0].text) not in DEMONSTRATIVE_DETERMINERS or fold(words[1].text) not in speech_nouns():
        return None
    return _speech_noun_owner(context, context.doc[words[1].i : sentence.end])


def _cleft_after(q: Quotation) -> Match | None:
    """« La grève est « illégale ». C'est ce qu'a affirmé le ministre X. », a headline quote then « C'est ce
    qu'a déclaré X »: a cleft right after the quote's sentence (or its line) names who said it."""
    context, span = q.context, q.span
    if q.left_words and q.left_words[-1].pos_ == "NOUN" and _a_label(context.tokens(span.start, span.end)):
        return None  # « des étudiants « cartouchards » »: a label of a noun, not the words the cleft reports
    end = context.text_from(context.sentence(max(span.close_at - 1, span.open_at))[1])
    if end >= len(context.text):
        return None
    following = context.tokens(end, context.sentence(end)[1])
    words = [t for t in following if not t.is_space]
    opening = _cleft_opening(words) if len(words) >= 6 and not any(context.inside_quote(t.idx) for t in words) else None
    if opening is None:
        return None
    rest = words[opening].i
    found = match_incise(context, rest, following.end)
    if found is not None and not found.unknown and plausible_speaker(context, found.mention):
        return Match(found.lemma, found.mention)
    clause = context.doc[rest : following.end]
    document = next((t for t in clause if fold(t.text) in document_nouns() and t.pos_ == "NOUN"), None)
    if document is not None and any(fold(t.text) == "lire" for t in clause if t.i < document.i) and _issued_by_a_speaker(document):
        return Match("lire", context.doc[document.i : document.i + 1])  # « C'est ce qu'on peut lire dans un communiqué du gouvernement »: its issuer
    verb = next((t for t in clause if reporting_lemma(t) is not None and t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    mention = subject_of(context, verb, clause)  # « C'est ce que la rectrice X a confirmé »
    return Match(verb_lemma(verb), mention) if mention is not None and plausible_speaker(context, mention) else None


def _issued_by_a_speaker(document: Token) -> bool:
    """« un communiqué (officiel) du gouvernement malien », « une lettre de Marie X »: the document's issuer
    (organisations.issuer_phrase) is a body or a person — not « un rapport sur la gestion de … », « un message de
    soutien … »."""
    issuer = issuer_phrase(document)
    head = head_noun(issuer) if issuer is not None else None
    return head is not None and (head.pos_ == "PROPN" or fold(head.text) in organisation_nouns() or is_role(head.text))


def _cleft_opening(words: list[Token]) -> int | None:
    """« C'est ce qu'… », « C'est ce que … », « Voilà ce qu'… »: where the clause after the opening starts."""
    if fold(words[0].text) in DEMONSTRATIVES and words[1].pos_ == "AUX" and fold(words[2].text) in DEMONSTRATIVES and fold(words[3].text) in QUE:
        return 4
    if fold(words[0].text) in PRESENTATIVES and fold(words[1].text) in DEMONSTRATIVES and fold(words[2].text) in QUE:
        return 3
    return None


def _incise_set_apart(context: Context, sentence: Span) -> Match | None:
    """« « … . » Estime Tsiory Andrianaivo, chauffeur. »: an incise the writer opened as a sentence of its
    own, its verb capitalised before the speaker's name."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 2 or not words[0].text[:1].isupper() or reporting_lemma(words[0]) is None or words[1].i not in context.name_end:
        return None
    return Match(verb_lemma(words[0]), context.doc[words[1].i : context.name_end[words[1].i]])


def _sentence_after(q: Quotation) -> Span | None:
    """The sentence after a quote that ends a sentence of its own, in the same paragraph — the rest of the
    quote's sentence when the splitter kept them together (« « … ! » Yvan Perrin … »)."""
    context, span = q.context, q.span
    if span.text(context.text).rstrip()[-1:] in ".!?…" and any(t.is_alpha for t in q.right):
        return q.right
    _, end = context.sentence(max(span.close_at - 1, span.open_at))
    if end >= context.paragraph(span.open_at)[1] or context.inside_quote(end):
        return None
    return context.tokens(end, context.sentence(end)[1])


def _named_subject_after(context: Context, sentence: Span) -> Match | None:
    """« « … » Yvan Perrin, vigneron, en a pourtant vu d'autres. »: a quote that opens its paragraph, then a
    sentence whose subject names a person — a feature's way of introducing who spoke (a guess)."""
    verb = main_verb(sentence)
    mention = subject_of(context, verb, sentence) if verb is not None else None
    first = next((t for t in sentence if not t.is_space), None)
    if mention is None and first is not None and first.i in context.name_end:
        mention = context.doc[first.i : context.name_end[first.i]]  # the parser lost the verb: the name opens it
    if mention is None or not _names_a_person(context, mention):
        return None
    return Match(None, mention, NAMED_AFTER)


NAMED_AFTER = 0.65  # times the sieve's confidence: no verb says the person spoke


def _speech_noun_owner(context: Context, sentence: Span) -> Match | None:
    """« C'est la réponse du ministre de l'Intérieur, X »: whose answer, reaction or words the sentence says
    the quote was."""
    for noun in sentence:
        if fold(noun.text) in speech_nouns() and noun.pos_ == "NOUN" and noun.i + 1 < sentence.end:
            if fold(context.doc[noun.i + 1].text) in DE:
                mention = _before_its_addressee(subject_phrase(context, noun.i + 2, sentence.end))
                if mention is not None and plausible_speaker(context, mention):
                    return Match(fold(noun.text), mention)
    return None


def _before_its_addressee(mention: Span | None) -> Span | None:
    """« la réplique du gouvernement aux questions de la députée X »: the owner, not whom the words answer (a
    role's own « à » stays: « la réponse de l'adjoint au maire »)."""
    head = head_noun(mention) if mention is not None else None
    if head is None or is_role(head.text):
        return mention
    to = next((t.i for t in mention if t.i > head.i and fold(t.text) in TO), None)
    return mention.doc[mention.start : to] if to is not None else mention


def _heading(q: Quotation) -> Match | None:
    """A subheading that quotes someone (« Grosse fatigue et « traumatisme brutal » »): the words come from
    a later quote of the article, whose speaker it is; failing that, nobody — never the quote before."""
    context, span = q.context, q.span
    start, end = context.paragraph(span.open_at)
    line = context.text[start:end].strip()
    # a longer line that is only a quote with no final stop is a headline too, if a later quote repeats it
    alone = line == context.text[span.open_at : span.close_at].strip() and not span.text(context.text).endswith((".", "!", "?", "…"))
    if not (is_heading(line) or alone) or end >= len(context.text.rstrip()) or _colon_before(q):
        return None  # « Fabrice, éleveur : « … » »: the colon's lead-in names the speaker
    heading_words = _content_words(span.text(context.text))
    for index in range(q.index + 1, len(context.top)):
        later = context.top[index]
        if heading_words and len(heading_words & _content_words(later.text(context.text))) >= max(1, len(heading_words) / 2):
            found = _attribute(Quotation(context, index, q.earlier, q.reported), [s for s in SIEVES if s.name != "heading"])
            if found.kind == "direct" and found.cue is not None and found.cue.mention is not None:
                return Match(found.cue.verb, found.cue.mention, FURTHER)
            break
    return _signature(q) or (Match(None, None) if is_heading(line) else None)  # « « … » Patrice X » on its own line


def _colon_before(q: Quotation) -> bool:
    return bool(q.left_words) and q.left_words[-1].text == ":"


def _content_words(text: str) -> set[str]:
    return {fold(w) for w in WORD.findall(text) if len(w) > 3}


WORD = regex.compile(r"\w+")


def _participle_agent(q: Quotation) -> Match | None:
    """« le « manque de communication » dénoncé par X », « les accusations de « mensonge » lancées par X »:
    the agent of the speech participle that follows the quote (not « le « chaos » laissé par X »: X made it)."""
    words = [t for t in q.right if not t.is_space][:3]
    if len(words) < 3 or "Part" not in words[0].morph.get("VerbForm") or fold(words[1].text) != "par":
        return None
    if not governs_speech(words[0], partial_quote=True) and fold(words[0].text) not in wording_participles():
        return None
    mention = subject_phrase(q.context, words[2].i, q.right.end)
    if mention is None or not plausible_speaker(q.context, mention):
        return None
    return Match(reporting_lemma(words[0]) or verb_lemma(words[0]), mention)


def _clause_subject(q: Quotation) -> Match | None:
    """« Le président X a rendu hommage à une « … » », « Le maire, X « salue l'idée » »: quoted words in the
    clause of a named person, with no reporting verb — most often that person's words, but a guess; and an
    organisation whose predicate the quote is (« le rectorat « condamne … » »)."""
    context, left = q.context, q.left
    inside = context.tokens(q.span.start, q.span.end)
    if _a_label(inside):
        return None  # « n'ont pas été « choisis » », « un côté « rock star » »: a word or two is a label, not words said
    clause = context.doc[left.start : left.end]
    verb = main_verb(clause)
    if verb is None and _opens_with_a_finite_verb(q):
        mention = _subject_of_the_quote(q, clause)
        # a bare role needs a verb of saying: « Le ministre « n'a rien compris » » may be others' words about him
        named = mention is not None and any(t.i in context.name_end for t in mention)
        if mention is not None and plausible_speaker(context, mention) and (named or _a_saying_predicate(inside, clause)):
            return Match(None, mention)  # « X « ne compte pas le retenir » », « le rectorat « condamne la violence » »: its predicate
    mention = subject_of(context, verb, clause) if verb is not None else _name_just_before(context, clause)
    if mention is None or not (_names_a_person(context, mention) or _personal_pronoun(mention)):
        return None
    return Match(verb_lemma(verb) if verb is not None else None, mention)


def _a_saying_predicate(quoted: Span, clause: Span) -> bool:
    """« dénonce un abandon »: the quote's first verb, or one the parser hung on its subject before it (« Le
    communiqué avertit que X « visaient … » »), is one of speech — not « L'Assemblée « a le visage de la
    France » », words about the subject."""
    verb = next((t for t in quoted if t.pos_ == "VERB"), None)
    return verb is not None and governs_speech(verb, partial_quote=True) or any(governs_speech(t) for t in clause)


def _subject_of_the_quote(q: Quotation, clause: Span) -> Span | None:
    """The subject, in the clause before it, of a quote that is its predicate (« le rectorat « condamne … » »)."""
    quoted = q.context.tokens(q.span.start, q.span.end)
    subject = next((t for t in clause if t.dep_ in CLAUSE_SUBJECT_DEPS and clause.end <= t.head.i < quoted.end), None)  # the mark itself, at times
    return mention_around(q.context, subject, clause) if subject is not None else None


def _personal_pronoun(mention: Span) -> bool:
    """« Il s'est engagé à prendre des mesures « strictes » »: « il » or « elle », whom the pronoun means."""
    return len(mention) == 1 and mention[0].pos_ == "PRON" and strip_pronoun(mention[0].text) in PRONOUN_GENDER


def _a_label(quoted: Span) -> bool:
    """One or two words with neither a preposition nor a finite verb (« choisis », « rock star »); not « avec
    effarement », not « salue l'idée »."""
    words = [t for t in quoted if t.is_alpha]
    return len(words) < 3 and not any(t.pos_ == "ADP" or finite_verb(t) for t in words)


def _names_a_person(context: Context, mention: Span) -> bool:
    """A name, or a singular definite role noun (« la mairesse »), not a thing or a group."""
    if any(t.i in context.name_end for t in mention):
        return True
    head = head_noun(mention)
    return head is not None and is_role(head.text) and fold(mention[0].text) in DEFINITE_ARTICLES


def _name_just_before(context: Context, clause: Span) -> Span | None:
    """The name that ends the words before a quote whose verb is inside the marks (« X « salue l'idée » »)."""
    words = [t for t in clause if not t.is_space and t.text != ","]
    for start, end in context.name_end.items():
        if words and end == words[-1].i + 1 and start >= clause.start:
            return context.doc[start:end]
    return None


def _embedded(q: Quotation) -> Match | None:
    """A few quoted words inside a sentence with no cue (un SMS « laconique et explicite »): someone's
    words, but the article does not say whose — not a speaker to guess from the quotes around it."""
    words = [t for t in q.context.tokens(q.span.start, q.span.end) if t.is_alpha]
    embedded = any(not t.is_space and not t.is_punct for t in list(q.left) + list(q.right))
    return Match(None, None) if embedded and len(words) <= TERM_MAX_WORDS and not _que_alone(q.left) else None  # « Et qu'« … » » goes on


def _interview_answer(q: Quotation) -> Match | None:
    """A paragraph that opens with a quote after an interviewer's question: the interviewee's answer."""
    context, span = q.context, q.span
    paragraph_start, _ = context.paragraph(span.open_at)
    if context.text[paragraph_start : span.open_at].strip() or not is_question(context.previous_paragraph(span.open_at)):
        return None
    interviewee = _interviewee(context)
    return Match(None, interviewee) if interviewee is not None else None


def _speaker_line(q: Quotation) -> Match | None:
    """« Martin St-Louis » on a line of its own, maybe then « Sur l'allure du match : », then « … »: a
    transcript's speaker label over the quote that opens the next paragraph."""
    context, span = q.context, q.span
    start, _ = context.paragraph(span.open_at)
    if context.text[start : span.open_at].strip():
        return None
    for _ in range(3):
        before = context.text[:start].rstrip()
        if not before:
            return None
        start = before.rfind("\n") + 1
        line = context.text[start : len(before)]
        tokens = context.tokens(start, len(before))
        names = [t for t in tokens if t.i in context.name_end]
        if len(names) == 1 and context.name_end[names[0].i] >= tokens.end - (tokens[-1].text == ":") and names[0].i == tokens.start:
            return Match(None, context.doc[names[0].i : context.name_end[names[0].i]])
        if not line.endswith(":") or len(line.split()) > 12 or context.inside_quote(start):
            return None  # only a topic line (« Sur l'allure du match : ») may stand between the label and the quote
    return None


def _previous_sentence(q: Quotation) -> Match | None:
    """« Le ministre s'est voulu rassurant. « … » »: the subject of the sentence just before a quote that
    stands alone."""
    context = q.context
    start, _ = context.sentence(q.span.open_at)
    if start == 0:
        return None
    previous_start, _ = context.sentence(start - 1)
    previous = context.text[previous_start:start]
    if previous_start > 0 and (is_see_also(previous) or is_byline(previous)):
        start, (previous_start, _) = previous_start, context.sentence(previous_start - 1)  # over « Lire aussi : … », « Par X »
    clause = context.tokens(previous_start, start)
    if any(context.inside_quote(t.idx) for t in clause):
        return None
    stands_alone = all(t.is_space or t.is_punct or fold(t.text) in CONNECTORS | LINKING_ADVERBS for t in q.left)  # « Toutefois, « … » »
    clauses = _sentence_clauses(q, previous_start)
    reported = [c for name, c in clauses if name == "que"][::-1] if _que_alone(q.left) else []  # the innermost first
    source = next((
        c for c in reported + [c for name, c in clauses if name in SENTENCE_CUES and (stands_alone or name != "incise")]
        if c.mention is not None and plausible_speaker(context, c.mention)
    ), None)  # « Pour elle, … . « … » », « X n'aurait pas agi ainsi, selon Y. « … » », « …, a précisé Y. « … » »
    if source is not None:
        return Match(source.verb, source.mention)
    verb = main_verb(clause)
    if verb is None:  # « Même son de cloche chez X, conseillère municipale. « … » »
        mention = _name_in_short_lead_in(context, clause)
        return Match(None, mention) if mention is not None else None
    mention = subject_of(context, verb, clause)
    if mention is None or not plausible_speaker(context, mention) or _thing_with_a_name_inside(context, mention):
        return _relative_speaker(context, clause)
    return Match(verb_lemma(verb), mention)


def _que_alone(left: Span) -> bool:
    """« X a déclaré que … . Mais aussi, qu'« … » »: a sentence made of « que » and its clause alone (after
    connectors) goes on with the last reporting verb of the sentence before (« Le Soir rapporte que X a promis
    que … . Et qu'« … » »: X's)."""
    words = fold(left.text).replace("'", "' ").replace(",", " ").split()  # the tokenizer may split « qu’ » before a mark
    return bool(words) and words[-1] in QUE and all(word in CONNECTORS | LINKING_ADVERBS | ADDITIVES for word in words[:-1])


def _relative_speaker(context: Context, clause: Span) -> Match | None:
    """« …, comme Awa Koné, qui s'est réjouie de la hausse des cours. « … » »: the one person whom a relative
    clause of the sentence before has speaking or reacting."""
    found = [
        (t.head, antecedent(context, t)) for t in clause
        if fold(t.text) == "qui" and t.dep_ == "nsubj" and reporting_lemma(t.head) is not None
    ]
    found = [(verb, mention) for verb, mention in found if mention is not None and _names_a_person(context, mention)]
    return Match(verb_lemma(found[0][0]), found[0][1]) if len(found) == 1 else None


def _thing_with_a_name_inside(context: Context, mention: Span) -> bool:
    """« La circulation des trains Thalys »: a common noun that is neither a role nor an organisation, with a
    proper noun in its complement — a thing, not a speaker."""
    head = head_noun(mention)
    return (
        head is not None and head.pos_ == "NOUN" and not is_role(head.text) and fold(head.text) not in organisation_nouns()
        and not any(t.i in context.name_end for t in mention)
    )


def _previous_speaker(q: Quotation) -> Match | None:
    """A run of quotes: the speaker of the previous attributed quote, when it is close — unless the text
    between them names someone (« Même son de cloche chez X. « … » »): then the last person named."""
    if _thing_subject(q):
        return None
    for attribution in reversed(q.earlier):
        if attribution.kind == "direct" and attribution.cue is not None:
            if q.span.open_at - attribution.span.close_at < 400:
                named = _last_name_between(q.context, _past_its_incise(q.context, attribution), q.span.open_at)
                if named is not None:
                    return Match(None, named, FURTHER)
                return Match(attribution.cue.verb, attribution.cue.mention)
            break
    return None


def _past_its_incise(context: Context, attribution: Attribution) -> int:
    """Where to look for someone new after an attributed quote: past the sentence of its trailing incise when
    what follows the speaker there, after a comma, is a participle clause whose names are what the speaker talks
    about (« « … », assure-t-il, visant le patron, Charles Doux. « … » » goes on with him) or the speaker's own
    role with no verb nor other comma (« explique Me X, avocat de Z avec Me Y ») — not past « dit X, avant de
    céder la parole à Y », « a déclaré X, puis Y », « X, porte-parole, face à Y », who may speak next."""
    close, mention = attribution.span.close_at, attribution.cue.mention
    if mention is None or mention.start_char < close:
        return close
    sentence_end = context.sentence(mention.start_char)[1]
    after = [t for t in context.tokens(mention.end_char, sentence_end) if not t.is_space]
    after = after[: next((k for k, t in enumerate(after) if t.is_quote or t.text in ("«", "»", "“", "”")), len(after))]  # up to the next quote
    if len(after) < 2 or after[0].text != ",":
        return mention.end_char  # the speaker's own mention names no one new (« l'élu de Camille-Laurin »)
    participle = next((t for t in after[1:3] if present_participle(t)), None)  # « visant », « en pensant à »
    talks_about = participle is not None and (participle.i == after[1].i or gerund(participle))
    return max(close, sentence_end) if talks_about or _own_role(after[1:]) else mention.end_char


def _own_role(words: list[Token]) -> bool:
    """« avocat de Z avec Me Y », « la porte-parole du collectif »: a role phrase with no verb nor comma."""
    head = next((t for t in words if t.pos_ != "DET"), None)
    return head is not None and is_role(head.text) and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in words)


def _thing_subject(q: Quotation) -> bool:
    """« Cependant, la campagne est marquée par « … » », « Cet article dispose que « … » »: a quote inside a
    sentence whose main subject is a thing (or « ils » with their text in between) is not the last speaker going on — when the sentence runs into
    the quote (« … ressortent : « Nous … » » may well be)."""
    words = q.left_words
    if not words or words[-1].is_punct:
        return False
    for token in words:
        if token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "ROOT":
            continue
        if token.pos_ == "NOUN":
            return not plausible_speaker(q.context, mention_around(q.context, token, q.left))
        if fold(token.text) in THIRD_PLURAL and _their_text_between(token, words):
            return True  # « Comme elle, ils sont treize à avoir signé une tribune appelant à « … » »: their text
    return False


def _their_text_between(pronoun: Token, words: list[Token]) -> bool:
    """A document or a speech noun between « ils » and the quote (« une tribune », « un appel »): the quote is
    from their text (not « Ils « ont été formidables » », the speaker going on about them)."""
    return any(t.i > pronoun.i and fold(t.text) in document_nouns() | speech_nouns() for t in words)


def _last_name_between(context: Context, start: int, end: int) -> Span | None:
    """The last person named between two char offsets, outside quotation marks."""
    gap = context.tokens(start, end)
    names = [
        i for i in context.name_end
        if gap.start <= i < gap.end and not context.inside_quote(context.doc[i].idx) and not _talked_about(context, gap.start, i)
        and not in_byline(context.text, context.doc[i].idx)  # « Par Nadir X »: who wrote it
    ]
    return context.doc[names[-1] : context.name_end[names[-1]]] if names else None


def _talked_about(context: Context, start: int, i: int) -> bool:
    """« …, poursuit X, selon qui Emmanuel Macron s'est contenté d'annonces », « Ils estiment que Y … »: a name
    that opens a « que » or relative clause is what the speaker talks about, and so is one in the complement of
    a thing (« après l'exclusion de Y »; not « du côté de Y », « la réaction de Y »); « principale du collège
    Nina-Simone »: a name after a common noun names a place."""
    doc = context.doc
    if i > 0 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text.islower() and not is_role(doc[i - 1].text):
        return True  # « principale du collège Nina-Simone »: a place named after someone
    j = i - 1
    while j > start and (doc[j].is_space or doc[j].pos_ in ("DET", "ADJ") or is_role(doc[j].text)):
        j -= 1
    if j > start and doc[j].pos_ == "CCONJ" and doc[j - 1].text[:1].isupper():  # « telles que X et Y »: as X is, so is Y
        first = j - 1
        while first > start and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            first -= 1
        return _talked_about(context, start, first)
    return j >= start and (fold(doc[j].text) in QUE | RELATIVES or _complement_of_a_thing(doc, j) or named_in_passing(doc, i))


def _complement_of_a_thing(doc: Doc, de: int) -> bool:
    """« l'exclusion de », « la mort de »: a « de » after a lowercase noun that is no role and names no voice
    (not « la réaction de », « par la voix de », « du côté de »)."""
    if de < 1 or fold(doc[de].text) not in DE:
        return False
    noun = doc[de - 1]  # « au micro de X »: a lowercase word the tagger took for a proper noun is a noun still
    return noun.pos_ in ("NOUN", "PROPN") and noun.text.islower() and not is_role(noun.text) and fold(noun.text) not in _voice_nouns()


@cache
def _voice_nouns() -> frozenset[str]:
    """Nouns whose « de » names who speaks: « la réaction de », « par la voix de », « du côté de », « le cas de »."""
    return speech_nouns() | FOCUS_NOUNS | VOICE_NOUNS | SIDE_NOUNS


# Confidences are about the precision each sieve had with a named speaker on real French news (real 30–51, 1,040
# excerpts; README, Accuracy), rounded: a quote's confidence is this times the resolution's (a name 1.0, a role
# 0.9, a pronoun 0.82, …).
SIEVES: list[Sieve] = [
    Sieve("named-term", _named_term, 0.7),
    Sieve("inner-incise", _inner_incise, 0.95),
    Sieve("incise", _trailing_incise, 0.95),
    Sieve("mid-incise", _incise_before_predicate, 0.9),
    Sieve("label-list", _list_of_labels, 0.6),
    Sieve("relative-after", _speech_relative_after, 0.85),
    Sieve("selon-after", _trailing_selon, 0.88),
    Sieve("selon", _leading_selon, 0.85),
    Sieve("cleft-after", _cleft_after, 0.85),
    Sieve("heading", _heading, 0.8),
    Sieve("signature", _signature, 0.9),
    Sieve("colon", _colon_lead_in, 0.88),
    Sieve("colon-after", _colon_after, 0.75),
    Sieve("inner-incise-verb", _inner_incise_of_any_verb, 0.85),
    Sieve("reported-sentence", _reported_sentence, 0.85),
    Sieve("verb", _governing_verb, 0.78),
    Sieve("relative-subject", _relative_subject, 0.8),
    Sieve("participle-agent", _participle_agent, 0.8),
    Sieve("previous-quote", _same_sentence_quote, 0.75),
    Sieve("reported-clause", _reported_clause, 0.78),
    Sieve("clause-subject", _clause_subject, 0.55),
    Sieve("incise-after-next", _incise_after_next_quote, 0.75),
    Sieve("taken-up-after", _taken_up_after, 0.75),
    Sieve("embedded", _embedded, 0.3),
    Sieve("next-sentence", _next_sentence, 0.78),
    Sieve("interview", _interview_answer, 0.8),
    Sieve("speaker-line", _speaker_line, 0.8),
    Sieve("previous-sentence", _previous_sentence, 0.75),
    Sieve("previous-speaker", _previous_speaker, 0.75),
]


def _announces_term(left: Span, quoted: str) -> bool:
    """A name, not speech: a naming word or verb before the marks, maybe with its object between (surnommé
    « … », la notion d'« … », on l'appelait « … », ont surnommé le module « … », ce qu'on appelle « … »), or
    a title noun before a capitalised text (le film « Marée basse »)."""
    words = [t for t in left if not t.is_space and not t.is_punct]
    if any(t.text == ":" for t in left[-2:]):  # « X a défendu le projet : « … » »: a lead-in, whatever noun it ends on
        return bool(words) and fold(words[-1].text) in naming_words()  # but « un communiqué intitulé : « … » »
    if _charged_with(words, quoted):
        return True
    adjacent = True  # only determiners, prepositions, adjectives and numbers so far
    for distance, token in enumerate(reversed(words[-6:])):
        word = fold(token.text)
        if (word in naming_words() or word in nickname_verbs() or _names_with_object(token)) and not _calls_for(token):
            return True
        if word in title_nouns() and adjacent:
            return _capitalised_title(quoted) or distance == 0 and _a_short_name(left.doc, left.end, quoted)
        if token.pos_ not in ("DET", "ADP", "ADJ", "NUM"):  # « l'initiative 162 « Construisons … » »
            adjacent = False
            if distance > 3 or token.pos_ not in ("NOUN", "ADV", "PRON"):
                return False
    return False


def _a_short_name(doc: Doc, after: int, quoted: str) -> bool:
    """« l'opération « zéro accident » », « le dispositif « argent de poche » »: a few words opening on a noun, a
    number or an adjective and its noun, right after the title noun, name it in lowercase too (not « le projet « a
    sa place » », nor « un plan « ambitieux » »)."""
    words = [t for t in doc[after : after + TITLE_WORDS + 2] if not t.is_punct and not t.is_space][: len(quoted.split())]
    if not 0 < len(quoted.split()) <= TITLE_WORDS or not words or any(finite_verb(t) for t in words):
        return False
    return words[0].pos_ in ("NOUN", "NUM") or words[0].pos_ == "ADJ" and len(words) > 1 and words[1].pos_ == "NOUN"  # « zéro accident »


def _charged_with(words: list[Token], quoted: str) -> bool:
    """« mis en examen pour « séquestration de mineur … » », « entendus pour « violences … » », « une enquête
    ouverte « pour meurtre » », « poursuivi pour les chefs de « complot … » »: the legal name of a charge, not
    anybody's words."""
    if not words:
        return False
    if len(words) > 1 and fold(words[-2].text) in CHARGE_NOUNS and fold(words[-1].text) in DE | {"d"}:
        return True  # « poursuivi pour les chefs de « … » », « reconnu coupable d'« … » », « inculpé de « … » »
    if fold(words[-1].text) in CHARGE_NOUNS and fold(quoted).startswith(("d'", "de ")):
        return True  # « reconnus coupables « d'atteinte à … » »
    if fold(quoted).startswith(("pour le chef", "pour les chefs")):
        return True  # « une enquête, confiée à …, a été ouverte « pour le chef de meurtre … » »
    second = _after_a_coordinated_charge(words)
    after_pour = fold(words[-1].text) == "pour" or second
    if not after_pour and not fold(quoted).startswith("pour "):
        return False
    doc, at = words[-1].doc, words[-1].i + (not after_pour)
    coordinated = second or any(fold(t.text) == "et" for t in doc[max(0, at - 3) : at])  # « … pour « violences » et désormais pour « … » »
    reach = 16 if coordinated else 5
    sentenced = any(fold(t.text) in SENTENCING_WORDS for t in doc[max(0, at - 9) : at])  # « condamné à trois mois de prison ferme pour « … » »
    return sentenced or any(fold(t.text) in charge_words() for t in doc[max(0, at - reach) : at])


def _after_a_coordinated_charge(words: list[Token]) -> bool:
    """« mis en examen pour « homicide involontaire » et « blessures involontaires » »: the second charge, after
    « et » or « ou » and the first one's closing mark, still follows « pour »."""
    if fold(words[-1].text) not in ("et", "ou"):
        return False
    doc, at = words[-1].doc, words[-1].i
    closed = at > 0 and doc[at - 1].text in ("»", "”", '"')
    return closed and any(fold(t.text) == "pour" for t in doc[max(0, at - 12) : at])


def _capitalised_title(quoted: str) -> bool:
    """« Marée basse », « le Quotidien », « l’Observateur »: a title, capitalised after its article if any."""
    words = quoted.split()
    if len(words) > 1 and fold(words[0]) in DEFINITE_ARTICLES:
        return words[1][:1].isupper()
    elided = fold(quoted[:2]) == "l'"
    return quoted[2:3].isupper() if elided else quoted[:1].isupper()


def _calls_for(token: Token) -> bool:
    """« pour avoir appelé à « des marches pacifiques » », « a appelé ses militants à « la vigilance » », « a
    appelé « au calme » », « a appelé, mercredi, « les salariés à se mettre en grève » »: a call for something,
    speech, not a name."""
    doc = token.doc
    if fold(token.text) not in CALL_VERBS:
        return False  # « l'expression « à la carte » » is still a name
    for following in doc[token.i + 1 : token.i + 10]:
        if following.is_quote or following.text in "«»“”":  # « a appelé « au calme » », not « appelé « X » à … »
            inside = doc[following.i + 1 : following.i + 6]
            opens_on_to = len(inside) > 0 and fold(inside[0].text) in TO
            return opens_on_to or not _names_with_object(token) and _call_inside(inside)
        if fold(following.text) in TO:
            return True
    return False


def _call_inside(words: Span) -> bool:
    """« « les salariés à se mettre en grève » »: whom the call is made to, then « à » and what they should do (not
    « ce qu'il appelle « la chasse aux sorcières » », a name)."""
    for k, word in enumerate(words):
        if fold(word.text) in TO:
            following = [t for t in words[k + 1 :] if fold(t.text) not in OBJECT_CLITICS | REFLEXIVES]
            return bool(following) and infinitive(following[0])
        if word.is_punct or word.is_quote or word.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PRON"):
            return False
    return False


def _names_with_object(token: Token) -> bool:
    """"on l'appelait", "ils la surnomment", "que tout le monde appelle": a naming verb after an object
    pronoun or a relative « que »."""
    lemma = reporting_lemma(token) or fold(token.text)
    if not any(lemma.startswith(verb[:-2]) for verb in naming_verbs()):
        return False
    before = [t for t in token.doc[max(0, token.i - 4) : token.i] if not t.is_space]
    return any(fold(t.text) in DEFINITE_ARTICLES and t.pos_ == "PRON" or fold(t.text) in QUE for t in before)


def _looks_like_a_title(context: Context, span: QuoteSpan, left: Span) -> bool:
    """« Sable noir », « La Relève », « Gustave » in the middle of a sentence: a short capitalised text with
    no verb and no final punctuation names a work or a thing; quoted speech mid-sentence is lowercase."""
    text = span.text(context.text)
    words = [t for t in context.tokens(span.start, span.end) if t.is_alpha]
    in_sentence = any(t.is_alpha for t in left) and not any(t.text == ":" for t in left)
    after_an_article = bool(left) and left[-1].pos_ in ("DET", "ADP")  # « par le «Walliser Bote» », not « a crié « Dégage Macron » »
    every_word_capitalised = after_an_article and len(words) > 1 and all(t.text[:1].isupper() for t in words if fold(t.text) not in NAME_PARTICLES)
    return (
        in_sentence and text[:1].isupper() and len(words) <= TERM_MAX_WORDS and text[-1:] not in "!?.…"
        and (every_word_capitalised or not any(t.pos_ in ("VERB", "AUX") for t in words))  # « Walliser Bote »: no verb
    )


# -- about ------------------------------------------------------------------------------------------------------
def _about(context: Context, index: int) -> Span | None:
    """Whose aims a quote reports: « L'objectif du maire « est de … » », « Ce que cherche M. X, « c'est … » »:
    the quote completes a subject noun phrase, with no verb of its own but the pseudo-cleft's, that names a
    person."""
    span = context.top[index]
    inside = [t for t in context.tokens(span.start, span.end) if not t.is_space]
    if not inside:
        return None
    if not _completes_a_subject(inside):
        return _cleft_inside(context, inside)
    left = [t for t in context.left(index) if not t.is_space]
    if not left or any(finite_verb(t) and not _in_pseudo_cleft(t) or t.text == ":" for t in left):
        return None
    for token in reversed(left):
        if token.i in context.name_end:  # not « Pour X, l'adoption du texte, « c'est … » »: whom the sentence is attributed to
            return None if source_of_a_cue(token) else context.doc[token.i : context.name_end[token.i]]
        if is_role(token.text) and token.pos_ in ("NOUN", "PROPN"):
            return context.doc[token.i - (token.i > 0 and context.doc[token.i - 1].pos_ == "DET") : token.i + 1]
    if fold(left[0].text) in POSSESSIVES:
        return context.doc[left[0].i : left[0].i + 2]  # "Son intention « n'a jamais été … »": its owner
    return None


def _completes_a_subject(inside: list[Token]) -> bool:
    """The quote starts with the verb of a subject left outside it: « est de … », « c'était l'argent »."""
    first = inside[0]
    if not first.text[:1].islower():
        return False
    if fold(first.text) in ("c'", "ce") and len(inside) > 1:
        first = inside[1]
    return first.pos_ in ("AUX", "VERB")


def _cleft_inside(context: Context, inside: list[Token]) -> Span | None:
    """« Ce que voulait Oosterhuis, c'était pouvoir dire … »: a quote that opens on someone's aims."""
    words = inside[:12]
    if len(words) < 5 or fold(words[0].text) != "ce" or fold(words[1].text) not in QUE:
        return None
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words) - 1)
    if comma + 1 >= len(words) or fold(words[comma + 1].text) not in ("c'", "ce"):
        return None
    named = next((t for t in words[2:comma] if t.i in context.name_end), None)
    return context.doc[named.i : context.name_end[named.i]] if named is not None else None


def _in_pseudo_cleft(verb: Token) -> bool:
    """"Ce que cherche Mme X", "Ce que Mathis voulait": the verb of "ce que …", part of the subject, not a
    verb of the sentence."""
    doc = verb.doc
    for i in range(verb.i - 1, max(0, verb.i - 6), -1):
        if fold(doc[i].text) in QUE:
            return fold(doc[i - 1].text) == "ce"
        if doc[i].is_punct:
            return False
    return False


def _interviewee(context: Context) -> Span | None:
    """The person an interview is with: the first person the article names outside quotes and questions."""
    for start in sorted(context.name_end):
        char = context.doc[start].idx
        if not context.inside_quote(char) and not context.in_question(char):
            return context.doc[start : context.name_end[start]]
    return None


def _addresses_interviewee(context: Context, mention: Span | None) -> bool:
    """"Vous écrivez que …" in an interviewer's question: the interviewee."""
    return mention is not None and fold(mention.text) == "vous" and context.in_question(mention.start_char)


def _adjectival_participle(verb: Token) -> bool:
    """« la ministre, qualifiée d'« as du renoncement » »: a past participle with no auxiliary, said of the
    noun it qualifies (whoever qualifies it is not that noun)."""
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") or verb.dep_ not in ("acl", "advcl"):
        return False
    before = [fold(t.text) for t in verb.doc[max(0, verb.i - 9) : verb.i]]  # « a, à son tour, menacé »
    return not any(child.dep_.startswith("aux") for child in verb.children) and not any(word in AUXILIARIES for word in before)


def _agent_between(context: Context, verb: Token, left: Span) -> Span | None:
    """« Il est qualifié par Greenpeace de « … » »: the agent between the passive verb and the quote."""
    after = [t for t in left if t.i > verb.i and not t.is_space]
    while after and (fold(after[-1].text) in DE or after[-1].is_punct):
        after.pop()  # « … de « fossoyeur » »: the « de » is the quote's
    if len(after) > 1 and fold(after[0].text) == "par":
        return subject_phrase(context, after[1].i, after[-1].i + 1)
    return None


def _agent_after(context: Context, right: Span) -> Span | None:
    """"qualifiée de « compromis historique » par la présidence française": the agent of a passive."""
    words = [t for t in right if not t.is_space]
    if words and fold(words[0].text) == "par":
        return subject_phrase(context, words[0].i + 1, right.end)
    return None


def _first_noun_phrase(context: Context, clause: Span) -> Span | None:
    for token in clause:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ in ("nsubj", "nsubj:pass"):
            return mention_around(context, token, clause)
    return None
