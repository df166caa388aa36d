"""Attribution: for each quotation span, the cue that introduces it and the mention of its speaker.

Ordered sieves, most precise first (after Muzny et al. 2017, "A two-stage sieve approach for quote
attribution"): an incise inside the quote, an incise after it, a colon lead-in, « selon X », a reporting verb
governing a partial quote, the previous quote of the same sentence; then marks with no cue around a short span
are terms (titles, nicknames, scare quotes), and whole sentences in marks fall back on an interview's
interviewee, the previous sentence's subject or the last speaker. `about` finds whose aims a quote reports.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .cues import (
    QUE, Context, Cue, cue_words, finite_verb, governs_speech, is_question, main_verb, match_incise, match_preposition,
    mention_around, nearest_speaker_before, plausible_speaker, reporting_lemma, subject_of, subject_phrase, verb_lemma,
)
from .lexicon import fold, naming_verbs, naming_words, nickname_verbs, roles, title_nouns
from .people import PRONOUN_GENDER
from .marks import QuoteSpan

TERM_MAX_WORDS = 5


@dataclass
class Attribution:
    span: QuoteSpan
    kind: str  # direct or term
    cue: Cue | None
    about: Span | None = None


# -- direct quotes ------------------------------------------------------------------------------------------
def attribute_quotes(context: Context) -> list[Attribution]:
    """An attribution for every top-level quotation span of the article, in order."""
    results: list[Attribution] = []
    for index in range(len(context.top)):
        attribution = _attribute(context, index, results)
        attribution.about = _about(context, index) if attribution.kind == "direct" else None
        results.append(attribution)
    return results


def _attribute(context: Context, index: int, earlier: list[Attribution]) -> Attribution:
    span = context.top[index]
    left, right = context.left(index), context.right(index)
    for sieve in (_inner_incise, _trailing_cue, _leading_preposition, _colon_lead_in):
        cue = sieve(context, index, left, right)
        if cue is not None:
            return Attribution(span, "direct", _unclosed(cue, span))
    if _announces_term(left, span.text(context.text)) or _looks_like_a_title(context, span, left):
        return Attribution(span, "term", None)
    cue = _with_interviewee(context, _governing_verb(context, index, left, right)) or _same_sentence_quote(context, index, left, earlier)
    if cue is not None:
        return Attribution(span, "direct", _unclosed(cue, span))
    words = [t for t in context.tokens(span.start, span.end) if t.is_alpha]
    embedded = any(not t.is_space and not t.is_punct for t in list(left) + list(right))
    if embedded and len(words) <= TERM_MAX_WORDS:
        return Attribution(span, "term", None)
    return Attribution(span, "direct", _unclosed(_fallback(context, index, earlier), span))


def _unclosed(cue: Cue | None, span: QuoteSpan) -> Cue | None:
    if cue is not None and not span.closed:
        cue.confidence *= 0.7
    return cue


def _with_interviewee(context: Context, cue: Cue | None) -> Cue | None:
    if cue is not None and _addresses_interviewee(context, cue.mention):
        cue.mention = _interviewee(context)
    return cue


def _inner_incise(context: Context, index: int, left: Span, right: Span) -> Cue | None:
    """« Nous allons, a-t-elle expliqué, continuer. »"""
    span = context.top[index]
    inside = context.tokens(span.start, span.end)
    for token in inside:
        if token.text == "," and token.i + 1 < inside.end:
            found = match_incise(context, token.i + 1, inside.end)
            if found is not None and _closes_incise(context.doc, found.end, inside.end):
                return Cue("inner-incise", found.lemma, found.mention, 0.93)
    return None


def _closes_incise(doc: Doc, end: int, limit: int) -> bool:
    """The incise ends at a comma (or the quote's end), after at most a short complement ("à l'issue de la
    réunion") and no verb."""
    for i in range(end, min(limit, end + 8)):
        if doc[i].text in (",", ".", "!", "?", "…"):
            return True
        if doc[i].pos_ in ("VERB", "AUX"):
            return False
    return end + 8 > limit and not any(t.pos_ in ("VERB", "AUX") for t in doc[end:limit])


def _trailing_cue(context: Context, index: int, left: Span, right: Span) -> Cue | None:
    """« … », a-t-il ajouté. / « … » par la suite, a précisé M. Kirby. / « … », selon X."""
    starts = [right.start] + [t.i + 1 for t in right if t.text == ","]
    for start in starts:
        if start >= right.end:
            break
        if start != right.start and any(finite_verb(t) for t in context.doc[right.start : start - 1]):
            break  # « Gustave » sera exposé …, a annoncé X: the incise reports the clause, not the quote
        right_after = start == right.start or _only_punct(right, start)
        found = match_incise(context, start, right.end, any_verb=right_after) or match_preposition(context, start, right.end, trailing=True)
        if found is not None:
            sieve = "selon" if found.lemma in cue_words() else "incise"
            return Cue(sieve, found.lemma, found.mention, 0.95 if right_after else 0.85)
    return None


def _only_punct(right: Span, start: int) -> bool:
    return all(t.is_punct or t.is_space for t in right.doc[right.start : start])


def _colon_lead_in(context: Context, index: int, left: Span, right: Span) -> Cue | None:
    """La ministre a affirmé : « … » — the subject of the clause before the colon."""
    words = [t for t in left if not t.is_space]
    if not words or words[-1].text != ":":
        return None
    clause = context.doc[left.start : words[-1].i]
    verb = main_verb(clause)
    mention = subject_of(context, verb, clause) if verb is not None else None
    if mention is None:
        mention = _first_noun_phrase(context, clause)
    if mention is None:
        return None
    return Cue("colon", verb_lemma(verb) if verb is not None else None, mention, 0.88)


def _leading_preposition(context: Context, index: int, left: Span, right: Span) -> Cue | None:
    """Selon X, « … » / Pour X, qui …, « … »: the cue opens the sentence (and then covers every quote of
    it: "Pour X, le dispositif « va dans le bon sens », mais … : « … »") or follows a comma."""
    sentence_start = context.tokens(*context.sentence(context.top[index].open_at)).start
    starts = [sentence_start, left.start] + [t.i + 1 for t in left if t.text == ","]
    for start in starts:
        found = match_preposition(context, start, left.end)
        if found is not None:
            return Cue("selon", found.lemma, found.mention, 0.9)
    return None


def _announces_term(left: Span, quoted: str) -> bool:
    """A name, not speech: a naming word or verb just before the marks (surnommé « … », la notion d'« … »,
    on l'appelait « … »), or a title noun before a capitalised text (le film « Marée basse »)."""
    words = [t for t in left if not t.is_space and not t.is_punct]
    for token in reversed(words[-3:]):
        word = fold(token.text)
        if word in naming_words() or word in nickname_verbs() or _names_with_object(token):
            return True
        if word in title_nouns():
            return quoted[:1].isupper()
        if token.pos_ not in ("DET", "ADP", "ADJ"):
            return False
    return False


def _names_with_object(token: Token) -> bool:
    """"on l'appelait", "ils la surnomment": a naming verb after an object pronoun."""
    lemma = reporting_lemma(token)
    before = [t for t in token.doc[max(0, token.i - 3) : token.i] if not t.is_space]
    return lemma in naming_verbs() and any(fold(t.text) in ("l'", "le", "la", "les") and t.pos_ == "PRON" for t in before)


def _looks_like_a_title(context: Context, span: QuoteSpan, left: Span) -> bool:
    """« Sable noir », « La Relève », « Gustave » in the middle of a sentence: a short capitalised text with
    no verb and no final punctuation names a work or a thing; quoted speech mid-sentence is lowercase."""
    text = span.text(context.text)
    words = [t for t in context.tokens(span.start, span.end) if t.is_alpha]
    in_sentence = any(t.is_alpha for t in left) and not any(t.text == ":" for t in left)
    return (
        in_sentence and text[:1].isupper() and len(words) <= TERM_MAX_WORDS and text[-1:] not in "!?.…"
        and not any(t.pos_ in ("VERB", "AUX") for t in context.tokens(span.start, span.end))
    )


def _governing_verb(context: Context, index: int, left: Span, right: Span) -> Cue | None:
    """Il a qualifié le projet de « gâchis » / son capitaine évoquait une « décision … »: the last reporting
    verb of the clause before a partial quote, and its subject (or its agent, "par X", for a passive)."""
    verbs = [t for t in left if governs_speech(t)]
    if not verbs:
        return None
    verb = verbs[-1]
    sentence_start = context.tokens(*context.sentence(verb.idx)).start
    if _passive(verb):  # "le glacier a été déclaré « mort »": only an agent ("par X") says it
        candidates = (_agent_after(context, right),)
    else:
        candidates = (subject_of(context, verb, left), _agent_after(context, right), nearest_speaker_before(context, sentence_start, verb))
    mention = next((m for m in candidates if m is not None and plausible_speaker(context, m)), None)
    if mention is None:
        return None
    return Cue("verb", verb_lemma(verb), mention, 0.85)


def _passive(verb: Token) -> bool:
    return any(child.dep_ == "aux:pass" for child in verb.children) or fold(verb.doc[verb.i - 1].text) in ("été", "être")


def _same_sentence_quote(context: Context, index: int, left: Span, earlier: list[Attribution]) -> Cue | None:
    """"un vrai dialogue social" et "des engagements écrits": a quote coordinated with the previous one — by
    the same speaker, unless a new subject stands between them with the verb left out ("Il parle de
    « spoliation », elle d'une « occasion manquée »")."""
    if not index or not earlier or earlier[-1].cue is None or earlier[-1].kind != "direct":
        return None
    previous = context.top[index - 1]
    if context.sentence(previous.open_at)[0] != context.sentence(context.top[index].open_at)[0]:
        return None
    if any(finite_verb(t) for t in left):
        return None
    cue = earlier[-1].cue
    new_subject = next((t for t in left if fold(t.text) in PRONOUN_GENDER and t.pos_ == "PRON" or t.i in context.name_end), None)
    if new_subject is not None:
        end = context.name_end.get(new_subject.i, new_subject.i + 1)
        return Cue("previous-quote", cue.verb, context.doc[new_subject.i : end], cue.confidence * 0.8)
    return Cue("previous-quote", cue.verb, cue.mention, cue.confidence * 0.9)


def _fallback(context: Context, index: int, earlier: list[Attribution]) -> Cue | None:
    """A quote standing alone: an interview answer (after a question, the interviewee's), else the subject of
    the sentence just before it (« Le ministre s'est voulu rassurant. « … » »), else the speaker of the
    previous quote when it is close."""
    span = context.top[index]
    paragraph_start, _ = context.paragraph(span.open_at)
    if not context.text[paragraph_start : span.open_at].strip() and is_question(context.previous_paragraph(span.open_at)):
        interviewee = _interviewee(context)
        if interviewee is not None:
            return Cue("interview", None, interviewee, 0.8)
    start, _ = context.sentence(span.open_at)
    if start > 0:
        previous_start, _ = context.sentence(start - 1)
        clause = context.tokens(previous_start, start)
        if not any(context.inside_quote(t.idx) for t in clause):
            verb = main_verb(clause)
            mention = subject_of(context, verb, clause) if verb is not None else None
            if mention is not None and plausible_speaker(context, mention):
                return Cue("previous-sentence", verb_lemma(verb), mention, 0.6)
    for attribution in reversed(earlier):
        if attribution.kind == "direct" and attribution.cue is not None:
            if span.open_at - attribution.span.close_at < 400:
                cue = attribution.cue
                return Cue("previous-speaker", cue.verb, cue.mention, 0.5)
            break
    return None


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
        if token.i in context.name_end:
            return context.doc[token.i : context.name_end[token.i]]
        if fold(token.text) in roles() and token.pos_ in ("NOUN", "PROPN"):
            return context.doc[token.i - (token.i > 0 and context.doc[token.i - 1].pos_ == "DET") : token.i + 1]
    if fold(left[0].text) in ("son", "sa", "ses"):
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
