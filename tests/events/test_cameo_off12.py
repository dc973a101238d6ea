"""Session 12 (h-cameooff): verbs of the converted CAMEO dictionary that a careful coder would not
code (cameo_defaults_off and cameo_off in patterns.yaml), and the senses of them kept by curated
patterns. Sentences written for these tests, coded by the real pipeline."""
from __future__ import annotations

import pytest

from .coding import code

COUNTED = {"asserted", "claimed", "future", "historical"}


def counted(a) -> list:
    return [e for e in a.events if e.modality in COUNTED]


@pytest.mark.parametrize("text, word", [
    ("Cattle raids have plagued the border districts of South Sudan for a decade.", "plagued"),
    ("Prosecutors charged three customs officers suspected of taking bribes from smugglers in Mombasa.", "suspected"),
    ("Police suspect a local gang of the robbery.", "suspect"),
    ("The inspectors last verified the reactor's fuel stock in March.", "verified"),
    ("Soldiers were combing the hills near the border for the escaped prisoners.", "combing"),
    ("The cabinet will study the unions' proposals next week.", "study"),
    ("Officials said the rumours were spread by people who wanted to harm relations between the neighbours.", "harm"),
    ("Economists said the new tax would hurt small traders in Lagos.", "hurt"),
    ("The coast guard will enforce the fishing ban in the bay from Monday.", "enforce"),
    ("The two governments agreed to enforce the sanctions more strictly.", "enforce"),
    ("The opposition said the president was undermining the independence of the courts.", "undermining"),
    ("Several countries still import Russian gas through the pipeline.", "import"),
    ("Indian refiners buy large volumes of Russian crude.", "buy"),
    ("The militia, which governs much of the north, runs its own courts.", "governs"),
    ("Thousands of residents celebrated the new year in the capital's main square.", "celebrated"),
    ("The election commission declared the incumbent the winner with 61 percent of the vote.", "declared"),
    ("The ministry offered a reward for information on the missing journalist.", "offered"),
    ("UN monitors patrolling the buffer zone reported no incidents overnight.", "patrolling"),
    ("The governing party pushed through a bill on foreign funding of charities.", "pushed"),
])
def test_a_dictionary_verb_that_names_no_event_codes_nothing(pipeline, text, word):
    a = code(pipeline, text)
    assert not [e for e in counted(a) if e.trigger and e.trigger.lower() == word], (text, [
        (e.type, e.trigger, e.pattern) for e in a.events])


def test_the_senses_kept_by_curated_patterns_are_still_events(pipeline):
    # abandoning ground or weapons is a retreat
    a = code(pipeline, "Rebel fighters abandoned three hamlets north of the town after heavy shelling, the army said.")
    assert [e for e in counted(a) if e.type == "RETREAT" and e.mode == "withdraw" and e.trigger == "abandoned"]
    b = code(pipeline, "The militants abandoned their weapons and fled across the river, a police officer said.")
    assert [e for e in counted(b) if e.type == "RETREAT" and e.mode == "disarm" and e.trigger == "abandoned"]
    # an offer of help, and pushing for something, are still events
    c = code(pipeline, "Qatar offered to mediate between the government and the rebels.")
    assert [e for e in counted(c) if e.type == "AGREE" and e.trigger == "offered"]
    d = code(pipeline, "Germany is pushing for a ceasefire in Sudan.")
    assert [e for e in counted(d) if e.type == "REQUEST" and e.trigger == "pushing"]


def test_surrounding_a_home_is_a_cordon_and_a_town_is_still_an_assault(pipeline):
    a = code(pipeline, "Soldiers surrounded the residence of the former prime minister in Bamako on Sunday.")
    assert [e for e in counted(a) if e.type == "COERCE" and e.mode == "restrict" and e.trigger == "surrounded"]
    assert not [e for e in counted(a) if e.type == "ASSAULT"]
    b = code(pipeline, "Rebel fighters surrounded the town of Kalemie on Monday, residents said.")
    assert [e for e in counted(b) if e.type == "ASSAULT" and e.trigger == "surrounded"]


def test_challenging_an_arrest_or_a_sentence_is_no_praise(pipeline):
    for text in ("The bar association said it would go to court to challenge the arrests of the lawyers.",
                 "The journalist's family will challenge the sentence against him at the appeals court."):
        a = code(pipeline, text)
        assert not [e for e in counted(a) if e.type == "SUPPORT" and e.trigger == "challenge"], text
