"""Session 15 (h-art8): types of whole-article stories (truce talks, expulsion rows, sanctions
and counter-measures, border clashes). Sentences written for these tests, coded by the real
pipeline."""
from __future__ import annotations

from .coding import code

COUNTED = {"asserted", "claimed", "future", "historical"}


def counted(a, type_: str) -> list:
    return [e for e in a.events if e.type == type_ and e.modality in COUNTED]


def test_agreeing_to_stop_fighting_is_a_truce(pipeline):
    # the gerund the parser makes a clause of "stop" is what is stopped
    a = code(pipeline, "Kenya and Somalia agreed on Friday to stop fighting along the border for two weeks.")
    assert counted(a, "CONCEDE") and not counted(a, "AGREE")
    assert not counted(a, "ASSAULT")  # the fighting that stops is no attack
    b = code(pipeline, "Israeli forces halted shelling of the camp after an hour.")
    [e] = counted(b, "RETREAT")
    assert e.mode == "ceasefire"
    # an agreement to do something else stays AGREE
    c = code(pipeline, "Kenya and Somalia agreed on Friday to hold talks in Nairobi next month.")
    assert counted(c, "AGREE") and not counted(c, "CONCEDE")


def test_hours_to_leave_told_as_an_adverb_is_an_expulsion(pipeline):
    for text in ("Tehran gave four Dutch embassy staff 72 hours to leave Iran, calling their activities hostile.",
                 "The ministry also gave two Danish consular staff 48 hours to leave Iran, calling their work 'hostile', without details.",
                 "Ankara gave three Swedish diplomats 48 hours to leave the country."):
        a = code(pipeline, text)
        [e] = counted(a, "SANCTION")
        assert e.mode == "expel", text
    # time given for something else is no expulsion
    b = code(pipeline, "The court gave the company 30 days to pay the fine.")
    assert not counted(b, "SANCTION")


def test_summoning_the_head_of_a_delegation_is_a_diplomatic_protest(pipeline):
    a = code(pipeline, "Tehran summoned the head of the EU delegation over the new listings.")
    [e] = counted(a, "ACCUSE")
    assert e.mode == "disapprove" and e.target is not None and e.target.name == "European Union"
    b = code(pipeline, "Caracas summoned the head of the Spanish embassy on Tuesday.")
    [e] = counted(b, "ACCUSE")
    assert e.target is not None and e.target.id == "ESP"
    # the head of a bank or of an army is no diplomat
    c = code(pipeline, "The president summoned the head of the central bank on Monday.")
    assert not counted(c, "ACCUSE")


def test_a_promise_to_respond_firmly_is_a_threat(pipeline):
    for text in ("The army said it would respond forcefully to any attack on its positions.",
                 "A spokesman said Ankara would react in kind to any new tariffs.",
                 'The rebel commander said on the radio that his fighters would "respond decisively" to any breach.'):
        a = code(pipeline, text)
        assert counted(a, "THREATEN"), text
    # a response that happened is no threat, and a plain reply is no event
    b = code(pipeline, "The army responded forcefully to the attack on Monday.")
    assert not counted(b, "THREATEN")
    c = code(pipeline, "The ministry said it would respond to the letter next week.")
    assert not counted(c, "THREATEN")


def test_what_an_actor_does_as_a_rule_describes_it(pipeline):
    # a non-restrictive relative clause in the present tense tells no act
    for text in ("Pakistan, which hosts more than a million Afghan refugees, said it would review the policy.",
                 "The committee, which commands the border troops, said the shooting started at dawn.",
                 "Iran, which supplies drones to Russia, denied the report on Monday."):
        a = code(pipeline, text)
        assert not counted(a, "AID") and not counted(a, "COOPERATE"), text
    # a past act in the relative clause is still told
    b = code(pipeline, "Mali's junta, which expelled the French ambassador on Monday, said it would not back down.")
    assert counted(b, "SANCTION")


def test_a_second_act_coordinated_with_a_reported_act_is_its_own(pipeline):
    # "said it regretted X and warned that ...": the warning is not what was regretted
    a = code(pipeline, "In Madrid, the foreign ministry said it deplored the expulsions and warned that Spain "
                       "would answer firmly.")
    assert counted(a, "ACCUSE") and counted(a, "THREATEN")
    b = code(pipeline, "The ministry said it regretted the decision and warned of consequences.")
    assert counted(b, "ACCUSE") and counted(b, "THREATEN")
    # the content of an accusation stays its content
    c = code(pipeline, "Ukraine accused Russia of planning new strikes on its power grid.")
    assert counted(c, "ACCUSE") and not counted(c, "ASSAULT")


def test_unknown_names_sharing_a_plural_area_noun_are_places(pipeline):
    # "the Shahritus and Panj districts": places, neither a target nor two deployments
    a = code(pipeline, "The president sent troops to the Shahritus and Panj districts on Monday.")
    [e] = counted(a, "MOBILIZE")
    assert e.target is None
    b = code(pipeline, "Rebels attacked villages in the Vuhovi and Bulongo provinces on Sunday.")
    for e in counted(b, "ASSAULT"):
        assert e.target is None or e.target.name not in {"Vuhovi", "Bulongo"}


def test_a_response_in_a_scenario_is_no_threat(pipeline):
    a = code(pipeline, "If Iran closed the strait, the navy would respond with overwhelming force, a retired admiral "
                       "wrote in a newspaper column.")
    assert not counted(a, "THREATEN")


def test_a_deed_coordinated_with_a_reported_order_stays_content(pipeline):
    # only a speaker's own act (a warning, a call, a vow) is split off; a deed stays what was said
    a = code(pipeline, "The Treasury said the two generals had ordered troops to fire on marchers and had "
                       "blocked food convoys from reaching the camps.")
    assert not counted(a, "COERCE")
