"""Session 13: a second main verb the parser hangs on a gerund keeps its subject; a trade
measure is aimed at the country whose goods it falls on. Sentences written for these tests,
coded by the real pipeline."""
from __future__ import annotations

from .coding import code, where


def typed(pipeline, text: str, kind: str):
    return [e for e in code(pipeline, text).events if e.type == kind]


def test_a_verb_coordinated_after_accused_of_doing_keeps_the_subject(pipeline):
    # the parser makes "expelled" a conjunct of "harbouring"; it is the junta's own act
    [e] = typed(pipeline, "Mali's junta accused Algeria of harbouring armed groups and expelled "
                          "Algiers' ambassador on Sunday.", "SANCTION")
    assert where(e.source) == ("MLI", "GOV") or where(e.source) == ("MLI", "MIL")
    assert where(e.target) == ("DZA", "GOV")


def test_tariffs_on_goods_from_two_countries_target_both(pipeline):
    events = typed(pipeline, "Washington imposed tariffs of 30 percent on copper and lumber from Chile "
                             "and Brazil on Friday.", "SANCTION")
    assert {where(e.source) for e in events} == {("USA", "GOV")}
    assert {e.target.name for e in events} == {"Chile", "Brazil"}


def test_dropping_most_of_its_tariffs_on_national_goods_concedes_to_that_state(pipeline):
    [e] = typed(pipeline, "Mexico scrapped most of its retaliatory tariffs on American farm goods "
                          "on Thursday.", "CONCEDE")
    assert where(e.source) == ("MEX", "GOV")
    assert where(e.target) == ("USA", "GOV")


def test_duties_on_national_goods_are_a_sanction_on_that_state(pipeline):
    [e] = typed(pipeline, "Turkey imposed duties of up to 40 percent on Chinese solar panels.", "SANCTION")
    assert where(e.source) == ("TUR", "GOV")
    assert where(e.target) == ("CHN", "GOV")


def test_curbs_on_sales_to_a_country_target_it(pipeline):
    [e] = typed(pipeline, "Japan widened its curbs on sales of chipmaking tools to Russia on Tuesday.",
                "SANCTION")
    assert where(e.target) == ("RUS", "GOV")


def test_a_ban_on_goods_with_no_origin_has_no_guessed_target(pipeline):
    [e] = typed(pipeline, "The ministry imposed a ban on plastic bags from March.", "SANCTION") or [None]
    assert e is None or e.target is None


def test_a_threat_of_countermeasures_after_an_act_is_aimed_at_its_doer(pipeline):
    [e] = typed(pipeline, "Beijing warned of countermeasures on Tuesday after the Czech government expelled "
                          "two Chinese diplomats.", "THREATEN")
    assert where(e.source) == ("CHN", "GOV")
    assert where(e.target) == ("CZE", "GOV")


def test_a_vow_of_revenge_after_a_possessed_act_is_aimed_at_the_owner(pipeline):
    [e] = typed(pipeline, "The Houthis vowed revenge after Israel's air raid on the port of Hodeidah.", "THREATEN")
    assert where(e.target) == ("ISR", "GOV")


def test_a_warning_after_a_natural_event_has_no_target(pipeline):
    events = typed(pipeline, "The governor warned of consequences after floods destroyed the harvest.", "THREATEN")
    assert all(e.target is None for e in events)


def test_jets_scrambled_after_foreign_bombers_flew_near_are_aimed_at_their_state(pipeline):
    [e] = typed(pipeline, "Norway scrambled fighter jets on Monday after two Russian patrol planes flew close "
                          "to its airspace.", "MOBILIZE")
    assert where(e.source) == ("NOR", "GOV")
    assert where(e.target) == ("RUS", "GOV")


def test_warning_shots_after_foreign_troops_crossed_are_aimed_at_them(pipeline):
    [e] = typed(pipeline, "Indian soldiers fired warning shots after Chinese troops crossed the Line of Actual "
                          "Control.", "ASSAULT")
    assert e.target is not None and e.target.country == "CHN"


def test_a_deployment_after_an_own_side_decision_has_no_target(pipeline):
    [e] = typed(pipeline, "Israel called up reservists on Sunday after its security cabinet approved the plan.",
                "MOBILIZE")
    assert e.target is None


def test_a_decree_struck_down_is_aimed_at_its_author(pipeline):
    [e] = typed(pipeline, "Brazil's Supreme Court struck down a decree by President Luiz Inacio Lula da Silva "
                          "on Thursday.", "SANCTION")
    assert e.target is not None and e.target.country == "BRA" and "Lula" in e.target.name


def test_a_strike_by_workers_at_a_named_company_is_aimed_at_it(pipeline):
    [e] = typed(pipeline, "Workers at Nigeria's state oil firm NNPC went on strike on Monday to demand "
                          "unpaid allowances.", "PROTEST")
    assert e.target is not None and e.target.name == "NNPC Limited"


def test_an_official_flying_to_a_foreign_capital_visits_its_state(pipeline):
    [e] = typed(pipeline, "Japanese Foreign Minister Takeshi Iwaya flew to Seoul on Tuesday.", "CONSULT")
    assert e.mode == "visit"
    assert where(e.source) == ("JPN", "GOV")
    assert where(e.target) == ("KOR", "GOV")


def test_an_official_arriving_in_a_foreign_capital_visits_its_state(pipeline):
    [e] = typed(pipeline, "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Sunday.", "CONSULT")
    assert where(e.target) == ("CHN", "GOV")


def test_a_trip_at_home_or_by_a_private_person_is_no_visit(pipeline):
    assert typed(pipeline, "President Javier Milei flew to Cordoba on Monday.", "CONSULT") == []
    assert typed(pipeline, "The footballer Lionel Messi arrived in Riyadh on Friday.", "CONSULT") == []


def test_new_sanctions_that_target_someone_are_aimed_at_them(pipeline):
    [e] = typed(pipeline, "New European Union sanctions target 15 Belarusian officials.", "SANCTION")
    assert e.source is not None and e.source.name == "European Union"
    assert e.target is not None and e.target.country == "BLR"
    [f] = typed(pipeline, "Fresh British sanctions target the Rapid Support Forces.", "SANCTION")
    assert f.target is not None and f.target.name == "Rapid Support Forces"


def test_measures_that_hit_someone_are_no_attack(pipeline):
    a = code(pipeline, "The sanctions hit six Chinese companies and two Indian refiners.")
    assert not [e for e in a.events if e.type == "ASSAULT"]


def test_new_as_a_first_word_is_kept_in_new_zealand(pipeline):
    [e] = typed(pipeline, "New Zealand recalled its ambassador from Moscow on Friday.", "SANCTION")
    assert where(e.source) == ("NZL", "GOV")


def test_sanctions_that_hit_a_count_of_a_count_end(pipeline):
    # a count of a count with nothing after it ("hundreds of thousands") must not loop
    a = code(pipeline, "The new sanctions hit hundreds of thousands.")
    assert not [e for e in a.events if e.type == "ASSAULT"]
