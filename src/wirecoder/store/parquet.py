"""The store as a partitioned Parquet dataset (pyarrow), and back.

Layout of a dataset folder::

    DIR/_wirecoder.json                      what wrote it: schema version, tables, counts
    DIR/articles/month=2025-06/part-0.parquet
    DIR/mentions/month=2025-06/part-0.parquet
    DIR/events/month=2025-06/part-0.parquet
    DIR/actors/part-0.parquet                 actors are not partitioned

Every table of the SQLite store is written with every column, under the same names and
with the same values (JSON columns stay JSON text), so a dataset loads back into a store
with nothing lost. Rows that belong to an article are partitioned by the article's
publication month (``month=YYYY-MM``, ``month=unknown`` when undated): the usual query
filter, and it keeps a partition's files few and large. The near-duplicate index
(``article_lsh``) and the full-text index are derived from the text and rebuilt on load.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from .. import __version__
from ..errors import StoreError
from .dedup import band_hashes, shingles
from .schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

MANIFEST = "_wirecoder.json"
PARTITION = "month"
#: tables rebuilt from the others (never exported)
DERIVED = {"meta", "article_lsh"}
#: rows read or written at a time
CHUNK = 5000


@dataclass
class LoadResult:
    """What :func:`load_parquet` did, per table: rows inserted; articles also unchanged/replaced."""

    rows: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    replaced: int = 0


def is_dataset(folder: str | Path) -> bool:
    return (Path(folder) / MANIFEST).is_file()


def _tables(db: sqlite3.Connection) -> list[str]:
    """The store's data tables: articles and actors first, then the rest in creation order."""
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY rowid")]
    names = [n for n in names if n not in DERIVED]
    return sorted(names, key=lambda n: (n != "actors", n != "articles"))


#: the column that carries the row order of tables without an integer key (e.g. events)
ROWID = "_rowid"


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, is the integer key) of each column; a table whose key is not an
    integer gets its hidden rowid as ``_rowid`` first, so row order survives too."""
    cols = []
    for row in db.execute(f'PRAGMA table_info("{table}")'):
        decl = (row[2] or "").upper()
        cols.append((row[1], decl, bool(row[5]) and "INT" in decl))
    if not any(pk for _, _, pk in cols):
        cols.insert(0, (ROWID, "INTEGER", True))
    return cols


def _sql(name: str) -> str:
    return "rowid" if name == ROWID else f'"{name}"'


def _arrow_type(decl: str) -> Any:
    import pyarrow as pa

    if "INT" in decl:
        return pa.int64()
    if "REAL" in decl or "FLOA" in decl or "DOUB" in decl:
        return pa.float64()
    return pa.string()


def export_parquet(database: str | Path, folder: str | Path) -> dict[str, int]:
    """Write every data table of the SQLite store ``database`` to ``folder`` as Parquet;
    returns rows per table. ``folder`` must not hold a dataset yet."""
    root = Path(folder)
    if is_dataset(root):
        raise StoreError(f"{root} already holds a wirecoder Parquet dataset; write to a new folder")
    if not Path(database).is_file():
        raise StoreError(f"database {database} does not exist")
    root.mkdir(parents=True, exist_ok=True)
    # pyarrow's writer pulls the batches from its own thread: a connection of our own for it
    db = sqlite3.connect(f"file:{Path(database).absolute()}?mode=ro", uri=True, check_same_thread=False)
    try:
        return _export(db, root)
    finally:
        db.close()


def _export(db: sqlite3.Connection, root: Path) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.dataset as ds

    counts: dict[str, int] = {}
    month = f"coalesce(nullif(substr(a.published, 1, 7), ''), 'unknown') AS {PARTITION}"
    for table in _tables(db):
        cols = _columns(db, table)
        names = [c[0] for c in cols]
        fields = [pa.field(n, _arrow_type(decl)) for n, decl, _ in cols]
        select = ", ".join(f"t.{_sql(n)}" for n in names)
        if table == "articles":
            sql = f"SELECT {select}, {month} FROM articles t JOIN articles a ON a.id = t.id ORDER BY t.rowid"
        elif "article_id" in names:
            sql = f"SELECT {select}, {month} FROM {table} t JOIN articles a ON a.id = t.article_id ORDER BY a.rowid"
        else:
            sql = f"SELECT {select} FROM {table} t"
        partitioned = table == "articles" or "article_id" in names
        if partitioned:
            fields.append(pa.field(PARTITION, pa.string()))
        schema = pa.schema(fields)
        n = 0

        def batches(sql: str = sql, schema: Any = schema) -> Iterator[Any]:
            nonlocal n
            cursor = db.execute(sql)
            while rows := cursor.fetchmany(CHUNK):
                n += len(rows)
                yield pa.RecordBatch.from_arrays(
                    [pa.array([r[i] for r in rows], type=f.type) for i, f in enumerate(schema)], schema=schema)

        ds.write_dataset(
            batches(), root / table, schema=schema, format="parquet",
            partitioning=ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive") if partitioned else None,
            basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
            max_rows_per_group=CHUNK * 4)
        counts[table] = n
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    (root / MANIFEST).write_text(json.dumps({
        "format": "wirecoder parquet dataset", "wirecoder": __version__,
        "schema_version": int(version[0]) if version else SCHEMA_VERSION,
        "partitioning": {"column": PARTITION, "value": "publication month YYYY-MM, else 'unknown'"},
        "tables": counts, "written_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }, indent=2) + "\n", encoding="utf-8")
    return counts


def read_manifest(folder: str | Path) -> dict[str, Any]:
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise StoreError(f"{folder} is not a wirecoder Parquet dataset (no {MANIFEST}); "
                         "write one with `wirecoder ingest --out-parquet DIR`")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path} is unreadable: {exc}") from None
    if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
        raise StoreError(f"{folder} was written with schema version {manifest['schema_version']}, newer than "
                         f"this wirecoder knows ({SCHEMA_VERSION}); upgrade wirecoder")
    return manifest


def _read_table(folder: Path, table: str, columns: list[str]) -> Iterator[dict[str, list[Any]]]:
    import pyarrow.dataset as ds

    data = ds.dataset(folder / table, format="parquet", partitioning="hive")
    for batch in data.to_batches(columns=columns, batch_size=CHUNK):
        yield batch.to_pydict()


def load_parquet(folder: str | Path, db: sqlite3.Connection) -> LoadResult:
    """Load a dataset into an open store connection in one transaction.

    Articles already stored with the same content are left as they are; the same id with
    other content is replaced. Integer keys (article ``rowid``, mention ``id``) are shifted
    past the store's largest, so ingest order is kept and nothing collides; into an empty
    store every row comes back exactly as it was written.
    """
    root = Path(folder)
    manifest = read_manifest(root)
    result = LoadResult()
    tables = [t for t in _tables(db) if t in manifest.get("tables", {})]
    unknown = sorted(set(manifest.get("tables", {})) - set(tables))
    if unknown:
        raise StoreError(f"{root} has tables this store lacks ({', '.join(unknown)}); upgrade wirecoder")
    skip: set[str] = set()
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            if not (root / table).is_dir() or not any((root / table).rglob("*.parquet")):
                result.rows[table] = 0  # a run that stored nothing writes no files
                continue
            cols = _columns(db, table)
            names = [c[0] for c in cols]
            _check_columns(root, table, names)
            keys = [n for n, _, pk in cols if pk]
            shift = {k: db.execute(f"SELECT coalesce(max({_sql(k)}), 0) FROM {table}").fetchone()[0] for k in keys}
            placeholders = ", ".join("?" * len(names))
            insert = f"INSERT INTO {table} ({', '.join(_sql(n) for n in names)}) VALUES ({placeholders})"
            if table == "actors":
                insert = insert.replace("INSERT", "INSERT OR IGNORE", 1)
            n = 0
            for chunk in _read_table(root, table, names):
                rows = list(zip(*(chunk[c] for c in names)))
                if table == "articles":
                    rows = _new_articles(db, rows, names, skip, result)
                elif "article_id" in names:
                    i = names.index("article_id")
                    rows = [r for r in rows if r[i] not in skip]
                if shift and any(shift.values()):
                    idx = {names.index(k): s for k, s in shift.items()}
                    rows = [tuple(v + idx[j] if j in idx and v is not None else v for j, v in enumerate(r))
                            for r in rows]
                db.executemany(insert, rows)
                if table == "articles":
                    _index_articles(db, rows, names)
                n += len(rows)
            result.rows[table] = n
        db.execute("COMMIT")
    except sqlite3.IntegrityError as exc:
        db.execute("ROLLBACK")
        raise StoreError(f"cannot load {root}: {exc} (is the dataset complete?)") from None
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return result


def _check_columns(root: Path, table: str, names: list[str]) -> None:
    import pyarrow.dataset as ds

    have = set(ds.dataset(root / table, format="parquet", partitioning="hive").schema.names) - {PARTITION}
    extra, missing = sorted(have - set(names)), sorted(set(names) - have)
    if extra:
        raise StoreError(f"{root / table} has columns this store lacks ({', '.join(extra)}); upgrade wirecoder")
    if missing:
        raise StoreError(f"{root / table} lacks the columns {', '.join(missing)}; it was not written by "
                         "this version of wirecoder")


def _new_articles(db: sqlite3.Connection, rows: list[tuple], names: list[str], skip: set[str],
                  result: LoadResult) -> list[tuple]:
    """Drop articles stored already with the same content; delete older versions of the rest."""
    i_id, i_hash = names.index("id"), names.index("content_hash")
    out = []
    for r in rows:
        old = db.execute("SELECT content_hash FROM articles WHERE id = ?", (r[i_id],)).fetchone()
        if old is not None and old[0] == r[i_hash]:
            skip.add(r[i_id])
            result.unchanged += 1
            continue
        if old is not None:
            db.execute("DELETE FROM articles WHERE id = ?", (r[i_id],))
            result.replaced += 1
        out.append(r)
    return out


def _index_articles(db: sqlite3.Connection, rows: list[tuple], names: list[str]) -> None:
    """Rebuild the near-duplicate bands of loaded articles (the FTS index fills by trigger)."""
    i_id, i_text = names.index("id"), names.index("text")
    db.executemany("INSERT INTO article_lsh (band, hash, article_id) VALUES (?, ?, ?)",
                   [(b, h, r[i_id]) for r in rows for b, h in enumerate(band_hashes(shingles(r[i_text])))])
