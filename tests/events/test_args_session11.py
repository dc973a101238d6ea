"""Session 11: appositions across a verb, "X and his minister", media suspended or closed, bases
attacked, "the two leaders", operations against a group, reduced relatives, demonyms tagged as
places. Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_a_phrase_hung_on_the_subject_across_its_verb_is_no_apposition(pipeline):
    [e] = asserted(pipeline, "Guinea's military rulers refused to admit a mission from ECOWAS, the African Union "
                             "and the United Nations, citing the unrest.", "REJECT")
    assert where(e.source) == ("GIN", "GOV")


def test_his_after_a_named_person_and_is_that_person(pipeline):
    evs = asserted(pipeline, "The Dutch foreign minister held talks in Brussels with President "
                             "Volodymyr Zelenskyy and his defence minister.", "CONSULT")
    # (not Belgium, where they met)
    assert {where(e.target) for e in evs} == {("UKR", "GOV")}


def test_the_broadcaster_points_back_at_the_outlet_named_before(pipeline):
    evs = code(pipeline, "Burkina Faso's junta ordered the suspension of Deutsche Welle for a month on Friday, "
                         "accusing the broadcaster of bias.").events
    [s] = [e for e in evs if e.type == "COERCE"]
    [a] = [e for e in evs if e.type == "ACCUSE"]
    assert (s.mode, where(s.source)) == ("censor", ("BFA", "GOV"))
    assert s.target.name == a.target.name == "Deutsche Welle"


def test_an_unknown_outlet_is_what_its_description_says(pipeline):
    [e] = asserted(pipeline, "Niger's junta ordered the closure of the Beninese broadcaster ORTB.", "COERCE")
    assert (e.mode, where(e.source), where(e.target)) == ("censor", ("NER", "GOV"), ("BEN", "MED"))
    assert e.target.name == "ORTB"


def test_an_attacked_base_is_the_army_of_where_it_stands(pipeline):
    evs = asserted(pipeline, "Jihadists attacked a base in Niger's Tillaberi region on Sunday.", "ASSAULT")
    assert [where(e.target) for e in evs] == [("NER", "MIL")]
    # a base hosting foreign troops is theirs
    [e] = asserted(pipeline, "Militias fired rockets at a base hosting French troops in Chad.", "ASSAULT")
    assert where(e.target) == ("FRA", "MIL")
    # a political base is no army's
    assert not code(pipeline, "The ruling party hopes to widen its base among farmers.").events


def test_the_two_leaders_are_the_titled_heads_named_before(pipeline):
    [e] = asserted(pipeline, "Ghana's president hosted the Togolese president in Accra on Friday, and the two "
                             "leaders agreed to reopen the border.", "AGREE")
    assert {where(e.source), where(e.target)} == {("GHA", "GOV"), ("TGO", "GOV")}


def test_operations_stepped_up_against_a_group_attack_it(pipeline):
    [e] = asserted(pipeline, "Peru's army stepped up operations against Shining Path remnants in the VRAEM valley "
                             "on Monday.", "ASSAULT")
    assert where(e.source) == ("PER", "MIL")
    assert e.target is not None and e.target.sector in {"REB", "INS"}


def test_a_reduced_relative_on_the_object_is_no_clause_of_the_verb(pipeline):
    # the parser reads "protesters opposed to ..." as a clause with its own subject
    [e] = asserted(pipeline, "Guinean soldiers beat protesters opposed to a third term in Conakry.", "ASSAULT")
    assert (where(e.source), e.target.country) == (("GIN", "MIL"), "GIN")
    assert not asserted(pipeline, "Guinean soldiers beat protesters opposed to a third term in Conakry.", "REJECT")
    # a verb of saying keeps its clause
    [e] = asserted(pipeline, "Officials said rebels armed with rifles attacked the town.", "ASSAULT")
    assert e.source is not None and e.source.sector == "REB"


def test_partisans_and_downing_street_are_actors(pipeline):
    [e] = asserted(pipeline, "Belarusian partisans blew up a railway line near Minsk.", "ASSAULT")
    assert where(e.source) == ("BLR", "REB")
    [e] = asserted(pipeline, "Downing Street condemned the detention of two British aid workers.", "ACCUSE")
    assert where(e.source) == ("GBR", "GOV")


def test_what_a_thing_is_used_for_is_no_event(pipeline):
    evs = code(pipeline, "Saboteurs blew up a bridge used to supply troops in the east.").events
    assert [e.type for e in evs] == ["ASSAULT"]


def test_a_demonym_tagged_as_a_place_is_its_state(pipeline):
    [e] = asserted(pipeline, "Moscow said Ukrainian shelling killed four people in the town of Shebekino.", "ASSAULT")
    assert (where(e.source), e.target.country) == (("UKR", "GOV"), "RUS")


def test_a_people_tagged_as_a_person_before_fighters_is_no_name(pipeline):
    # "Tuareg" is tagged PERSON: the rebels are an unnamed group of where the sentence is set
    [e] = asserted(pipeline, "Tuareg rebels attacked an army post near Kidal on Sunday.", "ASSAULT")
    assert where(e.source) == ("MLI", "REB")
