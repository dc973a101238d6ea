"""Session 13 (h-art6): actors and arguments of whole-article stories (coups and regional blocs,
deportations, mediated talks abroad). Sentences written for these tests, coded by the real
pipeline."""
from __future__ import annotations

from .coding import code, where

COUNTED = {"asserted", "claimed", "future", "historical"}


def counted(a, type_: str) -> list:
    return [e for e in a.events if e.type == type_ and e.modality in COUNTED]


def test_dominican_is_the_dominican_republic_not_dominica(pipeline):
    a = code(pipeline, "Dominican soldiers detained 200 Haitian migrants near the border town of Jimani on Friday.")
    [e] = counted(a, "COERCE")
    assert where(e.source) == ("DOM", "MIL")
    b = code(pipeline, "The Dominican government expelled a Haitian diplomat on Monday.")
    [e] = counted(b, "SANCTION")
    assert e.source is not None and e.source.id == "DOM"


def test_a_regional_bloc_told_by_its_region_is_the_bloc_not_a_state(pipeline):
    a = code(pipeline, "The Central African bloc suspended Gabon from its summits after the soldiers took over.")
    [e] = counted(a, "SANCTION")
    assert e.source is not None and e.source.name == "Economic Community of Central African States"
    assert e.target is not None and e.target.id == "GAB"
    b = code(pipeline, "The West African bloc lifted its sanctions on Guinea on Sunday.")
    [e] = counted(b, "CONCEDE")
    assert e.source is not None and e.source.sector == "IGO" and e.source.country is None
    c = code(pipeline, "ECCAS urged the officers in Libreville to free the president.")
    [e] = counted(c, "REQUEST")
    assert e.source is not None and e.source.name == "Economic Community of Central African States"
    # the state is still the state
    d = code(pipeline, "The Central African Republic expelled the French ambassador on Tuesday.")
    assert [e for e in d.events if e.source is not None and e.source.id == "CAF"]


def test_a_coup_is_aimed_at_the_soldiers_own_state(pipeline):
    for text, iso in (("Mutinous officers seized power in Antananarivo on Tuesday, the state broadcaster said.", "MDG"),
                      ("Soldiers grabbed power in Conakry and dissolved the government.", "GIN")):
        a = code(pipeline, text)
        [e] = [e for e in a.events if e.trigger_span and a.text[e.trigger_span[0]:].startswith(("seized", "grabbed"))]
        assert where(e.source) == (iso, "MIL"), text
        assert e.target is not None and e.target.id == iso, text
    # seizing weapons is no coup
    b = code(pipeline, "Police seized 40 rifles in Antananarivo on Tuesday.")
    assert all(e.target is None or e.target.id != "MDG" for e in b.events)


def test_an_unnamed_force_is_of_the_place_in_its_own_clause(pipeline):
    # the talks' venue (Kenya) hangs on another clause; the strike happens in South Sudan
    a = code(pipeline, "Negotiators met again in Nairobi on Monday, a day after the army shelled rebel "
                       "positions around Yei in South Sudan's Central Equatoria state.")
    [e] = counted(a, "ASSAULT")
    assert e.source is not None and e.source.country == "SSD" and e.source.sector == "MIL"
    # with no place of its own clause the group keeps the sentence's place
    b = code(pipeline, "Police in Kampala said the army had arrested 30 opposition supporters.")
    [e] = counted(b, "COERCE")
    assert e.source is not None and e.source.country == "UGA"


def test_leaving_for_a_country_names_where_people_go_not_their_home(pipeline):
    a = code(pipeline, "Iran let a group of 12 jailed dual nationals leave for Oman on Sunday after Tehran "
                       "commuted their sentences, their families said.")
    [e] = counted(a, "RETREAT")
    assert e.target is not None and e.target.country == "IRN"


def test_named_commands_and_armies_are_known(pipeline):
    a = code(pipeline, "The Southern Theatre Command sent warships to the Second Thomas Shoal on Friday.")
    [e] = counted(a, "MOBILIZE")
    assert e.source is not None and e.source.name == "Southern Theater Command" and where(e.source) == ("CHN", "MIL")
    b = code(pipeline, "White Army fighters attacked an SSPDF base near Nasir on Sunday.")
    assert any(e.target is not None and e.target.name == "South Sudan People's Defence Forces"
               for e in counted(b, "ASSAULT"))


def test_a_legal_challenge_is_a_step_in_court_not_an_event(pipeline):
    for text in ("The bar association said it would challenge the curfew order in the Constitutional Court.",
                 "Opposition lawyers went to court to challenge the detentions of 30 activists."):
        a = code(pipeline, text)
        assert not [e for e in a.events if e.trigger_span and
                    a.text[e.trigger_span[0]:e.trigger_span[1]].startswith("challenge")], text


def test_an_announced_march_is_a_plan_but_a_warned_one_is_a_threat(pipeline):
    a = code(pipeline, "Riot police cleared the square in Tbilisi on Monday. Opposition leaders said they would "
                       "march on the presidential palace on Saturday.")
    assert not [e for e in a.events if e.trigger_span and a.text[e.trigger_span[0]:].startswith("march")]
    b = code(pipeline, "Teachers' unions in Nairobi said they would strike from Monday over unpaid wages.")
    assert counted(b, "THREATEN")


def test_being_met_with_force_or_criticism_is_no_meeting(pipeline):
    for text in ("The rallies in Lome were met with tear gas and live fire.",
                 "The proposal was met with scepticism in Brussels."):
        assert not counted(code(pipeline, text), "CONSULT"), text
    a = code(pipeline, "Erdogan met with Aliyev in Baku on Monday.")
    assert counted(a, "CONSULT")


def test_taiwans_defence_ministry_is_known(pipeline):
    a = code(pipeline, "Taiwan's defence ministry said it had scrambled jets and deployed coastal missile units.")
    assert any(e.source is not None and e.source.name == "Ministry of National Defense" and e.source.country == "TWN"
               for e in counted(a, "MOBILIZE"))


def test_a_description_with_a_bare_modifier_points_back_like_the_plain_one(pipeline):
    a = code(pipeline, "The African Union suspended Sudan on Friday. The 55-member bloc also called on the army "
                       "to hand power to civilians.")
    [e] = counted(a, "REQUEST")
    assert e.source is not None and e.source.name == "African Union"
    b = code(pipeline, "SADC condemned the coup on Monday. The regional bloc also urged the officers to free the "
                       "president.")
    [e] = counted(b, "REQUEST")
    assert e.source is not None and e.source.name == "Southern African Development Community"


def test_ordering_the_closure_of_a_border_is_a_border_closure(pipeline):
    a = code(pipeline, "Niger ordered the closure of its border with Benin on Sunday.")
    [e] = counted(a, "SANCTION")
    assert e.source is not None and e.source.id == "NER"
    assert e.target is not None and e.target.id == "BEN"
    # the closure of a school is no sanction
    b = code(pipeline, "The governor ordered the closure of schools in Maiduguri.")
    assert not counted(b, "SANCTION")
