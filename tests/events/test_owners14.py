"""Arguments told through possessives and unnamed counterparts (the session-14 round): an
accusation whose accused object is no one the coder can name keeps no target (never the
victims of the deed it is accused of), and an order to one's own diplomats to leave a foreign
capital is aimed at the state they are ordered out of; each on sentences written for this test
and coded by the real pipeline."""
from __future__ import annotations

from wirecoder.records import Article

from .coding import code


def accusations(a: Article) -> list:
    return [e for e in a.events if e.type == "ACCUSE"]


def test_an_unnamed_accused_is_no_target(pipeline):
    a = code(pipeline, "Burundi accused its northern neighbour of bombing farming villages.")
    found = accusations(a)
    assert found and all(e.source and e.source.country == "BDI" for e in found)
    assert all(e.target is None for e in found)
    a = code(pipeline, "Azerbaijan accused its neighbour of sending troops to the border.")
    found = accusations(a)
    assert found and all(e.target is None for e in found)


def test_a_named_accused_is_still_the_target(pipeline):
    a = code(pipeline, "Ethiopia accused Eritrea of shelling border villages.")
    assert [e for e in accusations(a) if e.target and e.target.country == "ERI"]
    a = code(pipeline, "Kyiv blamed Moscow for shelling a hospital in Kherson.")
    assert [e for e in accusations(a) if e.target and e.target.country == "RUS"]


def test_own_diplomats_ordered_out_of_a_capital_aim_at_its_state(pipeline):
    a = code(pipeline, "Ethiopia told its envoy to leave Mogadishu.")
    assert [e for e in a.events if e.type == "SANCTION" and e.source and e.source.country == "ETH"
            and e.target and e.target.country == "SOM"]
    a = code(pipeline, "Mali ordered its ambassador to depart from Algiers and shut the embassy.")
    assert [e for e in a.events if e.type == "SANCTION" and e.source and e.source.country == "MLI"
            and e.target and e.target.country == "DZA"]


def test_foreign_envoys_ordered_out_stay_the_target(pipeline):
    a = code(pipeline, "Niger ordered the French ambassador to leave the country within 48 hours.")
    assert [e for e in a.events if e.type == "SANCTION" and e.target and e.target.country == "FRA"]


def test_an_accused_pronoun_keeps_its_antecedent(pipeline):
    a = code(pipeline, "Uganda's president dismissed his army chief and accused him of plotting a coup.")
    assert [e for e in accusations(a) if e.target and e.target.country == "UGA"]
