"""Analyst judgements: recorded, re-applied after recoding, exported as gold that scores."""
from __future__ import annotations

import json
import sqlite3

import yaml

from wirecoder.store.review import anchor_of, match_event

from ..conftest import jsonl

SENTENCES = [
    "GOMA, Congo (May 3, 2025) - The Tanu Liberation Army attacked an army base near Goma on Saturday, the army said.",
    "The European Union condemned the attack.",
    "Police arrested twelve protesters in Kinshasa.",
    "The TLA kidnapped two aid workers near Rutshuru on Friday.",
    "The Tanu Front ambushed a convoy of Ugandan troops near Beni.",
    "TLA commander Amani Baraka met Kenyan President William Ruto in Nairobi on Sunday.",
]
#: a knowledge-base file the team adds later: the group gets a curated entry (and, wrongly,
#: a second group's name as an alias), the commander a KB id
GROUPS = [
    {"id": "tanu-liberation-army", "name": "Tanu Liberation Army", "kind": "armed_group", "country": "COD",
     "aliases": ["TLA", "Tanu Front"]},
    {"id": "amani-baraka-kivu", "name": "Amani Baraka Kivu", "kind": "person", "country": "COD", "sector": "REB"},
]


def _article(tmp_path, sentences=SENTENCES, name="a.jsonl"):
    path = tmp_path / name
    path.write_text(json.dumps({"id": "rv-1", "title": "Rebels attack army base", "published": "2025-05-04",
                                "text": " ".join(sentences)}) + "\n", encoding="utf-8")
    return path


def _events(run, db, *extra):
    result = run("--kb", "kb", "events", "--db", db, "--format", "jsonl", *extra)
    assert result.exit_code == 0, result.stderr
    return {r["trigger"]: r for r in jsonl(result.stdout)}


def _ok(result):
    assert result.exit_code == 0, result.stderr + result.stdout
    return result


def _add_groups(tmp_path):
    (tmp_path / "kb").mkdir(exist_ok=True)
    (tmp_path / "kb" / "groups.yaml").write_text(yaml.safe_dump(GROUPS), encoding="utf-8")


def test_corrections_survive_recode_with_a_changed_knowledge_base(run, tmp_path):
    db = tmp_path / "w.db"
    _ok(run("--kb", "kb", "ingest", _article(tmp_path), "--db", db, "--quiet"))
    before = _events(run, db)
    assert {"attacked", "condemned", "arrested", "kidnapped", "ambushed", "met"} <= set(before)
    assert before["kidnapped"]["source"]["id"] == "new:org:tla"
    assert not any(e["reviewed"] for e in before.values())

    def judge(*args):
        return _ok(run("--kb", "kb", "review", *args, "--db", db, "--by", "ana"))
    judge("wrong", before["arrested"]["id"], "--note", "a routine arrest report, not coded in this project")
    judge("change", before["attacked"]["id"], "--source", "Tanu Liberation Army", "--target", "COD")
    judge("correct", before["condemned"]["id"])
    judge("correct", before["kidnapped"]["id"])
    judge("change", before["met"]["id"], "--date", "2025-05-03")

    now = _events(run, db)
    assert "arrested" not in now  # judged wrong: out of the default view
    assert now["attacked"]["review_status"] == "corrected"
    # (coded: the group after the dateline as source, since session 15, and the army holding the
    # base as target)
    assert now["attacked"]["target"]["id"] == "COD" and \
        now["attacked"]["coded"].get("target") == "generic:COD:MIL" and \
        now["attacked"]["coded"].get("source") in (None, before["attacked"]["source"]["id"])

    # the team's knowledge base changes (a curated entry for the group), then everything is recoded
    _add_groups(tmp_path)
    recode = _ok(run("--kb", "kb", "recode", "--db", db))
    assert "6 event judgements in force, 0 orphaned" in recode.stderr
    after = _events(run, db)
    kidnapped = after["kidnapped"]
    assert kidnapped["source"]["id"] == "tanu-liberation-army"      # the KB changed the coding...
    assert kidnapped["id"] != before["kidnapped"]["id"]              # ...and so the event's id
    assert kidnapped["reviewed"] and kidnapped["review_status"] == "correct"  # the judgement followed it
    assert "arrested" not in after
    assert after["attacked"]["review_status"] == "corrected"
    assert after["attacked"]["source"]["name"] == "Tanu Liberation Army" and after["attacked"]["target"]["id"] == "COD"
    assert after["met"]["date"] == "2025-05-03" and after["met"]["coded"] == {"date": before["met"]["date"]}
    assert not after["ambushed"]["reviewed"] and after["ambushed"]["review_status"] is None

    reviewed = _events(run, db, "--reviewed")
    assert set(reviewed) == {"attacked", "condemned", "kidnapped", "met"}
    everything = _events(run, db, "--include-wrong")
    assert everything["arrested"]["review_status"] == "wrong" and everything["arrested"]["reviewed"]
    csv_out = _ok(run("events", "--db", db, "--format", "csv", "--include-wrong")).stdout
    header = csv_out.splitlines()[0].split(",")
    assert "reviewed" in header and "review_status" in header

    # the coded rows themselves were never edited: the wrong event is still stored as coded
    con = sqlite3.connect(db)
    assert con.execute("SELECT type FROM events WHERE trigger = 'arrested'").fetchone() == ("COERCE",)
    assert con.execute("SELECT source_actor_id, target_actor_id FROM events WHERE trigger = 'attacked'"
                       ).fetchone()[1] == "generic:COD:MIL"  # (the source: the group, coded since session 15)

    # the article comes back with new text: the arrest sentence is gone, the rest moved
    moved = _article(tmp_path, [SENTENCES[0], "Aid agencies suspended work in the area.", *SENTENCES[1:2],
                                *SENTENCES[3:]], name="b.jsonl")
    _ok(run("--kb", "kb", "ingest", moved, "--db", db, "--quiet"))
    again = _events(run, db)
    assert again["kidnapped"]["review_status"] == "correct" and again["met"]["date"] == "2025-05-03"
    orphans = jsonl(_ok(run("review", "orphans", "--db", db, "--format", "jsonl")).stdout)
    assert [o["kind"] for o in orphans] == ["wrong"]
    assert orphans[0]["evidence"] == SENTENCES[2] and orphans[0]["note"].startswith("a routine arrest")
    listed = jsonl(_ok(run("review", "list", "--db", db, "--format", "jsonl")).stdout)
    assert len(listed) == 6 and {j["author"] for j in listed} == {"ana"}  # nothing dropped


def test_gold_export_scores_with_eval_events(run, tmp_path):
    db = tmp_path / "w.db"
    _add_groups(tmp_path)
    _ok(run("--kb", "kb", "ingest", _article(tmp_path), "--db", db, "--quiet"))
    ev = _events(run, db)
    for trigger in ("condemned", "kidnapped", "met"):
        _ok(run("review", "correct", ev[trigger]["id"], "--db", db))
    _ok(run("review", "wrong", ev["arrested"]["id"], "--db", db))
    _ok(run("--kb", "kb", "review", "change", ev["attacked"]["id"], "--source", "TLA", "--target", "COD",
            "--type", "ASSAULT", "--db", db))
    gold = tmp_path / "gold.jsonl"
    out = _ok(run("review", "export-gold", gold, "--db", db))
    assert "5 records (4 events, 1 negatives); 0 sentences left out" in out.stderr
    records = jsonl(gold.read_text(encoding="utf-8"))
    by_text = {r["text"]: r for r in records}
    # (the first sentence without its wire dateline, its own sentence since session 15)
    first = SENTENCES[0].split(" - ", 1)[1]
    assert set(by_text) == {first} | {SENTENCES[i] for i in (1, 2, 3, 5)}   # the unreviewed ambush sentence is not gold
    assert by_text[SENTENCES[2]]["events"] == []                    # judged wrong: a negative
    attacked = by_text[first]["events"][0]
    assert (attacked["type"], attacked["source"]["name"], attacked["target"]["country"]) == \
        ("ASSAULT", "Tanu Liberation Army", "COD")

    report = json.loads(_ok(run("--kb", "kb", "eval", "events", gold, "--format", "json")).stdout)
    assert report["format"] == "wirecoder" and report["records"] == 5
    assert report["metrics"]["negatives"] == 1
    assert report["per_type"]["ASSAULT"]["gold"] == 2
    # attacked 2, condemned 2 (the attacker, known since the dateline is its own sentence, session 15),
    # kidnapped 2, met 2
    assert report["metrics"]["gold_arguments"] == 8
    # the pipeline still codes the arrest the analyst rejected: the negative is not clean
    assert report["metrics"]["negatives_without_events"] == 0.0


def test_merge_and_split_keep_provenance_and_reach_the_knowledge_base(run, tmp_path):
    db = tmp_path / "w.db"
    _add_groups(tmp_path)  # the KB wrongly gives the Tanu Front's name to the Tanu Liberation Army
    _ok(run("--kb", "kb", "ingest", _article(tmp_path), "--db", db, "--quiet"))
    ev = _events(run, db)
    assert ev["ambushed"]["source"]["id"] == ev["kidnapped"]["source"]["id"] == "tanu-liberation-army"
    assert ev["met"]["source"]["id"] == "new:person:amani-baraka"

    split = _ok(run("--kb", "kb", "review", "split", "tanu-liberation-army", "--alias", "Tanu Front",
                    "--name", "Tanu Front", "--kind", "armed_group", "--db", db, "--by", "ana",
                    "--note", "a different group"))
    assert split.stdout.startswith("judgement 1: split on actor tanu-liberation-army by ana")
    merge = _ok(run("--kb", "kb", "review", "merge", "Amani Baraka", "amani-baraka-kivu", "--db", db, "--by", "ben"))
    assert merge.stdout.startswith("judgement 2: merge")

    ev = _events(run, db)
    assert ev["ambushed"]["source"]["id"] == "review:tanu-front"
    assert ev["ambushed"]["coded"] == {"source": "tanu-liberation-army"}   # provenance: what was coded
    assert ev["kidnapped"]["source"]["id"] == "tanu-liberation-army"      # 'TLA' stays with the old actor
    assert ev["met"]["source"]["id"] == "amani-baraka-kivu" and ev["met"]["coded"] == {"source": "new:person:amani-baraka"}
    assert not ev["met"]["reviewed"]  # an actor judgement is not a review of the event

    review_kb = yaml.safe_load((tmp_path / "kb" / "review.yaml").read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in review_kb}
    assert (by_id["review:tanu-front"]["name"], by_id["review:tanu-front"]["kind"]) == ("Tanu Front", "armed_group")
    assert by_id["review:tanu-front"]["review_judgements"] == [1]
    assert by_id["tanu-liberation-army"]["aliases"] == ["TLA"] and "review #1 split (ana" in by_id["tanu-liberation-army"]["source"]
    assert "Amani Baraka" in by_id["amani-baraka-kivu"]["aliases"] and "review #2 merge (ben" in by_id["amani-baraka-kivu"]["source"]
    assert _ok(run("--kb", "kb", "actors", "check")).exit_code == 0

    # with the review file in the knowledge base, recoding codes the names the analysts' way
    _ok(run("--kb", "kb", "recode", "--db", db, "--quiet"))
    ev = _events(run, db)
    assert ev["ambushed"]["source"]["id"] == "review:tanu-front" and ev["ambushed"]["coded"] == {}
    assert ev["met"]["source"]["id"] == "amani-baraka-kivu" and ev["met"]["coded"] == {}
    listed = {j["id"]: j for j in jsonl(_ok(run("review", "list", "--db", db, "--format", "jsonl")).stdout)}
    assert listed[1]["status"] == "actor" and listed[1]["note"] == "a different group"
    assert listed[2]["old"] == {"id": "new:person:amani-baraka", "name": "Amani Baraka"}

    # taking the split back: a revert record, the split kept (marked reverted), the KB file redone
    _ok(run("--kb", "kb", "review", "revert", "1", "--db", db, "--by", "ana"))
    listed = {j["id"]: j for j in jsonl(_ok(run("review", "list", "--db", db, "--format", "jsonl")).stdout)}
    assert listed[1]["status"] == "reverted" and listed[1]["reverted_by"] == 3 and listed[3]["kind"] == "revert"
    review_kb = yaml.safe_load((tmp_path / "kb" / "review.yaml").read_text(encoding="utf-8"))
    assert {a["id"] for a in review_kb} == {"amani-baraka-kivu"}
    _ok(run("--kb", "kb", "recode", "--db", db, "--quiet"))
    assert _events(run, db)["ambushed"]["source"]["id"] == "tanu-liberation-army"


def test_bad_judgements_are_one_line_errors(run, tmp_path):
    db = tmp_path / "w.db"
    _ok(run("ingest", _article(tmp_path), "--db", db, "--quiet"))
    ev = _events(run, db)
    cases = [
        (("review", "wrong", "nope"), "no event 'nope'"),
        (("review", "change", ev["met"]["id"], "--type", "WAR"), "'WAR' is not a PLOVER type"),
        (("review", "change", ev["met"]["id"], "--date", "next week"), "is not a date"),
        (("review", "change", ev["met"]["id"], "--source", "Nobody At All"), "no actor 'Nobody At All'"),
        (("review", "revert", "9"), "no judgement 9"),
        (("review", "merge", "KEN", "KEN"), "are the same actor"),
    ]
    for args, message in cases:
        result = run(*args, "--db", db)
        assert result.exit_code == 1, args
        assert message in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert run("review", "change", ev["met"]["id"], "--db", db).exit_code == 2  # nothing to change
    _ok(run("review", "correct", ev["met"]["id"], "--db", db))
    _ok(run("review", "revert", "1", "--db", db))
    twice = run("review", "revert", "1", "--db", db)
    assert twice.exit_code == 1 and "already reverted by judgement 2" in twice.stderr
    assert not _events(run, db)["met"]["reviewed"]


def test_match_follows_the_evidence_not_the_id(tmp_path):
    """The key is the trigger's place (or the same sentence when the text moved); among a
    trigger's several source-target pairs, the one with the same spans wins."""
    rows = [
        {"id": "a", "type": "ASSAULT", "span_start": 0, "span_end": 40, "trigger_start": 10, "trigger_end": 18,
         "source_start": 0, "source_end": 5, "target_start": 20, "target_end": 25, "trigger": "attacked",
         "evidence": "x" * 40, "source_actor_id": "A", "target_actor_id": "B"},
        {"id": "b", "type": "ASSAULT", "span_start": 0, "span_end": 40, "trigger_start": 10, "trigger_end": 18,
         "source_start": 0, "source_end": 5, "target_start": 30, "target_end": 35, "trigger": "attacked",
         "evidence": "x" * 40, "source_actor_id": "A", "target_actor_id": "C"},
    ]
    anchor = anchor_of(rows[1])
    renamed = [{**r, "id": r["id"] + "2", "target_actor_id": "Z"} for r in rows]  # a KB change renames actors
    assert match_event(anchor, renamed)["id"] == "b2"
    shifted = [{**r, "id": r["id"] + "3", **{k: r[k] + 100 for k in r if k.endswith(("_start", "_end"))}}
               for r in rows]  # text added before the sentence
    assert match_event(anchor, shifted)["id"] == "b3"
    other = [{**r, "evidence": "y" * 40, **{k: r[k] + 100 for k in r if k.endswith(("_start", "_end"))}} for r in rows]
    assert match_event(anchor, other) is None  # the sentence changed: orphaned


def test_headline_and_caption_events_are_matched_by_their_telling():
    """Events coded from a headline or caption have no offsets into the text: their telling
    and trigger word find them again."""
    head = {"id": "h", "type": "PROTEST", "span_start": None, "span_end": None, "trigger_start": None,
            "trigger_end": None, "source_start": None, "source_end": None, "target_start": None, "target_end": None,
            "trigger": "protest", "evidence": "Niger: thousands protest over power cuts", "source_actor_id": "NER",
            "target_actor_id": None}
    anchor = anchor_of(head)
    recoded = [{**head, "id": "h2", "source_actor_id": "generic:NER:OPP"}, {**head, "id": "x", "trigger": "cuts"}]
    assert match_event(anchor, recoded)["id"] == "h2"
    assert match_event(anchor, [{**head, "evidence": "Niger: a new headline"}]) is None
