from __future__ import annotations

import pytest

from .eventdb import build_event_db
from .loadgen import serve


@pytest.fixture(scope="session")
def event_db(tmp_path_factory):
    """A store of generated events (written directly, no spaCy), shared by the server tests."""
    return build_event_db(tmp_path_factory.mktemp("served") / "events.db", 600)


@pytest.fixture(scope="session")
def server(event_db):
    """One real ``wirecoder serve`` (default options: 127.0.0.1, read-only) over ``event_db``."""
    with serve(event_db) as s:
        yield s
