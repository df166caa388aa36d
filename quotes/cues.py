"""Cues: the French patterns that introduce reported speech.

Shared by the attribution of quotations (`attribution`) and the detection of reported speech without marks
(`indirect`): a reporting incise ("a-t-il ajouté", "a déclaré X", "s'interroge X"), a cue preposition
("selon X", "d'après X") and a reporting verb that governs what follows. Each match gives the verb's lemma
and the speaker mention (`mentions`), which `coreference` resolves to a name.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .layout import SENTENCE_END, Context
from .lexicon import (
    AUXILIARIES, BE_FORMS, CAUSATIVE_FORMS, COLLECTIVE_NOUNS, DE, DEMONSTRATIVE_DETERMINERS, INVERTED, LATTER, MONTHS, WEEKDAYS, OBJECT_CLITICS, ON_PLACES, PAST_PARTICIPLE_ENDINGS, POSSESSIVES, PRONOUN_GENDER, REFLEXIVES, SAID_CONNECTIVES, SOURCE_NOUNS, TIME_NOUNS,
    TIME_WORDS,
    attitude_verbs, continuation_verbs, cue_prepositions, document_nouns, expressing_verbs, fold, fold_title, honorifics, is_role, issuing, organisation_nouns, reflexive_verbs, reporting_phrases,
    reporting_verbs, strip_pronoun, unreflexive_verbs,
)
from .mentions import plausible_speaker, subject_phrase
from .names import after_media_noun
from .syntax import finite_verb, participle, present_participle, skip_space


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
    unknown: bool = False  # « s'est fait demander X » (X was asked), « était-il indiqué » (impersonal): not the speaker


def match_incise(context: Context, start: int, limit: int, any_verb: bool = False) -> Found | None:
    """A reporting incise starting at token `start`: "a-t-il ajouté", "juge-t-elle", "a déclaré X",
    "s'interroge X", "lui a-t-elle demandé", "a aussitôt rétorqué X".

    With an inverted subject ("a-t-il savouré", "sourit-elle") any verb makes an incise, and so does any verb
    with a speaker-like subject right after a quote (`any_verb`: "», l'a coupé l'élu X"); otherwise the verb
    must be a reporting verb, and a bare past participle ("jugées plus résistantes") is an adjective. Right
    after a quote, Quebec copy's « de dire X », « d'ajouter le ministre » is an incise too."""
    doc = context.doc
    i = skip_space(doc, start, limit)
    glued = i < limit and len(doc[i].text) > 1 and doc[i].text[0] in ".!?" and doc[i].text[1].isupper()
    if glued or 0 < i < limit and doc[i].text[:1].isupper() and doc[i - 1].text in SENTENCE_END:
        return None  # « … ».A la vallée de Joux, …: a new sentence, its space after the full stop left out
    if any_verb and i + 1 < limit and fold(doc[i].text) in DE and _infinitive_reporting(doc[i + 1]):
        i += 1  # "», de dire Guy Lapointe": the infinitive, then its subject
    while i + 1 < limit and (fold(doc[i].text) in REFLEXIVES or fold(doc[i].text) in OBJECT_CLITICS and _verbal_next(doc, i + 1, limit)):
        i = skip_space(doc, i + 1, limit)
    pronoun, auxiliary, finite = None, False, i
    if i < limit and fold(doc[i].text).rstrip("-") in AUXILIARIES:  # « a- t- il », typed with spaces
        auxiliary = True
        i, pronoun = _inverted(doc, skip_space(doc, i + 1, limit), limit)
        if pronoun is None and i + 1 < limit and fold(doc[i].text) in INVERTED and "Part" in doc[i + 1].morph.get("VerbForm"):
            pronoun, i = doc[i : i + 1], i + 1  # « s'est il adressé »: the hyphen left out
        while i < limit and (doc[i].pos_ == "ADV" or doc[i].is_space) and reporting_lemma(doc[i]) is None:
            i += 1
        i = _participle_after_aside(doc, i, limit)
    if i >= limit:
        return None
    if present_participle(doc[i]):
        return None  # « …, accusant Abidjan de … », « …, faisant état de … »: a participle clause, not an incise
    if i + 1 < limit and " " in (reporting_lemma(doc[i + 1]) or ""):
        i += 1  # "a fait savoir": the phrase ends on its last word
    elif i + 2 < limit and reporting_lemma(doc[i]) is None and fold(doc[i + 1].text) in ("à", "de", "d'", "par") and _infinitive_reporting(doc[i + 2]):
        i += 2  # « aime à dire X », « tient à préciser X », « a fini par admettre X »: the reporting infinitive
    addressee = _made_to_hear(doc, start, i, limit)
    impersonal = (  # « était-il indiqué », not « s'est-il exclamé »
        auxiliary and fold(doc[finite].text) in BE_FORMS and pronoun is not None and strip_pronoun(pronoun.text) == "il"
        and not any(fold(t.text) in REFLEXIVES for t in doc[start:finite])
        and not any(fold(t.text) in POSSESSIVES for t in doc[i + 1 : min(limit, i + 6)])  # « est-il écrit sur son compte »
    )
    if addressee:
        i += 1  # « s'est fait demander Mme X »: the verb is the infinitive, and X is who was asked
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
        source = _source_of_on(context, pronoun, max(after, pronoun.end), limit, impersonal)
        if source is not None:
            return Found(lemma, source, source.end, addressee)
        return Found(lemma, pronoun, max(after, pronoun.end), impersonal)
    if not auxiliary and fold(doc[i].text).endswith(PAST_PARTICIPLE_ENDINGS):
        return None
    subject_start = _skip_time_words(doc, after, limit)
    subject = subject_phrase(context, subject_start, limit) or _subject_after_complement(context, subject_start, limit)
    if subject is None or outside_lexicon and not plausible_speaker(context, subject) or _disagree(doc[finite], subject):
        return None
    return Found(lemma, subject, subject.end, addressee)


SINGULAR_IENT = re.compile(r"(?<!a)ient$")  # « prévient », « soutient »; but « réclamaient » is plural


def _disagree(verb: Token, subject: Span) -> bool:
    """« …, réclament l'abrogation de la loi »: a plural verb and a singular noun after it (or the reverse)
    are verb and object, not an inverted subject."""
    head = subject.root
    if head.pos_ != "NOUN" or any(t.pos_ == "CCONJ" for t in subject) or fold(head.text) in COLLECTIVE_NOUNS:
        return False  # « ont réagi une partie des agriculteurs »: the verb may agree with the plural after « de »
    determiner = next((child for child in head.children if child.dep_ == "det" and child.i < head.i), None)
    if determiner is None:
        return False
    word, number = fold(verb.text), determiner.morph.get("Number")  # « l'ONG »: the article tells, not the tagger
    plural_verb = "Plur" in verb.morph.get("Number") and word.endswith("nt") and not SINGULAR_IENT.search(word)  # « prévient »
    singular_verb = "Sing" in verb.morph.get("Number") and not word.endswith("nt")
    return plural_verb and "Sing" in number or singular_verb and "Plur" in number


def _made_to_hear(doc: Doc, start: int, i: int, limit: int) -> bool:
    """« s'est fait demander X »: a reflexive causative before a reporting infinitive, whose subject X was asked
    (not « a fait remarquer X », who spoke)."""
    causative = fold(doc[i].text) in CAUSATIVE_FORMS and i + 1 < limit and _infinitive_reporting(doc[i + 1])
    return causative and any(fold(t.text) in REFLEXIVES for t in doc[start:i])


def _participle_after_aside(doc: Doc, i: int, limit: int) -> int:
    """« a pour sa part déclaré », « a de son côté estimé », « a d'emblée dit », « a à nouveau dit »: the
    reporting participle after a short aside between the auxiliary and it (or `i` itself when there is none)."""
    for j in range(i, min(limit, i + 4)):
        participle = "Part" in doc[j].morph.get("VerbForm") or fold(doc[j].text).endswith(PAST_PARTICIPLE_ENDINGS) or doc[j].pos_ == "VERB"
        if reporting_lemma(doc[j]) is not None and participle:
            return j  # whatever the tagger made of the participle (« a par exemple assené »: an adverb; « dit »: a finite verb)
        if doc[j].is_punct or doc[j].pos_ not in ("ADP", "DET", "NOUN", "ADV", "PRON", "ADJ"):
            break
    return i


def _source_of_on(context: Context, pronoun: Span, i: int, limit: int, impersonal: bool) -> Span | None:
    """« a-t-on appris auprès de la préfecture », « lit-on dans le communiqué du ministère », « peut-on lire
    dans les colonnes du Soir », « est-il indiqué dans un communiqué de l'UGTT »: the source that the
    impersonal « on » (or « il ») names."""
    if strip_pronoun(pronoun.text) != "on" and not impersonal:
        return None
    doc = context.doc
    while i < limit and (doc[i].is_space or doc[i].pos_ == "ADV" and fold(doc[i].text) != "auprès" or "Inf" in doc[i].morph.get("VerbForm")):
        i += 1  # « peut-on lire (aussi) dans … »
    later = _skip_time_words(doc, i, limit)
    if later + 2 < limit and fold(doc[later].text) in DE and fold(doc[later + 1].text) == "même" and fold(doc[later + 2].text) in SOURCE_NOUNS:
        return doc[later + 1 : later + 3]  # « a-t-on ajouté de même source »: whoever spoke last
    i = skip_space(doc, i, limit)
    phrase = None
    if i + 1 < limit and fold(doc[i].text) == "auprès" and fold(doc[i + 1].text) in DE:
        phrase = subject_phrase(context, i + 2, limit)
    elif i < limit and fold(doc[i].text) == "dans":
        phrase = subject_phrase(context, i + 1, limit)
        if phrase is not None and not any(fold(t.text) in document_nouns() for t in phrase):
            phrase = None
    elif i < limit and fold(doc[i].text) in ON_PLACES:
        phrase = _place_of_on(context, i, limit)
    return phrase if phrase is not None and plausible_speaker(context, phrase) else None


def _place_of_on(context: Context, i: int, limit: int) -> Span | None:
    """« explique-t-on chez Renault », « assure-t-on au ministère de la Santé »: where « on » speaks from is who
    speaks, when it is an organisation — a body's name after « chez » (not « chez lui », « chez le ministre », nor
    a person's name), an organisation noun after « à la », « au », « aux » (« à la préfecture », not « à la radio »)."""
    doc, word, start = context.doc, fold(context.doc[i].text), i + 1
    if word == "à" and (start >= limit or doc[start].pos_ != "DET"):
        return None
    phrase = subject_phrase(context, start, limit)
    if phrase is None:
        return None
    head = phrase.root
    if ON_PLACES[word] == "name":
        named = head.ent_type_ == "ORG" or head.pos_ == "PROPN" and start not in context.name_end and not is_role(head.text)
    else:
        named = fold(head.text) in organisation_nouns()
    return phrase if named else None


def _infinitive_reporting(token: Token) -> bool:
    return "Inf" in token.morph.get("VerbForm") and reporting_lemma(token) is not None


def _verbal_next(doc: Doc, i: int, limit: int) -> bool:
    i = skip_space(doc, i, limit)
    return i < limit and (fold(doc[i].text) in AUXILIARIES | REFLEXIVES or doc[i].pos_ in ("VERB", "AUX"))


def _subject_after_complement(context: Context, i: int, limit: int) -> Span | None:
    """"a indiqué lors d'une conférence de presse le procureur …", "affirme, de son côté, X", "a conclu, X",
    "déclare à l'AFP, X": the first speaker-like noun phrase after a complement or an aside of the verb,
    within a few words and before the sentence ends or another verb comes."""
    doc = context.doc
    for j in range(i, min(limit, i + 12)):
        inside_a_name = doc[j].text == "-" or doc[j].text == "/" and not doc[j - 1].whitespace_  # « à Keystone-ATS », « sur BFMTV/RMC »
        if doc[j].is_punct and doc[j].text != "," and not inside_a_name or finite_verb(doc[j]) and not doc[j].text[:1].isupper():
            return None  # a capitalised « Inter » (« sur France Inter ») is no verb
        after_comma = j > i and doc[j - 1].text == ","
        after_complement = j > i and (doc[j - 1].pos_ in ("NOUN", "PROPN", "ADV", "ADJ", "NUM") or doc[j - 1].dep_ == "acl" or participle(doc[j - 1]) and not present_participle(doc[j - 1]))  # « dans un communiqué séparé », « face à ses troupes pas toujours convaincues »
        if after_complement and not after_comma and after_media_noun(doc, j) and not _own_outlet(doc, j):
            continue  # « dans les colonnes du magazine Marianne, X »: the magazine's name, not the speaker
        if (after_comma or after_complement) and (doc[j].pos_ == "DET" or j in context.name_end or doc[j].text in honorifics()):
            subject = subject_phrase(context, j, limit)
            if subject is not None and plausible_speaker(context, subject):
                return subject
    return None


def _own_outlet(doc: Doc, i: int) -> bool:
    """« a indiqué sur son site la SNCB »: after a possessive outlet noun, a lowercase article opens the speaker,
    not the outlet's title (« au journal le Soir la direction … » is Le Soir's title)."""
    return doc[i].pos_ == "DET" and doc[i].is_lower and i > 1 and fold(doc[i - 2].text) in POSSESSIVES


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
    if lemma in unreflexive_verbs() and _pronominal(token):
        return None
    return lemma


def _reflexive_before(token: Token) -> bool:
    """"s'emporte", "s'est emporté", "se sont emportés": se/s' within the three tokens before the verb."""
    before = token.doc[max(0, token.i - 3) : token.i]
    return any(fold(t.text) in REFLEXIVES for t in before) or "-" in token.text


def _pronominal(token: Token) -> bool:
    """« se poursuit », « s'est ajoutée », « s'y ajoute »: se/s' right before the verb, its auxiliary or its
    clitics (an inverted clitic after it, « poursuit-il », does not make it pronominal)."""
    i = token.i - 1
    while i >= 0 and fold(token.doc[i].text) in AUXILIARIES | OBJECT_CLITICS:
        i -= 1  # « s'est ajoutée », « s'y ajoute », not « La grève se poursuit, ajoute X »
    return i >= 0 and fold(token.doc[i].text) in REFLEXIVES


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
    while i < limit and (doc[i].text.startswith("-") or fold(doc[i].text) == "t" or i > 0 and doc[i - 1].text.endswith("-")) and strip_pronoun(doc[i].text) in INVERTED | {"t", ""}:
        i += 1  # "-t-il", and "explique t-il", « a- t- il » as sloppy copy types them
    clitics = [t for t in doc[start:i] if strip_pronoun(t.text) in INVERTED]
    return i, (doc[clitics[-1].i : clitics[-1].i + 1] if clitics else None)


def _skip_time_words(doc: Doc, i: int, limit: int) -> int:
    """Past the time words, adverbs and manner phrases between an incise's verb and its subject (« a déclaré
    mardi X », « lance en souriant X », « rapporte sans s'arrêter X »)."""
    i = skip_space(doc, i, limit)
    while i < limit:
        if _demonstrative_time(doc, i, limit):
            i = skip_space(doc, i + 2, limit)
        elif (phrase := _manner_phrase_end(doc, i, limit) or _date_end(doc, i, limit)) is not None:
            i = skip_space(doc, phrase, limit)
        elif fold(doc[i].text) in TIME_WORDS and doc[i].text.islower() or doc[i].pos_ == "ADV" and fold(doc[i].text) not in PRONOUN_GENDER:  # not « Soir Info »
            i = skip_space(doc, i + 1, limit)
        else:
            break
    return i


def _manner_phrase_end(doc: Doc, i: int, limit: int) -> int | None:
    """Where « en souriant », « sans s'arrêter », « sans hésiter », « sans détour » starting at `i` ends: a gerund, or
    « sans » and an infinitive (maybe reflexive) or a bare noun."""
    word = fold(doc[i].text)
    if word == "en" and i + 1 < limit and present_participle(doc[i + 1]):
        end = i + 2
    elif word == "sans":
        j = i + 1 + (i + 1 < limit and fold(doc[i + 1].text) in REFLEXIVES)
        if not (j < limit and ("Inf" in doc[j].morph.get("VerbForm") or doc[j].pos_ == "NOUN" and not doc[j].text[:1].isupper())):
            return None
        end = j + 1
    else:
        return None
    return None if _object_then_subject(doc, end, limit) else end


def _object_then_subject(doc: Doc, i: int, limit: int) -> bool:
    """« a lancé en visant Jean X la présidente du groupe »: the gerund's object, then another noun phrase — the
    subject; not a manner phrase to skip."""
    if i >= limit or not doc[i].text[:1].isupper():
        return False
    j = i
    while j < limit and doc[j].text[:1].isupper():
        j += 1
    return j < limit and (doc[j].pos_ == "DET" or doc[j].text.islower() and is_role(doc[j].text))


def _date_end(doc: Doc, i: int, limit: int) -> int | None:
    """Where a date starting at `i` ends: « le 4 décembre », « le jeudi 4 décembre 2025 », « 12 mars »."""
    j = i + (fold(doc[i].text) == "le")
    j += j < limit and fold(doc[j].text) in WEEKDAYS
    if not (j + 1 < limit and (doc[j].like_num or fold(doc[j].text) == "1er") and fold(doc[j + 1].text) in MONTHS):
        return None
    j += 2
    return j + (j < limit and doc[j].like_num and len(doc[j].text) == 4)


def _demonstrative_time(doc: Doc, i: int, limit: int) -> bool:
    """« ce jeudi », « cette semaine »: a time phrase, not the subject after the verb (but « ce dernier »,
    « cette dernière »: the person named last)."""
    if fold(doc[i].text) not in DEMONSTRATIVE_DETERMINERS or i + 1 >= limit or fold(doc[i + 1].text) in LATTER:
        return False
    return fold(doc[i + 1].text) in TIME_WORDS | TIME_NOUNS


def source_of_a_cue(token: Token) -> bool:
    """« Pour Chancel Mbemba, ses coéquipiers … », « Selon M. X, … »: the person a sentence is attributed to is
    whom its quote and a following « il » mean. « pour » counts only opening a sentence or after a comma (not
    « a voté pour X »)."""
    doc, i = token.doc, token.i
    if i > 0 and fold_title(doc[i - 1].text) in honorifics():
        i -= 1
    words = [fold(t.text) for t in doc[max(0, i - 4) : i]]
    for cue in cue_prepositions():
        if len(cue) <= len(words) and tuple(words[len(words) - len(cue) :]) == cue:
            opening = i - len(cue)
            return cue != ("pour",) or opening == 0 or doc[opening].is_sent_start or doc[opening - 1].text == ","
    return False


def match_preposition(context: Context, start: int, limit: int, trailing: bool = False) -> Found | None:
    """"selon X", "d'après X", "pour X" starting at token `start`: the cue word and X (with its apposition).
    After a quote, "pour" is a purpose or a beneficiary ("pour le club"), a source only before a name."""
    doc = context.doc
    i = skip_space(doc, start, limit)
    for cue in cue_prepositions():
        if tuple(context.words[i : min(limit, i + len(cue))]) == cue:
            after = skip_space(doc, i + len(cue), limit)
            if trailing and cue == ("pour",) and after not in context.name_end:
                continue  # « … » pour le club: a purpose or a beneficiary; « … » pour Sophie X: her opinion
            subject = subject_phrase(context, after, limit)
            subject = _publisher(context, subject, limit) or subject
            if subject is not None and cue == ("pour",) and _before_an_infinitive(subject):
                continue  # « pour lui faire part de … »: a purpose, « lui » is whom it is told to
            if subject is not None and (cue != ("pour",) or plausible_speaker(context, subject)):
                return Found(" ".join(cue), subject, subject.end)
    return None


def _publisher(context: Context, phrase: Span | None, limit: int) -> Span | None:
    """« selon un document publié par le ministère », « selon les chiffres fournis par X »: whoever
    issued what the phrase names (not who gathered it: « selon les témoignages recueillis par X »)."""
    doc = context.doc
    if phrase is None or phrase.end + 1 >= limit or fold(doc[phrase.end].text) != "par":
        return None
    if not issuing(doc[phrase.end - 1].text):
        return None
    return subject_phrase(context, phrase.end + 1, limit)


def _before_an_infinitive(subject: Span) -> bool:
    following = subject.doc[subject.end] if subject.end < len(subject.doc) else None
    return following is not None and "Inf" in following.morph.get("VerbForm")


def governs_speech(token: Token, partial_quote: bool = False) -> bool:
    """A reporting verb, used as a verb, that can make its object reported speech: a « que » clause (not after
    « redouter »), or with `partial_quote` a few quoted words (« souhaite « un sursaut » », « redoute une
    « guerre éclair » »: a feeling about words that are the subject's own); never « reprendre »."""
    lemma = reporting_lemma(token) or _phrase_headed_by(token) or (_expressing(token) if partial_quote else None)
    if lemma is None or lemma in continuation_verbs() or not _verbal(token) or _connective(token):
        return False
    return partial_quote or lemma not in attitude_verbs()


def _connective(token: Token) -> bool:
    """« Autrement dit, … », « Cela dit, … »: « dit » that links two sentences, with nobody saying anything."""
    return fold(token.text) == "dit" and token.i > 0 and fold(token.nbor(-1).text) in SAID_CONNECTIVES and (
        token.i + 1 < len(token.doc) and token.nbor().text == ","
    )


def _expressing(token: Token) -> str | None:
    """« a exprimé sa « honte » »: the lemma of a verb that says what one feels without « se »."""
    lemma = reporting_verbs().get(fold(token.text))
    return lemma if lemma in expressing_verbs() else None


def _phrase_headed_by(token: Token) -> str | None:
    """« met en avant « … » »: the multi-word reporting verb whose first word the parser took for the head."""
    for words, lemma in reporting_phrases(by_first_word=True).get(fold(token.text), {}).items():
        if tuple(fold(t.text) for t in token.doc[token.i : token.i + len(words)]) == words:
            return lemma
    return None


def _verbal(token: Token) -> bool:
    """A reporting verb form used as a verb ("a communiqué"), not a noun ("un communiqué")."""
    if token.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    after_preposition = token.i > 0 and token.nbor(-1).pos_ == "ADP"  # « en alerte orange »
    return token.pos_ == "NOUN" and not after_preposition and not any(child.dep_ == "det" for child in token.children)


def verb_lemma(token: Token | None) -> str | None:
    if token is None:
        return None
    return reporting_lemma(token) or _phrase_headed_by(token) or token.lemma_ or None
