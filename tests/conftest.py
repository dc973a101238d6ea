from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli import cli
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "src" / "wirecoder" / "samples"
SEED = ROOT.parent / "shared" / "examples" / "seed-article-dump.txt"


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/examples/seed-article-dump.txt is not present")
    return SEED


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Run the real CLI entry point; returns click's Result (stdout and stderr apart)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WIRECODER_DB", raising=False)
    monkeypatch.delenv("WIRECODER_CONFIG", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: bytes | str | None = None):
        return runner.invoke(cli, [str(a) for a in args], obj={}, input=input, catch_exceptions=False)

    return invoke


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
