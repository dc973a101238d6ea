"""Generated short news articles for crash, streaming and load tests (written for wirecoder).

Every article is built from templates with a seeded random generator, so the same seed gives
the same corpus; slots vary enough that no two articles are near-duplicates of each other.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

ACTORS = [
    "Iraqi security forces", "the Nigerian army", "Houthi rebels", "Kenyan police", "the Malian army",
    "Sudanese paramilitaries", "Turkish officials", "the Egyptian government", "Somali soldiers",
    "Ethiopian federal forces", "Pakistani police", "the Colombian navy", "Filipino troops",
    "Israeli forces", "Palestinian militants", "Ukrainian officials", "Russian forces",
    "the European Union", "the United Nations", "Chadian rebels", "Bolivian protesters",
    "Indian border guards", "Chinese diplomats", "Brazilian federal police", "Iranian officials",
]
PLACES = [
    "Mosul", "Maiduguri", "Hodeidah", "Nairobi", "Gao", "El Fasher", "Ankara", "Cairo",
    "Mogadishu", "Mekelle", "Peshawar", "Cartagena", "Marawi", "Jenin", "Kharkiv", "Donetsk",
    "Brussels", "Geneva", "N'Djamena", "La Paz", "Srinagar", "Beijing", "Manaus", "Tehran",
    "Kano", "Aden", "Mombasa", "Timbuktu", "Port Sudan", "Izmir",
]
ACTIONS = [
    "attacked a convoy near {place}", "arrested {n} suspects in {place}",
    "met envoys in {place} to discuss a ceasefire", "fired tear gas at protesters in {place}",
    "signed a trade agreement in {place}", "accused rivals of shelling {place}",
    "sent food aid to {place}", "demanded the release of {n} detainees held in {place}",
    "threatened to close the border near {place}", "withdrew troops from {place}",
    "imposed sanctions on traders in {place}", "deployed {n} soldiers to {place}",
    "rejected a proposal made in {place}", "praised mediators working in {place}",
    "protested against rising prices in {place}",
]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "late on Monday", "early on Friday", "overnight"]
SAID = ["officials said", "witnesses said", "a spokesman said", "local media reported",
        "according to a statement", "the ministry said"]
DETAILS = [
    "The {what} came after weeks of {trouble} in the region.",
    "Residents of {place} said the {what} had left {n} families without {need}.",
    "No group has commented on the {what} so far.",
    "Analysts said the {what} could shift the balance in {place}.",
    "A second round of {what2} is planned for next month in {place}.",
    "{n} people were treated in hospital in {place}, doctors said.",
]
WHAT = ["incident", "move", "decision", "operation", "announcement", "clash"]
TROUBLE = ["tension", "unrest", "fighting", "protests", "negotiations", "shortages"]
NEED = ["power", "water", "shelter", "work", "food"]
WHAT2 = ["talks", "inspections", "consultations", "aid deliveries"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(place=rng.choice(PLACES), n=rng.randint(2, 950), what=rng.choice(WHAT),
                           trouble=rng.choice(TROUBLE), need=rng.choice(NEED), what2=rng.choice(WHAT2))


def article(i: int, seed: int = 0) -> dict:
    """One short article record (JSONL shape): id, title, text, published, source."""
    rng = random.Random(seed * 1_000_003 + i)
    actor = rng.choice(ACTORS)
    first = f"{actor[0].upper()}{actor[1:]} {_fill(rng.choice(ACTIONS), rng)} {rng.choice(DAYS)}, {rng.choice(SAID)}."
    other = rng.choice([a for a in ACTORS if a != actor])
    second = f"{other[0].upper()}{other[1:]} {_fill(rng.choice(ACTIONS), rng)} {rng.choice(DAYS)}."
    details = [_fill(t, rng) for t in rng.sample(DETAILS, 2)]
    title_words = first.split()[:rng.randint(6, 9)]
    text = " ".join([first, second, *details]) + f" (Report {seed}-{i}.)"
    day = 1 + i % 28
    return {"id": f"gen-{seed}-{i:06d}", "title": " ".join(title_words).rstrip(",."),
            "text": text, "published": f"2025-{1 + i % 12:02d}-{day:02d}", "source": "Generated Wire"}


def articles(n: int, seed: int = 0) -> Iterator[dict]:
    for i in range(n):
        yield article(i, seed)


def write_jsonl(path: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` generated articles as JSON Lines, one at a time (flat memory)."""
    with open(path, "w", encoding="utf-8") as f:
        for rec in articles(n, seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
