"""Session 14 (events_dev20): argument constructions on unseen text. Sentences written for these
tests (not the gold sentences), coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def sources(events) -> set:
    return {e.source.id for e in events if e.source is not None}


def test_a_list_of_three_states_read_as_an_apposition_is_a_list(pipeline):
    # the parser makes "Ghana" an apposition of "Benin" and "Togo" its conjunct
    evs = asserted(pipeline, "Benin, Ghana and Togo threw their support behind Senegal's candidate for the AfDB.", "SUPPORT")
    assert sources(evs) == {"BEN", "GHA", "TGO"}
    evs = asserted(pipeline, "Burundi, Rwanda and Uganda announced their withdrawal from the East African Community.",
                   "SANCTION")
    assert sources(evs) == {"BDI", "RWA", "UGA"}


def test_an_apposition_that_names_a_titled_person_stays_one(pipeline):
    evs = asserted(pipeline, "Ghana's foreign minister, Samuel Ablakwa, and his Togolese counterpart met in Accra.", "CONSULT")
    assert all(e.source is None or e.source.id != "TGO" or e.target is not None for e in evs)
    assert len(evs) <= 1


def test_new_sanctions_told_as_the_subject_of_freeze_are_news(pipeline):
    # the nationality word glued to "New" by the tagger is the state; the assets' owner the target
    [e] = asserted(pipeline, "New Australian sanctions freeze the assets of four Iranian commanders.", "SANCTION")
    assert e.source is not None and e.source.id == "AUS"
    assert e.target is not None and e.target.country == "IRN"
    [e] = asserted(pipeline, "Fresh EU sanctions freeze the assets of two Belarusian judges.", "SANCTION")
    assert e.source is not None and e.source.id == "european-union"


def test_what_standing_sanctions_do_is_no_event(pipeline):
    text = "The sanctions freeze any assets the two firms hold in Canada."
    assert not asserted(pipeline, text, "SANCTION")


def test_a_country_named_on_a_base_is_whose_it_is_not_where_it_stands(pipeline):
    [e] = asserted(pipeline, "Militia fighters fired mortars at a Turkish base in northern Iraq overnight.", "ASSAULT")
    assert e.target is not None and (e.target.country, e.target.sector) == ("TUR", "MIL")
    # the attackers are of the place the attack happens in, not of the base's owner
    assert e.source is None or e.source.country != "TUR"


def test_an_army_or_police_post_with_a_nationality_is_held_by_that_force(pipeline):
    [e] = asserted(pipeline, "Jihadist fighters overran a Malian army post near Menaka on Sunday.", "ASSAULT")
    assert e.target is not None and e.target.id == "malian-armed-forces"
    [e] = asserted(pipeline, "Insurgents stormed a Myanmar army outpost in Sagaing region.", "ASSAULT")
    assert e.target is not None and e.target.id == "tatmadaw"
    # a nationality on a thing that is no post stays the state
    [e] = asserted(pipeline, "Ukrainian drones struck a Russian oil depot in Bryansk overnight.", "ASSAULT")
    assert e.target is not None and e.target.id == "RUS"


def test_a_statement_by_a_body_is_the_body_s_word(pipeline):
    [e] = asserted(pipeline, "A statement by the Arab League condemned Israel's strikes on Syrian army depots.", "ACCUSE")
    assert e.source is not None and e.source.id != "ISR" and e.source.sector == "IGO"


def test_a_subject_hung_on_an_opening_phrase_is_the_subject(pipeline):
    # the parser makes the name an apposition of the last word of the opening phrase
    [e] = asserted(pipeline, "On the sidelines of a summit in Addis Ababa, Kenyan President William Ruto met "
                             "Somalia's Hassan Sheikh Mohamud.", "CONSULT")
    assert {e.source.id if e.source else None, e.target.id if e.target else None} == {
        "william-ruto", "hassan-sheikh-mohamud"}


def test_a_group_that_owns_a_deed_is_its_doer_and_what_an_inquiry_is_into(pipeline):
    text = "Bolivian prosecutors opened an inquiry into the police's beating of three miners in Potosi."
    [e] = asserted(pipeline, text, "ACCUSE")
    assert e.target is not None and (e.target.country, e.target.sector) == ("BOL", "COP")
    [e] = asserted(pipeline, "Activists condemned the army's shelling of a village in Kachin state.", "ASSAULT")
    assert e.source is not None and e.source.sector == "MIL"


def test_a_province_named_like_a_country_is_the_province(pipeline):
    # Niger is also a Nigerian state: "in Niger state" places the sentence in Nigeria
    [e] = asserted(pipeline, "Bandits abducted 40 villagers in Niger state on Sunday, police said.", "ASSAULT")
    assert e.source is not None and e.source.country == "NGA"
    assert e.target is not None and e.target.country == "NGA"
    # the country's own "state" (its state media) stays the country
    [e] = asserted(pipeline, "Niger's state television said the junta had detained three ministers.", "COERCE")
    assert e.source is not None and e.source.country == "NER"


def test_an_alleged_deed_is_not_told_as_fact(pipeline):
    evs = [e for e in code(pipeline, "Peruvian prosecutors charged two officers over the alleged beating of a "
                                     "student in Cusco.").events if e.type == "ASSAULT"]
    assert all(e.modality != "asserted" for e in evs)


def test_rebels_freeing_police_free_the_state_s_men(pipeline):
    # the state's own police are withdrawn by the state, but freed (not withdrawn) by rebels
    [e] = asserted(pipeline, "Separatist fighters freed six police officers they had held in Bamenda.", "RETREAT")
    assert e.target is not None and e.target.sector == "COP"


def test_a_resignation_after_strikes_or_protests_is_aimed_at_the_protesters(pipeline):
    [e] = asserted(pipeline, "Malawi's energy minister resigned after weeks of protests by fuel traders in Lilongwe.",
                   "RETREAT")
    assert e.target is not None and e.target.country == "MWI" and e.target.sector not in {"GOV", "MIL", "COP"}


def test_soldiers_of_a_named_army_are_that_army(pipeline):
    [e] = asserted(pipeline, "The rebels released 12 captured soldiers of the Malian army to the Red Cross in Kidal.",
                   "RETREAT")
    assert e.target is not None and e.target.id == "malian-armed-forces"
