"""People and coreference within one article.

An article names people in full once ("le porte-parole du Pentagone John Kirby") and then refers back to
them by surname ("M. Kirby"), by role ("le porte-parole") or by pronoun ("a-t-il ajouté"). `ArticlePeople`
collects the full names with their gender and roles, and resolves any later mention to the fullest name:

* a name or a surname (with or without honorific) -> the full name that ends with it;
* a role noun -> the person introduced with that role, else the most salient person of its gender;
* a pronoun (il, elle, -t-il, lui) -> the most salient person or organisation of matching gender, where
  salience favours the last speaker and the last subject over other mentions;
* any other noun phrase -> an organisation named by it ("la direction de l'hôpital"), or nobody when it is
  indefinite ("une source proche du dossier").
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .lexicon import document_nouns, first_names, fold, generic_organisation_nouns, honorifics, organisation_nouns, roles

PERSON, ORGANISATION = "person", "organisation"
NAME_PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "da", "di", "dos", "del", "ben", "el", "al", "ibn", "bin", "mac", "ter"}
PRONOUN_GENDER = {"il": "m", "lui": "m", "elle": "f", "celui-ci": "m", "celle-ci": "f"}
POSSESSIVES = {"son", "sa", "ses"}
PLURAL_PRONOUNS = {"ils", "elles", "eux", "on", "nous", "vous", "je", "j'", "tu"}
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "aucun", "aucune", "d'autres"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
DE = ("de", "d'", "du", "des")  # the preposition before a complement, contracted or not


@dataclass
class Entity:
    """A person or an organisation of one article, under the fullest name the article gives."""

    name: str
    kind: str = PERSON
    gender: str | None = None
    roles: list[str] = field(default_factory=list)

    @property
    def role_keys(self) -> set[str]:
        """The nouns a later mention may use for this entity: role nouns, an organisation's kind or acronym."""
        return {fold(role_noun_of(role)) for role in self.roles}


@dataclass(frozen=True)
class Resolution:
    entity: Entity | None
    how: str  # name, surname, role, pronoun, noun, organisation, anonymous
    confidence: float


@dataclass
class _Seen:
    at: int
    entity: Entity
    prominent: bool  # a subject or a speaker
    spoke: bool = False


def strip_pronoun(text: str) -> str:
    """'-t-elle' -> 'elle'."""
    word = fold(text).lstrip("-")
    return word[2:] if word.startswith("t-") else word


class ArticlePeople:
    """The people and organisations of one parsed article, and the resolution of mentions to them."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] | None = None):
        self.doc = doc
        self.entities: list[Entity] = []
        self._seen: list[_Seen] = []
        self.sentence_starts: list[int] = [0]  # set by the caller: a subject or speaker of the current or
        # previous sentence outranks a more recent mere mention
        self.names: list[tuple[int, int, Entity]] = []  # token start, token end, entity
        self._roles_seen: list[tuple[int, str, Entity]] = []  # char offset, role noun, entity
        inside_quotes = quoted or []
        for start, end, honorific_gender in find_names(doc):
            entity = self._person_for(doc[start:end], honorific_gender)
            self.names.append((start, end, entity))
            self._learn_roles(entity, start, end)
            char = doc[start].idx
            if not any(a <= char < b for a, b in inside_quotes):
                self._seen.append(_Seen(char, entity, is_subject(doc[start])))
        self._register_organisations(inside_quotes)
        self._seen.sort(key=lambda seen: seen.at)

    # -- building --------------------------------------------------------------------------------------
    def _person_for(self, name: Span, honorific_gender: str | None) -> Entity:
        words = name_words(name)
        text = " ".join(words)
        entity = self._matching_person(words, honorific_gender)
        if entity is None:
            entity = Entity(text, PERSON, honorific_gender or first_name_gender(words))
            self.entities.append(entity)
        elif len(words) > len(entity.name.split()) and _ends_with(words, entity.name.split()):
            entity.name = text  # a fuller form of a name seen first in short
        if honorific_gender and not entity.gender:
            entity.gender = honorific_gender
        return entity

    def _matching_person(self, words: list[str], gender: str | None) -> Entity | None:
        candidates = [
            e for e in self.entities
            if e.kind == PERSON and (_ends_with(e.name.split(), words) or _ends_with(words, e.name.split())
                                     or (len(words) == 1 and e.name.split()[0] == words[0]))
        ]
        if gender:
            candidates = [e for e in candidates if e.gender in (None, gender)] or candidates
        return candidates[-1] if candidates else None

    def _learn_roles(self, entity: Entity, start: int, end: int) -> None:
        for role_token in apposed_roles(self.doc, start, end):
            self._roles_seen.append((min(role_token.idx, self.doc[start].idx), fold(role_token.text), entity))
            phrase = role_phrase(role_token, start, end)
            if phrase not in entity.roles:
                entity.roles.append(phrase)
            gender = role_gender(role_token)
            if gender and not entity.gender:
                entity.gender = gender

    def _apposed(self, token: Token) -> bool:
        """"Thierry Bonnet, un retraité …": a noun phrase in apposition to a name just before it."""
        i = token.i - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].pos_ in ("DET", "ADJ")):
            i -= 1
        return i > 0 and self.doc[i].text == "," and any(start <= i - 1 < end for start, end, _ in self.names)

    # -- resolving -------------------------------------------------------------------------------------
    def resolve(self, mention: Span, at: int | None = None, exclude: Entity | None = None) -> Resolution:
        """The entity a mention (a noun phrase or pronoun) refers to, looking back from `at` (a char offset);
        a pronoun or anaphoric noun never resolves to `exclude`."""
        at = mention.start_char if at is None else at
        named = self._name_in(mention)
        head = head_noun(mention)
        apposed_org = next((t for t in mention if t.ent_type_ == "ORG" and t.ent_iob_ == "B" and t.i > 0 and t.doc[t.i - 1].text == ","), None)
        if apposed_org is not None:  # "son équipe, Wallonie Cycling"
            return Resolution(self.organisation(mention[apposed_org.i - mention.start :], apposed_org, at), "organisation", 0.85)
        if named is not None and not _names_an_organisation(mention, head, named):
            return Resolution(named, "name", 1.0)
        first = next((t for t in mention if not t.is_space and t.pos_ != "PUNCT"), None)
        if first is None:
            return Resolution(None, "empty", 0.0)
        word = strip_pronoun(first.text)
        if word in PRONOUN_GENDER:
            return self._salient(PRONOUN_GENDER[word], at, "pronoun", 0.85, people_only=False, exclude=exclude)
        owned_thing = head is None or fold(head.text) not in roles() and fold(head.text) not in organisation_nouns()
        if word in POSSESSIVES and owned_thing:  # "son intention": its owner
            return self._salient(None, at, "possessive", 0.7, people_only=True, exclude=exclude)
        if word in PLURAL_PRONOUNS or first.pos_ == "PRON":
            return Resolution(None, "pronoun", 0.3)
        if head is None:
            return Resolution(None, "unknown", 0.2)
        head_key = fold(head.text)
        if head_key in document_nouns():
            return self._document_issuer(head, exclude)
        determiner = fold(first.text) if first.pos_ == "DET" else ""
        if determiner in INDEFINITE:  # "une infirmière", "un proche du dossier": someone the article does not name
            return Resolution(Entity("", PERSON, role_gender(head)), "anonymous", 0.6)
        if head_key in roles():
            holder = self._role_holder(head_key, at)
            if holder is not None:
                return Resolution(holder, "role", 0.9)
            return self._salient(role_gender(head), at, "noun", 0.7, people_only=True, exclude=exclude)
        if not _names_organisation(head):
            proper = next((t for t in mention if t.i > head.i and (t.ent_type_ == "ORG" or t.pos_ == "PROPN")), None)
            if proper is None:
                return Resolution(None, "unknown", 0.2)  # "le texte", "tout le monde": not a speaker we can name
            if not _after_preposition(self.doc, proper.i):
                head = proper  # "le gestionnaire du réseau Enedis": the organisation it names
            # else "la section locale du PCF": the whole phrase names it
        return Resolution(self.organisation(mention, head, at), "organisation", 0.8)

    def _document_issuer(self, document: Token, exclude: Entity | None) -> Resolution:
        """Who issued the communiqué, letter or report that "says" something: named in the phrase itself
        ("un communiqué de la préfecture"), or else the subject where the article last mentioned such a
        document before ("Dans un communiqué, la mairie a annoncé …" … « … », précise le texte)."""
        earlier = [t for t in self.doc[: document.i] if fold(t.text) in document_nouns()]
        for candidate in [document] + earlier[-1:]:
            issuer = _issuer_phrase(candidate)
            entity = self.resolve(issuer, exclude=exclude).entity if issuer is not None else None
            if entity is not None:
                return Resolution(entity, "document", 0.75)
        return Resolution(None, "document", 0.3)

    def _name_in(self, mention: Span) -> Entity | None:
        """The person a mention names: the last name in it that is not a complement ("l'avocat de
        M. Meunier, Me Antoine Berthier" names Berthier)."""
        inside = [(start, entity) for start, end, entity in self.names if start < mention.end and end > mention.start]
        apposed = [entity for start, entity in inside if not _after_preposition(self.doc, start)]
        return (apposed or [entity for _, entity in inside] or [None])[-1]

    def _role_holder(self, role_key: str, at: int) -> Entity | None:
        """The person last introduced with this role before `at` ("l'élu" before the article says which
        élu is not yet anyone)."""
        holders = [entity for char, key, entity in self._roles_seen if key == role_key and char < at]
        return holders[-1] if holders else None

    def _salient(
        self, gender: str | None, at: int, how: str, confidence: float, people_only: bool, exclude: Entity | None = None
    ) -> Resolution:
        """The antecedent of a pronoun or anaphoric noun: among the entities of matching gender seen before
        `at`, a subject or speaker of this sentence or the previous one comes first, then one whose gender
        is known to match, then the most recent. An organisation qualifies once it has spoken, or as the
        main-clause subject of this sentence or the previous one ("La préfecture a appelé à la prudence.
        « … », a-t-elle déclaré"; not "X a rappelé que la Commission avait …")."""
        horizon = self._previous_sentence_start(at)
        candidates = [
            seen for seen in self._seen
            if seen.at < at and _agrees(seen.entity.gender, gender) and seen.entity is not exclude
            and (seen.entity.kind == PERSON or not people_only and (seen.spoke or seen.prominent and seen.at >= horizon))
        ]
        if not candidates:
            return Resolution(None, how, 0.3)
        choice = max(
            candidates,
            key=lambda s: (s.prominent and s.at >= horizon, gender is not None and s.entity.gender == gender, s.at),
        )
        return Resolution(choice.entity, how, confidence if choice.entity.gender == gender else confidence - 0.15)

    def _previous_sentence_start(self, at: int) -> int:
        i = bisect_right(self.sentence_starts, at) - 1
        return self.sentence_starts[max(0, i - 1)]

    def organisation(self, mention: Span, head: Token, at: int) -> Entity:
        """The organisation a noun phrase names. A short mention reuses the organisation named earlier in
        full: "le rectorat" -> "rectorat de l'académie de Lorvenne", "le groupe" -> "Ravenel" (introduced as
        "le groupe agroalimentaire Ravenel"), "l'ARS" -> its expansion; but "la police" is not "la police
        judiciaire" (an adjective makes another organisation)."""
        name = organisation_name(mention, head)
        if not name[:1].isupper():  # "le club de natation local, les Dauphins de Lauzerac,": its name
            name = _apposed_name(mention.doc, organisation_phrase_end(head)) or name
        key, head_key = fold(name), fold(head.text)
        for entity in reversed(self.entities):
            if entity.kind != ORGANISATION:
                continue
            full = fold(entity.name)
            if name.isupper() and len(name) > 1 and _initials(entity.name).startswith(name):
                return entity  # "l'ARS": "agence régionale de santé de Bourgogne-Franche-Comté"
            if full == key or key in entity.role_keys or full.startswith(key + " de") or full.startswith(key + " d'") or (
                key == head_key and head_key in entity.role_keys
            ):
                return entity
        if key == head_key and head_key in generic_organisation_nouns():  # "l'entreprise": the company last named
            named = [s.entity for s in self._seen if s.at < at and s.entity.kind == ORGANISATION and s.entity.name[:1].isupper()]
            if named:
                return named[-1]
        entity = Entity(name, ORGANISATION, _morph_gender(head) or _morph_gender(mention[0]))
        if fold(name) != head_key:
            entity.roles.append(head.text)  # "groupe" for "Ravenel": a later "le groupe" means it
        acronym = _acronym_after(mention.doc, organisation_phrase_end(head))
        if acronym:
            entity.roles.append(acronym)
        self.entities.append(entity)
        return entity

    def _register_organisations(self, inside_quotes: list[tuple[int, int]]) -> None:
        """Organisations named in full anywhere ("la direction du CHU de Montreval"), so that a later
        short mention ("la direction") or a pronoun can refer to them."""
        for token in self.doc:
            word = fold(token.text)
            if token.ent_iob_ != "B" and word not in organisation_nouns() and word not in roles():
                continue
            if token.i < 1 or not token.text[:1].isalpha() or any(a <= token.idx < b for a, b in inside_quotes):
                continue
            determiner, before = self.doc[token.i - 1], fold(self.doc[token.i - 2].text) if token.i > 1 else ""
            contracted = fold(determiner.text) in ("du", "des")  # "du service …": "de le"
            complement = (before in DE or contracted) and not _acronym_introduced(token)
            if determiner.pos_ != "DET" and not contracted or complement:  # "de l'Union syndicale (USM)" introduces it
                continue
            if token.ent_type_ == "ORG" and token.ent_iob_ == "B" and token.text[:1].isupper():
                entity = self.organisation(token.doc[token.i : _ent_end(token)], token, token.idx)
                self._seen.append(_Seen(token.idx, entity, is_subject(token, main_clause=True)))
            elif word in organisation_nouns() and token.pos_ in ("NOUN", "PROPN") and fold(determiner.text) not in INDEFINITE:
                phrase = self.doc[token.i : organisation_phrase_end(token)]
                self._seen.append(_Seen(token.idx, self.organisation(phrase, token, token.idx), is_subject(token, main_clause=True)))
            elif word in roles() and fold(determiner.text) in INDEFINITE and token.dep_ in SUBJECT_DEPS and not self._apposed(token):
                # "un automobiliste … soupire-t-il": someone unnamed, who can be the antecedent of a pronoun
                self._seen.append(_Seen(token.idx, Entity("", PERSON, role_gender(token)), True))

    def note_speaker(self, entity: Entity | None, at: int) -> None:
        """Record that `entity` spoke at char offset `at`: the most salient antecedent from there on."""
        if entity is None:
            return
        self._seen.append(_Seen(at, entity, True, spoke=True))
        self._seen.sort(key=lambda seen: seen.at)


# -- names ---------------------------------------------------------------------------------------------
def find_names(doc: Doc) -> list[tuple[int, int, str | None]]:
    """Token ranges of person names (without honorific), with the gender the honorific gives, if any.

    Uses the NER's PER entities, and also catches what it misses: an honorific or a known first name
    followed by capitalised words ("Mme Roux", "Nadia Ferhat"). A name is a run of capitalised words
    (with particles such as "de", "Le" and hyphens) holding at least one proper noun or given name.
    """
    found: list[tuple[int, int, str | None]] = []
    titles = honorifics()
    after = 0
    for token in doc:
        if token.i < after:
            continue
        gender = None
        if fold_title(token.text) in titles:
            gender = titles[fold_title(token.text)]
            start = _next_word(doc, token.i)
            if start is None or not (_capitalised(doc[start]) or _particle_before_name(doc, start)):
                continue
        elif _capitalised(token) and (
            token.ent_type_ == "PER" or token.text in first_names() or _unlabelled_full_name(token) or _apposed_to_role(token)
        ):
            start = token.i
        else:
            continue
        end = _name_end(doc, start)
        words = doc[start:end]
        if not any(t.pos_ == "PROPN" or t.text in first_names() for t in words) and gender is None and not _apposed_to_role(doc[start]):
            continue
        if fold(words[0].text) in roles() and words[0].text not in first_names():
            continue
        found.append((start, end, gender))
        after = end
    found = [name for name in found if not _lone_capitalised_opening(doc, name, found)]
    return sorted(found + _surnames_again(doc, found))


def _surnames_again(doc: Doc, found: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """A person's surname alone, later, whatever label the NER gave it there (« Ce que voulait Oosterhuis »
    after « Maarten Oosterhuis »): one person per name within an article."""
    introduced = {}  # surname -> where the full name first ends
    for start, end, _ in found:
        if end - start > 1:
            introduced.setdefault(doc[end - 1].text, end)
    taken = {i for start, end, _ in found for i in range(start, end)}
    return [
        (token.i, token.i + 1, None) for token in doc
        if introduced.get(token.text, len(doc)) <= token.i and token.i not in taken and doc[token.i - 1].pos_ != "DET"
    ]


def _issuer_phrase(document: Token) -> Span | None:
    """The phrase naming who issued a document: its complement ("le rapport de la Cour des comptes") or the
    subject of the verb it depends on ("Dans une lettre, le maire a demandé …"); never another document."""
    doc = document.doc
    complement = next((c for c in document.rights if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), None)
    if complement is not None:
        start = next(t.i for t in complement.subtree if t.pos_ != "ADP")
        phrase = doc[start : complement.right_edge.i + 1]
    else:
        verb = document.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not document else None
        if subject is None:
            return None
        phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    head = head_noun(phrase)
    return None if head is None or fold(head.text) in document_nouns() else phrase


def _ent_end(token: Token) -> int:
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def _unlabelled_full_name(token: Token) -> bool:
    """A full name the NER missed ("Le député de la Sarthe Gonzague de Vauclair"): a proper noun, not a
    place or organisation, not a complement, followed by another capitalised word (maybe after a particle)."""
    doc, i = token.doc, token.i
    if token.pos_ != "PROPN" or token.ent_type_ in ("LOC", "ORG", "MISC") or i + 1 >= len(doc):
        return False
    previous = fold(doc[i - 1].text) if i else ""
    if previous in ("de", "du", "d'", "des", "la", "le", "les", "l'", "à", "au", "en") or not previous:
        return False
    following = i + 1 + (fold(doc[i + 1].text) in NAME_PARTICLES)
    return following < len(doc) and _capitalised(doc[following]) and doc[following].pos_ == "PROPN"


def _apposed_to_role(token: Token) -> bool:
    """"Le gouverneur de la région, Oleh Marchenko, …": two capitalised words in apposition to a role noun
    are a name, however the tagger took them."""
    doc, i = token.doc, token.i
    following = i + 1
    return (
        following < len(doc) and doc[following].text[:1].isupper() and i > 0 and doc[i - 1].text == ","
        and _role_left(doc, i) is not None
    )


def _particle_before_name(doc: Doc, i: int) -> bool:
    """"M. de Vauclair", "M. al-Qadiri": a particle between the honorific and the name."""
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == "-")
    return fold(doc[i].text) in NAME_PARTICLES and j < len(doc) and _capitalised(doc[j])


def _lone_capitalised_opening(doc: Doc, name: tuple[int, int, str | None], names) -> bool:
    """"Déçue, Femke de Wit …": one capitalised word opening a sentence, with no honorific, that is not the
    surname of a fuller name — more likely an adjective or a place than a person."""
    start, end, gender = name
    if end - start > 1 or gender is not None or doc[start].text in first_names():
        return False
    previous = doc[start - 1] if start else None
    opening = previous is None or previous.is_space and "\n" in previous.text or previous.text in (".", "!", "?", "»", "”", '"', "«", "“")
    surname = doc[start].text
    return opening and not any(e - s > 1 and doc[e - 1].text == surname for s, e, _ in names)


def fold_title(text: str) -> str:
    return text.translate(str.maketrans({"\u2019": "'"}))


def _name_end(doc: Doc, start: int) -> int:
    """End of a run of capitalised words (with particles and hyphens) starting at `start`."""
    end = start + 1
    while end < len(doc):
        token = doc[end]
        joined = doc[end - 1].whitespace_ == ""
        if _capitalised(token) and doc[end - 1].text not in (".", "!", "?", "…", ":", "»", "\n\n"):
            end += 1
        elif (token.text == "-" and joined or fold(token.text) in NAME_PARTICLES) and end + 1 < len(doc) and _capitalised(doc[end + 1]):
            end += 1
        elif _particle_before_name(doc, end) and doc[end].whitespace_ == "":
            end += 2  # "al-Qadiri"
        elif joined and doc[end - 1].text[-1] in "'’" and len(doc[end - 1].text) > 2 and token.is_alpha:
            end += 1  # "Guivarc’h", split by the tokenizer at the apostrophe
        else:
            break
    return end


def _capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and (not text.isupper() or len(text) > 1 and token.pos_ == "PROPN")


def _next_word(doc: Doc, i: int) -> int | None:
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def name_words(name: Span) -> list[str]:
    """The words of a name as written, hyphenated parts kept together: ["Anne-Sophie", "Girard"]."""
    return name.text.replace("\u00a0", " ").replace("\u202f", " ").split()


def first_name_gender(words: list[str]) -> str | None:
    gender = first_names().get(words[0]) if len(words) > 1 else None
    return gender if gender in ("m", "f") else None


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return 0 < len(tail) <= len(words) and [fold(w) for w in words[-len(tail):]] == [fold(w) for w in tail]


# -- roles -----------------------------------------------------------------------------------------------
def apposed_roles(doc: Doc, start: int, end: int) -> list[Token]:
    """Role nouns in apposition to the name doc[start:end]: "le porte-parole du Pentagone John Kirby",
    "la maire, Véronique Castel", "Isabelle Caron, cheffe de file du groupe"."""
    found = []
    left = _role_left(doc, start)
    if left is not None:
        found.append(left)
    right = _role_right(doc, end)
    if right is not None:
        found.append(right)
    return found


def _role_left(doc: Doc, start: int) -> Token | None:
    """The head role noun before a name: "le directeur général de Rail Atlantique, Sven Kowalczyk" ->
    directeur (the leftmost role noun of the phrase, not the adjective "général")."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or fold_title(doc[i].text) in honorifics()):
        i -= 1
    if i >= 0 and fold(doc[i].text) in ("de", "du", "d'", "des", "à", "par", "avec", "et"):
        return None  # "l'avocat de M. Meunier": the name is a complement, not an apposition
    found, commas = None, 0
    for j in range(i, max(-1, start - 14), -1):
        token = doc[j]
        if token.text == ",":
            commas += 1
            if commas > 1 or found is not None:
                break
            continue
        if token.text in (".", "!", "?", ":", ";", "«", "»") or _finite(token):
            break
        if fold(token.text) in roles() and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            found = token
        elif found is not None and token.pos_ == "DET":
            break
    return found


def _role_right(doc: Doc, end: int) -> Token | None:
    """", cheffe de file du groupe," after a name: a role noun (bare or with a definite article) closed by a
    comma or the sentence end before any verb — not ", son client a vendu" (a new clause)."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < len(doc) and (doc[j].is_space or fold(doc[j].text) in ("le", "la", "l'") or doc[j].like_num or fold(doc[j].text) == "ans"):
        j += 1
    if j >= len(doc) or fold(doc[j].text) not in roles() or doc[j].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    for k in range(j + 1, min(len(doc), j + 15)):
        if doc[k].text in (",", ".", ")", ";") or doc[k].is_sent_start:
            return doc[j]
        if _finite(doc[k]):
            return None
    return doc[j]


def _initials(name: str) -> str:
    """"agence régionale de santé de Bourgogne" -> "ARSB": the initials of its content words."""
    words = [w for w in name.replace("'", " ").replace("\u2019", " ").split() if fold(w) not in NAME_PARTICLES | {"et", "l", "à", "aux", "au", "pour"}]
    return "".join(w[0] for w in words).upper()


def role_noun_of(role: str) -> str:
    """The role noun of a role phrase: "ancien apprenti" -> "apprenti", "porte-parole du Pentagone" ->
    "porte-parole"."""
    words = role.split()
    return next((w for w in words if fold(w) in roles()), words[0] if words else "")


def _acronym_after(doc: Doc, end: int) -> str | None:
    """"l'agence régionale de santé (ARS)": the acronym in parentheses after an organisation's name."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].text.isupper():
        after = end + 2 + (doc[end + 2].like_num and end + 3 < len(doc))  # "(SDIS 44)": with its département
        if doc[after].text == ")":
            return doc[end + 1].text
    return None


def _apposed_name(doc: Doc, end: int) -> str | None:
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
    if not len(name) or not closed or any(t.ent_type_ == "PER" or t.text in first_names() for t in name):
        return None
    return name.text


def _acronym_introduced(token: Token) -> bool:
    doc = token.doc
    return _acronym_after(doc, organisation_phrase_end(token)) is not None or _acronym_after(doc, _ent_end(token)) is not None


def _names_organisation(head: Token) -> bool:
    """An organisation noun ("la préfecture"), a proper noun ("Lumisol", "l'Élysée") or an ORG entity."""
    return fold(head.text) in organisation_nouns() or head.pos_ == "PROPN" or head.text[:1].isupper() or head.ent_type_ == "ORG"


def _names_an_organisation(mention: Span, head: Token | None, named: Entity) -> bool:
    """"le syndicat CGT de Ferronord": an organisation noun heads the phrase, the name is its complement."""
    return head is not None and fold(head.text) in organisation_nouns() and head.text not in named.name.split()


def organisation_phrase_end(head: Token) -> int:
    """End of an organisation's name after its head noun: adjectives, proper nouns and "de" complements
    ("direction du CHU de Montreval", "agence régionale de santé Auvergne-Rhône-Alpes", "service d'incendie et
    de secours")."""
    doc, end = head.doc, head.i + 1
    while end < min(len(doc), head.i + 14):
        token = doc[end]
        if token.pos_ in ("ADJ", "PROPN") or token.text[:1].isupper() or (token.text == "-" and token.whitespace_ == ""):
            end += 1
        elif fold(token.text) == "et" and _complement_at(doc, end + 1):
            end += 1  # "service départemental d'incendie et de secours": the name goes on
        elif _complement_at(doc, end):
            end += 2 + (doc[end + 1].pos_ == "DET")
        else:
            break
    return end


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
    if any(t.is_punct and t.text not in "-'’" for t in words):  # "l'équipe « n'a pas …": the name stops at a mark
        words = words[: next(n for n, t in enumerate(words) if t.is_punct and t.text not in "-'’")]
    if any(t.pos_ == "PRON" for t in words):
        words = words[: next(n for n, t in enumerate(words) if t.pos_ == "PRON")]
    while words and (words[-1].is_punct or words[-1].pos_ in ("ADP", "DET", "CCONJ")):
        words = words[:-1]
    if not words:
        return head.text
    tail = []
    for token in reversed(words[1:]):
        if token.pos_ == "PROPN" or token.text[:1].isupper() and token.pos_ != "ADP":
            tail.insert(0, token)
        else:
            break
    rest = [t for t in words[1:] if t not in tail]
    if tail and all(t.pos_ == "ADJ" for t in rest) and fold(head.text) in organisation_nouns():
        words = tail
    return mention.doc[words[0].i : words[-1].i + 1].text


def _after_preposition(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and (doc[i].is_space or fold_title(doc[i].text) in honorifics()):
        i -= 1
    return i >= 0 and fold(doc[i].text) in ("de", "du", "d'", "des", "à", "au", "par")


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def role_phrase(role: Token, name_start: int, name_end: int) -> str:
    """The role as written: the role noun and its complements, up to the name or the next comma."""
    doc = role.doc
    stop = name_start if role.i < name_start else len(doc)
    j = role.i + 1
    while j < min(stop, role.i + 9) and doc[j].text not in (",", ".", "(", ";", ":") and not doc[j].is_sent_start:
        if doc[j].pos_ in ("VERB", "AUX") and "Part" not in doc[j].morph.get("VerbForm"):
            break
        j += 1
    while j > role.i + 1 and (doc[j - 1].is_space or doc[j - 1].pos_ in ("ADP", "DET", "CCONJ")):
        j -= 1
    return doc[role.i : j].text


def role_gender(role: Token) -> str | None:
    gender = roles().get(fold(role.text))
    if gender in ("m", "f"):
        return gender
    determiners = [child for child in role.children if child.dep_ == "det"]
    return _morph_gender(determiners[0]) if determiners else None


def head_noun(mention: Span) -> Token | None:
    for token in mention:
        if token.pos_ in ("NOUN", "PROPN") or fold(token.text) in roles():
            return token
    return None


def is_subject(token: Token, main_clause: bool = False) -> bool:
    """Whether the name starting at `token` is (part of) a clause subject — of the sentence's main clause,
    not of a "que" clause, if `main_clause`."""
    node = token
    for _ in range(4):
        if node.dep_ in SUBJECT_DEPS:
            verb = node.head.head if node.head.dep_ == "conj" else node.head
            return not main_clause or verb.dep_ == "ROOT"
        if node.dep_ not in ("flat:name", "appos", "flat", "conj"):
            return False
        node = node.head
    return False


def _morph_gender(token: Token) -> str | None:
    gender = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(gender[0]) if gender else None


def _agrees(entity_gender: str | None, wanted: str | None) -> bool:
    return wanted is None or entity_gender in (None, wanted)
