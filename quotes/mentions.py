"""Mentions: the noun phrase, pronoun or name that a cue points to as the speaker.

"le porte-parole du Pentagone John Kirby", "la direction de l'usine Vantrel", "M. Haddouche, qui …": from a
token the parse marks as a subject, or a position after a cue, to the whole mention with its apposed name.
These are token spans; `coreference` resolves them to people.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from .layout import Context
from .marks import DOUBLE_MARKS
from .names import opens_a_sentence
from .lexicon import (
    ARTICLES, DE, DEFINITE_ARTICLES, DEMONSTRATIVE_DETERMINERS, DEMONSTRATIVES, FELLOW_JOURNALISTS, IMPERSONAL_ADJECTIVES, IMPERSONAL_REFLEXIVES, NEGATION, NO_ONE, LATTER, LATTER_PRONOUNS, NAME_PREPOSITIONS, OBJECT_CLITICS, PASSIVE_AGENT, PLACE_PREPOSITIONS, PLURAL_DETERMINERS, POINTERS,
    PAST_PARTICIPLE_ENDINGS, PRONOUN_GENDER, QUE, REFLEXIVES, RELATIVES, THIRD_OBJECT_CLITICS, TIME_WORDS, TO, TOPIC_MARKERS, WEEKDAYS, document_nouns, fold, given_name, honorifics, is_role, media_nouns, organisation_nouns, person_in_view_gender, place_nouns, reporting_verbs, roles, speech_nouns,
    strip_pronoun,
)
from .organisations import acronym_before_complement, acronym_in_brackets, ent_start, glued_hyphen, weekday_in_a_name
from .syntax import CLAUSE_SUBJECT_DEPS, finite_verb, foreign_name, gerund, head_noun, infinitive, is_acronym, participle, present_participle, skip_space


def subject_phrase(context: Context, start: int, limit: int) -> Span | None:
    """The noun phrase of a speaker starting at `start`, extended to an apposed name:
    "le porte-parole du Pentagone John Kirby", "le maire (divers gauche), Étienne Roussel", "M. Kirby",
    "la préfecture du Var" (stopping before "dans un communiqué")."""
    doc = context.doc
    start = skip_space(doc, start, limit)
    if start >= limit:
        return None
    first = doc[start]
    if start in context.name_end:  # « assure Ele Bonnier », whatever tag the first word got
        return doc[start : context.name_end[start]]
    if first.pos_ == "PRON":
        return doc[start : start + 1] if strip_pronoun(first.text) in PRONOUN_GENDER | {"lui": "m", "eux": ""} else None
    if mistagged_name(first) and (start + 1 >= limit or doc[start + 1].text in (",", ".", ";", "!", "?")):
        return doc[start : start + 1]  # « précise encore Infrabel. »
    counted = first.pos_ == "NUM" and start + 1 < limit and doc[start + 1].pos_ == "NOUN"  # « deux représentants de X »
    if first.dep_ == "case":
        return None  # « face à ses militants X », « grâce à »: a preposition, then perhaps the speaker
    if first.pos_ not in ("DET", "NOUN", "PROPN") and not foreign_name(first) and not counted and first.text not in honorifics() or _points_at_the_page(doc, start):
        return None
    end = start
    while end < limit:
        token = doc[end]
        if end in context.name_end:
            if not (_after_de(doc, end) and _head_is_role(doc[start:end])):
                return doc[start : context.name_end[end]]
            end = context.name_end[end]  # "l'avocat de M. Meunier, Me Antoine Berthier": look further
            continue
        if token.text == "(" and end > start and acronym_in_brackets(doc, end, limit) and (
            _apposed_name(context, end + 3, limit) or acronym_before_complement(doc, end, limit)
        ):
            end += 3  # « le ministre de l'Administration territoriale (Minat), Paul Atanga Nji », « le centre … (Codis) de l'Aude »
            continue
        if _hyphen_inside_a_name(doc, end, limit):
            end += 2
            while end < limit and doc[end - 1].whitespace_ and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1  # « l'UFC-Que Choisir »: capitalised words joined by a hyphen are one name, whatever they are
            continue
        if token.text in (",", "(", ";", ":", ".", "!", "?") or finite_verb(token) or fold(token.text) in RELATIVES or _verb_of(doc[start:end], token):
            break
        if end > start and token.pos_ == "SCONJ":
            break  # « a réagi St-Louis quand on lui a posé la question »
        if end > start and token.pos_ == "PRON" and fold(token.text) in OBJECT_CLITICS:
            break  # « Le Premier ministre l'a accusé de … »: the verb's object, not part of the phrase
        if end > start and token.is_lower and (fold(token.text) in NEGATION or _reflexive_before_a_finite_verb(doc, end, limit)):
            break  # « leur staff ne se présente pas », « la défense s'en était offusquée »: the verb has begun
        if end > start and _opens_a_gerund(doc, end, limit):
            break  # « a conclu le leader de l'UMP tout en félicitant X »: what the speaker did meanwhile
        if end > start and doc[end - 1].text[:1].isupper() and doc[end - 1].pos_ != "DET" and token.is_lower and fold(token.text) in reporting_verbs():
            break  # « Rue89 écrit : », whatever the tagger made of the verb after the name
        if end > start and _opens_a_subject(token) and doc[end - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            break  # « Selon l'opposition les résultats … »: a determiner after a noun opens another phrase
        if end > start and fold(token.text) in TIME_WORDS and (token.pos_ == "ADV" or fold(token.text) in WEEKDAYS) and not weekday_in_a_name(token):
            break  # « a écrit Business News hier », « … mardi »: when, not part of the name (but « ce dernier », « le Journal du dimanche »)
        in_name = fold(token.text) in NAME_PREPOSITIONS and doc[start + (doc[start].pos_ == "DET")].text[:1].isupper() and (
            doc[end - 1].text[:1].isupper() or doc[end - 1].pos_ == "ADJ" or token.ent_iob_ == "I"
        )  # « Médecins sans frontières », « Instance supérieure indépendante pour les élections », « la Société de
        # protection des forêts contre le feu » (the NER's); not « le Premier ministre sans ambages »
        if token.pos_ == "ADP" and fold(token.text) not in DE and end > start and not in_name:
            break
        if token.pos_ == "ADV" and end > start and end + 1 < limit and fold(doc[end + 1].text) in DE:
            break  # « a souligné RTE auprès de l'AFP »: whom it was said to, not the speaker's name
        end += 1
    if end == start or all(t.text in honorifics() for t in doc[start:end]):
        return None  # « déclare Me. Michel Coicaud »: an honorific cut from its name is nobody yet
    while end - start > 1 and doc[end - 1].pos_ == "CCONJ":
        end -= 1  # « la fédération de son éviction et … » cut at the limit: not a name ending on « et »
    core = doc[start:end]
    proper = next((t for t in core if t.pos_ == "PROPN" and t.i > start), None)
    if proper is not None and not _after_de(doc, proper.i) and _new_noun_phrase_after_comma(doc, end, limit):
        return core  # « l'agence Presse-Nord, la ministre X »: named already; « le président du Burkina Faso, le capitaine X » is X
    apposed = _apposed_name(context, end, limit, core) or _apposed_organisation(doc, end, limit, core)
    return doc[start:apposed] if apposed else core


def _reflexive_before_a_finite_verb(doc: Doc, i: int, limit: int) -> bool:
    """« s'en était offusquée », « se dit »: a reflexive clitic opening a finite verb ends a noun phrase (but not
    « fait mine de s'interroger X », whose infinitive goes on to the speaker's name)."""
    if fold(doc[i].text) not in REFLEXIVES:
        return False
    j = i + 1
    while j < limit and fold(doc[j].text) in ("en", "y"):
        j += 1
    return j < limit and (finite_verb(doc[j]) or doc[j].pos_ == "AUX")


def _hyphen_inside_a_name(doc: Doc, i: int, limit: int) -> bool:
    """A hyphen typed with no space between a capitalised word and another (« UFC-Que Choisir »)."""
    return i + 1 < limit and glued_hyphen(doc, i) and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


def _clitic_before_inversion(child: Token, verb: Token) -> bool:
    """« lui a-t-elle dit »: the object pronoun before the auxiliary is whom she spoke to; the inverted « -elle »
    is the subject, whatever the parser says."""
    return fold(child.text) in OBJECT_CLITICS and any(c.i > child.i and c.text.startswith("-") and strip_pronoun(c.text) in PRONOUN_GENDER for c in verb.children)


def _subject_after_a_clitic(child: Token, verb: Token) -> Token | None:
    """« …, lui a répondu le ministre, « … » »: the parser takes the « lui » before the auxiliary for the subject and
    the noun after a reporting verb for its object; the noun is the inverted subject."""
    if fold(child.text) not in THIRD_OBJECT_CLITICS or child.i > verb.i or fold(verb.text) not in reporting_verbs():
        return None
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    noun = following.head if following is not None and following.pos_ == "DET" else following
    inverted = noun is not None and noun.head == verb and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("obj", "nsubj")
    return noun if inverted else None


def _pronoun_after_a_spaced_t(token: Token) -> Token:
    """« a- t- il dit »: the parser may take the « t- » typed apart for the subject; the pronoun after it is."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    spaced_t = fold(token.text) == "t-" and following is not None and strip_pronoun(following.text) in PRONOUN_GENDER
    return following if spaced_t else token


def _opens_a_gerund(doc: Doc, i: int, limit: int) -> bool:
    """« en saluant », « tout en félicitant »: the word at `i` opens a gerund."""
    verb = i + 2 if fold(doc[i].text) == "tout" else i + 1
    return verb < limit and present_participle(doc[verb]) and gerund(doc[verb])


def _opens_a_subject(token: Token) -> bool:
    """A lowercase determiner, or a subject pronoun (« il existe »), but not « un » in « la numéro un de la
    CGT » nor « La » in « Mayotte La 1ère »."""
    if not token.is_lower or token.like_num:  # spaCy counts « un », « une » as numerals
        return False
    return token.pos_ == "DET" or token.pos_ == "PRON" and token.dep_ in ("nsubj", "expl:subj")


def _verb_of(phrase: Span, token: Token) -> bool:
    """`token` is the verb the phrase is the subject of, or a word before that verb (« le LCGB n'a pas
    hésité », « la ville de 21.000 habitants fait savoir »), whatever the tagger made of its form (but not
    a name it took for the verb: « la chaîne LN24 explique »)."""
    verbs = {t.head.i for t in phrase if t.dep_ in CLAUSE_SUBJECT_DEPS and t.head.i >= token.i}
    return token.is_lower and (token.i in verbs or token.head.i in verbs and token.dep_ not in CLAUSE_SUBJECT_DEPS)


def _points_at_the_page(doc: Doc, start: int) -> bool:
    """« (à écouter ci-dessus) »: however the tokenizer cut it, nobody."""
    following = fold(doc.text[doc[start].idx : doc[start].idx + 12])
    return any(following.startswith(pointer) for pointer in POINTERS)


def _noun_opening_a_que_clause(head: Token) -> bool:
    """« Preuve que ça va durer, … », « Signe que … »: a common noun capitalised only because it opens the
    sentence, before « que »."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return head.is_sent_start and following is not None and fold(following.text) in QUE


def _singular(word: str) -> str:
    """« services », « syndicats »: the singular the lexicon lists (plural speakers: « selon les services de
    secours »)."""
    return word[:-1] if word.endswith("s") and word[:-1] in organisation_nouns() | roles().keys() else word


def mistagged_name(token: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for a verb or did not know (« précise encore
    Infrabel »); not « Me » nor an adjective (« Métropolitain »)."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start and token.pos_ in ("VERB", "X")


def _new_noun_phrase_after_comma(doc: Doc, i: int, limit: int) -> bool:
    return i + 1 < limit and doc[i].text == "," and doc[i + 1].pos_ == "DET"


def _apposed_name(context: Context, i: int, limit: int, core: Span | None = None) -> int | None:
    """After a role noun phrase (`core`): "(divers gauche), Étienne Roussel", ", le Suédois Erik Lindqvist",
    "à l'environnement, Lars Holmberg". Returns the end of the name, or None."""
    doc, start = context.doc, i
    steps = 0
    while i < limit and steps < 20:  # « Le secrétaire général adjoint de l'Union …(UGTT), chargé de …, Monem Amira »
        token = doc[i]
        if i in context.name_end:
            if doc[i - 1].pos_ == "ADP" or fold(doc[i - 1].text) in DE or _named_by_another_phrase(doc[start:i]) or _after_a_complements_role(doc, start, i):
                return None  # « le peloton, emmené par les équipiers de Marchand », « en réponse à une question de la députée X »: a complement, not the name
            end = context.name_end[i]
            after_comma = any(t.text == "," for t in doc[start:i])
            bare = doc[i - 1].text == "," or doc[i - 1].text in honorifics() and doc[i - 2].text == ","  # « …, Me X « … » »: apposed, commas or not
            quote_after = end < len(doc) and doc[end].text in ("«", "“", '"') and not bare  # « …, le ministre X « a menti » »
            predicate = end < len(doc) and finite_verb(doc[end]) or quote_after
            same_subject = core is not None and _subject_beside(core, doc[i])  # « le porte-parole des ministres, le ministre de …, X a confié »
            return None if after_comma and predicate and not same_subject else end  # « Pour l'opposant, le président X est « … » »: a clause's subject
        if finite_verb(token) or token.pos_ == "VERB" and (present_participle(token) or infinitive(token)) or token.text in (";", ":", ".") or fold(token.text) in RELATIVES or _agent_after(doc, i):
            return None  # « la même source, confirmant une information du quotidien X », « l'ambassadeur, avant de citer X », « l'élu, repris par X »
        i += 1
        steps += 1
    return None


def _after_a_complements_role(doc: Doc, start: int, i: int) -> bool:
    """« … en réponse à une question de la députée PLR X »: the name at `i` follows a role noun (and maybe an
    adjective or a party) that « de » and an article open — that role's holder, not the speaker; not « par la voix de
    son secrétaire général X », the speaker's own."""
    j = i - 1
    while j > max(start, i - 3) and doc[j].pos_ in ("PROPN", "ADJ"):
        j -= 1
    return j - 2 >= start and _role_in_a_complement(doc[j]) and fold(doc[j - 1].text) in DE | DEFINITE_ARTICLES


def _agent_after(doc: Doc, i: int) -> bool:
    """« l'élu, aussitôt repris par X », « …, interrompu par la présidente X »: « par » and a person or a role open
    who acted on the phrase before — not « par la voix de X », whose words they are, nor « la directrice par
    intérim », « le médiateur désigné par le gouvernement, X »."""
    if fold(doc[i].text) not in PASSIVE_AGENT or i + 2 >= len(doc):
        return False
    if doc[i + 1].pos_ == "DET":
        return is_role(doc[i + 2].text)
    return doc[i + 1].ent_type_ == "PER" or given_name(doc[i + 1].text) is not None  # not « désignée par Ottawa, X »


def _subject_beside(core: Span, name: Token) -> bool:
    """The parser made the phrase before the name a subject, and a word between them (or the name) a subject of the
    same verb or an apposition to that phrase: the name is apposed to it, not the subject of a clause of its own."""
    verbs = {t.head.i for t in core if t.dep_ in CLAUSE_SUBJECT_DEPS}
    between = core.doc[core.end : name.i + 1]
    return bool(verbs) and any(t.dep_ in CLAUSE_SUBJECT_DEPS and t.head.i in verbs or t.dep_ == "appos" and t.i < name.i and core.start <= t.head.i < core.end for t in between)


def _named_by_another_phrase(stretch: Span) -> bool:
    """Between a speaker's phrase and a name, a phrase set off by commas that the name belongs to: a participle
    whose agent it is (« la ministre, interrogée par les députés X »), or a prepositional phrase whose role noun
    it is apposed to (« le chef du parti, en marge de l'assermentation du nouveau député d'Arthabaska, X »). Not
    « X, ancien conseiller du ministre, Y », « par la voix de son secrétaire général Y », « chargée des Sports
    Y », nor one long role phrase (« la secrétaire d'État auprès du ministre de …, Mme Y »)."""
    segments: list[list[Token]] = [[]]
    for token in stretch:
        if token.text == ",":
            segments.append([])
        else:
            segments[-1].append(token)
    last = segments[-1]
    if len(segments) > 1 and last and last[0].pos_ in ("VERB", "ADJ") and participle(last[0]) and any(fold(t.text) == "par" for t in last):
        return True
    set_off = segments[-2] if len(segments) > 2 and not last else []
    return bool(set_off) and set_off[0].pos_ == "ADP" and any(_role_in_a_complement(t) for t in set_off)


def _role_in_a_complement(token: Token) -> bool:
    """« du nouveau député »: a role noun a « de » opens, a few words before it at most."""
    return is_role(token.text) and token.pos_ == "NOUN" and any(fold(w.text) in DE for w in token.doc[max(0, token.i - 3) : token.i])


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
    return any(is_role(t.text) for t in core)


def subject_of(context: Context, verb: Token | None, within: Span) -> Span | None:
    """The subject mention of `verb`: its nsubj, or that of the verb it is coordinated with, depends on (« pour
    lui faire part de … ») or is the light verb of (« fait part »), up to three steps up."""
    node = verb
    if verb is not None and _participle_after_comma(verb) and verb.sent.root.i < verb.i and (
        fold(verb.head.text) not in reporting_verbs() or _subject_before_its_comma(verb)
    ):
        node = _relative_clause_over(verb) or verb.sent.root  # « a affirmé que l'État tient bon, tout en dénonçant … »: the main verb's subject
        within = verb.doc[min(within.start, node.sent.start) : within.end]  # even before an earlier quote of the sentence
    elif verb is not None and opening_participle(verb) and verb.dep_ == "advcl" and verb.head.i > verb.i:
        node = verb.head  # « Dénonçant en X « … », le chef de l'opposition a … »: the main verb's subject, not X
    for _ in range(5 if verb is not None else 0):
        for child in node.children:
            if child.dep_ in CLAUSE_SUBJECT_DEPS and within.start <= child.i < within.end:
                child = _pronoun_after_a_spaced_t(child)
                inverted = _subject_after_a_clitic(child, node)
                if inverted is not None and within.start <= inverted.i < within.end:
                    return mention_around(context, inverted, within)
                if fold(child.text) in DEMONSTRATIVES or _impersonal(child, node) or _detached_before_pronoun(child, node) or _clitic_before_inversion(child, node):
                    continue  # « C'est ainsi que X a réagi », « il lui a été demandé de … », « Solennel, il clame »: not the speaker
                if _detached_participle(child):  # « Contacté, Lactalis souligne »: the parser's subject is how it came to speak
                    child = next((c for c in child.children if c.i > child.i + 1 and c.pos_ in ("PROPN", "NOUN")), None)
                    if child is None:
                        continue
                if any(c.dep_ == "case" for c in child.children):  # « De son côté, la CGT ajoute »: a complement
                    child = next((c for c in child.children if c.dep_ == "conj"), None)
                    if child is None:
                        continue
                if any(_another_subject(c) for c in child.children):
                    return None  # « l'UDC et le PLR ont … »: several speakers, not one
                if fold(child.text) == "qui":
                    return antecedent(context, child)
                if _told_to_us(child, node):  # « X, gérante d'un commerce, nous confie : »: X speaks to the reporter
                    return nearest_speaker_before(context, within.start, child)
                if child.dep_ != "expl:subj" or child.text.startswith("-") and strip_pronoun(child.text) in PRONOUN_GENDER or personal_reflexive(child, node):
                    return mention_around(context, child, within)  # "-t-il", but not the « il » of « il lui a été demandé »
        if node.dep_ not in ("conj", "xcomp", "advcl") and not (node.dep_ == "obj" and node.pos_ == "NOUN") and not _subjectless_clause(node):
            break  # but « fait part », « fait état »: the noun of a light verb takes the verb's subject
        if node.dep_ == "conj" and node.head.dep_ == "ccomp" and fold(node.text) in reporting_verbs():
            node = node.head  # « a déclaré que la région est menacée, et a souligné que »: the first verb's subject
        node = node.head
    return None


def _detached_participle(token: Token) -> bool:
    """« Contacté, Lactalis souligne … », « Interrogée, X … »: a capitalised past participle opening its sentence
    and set off by a comma, neither a person, an organisation nor a given name, which the parser took for the
    subject; or any one such word before a noun phrase that runs to the verb (« Amer, le manager a exhorté … »)."""
    doc, i = token.doc, token.i
    if not (opens_a_sentence(doc, i) and i + 1 < len(doc) and doc[i + 1].text == "," and given_name(token.text) is None):
        return False
    if fold(token.text).endswith(PAST_PARTICIPLE_ENDINGS) and token.ent_type_ not in ("PER", "ORG"):
        return True
    return _described_subject_after(doc, i + 2, token.head)


def _described_subject_after(doc: Doc, start: int, verb: Token) -> bool:
    """« Amer, le manager toulousain a exhorté … »: one word set off before a noun phrase that runs to the verb
    without a comma describes that subject (« Dupont, le manager, a dit » would be an apposition)."""
    if start + 1 >= len(doc) or doc[start].pos_ != "DET" or not doc[start + 1].is_lower or verb.i <= start:
        return False
    return not any(t.text == "," for t in doc[start : verb.i])


def _subject_before_its_comma(participle: Token) -> bool:
    """« … prévient que les députés « censureront » X, estimant que … »: the parser gave the participle a subject
    before the comma that sets it off — the noun phrase of another clause."""
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i < participle.i - 1 for c in participle.children)


def _relative_clause_over(participle: Token) -> Token | None:
    """« avec X qui a appelé à voter pour les candidats de Y, dénonçant … »: the relative clause whose complement
    the participle hangs on — its subject (« qui », X) is the participle's, not the sentence's."""
    node = participle.head
    while node.head is not node and node.dep_ != "ROOT":
        if node.dep_ == "acl:relcl" and node.head.pos_ == "PROPN" and any(fold(c.text) == "qui" and c.dep_ in CLAUSE_SUBJECT_DEPS for c in node.children):
            return node  # a person's relative clause (not « les commerçants qui ont manifesté devant la mairie, promettant … »)
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "xcomp":
            return None  # a clause of its own on the way up: the main verb's subject, as before
        node = node.head
    return None


def _participle_after_comma(verb: Token) -> bool:
    """« …, (tout) en dénonçant », « …, indiquant qu'il est « prématuré » »: a gerund or a present participle
    set off by a comma — or by the closing mark of a quote, where the comma was left out (« … est « une voie vers
    l'espoir » soulignant que … »)."""
    if present_participle(verb) and not gerund(verb):
        return verb.i > 0 and (verb.doc[verb.i - 1].text == "," or verb.doc[verb.i - 1].text in ("»", "”", "\""))
    if not gerund(verb):
        return False
    before = verb.i - 2  # the word before « en »
    if before >= 0 and fold(verb.doc[before].text) == "tout":
        before -= 1
    return before >= 0 and verb.doc[before].text == ","


def opening_participle(verb: Token) -> bool:
    """« Dénonçant … », « Tout en saluant … » opening a sentence: a participle clause before the main one."""
    if not (present_participle(verb) or gerund(verb)):
        return False
    doc, before = verb.doc, verb.i - 1
    while before >= 0 and fold(doc[before].text) in ("en", "tout"):
        before -= 1
    return before < 0 or doc[before].text in (".", "!", "?") or doc[before].is_space and "\n" in doc[before].text


def _subjectless_clause(verb: Token) -> bool:
    """« précisant s'être entretenue avec … »: an infinitive or participle clause, whose subject is the main verb's."""
    return verb.dep_ == "ccomp" and verb.morph.get("VerbForm") in (["Inf"], ["Part"]) and not any(
        c.dep_ in ("aux", "aux:tense", "aux:pass") and c.morph.get("VerbForm") == ["Fin"] for c in verb.children
    )


def _another_subject(token: Token) -> bool:
    """A second noun phrase coordinated with the subject (« et le PLR », « et Inès Garrigou »), not a second
    role of the same person (« anesthésiologiste et président du conseil »)."""
    if token.dep_ != "conj" or not any(c.dep_ == "cc" for c in token.children):
        return False
    return token.pos_ == "PROPN" or any(c.dep_ == "det" for c in token.children)


def _told_to_us(clitic: Token, verb: Token) -> bool:
    """« X, un ventilateur à la main, nous confie », « …, nous a expliqué X »: « nous » or « vous » right before a
    reporting verb (or its auxiliary) after a comma is whom it is told to, not who tells it (the parser may say
    subject)."""
    if fold(clitic.text) not in ("nous", "vous") or clitic.i == 0 or clitic.doc[clitic.i - 1].text != ",":
        return False
    following = clitic.doc[clitic.i + 1] if clitic.i + 1 < len(clitic.doc) else None
    return following is not None and (following == verb or following.head == verb) and fold(verb.text) in reporting_verbs()


def personal_reflexive(subject: Token, verb: Token) -> bool:
    """« Il s'est engagé à … », « Elle s'est dite déçue »: a subject pronoun the parser took for an expletive
    before a reflexive verb, which is someone unless the verb is impersonal (« il s'agit de »)."""
    if fold(subject.text) not in PRONOUN_GENDER:
        return False
    reflexive = any(c.dep_ == "expl:comp" and fold(c.text) in REFLEXIVES for c in verb.children)
    return reflexive and not fold(verb.text).startswith(tuple(IMPERSONAL_REFLEXIVES))


def _detached_before_pronoun(subject: Token, verb: Token) -> bool:
    """« Solennel, il clame … », « Furieux, il a … »: a word set off before a subject pronoun of the same verb
    describes that pronoun's person; the pronoun is the subject."""
    doc, i = subject.doc, subject.i
    if subject.pos_ == "PRON" or i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    pronoun = doc[i + 2]
    return pronoun.head == verb and pronoun.dep_ in CLAUSE_SUBJECT_DEPS and pronoun.pos_ == "PRON"


def _impersonal(subject: Token, verb: Token) -> bool:
    """The « il » of an impersonal passive with a clause (« il a été demandé de … », « il a été décidé que »),
    or of an impersonal adjective with « de » and an infinitive (« il est « injuste et cruel de fermer … » »)."""
    if fold(subject.text) != "il":
        return False
    children = [c.dep_ for c in verb.children]
    if "aux:pass" in children and any(d in ("xcomp", "ccomp", "csubj:pass") for d in children):
        return True
    adjectives = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    if verb.pos_ != "ADJ" or "cop" not in children or not any(fold(a.text) in IMPERSONAL_ADJECTIVES for a in adjectives):
        return False  # « il est heureux d'annoncer »: his own state, he speaks
    return any(_de_infinitive(c) for adjective in adjectives for c in adjective.children)


def _de_infinitive(token: Token) -> bool:
    return "Inf" in token.morph.get("VerbForm") and any(c.dep_ == "mark" and fold(c.text) in DE for c in token.children)


def mention_around(context: Context, head: Token, within: Span) -> Span:
    """The mention headed by `head`: a pronoun, a name, or its noun phrase with an apposed name."""
    if head.text == "-t" and head.i + 1 < len(context.doc):
        head = context.doc[head.i + 1]  # "a-t-elle": the parser makes "-t" the subject
    if head.pos_ == "PRON" and not any(start <= head.i < end for start, end in context.name_end.items()):
        partitive = head.i > 0 and fold(head.nbor(-1).text) == "l'"  # « X, l'un des avocats de la défense, a expliqué »: X
        named = _name_before_apposition(context.doc, head.i - 1) if partitive else None
        return named or _topic_taken_up(context, head) or context.doc[head.i : head.i + 1]  # but « Ousmane Sonko », whose surname the tagger took for a pronoun
    while head.dep_ in ("nmod", "flat:name") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i and not _detached_participle(head.head):
        head = head.head  # "la direction de l'usine Vantrel": the phrase, not its complement
    head = _organisation_before_name(context, head)
    if _after_de(context.doc, head.i):
        head = _governing_noun(context.doc, head.i) or head
    head = _institution_head(context.doc, head)
    for start, end in context.name_end.items():
        if start <= head.i < end:
            return context.doc[start:end]
    left = min((t.i for t in head.subtree if t.i >= within.start and t.dep_ not in ("case", "punct", "advmod", "cc")), default=head.i)  # not « Mais »
    left = max(within.start, _start_of_a_hyphenated_name(context.doc, _start_of_its_organisation(head, left)))
    named = _name_before_apposition(context.doc, left)
    if named is not None:
        return named
    phrase = subject_phrase(context, left, within.end)
    return phrase if phrase is not None else context.doc[head.i : head.i + 1]


def _start_of_its_organisation(head: Token, left: int) -> int:
    """« l'UFC Que Choisir, qui … » seen from « Choisir »: a word inside an organisation's name the NER found,
    all in capitalised words, starts where that name starts."""
    start = ent_start(head)
    inside = head.ent_type_ == "ORG" and start < left
    return start if inside and all(t.text[:1].isupper() for t in head.doc[start : head.i + 1]) else left


def _start_of_a_hyphenated_name(doc: Doc, i: int) -> int:
    """« L'UFC-Que Choisir demande … » seen from « Choisir », which the parser made the subject: capitalised words
    joined by a hyphen typed with no space are one name, whatever each was tagged."""
    while i >= 3 and _hyphen_inside_a_name(doc, i - 2, len(doc)):
        i -= 3
    if i >= 2 and _hyphen_inside_a_name(doc, i - 1, len(doc)):
        i -= 2  # « Que » itself taken for the subject
    return i


def _topic_taken_up(context: Context, pronoun: Token) -> Span | None:
    """« Quant à la direction, elle la juge « … » »: a subject pronoun right after a topic set off by « quant à »
    takes it up — it is that topic, not the last name of its gender."""
    doc, comma = context.doc, pronoun.i - 1
    if comma < 3 or doc[comma].text != "," or strip_pronoun(pronoun.text) not in PRONOUN_GENDER:
        return None
    marker = next((t for t in reversed(doc[pronoun.sent.start : comma]) if finite_verb(t) or fold(t.text) in TOPIC_MARKERS), None)
    if marker is None or finite_verb(marker):
        return None
    start = marker.i + 1
    while start < comma and fold(doc[start].text) in TO:  # « quant à la », « quant au »
        start += 1
    return subject_phrase(context, start, comma)


def _a_thing_of_a_name(head: Token | None) -> bool:
    """A phrase headed by a lowercase common noun that names no role, organisation, document, news outlet or
    speech: a thing, whatever name its complement holds."""
    if head is None or head.pos_ != "NOUN" or not head.text[:1].islower() or head.ent_type_:
        return False
    word = fold(head.text)
    return not is_role(head.text) and _singular(word) not in _speaking_nouns() and word not in _speaking_nouns()


@cache
def _speaking_nouns() -> frozenset[str]:
    """Common nouns whose phrase may speak: organisations, documents, news outlets, speech, fellow journalists."""
    return organisation_nouns() | document_nouns() | media_nouns() | speech_nouns() | FELLOW_JOURNALISTS


def nearest_speaker_before(context: Context, start: int, verb: Token) -> Span | None:
    """When the parse gives the verb no subject: the last name or subject before it in the clause."""
    clause = context.doc[start : verb.i]
    for token in reversed(clause):
        if token.i in context.name_end and not _after_de(context.doc, token.i):
            return context.doc[token.i : context.name_end[token.i]]
        speaker_noun = token.pos_ == "NOUN" and (fold(token.text) in organisation_nouns() or is_role(token.text))
        subject = token.dep_ in CLAUSE_SUBJECT_DEPS and token.pos_ in ("NOUN", "PROPN", "PRON") and fold(token.text) not in RELATIVES
        if subject and _impersonal(token, token.head):
            continue  # « X a estimé qu'il est « injuste de … », dénonçant … »: X, not that « il »
        if subject or speaker_noun and token.i > 0 and token.doc[token.i - 1].pos_ == "DET" and not _after_de(token.doc, token.i - 1):
            mention = mention_around(context, token, clause)
            if plausible_speaker(context, mention):
                return mention
    return None


def antecedent(context: Context, relative: Token) -> Span | None:
    """"M. Haddouche, qui a qualifié …": the noun phrase the relative pronoun stands for — the noun its
    clause is attached to, else the words just before it."""
    clause = relative.head
    if clause.dep_ == "acl:relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        after_comma = relative.i > 0 and relative.doc[relative.i - 1].text == ","
        return mention_around(context, _described_by_a_place(clause.head) if after_comma else clause.head, context.doc[:])
    i = relative.i - 1
    while i >= 0 and (context.doc[i].is_space or context.doc[i].text == ","):
        i -= 1
    if i < 0:
        return None
    for start, end in context.name_end.items():
        if start <= i < end:
            return context.doc[start:end]
    return mention_around(context, context.doc[i], context.doc[:])


def _described_by_a_place(noun: Token) -> Token:
    """« X, une infirmière vivant à Vannes dans le Morbihan, qui disait … »: a relative set off by a comma after
    a place that ends a description (a participle's complement of place) stands for whom the description is
    about, not for the place; with no such description around it, or a place that is an institution
    (« travaillant à l'hôpital de Brest, qui « a ouvert une enquête » »), the place itself."""
    place = (noun.ent_type_ == "LOC" or fold(noun.text) in place_nouns()) and fold(noun.text) not in organisation_nouns()
    if not place or not any(child.dep_ == "case" and fold(child.text) in PLACE_PREPOSITIONS for child in noun.children):
        return noun
    node = noun
    while node.dep_.startswith("obl") or node.dep_ == "nmod" and node.pos_ == "PROPN":
        node = node.head
    if node.dep_ != "acl" or node.head.pos_ != "NOUN" or not is_role(node.head.text):
        return noun
    described = node.head
    anchor = described.head
    apposed = described.dep_ in ("appos", "nmod") and anchor.pos_ == "PROPN" and anchor.i < described.i
    return anchor if apposed else described


def _name_before_apposition(doc: Doc, left: int) -> Span | None:
    """"Données et Libertés, une association de défense …, dénonce", « X, l'un des avocats de la défense, a
    expliqué »: the capitalised name that an indefinite or partitive description stands in apposition to."""
    first = left + (fold(doc[left].text) == "l'" and left + 1 < len(doc))
    if left < 2 or fold(doc[first].text) not in ("un", "une") or doc[left - 1].text != ",":
        return None
    start = left - 1
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].pos_ in ("CCONJ", "ADP", "DET") and start > 1 and doc[start - 2].text[:1].isupper()):
        start -= 1
    if start == left - 1 or not doc[start].text[:1].isupper() or doc[start].pos_ == "ADP" or start > 0 and doc[start - 1].pos_ == "ADP":
        return None  # « À Lyon, un habitant dénonce », « Au Mali, un élu … », « À l'hôpital de Koumassi, un agent … »: where, not who
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
    while i >= 0 and (doc[i].is_space or doc[i].text in honorifics() or fold(doc[i].text) in DEFINITE_ARTICLES):
        i -= 1
    return i >= 0 and fold(doc[i].text) in DE


def latter_gender(mention: Span) -> str | None:
    """« ce dernier », « cette dernière », « celui-ci »: the gender of the person named last, else None."""
    words = [fold(t.text) for t in mention if not t.is_space]
    if len(words) == 2 and words[0] in DEMONSTRATIVE_DETERMINERS:
        return LATTER.get(words[1])
    return LATTER_PRONOUNS.get(words[0]) if len(words) == 1 else None


def person_in_view(token: Token) -> str | None:
    """The gender of « Celui », « Celle » opening a relative clause (« Celui qui dirigea le HCR »), else None."""
    following = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else None
    return person_in_view_gender(token.text, following)


def plausible_speaker(context: Context, mention: Span) -> bool:
    """Whether a noun phrase can be a speaker: a name, a singular pronoun, or a phrase headed by a role,
    an organisation noun or a proper noun ("pour la première fois" is not; "pour le club" is)."""
    if len(mention) == 1 and len(mention[0].text) == 1:
        return False  # « Q : … », « R : « … » »: an interview's question and answer labels, no one's name
    if any(mark in t.text for t in mention for mark in DOUBLE_MARKS):
        return False  # « a indiqué qu’«il n’y a … »: a word glued to the quotation mark belongs to the quote
    if any(t.i in context.name_end for t in mention):
        return True
    if fold(mention[0].text) in NO_ONE:
        return False  # « Rien d'étonnant, a affirmé l'avocat »: nothing, no one
    if sum(t.is_alpha and t.is_upper and len(t) > 1 for t in mention) >= 3:
        return False  # "LE BILAN DE LA FUSILLADE": a heading in capitals, not a speaker
    if latter_gender(mention):
        return True
    first = next((t for t in mention if not t.is_space), None)
    if first is None:
        return False
    word = strip_pronoun(first.text)
    if first.pos_ == "PRON" or word in PRONOUN_GENDER or first.text.startswith("-"):
        return word in PRONOUN_GENDER or person_in_view(first) is not None  # not « -dessus » of « (à écouter ci-dessus) »
    head = head_noun(mention)
    plural_name = head is not None and head.ent_type_ == "ORG" and head.text[:1].isupper()  # « les Nations unies », « les Verts »
    issued = head is not None and fold(head.text) in document_nouns()
    with_complement = issued and any(fold(t.text) in DE for t in mention if t.i > head.i)  # « les estimations de la préfecture »
    if word in PLURAL_DETERMINERS and not plural_name and not with_complement and (head is None or _singular(fold(head.text)) not in organisation_nouns() | roles().keys() and not is_acronym(head)):
        return False  # « les à-côtés entourant la visite du ministre »: a plural thing, not a speaker (but « les CFF »)
    if _a_thing_of_a_name(head):
        return False  # « la psychose des attentats de Grand-Bassam », « la 50e édition du Festival de X »
    if any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" and t.i > mention.start for t in mention):
        return True  # "le gestionnaire du réseau Enedis"
    if issued:
        return word in ARTICLES  # "le communiqué", "un rapport de la Cour", not "leur lettre de licenciement"
    return head is not None and (
        is_role(head.text) or _singular(fold(head.text)) in organisation_nouns() or head.pos_ == "PROPN"
        or head.text[:1].isupper() and not _noun_opening_a_que_clause(head) or head.ent_type_ in ("ORG", "PER")
    )
