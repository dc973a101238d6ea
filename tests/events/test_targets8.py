"""Session 11 (h-targets8): targets the parse gives indirectly. Sentences written for these
tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_a_tail_acts_on_whom_its_pronoun_points_back_at(pipeline):
    [e] = asserted(pipeline, "Mali expelled two Algerian diplomats on Monday, accusing them of meddling in the north.",
                   "ACCUSE")
    assert where(e.source) == ("MLI", "GOV") and e.target.id == "DZA"


def test_a_relative_clause_without_pronoun_acts_on_its_noun(pipeline):
    [e] = asserted(pipeline, "Canada sanctioned four Haitian politicians it accused of financing armed gangs.",
                   "ACCUSE")
    assert where(e.source) == ("CAN", "GOV") and e.target is not None and e.target.country == "HTI"


def test_a_reduced_passive_release_has_its_agent_as_source(pipeline):
    [e] = [e for e in asserted(pipeline, "The exchange covered 90 Ukrainian soldiers freed by Russia on Sunday.",
                               "RETREAT")]
    assert e.source is not None and e.source.id == "RUS"
    assert where(e.target) == ("UKR", "MIL")


def test_a_person_named_on_an_airport_names_the_airport(pipeline):
    [e] = asserted(pipeline, "A drone struck Iraq's Saddam Hussein airport overnight, damaging a runway.", "ASSAULT")
    assert e.target is not None and e.target.id == "IRQ"


def test_army_posts_of_a_nationality_are_its_army(pipeline):
    [e] = asserted(pipeline, "Jihadist fighters overran a Beninese army post near Porga on Friday.", "ASSAULT")
    assert where(e.target) == ("BEN", "MIL")


def test_the_killing_of_people_befalls_them(pipeline):
    events = asserted(pipeline, "Human Rights Watch condemned the killing of nine farmers by soldiers in Burkina Faso.",
                      "ASSAULT")
    assert any(where(e.target) == ("BFA", "CVL") for e in events)


def test_a_release_by_someone_frees_whom_of_names(pipeline):
    [e] = asserted(pipeline, "Australia welcomed China's release of an Australian journalist on Tuesday.", "RETREAT")
    assert e.source is not None and e.source.id == "CHN"
    assert e.target is not None and e.target.country == "AUS"


def test_opponents_of_a_leader_are_the_opposition(pipeline):
    [e] = asserted(pipeline, "Police in Minsk detained several critics of Alexander Lukashenko on Friday.", "COERCE")
    assert where(e.target) == ("BLR", "OPP")


def test_a_protest_demanding_a_resignation_is_aimed_at_who_should_resign(pipeline):
    [e] = asserted(pipeline, "Thousands rallied in Belgrade on Saturday to demand the resignation of Aleksandar Vucic.",
                   "PROTEST")
    assert e.target is not None and e.target.id == "aleksandar-vucic"


def test_strikes_targeting_a_group_are_aimed_at_it(pipeline):
    [e] = asserted(pipeline, "Turkish strikes targeting PKK commanders killed four people in Sinjar on Monday.",
                   "ASSAULT")
    assert e.target is not None and e.target.id == "kurdistan-workers-party"


def test_what_is_agreed_at_a_meeting_is_agreed_with_the_host(pipeline):
    [e] = asserted(pipeline, "Kenya's president met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa and agreed to "
                   "build a new highway.", "AGREE")
    assert e.target is not None and e.target.id == "abiy-ahmed"
