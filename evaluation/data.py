"""Load and validate text-to-SQL datasets and the databases they run on.

Three record formats are read from a JSON array or JSONL file (detected per record):

- sqltune: ``{id, db_id, question, query, difficulty}`` (``id`` and ``difficulty`` optional);
- Spider: ``{question, query, db_id}`` plus Spider's extra fields, which are ignored;
- sql-create-context: ``{question, context, answer}`` where ``context`` is CREATE TABLE DDL. These tables are
  empty, so execution accuracy is degenerate (every SELECT returns no rows); such datasets are scored by
  exact match and executability instead (``Dataset.has_data`` is False).

Databases live in a folder as ``<db_id>.sqlite`` or ``<db_id>/<db_id>.sqlite`` (Spider's two layouts).
Every error names the file, the line and the field, and every db_id is resolved before any model work.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

DIFFICULTIES = ("easy", "medium", "hard", "extra")


class DatasetError(ValueError):
    """A dataset or database problem, with file and line in the message."""


@dataclass(frozen=True)
class Example:
    """One question with its gold SQL."""

    id: str
    db_id: str
    question: str
    query: str
    difficulty: str
    source: str = ""
    """``file:line`` the record came from, for error messages."""


@dataclass(frozen=True)
class Dataset:
    """Examples plus the database file each ``db_id`` resolves to."""

    name: str
    examples: tuple[Example, ...]
    databases: dict[str, Path] = field(default_factory=dict)
    has_data: bool = True
    """False for sql-create-context data: tables exist but hold no rows, so EX is not meaningful."""

    def __len__(self) -> int:
        return len(self.examples)

    def database(self, db_id: str) -> Path:
        return self.databases[db_id]

    def head(self, limit: int | None) -> "Dataset":
        """The first ``limit`` examples (all when None), keeping file order so runs are comparable."""
        if limit is None or limit >= len(self.examples):
            return self
        examples = self.examples[:limit]
        used = {e.db_id for e in examples}
        return Dataset(self.name, examples, {k: v for k, v in self.databases.items() if k in used}, self.has_data)


def _iter_records(path: Path) -> Iterator[tuple[int, object]]:
    """Yield (line number, decoded record) from a JSONL file or a JSON array."""
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        decoder = json.JSONDecoder()
        pos = len(text) - len(stripped) + 1
        while True:
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            if pos >= len(text):
                raise DatasetError(f"{path}: JSON array is not closed with ']'")
            if text[pos] == "]":
                return
            line = text.count("\n", 0, pos) + 1
            try:
                record, pos = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
            yield line, record
    else:
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield line_no, json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{line_no}: invalid JSON: {exc.msg}") from None


def _text_field(record: dict, key: str, where: str) -> str:
    if key not in record:
        raise DatasetError(f"{where}: missing field '{key}'")
    value = record[key]
    if not isinstance(value, str) or not value.strip():
        raise DatasetError(f"{where}: field '{key}' must be a non-empty string, got {value!r:.60}")
    return value.strip()


def _parse_record(record: object, where: str, default_id: str) -> tuple[Example, str | None]:
    """An Example and, for sql-create-context records, its DDL."""
    if not isinstance(record, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(record).__name__}")
    question = _text_field(record, "question", where)
    ddl = None
    if "context" in record and "answer" in record and "query" not in record:
        ddl = _text_field(record, "context", where)
        query = _text_field(record, "answer", where)
        db_id = "ctx_" + hashlib.sha1(ddl.encode()).hexdigest()[:12]
    else:
        query = _text_field(record, "query", where)
        db_id = _text_field(record, "db_id", where)
    example_id = record.get("id", default_id)
    if not isinstance(example_id, (str, int)) or isinstance(example_id, bool) or str(example_id).strip() == "":
        raise DatasetError(f"{where}: field 'id' must be a non-empty string or integer, got {example_id!r:.60}")
    difficulty = record.get("difficulty")
    if difficulty is None:
        from evaluation.hardness import spider_hardness

        difficulty = spider_hardness(query)
    elif difficulty not in DIFFICULTIES:
        raise DatasetError(f"{where}: field 'difficulty' must be one of {', '.join(DIFFICULTIES)}, got {difficulty!r:.60}")
    return Example(str(example_id), db_id, question, query, difficulty, where), ddl


def find_database(databases_dir: Path, db_id: str) -> Path | None:
    for candidate in (databases_dir / f"{db_id}.sqlite", databases_dir / db_id / f"{db_id}.sqlite"):
        if candidate.is_file():
            return candidate
    return None


def _build_context_database(ddl: str, where: str, cache_dir: Path, db_id: str) -> Path:
    """Materialise sql-create-context DDL as a read-only-usable SQLite file (built once, atomically)."""
    path = cache_dir / f"{db_id}.sqlite"
    if path.is_file():
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")  # per process: workers may build the same file at once
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.executescript(ddl)
            conn.commit()
        finally:
            conn.close()
        tmp.replace(path)
    except sqlite3.Error as exc:
        raise DatasetError(f"{where}: field 'context': DDL does not run in SQLite: {exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def load_dataset(
    path: str | Path,
    databases_dir: str | Path | None,
    *,
    context_cache_dir: str | Path | None = None,
    name: str | None = None,
) -> Dataset:
    """Read and validate a dataset file; resolve every db_id to a database file or fail listing the missing ones.

    ``databases_dir`` is required for sqltune/Spider records. sql-create-context records build their
    empty databases under ``context_cache_dir`` (default: a ``.contexts`` folder beside the dataset file).
    """
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"dataset file not found: {path}")
    examples: list[Example] = []
    contexts: dict[str, tuple[str, str]] = {}
    seen_ids: dict[str, str] = {}
    for line, record in _iter_records(path):
        where = f"{path}:{line}"
        example, ddl = _parse_record(record, where, default_id=f"{path.stem}_{len(examples):05d}")
        if example.id in seen_ids:
            raise DatasetError(f"{where}: field 'id': duplicate id {example.id!r} (first at {seen_ids[example.id]})")
        seen_ids[example.id] = where
        if ddl is not None:
            contexts.setdefault(example.db_id, (ddl, where))
        examples.append(example)
    if not examples:
        raise DatasetError(f"{path}: no records")
    if contexts and len(contexts) != len({e.db_id for e in examples}):
        raise DatasetError(f"{path}: mixes sql-create-context records with records that name a db_id")

    databases: dict[str, Path] = {}
    if contexts:
        cache = Path(context_cache_dir) if context_cache_dir else path.parent / ".contexts"
        for db_id, (ddl, where) in contexts.items():
            databases[db_id] = _build_context_database(ddl, where, cache, db_id)
    else:
        if databases_dir is None:
            raise DatasetError(f"{path}: records name databases (db_id) but no databases folder was given")
        databases_dir = Path(databases_dir)
        if not databases_dir.is_dir():
            raise DatasetError(f"databases folder not found: {databases_dir}")
        missing: dict[str, str] = {}
        for example in examples:
            if example.db_id in databases or example.db_id in missing:
                continue
            found = find_database(databases_dir, example.db_id)
            if found is None:
                missing[example.db_id] = example.source
            else:
                databases[example.db_id] = found
        if missing:
            listed = ", ".join(f"{db!r} (first at {src})" for db, src in list(missing.items())[:5])
            more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            raise DatasetError(
                f"{path}: unknown db_id {listed}{more}: no <db_id>.sqlite or <db_id>/<db_id>.sqlite in {databases_dir}"
            )
    return Dataset(name or path.stem, tuple(examples), databases, has_data=not contexts)


@dataclass(frozen=True)
class DataConfig:
    """Where the train / validation / test examples and their databases come from."""

    train: Path | None = field(default=None, metadata={
        "help": "training examples (env PATH_FT_DATASET; default: embedded train split)"})
    validation: Path | None = field(default=None, metadata={
        "help": "tuning examples (env PATH_TASK_EVAL_DATASET; default: embedded validation split)"})
    """The examples whose EX the search maximises."""
    test: Path | None = field(default=None, metadata={"help": "held-out examples (default: embedded test split)"})
    """For the baseline and the final report only."""
    databases: Path | None = field(default=None, metadata={
        "help": "folder of <db_id>.sqlite files (default: embedded databases)"})
    """The embedded ones are built on first use under the cache folder."""
    limit: int | None = field(default=None, metadata={
        "help": "use only the first N examples of each split (quick runs)"})
    train_limit: int | None = field(default=None, metadata={"help": "use only the first N train examples"})
    validation_limit: int | None = field(default=None, metadata={"help": "use only the first N validation examples"})
    test_limit: int | None = field(default=None, metadata={"help": "use only the first N test examples"})
    """Per-split caps apply on top of ``limit`` (the smaller wins), in file order."""

    def __post_init__(self) -> None:
        for name in ("limit", "train_limit", "validation_limit", "test_limit"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")

    @property
    def limited(self) -> bool:
        """Some split is capped."""
        return any(getattr(self, name) for name in ("limit", "train_limit", "validation_limit", "test_limit"))

    def cap(self, split: str) -> int | None:
        caps = [n for n in (getattr(self, f"{split}_limit"), self.limit) if n]
        return min(caps) if caps else None


def load_splits(config: DataConfig, cache_dir: Path, splits=("train", "validation", "test")) -> dict[str, Dataset]:
    """Load and validate the requested splits; any bad record or unknown db_id fails here, before model work."""
    from evaluation import embedded

    uses_embedded = any(getattr(config, s) is None for s in splits)
    databases = config.databases
    if databases is None:
        if not uses_embedded:
            raise DatasetError("--databases is required when every split is given as a file")
        databases = embedded.build_databases(Path(cache_dir))
    result = {}
    for split in splits:
        path = getattr(config, split)
        dataset = load_dataset(
            path if path is not None else embedded.split_path(split),
            databases,
            context_cache_dir=Path(cache_dir) / "contexts",
            name=split,
        )
        result[split] = dataset.head(config.cap(split))
    return result
