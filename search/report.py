"""An HTML report of a study: figures, baseline vs best, every trial, and a sample of wrong predictions.

    python -m search.report                                    # sqlite:///study.db, study sqltune
    python -m search.report --storage sqlite:///study.db --study-name sqltune --out reports/sqltune

Writes ``<out>/index.html`` and one PNG per figure beside it (no CSS, JS or fonts from elsewhere), so the folder
can be zipped or served as it is. Reads the study and the predictions table; writes nothing else.
"""

from __future__ import annotations

import argparse
import html
import math
import os
import re
import shutil
import sys
import tempfile
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from evaluation.data import DIFFICULTIES
from evaluation.execute import ErrorKind
from search.optuna_storage import JOURNAL_PREFIX, journal_path
from search.records import read_baseline, read_final, read_trial

if TYPE_CHECKING:
    import optuna
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from storage.predictions import Prediction

ERROR_KINDS = tuple(kind.value for kind in ErrorKind)
"""In the order the outcomes figure shows them, after 'correct' (error NULL)."""
WRONG_SAMPLE = 20
DPI = 110
BASELINE_COLOR, BEST_COLOR, PRUNED_COLOR, RUNNING_BEST_COLOR = "#8c8c8c", "#1f77b4", "#d62728", "#2ca02c"
SPIDER_NOTICE = (
    "Spider (Yu et al., 2018) is licensed CC BY-SA 4.0: if any database, question or SQL query in this report "
    "comes from Spider, keep that attribution wherever the report is shared."
)


class ReportError(Exception):
    """Bad input: the message names the flag; main() prints it and exits with code 2."""


class Omitted(Exception):
    """A figure that cannot be drawn from this study; the message says why and goes into the HTML."""


@dataclass(frozen=True)
class Options:
    storage: str
    study_name: str
    db: str
    out: Path
    attribution: str | None


@dataclass(frozen=True)
class ReportData:
    study: optuna.Study
    trials: list  # FrozenTrials, read once: every ``study.trials`` is a storage round trip
    storage: str
    """For display: passwords hidden."""
    db: str
    baseline: list[Prediction]
    """Baseline (base model) rows of the test split."""
    final: list[Prediction]
    """Final (best adapter) rows of the test split."""
    notes: list[str] = field(default_factory=list)
    """Why some predictions are missing."""


@dataclass(frozen=True)
class FigureOut:
    file: str
    title: str
    caption: str
    figure: Figure | None
    omitted: str | None = None


# ---------------------------------------------------------------------------------------------------- arguments


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m search.report", description=__doc__.split("\n\n")[0])
    p.add_argument("--storage", default="sqlite:///study.db", help="Optuna storage URL (default %(default)s)")
    p.add_argument("--study-name", default="sqltune", help="Optuna study name (default %(default)s)")
    p.add_argument("--db", help="predictions table: SQLAlchemy URL or SQLite path "
                                "(default: as search.run: the --storage database, or FILE.predictions.db beside a journal)")
    p.add_argument("--out", type=Path, help="report folder, replaced if it holds an earlier report "
                                            "(default reports/<study>)")
    p.add_argument("--attribution", help="text for the footer, e.g. the dataset's attribution line")
    return p.parse_args(argv)


def resolve_options(args: argparse.Namespace) -> Options:
    """Validate the flags before anything is opened or written; raise ReportError naming the flag."""
    from search.optuna_storage import check_storage, default_predictions_db
    from storage.predictions import database_url

    try:
        check_storage(args.storage)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    require_file("--storage", args.storage)
    db = args.db or default_predictions_db(args.storage)
    try:
        db = database_url(db)
    except ValueError as exc:
        raise ReportError(f"--db: {exc}") from None
    require_file("--db", db)
    from search.preflight import DatabaseFault, check_readable

    # A damaged file or an unreachable server: one line here, not a traceback from deep inside Optuna or SQLAlchemy.
    try:
        check_readable("--storage", args.storage)
        check_readable("--db", db)
    except DatabaseFault as exc:
        raise ReportError(str(exc)) from None
    out = args.out if args.out is not None else Path("reports") / _safe_name(args.study_name)
    _check_out(out)
    return Options(args.storage, args.study_name, db, out, args.attribution)


def require_file(flag: str, url: str) -> None:
    """Raise ReportError naming ``flag`` when ``url`` is a SQLite or journal storage whose file is missing.

    Opening a missing SQLite or journal file would create it: a reader must not leave an empty study.db behind."""
    from search.optuna_storage import local_file

    try:
        found = local_file(url)
    except ValueError as exc:
        raise ReportError(f"{flag}: {exc}") from None
    if found is not None and not Path(found[0]).is_file():
        raise ReportError(f"{flag}: {found[1]} file not found: {found[0]}")


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.-]+", "_", name).strip(".")
    return cleaned or "study"


def _check_out(out: Path) -> None:
    # The folder is replaced wholesale, so refuse anything that is not an earlier report (think --out .).
    if not out.exists():
        return
    if not out.is_dir():
        raise ReportError(f"--out: {out} exists and is not a folder")
    entries = list(out.iterdir())
    if entries and not _is_report_folder(entries):
        raise ReportError(f"--out: {out} holds files other than a report (index.html and PNGs); choose another folder")


def _is_report_folder(entries: list[Path]) -> bool:
    names = {e.name for e in entries}
    return "index.html" in names and all(e.is_file() and e.suffix in (".html", ".png") for e in entries)


def _display_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return url if url.startswith(JOURNAL_PREFIX) else make_url(url).render_as_string(hide_password=True)


# ---------------------------------------------------------------------------------------------------- loading


def load_data(options: Options) -> ReportData:
    study = load_study(options.storage, options.study_name)
    recorded = read_final(study)
    baseline, final, notes = load_test_rows(options.db, options.study_name, recorded.trial if recorded else None)
    return ReportData(study, study.get_trials(deepcopy=False), _display_url(options.storage),
                      _display_url(options.db), baseline, final, notes)


def load_study(url: str, name: str) -> optuna.Study:
    import optuna

    shown = _display_url(url)
    storage = open_storage_to_read(url)
    try:
        names = optuna.get_all_study_names(storage)
    except Exception as exc:  # the storage's own read errors (SQLAlchemy, a corrupt journal) differ by backend
        raise ReportError(f"--storage: cannot read {shown}: {exc}") from None
    if name not in names:
        known = ", ".join(repr(n) for n in sorted(names)) or "none"
        raise ReportError(f"--study-name: no study {name!r} in {shown}; studies there: {known}")
    study = optuna.load_study(study_name=name, storage=storage)
    if len(study.directions) != 1:
        raise ReportError(f"--study-name: study {name!r} has {len(study.directions)} objectives; "
                          "this report needs one (validation EX)")
    return study


def open_storage_to_read(url: str, flag: str = "--storage"):
    """A plain Optuna storage: no heartbeat, so reading never fails a live worker's trial; no tables created in a
    database that holds none (ReportError naming ``flag``). Serves the report and benchmarks.pruning_replay."""
    import optuna

    if url.startswith(JOURNAL_PREFIX):
        from optuna.storages.journal import JournalFileBackend

        return optuna.storages.JournalStorage(JournalFileBackend(journal_path(url)))
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import SQLAlchemyError

    from storage.predictions import sqlalchemy_url

    url = sqlalchemy_url(url)  # postgresql:// through psycopg 3, as search.run opens it
    kwargs = {"connect_args": {"timeout": 60}} if url.startswith("sqlite") else {}
    try:
        # RDBStorage creates its tables in any database it opens; check first so a wrong file is left untouched.
        probe = create_engine(url, **kwargs)
        try:
            has_studies = inspect(probe).has_table("studies")
        finally:
            probe.dispose()
        if not has_studies:
            raise ReportError(f"{flag}: {_display_url(url)} holds no Optuna study (no 'studies' table)")
        return optuna.storages.RDBStorage(url, engine_kwargs=kwargs, skip_table_creation=True)
    except (SQLAlchemyError, RuntimeError) as exc:  # RuntimeError: schema of another Optuna version
        raise ReportError(f"{flag}: cannot read {_display_url(url)}: {exc}") from None


def load_test_rows(url: str, run_name: str, final_trial: int | None) -> tuple[list, list, list[str]]:
    """Baseline and final rows of the test split, and notes on what is missing."""
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import SQLAlchemyError

    from storage.predictions import load_predictions

    shown = _display_url(url)
    # Not open_predictions(): it creates the table, and reading must not write.
    engine = create_engine(url, **({"connect_args": {"timeout": 60}} if url.startswith("sqlite") else {}))
    try:
        if not inspect(engine).has_table("predictions"):
            return [], [], [f"{shown} has no predictions table (pass --db if the search wrote them elsewhere)"]
        baseline = list(load_predictions(engine, run_name, phase="baseline", split="test"))
        final = _one_trial(list(load_predictions(engine, run_name, phase="final", split="test", trial=final_trial)))
    except SQLAlchemyError as exc:
        raise ReportError(f"--db: cannot read {shown}: {exc}") from None
    finally:
        engine.dispose()
    notes = [f"no {what} test predictions for run {run_name!r} in {shown}"
             for what, rows in (("baseline", baseline), ("final", final)) if not rows]
    return baseline, final, notes


def _one_trial(rows: list) -> list:
    # Without the final_trial attr, a rerun after the best trial changed leaves final rows of two trials:
    # keep the newest.
    if len({r.trial for r in rows}) <= 1:
        return rows
    newest = max(rows, key=lambda r: r.created_at).trial
    return [r for r in rows if r.trial == newest]


# ---------------------------------------------------------------------------------------------------- figures


def build_figures(data: ReportData) -> list[FigureOut]:
    out = []
    for file, title, caption, builder in FIGURES:
        try:
            out.append(FigureOut(file, title, caption, builder(data)))
        except Omitted as why:
            out.append(FigureOut(file, title, caption, None, str(why)))
    return out


def _new_axes(size: tuple[float, float]) -> tuple[Figure, Axes]:
    # Figure + Agg canvas, not pyplot: no global backend switch and no figure registry to leak into.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.grid(True, axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    return fig, ax


def _states():
    from optuna.trial import TrialState

    return TrialState


def _trial_value(trial) -> float | None:
    """The trial's validation EX; a pruned trial's is its last reported epoch (Optuna stores that too)."""
    if trial.value is not None:
        return trial.value
    if trial.intermediate_values:
        return trial.intermediate_values[max(trial.intermediate_values)]
    return None


def _pct_limits(ax: Axes, values: Sequence[float], axis: str = "y") -> None:
    from matplotlib.ticker import FixedLocator, MaxNLocator

    top = max([v for v in values if v is not None and not math.isnan(v)] or [0.0])
    # Headroom above the highest point for bar labels, but no tick above 100 %.
    limit = min(115.0, max(10.0, top * 1.15 + 3))
    shown = min(limit, 100.0)
    ticks = [t for t in MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]).tick_values(0, shown) if 0 <= t <= shown]
    (ax.set_ylim if axis == "y" else ax.set_xlim)(0, limit)
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(FixedLocator(ticks))


def history_figure(data: ReportData) -> Figure:
    from matplotlib.ticker import MaxNLocator

    S = _states()
    complete = [(t.number, 100 * t.value) for t in data.trials if t.state == S.COMPLETE]
    pruned = [(t.number, 100 * v) for t in data.trials if t.state == S.PRUNED and (v := _trial_value(t)) is not None]
    if not complete and not pruned:
        raise Omitted("no complete or pruned trial yet")
    fig, ax = _new_axes((7.5, 4.2))
    if complete:
        ax.scatter(*zip(*complete), color=BEST_COLOR, s=36, zorder=3, label="complete")
        xs, best = _running_best(complete, max(n for n, _ in complete + pruned))
        ax.step(xs, best, where="post", color=RUNNING_BEST_COLOR, lw=1.8, label="best so far")
    if pruned:
        ax.scatter(*zip(*pruned), color=PRUNED_COLOR, marker="x", s=48, zorder=3, label="pruned (last epoch)")
    recorded = read_baseline(data.study)
    baseline = recorded.validation.ex if recorded else None
    if baseline is not None:
        ax.axhline(100 * baseline, color=BASELINE_COLOR, ls="--", lw=1.2, label=f"baseline ({100 * baseline:.1f} %)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _pct_limits(ax, [v for _, v in complete + pruned] + [100 * (baseline or 0)])
    ax.set(xlabel="trial number", ylabel="validation EX (%)", title="Optimization history")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9, frameon=False)
    fig.tight_layout()
    return fig


def _running_best(points: list[tuple[int, float]], last_x: int) -> tuple[list[int], list[float]]:
    xs, best, current = [], [], -math.inf
    for number, value in sorted(points):
        current = max(current, value)
        xs.append(number)
        best.append(current)
    # Carry the line to the last trial so later pruned trials are seen against it.
    xs.append(max(last_x, xs[-1]))
    best.append(current)
    return xs, best


def importance_figure(data: ReportData) -> Figure:
    import optuna

    n_complete = sum(t.state == _states().COMPLETE for t in data.trials)
    if n_complete < 2:
        raise Omitted(f"parameter importances need at least 2 complete trials; the study has {n_complete}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            importances = optuna.importance.get_param_importances(data.study)
        except Exception as exc:  # any evaluator failure only costs this figure, not the report
            raise Omitted(f"parameter importances could not be computed: {type(exc).__name__}: {exc}") from None
    # Optuna warns, and returns equal shares, when it has too little to go on: equal bars would mislead.
    too_few = [str(w.message) for w in caught if "importance" in str(w.message).lower()]
    if too_few:
        raise Omitted(f"parameter importances could not be computed: {too_few[0]}")
    if not importances:
        raise Omitted("no parameter varied across complete trials")
    names = list(importances)[::-1]  # largest at the top
    fig, ax = _new_axes((7.0, 0.5 * len(names) + 1.6))
    ax.grid(False)
    ax.grid(True, axis="x", alpha=0.3)
    bars = ax.barh(names, [importances[n] for n in names], color=BEST_COLOR)
    ax.bar_label(bars, fmt="%.2f", padding=3, fontsize=9)
    ax.set_xlim(0, max(importances.values()) * 1.15 or 1)
    ax.set(xlabel="importance for validation EX (share of total, sums to 1)",
           title=f"Parameter importances ({n_complete} complete trials)")
    fig.tight_layout()
    return fig


def intermediate_figure(data: ReportData) -> Figure:
    from matplotlib import colormaps
    from matplotlib.ticker import MaxNLocator

    S = _states()
    trials = [t for t in data.trials if t.state in (S.COMPLETE, S.PRUNED) and t.intermediate_values]
    if not trials:
        raise Omitted("no trial has reported a per-epoch validation EX yet")
    cmap = colormaps["tab10" if len(trials) <= 10 else "tab20"]
    fig, ax = _new_axes((7.5, 4.2))
    for i, t in enumerate(trials):
        steps = sorted(t.intermediate_values)
        values = [100 * t.intermediate_values[s] for s in steps]
        pruned = t.state == S.PRUNED
        ax.plot(steps, values, color=cmap(i % cmap.N), ls="--" if pruned else "-", marker="o", ms=4,
                label=f"trial {t.number}" + (" (pruned)" if pruned else ""))
        if pruned:
            ax.plot(steps[-1], values[-1], color=cmap(i % cmap.N), marker="X", ms=10, mec="black", mew=0.6, zorder=3)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _pct_limits(ax, [100 * v for t in trials for v in t.intermediate_values.values()])
    ax.set(xlabel="epoch", ylabel="validation EX (%)", title="Validation EX after each epoch")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False, ncol=math.ceil(len(trials) / 16))
    fig.tight_layout()
    return fig


def _ex_by(rows: Sequence[Prediction], key: Callable) -> dict[str, tuple[int, int]]:
    """group -> (correct, n)."""
    table: dict[str, list[int]] = {}
    for r in rows:
        cell = table.setdefault(key(r), [0, 0])
        cell[0] += bool(r.correct)
        cell[1] += 1
    return {k: (c, n) for k, (c, n) in table.items()}


def _sides(data: ReportData) -> dict[str, list]:
    """The row sets to compare, labelled for legends; a side without rows is left out."""
    final_trial = data.final[0].trial if data.final else None
    sides = {"baseline (base model)": data.baseline, f"best (trial {final_trial})": data.final}
    present = {label: rows for label, rows in sides.items() if rows}
    if not present:
        raise Omitted("no baseline or final test predictions: " + "; ".join(data.notes))
    return present


def _ex_comparison(data: ReportData, key: Callable, order: Callable[[set[str]], list[str]], title: str,
                   group_label: str) -> Figure:
    sides = {label: _ex_by(rows, key) for label, rows in _sides(data).items()}
    groups = order(set().union(*sides.values()))
    series = {label: [100 * c / n if n else math.nan for c, n in (t.get(g, (0, 0)) for g in groups)]
              for label, t in sides.items()}
    ns = [_n_label([t.get(g, (0, 0))[1] for t in sides.values()]) for g in groups]
    return _grouped_bars(groups, ns, series, "{:.0f}%", (group_label, "test EX (%)", title), percent=True)


def _n_label(ns: list[int]) -> str:
    present = [n for n in ns if n]
    return f"n={present[0]}" if len(set(present)) == 1 else "n=" + "/".join(str(n) for n in ns)


def _grouped_bars(groups: list[str], ns: list[str] | None, series: dict[str, list[float]], fmt: str,
                  labels: tuple[str, str, str], percent: bool) -> Figure:
    """Bars side by side per group; beyond 8 groups they run horizontally so long names stay level and legible."""
    group_label, value_label, title = labels
    horizontal = len(groups) > 8
    ticks = [f"{g} ({n})" if horizontal else f"{g}\n{n}" for g, n in zip(groups, ns)] if ns else groups
    size = (8.0, 0.32 * len(groups) * len(series) + 1.8) if horizontal else (max(6.5, 0.9 * len(groups) + 2.5), 4.2)
    fig, ax = _new_axes(size)
    width = 0.8 / len(series)
    for i, (label, values) in enumerate(series.items()):
        positions = [g + (i - (len(series) - 1) / 2) * width for g in range(len(groups))]
        heights = [0 if math.isnan(v) else v for v in values]
        color = BEST_COLOR if label.startswith("best") else BASELINE_COLOR
        draw = ax.barh if horizontal else ax.bar
        bars = draw(positions, heights, width, label=label, color=color)
        ax.bar_label(bars, labels=["" if math.isnan(v) else fmt.format(v) for v in values], padding=2, fontsize=8)
    values = [v for vs in series.values() for v in vs]
    if horizontal:
        ax.grid(False)
        ax.grid(True, axis="x", alpha=0.3)
        ax.set_yticks(range(len(groups)), ticks, fontsize=9)
        ax.margins(y=0.01)
        ax.invert_yaxis()  # first group (alphabetically) at the top
        ax.set(ylabel=group_label, xlabel=value_label)
    else:
        ax.set_xticks(range(len(groups)), ticks, fontsize=9)
        ax.set(xlabel=group_label, ylabel=value_label)
    if percent:
        _pct_limits(ax, values, "x" if horizontal else "y")
    else:
        (ax.set_xlim if horizontal else ax.set_ylim)(0, max(values + [0]) * 1.18 + 1)
    ax.set_title(title)
    ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


def difficulty_figure(data: ReportData) -> Figure:
    def order(found: set[str]) -> list[str]:
        return [d for d in DIFFICULTIES if d in found] + sorted(found - set(DIFFICULTIES))

    return _ex_comparison(data, lambda r: r.difficulty, order, "Test EX by difficulty: baseline vs best", "difficulty")


def database_figure(data: ReportData) -> Figure:
    return _ex_comparison(data, lambda r: r.db_id, sorted, "Test EX by database: baseline vs best", "database (db_id)")


def errors_figure(data: ReportData) -> Figure:
    sides = {label: Counter(r.error or "correct" for r in rows) for label, rows in _sides(data).items()}
    found = set().union(*sides.values())
    kinds = ["correct", *ERROR_KINDS] + sorted(found - {"correct", *ERROR_KINDS})
    series = {label: [float(c.get(k, 0)) for k in kinds] for label, c in sides.items()}
    labels = ("outcome of the predicted SQL", "test examples", "Outcomes on the test split: baseline vs best")
    return _grouped_bars([k.replace("_", " ") for k in kinds], None, series, "{:.0f}", labels, percent=False)


FIGURES: tuple[tuple[str, str, str, Callable[[ReportData], Figure]], ...] = (
    ("history.png", "Optimization history",
     "Validation EX of each trial. Dots: complete trials; red crosses: pruned trials at their last evaluated epoch; "
     "green steps: best complete trial so far; dashed: the base model. Failed trials have no value and are left out.",
     history_figure),
    ("importances.png", "Parameter importances",
     "optuna.importance.get_param_importances over complete trials (Optuna's default evaluator). With a dozen "
     "trials this is a rough indication, not a measurement.",
     importance_figure),
    ("intermediate.png", "Validation EX per epoch",
     "Validation EX after each epoch, as reported to the pruner. Dashed lines ending in a large X: pruned trials.",
     intermediate_figure),
    ("by_difficulty.png", "Test EX by difficulty",
     "Test EX of the base model and of the best trial's adapter per Spider difficulty; n: test examples in the "
     "group (baseline/best where they differ).",
     difficulty_figure),
    ("by_database.png", "Test EX by database",
     "Test EX per database, sorted by name; n as above.",
     database_figure),
    ("errors.png", "Outcomes",
     "How each test prediction ended: correct, or the first error kind met (syntax, runtime, timeout, denied by the "
     "read-only guard, row limit, or executed with a wrong result).",
     errors_figure),
)


# ---------------------------------------------------------------------------------------------------- HTML

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1100px;
       padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
.meta { color: #555; font-size: 0.9rem; } .meta code { font-size: 0.85rem; }
table { border-collapse: collapse; font-size: 0.88rem; margin: 0.6rem 0; }
th, td { border: 1px solid #ddd; padding: 0.25rem 0.55rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.pruned td { color: #8a1c1c; } tr.fail td { color: #888; }
figure { margin: 1.4rem 0; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption { font-size: 0.88rem; color: #444; max-width: 60rem; }
.omitted { background: #fff8e1; border-left: 4px solid #f0c040; padding: 0.4rem 0.7rem; font-size: 0.9rem; }
pre { margin: 0; white-space: pre-wrap; word-break: break-word; font-size: 0.8rem; max-width: 26rem; }
footer { margin-top: 3rem; font-size: 0.82rem; color: #555; border-top: 1px solid #ddd; padding-top: 0.6rem; }
"""


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def _params(params: dict) -> str:
    return ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in params.items())


def _duration(trial) -> str:
    seconds = read_trial(trial).total_seconds
    if seconds is None and trial.datetime_start and trial.datetime_complete:
        seconds = (trial.datetime_complete - trial.datetime_start).total_seconds()
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds // 60:.0f} min {seconds % 60:02.0f} s"
    return f"{seconds // 3600:.0f} h {seconds % 3600 // 60:02.0f} min"


def _ex_of(rows: Sequence[Prediction]) -> float | None:
    return sum(bool(r.correct) for r in rows) / len(rows) if rows else None


def render_html(data: ReportData, figures: list[FigureOut], attribution: str | None) -> str:
    name = data.study.study_name
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>sqltune report: {_e(name)}</title>',
        f"<style>{CSS}</style>\n</head>\n<body>",
        f"<h1>sqltune report: {_e(name)}</h1>",
        f'<p class="meta">study <code>{_e(name)}</code> · storage <code>{_e(data.storage)}</code> · predictions '
        f"<code>{_e(data.db)}</code> · generated {_e(generated)}</p>",
        _summary_html(data),
        "<h2>Figures</h2>",
        *(_figure_html(f) for f in figures),
        _trials_html(data),
        _wrong_html(data),
        _footer_html(attribution),
        "</body>\n</html>\n",
    ]
    return "\n".join(parts)


def _summary_html(data: ReportData) -> str:
    S = _states()
    from search.objective import tally_failures

    recorded = read_final(data.study)
    counts = Counter(t.state for t in data.trials)
    best = data.study.best_trial if counts.get(S.COMPLETE) else None
    final_trial = recorded.trial if recorded else data.final[0].trial if data.final else None
    lines = ["<h2>Summary</h2>", _ex_table(data, best)]
    if best:
        lines.append(f"<p>Best trial <b>{best.number}</b>: <code>{_e(_params(best.params))}</code></p>")
    if best and final_trial is not None and final_trial != best.number:
        lines.append(f"<p>Test EX is that of trial {final_trial}, the best one when the final phase ran; "
                     f"trial {best.number} is best now (rerun the search to evaluate it on test).</p>")
    tally = f"{counts.get(S.COMPLETE, 0)} complete, {counts.get(S.PRUNED, 0)} pruned, {tally_failures(data.trials)[2]}"
    live = counts.get(S.RUNNING, 0) + counts.get(S.WAITING, 0)
    lines.append(f"<p>Trials: {tally}{f', {live} running or waiting' if live else ''}.</p>")
    candidates = recorded.settings.candidates if recorded else None
    if candidates:  # studies from before execution-guided decoding do not record it
        decoding = ("greedy decoding, one answer per question" if candidates == 1 else
                    f"{candidates} beam-search hypotheses per question, answered with the most probable one that runs "
                    "on the database and returns rows (execution-guided decoding)")
        lines.append(f"<p>Final test predictions: {_e(decoding)}.</p>")
    lines += [f'<p class="omitted">{_e(note)}</p>' for note in data.notes]
    return "\n".join(lines)


def _ex_table(data: ReportData, best) -> str:
    """Baseline vs best, validation and test EX, test EX under both semantics (strict first, official beside it).

    Strict test EX falls back to ``*_test_ex`` (studies from before both were recorded, which were all strict) and then
    to the stored rows; official test EX is '—' where the study did not record it."""
    recorded_baseline, recorded_final = read_baseline(data.study), read_final(data.study)

    def test_ex(figures, rows) -> tuple:
        return (figures.ex_under("strict", "strict"), figures.ex_official) if figures else (_ex_of(rows), None)

    baseline = (recorded_baseline.validation.ex if recorded_baseline else None,
                *test_ex(recorded_baseline.test if recorded_baseline else None, data.baseline))
    tuned = (best.value if best else None, *test_ex(recorded_final.test if recorded_final else None, data.final))
    rows = [("baseline (base model)", *baseline),
            (f"best (trial {best.number})" if best else "best (no complete trial)", *tuned)]
    semantics = recorded_final.settings.semantics if recorded_final else "strict"  # what validation EX (the search) used
    validation = "validation EX" if semantics == "strict" else f"validation EX ({semantics})"
    lines = ["<table>", f"<tr><th></th><th>{_e(validation)}</th><th>test EX (strict)</th><th>test EX (official)</th></tr>"]
    lines += [f"<tr><th>{_e(label)}</th>" + "".join(f'<td class="num">{_pct(x)}</td>' for x in figures) + "</tr>"
              for label, *figures in rows]
    changes = [None if b is None or t is None else f"{100 * (t - b):+.1f} points" for b, t in zip(baseline, tuned)]
    if any(changes):
        cells = "".join(f'<td class="num">{c or "—"}</td>' for c in changes)
        lines.append(f"<tr><th>change</th>{cells}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _figure_html(f: FigureOut) -> str:
    if f.figure is None:
        return f'<h3>{_e(f.title)}</h3>\n<p class="omitted">Figure omitted: {_e(f.omitted)}</p>'
    return (f'<figure><img src="{_e(f.file)}" alt="{_e(f.title)}">\n'
            f"<figcaption><b>{_e(f.title)}.</b> {_e(f.caption)}</figcaption></figure>")


def _trials_html(data: ReportData) -> str:
    S = _states()
    from search.objective import is_surplus

    lines = ["<h2>All trials</h2>", "<table>",
             "<tr><th>#</th><th>state</th><th>params</th><th>validation EX per epoch</th><th>value</th>"
             "<th>duration</th><th>note</th></tr>"]
    for t in sorted(data.trials, key=lambda t: t.number):
        state = ("surplus" if is_surplus(t) else "failed") if t.state == S.FAIL else t.state.name.lower()
        epochs = [t.intermediate_values[s] for s in sorted(t.intermediate_values)] or read_trial(t).epoch_ex
        value = _trial_value(t) if t.state in (S.COMPLETE, S.PRUNED) else None
        note = (read_trial(t).failure or "")[:300]
        lines.append(
            f'<tr class="{_e(t.state.name.lower())}"><td class="num">{t.number}</td><td>{state}</td>'
            f"<td><code>{_e(_params(t.params))}</code></td><td>{' → '.join(_pct(v) for v in epochs) or '—'}</td>"
            f'<td class="num">{_pct(value)}</td><td class="num">{_duration(t)}</td><td>{_e(note)}</td></tr>'
        )
    lines.append("</table>")
    return "\n".join(lines)


def _natural_key(text: str) -> list:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def _wrong_html(data: ReportData) -> str:
    wrong = sorted((r for r in data.final if not r.correct), key=lambda r: _natural_key(r.example_id))
    head = "<h2>Wrong final predictions</h2>"
    if not data.final:
        return f'{head}\n<p class="omitted">No final test predictions to show.</p>'
    if not wrong:
        return f"{head}\n<p>Every final test prediction is correct.</p>"
    shown = f"The first {WRONG_SAMPLE} of {len(wrong)}" if len(wrong) > WRONG_SAMPLE else f"All {len(wrong)}"
    lines = [head, f"<p>{shown} wrong predictions (of {len(data.final)} test examples), by example id.</p>", "<table>",
             "<tr><th>example</th><th>question</th><th>db_id</th><th>difficulty</th><th>error</th>"
             "<th>predicted SQL</th><th>gold SQL</th></tr>"]
    for r in wrong[:WRONG_SAMPLE]:
        cells = [_e(r.example_id), _e(r.question), _e(r.db_id), _e(r.difficulty), _e(r.error or ""),
                 f"<pre>{_e(r.predicted_sql)}</pre>", f"<pre>{_e(r.gold_sql)}</pre>"]
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _footer_html(attribution: str | None) -> str:
    extra = f"<br>{_e(attribution)}" if attribution else ""
    return f"<footer>Generated by <code>python -m search.report</code>. {_e(SPIDER_NOTICE)}{extra}</footer>"


# ---------------------------------------------------------------------------------------------------- writing


def write_report(out: Path, data: ReportData, figures: list[FigureOut], attribution: str | None) -> Path:
    """Write into a temporary folder beside ``out`` and swap it in, so a failure leaves ``out`` as it was."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as exc:
        raise ReportError(f"--out: cannot create {out}: {exc}") from None
    try:
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a report folder is meant to be shared
        for f in figures:
            if f.figure is not None:
                f.figure.savefig(staging / f.file, dpi=DPI, bbox_inches="tight")
        (staging / "index.html").write_text(render_html(data, figures, attribution), encoding="utf-8")
        _swap_in(staging, out)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ReportError(f"--out: cannot write {out}: {exc}") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out / "index.html"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _swap_in(staging: Path, out: Path) -> None:
    if not out.exists():
        staging.rename(out)
        return
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    out.rename(old)
    try:
        staging.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        options = resolve_options(args)
        data = load_data(options)
        index = write_report(options.out, data, build_figures(data), options.attribution)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(index)
    return 0


if __name__ == "__main__":
    sys.exit(main())
