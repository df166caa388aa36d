"""`quotes eval` and the scoring functions agree with the reference scorer on the same predictions."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.evaluate import name_key, overlap, same_name, score

SHARED_EVAL = Path(__file__).parent.parent.parent / "shared" / "eval"
GOLD = Path(__file__).parent / "data" / "gold.jsonl"


def test_names_compare_without_accents_case_titles_or_article():
    assert name_key("Mme Élise Roux") == "elise roux"
    assert same_name("la direction de l'hôpital", "Direction de l’hôpital")
    assert not same_name("Roux", "Élise Roux")
    assert same_name("Roux", "Élise Roux", lenient=True)
    assert same_name(None, None) and not same_name("X", None)


def test_overlap_is_token_based():
    assert overlap("Nous irons jusqu'au bout.", "nous irons jusqu’au bout", "direct") == 1.0
    assert overlap("a b c d", "a b", "direct") == 0.5
    assert overlap("a b c d", "a b", "indirect") == pytest.approx(2 * 2 / 6)


def test_perfect_predictions_score_one(gold_articles):
    predictions = [dict(q, article_id=a["id"]) for a in gold_articles for q in a["quotes"]]
    figures, misses = score(gold_articles, predictions)
    assert figures["direct_f1"] == 1.0 and figures["speaker_accuracy"] == 1.0
    assert figures["indirect_recall"] == 1.0 and figures["term_accuracy"] == 1.0
    assert misses == []


def test_a_wrong_speaker_and_a_missed_quote_are_counted_and_listed(gold_articles):
    article = next(a for a in gold_articles if sum(q["kind"] == "direct" for q in a["quotes"]) >= 2)
    direct = [q for q in article["quotes"] if q["kind"] == "direct"]
    predictions = [dict(direct[0], article_id=article["id"], speaker="Personne Inconnue")]
    figures, misses = score([article], predictions)
    assert figures["direct_recall"] == round(1 / len(direct), 4)
    assert figures["speaker_accuracy"] == 0.0
    assert {m.predicted for m in misses} >= {"Personne Inconnue", "<not found>"}


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the reference scorer is not beside the project")
def test_quotes_eval_agrees_with_the_reference_scorer(tmp_path, nlp):
    gold = SHARED_EVAL / "seed_gold.jsonl"
    runner = CliRunner()
    extracted = runner.invoke(cli, ["extract", "--format", "jsonl", str(gold)])
    assert extracted.exit_code == 0, extracted.output
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(extracted.output, encoding="utf-8")
    reference = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(gold), str(predictions), "--json"],
        capture_output=True, text=True, check=True,
    )
    ours = runner.invoke(cli, ["eval", str(gold), "--json"])
    assert ours.exit_code == 0, ours.output
    assert json.loads(ours.output) == json.loads(reference.stdout)
    assert json.loads(ours.output)["direct_recall"] == 1.0
    assert json.loads(ours.output)["speaker_accuracy"] == 1.0


def test_quotes_eval_without_a_sieve_measures_what_it_brings(tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    article = {"id": "x", "text": "« Nous viendrons », a dit Paul Roux. Selon Anne Morel, « rien n'est prêt ».",
               "quotes": [{"text": "Nous viendrons", "kind": "direct", "speaker": "Paul Roux"},
                          {"text": "rien n'est prêt", "kind": "direct", "speaker": "Anne Morel"}]}
    gold.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    full = json.loads(runner.invoke(cli, ["eval", str(gold), "--json"]).output)
    # the incise « a dit Paul Roux » is found by the incise sieve, and again by the reported-clause one
    without = json.loads(runner.invoke(cli, ["eval", str(gold), "--json", "--without", "incise", "--without", "reported-clause"]).output)
    assert full["speaker_accuracy"] == 1.0 and without["speaker_accuracy"] == 0.5
    unknown = runner.invoke(cli, ["eval", str(gold), "--without", "nope"])
    assert unknown.exit_code != 0 and "no sieve named nope" in unknown.output


def test_quotes_eval_errors_lists_misses(tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    article = {"id": "x", "text": "« Nous viendrons », a dit Paul Roux.",
               "quotes": [{"text": "Nous viendrons", "kind": "direct", "speaker": "Jean Martin"}]}
    gold.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--errors"])
    assert result.exit_code == 0
    assert "speaker_accuracy             0.0" in result.output
    assert "expected=Jean Martin" in result.output and "predicted=Paul Roux" in result.output


def test_quotes_eval_rejects_a_malformed_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "a"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code != 0
    assert f"{gold}:1" in result.output and "Traceback" not in result.output


def test_quotes_eval_rejects_a_gold_file_that_is_not_utf8(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes('{"id": "x", "text": "« Déjà », a dit Léa.", "quotes": []}\n'.encode("cp1252"))
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code != 0
    assert "not UTF-8" in result.output and "Traceback" not in result.output
