"""Session 9: relatives as targets, state anti-graft and electoral bodies, and the country of
an unnamed group told by a known person. Sentences written for these tests, coded by the real
pipeline."""
from __future__ import annotations

from .coding import code


def asserted(pipeline, text: str, type_: str):
    return [e for e in code(pipeline, text).events if e.type == type_ and e.modality == "asserted"]


def test_a_relative_is_the_target_not_the_person_they_are_related_to(pipeline):
    [e] = asserted(pipeline, "Gunmen kidnapped the daughter of a Nigerian senator in Kaduna state.", "ASSAULT")
    assert (e.target.country, e.target.sector) == ("NGA", "CVL")
    [e] = asserted(pipeline, "Police arrested the son of a former Colombian president on money-laundering charges.",
                   "COERCE")
    assert (e.target.country, e.target.sector) == ("COL", "CVL")
    [e] = asserted(pipeline, "Colombia's attorney general charged the former president's son with money laundering.",
                   "ACCUSE")
    assert e.target is not None and (e.target.country, e.target.sector) == ("COL", "CVL")


def test_a_state_anti_corruption_agency_is_government(pipeline):
    [e] = asserted(pipeline, "The anti-corruption agency in Bangladesh charged a former minister with graft.", "ACCUSE")
    assert e.source is not None and (e.source.country, e.source.sector) == ("BGD", "GOV")


def test_an_unnamed_force_is_of_the_country_of_the_person_who_tells_it(pipeline):
    [e] = asserted(pipeline, "Fernando Grande-Marlaska said police had arrested six suspected members of a "
                   "jihadist cell.", "COERCE")
    assert (e.source.country, e.source.sector) == ("ESP", "COP")
    # a place in the sentence still comes first
    [e] = asserted(pipeline, "Fernando Grande-Marlaska said police had arrested six people in Lisbon.", "COERCE")
    assert e.source.country == "PRT"
