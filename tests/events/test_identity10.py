"""Actor identity in events, session 10: a state ruled de facto by a movement acts as the
movement (Afghanistan under the Taliban), and protesters who act on the seat of the state are
its opponents."""
from __future__ import annotations

from wirecoder.records import Article

from .coding import triples


def coded(pipeline, text: str, published: str | None = None) -> Article:
    [a] = pipeline.code([Article(id="t", text=text, published=published, content_hash="x")])
    return a


def test_afghanistan_under_the_taliban_is_the_taliban(pipeline):
    text = "Iran summoned Afghanistan's envoy on Monday, accusing the Taliban of blocking the flow of the Helmand river."
    a = coded(pipeline, text)
    summoned = [e for e in a.events if e.type == "ACCUSE" and e.mode == "disapprove"]
    assert [(e.target.id, e.target.country, e.target.sector) for e in summoned] == [("taliban", "AFG", "GOV")]
    # before the fall of Kabul the state is the state
    a = coded(pipeline, text, published="2019-05-02")
    assert ("ACCUSE", "IRN", "AFG") in triples(a)
    # a text that does not name the movement keeps the state
    a = coded(pipeline, "Uzbekistan resumed rail freight to Afghanistan through the Termez crossing on Monday.")
    assert ("COOPERATE", "UZB", "AFG") in triples(a)


def test_protesters_at_the_seat_of_the_state_are_opposition(pipeline):
    a = coded(pipeline, "Police in Belgrade fired tear gas at protesters who tried to storm parliament on Sunday.")
    targets = {(e.target.country, e.target.sector) for e in a.events if e.type == "ASSAULT" and e.target}
    assert ("SRB", "OPP") in targets

