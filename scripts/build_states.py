"""Build src/wirecoder/data/kb/states.tsv from pycountry (ISO 3166) and countryinfo.

Run once when either package changes; the TSV is committed so wirecoder needs neither at
run time:  python scripts/build_states.py  (after pip install pycountry countryinfo)
"""
from __future__ import annotations

import csv
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

OUT = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "data" / "kb" / "states.tsv"


def main() -> None:
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        try:
            info = CountryInfo(c.alpha_3).info()
        except (ValueError, KeyError):
            info = {}
        name = getattr(c, "common_name", None) or c.name
        aliases: list[str] = []
        candidates = [c.name, getattr(c, "official_name", None), info.get("name")]
        candidates += list(info.get("altSpellings") or [])
        for n in candidates:
            # English spellings only (ASCII), no two-letter codes, no duplicates
            if n and n != name and n not in aliases and n.isascii() and len(n) > 2 \
                    and (n != c.alpha_3 or n == "USA"):
                aliases.append(n)
        capital_ll = info.get("capital_latlng") or [None, None]
        latlng = info.get("latlng") or [None, None]
        rows.append({
            "iso3": c.alpha_3,
            "iso2": c.alpha_2,
            "name": name,
            "aliases": "|".join(aliases),
            "demonym": info.get("demonym") or "",
            "capital": info.get("capital") or "",
            "capital_lat": capital_ll[0] if len(capital_ll) > 1 else "",
            "capital_lon": capital_ll[1] if len(capital_ll) > 1 else "",
            "lat": latlng[0] if len(latlng) > 1 else "",
            "lon": latlng[1] if len(latlng) > 1 else "",
            "region": info.get("region") or "",
            "source": f"pycountry {version('pycountry')} (ISO 3166-1); countryinfo {version('countryinfo')}",
        })
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} states to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
