"""Event triggers from data files: wirecoder's curated patterns first, then the CAMEO verb
dictionary (PETRARCH2) mapped to PLOVER with the PLOVER team's CAMEO->PLOVER table."""
from __future__ import annotations

import csv
import functools
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: the older PLOVER draft's names, as the gold-standard records use them
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
             "YIELD": "CONCEDE"}


def _data(name: str) -> Path:
    return Path(str(resources.files("wirecoder") / "data" / "events" / name))


@dataclass(frozen=True)
class Pattern:
    id: str
    lemmas: frozenset[str]
    pos: str
    type: str | None
    mode: str | None = None
    context: str | None = None
    objects: frozenset[str] | None = None     # object (verb) or modifier (noun) lemmas required
    preps: dict[str, frozenset[str] | None] | None = None  # required prep -> object lemmas (None: any)
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    curated: bool = True
    note: str | None = None
    also: tuple[str, str | None] | None = None  # a second event the same words report
    flip: bool = False  # the subject is the recipient ("X hosted Y": Y visits X)
    #: subject words required (lemmas of the verb's subject, its modifiers, the noun counted in
    #: "hundreds of villagers", or "@sector-XXX" for the sector of the actor it names)
    subjects: frozenset[str] | None = None


@dataclass(frozen=True)
class Guards:
    """Context words (``context_guards.yaml``) that tell nature, markets, goods and sport
    from politics."""
    non_agents: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    sport_names: frozenset[str] = frozenset()
    sport_strong: frozenset[str] = frozenset()
    sport_strong_words: frozenset[str] = frozenset()
    sport_types: frozenset[str] = frozenset()
    forecast: frozenset[str] = frozenset()
    threat_words: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    civilian_vehicles: frozenset[str] = frozenset()
    #: words for what cannot have happened as told (``context_guards.yaml``, "Not a happening")
    abstract_agents: frozenset[str] = frozenset()
    trend_verbs: frozenset[str] = frozenset()
    period_frames: frozenset[str] = frozenset()
    ceasing_verbs: frozenset[str] = frozenset()
    making_verbs: frozenset[str] = frozenset()
    capability_nouns: frozenset[str] = frozenset()
    unrealised_modifiers: frozenset[str] = frozenset()
    thwarting_verbs: frozenset[str] = frozenset()
    impossibility_words: frozenset[str] = frozenset()
    standing_adverbs: frozenset[str] = frozenset()
    anonymity_verbs: frozenset[str] = frozenset()
    courtesy_objects: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    prohibition_words: frozenset[str] = frozenset()
    stipulating_verbs: frozenset[str] = frozenset()
    consequence_participles: frozenset[str] = frozenset()
    #: participles on a noun that tell a standing tie, not an act ("troops backed by AU forces")
    relation_participles: frozenset[str] = frozenset()
    sanction_effect_participles: frozenset[str] = frozenset()
    market_counterparts: frozenset[str] = frozenset()
    #: what talks are about when they are a workplace's business ("wage negotiations")
    labour_topics: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    support_verbs: frozenset[str]
    version: str
    guards: Guards = Guards()
    #: the parser's wrong lemmas, corrected ("staged" -> "stag" -> "stage")
    lemma_fixes: dict[str, str] = field(default_factory=dict)

    def candidates(self, lemma: str, pos: str) -> list[Pattern]:
        table = self.verbs if pos == "VERB" else self.nouns
        return table.get(lemma, [])


def _listify(value: Any) -> list[str]:
    if value is None:
        return []
    # YAML 1.1 reads a bare `on`/`off` as a boolean; in these lists they are prepositions
    words = {True: "on", False: "off"}
    return [words[v] if isinstance(v, bool) else str(v).lower()
            for v in (value if isinstance(value, list) else [value])]


def _curated(entries: list[dict[str, Any]], pos: str) -> list[Pattern]:
    out = []
    for i, e in enumerate(entries, start=1):
        preps = None
        if e.get("prep"):
            preps = {p.lower(): (None if v == "any" else frozenset(_listify(v))) for p, v in e["prep"].items()}
        objects = e.get("object") if pos == "VERB" else e.get("modifier")
        out.append(Pattern(
            id=f"patterns.yaml:{pos.lower()}s[{i}]", lemmas=frozenset(_listify(e["lemma"])), pos=pos,
            type=e.get("type"), mode=e.get("mode"), context=e.get("context"),
            objects=frozenset(_listify(objects)) if objects else None, preps=preps,
            target_preps=tuple(_listify(e.get("target"))), source_preps=tuple(_listify(e.get("source"))),
            note=e.get("note"),
            also=(e["also"]["type"], e["also"].get("mode")) if e.get("also") else None,
            flip=bool(e.get("flip", False)),
            subjects=frozenset(_listify(e.get("subject"))) if e.get("subject") else None))
    return out


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    import yaml

    raw = _data("patterns.yaml").read_bytes()
    cameo_raw = _data("cameo_verbs.tsv").read_bytes()
    guards_raw = _data("context_guards.yaml").read_bytes()
    g = yaml.safe_load(guards_raw)
    sport = g.get("sport", {})
    guards = Guards(non_agents=frozenset(_listify(g.get("non_agents"))),
                    sport_words=frozenset(_listify(sport.get("words"))),
                    sport_names=frozenset(str(w) for w in sport.get("names", [])),
                    sport_strong=frozenset(str(w) for w in sport.get("strong", [])),
                    sport_strong_words=frozenset(_listify(sport.get("strong_words"))),
                    sport_types=frozenset(str(t) for t in sport.get("types", [])),
                    forecast=frozenset(_listify(g.get("forecast"))),
                    threat_words=frozenset(_listify(g.get("threat_words"))),
                    currencies=frozenset(_listify(g.get("currencies"))),
                    civilian_vehicles=frozenset(_listify(g.get("civilian_vehicles"))),
                    **{k: frozenset(_listify(g.get("not_a_happening", {}).get(k))) for k in (
                        "abstract_agents", "trend_verbs", "period_frames", "ceasing_verbs", "making_verbs",
                        "capability_nouns", "unrealised_modifiers", "thwarting_verbs", "impossibility_words", "consequence_participles",
                        "market_counterparts", "standing_adverbs", "anonymity_verbs", "courtesy_objects",
                        "measure_nouns", "prohibition_words", "labour_topics", "stipulating_verbs",
                        "relation_participles", "sanction_effect_participles")})
    curated = yaml.safe_load(raw)
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    for p in _curated(curated.get("verbs", []), "VERB"):
        for lemma in p.lemmas:
            verbs.setdefault(lemma, []).append(p)
    for p in _curated(curated.get("nouns", []), "NOUN"):
        for lemma in p.lemmas:
            nouns.setdefault(lemma, []).append(p)

    plover: dict[str, tuple[str, str | None, str | None]] = {}
    with open(_data("cameo2plover.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            plover[row["cameo"]] = (row["type"], row["mode"] or None, (row["context"] or "").split(";")[0] or None)

    def to_plover(code: str) -> tuple[str, str | None, str | None] | None:
        for n in range(len(code), 1, -1):
            if code[:n] in plover:
                return plover[code[:n]]
        if code.startswith("02"):  # CAMEO "appeal": PLOVER's REQUEST
            return ("REQUEST", None, None)
        return None  # CAMEO 01 (public statements) is not an event in PLOVER

    defaults_off = frozenset(_listify(curated.get("cameo_defaults_off")))
    with open(_data("cameo_verbs.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["lemma"] in defaults_off and not row["object"] and not row["prep"]:
                continue  # a synonym set's code, too vague for the verb alone
            mapped = to_plover(row["cameo"])
            if mapped is None:
                continue
            ptype, mode, context = mapped
            preps = {row["prep"]: frozenset([row["object"]])} if row["prep"] else None
            objects = frozenset([row["object"]]) if row["object"] and not row["prep"] else None
            p = Pattern(id=f"cameo:{row['source']}", lemmas=frozenset([row["lemma"]]), pos="VERB", type=ptype,
                        mode=mode, context=context, objects=objects, preps=preps, curated=False,
                        note=f"CAMEO {row['cameo']}")
            verbs.setdefault(row["lemma"], []).append(p)
    # the more specific patterns (with an object or a preposition) are tried first, wirecoder's
    # own before CAMEO's: "struck a deal" is AGREE before "struck" is ASSAULT, "met the demands"
    # CONCEDE before "met" is CONSULT (a stable sort keeps the file's order otherwise)
    def bare(p: Pattern) -> bool:
        return p.objects is None and p.preps is None and p.subjects is None
    for lemma, pats in verbs.items():
        cur = sorted((p for p in pats if p.curated), key=bare)
        cam = sorted((p for p in pats if not p.curated), key=bare)
        verbs[lemma] = cur + cam
    for lemma, pats in nouns.items():
        nouns[lemma] = sorted(pats, key=bare)
    version = hashlib.sha256(raw + cameo_raw + guards_raw).hexdigest()[:10]
    fixes = {str(k).lower(): str(v).lower() for k, v in (curated.get("lemma_fixes") or {}).items()}
    return Lexicon(verbs, nouns, frozenset(_listify(curated.get("support_verbs"))), version, guards, fixes)
