"""The pipeline: named stages passing batches of articles along, in input order.

``Pipeline.run`` takes what ``ingest.read_inputs`` yields (articles and rejections) and
yields the same items, in the same order, with every stage applied to the articles. The
CLI, the API and (later) the Dask runner call this same code; only where results go differs.
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Protocol, Sequence

from .records import Article, Rejection
from .settings import Settings

log = logging.getLogger(__name__)


class CodingTimeout(Exception):
    """Coding took longer than ``settings.code_time_limit`` (a bug in a stage: please report)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``CodingTimeout`` in the block after ``seconds`` (0 or less: no limit). It uses
    the process's real-time alarm, so it applies only in the main thread on systems that have
    one; elsewhere (Dask worker threads, the API's thread pool) the block runs unlimited."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise CodingTimeout(f"took over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:  # a caller's own alarm keeps what was left of its time
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


class Stage(Protocol):
    name: str

    def __call__(self, articles: list[Article]) -> list[Article]: ...


#: how much of an article the language detector reads: a thousand characters (some 160
#: words) decide the language of a news story as well as the whole text does, for less
LANGUAGE_SAMPLE_CHARS = 1000


class LanguageStage:
    """Detect each article's language offline (py3langid); short texts stay unflagged."""

    name = "language"

    def __init__(self, settings: Settings):
        import py3langid

        self.min_chars = settings.language_min_chars
        py3langid.classify("load the model now")  # loads once per process, before any article

    def __call__(self, articles: list[Article]) -> list[Article]:
        import py3langid

        for a in articles:
            if a.language:
                a.language = a.language.strip().lower()[:2] or None
                continue
            sample = a.text[:LANGUAGE_SAMPLE_CHARS]
            if len(sample) < self.min_chars:
                continue
            a.language = py3langid.classify(sample)[0]
        return articles


def freeze_long_lived() -> None:
    """Exempt everything built so far (the model, the knowledge base, the gazetteer, the
    patterns: about half a million Python objects) from garbage collection; each full
    collection would otherwise walk all of them again, about 0.3 s a time. For processes
    that build one pipeline and then code with it (the CLI, a Dask worker); objects made
    later are collected as usual."""
    import gc

    gc.collect()
    gc.freeze()


def codable(article: Article, settings: Settings) -> bool:
    """Whether later stages code this article (English or unknown language)."""
    return article.language is None or article.language in settings.languages


class Pipeline:
    """Run named stages over batches; ``stages`` defaults to every stage that exists."""

    def __init__(self, settings: Settings, stages: Sequence[Stage] | None = None):
        self.settings = settings
        self.stages: list[Stage] = list(stages) if stages is not None else default_stages(settings)

    @property
    def version(self) -> str:
        """What coded the articles: the events stage's version names wirecoder, the model, the
        knowledge base and the patterns; the stage list says which stages dated, placed and
        merged the events (a new stage makes ``recode`` re-code everything)."""
        from . import PIPELINE_VERSION

        base = next((s.version for s in self.stages if getattr(s, "version", None)), PIPELINE_VERSION)
        return f"{base}; stages {','.join(s.name for s in self.stages)}"

    def code(self, articles: list[Article]) -> list[Article]:
        for stage in self.stages:
            articles = stage(articles)
        version = self.version
        for a in articles:
            if codable(a, self.settings):
                a.pipeline_version = version
                for e in a.events:
                    e.pipeline_version = version
        return articles

    def run(self, items: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
        """Code articles in batches of ``settings.batch_size``; rejections pass through in place."""
        batch: list[Article | Rejection] = []
        n_articles = 0
        for item in items:
            batch.append(item)
            n_articles += isinstance(item, Article)
            if n_articles >= self.settings.batch_size:
                yield from self._flush(batch)
                batch, n_articles = [], 0
        if batch:
            yield from self._flush(batch)

    def _flush(self, batch: list[Article | Rejection]) -> Iterator[Article | Rejection]:
        articles = [i for i in batch if isinstance(i, Article)]
        if articles:
            failed = self.code_isolated(articles)
            if failed:
                batch = [failed.get(id(i), i) for i in batch]
        yield from batch

    def code_isolated(self, articles: list[Article]) -> dict[int, Rejection]:
        """Code a batch; if a stage fails on it, code its articles one by one so that one
        article a stage cannot handle costs only itself. Returns a rejection for each article
        that failed alone, keyed by ``id(article)``. A batch, then an article, that takes longer
        than ``settings.code_time_limit`` counts as failed."""
        limit = self.settings.code_time_limit
        try:
            with time_limit(limit):
                self.code(articles)
            return {}
        except CodingTimeout:
            log.warning("a batch of %d articles took over %g s to code; coding them one by one", len(articles), limit)
        except Exception:
            log.warning("a stage failed on a batch of %d articles; coding them one by one", len(articles),
                        exc_info=log.isEnabledFor(logging.DEBUG))
        failed: dict[int, Rejection] = {}
        for a in articles:
            a.doc, a.side_docs, a.mentions, a.events, a.pipeline_version = None, None, [], [], None
            try:
                with time_limit(limit):
                    self.code([a])
            except CodingTimeout:
                a.doc = a.side_docs = None
                a.mentions, a.events, a.pipeline_version = [], [], None
                failed[id(a)] = Rejection(a.origin or a.id, f"could not be coded: coding took over {limit:g} s "
                                                            "(setting code_time_limit; please report the text)")
            except Exception as exc:
                log.debug("coding %s failed", a.origin or a.id, exc_info=True)
                a.doc = a.side_docs = None
                failed[id(a)] = Rejection(a.origin or a.id, f"could not be coded: unexpected {type(exc).__name__}: "
                                                            f"{exc} (run with -v for details and report it)")
        return failed


def default_stages(settings: Settings) -> list[Stage]:
    from .actors.mentions import MentionStage
    from .events import EventStage
    from .events.dating import DateQuantityStage
    from .events.merge import MergeStage
    from .geo.stage import GeoStage
    from .nlp import NlpStage

    # stages that date, place and count events run after EventStage and before MergeStage,
    # which needs their results to tell one happening from another
    # place names the tagger took for people or organisations are recovered before coding, so
    # that "withdrew from Bakhmut" is a withdrawal from a town, not from a body named Bakhmut
    geo = GeoStage(settings)
    return [LanguageStage(settings), NlpStage(settings), MentionStage(settings), PlaceRecovery(geo),
            EventStage(settings), DateQuantityStage(settings), geo, MergeStage(settings), DropDocs()]


class PlaceRecovery:
    """Curated places the tagger missed and place names it mislabelled, turned into place
    mentions before events are coded (the geo stage's first two steps, run early)."""

    name = "places"

    def __init__(self, geo: Any):
        self.geo = geo

    def __call__(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            if a.doc is None:
                continue
            self.geo.add_curated(a)
            labels = {id(m): m.label for m in a.mentions}
            self.geo.recover_places(a)
            # the places just recovered get their gazetteer entry now; the mention stage's own
            # places stay as they were (the geo stage resolves them all again later)
            before = {id(m): m.place for m in a.mentions}
            self.geo.resolve_mentions(a.mentions, a.text)
            for m in a.mentions:
                if before.get(id(m)) is not None or (id(m) in before and m.actor is not None):
                    m.place = before[id(m)]
                elif m.place is not None and m.place.precision == "unresolved":
                    m.place = None
            recovered = [m for m in a.mentions if labels.get(id(m)) != m.label and m.place is not None
                         and m.place.country and m.actor is None]
            if recovered:
                self._place_groups(a, recovered)
        return articles

    def _place_groups(self, a: Article, recovered: list[Any]) -> None:
        """An unnamed group the mention stage found no country for takes the country of a place
        recovered in its sentence ("Islamist fighters set up checkpoints around the town of
        Djibo", "Djibo" tagged as an organisation): the country where it happens."""
        from .actors.resolve import generic_actor

        doc = a.doc
        for m in a.mentions:
            actor = m.actor
            if m.label != "GROUP" or actor is None or actor.country or not actor.id.startswith("generic:") or \
                    actor.sector in {"IGO", "NGO"} or \
                    any(w in m.text.lower().split() for w in ("foreign", "international", "western", "regional")):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            near = [p for p in recovered if sent.start_char <= p.start < sent.end_char]
            if near:
                place = min(near, key=lambda p: abs(p.start - m.start))
                m.actor = generic_actor(self.geo.kb, place.place.country, actor.sector)
                # the match explains itself: the recovered place that gave the country
                m.resolution = {**(m.resolution or {}), "country_from": place.text}


class DropDocs:
    """Free each article's spaCy Doc once the coding stages are done with it."""

    name = "drop-docs"

    def __call__(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            a.doc = a.side_docs = None
        return articles
