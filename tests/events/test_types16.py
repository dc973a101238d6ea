"""Session 12 (events_dev16): event types the coder missed or mistyped on varied vocabulary.
Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_a_wanted_person_handed_over_after_the_to_phrase(pipeline):
    # the heavy object comes after "to X": the parser made it the subject of "wanted"
    [e] = asserted(pipeline, "Italy handed over to Albania a former police chief wanted for torture on Friday.",
                   "COOPERATE")
    assert (e.source.country, e.target.country) == ("ITA", "ALB")
    [e] = asserted(pipeline, "Turkey handed over to Iraq a senior militant accused of planning bombings.", "COOPERATE")
    assert (e.source.country, e.target.country) == ("TUR", "IRQ")


def test_armed_groups_taking_weapons_is_a_seizure(pipeline):
    text = "Al-Shabaab fighters overran an army outpost in Hiran, killing six soldiers and seizing rifles and two trucks."
    assert asserted(pipeline, text, "ASSAULT")
    [e] = asserted(pipeline, text, "COERCE")
    assert e.mode == "seize" and e.source.name == "Al-Shabaab"


def test_making_off_with_and_recovering_weapons(pipeline):
    [e] = asserted(pipeline, "Bandits ambushed a police patrol in Katsina and made off with their rifles.", "COERCE")
    assert e.mode == "seize"
    [e] = asserted(pipeline, "Malian troops raided a jihadist camp near Gao, recovering a cache of rifles and explosives.",
                   "COERCE")
    assert e.mode == "seize" and where(e.source) == ("MLI", "MIL")
    # recovering bodies, or thieves making off with jewellery, is no political event
    assert not asserted(pipeline, "Rescuers recovered the bodies of nine miners from a flooded pit in Zimbabwe.", "COERCE")
    assert not asserted(pipeline, "Thieves made off with jewellery worth millions from a museum in Paris.", "COERCE")


def test_expelling_advisers_and_missions_is_a_diplomatic_expulsion(pipeline):
    [e] = asserted(pipeline, "Mali expelled French military advisers on Tuesday.", "SANCTION")
    assert (e.mode, e.source.country) == ("expel", "MLI")
    [e] = asserted(pipeline, "Caracas expelled the observer mission of the European Union on Sunday.", "SANCTION")
    assert e.mode == "expel"
    # people expelled are still deported
    [e] = asserted(pipeline, "Algeria expelled hundreds of migrants into the desert near Niger.", "COERCE")
    assert e.mode == "deport"


def test_a_quantity_of_diplomats_expelled_is_told_by_the_diplomats(pipeline):
    a = code(pipeline, "Estonia's expulsion of three of Russia's diplomats angered Moscow, which vowed a response.")
    assert [e.mode for e in a.events if e.type == "SANCTION"] == ["expel"]
    assert not [e for e in a.events if e.type == "COERCE"]


def test_the_deed_a_rebuke_is_over_is_told_as_fact(pipeline):
    text = "Kenya rebuked Uganda over its deployment of troops along their shared border on Monday."
    [acc] = asserted(pipeline, text, "ACCUSE")
    [mob] = asserted(pipeline, text, "MOBILIZE")
    assert acc.target.country == "UGA" and mob.source.country == "UGA"
    text = "China slammed Japan and the Philippines over their joint naval patrols near Scarborough Shoal."
    [coop] = asserted(pipeline, text, "COOPERATE")
    assert {coop.source.country, coop.target.country} == {"JPN", "PHL"}
    # "over" a topic with no deed of the one rebuked: nothing more
    assert len(code(pipeline, "Kenya rebuked Uganda over the border dispute on Monday.").events) == 1


def test_extending_a_mandate_or_a_term_is_support(pipeline):
    [e] = asserted(pipeline, "The Security Council extended the mandate of the UN mission in Mali for six months.", "SUPPORT")
    assert e.source.name == "United Nations Security Council"
    assert not asserted(pipeline, "The Security Council extended the mandate of the UN mission in Mali for six months.",
                        "REQUEST")


def test_negotiators_sitting_down_or_envoys_convening_meet(pipeline):
    [e] = asserted(pipeline, "Armenian and Azerbaijani negotiators sat down in Geneva on Monday.", "CONSULT")
    assert {e.source.country, e.target.country} == {"ARM", "AZE"}
    [e] = asserted(pipeline, "Serbian and Kosovar envoys convened in Brussels on Thursday.", "CONSULT")
    assert {e.source.country, e.target.country} == {"SRB", "XKX"}
    # a parliament convening, officials gathering: no meeting between parties
    assert not asserted(pipeline, "Ghana's parliament convened for an emergency session on Tuesday.", "CONSULT")


def test_an_event_noun_planned_for_later_has_not_happened(pipeline):
    a = code(pipeline, "Police in Accra lifted a ban on rallies ahead of a march planned for Saturday.")
    assert [e.type for e in a.events if e.modality == "asserted"] == ["CONCEDE"]
    # a march held is one, whoever planned it
    assert asserted(pipeline, "Students held a march planned by opposition groups through Kampala on Monday.", "PROTEST")


def test_a_plot_to_kill_is_no_attack(pipeline):
    text = "Georgia's security service detained two men suspected of plotting to assassinate a senior minister."
    assert asserted(pipeline, text, "COERCE")
    assert not asserted(pipeline, text, "ASSAULT")


def test_crowds_counted_or_described_by_a_relative_clause_occupy_in_protest(pipeline):
    [e] = asserted(pipeline, "Hundreds of students occupied the rectorate of the University of Zagreb on Monday.", "PROTEST")
    assert e.mode == "obstruct"
    text = "Police in Dhaka detained dozens of students who had occupied the education ministry overnight."
    assert [e.mode for e in asserted(pipeline, text, "PROTEST")] == ["obstruct"]
    assert not asserted(pipeline, text, "ASSAULT")
    # soldiers occupying a town are no protesters
    assert asserted(pipeline, "Hundreds of soldiers occupied the town of Kidal on Sunday.", "ASSAULT")


def test_suspending_outlets_one_of_them_unsorted_is_censorship(pipeline):
    text = "Niger's junta suspended the BBC and Voice of America for three months on Tuesday."
    modes = {e.mode for e in asserted(pipeline, text, "COERCE")}
    assert modes == {"censor"}
    assert not asserted(pipeline, text, "SANCTION")


def test_coordinated_reactions_of_different_types_are_both_told(pipeline):
    text = ("Belarus jailed an opposition blogger for ten years, drawing condemnation from Poland "
            "and a demand for his release from Lithuania.")
    [acc] = asserted(pipeline, text, "ACCUSE")
    [req] = asserted(pipeline, text, "REQUEST")
    assert (acc.source.country, acc.target.country) == ("POL", "BLR")
    assert (req.source.country, req.target.country) == ("LTU", "BLR")
