"""The knowledge base: loading, checking, import with conflicts, profiles."""
from __future__ import annotations

import json
import time

from wirecoder.actors.kb import KbActor, KnowledgeBase, check_kb, load_kb

from ..conftest import jsonl


def test_packaged_kb_loads_fast_and_passes_check():
    load_kb.cache_clear()
    t0 = time.perf_counter()
    kb = load_kb(())
    elapsed = time.perf_counter() - t0
    report = check_kb(kb)
    assert report.ok, report.errors[:5]
    assert report.actors >= 700 and elapsed < 10  # timing is a sanity bound, measured in bench/
    for iso in ("USA", "RUS", "IRN", "XKX", "COD"):
        assert kb.state(iso) is not None
    assert kb.country_of_word("Iraqi") == "IRQ" and kb.country_of_word("Kremlin") == "RUS"


def test_check_finds_dangling_references_bad_dates_and_shared_aliases():
    kb = KnowledgeBase([
        KbActor("a", "Alpha Brigade", "armed_group", "IRQ", "REB", aliases=["AB"],
                affiliations=[{"type": "backed_by", "actor": "nobody"}],
                designations=[{"by": "USA", "list": "FTO", "start": "2020-13-45"}]),
        KbActor("b", "Alpha Battalion", "armed_group", "SYR", "REB", aliases=["AB"]),
        KbActor("USA", "United States", "state", "USA", "GOV"),
    ])
    report = check_kb(kb)
    assert not report.ok
    assert any("names no actor" in e for e in report.errors)
    assert any("is not a date" in e for e in report.errors)
    [conflict] = [c for c in report.conflicts if c["alias"] == "ab"]
    assert {a["id"] for a in conflict["actors"]} == {"a", "b"}


def test_import_adds_and_overrides_and_reports_conflicts(run, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "- id: local-militia-x\n  name: Brigade of the Northern Hills\n  aliases: [BNH, Hezbollah]\n"
        "  kind: armed_group\n  country: IRQ\n  source: my field notes\n  as_of: '2026-10-01'\n"
        "- id: kataib-hezbollah\n  name: Kata'ib Hezbollah\n  aliases: [Kataib Hezbollah, KH]\n"
        "  kind: armed_group\n  country: IRQ\n  sector: REB\n  source: my override\n", encoding="utf-8")
    result = run("actors", "import", mine)
    assert result.exit_code == 0, result.stderr
    assert "override: kataib-hezbollah" in result.stdout
    assert "conflict: alias 'Hezbollah' of local-militia-x already names hezbollah" in result.stdout
    assert (tmp_path / "wirecoder-kb" / "mine.yaml").exists()
    profile = json.loads(run("actor", "Brigade of the Northern Hills", "--format", "json").stdout)
    assert profile["id"] == "local-militia-x" and profile["source"] == "my field notes"
    listed = jsonl(run("actors", "--country", "IRQ", "--format", "jsonl").stdout)
    assert any(a["id"] == "local-militia-x" for a in listed)
    load_kb.cache_clear()


def test_actor_profiles(run, tmp_path):
    kh = json.loads(run("actor", "Kataib Hezbollah", "--format", "json").stdout)
    assert kh["country"] == "IRQ" and kh["kind"] == "armed_group"
    assert any(a["type"] == "backed_by" for a in kh["affiliations"])
    assert any(a["type"] == "part_of" for a in kh["affiliations"])
    assert kh["designations"] and all(d.get("start") for d in kh["designations"])
    lavrov = json.loads(run("actor", "Lavrov", "--format", "json").stdout)
    assert lavrov["role_now"]["start"].startswith("2004") and lavrov["country"] == "RUS"
    taliban = json.loads(run("actor", "Taliban", "--date", "2010-01-01", "--format", "json").stdout)
    assert any(d["by"] == "RUS" for d in taliban["designated_now"])
    taliban_now = json.loads(run("actor", "Taliban", "--date", "2026-01-01", "--format", "json").stdout)
    assert not any(d["by"] == "RUS" for d in taliban_now["designated_now"])
    missing = run("actor", "Nobody At All")
    assert missing.exit_code == 1 and "no actor 'Nobody At All'" in missing.stderr


def test_actors_check_command(run):
    result = run("actors", "check", "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["ok"] is True and data["actors"] >= 700


def test_readme_states_the_curated_actor_count() -> None:
    """README.md says how many curated actors `actors.yaml` holds; the number must stay true."""
    import re
    from pathlib import Path

    from wirecoder.actors.kb import _data_dir, load_actor_file

    root = Path(__file__).resolve().parents[2]
    stated = re.search(r"(\d[\d,]*) curated actors \(`actors\.yaml`\)", (root / "README.md").read_text())
    assert stated, "README.md no longer states the curated actor count"
    actual = len(load_actor_file(_data_dir() / "actors.yaml"))
    assert int(stated.group(1).replace(",", "")) == actual


def test_packaged_leaders_resolve_with_country_and_sector_at_the_date() -> None:
    """leaders.yaml: office-holders since 2019 that the 2019 dictionaries lack or know only
    before their office, each coded by the role held at the article date."""
    from wirecoder.actors.resolve import ArticleContext, Resolver

    kb = load_kb(())
    resolver = Resolver(kb)

    def coded(name: str, when: str) -> tuple:
        actor = resolver.person(name, ArticleContext(published=when)).actor
        return actor.id, actor.country, actor.sector

    assert coded("Irakli Kobakhidze", "2025-05-01") == ("irakli-kobakhidze", "GEO", "GOV")
    assert coded("Kobakhidze", "2025-05-01") == ("irakli-kobakhidze", "GEO", "GOV")
    assert coded("To Lam", "2025-03-01") == ("to-lam", "VNM", "GOV")
    assert coded("Sanae Takaichi", "2025-11-20") == ("sanae-takaichi", "JPN", "GOV")
    assert coded("Boris Pistorius", "2024-01-01")[1:] == ("DEU", "MIL")  # actors.yaml still answers
    assert coded("Richard Marles", "2024-01-01") == ("richard-marles", "AUS", "MIL")
    # an IGO office has no country; the same person in a national office has one
    assert coded("Jens Stoltenberg", "2022-06-01") == ("jens-stoltenberg", None, "IGO")
    assert coded("Jens Stoltenberg", "2025-06-01") == ("jens-stoltenberg", "NOR", "GOV")
    assert coded("Volker Türk", "2024-02-01") == ("volker-turk", None, "IGO")
    # the curated entry replaces the 2019 dictionary's for the same person
    assert not [a for a in kb.lookup("Viktor Orban") if a.id.startswith("phx-")]


def test_readme_states_the_leaders_count() -> None:
    import re
    from pathlib import Path

    from wirecoder.actors.kb import _data_dir, load_actor_file, packaged_files

    assert _data_dir() / "leaders.yaml" in packaged_files()
    root = Path(__file__).resolve().parents[2]
    stated = re.search(r"(\d[\d,]*) office-holders since 2019 \(`leaders\.yaml`\)", (root / "README.md").read_text())
    assert stated, "README.md no longer states how many persons leaders.yaml holds"
    assert int(stated.group(1).replace(",", "")) == len(load_actor_file(_data_dir() / "leaders.yaml"))


def test_leaders_in_running_text() -> None:
    """Through the pipeline: a leader the 2019 dictionaries lack gets their state and sector."""
    from wirecoder.pipeline import Pipeline
    from wirecoder.records import Article
    from wirecoder.settings import Settings

    text = ("Georgian Prime Minister Irakli Kobakhidze met Vietnam's To Lam in Hanoi on Tuesday, "
            "and Kobakhidze later spoke with Sanae Takaichi by phone.")
    [article] = Pipeline(Settings()).code([Article(id="t", text=text, content_hash="x", published="2025-11-25")])
    coded = {m.text: (m.actor.id, m.actor.country, m.actor.sector) for m in article.mentions if m.actor}
    assert coded["Irakli Kobakhidze"] == ("irakli-kobakhidze", "GEO", "GOV")
    assert coded["Kobakhidze"] == ("irakli-kobakhidze", "GEO", "GOV")
    assert coded["To Lam"] == ("to-lam", "VNM", "GOV")
    assert coded["Sanae Takaichi"] == ("sanae-takaichi", "JPN", "GOV")


def test_packaged_parties_resolve_with_country_and_sector() -> None:
    """parties.yaml: ruling parties are GOV and opposition parties OPP, each of its state,
    by name, native name or acronym."""
    from wirecoder.actors.resolve import ArticleContext, Resolver

    resolver = Resolver(load_kb(()))

    def coded(name: str) -> tuple:
        actor = resolver.org(name, ArticleContext(published="2026-11-20")).actor
        return actor.id, actor.country, actor.sector

    assert coded("Chadema") == ("chadema", "TZA", "OPP")
    assert coded("CCM") == ("chama-cha-mapinduzi", "TZA", "GOV")
    assert coded("Tehreek-e-Labbaik Pakistan") == ("tehreek-e-labbaik-pakistan", "PAK", "OPP")
    assert coded("TLP") == ("tehreek-e-labbaik-pakistan", "PAK", "OPP")
    assert coded("United National Movement") == ("united-national-movement", "GEO", "OPP")
    assert coded("National Unity Platform") == ("national-unity-platform", "UGA", "OPP")
    assert coded("AKP") == ("justice-and-development-party", "TUR", "GOV")
    assert coded("Bharatiya Janata Party") == ("bharatiya-janata-party", "IND", "GOV")
    assert coded("Ennahda") == ("ennahda", "TUN", "OPP")
    # actors.yaml keeps its own parties: the Serbian Progressive Party is not repeated
    assert coded("SNS") == ("serbian-progressive-party", "SRB", "GOV")
    # the 2019 dictionary's armed-group rows for the same movements are replaced
    assert coded("PUK") == ("patriotic-union-of-kurdistan", "IRQ", "GOV")


def test_readme_states_the_parties_count() -> None:
    import re
    from pathlib import Path

    from wirecoder.actors.kb import _data_dir, load_actor_file, packaged_files

    assert _data_dir() / "parties.yaml" in packaged_files()
    root = Path(__file__).resolve().parents[2]
    stated = re.search(r"(\d[\d,]*) political parties \(`parties\.yaml`\)", (root / "README.md").read_text())
    assert stated, "README.md no longer states how many parties parties.yaml holds"
    parties = load_actor_file(_data_dir() / "parties.yaml")
    assert int(stated.group(1).replace(",", "")) == len(parties)
    assert {a.kind for a in parties} == {"party"} and {a.sector for a in parties} == {"GOV", "OPP"}
