"""Whole articles, session 10: who a demand for a release is aimed at (whoever holds the
prisoners, told earlier), a named person's unnamed spokesman, the unnamed troops a force's own
spokesman tells of, a state's own name as a possessive, "the two leaders", an unnamed title
named before, an unnamed army's own aircraft and a leader's supporters. Articles written for
these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def _one(a, type_):
    got = [e for e in a.events if e.type == type_ and e.modality == "asserted"]
    assert len(got) == 1, got
    return got[0]


def test_demanding_the_release_of_detainees_told_before_aims_at_whoever_detained_them(pipeline):
    a = code(pipeline, "Police in Lahore detained 60 teachers on Monday during a sit-in over unpaid salaries.\n\n"
                       "Human Rights Watch demanded the release of the detained teachers.")
    e = _one(a, "REQUEST")
    assert e.target is not None and (e.target.country, e.target.sector) == ("PAK", "COP")


def test_calling_for_the_release_of_a_prisoner_a_court_sentenced_aims_at_its_state(pipeline):
    a = code(pipeline, "A court in Minsk sentenced a Polish journalist to eight years in prison on Friday.\n\n"
                       "Poland called for the release of the journalist.")
    e = _one(a, "REQUEST")
    assert e.source is not None and e.source.id == "POL"
    assert e.target is not None and e.target.id == "BLR"


def test_the_kurdish_regional_government_still_accuses_baghdad(pipeline):
    a = code(pipeline, "The Kurdistan Regional Government accused Baghdad of cutting the region's share of the "
                       "budget, a regional spokesman said.")
    e = _one(a, "ACCUSE")
    assert e.target is not None and e.target.id == "IRQ"


def test_a_demand_with_its_own_addressee_keeps_it(pipeline):
    a = code(pipeline, "Police in Lahore detained 60 teachers on Monday during a sit-in over unpaid salaries.\n\n"
                       "Human Rights Watch urged the provincial government to release the teachers.")
    e = _one(a, "REQUEST")
    assert e.target is not None and e.target.sector == "GOV"


def test_a_named_persons_unnamed_spokesman_speaks_for_him(pipeline):
    a = code(pipeline, "Police in Kampala arrested opposition leader Kizza Besigye on Sunday.\n\n"
                       "Besigye's spokesman accused the government of fabricating the charges.")
    e = _one(a, "ACCUSE")
    assert e.source is not None and e.source.kind == "person"
    assert e.target is not None and e.target.id == "UGA"


def test_troops_a_military_spokesman_tells_of_are_his_forces_not_the_country_where_they_acted(pipeline):
    a = code(pipeline, "A Turkish military spokesman said on Tuesday that troops had detained four men near the "
                       "Iraqi town of Zakho.")
    e = _one(a, "COERCE")
    assert e.source is not None and e.source.country == "TUR"


def test_a_leader_is_not_aimed_at_his_own_state_by_its_capitals_possessive(pipeline):
    a = code(pipeline, "Chinese President Xi Jinping spoke by telephone with Russian President Vladimir Putin on "
                       "Friday and pledged Beijing's continued support, state media said.")
    e = _one(a, "AGREE")
    assert e.source is not None and e.source.country == "CHN"
    assert all(not (x.target is not None and x.target.id == "CHN") for x in a.events)


def test_the_pledge_joined_to_a_call_goes_to_the_one_called(pipeline):
    a = code(pipeline, "Egyptian President Abdel Fattah al-Sisi spoke by telephone with Sudanese army chief Abdel "
                       "Fattah al-Burhan on Monday and pledged Cairo's full support, his office said.")
    e = _one(a, "AGREE")
    assert e.target is not None and e.target.country == "SDN"


def test_the_two_leaders_are_the_pair_named_before_in_the_sentence(pipeline):
    a = code(pipeline, "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
                       "Friday, and both leaders agreed to expand defence ties.")
    e = _one(a, "AGREE")
    assert e.source is not None and e.target is not None
    assert {e.source.country, e.target.country} == {"IND", "JPN"}


def test_signing_a_joint_statement_is_support(pipeline):
    a = code(pipeline, "French President Emmanuel Macron held talks with German Chancellor Friedrich Merz in Berlin, "
                       "and the two leaders signed a joint statement on defence spending.")
    e = _one(a, "SUPPORT")
    assert e.source is not None and e.target is not None
    assert {e.source.country, e.target.country} == {"FRA", "DEU"}


def test_troops_freeing_the_kidnapped_rescue_them(pipeline):
    a = code(pipeline, "Nigerian troops raided a forest camp in Kaduna state on Sunday and freed the abducted "
                       "farmers, the army said.")
    assert [e for e in a.events if e.type == "AID" and e.source is not None and e.source.sector == "MIL"]
    assert not [e for e in a.events if e.type == "RETREAT"]


def test_praising_the_new_measures_aims_at_who_imposed_them_not_at_who_answered(pipeline):
    a = code(pipeline, "The European Union imposed sanctions on 40 Iranian officials on Monday.\n\n"
                       "Iran's foreign ministry barred entry to ten European lawmakers in response.\n\n"
                       "Israeli Prime Minister Benjamin Netanyahu praised the new measures.")
    e = _one(a, "SUPPORT")
    assert e.target is not None and e.target.id == "european-union"


def test_an_unnamed_title_is_the_holder_the_article_named_with_it_before(pipeline):
    a = code(pipeline, "Foreign Minister Penny Wong said on Monday that Australia would send more aid to Fiji.\n\n"
                       "On Tuesday, Australia's foreign minister spoke by telephone with her Indonesian counterpart.")
    e = _one(a, "CONSULT")
    assert e.source is not None and e.source.kind == "person" and e.source.country == "AUS"


def test_an_unnamed_title_does_not_take_a_holder_of_another_title(pipeline):
    a = code(pipeline, "Prime Minister Anthony Albanese said on Monday that Australia would send more aid to Fiji.\n\n"
                       "On Tuesday, Australia's foreign minister spoke by telephone with her Indonesian counterpart.")
    e = _one(a, "CONSULT")
    assert e.source is not None and e.source.kind != "person"


def test_its_aircraft_after_an_unnamed_army_are_the_armys(pipeline):
    a = code(pipeline, "Chad's transitional government said on Sunday that it had closed the border with Sudan.\n\n"
                       "Separately, the army said that its aircraft had bombed a column of Boko Haram fighters near "
                       "Lake Chad.")
    e = _one(a, "ASSAULT")
    assert e.source is not None and (e.source.country, e.source.sector) == ("TCD", "MIL")


def test_a_leaders_supporters_named_by_a_modifier_are_his_followers_not_him(pipeline):
    a = code(pipeline, "Thousands of Imran Khan supporters marched in Lahore on Friday.")
    e = _one(a, "PROTEST")
    assert e.source is not None and e.source.kind != "person" and e.source.sector == "OPP"
