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


def write_corpus(path: str | Path, count: int, seed: int = 1, sources: list[Source] | None = None) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8") as out:
        for article in generate(count, seed, sources):
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
