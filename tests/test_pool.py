"""Extracting many articles: batches bounded by count and characters, worker processes, failures reported."""
from quotes.articles import Article
from quotes.pool import MAX_BATCH_CHARS, batches, extract_all


def test_two_worker_processes_give_the_same_extractions_as_one(nlp, gold_articles):
    articles = [Article(a["id"], a["text"]) for a in gold_articles[:8]]
    errors = []
    one = [e.quotes for e in extract_all(articles, nlp, errors.append, batch_size=2, processes=1)]
    two = [e.quotes for e in extract_all(articles, nlp, errors.append, batch_size=2, processes=2)]
    assert errors == [] and len(one) == 8
    assert one == two


def test_batches_are_bounded_by_count_and_by_characters():
    articles = [Article(str(n), "x" * length) for n, length in enumerate([10, 10, 10, 60, 50, 200, 5])]
    sizes = [[len(a.text) for a in batch] for batch in batches(articles, 2, 100)]
    assert sizes == [[10, 10], [10, 60], [50], [200], [5]]  # a longer article than the limit goes alone
    assert [a for batch in batches(articles, 2, 100) for a in batch] == articles


def test_a_batch_holds_at_most_one_longest_article_of_text():
    articles = [Article(str(n), "mot " * 25_000) for n in range(10)]  # 100,000 characters each
    assert [len(batch) for batch in batches(articles, 64, MAX_BATCH_CHARS)] == [2] * 5
