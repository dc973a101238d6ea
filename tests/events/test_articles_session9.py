"""Whole articles, across sentences: who a pronoun or description opening a sentence is, whose
act a reaction's "the attack" / "the release" names, a claim of responsibility that names who
did an act told before, a group's own fighters, a bare "the army", and background told with a
year or month. Articles written for these tests, coded by the real pipeline."""
from __future__ import annotations


from wirecoder.records import Article

from .coding import code


def dated(pipeline, text: str, published: str) -> Article:
    [a] = pipeline.code([Article(id="t", text=text, content_hash="x", published=published,
                                 published_precision="day", published_origin="metadata")])
    return a


def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before_not_of_its_inner_clause(pipeline):
    a = code(pipeline, "The Indian Army said the shells that Pakistan had fired landed near a school in Poonch. "
                       "It warned that it would hit back.")
    [e] = [e for e in a.events if e.type == "THREATEN"]
    assert e.source is not None and e.source.id == "indian-army"


def test_the_group_after_a_statement_is_the_group_that_made_it_not_its_fighters(pipeline):
    a = code(pipeline, "Boko Haram said in a video that its fighters had burned a school in Borno. "
                       "The group warned that it would attack any school that stayed open.")
    [e] = [e for e in a.events if e.type == "THREATEN"]
    assert e.source is not None and e.source.id == "boko-haram"


def test_he_after_an_unnamed_spokesman_is_the_body_he_speaks_for_not_a_person_named_before(pipeline):
    a = code(pipeline, "Rafael Grossi visited Tehran on Monday.\n\n"
                       "Brazil's foreign ministry spokesman said the talks in Brasilia had been useful. "
                       "He accused Venezuela of massing troops on the border.")
    [e] = [e for e in a.events if e.type == "ACCUSE"]
    assert e.source is not None and e.source.country == "BRA" and e.source.kind != "person"
    assert e.target is not None and e.target.id == "VEN"


def test_condemning_the_attack_aims_at_whoever_attacked_not_at_whoever_acted_last(pipeline):
    a = code(pipeline, "Gunmen attacked a police station in Zamfara state on Monday, killing four officers. "
                       "Hours later, the Nigerian Air Force struck camps in the forest.\n\n"
                       "The state governor condemned the attack.")
    [e] = [e for e in a.events if e.type == "ACCUSE"]
    assert e.target is not None and e.target.sector == "REB" and e.target.country == "NGA"


def test_welcoming_the_release_aims_at_whoever_freed_the_prisoners(pipeline):
    a = code(pipeline, "Azerbaijan freed 15 Armenian detainees on Sunday, the Armenian government said.\n\n"
                       "Armenian Prime Minister Nikol Pashinyan welcomed the release.")
    [e] = [e for e in a.events if e.type == "SUPPORT"]
    assert e.target is not None and e.target.id == "AZE"


def test_condemning_the_attack_as_a_violation_still_points_back(pipeline):
    a = code(pipeline, "Russian drones struck a power plant in Kharkiv on Tuesday. "
                       "Ukraine's air force said it had shot down 40 of the drones.\n\n"
                       "Moldova's president condemned the attack as a violation of international law.")
    [e] = [e for e in a.events if e.type == "ACCUSE"]
    assert e.target is not None and e.target.country == "RUS"


def test_a_claim_of_responsibility_names_who_did_the_attack_told_before(pipeline):
    a = code(pipeline, "Militants attacked an army checkpoint near Bannu in northwest Pakistan on Sunday, "
                       "killing six soldiers, police said.\n\n"
                       "Tehrik-i-Taliban Pakistan claimed the attack in a statement on Monday.")
    attacks = [e for e in a.events if e.type == "ASSAULT" and e.modality == "asserted"]
    assert len(attacks) == 1
    assert attacks[0].source is not None and attacks[0].source.id == "tehrik-i-taliban-pakistan"
    # an act whose doer was named already is not given another one
    b = code(pipeline, "Israeli aircraft struck a camp in Gaza on Sunday.\n\n"
                       "Hamas claimed the attack on an Israeli patrol the next day.")
    strikes = [e for e in b.events if e.type == "ASSAULT" and e.source is not None and e.source.id == "ISR"]
    assert strikes


def test_its_fighters_are_the_group_and_the_army_is_the_countrys_force(pipeline):
    a = code(pipeline, "Fighting broke out near El Fasher in Sudan's Darfur region on Friday. "
                       "The army said its troops had shelled positions of the Rapid Support Forces.")
    [army] = [m for m in a.mentions if m.text == "army"]
    assert army.actor.id == "sudanese-armed-forces"
    [troops] = [m for m in a.mentions if m.text == "troops"]
    assert troops.actor.id == "sudanese-armed-forces"


def test_the_party_points_back_at_the_party_named_before(pipeline):
    a = code(pipeline, "Thailand's Constitutional Court dissolved the Move Forward Party on Wednesday.\n\n"
                       "The party said the ruling was politically motivated.")
    [party] = [m for m in a.mentions if m.text == "party"]
    assert party.actor is not None and party.actor.kind == "party"


def test_background_told_by_a_month_some_months_back_is_historical(pipeline):
    a = dated(pipeline, "Ghana recalled its ambassador from Togo on Tuesday.\n\n"
                        "Togo expelled two Ghanaian diplomats in August 2025.", "2026-05-14")
    by_trigger = {e.trigger: e.modality for e in a.events}
    assert by_trigger.get("recalled") == "asserted"
    assert by_trigger.get("expelled") == "historical"
    # a month only weeks back is still news
    b = dated(pipeline, "Police in Lagos arrested 40 protesters in April, the police said.", "2026-05-14")
    assert [e.modality for e in b.events if e.type == "COERCE"] == ["asserted"]


def test_an_event_in_a_when_clause_of_a_since_date_happened_at_that_date(pipeline):
    a = dated(pipeline, "Protests have recurred across Kenya since June 2024, when demonstrators stormed "
                        "parliament in Nairobi.", "2026-07-08")
    [e] = [e for e in a.events if e.trigger == "stormed"]
    assert e.date_qualifier is None and e.date == "2024-06" and e.modality == "historical"
