"""Organisations: how an article names a company, a ministry or a union, and what issued a document.

« la préfecture du Var », « l'agence régionale de santé (ARS) », « le club de natation local, les Dauphins
de Lauzerac, », « un communiqué de la préfecture »: the name as written (without its article), where it
ends, its acronym, and the issuer of a document that « says » something.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import ACRONYM_SKIPS, ARTICLES, CHANNEL_PREPOSITIONS, DE, INDEFINITE, POSSESSIVES, DEMONSTRATIVE_DETERMINERS, LED_BODIES, NAME_PARTICLES, NAME_PREPOSITIONS, TOPIC_MARKERS, WEEKDAYS, countries, document_nouns, given_name, fold, fold_title, honorifics, is_role, issuing, organisation_nouns, place_nouns, reporting_verbs, unaccented
from .syntax import SUBJECT_DEPS, head_noun


def issuer_phrase(document: Token) -> Span | None:
    """The phrase naming who issued a document: its complement ("le rapport de la Cour des comptes") or the
    subject of the verb it depends on ("Dans une lettre, le maire a demandé …"); never another document, nor
    the subject of its own incise (« …, précise le texte »)."""
    doc = document.doc
    complement = next((c for c in document.rights if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), None) or _issuing_agent(document)
    if complement is not None:
        start = next(t.i for t in complement.subtree if t.pos_ != "ADP")
        phrase = doc[start : complement.right_edge.i + 1]
    else:
        verb = document.head
        if verb is not document and _speaks_itself(document, verb):
            return None  # « …, précise le texte »: the document is the verb's own (inverted) subject
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not document else None
        if subject is None and verb is not document and fold(verb.text) in reporting_verbs():
            subject = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)  # « , indique le ministère dans son communiqué »: inverted
        if subject is None:
            return None
        phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    head = head_noun(phrase)
    return None if head is None or fold(head.text) in document_nouns() else phrase


def _speaks_itself(document: Token, verb: Token) -> bool:
    """« « … » à plusieurs concerts, notamment ceux prévus à Londres, précise le texte »: a document right after
    the reporting verb of an incise is its subject, even where the parser took it for the object and made a
    phrase before the verb the subject."""
    doc = document.doc
    opening = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    incise = opening > 0 and doc[opening - 1].text in (",", "»", "”", '"')  # not « La Cour a détaillé le rapport »
    return incise and document.i > verb.i and (document.dep_ in SUBJECT_DEPS or document.dep_ == "obj") and fold(verb.text) in reporting_verbs() and all(
        t.pos_ in ("DET", "ADV") for t in doc[verb.i + 1 : document.i]
    )


def _issuing_agent(document: Token) -> Token | None:
    """« un communiqué envoyé mardi par le ministère des Mines »: the agent of an issuing participle."""
    participle = next((c for c in document.rights if c.dep_ == "acl" and issuing(c.text)), None)
    if participle is None:
        return None
    return next((agent for agent in participle.children if any(fold(c.text) == "par" and c.dep_ == "case" for c in agent.children)), None)


def ent_start(token: Token) -> int:
    """Where the NER entity around a token starts (« le ministre de la Défense Yéro Boly » taken whole as an
    organisation starts at « ministre »)."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def ent_end(token: Token) -> int:
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def initials(name: str, small_words: bool = False) -> str:
    """"agence régionale de santé de Bourgogne" -> "ARSB": the initials of its content words (with
    `small_words`, of every word but an elided article: "ARSDB")."""
    words = re.sub(r"-(?=[A-ZÀ-Ý])", " ", name.replace("'", " ").replace("\u2019", " ")).split()  # « Radio-Canada »: R, C
    kept = [w for w in words if len(w) > 1] if small_words else [w for w in words if fold(w) not in NAME_PARTICLES | ACRONYM_SKIPS]
    return "".join(w[0] for w in kept).upper()


def acronym_after(doc: Doc, end: int, name: str = "") -> str | None:
    """"l'agence régionale de santé (ARS)", « l'Association nationale des étudiants burkinabè (Aneb) »: the
    acronym in parentheses after an organisation's name (in capitals, or spelling the name's initials)."""
    if end + 2 < len(doc) and doc[end].text == "(" and (doc[end + 1].text.isupper() or spells(name, doc[end + 1].text)):
        after = end + 2 + (doc[end + 2].like_num and end + 3 < len(doc))  # "(SDIS 44)": with its département
        if doc[after].text == ")":
            return doc[end + 1].text
    return None


def expansion_after(doc: Doc, end: int, acronym: str) -> str | None:
    """"la CNEC (Coordination nationale des enseignants-chercheurs)": the full name in parentheses after an
    acronym, when its initials spell the acronym."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return None
    close = next((t.i for t in doc[end + 1 : end + 16] if t.text == ")"), None)
    if close is None or close == end + 1:
        return None
    expansion = doc[end + 1 : close].text
    return expansion if expansion[:1].isupper() and spells(expansion, acronym) else None


def expansion_of(doc: Doc, acronym: str) -> str | None:
    """The full name the article gives an acronym anywhere, « la CNEC (Coordination nationale …) » or
    « l'Association nationale des étudiants burkinabè (Aneb) », so that a later bare « la CNEC » is that name."""
    spelt_after = (expansion_after(doc, token.i + 1, acronym) for token in doc if token.text == acronym)
    return next((name for name in spelt_after if name), None) or expansion_before(doc, acronym)


def spelt_out_elsewhere(doc: Doc, acronym: str) -> str | None:
    """« … des ministres de l'Union européenne » … « L'UE s'est dite préoccupée »: a name the article writes out
    anywhere, with no parentheses, whose initials are exactly the acronym's letters — not a person's name."""
    letters = unaccented(acronym).upper()
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 5):
        return None
    for start in range(len(doc)):
        first = doc[start]
        if not first.text[:1].isupper() or first.text == acronym or first.ent_type_ == "PER" or given_name(first.text) is not None:
            continue
        for end in range(start + len(letters), min(len(doc), start + len(letters) + 4) + 1):
            phrase = doc[start:end]
            if any(t.is_punct or t.is_space for t in phrase):
                break
            if unaccented(initials(phrase.text)) == letters and fold(phrase[-1].text) not in NAME_PARTICLES:
                return phrase.text
    return None


def without_glued_acronym(name: str) -> tuple[str, str | None]:
    """« Comité national pour la libération des détenus Cnld »: the name, and the acronym written after it
    without parentheses when its letters are exactly the name's initials."""
    rest, _, last = name.rpartition(" ")
    if rest and last.isalpha() and len(last) > 2 and last[:1].isupper() and unaccented(initials(rest)) == unaccented(last).upper():
        return rest, last
    return name, None


def expansion_before(doc: Doc, acronym: str) -> str | None:
    """« l'Association nationale des étudiants burkinabè (Aneb) » … « l'Aneb dénonce »: the full name the
    article spells out before the acronym in parentheses, from its first capitalised word whose initials
    spell the acronym."""
    for token in doc:
        if token.text != acronym or token.i < 2 or doc[token.i - 1].text != "(":
            continue
        end = token.i - 1
        while end > 0 and doc[end - 1].is_quote:
            end -= 1  # « "La Voix des Sans-Voix" (VSV) »: the name, not its marks
        starts = [start for start in range(max(0, end - 15), end) if _opens_a_full_name(doc, start)]
        starts.sort(key=lambda start: doc[start].is_lower)  # a capitalised name first: « la commission de la Communauté … (Cedeao) »
        phrases = [doc[start:end].text for start in starts if not any(t.text == "," or "\n" in t.text_with_ws for t in doc[start:end])]
        spelt = next((p for p in phrases if spells(p, acronym)), None)  # the exact spelling first
        spelt = spelt or next((p for p in phrases if _spelt_with_particles(p, acronym)), None)
        spelt = spelt or _name_of_first_syllables(doc, starts, token)
        if spelt is not None:
            return spelt
    return None


def _opens_a_full_name(doc: Doc, start: int) -> bool:
    """A capitalised word other than an article (« L'Association … »), or a lowercase organisation noun right after
    its article (« le comité national pour la libération des détenus (CNLD) »)."""
    token = doc[start]
    if token.is_punct or fold(token.text) in ARTICLES:
        return False
    return token.text[:1].isupper() or start > 0 and fold(token.text) in organisation_nouns() and fold(doc[start - 1].text) in ARTICLES


def _name_of_first_syllables(doc: Doc, starts: list[int], short: Token) -> str | None:
    """The name a short form in brackets introduces when it is made of the name's first syllables (« Société
    nationale d'électricité du Sénégal (Senelec) »): words with no punctuation and no person in them (not « Greenpeace
    accuse X. Le responsable Y (Greenpeace) »), and not before a place (« Centre hospitalier universitaire (Caen) »)."""
    if short.text in countries() or short.ent_type_ == "LOC" and short.doc[short.i - 2].ent_type_ != "ORG":
        return None  # « (Caen) » after a name the tagger does not take for an organisation's
    for start in starts:  # the longest phrase first
        phrase = doc[start : short.i - 1]
        if any(t.is_punct or t.ent_type_ == "PER" for t in phrase) or given_name(phrase[0].text):
            continue
        if _syllabic_short_form(phrase.text, short.text):
            return phrase.text
    return None


def _syllabic_short_form(name: str, acronym: str) -> bool:
    """« Senelec » for « Société nationale d'électricité du Sénégal », « Jirama » for « Jiro sy rano
    malagasy »: a capitalised word of four letters or more, not in capitals, whose letters all come in order
    in the name's, from its first."""
    if len(acronym) < 4 or not acronym.isalpha() or acronym.isupper() or " " not in name:
        return False
    letters, short = unaccented(name).lower(), unaccented(acronym).lower()
    return letters[:1] == short[:1] and _in_order(short, letters)


def _spelt_with_particles(name: str, acronym: str) -> bool:
    """« Communauté économique des États de l'Afrique de l'Ouest (Cedeao) »: an acronym that takes some of
    the small words' letters too."""
    return acronym.isalpha() and _letters_in_order(unaccented(initials(name, small_words=True)), acronym, shortest=4)


def spells(name: str, acronym: str) -> bool:
    """« Aneb » for « Association nationale des étudiants burkinabè »: the name's initials begin with the acronym."""
    return bool(name) and acronym.isalpha() and unaccented(initials(name)).startswith(unaccented(acronym).upper())


def abbreviates(acronym: str, name: str) -> bool:
    """« l'ARS » for « agence régionale de santé de Bourgogne », and « la FIQ » for « Fédération
    interprofessionnelle de la santé du Québec », whose acronym leaves a word out: the name's initials begin
    with the acronym, or hold its letters in order from the first initial to the last."""
    return spells(name, acronym) or _letters_in_order(unaccented(initials(name)), acronym, shortest=3)


def _letters_in_order(letters: str, acronym: str, shortest: int) -> bool:
    """The acronym's letters in order among the initials `letters`, from the first initial to the last."""
    acronym = unaccented(acronym).upper()
    if len(acronym) < shortest or letters[:1] != acronym[:1] or letters[-1:] != acronym[-1:]:
        return False
    return _in_order(acronym, letters)


def _in_order(letters: str, within: str) -> bool:
    """Every one of `letters` found in `within`, in their order (not necessarily next to each other)."""
    rest = iter(within)
    return all(letter in rest for letter in letters)


def apposed_org_name(doc: Doc, end: int) -> str | None:
    """The capitalised name set between commas after a common noun phrase ("le club, les Dauphins de
    Lauzerac,"), unless it is a person's."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    start = end + 1 + (end + 1 < len(doc) and doc[end + 1].pos_ == "DET")
    stop = start
    while stop < len(doc) and (doc[stop].text[:1].isupper() or stop > start and fold(doc[stop].text) in NAME_PARTICLES):
        stop += 1
    while stop > start and fold(doc[stop - 1].text) in NAME_PARTICLES:
        stop -= 1
    name = doc[start:stop]
    closed = stop < len(doc) and doc[stop].text in (",", ")")
    if not len(name) or not closed or any(t.ent_type_ == "PER" or given_name(t.text) is not None for t in name):
        return None
    return name.text


def acronym_introduced(token: Token) -> bool:
    doc = token.doc
    return acronym_after(doc, organisation_phrase_end(token)) is not None or acronym_after(doc, ent_end(token)) is not None


def names_organisation(head: Token) -> bool:
    """An organisation noun ("la préfecture"), a proper noun ("Lumisol", "l'Élysée") or an ORG entity."""
    return fold(head.text) in organisation_nouns() or head.pos_ == "PROPN" or head.text[:1].isupper() or head.ent_type_ == "ORG"


def names_an_organisation(head: Token | None, name: str) -> bool:
    """"le syndicat CGT de Ferronord": an organisation noun heads the phrase, the person's name is its complement."""
    return head is not None and fold(head.text) in organisation_nouns() and head.text not in name.split()


def organisation_phrase_end(head: Token) -> int:
    """End of an organisation's name after its head noun: adjectives, proper nouns and "de" complements
    ("direction du CHU de Montreval", "agence régionale de santé Auvergne-Rhône-Alpes", "service d'incendie et
    de secours")."""
    doc, end = head.doc, head.i + 1
    while end < min(len(doc), head.i + 14):
        token = doc[end]
        if token.pos_ in ("ADJ", "PROPN") or token.text[:1].isupper() or (token.text == "-" and token.whitespace_ == "") or _inside_the_entity(head, token):
            end += 1
        elif fold(token.text) == "et" and _complement_at(doc, end + 1):
            end += 1  # "service départemental d'incendie et de secours": the name goes on
        elif _complement_at(doc, end):
            end += 2 + (doc[end + 1].pos_ == "DET")
        else:
            break
    return end


def _inside_the_entity(head: Token, token: Token) -> bool:
    """« le Front de salut national »: a word the tagger took for a verb, inside the organisation the NER saw
    from its capitalised head."""
    return head.text[:1].isupper() and head.ent_type_ == "ORG" and token.ent_type_ == "ORG" and token.ent_iob_ == "I"


def _complement_at(doc: Doc, i: int) -> bool:
    """A "de" complement with a noun starts at token `i` ("de secours", "des Finances")."""
    if i + 1 >= len(doc) or fold(doc[i].text) not in DE:
        return False
    noun = i + 1 + (doc[i + 1].pos_ == "DET")
    return noun < len(doc) and doc[noun].pos_ in ("NOUN", "PROPN")


def organisation_name(mention: Span, head: Token) -> str:
    """An organisation's name as written, without article: "la préfecture du Var" -> "préfecture du Var";
    a generic head with a proper name at the end gives the proper name: "l'entreprise française Hydralis"
    -> "Hydralis"."""
    words = [t for t in mention if not t.is_space and t.i >= head.i]
    stops = [n for n, t in enumerate(words) if t.is_punct and t.text not in "-'’" and not _bracket_inside_a_name(t)]
    if stops:  # "l'équipe « n'a pas …": the name stops at a mark
        words = words[: stops[0]]
    stop = next((n for n, t in enumerate(words) if n and (_through_a_document(t) or not _inside_the_entity(head, t) and (
        _ends_a_name(t) or n > 1 and _common_word_after_a_capital(words[n - 1], t)))), None)
    if stop is not None:  # "le quotidien Sud-Ouest ce lundi", "la mairie de cette commune d'environ 4 500 habitants"
        words = words[:stop]
    while words and (words[-1].is_punct or words[-1].pos_ in ("ADP", "DET", "CCONJ")):
        words = words[:-1]
    if not words:
        return head.text
    tail = _proper_name_after_head(words)
    rest = [t for t in words[1:] if t not in tail]
    led_by_tail = fold(head.text) in LED_BODIES and all(t.ent_type_ == "PER" for t in tail)  # « le gouvernement Legault »
    if led_by_tail and len(tail) > 1 and tail[0].i == head.i + 1 and _after_a_roles_de(head):
        words, tail, led_by_tail = [t for t in words if t not in tail], [], False  # « la porte-parole du gouvernement Prisca X »: she
    if tail and _describes(rest) and fold(head.text) in organisation_nouns() and not _capitalised_word(head) and fold(head.text) not in place_nouns() and not led_by_tail:
        words = tail  # but « l'Université Laval », « la fondation Abbé Pierre » and « le gouvernement Legault » are whole names
    return mention.doc[_name_start(words[0]) : words[-1].i + 1].text


def _through_a_document(token: Token) -> bool:
    """« la Centrale nationale des employés dans un communiqué »: a preposition and a document the words came
    through end the name, even where the NER ran on."""
    doc, i = token.doc, token.i + 1
    if i >= len(doc) or fold(doc[i].text) not in INDEFINITE | POSSESSIVES:
        return False  # not « la Commission d'enquête sur le rapport X »
    return fold(token.text) in CHANNEL_PREPOSITIONS and token.is_lower and i + 1 < len(doc) and fold(doc[i + 1].text) in document_nouns()


def _after_a_roles_de(head: Token) -> bool:
    """« la porte-parole du gouvernement X »: the body is a role's complement, so the full name after it is the
    role holder's (« le gouvernement Michel X a annoncé » names the body after its leader)."""
    doc, i = head.doc, head.i
    return i >= 2 and fold(doc[i - 1].text) in DE and is_role(doc[i - 2].text)


def acronym_in_brackets(doc: Doc, i: int, limit: int) -> bool:
    """« (Minat) », « (CGT) »: one capitalised word in brackets at token `i`, an acronym of what precedes."""
    return i + 2 < limit and doc[i].text == "(" and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() and doc[i + 2].text == ")"


def acronym_before_complement(doc: Doc, i: int, limit: int) -> bool:
    """« le Centre opérationnel départemental d'incendie et de secours (Codis) de l'Aude »: an acronym in brackets
    at token `i` that a « de » complement of the name follows; the name goes on after it."""
    return acronym_in_brackets(doc, i, limit) and i + 3 < limit and fold(doc[i + 3].text) in DE


def _bracket_inside_a_name(mark: Token) -> bool:
    """Either bracket of an `acronym_before_complement`."""
    opening = mark.i - 2 if mark.text == ")" else mark.i
    return opening >= 0 and acronym_before_complement(mark.doc, opening, len(mark.doc))


def _name_start(first: Token) -> int:
    """Where the name that `first` begins starts: at the capitalised adjectives before it (« La Dernière Heure »),
    and at the article before them when that article opens a title (« expliquent Les Echos », « selon Le Monde »)."""
    doc, start = first.doc, first.i
    while start > first.sent.start + 1 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].text[:1].isupper() and opens_a_title(doc[start - 2]):
        start -= 1
    article = doc[start - 1] if start > 0 else None
    return article.i if article is not None and article.pos_ == "DET" and opens_a_title(article) else start


def opens_a_title(article: Token) -> bool:
    """« expliquent Les Echos », « a réagi Le Parisien »: an article capitalised inside a sentence opens a title
    (a newspaper's), not an epithet (« a lancé le Sénégalais ») — unlike one that opens the sentence or follows
    punctuation (« Le Monde écrit … »), capitalised only for where it stands."""
    return article.text[:1].isupper() and article.i > article.sent.start and not article.nbor(-1).is_punct


def _proper_name_after_head(words: list[Token]) -> list[Token]:
    """The proper name that ends an organisation's phrase after its head noun: its capitalised last words, a
    preposition of a name between them (« l'ONG Médecins sans Frontières »), or all the words after the head
    when the NER saw them as one organisation (« l'ONG Médecins sans frontières »). None in « l'opposition
    néo-démocrate »."""
    tail: list[Token] = []
    for n in range(len(words) - 1, 0, -1):
        token = words[n]
        capitalised = token.text[:1].isupper() and token.pos_ != "ADP"
        if not (capitalised or tail and n > 1 and fold(token.text) in NAME_PREPOSITIONS and words[n - 1].text[:1].isupper()):
            break
        tail.insert(0, token)
    if tail or len(words) < 2:
        return tail
    first = words[1]
    whole = first.text[:1].isupper() and first.ent_type_ == "ORG" and first.ent_iob_ == "B" and ent_end(first) == words[-1].i + 1
    return words[1:] if whole else []


def _describes(words: list[Token]) -> bool:
    """Lowercase words between an organisation noun and a proper name that describe it (« française » in
    « l'entreprise française Hydralis », « nationale de presse » in « l'agence nationale de presse APS »), not
    the start of the name (« le ministère de la Santé ») nor another body whose name it is (« la direction de
    l'usine Vantrel »): no determiner among them."""
    if all(t.pos_ == "ADJ" for t in words):
        return True
    return all(t.text.islower() and t.pos_ != "DET" for t in words) and words[-1].pos_ in ("NOUN", "ADJ")


def glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen at token `i` typed with no space on either side (« UFC-Que Choisir »)."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def weekday_in_a_name(token: Token) -> bool:
    """« le Journal du dimanche »: a day after « de » is part of a name, not when something was said."""
    return token.i > 0 and fold(token.nbor(-1).text) in DE


def _ends_a_name(token: Token) -> bool:
    """A pronoun, a demonstrative, « quant », a day or a date (« le 17 octobre »), a verb with complements of its
    own (« l'administration pénitentiaire réagit en dénonçant … », whatever its tag; not « les Nations unies »):
    what follows is not the organisation's name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    date = token.pos_ == "DET" and following is not None and following.like_num
    verb = token.pos_ in ("VERB", "AUX") and token.text[:1].islower() and _governs_after(token)
    day = token.text in WEEKDAYS and not weekday_in_a_name(token)
    ends = token.pos_ == "PRON" or fold(token.text) in DEMONSTRATIVE_DETERMINERS | TOPIC_MARKERS or day or date or verb
    return ends and not glued_hyphen(token.doc, token.i - 1)  # « UFC-Que Choisir »: a word after a glued hyphen is the name's


def _common_word_after_a_capital(before: Token, token: Token) -> bool:
    """« le ministère de la Santé compte réagir »: a lowercase noun or verb right after the capitalised end of a
    « de » complement is the sentence going on (the tagger took « compte » for a noun), not more of the name,
    which would go on with an adjective (« de la Santé publique ») or a preposition — but « le syndicat Sud
    éducation », « l'association SOS homophobie » name themselves with a lowercase noun."""
    doc, i = before.doc, before.i - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    closes_a_complement = i >= 0 and fold(doc[i].text) in DE
    role = is_role(token.text)  # « le cabinet du Premier ministre »: a title goes on
    return closes_a_complement and before.text[:1].isupper() and token.text.islower() and token.pos_ in ("NOUN", "VERB", "AUX") and not role


def _governs_after(token: Token) -> bool:
    return any(child.i > token.i and child.dep_ != "punct" for child in token.children)


def after_preposition(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and (doc[i].is_space or fold_title(doc[i].text) in honorifics()):
        i -= 1
    return i >= 0 and fold(doc[i].text) in DE | {"à", "au", "par"}


def _capitalised_word(token: Token) -> bool:
    """« Université » in « l'Université Laval » (part of the name), not an acronym such as « ONG »."""
    return token.text[:1].isupper() and not token.text.isupper()
