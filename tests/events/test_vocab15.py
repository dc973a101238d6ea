"""Session 15 (events_vocab15, issue #5): common event words the coder did not recognise.
Sentences written for these tests (not the gold sentences), coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def asserted(pipeline, text: str, type_: str | None = None):
    return [e for e in code(pipeline, text).events
            if (type_ is None or e.type == type_) and e.modality == "asserted"]


def test_a_leader_sacking_or_firing_an_official_is_coerce(pipeline):
    for text in ("Mozambique's president sacked the chief of the armed forces on Tuesday.",
                 "Gabon's transitional leader fired his finance minister over a corruption scandal.",
                 "The Zimbabwean president dismissed the head of the prison service by decree.",
                 "Cameroon's defence minister was sacked by the president a week after the attack."):
        evs = asserted(pipeline, text)
        assert "COERCE" in {e.type for e in evs}, text
        assert "REJECT" not in {e.type for e in evs}, text
    [e] = asserted(pipeline, "Uganda's president sacked the army commander in a surprise reshuffle.", "COERCE")
    assert e.target is not None and (e.target.country, e.target.sector) == ("UGA", "MIL")


def test_relieved_of_duties_is_a_dismissal(pipeline):
    evs = asserted(pipeline, "Ecuador's president relieved the police commander of his duties after the prison riot.", "COERCE")
    assert evs


def test_dismissing_claims_is_still_a_rejection(pipeline):
    evs = asserted(pipeline, "Moscow dismissed the allegations as baseless and politically motivated.")
    assert "COERCE" not in {e.type for e in evs}


def test_sacking_coaches_executives_or_workers_is_no_event(pipeline):
    for text in ("The football club sacked its head coach after a run of six defeats.",
                 "The bank fired its chief executive over a bonus scandal.",
                 "The textile firm dismissed 300 workers at its mill near Faisalabad."):
        assert not asserted(pipeline, text, "COERCE"), text


def test_voters_ousting_a_president_is_no_coercion(pipeline):
    assert not asserted(pipeline, "Voters ousted the president in a landslide after two terms.", "COERCE")


def test_a_red_notice_or_a_detention_warrant_is_a_threat_of_arrest(pipeline):
    evs = asserted(pipeline, "Interpol issued a red notice for a former Ghanaian finance minister wanted for fraud.")
    assert [e.type for e in evs] == ["THREATEN"]
    evs = asserted(pipeline, "Prosecutors in Ankara issued detention warrants for 20 army officers.")
    assert "THREATEN" in {e.type for e in evs}
    assert "COERCE" not in {e.type for e in evs}


def test_a_warrant_for_the_arrest_of_is_no_arrest(pipeline):
    evs = asserted(pipeline, "A judge in La Paz issued a warrant for the arrest of a former interior minister.")
    assert "THREATEN" in {e.type for e in evs}
    assert "COERCE" not in {e.type for e in evs}


def test_workers_who_struck_are_on_strike(pipeline):
    [e] = asserted(pipeline, "Dockworkers at the port of Mombasa struck for a second day over unpaid bonuses.", "PROTEST")
    assert e.mode == "strike"
    assert not asserted(pipeline, "Lightning struck a crowded market in Kampala on Monday.", "PROTEST")


def test_a_wave_of_strikes_by_workers_is_a_strike_by_them(pipeline):
    # the parser hangs "by nurses" on "wave", not on "strikes"
    [e] = asserted(pipeline, "Ghana's health minister resigned after a wave of strikes by nurses over unpaid salaries.",
                   "PROTEST")
    assert e.mode == "strike"
    assert e.source is not None and (e.source.country, e.source.sector) == ("GHA", "CVL")


def test_impounding_and_evicting_are_coercion(pipeline):
    assert asserted(pipeline, "Police in Minsk impounded the car of an exiled opposition blogger.", "COERCE")
    evs = asserted(pipeline, "Police evicted dozens of street vendors from a market in Lagos.")
    assert "COERCE" in {e.type for e in evs}
    assert "SANCTION" not in {e.type for e in evs}


def test_pupils_phones_confiscated_by_teachers_is_no_event(pipeline):
    assert not asserted(pipeline, "A teacher confiscated phones from pupils during an exam in Nairobi.", "COERCE")


def test_refusing_to_discuss_a_demand_is_a_rejection(pipeline):
    evs = asserted(pipeline, "Belgrade refused to discuss the withdrawal of its troops from the border area.")
    assert "REJECT" in {e.type for e in evs}
    # "declined to discuss the details" is no comment, not a rejection
    assert not asserted(pipeline, "The ministry declined to discuss the details of the contract.", "REJECT")


def test_refusing_to_take_part_in_talks_is_a_rejection(pipeline):
    # (that the refused talks are then not coded as held was withdrawn in session 15: it cost a
    # blind set an event; see README-events-vocab15.md)
    evs = asserted(pipeline, "Somalia refused to take part in talks with Somaliland hosted by Djibouti.")
    assert "REJECT" in {e.type for e in evs}


def test_joint_drills_named_in_a_condemnation_are_held(pipeline):
    evs = asserted(pipeline, "Pyongyang denounced joint air drills by South Korea and Japan near its waters.", "COOPERATE")
    assert len(evs) == 1
    assert {evs[0].source.id if evs[0].source else None, evs[0].target.id if evs[0].target else None} == {"KOR", "JPN"}


def test_appointing_an_official_is_no_event(pipeline):
    assert not asserted(pipeline, "Senegal's president appointed a new prime minister on Saturday.")


def test_what_someone_is_likely_or_will_be_able_to_do_is_no_act(pipeline):
    assert not asserted(pipeline, "Diplomats said Tehran was likely to reject the proposal within days.", "REJECT")
    assert not asserted(pipeline, "Under the new law the governor will be able to dismiss mayors at will.", "COERCE")
    # what someone was able to do happened
    assert asserted(pipeline, "Special forces were able to free the hostages after a four-hour siege.")


def test_the_arrest_a_warrant_allows_is_not_done(pipeline):
    assert not asserted(pipeline, "Prosecutors obtained a warrant to arrest the former governor of Jalisco.", "COERCE")


def test_a_red_notice_published_is_interpols(pipeline):
    [e] = asserted(pipeline, "Interpol published a red notice for a former Congolese army general.", "THREATEN")
    assert e.source is not None and e.source.sector == "IGO"


def test_earthquake_drills_are_no_mobilisation(pipeline):
    assert not asserted(pipeline, "Millions of residents took part in earthquake drills across Tokyo on Sunday.")


def test_the_department_of_a_name_is_in_a_state_of_departments(pipeline):
    # Colón is a Honduran department and a Panamanian province
    [e] = asserted(pipeline, "Gunmen shot dead a land rights activist in the department of Colón on Friday.", "ASSAULT")
    assert e.target is not None and e.target.country == "HND"
    [e] = asserted(pipeline, "Gunmen shot dead a taxi driver in the province of Colón on Friday.", "ASSAULT")
    assert e.target is not None and e.target.country == "PAN"
