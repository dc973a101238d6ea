"""Event dates and quantities through the real pipeline: each event takes the time and the
counts of its own clause, against the article's publication date."""
from __future__ import annotations

import pytest

from wirecoder.events.dating import Anchor, date_tokens
from wirecoder.events.quantities import parse_count, parse_money
from wirecoder.events.when import parse_published
from wirecoder.ingest import read_inputs
from wirecoder.pipeline import Pipeline
from wirecoder.records import Article
from wirecoder.settings import Settings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Settings())


def code(pipeline, text: str, published: str | None = "2024-10-04", precision: str | None = "day") -> Article:
    [a] = pipeline.code([Article(id="t", text=text, content_hash="x", published=published,
                                 published_precision=precision)])
    return a


def by_trigger(a: Article, trigger: str):
    found = [e for e in a.events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.type, e.trigger) for e in a.events]}"
    return found[0]


def test_each_event_takes_the_date_of_its_own_clause(pipeline):
    a = code(pipeline, "Rebels attacked the town of Goma in 2012, and government troops shelled their positions "
                       "last year. Police arrested the organisers on Tuesday.")
    attacked, shelled, arrested = by_trigger(a, "attacked"), by_trigger(a, "shelled"), by_trigger(a, "arrested")
    assert (attacked.date, attacked.date_precision, attacked.date_text) == ("2012", "year", "2012")
    assert (shelled.date, shelled.date_precision) == ("2023", "year")
    assert (arrested.date, arrested.date_precision) == ("2024-10-01", "day")


def test_no_time_expression_is_the_publication_date_and_no_publication_is_null(pipeline):
    text = "Israeli jets struck a weapons depot in southern Lebanon, the army said."
    e = by_trigger(code(pipeline, text), "struck")
    assert (e.date, e.date_precision, e.date_text) == ("2024-10-04", "publication", None)
    e = by_trigger(code(pipeline, text, published=None, precision=None), "struck")
    assert e.date is None and e.date_precision is None
    e = by_trigger(code(pipeline, "Israeli jets struck a weapons depot in southern Lebanon on Friday.",
                        published=None, precision=None), "struck")
    assert e.date is None  # a weekday with nothing to count from is not today


def test_qualifiers_ranges_and_future_tense(pipeline):
    a = code(pipeline, "Protesters have occupied the square since August 2021. "
                       "The army fought the insurgents between 2005 and 2007. "
                       "Thousands of people protested against the government in late 2019. "
                       "The foreign ministers will meet in Geneva in April.")
    occupied = by_trigger(a, "occupied")
    assert (occupied.date, occupied.date_qualifier, occupied.date_precision) == ("2021-08", "since", "month")
    fought = by_trigger(a, "fought")
    assert (fought.date, fought.date_end, fought.date_precision) == ("2005", "2007", "year")
    protested = by_trigger(a, "protested")
    assert (protested.date, protested.date_qualifier) == ("2019", "late")
    meet = by_trigger(a, "meet")
    assert meet.date == "2025-04"  # the next April, not the last one


def test_a_date_in_another_clause_is_not_the_events(pipeline):
    a = code(pipeline, "The militia, which was founded in 1998, attacked an army base near Tripoli.")
    e = by_trigger(a, "attacked")
    assert e.date_precision == "publication"


def test_two_dates_on_one_verb_go_to_their_own_targets():
    from wirecoder.nlp import load_model

    doc = load_model(Settings().model)("Drones struck Erbil airport in April and Saudi Arabia in January.")
    pub = parse_published("2021-05-20")
    struck = next(t for t in doc if t.text == "struck")
    erbil = doc.text.index("airport") + len("airport") - 1
    saudi = doc.text.index("Arabia") + len("Arabia") - 1
    dates = date_tokens(doc, pub, [Anchor("erbil", struck, erbil), Anchor("saudi", struck, saudi)])
    assert dates["erbil"].date == "2021-04" and dates["saudi"].date == "2021-01"


def test_quantities_attach_to_the_event_of_their_clause(pipeline):
    a = code(pipeline, "At least 23 soldiers were killed in an ambush near Gao on Sunday. "
                       "Police arrested dozens of people after the rally. "
                       "Russia deployed 3,000 troops to the border, officials said.")
    killed = by_trigger(a, "killed")
    assert [(q["value"], q["unit"], q["qualifier"]) for q in killed.quantities] == [(23, "killed", "at least")]
    q = killed.quantities[0]
    assert a.text[q["span"][0]:q["span"][1]] == q["text"] == "At least 23"
    arrested = by_trigger(a, "arrested")
    assert [(q["value"], q["value_max"], q["unit"], q["qualifier"]) for q in arrested.quantities] == \
        [(24, 99, "arrested", "dozens")]
    deployed = by_trigger(a, "deployed")
    assert [(q["value"], q["unit"]) for q in deployed.quantities] == [(3000, "fighters")]
    a = code(pipeline, "Security forces detained hundreds of people after the protests. "
                       "Kuwait, a US ally that hosts thousands of American troops, has arrested 14 suspects. "
                       "Tens of thousands of people marched through the capital on Saturday.")
    detained = by_trigger(a, "detained")
    assert [(q["value"], q["value_max"], q["unit"], q["qualifier"]) for q in detained.quantities] == \
        [(200, 999, "arrested", "hundreds")]
    arrested = by_trigger(a, "arrested")  # the troops are in a clause about Kuwait, not the arrests
    assert [(q["value"], q["unit"]) for q in arrested.quantities] == [(14, "arrested")]
    marched = by_trigger(a, "marched")
    assert [(q["value"], q["value_max"], q["unit"]) for q in marched.quantities] == [(20_000, 99_999, "participants")]


def test_number_words_hedges_and_money():
    assert parse_count("at least 250") .value == 250 and parse_count("at least 250").qualifier == "at least"
    assert parse_count("twenty-three").value == 23
    assert parse_count("two hundred and fifty").value == 250
    assert parse_count("1,200").value == 1200 and parse_count("2.5 million").value == 2_500_000
    h = parse_count("hundreds")
    assert (h.value, h.value_max, h.qualifier) == (200, 999, "hundreds")
    t = parse_count("tens of thousands")
    assert (t.value, t.value_max) == (20_000, 99_999)
    assert parse_count("a dozen").value == 12 and parse_count("a dozen").value_max is None
    assert parse_count("several") is None and parse_count("the") is None
    assert parse_money("$1.5 billion")[0].value == 1.5e9 and parse_money("$1.5 billion")[1] == "USD"
    assert parse_money("5 million euros")[1] == "EUR" and parse_money("£3bn")[0].value == 3e9


def test_stored_events_keep_dates_and_quantities(run, tmp_path):
    story = tmp_path / "story.jsonl"
    story.write_text('{"id": "s1", "published": "2025-03-20", "text": "Jihadists killed 12 villagers '
                     'in central Mali in late 2024, a local official said."}\n')
    db = tmp_path / "w.db"
    assert run("ingest", story, "--db", db, "-q").exit_code == 0
    import json
    shown = json.loads(run("show", "s1", "--db", db, "--format", "json").stdout)
    [e] = [e for e in shown["events"] if e["trigger"] == "killed"]
    assert (e["date"], e["date_precision"], e["date_qualifier"]) == ("2024", "year", "late")
    assert [(q["value"], q["unit"]) for q in e["quantities"]] == [(12, "killed")]


def test_seed_dates_and_quantities(pipeline, seed_path):
    """The seed's checks: the first story given a 2021 publication date, the second dated from
    its caption (2024-10-04)."""
    items = [a for a in read_inputs([str(seed_path)], Settings()) if isinstance(a, Article)]
    first, second = items
    first.published, first.published_precision = "2021", "year"
    Pipeline(Settings(), stages=pipeline.stages[:-1]).code([first, second])  # keep the Docs
    assert second.published.startswith("2024-10-04")

    def one(a, trigger, type_, contains=None):
        found = [e for e in a.events if e.trigger == trigger and e.type == type_ and
                 (contains is None or contains in e.evidence)]
        assert found, (trigger, type_)
        return found[0]

    assert one(second, "added", "SANCTION").date == "2003"                     # Russia's listing
    assert one(second, "invaded", "ASSAULT").date == "1979"
    withdrawal = one(second, "withdrew", "RETREAT", "10 years later")
    assert (withdrawal.date, withdrawal.date_text) == ("1989", "10 years later")
    demos = one(first, "demonstrations", "PROTEST")
    assert (demos.date, demos.date_qualifier) == ("2019", "late")
    assert one(first, "killed", "ASSAULT", "Soleimani").date == "2020"
    delisting = one(second, "remove", "CONCEDE", "highest level")
    assert (delisting.date, delisting.date_precision) == ("2024-10-04", "day")
    concert = one(second, "killed", "ASSAULT", "concert hall")
    assert concert.date == "2024-03"
    assert [(q["value"], q["unit"]) for q in concert.quantities] == [(145, "killed")]
    training = one(first, "trained", "AID", "250 fighters")
    assert [(q["value"], q["unit"], q["qualifier"]) for q in training.quantities] == [(250, "fighters", "at least")]
    # Putin's remark: Russia counts the Taliban an ally (SUPPORT), said in July 2024
    remark = one(second, "considered", "SUPPORT")
    assert (remark.source.id, remark.target.id, remark.date) == ("RUS", "taliban", "2024-07")
    # the clause of "said" itself dates to July 2024
    doc = second.doc
    said = next(t for t in doc if t.text == "said" and t.nbor(-1).text == "Putin")
    dates = date_tokens(doc, parse_published(second.published, second.published_precision), [Anchor("putin", said)])
    assert dates["putin"].date == "2024-07"


def test_a_date_inside_a_since_or_after_phrase_is_that_phrases():
    from wirecoder.nlp import load_model

    nlp = load_model(Settings().model)
    pub = parse_published("2025-03-12")
    doc = nlp("Thousands protested on Tuesday in the largest show of anger since the military seized power in July 2023.")
    protested = next(t for t in doc if t.text == "protested")
    assert date_tokens(doc, pub, [Anchor("p", protested)])["p"].date == "2025-03-11"
    doc = nlp("Iran vowed revenge after the killing of its top general last week.")
    vowed = next(t for t in doc if t.text == "vowed")
    assert date_tokens(doc, pub, [Anchor("v", vowed)])["v"].precision == "publication"
