"""Extraction on a real Dask LocalCluster (2 worker processes), stored with `ingest --extracted`, gives the rows
of a plain ingest — also when a worker process is killed mid-run."""
import json
import os
import signal
import sqlite3

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from quotes.articles import Article
from quotes.readers import read_articles
from quotes.cli import cli
from quotes.distributed import LoadModel, NotEmpty, extract_on_cluster
from quotes.ingestion import ingest, ingest_extracted, read_extracted
from quotes.pipeline import Extraction, extract
from quotes.storage import open_db

from conftest import GOLD

TABLES = {  # every column but articles.ingested_at, the time of the ingest
    "articles": "id, title, url, published, source, text, body_start, sha256",
    "quotes": "*", "people": "*", "mentions": "*",
}


def rows(db_path) -> dict[str, list]:
    with sqlite3.connect(db_path) as conn:
        return {table: conn.execute(f"select {columns} from {table} order by 1").fetchall() for table, columns in TABLES.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "gold12.jsonl"
    path.write_text("".join(GOLD.read_text(encoding="utf-8").splitlines(keepends=True)[:12]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plain_rows(corpus, nlp, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("plain") / "q.db"
    ingest(open_db(str(db_path)), read_articles([str(corpus)]), nlp)
    return rows(db_path)


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        client.register_plugin(LoadModel())
        yield client


def ingested_rows(parts, db_path) -> dict[str, list]:
    errors = []
    totals = ingest_extracted(open_db(str(db_path)), read_extracted([str(parts)], errors.append), batch_size=5)
    assert errors == [] and totals["articles"] == 12
    return rows(db_path)


def test_extraction_round_trips_through_json(nlp, seed_article):
    extraction = extract(seed_article, nlp)
    record = json.loads(json.dumps(extraction.to_json()))
    assert record["article"]["sha256"] and record["mentions"] and record["people"]
    back = Extraction.from_json(record)
    assert back.to_json() == record
    assert back.article == seed_article
    assert [m.entity.name for m in back.mentions] == [m.entity.name for m in extraction.mentions]
    assert back.mentions[0].entity is back.people[record["mentions"][0]["person"]]  # one object per person, as extracted


def test_cluster_then_ingest_extracted_gives_the_rows_of_a_plain_ingest(client, corpus, plain_rows, tmp_path):
    errors = []
    totals = extract_on_cluster(client, read_articles([str(corpus)]), tmp_path / "parts", errors.append, shard_size=3)
    assert errors == [] and totals == {"articles": 12, "failed": 0, "shards": 4}
    assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == [f"part-{n:06d}.jsonl" for n in range(4)]
    assert ingested_rows(tmp_path / "parts", tmp_path / "q.db") == plain_rows


def test_a_worker_killed_mid_run_loses_nothing_and_doubles_nothing(client, corpus, plain_rows, tmp_path):
    killed = []

    def kill_a_busy_worker(result):
        if killed:
            return
        busy = [worker for worker, tasks in client.processing().items() if tasks]
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    errors = []
    totals = extract_on_cluster(client, read_articles([str(corpus)]), tmp_path / "parts", errors.append, shard_size=2,
                                on_shard=kill_a_busy_worker)
    assert killed and errors == [] and totals == {"articles": 12, "failed": 0, "shards": 6}
    assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == [f"part-{n:06d}.jsonl" for n in range(6)]
    assert ingested_rows(tmp_path / "parts", tmp_path / "q.db") == plain_rows
    assert killed[0] not in client.run(os.getpid).values()  # the nanny replaced the killed process


def test_a_failing_article_is_reported_and_the_others_are_written(client, tmp_path):
    articles = [Article("bon", "« Nous tiendrons bon », a déclaré Jean Dupont."), Article("trop", "x" * 2_000_000)]
    errors = []
    totals = extract_on_cluster(client, articles, tmp_path / "parts", errors.append, shard_size=2)
    assert totals == {"articles": 1, "failed": 1, "shards": 1}
    assert len(errors) == 1 and "'trop'" in str(errors[0]) and "extraction failed" in str(errors[0])
    assert [r["article"]["id"] for r in read_extracted([str(tmp_path / "parts")], errors.append)] == ["bon"]


def test_an_output_folder_with_parts_of_another_run_is_refused(client, tmp_path):
    (tmp_path / "part-000000.jsonl").write_text("{}\n")
    with pytest.raises(NotEmpty):
        extract_on_cluster(client, [Article("a", "Texte.")], tmp_path, lambda error: None)


def test_ingest_extracted_skips_unchanged_articles_and_reports_bad_lines(nlp, corpus, tmp_path):
    extracted = tmp_path / "x.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--format", "extracted", str(corpus)])
    assert result.exit_code == 0, result.output
    extracted.write_text(result.stdout + "pas du json\n" + '{"article": {"id": "a"}}\n', encoding="utf-8")
    db_path = tmp_path / "q.db"
    first = CliRunner().invoke(cli, ["ingest", "--extracted", "--db", str(db_path), str(extracted)])
    assert first.exit_code == 1
    assert f"Error: {extracted}:13: malformed JSON" in first.stderr
    assert f"Error: {extracted}:14: not an extracted article" in first.stderr
    assert first.stderr.strip().splitlines()[-1].startswith("12 articles ingested, 0 unchanged skipped,")
    again = CliRunner().invoke(cli, ["ingest", "--extracted", "--db", str(db_path), str(extracted)])
    assert again.stderr.strip().splitlines()[-1].startswith("0 articles ingested, 12 unchanged skipped, 0 quotes")


def test_the_command_on_a_local_cluster(corpus, tmp_path):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    small = tmp_path / "three.jsonl"
    small.write_text("".join(lines[:3]), encoding="utf-8")
    parts = tmp_path / "parts"
    result = CliRunner().invoke(cli, ["extract", "--dask", "local:1", "--out", str(parts), "--shard-size", "2", str(small)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1].startswith(f"3 articles extracted into 2 part files in {parts} (")
    assert [r["article"]["id"] for r in read_extracted([str(parts)], print)] == [json.loads(line)["id"] for line in lines[:3]]
    again = CliRunner().invoke(cli, ["extract", "--dask", "local:1", "--out", str(parts), str(small)])
    assert again.exit_code == 1 and "already holds part files" in again.stderr
    assert "--dask needs --out" in CliRunner().invoke(cli, ["extract", "--dask", "local:1", str(small)]).output


def test_an_extracted_line_of_the_wrong_shape_is_one_error_line(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    bad = tmp_path / "part.jsonl"
    bad.write_text(json.dumps({"article": {"id": "a", "text": "x", "sha256": "0"}, "quotes": [{"nope": 1}],
                               "people": [], "mentions": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "q.db"), "--extracted", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"Error: {bad}:1: not an extracted article")
