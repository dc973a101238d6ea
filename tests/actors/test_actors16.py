"""Titles, short names and branches (session 16, h-act16): the head of a state's armed forces
named by a post ("Israel's military chief", "Ukraine's top commander", "the army chief" under a
dateline) is that force; a dateline's state has its own named branches ("Border guards", "an army
patrol"); a regional office holder's country comes from the region ("Oyo state governor X"); a
party's name read as a person's is the party; "the X in <town>" read as one name is X; "the
opposition" is that of the state whose leader acts on it; the seat of a named regional government
stands for it ("Erbil"); a US administration is the United States; a named army's "its positions"
are that army's. Every text here is written for the test (none is a gold sentence)."""
from __future__ import annotations

import pytest

from wirecoder.pipeline import Pipeline

from ..events.coding import code, events


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def _actor(pipeline, text: str, words: str):
    """The actor of the mention whose text is ``words``."""
    a = code(pipeline, text)
    m = next((m for m in a.mentions if m.text == words), None)
    assert m is not None, [x.text for x in a.mentions]
    return m.actor


# -- heads of a state's armed forces -----------------------------------------------------------

@pytest.mark.parametrize("text, words, want", [
    ("Pakistan's military chief met the Saudi defence minister in Riyadh on Sunday.", "military chief",
     "pakistan-armed-forces"),
    ("Lebanon's military chief met the French defence minister in Beirut.", "military chief",
     "lebanese-armed-forces"),
    ("Nigeria's military chief met the Chadian president in Abuja.", "military chief",
     "nigerian-armed-forces"),
    ("Ukraine's top commander said Russian forces had shelled Kherson overnight.", "top commander",
     "armed-forces-of-ukraine"),
    ("Bangladesh's army chief urged political parties to avoid violence before the vote.", "army chief",
     "bangladesh-army"),
])
def test_a_force_head_is_the_force_he_heads(pipeline, text, words, want):
    actor = _actor(pipeline, text, words)
    assert actor is not None and actor.id == want


def test_the_army_chief_under_a_dateline_is_that_states_army(pipeline):
    # a place in the object ("the government in Kabul") does not make him Afghan
    found = events(pipeline, "RAWALPINDI, May 2 - The army chief warned the government in Kabul on Friday "
                             "against sheltering militants.", "THREATEN") or \
        events(pipeline, "RAWALPINDI, May 2 - The army chief warned the government in Kabul on Friday "
                         "against sheltering militants.", "ACCUSE")
    assert found and found[0].source is not None and found[0].source.id == "pakistan-army"


def test_the_army_chief_of_a_story_about_a_states_army(pipeline):
    a = code(pipeline, "Sudan's army said it had repelled an attack on El Obeid. The army chief later visited "
                       "the city.")
    m = next(m for m in a.mentions if m.text == "army chief")
    assert m.actor is not None and m.actor.id == "sudanese-armed-forces"


def test_defence_chiefs_are_not_taken_for_a_force(pipeline):
    # "defence chiefs" name defence ministers as often as chiefs of defence staff (events_dev10)
    a = code(pipeline, "Polish and Lithuanian defence chiefs signed a deal on joint air patrols in Vilnius.")
    assert not any(m.actor is not None and m.actor.kind == "military" for m in a.mentions)


def test_a_minister_is_still_the_state(pipeline):
    actor = _actor(pipeline, "Nigeria's defence minister accused bandits of attacking farmers.", "defence minister")
    assert actor is not None and actor.id == "NGA"


# -- a dateline's state and its branches --------------------------------------------------------

@pytest.mark.parametrize("text, words, want", [
    ("DHAKA, May 8 - Border guards pushed back a boat carrying 40 Rohingya refugees on Thursday.",
     "Border guards", "border-guard-bangladesh"),
    ("BAMAKO, May 8 - Gunmen ambushed an army patrol near Segou on Thursday.", "army patrol",
     "malian-armed-forces"),
])
def test_a_datelines_state_has_its_named_branch(pipeline, text, words, want):
    actor = _actor(pipeline, text, words)
    assert actor is not None and actor.id == want


def test_a_force_named_with_the_state_after_it_is_found_by_its_generic_name(pipeline):
    actor = _actor(pipeline, "Bangladeshi border guards detained six Indian cattle smugglers.",
                   "Bangladeshi border guards")
    assert actor is not None and actor.id == "border-guard-bangladesh"


# -- office holders, parties and names ----------------------------------------------------------

def test_a_regional_governors_country_comes_from_his_region(pipeline):
    actor = _actor(pipeline, "Oregon Governor Tina Kotek sued the federal government over the troop deployment.",
                   "Tina Kotek")
    assert actor is not None and actor.country == "USA" and actor.sector == "GOV"


def test_a_name_after_a_title_read_as_a_facility_is_a_person(pipeline):
    a = code(pipeline, "Kaduna state governor Uba Sani called on the army to protect farming villages.")
    m = next((m for m in a.mentions if "Uba Sani" in m.text), None)
    assert m is not None and m.label == "PERSON" and m.actor is not None and m.actor.country == "NGA"


def test_a_partys_name_read_as_a_persons_is_the_party(pipeline):
    a = code(pipeline, "ZANU-PF youths beat two journalists in Mutare.")
    assert any(e.source is not None and e.source.id == "zanupf" for e in a.events)


def test_a_body_named_with_its_town_is_the_body(pipeline):
    found = events(pipeline, "Soldiers arrested a leader of the Jalisco New Generation Cartel in Zapopan.", "COERCE")
    assert found and found[0].target is not None and found[0].target.id == "jalisco-new-generation-cartel"


@pytest.mark.parametrize("text, want", [
    ("The PTI boycotted the budget session of parliament on Monday.", "pakistan-tehreek-e-insaf"),
    ("Somalia's NISA detained two suspected al-Shabaab recruiters in Baidoa.", "somalia-nisa"),
    ("The AU Peace and Security Council lifted Gabon's suspension on Friday.", "au-peace-and-security-council"),
])
def test_short_names_of_parties_agencies_and_organs(pipeline, text, want):
    a = code(pipeline, text)
    assert any(m.actor is not None and m.actor.id == want for m in a.mentions)


def test_the_au_council_is_not_the_un_security_council(pipeline):
    a = code(pipeline, "The AU Peace and Security Council lifted Gabon's suspension on Friday.")
    assert not any(m.actor is not None and m.actor.id == "united-nations-security-council" for m in a.mentions)


def test_the_opposition_is_that_of_the_leader_who_acts_on_it(pipeline):
    found = events(pipeline, "Museveni accused the opposition of planning riots after the vote.", "ACCUSE")
    assert found and found[0].target is not None and found[0].target.country == "UGA"


def test_the_seat_of_a_named_regional_government_stands_for_it(pipeline):
    found = events(pipeline, "Erbil criticised Baghdad on Sunday for cutting the region's share of the budget.",
                   "ACCUSE")
    assert found and found[0].source is not None and found[0].source.id == "kurdistan-regional-government"


def test_a_place_erbil_stays_a_place(pipeline):
    a = code(pipeline, "Iraqi soldiers arrested three smugglers in Erbil on Monday.")
    assert not any(m.actor is not None and m.actor.id == "kurdistan-regional-government" for m in a.mentions)


def test_a_us_administration_is_the_united_states(pipeline):
    found = events(pipeline, "Mexico criticised the Trump administration for new tariffs on steel.", "ACCUSE")
    assert found and found[0].target is not None and found[0].target.id == "USA"


def test_a_named_armys_positions_are_that_army(pipeline):
    found = events(pipeline, "The Malian army said JNIM fighters had attacked its positions near Boulkessi.",
                   "ASSAULT")
    assert found and found[0].target is not None and found[0].target.id == "malian-armed-forces"


def test_an_armed_groups_positions_are_the_group(pipeline):
    found = events(pipeline, "Hezbollah said Israeli jets struck its positions in the Bekaa valley.", "ASSAULT")
    assert found and found[0].target is not None and found[0].target.id == "hezbollah"
