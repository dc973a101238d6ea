"""Cooperative and coercive events and who is source and target in them (AID, CONCEDE,
COERCE, CONSULT, COOPERATE): each rule on sentences written for this test, coded by the real
pipeline."""
from __future__ import annotations


from .coding import code, triples


def test_lifting_an_asset_freeze_is_a_concession(pipeline):
    assert triples(code(pipeline, "Canada lifted an asset freeze on Venezuela's central bank on Friday.")) == {
        ("CONCEDE", "CAN", "VEN")}


def test_flights_between_two_states_resuming_is_cooperation_between_them(pipeline):
    assert ("COOPERATE", "EGY", "IRN") in triples(code(pipeline, "Direct flights between Egypt and Iran resumed on "
                                                                 "Monday after a decade."))


def test_people_forcibly_returned_are_deported_by_the_agent(pipeline):
    a = code(pipeline, "Dozens of Syrian refugees were forcibly returned by Lebanon last week.")
    [e] = [e for e in a.events if e.modality == "asserted"]
    assert (e.type, e.mode, e.source.id, e.target.country, e.target.sector) == ("COERCE", "deport", "LBN", "SYR", "CVL")


def test_the_state_a_person_is_handed_to_is_the_only_target(pipeline):
    # the extradited or handed-over person is what moves between the two states, not a party
    assert triples(code(pipeline, "Peru extradited a drug lord to Mexico on Tuesday.")) == {("COOPERATE", "PER", "MEX")}
    assert triples(code(pipeline, "Kenya handed over five suspected members of a militia to Uganda.")) == {
        ("COOPERATE", "KEN", "UGA")}


def test_intelligence_shared_is_no_target(pipeline):
    assert triples(code(pipeline, "Iraq shared intelligence with Jordan about smuggling networks.")) == {
        ("COOPERATE", "IRQ", "JOR")}


def test_ships_carrying_relief_are_aid_not_a_deployment(pipeline):
    assert triples(code(pipeline, "Turkey sent three ships carrying flour and tents to Syria.")) == {("AID", "TUR", "SYR")}


def test_rescuers_sent_to_help_another_state_are_aid_to_it(pipeline):
    assert ("AID", "ESP", "PRT") in triples(code(pipeline, "Spain sent 80 firefighters to help Portugal fight wildfires."))


def test_a_visiting_delegation_is_the_visitor(pipeline):
    a = code(pipeline, "Nigeria's president met a visiting delegation from the African Union in Abuja.")
    [e] = [e for e in a.events if e.type == "CONSULT"]
    assert e.source.name == "African Union" and e.target.id == "NGA"


def test_aid_from_a_donor_has_the_donor_as_its_only_source(pipeline):
    a = code(pipeline, "Emergency aid from Japan reached Tonga on Friday.")
    assert [(e.type, e.source.id if e.source else None) for e in a.events] == [("AID", "JPN")]


def test_the_recipient_of_a_loan_tranche(pipeline):
    assert ("AID", "MWI") in {(t, tgt) for t, _, tgt in triples(code(
        pipeline, "The World Bank disbursed the first tranche of a $200 million loan to Malawi."))}


def test_promised_money_to_help_a_state(pipeline):
    assert ("AGREE", "AUS", "FJI") in triples(code(pipeline, "Australia promised $15 million to help Fiji rebuild "
                                                             "schools after the cyclone."), None)


def test_letting_foreign_warplanes_use_a_base_is_cooperation(pipeline):
    assert triples(code(pipeline, "Cyprus allowed French warplanes to use its air base.")) == {("COOPERATE", "CYP", "FRA")}


def test_a_concession_after_a_protest_is_made_to_the_protesters(pipeline):
    a = code(pipeline, "Peru's government scrapped a mining tax after farmers blocked roads for two weeks.")
    concede = [e for e in a.events if e.type == "CONCEDE"]
    protest = [e for e in a.events if e.type == "PROTEST"]
    assert concede and protest
    assert (concede[0].source.id, concede[0].target.country, concede[0].target.sector) == ("PER", "PER", "CVL")
    assert protest[0].target.id == "PER"


def test_an_expected_visit_has_not_happened(pipeline):
    a = code(pipeline, "A visit by the Chinese president to Brazil is expected next year.")
    assert not [e for e in a.events if e.modality in {"asserted", "future"}]


def test_barring_ships_from_ports_is_rejection(pipeline):
    assert {t for t, _, _ in triples(code(pipeline, "Norway barred Russian fishing vessels from its ports."))} == {"REJECT"}


def test_ordering_newspapers_closed_is_coercion(pipeline):
    a = code(pipeline, "The junta ordered the closure of two independent newspapers.")
    # (session 11: closing media outlets is censorship, as suspending or banning them is)
    assert [(e.type, e.mode) for e in a.events] == [("COERCE", "censor")]
    a = code(pipeline, "The junta ordered the closure of two private schools.")
    assert [(e.type, e.mode) for e in a.events] == [("COERCE", "restrict")]


def test_calling_off_a_blockade_is_a_concession(pipeline):
    a = code(pipeline, "Truckers called off their blockade of the capital on Friday.")
    assert [e.type for e in a.events] == ["CONCEDE"]


def test_aid_received_from_a_giver_the_parser_hangs_on_the_goods(pipeline):
    assert triples(code(pipeline, "Angola received a planeload of vaccines and syringes from Portugal on Monday.")) == {
        ("AID", "PRT", "AGO")}


def test_the_host_a_visitor_was_welcomed_by(pipeline):
    # one visit, its host the one who welcomed the visitor; the welcome is no SUPPORT of its own
    a = code(pipeline, "Kenyan President William Ruto arrived in Tokyo on a state visit and was welcomed by Japan's "
                       "prime minister.")
    assert [(e.type, e.target.country if e.target else None) for e in a.events] == [("CONSULT", "JPN")]


def test_working_with_another_agency_is_cooperation(pipeline):
    assert ("COOPERATE", "International Criminal Police Organization") in {
        (e.type, e.target.name if e.target else None)
        for e in code(pipeline, "Ghanaian police worked with Interpol on a probe into a human trafficking ring.").events}


def test_demarcating_a_border_is_done_together(pipeline):
    assert triples(code(pipeline, "Bolivia and Peru demarcated the last section of their border on Monday.")) == {
        ("COOPERATE", "BOL", "PER")}


def test_the_rest_of_a_debt_cancelled(pipeline):
    assert triples(code(pipeline, "France cancelled the rest of Mali's debt on Friday.")) == {("AID", "FRA", "MLI")}


def test_what_a_mission_is_for_is_no_deed(pipeline):
    a = code(pipeline, "Chad sent 300 soldiers to Niger to join the regional mission fighting jihadists near the border.")
    assert "ASSAULT" not in {e.type for e in a.events}


def test_a_hard_winter_is_no_attacker(pipeline):
    a = code(pipeline, "Japan promised $5 million to help Mongolia after a harsh winter that killed thousands of animals.")
    assert "ASSAULT" not in {e.type for e in a.events}


def test_talks_inside_a_possible_offer_are_not_announced(pipeline):
    a = code(pipeline, "Analysts said Kenya might offer to host talks between Sudan's warring parties.")
    assert not [e for e in a.events if e.modality in {"asserted", "future"}]


def test_an_airline_buying_jets_is_business(pipeline):
    assert not code(pipeline, "Kenya Airways agreed to buy ten Embraer jets on Tuesday.").events
    # (a state's purchase stays an agreement between states)
    assert ("AGREE", "POL", "USA") in triples(code(pipeline, "Poland agreed to buy 32 fighter jets from the United States."))


def test_the_state_a_grant_or_loan_is_for(pipeline):
    # the subject of the for-to clause ("a loan for Nepal to build rural roads")
    a = code(pipeline, "The Asian Development Bank approved a $150 million loan for Nepal to build rural roads.")
    assert [(e.type, e.target.id if e.target else None) for e in a.events] == [("AID", "NPL")]
    assert triples(code(pipeline, "Australia approved a $40 million grant for Papua New Guinea to upgrade its police "
                                  "force.")) == {("AID", "AUS", "PNG")}


def test_whose_salaries_are_paid(pipeline):
    assert triples(code(pipeline, "Saudi Arabia paid the salaries of Yemen's teachers for six months.")) == {
        ("AID", "SAU", "YEM")}


def test_unnamed_protesters_a_government_yields_to_are_its_people(pipeline):
    a = code(pipeline, "Malawi's government backed down and scrapped a fuel tax that had sparked angry protests in Lilongwe.")
    concede = [e for e in a.events if e.type == "CONCEDE"]
    protest = [e for e in a.events if e.type == "PROTEST"]
    assert concede and protest
    assert (concede[0].target.country, concede[0].target.sector) == ("MWI", "CVL")
    assert (protest[0].source.country, protest[0].source.sector, protest[0].target.id) == ("MWI", "CVL", "MWI")


def test_agreeing_to_keep_a_crossing_open_is_a_concession(pipeline):
    a = code(pipeline, "Chad's army agreed on Monday to keep the border crossing open to relief convoys.")
    assert [e.type for e in a.events] == ["CONCEDE"]
