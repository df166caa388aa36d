"""Indirect speech: reported speech without quotation marks.

« Selon lui, … », « …, a-t-il prévenu. », « X a annoncé que … »: the same cues as for quotations
(`cues`), around a finite clause instead of a quotation. A clause that holds a quotation is that direct
quotation, not also indirect speech.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .cues import Cue, Found, governs_speech, match_incise, match_preposition, reporting_lemma
from .layout import Context
from .lexicon import (
    ADDITIVES, CHANNEL_PREPOSITIONS, CONNECTORS, CONTRASTS, DEMONSTRATIVES, IMPERSONAL_VERBS, NEGATION, NEGATION_WORDS, OBJECT_CLITICS, POSSESSIVES, PURPOSE, QUE, REPETITIONS, RELATIVES, SELON_RELATIVES, TIME_NOUNS, TIME_WORDS, fold,
    court_sides, demand_verbs, is_role, organisation_nouns, pledges, que_not_complement, speech_nouns,
)
from .mentions import mention_around, nearest_speaker_before, plausible_speaker, subject_of
from .syntax import CLAUSE_SUBJECT_DEPS, finite_verb, gerund, has_verb, in_subjunctive, narrative_infinitive, present_participle, skip_space


@dataclass
class IndirectSpeech:
    start: int
    end: int
    cue: Cue


@dataclass(frozen=True)
class Clause:
    """A reported clause a sieve found: its char offsets, the reporting verb's lemma (or cue word) and the
    speaker mention."""

    start: int
    end: int
    verb: str | None
    mention: Span | None


@dataclass(frozen=True)
class IndirectSieve:
    name: str
    find: Callable[[Context, Span, list[Token]], list[Clause]]
    confidence: float
    alone: bool = False  # what it finds is the sentence's only reported speech


def find_indirect(context: Context, sieves: Sequence[IndirectSieve] | None = None) -> list[IndirectSpeech]:
    """Reported speech without marks: « Selon lui, … », « …, a-t-il prévenu. », « X a annoncé que … », by
    the sieves of `INDIRECT_SIEVES` (or `sieves`), sentence by sentence."""
    found: list[IndirectSpeech] = []
    bounds = context.sentence_starts + [len(context.text)]
    for start, end in zip(bounds, bounds[1:]):
        sentence = context.tokens(start, end)
        words = [t for t in sentence if not t.is_space]
        if len(words) < 4:
            continue
        speeches = _indirect_in(context, sentence, words, INDIRECT_SIEVES if sieves is None else sieves)
        found.extend(speech for speech in speeches if not _holds_a_quote(context, speech))
    return found


def _indirect_in(context: Context, sentence: Span, words: list[Token], sieves: Sequence[IndirectSieve]) -> list[IndirectSpeech]:
    results: list[IndirectSpeech] = []
    seen: set[tuple[int, int]] = set()  # a clause two sieves end (« …, selon X; …, dixit Y ») is reported once
    for sieve in sieves:
        clauses = sieve.find(context, sentence, words)
        for c in clauses:
            if (c.start, c.end) not in seen:
                seen.add((c.start, c.end))
                results.append(IndirectSpeech(c.start, c.end, Cue(sieve.name, c.verb, c.mention, sieve.confidence)))
        if clauses and sieve.alone:
            break
    return results


def _holds_a_quote(context: Context, speech: IndirectSpeech) -> bool:
    """A reported clause with a quotation in it is that direct quotation, not also indirect speech (a label
    in marks inside it aside)."""
    start = context.token_at(speech.start)
    return any(
        speech.start < span.close_at and span.open_at < speech.end and not _a_label_inside(context, span, start)
        for span in context.top
    )


def _opening_selon(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« Selon lui, le projet … »: a cue preposition opens the sentence (or its clause after « mais » or a
    colon: « Il est formel : selon lui, … »), the rest is reported."""
    opening = next(filter(None, (match_preposition(context, i, sentence.end) for i in _clause_starts(words))), None)
    if opening is None:
        return []
    mention = opening.mention
    if mention[0].pos_ == "PRON":  # « Pour lui, les climatosceptiques, auteurs de …, » : a pronoun has no aside
        comma = _next_comma(context.doc, mention.end, sentence.end)
    else:
        comma = _main_clause_comma(context.doc, mention.end, sentence.end) or _comma_after_complement(context.doc, mention.end, sentence.end)
    if comma is not None:
        body_start = comma + 1
    elif _comma_left_out(context.doc, opening, mention, sentence.end):
        body_start = mention.end  # « Selon lui le code … »
    else:
        return []
    if not plausible_speaker(context, mention) and not _owned(mention):
        if opening.lemma == "pour":
            return []  # « Pour ces producteurs, … » may be whom it concerns
        mention = None  # « Selon eux, … », « Selon une étude, … »: reported, by nobody we can name
    body = _trim(context.doc[body_start : _contrast_after(context.doc, body_start, sentence.end)])
    if body is None or not has_verb(body) or opening.lemma == "pour" and _a_side_with_its_own_speaker(context, opening.mention, body):
        return []
    return [Clause(body.start_char, body.end_char, opening.lemma, mention)]


def _a_side_with_its_own_speaker(context: Context, side: Span, body: Span) -> bool:
    """« Pour la défense, Me X a plaidé la relaxe »: « pour » names a side of a trial, and the clause after it has
    a named speaker and a reporting verb of its own — whose side, not whose view (unlike « Pour Marie X, Jean Y a
    dit la vérité »)."""
    if " ".join(fold(t.text) for t in side if t.pos_ != "DET") not in court_sides():
        return False
    verb = next((t for t in body if finite_verb(t)), None)
    verb = verb.head if verb is not None and verb.dep_.startswith("aux") else verb
    subject = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < verb.i), None) if verb is not None else None
    named = subject is not None and any(start in context.name_end for start in range(subject.left_edge.i, subject.right_edge.i + 1))
    return named and reporting_lemma(verb) is not None


def _contrast_after(doc: Doc, start: int, limit: int) -> int:
    """Where « …, alors que de son côté Y a estimé … » sets another view against the reported one: the
    « selon » clause ends at its comma."""
    for i in range(start, limit - 2):
        if doc[i].text == "," and (fold(doc[i + 1].text), fold(doc[i + 2].text)) in CONTRASTS:
            return i
    return limit


def _comma_after_complement(doc: Doc, start: int, limit: int) -> int | None:
    """« D'après les témoignages reçus sur place, … »: the comma after a short complement of the source, with
    no verb of its own."""
    for i in range(start, min(limit, start + 8)):
        if doc[i].text == ",":
            return i
        if finite_verb(doc[i]) or doc[i].is_punct and doc[i].text != "-":
            return None
    return None


def _comma_left_out(doc: Doc, opening: Found, source: Span, limit: int) -> bool:
    """« Selon lui le code électoral est … », « Selon l'opposition les résultats ne sont pas … », « Pour le
    président du parti il existe … »: after the source, a determiner or a pronoun opens the reported clause's
    subject, comma or not. After « pour » or « d'après », a pronoun is no source without its comma (« pour lui
    le … » may be whom it concerns)."""
    if source.end >= limit or (opening.lemma != "selon" and source[0].pos_ == "PRON"):
        return False
    subject = doc[source.end]
    return subject.pos_ == "DET" or (subject.pos_ == "PRON" and subject.dep_ in ("nsubj", "expl:subj"))


def _owned(mention: Span) -> bool:
    """« Selon ses premières estimations »: its owner's words (the possessive resolves to them)."""
    return fold(mention[0].text) in POSSESSIVES


def _clause_starts(words: list[Token]) -> list[int]:
    """Where a cue may open a clause: the sentence's first word, or the word after an opening connector
    (« Mais selon lui »), a colon, « , et » or « mais » (« … employés mais au dire de M. Côté, … »)."""
    starts = [words[0].i]
    if len(words) > 2 and words[1].text == "," and words[0].pos_ in ("ADV", "ADJ"):
        starts.append(words[2].i)  # « Pire, d'après les syndicats, … »: after a one-word opener
    opener = _adverbial_opener(words)
    if opener is not None:
        starts.append(opener)  # « En effet, selon lui, … », « Dans ce contexte, d'après X, … »
    for before, word in pairwise(words):
        opens = before is words[0] or before.nbor(-1).text == "," or fold(before.text) == "mais"
        if before.text == ":" or fold(before.text) in CONNECTORS and opens:
            starts.append(word.i)
    return starts


def _adverbial_opener(words: list[Token]) -> int | None:
    """The word after a short adverbial phrase and its comma opening the sentence (« En effet, », « Par
    ailleurs, », « Dans ce contexte, »): a preposition or an adverb first, no verb and no name in it."""
    comma = next((i for i, t in enumerate(words[:5]) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 1 >= len(words) or words[0].pos_ not in ("ADP", "ADV"):
        return None
    phrase = words[:comma]
    if any(t.pos_ in ("VERB", "AUX", "PROPN", "PRON") for t in phrase):
        return None
    return words[comma + 1].i


def _comme(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« Comme l'explique La Voix du Nord, … », « …, comme l'a confirmé le ministre X. »: the clause that
    « comme » and a reporting verb frame."""
    doc = context.doc
    for start in _clause_starts(words):
        found = _comme_incise(context, start, sentence.end)
        comma = _next_comma(doc, found.end, sentence.end) if found is not None else None
        if comma is not None and skip_space(doc, found.end, sentence.end) == comma:
            return _clause(context, doc[comma + 1 : sentence.end], found)
    for token in words:
        found = _comme_incise(context, token.i + 1, sentence.end) if token.text == "," else None
        if found is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[found.end : sentence.end]):
            return _clause(context, doc[words[0].i : token.i], found)  # not « X a, comme l'a révélé Y, décidé … »
    return []


def _comme_incise(context: Context, start: int, limit: int) -> Found | None:
    doc = context.doc
    i = skip_space(doc, start, limit)
    if i + 2 >= limit or fold(doc[i].text) != "comme" or fold(doc[i + 1].text) not in OBJECT_CLITICS:
        return None
    return match_incise(context, i + 1, limit)


def _clause(context: Context, span: Span, found: Found) -> list[Clause]:
    body = _trim(span)
    if body is None or not has_verb(body):
        return []
    mention = found.mention if found.mention is not None and plausible_speaker(context, found.mention) else None
    return [Clause(body.start_char, body.end_char, found.lemma, mention)]


def _said_before(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« Le nombre de zébus volés s'élève à six mille. C'est ce qu'a révélé le directeur de la sécurité. »: a
    sentence that says « this is what X said » reports the sentence before it, in the same paragraph."""
    opening = [fold(t.text) for t in words[:4]]
    if len(opening) < 4 or opening[:3] != ["c'", "est", "ce"] or opening[3] not in QUE:
        return []
    start, _ = context.sentence(sentence.start_char)
    if start == 0:
        return []
    previous, _ = context.sentence(start - 1)
    if context.paragraph(previous)[0] != context.paragraph(sentence.start_char)[0]:
        return []
    found = match_incise(context, words[4].i, sentence.end) if len(words) > 4 else None
    if found is None:
        return []
    before = _trim(context.tokens(previous, start))
    if before is None or not has_verb(before):
        return []
    named = not found.unknown and plausible_speaker(context, found.mention)
    return [Clause(before.start_char, before.end_char, found.lemma, found.mention if named else None)]


def _selon_relative(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« les propos du ministre X, selon lesquels … », « notre interlocuteur selon lequel … »: the clause
    after the relative is what the noun before it says."""
    doc = context.doc
    for token in words[1:-2]:
        if fold(token.text) != "selon" or fold(doc[token.i + 1].text) not in SELON_RELATIVES:
            continue
        i = token.i - 1
        while i > sentence.start and (doc[i].is_punct or doc[i].is_space):
            i -= 1
        noun = next((t for t in reversed(doc[sentence.start : i + 1]) if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or i - noun.i > 3:
            return []
        mention = mention_around(context, noun, doc[sentence.start : token.i])
        found = Found("selon", mention if plausible_speaker(context, mention) else None, token.i + 2)
        return _clause(context, doc[token.i + 2 : sentence.end], found)
    return []


def _closing_incise(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« Le projet sera prêt, a-t-il prévenu. »"""
    return _closing(context, sentence, words, lambda start: match_incise(context, start, sentence.end))


def _closing_selon(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« Le projet sera prêt, selon la mairie. », « Rien n'est perdu selon la cheffe du groupe. »"""
    def match(start: int) -> Found | None:
        return match_preposition(context, start, sentence.end, trailing=True)

    return _closing(context, sentence, words, match, before_cue_word=True)


def _closing(
    context: Context, sentence: Span, words: list[Token], match: Callable[[int], Found | None], before_cue_word: bool = False
) -> list[Clause]:
    """The clause before the first comma (or, with `before_cue_word`, the first word) followed by a cue
    (`match`) that ends the sentence."""
    for token in words:
        if token.text != "," and not (before_cue_word and token.i > words[0].i + 2 and match(token.i) is not None):
            continue
        found = match(token.i + 1) if token.text == "," else match(token.i)
        if found is None or _subject_before(context, token.i, found):
            continue
        if token.text != "," and found.lemma == "pour" and not _before_a_colon(context.doc, found.end, sentence.end):
            continue  # « C'est raté pour Claire X. »: whom it concerns; her view is set off (« …, pour elle. ») or goes on (« … pour X : « … » »)
        if token.text != "," and _inside_a_participle_phrase(context.doc, token.i, found.end, sentence.end):
            continue
        following = _word_after_comma(context.doc, found.end, sentence.end)
        goes_on = following is not None and _same_sentence_goes_on(following)
        inside = token.text != "," or goes_on  # not « …, selon la police. »
        if before_cue_word and inside and _in_a_relative_clause(context.doc[token.i + (token.text == ",")]):
            continue  # « deux pompiers, dont les jours ne sont pas en danger selon la BSPP, … »: a clause's aside
        body = _trim(context.doc[words[0].i : token.i])
        if body is not None and has_verb(body) and _ends_clause(context.doc, found.end, sentence.end):
            # « Il s'agit, selon lui, de … »; after an incise only the verb's own complement verb (« Il a su, a-t-il
            # dit, placer … »), not the incise verb's complement (« …, détaille X, auprès de la « Tribune » »)
            if body[-1].pos_ in ("VERB", "AUX") and goes_on and (before_cue_word or following.pos_ in ("VERB", "AUX")):
                body = _trim(context.doc[words[0].i : sentence.end])  # « Il s'agit, selon lui, de … », « Il a su, a-t-il dit, placer … »: all of it
            anonymous = fold(found.mention.text).lstrip("-") == "on"  # « a-t-on appris »: whoever « on » stands for
            named = not found.unknown and (anonymous or plausible_speaker(context, found.mention))  # not « les ministres sortants »
            return [Clause(body.start_char, body.end_char, found.lemma, found.mention if named else None)]
    return []


def _before_a_colon(doc: Doc, i: int, end: int) -> bool:
    """The sentence goes on from token `i` to a colon (« … pour Issa X, le responsable de l'aménagement : « … » »)."""
    return any(token.text == ":" for token in doc[i:end])


def _in_a_relative_clause(cue: Token) -> bool:
    """A « selon X » hanging on the verb of a relative clause (« qui ne serait, d'après elle, qu'en quête de … »):
    it vouches for that clause only, not for the sentence."""
    for ancestor in cue.ancestors:
        if ancestor.dep_ == "acl:relcl":
            return True
        if ancestor.dep_ == "ROOT":
            return False
    return False


def _inside_a_participle_phrase(doc: Doc, cue: int, end: int, limit: int) -> bool:
    """« une pénurie provoquée selon lui par des sabotages »: a cue between a participle and its complement
    says who explains the cause, not who said the whole sentence (but « Rien n'est perdu selon X. » is X's)."""
    following = skip_space(doc, end, limit)
    return cue > 0 and "Part" in doc[cue - 1].morph.get("VerbForm") and following < limit and not doc[following].is_punct


def _word_after_comma(doc: Doc, end: int, limit: int) -> Token | None:
    """The word after a comma right after the cue (« Il s'agit, selon Mme Sy, de donner … »), if any."""
    i = skip_space(doc, end, limit)
    if i + 1 >= limit or doc[i].text != ",":
        return None
    j = skip_space(doc, i + 1, limit)
    return doc[j] if j < limit else None


def _same_sentence_goes_on(following: Token) -> bool:
    """More words of the same sentence after the cue's comma, not a relative clause or a participle about the source."""
    return fold(following.text) not in RELATIVES and not present_participle(following) and "Part" not in following.morph.get("VerbForm")


def _inner_incise(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """« Ce genre de déclarations, poursuit le ministère, n'engage que leurs auteurs. »: an incise between two
    commas, after the subject and before the verb of the reported sentence."""
    commas = [t.i for t in words if t.text == ","]
    for first, second in zip(commas, commas[1:]):
        found = match_incise(context, first + 1, second)
        if found is None or skip_space(context.doc, found.end, second) != second:
            continue
        before, after = context.doc[words[0].i : first], context.doc[second + 1 : sentence.end]
        if not any(finite_verb(t) for t in before) and any(finite_verb(t) for t in after):
            body = _trim(context.doc[words[0].i : sentence.end])
            named = not found.unknown and plausible_speaker(context, found.mention)
            return [Clause(body.start_char, body.end_char, found.lemma, found.mention if named else None)] if body is not None else []
    return []


def _subject_before(context: Context, comma: int, found: Found) -> bool:
    """"Le gouverneur, Oleh Marchenko, a remercié Paris": the verb's subject, a possible speaker, stands
    before the comma, so this is the main clause, not an incise with "Paris" for subject."""
    doc = context.doc
    verbs = [t for t in doc[comma + 1 : found.mention.start] if t.pos_ in ("VERB", "AUX")]
    subjects = [c for verb in verbs for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < comma and not _hung_predicate(c)]
    return any(plausible_speaker(context, mention_around(context, s, doc[: comma])) for s in subjects)


def _hung_predicate(token: Token) -> bool:
    """« La Belgique demande … , a déclaré X », « Le grand perdant, c'est Y, a ironisé X »: a predicate with a
    subject of its own that the parser hung on the incise verb as its subject — not a subject described by a
    relative with a copula (« Le maire, qui est aussi le président de l'agglomération, a remercié X »)."""
    subjects = [child for child in token.children if child.dep_ in CLAUSE_SUBJECT_DEPS]
    cleft = any(fold(child.text) in DEMONSTRATIVES for child in subjects)
    return cleft or bool(subjects) and not any(child.dep_ == "cop" for child in token.children)


def _ends_clause(doc: Doc, end: int, limit: int) -> bool:
    """After an incise's subject: the sentence ends, or goes on with a participle or a complement only."""
    rest = []
    for token in doc[end:limit]:
        if fold(token.text) in RELATIVES - QUE:
            break  # "a précisé M. Kervella, qui espère …": a relative clause about the speaker
        rest.append(token)
    return not any(finite_verb(t) for t in rest if not _reported_by_participle(t))


def _reported_by_participle(token: Token) -> bool:
    node = token
    for _ in range(4):
        if present_participle(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _que_clauses(context: Context, sentence: Span, words: list[Token]) -> list[Clause]:
    """X a annoncé que … / a fait savoir que … / précisant que …: a reporting verb, then "que" and a clause
    (to the end of the sentence); the speaker is the verb's subject."""
    results = []
    doc = context.doc
    reporting: tuple[Token, Span | None] | None = None  # the verb and speaker of the last "que" clause
    for token in sentence:
        if fold(token.text) not in QUE or token.i == sentence.start or _not_a_complement(doc, token.i):
            continue
        pledge = _pledge(token)
        if pledge is None and (_completes_a_noun(token) and not _the_fact_that(doc, token) or _after_direct_object(doc, token)):
            continue  # « a évoqué la possibilité qu'il … »: the clause says what the possibility is
        if reporting is not None and doc[token.i - 1].pos_ == "CCONJ":  # "a assuré que … et qu'un plan …"
            verb, mention = reporting
        else:
            verb = pledge.head if pledge is not None else _verb_before_que(doc, token.i, sentence.start)
            if pledge is None and (not governs_speech(verb) or _after_impersonal(verb) or _restrictive(doc, verb, token)):
                continue
            mention = (subject_of(context, verb, sentence) or _participle_subject(context, verb, sentence)
                       or nearest_speaker_before(context, sentence.start, verb) or _gerund_subject(context, verb, sentence)
                       or _narrative_infinitive_subject(context, verb, sentence))
            if mention is None:
                continue
            if not plausible_speaker(context, mention) or _impersonal_passive(verb) or _said_by_a_thing(verb):
                mention = None  # reported speech all the same, but not by anyone we can name
            reporting = verb, mention
        body = _reported_clause(context, token.i + 1, sentence.end)
        if body is not None and mention is not None and body.start < mention.start < body.end:
            body = _before_the_speaker(body, mention)  # « Tout en affirmant qu'il …, M. X a … »
        if body is not None and has_verb(body) and (not in_subjunctive(body) or reporting_lemma(verb) in demand_verbs()):
            results.append(Clause(body.start_char, body.end_char, reporting_lemma(verb), mention))
    return results


def _not_a_complement(doc: Doc, que: int) -> bool:
    """« parce que », « une fois que »: a conjunction, not the « que » of reported speech; but « a répété
    plusieurs fois que » is."""
    before = fold(doc[que - 1].text)
    if before == "fois" and que > 1 and fold(doc[que - 2].text) in REPETITIONS:
        return False
    return before in que_not_complement()


def _restrictive(doc: Doc, verb: Token, que: Token) -> bool:
    """« Il ne s'est exprimé qu'en néerlandais »: « ne » with no « pas », « jamais »… before « que » restricts;
    no clause is reported."""
    start = max(0, verb.i - 4)
    negated = any(fold(t.text) in NEGATION for t in doc[start : verb.i])
    return negated and not any(fold(t.text) in NEGATION_WORDS for t in doc[start : que.i])


def _after_direct_object(doc: Doc, que: Token) -> bool:
    """« il dit tout le mal qu'il pense », « a rappelé l'importance que … »: « que » right after the verb's
    direct object relates to that noun, it does not open what the verb reports."""
    noun = doc[que.i - 1]
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "obj" and fold(noun.text) not in TIME_WORDS | TIME_NOUNS
        and any(c.dep_ == "det" for c in noun.children) and not any(c.dep_ == "case" for c in noun.children)
        and not any(fold(c.text) in REPETITIONS for c in noun.children)  # « a répété plusieurs fois que »
    )


def _impersonal_passive(verb: Token) -> bool:
    """« Il est dit dans le rapport que … », « il a été annoncé que … »: nobody is the subject."""
    children = list(verb.children)
    return any(c.dep_ == "aux:pass" for c in children) and any(c.dep_ == "nsubj:pass" and fold(c.text) == "il" for c in children)


def _after_impersonal(verb: Token) -> bool:
    """« Il faut dire que … », « il importe de préciser que … »: an infinitive after an impersonal verb."""
    before = [fold(t.text) for t in verb.doc[max(0, verb.i - 3) : verb.i]]
    return "Inf" in verb.morph.get("VerbForm") and any(word in IMPERSONAL_VERBS for word in before)


def _gerund_subject(context: Context, verb: Token, sentence: Span) -> Span | None:
    """« Tout en affirmant que …, M. X a … »: a gerund's speaker is the main clause's, named after the comma."""
    if not gerund(verb):
        return None
    comma = next((t.i for t in verb.doc[verb.i : sentence.end] if t.text == ","), None)
    start = next((s for s in sorted(context.name_end) if comma is not None and comma < s < sentence.end), None)
    if start is None or start > comma + 3:
        return None
    return context.doc[start : context.name_end[start]]


def _narrative_infinitive_subject(context: Context, verb: Token, sentence: Span) -> Span | None:
    """« Et de souligner que … »: the infinitive goes on with the previous sentence's subject."""
    doc = context.doc
    if sentence.start == 0 or not narrative_infinitive(verb, sentence.start):
        return None
    previous = doc[context.token_at(context.sentence(doc[sentence.start - 1].idx)[0]) : sentence.start]
    root = next((t for t in previous if t.dep_ == "ROOT" and not t.is_punct), None)
    return subject_of(context, root, previous) if root is not None else None


def _before_the_speaker(body: Span, mention: Span) -> Span | None:
    """A reported clause fronted before its speaker ends at the last comma before the speaker's name."""
    commas = [t.i for t in body if t.text == "," and t.i < mention.start]
    return _trim(body.doc[body.start : commas[-1]]) if commas else None


def _completes_a_noun(que: Token) -> bool:
    """« la possibilité que … », « le fait que … »: a clause attached to a noun, not to a reporting verb (the
    parser also hangs « a fait savoir vendredi soir qu'… » on « soir », and « a déclaré à l'agence X que … » on
    « agence »: time words and nouns in a complement of place or means do not count)."""
    clause, noun = que.head, que.head.head
    in_a_complement = (  # « a annoncé dans un communiqué qu'il … », not « a répondu au message que X a lancé »
        any(c.dep_ == "case" and fold(c.text) in CHANNEL_PREPOSITIONS for c in noun.children)
        and (fold(noun.text) not in speech_nouns() or que.dep_ == "mark")  # but « a déclaré dans un message que … »
    )
    return (
        clause.dep_ in ("acl", "acl:relcl") and noun.pos_ == "NOUN" and noun.i < que.i and fold(noun.text) not in TIME_WORDS
        and not in_a_complement
    )


def _pledge(que: Token) -> Token | None:
    """« a pris l'engagement que … », « a donné l'assurance que … »: the noun of speech, object of its verb,
    whose clause reports what the verb's subject says."""
    noun = que.doc[que.i - 1]
    verbs = pledges().get(fold(noun.text), ())
    return noun if que.pos_ == "SCONJ" and noun.dep_ == "obj" and fold(noun.head.text) in verbs else None


def _the_fact_that(doc: Doc, que: Token) -> bool:
    """« Il a insisté sur le fait que … », « a rappelé le fait que … »: what a reporting verb says."""
    noun = que.head.head
    if fold(noun.text) != "fait":
        return False
    before = [t for t in doc[max(0, noun.i - 4) : noun.i] if not t.is_space]
    return any(governs_speech(t) for t in before)


def _reported_clause(context: Context, start: int, limit: int) -> Span | None:
    """The clause after "que": up to a colon, a quotation or the next "que" clause, without a trailing
    aside that has no finite verb ("…, avant de préciser"). A clause that goes on in quotation marks is that
    direct quotation, unless a comma ends it first (« indique que la victime est dans un état grave, « le
    pronostic vital est engagé » »)."""
    doc = context.doc
    end = start
    while end < limit and doc[end].text != ":" and not (fold(doc[end].text) in QUE and doc[end - 1].pos_ == "CCONJ"):
        if doc[end].text == "," and end + 2 < limit and fold(doc[end + 1].text) == "mais" and fold(doc[end + 2].text) not in ADDITIVES:
            break  # « … avait fait sa part, mais il a … »: a new main clause (not « …, mais aussi … »)
        quote = context.inside_quote(doc[end].idx)
        if quote is not None and not _a_label_inside(context, quote, start):
            before = _trim(doc[start:end])
            if before is not None and doc[before.end].text == "," and any(finite_verb(t) for t in before):
                return before
            return None
        end += 1
    if end < limit and fold(doc[end].text) in QUE:
        end -= 1  # not the "et" before the next "que" clause
    body = _trim(doc[start:end])
    while body is not None:
        commas = [t.i for t in body if t.text == ","]
        if not commas or any(finite_verb(t) for t in doc[commas[-1] : body.end]) or not _an_aside(doc[commas[-1] + 1 : body.end]):
            break
        body = _trim(doc[body.start : commas[-1]])
    return body


def _an_aside(segment: Span) -> bool:
    """What trails a reported clause after its last comma and is no part of it: « …, avant de préciser »,
    « …, selon le maire », « …, précisant … »; not the clause's own object resuming after an aside (« que la
    région enregistre, avec 11,9 %, le troisième taux de chômage ») nor its purpose (« …, pour faire partie
    des effectifs »)."""
    first = next((t for t in segment if not t.is_space), None)
    return first is None or first.pos_ in ("ADP", "ADV", "VERB", "AUX", "SCONJ", "CCONJ", "PUNCT") and fold(first.text) not in PURPOSE


def _a_label_inside(context: Context, quote, start: int) -> bool:
    """A few quoted words inside the clause (« le label « Bienvenue vélo » »), not the clause going on in
    quotation marks."""
    words = [t for t in context.tokens(quote.start, quote.end) if t.is_alpha]
    before = context.doc[max(0, context.token_at(quote.open_at) - 1)]
    return (
        context.doc[start].idx < quote.open_at and len(words) <= 4 and quote.text(context.text)[:1].isupper()
        and before.pos_ in ("NOUN", "PROPN", "DET")  # « le label « … » », « l'opération « … » », « les « Vodun days » »
    )


def _verb_before_que(doc: Doc, que: int, start: int) -> Token:
    """The word before "que", skipping adverbs, time words and a comma-bounded aside ("a fait savoir,
    dans la soirée, que …", "a fait savoir vendredi soir qu'…")."""
    for j in range(que - 1, max(start, que - 14) - 1, -1):  # "a indiqué sur ses réseaux sociaux que …"
        if governs_speech(doc[j]):
            return doc[j]
        if finite_verb(doc[j]) or doc[j].text in (".", ";", ":"):
            break
    i = que - 1
    while i > start and (doc[i].is_space or doc[i].pos_ == "ADV" or fold(doc[i].text) in TIME_WORDS):
        i -= 1
    if doc[i].text == ",":
        j = i - 1
        while j > start and doc[j].text != "," and que - j < 10:
            j -= 1
        if doc[j].text == ",":
            i = j - 1
    return doc[i]


def _said_by_a_thing(verb: Token) -> bool:
    """« dément les allégations affirmant que … »: a participle completing a common noun that names no one
    reports what that thing says, not what the sentence's subject says."""
    head = verb.head
    thing = head.pos_ == "NOUN" and not is_role(head.text) and fold(head.text) not in organisation_nouns()
    return present_participle(verb) and verb.dep_ == "acl" and thing


def _participle_subject(context: Context, verb: Token, sentence: Span) -> Span | None:
    if "Part" in verb.morph.get("VerbForm") and verb.head.i != verb.i:
        return subject_of(context, verb.head, sentence)
    return None


def _trim(span: Span) -> Span | None:
    """The span without surrounding spaces, punctuation and connectors."""
    tokens = [t for t in span]
    while tokens and (tokens[0].is_space or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct and tokens[-1].text != "%"):  # « à 70 % »
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


def _main_clause_comma(doc: Doc, start: int, limit: int) -> int | None:
    """The comma after which the reported clause starts, past asides about the source — an apposition or a
    relative clause: "D'après X, paléontologue à Lyon, qui n'a pas participé aux travaux, les différences …"."""
    comma = _next_comma(doc, start, limit)
    while comma is not None:
        following = skip_space(doc, comma + 1, limit)
        if following >= limit:
            return None
        next_comma = next((t.i for t in doc[following:limit] if t.text == ","), None)
        segment = doc[following : next_comma or limit]
        aside = fold(doc[following].text) in ("qui", "dont") or next_comma is not None and not has_verb(segment)
        if not aside:
            return comma
        comma = next_comma
    return None


def _next_comma(doc: Doc, start: int, limit: int) -> int | None:
    for i in range(start, limit):
        if doc[i].text == ",":
            return i
        if not doc[i].is_space:
            return None
    return None




INDIRECT_SIEVES: list[IndirectSieve] = [
    IndirectSieve("selon", _opening_selon, 0.8, alone=True),
    IndirectSieve("incise", _closing_incise, 0.75),
    IndirectSieve("inner-incise", _inner_incise, 0.6),
    IndirectSieve("selon-after", _closing_selon, 0.6),
    IndirectSieve("que", _que_clauses, 0.72),
    IndirectSieve("comme", _comme, 0.75),
    IndirectSieve("selon-relative", _selon_relative, 0.7),
    IndirectSieve("said-before", _said_before, 0.75),
]
