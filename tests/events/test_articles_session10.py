"""Whole articles, session 10: who a demand for a release is aimed at (whoever holds the
prisoners, told earlier), the act joined to a judgement that someone said ("said the verdict
was unjust and demanded ..."), a named person's unnamed spokesman, and the unnamed troops a
force's own spokesman tells of. Articles written for these tests, coded by the real pipeline."""
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


def test_a_demand_with_its_own_addressee_keeps_it(pipeline):
    a = code(pipeline, "Police in Lahore detained 60 teachers on Monday during a sit-in over unpaid salaries.\n\n"
                       "Human Rights Watch urged the provincial government to release the teachers.")
    e = _one(a, "REQUEST")
    assert e.target is not None and e.target.sector == "GOV"


def test_the_act_joined_to_a_judgement_said_is_the_speakers(pipeline):
    a = code(pipeline, "Japanese Foreign Minister Takeshi Iwaya met his Chinese counterpart in Beijing.\n\n"
                       "Iwaya said the detention of the businessman was unjustified and demanded his release.")
    e = _one(a, "REQUEST")
    assert e.source is not None and e.source.kind == "person" and e.source.country == "JPN"


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
