"""Cues: the French patterns that introduce reported speech, and the speaker mentions they point to.

Shared by the attribution of quotations (`attribution`) and the detection of reported speech without marks
(`indirect`): a reporting incise ("a-t-il ajouté", "a déclaré X", "s'interroge X"), a cue preposition
("selon X", "d'après X"), the noun phrase of a speaker with its apposed name ("le porte-parole du
Pentagone John Kirby"), a verb's subject, and the sentence and quotation layout of the article (`Context`).
These functions find mentions (token spans); `people` resolves them to names.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    attitude_verbs, cue_prepositions, document_nouns, fold, honorifics, organisation_nouns, reflexive_verbs,
    reporting_phrases, reporting_verbs, roles,
)
from .marks import QuoteSpan
from .people import DE, PRONOUN_GENDER, strip_pronoun

SENTENCE_END = {".", "!", "?", "…", "..."}
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
AUXILIARIES = {"a", "avait", "aura", "aurait", "ont", "avaient", "est", "était", "sera", "serait", "eut"}
REFLEXIVES = {"s'", "se"}
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # the tagger's Tense is too noisy to tell "souffle" from "jugées"
OBJECT_CLITICS = {"lui", "leur", "me", "m'", "nous", "vous", "te", "t'", "l'", "le", "la", "les", "y", "en"}
INVERTED = {"il", "elle", "ils", "elles", "on"}
ARTICLES = {"le", "la", "l'", "les", "un", "une", "ce", "cette"}
QUE = ("que", "qu'")
TIME_WORDS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "soir", "matin", "midi", "après-midi", "dernier", "prochain", "encore", "aussi", "alors", "ensuite",
}
OPENING_MARKS = "«“‹‘\""
CLOSING_MARKS = "»”›’\""


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


class Context:
    """One parsed article with its quotation spans: sentence bounds and token lookups by character."""

    def __init__(self, doc: Doc, text: str, spans: list[QuoteSpan], names: list[tuple[int, int]]):
        self.doc = doc
        self.text = text  # the doc's text, which spaCy would rebuild from the tokens at every call
        self.top = [span for span in spans if span.depth == 0]
        self._opens = [span.open_at for span in self.top]
        self.token_starts = doc.to_array("IDX").tolist()
        strings = doc.vocab.strings
        self.words = [fold(strings[orth]) for orth in doc.to_array("ORTH").tolist()]  # cue matching reads them all
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
        return is_question(self.text[start:end])

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


def is_question(paragraph: str) -> bool:
    paragraph = paragraph.strip()
    return paragraph[:1] in "—–" and len(paragraph) > 1 or paragraph.endswith("?") and paragraph[:1] not in OPENING_MARKS


def _next_char(text: str, at: int) -> str | None:
    while at < len(text) and text[at] in " \u00a0\u202f\t":
        at += 1
    return text[at] if at < len(text) else None



def match_incise(context: Context, start: int, limit: int, any_verb: bool = False) -> Found | None:
    """A reporting incise starting at token `start`: "a-t-il ajouté", "juge-t-elle", "a déclaré X",
    "s'interroge X", "lui a-t-elle demandé", "a aussitôt rétorqué X".

    With an inverted subject ("a-t-il savouré", "sourit-elle") any verb makes an incise, and so does any verb
    with a speaker-like subject right after a quote (`any_verb`: "», l'a coupé l'élu X"); otherwise the verb
    must be a reporting verb, and a bare past participle ("jugées plus résistantes") is an adjective."""
    doc = context.doc
    i = skip_space(doc, start, limit)
    while i + 1 < limit and (fold(doc[i].text) in REFLEXIVES or fold(doc[i].text) in OBJECT_CLITICS and _verbal_next(doc, i + 1, limit)):
        i = skip_space(doc, i + 1, limit)
    pronoun, auxiliary = None, False
    if i < limit and fold(doc[i].text) in AUXILIARIES:
        auxiliary = True
        i, pronoun = _inverted(doc, skip_space(doc, i + 1, limit), limit)
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
    if subject is None or outside_lexicon and not plausible_speaker(context, subject):
        return None
    return Found(lemma, subject, subject.end)


def _verbal_next(doc: Doc, i: int, limit: int) -> bool:
    i = skip_space(doc, i, limit)
    return i < limit and (fold(doc[i].text) in AUXILIARIES | REFLEXIVES or doc[i].pos_ in ("VERB", "AUX"))


def _subject_after_complement(context: Context, i: int, limit: int) -> Span | None:
    """"a indiqué lors d'une conférence de presse le procureur …": the first speaker-like noun phrase
    after a complement of the verb, within a few words and before any punctuation or verb."""
    doc = context.doc
    for j in range(i + 1, min(limit, i + 10)):
        if doc[j].is_punct or finite_verb(doc[j]):
            return None
        if doc[j - 1].pos_ in ("NOUN", "PROPN", "ADV", "ADJ") and (doc[j].pos_ == "DET" or j in context.name_end or doc[j].text in honorifics()):
            subject = subject_phrase(context, j, limit)
            if subject is not None and plausible_speaker(context, subject):
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


def skip_space(doc: Doc, i: int, limit: int) -> int:
    while i < limit and doc[i].is_space:
        i += 1
    return i


def _skip_time_words(doc: Doc, i: int, limit: int) -> int:
    i = skip_space(doc, i, limit)
    while i < limit and (fold(doc[i].text) in TIME_WORDS or doc[i].pos_ == "ADV" and fold(doc[i].text) not in PRONOUN_GENDER):
        i = skip_space(doc, i + 1, limit)
    return i


def match_preposition(context: Context, start: int, limit: int, trailing: bool = False) -> Found | None:
    """"selon X", "d'après X", "pour X" starting at token `start`: the cue word and X (with its apposition).
    After a quote, "pour" is a purpose or a beneficiary ("pour le club"), never a source."""
    doc = context.doc
    i = skip_space(doc, start, limit)
    for cue in cue_prepositions():
        if trailing and cue == ("pour",):
            continue
        if tuple(context.words[i : min(limit, i + len(cue))]) == cue:
            subject = subject_phrase(context, skip_space(doc, i + len(cue), limit), limit)
            if subject is not None and (cue != ("pour",) or plausible_speaker(context, subject)):
                return Found(" ".join(cue), subject, subject.end)
    return None


def subject_phrase(context: Context, start: int, limit: int) -> Span | None:
    """The noun phrase of a speaker starting at `start`, extended to an apposed name:
    "le porte-parole du Pentagone John Kirby", "le maire (divers gauche), Étienne Roussel", "M. Kirby",
    "la préfecture du Var" (stopping before "dans un communiqué")."""
    doc = context.doc
    start = skip_space(doc, start, limit)
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
        if token.text in (",", "(", ";", ":", ".", "!", "?") or finite_verb(token) or fold(token.text) in ("qui", "que", "qu'", "dont"):
            break
        in_name = fold(token.text) == "pour" and doc[start + (doc[start].pos_ == "DET")].text[:1].isupper()
        if token.pos_ == "ADP" and fold(token.text) not in DE and end > start and not in_name:
            break
        end += 1
    if end == start:
        return None
    core = doc[start:end]
    apposed = _apposed_name(context, end, limit) or _apposed_organisation(doc, end, limit, core)
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
        if finite_verb(token) or token.text in (";", ":", ".") or fold(token.text) in ("qui", "que", "dont"):
            return None
        i += 1
        steps += 1
    return None


def _apposed_organisation(doc: Doc, i: int, limit: int, core: Span) -> int | None:
    """"son équipe, Wallonie Cycling, …": an organisation noun phrase followed by the organisation's name."""
    if not any(fold(t.text) in organisation_nouns() for t in core) or i + 1 >= limit or doc[i].text != ",":
        return None
    if doc[i + 1].ent_type_ != "ORG" or doc[i + 1].ent_iob_ != "B":
        return None
    end = i + 2
    while end < limit and doc[end].ent_iob_ == "I":
        end += 1
    return end


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
                    return mention_around(context, child, within)
        if node.dep_ not in ("conj", "xcomp", "advcl"):
            break
    return None


def mention_around(context: Context, head: Token, within: Span) -> Span:
    """The mention headed by `head`: a pronoun, a name, or its noun phrase with an apposed name."""
    if head.text == "-t" and head.i + 1 < len(context.doc):
        head = context.doc[head.i + 1]  # "a-t-elle": the parser makes "-t" the subject
    if head.pos_ == "PRON":
        return context.doc[head.i : head.i + 1]
    while head.dep_ in ("nmod", "flat:name") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        head = head.head  # "la direction de l'usine Vantrel": the phrase, not its complement
    head = _organisation_before_name(context, head)
    if _after_de(context.doc, head.i):
        head = _governing_noun(context.doc, head.i) or head
    head = _institution_head(context.doc, head)
    for start, end in context.name_end.items():
        if start <= head.i < end:
            return context.doc[start:end]
    left = min((t.i for t in head.subtree if t.i >= within.start and t.dep_ not in ("case", "punct")), default=head.i)
    named = _name_before_apposition(context.doc, left)
    if named is not None:
        return named
    phrase = subject_phrase(context, left, within.end)
    return phrase if phrase is not None else context.doc[head.i : head.i + 1]


def nearest_speaker_before(context: Context, start: int, verb: Token) -> Span | None:
    """When the parse gives the verb no subject: the last name or subject before it in the clause."""
    clause = context.doc[start : verb.i]
    for token in reversed(clause):
        if token.i in context.name_end and not _after_de(context.doc, token.i):
            return context.doc[token.i : context.name_end[token.i]]
        speaker_noun = token.pos_ == "NOUN" and (fold(token.text) in organisation_nouns() or fold(token.text) in roles())
        subject = token.dep_ in SUBJECT_DEPS and token.pos_ in ("NOUN", "PROPN", "PRON") and fold(token.text) not in ("qui", "que")
        if subject or speaker_noun and token.i > 0 and token.doc[token.i - 1].pos_ == "DET" and not _after_de(token.doc, token.i - 1):
            mention = mention_around(context, token, clause)
            if plausible_speaker(context, mention):
                return mention
    return None






def _antecedent(context: Context, relative: Token) -> Span | None:
    """"M. Haddouche, qui a qualifié …": the noun phrase the relative pronoun stands for — the noun its
    clause is attached to, else the words just before it."""
    clause = relative.head
    if clause.dep_ == "acl:relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return mention_around(context, clause.head, context.doc[:])
    i = relative.i - 1
    while i >= 0 and (context.doc[i].is_space or context.doc[i].text == ","):
        i -= 1
    if i < 0:
        return None
    for start, end in context.name_end.items():
        if start <= i < end:
            return context.doc[start:end]
    return mention_around(context, context.doc[i], context.doc[:])


def governs_speech(token: Token) -> bool:
    """A reporting verb, used as a verb, that can make its object reported speech (not "redouter")."""
    lemma = reporting_lemma(token)
    return lemma is not None and lemma not in attitude_verbs() and _verbal(token)


def _verbal(token: Token) -> bool:
    """A reporting verb form used as a verb ("a communiqué"), not a noun ("un communiqué")."""
    if token.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    return token.pos_ == "NOUN" and not any(child.dep_ == "det" for child in token.children)


def _name_before_apposition(doc: Doc, left: int) -> Span | None:
    """"Données et Libertés, une association de défense …, dénonce": the capitalised name that an
    indefinite description stands in apposition to."""
    if left < 2 or fold(doc[left].text) not in ("un", "une") or doc[left - 1].text != ",":
        return None
    start = left - 1
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].pos_ in ("CCONJ", "ADP", "DET") and start > 1 and doc[start - 2].text[:1].isupper()):
        start -= 1
    if start == left - 1 or not doc[start].text[:1].isupper():
        return None
    return doc[start : left - 1]


def _organisation_before_name(context: Context, head: Token) -> Token:
    """"(la direction de) l'usine Vantrel" seen from "Vantrel": the organisation noun the name is attached to."""
    doc = context.doc
    start = next((s for s, e in context.name_end.items() if s <= head.i < e), None)
    if start is None or start == 0:
        return head
    before = doc[start - 1]
    return before if before.pos_ == "NOUN" and fold(before.text) in organisation_nouns() else head


def _institution_head(doc: Doc, head: Token) -> Token:
    """"le Conseil international pour l'exploration de la mer" seen from "exploration": the capitalised noun
    whose name goes on with "pour"."""
    j = head.i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 1 or fold(doc[j].text) != "pour":
        return head
    k = j - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1
    return doc[k] if k >= 0 and doc[k].text[:1].isupper() and doc[k].pos_ in ("NOUN", "PROPN") else head


def _governing_noun(doc: Doc, i: int) -> Token | None:
    """"la direction de l'usine Vantrel" seen from "Vantrel": the first noun of the phrase it completes."""
    j = i - 1
    while j >= 0 and (doc[j].pos_ in ("DET", "ADJ", "NOUN", "ADP", "SPACE") or doc[j].text in honorifics()) and doc[j].text != ",":
        j -= 1
    nouns = [t for t in doc[j + 1 : i] if t.pos_ == "NOUN"]
    return nouns[0] if nouns else None


def _after_de(doc: Doc, i: int) -> bool:
    """Whether the word at token i is a complement: "l'avocat de (Mme) Clavreul", "la direction de l'usine"."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text in honorifics() or fold(doc[i].text) in ("l'", "la", "le", "les")):
        i -= 1
    return i >= 0 and fold(doc[i].text) in ("de", "du", "d'", "des")




def main_verb(clause: Span) -> Token | None:
    """The predicate of a clause that has a subject in it (a verb, or an adjective with its copula)."""
    predicates = [t for t in clause if any(c.dep_ in SUBJECT_DEPS and clause.start <= c.i < clause.end for c in t.children)]
    rooted = [t for t in predicates if t.dep_ == "ROOT"]
    return (rooted or predicates or [None])[0]




def plausible_speaker(context: Context, mention: Span) -> bool:
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
    if any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" and t.i > mention.start for t in mention):
        return True  # "le gestionnaire du réseau Enedis"
    head = next((t for t in mention if t.pos_ in ("NOUN", "PROPN")), None)
    if head is not None and fold(head.text) in document_nouns():
        return word in ARTICLES  # "le communiqué", "un rapport de la Cour", not "leur lettre de licenciement"
    return head is not None and (
        fold(head.text) in roles() or fold(head.text) in organisation_nouns() or head.pos_ == "PROPN"
        or head.text[:1].isupper() or head.ent_type_ in ("ORG", "PER")
    )


def has_verb(span: Span) -> bool:
    """A clause, not a noun phrase: some verb that is not an infinitive (the tagger often takes a finite
    verb for a participle, so finiteness itself is not required), or a word with a subject of its own (the
    tagger sometimes takes a verb for a noun: "ce type d'épisode risque de se multiplier")."""
    return any(
        t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm")
        or any(c.dep_ in SUBJECT_DEPS and span.start <= c.i < span.end for c in t.children)
        for t in span
    )


def finite_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def verb_lemma(token: Token | None) -> str | None:
    if token is None:
        return None
    return reporting_lemma(token) or token.lemma_ or None


def cue_words() -> set[str]:
    return {" ".join(cue) for cue in cue_prepositions()}

