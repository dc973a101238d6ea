"""Actor identity of state institutions and force branches (session 10, h-actors12): named
institutions of the knowledge base (election bodies, courts and prosecutors, law-enforcement
agencies, central banks, intelligence services, state companies and news agencies, legislatures
by their own names), the sector of a new institution guessed from its name, and the generic force
branches coded by the conventions of tests/gold/README-events.md with the country of their
adjective or possessive. Every sentence here is written for the test (none is a gold sentence)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Article

from ..events.coding import code, where


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def actor_of(pipeline, text: str, mention: str):
    """The actor of the mention whose text is ``mention`` in the coded ``text``."""
    found = [m for m in pipeline.code([Article(id="t", text=text, content_hash="x")])[0].mentions
             if m.actor is not None and m.actor.kind != "state" and (m.text in mention or mention in m.text)]
    assert found, f"no mention {mention!r} in {text!r}"
    return max(found, key=lambda m: len(m.text)).actor


@pytest.mark.parametrize("text, mention, expected", [
    ("The Reserve Bank of India warned lenders on Tuesday about rising defaults.", "The Reserve Bank of India",
     "reserve-bank-of-india"),
    ("Officers of the Economic and Financial Crimes Commission questioned a senator in Abuja.",
     "the Economic and Financial Crimes Commission", "nigeria-efcc"),
    ("Lawyers said the Central Bureau of Investigation had questioned the minister twice.",
     "the Central Bureau of Investigation", "india-cbi"),
    ("A spokesman for the Carabinieri said the raids continued overnight near Naples.", "the Carabinieri",
     "carabinieri"),
    ("Officers of the Guardia Civil patrolled the beach near Ceuta after the crossings.", "the Guardia Civil",
     "spain-civil-guard"),
    ("Rosgvardia troops guarded the polling stations in Belgorod on Sunday.", "Rosgvardia", "rosgvardia"),
    ("Analysts said Sonatrach would need new partners to raise output by 2030.", "Sonatrach", "sonatrach"),
    ("Ukrenergo ordered rolling blackouts across Kyiv after the overnight strikes.", "Ukrenergo", "ukrenergo"),
    ("A report by Yonhap said the talks in Panmunjom had been postponed.", "Yonhap", "yonhap"),
    ("Members of the Knesset debated the budget late into the night.", "the Knesset", "knesset"),
    ("The Sejm debated a new defence budget on Friday.", "The Sejm", "sejm"),
])
def test_named_institutions_resolve_to_the_curated_entry(pipeline, text, mention, expected):
    actor = actor_of(pipeline, text, mention)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize("text, mention, expected", [
    # an institution the knowledge base names per country, found through the possessive
    ("Pakistan's National Assembly debated the budget for a third day.", "Pakistan's National Assembly",
     ("PAK", "LEG")),
    ("Britain's MI5 opened an inquiry into the leak on Monday.", "MI5", ("GBR", "SPY")),
    ("China's Ministry of State Security published a warning about foreign consultants.",
     "Ministry of State Security", ("CHN", "SPY")),
])
def test_institutions_of_a_state_keep_that_state(pipeline, text, mention, expected):
    organs = [m.actor for m in pipeline.code([Article(id="t", text=text, content_hash="x")])[0].mentions
              if m.actor is not None and m.actor.kind != "state" and m.text in mention]
    assert organs and where(organs[0]) == expected and not organs[0].id.startswith(("new:", "generic:"))


@pytest.mark.parametrize("text, mention, sector", [
    # a new institution's sector guessed from its name (none of these is in the knowledge base)
    ("The Central Bank of Kenya raised its benchmark rate on Tuesday.", "The Central Bank of Kenya", "GOV"),
    ("The Directorate of Criminal Investigations summoned two governors in Nairobi.",
     "The Directorate of Criminal Investigations", "COP"),
    ("The Directorate General of Military Intelligence briefed lawmakers in Islamabad.",
     "The Directorate General of Military Intelligence", "SPY"),
])
def test_new_institutions_take_their_sector_from_the_name(pipeline, text, mention, sector):
    actor = actor_of(pipeline, text, mention)
    assert actor is not None and actor.sector == sector


@pytest.mark.parametrize("text, source", [
    # force branches by the README-events conventions, with the country of the adjective
    ("Chilean military police detained 12 students outside a school in Santiago.", ("CHL", "COP")),
    ("Moroccan customs officers arrested a Spanish lorry driver at the Tanger Med port.", ("MAR", "COP")),
    ("Peruvian prison guards beat inmates during a riot in Lima, a rights group said.", ("PER", "COP")),
    ("Nicaraguan national guardsmen arrested three student leaders in Leon on Friday.", ("NIC", "MIL")),
    ("Israeli air defences shot down a drone launched from Yemen, the military said.", ("ISR", "MIL")),
    ("Algerian border guards detained 30 migrants near the Moroccan frontier.", ("DZA", "MIL")),
    ("Bolivian riot police arrested dozens of miners blocking a highway near Oruro.", ("BOL", "COP")),
    ("Gabon's presidential guard arrested two officers accused of plotting a coup.", ("GAB", "MIL")),
])
def test_force_branches_take_their_sector_and_country(pipeline, text, source):
    coded = [e for e in code(pipeline, text).events if e.source is not None]
    assert coded and where(coded[0].source) == source


@pytest.mark.parametrize("text, source", [
    # a branch whose state the knowledge base names a force for is that force
    ("Ukrainian border guards arrested two men trying to swim across the Tisza river.",
     "ukraine-border-guard-service"),
    ("French gendarmes arrested a smuggler near the Italian border on Sunday.", "france-national-gendarmerie"),
    ("Chinese coast guard officers detained three Vietnamese fishermen near the Paracel Islands.",
     "china-coast-guard"),
    ("Iraqi counterterrorism forces killed two Islamic State commanders in a raid near Mosul.",
     "iraqi-counter-terrorism-service"),
])
def test_force_branches_of_a_state_with_a_named_force_are_that_force(pipeline, text, source):
    coded = [e for e in code(pipeline, text).events if e.source is not None]
    assert coded and coded[0].source.id == source


def test_a_branch_of_a_state_without_a_named_force_stays_an_unnamed_group(pipeline):
    coded = [e for e in code(pipeline, "Russian border guards detained a Finnish hiker near the frontier.").events
             if e.source is not None]
    assert coded and coded[0].source.id.startswith("generic:") and where(coded[0].source) == ("RUS", "MIL")


def test_someone_trying_to_cross_into_a_country_is_not_of_that_country(pipeline):
    # the destination of a participle describing the group ("a man trying to cross into
    # Austria") is where he was going, not his country: he is of the country the sentence is set in
    coded = [e for e in code(pipeline, "Hungary's police detained a man trying to cross into Austria with forged "
                                       "papers.").events if e.target is not None]
    assert coded and where(coded[0].target) == ("HUN", "CVL")


@pytest.mark.parametrize("text, target", [
    ("Kenyan police arrested a union leader at a rally in Mombasa on Monday.", ("KEN", "CVL")),
    ("Nigerian police detained a labour leader in Lagos before the strike.", ("NGA", "CVL")),
])
def test_union_leaders_are_civilians_not_the_government(pipeline, text, target):
    coded = [e for e in code(pipeline, text).events if e.target is not None]
    assert coded and where(coded[0].target) == target
