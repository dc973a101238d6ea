"""Session 12 (h-art5): words in whole articles that report no event of their own. Sentences
written for these tests, coded by the real pipeline."""
from __future__ import annotations

from .coding import code

COUNTED = {"asserted", "claimed", "future", "historical"}


def counted(a, type_: str) -> list:
    return [e for e in a.events if e.type == type_ and e.modality in COUNTED]


def test_a_maxim_or_a_resolve_with_must_or_should_asks_nothing_of_anyone(pipeline):
    for text in ('"Nobody should be jailed for a post on social media," a Western envoy in Kampala said.',
                 '"No one should have to choose between food and safety," an aid official said.',
                 '"We must protect our farmers first," the Indian trade minister said.'):
        assert not counted(code(pipeline, text), "REQUEST"), text
    # a "must" on another actor is still that actor's demand
    a = code(pipeline, '"Russia must withdraw its troops now," a senior French diplomat said.')
    [e] = counted(a, "REQUEST")
    assert e.target is not None and e.target.id == "RUS"
    b = code(pipeline, "The summit concluded that the US and other rich nations must allocate more money to "
                       "clean water.")
    assert [e for e in counted(b, "REQUEST") if e.target is not None and e.target.id == "USA"]


def test_a_bare_would_appeal_is_a_legal_step_not_a_request(pipeline):
    for text in ("The lawyers of the convicted journalist said they would appeal.",
                 "The defendants will appeal, their lawyer told reporters in Lagos."):
        assert not counted(code(pipeline, text), "REQUEST"), text
    # an appeal to someone or for something is a request
    a = code(pipeline, "Lebanon's government appealed to the World Bank for emergency funding on Monday.")
    assert counted(a, "REQUEST")


def test_a_noun_described_as_backed_by_someone_is_no_support_event(pipeline):
    a = code(pipeline, "Nigerien troops backed by French drones launched an offensive against Islamic State "
                       "fighters near Menaka on Tuesday.")
    assert not counted(a, "SUPPORT")
    assert counted(a, "ASSAULT")
    b = code(pipeline, "Kyiv asked the bloc to speed up a loan backed by immobilised Russian central bank assets.")
    assert not counted(b, "SUPPORT")
    # backing told as the act itself is still SUPPORT
    c = code(pipeline, "Spain backed the Palestinian bid for full United Nations membership on Friday.")
    assert counted(c, "SUPPORT")


def test_a_toll_with_no_attacker_is_the_attack_told_before_it(pipeline):
    a = code(pipeline, "Security forces in Bangladesh opened fire on students marching in Dhaka on Monday, killing "
                       "at least six people, a hospital official said.\n\n"
                       "Soldiers also fired tear gas at crowds outside the university.\n\n"
                       "Doctors said most of the victims had been shot in the chest, and 30 more people were "
                       "wounded.", published="2026-05-12")
    assaults = counted(a, "ASSAULT")
    assert len(assaults) == 2
    # the toll joins the shooting, not the tear gas
    [shooting] = [e for e in assaults if e.mode != "crowd-control"]
    assert len(shooting.evidences) >= 2
    # a killing with its own attacker is an attack of its own
    b = code(pipeline, "Gunmen killed nine villagers in Zamfara state on Sunday.\n\n"
                       "On Monday bandits attacked a police post in neighbouring Katsina, killing two officers.",
             published="2026-05-12")
    assert len(counted(b, "ASSAULT")) == 2


def test_a_state_and_its_own_military_or_an_unnamed_group_tell_one_attack(pipeline):
    a = code(pipeline, "Indian jets struck camps of Lashkar-e-Taiba in Pakistani Kashmir early on Wednesday.\n\n"
                       "India's military said in a statement that its aircraft had hit nine camps of "
                       "Lashkar-e-Taiba.", published="2026-05-12")
    assert len(counted(a, "ASSAULT")) == 1
    b = code(pipeline, "The Somali army said it had carried out an air strike against al-Shabaab fighters near "
                       "Jilib on Friday, killing seven militants.", published="2026-05-12")
    assert len(counted(b, "ASSAULT")) == 1


def test_a_deed_of_anyone_who_might_do_it_is_no_event(pipeline):
    a = code(pipeline, "The governor warned that anyone who looted shops or attacked a police post would be "
                       "arrested.")
    assert not counted(a, "ASSAULT") and not counted(a, "PROTEST")
    b = code(pipeline, "The army chief said troops would shoot anyone who tried to storm the border fence.")
    assert not counted(b, "ASSAULT")
    # a deed of someone named is one
    c = code(pipeline, "Police in Kisumu arrested two men who attacked a police station on Sunday night.")
    assert counted(c, "ASSAULT")


def test_soldiers_freeing_people_in_a_kidnapping_story_rescue_them(pipeline):
    a = code(pipeline, "Gunmen abducted 30 farmers from a village in Zamfara state on Saturday, residents said.\n\n"
                       "The Nigerian Army said on Monday that its troops had freed nine of the farmers after a raid "
                       "on a forest camp.", published="2026-05-12")
    [aid] = counted(a, "AID")
    assert aid.source is not None and aid.source.sector == "MIL"
    assert not counted(a, "RETREAT")
    # police releasing detained protesters is a release
    b = code(pipeline, "Gunmen abducted 30 farmers from a village in Zamfara state on Saturday.\n\n"
                       "In Abuja, police released 40 protesters detained at a rally last week.", published="2026-05-12")
    assert counted(b, "RETREAT") and not counted(b, "AID")
