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


def test_a_subject_hung_on_an_opening_phrase_is_the_subject(pipeline):
    # the parser makes the name an apposition of the last word of the opening phrase
    [e] = asserted(pipeline, "On the sidelines of a summit in Addis Ababa, Kenyan President William Ruto met "
                             "Somalia's Hassan Sheikh Mohamud.", "CONSULT")
    assert {e.source.id if e.source else None, e.target.id if e.target else None} == {
        "william-ruto", "hassan-sheikh-mohamud"}


def test_an_alleged_deed_is_not_told_as_fact(pipeline):
    evs = [e for e in code(pipeline, "Peruvian prosecutors charged two officers over the alleged beating of a "
                                     "student in Cusco.").events if e.type == "ASSAULT"]
    assert all(e.modality != "asserted" for e in evs)
