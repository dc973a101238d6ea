"""The ``wirecoder`` command line: a thin layer over the library.

Library errors become one line on stderr and an exit code: 0 when everything landed, 1 when
some input was rejected or a command failed, 2 for usage errors.
"""
from __future__ import annotations

import functools
import json
import logging
import sys
from collections import deque
from typing import Any, Callable, Iterator

import click

from . import __version__
from .errors import WirecoderError
from .export import EXPORT_FORMATS
from .ingest import IngestOptions, iter_paths, read_inputs
from .ingest.dates import parse_published
from .output import FORMATS, emit
from .pipeline import Pipeline, codable, freeze_long_lived
from .records import Article, Rejection
from .settings import Settings
from .store import Store

log = logging.getLogger("wirecoder")

ARTICLE_COLUMNS = ["id", "title", "source", "published", "language", "duplicate_of", "mentions", "events"]


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def friendly(fn: Callable) -> Callable:
    """Turn library errors and surprises into one line on stderr, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors: click prints them and exits 2
        except WirecoderError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("Interrupted: what was committed is kept; run the same command again to finish.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except Exception as exc:  # a bug: say so in one line, details with -v
            log.debug("unexpected error", exc_info=True)
            _fail(f"unexpected {type(exc).__name__}: {exc} (run with -v for details and report it)")

    return wrapper


def format_option(default: str = "table", choices: tuple[str, ...] = FORMATS) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format; json, jsonl and csv print every row.")


def db_option(fn: Callable) -> Callable:
    return click.option("--db", "db", metavar="FILE", default=None,
                        help="SQLite database (default $WIRECODER_DB, else ./wirecoder.db).")(fn)


def input_options(fn: Callable) -> Callable:
    fn = click.option("--field", "fields", multiple=True, metavar="NAME=INPUT_NAME",
                      help="Map a JSON field, e.g. --field text=body --field published=date.")(fn)
    fn = click.option("--published", metavar="DATE",
                      help="Publication date for inputs whose metadata carries none.")(fn)
    fn = click.option("--source", metavar="NAME", help="Source name for inputs that name none.")(fn)
    return fn


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    root = ctx.find_root()
    return Settings.load(root.obj.get("config"), kb_dir=root.obj.get("kb_dir"), **overrides)


def _ingest_setup(ctx: click.Context, source: str | None, published: str | None,
                  fields: tuple[str, ...], **overrides: Any) -> tuple[Settings, IngestOptions]:
    mapping = {}
    for pair in fields:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not NAME=INPUT_NAME", param_hint="--field")
        name, _, key = pair.partition("=")
        mapping[name.strip()] = key.strip()
    if published is not None and parse_published(published) is None:
        raise click.BadParameter(f"{published!r} is not a date (try 2024-10-04)", param_hint="--published")
    settings = _settings(ctx, **overrides)
    if mapping:
        settings = settings.with_values(json_fields={**settings.json_fields, **mapping})
    return settings, IngestOptions(source=source, published=published)


class _Progress:
    """A rich progress bar on stderr: articles, articles/s and, when the input's size is known,
    the share done and an ETA. Rejections print above it."""

    def __init__(self, quiet: bool, label: str, total: int | None = None):
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.console = Console(stderr=True, highlight=False)
        self.progress = None
        self.count = 0
        if not quiet:
            columns: list[Any] = [SpinnerColumn(), TextColumn(label)]
            if total:
                columns += [BarColumn(bar_width=30), TextColumn("{task.percentage:>3.0f}%")]
            columns += [TextColumn("{task.fields[count]} articles, {task.fields[rate]}/s"), TimeElapsedColumn()]
            if total:
                columns += [TextColumn("ETA"), TimeRemainingColumn()]
            self.progress = Progress(*columns, console=self.console, transient=True)
            self.task = self.progress.add_task(label, total=total or None, count=0, rate="-")

    def __enter__(self) -> "_Progress":
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def advance(self, done: int | None = None) -> None:
        """One more article; ``done``: how much of the input (in bytes) is now done."""
        self.count += 1
        if self.progress:
            task = self.progress.tasks[0]
            rate = f"{self.count / task.elapsed:.1f}" if task.elapsed else "-"
            fields: dict[str, Any] = {"count": self.count, "rate": rate}
            if done is not None:
                fields["completed"] = done
            else:
                fields["advance"] = 1
            self.progress.update(self.task, **fields)

    def reject(self, item: Rejection) -> None:
        self.console.print(f"rejected {item}", markup=False, soft_wrap=True)


class _InputTracker:
    """Read the inputs file by file (lazily, through ``read_inputs``) and tell, as the items
    come back in order from the pipeline, how many bytes of input are done: whole files
    once their last item is through, and within a file the bytes of its article texts so
    far (an estimate for JSONL, WARC and feeds)."""

    def __init__(self, paths: tuple[str, ...], settings: Settings, options: IngestOptions):
        import os

        self.paths, self.settings, self.options = paths, settings, options
        self.total: int | None = 0
        for p in iter_paths(paths):
            try:
                self.total = None if p == "-" or self.total is None else self.total + os.path.getsize(p)
            except OSError:
                pass
        self._ends: deque[tuple[int, int]] = deque()  # (items read when a file ended, its size)
        self._read = 0
        self._seen = 0
        self._done = 0
        self._partial = 0

    def items(self) -> Iterator[Article | Rejection]:
        import os

        for p in iter_paths(self.paths):
            for item in read_inputs([p], self.settings, self.options):
                self._read += 1
                yield item
            try:
                size = 0 if p == "-" else os.path.getsize(p)
            except OSError:
                size = 0
            self._ends.append((self._read, size))

    def seen(self, item: Article | Rejection) -> int:
        """Note one item back from the pipeline; the bytes of input done."""
        self._seen += 1
        if isinstance(item, Article):
            self._partial += len(item.text.encode("utf-8", "replace"))
        while self._ends and self._ends[0][0] <= self._seen:
            self._done += self._ends.popleft()[1]
            self._partial = 0
        limit = self._ends[0][1] if self._ends else self._partial
        done = self._done + min(self._partial, limit)
        return min(done, self.total) if self.total else done


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="wirecoder")
@click.option("-v", "--verbose", count=True, help="Log diagnostics to stderr (-vv for debug).")
@click.option("--config", metavar="FILE", default=None,
              help="TOML settings file (default ./wirecoder.toml, or $WIRECODER_CONFIG).")
@click.option("--kb", "kb_dir", metavar="DIR", default=None,
              help="Folder of your knowledge-base files (default ./wirecoder-kb, setting kb_dir).")
@click.pass_context
def cli(ctx: click.Context, verbose: int, config: str | None, kb_dir: str | None) -> None:
    """wirecoder: news articles in, a sourced database of political events out."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose < 2:  # libraries' own chatter ("discarding data") is for debugging only
        for name in ("trafilatura", "htmldate", "courlan", "justext", "readability", "charset_normalizer"):
            logging.getLogger(name).setLevel(logging.ERROR)
    ctx.ensure_object(dict)["config"] = config
    ctx.obj["kb_dir"] = kb_dir


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@input_options
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Code on a local Dask cluster of N worker processes (default: in this process).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Code on an existing Dask cluster (its workers need wirecoder installed).")
@click.option("--out-parquet", "out_parquet", metavar="DIR", default=None,
              help="Write a partitioned Parquet dataset to DIR (a new folder) instead of the SQLite store.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.pass_context
@friendly
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, source: str | None,
           published: str | None, fields: tuple[str, ...], workers: int | None, scheduler: str | None,
           out_parquet: str | None, quiet: bool) -> None:
    """Read articles (files, folders, - for stdin), code them and store them.

    Reads text dumps, HTML, JSON/JSONL, RSS/Atom and WARC. Re-ingesting the same content adds
    nothing. Exit code 1 when some input was rejected (each named on stderr)."""
    from contextlib import ExitStack
    from pathlib import Path

    if workers is not None and scheduler is not None:
        raise click.UsageError("--workers and --scheduler exclude each other")
    if out_parquet is not None and db is not None:
        raise click.UsageError("--out-parquet and --db exclude each other")
    settings, options = _ingest_setup(ctx, source, published, fields, db=db)
    target = settings.db
    if out_parquet is not None:
        from .store.parquet import is_dataset

        folder = Path(out_parquet)
        leftover = {"_scratch.db", "_scratch.db-wal", "_scratch.db-shm"}  # an interrupted run's index
        if is_dataset(folder) or (folder.is_dir() and any(p.name not in leftover for p in folder.iterdir())):
            _fail(f"{folder} is not empty; --out-parquet writes a new dataset into a new or empty folder")
        folder.mkdir(parents=True, exist_ok=True)
        target = str(folder / "_scratch.db")  # duplicate linking needs an index; it goes when the run ends
    counts = {"added": 0, "updated": 0, "unchanged": 0, "duplicates": 0, "rejected": 0, "not_coded": 0}
    inputs = _InputTracker(paths, settings, options)
    with ExitStack() as stack:
        if workers is not None or scheduler is not None:
            from .scale import DaskRunner

            runner: Any = stack.enter_context(DaskRunner(settings, workers=workers, scheduler=scheduler))
        else:
            runner = Pipeline(settings)
            freeze_long_lived()
        store = stack.enter_context(Store(target, near_duplicate_threshold=settings.near_duplicate_threshold))
        progress = stack.enter_context(_Progress(quiet, "ingesting", inputs.total))
        for item in runner.run(inputs.items()):
            done = inputs.seen(item)
            if isinstance(item, Rejection):
                counts["rejected"] += 1
                progress.reject(item)
                continue
            coded = codable(item, settings)
            result = store.write(item, coded=coded)
            counts[result.status] += 1
            if result.status != "unchanged":
                counts["duplicates"] += item.duplicate_of is not None
                counts["not_coded"] += not coded
            progress.advance(done)
        if out_parquet is not None:
            from .store.parquet import export_parquet

            export_parquet(target, out_parquet)
            target = out_parquet
    if out_parquet is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(out_parquet, "_scratch.db" + suffix).unlink(missing_ok=True)
    if not quiet:
        click.echo(
            f"{target}: {counts['added']} added, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['duplicates']} linked as duplicates, "
            f"{counts['not_coded']} not coded (language), {counts['rejected']} rejected", err=True)
    sys.exit(1 if counts["rejected"] else 0)


@cli.command()
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@db_option
@click.pass_context
@friendly
def load(ctx: click.Context, folder: str, db: str | None) -> None:
    """Load a Parquet dataset written by `ingest --out-parquet` into the SQLite store, every
    column of every table. Articles stored already with the same text are left as they are."""
    from .store.parquet import load_parquet

    settings = _settings(ctx, db=db)
    with Store(settings.db) as store:
        result = load_parquet(folder, store.db)
    rows = ", ".join(f"{n} {t}" for t, n in result.rows.items())
    click.echo(f"{settings.db}: loaded {rows}; {result.unchanged} articles unchanged, "
               f"{result.replaced} replaced", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@input_options
@format_option("jsonl", ("jsonl", "json"))
@click.pass_context
@friendly
def code(ctx: click.Context, paths: tuple[str, ...], source: str | None, published: str | None,
         fields: tuple[str, ...], fmt: str) -> None:
    """Run the pipeline without a database: one article record per input article on stdout."""
    settings, options = _ingest_setup(ctx, source, published, fields)
    rejected = 0
    pipeline = Pipeline(settings)
    freeze_long_lived()

    def records() -> Iterator[dict[str, Any]]:
        nonlocal rejected
        with Store(":memory:", near_duplicate_threshold=settings.near_duplicate_threshold) as store:
            for item in pipeline.run(read_inputs(paths, settings, options)):
                if isinstance(item, Rejection):
                    rejected += 1
                    click.echo(f"rejected {item}", err=True)
                    continue
                store.write(item, coded=codable(item, settings))
                yield item.to_dict()

    emit(records(), fmt)
    sys.exit(1 if rejected else 0)


@cli.command()
@db_option
@format_option()
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many articles.")
@click.option("--source", default=None, help="Only articles from this source.")
@click.option("--language", default=None, help="Only articles in this language (ISO 639-1).")
@click.pass_context
@friendly
def articles(ctx: click.Context, db: str | None, fmt: str, limit: int | None, source: str | None,
             language: str | None) -> None:
    """List stored articles (json/jsonl/csv: full records with text, captions, mentions, events)."""
    settings = _settings(ctx, db=db)
    with Store(settings.db, create=False) as store:
        if fmt == "table":
            emit(store.article_summaries(limit=limit, source=source, language=language),
                 fmt, ARTICLE_COLUMNS, table_widths={"id": 18, "title": 60, "source": 24})
        else:
            emit((a.to_dict() for a in store.articles(limit=limit, source=source, language=language)), fmt)


def _kb(settings: Settings):
    from .actors.kb import kb_sources, load_kb

    return load_kb(kb_sources(settings))


@cli.group(invoke_without_command=True)
@db_option
@format_option()
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many actors.")
@click.option("--kind", default=None, help="Only actors of this kind (state, person, armed_group, ...).")
@click.option("--country", default=None, metavar="ISO3", help="Only actors of this country.")
@click.option("--mentioned", is_flag=True,
              help="List the actors the stored articles mention (with counts) instead of the knowledge base.")
@click.pass_context
@friendly
def actors(ctx: click.Context, db: str | None, fmt: str, limit: int | None, kind: str | None,
           country: str | None, mentioned: bool) -> None:
    """List the knowledge base's actors (jsonl: every actor, in full), or with --mentioned the
    actors the stored articles name, most mentioned first (in_kb false: found in the text only)."""
    if ctx.invoked_subcommand is not None:
        return
    settings = _settings(ctx, db=db)
    if mentioned:
        with Store(settings.db, create=False) as store:
            emit(store.actor_summaries(limit=limit, kind=kind, country=country), fmt,
                 ["id", "name", "country", "kind", "sector", "in_kb", "mentions", "articles"],
                 table_widths={"id": 36, "name": 40})
        return
    from dataclasses import asdict

    rows = (a for a in _kb(settings).actors.values()
            if (kind is None or a.kind == kind) and (country is None or (a.country or "") == country.upper()))
    if limit is not None:
        import itertools
        rows = itertools.islice(rows, limit)
    if fmt == "table":
        emit(({"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
               "aliases": len(a.aliases), "source": a.source} for a in rows), fmt,
             ["id", "name", "kind", "country", "sector", "aliases", "source"],
             table_widths={"id": 34, "name": 40, "source": 50})
    else:
        emit((asdict(a) for a in rows), fmt,
             ["id", "name", "kind", "country", "sector", "aliases", "source", "as_of", "verified"])


@actors.command(name="check")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def actors_check(ctx: click.Context, fmt: str) -> None:
    """Validate the knowledge-base files: schema, dates, dangling references; list aliases that
    name more than one actor and actors a later file overrides. Exit 1 on errors."""
    from .actors.kb import check_kb

    report = check_kb(_kb(_settings(ctx)))
    if fmt == "json":
        click.echo(json.dumps({"ok": report.ok, "actors": report.actors, "aliases": report.aliases,
                               "errors": report.errors, "conflicts": report.conflicts,
                               "overrides": report.overrides}, ensure_ascii=False, indent=2))
    else:
        for e in report.errors:
            click.echo(f"error: {e}", err=True)
        for c in report.conflicts:
            sides = "; ".join(f"{a['id']} ({a['country'] or 'intl'}, {a['source']})" for a in c["actors"])
            click.echo(f"alias {c['alias']!r} names {len(c['actors'])} actors: {sides}")
        for o in report.overrides:
            click.echo(f"override: {o['id']} from {o['was']} replaced by {o['now']}")
        click.echo(f"{report.actors} actors, {report.aliases} names and aliases, {len(report.errors)} errors, "
                   f"{len(report.conflicts)} shared aliases, {len(report.overrides)} overrides")
    sys.exit(0 if report.ok else 1)


@actors.command(name="import")
@click.argument("file", metavar="FILE.yaml|csv", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
@friendly
def actors_import(ctx: click.Context, file: str) -> None:
    """Add actors from a YAML or CSV file to your knowledge base (the kb_dir folder), or
    override packaged ones by id. Reports overrides and aliases another actor already has."""
    import shutil
    from pathlib import Path

    from .actors.kb import check_kb, load_actor_file, load_kb
    from .actors.normalize import fold

    settings = _settings(ctx)
    new = load_actor_file(Path(file))
    kb = _kb(settings)
    for a in new:
        if a.id in kb.actors:
            click.echo(f"override: {a.id} ({kb.actors[a.id].source}) is replaced by {file}")
        for name in [a.name, *a.aliases]:
            others = [i for i in kb.by_alias.get(fold(name), []) if i != a.id]
            if others:
                click.echo(f"conflict: alias {name!r} of {a.id} already names {', '.join(others)}")
    folder = Path(settings.kb_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(file).name
    shutil.copyfile(file, target)
    load_kb.cache_clear()
    from .actors.kb import kb_sources
    report = check_kb(load_kb(kb_sources(settings)))
    for e in report.errors:
        click.echo(f"error: {e}", err=True)
    click.echo(f"imported {len(new)} actors into {target}; the knowledge base now has {report.actors} actors"
               + ("" if report.ok else f" and {len(report.errors)} errors (see `wirecoder actors check`)"))
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("name")
@db_option
@format_option("table", ("table", "json"))
@click.option("--date", "when", default=None, metavar="DATE", help="Roles and listings as of this date (default today).")
@click.option("--latest", type=click.IntRange(min=0, max=1000), default=10, show_default=True,
              help="How many of its latest events to show with their evidence.")
@click.pass_context
@friendly
def actor(ctx: click.Context, name: str, db: str | None, fmt: str, when: str | None, latest: int) -> None:
    """One actor's dossier: aliases, roles, affiliations and designations with their sources;
    with a database, its mentions, events by type and month, top counterparts and latest
    events with evidence. NAME is a name, an alias or an actor id (stored actors too)."""
    from pathlib import Path

    from .query import actor_dossier, find_kb_actor

    settings = _settings(ctx, db=db)
    found = [a.id for a in find_kb_actor(name, settings)]
    store = Store(settings.db, create=False) if Path(settings.db).exists() else None
    try:
        if not found and store is not None:
            if store.actor_row(name):
                found = [name]
            else:
                found = [a["id"] for a in store.find_actors(None, limit=1000) if a["name"].lower() == name.lower()]
        if not found:
            _fail(f"no actor {name!r} in the knowledge base or the database; search with "
                  "`wirecoder actors --mentioned` or `wirecoder actors --format jsonl | grep -i ...`")
        if len(found) > 1:
            click.echo(f"{name!r} names {len(found)} actors: " + ", ".join(found) + "; showing the first", err=True)
        profile = actor_dossier(store, found[0], settings=settings, when=when, latest=latest)
    finally:
        if store is not None:
            store.close()
    if fmt == "json":
        click.echo(json.dumps(profile, ensure_ascii=False, indent=2))
        return
    lines = [f"{profile['name']} ({profile['id']})", f"  kind {profile['kind']}, country {profile['country'] or '—'}, "
             f"sector {profile['sector'] or '—'}"]
    if profile["aliases"]:
        lines.append("  also: " + ", ".join(profile["aliases"]))
    for r in profile["roles"]:
        lines.append(f"  role: {r.get('title') or r.get('code') or r.get('sector')} ({r.get('country') or ''}) "
                     f"{r.get('start') or '?'} – {r.get('end') or 'now'}")
    for a in profile["affiliations"]:
        lines.append(f"  {a.get('type')} {a.get('name') or a.get('actor')} {a.get('start') or ''}–{a.get('end') or ''}".rstrip("–"))
    for a in profile["affiliated"]:
        lines.append(f"  {a['name']}: {a['type'].replace('_', ' ')} this actor")
    for d in profile["designations"]:
        now = " (in force)" if d in profile["designated_now"] else ""
        lines.append(f"  listed by {d.get('by')}: {d.get('list')}, {d.get('start') or '?'} – {d.get('end') or 'now'}{now}"
                     f" [source: {d.get('source') or profile['source']}]")
    lines.append(f"  source: {profile['source']}; as of {profile['as_of']}; verified: {profile['verified']}")
    if "in_database" in profile:
        c = profile["in_database"]
        lines.append(f"  in {settings.db}: {c['mentions']} mentions in {c['articles']} articles; events: "
                     + (", ".join(f"{t} {n}" for t, n in c["events"].items()) or "none"))
        months: dict[str, list[str]] = {}
        for row in c["events_by_month"]:
            months.setdefault(row["month"] or "undated", []).append(f"{row['type']} {row['count']}")
        for month, parts in months.items():
            lines.append(f"    {month}: " + ", ".join(parts))
        if c["counterparts"]:
            lines.append("  top counterparts: " + "; ".join(
                f"{o['name']} ({o['as_source']} as target, {o['as_target']} as source)" for o in c["counterparts"]))
    click.echo("\n".join(lines))
    if "in_database" in profile and profile["in_database"]["latest_events"]:
        click.echo("  latest events:")
        _emit_events(profile["in_database"]["latest_events"], "table")


EVENT_COLUMNS = ["id", "article_id", "published", "type", "mode", "source", "target", "modality", "confidence",
                 "review_status", "trigger", "evidence"]
CLUSTER_COLUMNS = ["cluster_id", "type", "first_date", "sources", "articles", "events", "source", "target",
                   "outlets", "evidence"]


def _emit_events(rows: Any, fmt: str, clusters: bool = False) -> None:
    if fmt == "table":
        rows = ({**r, "source": (r["source"] or {}).get("name"), "target": (r["target"] or {}).get("name")}
                for r in rows)
        if clusters:
            emit(rows, fmt, CLUSTER_COLUMNS, table_widths={"evidence": 60, "source": 24, "target": 24,
                                                           "outlets": 24})
        else:
            emit(rows, fmt, EVENT_COLUMNS, table_widths={"evidence": 48, "source": 24, "target": 24, "id": 16,
                                                         "article_id": 18, "published": 10})
    else:
        emit(rows, fmt)


def event_filter_options(fn: Callable) -> Callable:
    """The event filters every event-reading command shares (the API takes the same names)."""
    opts = [
        click.option("--type", "types", multiple=True, metavar="TYPE", help="Only this PLOVER type (repeatable)."),
        click.option("--actor", default=None, metavar="NAME",
                     help="Only events with this actor as source or target (a name, alias or actor id)."),
        click.option("--country", default=None, metavar="ISO3",
                     help="Only events located in this country or with a source or target actor of it."),
        click.option("--since", default=None, metavar="DATE",
                     help="Only events on or after this day (event date, else the article's; YYYY[-MM[-DD]])."),
        click.option("--until", default=None, metavar="DATE", help="Only events on or before this day."),
        click.option("--near", default=None, metavar="PLACE",
                     help="Only events located within --km of a city name or LAT,LON."),
        click.option("--km", type=float, default=None, metavar="N", help="Radius for --near (default 50)."),
        click.option("--modality", "modalities", multiple=True, metavar="M",
                     help="Only this modality (repeatable; 'all' for every one); default: all but negated "
                          "and hypothetical."),
        click.option("--min-confidence", "min_confidence", type=float, default=None, metavar="X",
                     help="Only events with at least this confidence (0-1)."),
        click.option("--article", default=None, metavar="ID", help="Only events of this article."),
        click.option("--reviewed", is_flag=True, help="Only events an analyst reviewed (correct or corrected)."),
        click.option("--include-wrong", "include_wrong", is_flag=True,
                     help="Also events an analyst judged wrong (left out by default)."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _event_filter(settings: Settings, types: tuple[str, ...], actor: str | None, country: str | None,
                  since: str | None, until: str | None, near: str | None, km: float | None,
                  modalities: tuple[str, ...], min_confidence: float | None, article: str | None,
                  reviewed: bool = False, include_wrong: bool = False) -> Any:
    from .errors import QueryError
    from .query import event_filter

    try:
        return event_filter(types=types, actor=actor, country=country, since=since, until=until, near=near, km=km,
                            modalities=modalities, min_confidence=min_confidence, article=article,
                            reviewed=reviewed, include_wrong=include_wrong, settings=settings)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None


@cli.command()
@db_option
@format_option()
@event_filter_options
@click.option("--clusters", is_flag=True, help="One row per happening (cross-article cluster) with its "
              "number of independent sources.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
@click.pass_context
@friendly
def events(ctx: click.Context, db: str | None, fmt: str, types: tuple[str, ...], actor: str | None,
           country: str | None, since: str | None, until: str | None, near: str | None, km: float | None,
           modalities: tuple[str, ...], min_confidence: float | None, article: str | None, reviewed: bool,
           include_wrong: bool, clusters: bool, limit: int | None) -> None:
    """List coded events with their actors and evidence sentence, filtered; analysts'
    judgements applied (reviewed, review_status; coded keeps the values they replaced)."""
    settings = _settings(ctx, db=db)
    flt = _event_filter(settings, types, actor, country, since, until, near, km, modalities, min_confidence, article,
                        reviewed, include_wrong)
    with Store(settings.db, create=False) as store:
        _emit_events(store.iter_events(flt, clusters=clusters, limit=limit), fmt, clusters)


@cli.command(name="export")
@db_option
@click.option("--format", "fmt", required=True, type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
              help="What to write: an event table (csv, parquet), every field (jsonl), PLOVER JSONL (plover), "
                   "the actor network (graphml, gexf) or counts by country, type and ISO week (aggregate).")
@click.option("--out", "out", required=True, metavar="FILE", help="File to write (replaced if it exists).")
@event_filter_options
@click.option("--clusters", is_flag=True, help="One row per happening; sources counts its independent sources.")
@click.option("--no-text", "no_text", is_flag=True,
              help="Leave out evidence sentences, titles and other article text (for sharing).")
@click.pass_context
@friendly
def export_cmd(ctx: click.Context, db: str | None, fmt: str, out: str, types: tuple[str, ...], actor: str | None,
               country: str | None, since: str | None, until: str | None, near: str | None, km: float | None,
               modalities: tuple[str, ...], min_confidence: float | None, article: str | None, reviewed: bool,
               include_wrong: bool, clusters: bool, no_text: bool) -> None:
    """Write the filtered events to a file for analysis tools: a table (csv, parquet), every
    field (jsonl), PLOVER JSONL, an actor network (graphml, gexf) or weekly counts (aggregate)."""
    from .export import export_events

    fmt = fmt.lower()
    settings = _settings(ctx, db=db)
    flt = _event_filter(settings, types, actor, country, since, until, near, km, modalities, min_confidence, article,
                        reviewed, include_wrong)
    with Store(settings.db, create=False) as store:
        n = export_events(store.iter_events(flt, clusters=clusters), fmt, out, no_text=no_text)
    click.echo(f"{n} {'clusters' if clusters else 'events'} exported to {out} ({fmt})", err=True)


@cli.command()
@click.argument("text", metavar="TEXT")
@db_option
@format_option()
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=20, show_default=True,
              help="At most this many articles (and five times as many events).")
@click.pass_context
@friendly
def search(ctx: click.Context, text: str, db: str | None, fmt: str, limit: int) -> None:
    """Full-text search (every word must appear) over articles' titles, text and captions,
    best first with a snippet, and over the evidence of their events."""
    from .errors import QueryError

    settings = _settings(ctx, db=db)
    with Store(settings.db, create=False) as store:
        try:
            found = store.search(text, limit=limit)
        except QueryError as exc:
            raise click.UsageError(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    rows = [{"kind": "article", "id": a["id"], "published": a["published"], "title": a["title"],
             "text": _bracket(a["snippet"], a["matches"])} for a in found["articles"]]
    rows += [{"kind": "event", "id": e["id"], "published": e["published"], "title": e["type"],
              "text": e["evidence"], "article_id": e["article_id"]} for e in found["events"]]
    emit(rows, fmt, ["kind", "id", "published", "title", "text"] + ([] if fmt == "table" else ["article_id"]),
         table_widths={"id": 18, "title": 40, "text": 90, "published": 10})


def _bracket(snippet: str, matches: list[list[int]]) -> str:
    out, last = [], 0
    for start, end in matches:
        out += [snippet[last:start], "[", snippet[start:end], "]"]
        last = end
    return "".join(out + [snippet[last:]])


@cli.command()
@click.argument("article_id", metavar="ARTICLE_ID")
@db_option
@click.pass_context
@friendly
def delete(ctx: click.Context, article_id: str, db: str | None) -> None:
    """Remove one article with its mentions and events (its duplicates are relinked)."""
    settings = _settings(ctx, db=db)
    with Store(settings.db, create=False) as store:
        done = store.delete_article(article_id)
    if done is None:
        _fail(f"no article {article_id!r} in {settings.db}; list ids with `wirecoder articles`")
    click.echo(f"{settings.db}: deleted article {article_id} with {done['mentions']} mentions and "
               f"{done['events']} events" + (f"; {len(done['relinked_copies'])} copies relinked"
                                             if done["relinked_copies"] else ""))


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True, help="Port.")
@click.option("--write-token", "write_token", default=None, envvar="WIRECODER_WRITE_TOKEN", metavar="TOKEN",
              help="Allow POST /api/articles (and DELETE) with this bearer token ($WIRECODER_WRITE_TOKEN); "
                   "read-only without it.")
@click.pass_context
@friendly
def serve(ctx: click.Context, db: str | None, host: str, port: int, write_token: str | None) -> None:
    """Serve the REST API, its OpenAPI docs (/docs) and the web UI (/) over one database."""
    import uvicorn

    from .web import create_app

    settings = _settings(ctx, db=db)
    Store(settings.db, create=False).close()  # a missing or foreign file fails here, in one line
    if write_token is not None and len(write_token) < 16:
        raise click.BadParameter("use a token of at least 16 characters", param_hint="--write-token")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: other machines can reach this server", err=True)
    app = create_app(settings, write_token=write_token)
    click.echo(f"serving {settings.db} on http://{host}:{port}/ (API docs at /docs; "
               f"{'writes need the token' if write_token else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Recode every coded article, not only stale ones.")
@click.option("--since-version", "since", default=None, metavar="V",
              help="Only articles coded by a pipeline version starting with V (e.g. 'wirecoder 0.1').")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.pass_context
@friendly
def recode(ctx: click.Context, db: str | None, everything: bool, since: str | None, quiet: bool) -> None:
    """Re-run the coding stages on stored articles after the patterns, the knowledge base or
    the model changed; each article's mentions and events are replaced atomically."""
    settings = _settings(ctx, db=db)
    pipeline = Pipeline(settings)
    freeze_long_lived()
    current = pipeline.version
    done = 0
    with Store(settings.db, create=False) as store:
        ids = store.articles_to_recode(current, everything=everything, coded_by=since)
        with _Progress(quiet, "recoding", len(ids)) as progress:
            for i in range(0, len(ids), settings.batch_size):
                batch = [a for a in (store.article(x) for x in ids[i:i + settings.batch_size]) if a is not None]
                for a in batch:
                    a.mentions, a.events = [], []
                for a in pipeline.code(batch):
                    store.replace_coding(a)
                    done += 1
                    progress.advance(done)
        review = store.review_counts()
    if not quiet:
        click.echo(f"{settings.db}: {done} articles recoded with {current}", err=True)
        if review["judgements"]:
            click.echo(f"judgements: {review['in force']} event judgements in force, {review['orphaned']} orphaned "
                       f"(list them with `wirecoder review orphans`), {review['actor']} actor judgements", err=True)


@cli.command()
@click.argument("article_id", metavar="ID")
@db_option
@format_option("json", ("json", "jsonl", "table"))
@click.pass_context
@friendly
def show(ctx: click.Context, article_id: str, db: str | None, fmt: str) -> None:
    """Show one article record with its mentions and events."""
    settings = _settings(ctx, db=db)
    with Store(settings.db, create=False) as store:
        article = store.article(article_id)
        if article is None:
            _fail(f"no article {article_id!r} in {settings.db}; list ids with `wirecoder articles`")
        record = article.to_dict()
        if fmt == "table":
            flat = {k: v for k, v in record.items() if k not in ("mentions", "events", "text")}
            emit(({"field": k, "value": v} for k, v in flat.items()), "table", ["field", "value"],
                 table_widths={"value": 150})
            click.echo("\n" + article.text)
        elif fmt == "jsonl":
            emit([record], "jsonl")
        else:
            click.echo(json.dumps(record, ensure_ascii=False, indent=2))


@cli.command()
@db_option
@format_option()
@click.pass_context
@friendly
def stats(ctx: click.Context, db: str | None, fmt: str) -> None:
    """Counts: articles, languages (and how many were not coded), duplicates, sources, mentions,
    actors, events."""
    settings = _settings(ctx, db=db)
    with Store(settings.db, create=False) as store:
        data = store.stats()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        emit(({"name": k, "value": v} for k, v in data.items()), fmt, ["name", "value"],
             table_widths={"value": 150})


@cli.group(name="eval")
def eval_group() -> None:
    """Score extraction against gold data (the numbers the README publishes)."""


@eval_group.command(name="ner")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option("--baseline", is_flag=True, help="Also score bare spaCy entities from the same model.")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def eval_ner(ctx: click.Context, gold: str, baseline: bool, fmt: str) -> None:
    """Mentions and actor resolution: per-label precision/recall/F1 and actor accuracy."""
    from .evaluation.ner import evaluate

    reports = evaluate(gold, _settings(ctx), baseline=baseline)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
        return
    emit((row for r in reports for row in r.rows()), "table",
         ["system", "label", "gold", "exact_p", "exact_r", "exact_f1", "overlap_f1"])
    actors = reports[0].actors
    click.echo(f"actor accuracy {actors['accuracy']:.3f} and country accuracy "
               f"{actors['country_accuracy']:.3f} over {actors['gold_actors']} gold actors; by label: "
               + ", ".join(f"{k} {v:.3f}" for k, v in actors["by_label"].items()))


@eval_group.command(name="events")
@click.argument("gold", metavar="GOLD")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def eval_events(ctx: click.Context, gold: str, fmt: str) -> None:
    """Event coding: type precision/recall/F1 and accuracy, source/target agreement, confusion
    matrix and confidence calibration; modality and attribution accuracy when the gold carries
    them. GOLD is wirecoder's JSONL or the PLOVER records."""
    from .evaluation.events import evaluate_events

    report = evaluate_events(gold, _settings(ctx))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{report.gold} ({report.format} format, {report.records} records)")
    emit(({"metric": k, "value": v} for k, v in report.metrics.items()), "table", ["metric", "value"])
    emit(({"type": t, **s} for t, s in report.per_type.items()), "table",
         ["type", "gold", "predicted", "precision", "recall", "f1"])
    emit(report.calibration, "table", ["confidence", "events", "precision"])
    types = sorted({p for row in report.confusion.values() for p in row} | set(report.confusion))
    emit(({"gold \\ top predicted": g, **{t[:4]: row.get(t, "") for t in types}}
          for g, row in report.confusion.items()), "table",
         ["gold \\ top predicted"] + [t[:4] for t in types])
    if report.modality_confusion:
        from .evaluation.events import MISSED, MODALITIES

        cols = [m for m in (*MODALITIES, MISSED) if any(m in row for row in report.modality_confusion.values())]
        emit(({"gold \\ predicted modality": g, **{m: row.get(m, "") for m in cols}}
              for g, row in report.modality_confusion.items()), "table", ["gold \\ predicted modality"] + cols)
        click.echo(f"{len(report.errors)} paired gold events with a wrong modality or attribution "
                   "(listed under \"errors\" with --format json)")


@eval_group.command(name="clusters")
@click.argument("gold", metavar="GOLD.jsonl")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def eval_clusters(ctx: click.Context, gold: str, fmt: str) -> None:
    """Cross-article clustering: pairwise precision/recall/F1 over article pairs, and per
    happening whether it is one cluster with the right number of independent sources."""
    from .evaluation.clusters import evaluate_clusters

    report = evaluate_clusters(gold, _settings(ctx))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{report.gold} ({report.articles} articles, {report.happenings} happenings told more than once)")
    emit(({"metric": k, "value": v} for k, v in report.metrics.items()), "table", ["metric", "value"])
    emit(report.per_happening, "table", ["happening", "articles", "clusters", "uncoded", "expected_sources",
                                          "sources", "one_cluster"])


@eval_group.command(name="dates")
@click.argument("gold", metavar="GOLD.jsonl")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def eval_dates(ctx: click.Context, gold: str, fmt: str) -> None:
    """Event dates: accuracy of the date, of its precision and qualifier, by kind of
    expression, and the records it gets wrong."""
    from .evaluation.dates import evaluate_dates

    report = evaluate_dates(gold, _settings(ctx))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{report.gold} ({report.records} time expressions)")
    emit(({"metric": k, "value": v} for k, v in report.metrics.items()), "table", ["metric", "value"])
    emit(({"kind": k, **v} for k, v in report.by_kind.items()), "table",
         ["kind", "records", "accuracy", "precision_accuracy", "exact"])
    emit(({"id": e["id"], "trigger": e["trigger"], "published": e["published"],
           "gold": _date_cell(e["gold"]), "predicted": _date_cell(e["predicted"])} for e in report.errors),
         "table", ["id", "trigger", "published", "gold", "predicted"])


@eval_group.command(name="quantities")
@click.argument("gold", metavar="GOLD.jsonl")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def eval_quantities(ctx: click.Context, gold: str, fmt: str) -> None:
    """Event quantities: precision, recall and F1 of value and unit, attachment to the right
    event, qualifier accuracy, and the quantities it gets wrong."""
    from .evaluation.quantities import evaluate_quantities

    report = evaluate_quantities(gold, _settings(ctx))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{report.gold} ({report.records} sentences)")
    emit(({"metric": k, "value": v} for k, v in report.metrics.items()), "table", ["metric", "value"])

    def cell(q: dict | None) -> str:
        if q is None:
            return "-"
        value = f"{q['value']}" + (f"-{q['value_max']}" if q.get("value_max") else "")
        return f"{value} {q['unit']}" + (f" ({q['qualifier']})" if q.get("qualifier") else "") + \
            (f" on {'/'.join(q.get('triggers') or q.get('trigger') or [])}")
    emit(({"id": e["id"], "gold": cell(e["gold"]), "predicted": cell(e["predicted"])} for e in report.errors),
         "table", ["id", "gold", "predicted"])


def _date_cell(d: dict) -> str:
    if d.get("date") is None:
        return "null"
    out = d["date"] + (f"..{d['date_end']}" if d.get("date_end") else "") + f" ({d['precision']}"
    return out + (f", {d['qualifier']})" if d.get("qualifier") else ")")


@eval_group.command(name="places")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option("--errors", "show_errors", is_flag=True, help="Also list every place resolved wrongly.")
@format_option("table", ("table", "json"))
@click.pass_context
@friendly
def eval_places(ctx: click.Context, gold: str, show_errors: bool, fmt: str) -> None:
    """Toponym resolution: accuracy, accuracy within 161 km and median error, overall and by
    the gold place's precision."""
    from .evaluation.places import evaluate_places

    report = evaluate_places(gold, _settings(ctx))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{report.gold}: {report.places} gold places in {report.records} texts")
    emit(({"precision": "all", "gold": report.places, **report.metrics},
          *({"precision": k, **v} for k, v in report.by_precision.items())), "table",
         ["precision", "gold", "accuracy", "accuracy_161km", "median_error_km", "resolved"])
    if show_errors and report.errors:
        emit(({"id": e["id"], "text": e["text"], "gold": e["gold"], "predicted": e["predicted"],
               "error_km": e["error_km"]} for e in report.errors), "table",
             ["id", "text", "gold", "predicted", "error_km"])


def _register() -> None:
    from .review.cli import review

    cli.add_command(review)


if __name__ != "__main__":
    _register()


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    # `python -m wirecoder.cli`: run the imported module's CLI, where every command (review's
    # too) is registered, instead of this second copy of the module
    from wirecoder.cli import main as _main

    _main()
