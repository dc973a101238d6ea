"""Parallel coding on Dask: the same :class:`~wirecoder.pipeline.Pipeline` in worker processes.

:class:`DaskRunner` has the shape of ``Pipeline.run``: it takes what ``read_inputs`` yields
and yields the same items in the same order, coded. The main process reads the inputs,
cuts them into batches of ``settings.batch_size`` articles and sends each batch (articles
without spaCy Docs) to a worker; each worker builds one Pipeline, model and knowledge base
included, the first time it codes something (and at start-up) and keeps it
(:func:`worker_pipeline`). Results come back in input order to the caller, the single
writer, so duplicate linking and clustering see articles in the same order whatever the
number of workers. At most ``in_flight`` batches are out at a time, so memory stays flat
however long the input is.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import resource
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import SettingsError
from .pipeline import Pipeline, freeze_long_lived
from .records import Article, Rejection
from .settings import Settings

log = logging.getLogger(__name__)

Item = Article | Rejection


#: Dask settings for the workers of our own LocalCluster. Dask samples each worker's running
#: task every 10 ms for its dashboard profile, and starts workers with glibc told to give
#: freed memory back at every 64 KiB (``MALLOC_TRIM_THRESHOLD_``); spaCy allocates and frees
#: large arrays all the time, and together these made coding in a worker about 20% slower
#: than the same code in-process (measured on 200 articles; bench/RESULTS.md). Memory stays
#: bounded by the batches in flight. A cluster given by ``--scheduler`` keeps its own settings.
#: An idle worker also woke 50 times a second for Dask's event-loop watchdog and twice a second
#: for its system monitor (0.18 CPU s per 10 s idle; 0.03 with the intervals below).
LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
}

#: how long to try reaching a scheduler given by address
CONNECT_TIMEOUT = "10s"

#: settings the coding stages never read (a worker keeps one pipeline whatever they are)
NOT_CODING = ("db",)


def settings_key(settings: Settings) -> str:
    """The coding settings as a JSON string: hashable, picklable, the same in every process."""
    values = {k: v for k, v in settings.to_dict().items() if k not in NOT_CODING}
    return json.dumps(values, sort_keys=True, default=list)


@functools.lru_cache(maxsize=2)
def worker_pipeline(key: str) -> Pipeline:
    """The Pipeline of this process for these settings, built once (model, KB, patterns)."""
    settings = Settings().with_values(**json.loads(key))
    log.info("building the pipeline in process %d", os.getpid())
    return Pipeline(settings)


def code_batch(key: str, articles: list[Article]) -> list[Article | Rejection]:
    """Code one batch in a worker; the articles come back without their spaCy Docs, an
    article a stage failed on as a rejection in its place (``Pipeline.code_isolated``)."""
    failed = worker_pipeline(key).code_isolated(articles)
    return [failed.get(id(a), a) for a in articles]


#: coded once at start-up so that what the stages build on first use (the language model,
#: the knowledge base's transliteration index, spaCy's lazy tables) is built before timing
#: matters; written for wirecoder
WARM_UP_TEXT = (
    "NAIROBI, March 3 - Kenyan police fired tear gas at hundreds of protesters in central "
    "Nairobi on Monday, the Interior Ministry said. Leaders of the Qarlovan Workers Frunt met "
    "President William Ruto and Ethiopian officials in Addis Ababa to discuss a ceasefire, and "
    "the United Nations called for talks. Rebels attacked a convoy near Goma, killing three soldiers."
)


def warm_up(key: str) -> str:
    """Build the worker's pipeline and code a few articles with it (a short one written for
    this and the bundled HTML samples), so the first real batches don't wait for what the
    stages build on first use; the pipeline's version."""
    from .ingest import read_inputs

    pipeline = worker_pipeline(key)
    articles = [Article(id="warm-up", text=WARM_UP_TEXT, published="2025-03-03", published_precision="day")]
    samples = Path(__file__).parent / "samples" / "html"
    if samples.is_dir():
        articles += [a for a in read_inputs([str(samples)], pipeline.settings) if isinstance(a, Article)]
    pipeline.code(articles)
    freeze_long_lived()
    return pipeline.version


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time this process has used (user and system), in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def pipelines_built() -> int:
    """How many pipelines this process has built (1 per worker and settings)."""
    return worker_pipeline.cache_info().misses


class DaskRunner:
    """Code articles on a Dask cluster: a LocalCluster of ``workers`` processes, or the
    existing cluster at ``scheduler`` (``tcp://host:port``; wirecoder, its model and the same
    knowledge-base files must be installed on its workers). Use as a context manager."""

    def __init__(self, settings: Settings, *, workers: int | None = None, scheduler: str | None = None,
                 in_flight: int | None = None, batch_size: int | None = None):
        if workers is None and scheduler is None:
            raise SettingsError("Dask needs a number of workers or a scheduler address")
        if workers is not None and workers < 1:
            raise SettingsError("the number of workers must be at least 1")
        self.settings = settings
        self.workers = workers
        self.scheduler = scheduler
        self._in_flight = in_flight
        #: articles per task (default ``settings.batch_size``)
        self.batch_size = batch_size or settings.batch_size
        self.client: Any = None
        self.cluster: Any = None
        self.version: str | None = None

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> "DaskRunner":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        import dask
        from distributed import Client, LocalCluster

        if not logging.getLogger("wirecoder").isEnabledFor(logging.DEBUG):
            logging.getLogger("distributed").setLevel(logging.ERROR)  # its start-up chatter
        # the workers' working folder is not ours: name knowledge-base files absolutely
        s = self.settings
        settings = s.with_values(
            kb_dir=str(Path(s.kb_dir).absolute()), kb_files=[str(Path(f).absolute()) for f in s.kb_files],
            model=str(Path(s.model).absolute()) if Path(s.model).exists() else s.model)
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise SettingsError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
        else:
            with dask.config.set(LOCAL_WORKER_CONFIG):
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0",  # any free port: never "8787 is in use"
                                            memory_limit=0)
            self.client = Client(self.cluster)
        self.key = settings_key(settings)
        versions = set(self.client.run(warm_up, self.key).values())
        if len(versions) > 1:
            raise SettingsError(f"the Dask workers run different pipelines: {'; '.join(sorted(versions))}")
        self.version = versions.pop() if versions else None
        log.info("Dask: %d workers ready (%s)", self.n_workers, self.version)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    @property
    def n_workers(self) -> int:
        return len(self.client.scheduler_info(n_workers=-1)["workers"])

    @property
    def in_flight(self) -> int:
        """Batches out at a time: two per worker thread, so none waits while one returns."""
        if self._in_flight:
            return self._in_flight
        threads = sum(w["nthreads"] for w in self.client.scheduler_info(n_workers=-1)["workers"].values())
        return max(2, 2 * threads)

    def worker_peak_rss_mib(self) -> dict[str, float]:
        """Peak resident memory of each worker process, in MiB."""
        return self.client.run(peak_rss_mib)

    def worker_cpu_seconds(self) -> dict[str, float]:
        """CPU time each worker process has used so far, in seconds."""
        return self.client.run(cpu_seconds)

    def pipelines_built(self) -> dict[str, int]:
        return self.client.run(pipelines_built)

    # -- running -------------------------------------------------------------------------
    def run(self, items: Iterable[Item]) -> Iterator[Item]:
        """Code articles on the workers; yield everything in input order (rejections in place)."""
        if self.client is None:
            raise SettingsError("start the DaskRunner first (use it as a context manager)")
        limit = self.in_flight
        pending: deque[tuple[list[Item], Any]] = deque()
        try:
            for batch in _batches(items, self.batch_size):
                articles = [i for i in batch if isinstance(i, Article)]
                future = self.client.submit(code_batch, self.key, articles, pure=False) if articles else None
                pending.append((batch, future))
                while len(pending) >= limit:
                    yield from _merge(*pending.popleft())
            while pending:
                yield from _merge(*pending.popleft())
        finally:
            if pending:
                self.client.cancel([f for _, f in pending if f is not None])


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Cut the input into lists holding ``size`` articles each (rejections ride along)."""
    batch: list[Item] = []
    n = 0
    for item in items:
        batch.append(item)
        n += isinstance(item, Article)
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


def _merge(batch: list[Item], future: Any) -> Iterator[Item]:
    """The batch with its articles replaced by the coded ones the worker sent back."""
    if future is None:
        yield from batch
        return
    coded = iter(future.result())
    for item in batch:
        yield next(coded) if isinstance(item, Article) else item
