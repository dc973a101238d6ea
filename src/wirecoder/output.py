"""One set of output options shared by every listing command: table, json, jsonl, csv.

json, jsonl and csv stream every row (no default limit); nested values in csv cells are
JSON. The table is for people: long cells are shortened.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable, Sequence, TextIO

FORMATS = ("table", "json", "jsonl", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
         out: TextIO | None = None, table_widths: dict[str, int] | None = None) -> int:
    """Write rows in ``fmt``; ``columns`` picks and orders the fields of table and csv output.
    Returns the number of rows written."""
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("\n" if n == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.writer(out)
                cols = list(columns or row.keys())
                writer.writerow(cols)
            writer.writerow([_cell(row.get(c)) for c in cols])
            n += 1
        if writer is None and columns:
            csv.writer(out).writerow(columns)
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        rows = list(rows)
        cols = list(columns or (rows[0].keys() if rows else []))
        table = Table(*cols, show_lines=False, highlight=False)
        widths = table_widths or {}
        for row in rows:
            cells = []
            for c in cols:
                text = _cell(row.get(c)).replace("\n", " ")
                limit = widths.get(c, 60)
                # Text, not str: brackets in the data are not rich markup
                cells.append(Text(text if len(text) <= limit else text[:limit - 1] + "…"))
            table.add_row(*cells)
            n += 1
        Console(file=out, width=200 if not out.isatty() else None, soft_wrap=False).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return n
