"""Word lists the mention stage reads from data files: agent nouns (with sector codes) and
weapons."""
from __future__ import annotations

import csv
import functools
from importlib import resources
from pathlib import Path


def _data(name: str) -> Path:
    return Path(str(resources.files("wirecoder") / "data" / name))


@functools.lru_cache(maxsize=1)
def agents() -> dict[str, tuple[str, str]]:
    """Agent noun (lower case, singular and plural) -> (sector, source)."""
    exclude = {l.strip() for l in _data("agents_exclude.txt").read_text(encoding="utf-8").splitlines()
               if l.strip() and not l.startswith("#")}
    table: dict[str, tuple[str, str]] = {}
    for name in ("agents.tsv", "agents_extra.tsv"):  # curated extras override converted terms
        with open(_data(name), encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if name == "agents.tsv" and row["term"].split()[-1] in exclude:
                    continue
                table[row["term"]] = (SECTOR_ALIASES.get(row["sector"], row["sector"]), row["source"])
    return table


#: CAMEO agent codes folded into the sectors wirecoder reports (PLOVER has no UAF)
SECTOR_ALIASES = {"UAF": "REB", "REF": "CVL", "HRI": "NGO", "AGR": "CVL", "EDU": "CVL", "LAB": "CVL",
                  "PPL": "CVL", "REL": "CVL", "ELI": "CVL", "CRM": "REB", "HLH": "CVL", "DEV": "GOV",
                  "ENV": "NGO", "MUS": "CVL", "CHR": "CVL", "JEW": "CVL", "BUD": "CVL", "HIN": "CVL",
                  # unnamed parties, politicians and candidates: the gold codes them as the
                  # opposition (README-events.md: "opposition parties are OPP"); the ruling side is
                  # named ("ruling alliance" GOV) or a knowledge-base party
                  "PTY": "OPP"}


@functools.lru_cache(maxsize=1)
def ethnic_groups() -> dict[str, str]:
    """Peoples whose homeland lies in one state, by their name as a word ("Uyghur", "Tigrayans"):
    an unnamed group of them is of that state ("Uyghur men", "Tibetan monks")."""
    out: dict[str, str] = {}
    with open(_data("ethnic_groups.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["word"].strip().lower()] = row["country"].strip()
    return out


@functools.lru_cache(maxsize=1)
def person_titles() -> tuple[tuple[str, ...], ...]:
    """Titles as lower-case token tuples, longest first."""
    lines = _data("person_titles.txt").read_text(encoding="utf-8").splitlines()
    titles = {tuple(l.strip().lower().split()) for l in lines if l.strip() and not l.startswith("#")}
    return tuple(sorted(titles, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def weapons() -> tuple[str, ...]:
    lines = _data("weapons.txt").read_text(encoding="utf-8").splitlines()
    return tuple(l.strip() for l in lines if l.strip() and not l.startswith("#"))


#: sector -> the actor kind a generic group of that sector has
KIND_OF_SECTOR = {
    "GOV": "government", "LEG": "government", "JUD": "government", "MIL": "military",
    "COP": "police", "SPY": "intelligence", "REB": "armed_group", "UAF": "armed_group",
    "INS": "armed_group", "CRM": "armed_group", "OPP": "civilians", "CVL": "civilians",
    "REF": "civilians", "LAB": "civilians", "EDU": "civilians", "AGR": "civilians",
    "MED": "media", "NGO": "ngo", "HRI": "ngo", "BUS": "business", "IGO": "igo", "PTY": "party",
}

#: sector -> a readable plural noun for generic actor names ("Iraq: police and security")
SECTOR_NAMES = {
    "GOV": "government", "LEG": "legislature", "JUD": "judiciary", "MIL": "military",
    "COP": "police and security", "SPY": "intelligence", "REB": "rebels and militias",
    "UAF": "armed men", "INS": "insurgents", "CRM": "criminals", "OPP": "protesters and opposition",
    "CVL": "civilians", "REF": "refugees", "LAB": "workers", "EDU": "academics and students",
    "AGR": "farmers", "MED": "media", "NGO": "aid and rights groups", "HRI": "rights groups",
    "BUS": "business", "IGO": "international organisations", "PTY": "party", "HLH": "health workers",
    "REL": "clergy", "ELI": "elites",
}

#: regions news uses like countries, with CAMEO's regional codes
REGIONS = {"soviet": "SUN", "western": "WST", "west": "WST", "arab": "ARB", "gulf": "GLF", "european": "EUR",
           "african": "AFR", "asian": "ASA", "middle eastern": "MEA", "latin american": "LAM"}
