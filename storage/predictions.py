"""The predictions table: every SQL the tool generated for evaluation, with its score (SQLAlchemy 2 ORM).

One row per (run, phase, trial, split, example). A phase's predictions for a split are replaced in one
transaction, so a rerun never duplicates rows and a crash never leaves half a split written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    Index,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    func,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

PHASES = ("baseline", "trial", "final")


class Base(DeclarativeBase):
    pass


class Prediction(Base):
    __tablename__ = "predictions"
    __table_args__ = (Index("ix_predictions_run_phase_split", "run_name", "phase", "split"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_name: Mapped[str] = mapped_column(String(200))
    """The Optuna study name (or the run name of a standalone baseline)."""
    phase: Mapped[str] = mapped_column(String(16))
    """'baseline' (base model), 'trial' (a trial's validation predictions) or 'final' (best adapter on test)."""
    trial: Mapped[int | None] = mapped_column(Integer, nullable=True)
    split: Mapped[str] = mapped_column(String(32))
    example_id: Mapped[str] = mapped_column(String(200))
    db_id: Mapped[str] = mapped_column(String(200))
    difficulty: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(Text)
    gold_sql: Mapped[str] = mapped_column(Text)
    predicted_sql: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(String(32), nullable=True)
    latency_ms: Mapped[float] = mapped_column(Float)
    model: Mapped[str] = mapped_column(String(500))
    adapter: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# One row per example and run/phase/trial/split. trial is NULL for the baseline and SQL treats NULLs as distinct in
# a UNIQUE constraint, so the index is on COALESCE(trial, -1) (an expression index: SQLite and PostgreSQL both have them).
Index(
    "uq_prediction",
    Prediction.run_name,
    Prediction.phase,
    func.coalesce(Prediction.trial, -1),
    Prediction.split,
    Prediction.example_id,
    unique=True,
)


def database_url(value: str) -> str:
    """Accept an SQLAlchemy URL or a plain file path (taken as SQLite); raise ValueError otherwise."""
    if "://" not in value:
        if not value.strip():
            raise ValueError("empty database URL")
        return f"sqlite:///{Path(value).expanduser()}"
    try:
        make_url(value)
    except ArgumentError as exc:
        raise ValueError(f"not a valid SQLAlchemy URL: {value!r} ({exc})") from None
    return sqlalchemy_url(value)


def sqlalchemy_url(url: str) -> str:
    """Pick psycopg 3 (a project dependency) for a bare ``postgresql://`` URL; SQLAlchemy's default is psycopg2."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def open_predictions(url: str) -> Engine:
    """An engine for ``url`` with the predictions table created if missing."""
    url = database_url(url)
    kwargs = {}
    if url.startswith("sqlite"):
        # Optuna may share the file; wait for its writes instead of failing with "database is locked".
        kwargs["connect_args"] = {"timeout": 60}
    engine = create_engine(url, **kwargs)
    try:
        Base.metadata.create_all(engine)
    except DBAPIError:
        # Two workers creating the table at the same moment: one wins, the other finds it on a second look.
        Base.metadata.create_all(engine)
    return engine


@dataclass(frozen=True)
class RunInfo:
    """What is common to all rows of one write."""

    run_name: str
    phase: str
    split: str
    model: str
    trial: int | None = None
    adapter: str | None = None

    def __post_init__(self) -> None:
        if self.phase not in PHASES:
            raise ValueError(f"phase must be one of {PHASES}, got {self.phase!r}")
        if (self.phase == "baseline") != (self.trial is None):
            raise ValueError("the baseline has no trial number; every other phase has one")


def save_predictions(engine: Engine, info: RunInfo, records: Iterable) -> int:
    """Replace the rows of (run, phase, trial, split) with ``records`` (``ExampleResult``s) atomically."""
    now = datetime.now(timezone.utc)
    rows = [
        Prediction(
            run_name=info.run_name,
            phase=info.phase,
            trial=info.trial,
            split=info.split,
            example_id=r.id,
            db_id=r.db_id,
            difficulty=r.difficulty,
            question=r.question,
            gold_sql=r.gold,
            predicted_sql=r.predicted,
            correct=bool(r.correct),
            error=r.error,
            latency_ms=float(r.latency_ms),
            model=info.model,
            adapter=info.adapter,
            created_at=now,
        )
        for r in records
    ]
    with Session(engine) as session, session.begin():
        trial_match = Prediction.trial.is_(None) if info.trial is None else Prediction.trial == info.trial
        session.execute(
            delete(Prediction).where(
                Prediction.run_name == info.run_name,
                Prediction.phase == info.phase,
                Prediction.split == info.split,
                trial_match,
            )
        )
        session.add_all(rows)
    return len(rows)


def load_predictions(
    engine: Engine, run_name: str, phase: str | None = None, split: str | None = None, trial: int | None = None
) -> Sequence[Prediction]:
    """Rows of one run, optionally filtered, ordered by insertion."""
    query = select(Prediction).where(Prediction.run_name == run_name)
    if phase is not None:
        query = query.where(Prediction.phase == phase)
    if split is not None:
        query = query.where(Prediction.split == split)
    if trial is not None:
        query = query.where(Prediction.trial == trial)
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(query.order_by(Prediction.id)))


def correct_by_example(engine: Engine, run_name: str, phase: str, split: str) -> dict[str, bool]:
    """Whether each example of one phase's split was answered correctly: what a paired comparison of two phases
    needs (evaluation/metrics.py: paired_comparison)."""
    return {r.example_id: r.correct for r in load_predictions(engine, run_name, phase, split)}
