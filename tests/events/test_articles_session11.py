"""Whole articles, session 11: unnamed armed men ("the kidnappers", "the gang") an article
later or earlier gives a name, a person told by one of his middle names after his full name, and
"the ministry" after a ministry told by its portfolio. Articles written for these tests, coded
by the real pipeline."""
from __future__ import annotations

from .coding import code


def _asserted(a, type_):
    return [e for e in a.events if e.type == type_ and e.modality == "asserted"]


def _one(a, type_):
    got = _asserted(a, type_)
    assert len(got) == 1, got
    return got[0]


_KIDNAP = ("Gunmen kidnapped two aid workers near the Somali town of Baidoa on Monday, police said.\n\n"
           "Al-Shabaab said in a radio broadcast on Tuesday that its fighters had seized the pair. "
           "The International Committee of the Red Cross called on the kidnappers to free them unharmed.")


def test_the_kidnappers_are_the_armed_group_the_article_names(pipeline):
    e = _one(code(pipeline, _KIDNAP), "REQUEST")
    assert e.target is not None and e.target.name == "Al-Shabaab"


def test_unnamed_gunmen_told_before_the_name_are_that_group(pipeline):
    got = [e for e in _asserted(code(pipeline, _KIDNAP), "ASSAULT") if e.trigger.startswith("kidnapped")]
    assert got and all(e.source is not None and e.source.name == "Al-Shabaab" for e in got)


def test_with_two_armed_groups_of_the_country_named_the_gunmen_stay_unnamed(pipeline):
    a = code(pipeline, "Gunmen raided a market in the Nigerian town of Monguno on Friday, killing nine traders, "
                       "officials said.\n\nBoko Haram and Islamic State West Africa Province are both active "
                       "in the area. The army said troops had pursued the attackers into the bush.")
    got = _asserted(a, "ASSAULT")
    assert got and all(e.source is None or e.source.id.startswith("generic:") for e in got)


def test_clan_militias_are_not_the_armed_group_the_article_names(pipeline):
    a = code(pipeline, "Al-Shabaab fighters attacked an army base near Beledweyne on Sunday, the Somali army "
                       "said.\n\nThe regional governor urged clan militias in the area to join the "
                       "counter-offensive.")
    e = _one(a, "REQUEST")
    assert e.target is not None and e.target.name != "Al-Shabaab"


def test_a_middle_name_alone_points_back_at_the_full_name(pipeline):
    a = code(pipeline, "Security forces arrested opposition leader Jean-Pierre Mbala Kasongo in Kinshasa on "
                       "Monday, his party said.\n\nMbala condemned the arrest in a message from his cell and "
                       "called on the African Union to intervene.")
    [arrest] = _asserted(a, "COERCE")
    req = _one(a, "REQUEST")
    assert arrest.target is not None and req.source is not None
    assert req.source.id == arrest.target.id and req.source.name == "Jean-Pierre Mbala Kasongo"


def test_the_ministry_is_the_ministry_told_last_even_by_its_portfolio(pipeline):
    a = code(pipeline, "Two shells landed near the Ethiopian border town of Humera on Monday, Sudan's defence "
                       "ministry said.\n\nEritrea's information ministry on Tuesday denied that its forces had "
                       "fired the shells. The ministry accused Ethiopia of staging the incident.")
    e = _one(a, "ACCUSE")
    assert e.source is not None and e.source.country == "ERI"
    assert e.target is not None and e.target.id == "ETH"


def test_a_passive_toll_in_the_attack_told_before_is_not_a_second_attack(pipeline):
    a = code(pipeline, "Militants attacked a police post near the town of Bannu on Sunday, officials said.\n\n"
                       "Three policemen were wounded in the attack, a hospital official said.")
    assert len(_asserted(a, "ASSAULT")) == 1


def test_a_toll_in_a_separate_attack_is_an_attack_of_its_own(pipeline):
    a = code(pipeline, "Militants attacked a police post near the town of Bannu on Sunday, officials said.\n\n"
                       "Three policemen were wounded in a separate attack in Lakki Marwat, a hospital official said.")
    assert len(_asserted(a, "ASSAULT")) == 2


def test_the_two_leaders_are_the_named_president_and_the_titled_guest(pipeline):
    a = code(pipeline, "Kenyan President William Ruto hosted Ethiopia's prime minister in Nairobi on Monday, and the "
                       "two leaders signed an agreement on a new power line, officials said.")
    e = _one(a, "SUPPORT")
    assert e.source is not None and e.source.name == "William Ruto"
    assert e.target is not None and e.target.id == "ETH"


def test_the_groups_fighters_after_the_group_was_named_are_the_group(pipeline):
    a = code(pipeline, "Gunmen attacked a police post near the Somali town of Afgoye on Sunday, police said.\n\n"
                       "Al-Shabaab claimed the attack on Monday. The army said soldiers had later killed nine of "
                       "the group's fighters near the town.")
    got = [e for e in _asserted(a, "ASSAULT") if e.trigger == "killed"]
    assert got and got[0].target is not None and got[0].target.name == "Al-Shabaab"
