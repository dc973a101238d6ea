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
