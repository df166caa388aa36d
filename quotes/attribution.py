"""Attribution: for each quotation span, the cue that introduces it and the mention of its speaker.

Ordered sieves, most precise first (after Muzny et al. 2017, "A two-stage sieve approach for quote
attribution"): an incise inside the quote, an incise after it, a colon lead-in, « selon X », a reporting verb
governing a partial quote, the previous quote of the same sentence; then marks with no cue around a short span
are terms (titles, nicknames, scare quotes), and whole sentences in marks fall back on the previous sentence's
subject or the last speaker. The same incise and « selon » patterns find indirect speech without marks.

This module finds mentions (token spans); `people` resolves them to names.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    attitude_verbs, cue_prepositions, fold, honorifics, naming_verbs, naming_words, que_not_complement, nickname_verbs, organisation_nouns, reflexive_verbs,
    reporting_phrases, reporting_verbs, roles, title_nouns,
)
from .marks import QuoteSpan
from .people import PLURAL_PRONOUNS, PRONOUN_GENDER, strip_pronoun

SENTENCE_END = {".", "!", "?", "…", "..."}
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
AUXILIARIES = {"a", "avait", "aura", "aurait", "ont", "avaient", "est", "était", "sera", "serait", "eut"}
REFLEXIVES = {"s'", "se"}
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # the tagger's Tense is too noisy to tell "souffle" from "jugées"
OBJECT_CLITICS = {"lui", "leur", "me", "m'", "nous", "vous", "te", "t'", "l'", "le", "la", "les", "y", "en"}
INVERTED = {"il", "elle", "ils", "elles", "on"}
TIME_WORDS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "soir", "matin", "midi", "après-midi", "dernier", "prochain", "encore", "aussi", "alors", "ensuite",
}
OPENING_MARKS = "«“‹‘\""
CLOSING_MARKS = "»”›’\""
TERM_MAX_WORDS = 5


@dataclass
class Cue:
    sieve: str  # the rule that found it: incise, inner-incise, colon, selon, verb, previous-quote, …
    verb: str | None  # lemma of the reporting verb, or the cue word ("selon")
    mention: Span | None  # the speaker mention
    confidence: float


@dataclass(frozen=True)
class Found:
    """A cue matched at some token: the verb lemma (or cue word), the speaker mention, the token after it."""

    lemma: str
    mention: Span
    end: int


@dataclass
class Attribution:
    span: QuoteSpan
    kind: str  # direct or term
    cue: Cue | None
    about: Span | None = None


@dataclass
class IndirectSpeech:
    start: int
    end: int
    cue: Cue


class Context:
    """One parsed article with its quotation spans: sentence bounds and token lookups by character."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], names: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds Doc.text from the tokens at every call
        self.top = [span for span in spans if span.depth == 0]
        self._opens = [span.open_at for span in self.top]
        self.token_starts = [token.idx for token in doc]
        self.name_end = {start: end for start, end in names}
        self.sentence_starts = self._sentence_starts()

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.token_starts, char) - 1)

    def tokens(self, start_char: int, end_char: int) -> Span:
        first = bisect_right(self.token_starts, start_char - 1)
        last = bisect_right(self.token_starts, end_char - 1)
        return self.doc[first:last]

    def inside_quote(self, char: int) -> QuoteSpan | None:
        i = bisect_right(self._opens, char) - 1  # top-level spans are disjoint and sorted
        return self.top[i] if i >= 0 and char < self.top[i].close_at else None

    def _sentence_starts(self) -> list[int]:
        """Sentence starts (char offsets) outside quotes: after . ! ? … before a capital, an opening mark
        or a line break; after a closing mark whose quote ends a sentence; at every paragraph."""
        doc, text, starts = self.doc, self.text, [0]
        closes = {span.close_at: span for span in self.top}
        for token in doc:
            end = token.idx + len(token.text)
            if token.is_space and "\n" in token.text and not self.inside_quote(token.idx):
                starts.append(end)
            elif token.text in SENTENCE_END and not self.inside_quote(token.idx) or (
                token.text in CLOSING_MARKS and end in closes and text[closes[end].end - 1 : closes[end].end] in "!?.…"
            ):
                following = _next_char(text, end)
                if following is None or following.isupper() or following in OPENING_MARKS + "—–-":
                    starts.append(end)
        return sorted(set(starts))

    def sentence(self, char: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, char) - 1
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def paragraph(self, char: int) -> tuple[int, int]:
        text = self.text
        end = text.find("\n", char)
        return text.rfind("\n", 0, char) + 1, len(text) if end < 0 else end

    def previous_paragraph(self, char: int) -> str:
        start, _ = self.paragraph(char)
        before = self.text[:start].rstrip()
        return before[before.rfind("\n") + 1 :]

    def in_question(self, char: int) -> bool:
        """Whether `char` is in an interviewer's question: a paragraph that opens with a dash or ends with "?"."""
        start, end = self.paragraph(char)
        return _is_question(self.text[start:end])

    def left(self, index: int) -> Span:
        """Tokens before quote `index` in its sentence, after any earlier quote of that sentence."""
        span = self.top[index]
        start, _ = self.sentence(span.open_at)
        if index and self.top[index - 1].close_at > start:
            start = self.top[index - 1].close_at
        return self.tokens(start, span.open_at)

    def right(self, index: int) -> Span:
        """Tokens after quote `index` up to the end of its sentence or the next quote."""
        span = self.top[index]
        _, end = self.sentence(max(span.close_at - 1, span.open_at))
        if index + 1 < len(self.top) and self.top[index + 1].open_at < end:
            end = self.top[index + 1].open_at
        return self.tokens(span.close_at, end)


def _is_question(paragraph: str) -> bool:
    paragraph = paragraph.strip()
    return paragraph[:1] in "—–" and len(paragraph) > 1 or paragraph.endswith("?") and paragraph[:1] not in OPENING_MARKS


def _next_char(text: str, at: int) -> str | None:
    while at < len(text) and text[at] in " \u00a0\u202f\t":
        at += 1
    return text[at] if at < len(text) else None


# -- direct quotes ------------------------------------------------------------------------------------------
def attribute_quotes(context: Context) -> list[Attribution]:
    """An attribution for every top-level quotation span of the article, in order."""
    results: list[Attribution] = []
    for index, span in enumerate(context.top):
        attribution = _attribute(context, index, results)
        attribution.about = _about(context, index) if attribution.kind == "direct" else None
        results.append(attribution)
    return results


def _attribute(context: Context, index: int, earlier: list[Attribution]) -> Attribution:
    span = context.top[index]
    left, right = context.left(index), context.right(index)
    for sieve in (_inner_incise, _trailing_cue, _colon_lead_in, _leading_preposition):
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
        if start != right.start and any(_finite_verb(t) for t in context.doc[right.start : start - 1]):
            break  # « Gustave » sera exposé …, a annoncé X: the incise reports the clause, not the quote
        right_after = start == right.start or _only_punct(right, start)
        found = match_incise(context, start, right.end, any_verb=right_after) or match_preposition(context, start, right.end, trailing=True)
        if found is not None:
            sieve = "selon" if found.lemma in _cue_words() else "incise"
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
    verb = _main_verb(clause)
    mention = subject_of(context, verb, clause) if verb is not None else None
    if mention is None:
        mention = _first_noun_phrase(context, clause)
    if mention is None:
        return None
    return Cue("colon", verb_lemma(verb) if verb is not None else None, mention, 0.88)


def _leading_preposition(context: Context, index: int, left: Span, right: Span) -> Cue | None:
    """Selon X, « … » / Pour X, qui …, « … »: the cue opens the sentence or follows a comma."""
    starts = [left.start] + [t.i + 1 for t in left if t.text == ","]
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
    verbs = [t for t in left if _governs_speech(t)]
    if not verbs:
        return None
    verb = verbs[-1]
    sentence_start = context.tokens(*context.sentence(verb.idx)).start
    candidates = (subject_of(context, verb, left), _agent_after(context, right), _nearest_speaker_before(context, sentence_start, verb))
    mention = next((m for m in candidates if m is not None and _plausible_speaker(context, m)), None)
    if mention is None:
        return None
    return Cue("verb", verb_lemma(verb), mention, 0.85)


def _same_sentence_quote(context: Context, index: int, left: Span, earlier: list[Attribution]) -> Cue | None:
    """"un vrai dialogue social" et "des engagements écrits": a quote coordinated with the previous one."""
    if not index or not earlier or earlier[-1].cue is None or earlier[-1].kind != "direct":
        return None
    previous = context.top[index - 1]
    if context.sentence(previous.open_at)[0] != context.sentence(context.top[index].open_at)[0]:
        return None
    if any(_finite_verb(t) for t in left):
        return None
    cue = earlier[-1].cue
    return Cue("previous-quote", cue.verb, cue.mention, cue.confidence * 0.9)


def _fallback(context: Context, index: int, earlier: list[Attribution]) -> Cue | None:
    """A quote standing alone: an interview answer (after a question, the interviewee's), else the subject of
    the sentence just before it (« Le ministre s'est voulu rassurant. « … » »), else the speaker of the
    previous quote when it is close."""
    span = context.top[index]
    paragraph_start, _ = context.paragraph(span.open_at)
    if not context.text[paragraph_start : span.open_at].strip() and _is_question(context.previous_paragraph(span.open_at)):
        interviewee = _interviewee(context)
        if interviewee is not None:
            return Cue("interview", None, interviewee, 0.8)
    start, _ = context.sentence(span.open_at)
    if start > 0:
        previous_start, _ = context.sentence(start - 1)
        clause = context.tokens(previous_start, start)
        if not any(context.inside_quote(t.idx) for t in clause):
            verb = _main_verb(clause)
            mention = subject_of(context, verb, clause) if verb is not None else None
            if mention is not None and _plausible_speaker(context, mention):
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
    """Whose aims a quote reports: « L'objectif du maire « est de … » »: the quote completes a subject noun
    phrase, with no verb of its own, that names a person."""
    span = context.top[index]
    inside = [t for t in context.tokens(span.start, span.end) if not t.is_space]
    if not inside or not inside[0].text[:1].islower() or inside[0].pos_ not in ("AUX", "VERB"):
        return None
    left = [t for t in context.left(index) if not t.is_space]
    if not left or any(_finite_verb(t) or t.text == ":" for t in left):
        return None
    for token in reversed(left):
        if token.i in context.name_end:
            return context.doc[token.i : context.name_end[token.i]]
        if fold(token.text) in roles() and token.pos_ in ("NOUN", "PROPN"):
            return context.doc[token.i - (token.i > 0 and context.doc[token.i - 1].pos_ == "DET") : token.i + 1]
    if fold(left[0].text) in ("son", "sa", "ses"):
        return context.doc[left[0].i : left[0].i + 2]  # "Son intention « n'a jamais été … »": its owner
    return None


# -- indirect speech ---------------------------------------------------------------------------------------------
def find_indirect(context: Context) -> list[IndirectSpeech]:
    """Reported speech without marks: « Selon lui, … », « …, a-t-il prévenu. », « X a annoncé que … »."""
    found: list[IndirectSpeech] = []
    bounds = context.sentence_starts + [len(context.text)]
    for start, end in zip(bounds, bounds[1:]):
        sentence = context.tokens(start, end)
        words = [t for t in sentence if not t.is_space]
        if len(words) < 4:
            continue
        found.extend(speech for speech in _indirect_in(context, sentence, words) if not _holds_a_quote(context, speech))
    return found


def _holds_a_quote(context: Context, speech: IndirectSpeech) -> bool:
    """A reported clause with a quotation in it is that direct quotation, not also indirect speech."""
    return any(speech.start < span.close_at and span.open_at < speech.end for span in context.top)


def _indirect_in(context: Context, sentence: Span, words: list[Token]) -> list[IndirectSpeech]:
    results = []
    opening = match_preposition(context, words[0].i, sentence.end)
    if opening is not None:
        lemma, mention = opening.lemma, opening.mention
        comma = _main_clause_comma(context.doc, mention.end, sentence.end)
        if comma is not None and _plausible_speaker(context, mention):
            body = _trim(context.doc[comma + 1 : sentence.end])
            if body is not None and _has_verb(body):
                results.append(IndirectSpeech(body.start_char, body.end_char, Cue("selon", lemma, mention, 0.85)))
                return results
    for token in words:
        if token.text != ",":
            continue
        found = match_incise(context, token.i + 1, sentence.end) or match_preposition(context, token.i + 1, sentence.end, trailing=True)
        if found is None or _subject_before(context, token.i, found) or not _plausible_speaker(context, found.mention):
            continue
        body = _trim(context.doc[words[0].i : token.i])
        if body is not None and _has_verb(body) and _ends_clause(context.doc, found.end, sentence.end):
            sieve = "selon" if found.lemma in _cue_words() else "incise"
            results.append(IndirectSpeech(body.start_char, body.end_char, Cue(sieve, found.lemma, found.mention, 0.85)))
            break
    results.extend(_que_clauses(context, sentence))
    return results


def _subject_before(context: Context, comma: int, found: Found) -> bool:
    """"Le gouverneur, Oleh Marchenko, a remercié Paris": the verb's subject, a possible speaker, stands
    before the comma, so this is the main clause, not an incise with "Paris" for subject."""
    doc = context.doc
    verbs = [t for t in doc[comma + 1 : found.mention.start] if t.pos_ in ("VERB", "AUX")]
    subjects = [c for verb in verbs for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < comma]
    return any(_plausible_speaker(context, _mention_around(context, s, doc[: comma])) for s in subjects)


def _ends_clause(doc: Doc, end: int, limit: int) -> bool:
    """After an incise's subject: the sentence ends, or goes on with a participle or a complement only."""
    rest = []
    for token in doc[end:limit]:
        if fold(token.text) in ("qui", "dont"):
            break  # "a précisé M. Kervella, qui espère …": a relative clause about the speaker
        rest.append(token)
    return not any(_finite_verb(t) for t in rest if not _reported_by_participle(t))


def _reported_by_participle(token: Token) -> bool:
    node = token
    for _ in range(4):
        if "Part" in node.morph.get("VerbForm") and "Pres" in node.morph.get("Tense"):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _que_clauses(context: Context, sentence: Span) -> list[IndirectSpeech]:
    """X a annoncé que … / a fait savoir que … / précisant que …: a reporting verb, then "que" and a clause
    (to the end of the sentence); the speaker is the verb's subject."""
    results = []
    doc = context.doc
    for token in sentence:
        if fold(token.text) not in ("que", "qu'") or token.i == sentence.start or fold(doc[token.i - 1].text) in que_not_complement():
            continue
        verb = _verb_before_que(doc, token.i, sentence.start)
        if not _governs_speech(verb):
            continue
        mention = (subject_of(context, verb, sentence) or _participle_subject(context, verb, sentence)
                   or _nearest_speaker_before(context, sentence.start, verb))
        if mention is None:
            continue
        body = _reported_clause(context, token.i + 1, sentence.end)
        if body is not None and _has_verb(body):
            results.append(IndirectSpeech(body.start_char, body.end_char, Cue("que", reporting_lemma(verb), mention, 0.8)))
    return results


def _reported_clause(context: Context, start: int, limit: int) -> Span | None:
    """The clause after "que": up to a colon, a quotation or the next "que" clause, without a trailing
    aside that has no finite verb ("…, avant de préciser")."""
    doc = context.doc
    end = start
    while end < limit and doc[end].text != ":" and not (fold(doc[end].text) in ("que", "qu'") and doc[end - 1].pos_ == "CCONJ"):
        if context.inside_quote(doc[end].idx):
            return None  # the clause goes on in quotation marks: it is that direct quotation
        end += 1
    body = _trim(doc[start:end])
    while body is not None:
        commas = [t.i for t in body if t.text == ","]
        if not commas or any(_finite_verb(t) for t in doc[commas[-1] : body.end]):
            break
        body = _trim(doc[body.start : commas[-1]])
    return body


def _verb_before_que(doc: Doc, que: int, start: int) -> Token:
    """The word before "que", skipping adverbs, time words and a comma-bounded aside ("a fait savoir,
    dans la soirée, que …", "a fait savoir vendredi soir qu'…")."""
    for j in range(que - 1, max(start, que - 8) - 1, -1):  # "a indiqué sur ses réseaux sociaux que …"
        if _governs_speech(doc[j]):
            return doc[j]
        if _finite_verb(doc[j]) or doc[j].text in (".", ";", ":"):
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


def _participle_subject(context: Context, verb: Token, sentence: Span) -> Span | None:
    if "Part" in verb.morph.get("VerbForm") and verb.head is not verb:
        return subject_of(context, verb.head, sentence)
    return None


def _trim(span: Span) -> Span | None:
    """The span without surrounding spaces, punctuation and connectors."""
    tokens = [t for t in span]
    while tokens and (tokens[0].is_space or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


def _main_clause_comma(doc: Doc, start: int, limit: int) -> int | None:
    """The comma after which the reported clause starts, past asides about the source — an apposition or a
    relative clause: "D'après X, paléontologue à Lyon, qui n'a pas participé aux travaux, les différences …"."""
    comma = _next_comma(doc, start, limit)
    while comma is not None:
        following = _skip_space(doc, comma + 1, limit)
        if following >= limit:
            return None
        next_comma = next((t.i for t in doc[following:limit] if t.text == ","), None)
        segment = doc[following : next_comma or limit]
        aside = fold(doc[following].text) in ("qui", "dont") or next_comma is not None and not _has_verb(segment)
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


# -- patterns shared by the sieves ---------------------------------------------------------------------------------
def match_incise(context: Context, start: int, limit: int, any_verb: bool = False) -> Found | None:
    """A reporting incise starting at token `start`: "a-t-il ajouté", "juge-t-elle", "a déclaré X",
    "s'interroge X", "lui a-t-elle demandé", "a aussitôt rétorqué X".

    With an inverted subject ("a-t-il savouré", "sourit-elle") any verb makes an incise, and so does any verb
    with a speaker-like subject right after a quote (`any_verb`: "», l'a coupé l'élu X"); otherwise the verb
    must be a reporting verb, and a bare past participle ("jugées plus résistantes") is an adjective."""
    doc = context.doc
    i = _skip_space(doc, start, limit)
    while i + 1 < limit and (fold(doc[i].text) in REFLEXIVES or fold(doc[i].text) in OBJECT_CLITICS and _verbal_next(doc, i + 1, limit)):
        i = _skip_space(doc, i + 1, limit)
    pronoun, auxiliary = None, False
    if i < limit and fold(doc[i].text) in AUXILIARIES:
        auxiliary = True
        i, pronoun = _inverted(doc, _skip_space(doc, i + 1, limit), limit)
        while i < limit and (doc[i].pos_ == "ADV" or doc[i].is_space) and reporting_lemma(doc[i]) is None:
            i += 1
    if i >= limit:
        return None
    if i + 1 < limit and " " in (reporting_lemma(doc[i + 1]) or ""):
        i += 1  # "a fait savoir": the phrase ends on its last word
    lemma, attached = _verb_with_clitic(doc[i])
    after, inverted = _inverted(doc, i + 1, limit)
    pronoun = pronoun or inverted
    outside_lexicon = lemma is None and doc[i].pos_ in ("VERB", "AUX")
    if outside_lexicon and (pronoun is not None or attached or any_verb):
        lemma = fold(doc[i].text).split("-")[0]  # an incise with a verb outside the lexicon
    if lemma is None:
        return None
    if attached is not None:
        return Found(lemma, doc[i : i + 1], i + 1)
    if pronoun is not None:
        return Found(lemma, pronoun, max(after, pronoun.end))
    if not auxiliary and fold(doc[i].text).endswith(PAST_PARTICIPLE_ENDINGS):
        return None
    subject_start = _skip_time_words(doc, after, limit)
    subject = subject_phrase(context, subject_start, limit) or _subject_after_complement(context, subject_start, limit)
    if subject is None or outside_lexicon and not _plausible_speaker(context, subject):
        return None
    return Found(lemma, subject, subject.end)


def _verbal_next(doc: Doc, i: int, limit: int) -> bool:
    i = _skip_space(doc, i, limit)
    return i < limit and (fold(doc[i].text) in AUXILIARIES | REFLEXIVES or doc[i].pos_ in ("VERB", "AUX"))


def _subject_after_complement(context: Context, i: int, limit: int) -> Span | None:
    """"a indiqué lors d'une conférence de presse le procureur …": the first speaker-like noun phrase
    after a complement of the verb, within a few words and before any punctuation or verb."""
    doc = context.doc
    for j in range(i + 1, min(limit, i + 10)):
        if doc[j].is_punct or _finite_verb(doc[j]):
            return None
        if doc[j - 1].pos_ in ("NOUN", "PROPN", "ADV", "ADJ") and (doc[j].pos_ == "DET" or j in context.name_end or doc[j].text in honorifics()):
            subject = subject_phrase(context, j, limit)
            if subject is not None and _plausible_speaker(context, subject):
                return subject
    return None


def reporting_lemma(token: Token) -> str | None:
    """The lemma of the reporting verb ending at `token` ("ajouté", "fait savoir", "met en garde")."""
    word = fold(token.text)
    for words, lemma in reporting_phrases().get(word, {}).items():
        first = token.i - len(words) + 1
        if first >= 0 and tuple(fold(t.text) for t in token.doc[first : token.i + 1]) == words:
            return lemma
    lemma = reporting_verbs().get(word)
    if lemma in reflexive_verbs() and not _reflexive_before(token):
        return None
    return lemma


def _reflexive_before(token: Token) -> bool:
    """"s'emporte", "s'est emporté", "se sont emportés": se/s' within the three tokens before the verb."""
    before = token.doc[max(0, token.i - 3) : token.i]
    return any(fold(t.text) in REFLEXIVES for t in before) or "-" in token.text


def _verb_with_clitic(token: Token) -> tuple[str | None, str | None]:
    """'ajouté' -> ('ajouter', None); 'estime-t-elle' -> ('estimer', 'elle') when spaCy kept one token."""
    word = fold(token.text)
    lemma = reporting_lemma(token)
    if lemma is not None:
        return lemma, None
    if "-" in word:
        base, _, clitic = word.partition("-")
        clitic = strip_pronoun(clitic)
        if clitic in INVERTED:
            return reporting_verbs().get(base), clitic
    return None, None


def _inverted(doc: Doc, i: int, limit: int) -> tuple[int, Span | None]:
    """Skip an inverted subject clitic ("-t", "-il"); return the next index and the clitic, if any."""
    start = i
    while i < limit and doc[i].text.startswith("-") and strip_pronoun(doc[i].text) in INVERTED | {"t", ""}:
        i += 1
    clitics = [t for t in doc[start:i] if strip_pronoun(t.text) in INVERTED]
    return i, (doc[clitics[-1].i : clitics[-1].i + 1] if clitics else None)


def _skip_space(doc: Doc, i: int, limit: int) -> int:
    while i < limit and doc[i].is_space:
        i += 1
    return i


def _skip_time_words(doc: Doc, i: int, limit: int) -> int:
    i = _skip_space(doc, i, limit)
    while i < limit and (fold(doc[i].text) in TIME_WORDS or doc[i].pos_ == "ADV" and fold(doc[i].text) not in PRONOUN_GENDER):
        i = _skip_space(doc, i + 1, limit)
    return i


def match_preposition(context: Context, start: int, limit: int, trailing: bool = False) -> Found | None:
    """"selon X", "d'après X", "pour X" starting at token `start`: the cue word and X (with its apposition).
    After a quote, "pour" is a purpose or a beneficiary ("pour le club"), never a source."""
    doc = context.doc
    i = _skip_space(doc, start, limit)
    for cue in cue_prepositions():
        if trailing and cue == ("pour",):
            continue
        words = [fold(t.text) for t in doc[i : min(limit, i + len(cue))]]
        if tuple(words) == cue:
            subject = subject_phrase(context, _skip_space(doc, i + len(cue), limit), limit)
            if subject is not None and (cue != ("pour",) or _plausible_speaker(context, subject)):
                return Found(" ".join(cue), subject, subject.end)
    return None


def subject_phrase(context: Context, start: int, limit: int) -> Span | None:
    """The noun phrase of a speaker starting at `start`, extended to an apposed name:
    "le porte-parole du Pentagone John Kirby", "le maire (divers gauche), Étienne Roussel", "M. Kirby",
    "la préfecture du Var" (stopping before "dans un communiqué")."""
    doc = context.doc
    start = _skip_space(doc, start, limit)
    if start >= limit:
        return None
    first = doc[start]
    if first.pos_ == "PRON":
        return doc[start : start + 1] if strip_pronoun(first.text) in PRONOUN_GENDER | {"lui": "m", "eux": ""} else None
    if start not in context.name_end and first.pos_ not in ("DET", "NOUN", "PROPN") and first.text not in honorifics():
        return None
    if start in context.name_end:
        return doc[start : context.name_end[start]]
    end = start
    while end < limit:
        token = doc[end]
        if end in context.name_end:
            if not (_after_de(doc, end) and _head_is_role(doc[start:end])):
                return doc[start : context.name_end[end]]
            end = context.name_end[end]  # "l'avocat de M. Meunier, Me Antoine Berthier": look further
            continue
        if token.text in (",", "(", ";", ":", ".", "!", "?") or _finite_verb(token) or fold(token.text) in ("qui", "que", "qu'", "dont"):
            break
        if token.pos_ == "ADP" and fold(token.text) not in ("de", "du", "des", "d'") and end > start:
            break
        end += 1
    if end == start:
        return None
    core = doc[start:end]
    apposed = _apposed_name(context, end, limit)
    return doc[start:apposed] if apposed else core


def _apposed_name(context: Context, i: int, limit: int) -> int | None:
    """After a role noun phrase: "(divers gauche), Étienne Roussel", ", le Suédois Erik Lindqvist",
    "à l'environnement, Lars Holmberg". Returns the end of the name, or None."""
    doc = context.doc
    steps = 0
    while i < limit and steps < 12:
        token = doc[i]
        if i in context.name_end:
            return context.name_end[i]
        if _finite_verb(token) or token.text in (";", ":", ".") or fold(token.text) in ("qui", "que", "dont"):
            return None
        i += 1
        steps += 1
    return None


def _head_is_role(core: Span) -> bool:
    return any(fold(t.text) in roles() for t in core)


def subject_of(context: Context, verb: Token | None, within: Span) -> Span | None:
    """The subject mention of `verb`: its nsubj, or that of the verb it is coordinated with or auxiliary to."""
    if verb is None:
        return None
    for node in (verb, verb.head):
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS and within.start <= child.i < within.end:
                if fold(child.text) == "qui":
                    return _antecedent(context, child)
                if child.dep_ != "expl:subj" or strip_pronoun(child.text) in PRONOUN_GENDER:
                    return _mention_around(context, child, within)
        if node.dep_ not in ("conj", "xcomp", "advcl"):
            break
    return None


def _mention_around(context: Context, head: Token, within: Span) -> Span:
    """The mention headed by `head`: a pronoun, a name, or its noun phrase with an apposed name."""
    if head.pos_ == "PRON":
        return context.doc[head.i : head.i + 1]
    while head.dep_ in ("nmod", "flat:name") and head.head.pos_ == "NOUN" and head.head.i < head.i:
        head = head.head  # "la direction de l'usine Vantrel": the phrase, not its complement
    for start, end in context.name_end.items():
        if start <= head.i < end:
            return context.doc[start:end]
    left = min(t.i for t in head.subtree if t.i >= within.start)
    phrase = subject_phrase(context, left, within.end)
    return phrase if phrase is not None else context.doc[head.i : head.i + 1]


def _nearest_speaker_before(context: Context, start: int, verb: Token) -> Span | None:
    """When the parse gives the verb no subject: the last name or subject before it in the clause."""
    clause = context.doc[start : verb.i]
    for token in reversed(clause):
        if token.i in context.name_end and not _after_de(context.doc, token.i):
            return context.doc[token.i : context.name_end[token.i]]
        if token.dep_ in SUBJECT_DEPS and token.pos_ in ("NOUN", "PROPN", "PRON") and fold(token.text) not in ("qui", "que"):
            mention = _mention_around(context, token, clause)
            if _plausible_speaker(context, mention):
                return mention
    return None


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


def _antecedent(context: Context, relative: Token) -> Span | None:
    """"M. Haddouche, qui a qualifié …": the noun phrase the relative pronoun stands for — the noun its
    clause is attached to, else the words just before it."""
    clause = relative.head
    if clause.dep_ == "acl:relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return _mention_around(context, clause.head, context.doc[:])
    i = relative.i - 1
    while i >= 0 and (context.doc[i].is_space or context.doc[i].text == ","):
        i -= 1
    if i < 0:
        return None
    for start, end in context.name_end.items():
        if start <= i < end:
            return context.doc[start:end]
    return _mention_around(context, context.doc[i], context.doc[:])


def _governs_speech(token: Token) -> bool:
    """A reporting verb, used as a verb, that can make its object reported speech (not "redouter")."""
    lemma = reporting_lemma(token)
    return lemma is not None and lemma not in attitude_verbs() and _verbal(token)


def _verbal(token: Token) -> bool:
    """A reporting verb form used as a verb ("a communiqué"), not a noun ("un communiqué")."""
    if token.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    return token.pos_ == "NOUN" and not any(child.dep_ == "det" for child in token.children)


def _after_de(doc: Doc, i: int) -> bool:
    """Whether the name at token i is a complement: "l'avocat de (Mme) Clavreul"."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text in honorifics()):
        i -= 1
    return i >= 0 and fold(doc[i].text) in ("de", "du", "d'", "des")


def _agent_after(context: Context, right: Span) -> Span | None:
    """"qualifiée de « compromis historique » par la présidence française": the agent of a passive."""
    words = [t for t in right if not t.is_space]
    if words and fold(words[0].text) == "par":
        return subject_phrase(context, words[0].i + 1, right.end)
    return None


def _main_verb(clause: Span) -> Token | None:
    """The predicate of a clause that has a subject in it (a verb, or an adjective with its copula)."""
    predicates = [t for t in clause if any(c.dep_ in SUBJECT_DEPS and clause.start <= c.i < clause.end for c in t.children)]
    rooted = [t for t in predicates if t.dep_ == "ROOT"]
    return (rooted or predicates or [None])[0]


def _first_noun_phrase(context: Context, clause: Span) -> Span | None:
    for token in clause:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ in ("nsubj", "nsubj:pass"):
            return _mention_around(context, token, clause)
    return None


def _plausible_speaker(context: Context, mention: Span) -> bool:
    """Whether a noun phrase can be a speaker: a name, a singular pronoun, or a phrase headed by a role,
    an organisation noun or a proper noun ("pour la première fois" is not; "pour le club" is)."""
    if any(t.i in context.name_end for t in mention):
        return True
    first = next((t for t in mention if not t.is_space), None)
    if first is None:
        return False
    word = strip_pronoun(first.text)
    if first.pos_ == "PRON" or word in PRONOUN_GENDER:
        return word in PRONOUN_GENDER
    head = next((t for t in mention if t.pos_ in ("NOUN", "PROPN")), None)
    return head is not None and (
        fold(head.text) in roles() or fold(head.text) in organisation_nouns() or head.pos_ == "PROPN"
        or head.text[:1].isupper() or head.ent_type_ in ("ORG", "PER")
    )


def _has_verb(span: Span) -> bool:
    """A clause, not a noun phrase: some verb that is not an infinitive (the tagger often takes a finite
    verb for a participle, so finiteness itself is not required)."""
    return any(t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm") for t in span)


def _finite_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def verb_lemma(token: Token | None) -> str | None:
    if token is None:
        return None
    return reporting_lemma(token) or token.lemma_ or None


def _cue_words() -> set[str]:
    return {" ".join(cue) for cue in cue_prepositions()}
