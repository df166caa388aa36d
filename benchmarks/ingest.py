"""Ingest benchmark: `quotes ingest` against plain `nlp.pipe`, processes, memory, re-ingest, accuracy.

    .venv/bin/python benchmarks/ingest.py            # 2,000 articles, medians of 3 runs (15–20 min on 2 cores)
    .venv/bin/python benchmarks/ingest.py --quick    # 300 articles, 1 run, smoke test
    .venv/bin/python benchmarks/ingest.py --news-like   # the same corpus with real news's share of quote-free paragraphs

Every figure comes from a subprocess started the same way, and timed from outside with `time.perf_counter`:

- ingest: `quotes ingest --db FRESH.db --processes N --batch-size B CORPUS.jsonl` (interpreter start, imports and
  model load included);
- baseline: a Python subprocess that loads fr_core_news_md with every component and consumes
  `nlp.pipe(texts, batch_size=B, n_process=N)` over the same texts (interpreter start, imports and model load
  included too, so the two are timed alike; its model load is also printed on its own);
- peak memory of a run, sampled from /proc (RSS every 0.2 s, PSS every 1 s) over the subprocess and all its descendants:
  the peak of the **sum** of their RSS (what the machine sees; counts the pages shared by forked workers once per
  process), the peak of the sum of their PSS (shared pages divided between them), and `ru_maxrss` of `wait4`
  (the largest single process of the tree);
- re-ingest: the same `quotes ingest` again on the database just filled, nothing changed;
- accuracy: `quotes extract --format jsonl` on ../shared/eval/dev_gold.jsonl + seed_gold.jsonl scored with
  ../shared/eval/score.py, for the working tree and for a reference commit (`--before`,
  default the last commit before the fast-ingest work).

- names: the entities found on windows around capitalised words (as ingest does) against those the recogniser
  finds reading every parsed piece whole, over the first 300 articles of the corpus.

tokens/s counts the tokens of `spacy.blank("fr")` over the corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import REAL_NEWS_QUOTE_FREE_SHARE, quote_free_share, read_sources, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
QUOTES = str(VENV_BIN / "quotes") if (VENV_BIN / "quotes").exists() else "quotes"
EVAL_DIR = ROOT.parent / "shared" / "eval"
MODEL = "fr_core_news_md"

BASELINE = """
import json, sys, time
start = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[2])
loaded = time.perf_counter()
def texts():
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)["text"]
docs = 0
for doc in nlp.pipe(texts(), batch_size=int(sys.argv[3]), n_process=int(sys.argv[4])):
    docs += 1
done = time.perf_counter()
print(json.dumps({"docs": docs, "load_s": loaded - start, "parse_s": done - loaded, "pipes": nlp.pipe_names}))
"""

BEFORE = "e530665"  # the last commit before the fast-ingest work; the first commit is used if it is unknown
TARGETS = {"vs_pipe": 1.5, "processes": 1.7, "rss_growth": 0.10, "reingest": 50.0}


# ---------------------------------------------------------------------------------------------- measuring runs

@dataclass
class Run:
    seconds: float
    rss_sum_mb: float  # peak of the summed RSS of the process tree
    pss_sum_mb: float  # peak of the summed PSS of the process tree
    maxrss_mb: float  # ru_maxrss: the largest single process
    stdout: str
    stderr: str


def _children_of() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    return children


def _tree(pid: int) -> list[int]:
    children, out, todo = _children_of(), [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += children.get(current, [])
    return out


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _rss_kb(pid: int) -> int:
    """RSS of one process in kB from /proc/PID/statm (cheap), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    """PSS of one process in kB from /proc/PID/smaps_rollup (walks the page tables: sampled less often)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
    except OSError:
        return 0


class TreeSampler(threading.Thread):
    """Samples the memory of a process tree until stopped and keeps the peaks of the sums: RSS every `period`
    seconds, PSS every fifth sample (about 1 % of one core in all, so the timed run is hardly disturbed)."""

    def __init__(self, pid: int, period: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.period = pid, period
        self.peak_rss = self.peak_pss = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        sample = 0
        while not self.stopped.is_set():
            pids = _tree(self.pid)
            self.peak_rss = max(self.peak_rss, sum(map(_rss_kb, pids)))
            if sample % 5 == 0:
                self.peak_pss = max(self.peak_pss, sum(map(_pss_kb, pids)))
            sample += 1
            self.stopped.wait(self.period)


def measure(command: list[str], env: dict | None = None) -> Run:
    """Run `command`, timed, with the memory peaks of its process tree; fails loudly on a non-zero exit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        sampler = TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        sampler.stopped.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr[-3000:]}")
    return Run(seconds, sampler.peak_rss / 1024, sampler.peak_pss / 1024, usage.ru_maxrss / 1024, stdout, stderr)


def ingest(corpus: Path, db: Path, processes: int, batch_size: int) -> Run:
    return measure([QUOTES, "ingest", "--db", str(db), "--processes", str(processes), "--batch-size", str(batch_size), str(corpus)])


def fresh_ingest(corpus: Path, workdir: Path, processes: int, batch_size: int) -> tuple[Run, Path]:
    db = workdir / f"fresh-p{processes}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return ingest(corpus, db, processes, batch_size), db


def baseline(corpus: Path, processes: int, batch_size: int) -> tuple[Run, dict]:
    run = measure([PYTHON, "-c", BASELINE, str(corpus), MODEL, str(batch_size), str(processes)])
    return run, json.loads(run.stdout.strip().splitlines()[-1])


def db_counts(db: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"select count(*) from {table}").fetchone()[0] for table in ("articles", "quotes", "people", "mentions")}


def count_tokens(corpus: Path) -> int:
    import spacy

    tokenizer = spacy.blank("fr").tokenizer
    with open(corpus, encoding="utf-8") as lines:
        return sum(len(tokenizer(json.loads(line)["text"])) for line in lines)


# ---------------------------------------------------------------------------------------------- accuracy

def name_agreement(corpus: Path, articles: int = 300) -> dict[str, float]:
    """How often the entities ingest finds (the recogniser run on windows around capitalised words) are those
    it finds reading every parsed piece whole, over the first `articles` of the corpus: the share of the union
    of both sets of (start, end, label) that they share, for all labels and for PER."""
    from quotes.parse import load_model, parse_texts, parsing_plan

    nlp = load_model()
    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line, _ in zip(lines, range(articles))]
    windowed = [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in parse_texts(texts, nlp)]
    whole: list[set[tuple[int, int, str]]] = []
    for text in texts:
        found, at = set(), 0
        for piece, parsed in parsing_plan(text):
            if parsed:
                found |= {(at + e.start_char, at + e.end_char, e.label_) for e in nlp(piece).ents}
            at += len(piece)
        whole.append(found)
    shares = {}
    for label in ("all", "PER"):
        keep = (lambda e: True) if label == "all" else (lambda e: e[2] == label)
        pairs = [({e for e in a if keep(e)}, {e for e in b if keep(e)}) for a, b in zip(windowed, whole)]
        shares[label] = sum(len(a & b) for a, b in pairs) / max(1, sum(len(a | b) for a, b in pairs))
    shares["entities"] = sum(map(len, whole))
    return shares


def accuracy(workdir: Path, code: Path | None = None) -> dict:
    """Score `quotes extract` on dev + seed gold, with the working tree or with the package at `code`."""
    gold = workdir / "eval_gold.jsonl"
    with open(gold, "w", encoding="utf-8") as out:
        for name in ("dev_gold.jsonl", "seed_gold.jsonl"):
            out.write((EVAL_DIR / name).read_text(encoding="utf-8").rstrip("\n") + "\n")
    env = dict(os.environ)
    if code is None:
        command = [QUOTES, "extract", "--format", "jsonl", str(gold)]
    else:
        env["PYTHONPATH"] = str(code)  # comes before the editable install of the working tree
        command = [PYTHON, "-c", "from quotes.cli import cli; cli()", "extract", "--format", "jsonl", str(gold)]
    run = measure(command, env=env)
    predictions = workdir / f"pred-{'before' if code else 'now'}.jsonl"
    predictions.write_text(run.stdout, encoding="utf-8")
    scored = subprocess.run([shutil.which("python3") or sys.executable, str(EVAL_DIR / "score.py"), str(gold), str(predictions), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)


def code_at(ref: str, workdir: Path) -> Path | None:
    """The `quotes/` package of commit `ref`, unpacked with `git archive` (the repository is left untouched)."""
    target = workdir / f"code-{ref[:12]}"
    target.mkdir(exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "quotes"], capture_output=True)
    if archive.returncode != 0:
        return None
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def first_commit() -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "rev-list", "--max-parents=0", "HEAD"], capture_output=True, text=True)
    return out.stdout.split()[0] if out.returncode == 0 and out.stdout.strip() else ""


def head_commit() -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return out.stdout.strip()


# ---------------------------------------------------------------------------------------------- report

def machine() -> dict:
    import spacy

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        memory = f"{int(open('/proc/meminfo').readline().split()[1]) / 1024 ** 2:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        from importlib.metadata import version

        model = f"{MODEL} {version(MODEL.replace('_', '-'))}"
    except Exception:
        model = MODEL
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": memory, "python": platform.python_version(),
            "spacy": spacy.__version__, "model": model, "platform": platform.platform(), "commit": head_commit(),
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def mark(ok: bool | None) -> str:
    return "  n/a" if ok is None else (" PASS" if ok else " FAIL")


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    return f"(min {min(values):.1f}, max {max(values):.1f}, n={len(values)})" if len(values) > 1 else ""


def parse_summary(stderr: str) -> dict[str, int]:
    found = re.search(r"(\d+) articles ingested, (\d+) unchanged skipped, (\d+) quotes", stderr)
    return dict(zip(("ingested", "skipped", "quotes"), map(int, found.groups()))) if found else {}


@dataclass
class Results:
    articles: int
    tokens: int
    cores: int
    quote_free: float  # share of the words in paragraphs with no quotation mark and no reporting cue
    ingest: dict[int, list[Run]] = field(default_factory=dict)
    pipe: dict[int, list[tuple[Run, dict]]] = field(default_factory=dict)
    reingest: list[Run] = field(default_factory=list)
    summaries: list[tuple[dict, dict, dict, dict]] = field(default_factory=list)
    rss: dict[int, Run] = field(default_factory=dict)
    accuracy: dict[str, dict] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)


def report(r: Results, info: dict, command: str, started: str) -> None:
    line = "-" * 100
    print(line)
    print(f"quotes ingest benchmark — {started}   commit {info['commit']}")
    print(f"command: {command}")
    print(f"machine: {info['cpus']} CPUs ({info['cpu']}), {info['memory']} RAM, {info['platform']}")
    print(f"         Python {info['python']}, spaCy {info['spacy']}, {info['model']}")
    print(f"load:    {info['load']} (1/5/15 min load average at the start; other work on the machine skews every figure)")
    print(f"corpus:  {r.articles} articles, {r.tokens} tokens (spacy.blank('fr')), {r.tokens / r.articles:.0f} tokens/article, "
          f"{r.quote_free:.1%} of the words in quote-free paragraphs")
    print(line)
    print(f"{'run':44} {'median s':>9} {'articles/s':>11} {'tokens/s':>9}  spread")
    rows = [(f"quotes ingest --processes {n} (fresh db)", [x.seconds for x in runs]) for n, runs in sorted(r.ingest.items())]
    rows += [(f"plain nlp.pipe full model, n_process={n}", [x.seconds for x, _ in runs]) for n, runs in sorted(r.pipe.items())]
    rows += [(f"re-ingest unchanged --processes {r.cores}", [x.seconds for x in r.reingest])]
    for name, values in rows:
        if values:
            s = median(values)
            print(f"{name:44} {s:9.2f} {r.articles / s:11.1f} {r.tokens / s:9.0f}  {spread(values)}")
    for n, runs in sorted(r.pipe.items()):
        load = median([meta["load_s"] for _, meta in runs])
        parse = median([meta["parse_s"] for _, meta in runs])
        print(f"  (nlp.pipe n_process={n}: model load {load:.2f} s, parse {parse:.2f} s = {r.tokens / parse:.0f} tokens/s;"
              f" pipes {runs[0][1]['pipes']})")
    print(line)
    checks = []
    ingest_s = {n: median([x.seconds for x in runs]) for n, runs in r.ingest.items()}
    pipe_s = {n: median([x.seconds for x, _ in runs]) for n, runs in r.pipe.items()}
    for n in sorted(ingest_s):
        if n in pipe_s:
            ratio = pipe_s[n] / ingest_s[n]
            checks.append((f"ingest speed / nlp.pipe speed, {n} process(es)", f"{ratio:.2f}x", f">= {TARGETS['vs_pipe']}x",
                           ratio >= TARGETS["vs_pipe"]))
            load = median([meta["load_s"] for _, meta in r.pipe[n]])
            parse = median([meta["parse_s"] for _, meta in r.pipe[n]])
            checks.append((f"  same, model load ({load:.1f} s) subtracted from both", f"{parse / max(ingest_s[n] - load, 1e-9):.2f}x", "info", None))
    if 1 in ingest_s and r.cores in ingest_s and r.cores != 1:
        ratio = ingest_s[1] / ingest_s[r.cores]
        checks.append((f"ingest --processes {r.cores} / --processes 1", f"{ratio:.2f}x", f">= {TARGETS['processes']}x", ratio >= TARGETS["processes"]))
    if r.reingest and r.cores in ingest_s:
        ratio = ingest_s[r.cores] / median([x.seconds for x in r.reingest])
        checks.append(("first ingest / re-ingest of the unchanged corpus", f"{ratio:.1f}x", f">= {TARGETS['reingest']:.0f}x", ratio >= TARGETS["reingest"]))
    for label, attr in (("sum of RSS", "rss_sum_mb"), ("sum of PSS", "pss_sum_mb"), ("largest process (ru_maxrss)", "maxrss_mb")):
        if len(r.rss) == 2:
            small, large = (getattr(r.rss[n], attr) for n in sorted(r.rss))
            growth = large / small - 1
            sizes = " -> ".join(f"{getattr(r.rss[n], attr):.0f} MB" for n in sorted(r.rss))
            target = f"<= +{TARGETS['rss_growth']:.0%}" if attr == "rss_sum_mb" else "info"
            ok = abs(growth) <= TARGETS["rss_growth"] if attr == "rss_sum_mb" else None
            checks.append((f"peak {label}, {' vs '.join(map(str, sorted(r.rss)))} articles: {sizes}", f"{growth:+.1%}", target, ok))
    if r.names:
        checks.append((f"entities on windows = on whole pieces (PER {r.names['PER']:.1%}; {r.names['entities']:.0f} entities)",
                       f"{r.names['all']:.1%}", "info", None))
    print(f"{'figure':72} {'value':>9} {'target':>9} {'':5}")
    for name, value, target, ok in checks:
        print(f"{name:72} {value:>9} {target:>9} {mark(ok) if target != 'info' else ''}")
    for summary in r.summaries:
        first, again, counts_first, counts_again = summary
        same = counts_first == counts_again
        print(f"re-ingest check: first {first}, again {again}; rows {counts_first} -> {counts_again} {'(unchanged)' if same else '(CHANGED!)'}")
        break
    print(line)
    if r.accuracy:
        keys = ["direct_precision", "direct_recall", "direct_f1", "speaker_accuracy", "speaker_accuracy_lenient",
                "indirect_recall", "indirect_precision", "term_accuracy"]
        names = list(r.accuracy)
        print(f"accuracy on dev_gold + seed_gold ({next(iter(r.accuracy.values()))['articles']} articles)")
        print(f"{'figure':28}" + "".join(f"{n:>22}" for n in names))
        for key in keys:
            print(f"{key:28}" + "".join(f"{str(r.accuracy[n].get(key)):>22}" for n in names))
        if len(names) == 2:
            before, now = (r.accuracy[n] for n in names)
            for key in ("direct_f1", "speaker_accuracy"):
                ok = (now.get(key) or 0) >= (before.get(key) or 0)
                print(f"{key + ' no worse than before':72} {now.get(key)!s:>9} {'>= ' + str(before.get(key)):>9} {mark(ok)}")
        print(line)


# ---------------------------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark `quotes ingest` (speed, processes, memory, re-ingest, accuracy).")
    parser.add_argument("--articles", type=int, default=2000, help="corpus size for the speed runs (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; medians are reported (default 3)")
    parser.add_argument("--rss-sizes", default="1000,4000", help="corpus sizes compared for peak memory")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="processes of the parallel run (default: cores)")
    parser.add_argument("--batch-size", type=int, default=64, help="batch size of both ingest and nlp.pipe (default 64)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--before", default=BEFORE, help=f"commit whose accuracy is shown as 'before' (default {BEFORE})")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--quick", action="store_true", help="smoke run: 300 articles, 1 run, memory at 150 and 600")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (corpus, databases)")
    parser.add_argument("--news-like", action="store_true",
                        help=f"give quote-free paragraphs the share of the words measured on real news ({100 * REAL_NEWS_QUOTE_FREE_SHARE:.1f} %%)")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat, args.rss_sizes = 300, 1, "150,600"
    command = "python benchmarks/ingest.py " + " ".join(argv if argv is not None else sys.argv[1:])
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    workdir = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    cores = args.processes
    try:
        info = machine()
        say(f"workdir {workdir}; generating corpora")
        sources = read_sources()
        share = REAL_NEWS_QUOTE_FREE_SHARE if args.news_like else None
        corpus = write_corpus(workdir / f"corpus-{args.articles}.jsonl", args.articles, args.seed, sources, share)
        texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
        results = Results(args.articles, count_tokens(corpus), cores, quote_free_share(texts))
        for attempt in range(args.repeat):  # interleaved, so that drift of the machine hits every figure alike
            for n in sorted({cores, 1}, reverse=True):
                run, db = fresh_ingest(corpus, workdir, n, args.batch_size)
                results.ingest.setdefault(n, []).append(run)
                say(f"[{attempt + 1}/{args.repeat}] ingest --processes {n}: {run.seconds:.1f} s, {run.rss_sum_mb:.0f} MB RSS")
                if n == cores:
                    counts = db_counts(db)
                    again = ingest(corpus, db, n, args.batch_size)
                    results.reingest.append(again)
                    results.summaries.append((parse_summary(run.stderr), parse_summary(again.stderr), counts, db_counts(db)))
                    say(f"[{attempt + 1}/{args.repeat}] re-ingest: {again.seconds:.2f} s")
                pipe_run, meta = baseline(corpus, n, args.batch_size)
                results.pipe.setdefault(n, []).append((pipe_run, meta))
                say(f"[{attempt + 1}/{args.repeat}] nlp.pipe n_process={n}: {pipe_run.seconds:.1f} s (load {meta['load_s']:.1f} s)")
        for size in map(int, args.rss_sizes.split(",")):
            sized = write_corpus(workdir / f"corpus-{size}.jsonl", size, args.seed, sources, share)
            run, _ = fresh_ingest(sized, workdir, cores, args.batch_size)
            results.rss[size] = run
            say(f"memory, {size} articles: {run.rss_sum_mb:.0f} MB RSS sum, {run.pss_sum_mb:.0f} MB PSS sum, {run.maxrss_mb:.0f} MB max ({run.seconds:.1f} s)")
        if not args.skip_accuracy:
            before, code = args.before, code_at(args.before, workdir)
            if code is None:
                before = first_commit()
                code = code_at(before, workdir) if before else None
            if code is not None:
                results.accuracy[f"before {before[:7]}"] = accuracy(workdir, code)
            results.accuracy[f"now {info['commit']}"] = accuracy(workdir)
            results.names = name_agreement(corpus)
        report(results, info, command, started)
    finally:
        if args.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def say(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
