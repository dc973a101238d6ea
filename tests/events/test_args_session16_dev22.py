"""Argument constructions of wire copy (session 16, the events_dev22 round), each on sentences
written for this test (not the gold set's) and coded by the real pipeline:

- a finite verb the parser joins to a to-infinitive ("told X to halt ... and asked Y to ...")
  shares the subject of the verb that governs the infinitive, not its controller;
- a partner in the deed ("together with", "jointly with", "accompanied by") acts too, a backer
  ("backed by") does not;
- an attack told as the answer to an earlier attack of the sentence ("returned fire",
  "responded with air strikes", "hit back") is aimed at that attack's doer;
- a reduced relative of release with a "by" agent ("prisoners freed by Israel") is a passive;
- a critic or opponent of a named person is the opposition of that person's country.
"""
from __future__ import annotations

from wirecoder.records import Article

from .coding import code


def of_type(a: Article, kind: str) -> list:
    return [e for e in a.events if e.type == kind]


def test_finite_verb_after_an_infinitive_shares_the_main_subject(pipeline):
    a = code(pipeline, "The European Union told Serbia to stop its threats and asked Kosovo to withdraw "
                       "special police from the north.")
    asked = [e for e in of_type(a, "REQUEST") if e.target is not None and e.target.country == "XKX"]
    assert asked and all(e.source is not None and e.source.name == "European Union" for e in asked)


def test_an_infinitive_conjunct_still_shares_the_controller(pipeline):
    a = code(pipeline, "The killings prompted Manila to summon China's ambassador and lodge a formal protest.")
    lodged = of_type(a, "ACCUSE")
    assert lodged and all(e.source is not None and e.source.country == "PHL" for e in lodged)


def test_together_with_adds_a_second_doer(pipeline):
    a = code(pipeline, "Cameroonian soldiers, together with Nigerian troops, killed 20 Boko Haram fighters "
                       "near the border.")
    doers = {e.source.country for e in of_type(a, "ASSAULT") if e.source is not None}
    assert {"CMR", "NGA"} <= doers


def test_jointly_with_on_the_verb_adds_a_second_doer(pipeline):
    a = code(pipeline, "Iraqi police, jointly with Turkish intelligence officers, detained six PKK suspects in Erbil.")
    doers = {(e.source.country, e.source.sector) for e in of_type(a, "COERCE") if e.source is not None}
    assert ("IRQ", "COP") in doers and ("TUR", "SPY") in doers


def test_accompanied_by_adds_a_second_doer_but_backed_by_does_not(pipeline):
    a = code(pipeline, "Central African troops, accompanied by Russian instructors, attacked a rebel camp "
                       "near Bambari.")
    assert {"CAF", "RUS"} <= {e.source.country for e in of_type(a, "ASSAULT") if e.source is not None}
    a = code(pipeline, "Central African troops, backed by Russian instructors, attacked a rebel camp near Bambari.")
    assert "RUS" not in {e.source.country for e in of_type(a, "ASSAULT") if e.source is not None}


def test_returned_fire_is_aimed_at_the_first_attacker(pipeline):
    a = code(pipeline, "Afghan border forces shelled a Pakistani post near Chaman on Sunday, and Pakistan "
                       "returned fire.")
    answer = [e for e in of_type(a, "ASSAULT") if e.source is not None and e.source.country == "PAK"]
    assert answer and all(e.target is not None and e.target.country == "AFG" for e in answer)


def test_responded_with_strikes_is_aimed_at_the_first_attacker(pipeline):
    a = code(pipeline, "Hezbollah fired a salvo of rockets at Haifa, and Israel responded within hours with "
                       "heavy air strikes.")
    answer = [e for e in of_type(a, "ASSAULT") if e.source is not None and e.source.country == "ISR"]
    assert answer and any(e.target is not None and e.target.name == "Hezbollah" for e in answer)


def test_prisoners_freed_by_a_state_are_freed_by_it(pipeline):
    a = code(pipeline, "Rebels handed over 12 soldiers in exchange for 40 fighters freed by the government "
                       "of South Sudan.")
    freed = [e for e in of_type(a, "RETREAT") if e.source is not None and e.source.country == "SSD"
             and e.source.sector == "GOV"]
    assert freed and all(e.target is None or e.target.country != "SSD" or e.target.sector != "GOV" for e in freed)


def test_a_critic_of_a_president_is_the_opposition(pipeline):
    a = code(pipeline, "A leading critic of President Yoweri Museveni was detained in Kampala on Monday.")
    held = of_type(a, "COERCE")
    assert held and all(e.target is not None and e.target.sector == "OPP" and e.target.country == "UGA"
                        for e in held)


def test_a_claim_in_the_same_sentence_names_the_attacker(pipeline):
    a = code(pipeline, "A roadside bomb killed four policemen near Bannu on Friday, and the Pakistani Taliban "
                       "said they had carried out the attack.")
    attacks = of_type(a, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].source is not None and attacks[0].source.name == "Tehrik-i-Taliban Pakistan"


def test_repelling_the_attack_in_the_same_sentence_is_no_claim(pipeline):
    a = code(pipeline, "Gunmen stormed a police post in Zamfara, and the Nigerian army said it had repelled the attack.")
    assert all(e.source is None or e.source.sector != "MIL" for e in of_type(a, "ASSAULT")
               if e.target is not None and e.target.sector == "COP")


def test_an_interest_rate_cut_is_no_sanction(pipeline):
    a = code(pipeline, "Uganda's central bank cut its main lending rate by half a point on Wednesday.")
    assert not a.events
    a = code(pipeline, "Brazil cut lending to Argentina over the debt dispute.")
    assert of_type(a, "SANCTION")


def test_fired_upon_by_is_an_attack_by_the_agent(pipeline):
    a = code(pipeline, "A Red Cross convoy was fired upon by RSF fighters on the road to El Obeid.")
    shot = of_type(a, "ASSAULT")
    assert shot and shot[0].source is not None and shot[0].source.name == "Rapid Support Forces"


def test_a_recall_noun_with_a_possessive_is_a_sanction_on_the_state_left(pipeline):
    a = code(pipeline, "Rwanda's recall of its ambassador from Kinshasa came a day after the border clashes.")
    recall = of_type(a, "SANCTION")
    assert recall and recall[0].source is not None and recall[0].source.country == "RWA"
    assert recall[0].target is not None and recall[0].target.country == "COD"


def test_a_bare_infinitive_read_as_a_past_keeps_the_controller(pipeline):
    a = code(pipeline, "Rioters torched a bus in Lahore, prompting authorities to impose a curfew and shut down "
                       "mobile internet.")
    shut = [e for e in of_type(a, "COERCE") if e.trigger and e.trigger.startswith("shut")]
    assert shut and all(e.source is not None and e.source.sector == "GOV" for e in shut)


def test_a_rebuke_drawn_by_the_act_a_clause_describes_is_aimed_at_its_doer(pipeline):
    a = code(pipeline, "Israel launched air strikes on Damascus that drew condemnation from Jordan.")
    rebuke = [e for e in of_type(a, "ACCUSE") if e.source is not None and e.source.country == "JOR"]
    assert rebuke and all(e.target is not None and e.target.country == "ISR" for e in rebuke)
