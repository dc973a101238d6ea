"""Session 10: carrying on with an act, executions as events, disqualified candidates and
treasuries. Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_pressing_ahead_with_a_plan_is_no_request(pipeline):
    assert not asserted(pipeline, "The junta pressed ahead with plans for a referendum despite protests.", "REQUEST")
    # pressing for something still is one
    [e] = asserted(pipeline, "Opposition parties pressed for early elections in Bangladesh on Sunday.", "REQUEST")
    assert where(e.source) == ("BGD", "OPP")


def test_who_goes_ahead_with_an_act_does_it(pipeline):
    [e] = asserted(pipeline, "Iran went ahead with the execution of two protesters on Thursday.", "ASSAULT")
    assert (e.mode, where(e.source), e.target.country) == ("targeted", ("IRN", "GOV"), "IRN")
    [e] = asserted(pipeline, "Israel pressed on with its offensive in Rafah on Monday.", "ASSAULT")
    assert where(e.source) == ("ISR", "GOV")


def test_the_execution_of_a_person_is_an_assault_but_not_of_a_plan(pipeline):
    [e] = asserted(pipeline, "Saudi Arabia's execution of a Jordanian man drew criticism from Amnesty International.",
                   "ASSAULT")
    assert (e.mode, where(e.source), e.target.country) == ("targeted", ("SAU", "GOV"), "JOR")
    assert not asserted(pipeline, "The execution of the plan was delayed by two months.", "ASSAULT")


def test_disqualifying_candidates_restricts_them(pipeline):
    [e] = asserted(pipeline, "Kenya's electoral commission disqualified two presidential candidates on Friday.",
                   "COERCE")
    assert (e.mode, where(e.source), e.target.country) == ("restrict", ("KEN", "GOV"), "KEN")


def test_a_treasury_is_a_government_body(pipeline):
    [e] = asserted(pipeline, "Britain's Treasury blocked the sale of the steelworks to a Chinese firm.", "SANCTION")
    assert where(e.source) == ("GBR", "GOV")


def test_an_unnamed_group_takes_the_country_of_a_group_named_after_it(pipeline):
    [e] = asserted(pipeline, "Militants ambushed a convoy of Nigerien soldiers on Tuesday, killing twelve.", "ASSAULT")
    assert (where(e.source), where(e.target)) == (("NER", "REB"), ("NER", "MIL"))


def test_an_unnamed_group_takes_the_country_of_a_town_the_tagger_took_for_a_body(pipeline):
    events = asserted(pipeline, "Gunmen stormed a church in the town of Dori and abducted the priest.", "ASSAULT")
    assert {e.trigger: where(e.source) for e in events} == {"stormed": ("BFA", "REB"), "abducted": ("BFA", "REB")}


def test_a_verb_joined_to_the_object_before_shares_its_subject(pipeline):
    [e] = asserted(pipeline, "Islamist fighters set up checkpoints around the town of Arbinda and barred traders "
                   "from bringing in fuel.", "COERCE")
    assert (where(e.source), where(e.target)) == (("BFA", "REB"), ("BFA", "BUS"))


def test_an_agent_word_capitalised_first_is_an_unnamed_group(pipeline):
    [e] = asserted(pipeline, "Militiamen erected barricades across the main road and detained two aid workers.",
                   "COERCE")
    assert e.source is not None and e.source.sector == "REB"
    [e] = asserted(pipeline, "Jihadist fighters set up checkpoints around the town of Arbinda and barred farmers "
                   "from reaching their fields.", "COERCE")
    assert where(e.source) == ("BFA", "REB") and e.source.id.startswith("generic:")


def test_people_protesting_abroad_protest_to_their_own_government(pipeline):
    [e] = asserted(pipeline, "Eritreans living in Germany rallied in Frankfurt on Saturday against forced "
                   "conscription.", "PROTEST")
    assert (where(e.source), where(e.target)) == (("ERI", "CVL"), ("ERI", "GOV"))
    # "the embassy" they protest at is their state's, not the host's
    [e] = asserted(pipeline, "Iranian students in Paris protested outside the embassy after the execution of a "
                   "rapper.", "PROTEST")
    assert where(e.target) == ("IRN", "GOV")
    # workers on strike abroad are at odds with where they work
    [e] = asserted(pipeline, "Kenyan workers in Qatar went on strike over unpaid wages.", "PROTEST")
    assert where(e.target) == ("QAT", "GOV")
    # at home, the government where it happens
    [e] = asserted(pipeline, "Protesters marched through Nairobi on Tuesday.", "PROTEST")
    assert where(e.target) == ("KEN", "GOV")
    [e] = asserted(pipeline, "Kosovo Serbs rallied in Zvecan on Monday against the arrival of new mayors.", "PROTEST")
    assert where(e.target) == ("XKX", "GOV")
    # a state's own embassy named with a possessive stays theirs
    [e] = code(pipeline, "Chile and Peru reopened their embassies after a two-year rupture.").events
    assert (e.source.country, e.target.country) == ("CHL", "PER")


def test_a_state_named_across_a_border_is_not_where_it_happens(pipeline):
    [e] = asserted(pipeline, "The Kachin Independence Army overran a military post near the Chinese border on "
                   "Monday, killing six soldiers.", "ASSAULT")
    assert where(e.target) == ("MMR", "MIL") and (e.location is None or e.location.country != "CHN")
    [e] = asserted(pipeline, "Gunmen killed five soldiers near the Afghan border on Friday.", "ASSAULT")
    assert e.source.country is None and e.target.country is None
    [e] = asserted(pipeline, "Rebels attacked an army base near the border with Rwanda on Sunday.", "ASSAULT")
    assert e.target.country != "RWA"


def test_arms_sent_to_another_state_are_aid_and_a_pledge_to_send_them_is_no_threat(pipeline):
    [e] = asserted(pipeline, "Iran sent drones to Russia, Western officials said.", "AID")
    assert (where(e.source), where(e.target)) == (("IRN", "GOV"), ("RUS", "GOV"))
    events = code(pipeline, "Spain and Portugal promised to send firefighting planes to Greece.").events
    assert {(e.type, e.source.country, e.target.country) for e in events} == {("AGREE", "ESP", "GRC"),
                                                                             ("AGREE", "PRT", "GRC")}
    # troops and warships still deploy; jets sent for drills are no gift
    assert asserted(pipeline, "The US sent an aircraft carrier to the eastern Mediterranean.", "MOBILIZE")
    assert asserted(pipeline, "Russia sent fighter jets to Belarus for joint drills.", "MOBILIZE")


def test_neither_negates_what_its_subject_did(pipeline):
    events = code(pipeline, "Neither army has moved heavy weapons to the front since the truce.").events
    assert events and all(e.modality == "negated" for e in events)
    events = code(pipeline, "Neither Russia nor Ukraine has withdrawn its troops.").events
    assert events and all(e.modality == "negated" for e in events)
    assert asserted(pipeline, "Both armies moved heavy weapons to the front.", "MOBILIZE")


def test_a_meeting_where_a_pledge_was_made_is_its_setting_not_a_meeting_of_the_pledgers(pipeline):
    events = code(pipeline, "Germany and the Netherlands pledged to send tanks to Ukraine at a meeting of NATO "
                  "defence ministers in Brussels.").events
    assert {(e.type, e.source.country, e.target.country) for e in events} == {("AGREE", "DEU", "UKR"),
                                                                             ("AGREE", "NLD", "UKR")}


def test_forces_sent_to_guard_their_own_are_mobilised_not_aid(pipeline):
    assert asserted(pipeline, "Poland scrambled fighter jets to protect its airspace on Sunday.", "MOBILIZE")
    [e] = asserted(pipeline, "Rwanda sent troops to Mozambique to help its army fight insurgents.", "AID")
    assert where(e.target) == ("MOZ", "GOV")


def test_a_media_outlet_suspended_or_banned_is_censored(pipeline):
    [e] = asserted(pipeline, "Mali's junta suspended the French broadcaster TV5 Monde for three months.", "COERCE")
    assert (e.mode, where(e.target)) == ("censor", ("FRA", "MED"))
    [e] = asserted(pipeline, "Niger's junta suspended the BBC for three months on Thursday.", "COERCE")
    assert e.mode == "censor" and e.target.name == "BBC"


def test_a_protest_at_their_embassy_or_at_border_crossings(pipeline):
    [e] = asserted(pipeline, "Indonesian workers in Malaysia protested outside their embassy after a maid died.",
                   "PROTEST")
    assert where(e.target) == ("IDN", "GOV")
    [e] = asserted(pipeline, "Polish farmers blocked border crossings with Slovakia using tractors on Monday.",
                   "PROTEST")
    assert where(e.target) == ("POL", "GOV")


def test_a_countrys_police_is_not_one_of_its_special_police_forces(pipeline):
    [e] = asserted(pipeline, "Indian police evicted hundreds of families from government land in Assam.", "COERCE")
    assert e.source.id == "generic:IND:COP"


def test_a_government_building_taken_is_the_states(pipeline):
    [e] = asserted(pipeline, "Gunmen attacked a government building in Gao on Tuesday.", "ASSAULT")
    assert where(e.target) == ("MLI", "GOV") and e.target.kind == "state"


def test_two_parties_signing_an_agreement_on_a_topic_are_one_pair(pipeline):
    events = asserted(pipeline, "Kenya and Uganda signed an agreement on Amazon deliveries on Monday.", "SUPPORT")
    assert [(e.source.country, e.target.country) for e in events] == [("KEN", "UGA")]
