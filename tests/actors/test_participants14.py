"""The less common participants (session 12, h-actors14): a state's election body, top court and
anti-corruption agency named by a description, the ruling party, an officer of a named party,
and the knowledge-base facts added for election bodies, courts, rights groups, unions, armed
groups, missions and state firms. Every sentence here is written for the test (none is a gold
sentence)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline

from ..events.coding import events, where


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


@pytest.mark.parametrize("text, type_, role, expected", [
    ("Opposition lawmakers accused Zambia's electoral commission of bias after the vote in Lusaka.", "ACCUSE",
     "target", "zambia-electoral-commission"),
    ("In Lilongwe, the opposition accused the country's electoral commission of rigging the tally.", "ACCUSE",
     "target", "malawi-electoral-commission"),
    ("The European Union urged Bolivia's electoral tribunal to release the full count without delay.", "REQUEST",
     "target", "bolivia-electoral-tribunal"),
    ("Iraq's election commission barred dozens of candidates from the vote in Baghdad.", "COERCE",
     "source", "iraq-electoral-commission"),
])
def test_a_states_election_body_by_a_description(pipeline, text, type_, role, expected):
    found = events(pipeline, text, type_)
    assert any(getattr(e, role) is not None and getattr(e, role).id == expected for e in found)


def test_a_generic_election_commission_is_the_local_one_not_another_states(pipeline):
    found = events(pipeline, "Protesters in Dhaka marched on the election commission on Monday to demand a recount.",
                   "PROTEST")
    assert found and all(e.target is None or e.target.country == "BGD" for e in found)


def test_a_states_electoral_authority_stays_vague(pipeline):
    [e] = events(pipeline, "Venezuela's electoral authority barred an opposition candidate from the ballot.", "COERCE")
    assert e.source is not None and e.source.country == "VEN"


@pytest.mark.parametrize("text, type_, expected", [
    ("Uganda's top court dismissed an appeal by the opposition against the election result.", "REJECT",
     "uganda-supreme-court"),
    ("Kenya's highest court rejected a petition by opposition politicians on Thursday.", "REJECT",
     "kenya-supreme-court"),
])
def test_a_states_top_court_is_its_supreme_court(pipeline, text, type_, expected):
    found = events(pipeline, text, type_)
    assert any(e.source is not None and e.source.id == expected for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Nigeria's anti-graft agency arrested a former state governor in Abuja on Tuesday.", "nigeria-efcc"),
    ("Indonesia's anti-graft agency arrested a provincial governor in Jakarta on bribery charges.", "indonesia-kpk"),
])
def test_a_states_anti_graft_agency_is_the_named_agency(pipeline, text, expected):
    found = events(pipeline, text, "COERCE")
    assert any(e.source is not None and e.source.id == expected for e in found)


def test_the_ruling_party_is_the_countrys_governing_party_not_the_accuser(pipeline):
    [e] = events(pipeline, "Tanzania's Chadema accused the ruling party of stuffing ballot boxes in Arusha.", "ACCUSE")
    assert e.target is not None and e.target.id == "chama-cha-mapinduzi"


def test_a_ruling_party_of_a_coalition_is_the_countrys_government(pipeline):
    [e] = events(pipeline, "Opposition leaders in Pretoria accused the ruling party of corruption on Monday.", "ACCUSE")
    assert where(e.target) == ("ZAF", "GOV")


def test_an_officer_of_a_named_party_is_of_its_country_and_sector(pipeline):
    from wirecoder.actors.mentions import MentionStage
    from wirecoder.nlp import load_model
    from wirecoder.settings import Settings
    settings = Settings()
    doc = load_model(settings.model)("Police questioned Chadema chairman Amani Mwakyusa for six hours in Mbeya.")
    [m] = [m for m in MentionStage(settings).extract(doc, None) if m.text == "Amani Mwakyusa"]
    assert where(m.actor) == ("TZA", "OPP")


@pytest.mark.parametrize("text, type_, role, expected", [
    ("The Human Rights Commission of Pakistan condemned the arrest of a journalist in Lahore.", "ACCUSE", "source",
     "human-rights-commission-of-pakistan"),
    ("Police in Johannesburg fired rubber bullets at members of COSATU marching against job losses.", "ASSAULT",
     "target", "cosatu"),
    ("Government troops clashed with SPLM-IO fighters near Malakal on Sunday.", "ASSAULT", "target", "splm-io"),
    ("Brazilian police killed dozens of Comando Vermelho gang members in a raid in Rio de Janeiro.", "ASSAULT", "target",
     "comando-vermelho"),
])
def test_knowledge_base_participants(pipeline, text, type_, role, expected):
    found = events(pipeline, text, type_)
    assert any(getattr(e, role) is not None and getattr(e, role).id == expected for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of miners marched on Codelco's headquarters in Santiago to demand a bonus.", "codelco"),
    ("Opposition supporters threw stones outside the Electoral Commission of Zambia's offices in Lusaka.",
     "zambia-electoral-commission"),
])
def test_a_protest_at_premises_is_aimed_at_their_owner(pipeline, text, expected):
    found = events(pipeline, text, "PROTEST")
    assert any(e.target is not None and e.target.id == expected for e in found)


@pytest.mark.parametrize("text, type_, role, expected", [
    ("The UN mission in Afghanistan criticised the Taliban's ban on women working for aid groups.", "ACCUSE",
     "source", "unama"),
    ("Gunmen ambushed a patrol of the UN peacekeeping mission in South Sudan near Bor.", "ASSAULT", "target",
     "unmiss"),
])
def test_the_un_mission_in_a_country_is_that_mission(pipeline, text, type_, role, expected):
    found = events(pipeline, text, type_)
    assert any(getattr(e, role) is not None and getattr(e, role).id == expected for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Zimbabwe's main labour union staged a stay-away in Harare against the new fuel levy.", "zctu"),
    ("Thousands of members of South Africa's biggest union federation marched in Cape Town against job cuts.",
     "cosatu"),
])
def test_a_states_main_union_is_its_union_federation(pipeline, text, expected):
    found = events(pipeline, text, "PROTEST")
    assert any(e.source is not None and e.source.id == expected for e in found)


def test_a_union_of_a_state_without_a_curated_federation_stays_unnamed(pipeline):
    found = events(pipeline, "Kenya's main labour union staged a strike in Nairobi over new payroll taxes.", "PROTEST")
    assert found and all(where(e.source) == ("KEN", "CVL") for e in found)


def test_a_union_of_nationals_is_of_their_country(pipeline):
    [e] = events(pipeline, "Bangladeshi dock workers' unions said they would meet shipping firms on Thursday.", "AGREE")
    assert where(e.source) == ("BGD", "CVL")


def test_activists_of_a_named_party_are_the_party(pipeline):
    found = events(pipeline, "Police in Mwanza detained four activists of Chadema on Saturday.", "COERCE")
    assert any(e.target is not None and e.target.id == "chadema" for e in found)
