"""Evaluation against an annotated gold set (format: `../shared/eval/README.md`).

Same definitions as the reference scorer: quotes are matched one-to-one by text, greedily by overlap —
direct quotes and terms at a token overlap of 0.9, indirect speech at a Dice overlap of 0.5 — and names are
compared without accents, case or honorifics.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .articles import Article, InputError, article_from_json, decode_text

TITLES = {"m", "mme", "mlle", "me", "dr", "pr", "mgr", "monsieur", "madame", "mademoiselle"}
THRESHOLDS = {"direct": 0.9, "term": 0.9, "indirect": 0.5}


def read_gold(path: str) -> list[dict]:
    """The annotated articles of a gold JSONL file; a bad line raises InputError naming file and line."""
    records = []
    for number, line in enumerate(decode_text(Path(path).read_bytes(), path).splitlines(), start=1):
        if not line.strip():
            continue
        article_from_json(line, f"{path}:{number}")
        record = json.loads(line)
        if not isinstance(record.get("quotes"), list):
            raise InputError(f'{path}:{number}: missing "quotes" list')
        records.append(record)
    return records


def gold_articles_of(records: list[dict]) -> list[Article]:
    return [Article(str(r["id"]), r["text"], r.get("title")) for r in records]


def words(text: str | None) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u02bc", "'").lower()
    return re.findall(r"\w+", text)


def name_key(name: str | None) -> str:
    """A name without accents, case, leading article or honorific: "Mme Élise Roux" -> "elise roux"."""
    if not name:
        return ""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    name = re.sub(r"^\s*(le|la|les|l')\s*", "", name.replace("\u2019", "'"))
    return " ".join(w for w in re.findall(r"[\w']+", name) if w.strip(".") not in TITLES)


def same_name(predicted: str | None, gold: str | None, lenient: bool = False) -> bool:
    p, g = name_key(predicted), name_key(gold)
    if not g:
        return not p
    if p == g:
        return True
    return lenient and bool(p) and (g.endswith(" " + p) or p.endswith(" " + g) or g in p)


def overlap(gold: str, predicted: str, kind: str) -> float:
    g, p = Counter(words(gold)), Counter(words(predicted))
    if not g or not p:
        return 0.0
    common = sum((g & p).values())
    if kind == "indirect":
        return 2 * common / (sum(g.values()) + sum(p.values()))
    return common / max(sum(g.values()), sum(p.values()))


def match(golds: list[dict], predictions: list[dict], kind: str) -> dict[int, int]:
    """Greedy one-to-one matching by overlap: {gold index: prediction index}."""
    pairs = sorted(
        ((overlap(g["text"], p.get("text", ""), kind), i, j) for i, g in enumerate(golds) for j, p in enumerate(predictions)),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if score >= THRESHOLDS[kind] and i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


@dataclass
class Miss:
    article: str
    text: str
    kind: str
    expected: str | None
    predicted: str | None


def score(gold_articles: list[dict], predictions: list[dict]) -> tuple[dict, list[Miss]]:
    """The figures of the reference scorer, and every miss (quote not found, wrong speaker, spurious)."""
    by_article = defaultdict(list)
    for prediction in predictions:
        by_article[str(prediction.get("article_id"))].append(prediction)
    c: Counter = Counter()
    misses: list[Miss] = []
    for article in gold_articles:
        aid = str(article["id"])
        preds = by_article.get(aid, [])
        gold = {kind: [q for q in article["quotes"] if q["kind"] == kind] for kind in ("direct", "indirect", "term")}
        pred = {kind: [p for p in preds if p.get("kind", "direct") == kind] for kind in ("direct", "indirect")}
        speech = pred["direct"] + pred["indirect"]
        for kind in ("direct", "indirect", "term"):
            c[f"gold_{kind}"] += len(gold[kind])
        for kind in ("direct", "indirect"):
            c[f"pred_{kind}"] += len(pred[kind])
            found = match(gold[kind], pred[kind], kind)
            c[f"{kind}_found"] += len(found)
            for i, g in enumerate(gold[kind]):
                if i not in found:
                    misses.append(Miss(aid, g["text"], kind, g.get("speaker"), "<not found>"))
                    continue
                p = pred[kind][found[i]]
                if same_name(p.get("speaker"), g.get("speaker")):
                    c[f"{kind}_speaker_ok"] += 1
                else:
                    misses.append(Miss(aid, g["text"], kind, g.get("speaker"), p.get("speaker")))
                if kind == "direct":
                    c["direct_speaker_lenient"] += same_name(p.get("speaker"), g.get("speaker"), lenient=True)
                    if g.get("about"):
                        c["gold_about"] += 1
                        c["about_ok"] += same_name(p.get("about"), g["about"], lenient=True)
            matched_predictions = set(found.values())
            for j, p in enumerate(pred[kind]):
                if j not in matched_predictions:
                    misses.append(Miss(aid, p.get("text", ""), kind, "<not in gold>", p.get("speaker")))
        for p in speech:
            if p.get("speaker"):
                kind = p.get("kind", "direct")
                c["pred_attributed"] += 1
                c["pred_attributed_ok"] += any(
                    g.get("speaker") and overlap(g["text"], p.get("text", ""), kind) >= THRESHOLDS[kind]
                    and same_name(p["speaker"], g["speaker"])
                    for g in gold[kind]
                )
        for g in gold["term"]:
            spoken = any(p.get("speaker") and overlap(g["text"], p.get("text", ""), "direct") >= 0.9 for p in speech)
            c["term_ok"] += not spoken
            if spoken:
                misses.append(Miss(aid, g["text"], "term", None, "<attributed as speech>"))
    return _figures(c, len(gold_articles)), misses


def _figures(c: Counter, articles: int) -> dict:
    def ratio(a: str, b: str) -> float | None:
        return round(c[a] / c[b], 4) if c[b] else None

    figures = {
        "articles": articles,
        "gold_direct": c["gold_direct"], "gold_indirect": c["gold_indirect"], "gold_term": c["gold_term"],
        "direct_precision": ratio("direct_found", "pred_direct"),
        "direct_recall": ratio("direct_found", "gold_direct"),
        "speaker_accuracy": ratio("direct_speaker_ok", "gold_direct"),
        "speaker_accuracy_lenient": ratio("direct_speaker_lenient", "gold_direct"),
        "attribution_precision": ratio("pred_attributed_ok", "pred_attributed"),
        "about_accuracy": ratio("about_ok", "gold_about"),
        "term_accuracy": ratio("term_ok", "gold_term"),
        "indirect_recall": ratio("indirect_found", "gold_indirect"),
        "indirect_precision": ratio("indirect_found", "pred_indirect"),
        "indirect_speaker_accuracy": ratio("indirect_speaker_ok", "gold_indirect"),
    }
    p, r = figures["direct_precision"], figures["direct_recall"]
    figures["direct_f1"] = round(2 * p * r / (p + r), 4) if p and r else 0.0
    return figures
