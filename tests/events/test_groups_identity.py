"""Who an unnamed participant is (session 9, h-groups): people marked by a nationality and a
noun of their own (crew members, nationals, agents), civilian craft and owned things, suicide
bombers, and people in a protest (the protesters told before, or the opposition amid protests).
Every sentence here is written for the test, not taken from a gold file."""
from __future__ import annotations

from wirecoder.records import Article


def coded(pipeline, text: str) -> Article:
    [a] = pipeline.code([Article(id="t", text=text, published=None, content_hash="x")])
    return a


def roles(a: Article, type_: str, role: str) -> set[tuple[str | None, str | None]]:
    return {(getattr(e, role).country, getattr(e, role).sector) for e in a.events
            if e.type == type_ and getattr(e, role) is not None}


def test_nationality_on_crew_members_and_nationals_is_civilians_of_that_country(pipeline):
    a = coded(pipeline, "Indonesian authorities detained five Filipino crew members of a cargo vessel off Sulawesi on Monday.")
    assert roles(a, "COERCE", "target") == {("PHL", "CVL")}
    a = coded(pipeline, "Latvian prosecutors charged a Russian national with smuggling cigarettes across the border near Daugavpils.")
    assert roles(a, "ACCUSE", "target") == {("RUS", "CVL")}


def test_a_nationality_agent_is_intelligence_and_immigration_agents_are_police(pipeline):
    a = coded(pipeline, "Lithuanian police arrested a Belarusian agent who had photographed army bases near Vilnius, prosecutors said.")
    assert roles(a, "COERCE", "target") == {("BLR", "SPY")}
    a = coded(pipeline, "US immigration agents detained 12 Honduran workers at a construction site in Houston on Tuesday.")
    assert roles(a, "COERCE", "source") == {("USA", "COP")}
    assert roles(a, "COERCE", "target") == {("HND", "CVL")}


def test_a_nerve_agent_is_no_actor(pipeline):
    a = coded(pipeline, "Inspectors said the shells found near the front contained a nerve agent and other chemical agents.")
    assert not any(m.label == "GROUP" and "agent" in m.text for m in a.mentions)


def test_a_nationality_on_a_civilian_craft_codes_its_people_not_the_state(pipeline):
    a = coded(pipeline, "A Chinese warship detained a Vietnamese cargo ship near the Spratly Islands on Sunday, Hanoi said.")
    assert roles(a, "COERCE", "target") == {("VNM", "BUS")}
    a = coded(pipeline, "South Korean coast guard officers boarded a Japanese tourist boat near Dokdo on Friday, Tokyo said.")
    assert roles(a, "COERCE", "target") == {("JPN", "CVL")}
    # a warship keeps the state
    a = coded(pipeline, "Ukrainian sea drones damaged a Russian landing ship near Sevastopol on Sunday, Kyiv said.")
    assert ("RUS", "GOV") in roles(a, "ASSAULT", "target")


def test_an_owned_or_operated_thing_is_business_of_that_country(pipeline):
    a = coded(pipeline, "Armed men seized a Danish-operated oil tanker off the coast of Nigeria on Sunday, the operator said.")
    assert {e.target.country for e in a.events if e.target is not None} == {"DNK"}
    assert all(e.target.sector == "BUS" for e in a.events if e.target is not None)
    a = coded(pipeline, "Houthi fighters fired a missile at a Norwegian-owned tanker in the Red Sea on Tuesday.")
    assert roles(a, "ASSAULT", "target") == {("NOR", "BUS")}


def test_a_suicide_bomber_is_an_armed_man_not_a_warplane(pipeline):
    a = coded(pipeline, "A suicide bomber attacked a police convoy in Quetta on Monday, killing six officers, officials said.")
    assert roles(a, "ASSAULT", "source") == {("PAK", "REB")}


def test_fire_on_protesters_killing_people_is_aimed_at_the_protesters(pipeline):
    a = coded(pipeline, "Police in Lagos opened fire on protesters demanding the governor's resignation, killing two people, witnesses said.")
    assert roles(a, "ASSAULT", "target") == {("NGA", "OPP")}


def test_people_arrested_after_tear_gas_at_opposition_supporters_are_the_supporters(pipeline):
    a = coded(pipeline, "Ugandan police fired tear gas at opposition supporters gathering in Kampala and arrested 20 people on Monday.")
    assert roles(a, "ASSAULT", "source") == {("UGA", "COP")}
    assert roles(a, "ASSAULT", "target") == {("UGA", "OPP")}
    assert roles(a, "COERCE", "source") == {("UGA", "COP")}
    assert roles(a, "COERCE", "target") == {("UGA", "OPP")}


def test_people_detained_amid_protests_are_the_opposition(pipeline):
    a = coded(pipeline, "Armenian police detained 40 people in Yerevan overnight amid protests against the prime minister.")
    assert roles(a, "COERCE", "target") == {("ARM", "OPP")}
    # with no protest, people stay civilians
    a = coded(pipeline, "Armenian police detained 40 people in Yerevan overnight in a raid on an illegal casino.")
    assert roles(a, "COERCE", "target") == {("ARM", "CVL")}


def test_student_protesters_are_students(pipeline):
    a = coded(pipeline, "Riot police in Nairobi fired tear gas at student protesters and arrested dozens of people on Thursday.")
    assert roles(a, "COERCE", "target") == {("KEN", "CVL")}


def test_the_crew_of_a_civilian_craft_are_civilians_of_its_country(pipeline):
    a = coded(pipeline, "Pirates hijacked a Danish-operated bulk carrier off Somalia and took its 20 crew members hostage.")
    assert ("DNK", "CVL") in roles(a, "ASSAULT", "target") | roles(a, "COERCE", "target")
    assert not any(m.label == "GROUP" and "crew" in m.text and m.actor is not None and m.actor.country == "SOM"
                   for m in a.mentions)


def test_set_fire_to_an_owned_thing_hits_its_owners(pipeline):
    a = coded(pipeline, "Rioters set fire to a Turkish-owned supermarket on the outskirts of Niamey on Sunday night.")
    assert ("TUR", "BUS") in roles(a, "ASSAULT", "target") | roles(a, "PROTEST", "target")


def test_agents_enforcing_a_law_are_police(pipeline):
    a = coded(pipeline, "Anti-narcotics agents raided the offices of a shipping firm in Guayaquil and seized its records.")
    assert ("ECU", "COP") in roles(a, "COERCE", "source")


def test_a_ship_operated_by_a_charity_is_the_charity(pipeline):
    a = coded(pipeline, "Italian authorities seized a rescue ship operated by a German charity in the port of Bari on Monday.")
    assert ("DEU", "NGO") in roles(a, "COERCE", "target")


def test_a_descriptor_before_a_named_force_is_not_a_second_subject(pipeline):
    a = coded(pipeline, "Myanmar's paramilitary Border Guard Force shelled a village near Myawaddy, killing four villagers, residents said.")
    sources = [e.source for e in a.events if e.type == "ASSAULT"]
    assert sources and all(s is not None and s.name == "Border Guard Force" for s in sources)


def test_people_of_a_region_are_of_the_country_where_it_happens(pipeline):
    a = coded(pipeline, "Libyan police detained dozens of sub-Saharan African migrants in Tripoli on Tuesday.")
    assert roles(a, "COERCE", "target") == {("LBY", "CVL")}


def test_a_civilian_craft_of_no_stated_country_is_business(pipeline):
    a = coded(pipeline, "Iranian commandos seized an oil tanker in the Strait of Hormuz on Friday, state television said.")
    assert roles(a, "COERCE", "target") == {(None, "BUS")}

