"""Whole articles: an event told again by a bare definite noun is not a second event, a
summoning "to protest" is one diplomatic protest, a vow that someone "would pay a heavy price"
is a threat to them. Articles written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code


def test_a_bare_definite_event_noun_retells_the_event_before(pipeline):
    a = code(pipeline, "Chinese Foreign Minister Wang Yi held talks with Vietnamese officials in Hanoi on Monday.\n\n"
                       "During the visit Wang pledged grants for a railway study.\n\n"
                       "The two neighbours are friends, a Chinese diplomat told reporters after the talks.")
    consults = [e for e in a.events if e.type == "CONSULT" and e.modality == "asserted"]
    assert len(consults) == 1 and consults[0].source.id == "wang-yi"
    # a noun with a say of its own is a happening of its own
    b = code(pipeline, "Kenyan President William Ruto held talks with Somalia's president in Nairobi on Monday. "
                       "On Friday he flew to Addis Ababa for talks with Ethiopia's prime minister.")
    assert len([e for e in b.events if e.type == "CONSULT"]) >= 2


def test_summoning_an_envoy_to_protest_is_one_diplomatic_protest(pipeline):
    a = code(pipeline, "Russia's foreign ministry summoned the head of the EU delegation in Moscow to protest "
                       "against what it called illegal restrictions.")
    assert not [e for e in a.events if e.type == "PROTEST"]
    [e] = [e for e in a.events if e.type == "ACCUSE"]
    assert e.target is not None and e.target.id == "european-union"
    # a strike called to protest is still a protest
    b = code(pipeline, "Shopkeepers in Srinagar kept their shutters down in a strike called by separatist leaders "
                       "to protest against the arrest of a cleric.")
    assert [e for e in b.events if e.type == "PROTEST"]


def test_a_vow_that_someone_will_pay_a_heavy_price_threatens_them(pipeline):
    a = code(pipeline, "Israel's defence minister vowed that the Houthis would pay a heavy price.")
    [e] = [e for e in a.events if e.modality == "asserted"]
    assert (e.type, e.source.id, e.target.id) == ("THREATEN", "ISR", "houthis")


def test_welcoming_the_package_is_aimed_at_whoever_adopted_it(pipeline):
    a = code(pipeline, "The European Union adopted a new package of sanctions against Russia on Monday. "
                       "Ukrainian President Volodymyr Zelenskyy welcomed the package.")
    [e] = [e for e in a.events if e.type == "SUPPORT"]
    assert e.target is not None and e.target.id == "european-union"
