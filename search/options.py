"""The command line, recipe files and the workers' config file, all built from the config dataclasses' fields.

A field is an option where its metadata has ``help``: one line, in which ``%(default)s`` and the hardware profiles'
numbers (``%(gpu_train_batch)s``, search/resolve.py: HELP_VALUES) are filled in. The option's type and default are the
field's own. Other metadata keys, all optional:

- ``flag``: the option's name where it is not ``--field-name`` (``--db`` for ``predictions_db``); a field with a
  ``flag`` and no ``help`` takes that option's value too (``--seed`` also seeds training);
- ``parse``: turns the text into the value, raising argparse.ArgumentTypeError (``--workers-per-gpu N|auto``);
- ``choices``, ``metavar``: as argparse takes them;
- ``switch``: a flag without a value; ``"on"`` sets the field True, ``"off"`` sets it False (``--no-4bit``);
- ``hidden``: reachable, but left out of --help and docs/configuration.md (research switches).

A dataclass field's ``options`` metadata overrides its sub-fields' metadata: ``trial_generation`` shares
``generation``'s flags except ``candidates``, which it names ``--trial-candidates``.
"""

from __future__ import annotations

import argparse
import json
import types
import typing
from dataclasses import asdict, dataclass, fields, is_dataclass, replace
from pathlib import Path

from search.config import SearchConfig


@dataclass(frozen=True)
class Option:
    flag: str
    paths: tuple[str, ...]
    """Dotted field paths from SearchConfig that take the value (``train.batch_size``)."""
    default: object
    hint: object
    meta: dict
    group: str
    """The SearchConfig field holding it ("search" for SearchConfig's own fields)."""

    @property
    def dest(self) -> str:
        return self.flag[2:].replace("-", "_")

    @property
    def hidden(self) -> bool:
        return bool(self.meta.get("hidden"))

    @property
    def switch(self) -> str | None:
        return self.meta.get("switch")

    def help(self) -> str:
        from search.resolve import HELP_VALUES

        return self.meta["help"] % {"default": show(self.default), **HELP_VALUES}


def show(value: object) -> str:
    """A default as a user would type it: ``1 3`` for a range, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return " ".join(map(str, value))
    return str(value)


def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def options(root: SearchConfig | None = None) -> list[Option]:
    """Every option, in field order, with its default from ``root`` (a default SearchConfig)."""
    found: dict[str, Option] = {}
    joins: list[tuple[str, str]] = []

    def walk(obj, prefix: str, group: str, overrides: dict) -> None:
        hints = _hints(type(obj))
        for f in fields(obj):
            meta = {**f.metadata, **overrides.get(f.name, {})}
            value, path = getattr(obj, f.name), prefix + f.name
            if is_dataclass(value):
                walk(value, path + ".", f.name, f.metadata.get("options", {}))
            elif "help" in meta:
                flag = meta.get("flag", "--" + f.name.replace("_", "-"))
                if flag in found:  # the same field in a second instance: trial_generation's batch size
                    found[flag] = replace(found[flag], paths=found[flag].paths + (path,))
                else:
                    found[flag] = Option(flag, (path,), value, hints[f.name], meta, group)
            elif "flag" in meta:
                joins.append((meta["flag"], path))

    walk(root or SearchConfig(), "", "search", {})
    for flag, path in joins:
        found[flag] = replace(found[flag], paths=found[flag].paths + (path,))
    return list(found.values())


def _base(hint: object) -> object:
    """``X`` for ``X | None``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def add_options(parser: argparse.ArgumentParser, opts: list[Option]) -> None:
    """One argument per option, in a group per config; every default is None (not given), so that a recipe's values
    and the environment can fill what the command line leaves out."""
    groups: dict[str, argparse._ArgumentGroup] = {}
    for opt in opts:
        if opt.group not in groups:
            groups[opt.group] = parser.add_argument_group(f"{opt.group} options")
        kwargs: dict = {"dest": opt.dest, "default": None,
                        "help": argparse.SUPPRESS if opt.hidden else opt.help().replace("%", "%%")}
        if opt.switch:
            kwargs["action"] = "store_true"
        else:
            base = _base(opt.hint)
            if typing.get_origin(base) is tuple and "parse" not in opt.meta:
                args = typing.get_args(base)
                kwargs["nargs"] = "+" if args[-1] is Ellipsis else len(args)
                base = args[0]
            kwargs["type"] = opt.meta.get("parse", base)
            for key in ("choices", "metavar"):
                if key in opt.meta:
                    kwargs[key] = opt.meta[key]
        groups[opt.group].add_argument(opt.flag, **kwargs)


def coerce(hint: object, value: object, where: str = "") -> object:
    """``value`` (from argparse or JSON) as the field's type: lists become tuples, text Paths, dicts dataclasses."""
    hint = _base(hint)
    if value is None:
        return None
    if is_dataclass(hint):
        return from_dict(hint, value, where)
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        if args[-1] is Ellipsis:
            return tuple(coerce(args[0], v) for v in value)
        return tuple(coerce(a, v) for a, v in zip(args, value))
    if hint is Path:
        return Path(value)
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def from_values(values: dict[str, object], opts: list[Option]) -> SearchConfig:
    """The SearchConfig that the options' ``values`` (by dest; None: not given) describe. A ValueError from a config's
    own checks is raised again with the flag of the field it names first (``--lora-dropout: lora_dropout must ...``)."""
    given: dict[str, object] = {}
    for opt in opts:
        value = values.get(opt.dest)
        if value is None or (opt.switch and value is False):
            continue
        if opt.switch:
            value = opt.switch == "on"
        for path in opt.paths:
            given[path] = value
    flags = {path: opt.flag for opt in opts for path in opt.paths}
    return _build(SearchConfig(), given, "", flags)


def _build(default, given: dict[str, object], prefix: str, flags: dict[str, str]):
    hints, kwargs = _hints(type(default)), {}
    for f in fields(default):
        path, value = prefix + f.name, getattr(default, f.name)
        if is_dataclass(value):
            if any(p.startswith(path + ".") for p in given):
                kwargs[f.name] = _build(value, given, path + ".", flags)
        elif path in given:
            kwargs[f.name] = coerce(hints[f.name], given[path])
    try:
        # The root is built anew (its derived defaults follow what is given); nested configs keep their defaults.
        return type(default)(**kwargs) if not prefix else replace(default, **kwargs)
    except ValueError as exc:
        message = str(exc)
        flag = flags.get(prefix + message.split(" ", 1)[0])
        raise ValueError(f"{flag}: {message}" if flag and not message.startswith("--") else message) from None


def recipe_argv(path: Path, opts: list[Option]) -> list[str]:
    """A recipe file (YAML: ``flag-name: value`` lines, keys as the flags without ``--``) as command-line arguments,
    so that its values pass the same parsing and checks as typed ones. Raises ValueError for an unknown key."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ValueError("expected 'key: value' lines")
    by_key = {opt.flag[2:]: opt for opt in opts}
    argv: list[str] = []
    for key, value in data.items():
        opt = by_key.get(str(key).replace("_", "-"))
        if opt is None:
            raise ValueError(f"unknown key {key!r} (keys are the flags without --: docs/configuration.md)")
        if value is None:
            continue
        if opt.switch:
            if not isinstance(value, bool):
                raise ValueError(f"{key}: expected true or false, got {value!r}")
            argv += [opt.flag] if value else []
            continue
        argv += [opt.flag, *map(str, value if isinstance(value, list) else [value])]
    return argv


def dump(config: SearchConfig) -> dict:
    """``config`` as JSON-ready data for the workers' config file; the hub token stays out (it goes by environment)."""
    data = json.loads(json.dumps(asdict(config), default=str))
    data["model"].pop("hf_token", None)
    return data


def from_dict(cls: type, data: dict, where: str = "config"):
    """The ``cls`` that ``data`` (as ``dump`` writes it) holds; an unknown key is an error naming it."""
    hints = _hints(cls)
    unknown = sorted(set(data) - set(hints))
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r}")
    return cls(**{key: coerce(hints[key], value, f"{where}: {key}") for key, value in data.items()})
