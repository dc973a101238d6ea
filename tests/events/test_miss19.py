"""Session 13 (events_dev19): the no-event families of the development sets. Coups, removals
from office, disarmament, protests that stop work or block sites, barring from a summit, and
deeds named by a noun inside a condemnation or a protest. Sentences written for these tests,
coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_an_army_taking_over_is_a_coup_aimed_at_the_state(pipeline):
    # ("soldiers seized power" stays as the gold sets disagree: ASSAULT in events_dev5a,
    # COERCE in events_actors6 and events_actors14)
    [e] = asserted(pipeline, "An army unit took over in Antananarivo after weeks of protests.", "COERCE")
    assert e.target is not None and e.target.country == "MDG"
    assert asserted(pipeline, "Mutinous officers deposed the president of Chad on Friday.", "COERCE")


def test_a_party_taking_power_after_a_vote_is_no_coup(pipeline):
    text = "The opposition took power after winning the election in Senegal."
    assert not asserted(pipeline, text, "COERCE")
    assert not asserted(pipeline, "The Dutch brewer took over a rival in Vietnam for $1 billion.", "COERCE")


def test_a_legislature_or_court_removing_an_officeholder_is_coerce(pipeline):
    [e] = asserted(pipeline, "Malawi's parliament removed the vice-president from office in a late-night vote.", "COERCE")
    assert e.source is not None and e.source.sector == "LEG"
    assert asserted(pipeline, "Peru's Congress voted to dismiss the interior minister over a wave of crime.", "COERCE")
    assert not asserted(pipeline, "Peru's Congress voted to dismiss the interior minister over a wave of crime.",
                        "SANCTION")


def test_a_company_dismissing_its_coach_is_no_event(pipeline):
    assert not code(pipeline, "The club dismissed its coach after a run of defeats.").events


def test_armed_groups_handing_over_firearms_disarm(pipeline):
    [e] = asserted(pipeline, "The National Liberation Army handed over 300 firearms to the government in Quibdo.",
                   "RETREAT")
    assert e.mode == "disarm"
    [e] = asserted(pipeline, "Militiamen in Ituri relinquished their rifles to Congolese officials on Monday.", "RETREAT")
    assert e.mode == "disarm"
    # a state handing vehicles to another state delivers them
    assert not asserted(pipeline, "The United States handed over 40 armoured vehicles to Ukraine.", "RETREAT")


def test_protesters_stopping_production_or_blocking_a_site_obstruct(pipeline):
    [e] = asserted(pipeline, "Protesters shut down production at an oilfield in southern Iraq on Sunday.", "PROTEST")
    assert e.mode == "obstruct"
    [e] = asserted(pipeline, "Villagers blocked the road to the gold mine in Ghana's Ashanti region.", "PROTEST")
    assert e.mode == "obstruct"
    assert not code(pipeline, "The company shut down production at its Texas plant for maintenance.").events


def test_barring_from_a_summit_is_reject_meet(pipeline):
    [e] = asserted(pipeline, "ASEAN barred Myanmar's foreign minister from its annual summit in Vientiane.", "REJECT")
    assert e.mode == "meet"
    assert not asserted(pipeline, "ASEAN barred Myanmar's foreign minister from its annual summit in Vientiane.",
                        "COERCE")


def test_deeds_named_by_nouns_inside_a_condemnation(pipeline):
    [e] = asserted(pipeline, "Amnesty condemned the public caning of two men in Aceh on Friday.", "ASSAULT")
    assert e.mode == "beat"
    [e] = asserted(pipeline, "Residents protested against the demolition of their homes in Lagos.", "ASSAULT")
    assert e.mode == "destroy"
    [e] = asserted(pipeline, "Rights groups condemned the shooting of a teenager by police in Nanterre.", "ASSAULT")
    assert e.mode == "firearms"
    assert not code(pipeline, "The council approved the demolition of the old bridge on Tuesday.").events


def test_deeds_looked_into_by_an_inquiry_are_told_as_fact(pipeline):
    [e] = asserted(pipeline, "Chile's ombudsman opened an inquiry into the shooting of a student by police in Temuco.",
                   "ASSAULT")
    assert e.source is not None and e.source.sector == "COP"
    assert asserted(pipeline, "Rights groups called for an investigation into the burning of villages by militias in "
                              "Darfur.", "ASSAULT")
    # what is alleged stays the content of the inquiry
    assert not asserted(pipeline, "Prosecutors opened an investigation into alleged abuses by the army.", "ASSAULT")


def test_civilians_storming_or_breaking_into_a_state_building_riot(pipeline):
    [e] = asserted(pipeline, "Hundreds of villagers stormed a police station in southern Guinea on Sunday.", "PROTEST")
    assert e.mode == "riot"
    [e] = asserted(pipeline, "Angry pensioners broke into the offices of the state pension fund in Bishkek.", "PROTEST")
    assert e.mode == "riot"
    assert not asserted(pipeline, "Hundreds of villagers stormed a police station in southern Guinea on Sunday.",
                        "ASSAULT")


def test_slapping_a_fine_on_a_company_is_a_sanction(pipeline):
    [e] = asserted(pipeline, "Uzbekistan's regulator slapped a fine on a foreign bank for breaching currency rules.",
                   "SANCTION")
    assert e.source is not None and e.source.country == "UZB"


def test_fined_is_read_as_fine_not_fin(pipeline):
    [e] = asserted(pipeline, "Kenya's competition authority fined two cement companies for fixing prices.", "SANCTION")
    assert e.source is not None and e.source.country == "KEN"


def test_dismantled_camps_and_tools_downed(pipeline):
    assert not asserted(pipeline, "Junior doctors in Lagos downed tools on Monday over unpaid allowances.", "ASSAULT")
    assert asserted(pipeline, "Belgian police dismantled a migrant camp near Zeebrugge on Tuesday.", "COERCE")


def test_hijacking_a_ship_is_its_seizure(pipeline):
    [e] = asserted(pipeline, "Pirates hijacked a Maltese-flagged bulk carrier off the coast of Oman.", "COERCE")
    assert e.mode == "seize"
    assert not asserted(pipeline, "Pirates hijacked a Maltese-flagged bulk carrier off the coast of Oman.", "ASSAULT")


def test_ships_driven_out_of_waters_are_coerced(pipeline):
    [e] = asserted(pipeline, "The Philippine Coast Guard drove off three Chinese militia vessels near Scarborough Shoal.",
                   "COERCE")
    assert e.source is not None and e.source.country == "PHL"


def test_legal_filings_against_someone_are_allegations(pipeline):
    [e] = asserted(pipeline, "Guatemalan prosecutors filed a criminal complaint against a former defence minister.",
                   "ACCUSE")
    assert e.mode == "allege"
    [e] = asserted(pipeline, "An opposition coalition took the electoral commission to court over the count in Quito.",
                   "ACCUSE")
    assert e.mode == "allege"


def test_fined_with_an_amount_is_a_sanction(pipeline):
    assert asserted(pipeline, "The European Commission fined Meta 800 million euros for abusing its market power.",
                    "SANCTION")
    assert not asserted(pipeline, "The European Commission fined Meta 800 million euros for abusing its market power.",
                        "COERCE")


def test_readmission_questioning_and_interception(pipeline):
    assert asserted(pipeline, "The African Union readmitted Burkina Faso at a summit in Addis Ababa on Sunday.",
                    "CONCEDE")
    assert not code(pipeline, "The patient was readmitted to hospital on Monday.").events
    [e] = asserted(pipeline, "Police in Harare questioned a newspaper editor over a report on army purchases.",
                   "COERCE")
    assert e.source is not None and e.source.sector == "COP"
    assert asserted(pipeline, "The Greek coast guard intercepted 90 migrants off the island of Lesbos on Monday.",
                    "COERCE")


def test_troops_leaving_or_abandoning_a_town_withdraw(pipeline):
    [e] = asserted(pipeline, "Officials said Malian troops had left the northern town of Ber on Sunday.", "RETREAT")
    assert e.mode == "withdraw"
    [e] = asserted(pipeline, "Congolese soldiers abandoned three villages near Rutshuru after heavy fighting.", "RETREAT")
    assert e.mode == "withdraw"
    assert not code(pipeline, "The tourists left the city after the festival.").events
