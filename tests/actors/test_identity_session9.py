"""Actor identity, session 9: who unnamed groups and title-only mentions are (nationality
versus place, stances that are not nationalities, peoples, settlers, armed Islamist groups,
an army chief, national police forces, legislatures, currencies and roads)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def coded(pipeline, text: str):
    return pipeline.code([Article(id="t", text=text, content_hash="x")])[0]


def mentions(pipeline, text: str) -> dict:
    return {m.text: m for m in coded(pipeline, text).mentions}


def who(m) -> tuple:
    return m.actor.country, m.actor.sector


def test_backed_and_pro_adjectives_are_stances_not_nationalities(pipeline):
    by = mentions(pipeline, "Iranian-backed militiamen in eastern Syria shelled a base used by US troops on Sunday.")
    assert who(by["Iranian-backed militiamen"]) == ("SYR", "REB")
    by = mentions(pipeline, "Police in Chisinau detained pro-Russian activists outside the presidential palace on Monday.")
    assert by["pro-Russian activists"].actor.country == "MDA"


def test_stateless_peoples_keep_their_nation(pipeline):
    by = mentions(pipeline, "Malaysian police detained 60 Rohingya migrants who landed on a beach in Langkawi.")
    assert who(by["Rohingya migrants"]) == ("MMR", "CVL")
    by = mentions(pipeline, "Tibetan monks in Nepal were questioned by Nepalese police after a prayer gathering.")
    assert by["Tibetan monks"].actor.country == "CHN"


def test_a_state_adjective_before_a_people_is_civilians_of_that_state(pipeline):
    by = mentions(pipeline, "Iranian Kurds staged a rally in Sanandaj on Saturday against the execution of a young wrestler.")
    assert who(by["Iranian Kurds"]) == ("IRN", "CVL")
    by = mentions(pipeline, "Aid agencies delivered food to Syrian Kurds sheltering in schools in Qamishli.")
    assert who(by["Syrian Kurds"]) == ("SYR", "CVL")


def test_settlers_in_the_palestinian_territories_are_israeli(pipeline):
    by = mentions(pipeline, "Settlers burned two cars in the West Bank village of Huwara overnight, residents said.")
    assert who(by["Settlers"]) == ("ISR", "CVL")


def test_islamists_are_an_armed_group_of_the_region_they_attack(pipeline):
    by = mentions(pipeline, "Islamists raided a village in Ituri province and killed nine farmers, local officials said.")
    assert who(by["Islamists"]) == ("COD", "REB")


def test_a_capitalised_stance_word_is_not_a_name(pipeline):
    by = mentions(pipeline, "Angry Spanish farmers blocked motorways near Madrid with tractors to protest against cheap imports.")
    assert who(by["Angry Spanish farmers"]) == ("ESP", "CVL")


def test_an_army_chief_without_a_name_is_the_army(pipeline):
    by = mentions(pipeline, "Pakistan's army chief visited troops in Khyber on Sunday.")
    assert by["army chief"].actor.id == "pakistan-army"


def test_national_bodies_in_the_knowledge_base(pipeline):
    by = mentions(pipeline, "Brazil's federal police raided the offices of a mining company in Belem on Tuesday.")
    assert by["federal police"].actor.id == "brazil-federal-police"
    by = mentions(pipeline, "The US Senate approved a new ambassador to Japan on Thursday.")
    assert by["US Senate"].actor.id == "us-senate"
    by = mentions(pipeline, "China's Communist Party expelled two provincial officials for graft on Friday.")
    assert by["Communist Party"].actor.id == "chinese-communist-party"


def test_currencies_and_roads_are_not_actors(pipeline):
    a = coded(pipeline, "The government of Zimbabwe refused to pay nurses in US dollars, their union said.")
    assert all(e.source is None or e.source.country != "USA" for e in a.events)
    by = mentions(pipeline, "Truckers blocked the Trans-Canada Highway near Winnipeg for six hours on Monday.")
    assert by["Trans-Canada Highway"].actor is None if "Trans-Canada Highway" in by else True


def test_crowds_against_a_named_president_or_pro_european_stay_opposition(pipeline):
    a = coded(pipeline, "Demonstrators chanting slogans against President Nicolas Maduro marched through Caracas on Sunday.")
    assert any(e.type == "PROTEST" and e.source is not None and e.source.sector == "OPP" for e in a.events)
    a = coded(pipeline, "Georgian riot police fired water cannon at pro-European protesters outside parliament in Tbilisi.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.sector == "OPP" for e in a.events)


def test_a_bare_legislature_takes_the_country_of_its_sentence(pipeline):
    by = mentions(pipeline, "The Senate voted on Wednesday to block arms sales to Saudi Arabia, lawmakers in Washington said.")
    assert by["Senate"].actor.id == "us-senate"


def test_a_counted_crowd_protesting_against_the_state_is_the_opposition(pipeline):
    a = coded(pipeline, "Thousands demonstrated in Lome on Saturday against the government's crackdown on the press.")
    assert any(e.type == "PROTEST" and e.source is not None and e.source.sector == "OPP" for e in a.events)


def test_ministries_by_their_own_titles(pipeline):
    by = mentions(pipeline, "The Lebanese health ministry accused Israel of targeting ambulances in the south.")
    assert by["Lebanese health ministry"].actor.name == "Ministry of Public Health"
    by = mentions(pipeline, "The Ministry of Foreign Affairs in Moscow summoned the British ambassador over the sanctions.")
    assert by["Ministry of Foreign Affairs"].actor.id == "russia-foreign-ministry"


def test_unnamed_politicians_and_candidates_are_the_opposition(pipeline):
    by = mentions(pipeline, "Police in Harare detained a former presidential candidate at his home on Monday.")
    assert who(by["former presidential candidate"]) == ("ZWE", "OPP")


def test_uyghurs_abroad_are_of_where_they_live_and_others_of_china(pipeline):
    by = mentions(pipeline, "Kazakh police detained 12 Uyghur traders at a market near Almaty on Friday.")
    assert by["Uyghur traders"].actor.country == "CHN"
    by = mentions(pipeline, "Uyghur students in Germany rallied outside the Chinese embassy in Berlin on Saturday.")
    assert by["Uyghur students"].actor.country == "DEU"


def test_iraqi_kurdish_authorities_are_the_regional_government(pipeline):
    by = mentions(pipeline, "The Iraqi Kurdish government signed an oil export deal with Baghdad on Monday.")
    assert by["Iraqi Kurdish government"].actor.id == "kurdistan-regional-government"


def test_a_union_of_workers_named_by_a_possessive_is_civilians(pipeline):
    a = coded(pipeline, "The teachers' union in Ghana threatened to strike unless the government paid salary arrears.")
    assert any(e.type == "THREATEN" and e.source is not None and (e.source.country, e.source.sector) == ("GHA", "CVL")
               for e in a.events)
