from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    """One real pipeline for every event test (the model loads once)."""
    from wirecoder.pipeline import Pipeline
    from wirecoder.settings import Settings
    return Pipeline(Settings())
