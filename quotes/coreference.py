"""Coreference within one article: every mention of a speaker resolved to the fullest name given.

An article names people in full once ("le porte-parole du Pentagone John Kirby") and then refers back to
them by surname ("M. Kirby"), by role ("le porte-parole") or by pronoun ("a-t-il ajouté"). `ArticlePeople`
holds the people and organisations of one article and resolves a mention by trying, in order, the rules of
`RESOLVERS` (one function each, first answer wins):

* a name or a surname (with or without honorific) -> the full name that ends with it;
* a pronoun (il, elle, -t-il, lui) -> the most salient person or organisation of matching gender, where
  salience favours the last speaker and the last subject over other mentions;
* a document ("le communiqué") -> whoever issued it;
* a role noun -> the person introduced with that role (a lawyer's title « Me X » gives « avocat »), else the
  most salient person of its gender; a specific role met before anyone is named -> the first person named
  just after it as a subject or speaker;
* « son conseil » -> the lawyer; a side of a trial (« la défense », « le parquet ») -> whoever the article
  names in that role, or the body itself;
* any other noun phrase -> an organisation named by it ("la direction de l'hôpital"), or nobody when it is
  indefinite ("une source proche du dossier").
"""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ADDING_VERBS, ADDRESSING_VERBS, AGENT_OR_ADDRESSEE, ANOTHER_PARTY, ARTICLE_PREFIXES, ARTICLES, BENCH_ROLES, BODIES, CAPITALISED_COMMON_NOUNS, COLLECTIVE_NOUNS, COPULAR_VERBS, COUNSEL_NOUNS, CONTEST_WORDS, COURT_ROLE_SYNONYMS, COUNTERPARTS, COURT_NOUNS, CREDIT_WORDS, DE, DEFINITE_ARTICLES, DEMONSTRATIVE_DETERMINERS, DEMONSTRATIVE_RELATIVES, DEMONSTRATIVES, EPICENE_EPITHETS, FELLOW_JOURNALISTS, FORMER_QUALIFIERS, FOCUS_NOUNS, IMPERSONAL_NOUNS, IMPERSONAL_VERBS, INDEFINITE, INDEFINITE_PRONOUNS, JUDGES, LAWYER_TITLES, LAY_ROLES, NEGATION, OBJECT_CLITICS, OTHER_WORDS, OUR_DETERMINERS, ON_PLACES, OUTLET_EPITHETS, OVERHEARD_VERBS, PARTICIPANT_NOUNS, PASSIVE_AGENT, PLAIN_PERSONS, PORTFOLIO_ROLES, PLURAL_DETERMINERS, PLURAL_PRONOUNS, POSSESSIVES, POST_QUALIFIERS, PRESIDING, PRONOUN_GENDER, QUE, REACH_ADJECTIVES, REFLEXIVES, RELATIONAL_ROLES, RELATIVES, SCOPE_ADJECTIVES, SOVEREIGN_TITLES, SOURCE_NOUNS, SPOKESPERSONS, THIRD_OBJECT_CLITICS, TITLE_ADJECTIVES, TITLED_OFFICES, TO, TRIAL_NOUNS, UNNAMED_GROUPS, VOICE_NOUNS, court_sides, cue_prepositions, demonym, document_nouns, fold,
    continuation_verbs, fold_title, generic_organisation_nouns, given_name, honorifics, is_role, media_nouns, metonyms, news_agencies, outlets, nationality, organisation_nouns, place_nouns, reporting_verbs, role_hypernyms, role_key, role_synonyms, speaking_bodies, speech_nouns, strip_pronoun, unaccented,
)
from .cues import source_of_a_cue
from .layout import is_byline, is_heading
from .marks import OPENERS
from .mentions import latter_gender, mistagged_name, person_in_view, personal_reflexive
from .names import SINGULAR_ARTICLES, after_a_reporting_verb, alias_after, apposed_roles, ends_with, first_name_gender, initials_of_person, name_words, opens_a_sentence, role_gender, role_left, role_noun_of, role_phrase, subject_of_an_incise
from .organisations import (
    abbreviates, acronym_after, acronym_in_brackets, acronym_introduced, apposed_org_name, ent_end, expansion_after, expansion_before, expansion_of, issuer_phrase, spelt_out_elsewhere,
    names_an_organisation, names_organisation, after_preposition, opens_a_title, organisation_name, organisation_phrase_end, without_glued_acronym,
)
from .syntax import ROMAN_NUMERAL, SUBJECT_DEPS, finite_verb, head_noun, is_subject, morph_gender, plural, subject_verb, whose_view

PERSON, ORGANISATION = "person", "organisation"
ELIDED_INITIAL = re.compile(r"^[A-ZÀ-Ý]['’]")
GIVEN_NAME = "prénom"  # the evidence of a gender guessed from a given name
TITLE = "titre"  # … or from a masculine title (« le ministre X » may be a woman)
GUESSES = (GIVEN_NAME, TITLE)
INCISE_AFTER_A_QUOTE = re.compile(r"\s*[»”\"]?\s*,[^.!?«»“”\"]{0,40}$")  # « … », a-t-


@dataclass
class Entity:
    """A person or an organisation of one article, under the fullest name the article gives."""

    name: str
    kind: str = PERSON
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    gender_evidence: str | None = None  # what in the text says so: « Mme », « la directrice », « a-t-elle »
    aliases: list[list[str]] = field(default_factory=list)  # the words of other names (« A'Salfo »)

    def learn_gender(self, gender: str | None, evidence: str, from_text: bool = True) -> None:
        """Record the gender a word of the article gives. The text (an honorific, a role, a pronoun) beats a
        given name, which is only the last resort; the first word of the text that tells is kept."""
        guessed = self.gender_evidence is not None and self.gender_evidence.startswith(GUESSES)
        if gender in ("m", "f") and (self.gender is None or from_text and guessed):
            self.gender, self.gender_evidence = gender, evidence

    @property
    def certain_gender(self) -> str | None:
        """The gender that rules a pronoun out: not one guessed from a masculine title only (« le maire
        Camille X … a-t-elle ajouté »); a given name's guess does."""
        from_title = self.gender_evidence is not None and self.gender_evidence.startswith(TITLE)
        return None if from_title else self.gender

    @property
    def role_keys(self) -> set[str]:
        """The nouns a later mention may use for this entity: role nouns, an organisation's kind or acronym."""
        return {role_key(role_noun_of(role)) for role in self.roles}


@dataclass(frozen=True)
class Resolution:
    entity: Entity | None
    how: str  # the name of the rule in RESOLVERS that resolved it
    confidence: float


@dataclass
class _Seen:
    at: int
    entity: Entity
    prominent: bool  # a subject or a speaker
    spoke: bool = False
    complement: bool = False  # named in a complement (« lors d'une rencontre avec le président, X »)
    quoted: bool = False  # the speaker of a quote attributed here
    faced: bool = False  # named as whom someone faced (« sa défaite face à X »)

    @property
    def may_speak(self) -> bool:
        """A person, or an organisation that has spoken: « le conseil doit se réunir » does not take the
        « a-t-il lancé » of the union leader quoted just before."""
        return self.entity.kind == PERSON or self.spoke


class ArticlePeople:
    """The people and organisations of one parsed article, and the resolution of mentions to them."""

    def __init__(
        self, doc: Doc, names: list[tuple[int, int, str | None]], sentence_starts: list[int], quoted: list[tuple[int, int]] = (),
        body_start: int = 0,
    ):
        """`names` are `names.find_names(doc)`; a subject or speaker of the current or previous sentence (from
        `sentence_starts`) outranks a more recent mere mention; names inside `quoted` spans are not antecedents;
        what comes before char `body_start` is the headline."""
        self.doc = doc
        self.body_start = body_start
        self.sentence_starts = sentence_starts
        self.quoted = list(quoted)
        self.entities: list[Entity] = []
        self._seen: list[_Seen] = []
        self.names: list[tuple[int, int, Entity]] = []  # token start, token end, entity
        self._roles_seen: list[tuple[int, str, Entity]] = []  # char offset, role noun, entity
        self.titled_lawyers: list[Entity] = []  # lawyers by their title alone (« Me X »), on no side of a trial we know
        self._countries: dict[int, tuple[Entity, set[str]]] = {}  # by id: the countries a person's posts are of
        self._short_titles: dict[str, Entity] = {}  # « mincom » -> whom « le ministre de la Communication (Mincom) » is
        self.guessed_roles: set[int] = set()  # ids of people whose role the article never gave, only a resolution
        for start, end, honorific_gender in names:
            entity = self._alias_of(doc[start:end]) or self._person_for(doc[start:end], honorific_gender)
            self.names.append((start, end, entity))
            self._learn_roles(entity, start, end)
            char = doc[start].idx
            if not self._quoted(char) and not _in_credit_line(doc.text, char):
                self._seen.append(_Seen(char, entity, _prominent(doc[start]), complement=_in_complement(doc[start]), faced=_faced(doc[start])))
        self._spell_names_as_most_often()
        self._learn_lawyers_by_title()
        self._register_organisations(quoted)
        self._seen.sort(key=lambda seen: seen.at)
        self._subjects_to_follow = deque(
            t for t in doc if (_main_pronoun_subject(t) or _epithet_subject(t) or _latter_subject(t)) and not self._quoted(t.idx)
        )

    def _quoted(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.quoted)

    # -- building --------------------------------------------------------------------------------------
    def _person_for(self, name: Span, honorific_gender: str | None) -> Entity:
        words = name_words(name)
        text = " ".join(words)
        entity = self._matching_person(words, honorific_gender, name) or self._misspelt_person(words, name)
        if entity is not None and len(words) == 1 and _described_as_someone_else(name, entity):
            entity = None  # « déplore Bruno, gérant d'un hôtel »: a witness by his given name, not the minister Bruno X
        if entity is None:
            entity = Entity(text, PERSON)
            entity.learn_gender(first_name_gender(words), f"{GIVEN_NAME} {words[0]}", from_text=False)
            self.entities.append(entity)
        elif len(words) > len(known := entity.name.split()) and (_fuller(words, known) or _with_its_number(words, known) and _sovereign(entity)):
            entity.name = text  # a fuller form of a name seen first in short
        if honorific_gender:
            entity.learn_gender(honorific_gender, self.doc[max(0, name.start - 1)].text)
        return entity

    def _spell_names_as_most_often(self) -> None:
        """« Les Lions de Walif Regragui » then three times « Walid Regragui »: a person is named as the article
        spells their full name most often, in lowercase letters rather than in capitals (« MARINE LE PEN » heading
        a list of reactions)."""
        spellings: dict[int, Counter] = {}
        for start, end, entity in self.names:
            words = name_words(self.doc[start:end])
            if len(words) == len(entity.name.split()):
                spellings.setdefault(id(entity), Counter())[" ".join(words)] += 1
        for entity in self.entities:
            counted = spellings.get(id(entity))
            if counted:  # among equals, the longest: a letter left out is the commonest typo (« Van Leeu », « Van Leeuw »)
                entity.name = max(counted, key=lambda spelling: (not spelling.isupper(), counted[spelling], len(spelling), spelling == entity.name))

    def _alias_of(self, name: Span) -> Entity | None:
        """The person named just before, when `name` is another of theirs (« X, alias Y »)."""
        if not self.names:
            return None
        _, previous_end, entity = self.names[-1]
        alias = alias_after(self.doc, previous_end)
        if alias is None or alias[0] != name.start or entity.kind != PERSON:
            return None
        words = name_words(name)
        entity.aliases += [words, [ELIDED_INITIAL.sub("", word) for word in words]]  # « A'Salfo », then maybe « Salfo »
        return entity

    def _matching_person(self, words: list[str], gender: str | None, name: Span) -> Entity | None:
        candidates = self._persons_named(words, _same_person)
        if not candidates:
            return self._double_surname_bearer(words, gender, name)
        if gender:
            candidates = [e for e in candidates if e.gender in (None, gender)] or candidates
        return candidates[-1] if candidates else None

    def _double_surname_bearer(self, words: list[str], gender: str | None, name: Span) -> Entity | None:
        """« madame Gagnon » for Sophie Gagnon-Tremblay, named before; not « le maire de Magog, M. Gagnon » (a role
        she does not hold) nor « son époux, M. Rochat » (another gender): a relative or namesake."""
        bearers = self._persons_named(words, _double_surname_halved)
        if not bearers:
            return None  # most first mentions: no need to look for the mention's roles
        roles = {role_key(t.text) for t in apposed_roles(self.doc, name.start, name.end)}
        return next((e for e in reversed(bearers) if _agrees(e.certain_gender, gender) and roles <= e.role_keys), None)

    def _persons_named(self, words: list[str], same: Callable[[list[str], list[str]], bool]) -> list[Entity]:
        return [
            e for e in self.entities
            if e.kind == PERSON and (same(e.name.split(), words) or any(same(alias, words) for alias in e.aliases))
        ]

    def _misspelt_person(self, words: list[str], name: Span) -> Entity | None:
        """« Vahaezebrouck » after « Hein Vanhaezebrouck »: a typo of the name of a person seen before — but never
        of one named in the same sentence (« Sébastien Chenu et son collègue Sébastien Chenut »)."""
        typos = (e for e in self.entities if e.kind == PERSON and _misspelt(e.name.split(), words))
        return next((e for e in typos if not self._named_in(e, name.sent)), None)

    def _named_in(self, entity: Entity, sentence: Span) -> bool:
        return any(e is entity and sentence.start <= start < sentence.end for start, _, e in self.names)

    def _learn_roles(self, entity: Entity, start: int, end: int) -> None:
        for role_token in apposed_roles(self.doc, start, end):
            at = min(role_token.idx, self.doc[start].idx)
            if role_key(role_token.text) in COUNTERPARTS:
                self._learn_counterparts_post(entity, at)
            self._roles_seen.append((at, role_key(role_token.text), entity))
            phrase = role_phrase(role_token, start, end)
            if phrase not in entity.roles:
                entity.roles.append(phrase)
                self._learn_countries(entity, phrase.split())
            short = _short_title(role_token, start)
            if short is not None:
                self._short_titles.setdefault(fold(short), entity)
            determiner = next((c.text_with_ws for c in role_token.children if c.dep_ == "det"), "")
            entity.learn_gender(role_gender(role_token, evidence=True), determiner + role_token.text)
            # « le ministre X »: a masculine title may be a woman's, so only a guess, like a given name's
            entity.learn_gender(role_gender(role_token), f"{TITLE} {determiner}{role_token.text}", from_text=False)

    def _learn_counterparts_post(self, entity: Entity, at: int) -> None:
        """« le ministre indien des Affaires étrangères X … avec son homologue iranien Y »: Y holds the post of
        the last person introduced with one, so that « le ministre iranien » is Y."""
        earlier = [key for char, key, e in self._roles_seen if char < at and e is not entity and key not in RELATIONAL_ROLES]
        if earlier:
            key = earlier[-1]
            self._roles_seen.append((at, key, entity))
            if key not in entity.roles:
                entity.roles.append(key)

    def _learn_lawyers_by_title(self) -> None:
        """« Me X », « Maître X » with no role apposed anywhere in the article: the role their title gives
        (« avocat »), whom « l'avocat » and « son conseil » mean — once every name is read, since « Me X » may
        be introduced as « procureure » further on."""
        for start, _, entity in self.names:
            title = self.doc[start - 1] if start else None
            if title is None or title.text not in honorifics() or fold(title.text) not in LAWYER_TITLES:
                continue
            if entity.roles and not any(entity is e for e in self.titled_lawyers):
                continue
            role = LAWYER_TITLES[fold(title.text)]
            self._roles_seen.append((title.idx, role_key(role), entity))
            if not entity.roles:
                entity.roles.append(role)
                self.titled_lawyers.append(entity)
        self._roles_seen.sort(key=lambda seen: seen[0])

    def _apposed(self, token: Token) -> bool:
        """"Thierry Bonnet, un retraité …": a noun phrase in apposition to a name just before it."""
        i = token.i - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].pos_ in ("DET", "ADJ")):
            i -= 1
        return i > 0 and self.doc[i].text == "," and any(start <= i - 1 < end for start, end, _ in self.names)

    # -- resolving -------------------------------------------------------------------------------------
    def resolve(self, mention: Span, at: int | None = None, exclude: tuple[Entity, ...] = ()) -> Resolution:
        """The entity a mention (a noun phrase or pronoun) refers to, looking back from `at` (a char offset):
        the first rule of `RESOLVERS` that answers. A pronoun or anaphoric noun never resolves to one of
        `exclude` (whose aims a quote reports, who asked the question a quote answers)."""
        facts = _Mention(mention, mention.start_char if at is None else at, exclude)
        for name, rule in RESOLVERS:
            answer = rule(self, facts)
            if answer is not None:
                entity, confidence = answer
                return Resolution(entity, name, confidence)
        return Resolution(None, "unknown", 0.2)

    def document_issuer(self, document: Token, exclude: tuple[Entity, ...]) -> tuple[Entity | None, float]:
        """Who issued the communiqué, letter or report that "says" something: named in the phrase itself
        ("un communiqué de la préfecture"), or else the subject where the article last mentioned the same
        document before, or any such document ("Dans un communiqué, la mairie a annoncé …" … « … », précise le
        texte): « dans le communiqué » is the one the ministry issued, not the note it answered."""
        earlier = [t for t in self.doc[: document.i] if _document_noun(t) is not None]
        same = [t for t in earlier if _document_noun(t) == _document_noun(document)]  # « les déclarations du Conseil » … « la déclaration »
        for candidate in [document] + (same or earlier)[-1:]:
            issuer = issuer_phrase(candidate)
            entity = self.resolve(issuer, exclude=exclude).entity if issuer is not None else None
            if entity is not None:
                return entity, 0.75
        # « L'UNTM a annoncé … dans un communiqué. « … », indique le communiqué »: the one that just spoke issued it
        determiner = next((fold(c.text) for c in document.children if c.dep_ == "det"), None)
        if determiner not in DEFINITE_ARTICLES | DEMONSTRATIVE_DETERMINERS:
            return None, 0.3
        recent = self.recent_speaker(document.idx, exclude)
        return (recent, 0.6) if recent is not None else (None, 0.3)

    def body_named_before(self, phrase: str, at: int) -> bool:
        """An organisation whose name begins with `phrase` (« parquet » → « parquet de Bordeaux ») was seen before `at`."""
        return any(s.entity.kind != PERSON and fold(s.entity.name).startswith(phrase) for s in self.seen_before(at))

    def recent_speaker(self, at: int, exclude: tuple[Entity, ...] = ()) -> Entity | None:
        """Whoever spoke last in the few sentences before char `at` (IMPERSONAL_REACH)."""
        recent = [s.entity for s in self.seen_before(at) if s.spoke and at - s.at < IMPERSONAL_REACH and not any(s.entity is e for e in exclude)]
        return recent[-1] if recent else None

    def name_in(self, mention: Span) -> Entity | None:
        """The person a mention names: the last name in it that is not a complement ("l'avocat de
        M. Meunier, Me Antoine Berthier" names Berthier) nor a party after a role ("la députée CSV")."""
        head = head_noun(mention)
        inside = [
            (start, entity) for start, end, entity in self.names
            if start < mention.end and end > mention.start and not _party_after_role(self.doc[start:end])
        ]
        apposed = [entity for start, entity in inside if not _in_a_complement(self.doc, start, mention.start)]
        if apposed:
            return apposed[-1]
        if inside and (head is None or not is_role(head.text) and not _a_things_owner(head)):
            return inside[-1][1]
        return None  # "l'avocate de Karim Benali" is not Karim Benali: her role says who she is

    def named_between(self, start: int, end: int, quoted: bool = True) -> tuple[Entity, ...]:
        """The people a text between char offsets `start` and `end` names (« Je comprends qu'Adèle Haenel soit
        partie »): not who speaks it — nobody quotes himself by name. In a reported clause without marks, a
        main subject may be its speaker after all (« X parlait d'une pratique …, selon lui »)."""
        return self._people_named(start, end, lambda name: quoted or not _prominent(name[0]))

    def subject_of_the_words(self, start: int) -> tuple[Entity, ...]:
        """« Mamadi Doumbouya « s'est résolu à … », assène cet opposant »: the person named as a clause's subject
        right before the opening mark of a quote at char `start` that goes on with their predicate (its words open
        in lowercase) is whom the quote is about, not who speaks it (unlike « Selon X « … » »)."""
        if not self.doc.text[start : start + 1].islower():
            return ()
        for first, last, entity in self.names:
            end = self.doc[last - 1].idx + len(self.doc[last - 1].text)
            if entity.kind == PERSON and end < start and self.doc.text[end:start].strip() in (*OPENERS, '"') and _opens_its_clause(self.doc, first):
                return (entity,)
        return ()

    def named_in_the_words(self, start: int, end: int) -> tuple[Entity, ...]:
        """The people a quote between char offsets `start` and `end` speaks of (« avec les absences de Marc
        (Lessard) »), not counting who an incise inside it names (« …, jure le défenseur X. … »)."""
        return self._people_named(start, end, lambda name: not after_a_reporting_verb(name))

    def _people_named(self, start: int, end: int, counts: Callable[[Span], bool]) -> tuple[Entity, ...]:
        inside = [
            entity for first, last, entity in self.names
            if start <= self.doc[first].idx < end and entity.kind == PERSON and counts(self.doc[first:last])
        ]
        return tuple({id(e): e for e in inside}.values())

    def role_holder(
        self, role_key: str, at: int, gender: str | None = None, qualifier: tuple[str, ...] = (), post: Post = (None, None),
        exclude: tuple[Entity, ...] = (),
    ) -> Entity | None:
        """The person last introduced with this role before `at`, of the mention's gender if it tells (« le
        ministre » is not the ministre Olivia Grégoire — unless she alone holds the post the mention names in
        full: « le ministre de la Santé », the masculine used for a woman), and among several holders the one
        whose role has the mention's `qualifier` words (« le directeur du festival », not the « directeur
        délégué »); "l'élu" before the article says which élu is not yet anyone."""
        seen = [e for char, key, e in self._roles_seen if key == role_key and char < at]
        seen = [e for e in seen if not _holds_another(e, role_key, post) and not any(e is x for x in exclude)]
        holders = [e for e in seen if _agrees(e.certain_gender, gender)]
        if not holders and gender == "m":  # « la ministre de la Santé, X » … « a lancé le ministre de la santé »
            holders = [e for e in seen if _has_qualifier(e, qualifier)]
        fitting = [e for e in holders if _has_qualifier(e, qualifier)]
        # « la ministre »: Mélanie X, not « son homologue Qin Y »; the masculine is also the unmarked form, so « l'avocat » may
        # be Me Y, whose gender the article never tells, as well as Me X, called « il » before
        of_its_gender = [e for e in holders if gender == "f" and e.certain_gender == gender]
        pool = fitting or of_its_gender or holders
        return self._speaking_since(pool, role_key, at) or (pool or [None])[-1]

    def only_one_qualified(self, qualifier: tuple[str, ...], at: int, gender: str | None, exclude: tuple[Entity, ...]) -> Entity | None:
        """The one person seen before `at` one of whose roles, whatever its noun, has the `qualifier` words of a
        role mention (« communiste » of « le député communiste » in « secrétaire général du Parti communiste »)."""
        if any(nationality(word) or demonym(word) or word in SCOPE_ADJECTIVES for word in qualifier):
            return None  # « le sélectionneur national », « l'attaquant belge »: words many people's roles may hold
        seen = {id(s.entity): s.entity for s in self._seen if s.at < at and s.entity.kind == PERSON and _agrees(s.entity.certain_gender, gender)}
        fitting = [e for e in seen.values() if _has_qualifier(e, qualifier) and not any(e is x for x in exclude)]
        return fitting[0] if len(fitting) == 1 else None

    def _speaking_since(self, holders: list[Entity], role_key: str, at: int) -> Entity | None:
        """« … avec le ministre russe Y. » … « … », selon M. X. « … », a estimé le ministre »: of several holders of a
        role, the one quoted since the last of them was introduced."""
        if len(holders) < 2:
            return None
        introduced = max(char for char, key, e in self._roles_seen if key == role_key and char < at and e is holders[-1])
        quoted = [s.entity for s in self._seen if s.quoted and introduced < s.at < at and any(s.entity is h for h in holders)]
        return quoted[-1] if quoted else None

    def introduced_anew(self, entity: Entity, key: str, at: int) -> bool:
        """Since a resolution gave `entity` the role noun `key`, someone else was introduced by it before char
        `at` (« un autre commerçant », « un médecin de garde »): the role no longer means `entity`."""
        since = max((char for char, k, e in self._roles_seen if k == key and e is entity and char < at), default=0)
        return any(
            since < t.idx < at and role_key(t.text) == key and t.i > 0 and fold(self.doc[t.i - 1].text) in INDEFINITE | OTHER_WORDS
            for t in self.doc
        )

    def role_held_elsewhere(self, role_key: str, post: Post) -> bool:
        """Somebody holds this role noun, but another post of that title by the adjective after it (« le
        directeur administratif de la clinique » after « M. X, directeur général de Hysacam »): the mention is
        someone the article does not name."""
        return any(
            key == role_key and id(e) not in self.guessed_roles and all(_other_adjective(post, other) for other in _posts(e, role_key))
            for _, key, e in self._roles_seen
        )

    def holders_for_another_country(self, countries: frozenset[str]) -> tuple[Entity, ...]:
        """The people whose posts are all another country's than the mention's nationality adjectives say: « le
        président du Conseil italien X », « le chancelier allemand Y », or whom « le président français » already
        meant, is not « le chef de l'État ukrainien »."""
        if not countries:
            return ()
        return tuple(entity for entity, held in self._countries.values() if held.isdisjoint(countries))

    def learn_post(self, entity: Entity, mention: Span) -> None:
        """Remember that a role mention meant `entity`: the same role later is that person, whoever is in view
        then (« …, a martelé le procureur adjoint » after X spoke, then a paragraph on, « le procureur adjoint »);
        and its country, with a nationality adjective (« le président français »), so that another country's
        holder of a post is someone else."""
        head = head_noun(mention)
        if head is None:
            return
        self._learn_countries(entity, [t.text for t in mention if t.i > head.i])
        key = role_key(head.text)
        first = next((t.i for t in mention if t.pos_ != "DET" and fold(t.text) not in ARTICLES), head.i)  # « Premier ministre »
        phrase = " ".join(t.text for t in mention if t.i >= min(first, head.i))
        if is_role(head.text) and not entity.roles and key not in PLAIN_PERSONS | LAY_ROLES and role_key(role_noun_of(phrase)) == key:
            self._roles_seen.append((mention.start_char, key, entity))
            entity.roles.append(phrase)
            self.guessed_roles.add(id(entity))

    def _learn_countries(self, entity: Entity, words: list[str]) -> None:
        countries = _countries(words)
        if countries:
            self._countries.setdefault(id(entity), (entity, set()))[1].update(countries)

    def holders_of_another_post(self, role_key: str, post: Post) -> tuple[Entity, ...]:
        """The people who hold this title as another post (« le président X » for « l'ancien président »)."""
        return tuple({id(e): e for _, key, e in self._roles_seen if key == role_key and _holds_another(e, role_key, post)}.values())

    def named_only_in_the_headline(self, at: int, in_passing: bool = False) -> tuple[Entity, ...]:
        """The people the headline names and the body does not before char `at`: no post of theirs is known, so a
        role with a complement or qualifier (« le premier ministre canadien » under « Donald Trump menace le
        Canada ») is not surely theirs. `in_passing`: only those who are not the headline's subject (« Après Isaac
        et Sandy, … », not « Didier Deschamps prolonge … », whom the body may call « il » from its first line)."""
        if not self.body_start:
            return ()
        in_body = {id(s.entity) for s in self._seen if self.body_start <= s.at < at}
        headline = [s for s in self._seen if s.at < self.body_start and id(s.entity) not in in_body]
        subjects = {id(s.entity) for s in headline if s.prominent} if in_passing else set()
        return tuple({id(s.entity): s.entity for s in headline if id(s.entity) not in subjects}.values())

    def holders_of_offices(self) -> tuple[Entity, ...]:
        """The people the article introduced with an office, a role of something (« adjoint au maire »,
        « président du club »), not an occupation alone (« retraité », « le boulanger X »)."""
        return tuple({
            id(e): e for _, key, e in self._roles_seen if key not in LAY_ROLES and any(_complement_words(role, key) for role in e.roles)
        }.values())  # not « habitant de Kouaoua »: where one lives is no office

    def heads_of_a_body(self, key: str) -> tuple[Entity, ...]:
        """The holders of the role noun `key` only as the head of a body (« le président du Conseil européen », « la
        présidente du Sénat »): whom a periphrasis of a post in itself (« le chef de l'État ») does not mean."""
        heads = {}
        for _, seen_key, e in self._roles_seen:
            if seen_key != key or id(e) in heads:
                continue
            complements = [_complement_words(role, key) for role in e.roles if role_key(role_noun_of(role)) == key]
            if complements and all(not BODIES.isdisjoint(words) for words in complements):
                heads[id(e)] = e
        return tuple(heads.values())

    def holders_for_other_things(self, key: str, phrase: str) -> tuple[Entity, ...]:
        """The holders of the role noun `key` whose role's complement names none of what `phrase`'s does: « le
        ministre de la Justice, X » is not the « ministre de l'économie » that « le locataire de Bercy » means —
        nor is « le secrétaire général de FO Banques » the « secrétaire général de la CFDT Banques » (other
        acronyms name other bodies, whatever words the complements share)."""
        wanted = set(_complement_words(phrase, key))
        if not wanted:
            return ()
        bodies = _acronyms(phrase)
        return tuple({
            id(e): e for _, seen_key, e in self._roles_seen
            if seen_key == key and all(
                wanted.isdisjoint(_complement_words(role, key)) or bodies and _acronyms(role) and bodies.isdisjoint(_acronyms(role))
                for role in e.roles if role_key(role_noun_of(role)) == key
            )
        }.values())

    @cached_property
    def _first_court_and_trial_nouns(self) -> tuple[int, int]:
        """Where the article first names a court (« le tribunal », « la cour ») and a trial or criminal court
        (« le procès », « les assises »): found in one pass, once, asked per « la juge » or « le président »."""
        court = trial = len(self.doc.text)
        for token in self.doc:
            word = fold(token.text)
            court = min(court, token.idx) if word in COURT_NOUNS else court
            trial = min(trial, token.idx) if word in TRIAL_NOUNS else trial
        return court, trial

    def named_after_the_periphrasis(self, phrase: str, at: int, gender: str | None, exclude: tuple[Entity, ...]) -> Entity | None:
        """« le chef de l'État burkinabè, le capitaine X », « le chef du gouvernement, Y »: the person named in
        apposition right after the periphrasis, the last time the article wrote it before char `at`."""
        first = phrase.split()[0]
        written = [
            t.i for t in self.doc
            if t.idx < at and fold(t.text) == first and unaccented(fold(self.doc[t.i : t.i + len(phrase.split()) + 2].text)).startswith(phrase)
        ]
        apposed = (self._person_apposed_after(i) for i in reversed(written))
        return next((e for e in apposed if e is not None and _agrees(e.certain_gender, gender) and not any(e is x for x in exclude)), None)

    def _person_apposed_after(self, i: int) -> Entity | None:
        """The person whose name follows token `i` within its noun phrase and appositions (« …, le capitaine X »):
        no verb between."""
        start, entity = next(((start, e) for start, _, e in self.names if start > i), (None, None))
        if entity is None or entity.kind != PERSON or start - i > 12:
            return None
        return entity if all(t.is_punct or t.pos_ in ("DET", "ADJ", "ADP", "NOUN", "PROPN") for t in self.doc[i + 1 : start]) else None

    def person_named_at(self, i: int) -> bool:
        """A person's name starts at token `i`."""
        return any(start == i and entity.kind == PERSON for start, _, entity in self.names)

    def short_title_holder(self, word: str) -> Entity | None:
        """Whose post the article gave this short title in brackets (« (Mincom) »)."""
        return self._short_titles.get(fold(word))

    def in_court(self, at: int) -> bool:
        """The article has named a court before char `at`: a report of a trial."""
        return self._first_court_and_trial_nouns[0] < at

    def at_trial(self, at: int) -> bool:
        """The article has named a trial or a criminal court before char `at` (not the « Chambre des députés »)."""
        return self._first_court_and_trial_nouns[1] < at

    def presiding_judge(self, at: int, gender: str | None) -> Entity | None:
        """Whoever the article introduced before `at` as presiding a court (« la présidente du tribunal, X », or
        « la présidente, X » with no other complement): « la juge » of the trial."""
        in_court = self.in_court(at)  # a bare « la présidente » presides a court only in a trial
        holders = [
            e for char, key, e in self._roles_seen
            if key in PRESIDING and char < at and _agrees(e.certain_gender, gender) and any(
                (words and set(words) <= COURT_NOUNS) or (not words and in_court)
                for words in (_complement_words(role, key) for role in e.roles if role_key(role_noun_of(role)) == key)
            )
        ]
        return holders[-1] if holders else None

    def later_role_holder(
        self, role_key: str, at: int, gender: str | None = None, post: Post = (None, None), exclude: tuple[Entity, ...] = ()
    ) -> Entity | None:
        """The one person the article introduces with this role after `at`, when nobody held it before."""
        holders = {
            id(e): e for char, key, e in self._roles_seen
            if key == role_key and char > at and _agrees(e.certain_gender, gender) and not _holds_another(e, role_key, post)
            and not any(e is x for x in exclude)
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def salient(
        self, gender: str | None, at: int, confidence: float, people_only: bool, exclude: tuple[Entity, ...] = ()
    ) -> tuple[Entity | None, float]:
        """The antecedent of a pronoun or anaphoric noun: among the entities of matching gender seen before
        `at`, a person or speaker who is a subject of this sentence or the previous one comes first, then one
        whose gender is known to match, then a person or speaker, then the most recent. An organisation
        qualifies once it has spoken (as the main subject of a reporting verb: "La préfecture a appelé à la
        prudence. « … », a-t-elle déclaré"), or as the main-clause subject of this sentence or the previous
        one (not "X a rappelé que la Commission avait …")."""
        horizon = self._previous_sentence_start(at)
        candidates = [
            seen for seen in self._seen
            if seen.at < at and _agrees(seen.entity.certain_gender, gender) and not any(seen.entity is e for e in exclude)
            and (seen.entity.kind == PERSON or not people_only and (seen.spoke or seen.prominent and seen.at >= horizon))
        ]
        if not candidates:
            return None, 0.3
        if gender is not None and any(s.entity.gender == gender for s in candidates):  # « Kadiatou X, une commerçante … », then
            candidates = [s for s in candidates if s.entity.gender in (None, gender)]  # « -elle »: not « le colonel », however salient
        subject_first = len(candidates) > 1 and not self._noun_subject_between(max(s.at for s in candidates), at)
        choice = max(
            candidates,
            key=lambda s: (
                s.prominent and s.at >= horizon and s.may_speak, gender is not None and s.entity.gender == gender,
                gender == "m" and s.entity.kind == PERSON, s.may_speak,
                not ((s.complement or s.faced) and gender is not None),  # « son souhait » may well be his
                subject_first and bisect_right(self.sentence_starts, s.at), subject_first and s.prominent, s.at,  # that sentence's subject
            ),
        )
        return choice.entity, confidence if choice.entity.gender == gender else confidence - 0.15

    def _noun_subject_between(self, start: int, end: int) -> bool:
        """A noun or « ce dernier » is the main subject of a clause between char offsets `start` and `end` (« Le
        Serbe a quitté le court », « Le président lui a proposé … »), or a sentence without a verb stands there
        (« X a limogé Y. Un renvoi surprise. »): either may turn to any of the people before, so the subject of the
        sentence that named them outranks no one (« il », « celui qui … » do not tell)."""
        between = self.doc[self._token_at(start) : self._token_at(end)]
        return any(_fragment(sentence) for sentence in between.sents if between.start < sentence.start and sentence.end < between.end) or any(
            is_subject(t, main_clause=True) and strip_pronoun(t.text) not in PRONOUN_GENDER and fold(t.text) not in DEMONSTRATIVE_RELATIVES
            for t in between
        )

    def introduced_before_a_colon(self, gender: str | None, at: int) -> Entity | None:
        """« Un avis partagé par l'élu X, lui-même agriculteur : « … », a-t-il expliqué », « Colère aussi chez X : »: a
        pronoun in the incise of a quote that a colon opens is the one person of its gender whose view the words
        before the colon announce, not the speaker before — unless someone else is the subject there (and never
        whom they talk about: « Un message adressé à Y : »)."""
        lead_in = self._colon_lead_in(at)
        if lead_in is None:
            return None
        start, colon = lead_in.start_char, lead_in.end_char
        named = {
            id(seen.entity): seen.entity for seen in self._seen
            if start <= seen.at < colon and seen.entity.kind == PERSON and not seen.complement and _agrees(seen.entity.certain_gender, gender)
            and (seen.prominent or whose_view(self.doc, self._token_at(seen.at)) or self._opens_a_sentence(seen.at))
        }
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        return None if any(_someone_else_subject(t, person) for t in lead_in) else person

    def _colon_lead_in(self, at: int) -> Span | None:
        """The words from the sentence start to the colon that opens the quote whose incise holds char `at`."""
        quote = next((q for q in reversed(self.quoted) if q[1] <= at), None)
        text = self.doc.text
        if quote is None or not INCISE_AFTER_A_QUOTE.match(text[quote[1] : at]) or not text[: quote[0]].rstrip().endswith(":"):
            return None
        colon = text[: quote[0]].rstrip().rfind(":")
        start = self.sentence_starts[max(0, bisect_right(self.sentence_starts, colon) - 1)]
        return self.doc[self._token_at(start) : self._token_at(colon)]

    def _opens_a_sentence(self, at: int) -> bool:
        """« Raphaël X, planteur à Duékoué, relate … : »: a name that opens its sentence, its subject whatever the parse."""
        return opens_a_sentence(self.doc, self._token_at(at))

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.idx for token in self.doc]

    def _token_at(self, char: int) -> int:
        return max(0, bisect_right(self._token_starts, char) - 1)

    def unnamed_speakers(self, before: int | None = None) -> tuple[Entity, ...]:
        """The speakers the article leaves unnamed (« hurle un agriculteur »), those seen `before` a char offset if given."""
        return tuple({id(s.entity): s.entity for s in self._seen if not s.entity.name and (before is None or s.at < before)}.values())

    def unnamed_subject_before(self, at: int, gender: str | None) -> bool:
        """Someone anyone can be (« ce voisin », « un habitant ») is the subject of a clause of the paragraph
        before char `at` (« Ce voisin est encore sous le choc »), of that gender: a pronoun after it means that
        unnamed person, not one named later — unlike « la victime », whom a spokesperson named later talks about."""
        return any(_anyone(t) for t in self._subject_roles_before(at, gender))

    def role_before_a_colon(self, at: int, gender: str | None) -> Span | None:
        """« La juge ne cache pas son scepticisme : « … », relève-t-elle »: the role noun phrase, of that gender, that
        is the main subject of the clause a colon ends just before the quote the pronoun at char `at` follows."""
        lead_in = self._colon_lead_in(at)
        role = next((t for t in lead_in or () if t.pos_ == "NOUN" and is_role(t.text) and t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if role is None or role_gender(role) not in (None, gender) or any(role.i < start < lead_in.end for start, _, _ in self.names):
            return None  # not « La juge a lu la lettre de Jeanne X, la sœur de la victime : « … », écrit-elle »
        words = [t.i for t in role.subtree if not t.is_punct and t.i < lead_in.end]
        return self.doc[min(words) : max(words) + 1]

    def unnamed_court_officer_before(self, at: int, gender: str | None) -> bool:
        """« Dans la foulée, le président du tribunal a pris la parole. « … », s'est-il justifié »: a court officer
        the article leaves unnamed is the last subject of that gender in the paragraph before char `at`, with
        nobody named since — whom the pronoun means, not the lawyer or the accused in view."""
        role = self.subject_role_before(at, gender)
        if role is None or role_key(role.text) not in BENCH_ROLES | PRESIDING or not (self.in_court(at) or self.at_trial(at)):
            return False
        if any(role.idx < seen.at < at and seen.entity.kind == PERSON for seen in self._seen):
            return False  # « La juge a lu la lettre de Jeanne X : « … », écrit-elle »: Jeanne X
        phrase = [t.i for t in role.subtree if t.i <= role.i or t.i < role.head.i and not t.is_punct]
        entity = self.resolve(self.doc[min(phrase) : max(phrase) + 1]).entity
        return entity is None or not entity.name

    def subject_role_before(self, at: int, gender: str | None) -> Token | None:
        """The last role noun of that gender that is a subject in the paragraph before char `at`."""
        return next(reversed(self._subject_roles_before(at, gender)), None)

    def _subject_roles_before(self, at: int, gender: str | None) -> list[Token]:
        before = self.doc.char_span(self._paragraph_start(at), at, alignment_mode="contract") or ()
        return [t for t in before if t.pos_ == "NOUN" and is_role(t.text) and is_subject(t) and _agrees(role_gender(t), gender)]

    def _paragraph_start(self, at: int) -> int:
        return self.doc.text.rfind("\n", 0, at) + 1

    def named_later_in_paragraph(self, gender: str | None, at: int) -> Entity | None:
        """The first person of that gender named after char `at` in its paragraph: whom a pronoun that opens
        the text means (cataphora)."""
        end = self._paragraph_end(at)
        later = [s.entity for s in self._seen if at < s.at < end and s.entity.kind == PERSON and _agrees(s.entity.certain_gender, gender)]
        return later[0] if later else None

    def first_named_after(
        self, gender: str | None, at: int, key: str, post: Post = (None, None), exclude: tuple[Entity, ...] = (), close: bool = False
    ) -> Entity | None:
        """Whom a role that nobody holds means (« …, a indiqué la procureure d'Evry. …, a précisé Marie X »):
        the first person named after char `at`, in that paragraph or the next, as a subject or a speaker, with
        no other role noun than `key` nor another `post` of it. When others were named before (`close`), only
        in that paragraph and with no description of its own (not « a réagi Sophie X, dont la fille … »). Not
        someone the sentence brings in besides (« Y a de son côté menacé … »). Not someone a quote named before, out of view (« le député du Nord » after « « Le maire X m'a demandé … »,
        a déclaré Y » is Y, whatever « X a reçu … » says later)."""
        limit = self._paragraph_end(at) if close else self._paragraph_end(self._paragraph_end(at) + 1)
        horizon = self._previous_sentence_start(at)
        in_view = {id(seen.entity) for seen in self._seen if horizon <= seen.at < at}
        quoted_before = {id(entity) for start, _, entity in self.names if self.doc[start].idx < at and self._quoted(self.doc[start].idx)}
        refused = {id(e) for e in exclude} | quoted_before - in_view
        for seen in self._seen:
            entity = seen.entity
            if seen.at <= at or entity.kind != PERSON or not entity.name:
                continue
            if seen.at > limit or id(entity) in refused or not _agrees(entity.certain_gender, gender):
                return None
            other_roles = [r for r in entity.roles if role_key(role_noun_of(r)) != key]
            described = close and self._described_after(seen.at)
            fits = seen.prominent and not other_roles and not _holds_another(entity, key, post)
            return entity if fits and not described and not self._another_party(seen.at) else None
        return None

    def role_before_anyone_named(self, key: str, at: int) -> Token | None:
        """Where the article first gave role `key` with a complement or an adjective (« le ministre de la Justice en
        exercice est assis sur le banc … ») before naming anyone, if it did so before char `at`: the person it then
        names holds it."""
        first_person = next((seen.at for seen in self._seen if seen.entity.kind == PERSON), len(self.doc.text))
        for token in self.doc:
            if token.idx >= min(at, first_person):
                return None
            if token.pos_ == "NOUN" and role_key(token.text) == key and is_role(token.text) and _qualified(token):
                return token
        return None

    def _another_party(self, at: int) -> bool:
        """« X a lui aussi été interrogé », « Y a de son côté menacé … »: the sentence at char `at` brings in
        someone besides whoever spoke before."""
        i = bisect_right(self.sentence_starts, at) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.doc.text)
        start = self.sentence_starts[max(i, 0)]
        end_token = self._name_end_at(at)
        name_end = self.doc[end_token - 1].idx + len(self.doc[end_token - 1]) if end_token is not None else at
        text, after = self.doc.text[start:end], self.doc.text[name_end:end]
        if after.startswith(","):  # « X, également secrétaire général adjoint, a … »: an apposition says what else X is
            close = after.find(",", 1)
            text = self.doc.text[start:name_end] + (after[close + 1 :] if close > 0 else "")
        words = " " + " ".join(re.findall(r"[\w']+", fold(text))) + " "
        return any(f" {marker} " in words for marker in ANOTHER_PARTY)

    def _name_end_at(self, at: int) -> int | None:
        """The token end of the name that starts at char `at`, if one does."""
        return next((end for start, end, _ in self.names if self.doc[start].idx == at), None)

    def _described_after(self, at: int) -> bool:
        """The name at char `at` goes on with a comma (« Juliette X, sa coéquipière », « Sophie X, dont … »)."""
        end = self._name_end_at(at)
        return end is not None and end < len(self.doc) and self.doc[end].text == ","

    def _paragraph_end(self, at: int) -> int:
        """Where the paragraph holding char `at` ends (its line break, or the end of the text); from a line
        break itself, the end of the next paragraph, past blank lines."""
        text = self.doc.text
        while at < len(text) and text[at] == "\n":
            at += 1
        end = text.find("\n", at)
        return len(text) if end < 0 else end

    def seen_before(self, at: int) -> list[_Seen]:
        """Every mention of a person or organisation before char `at`, in order."""
        return [seen for seen in self._seen if seen.at < at]

    def person_seen_before(self, at: int) -> bool:
        """Someone named before char `at` (an organisation or a country named before is no one who could hold a role)."""
        return any(seen.entity.kind == PERSON for seen in self.seen_before(at))

    def _previous_sentence_start(self, at: int) -> int:
        """Where the sentence before the one at `at` starts; a subheading between them (« « Sans précédent » »)
        is no sentence: the one before it counts."""
        starts = self.sentence_starts
        i = bisect_right(starts, at) - 1
        previous = max(0, i - 1)
        while previous > 0 and self._is_subheading(starts[previous], starts[previous + 1]):
            previous -= 1
        return starts[previous]

    def _is_subheading(self, start: int, end: int) -> bool:
        line = self.doc.text[start:end]
        return line.endswith("\n") and "\n" not in line.strip() and is_heading(line.strip())

    def organisation(self, mention: Span, head: Token, at: int) -> Entity:
        """The organisation a noun phrase names. A short mention reuses the organisation named earlier in
        full: "le rectorat" -> "rectorat de l'académie de Lorvenne", "le groupe" -> "Ravenel" (introduced as
        "le groupe agroalimentaire Ravenel"), "l'ARS" -> its expansion; but "la police" is not "la police
        judiciaire" (an adjective makes another organisation). An acronym glued to the name (« … des détenus
        Cnld ») is kept as another name for it; a word in capitals that spells one person's initials (« PSPP »)
        is that person."""
        if _two_bodies(mention, head):
            return Entity("", ORGANISATION)  # « la préfecture et les pompiers », « l'Algérie et la France »: not one speaker
        name, glued_acronym = without_glued_acronym(organisation_name(mention, head))
        person = self._person_of_initials(name) or self._person_of_surname(name)
        if person is not None:
            return person  # « PSPP » for Paul St-Pierre Plamondon, named before; « le Belmadi » for Djamel Belmadi
        if not name[:1].isupper():  # "le club de natation local, les Dauphins de Lauzerac,": its name
            name = apposed_org_name(mention.doc, organisation_phrase_end(head)) or name
        key, head_key = fold(name), fold(head.text)
        seen_before = {id(s.entity) for s in self._seen if s.at < at}
        generic = head_key in generic_organisation_nouns() and _common_noun_phrase(name) and not _of_a_country(head) and not _of_another_reach(head)
        for entity in sorted(reversed(self.entities), key=lambda e: id(e) not in seen_before):  # one named before first
            if entity.kind != ORGANISATION:
                continue
            full = fold(entity.name)
            if name.isupper() and len(name) > 1 and abbreviates(name, entity.name):
                return entity  # "l'ARS": "agence régionale de santé de Bourgogne-Franche-Comté"
            if full == key or key in entity.role_keys or _completed(full, key) or (
                key == head_key and head_key in entity.role_keys
            ):
                named = self._organisation_named_since(entity, head_key, at) if generic else None
                return named or entity  # « par l'agence sanitaire française. … indique Santé publique France … ajoute l'agence »: SPF
            if (_with_its_country(full, key) or _qualified_short_form(entity.name, name)) and id(entity) in seen_before:
                return entity  # « le parquet fédéral belge » … « le parquet fédéral »: the body named in full before
        named = self._named_in_a_complement(head, key, at) if head.text.islower() else None
        if named is not None:
            return named  # « la fermeture de la mosquée des Bleuets » … « la mosquée a indiqué »
        if head_key in UNNAMED_GROUPS and (_common_noun_phrase(name) or head.i + 1 < len(head.doc) and fold(head.nbor().text) in DE):
            return Entity("", ORGANISATION)  # « son entourage », « la majorité présidentielle », « l'entourage de X » (not « la majorité Renaissance »)
        if generic:  # "l'entreprise": the company last named
            named = self._named_organisations_of_its_kind(head_key, at)
            if named:
                return named[-1].entity
            if not self._speaks_under_its_noun(head_key, at):
                return Entity("", ORGANISATION)  # « la direction » of nobody named: unknown
        if _bare_common_noun(name) and not self._speaks_under_its_noun(name, at):
            return Entity("", ORGANISATION)  # « l'instance » of nowhere
        expansion = expansion_of(mention.doc, name) if _one_word(name) else None
        if expansion is None and _acronym(name):
            expansion = spelt_out_elsewhere(mention.doc, name)
        if expansion is not None:  # "la CNEC (Coordination nationale …)": the organisation's fullest name
            entity = Entity(expansion, ORGANISATION, _organisation_gender(mention, head), roles=[name])
            self.entities.append(entity)
            return entity
        entity = Entity(name, ORGANISATION, _organisation_gender(mention, head), roles=[glued_acronym] if glued_acronym else [])
        if fold(name) != head_key:
            entity.roles.append(head.text)  # "groupe" for "Ravenel": a later "le groupe" means it
        acronym = acronym_after(mention.doc, organisation_phrase_end(head), name) or acronym_after(mention.doc, mention.end, name)
        if acronym:
            entity.roles.append(acronym)
            fuller = expansion_before(mention.doc, acronym) if not abbreviates(acronym, name) else None
            if fuller is not None and fuller.endswith(name):
                entity.name = fuller  # « du Service de police de la Ville de Montréal (SPVM) »: not « Ville de Montréal »
        self.entities.append(entity)
        return entity

    def _speaks_under_its_noun(self, noun: str, at: int) -> bool:
        """« a indiqué la préfecture »: a body of `speaking_bodies` named by its noun alone, unless a named
        organisation it may stand for is in view."""
        return noun in speaking_bodies() and not self._organisation_in_view(at)

    def _organisation_in_view(self, at: int) -> bool:
        """A named organisation is the subject of the sentence before char `at`, or of this one: « Le Conseil
        d'État vaudois a annoncé … « … », écrit le gouvernement » may mean it, so the noun alone is no name.
        (Not further back: « L'association X a annoncé un recours. … selon la préfecture » is the préfecture's;
        tried on real 206–233, no quote gained.)"""
        horizon = self._previous_sentence_start(at)
        return any(horizon <= s.at < at and s.entity.kind == ORGANISATION and s.entity.name[:1].isupper() and s.prominent for s in self._seen)

    def _named_organisations_of_its_kind(self, head_key: str, at: int) -> list[_Seen]:
        """Where organisations with a name of their own (capitalised) that a generic noun may mean were seen before `at`
        — not a news agency, which relays what « le groupe » says (« explique à l'Agence France Presse (AFP) X »)."""
        return [
            s for s in self._seen
            if s.at < at and s.entity.kind == ORGANISATION and s.entity.name[:1].isupper() and _of_its_kind(s.entity, head_key) and not s.faced
            and fold(s.entity.name) not in news_agencies()
        ]

    def _organisation_named_since(self, described: Entity, head_key: str, at: int) -> Entity | None:
        """An organisation with a name of its own that spoke after the last mention of one only described (« l'agence
        sanitaire française »): what a generic noun means next (not one merely named: « un attaquant prêté par le FC
        Bâle »)."""
        last = max((s.at for s in self._seen if s.entity is described and s.at < at), default=-1)
        named = [s for s in self._named_organisations_of_its_kind(head_key, at) if s.at > last and s.entity is not described and s.spoke]
        return named[-1].entity if named and not described.name[:1].isupper() else None

    def _person_of_initials(self, name: str) -> Entity | None:
        """The one person of the article whose initials a word in capitals spells (« PSPP », « GND »)."""
        if not (name.isalpha() and name.isupper() and len(name) >= 3):
            return None
        people = [e for e in self.entities if e.kind == PERSON and unaccented(initials_of_person(e.name)) == unaccented(name)]
        return people[0] if len(people) == 1 else None

    def _person_of_surname(self, name: str) -> Entity | None:
        """The one person of the article whose surname is this one word, written with an article (« a promis le
        Belmadi »: a sports writer's habit, not an organisation) — the surname only: `_same_person` also takes a
        given name or a middle name, and lost three right speakers of organisations on real news when tried."""
        if " " in name or not name[:1].isupper() or name.isupper():
            return None
        people = [e for e in self.entities if e.kind == PERSON and " " in e.name and fold(e.name.split()[-1]) == fold(name)]
        return people[0] if len(people) == 1 else None

    def institution(self, name: str) -> Entity:
        """The organisation of that name, made once per article."""
        entity = next((e for e in self.entities if e.kind == ORGANISATION and e.name == name), None)
        if entity is None:
            entity = Entity(name, ORGANISATION)
            self.entities.append(entity)
        return entity

    def _named_in_a_complement(self, head: Token, key: str, at: int) -> Entity | None:
        """The organisation a short mention (« la mosquée », « le ministère des Affaires étrangères ») means
        when the article named it in full only inside a complement before (« la fermeture de la mosquée des
        Bleuets », « a annoncé au ministère des Affaires étrangères du Niger »), where it is not registered."""
        for token in reversed(self.doc[: head.i]):
            if token.idx >= at or token.i < 2 or fold(token.text) != fold(head.text):
                continue
            if not _in_de_complement(token.nbor(-1), DE | TO):
                continue
            phrase = self.doc[token.i : organisation_phrase_end(token)]
            name = organisation_name(phrase, token)
            if any(t.text[:1].isupper() for t in phrase[1:]) and fold(name).startswith(key):
                entity = Entity(name, ORGANISATION, morph_gender(token))
                self.entities.append(entity)
                return entity
        return None

    def _register_organisations(self, inside_quotes: list[tuple[int, int]]) -> None:
        """Organisations named in full anywhere ("la direction du CHU de Montreval"), so that a later
        short mention ("la direction") or a pronoun can refer to them."""
        for token in self.doc:
            word = fold(token.text)
            expanded = token.text.isupper() and len(token.text) > 1 and expansion_after(self.doc, token.i + 1, token.text)
            if token.ent_iob_ != "B" and word not in organisation_nouns() and not is_role(word) and not expanded:
                continue
            if not token.text[:1].isalpha() or any(a <= token.idx < b for a, b in inside_quotes):
                continue
            if _bare_organisation_subject(token):
                entity = self.organisation(token.doc[token.i : ent_end(token)], token, token.idx)
                self._seen.append(_Seen(token.idx, entity, True, spoke=_says(token)))
                continue
            if token.i < 1:
                continue
            at = token.i - 1
            while at > 1 and self.doc[at].pos_ == "ADJ" and self.doc[at].text.islower() and token.i - at <= 2 and fold(self.doc[at].text) not in OTHER_WORDS:
                at -= 1  # « de la puissante Union générale … (UGTT) », « le nouvel homme fort » (not « un autre »)
            determiner = self.doc[at]
            if is_role(word) and token.pos_ == "NOUN" and _autre_after_an_article(determiner) and not plural(token) and not self._apposed(token) and not _attribute(token):
                self._seen.append(_Seen(token.idx, Entity("", PERSON, role_gender(token)), True))  # « cette autre femme »: someone new
                continue
            in_complement = _in_de_complement(determiner)  # "du service …", "de la direction …"
            complement = (in_complement or _addressed(token)) and not acronym_introduced(token)
            if determiner.pos_ != "DET" and not in_complement or complement:  # "de l'Union syndicale (USM)" introduces it
                continue
            if expanded or token.ent_type_ == "ORG" and token.ent_iob_ == "B" and token.text[:1].isupper():
                end = max(ent_end(token), _before_its_leader(organisation_phrase_end(token), token)) if word in organisation_nouns() else ent_end(token)
                entity = self.organisation(token.doc[token.i : end], token, token.idx)  # « du Syndicat canadien de la fonction publique (SCFP) », cut by the NER
                self._seen.append(_Seen(token.idx, entity, is_subject(token, main_clause=True), spoke=_says(token), faced=_opponent(token)))
            elif word in organisation_nouns() and token.pos_ in ("NOUN", "PROPN") and fold(determiner.text) not in INDEFINITE | POSSESSIVES:
                # not « son administration », « sa direction »: someone's, not an organisation of its own
                phrase = self.doc[token.i : organisation_phrase_end(token)]
                entity = self.organisation(phrase, token, token.idx)
                self._seen.append(_Seen(token.idx, entity, is_subject(token, main_clause=True), spoke=_says(token)))
            elif is_role(word) and fold(determiner.text) in INDEFINITE and (token.dep_ in SUBJECT_DEPS or _opening_subject(token)) and not self._apposed(token):
                # "un automobiliste … soupire-t-il": someone unnamed, who can be the antecedent of a pronoun
                self._seen.append(_Seen(token.idx, Entity("", PERSON, role_gender(token)), True))
            elif is_role(word) and token.dep_ in SUBJECT_DEPS and not self._names_follow(token):
                # « Le ministre de la Communication a rassuré l'opinion. « … », a-t-il insisté »: the minister
                holder = self.role_holder(role_key(word), token.idx, role_gender(token)) or self._subject_in_view(token)
                if holder is not None:
                    self._seen.append(_Seen(token.idx, holder, True))

    def _subject_in_view(self, role: Token) -> Entity | None:
        """« Fabien Galthié a assumé ses choix, marqués par l'absence de X et Y. Le sélectionneur a expliqué … »: a
        definite role subject nobody holds yet is the one person of its gender, of no post known yet (or of one the
        role covers: « le militaire » for « le général X »; anyone for « l'homme » or « ce chef de la garde »), who
        was a subject or speaker just before — unless its verb has that person for object (« Le président lui a
        proposé un contrat »: someone else, speaking to him)."""
        determiner = next((fold(child.text) for child in role.children if child.dep_ == "det" and child.i < role.i), None)
        if determiner not in DEFINITE_ARTICLES | DEMONSTRATIVE_DETERMINERS or _object_clitic_of(role.head):
            return None
        # « le ministre X » is not « le président de la séance »; « comme X ou Y » are no subjects
        key = role_key(role.text)
        anyone = determiner in DEMONSTRATIVE_DETERMINERS  # « ce chef de la garde »: someone seen
        return self._one_in_view(role, role_gender(role), lambda seen: seen.prominent and (anyone or _may_be_called(seen.entity, key)))

    def _one_in_view(self, token: Token, gender: str | None, fits: Callable[[_Seen], bool]) -> Entity | None:
        """The one person of `gender` seen in a way that `fits` since the sentence before `token`'s; nobody when
        there are several."""
        horizon = self._previous_sentence_start(token.idx)
        people = {
            id(seen.entity): seen.entity for seen in self._seen
            if horizon <= seen.at < token.idx and seen.entity.kind == PERSON and seen.entity.name
            and _agrees(seen.entity.certain_gender, gender) and fits(seen)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _names_follow(self, token: Token) -> bool:
        """A name within the role's phrase (« le ministre X »): the name itself is the mention."""
        end = min(token.i + 6, token.head.i if token.head.i > token.i else len(self.doc))
        return any(token.i < start <= end for start, _, _ in self.names)

    def follow_subjects(self, until: int) -> None:
        """Resolve, in text order, the « il », « elle » and « ce dernier » that are main-clause subjects before char
        `until` (« Il était accompagné des députés X, Y et Z. « … », a-t-il lancé »), and the epithets of origin in that
        place (« le Vaudois a rencontré le directeur X. « … », précise-t-il »): the person they mean stays the
        most salient, as a name in that place would."""
        while self._subjects_to_follow and self._subjects_to_follow[0].idx < until:
            token = self._subjects_to_follow.popleft()
            if token.pos_ == "PRON":
                entity = self.resolve(self.doc[token.i : token.i + 1]).entity
            elif _latter_subject(token):
                entity = self.resolve(self.doc[token.i - 1 : token.i + 1]).entity
                entity = None if entity is not None and self._organisation_named_after(entity, token.idx) else entity
            else:  # « Le Serbe » after « Nadal a dominé Djokovic » is either: only one person in view is surely meant
                entity = self._one_in_view(token, _epithet_gender(token), lambda seen: True)
            if entity is not None and entity.kind == PERSON:  # unnamed too: « Un jeune … comparaît. Il souffre … »
                self._remember(_Seen(token.idx, entity, True))

    def _organisation_named_after(self, person: Entity, at: int) -> bool:
        """« X, avocat de Y, a saisi le Conseil d'État. Ce dernier a rejeté … »: an organisation seen after the last
        mention of `person` before char `at` may be what « ce dernier » means."""
        last = max((s.at for s in self._seen if s.entity is person and s.at < at), default=-1)
        return any(last < s.at < at and s.entity.kind == ORGANISATION for s in self._seen)

    def note_speaker(self, entity: Entity | None, at: int) -> None:
        """Record that `entity` spoke up to char offset `at` (where its quote ends, or its mention after the
        quote): the most salient antecedent from there on."""
        if entity is not None:
            self._remember(_Seen(at, entity, True, spoke=True, quoted=True))

    def speaker_of_the_quote_before(self, at: int, gender: str | None, exclude: tuple[Entity, ...] = ()) -> Entity | None:
        """Who spoke the last quote attributed before char `at`, if of that gender and no other person of it became
        a subject since."""
        before = [s for s in self._seen if s.quoted and s.at < at and not any(s.entity is e for e in exclude)]
        if not before or not _agrees(before[-1].entity.certain_gender, gender):
            return None
        last = before[-1]
        others = [  # « X a lancé « … ». Y a ensuite pris la parole. « … », a-t-il poursuivi »: Y goes on
            seen for seen in self._seen
            if last.at < seen.at < at and seen.prominent and seen.entity.kind == PERSON and seen.entity is not last.entity and _agrees(seen.entity.certain_gender, gender)
        ]
        return None if others else last.entity

    def _remember(self, seen: _Seen) -> None:
        insort(self._seen, seen, key=lambda s: s.at)  # kept in text order


def _fragment(sentence: Span) -> bool:
    """« Une audition de plus de six heures. »: a sentence without a finite verb (not a label before a colon)."""
    return sentence[-1].text in ".!?…" and not any(finite_verb(t) for t in sentence)


def _may_be_called(person: Entity, key: str) -> bool:
    """« l'homme », or « le militaire » for « le général X »: a role noun for a person of no post known yet, a
    plain person noun for anyone, a general role for a holder of a post it covers."""
    return not person.roles or key in PLAIN_PERSONS or any(
        role_key(role_noun_of(phrase)) in role_hypernyms().get(key, ()) for phrase in person.roles
    )


def _object_clitic_of(verb: Token) -> bool:
    """« lui a proposé », « l'a interrompu »: a third person's clitic pronoun object of the verb."""
    return any(child.i < verb.i and child.pos_ == "PRON" and fold(child.text) in THIRD_OBJECT_CLITICS for child in verb.children)


def _anyone(noun: Token) -> bool:
    """« ce voisin », « un habitant »: a person noun after a demonstrative or an indefinite article, or one that
    anyone can be (« le riverain »)."""
    return _after_this_or_a(noun) or role_key(noun.text) in LAY_ROLES


def _autre_after_an_article(word: Token) -> bool:
    """« cette autre », « un autre »: the word « autre » after a demonstrative or an indefinite article — before
    a person noun, someone not yet in view (not « X, l'autre cofondateur »)."""
    return fold(word.text) in OTHER_WORDS and _after_this_or_a(word)


def _after_this_or_a(word: Token) -> bool:
    """The word before is a demonstrative or an indefinite article (« ce », « cette », « un », « une »)."""
    return word.i > 0 and fold(word.doc[word.i - 1].text) in DEMONSTRATIVE_DETERMINERS | INDEFINITE


def _attribute(noun: Token) -> bool:
    """« X est une autre victime », « X est devenu un autre homme »: the noun says what someone is, no one new."""
    return noun.dep_ == "xcomp" or any(child.dep_ == "cop" for child in noun.children) or fold(noun.head.text) in COPULAR_VERBS


def _opening_subject(token: Token) -> bool:
    """« Un jeune de 29 ans, se défendant seul, comparaît … »: a noun after the article that opens its sentence,
    no name before the sentence's verb — its subject, whatever the parser made of it (« jeune » an adjective)."""
    doc, i = token.doc, token.i
    if i == 0 or not doc[i - 1].is_sent_start or doc[i - 1].pos_ != "DET" or token.pos_ not in ("NOUN", "ADJ"):
        return False
    verb = next((t for t in doc[i + 1 : token.sent.end] if finite_verb(t)), None)
    return verb is not None and not any(t.ent_type_ == "PER" for t in doc[i : verb.i])


def _latter_subject(token: Token) -> bool:
    """« Ce dernier se présente comme … »: « ce dernier », « cette dernière » subject of a sentence's main verb."""
    return token.i > 0 and latter_gender(token.doc[token.i - 1 : token.i + 1]) is not None and token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ == "ROOT"


def _epithet_subject(token: Token) -> bool:
    """« le Vaudois a rencontré … »: a capitalised noun of origin after a definite article, subject of its main
    clause (not « L'Italien Davide Pellegrini a terminé », whose name says who)."""
    doc, i = token.doc, token.i
    named = i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    article = fold(doc[i - 1].text) if i else ""
    return (
        token.text[:1].isupper() and not named and article in SINGULAR_ARTICLES and "Plur" not in token.morph.get("Number")
        and demonym(token.text) and fold(token.text) not in OUTLET_EPITHETS and is_subject(token, main_clause=True)
    )


def _bare_organisation_subject(token: Token) -> bool:
    """« Air Algérie a suspendu ses vols », « Dans un communiqué, Danone annonce … »: an organisation's name
    (NER) opening its clause with no determiner, as the main-clause subject (by the parse or by its place) — not a
    topic before a colon."""
    opening = token.i == 0 or token.is_sent_start or token.nbor(-1).pos_ in ("PUNCT", "CCONJ", "ADV")  # not « le délégué CGT X »
    return (
        opening and not _headline_topic(token) and token.ent_type_ == "ORG" and token.ent_iob_ == "B" and token.text[:1].isupper()
        and (is_subject(token, main_clause=True) or _subject_by_position(token, ent_end(token)))
    )


def _headline_topic(token: Token) -> bool:
    """« Horlogerie : X supprime 120 postes »: a word before a colon at the start of the text or of a line is a
    headline's topic — not « … cette année. Renault : les prix ne bougeront pas »."""
    doc, i = token.doc, token.i
    return i + 1 < len(doc) and doc[i + 1].text == ":" and (i == 0 or "\n" in doc[i - 1].text)


def _organisation_gender(mention: Span, head: Token) -> str | None:
    """« la CGT-Cheminots » is « elle » whatever the tagger makes of « Cheminots »: the article says it first."""
    first = mention[0]
    return (morph_gender(first) if first.pos_ == "DET" else None) or morph_gender(head) or morph_gender(first)


def _main_pronoun_subject(token: Token) -> bool:
    """« Il était accompagné … »: « il » or « elle » subject of a sentence's main verb, not an impersonal « il »
    (« il faut », « il y a »); the parser's expletive before a reflexive verb is someone (« Il s'est montré
    prudent »)."""
    subject = token.dep_ in ("nsubj", "nsubj:pass") or token.dep_ == "expl:subj" and personal_reflexive(token, token.head)
    if fold(token.text) not in ("il", "elle") or not subject or token.head.dep_ != "ROOT":
        return False
    verb = token.head
    return fold(verb.text) not in IMPERSONAL_VERBS and not any(fold(c.text) == "y" for c in verb.children)


def _completed(full: str, key: str) -> bool:
    """« ministère des affaires étrangères du niger » completes « ministère des affaires étrangères » with a
    complement (not with an adjective: « la police judiciaire » is not « la police »)."""
    rest = full[len(key) :].split() if full.startswith(key + " ") else []
    return bool(rest) and (rest[0] in DE | TO or rest[0].startswith("d'"))  # « … au Sénégal », « … d'Abidjan »


def _described_as_someone_else(name: Span, person: Entity) -> bool:
    """A given name alone, set off by an age (« Bruno, 54 ans, ») or a role the person of that given name does not
    hold (« Bruno, gérant d'un hôtel »): someone the article names by given name only."""
    doc, end = name.doc, name.end
    if given_name(name[0].text) is None or end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if _same_word(name[0].text, person.name.split()[-1]) and name.start > 0 and fold_title(doc[name.start - 1].text) in honorifics():
        return False  # « Mme Abderrahim, membre du bureau politique » for Souad Abderrahim: her surname
    aged = doc[end + 1].like_num and fold(doc[end + 2].text) == "ans"
    roles = [role_key(t.text) for t in apposed_roles(doc, name.start, end)]
    return aged or bool(roles) and not any(role in person.role_keys for role in roles)


def _someone_else_subject(token: Token, person: Entity) -> bool:
    """« le technicien, interrogé sur X, espère : », « il a salué X : »: a subject that may be a person other than
    X (not « c'est X qui », « la décision saluée par X », « Ce mardi, X … »)."""
    if token.dep_ not in SUBJECT_DEPS or token.text in person.name.split():
        return False
    pronoun = token.pos_ == "PRON" and fold(token.text) not in RELATIVES | DEMONSTRATIVES
    return pronoun or token.pos_ == "PROPN" or is_role(token.text)


def _of_its_kind(organisation: Entity, noun: str) -> bool:
    """« le syndicat » takes up « Unia » or « l'Union marocaine du travail », not « la Société de transport de
    Montréal », and « le gouvernement » not « l'association UFC-Que Choisir »: an organisation whose own noun (the
    first word of its name, or the noun it was introduced with) is of another kind is not meant."""
    kinds = generic_organisation_nouns()
    own = {kinds.get(fold(word)) for word in [organisation.name.split()[0], *organisation.roles]} - {None, "any"}
    if kinds[noun] == "association":
        own.discard("company")  # « la Société protectrice des animaux » … « l'association »: many a « Société » is one
    return kinds[noun] == "any" or kinds[noun] != "none" and (not own or kinds[noun] in own)


def _with_its_country(longer: str, shorter: str) -> bool:
    """« parquet fédéral belge » is « parquet fédéral » with its country said: one body, named more or less
    fully (a bare noun stays apart: « la police » may be another one than « la police belge »)."""
    rest = longer[len(shorter) :].split() if longer.startswith(shorter + " ") and " " in shorter else []
    return bool(rest) and all(nationality(word) is not None for word in rest)


def _qualified_short_form(full: str, short: str) -> bool:
    """« ministère palestinien » for « ministère des Affaires étrangères de l'Autorité palestinienne »: the same
    head noun, and an adjective that a lowercase word of the full name begins with — not a capitalised name of
    its own (« le Tribunal fédéral » is not « le Tribunal administratif fédéral »), nor « wallon » of
    « Wallonie-Bruxelles »."""
    words, full_words = short.split(), full.replace("'", " ").replace("’", " ").split()
    if short[:1].isupper() or len(words) != 2 or len(full_words) < 3 or fold(full_words[0]) != fold(words[0]) or len(words[1]) < 5:
        return False
    return any(word.islower() and word.startswith(words[1].rstrip("s")) for word in full_words[2:])


def _one_word(name: str) -> bool:
    """« Senelec », « CNEC »: one capitalised word, which brackets after a longer name may say it stands for."""
    return name.isalpha() and name[:1].isupper() and (name.isupper() or not given_name(name))


def _acronym(name: str) -> bool:
    """« CNEC », « Aneb »: one short word that may stand for a longer name."""
    return _one_word(name) and 1 < len(name) <= 6


def _document_noun(token: Token) -> str | None:
    """The document noun a word is, singular or plural (« déclarations » is « déclaration »)."""
    word = fold(token.text)
    singular = word[:-1] if word.endswith("s") else word
    return next((w for w in (word, singular) if w in document_nouns()), None)


def _in_de_complement(determiner: Token, prepositions: frozenset[str] = DE) -> bool:
    """The word before a noun says it is in a « de » complement (« du service », « de la mosquée »), or in a
    complement of other `prepositions` (« au ministère », « à la direction »)."""
    before = fold(determiner.text)
    return before in prepositions or determiner.i > 0 and determiner.pos_ == "DET" and fold(determiner.nbor(-1).text) in prepositions


Post = tuple[str | None, str | None]  # the qualifier before a role noun and the adjective after it


def _holds_another(entity: Entity, key: str, post: Post) -> bool:
    """`entity` holds the role noun `key` only as another post of that title: with another adjective right
    after it (« directeur général » for a mention of « le directeur administratif »), or with or without a
    qualifier before it that the mention lacks or has (« le Premier ministre » is not « le ministre X »,
    « l'ancien président » is not « le président X »)."""
    posts = _posts(entity, key)
    return bool(posts) and all(_other_qualifier(post, other) or _other_title(post, other, key) for other in posts)


def _posts(entity: Entity, key: str) -> list[Post]:
    return [_post(role, key) for role in entity.roles if role_key(role_noun_of(role)) == key]


def _other_qualifier(post: Post, other: Post) -> bool:
    return post[0] != other[0]


def _other_adjective(post: Post, other: Post) -> bool:
    """« directeur administratif » is not « directeur général »; but « le nageur olympique » may well be « X,
    nageur français »: a nationality against a word of another kind tells no post apart (two nationalities
    are told apart by country) — unless that word makes a title (« l'entraîneur adjoint »)."""
    if not (post[1] and other[1] and other[1] != post[1]):
        return False
    one_nationality = (nationality(post[1]) is None) != (nationality(other[1]) is None)
    return not one_nationality or post[1] in TITLE_ADJECTIVES or other[1] in TITLE_ADJECTIVES  # « l'entraîneur adjoint »


def _other_title(post: Post, other: Post, key: str) -> bool:
    """« l'avocat général » (the prosecutor) is not « l'avocat » X: for the roles whose title with an adjective
    is another office (titled_office), an adjective the holder's post lacks makes another post — not « la
    secrétaire générale » for « X, secrétaire de la CGT »."""
    return _other_adjective(post, other) or key in TITLED_OFFICES and post[1] in TITLE_ADJECTIVES and other[1] != post[1]


def _post(phrase: str, key: str) -> Post:
    """What makes a title one post: the qualifier before the role noun (« ancien », « premier », « vice »)
    and the word right after it unless it opens a complement (« général » in « directeur général de
    Hysacam », nothing in « ministre de la Santé »)."""
    words = re.findall(r"\w+", fold(phrase))
    at = next((n for n, w in enumerate(words) if role_key(w) == key), len(words))
    before = words[at - 1] if 0 < at < len(words) and words[at - 1] in POST_QUALIFIERS else None
    following = words[at + 1] if at + 1 < len(words) else None
    return before, following if following is not None and following not in DE | ARTICLES and len(following) > 3 else None


def _prominent(token: Token) -> bool:
    """A person who is the subject of a clause, or the agent of a passive verb (« a été formulé par le chef du
    patronat, X »): whom a following « il » most likely means; not a name apposed to a role in a complement
    (« en présence du chef de l'État, X, le ministre a … », « lors d'une rencontre avec le président, X »),
    whatever the parse says."""
    if _in_complement(token):
        return False
    if _subject_by_position(token):
        return True  # « Interrogé par notre journal, X, qui …, se montre … »: whatever the parser hung X on
    node = token
    for _ in range(4):
        if node.dep_ == "obl:agent":  # not « des mesures affichées par X »: a participle in a noun phrase,
            passive = any(child.dep_ == "aux:pass" for child in node.head.children)
            return passive and node.head.dep_ != "acl:relcl" and not _someone_undergoes(node.head)  # nor « une tâche qui lui a été confiée par X »
        if node.dep_ not in ("flat:name", "appos", "flat"):
            break
        node = node.head
    return (
        is_subject(token) and not _reported_subject(token) and not _subject_of_something_else(token)
        or source_of_a_cue(token) or _in_focus(token) or _cleft_subject(token) or _speaks_in_a_relative(token)
        or subject_of_an_incise(token.doc[token.i : token.i + 1])  # « « … », écrit X »: whatever the parse
    )


def _someone_undergoes(passive: Token) -> bool:
    """« Il était accompagné par le ministre X », « Didier X a été apostrophé par le sénateur Y »: the person
    subject of the passive stays whom the next « il » means; the agent is a mere mention. (Not a name of
    either gender: « Claude D. est défendu par Véronique X. Questionnée, elle souligne … »; nor when the agent
    addressed the subject, and so speaks next: « Elle a été interpellée par la députée X ».)"""
    if fold(passive.text).startswith(ADDRESSING_VERBS):
        return False
    return any(
        c.dep_ == "nsubj:pass" and (fold(c.text) in ("il", "elle") or c.pos_ == "PROPN" and given_name(c.text) in ("m", "f"))
        for c in passive.children
    )


def _subject_by_position(token: Token, end: int | None = None) -> bool:
    """« À l'Assemblée, son homologue Dmitro Kuleba a campé sur … », « Reporters sans frontières (RSF) s'est
    félicitée »: a name (ending at token `end`, else where its capitalised words end) that a finite verb follows
    at once, past an acronym in brackets, with no preposition before it or its role, is that verb's subject,
    whatever the parser hung it on — unless its clause is reported (« X accuse : pour lui, Y a trahi … »: a
    reporting verb, a colon or « que » before it in the sentence)."""
    doc = token.doc
    if end is None:
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    start = _before_its_phrase(doc, token.i)
    end = _past_an_apposition(doc, end)
    while end + 1 < len(doc) and (fold(doc[end].text) in NEGATION or _clitic(doc[end])):
        end += 1  # « Me X n'est pas convaincu que … », « Amélie X s'est glissée … »
    opens = start < 0 or doc[start].is_punct or doc[start].is_space
    sentence_start = next((t.i + 1 for t in reversed(doc[: token.i]) if t.text in (".", "!", "?") or "\n" in t.text), 0)
    reported = any(
        t.text == ":" or fold(t.text) in QUE or fold(t.text) in reporting_verbs() and t.pos_ in ("VERB", "AUX") and not _participle_opening(t, sentence_start)
        for t in doc[sentence_start : token.i]
    )
    return opens and not reported and end < len(doc) and finite_verb(doc[end]) and doc[end].dep_ != "acl:relcl"


def _participle_opening(verb: Token, sentence_start: int) -> bool:
    """« Interrogé par notre journal, X … », « Contactée, Y … »: a participle opening the sentence says how
    the subject came to speak; it reports nothing."""
    return verb.i == sentence_start and "Part" in verb.morph.get("VerbForm")


def _opens_its_clause(doc: Doc, start: int) -> bool:
    """A name (maybe after its article, role and honorific) that opens the text, a sentence or a clause after
    punctuation or « et », not a preposition's complement (« selon X », « à X »)."""
    i = _before_its_phrase(doc, start)
    return i < 0 or doc[i].is_punct or doc[i].is_space or doc[i].pos_ == "CCONJ"


def _before_its_phrase(doc: Doc, start: int) -> int:
    """The index of the word before a name's phrase starting at token `start`: past its articles, adjectives, role
    nouns and honorifics (« le nouveau ministre M. X »)."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ in ("DET", "ADJ") or is_role(doc[i].text) or fold_title(doc[i].text) in honorifics()):
        i -= 1
    return i


def _court_officer(people: ArticlePeople, role: Token, key: str) -> bool:
    """A judge or prosecutor in a court report, or a président whose complement is a court (« le président du
    tribunal »), not « le président de la fédération » on trial nor « le président de la Chambre »."""
    if key in BENCH_ROLES | JUDGES:
        return people.in_court(role.idx + 1)
    following = [t for t in role.doc[role.i + 1 : role.i + 4] if t.pos_ not in ("DET", "ADP")]
    return key in PRESIDING and bool(following) and fold(following[0].text) in TRIAL_NOUNS


def _another_post(entity: Entity, key: str, phrase: str) -> bool:
    """`entity` holds role `key` as another title (« Premier ministre » for « le ministre ») or of something else
    (« ministre de l'Intérieur » for « le ministre de la Justice »); « ancienne ministre de l'Éducation » may still be
    « la ministre des Sports » now."""
    post, wanted = _post(phrase, key), set(_complement_words(phrase, key))
    for other in _posts(entity, key):
        former = other[0] in FORMER_QUALIFIERS or post[0] in FORMER_QUALIFIERS
        if not former and (_other_qualifier(post, other) or _other_title(post, other, key)):
            return True
    complements = [set(_complement_words(role, key)) for role in entity.roles if role_key(role_noun_of(role)) == key and _post(role, key)[0] not in FORMER_QUALIFIERS]
    return bool(wanted) and any(theirs and wanted.isdisjoint(theirs) for theirs in complements)


def _role_phrase_of(role: Token) -> str:
    return " ".join(t.text for t in role.subtree if not t.is_punct)


def _qualified(role: Token) -> bool:
    """« le ministre de la Justice », « le président français »: a role noun that says which post."""
    following = role.doc[role.i + 1] if role.i + 1 < len(role.doc) else None
    return following is not None and (fold(following.text) in DE or following.pos_ == "ADJ")


def _clitic(token: Token) -> bool:
    return token.pos_ == "PRON" and fold(token.text) in REFLEXIVES | OBJECT_CLITICS


def _past_an_apposition(doc: Doc, i: int) -> int:
    """« Me X, l'un des avocats de M. Y, a fait part … », « X, qui a succédé à Y en 2020, se montre … »: where the
    words after a name go on once an apposition (with no verb of its own) or a relative clause set off by
    commas is passed — the parser often takes its pronoun or noun for the verb's subject."""
    if i + 2 < len(doc) and doc[i].text == "," and fold(doc[i + 1].text) in ("qui", "dont"):
        end = next((j for j in range(i + 2, min(len(doc), i + 25)) if doc[j].is_punct), None)
        return end + 1 if end is not None and doc[end].text == "," else i
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ in ("ADP", "ADV"):
        end = next((j for j in range(i + 2, min(len(doc), i + 6)) if doc[j].is_punct or finite_verb(doc[j])), None)
        return end + 1 if end is not None and doc[end].text == "," else i  # « X, pour sa part, regrette … », « X, lui aussi, … »
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ not in ("DET", "NOUN", "ADJ", "NUM"):
        return i  # not « Larrazet, touché à la cheville, sera apte, a assuré … »: a participle says what befell him
    for j in range(i + 1, min(len(doc), i + 20)):
        if doc[j].text == ",":
            return j + 1 if j > i + 1 else i
        if doc[j].is_punct or finite_verb(doc[j]) or fold(doc[j].text) in RELATIVES:
            return i
    return i


def _speaks_in_a_relative(token: Token) -> bool:
    """« du côté du Premier ministre, X, qui a loué les progrès … »: a name that a relative clause has speaking,
    wherever the name itself stands."""
    doc, comma = token.doc, token.i + 1
    while comma < min(len(doc), token.i + 5) and doc[comma].text != ",":
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or fold(doc[comma + 1].text) != "qui":
        return False
    relative = doc[comma + 1]
    return relative.dep_ in SUBJECT_DEPS and fold(relative.head.text) in reporting_verbs()


def _in_focus(token: Token) -> bool:
    """« C'est le cas du journaliste X », « C'est l'avis de X »: a person a cleft sentence puts in focus."""
    doc, role = token.doc, role_left(token.doc, token.i)
    i = (role.i if role is not None else token.i) - 1
    while i > 0 and doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    if i < 2 or fold(doc[i].text) not in DE:
        return False
    noun = i - 1
    while noun > 0 and doc[noun].pos_ in ("DET", "ADV"):
        noun -= 1  # « c'est notamment le cas de »
    if fold(doc[noun].text) not in FOCUS_NOUNS and not (doc[noun].pos_ == "DET" and fold(doc[noun + 1].text) in FOCUS_NOUNS):
        return False
    return any(_c_est(doc, k) for k in range(max(0, noun - 4) + 1, noun))


def _c_est(doc: Doc, i: int) -> bool:
    """« c'est », « c'était », « ce fut » ending at token `i`: the opening of a cleft sentence."""
    return i > 0 and fold(doc[i].text) in ("est", "était", "fut") and fold(doc[i - 1].text) in ("c'", "ce")


def _cleft_subject(token: Token) -> bool:
    """« C'est Rachida Dati qui a ouvert les hostilités »: the person a cleft sentence makes the subject of its
    relative clause."""
    doc, role = token.doc, role_left(token.doc, token.i)
    start = role.i if role is not None else token.i
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ"):
        start -= 1
    end = ent_end(token)
    return end < len(doc) and fold(doc[end].text) == "qui" and _c_est(doc, start - 1)


RELATIVE_REACH = 15  # words back from a name to the relative pronoun whose clause may hold it
CLAUSE_ENDS = {".", "!", "?", "…", ";", ":"}


def _subject_of_something_else(token: Token) -> bool:
    """« …, a déclaré X, sans citer les États-Unis, dont le président Y prendra la parole », « le sélectionneur X,
    privé de sept blessés, dont les champions Y et Z »: a name in a relative clause (however the parser hung it)
    says something of another noun, and is not whom « a-t-il poursuivi » means next — unless its verb reports
    speech (« la ville dont le maire Y a dit … »)."""
    verb = subject_verb(token)
    if verb is not None and fold(verb.text) in reporting_verbs():
        return False
    return verb is not None and verb.dep_ == "acl:relcl" or _after_a_relative_pronoun(token)


def _after_a_relative_pronoun(token: Token) -> bool:
    """A relative pronoun other than « que » (« dont ») before the name, with no finite verb nor clause end between."""
    for word in reversed(token.doc[max(0, token.i - RELATIVE_REACH) : token.i]):
        if finite_verb(word) or word.text in CLAUSE_ENDS:
            return False
        if fold(word.text) in RELATIVES - QUE:
            return True
    return False


def _reported_subject(token: Token) -> bool:
    """« X a confirmé que le roi Y « … » »: Y is the subject of what X reports, not whom « a-t-il ajouté »
    means next."""
    verb = subject_verb(token)
    if verb is None or verb.dep_ != "ccomp":
        return False
    if fold(verb.head.text) in reporting_verbs():
        return True
    # the parser may lose the reporting verb (« a tout de même mentionné que X a … »): it stands before « que »
    que = next((child for child in verb.children if child.dep_ == "mark" and fold(child.text) in QUE), None)
    return que is not None and que.i > 0 and fold(token.doc[que.i - 1].text) in reporting_verbs()


def _a_things_owner(head: Token) -> bool:
    """« La démission de Charles X reste « une décision personnelle … » »: a common noun that is no role,
    organisation nor speech (« la réaction de X » is X's) heads the mention; the name after it owns the thing."""
    word = fold(head.text)
    return head.pos_ == "NOUN" and head.is_lower and not (word in speech_nouns() or word in organisation_nouns() or word in document_nouns())


def _in_a_complement(doc: Doc, start: int, mention_start: int) -> bool:
    """« l'avocat de M. Meunier », « le successeur d'un Didier X », « l'envoyé du président Abdelmadjid
    Tebboune »: the name (or its article), or its role noun just before it, follows a preposition inside the mention; the name is someone else than the mention's
    head (« confirmée par le colonel X » is the colonel X)."""
    if after_preposition(doc, start) and start > mention_start:
        return True
    if start - 1 > mention_start and doc[start - 1].pos_ == "DET" and after_preposition(doc, start - 1):
        return True  # « successeur d'un Didier X »
    i = start - 1
    while i > 0 and (doc[i].is_space or doc[i].pos_ == "ADJ" and not is_role(doc[i].text)):
        i -= 1
    if i <= 0 or not is_role(doc[i].text):
        return False
    if doc[i - 1].pos_ == "DET" and i > 1:
        i -= 1
    return after_preposition(doc, i) and i > mention_start


def _addressed(token: Token) -> bool:
    """« a indiqué à l'AFP la direction »: told something, the agency is no later « la direction »."""
    return token.i > 2 and fold(token.doc[token.i - 2].text) in TO and fold(token.doc[token.i - 3].text) in reporting_verbs()


def _party_after_role(name: Span) -> bool:
    """« la députée CSV », « l'élu PS »: an acronym right after a role noun is a party, not a surname."""
    return len(name) == 1 and name[0].is_upper and len(name[0].text) <= 5 and name.start > 0 and is_role(name.doc[name.start - 1].text)


CAPTION_CREDIT = re.compile(r"©\s*[A-Z][^©]{0,60}$")  # « … © Jules Y – Place Gre'net » ending the line


def _in_credit_line(text: str, char: int) -> bool:
    """« Photo Simon Clark/Agence QMI », « PHOTO DOMINICK GRAVEL, LA PRESSE », « (Ph. Salah Ben Ali) »: a
    photographer named in a credit line or bracket is nobody's antecedent, nor anyone named in a caption, a line
    without quotation marks that ends with a credit after the name (« Le ministre X, dans le viseur des
    professeurs. © Jules Y – Place Gre'net »; not « Paris (©AFP) - La ministre X … »)."""
    line = text[text.rfind("\n", 0, char) + 1 : char]
    bracket = line[line.rfind("(") + 1 :] if "(" in line else None
    end = text.find("\n", char)
    rest = text[char : end if end >= 0 else len(text)]
    credited = line.rstrip().endswith("©")  # « © Jules Y »: the photographer
    caption = CAPTION_CREDIT.search(rest) is not None and not any(mark in line + rest for mark in "«»“”\"")
    copyright = credited or caption or is_byline(line + rest)  # « Par Nadir X »: who wrote the article
    return copyright or any(fold(part).lstrip().startswith(CREDIT_WORDS) for part in (line, bracket) if part is not None)


def _says(token: Token) -> bool:
    """« La préfecture a appelé à la prudence »: the subject of a reporting verb has spoken."""
    return is_subject(token, main_clause=True) and fold(token.head.text) in reporting_verbs()


def _same_person(known: list[str], words: list[str]) -> bool:
    """« Kirby » or « John Kirby » for John Kirby; also a middle name alone (« Oligui » for Brice Oligui
    Nguema), a last name left out of a long one, and an initial with the surname (« D. Chtaïbi » for Driss
    Chtaibi), accents aside."""
    if _fuller(known, words) or _fuller(words, known) or _with_its_number(known, words) or _with_its_number(words, known):
        return True
    if len(words) == 1:
        return any(_same_word(words[0], word) for word in known[:-1]) or _same_word(words[0], _without_particle(known[-1]))
    if _inside_the_surnames(known, words):
        return True
    initial = words[0].rstrip(".")
    return len(initial) == 1 and len(words) == 2 and len(known) > 1 and known[0].startswith(initial) and _same_word(known[-1], words[1])


def _misspelt(known: list[str], words: list[str]) -> bool:
    """« Aragchi » for Abbas Araghchi, « Ousmane Sono » for Ousmane Sonko: a surname one letter more, less or
    other than a name seen before — alone and long (« Durant » may not be Durand), or after the same given name
    — is a typo, not another person; so is a given name one letter off before the same surname, unless both
    are given names (« Louise Bertrand » is not Louis)."""
    if len(words) == 1:
        return len(words[0]) >= 7 and _one_edit_apart(words[0], known[-1])
    surname, known_surname = " ".join(words[1:]), " ".join(known[1:])
    if len(known) > 1 and _same_word(surname, known_surname) and len(surname) >= 5:  # « Souhad Abderrahim » for Souad
        return _one_edit_apart(words[0], known[0]) and not _feminine_of(words[0], known[0]) and (given_name(words[0]) is None or given_name(known[0]) is None)
    return len(known) > 1 and _same_word(words[0], known[0]) and len(surname) >= 4 and _one_edit_apart(surname, known_surname)


def _feminine_of(a: str, b: str) -> bool:
    """« Hakima » and « Hakim », « Gaëtane » and « Gaëtan »: a given name and its feminine, two people."""
    short, long = sorted((unaccented(fold(a)), unaccented(fold(b))), key=len)
    return long in (short + "e", short + "a")


def _one_edit_apart(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one inserted, deleted or replaced letter (accents and case aside), not in
    the first."""
    if abs(len(a) - len(b)) > 1:
        return False  # most pairs, before any folding
    a, b = unaccented(fold(a)), unaccented(fold(b))
    if len(a) > len(b):
        a, b = b, a
    if a == b or len(b) - len(a) > 1 or a[:1] != b[:1]:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _without_particle(word: str) -> str:
    """« Halabi » for « al-Halabi », « Khalfi » for « el-Khalfi », « Charaa » for « Al-Charaa »: a surname
    without its lowercase prefix, or its article written with a capital."""
    prefix, _, rest = word.partition("-")
    return rest if rest and (prefix.islower() or fold(prefix) in ARTICLE_PREFIXES) else word


def _fuller(full: list[str], short: list[str]) -> bool:
    """« John Kirby » for Kirby, « Maurice Kouakou Bandaman » for Maurice Bandaman, « Issa Tchiroma Bakary » for
    Issa Tchiroma, « Abdel Fattah al-Sissi » for Sissi: the same name with the words the short form left out."""
    if len(short) == 1 and len(full) > 1 and _same_word(short[0], _without_particle(full[-1])):
        return True  # « Sissi » first (a headline), then « Abdel Fattah al-Sissi »
    return ends_with(full, short) or _middle_name_left_out(full, short) or _last_name_left_out(full, short)


def _sovereign(person: Entity) -> bool:
    return any(fold(role_noun_of(role)) in SOVEREIGN_TITLES for role in person.roles)


def _with_its_number(full: list[str], short: list[str]) -> bool:
    """« Albert II » for « le prince Albert »: a sovereign's name and its number."""
    return len(full) == len(short) + 1 and full[:-1] == short and ROMAN_NUMERAL.fullmatch(full[-1]) is not None


def _inside_the_surnames(full: list[str], short: list[str]) -> bool:
    """« M. Toh Bi » for Vincent Toh Bi Irié: two words or more that follow each other in the full name after
    its first."""
    n = len(short)
    return 2 <= n < len(full) and any(
        all(_same_word(a, b) for a, b in zip(full[i : i + n], short)) for i in range(1, len(full) - n + 1)
    )


def _middle_name_left_out(full: list[str], short: list[str]) -> bool:
    """« Maurice Bandaman » for Maurice Kouakou Bandaman: the same first and last names, a middle one left out."""
    return len(full) > len(short) >= 2 and _same_word(full[0], short[0]) and _same_word(full[-1], short[-1])


def _last_name_left_out(full: list[str], short: list[str]) -> bool:
    """« Mahamat Idriss Déby » for Mahamat Idriss Déby Itno: three words or more that begin the full name; or a
    given name and a surname that begin it (« Thérèse Kayikwamba » for Thérèse Kayikwamba Wagner)."""
    if len(short) == 2 and len(full) > 2 and given_name(short[1]) is not None:
        return False  # « Jean Pierre » names no one surname
    return len(full) > len(short) >= 2 and all(_same_word(a, b) for a, b in zip(full, short))


def _double_surname_halved(full: list[str], short: list[str]) -> bool:
    """« Bettschart » or « Florence Bettschart » for Florence Bettschart-Narbel, « monsieur Nadeau » for Gabriel
    Nadeau-Dubois: the first half of a double surname stands for the whole (not an article, « Al-Charaa »)."""
    first, _, second = full[-1].partition("-")
    return (
        len(full) > 1 and first[:1].isupper() and second[:1].isupper() and fold(first) not in ARTICLE_PREFIXES
        and ends_with([*full[:-1], first], short)
    )


def _same_word(a: str, b: str) -> bool:
    return unaccented(fold(a)) == unaccented(fold(b))


def _of_a_role(doc: Doc, i: int) -> bool:
    """The name at `i` is the « de » complement of a role noun (« le porte-parole de X », « ministre de X »,
    « l'un des avocats de M. X »)."""
    before = i - 1
    while before > 0 and fold_title(doc[before].text) in honorifics():
        before -= 1
    if before < 1 or fold(doc[before].text) not in DE:
        return False
    noun = before - 1
    while noun > 0 and doc[noun].pos_ == "ADJ":
        noun -= 1
    return is_role(doc[noun].text)


def _faced(token: Token) -> bool:
    """« sa défaite face à X »: whom someone faced, a weaker antecedent for « il » than the person quoted before
    (not a « de » complement: « Le discours de X … « … », a-t-il martelé » is X's)."""
    return token.dep_.startswith(("nmod", "obl")) and "face" in _cases(token)


def _opponent(token: Token) -> bool:
    """« le match contre le Deportivo », « face au PSG »: the body a team played (« contre » in a sentence about a
    match), not the one that speaks for itself later as « le club » (but « la plainte contre la SNCF » … « a reconnu
    l'entreprise » is the SNCF's)."""
    return _faced(token) or "contre" in _cases(token) and any(fold(t.text) in CONTEST_WORDS for t in token.doc[token.sent.start : token.i])


def _cases(token: Token) -> set[str]:
    return {fold(child.text) for child in token.children if child.dep_ == "case"}


def _in_complement(token: Token) -> bool:
    """A name apposed to a role noun that a preposition governs (« avec le président du conseil, X », « en
    présence du chef de l'État, X ») or right after a noun's « avec » (« sans lien de parenté avec X »), but not the agent
    of a passive (« par le chef du patronat, X ») nor whom a question was put to (« au conseiller d'État X »)."""
    if _in_focus(token) or _speaks_in_a_relative(token):
        return False  # « C'est le cas du journaliste X », « du côté du ministre, X, qui a loué … »
    doc, role = token.doc, role_left(token.doc, token.i)
    if role is not None and any(t.ent_type_ == "PER" for t in doc[role.i + 1 : token.i]):
        role = None  # « une question du sénateur Y (N-VA), X a été apostrophé »: the role is Y's
    if role is None and _of_a_role(doc, token.i):
        return True  # « X, ancien Premier ministre de Jacques Chirac »: whose minister X was
    if role is None and token.i > 0 and fold(doc[token.i - 1].text) == "avec" and token.dep_ == "nmod":
        return True  # « sans lien de parenté avec X », « en concurrence avec X »
    i = role.i - 1 if role is not None else -1
    while i >= 0:
        while i >= 0 and doc[i].pos_ in ("DET", "ADJ"):
            i -= 1  # « du Premier ministre », « avec le président »
        if i < 0 or doc[i].pos_ != "ADP":
            return False
        if fold(doc[i].text) in AGENT_OR_ADDRESSEE:  # the agent of a passive, or whom a question was put to —
            return fold(doc[i].text) not in PASSIVE_AGENT and not _after_speech_verb(doc, i)  # not « imposées à l'attaquant X »
        before = i - 1
        while before >= 0 and doc[before].pos_ in ("DET", "ADJ"):
            before -= 1
        if before < 0 or not is_role(doc[before].text):
            return True
        i = before - 1  # « l'avocat de l'accusé, X »: still the role's own phrase
    return False


def _after_speech_verb(doc: Doc, i: int) -> bool:
    """« a demandé la journaliste Y au conseiller d'État X »: the phrase the preposition opens depends on a
    reporting verb."""
    verb = doc[i].head.head
    return fold(verb.text) in reporting_verbs()


def _of_a_country(head: Token) -> bool:
    """« le gouvernement haïtien », « la police marocaine »: a nationality adjective names which one."""
    return any(child.dep_ == "amod" and child.i > head.i and demonym(child.text) for child in head.children)


def _of_another_reach(head: Token) -> bool:
    """« l'ONG locale » after Amnesty International, « l'organisation régionale »: an adjective of reach may tell
    another organisation than the one last named."""
    return any(child.dep_ == "amod" and fold(child.text) in REACH_ADJECTIVES for child in head.children)


def _countries(words: Iterable[str]) -> frozenset[str]:
    """The countries the nationality adjectives among `words` name (« chef de l'État français », « la diplomatie
    française »: « français »)."""
    return frozenset(country for word in words if word[:1].islower() and (country := nationality(word)) is not None)


def _common_noun_phrase(name: str) -> bool:
    """« entreprise », « syndicat socialiste », « société d'État », « ONG internationale »: lowercase words (but
    for « État » and a generic noun written in capitals), no name of its own (« Fédération étudiante » is one)."""
    generic = generic_organisation_nouns()
    words = [word.lower() if fold(word).split("'")[-1] in CAPITALISED_COMMON_NOUNS or word.isupper() and fold(word) in generic else word for word in name.split()]
    plain = " ".join(words)
    return (plain == plain.lower() or fold(name) in generic) and len(words) <= 3  # « la Fédération »: the one named


def _before_its_leader(end: int, head: Token) -> int:
    """« le Comité international olympique de Thomas Bach »: the organisation's phrase ends before « de » and the
    person who leads it."""
    doc = head.doc
    return next((i for i in range(head.i + 1, end - 1) if fold(doc[i].text) in DE and (doc[i + 1].ent_type_ == "PER" or given_name(doc[i + 1].text))), end)


def _two_bodies(mention: Span, head: Token) -> bool:
    """A noun phrase with a determiner of its own coordinated inside the mention (« la préfecture du Var et les
    pompiers »): two speakers — but not « le ministère de l'Économie et des Finances » (a contracted article joins
    two complements of one name) nor the words of an organisation the NER saw whole."""
    return any(
        t.dep_ == "conj" and mention.start <= t.head.i < mention.end and (
            any(d.dep_ == "det" and d.pos_ == "DET" for d in t.children)
            and not any(d.dep_ == "case" for d in t.children)  # « … des Affaires étrangères et de la Communauté nationale »
            and not (head.ent_type_ == "ORG" and t.ent_type_ == "ORG" and t.ent_iob_ == "I")  # « l'Union pour la démocratie et le progrès »
            or _some_others(t) and not _complement_before(t)
        )
        for t in mention
    )


def _complement_before(conj: Token) -> bool:
    """« le ministère des solidarités et des familles »: a « de » complement before the « et », so the words after it
    are a second complement of one name."""
    et = next((c.i for c in conj.children if c.dep_ == "cc"), conj.i)
    return any(fold(w.text) in DE for w in conj.doc[conj.head.i : et])


def _some_others(noun: Token) -> bool:
    """« et des organisations de défense », « et de nombreuses ONG »: an indefinite plural after « et », a
    common noun or one a quantity qualifies — not « et des Finances », a second complement of one name."""
    cases = [fold(d.text) for d in noun.children if d.dep_ == "case"]
    counted = any(d.dep_ == "amod" and d.i < noun.i for d in noun.children)  # « de nombreuses »
    plural = any(case in PLURAL_DETERMINERS for case in cases) and noun.text.islower()  # « des organisations », not « d'incendie et de secours »
    return plural or counted and any(case in DE for case in cases)


def _bare_common_noun(name: str) -> bool:
    """« l'instance », « le mouvement », « la préfecture » with nothing to say which: the reader knows whose it
    is from the context, and the word alone names no one — but a body that speaks under its noun alone
    (`speaking_bodies`: « a indiqué la préfecture », « selon l'armée ») is named by it, as annotators of real
    news since real 206 give it."""
    return " " not in name and name.islower()


def _agrees(entity_gender: str | None, wanted: str | None) -> bool:
    return wanted is None or entity_gender in (None, wanted)


# -- the resolution rules, in order ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Mention:
    """A mention to resolve, with what every rule reads of it."""

    span: Span
    at: int  # look back from this char offset
    exclude: tuple[Entity, ...]

    @cached_property
    def head(self) -> Token | None:
        lone = self.span[0] if len(self.span) == 1 and mistagged_name(self.span[0]) else None
        return head_noun(self.span) or lone

    @cached_property
    def first(self) -> Token | None:
        return next((t for t in self.span if not t.is_space and t.pos_ != "PUNCT"), None)

    @cached_property
    def word(self) -> str:
        """The first word, folded, a pronoun without its hyphen: « -t-elle » -> « elle »."""
        return strip_pronoun(self.first.text)


Answer = tuple[Entity | None, float] | None
Resolver = Callable[[ArticlePeople, _Mention], Answer]


def _metonym(people: ArticlePeople, m: _Mention) -> Answer:
    """« la place Beauvau », « Bercy »: the institution the place stands for (metonyms.tsv)."""
    words = [fold(t.text) for t in m.span if not t.is_space]
    while words and words[0] in ARTICLES:
        words = words[1:]
    institution = metonyms().get(" ".join(words).replace("' ", "'"))
    return (people.institution(institution), 0.9) if institution is not None else None


def _apposed_organisation(people: ArticlePeople, m: _Mention) -> Answer:
    """"son équipe, Wallonie Cycling": the organisation named in apposition."""
    apposed = next(
        (t for t in m.span if t.ent_type_ == "ORG" and t.ent_iob_ == "B" and t.i > 0 and t.doc[t.i - 1].text == "," and not is_role(t.text)),
        None,
    )  # not « le ministre d'État, ministre de l'Intérieur, X »: a second post
    if apposed is None:
        return None
    return people.organisation(m.span[apposed.i - m.span.start :], apposed, m.at), 0.85


def _named(people: ArticlePeople, m: _Mention) -> Answer:
    """A name or surname in the mention ("M. Kirby", "le porte-parole John Kirby"), unless an organisation
    noun heads the phrase and the name is its complement ("le syndicat CGT de Ferronord")."""
    named = people.name_in(m.span)
    if named is None or names_an_organisation(m.head, named.name) and not _apposed_name(m, named.name) and not _voice_of(m):
        return None
    return named, 1.0


def _short_title_of(people: ArticlePeople, m: _Mention) -> Answer:
    """« le Mincom » after « X, le ministre de la Communication (Mincom) »: the holder of that short title."""
    holder = people.short_title_holder(m.head.text) if m.head is not None and m.head.text[:1].isupper() else None
    return (holder, 0.9) if holder is not None else None


def _voice_of(m: _Mention) -> bool:
    """« le syndicat, par la voix de son secrétaire général X »: the person through whom the body speaks."""
    words = [fold(t.text) for t in m.span]
    return any(words[i : i + 2] == ["par", "la"] and words[i + 2] in VOICE_NOUNS for i in range(len(words) - 2))


def _apposed_name(m: _Mention, name: str) -> bool:
    """« son conseil, Me Henry Van Malleghem »: the person set after a comma is the speaker the organisation
    noun (here the lawyer) stands for, not its complement."""
    comma = organisation_phrase_end(m.head)  # « son conseil, Me X », « le ministère malgache de la santé, X »
    if comma + 1 >= m.span.end or m.span.doc[comma].text != ",":
        return False
    if any(is_role(t.text) for t in m.span.doc[m.head.i + 1 : comma]):
        return False  # « le cabinet du ministre de la santé, X »: X is the minister, not who speaks for the cabinet
    after = m.span.doc[comma + 1].text
    return fold_title(after) in honorifics() or after == name.split()[0]


def _empty(people: ArticlePeople, m: _Mention) -> Answer:
    return (None, 0.0) if m.first is None else None


def _latter(people: ArticlePeople, m: _Mention) -> Answer:
    """« Ce dernier a fait part de son « … » »: the person named last, of that gender."""
    gender = latter_gender(m.span)
    if gender is None:
        return None
    named = [s for s in people.seen_before(m.at) if s.entity.kind == PERSON and s.entity.name and _agrees(s.entity.certain_gender, gender)]
    if not named or _unnamed_role_between(people, named[-1].at, m.span.start):
        if len(m.span) == 1:
            return None  # « celui-ci » after « le prévenu »: a pronoun all the same, for the salience rules
        return None, 0.3  # « … le président de la séance a fait un commentaire. Ce dernier a dit que … »: unnamed
    return named[-1].entity, 0.8


def _unnamed_role_between(people: ArticlePeople, char: int, end: int) -> bool:
    """A definite role noun that nobody named holds (« le président de la séance »), subject of its clause,
    after the last name and before « ce dernier »: whom « ce dernier » most likely means, not named."""
    for token in people.doc[:end]:
        if token.idx > char and token.pos_ == "NOUN" and is_role(token.text) and token.dep_ in ("nsubj", "nsubj:pass"):
            determiner = next((c for c in token.children if c.dep_ == "det"), None)
            definite = determiner is not None and fold(determiner.text) in DEFINITE_ARTICLES
            if definite and people.role_holder(role_key(token.text), token.idx) is None:
                return True
    return False


def _same_source(people: ArticlePeople, m: _Mention) -> Answer:
    """« a précisé la même source »: whoever spoke last."""
    words = {fold(t.text) for t in m.span}
    if "même" not in words or not words & SOURCE_NOUNS:
        return None
    spoke = [s.entity for s in people.seen_before(m.at) if s.spoke]
    return (spoke[-1], 0.8) if spoke else (None, 0.3)


def _impersonal_on(people: ArticlePeople, m: _Mention) -> Answer:
    """« », a-t-on ajouté »: the source the article has just been quoting, when one spoke in the last few
    sentences; « on » alone names nobody, nor does what « on » overheard (« entend-on », « pouvait-on lire »)."""
    if m.word != "on" or not m.span.text.startswith("-"):
        return None
    doc = m.span.doc
    if any(fold(t.text) in OVERHEARD_VERBS for t in doc[max(0, m.span.start - 3) : m.span.end + 2]):
        return None
    after = next((t for t in doc[m.span.end : m.span.end + 4] if t.pos_ not in ("ADV", "VERB", "AUX") and not t.is_space), None)
    if after is not None and fold(after.text) in ON_PLACES:
        return None  # « », rapporte-t-on (aujourd'hui) dans les cliniques »: the people there, not the source quoted before
    recent = people.recent_speaker(m.at)
    return (recent, 0.6) if recent is not None else None


IMPERSONAL_REACH = 500  # characters: about three sentences back


def _pronoun(people: ArticlePeople, m: _Mention) -> Answer:
    """il, elle, -t-il, lui, « celui qui »: the most salient antecedent of that gender, organisations included;
    with nobody before it (« « … », a-t-il déclaré » opening the text), the first person its paragraph names after it."""
    gender = PRONOUN_GENDER.get(m.word) or person_in_view(m.first)
    if gender is None:
        return None
    introduced = people.introduced_before_a_colon(gender, m.at)
    if introduced is not None and not any(introduced is e for e in m.exclude):
        return introduced, 0.82
    lead_in = people.role_before_a_colon(m.at, gender)
    if lead_in is not None:  # « La juge ne cache pas son scepticisme : « … », relève-t-elle »: the judge, named or not
        resolution = people.resolve(lead_in, m.at, m.exclude)
        return (resolution.entity, min(resolution.confidence, 0.82)) if resolution.entity is not None else None
    going_on = people.speaker_of_the_quote_before(m.at, gender, m.exclude) if _goes_on(m.first) else None
    if going_on is not None:
        return going_on, 0.82  # « « … », a-t-elle poursuivi »: whoever was speaking goes on
    if people.unnamed_court_officer_before(m.at, gender):
        return Entity("", PERSON, gender), 0.6
    entity, confidence = people.salient(gender, m.at, 0.82, people_only=False, exclude=m.exclude + people.named_only_in_the_headline(m.at, in_passing=True))
    if entity is None:
        entity, confidence = people.salient(gender, m.at, 0.82, people_only=False, exclude=m.exclude)  # « X démissionne » then « a-t-il dit »
    if entity is None and not people.seen_before(m.at):
        if people.unnamed_subject_before(m.at, gender):
            return Entity("", PERSON, gender), 0.6  # « Ce voisin est sous le choc. « … », explique-t-il »
        entity, confidence = people.named_later_in_paragraph(gender, m.at), 0.6
        role = people.subject_role_before(m.at, gender)
        if entity is not None and role is not None and _another_post(entity, role_key(role.text), _role_phrase_of(role)):
            return Entity("", PERSON, gender), 0.6  # « Le ministre de la Justice a affirmé … « … », a-t-il dit. Le Premier ministre X … »
    return entity, confidence


def _goes_on(pronoun: Token) -> bool:
    """« a-t-elle poursuivi », « reprend-il », « ajoute-t-il »: the subject of a verb of going on speaking."""
    doc, i = pronoun.doc, pronoun.i
    if pronoun.text.startswith("-") and i > 0:  # inverted, whatever the parser hung it on: « ajoute-t-il », « a-t-il ajouté »
        verbs = [doc[i - 2] if doc[i - 1].text == "-t" and i > 1 else doc[i - 1]] + list(doc[i + 1 : i + 2])
    elif pronoun.dep_ in SUBJECT_DEPS:
        verbs = [pronoun.head]
    else:
        return False
    return any(reporting_verbs().get(fold(verb.text)) in GOING_ON_VERBS for verb in verbs)


GOING_ON_VERBS = continuation_verbs() | ADDING_VERBS


def _possessive(people: ArticlePeople, m: _Mention) -> Answer:
    """"son intention": its owner, unless the head is a role or organisation ("son avocat")."""
    head = m.head
    owned_thing = head is None or not is_role(head.text) and fold(head.text) not in organisation_nouns()
    if m.word not in POSSESSIVES or not owned_thing:
        return None
    return people.salient(None, m.at, 0.7, people_only=True, exclude=m.exclude)


def _plural_pronoun(people: ArticlePeople, m: _Mention) -> Answer:
    """ils, on, nous, vous: nobody we can name."""
    return (None, 0.3) if m.word in PLURAL_PRONOUNS or m.first.pos_ == "PRON" else None


def _headless(people: ArticlePeople, m: _Mention) -> Answer:
    return (None, 0.2) if m.head is None else None


def _document(people: ArticlePeople, m: _Mention) -> Answer:
    """"précise le communiqué": whoever issued it; « la réaction du syndicat » is the syndicate's (but « la Tribune de
    Genève » is a newspaper's name, capitalised)."""
    word = fold(m.head.text)
    if word in document_nouns() and not (m.head.text[:1].isupper() and _newspapers_title(m.head)):
        return people.document_issuer(m.head, m.exclude)
    owner = issuer_phrase(m.head) if word in speech_nouns() else None
    if owner is None or owner.start < m.span.start or owner.end > m.span.end or owner.start <= m.head.i < owner.end:
        return None  # the owner is a phrase within the mention, never the speech noun again (that would go round)
    return people.resolve(owner, m.at, m.exclude).entity, 0.75


def _spokesperson(people: ArticlePeople, m: _Mention) -> Answer:
    """« une porte-parole de la SNCF », « deux représentants de la Confédération étudiante »: someone unnamed
    speaking for an organisation the article names — the organisation's words, and so for a body that speaks
    under its noun alone (« un porte-parole de la préfecture »); not « un porte-parole de la famille »."""
    determiner, head = fold(m.first.text), fold(m.head.text) if m.head is not None else ""
    ours = head in FELLOW_JOURNALISTS and determiner in OUR_DETERMINERS  # « nos confrères de RTL Info »: the outlet's report
    if head not in SPOKESPERSONS | FELLOW_JOURNALISTS or determiner not in INDEFINITE | PLURAL_DETERMINERS and m.first.pos_ != "NUM" and not ours:
        return None
    after = [t for t in m.span if t.i > m.head.i]
    if not after or fold(after[0].text) not in DE:
        return None
    named = next((t for t in after if t.ent_type_ == "ORG" or t.text[:1].isupper() or fold(t.text) in speaking_bodies()), None)
    if named is None:
        return None
    if any(start == after[0].i + 1 and entity.kind == PERSON for start, _, entity in people.names):
        return Entity("", PERSON, None), 0.6  # « un porte-parole de Martin Fayulu » speaks for him but is not him
    organisation = people.organisation(m.span.doc[after[0].i + 1 : m.span.end], named, m.at)
    return organisation, 0.75


def _group(people: ArticlePeople, m: _Mention) -> Answer:
    """« les avocats de Draguignan », « des habitants », « deux clients de la STM », « les Toulousains » (a team,
    a town's people): several people, not one speaker."""
    determiner = fold(m.first.text)
    head = m.head
    counted = m.first.like_num and determiner not in INDEFINITE and m.first.i < head.i  # « deux », « 3 » (not « un »)
    capitalised = head.text[:1].isupper() and not (demonym(head.text) or head.text.endswith("s") and demonym(head.text[:-1]))
    if determiner not in PLURAL_DETERMINERS and not counted or capitalised or fold(head.text) in organisation_nouns():
        return None
    return None, 0.3


def _indefinite(people: ArticlePeople, m: _Mention) -> Answer:
    """"une infirmière", "un proche du dossier", « quelqu'un », « cet autre spectateur »: someone the article does
    not name."""
    if fold(m.first.text) in INDEFINITE_PRONOUNS:
        return Entity("", PERSON), 0.6
    determiner = fold(m.first.text) if m.first.pos_ == "DET" else ""
    another = m.first.i + 1 < m.span.end and _autre_after_an_article(m.span.doc[m.first.i + 1])  # « cet autre spectateur »
    if determiner not in INDEFINITE and not another:
        return None
    return Entity("", PERSON, role_gender(m.head), roles=[m.head.text] if is_role(m.head.text) else []), 0.6


def _unnamed_speaker_of(people: ArticlePeople, key: str, at: int) -> bool:
    """« a confirmé un officier de gendarmerie ayant requis l'anonymat » … « a précisé l'officier de
    gendarmerie »: someone left unnamed has already spoken in that role."""
    return any(key in speaker.role_keys for speaker in people.unnamed_speakers(before=at))


def _demonym(people: ArticlePeople, m: _Mention) -> Answer:
    """« a précisé la St-Galloise », « a lancé le Sénégalais », « fait savoir ce Burkinabè »: a capitalised noun
    of origin after a definite or demonstrative article is an epithet of a person the article has named, not a
    name of its own — and so is a nationality typed lowercase (« a confié le slovène »)."""
    head = m.head
    if head is None or m.first is head or fold(m.first.text) not in DEFINITE_ARTICLES | DEMONSTRATIVE_DETERMINERS:
        return None
    if not (head.text[:1].isupper() and demonym(head.text) or head.is_lower and nationality(head.text) is not None):
        return None
    if people.name_in(m.span) is not None or opens_a_title(m.first):
        return None  # and not someone the headline alone names: « le Serbe » under « Sinner domine Djokovic »
    return people.salient(_epithet_gender(head), m.at, 0.7, people_only=True, exclude=m.exclude + people.named_only_in_the_headline(m.at))


def _epithet_gender(epithet: Token) -> str:
    """« la Sénégalaise », « l'Ivoirienne »: the article's gender, else the word's ending."""
    return morph_gender(epithet.doc[epithet.i - 1]) or ("f" if epithet.text.endswith("e") else "m")


def _role(people: ArticlePeople, m: _Mention) -> Answer:
    """"le porte-parole": the person introduced with that role, else the most salient person of its gender."""
    periphrasis = _periphrasis(m)
    if not is_role(m.head.text) and periphrasis is None:  # « la garde des Sceaux », whose « garde » is no role
        return None
    gender = role_gender(m.head)
    complement = tuple(entity for start, _, entity in people.names if m.head.i < start < m.span.end)  # « le coéquipier de X » is not X
    headline = people.named_only_in_the_headline(m.at) if _specific(m) or _qualifier(m) else ()  # no post of theirs is known
    m = replace(m, exclude=m.exclude + complement + headline + people.holders_for_another_country(_countries(t.text for t in m.span if t.i > m.head.i)))
    if periphrasis is not None:  # « le chef de l'État »: the président, else the person in view — never « le chef d'état-major »
        key = role_key(role_noun_of(periphrasis))
        post = _post(periphrasis, key)
        exclude = m.exclude + people.holders_for_other_things(key, periphrasis) + people.heads_of_a_body(key)  # the Justice minister is not « Bercy »
        holder = people.role_holder(key, m.at, gender, post=post, exclude=exclude) or people.named_after_the_periphrasis(
            _periphrasis_phrase(m), m.at, gender, exclude
        )
        if holder is not None:
            return holder, 0.9
        return people.salient(gender, m.at, 0.7, people_only=True, exclude=exclude + people.holders_of_another_post(key, post) + people.unnamed_speakers())
    key = role_key(m.head.text)
    if key in COURT_ROLE_SYNONYMS and people.in_court(m.at) and not _of_a_thing(m):
        key = role_key(COURT_ROLE_SYNONYMS[key])  # « Pour le défenseur de X, … », « a réagi le défenseur »: Me Y
    post = _post(m.span.text, key)
    specific = _specific(m)
    if key not in PLAIN_PERSONS:  # « la jeune femme » holds no post: the person in view
        other_things = people.holders_for_other_things(key, _post_phrase(people, m))  # not « le président Macron » for « le président du syndicat »
        holder = people.role_holder(key, m.at, gender, _qualifier(m), post, m.exclude + _holders_of_another_post(people, m, key, other_things))
        covered = _holders_of_covered_posts(people, key, m, gender)
        if holder is None and len(covered) > 1:
            return Entity("", PERSON, gender), 0.6  # « le parlementaire » after a senator and a deputy: either
        holder = holder or next(iter(covered), None)
        if holder is not None:
            if id(holder) not in people.guessed_roles:
                return holder, 0.9
            if not people.introduced_anew(holder, key, m.at):
                return holder, 0.7
        later = people.later_role_holder(key, m.at, gender, post, other_things) if specific else None
        if later is not None:
            return later, 0.75  # « …, insiste le ministre de l'Intérieur. Le ministre de l'Intérieur, X, est arrivé … »
        if specific and not _capitalised_after_capitalised(m):
            later = people.first_named_after(gender, m.at, key, post, m.exclude, close=people.person_seen_before(m.at))
            if later is not None:
                return later, 0.6  # « …, a indiqué la procureure d'Evry. « … », a précisé Marie X »
        later = _named_after_the_role_first_given(people, m, key, gender, post)
        if later is not None:
            return later, 0.6  # « Le ministre de la Justice est jugé. « … », a lancé X. » … « a répondu le ministre »
    bare_presiding = key in PRESIDING and not specific and people.at_trial(m.at)  # « a demandé le président » at a trial
    presiding = people.presiding_judge(m.at, gender) if key in JUDGES or bare_presiding else None
    if presiding is not None:
        return presiding, 0.8  # « la présidente du tribunal, X » … « la juge »
    if people.role_held_elsewhere(key, post) or key in BENCH_ROLES or bare_presiding or _someone_elses_counterpart(m, key) or _unnamed_speaker_of(people, key, m.at):
        return Entity("", PERSON, gender), 0.6  # « le juge » named nowhere is nobody the article names
    unnamed = people.unnamed_speakers() if specific else ()  # « le président de la FNSEA » is no « un agriculteur »
    qualified = people.only_one_qualified(_qualifier(m), m.at, gender, m.exclude)
    if qualified is not None:
        return qualified, 0.7  # « le député communiste »: X, « secrétaire général du Parti communiste », not the last man named
    posted = people.holders_of_offices() if key in LAY_ROLES else ()  # « cet habitant » is not « X, adjoint au maire »
    bench = tuple(people.titled_lawyers) if key in BENCH_ROLES | PRESIDING and people.in_court(m.at) else ()  # nor « le président du tribunal » Me X
    return people.salient(gender, m.at, 0.7, people_only=True, exclude=m.exclude + people.holders_of_another_post(key, post) + unnamed + posted + bench)


def _holders_of_covered_posts(people: ArticlePeople, key: str, m: _Mention, gender: str | None) -> tuple[Entity, ...]:
    """« le parlementaire » after « le sénateur X »: the people introduced with a post the general role covers."""
    posts = role_hypernyms().get(key, ())
    if not posts or any(role_key(t.text) == key for t in m.span.doc[: m.head.i]):
        return ()  # « un parlementaire de la majorité … estime ce parlementaire »: someone introduced as such
    holders = (people.role_holder(post, m.at, gender, exclude=m.exclude) for post in posts)
    return tuple({id(e): e for e in holders if e is not None}.values())


def _holders_of_another_post(people: ArticlePeople, m: _Mention, key: str, other_things: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Of the holders of `key` whose role names something else, those that surely hold another post: all of them
    against the presiding judge of a trial (« la présidente du groupe RN »); those named with a complement of their
    own for a portfolio (« le ministre des Comptes publics ») or a mention naming a place or body (« le maire de
    Marseille ») — not « le président X » for « le président de la République », nor « le président de la Chambre »
    for « le président de l'assemblée »."""
    if key in PRESIDING and people.at_trial(m.at):
        return other_things
    named = any(t.text[:1].isupper() for t in m.span if t.i > m.head.i)
    return _with_a_complement(other_things, key) if key in PORTFOLIO_ROLES or named else ()


def _named_after_the_role_first_given(people: ArticlePeople, m: _Mention, key: str, gender: str | None, post: Post) -> Entity | None:
    """« Le ministre de la Justice est assis sur le banc. « … », a lancé X »: who holds a role the article gave with
    its post before naming anyone — the first person then named speaking, unless a court officer (named, if ever, as
    such) or someone named with another complement of it (« le ministre de l'Intérieur X »)."""
    introduced = people.role_before_anyone_named(key, m.at)
    if introduced is None or _court_officer(people, introduced, key):
        return None
    elsewhere = _with_a_complement(people.holders_for_other_things(key, _role_phrase_of(introduced)), key)
    return people.first_named_after(gender, introduced.idx, key, post, m.exclude + elsewhere)


def _with_a_complement(entities: tuple[Entity, ...], key: str) -> tuple[Entity, ...]:
    return tuple(e for e in entities if any(_complement_words(role, key) for role in e.roles))


def _post_phrase(people: ArticlePeople, m: _Mention) -> str:
    """What a role mention says of the post, when a « de » complement says it: its words but the names in it
    (« le président du syndicat »; nothing for « le colonel Frédéric Leguillier » nor « le nouveau président
    malgache »)."""
    after = [t for t in m.span if t.i > m.head.i]
    if not any(fold(t.text) in DE for t in after):
        return ""
    named = {i for start, end, _ in people.names for i in range(start, end)}
    return " ".join(t.text for t in m.span if t.i not in named)


def _someone_elses_counterpart(m: _Mention, key: str) -> bool:
    """« son coéquipier », « son homologue »: a person defined by the one in view, so not that person — and
    nobody the article names, unless it named the counterpart (« son coéquipier X »)."""
    return m.word in POSSESSIVES and key in RELATIONAL_ROLES


def _periphrasis(m: _Mention) -> str | None:
    """« le chef de l'État » -> « président »: the role phrase a periphrasis stands for (role_synonyms.tsv),
    as whole words (« le PM », not « le PMU »)."""
    phrase = _periphrasis_phrase(m)
    return role_synonyms()[phrase] if phrase else None


def _periphrasis_phrase(m: _Mention) -> str:
    """The periphrasis the mention opens with, folded and unaccented (« chef de l'etat »), or ""."""
    words = unaccented(fold(m.span[m.head.i - m.span.start :].text)) + " "  # « le chef de l'Etat »
    return next((phrase for phrase in role_synonyms() if words.startswith(phrase + " ")), "")


def _short_title(role: Token, name_start: int) -> str | None:
    """« le ministre de la Communication (Mincom) »: the short form of a post in brackets after it, which the
    article then uses alone for its holder (« le Mincom reconnaît … »); it starts like the role noun, unlike the
    acronym of an organisation (« secrétaire général de la CGT (…) »)."""
    doc = role.doc
    for i in range(role.i + 1, min(len(doc), role.i + 12)):
        if doc[i].text in (",", ".") or i == name_start:
            return None
        if acronym_in_brackets(doc, i, len(doc)):
            short = doc[i + 1].text
            return short if unaccented(fold(short))[:3] == unaccented(fold(role.text))[:3] else None
    return None


def _has_qualifier(entity: Entity, qualifier: tuple[str, ...]) -> bool:
    """One of `entity`'s roles has all the `qualifier` words (« festival » in « directeur du festival »)."""
    return bool(qualifier) and any(all(word in fold(role) for word in qualifier) for role in entity.roles)


def _of_a_thing(m: _Mention) -> bool:
    """A lowercase noun after the role noun: « le défenseur des droits », a post of its own."""
    return any(t.i > m.head.i and t.pos_ == "NOUN" and t.text.islower() for t in m.span)


def _acronyms(phrase: str) -> set[str]:
    """The words in capitals of a role phrase (« CFDT », « FO »): the bodies it names."""
    return {word for word in re.findall(r"\w+", phrase) if word.isupper() and len(word) > 1 and word.isalpha()}


def _complement_words(role: str, key: str) -> list[str]:
    """The words of a role's complement, unaccented: « économie » in « ministre de l'Économie »."""
    words = fold(role).replace("'", " ").split()
    after = next((n for n, w in enumerate(words) if role_key(w) == key), len(words))
    return [unaccented(w) for w in words[after + 1 :] if len(w) > 3]


def _qualifier(m: _Mention) -> tuple[str, ...]:
    """The content words after a role noun: « festival » in « le directeur du festival »."""
    return tuple(fold(t.text) for t in m.span if t.i > m.head.i and t.is_alpha and len(t.text) > 3)


def _specific(m: _Mention) -> bool:
    """« le ministre de la Santé », « le maire d'Oka », « le Premier ministre »: a role with a complement or a
    qualifier of its post introduces someone; a bare « l'élu » refers back."""
    return any(
        t.i > m.head.i and (fold(t.text) in DE or t.pos_ in ("ADJ", "PROPN")) or t.i < m.head.i and fold(t.text) in POST_QUALIFIERS
        for t in m.span
    )


def _capitalised_after_capitalised(m: _Mention) -> bool:
    """« la ministre du Tourisme Ndiaye Bah »: two capitalised words in a row after the role noun, most likely a
    name the NER missed — the mention names someone, whoever the article names next."""
    after = [t for t in m.span if t.i > m.head.i and not t.is_space]
    return any(a.text[:1].isupper() and b.text[:1].isupper() for a, b in zip(after, after[1:]))


def _counsel(people: ArticlePeople, m: _Mention) -> Answer:
    """« son conseil »: someone's lawyer — the one the article names (« Me X »), else nobody it names; not a
    council."""
    if m.word not in POSSESSIVES or fold(m.head.text) not in COUNSEL_NOUNS or any(t.i > m.head.i and t.is_alpha for t in m.span):
        return None
    holder = people.role_holder(role_key(COUNSEL_NOUNS[fold(m.head.text)]), m.at, exclude=m.exclude)
    return (holder, 0.9) if holder is not None else (Entity("", PERSON), 0.6)


def _court_side(people: ArticlePeople, m: _Mention) -> Answer:
    """« pour la défense », « le ministère public »: the lawyer or the prosecutor the article names in that
    role, who speaks for that side of the trial; when it names none, the side itself if it is a body (« le
    parquet »), else nobody we can name (« la défense »)."""
    words = [fold(t.text) for t in m.span[m.head.i - m.span.start :] if not t.is_punct]
    side = court_sides().get(" ".join(words))
    if side is None:
        return None  # nor « le parquet de Liège »: a body named in full speaks as itself
    titled = tuple(people.titled_lawyers)  # « Me X » may plead for either side (Quebec prosecutors are « Me » too)
    key = role_key(side.role)
    holder = people.role_holder(key, m.at, exclude=titled)
    if holder is None and not (side.body and people.body_named_before(" ".join(words), m.at)):
        holder = people.later_role_holder(key, m.at, exclude=titled)  # not when « le parquet de Bordeaux » spoke before
    if holder is not None:
        return holder, 0.75
    return None if side.body else (Entity("", PERSON), 0.6)


def _organisation(people: ArticlePeople, m: _Mention) -> Answer:
    """"la préfecture du Var", "le gestionnaire du réseau Enedis" (the organisation it names); not "le
    texte" or "tout le monde"."""
    head = m.head
    if not names_organisation(head):
        title = _title_after_a_media_noun(head)  # « le quotidien La Dernière Heure »: whatever the tags of its title
        proper = next((t for t in m.span if t.i > head.i and (t.ent_type_ == "ORG" or t.pos_ == "PROPN" or t.i == title)), None)
        if proper is None or people.person_named_at(proper.i):
            return None  # « le spectacle d'ouverture de Sharon X » names a person's thing, no organisation
        if not after_preposition(people.doc, proper.i):
            head = proper
        # else "la section locale du PCF": the whole phrase names it
    return people.organisation(m.span, head, m.at), 0.8


def _epithet(people: ArticlePeople, m: _Mention) -> Answer:
    """« a expliqué l'ancien demi de mêlée », « a lancé la star », « a confié le polytechnicien »: a definite noun
    phrase that is no role, body, document or outlet, set right after a reporting verb as its subject, is the
    writer's other word for a person in view — whose words these are."""
    head = m.head
    if head is None or m.first is head or fold(m.first.text) not in DEFINITE_ARTICLES or not head.is_lower:
        return None
    if "Plur" in head.morph.get("Number") or not subject_of_an_incise(m.span) or people.name_in(m.span) is not None:
        return None
    if fold(head.text) in _thing_nouns():
        return None
    if fold(head.text) in PARTICIPANT_NOUNS or _introduced_as_someone(head):
        return Entity("", PERSON), 0.6  # « « … », a crié le forcené », « un patient … a confié le patient »: someone unnamed
    gender = None if fold(head.text) in EPICENE_EPITHETS else morph_gender(m.first) or morph_gender(head)
    return people.salient(gender, m.at, 0.6, people_only=True, exclude=m.exclude + people.named_only_in_the_headline(m.at))


def _introduced_as_someone(noun: Token) -> bool:
    """The same noun came before after an indefinite article (« un forcené », « une patiente »): someone the
    article introduced without a name, not another word for the person in view."""
    word = fold(noun.text)
    return any(fold(t.text) == word and t.i > 0 and fold(t.doc[t.i - 1].text) in INDEFINITE for t in noun.doc[: noun.i])


@cache
def _thing_nouns() -> frozenset[str]:
    """Nouns of what is not a person: bodies, outlets, documents, words said, places, groups, sources."""
    return organisation_nouns() | media_nouns() | document_nouns() | speech_nouns() | place_nouns() | frozenset(generic_organisation_nouns()) | COLLECTIVE_NOUNS | SOURCE_NOUNS | IMPERSONAL_NOUNS


def _newspapers_title(head: Token) -> bool:
    """« la Tribune de Genève »: a capitalised document noun that opens an outlet's title (not « le Rapport annuel de
    la Cour des comptes »)."""
    doc = head.doc
    return any(fold(doc[head.i : j].text) in outlets() for j in range(head.i + 1, min(head.i + 5, len(doc) + 1)))


def _title_after_a_media_noun(head: Token) -> int | None:
    """Where the title after « le quotidien », « l'hebdomadaire suisse » starts (at its article, if any) — not « le
    site Web de la Sûreté », a word then a complement."""
    doc = head.doc
    start = head.i + 1
    while start < len(doc) and doc[start].pos_ == "ADJ" and doc[start].text.islower():
        start += 1  # « le quotidien suisse Le Temps »
    i = start + (start < len(doc) and doc[start].pos_ == "DET" and doc[start].text[:1].isupper())
    if fold(head.text) not in media_nouns() or i >= len(doc) or not doc[i].text[:1].isupper():
        return None
    return None if i + 1 < len(doc) and fold(doc[i + 1].text) in DE else start


RESOLVERS: list[tuple[str, Resolver]] = [
    ("metonym", _metonym),
    ("apposed-organisation", _apposed_organisation),
    ("name", _named),
    ("short-title", _short_title_of),
    ("empty", _empty),
    ("latter", _latter),
    ("same-source", _same_source),
    ("impersonal-on", _impersonal_on),
    ("pronoun", _pronoun),
    ("possessive", _possessive),
    ("plural-pronoun", _plural_pronoun),
    ("headless", _headless),
    ("document", _document),
    ("spokesperson", _spokesperson),
    ("group", _group),
    ("indefinite", _indefinite),
    ("demonym", _demonym),
    ("role", _role),
    ("counsel", _counsel),
    ("court-side", _court_side),
    ("organisation", _organisation),
    ("epithet", _epithet),
]
