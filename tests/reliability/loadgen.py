"""A real ``wirecoder serve`` in a child process, and a bounded asyncio/httpx load against it.

Used by the load, concurrency and API-security tests and by ``bench/load.py``.
"""
from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import httpx

SRC = Path(__file__).resolve().parents[2] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    port: int
    log: Path


@contextmanager
def serve(db: Path, *args: str, env: dict[str, str] | None = None, log_dir: Path | None = None,
          timeout: float = 90) -> Iterator[Server]:
    """Run ``wirecoder serve --db DB --port P ARGS...`` until the block ends."""
    port = free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("WIRECODER_")}
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC), environ.get("PYTHONPATH", "")])
    environ.update(env or {})
    log = (log_dir or db.parent) / f"serve-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", "from wirecoder.cli import main; main()", "serve", "--db", str(db),
             "--port", str(port), *args], env=environ, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", proc, port, log)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: {log.read_text()[-2000:]}")
            try:
                if httpx.get(server.url + "/api/stats", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not answer within {timeout:.0f}s: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def event_urls(n: int, seed: int = 5) -> list[str]:
    """``n`` varied /api/events requests: filters of every kind, page sizes and cursors."""
    rng = random.Random(seed)
    types = ["ASSAULT", "PROTEST", "CONSULT", "AID", "ACCUSE", "COERCE"]
    out = []
    for _ in range(n):
        params: list[tuple[str, str]] = [("limit", str(rng.choice([10, 50, 100, 200])))]
        kind = rng.random()
        if kind < 0.2:
            params.append(("type", rng.choice(types)))
        elif kind < 0.35:
            params.append(("actor", rng.choice(["Mali", "Kenya", "Houthis", "Azawad Rebels", "united-nations"])))
        elif kind < 0.5:
            params.append(("country", rng.choice(["MLI", "KEN", "IRQ", "SDN"])))
        elif kind < 0.6:
            month = rng.randint(1, 11)
            params += [("since", f"2025-{month:02d}-01"), ("until", f"2025-{month + 1:02d}-01")]
        elif kind < 0.7:
            params += [("near", rng.choice(["Gao", "16.3,-0.05", "Nairobi"])), ("km", "100")]
        elif kind < 0.8:
            params += [("min_confidence", "0.8"), ("modality", "all")]
        elif kind < 0.9:
            params.append(("clusters", "true"))
        out.append("/api/events?" + "&".join(f"{k}={v}" for k, v in params))
    return out


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float] = field(repr=False)
    error_samples: list[str] = field(default_factory=list)

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    def summary(self) -> str:
        return (f"requests={self.requests} errors={self.errors} seconds={self.seconds:.1f} "
                f"rps={self.requests / self.seconds:.0f} p50_ms={self.percentile(50):.1f} "
                f"p95_ms={self.percentile(95):.1f} p99_ms={self.percentile(99):.1f} "
                f"max_ms={max(self.latencies_ms, default=float('nan')):.1f} "
                f"mean_ms={statistics.fmean(self.latencies_ms) if self.latencies_ms else float('nan'):.1f}")


async def _load(base: str, urls: list[str], concurrency: int, follow_cursor: float) -> LoadResult:
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    rng = random.Random(1)

    async def worker(client: httpx.AsyncClient) -> None:
        while True:
            try:
                url = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t0 = time.perf_counter()
            try:
                r = await client.get(url)
                ok = r.status_code == 200
                if ok and r.json().get("next") and rng.random() < follow_cursor:
                    nxt = r.json()["next"]
                    sep = "&" if "?" in url else "?"
                    r2 = await client.get(f"{url}{sep}cursor={nxt}")
                    ok = r2.status_code == 200
                    r = r2
                if not ok:
                    errors.append(f"{r.status_code} {url}: {r.text[:200]}")
            except (httpx.HTTPError, ValueError) as exc:
                errors.append(f"{type(exc).__name__} {url}: {exc}")
            latencies.append((time.perf_counter() - t0) * 1000)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    t0 = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return LoadResult(len(urls), len(errors), time.perf_counter() - t0, latencies, errors[:5])


def run_load(base: str, n_requests: int, concurrency: int = 16, follow_cursor: float = 0.3,
             seed: int = 5) -> LoadResult:
    """Send ``n_requests`` /api/events requests (some followed by their next page) with
    ``concurrency`` connections at a time; stops when all are answered."""
    return asyncio.run(_load(base, event_urls(n_requests, seed), concurrency, follow_cursor))
