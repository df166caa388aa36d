"""A varied, deterministic corpus of French news articles with quotes, for benchmarks.

Articles are rebuilt from the paragraphs of real texts — the dispatch in `seeds/`, the texts of
`tests/data/gold.jsonl` and of `../shared/eval/dev_gold.jsonl` (only their id, title and text are read):

- each article starts from one source article (its lead, then a random subset of its other paragraphs, in order),
  takes 0–3 paragraphs borrowed from other sources at random places, and sometimes a second source's block,
  so lengths vary from two paragraphs to about fifteen;
- the people the sources name are renamed consistently within each generated article (« Mathilde Guérin-Saïdi »,
  « Mme Guérin-Saïdi » and « Guérin-Saïdi » all become the same new person, of the same guessed gender);
- no two articles have the same text; the same seed gives the same corpus.

    python benchmarks/corpus.py --articles 2000 --seed 1 > /tmp/corpus.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FILES = [ROOT / "tests" / "data" / "gold.jsonl", ROOT.parent / "shared" / "eval" / "dev_gold.jsonl"]
SEED_DIR = ROOT / "seeds"

FEMALE = """Amélie Anaïs Aurélie Brigitte Camille Caroline Cécile Chantal Chloé Claire Delphine Élise Émilie Fanny Florence
Gaëlle Hélène Inès Isabelle Jeanne Julie Karima Laure Léa Leïla Lucie Manon Marion Maryse Mélanie Nadia Nathalie
Noémie Océane Pauline Rachida Salomé Sandrine Sophie Sylvie Valérie Virginie Yasmine Zoé Aminata Fatima""".split()
MALE = """Alexandre Antoine Arnaud Benoît Bruno Cédric Christophe Damien David Denis Didier Éric Fabrice François Frédéric
Guillaume Hugo Jacques Julien Karim Laurent Loïc Lucas Marc Mathieu Maxime Mehdi Nicolas Olivier Pascal Patrick
Philippe Pierre Rémi Romain Samuel Sébastien Thierry Thomas Vincent Xavier Yann Youssef Mamadou Ibrahim""".split()
SURNAMES = """Martin Bernard Dubois Durand Lefebvre Leroy Moreau Simon Laurent Michel Garcia David Bertrand Roux Vincent
Fournier Morel Girard Andre Mercier Dupont Lambert Bonnet Francois Legrand Garnier Faure Rousseau Blanc Guerin Muller
Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez
Boyer Denis Lemaire Duval Joly Gautier Roger Roche Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Gillet
Chevallier Fabre Collet Leclerc Barbier Arnaud Martinez Gerard Roy Schmitt Bouvier Brun Benoit Colin Caron Renard
Aubry Lemoine Picard Le-Gall Benali Haddad Diallo Traoré Nguyen Kowalski Ferrari Da-Silva Ben-Ahmed Cohen Kaya
Abadie Bellamy Castaing Delacroix Esnault Ferrand Grimaud Hamelin Jourdan Keller Lacoste Maillard Nadeau Ollivier
Pasquier Quémener Raynaud Salaün Tessier Vidal Weber Bouchet Charpentier Daniel Etienne Poirier Marechal""".split()
# first names ending like feminine ones but male, as found in the sources
MALE_EXCEPTIONS = {"Abdoulaye", "Sione", "Moussa", "Grégoire", "Antoine", "Étienne", "Pierre", "Jérôme", "Stéphane",
                   "Maxime", "Philippe", "Teddy", "Kamel", "Rodolphe", "Raymond", "Yannick", "Lloyd"}
TITLES = ("M.", "Mme", "Me", "Mlle", "Dr", "Pr")
SOURCES_NAMES = ["Le Quotidien", "La Dépêche du Soir", "Ouest Matin", "Le Courrier", "L'Écho régional", "Dépêche AFP"]


@dataclass
class Person:
    full: str
    first: str
    surname: str
    female: bool


@dataclass
class Source:
    id: str
    title: str
    paragraphs: list[str]
    people: list[Person]


def read_sources() -> list[Source]:
    """Every source article with its paragraphs and the people it names (found with the French NER)."""
    records = [{"id": p.stem, "title": "", "text": p.read_text(encoding="utf-8")} for p in sorted(SEED_DIR.glob("*.txt"))]
    for path in SOURCE_FILES:
        if path.exists():
            with open(path, encoding="utf-8") as lines:
                records += [{k: r.get(k) for k in ("id", "title", "text")} for r in map(json.loads, lines) if r]
    names = _person_names([r["text"] for r in records])
    sources = []
    for record, found in zip(records, names):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", record["text"]) if p.strip()]
        title = record["title"] or paragraphs[0].split(". ")[0][:90]
        sources.append(Source(str(record["id"]), title, paragraphs, [_person(n) for n in found]))
    return sources


def _person_names(texts: list[str]) -> list[list[str]]:
    """Full names (first name and surname, no title) of the PER entities of each text, longest first."""
    import spacy

    nlp = spacy.load("fr_core_news_md", disable=["lemmatizer"])
    out = []
    for doc in nlp.pipe(texts, batch_size=16):
        names = set()
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            text = ent.text.replace("\u00a0", " ")
            for title in TITLES:
                text = text.removeprefix(title + " ")
            words = text.split()
            if len(words) >= 2 and all(w[0].isupper() or w in ("de", "Le", "La", "Lo", "Van", "da") for w in words):
                if words[0][0].isupper() and words[-1][0].isupper():
                    names.add(text)
        out.append(sorted(names, key=len, reverse=True))
    return out


def _person(full: str) -> Person:
    first, surname = full.split(" ", 1)
    female = first not in MALE_EXCEPTIONS and not first.startswith("Jean") and first.endswith(("e", "a", "ie", "ys"))
    return Person(full, first, surname, female)


class Renamer:
    """Consistent new names for the people of one generated article."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.new: dict[tuple[str, str], tuple[str, str]] = {}
        self.used: set[str] = set()

    def name_for(self, source: Source, person: Person) -> tuple[str, str]:
        key = (source.id, person.full)
        if key not in self.new:
            while True:
                first = self.rng.choice(FEMALE if person.female else MALE)
                surname = self.rng.choice(SURNAMES).replace("-", " " if self.rng.random() < 0.5 else "-")
                if self.rng.random() < 0.15:
                    surname += "-" + self.rng.choice(SURNAMES)
                if surname not in self.used:
                    break
            self.used.add(surname)
            self.new[key] = (first, surname)
        return self.new[key]

    def rename(self, source: Source, paragraph: str) -> str:
        if not source.people:
            return paragraph
        replacements: dict[str, str] = {}
        for person in source.people:
            first, surname = self.name_for(source, person)
            replacements[person.full] = f"{first} {surname}"
            replacements.setdefault(person.surname, surname)
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(replacements, key=len, reverse=True)) + r")(?![\w-])")
        return pattern.sub(lambda m: replacements[m.group(1)], paragraph)


def generate(count: int, seed: int = 1, sources: list[Source] | None = None) -> Iterator[dict]:
    """`count` distinct articles as JSON-ready dicts (id, title, text, published, source)."""
    sources = sources or read_sources()
    rng = random.Random(seed)
    seen: set[str] = set()
    day0 = date(2022, 1, 1)
    number = 0
    while number < count:
        article = _article(rng, sources, number)
        digest = hashlib.sha256(article["text"].encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        article["published"] = (day0 + timedelta(days=rng.randrange(1000))).isoformat()
        article["source"] = rng.choice(SOURCES_NAMES)
        number += 1
        yield article


def _article(rng: random.Random, sources: list[Source], number: int) -> dict:
    base = sources[number % len(sources)] if number < len(sources) else rng.choice(sources)
    renamer = Renamer(rng)
    pieces = [(base, p) for p in _block(rng, base)]
    if rng.random() < 0.3:
        other = rng.choice(sources)
        pieces += [(other, p) for p in _block(rng, other)]
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        donor = rng.choice(sources)
        pieces.insert(rng.randint(1, len(pieces)), (donor, rng.choice(donor.paragraphs[1:] or donor.paragraphs)))
    text = "\n\n".join(renamer.rename(source, paragraph) for source, paragraph in pieces)
    return {"id": f"bench-{number:06d}", "title": renamer.rename(base, base.title), "text": text}


def _block(rng: random.Random, source: Source) -> list[str]:
    """The lead and, in their order, between half and all of the other paragraphs of a source."""
    rest = source.paragraphs[1:]
    keep = sorted(rng.sample(range(len(rest)), rng.randint(len(rest) // 2, len(rest)))) if rest else []
    return [source.paragraphs[0]] + [rest[i] for i in keep]


QUOTATION_MARKS = re.compile("[«»“”„\"‹›]")
WORDS = re.compile(r"[\w'’-]+")
FOLDED_WORDS = re.compile(r"\w+'?|-\w+")  # as lexicon.cue_prepositions splits them: « d' après »
# Measured with `quote_free_share` on the 59 real articles of /work/realnews/set1/gold.jsonl (a private set: only
# this figure is kept): the share of words in paragraphs with no quotation mark and no reporting cue. (In
# paragraphs with no quotation mark at all: 27.3 %; most of them hold a reporting verb.) The generated corpus
# has 11.5 % (23.8 % without a mark): real news excerpts are denser in cues than it is, not sparser.
REAL_NEWS_QUOTE_FREE_SHARE = 0.045


def is_quote_free(paragraph: str) -> bool:
    """No quotation mark, no reporting verb form (« a déclaré », « estime ») and no cue phrase (« selon », « d'après »,
    « aux yeux de »; not a bare « pour », which is a cue only in « Pour X, … » and is everywhere else too)."""
    from quotes.lexicon import cue_prepositions, fold, reporting_verbs

    if QUOTATION_MARKS.search(paragraph):
        return False
    words = FOLDED_WORDS.findall(fold(paragraph))
    if any(word in reporting_verbs() for word in words):
        return False
    text = f" {' '.join(words)} "
    return not any(f" {' '.join(cue)} " in text for cue in cue_prepositions() if cue != ("pour",))


def paragraphs_of(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def quote_free_share(texts: list[str]) -> float:
    """The share of words that are in quote-free paragraphs (`is_quote_free`)."""
    free, total = _word_counts([p for text in texts for p in paragraphs_of(text)])
    return free / total


def with_quote_free_share(articles: Iterator[dict], share: float, sources: list[Source], seed: int = 1) -> Iterator[dict]:
    """The articles with `share` of the corpus's words (so far, article after article) in quote-free paragraphs:
    an article's quote-free paragraphs are dropped at random while there are too many (one paragraph is kept), quote-free
    paragraphs of the sources are added at random places while there are too few."""
    rng = random.Random(seed)
    fillers = [p for source in sources for p in source.paragraphs[1:] if is_quote_free(p)]
    seen = [0, 0]  # words in quote-free paragraphs, words, in the articles given so far

    def above(paragraphs: list[str]) -> bool:
        free, total = _word_counts(paragraphs)
        return seen[0] + free > share * (seen[1] + total)

    for article in articles:
        paragraphs = paragraphs_of(article["text"])
        while above(paragraphs) and len(paragraphs) > 1 and (droppable := [n for n, p in enumerate(paragraphs) if is_quote_free(p)]):
            del paragraphs[rng.choice(droppable)]
        while not above(paragraphs):
            paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(fillers))
        free, total = _word_counts(paragraphs)
        seen[0], seen[1] = seen[0] + free, seen[1] + total
        yield {**article, "text": "\n\n".join(paragraphs)}


def _word_counts(paragraphs: list[str]) -> tuple[int, int]:
    """Words in quote-free paragraphs, and all words."""
    counts = [len(WORDS.findall(p)) for p in paragraphs]
    return sum(n for n, p in zip(counts, paragraphs) if is_quote_free(p)), sum(counts)


def write_corpus(path: str | Path, count: int, seed: int = 1, sources: list[Source] | None = None,
                 quote_free_share: float | None = None) -> Path:
    """`count` articles as JSON lines; with `quote_free_share`, the news-like corpus (`with_quote_free_share`)."""
    path = Path(path)
    sources = sources or read_sources()
    articles = generate(count, seed, sources)
    if quote_free_share is not None:
        articles = with_quote_free_share(articles, quote_free_share, sources, seed)
    with open(path, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    for article in generate(args.articles, args.seed):
        sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
