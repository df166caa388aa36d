"""Accuracy floors: every annotated set is scored, and no figure may drop below its floor.

`tests/data/floors.json` holds, per set, each figure as last measured minus one point. A change that makes
attribution worse on any set fails here; a change that makes it better should raise the floor.
"""
import json
from pathlib import Path

import pytest

from quotes.evaluate import gold_articles_of, read_gold, score
from quotes.pipeline import extract

DATA = Path(__file__).parent / "data"
SHARED_EVAL = Path(__file__).parent.parent.parent / "shared" / "eval"
FLOORS = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))


def gold_files(name: str) -> list[Path]:
    if name == "shared-eval":
        return [SHARED_EVAL / "dev_gold.jsonl", SHARED_EVAL / "seed_gold.jsonl"]
    return [DATA / f"{name}.jsonl"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_figure_drops_below_its_floor(name, nlp):
    files = gold_files(name)
    if not all(path.exists() for path in files):
        pytest.skip(f"{files[0]} is not beside this checkout")
    records = [record for path in files for record in read_gold(str(path))]
    predictions = [q.to_json() for article in gold_articles_of(records) for q in extract(article, nlp).quotes]
    figures, _ = score(records, predictions)
    below = {figure: (figures[figure], floor) for figure, floor in FLOORS[name].items() if figures[figure] < floor}
    assert not below, f"{name}: (measured, floor) {below}"


def test_every_annotated_set_has_floors():
    sets = {path.stem for path in DATA.glob("*.jsonl")}
    assert sets <= set(FLOORS), f"no floors for {sets - set(FLOORS)}"
