"""MOBILIZE, RETREAT, PROTEST and CONCEDE and the types they are confused with (the types-10
round, README-events-dev11.md): deployments, drills and weapons shown, withdrawals and releases,
protests by traders and after days of protests, concessions agreed, joint drills, hosted talks,
and what is not a happening (forces that are stationed, rallies only allowed). Each sentence is
written for this test and coded by the real pipeline."""
from __future__ import annotations

from wirecoder.records import Article

from .coding import code


def asserted(a: Article, kind: str) -> list:
    return [e for e in a.events if e.type == kind and e.modality == "asserted"]


def types(a: Article) -> set[str]:
    return {e.type for e in a.events if e.modality == "asserted"}


def test_a_clause_read_as_the_subject_of_a_trailing_said_is_still_told(pipeline):
    # "Japan scrambled fighter jets ..., an official said": the parser makes "jets" a second
    # subject of "said"; the verb is still the clause's
    a = code(pipeline, "Japan scrambled fighter jets after Russian bombers were seen near Hokkaido, "
                       "a defence ministry official said.")
    [e] = asserted(a, "MOBILIZE")
    assert e.trigger == "scrambled" and e.source.id == "JPN"
    a = code(pipeline, "Somalia's Al-Shabaab massed fighters and pickup trucks around the town of Beledweyne, "
                       "regional officials said.")
    assert [e.trigger for e in asserted(a, "MOBILIZE")] == ["massed"]


def test_a_date_after_on_is_not_what_a_verb_falls_back_on(pipeline):
    a = code(pipeline, "Houthi fighters pulled back from positions near the port of Hodeidah on Thursday.")
    [e] = asserted(a, "RETREAT")
    assert e.mode == "withdraw" and e.trigger == "pulled"
    # (relying on savings is still no retreat)
    a = code(pipeline, "Families in Gaza fell back on their savings as food prices soared.")
    assert not asserted(a, "RETREAT")


def test_troops_onto_the_streets_and_a_state_of_readiness(pipeline):
    a = code(pipeline, "Peru's president ordered soldiers onto the streets of Lima after a surge in extortion killings.")
    assert [e.mode for e in asserted(a, "MOBILIZE")] == ["troops"]
    a = code(pipeline, "Armenia placed its troops on the highest state of combat readiness on Sunday.")
    assert [e.trigger for e in asserted(a, "MOBILIZE")] == ["placed"]


def test_forces_that_are_stationed_somewhere_move_nowhere(pipeline):
    a = code(pipeline, "Some 900 French troops are stationed in Djibouti under a defence treaty, officials said.")
    assert not asserted(a, "MOBILIZE")
    # (a deployment that happens is still told)
    a = code(pipeline, "Poland stationed 2,000 more soldiers along its border with Belarus on Monday.")
    assert len(asserted(a, "MOBILIZE")) == 1


def test_exercises_of_two_named_states_are_joint(pipeline):
    a = code(pipeline, "Indonesian and Australian warships held naval exercises in the Timor Sea on Tuesday.")
    [e] = asserted(a, "COOPERATE")
    assert {e.source.id, e.target.id} == {"IDN", "AUS"}
    assert not asserted(a, "MOBILIZE")
    # one state's exercises stay MOBILIZE, and the ships it deploys in them are the same show of force
    a = code(pipeline, "Russia's navy began large-scale exercises in the Baltic Sea on Monday, deploying dozens "
                       "of warships and aircraft.")
    [e] = asserted(a, "MOBILIZE")
    assert e.mode == "weapons" and not asserted(a, "COOPERATE")


def test_a_deployment_to_help_another_state_is_aid(pipeline):
    a = code(pipeline, "Rwanda announced the deployment of 500 police officers to the Central African Republic "
                       "to help secure the capital.")
    assert [e.type for e in a.events if e.modality == "asserted"] == ["AID"]
    assert asserted(a, "AID")[0].target.id == "CAF"


def test_an_order_to_own_forces_to_withdraw_is_the_withdrawal(pipeline):
    a = code(pipeline, "Sri Lanka's president ordered the army to withdraw from the streets of Colombo after the "
                       "protests ended.")
    [e] = asserted(a, "RETREAT")
    assert e.source.id == "LKA" and not asserted(a, "REQUEST")


def test_letting_prisoners_leave_is_a_release(pipeline):
    a = code(pipeline, "Nicaragua let 135 political prisoners leave for Guatemala on Thursday, church officials said.")
    [e] = asserted(a, "RETREAT")
    assert e.mode == "release" and not asserted(a, "CONCEDE")


def test_returning_territory_and_halting_fire_agreed_are_concessions(pipeline):
    a = code(pipeline, "Kyrgyzstan agreed to return three disputed villages to Tajikistan under a border deal.")
    assert types(a) == {"CONCEDE"}
    a = code(pipeline, "Thailand and Cambodia agreed on Monday to halt all firing along their border.")
    assert types(a) == {"CONCEDE"}
    a = code(pipeline, "Sudan's army and the Rapid Support Forces agreed to a week-long pause in fighting around El Obeid.")
    assert types(a) == {"CONCEDE"}
    a = code(pipeline, "Chile's government agreed to the miners' demands for safer pits, ending a two-week dispute.")
    assert "CONCEDE" in types(a) and "AGREE" not in types(a)


def test_two_states_agreeing_to_open_crossings_cooperate(pipeline):
    a = code(pipeline, "Serbia and North Macedonia agreed to open three new border crossings next year.")
    assert types(a) == {"AGREE"}
    # (one state opening a crossing for aid concedes)
    a = code(pipeline, "Israel agreed to open a second crossing for aid trucks into northern Gaza.")
    assert types(a) == {"CONCEDE"}


def test_protest_acts_of_riot_and_strike(pipeline):
    a = code(pipeline, "Protesters in Belgrade hurled flares and bottles at police guarding the presidency, "
                       "the interior ministry said.")
    assert [e.mode for e in asserted(a, "PROTEST")] == ["riot"]
    a = code(pipeline, "Dock workers in Mombasa stayed away from work on Monday over unpaid allowances.")
    assert [e.mode for e in asserted(a, "PROTEST")] == ["strike"]


def test_traders_protest_and_protests_after_days_of_them_happened(pipeline):
    a = code(pipeline, "Traders in Lagos closed their stalls on Tuesday to protest against a new market tax.")
    assert len(asserted(a, "PROTEST")) == 1
    a = code(pipeline, "Kenya imposed a curfew in Nakuru after days of violent student protests.")
    assert {"COERCE", "PROTEST"} <= types(a)
    # (days of unrest are a state of affairs; markets rallying are no protest)
    a = code(pipeline, "Nepal imposed a curfew in Birgunj after days of unrest.")
    assert "PROTEST" not in types(a)
    a = code(pipeline, "Traders rallied behind the yen on Monday as bond yields fell.")
    assert not a.events


def test_guests_hosted_for_talks_are_the_parties(pipeline):
    a = code(pipeline, "Turkey hosted Somali and Ethiopian delegations for indirect talks in Ankara on Monday.")
    [e] = asserted(a, "CONSULT")
    assert e.mode == "third-party" and {e.source.id, e.target.id} == {"SOM", "ETH"}
    a = code(pipeline, "Jordan's king received Syria's army chief in Amman on Sunday, the royal court said.")
    [e] = asserted(a, "CONSULT")
    assert e.mode == "visit" and e.target.id == "JOR"


def test_what_is_only_allowed_or_offered_is_not_held(pipeline):
    a = code(pipeline, "Pakistan's government lifted a ban on a religious party, allowing it to hold rallies again.")
    assert "PROTEST" not in types(a) and "CONCEDE" in types(a)
    a = code(pipeline, "Oman offered to host the next round of Yemen's peace talks in Muscat.")
    assert types(a) == {"AGREE"}


def test_a_parliament_approving_a_membership_supports_it(pipeline):
    a = code(pipeline, "Hungary's parliament approved Sweden's membership of NATO on Monday.")
    assert "SUPPORT" in types(a) and "CONCEDE" not in types(a)


def test_withdrawing_a_forecast_or_leaving_a_convention(pipeline):
    a = code(pipeline, "The carmaker withdrew its profit forecast on Tuesday, citing weak demand in China.")
    assert not a.events
    a = code(pipeline, "Estonia's parliament voted to withdraw from the convention banning anti-personnel mines.")
    assert [e.mode for e in asserted(a, "SANCTION")] == ["withdraw"] and not asserted(a, "RETREAT")


def test_what_a_protest_demands_is_its_topic(pipeline):
    a = code(pipeline, "Farmers in Haryana blocked railway lines to demand higher prices for their wheat.")
    assert types(a) == {"PROTEST"}
    assert [e.mode for e in asserted(a, "PROTEST")] == ["obstruct"]


def test_what_a_pact_allows_and_an_abstention_are_no_events(pipeline):
    a = code(pipeline, "Australia and Papua New Guinea signed a security treaty allowing their police to operate "
                       "in each other's territory.")
    assert "CONCEDE" not in types(a)
    a = code(pipeline, "The Security Council renewed sanctions on South Sudan, and Russia and China abstained.")
    assert "CONCEDE" not in types(a)


def test_a_protest_told_after_following_happened_and_aid_flights_let_in(pipeline):
    a = code(pipeline, "Nepal's government scrapped a new fuel tax following a nationwide strike by transport workers.")
    assert {"CONCEDE", "PROTEST"} <= types(a)
    a = code(pipeline, "Myanmar's junta allowed the first aid flights into Sittwe in three months, the UN said.")
    assert [e.mode for e in asserted(a, "RETREAT")] == ["access"]
