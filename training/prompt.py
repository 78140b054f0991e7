"""Schema rendering and the chat prompt, shared by training and generation so both see the same text."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from training.database import open_readonly

SYSTEM_PROMPT = "You translate questions into SQLite queries. Answer with one SQL query and nothing else."


@dataclass(frozen=True)
class PromptConfig:
    """How a database schema is shown to the model."""

    sample_rows: int = field(default=0, metadata={
        "help": "sample rows per table in the prompt (default %(default)s)"})
    """Rows shown per table as a comment under its CREATE TABLE. Default 0: they did not help SmolLM2 on the embedded
    set and make prompts ~2x longer; they did help Qwen2.5-Coder-0.5B zero-shot on Spider dev (docs/decisions.md)."""
    max_value_chars: int = 40
    """Sample values are cut to this many characters so one long text column cannot flood the prompt."""

    def __post_init__(self) -> None:
        if not 0 <= self.sample_rows <= 20:
            raise ValueError(f"sample_rows must be between 0 and 20, got {self.sample_rows}")
        if self.max_value_chars < 4:
            raise ValueError(f"max_value_chars must be >= 4, got {self.max_value_chars}")


def _quote(name: str) -> str:
    return name if name.replace("_", "").isalnum() and not name[0].isdigit() else '"' + name.replace('"', '""') + '"'


@lru_cache(maxsize=1024)
def render_schema(db_path: str, sample_rows: int = 0, max_value_chars: int = 40) -> str:
    """CREATE TABLE statements read from the live database, one line per table, with keys and references.

    Rebuilt from PRAGMA data rather than copied from ``sqlite_master``, so that hand-written DDL comments,
    odd spacing and quoting do not reach the model and the token count stays small.
    """
    conn = open_readonly(db_path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
        statements = []
        for table in tables:
            qt = _quote(table)
            columns = conn.execute(f"PRAGMA table_info({qt})").fetchall()
            pk_columns = [c[1] for c in sorted(columns, key=lambda c: c[5]) if c[5]]
            foreign = {}
            for fk in conn.execute(f"PRAGMA foreign_key_list({qt})").fetchall():
                foreign.setdefault(fk[3], f"{_quote(fk[2])}({_quote(fk[4]) if fk[4] else ''})")
            parts = []
            for _, name, ctype, notnull, _, pk in columns:
                text = f"{_quote(name)} {ctype}".rstrip() if ctype else _quote(name)
                if pk and len(pk_columns) == 1:
                    text += " PRIMARY KEY"
                if name in foreign:
                    text += f" REFERENCES {foreign[name]}"
                parts.append(text)
            if len(pk_columns) > 1:
                parts.append(f"PRIMARY KEY ({', '.join(_quote(c) for c in pk_columns)})")
            statement = f"CREATE TABLE {qt} ({', '.join(parts)});"
            if sample_rows:
                rows = conn.execute(f"SELECT * FROM {qt} LIMIT {int(sample_rows)}").fetchall()
                for row in rows:
                    cells = [str(v)[:max_value_chars] if v is not None else "NULL" for v in row]
                    statement += "\n-- " + " | ".join(cells)
            statements.append(statement)
        return "\n".join(statements)
    finally:
        conn.close()


def chat_messages(schema: str, question: str) -> list[dict[str, str]]:
    """The conversation that asks for one query; the model's answer (the target in training) is the SQL alone."""
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Database schema:\n{schema}\n\nQuestion: {question}"},
    ]


def example_messages(db_path: Path | str, question: str, config: PromptConfig) -> list[dict[str, str]]:
    return chat_messages(render_schema(str(db_path), config.sample_rows, config.max_value_chars), question)


def generation_prompt(tokenizer, messages: list[dict[str, str]]) -> str:
    """Prompt text ending where the assistant's answer starts (the same template trl applies in training)."""
    return tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
