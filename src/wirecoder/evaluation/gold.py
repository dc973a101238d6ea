"""Reading gold files: JSON Lines of records, each checked by the evaluation that uses it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from .ner import GoldError


def read_jsonl_gold(path: str | Path, check: Callable[[str, dict[str, Any]], None]) -> list[dict[str, Any]]:
    """The records of a JSON Lines gold file, blank lines skipped. ``check(where, record)``
    raises :class:`GoldError` naming ``where`` (``path:line``) for a record it cannot score."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc})") from None
        if not isinstance(rec, dict):
            raise GoldError(f"{where}: a record must be a JSON object")
        check(where, rec)
        records.append(rec)
    if not records:
        raise GoldError(f"{path}: no gold records")
    return records
