"""Event types through the real pipeline: the general rules that keep sport, markets, nature and
metaphor out, PLOVER's rules for futures, concessions and flight, and vocabulary that carries a
type other than its usual one. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from wirecoder.events.lexicon import load_lexicon
from wirecoder.pipeline import Pipeline
from wirecoder.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from wirecoder.settings import Settings
    return Pipeline(Settings())


def types(pipeline, text: str) -> list[str]:
    """The types of the events a careful coder counts (asserted, claimed, future, historical)."""
    [a] = pipeline.code([Article(id="t", text=text, content_hash="x")])
    return sorted(e.type for e in a.events if e.modality in {"asserted", "claimed", "future", "historical"})


@pytest.mark.parametrize("text", [
    "Ghana crushed Togo 4-1 in a World Cup qualifier in Kumasi on Saturday.",
    "New Zealand's bowlers destroyed the Pakistani top order on the first morning of the third Test.",
    "The Brazilian winger attacked down the left and fired a shot past the goalkeeper in the final minute.",
    "Poland's women defeated Serbia in straight sets to win the volleyball championship in Lodz.",
    "The challenger resigned after 41 moves, handing the grandmaster the chess title in Chennai.",
    "Kenya and Ethiopia clash in the final of the cross-country championship in Belgrade on Sunday.",
    "Paraguay beat Ecuador in Asuncion to move up to fourth place in the qualifying table.",
    "The Japanese pair attacked the net all evening to take the beach volleyball title in Doha.",
])
def test_sport_results_give_no_events(pipeline, text):
    assert types(pipeline, text) == []


def test_police_acting_at_a_match_is_still_an_event(pipeline):
    assert "ASSAULT" in types(pipeline, "Riot police fired tear gas at fans outside the stadium after the cup final in Tunis.")


@pytest.mark.parametrize("text", [
    "The World Bank warned of weaker growth in South Asia as higher oil prices squeeze household budgets.",
    "The airline warned that its losses would widen this year because of rising fuel costs.",
    "Shares in Japanese carmakers tumbled on Tuesday after the yen hit a six-month high.",
    "Gold rallied to a record as investors sought shelter from trade tensions.",
    "Typhoon Kong-rey battered eastern Taiwan, killing two people and cutting power to 500,000 homes.",
    "Monsoon floods destroyed thousands of homes in Sindh province, killing at least 40 people.",
    "Chinese smartphones are invading markets across Africa, forcing local brands to cut prices.",
])
def test_markets_forecasts_and_nature_are_no_events(pipeline, text):
    assert types(pipeline, text) == []


def test_a_sport_word_naming_a_place_does_not_make_a_sport_story(pipeline):
    assert "ASSAULT" in types(pipeline, "A rocket fired by Hezbollah hit a football pitch in the Golan Heights, killing 12 children.")


def test_a_warning_to_investors_about_inflation_is_a_forecast(pipeline):
    assert types(pipeline, "The central bank of Brazil warned savers that inflation would stay high for two more years.") == []


def test_a_warning_to_someone_is_still_a_threat(pipeline):
    assert types(pipeline, "Iran warned Israel that it would respond forcefully to any attack on its nuclear sites.") \
        == ["THREATEN"]


def test_words_borrowed_from_war_in_criticism(pipeline):
    assert types(pipeline, "Opposition leaders attacked the budget as a betrayal of the poor.") == ["ACCUSE"]
    assert types(pipeline, "Police in Lahore charged protesters with batons outside the provincial assembly.") \
        == ["ASSAULT"]
    assert types(pipeline, "Militiamen beat and detained two local reporters outside a polling station in Juba.") \
        == ["ASSAULT", "COERCE"]


def test_future_withdrawal_and_agreed_release_are_concede(pipeline):
    # PLOVER manual: future RETREAT and CONCEDE stay CONCEDE, they do not become AGREE
    assert types(pipeline, "Russia said it would withdraw its troops from the Armenian border town of Gyumri.") == ["CONCEDE"]
    assert types(pipeline, "Hamas agreed to release four Israeli hostages in exchange for Palestinian prisoners.") \
        == ["CONCEDE"]
    assert types(pipeline, "The ELN declared a ceasefire over the Easter holidays, the rebel group said.") == ["CONCEDE"]


def test_pardons_regret_and_giving_in_are_concede(pipeline):
    assert types(pipeline, "Morocco's king granted a pardon to 1,500 prisoners to mark the Throne Day holiday.") \
        == ["CONCEDE"]
    assert types(pipeline, "Japan expressed regret to South Korea over the remarks of a senior official.") == ["CONCEDE"]


def test_a_promise_of_force_and_a_wanted_list_are_threats(pipeline):
    assert types(pipeline, "North Korea promised swift retaliation against South Korea over the leaflet launches.") \
        == ["THREATEN"]
    assert types(pipeline, "Russia put Lithuania's former defence minister on its wanted list, the interior ministry said.") \
        == ["THREATEN"]
    assert types(pipeline, "A court in Minsk ordered the arrest in absentia of the exiled opposition leader.") == ["THREATEN"]


def test_fleeing_is_sanction_expel(pipeline):
    assert "SANCTION" in types(pipeline, "Militants torched a village in Cabo Delgado, forcing hundreds of families to flee.")


def test_specific_patterns_win_over_bare_ones(pipeline):
    assert types(pipeline, "Senegal and Mauritania struck a deal on fishing rights, the two governments said.") == ["AGREE"]
    assert types(pipeline, "The government met the demands of striking teachers on Friday.") == ["CONCEDE"]


def test_who_acts_and_how_set_the_type(pipeline):
    assert set(types(pipeline, "Indian and French marines trained together off the coast of Goa this week.")) == {"COOPERATE"}
    assert types(pipeline, "Rwanda sent 300 soldiers to the Central African Republic to help its army fight rebels.") \
        == ["AID"]
    assert types(pipeline, "North Korea fired two ballistic missiles into the sea off its east coast on Monday.") \
        == ["MOBILIZE"]
    assert types(pipeline, "Students stormed the education ministry in Dhaka over the exam results.") == ["PROTEST"]


def test_turning_boats_back_is_reject_and_releasing_water_no_release(pipeline):
    assert types(pipeline, "Malaysia's navy pushed back two boats carrying Rohingya refugees off Langkawi on Sunday.") \
        == ["REJECT"]
    assert "RETREAT" not in types(pipeline, "Ethiopia released water from the dam into the Blue Nile, Sudanese officials said.")


def test_a_missile_launch_toward_a_compass_point_is_a_test(pipeline):
    assert types(pipeline, "North Korea launched a cruise missile from Nampo toward the southwest on Friday.") \
        == ["MOBILIZE"]


def test_phrasal_verbs_the_parser_splits(pipeline):
    assert types(pipeline, "Iran's judiciary set free a French academic after two years in Evin prison.") == ["RETREAT"]
    assert types(pipeline, "Argentina quit the World Trade Organization's fisheries talks on Monday.") == ["SANCTION"]


def test_settings_purposes_and_charges_are_not_events_of_their_own(pipeline):
    # the summit is where they met; the purpose is what the tear gas was for; the charge is
    # what a conviction says, not a happening told as fact
    assert types(pipeline, "Emmanuel Macron met Olaf Scholz on the sidelines of the NATO summit in Vilnius.") == ["CONSULT"]
    assert types(pipeline, "Police in Belgrade fired tear gas to disperse students blocking a bridge.") \
        == ["ASSAULT", "PROTEST"]
    assert types(pipeline, "A court in Tehran convicted a journalist of spreading propaganda against the state.") \
        == ["SANCTION"]


def test_context_guards_are_data():
    g = load_lexicon().guards
    assert {"typhoon", "shares", "bowlers"} <= g.non_agents and "wicket" in g.sport_words
    assert "growth" in g.forecast and "retaliation" in g.threat_words and "euros" in g.currencies


@pytest.mark.parametrize("text", [
    # an act that has ceased, a trend
    "Since the coup, Western donors have stopped funding schools in the north of the country.",
    "The rebels have ceased attacking convoys on the main highway, local officials said.",
    "Talks between the two rival factions have dwindled over the past year, mediators said.",
    "Joint patrols along the border have decreased sharply since the spring, a military source said.",
    # a characterisation, a metaphor with an abstract agent, being forced by circumstances
    "Opposition leaders have repeatedly dismissed the commission as a tool of the ruling party.",
    "The ruling coalition was hit by defections in the weeks before the vote.",
    "The small parties were forced to merge after a new electoral threshold came into force.",
    # a purpose or a capability, a plot that never happened, history as background
    "The company has developed cheap drones to strike armoured vehicles, its chief executive said.",
    "Analysts said the navy now has submarines capable of striking ports across the region.",
    # what could not be done
    "Officials in Kabul said it was impossible to hold talks with the armed opposition this year.",
    # a question left open, the history an anniversary marks, talks that are business
    "Diplomats said it was unclear whether Ghana would expel the ambassador before the summit.",
    "Students lit candles on the campus to mark the anniversary of the army's crackdown on the democracy movement.",
    "The central bank governor held talks with investors in London on the new rate path.",
    "Families in Nairobi stocked up on maize flour ahead of the tax rise.",
    "Storm clouds gathered over the capital as forecasters warned of floods.",
    "The Armenian envoy said he had been unable to meet his Azerbaijani counterpart in Vienna.",
    "Veterans gathered to remember the 1982 invasion, in which hundreds of soldiers were killed.",
    # words of the weak types in other senses
    "Mexico's central bank injected liquidity into the banking system after the peso slid.",
    "The governing party mobilised its voters in the capital ahead of the runoff.",
    "Firefighters worked for two days to contain the fire at the refinery near Rotterdam.",
    "A crocodile killed a fisherman on the shores of Lake Victoria, police said.",
    "Thousands of pilgrims marched to the cathedral in Santiago de Compostela on Sunday.",
    "The central bank is struggling to strike a balance between growth and stable prices.",
])
def test_words_that_tell_no_happening(pipeline, text):
    assert types(pipeline, text) == []


def test_a_rejection_as_unaffordable_and_an_event_beside_a_background_siege(pipeline):
    assert types(pipeline, "The government dismissed the union's demands as unaffordable.") == ["REJECT"]
    assert types(pipeline, "At the height of the 2016 siege of the city, the UN delivered food by air.") == ["AID"]


@pytest.mark.parametrize("text, expected", [
    ("Italy cancelled 300 million euros of Mozambique's debt, the Italian foreign ministry said.", "AID"),
    ("India handed two patrol vessels to the Maldives coast guard at a ceremony in Male.", "AID"),
    ("Bolivia called up 5,000 young men for military service, the defence ministry said.", "MOBILIZE"),
    ("Kurdish fighters brought in reinforcements around Raqqa ahead of an expected offensive.", "MOBILIZE"),
    ("The Chadian army staged live-fire drills near the Sudanese border on Tuesday.", "MOBILIZE"),
    ("Students chained themselves to the gates of the education ministry in Dhaka.", "PROTEST"),
    ("Shopkeepers in Kathmandu shut their shops in a strike against new taxes.", "PROTEST"),
])
def test_weak_type_vocabulary(pipeline, text, expected):
    assert types(pipeline, text) == [expected]


def test_a_demand_or_denunciation_made_by_protesting_is_the_protest(pipeline):
    assert types(pipeline, "Thousands of Peruvians took to the streets of Lima to demand the president's resignation.") == ["PROTEST"]
    assert types(pipeline, "Unions began a nationwide strike to demand higher wages for public workers.") == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "The discount chain attacked the market with aggressive price cuts before the holidays.",
    "India launched a weather satellite into orbit from Sriharikota on Wednesday.",
    "The health ministry launched a vaccination campaign against polio in northern Nigeria.",
    "Moscow dismissed the new sanctions as meaningless, a spokesman said.",
])
def test_business_space_and_health_launches_are_no_events(pipeline, text):
    assert types(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Philippines received two patrol cutters from the United States on Monday.", ["AID"]),
    ("Dockworkers in Durban walked off the job over pay, their union said.", ["PROTEST"]),
    ("Activists held a vigil outside the Chinese embassy in London.", ["PROTEST"]),
    ("Al-Shabaab fighters raided a village in the Lower Shabelle region overnight.", ["ASSAULT"]),
    ("Saudi Arabia deposited $2 billion with Egypt's central bank.", ["AID"]),
    ("The Nigerian state government has armed hundreds of villagers in Zamfara, officials said.", ["MOBILIZE"]),
    ("Mali's government ordered a general mobilisation after the attack on the capital's airport.", ["MOBILIZE"]),
    ("Pakistan conducted a flight test of a new cruise missile from a warship in the Arabian Sea.", ["MOBILIZE"]),
    ("Al-Shabaab recruited hundreds of boys from villages in the Bay region, elders said.", ["MOBILIZE"]),
    ("The Kremlin ordered 300,000 reservists to report for duty.", ["MOBILIZE"]),
    ("The junta dispatched elite commandos to the mining town, residents said.", ["MOBILIZE"]),
    ("Serbia put its army on full combat readiness, the president said.", ["MOBILIZE"]),
    ("Pakistan carried out a training launch of its Fatah-II rocket system.", ["MOBILIZE"]),
    ("Modi dialled Zelenskiy to discuss the peace process, his office said.", ["CONSULT"]),
    ("Blinken consulted with Arab foreign ministers in Amman on the Gaza war.", ["CONSULT"]),
    ("Israel froze the tax revenues it collects on behalf of the Palestinian Authority.", ["COERCE"]),
    ("The EU committed 50 billion euros to Ukraine's economy until 2027.", ["AGREE"]),
    ("Armenia and Azerbaijan initialled a peace agreement in Washington.", ["SUPPORT"]),
    ("The regulator ordered the television station to stop broadcasting for a month.", ["COERCE"]),
    ("Italy announced a suspension of air links with Serbia on Wednesday.", ["SANCTION"]),
    ("The militia recruited hundreds of young men in the east to bolster their ranks, witnesses said.", ["MOBILIZE"]),
    ("Thousands of Ethiopian troops were massing along the border with Eritrea, diplomats said.", ["MOBILIZE"]),
    ("Israeli tanks gathered near the Gaza border on Friday, witnesses said.", ["MOBILIZE"]),
    ("A ceasefire between Sudan's army and the RSF took effect at noon, allowing traders to reopen their shops.", ["RETREAT"]),
])
def test_more_weak_type_vocabulary(pipeline, text, expected):
    assert types(pipeline, text) == expected


def test_stopping_an_act_negates_it(pipeline):
    [a] = pipeline.code([Article(id="t", text="Iran stopped arming the militias after the truce, officials said.",
                                 content_hash="x")])
    assert [(e.type, e.modality) for e in a.events] == [("AID", "negated")]


@pytest.mark.parametrize("text, expected", [
    ("Peru and Ecuador reopened their shared border to cargo traffic after a two-year closure.", ["COOPERATE"]),
    ("Azerbaijan began pumping natural gas to Syria through Turkey on Saturday.", ["COOPERATE"]),
    ("Kenya handed over 11 suspected Ugandan insurgents to Kampala on Friday.", ["COOPERATE"]),
    ("The Emirates bankrolled the construction of a hospital in Port Sudan.", ["AID"]),
    ("Norway handed over an air defence battery to Ukraine on Tuesday.", ["AID"]),
    ("Pakistan's army unveiled a new cruise missile at a parade in Islamabad.", ["MOBILIZE"]),
])
def test_borders_gas_suspects_batteries_and_parades(pipeline, text, expected):
    assert sorted(set(types(pipeline, text))) == expected  # (one event per target)


def test_aid_pledged_in_money_is_the_pledge(pipeline):
    assert types(pipeline, "Sweden pledged another 900 million kronor in military aid for Ukraine.") == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Herders in the Sahel were hit by a third year of drought, the UN said.",
    "During the 1980s civil war, tens of thousands of villagers were killed.",
    "Analysts said the rebels had dug tunnels to attack the army's supply lines.",
])
def test_abstract_agents_background_periods_and_purposes(pipeline, text):
    assert types(pipeline, text) == []


def test_a_conditional_uprising_and_hackers(pipeline):
    assert types(pipeline, "The interior ministry drew up plans to deploy troops if unrest spreads to the capital.") == []
    assert set(types(pipeline, "Hackers attacked the websites of four Estonian ministries on Monday.")) == {"COERCE"}


def test_an_offensive_being_prepared_has_not_happened(pipeline):
    assert types(pipeline, "The army is preparing a major offensive against the rebels in the north, officials said.") == []


def test_civilians_torching_state_property_riot(pipeline):
    assert types(pipeline, "Residents set fire to the ruling party's offices in Blantyre after the vote.") == ["PROTEST"]
    assert types(pipeline, "Gunmen torched a police station in Zamfara state on Sunday.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "A technology company trained 3,000 Ghanaian teachers in coding skills this year.",
    "The finance minister was hit with a fine for breaking campaign rules.",
    "Uganda's parliament passed a bill to deploy troops to South Sudan.",
])
def test_civilian_training_fines_and_bills_are_no_events(pipeline, text):
    assert types(pipeline, text) == []


def test_hitting_with_sanctions_and_a_verbal_attack(pipeline):
    assert types(pipeline, "Britain hit Iran with new sanctions on Tuesday.") == ["SANCTION"]
    assert types(pipeline, "Opposition leaders launched a blistering attack on the new budget.") == ["ACCUSE"]


@pytest.mark.parametrize("text, expected", [
    ("The Vietnamese navy sent three ships to the Spratly Islands on Friday.", ["MOBILIZE"]),
    ("South Korea gave two patrol boats to the Philippine coast guard.", ["AID"]),
    ("Burkina Faso's junta recruited hundreds of hunters into a militia.", ["MOBILIZE"]),
])
def test_ships_sent_are_deployed_and_ships_given_are_aid(pipeline, text, expected):
    assert types(pipeline, text) == expected


def test_days_of_clashes_are_clashes(pipeline):
    """Only frames of a period ("the height of", "the era of") make an event background."""
    assert types(pipeline, "Three days of clashes between the army and the RSF in Khartoum left 50 people dead.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    # a source asking for anonymity, courtesy, measures that 'target', what a law forbids and a
    # standing status (sentences like those in real wire copy around an event)
    "A health official who asked not to be named gave the figures to reporters.",
    "The prime minister's office sent condolences to the families of the victims.",
    "It was the latest in a series of sanctions packages targeting the country's oil exports.",
    "The designation makes it a criminal offence to finance the group.",
    "The tolls could not be verified because access to the area is restricted.",
    "European companies are also prohibited from making funds available to them.",
    "The movement is still officially outlawed in Kazakhstan.",
    "Analysts said the visit showed both governments' wish to shield their detente from regional turmoil.",
    "The ceasefire agreement between the two sides calls for 600 aid trucks a day.",
    "The sanctions freeze any assets of those designated in the United States.",
    "The interim president himself is still subject to a UN travel ban.",
])
def test_real_copy_around_events_tells_no_event(pipeline, text):
    assert types(pipeline, text) == []


def test_stepping_up_attacks_is_attacking_and_stepping_down_resigning(pipeline):
    assert types(pipeline, "Al-Shabaab has stepped up attacks on government forces in recent months.") == ["ASSAULT"]
    assert types(pipeline, "The interior minister stepped down on Friday after the prison break.") == ["RETREAT"]
