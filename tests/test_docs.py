"""Every command, every option and every setting is documented in the README."""
from __future__ import annotations

from dataclasses import fields

import click

from wirecoder.cli import cli
from wirecoder.settings import Settings

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_documented():
    missing = []
    commands = []
    for name, command in cli.commands.items():
        if isinstance(command, click.Group):
            commands += [(f"{name} {sub}", c) for sub, c in command.commands.items()]
        else:
            commands.append((name, command))
    for name, command in commands:
        if f"### `wirecoder {name}" not in README:
            missing.append(f"command {name}")
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts:
                    if opt.startswith("--") and opt not in README:
                        missing.append(f"{name} {opt}")
    for param in cli.params:
        if isinstance(param, click.Option):
            assert any(opt in README for opt in param.opts), param.opts
    assert not missing, missing


def test_every_setting_is_documented():
    table = README.split("## Settings", 1)[1].split("##", 1)[0]
    for f in fields(Settings):
        assert f"| `{f.name}` |" in table, f.name


def test_settings_layers(tmp_path):
    config = tmp_path / "w.toml"
    config.write_text('[wirecoder]\ndb = "from-file.db"\nbatch_size = 8\nlanguages = ["en", "fr"]\n')
    s = Settings.load(config, environ={"WIRECODER_BATCH_SIZE": "16"}, db=None)
    assert (s.db, s.batch_size, s.languages) == ("from-file.db", 16, ("en", "fr"))
    s = Settings.load(config, environ={}, db="flag.db")
    assert s.db == "flag.db" and s.batch_size == 8
