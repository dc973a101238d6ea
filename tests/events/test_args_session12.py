"""Session 12: an act blamed on someone is theirs; pressure "from" someone is theirs. The blame is an accusation (ACCUSE) and the act
itself is told as fact, with the blamed actor as its doer (README-events-dev7: "the blame
supplies the source"). Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def assaults(pipeline, text: str):
    return [e for e in code(pipeline, text).events if e.type == "ASSAULT" and e.modality == "asserted"]


def test_blamed_x_for_an_attack_codes_the_attack_by_x(pipeline):
    doc = code(pipeline, "Pakistan blamed the Baloch Liberation Army for a suicide bombing at a railway "
                         "station in Quetta.")
    [accuse] = [e for e in doc.events if e.type == "ACCUSE"]
    [attack] = [e for e in doc.events if e.type == "ASSAULT"]
    assert where(accuse.source) == ("PAK", "GOV")
    assert accuse.target.name == attack.source.name
    assert attack.modality == "asserted"


def test_the_attack_blamed_on_x_is_by_x_not_against_x(pipeline):
    # the parser hangs "on al-Shabaab" on the bombing: it is the doer, not the one hit
    [e] = assaults(pipeline, "Somali officials blamed the bombing of a busy market on al-Shabaab.")
    assert e.source.name == "Al-Shabaab"
    assert e.target is None or e.target.name != "Al-Shabaab"


def test_an_attack_attributed_to_x_is_by_x(pipeline):
    [e] = assaults(pipeline, "The attack on the border post was attributed to the Islamic State by officials.")
    assert e.source.name == "Islamic State"


def test_a_relative_clause_of_blame_hung_on_what_was_hit(pipeline):
    # the parser hangs "which ... blamed on" on the convoy, not the strike
    [e] = assaults(pipeline, "The drone strike on the convoy, which Sudan's army blamed on the Rapid Support "
                             "Forces, killed nine civilians near El Obeid on Tuesday.")
    assert e.source.name == "Rapid Support Forces"
    assert where(e.target) == ("SDN", "CVL")


def test_a_toll_clause_hung_on_the_place_hit_is_the_attacks_own(pipeline):
    # "a strike on an apartment block that killed 11 people": one attack, by the one blamed
    doc = code(pipeline, "Kyiv blamed Moscow for a missile strike on an apartment block in Kharkiv that "
                         "killed 11 people.")
    [e] = [e for e in doc.events if e.type == "ASSAULT"]
    assert where(e.source) == ("RUS", "GOV")
    assert where(e.target) == ("UKR", "CVL")


def test_a_blame_with_no_act_noun_codes_only_the_accusation(pipeline):
    doc = code(pipeline, "The finance minister blamed the central bank for the weak currency.")
    assert [e.type for e in doc.events if e.modality == "asserted"] in ([], ["ACCUSE"])
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_complaint_of_threats_from_x_accuses_x(pipeline):
    [e] = [e for e in code(pipeline, "Montenegro complained of threats from Serbia's government against its "
                                     "diplomats.").events if e.type == "ACCUSE"]
    assert where(e.source) == ("MNE", "GOV") and where(e.target) == ("SRB", "GOV")


def test_aggression_from_x_with_from_hung_on_the_verb(pipeline):
    [e] = [e for e in code(pipeline, "Georgia denounced aggression from Russia.").events if e.type == "ACCUSE"]
    assert where(e.target) == ("RUS", "GOV")


def test_a_threat_cited_alone_is_no_event(pipeline):
    evs = code(pipeline, "Estonia raised its defence budget, citing the threat from Russia.").events
    assert not [e for e in evs if e.type == "THREATEN"]


def test_fighting_between_two_sides_tagged_as_a_verb(pipeline):
    [e] = assaults(pipeline, "Schools closed in Bamenda as fighting between Cameroonian troops and Ambazonian "
                             "separatists spread to the city centre.")
    assert where(e.source) == ("CMR", "MIL")
    assert e.target is not None and e.target.country == "CMR"


def test_ground_recaptured_from_someone_is_taken_from_them(pipeline):
    [e] = assaults(pipeline, "Malian troops recaptured the town of Kidal from Tuareg rebels on Tuesday.")
    assert where(e.source) == ("MLI", "MIL")
    assert e.target is not None and e.target.sector == "REB"


def test_threats_from_x_to_do_something_are_xs_threat(pipeline):
    doc = code(pipeline, "Guyana put its troops on alert following threats from Venezuela's government to annex "
                         "the Essequibo region.")
    [e] = [e for e in doc.events if e.type == "THREATEN"]
    assert where(e.source) == ("VEN", "GOV")


def test_a_claimed_bombing_told_with_its_toll_stays_claimed(pipeline):
    # the toll clause hung on the place hit merges with the bombing, and keeps its modality
    doc = code(pipeline, "The Pakistani Taliban claimed responsibility for a suicide bombing at a police "
                         "training centre that killed at least 12 recruits.")
    [e] = [e for e in doc.events if e.type == "ASSAULT"]
    assert e.modality == "claimed"
    assert e.source is not None and e.source.country == "PAK"


def test_killed_when_someone_attacked_is_their_attack(pipeline):
    doc = code(pipeline, "Eleven villagers were killed when gunmen attacked a market in Zamfara state, "
                         "local officials said.")
    [e] = [e for e in doc.events if e.type == "ASSAULT"]
    assert e.source is not None and e.source.country == "NGA"
    # an instrument in the subordinate names no one: the source stays unknown
    [e] = assaults(pipeline, "Three soldiers were killed when a roadside bomb hit their vehicle in Kunar.")
    assert e.source is None


def test_gunmen_attacking_a_market_is_an_attack_and_a_firm_attacking_a_segment_is_not(pipeline):
    [e] = assaults(pipeline, "Gunmen attacked a livestock market in Niger's Tillaberi region on Sunday.")
    assert e.source is not None and e.source.country == "NER"
    assert not code(pipeline, "The carmaker attacked the budget segment with a cheaper model.").events
