"""A store of many events, written straight into the Store (no spaCy), for load and API tests.

Articles come from ``corpus.py``; each sentence of an article becomes one event with a type,
actors, a place, a date, a confidence and spans that slice the text, so every filter of
/api/events has something to select.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from wirecoder.records import Actor, Article, Event, Mention, Place
from wirecoder.store import Store

from .corpus import article as generated

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted"] * 8 + ["claimed", "future", "negated", "hypothetical"]
ACTORS = [Actor("MLI", "Mali", "MLI", "state", "GOV"), Actor("KEN", "Kenya", "KEN", "state", "GOV"),
          Actor("IRQ", "Iraq", "IRQ", "state", "GOV"), Actor("SDN", "Sudan", "SDN", "state", "GOV"),
          Actor("houthis", "Houthis", "YEM", "armed_group", "INS"),
          Actor("generic:NGA:MIL", "Nigeria: military", "NGA", "military", "MIL"),
          Actor("generic:KEN:COP", "Kenya: police", "KEN", "police", "COP"),
          Actor("united-nations", "United Nations", None, "igo", "IGO"),
          Actor("new:azawad-rebels", "Azawad Rebels", "MLI", "armed_group", "REB")]
PLACES = [Place("Gao", "MLI", None, 16.27, -0.04, "city", 2457163),
          Place("Nairobi", "KEN", None, -1.28, 36.82, "city", 184745),
          Place("Mosul", "IRQ", None, 36.34, 43.13, "city", 99072),
          Place("Khartoum", "SDN", None, 15.55, 32.53, "city", 379252), None]
_SENTENCE = re.compile(r"[^.]+\.")


def build_event_db(path: Path | str, n_events: int, seed: int = 11) -> Path:
    """Write articles until the store holds at least ``n_events`` events; returns the path."""
    rng = random.Random(seed)
    written = i = 0
    with Store(path) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # test data: speed over durability
        while written < n_events:
            rec = generated(i, seed=seed)
            text = rec["text"]
            a = Article(id=rec["id"], text=text, title=rec["title"], source=rec["source"],
                        published=rec["published"], published_precision="day", language="en",
                        url=f"https://gen.example/{rec['id']}", content_hash=f"{rec['id']:0>64}"[-64:])
            for n, m in enumerate(_SENTENCE.finditer(text)):
                sentence = m.group(0).strip()
                start = text.index(sentence, m.start())
                words = list(re.finditer(r"[A-Za-z]{3,}", sentence))
                trig = words[min(2, len(words) - 1)]
                src, tgt = rng.sample(ACTORS, 2)
                first = words[0]
                a.events.append(Event(
                    id=f"{rec['id']}-e{n}", article_id=a.id, type=rng.choice(TYPES), source=src,
                    target=tgt if rng.random() < 0.7 else None, location=rng.choice(PLACES),
                    date=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.6 else None,
                    date_precision="day", modality=rng.choice(MODALITIES),
                    confidence=round(rng.uniform(0.2, 1.0), 3), evidence=sentence,
                    span=(start, start + len(sentence)),
                    trigger=trig.group(0), trigger_span=(start + trig.start(), start + trig.end()),
                    source_span=(start + first.start(), start + first.end()),
                    cluster_id=f"c{i // 3}" if rng.random() < 0.3 else None,
                    pattern="generated", pipeline_version="generated"))
                a.mentions.append(Mention(first.group(0), start + first.start(), start + first.end(), "ORG", src))
            store.write(a)
            written += len(a.events)
            i += 1
    return Path(path)
