"""The knowledge base: canonical actors with aliases, kind, country, sector, roles,
affiliations and designations, each fact with its provenance.

Loaded from the package's data files (``data/kb/``: ``states.tsv`` generated from
pycountry/countryinfo and ``state_extras.yaml``; ``phoenix_actors.csv`` converted from the
PETRARCH2 dictionaries; ``actors.yaml`` curated, which wins over the converted file) plus the
user's files — the ``kb_files`` setting and every ``.yaml``/``.csv`` in the ``kb_dir`` folder —
which add actors or override them by ``id``.
"""
from __future__ import annotations

import csv
import logging
import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from ..errors import SettingsError
from ..records import Actor
from .normalize import fold, skeleton

log = logging.getLogger(__name__)

KINDS = {"state", "government", "military", "police", "intelligence", "armed_group", "party", "igo",
         "ngo", "media", "business", "person", "civilians", "other"}
SECTOR_OF_KIND = {"state": "GOV", "government": "GOV", "military": "MIL", "police": "COP",
                  "intelligence": "SPY", "armed_group": "REB", "party": "PTY", "igo": "IGO",
                  "ngo": "NGO", "media": "MED", "business": "BUS", "civilians": "CVL"}
#: ORG phrases that name a state organ once a country qualifies them ("Russia's Foreign Ministry")
#: an international organisation's staff and offices ("UN Envoy", "EU High Representative")
IGO_STAFF = {"envoy", "special envoy", "resident", "monitor", "monitors", "secretary general", "high representative",
             "bodies", "secretariat", "mission", "observers", "inspectors", "peacekeepers", "chief", "official",
             "officials", "spokesman", "spokesperson"}
#: words that make a government entry a personal office, not an organ
OFFICE_WORDS = {"minister", "president", "premier", "chancellor", "secretary", "king", "emir", "sultan",
                "monarch", "governor", "ambassador", "envoy", "spokesman", "spokeswoman"}
ORGAN_KINDS = {"government", "military", "police", "intelligence"}
#: the names of a state's central bank ("Central Bank of Nigeria", "National Bank of Poland",
#: "Reserve Bank of India", "State Bank of Pakistan", "Bank of Japan"), not a development bank
_CENTRAL_BANK = re.compile(r"^(?:(?:central|national|reserve|state|people) )?bank of (?!.*development)|central bank")
#: the names of a state's election body ("Independent National Electoral Commission", "National
#: Electoral Council", "Supreme Electoral Tribunal", "Election Commission of India"): indexed under
#: the organ key "election body", which generic descriptions ("the electoral commission", "the
#: country's election body", "Bolivia's electoral tribunal") look up
_ELECTION_BODY = re.compile(r"\b(?:election|electoral|elections)\b(?:\s\w+)?\s(?:commission|council|tribunal|institute|"
                            r"board|court|body|organ)\b")
ELECTION_BODY_KEY = "election body"
#: the names of a state's anti-corruption agency ("Economic and Financial Crimes Commission",
#: "Corruption Eradication Commission", "National Accountability Bureau"): indexed under the organ
#: key "anti-corruption agency", which "Nigeria's anti-graft agency" looks up
_ANTI_GRAFT = re.compile(r"corruption|graft|bribery|financial crimes|accountability bureau")
ANTI_GRAFT_KEY = "anti-corruption agency"
#: the names of a state's union federation ("Nigeria Labour Congress", "Congress of South African
#: Trade Unions", "General Confederation of Labour"): indexed under the organ key "labour
#: federation", which "Nigeria's main labour union" looks up when the state has one
_LABOUR_FEDERATION = re.compile(r"\b(?:labour|labor) congress\b|\btrade unions\b|\bconfederation of (?:labour|labor)\b")
#: a generic description of a state's election body ("the electoral commission", "the country's
#: election body", "the national electoral council", "Bolivia's electoral tribunal")
_ELECTION_BODY_WORDS = re.compile(r"^(?:(?:the|country|nation|national|independent|central|supreme|federal|"
                                  r"top|main|state) )*(?:election|electoral|elections|poll|polls) (?:commission|"
                                  r"council|tribunal|body|board|institute|court|agency|"
                                  r"watchdog|commissions)$")


def election_body(words: str) -> bool:
    """Whether folded words describe a state's election body without naming it."""
    return bool(_ELECTION_BODY_WORDS.match(words))


@dataclass
class KbActor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    affiliations: list[dict[str, Any]] = field(default_factory=list)
    designations: list[dict[str, Any]] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)   # states, curated: "Iranian", "Iranians"
    demonyms: list[str] = field(default_factory=list)     # states, generated: may be shared
    metonyms: list[str] = field(default_factory=list)     # states: "Tehran"
    state_media: bool = False
    owner: str | None = None
    government: dict[str, Any] | None = None  # states: a de facto ruling movement {actor, since}
    lat: float | None = None
    lon: float | None = None
    iso2: str | None = None
    source: str | None = None
    as_of: str | None = None
    verified: bool = False

    def role_at(self, when: str | None) -> dict[str, Any] | None:
        """The role held at ``when`` (ISO date; None: the latest role)."""
        best = None
        for role in self.roles:
            start, end = str(role.get("start") or ""), str(role.get("end") or "")
            if when is None:
                if not end and (best is None or start > str(best.get("start") or "")):
                    best = role
                continue
            day = when[:10]
            if (not start or start[:len(day)] <= day) and (not end or day <= end + "-99"):
                if best is None or start > str(best.get("start") or ""):
                    best = role
        return best

    def actor(self, when: str | None = None) -> Actor:
        """The record form, with a person's country and sector at the article date."""
        country, sector = self.country, self.sector
        if self.kind == "person":
            role = self.role_at(when)
            if role:
                country = role.get("country") or country
                sector = role.get("sector") or sector
            if sector == "IGO":
                # an international organisation's official acts for it, not for a state (the gold
                # codes Guterres, Rutte, Kallas and Grossi with no country)
                country = None
        return Actor(self.id, self.name, country, self.kind, sector)


class KnowledgeBase:
    """Actors and the indexes resolution looks them up by."""

    def __init__(self, actors: Iterable[KbActor], version: str = "custom"):
        self.version = version
        self.actors: dict[str, KbActor] = {}
        self.overrides: list[dict[str, Any]] = []
        for a in actors:
            old = self.actors.get(a.id)
            if old is not None:  # later files override earlier ones, and say so
                self.overrides.append({"id": a.id, "was": old.source, "now": a.source})
            self.actors[a.id] = a
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        self._by_skeleton: dict[str, list[str]] | None = None
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.adjective: dict[str, str] = {}     # folded adjective/demonym -> ISO3
        self.metonym: dict[str, str] = {}       # folded capital/seat -> ISO3
        self.organs: dict[tuple[str, str], str] = {}  # (ISO3, folded generic name) -> id
        self.labour: dict[str, str] = {}  # ISO3 -> id of its one curated union federation
        for a in self.actors.values():
            self._index(a)
            self._index_labour(a)
        for a in self.actors.values():  # generated demonyms only where no curated one claims the word
            for dem in a.demonyms:
                self.adjective.setdefault(fold(dem), a.id)
        self._offices_to_states()
        self._staff_to_igos()

    def _staff_to_igos(self) -> None:
        """A bulk-dictionary entry that names an international organisation's staff or office
        ("UN Envoy", "UN Resident", "UN Monitor", "EU High Representative") is no actor of its
        own: an unnamed official or envoy acts for the organisation (the gold's coding, as "the
        ICC's prosecutor" is the court), so its names point at the curated organisation."""
        for a in list(self.actors.values()):
            if not (a.id.startswith("phx-") and a.kind == "igo"):
                continue
            words = fold(a.name).split()
            for n in (3, 2, 1):
                rest = words[n:]
                igos = [i for i in self.by_alias.get(" ".join(words[:n]), [])
                        if not i.startswith("phx-") and self.actors[i].kind == "igo"]
                if len(igos) == 1 and " ".join(rest).split(" for ")[0] in IGO_STAFF:
                    for name in [a.name, *a.aliases]:
                        ids = self.by_alias.get(fold(name))
                        if ids and a.id in ids:
                            if igos[0] in ids:
                                ids.remove(a.id)
                            else:
                                ids[ids.index(a.id)] = igos[0]
                    break

    def _offices_to_states(self) -> None:
        """A bulk-dictionary entry that names a state's office rather than an organ ("Kosovar
        Prime Minister", "President of the United States", "US Defense Secretary") is no actor of
        its own: an unnamed office holder acts for the state (the gold's and PLOVER's coding), so
        its names and its organ keys point at the state."""
        for a in list(self.actors.values()):
            if not (a.id.startswith("phx-") and a.kind == "government" and a.country
                    and self.state(a.country) is not None):
                continue
            words = fold(a.name).split()
            if not any(w in OFFICE_WORDS for w in words[-2:] + words[:2]):
                continue
            for name in [a.name, *a.aliases]:
                ids = self.by_alias.get(fold(name))
                if ids and a.id in ids:
                    ids[ids.index(a.id)] = a.country
            for key, aid in list(self.organs.items()):
                if aid == a.id:
                    self.organs[key] = a.country

    def _index(self, a: KbActor) -> None:
        for name in [a.name, *a.aliases]:
            key = fold(name)
            if not key:
                continue
            if a.id not in self.by_alias[key]:
                self.by_alias[key].append(a.id)
        if a.kind == "person":
            for name in [a.name, *a.aliases]:
                parts = fold(name).split()
                if len(parts) >= 2 and a.id not in self.by_surname[parts[-1]]:
                    self.by_surname[parts[-1]].append(a.id)
        if a.kind == "state":
            for adj in a.adjectives:
                self.adjective[fold(adj)] = a.id
            for met in a.metonyms:
                self.metonym.setdefault(fold(met), a.id)
        if a.country and a.kind in ORGAN_KINDS:
            state = self.actors.get(a.country)
            qualifiers = [fold(n) for n in ([state.name, *state.aliases, *state.adjectives, *state.demonyms]
                                            if state else [])]
            for name in [a.name, *a.aliases]:
                key = fold(name)
                for q in qualifiers:
                    if key.startswith(q + " "):
                        key = key[len(q) + 1:]
                        break
                self.organs.setdefault((a.country, key), a.id)
                for q in qualifiers:
                    # "National Police of Colombia": "Colombia's National Police" names it too
                    bare = key[:-len(q) - 4] if key.endswith(" of " + q) else ""
                    if len(bare.split()) >= 2 and not a.id.startswith("phx-"):
                        self.organs.setdefault((a.country, bare), a.id)
                        break
                    # "Border Guard Bangladesh": the state's name after the generic one
                    bare = key[:-len(q) - 1] if key.endswith(" " + q) and not key.endswith(" of " + q) else ""
                    if len(bare.split()) >= 2 and not a.id.startswith("phx-"):
                        self.organs.setdefault((a.country, bare), a.id)
                        break
            if a.kind == "government" and not a.id.startswith("phx-") and any(
                    _CENTRAL_BANK.search(fold(n)) for n in [a.name, *a.aliases]):
                # "Sri Lanka's central bank", "the Polish central bank": the state's own central
                # bank (Central Bank of Sri Lanka, National Bank of Poland), not the state
                self.organs.setdefault((a.country, "central bank"), a.id)
            if a.kind == "government" and not a.id.startswith("phx-") and a.sector == "GOV" and any(
                    _ELECTION_BODY.search(fold(n)) for n in [a.name, *a.aliases]):
                # "the country's electoral commission", "Bolivia's electoral tribunal": the state's
                # own election body, whatever generic word the copy uses for it
                self.organs.setdefault((a.country, ELECTION_BODY_KEY), a.id)
            if a.kind in {"government", "police"} and not a.id.startswith("phx-") and any(
                    _ANTI_GRAFT.search(fold(n)) for n in [a.name, *a.aliases]):
                self.organs.setdefault((a.country, ANTI_GRAFT_KEY), a.id)

    def _index_labour(self, a: KbActor) -> None:
        if a.country and a.sector == "CVL" and not a.id.startswith("phx-") and \
                _LABOUR_FEDERATION.search(fold(a.name)):
            # a state with two curated federations has no one "main" union
            self.labour[a.country] = "" if a.country in self.labour else a.id

    @property
    def by_skeleton(self) -> dict[str, list[str]]:
        """Consonant skeleton -> actor ids, for transliteration variants (built on first use)."""
        if self._by_skeleton is None:
            index: dict[str, list[str]] = defaultdict(list)
            for a in self.actors.values():
                for name in [a.name, *a.aliases]:
                    sk = skeleton(name)
                    if len(sk.replace(" ", "")) >= 5 and a.id not in index[sk]:
                        index[sk].append(a.id)
            self._by_skeleton = index
        return self._by_skeleton

    def get(self, actor_id: str) -> KbActor | None:
        return self.actors.get(actor_id)

    def state(self, iso3: str | None) -> KbActor | None:
        a = self.actors.get(iso3 or "")
        return a if a is not None and a.kind == "state" else None

    def ruler(self, actor: Actor | None, when: str | None = None, text: str | None = None) -> Actor | None:
        """The state's de facto government when ``state_extras.yaml`` names one ruling at
        ``when`` (the Taliban for Afghanistan since 2021-08-15; an undated text is current) and
        ``text`` (when given) names the movement: "lodged a protest with Kabul, accusing the
        Taliban government" codes the state's acts as the movement's, with sector GOV, while a
        text that names only the state ("resumed trade with Afghanistan") keeps the state."""
        state = self.state(actor.id) if actor is not None else None
        gov = state.government if state is not None else None
        if not gov or (when and str(when)[:10] < str(gov.get("since") or "")):
            return None
        movement = self.actors.get(gov.get("actor") or "")
        if movement is None:
            return None
        if text is not None and not any(re.search(r"\b" + re.escape(n) + r"\b", text)
                                        for n in [movement.name, *movement.aliases] if len(n) > 3):
            return None
        return replace(movement.actor(when), country=state.id, kind="government", sector="GOV")

    def lookup(self, name: str) -> list[KbActor]:
        return [self.actors[i] for i in self.by_alias.get(fold(name), [])]

    def country_of_word(self, word: str) -> str | None:
        """ISO3 for a state name, adjective, demonym or capital ("Iraqi", "US", "Tehran")."""
        key = fold(word)
        if key in self.adjective:
            return self.adjective[key]
        for aid in self.by_alias.get(key, []):
            if self.actors[aid].kind == "state":
                return aid
        return self.metonym.get(key)

    def __len__(self) -> int:
        return len(self.actors)


# -- loading ---------------------------------------------------------------------------------

def _data_dir() -> Path:
    return Path(str(resources.files("wirecoder") / "data" / "kb"))


def _load_states(folder: Path) -> list[KbActor]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    extras = yaml.load((folder / "state_extras.yaml").read_text(encoding="utf-8"), Loader=loader) or {}
    states = []
    with open(folder / "states.tsv", encoding="utf-8") as f:
        for lineno, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            extra = extras.get(row["iso3"], {})
            aliases = [a for a in row["aliases"].split("|") if a] + list(extra.get("aliases", []))
            official = row["name"]
            name = extra.get("name", official)
            if official != name:
                aliases.insert(0, official)
            adjectives = list(extra.get("adjectives", []))
            demonyms = [row["demonym"], row["demonym"] + "s"] if row["demonym"] else []
            metonyms = list(extra.get("metonyms", []))
            if row["capital"]:
                metonyms.append(row["capital"])
            states.append(KbActor(
                id=row["iso3"], name=name, kind="state", country=row["iso3"], sector="GOV",
                aliases=aliases, adjectives=adjectives, demonyms=demonyms, metonyms=metonyms,
                government=extra.get("government"),
                iso2=row["iso2"], lat=float(row["lat"]) if row["lat"] else None, lon=float(row["lon"]) if row["lon"] else None,
                source=f"states.tsv:{lineno} ({row['source']})" + ("; state_extras.yaml" if extra else ""),
                as_of="2026-11-01",
            ))
    known = {s.id for s in states}
    for iso3, extra in extras.items():  # states the ISO list lacks (Kosovo)
        if iso3 in known or not extra.get("add"):
            continue
        states.append(KbActor(
            id=iso3, name=extra["name"], kind="state", country=iso3, sector="GOV",
            aliases=list(extra.get("aliases", [])), adjectives=list(extra.get("adjectives", [])),
            metonyms=list(extra.get("metonyms", [])), iso2=extra.get("iso2"),
            lat=extra.get("lat"), lon=extra.get("lon"), source="state_extras.yaml", as_of="2026-11-01"))
    return states


def load_actor_csv(path: Path) -> list[KbActor]:
    """Read actors from CSV: id, name, aliases ("|"-separated), kind, country, sector, and
    optionally roles/affiliations/designations (JSON lists), source, as_of, verified."""
    import json

    actors = []
    try:
        f = open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise SettingsError(f"knowledge-base file {path} does not exist") from None
    with f:
        reader = csv.DictReader(f)
        missing = {"id", "name"} - set(reader.fieldnames or [])
        if missing:
            raise SettingsError(f"{path}: CSV needs the columns {sorted(missing)}")
        for lineno, row in enumerate(reader, start=2):
            if not row.get("id") or not row.get("name"):
                raise SettingsError(f"{path}:{lineno}: actor needs `id` and `name`")
            kind = row.get("kind") or "other"
            if kind not in KINDS:
                raise SettingsError(f"{path}:{lineno}: unknown kind {kind!r}; use one of {sorted(KINDS)}")

            def js(key: str) -> list:
                raw = row.get(key) or "[]"
                try:
                    value = json.loads(raw)
                except ValueError:
                    raise SettingsError(f"{path}:{lineno}: column {key!r} is not a JSON list") from None
                return value if isinstance(value, list) else []
            actors.append(KbActor(
                id=row["id"], name=row["name"], kind=kind, country=(row.get("country") or None),
                sector=row.get("sector") or SECTOR_OF_KIND.get(kind),
                aliases=[a for a in (row.get("aliases") or "").split("|") if a],
                roles=js("roles"), affiliations=js("affiliations"), designations=js("designations"),
                source=row.get("source") or f"{path.name}:{lineno}", as_of=row.get("as_of") or None,
                verified=(row.get("verified") or "").lower() == "true"))
    return actors


def load_actor_file(path: Path) -> list[KbActor]:
    """Read a YAML list (or a CSV table) of actors: the curated file or a user's."""
    import yaml

    if path.suffix.lower() == ".csv":
        return load_actor_csv(path)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []
    except FileNotFoundError:
        raise SettingsError(f"knowledge-base file {path} does not exist") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"knowledge-base file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, list):
        raise SettingsError(f"knowledge-base file {path} must hold a list of actors")
    actors = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise SettingsError(f"{path}: actor {i} needs at least `id` and `name`")
        kind = item.get("kind") or "other"
        if kind not in KINDS:
            raise SettingsError(f"{path}: actor {item['id']!r} has unknown kind {kind!r}; use one of {sorted(KINDS)}")
        actors.append(KbActor(
            id=str(item["id"]), name=str(item["name"]), kind=kind, country=item.get("country"),
            sector=item.get("sector") or SECTOR_OF_KIND.get(kind),
            aliases=[str(a) for a in item.get("aliases") or []],
            roles=list(item.get("roles") or []), affiliations=list(item.get("affiliations") or []),
            designations=list(item.get("designations") or []),
            adjectives=[str(a) for a in item.get("adjectives") or []],
            demonyms=[str(a) for a in item.get("demonyms") or []],
            metonyms=[str(a) for a in item.get("metonyms") or []],
            iso2=item.get("iso2"), lat=item.get("lat"), lon=item.get("lon"),
            state_media=bool(item.get("state_media", False)), owner=item.get("owner"),
            source=item.get("source") or f"{path.name}, actor {i}", as_of=str(item.get("as_of") or "") or None,
            verified=bool(item.get("verified", False)),
        ))
    return actors


def kb_sources(settings: Any) -> tuple[str, ...]:
    """The user's knowledge-base files: ``kb_files``, then the ``.yaml``/``.csv`` files of
    ``kb_dir`` in name order."""
    files = [str(f) for f in settings.kb_files]
    folder = Path(settings.kb_dir) if settings.kb_dir else None
    if folder is not None and folder.is_dir():
        files += sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in {".yaml", ".yml", ".csv"})
    return tuple(files)


def packaged_files() -> list[Path]:
    """The packaged actor files in load order: the bulk Phoenix import, then the curated files
    (``actors.yaml``, then ``leaders.yaml``, the office-holders since 2019, then ``parties.yaml``,
    ruling and opposition parties), which win."""
    folder = _data_dir()
    return [folder / "phoenix_actors.csv", folder / "actors.yaml", folder / "leaders.yaml",
            folder / "parties.yaml"]


def file_stamps(files: Iterable[str]) -> tuple[tuple[int, int] | None, ...]:
    """Each file's (modification time, size): part of cache keys, so an edited file reloads."""
    out: list[tuple[int, int] | None] = []
    for f in files:
        try:
            st = Path(f).stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


#: loaded knowledge bases by file list: (the files' stamps, the KB); the 4 most recently used
_KB_CACHE: "OrderedDict[tuple[str, ...], tuple[tuple, KnowledgeBase]]" = OrderedDict()


def load_kb(extra_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The packaged knowledge base plus the user's files, cached per process: one copy per
    file list, read again when a file changed (such as review.yaml) — a stale copy is dropped,
    not kept beside the new one."""
    files = tuple(extra_files)
    stamps = file_stamps(files)
    hit = _KB_CACHE.get(files)
    if hit is not None and hit[0] == stamps:
        _KB_CACHE.move_to_end(files)
        return hit[1]
    _KB_CACHE.pop(files, None)
    kb = _build_kb(files)
    _KB_CACHE[files] = (stamps, kb)
    while len(_KB_CACHE) > 4:
        _KB_CACHE.popitem(last=False)
    return kb


def _build_kb(extra_files: tuple[str, ...]) -> KnowledgeBase:
    import hashlib

    folder = _data_dir()
    actors = _load_states(folder)
    digest = hashlib.sha256()
    files = [folder / "states.tsv", folder / "state_extras.yaml", *packaged_files(),
             *(Path(e) for e in extra_files)]
    for f in packaged_files():
        if f.exists():
            actors += load_actor_file(f)
    for extra in extra_files:
        actors += load_actor_file(Path(extra))
    for f in files:
        if f.exists():
            digest.update(f.read_bytes())
    kb = KnowledgeBase(actors, version=digest.hexdigest()[:10])
    log.info("knowledge base: %d actors, %d alias keys", len(kb), len(kb.by_alias))
    return kb


load_kb.cache_clear = _KB_CACHE.clear  # type: ignore[attr-defined]


# -- checking and profiles -------------------------------------------------------------------

@dataclass
class CheckReport:
    """What `wirecoder actors check` finds: errors fail the check, conflicts are listed."""

    actors: int
    aliases: int
    errors: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    overrides: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _is_date(value: Any) -> bool:
    from datetime import date

    parts = str(value).split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            return bool(date(int(parts[0]), 1, 1))
        if len(parts) == 2:
            return bool(date(int(parts[0]), int(parts[1]), 1))
        if len(parts) == 3:
            return bool(date(int(parts[0]), int(parts[1]), int(parts[2])))
    except ValueError:
        return False
    return False
_BODIES = {"EU", "UN", "UNSC", "AU", "ECOWAS", "OFAC", "NATO", "OAS", "GCC", "ARAB LEAGUE", "CSTO", "SCO"}


def check_kb(kb: KnowledgeBase) -> CheckReport:
    report = CheckReport(actors=len(kb.actors), aliases=sum(len(v) for v in kb.by_alias.values()))
    for a in kb.actors.values():
        where = f"{a.id} ({a.source})"
        if a.country and (len(a.country) != 3 or not a.country.isupper()):
            report.errors.append(f"{where}: country {a.country!r} is not an ISO 3166 alpha-3 code")
        for aff in a.affiliations:
            target = str(aff.get("actor") or "")
            if target not in kb.actors:
                report.errors.append(f"{where}: affiliation {aff.get('type')} -> {target!r} names no actor")
        for fact in [*a.roles, *a.affiliations, *a.designations]:
            for key in ("start", "end"):
                value = fact.get(key)
                if value not in (None, "") and not _is_date(value):
                    report.errors.append(f"{where}: {key} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            if fact.get("start") and fact.get("end") and str(fact["end"]) < str(fact["start"]):
                report.errors.append(f"{where}: ends ({fact['end']}) before it starts ({fact['start']})")
        for d in a.designations:
            by = str(d.get("by") or "")
            if by not in kb.actors and by.upper() not in _BODIES:
                report.errors.append(f"{where}: designation by {by!r}, which is neither a state code nor a known body")
    for key, ids in sorted(kb.by_alias.items()):
        kinds = {kb.actors[i].kind for i in ids}
        if len(ids) > 1 and not (kinds <= {"state"}):
            report.conflicts.append({"alias": key, "actors": [
                {"id": i, "name": kb.actors[i].name, "country": kb.actors[i].country, "source": kb.actors[i].source}
                for i in ids]})
    report.overrides = list(kb.overrides)
    return report


def designations_at(actor: KbActor, when: str) -> list[dict[str, Any]]:
    """Listings in force on ``when`` (ISO date)."""
    out = []
    for d in actor.designations:
        start, end = str(d.get("start") or ""), str(d.get("end") or "")
        if (not start or start[:len(when)] <= when) and (not end or when <= end + "-99"):
            out.append(d)
    return out


def actor_profile(kb: KnowledgeBase, actor: KbActor, when: str) -> dict[str, Any]:
    """Everything the knowledge base says about one actor, each fact with its source."""
    def name_of(ref: Any) -> str | None:
        other = kb.actors.get(str(ref))
        return other.name if other else None

    incoming = [{"type": aff.get("type"), "actor": other.id, "name": other.name,
                 "start": aff.get("start"), "end": aff.get("end"), "source": aff.get("source") or other.source}
                for other in kb.actors.values() for aff in other.affiliations if aff.get("actor") == actor.id]
    current = actor.actor(when)
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "country": current.country,
        "sector": current.sector, "aliases": list(actor.aliases),
        "role_now": actor.role_at(when), "roles": actor.roles,
        "affiliations": [{**aff, "name": name_of(aff.get("actor"))} for aff in actor.affiliations],
        "affiliated": incoming,
        "designations": actor.designations, "designated_now": designations_at(actor, when),
        "state_media": actor.state_media, "owner": actor.owner,
        "source": actor.source, "as_of": actor.as_of, "verified": actor.verified,
    }
