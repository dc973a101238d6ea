"""Reactions told in the same sentence as the act they answer, aimed at whoever did that act:
a clause coordinated with the act's ("..., and Athens lodged a strong protest"), a clause of
"after" on it, a summing-up noun beside it ("..., a deal that New Zealand criticised"), a
"prompting Israel to warn", "despite criticism from X" (but protests an act sparks are aimed at
the government), a
protest "against the killing of X by soldiers", the plan "Egypt and Qatar had drafted", a
verdict "called a sham", and "the sentencing of X ... by a court". Sentences written for these
tests (none is a gold line), coded by the real pipeline."""
from __future__ import annotations

from .coding import events, where


def test_a_reaction_coordinated_with_the_act(pipeline):
    [e] = events(pipeline, "Iran seized a Greek tanker in the Gulf of Oman on Wednesday, and Athens lodged a "
                           "strong protest.", "ACCUSE")
    assert e.source.id == "GRC" and e.target is not None and e.target.id == "IRN"
    [e] = events(pipeline, "The Rapid Support Forces shelled a hospital in El Obeid on Monday, and the World "
                           "Health Organization condemned the attack.", "ACCUSE")
    assert e.target is not None and e.target.id == "rapid-support-forces"


def test_a_reaction_after_the_act(pipeline):
    [e] = events(pipeline, "Vietnam filed a formal protest after Chinese vessels rammed a Vietnamese fishing boat "
                           "near the Paracel Islands.", "ACCUSE")
    assert e.source.id == "VNM" and e.target is not None and e.target.id == "CHN"


def test_a_noun_summing_up_the_act(pipeline):
    [e] = events(pipeline, "The Solomon Islands signed a fisheries pact with China, a deal that New Zealand "
                           "criticised.", "ACCUSE")
    assert e.source.id == "NZL" and e.target is not None and e.target.id == "SLB"


def test_a_reaction_the_act_prompted_or_drew(pipeline):
    [e] = events(pipeline, "Hamas fighters abducted two Israeli soldiers near the border, prompting Israel to warn "
                           "of a harsh response.", "THREATEN")
    assert e.source.id == "ISR" and e.target is not None and e.target.id == "hamas"
    [e] = events(pipeline, "Despite criticism from Amnesty International, Kuwaiti authorities deported hundreds of "
                           "Egyptian workers.", "ACCUSE")
    assert e.target is not None and e.target.country == "KWT"
    # protests an act sparks are aimed at the government, as PLOVER codes protests
    [e] = events(pipeline, "Bolivian police arrested a popular union leader in La Paz, prompting protests by "
                           "thousands of miners.", "PROTEST")
    assert e.target is not None and e.target.id == "BOL"


def test_a_protest_against_an_act_told_with_its_doer(pipeline):
    [e] = events(pipeline, "Villagers in Mindanao blocked the highway to protest against the killing of a farmer "
                           "by soldiers.", "PROTEST")
    assert where(e.target) == ("PHL", "MIL")


def test_the_owner_of_a_plan_named_by_a_relative_clause(pipeline):
    got = events(pipeline, "Israel rejected the truce proposal that Egypt and Qatar had drafted on Sunday.", "REJECT")
    assert sorted(e.target.id for e in got if e.target is not None) == ["EGY", "QAT"]


def test_calling_an_act_a_sham_is_a_condemnation(pipeline):
    # the act the naming verb sums up is told as fact (the parser makes it a clause of "called")
    text = "A Minsk court jailed a Polish journalist for eight years, a ruling Warsaw called a farce."
    [e] = events(pipeline, text, "ACCUSE")
    assert e.source.id == "POL" and where(e.target) == ("BLR", "JUD")
    assert [e.mode for e in events(pipeline, text, "COERCE")] == ["arrest"]
    [e] = events(pipeline, "Washington called the election a sham after Belarusian authorities barred all "
                           "opposition candidates.", "ACCUSE")
    assert e.source.id == "USA" and e.target is not None and e.target.country == "BLR"
    # a participle on another verb says how the act is seen: no second event
    assert events(pipeline, "The foreign minister rejected the plan, calling it a dangerous provocation.",
                  "ACCUSE") == []


def test_the_sentencing_of_someone_by_a_court(pipeline):
    text = ("Human Rights Watch condemned the sentencing of a Tunisian lawyer to five years in prison by a court "
            "in Tunis.")
    [e] = events(pipeline, text, "SANCTION")
    assert e.mode == "convict" and where(e.source) == ("TUN", "JUD")
    [e] = events(pipeline, text, "ACCUSE")
    assert where(e.target) == ("TUN", "JUD")


def test_a_deed_praised_or_condemned_by_its_doers_possessive_is_told_as_fact(pipeline):
    text = "Washington welcomed Venezuela's release of two American oil executives on Friday."
    [e] = events(pipeline, text, "SUPPORT")
    assert e.target is not None and e.target.id == "VEN"  # the one who freed them, not the freed
    [e] = events(pipeline, text, "RETREAT")
    assert e.mode == "release" and e.source.id == "VEN"
    text = "Lithuania condemned Belarus's recognition of Crimea as Russian territory on Tuesday."
    [e] = events(pipeline, text, "ACCUSE")
    assert e.target is not None and e.target.id == "BLR"
    [e] = events(pipeline, text, "SUPPORT")
    assert e.source.id == "BLR"


def test_words_aimed_at_a_capital_that_stands_for_the_eu(pipeline):
    [e] = events(pipeline, "The Chinese commerce ministry hit back at Brussels on Monday over new tariffs on "
                           "electric cars.", "ACCUSE")
    assert e.target is not None and e.target.id == "european-union"


def test_declining_to_comment_is_no_rejection(pipeline):
    assert events(pipeline, "The interior minister declined to comment on the verdict when reporters asked him "
                            "about it in Quito.", "REJECT") == []
    # a refusal of an act still is one
    assert events(pipeline, "The junta refused to hand over the detained president to ECOWAS envoys.", "REJECT")


def test_a_demand_drawn_with_a_condemnation(pipeline):
    # the parser makes "a demand" a conjunct of "drew", which holds the "from"
    [e] = events(pipeline, "Russia's shelling of a maternity hospital in Kherson drew sharp condemnation from "
                           "Germany and a demand for an independent inquiry.", "REQUEST")
    assert e.source.id == "DEU" and e.target is not None and e.target.id == "RUS"
