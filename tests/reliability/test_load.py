"""Load, a short smoke run: concurrent /api/events requests (filters, pages, clusters) on a
real server answer without one error. The full run (≥ 10,000 events, thousands of requests)
is ``bench/load.py``; its figures are in ``bench/RESULTS.md``."""
from __future__ import annotations

from .loadgen import run_load


def test_concurrent_event_queries_all_succeed(server):
    result = run_load(server.url, n_requests=150, concurrency=8, follow_cursor=0.5)
    assert result.errors == 0, result.error_samples
    assert len(result.latencies_ms) == 150
    assert result.percentile(50) < 10_000  # seconds only if the machine is badly overloaded
