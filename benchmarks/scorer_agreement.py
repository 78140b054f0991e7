"""Agreement of sqltune's scorer with Spider's official test-suite evaluator, per (gold, prediction) pair.

    python -m benchmarks.scorer_agreement --spider DIR [--official CHECKOUT --official-python PY] [--golds 150]
        [--seed 0] [--out FILE.json]

Pairs: gold queries sampled from the Spider subset (``--spider``: train/dev/test.jsonl and databases/), each paired
with itself and with perturbations of itself (``PERTURBATIONS``: DISTINCT added or removed, spaced operators, ORDER BY
changes, columns moved, float casts, trailing statements, empty predictions, other golds, ...) and, for some golds,
with hostile statements (``HOSTILE``: writes and admin statements). sqltune scores every pair under both semantics,
on the real databases, whose sha256 must not change.

With ``--official`` (a checkout of taoyds/test-suite-sql-eval, e.g. the ``fetch`` tool's mirror exported with
``git archive``) its ``evaluation.py --etype exec`` (default options) scores the same pairs: from a temporary copy of
its code, on temporary copies of the databases (it opens them writable and runs whatever it is given), through
``evaluate()`` on one gold file and one prediction file, as its command line does. Two things are added around it:
``nltk``'s sentence splitter is replaced by one that returns the whole text (the punkt data it needs cannot be
downloaded here; the official code uses it only to parse SQL for hardness and exact match, never for the exec
verdict), and ``eval_exec_match`` is wrapped to record each verdict (an exception inside it is recorded as a crash
instead of ending the run). Hostile pairs run one at a time on fresh copies; empty predictions too, since an empty
line ends a session in its file format and the run crashes.

``--official-python``: a Python with the official evaluator's dependencies (``sqlparse``, ``nltk``, ``tqdm``), e.g. a
throwaway venv; never imported into sqltune's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from evaluation.compare import sqlglot
from evaluation.data import load_dataset
from evaluation.execute import ExecutionConfig, SQLiteExecutor, sql_tokens
from evaluation.metrics import Scorer

SPLITS = ("train.jsonl", "dev.jsonl", "test.jsonl")
SCRATCH = "{scratch}"
"""Placeholder in hostile predictions for a folder they try to write into (one per scorer)."""


# ------------------------------------------------------------------------------------------------ perturbations


def _tree(gold: str):
    try:
        return sqlglot().parse_one(gold, read="sqlite")
    except Exception:
        return None


def _render(tree) -> str:
    return tree.sql(dialect="sqlite")


def _with_tree(change):
    """A perturbation that edits sqlglot's tree of the gold; None where it does not apply or does not parse."""

    def perturb(gold: str) -> str | None:
        tree = _tree(gold)
        if tree is None:
            return None
        changed = change(tree)
        return None if changed is None else _render(changed)

    return perturb


def _outer_select(tree):
    from sqlglot import exp

    return tree if isinstance(tree, exp.Select) else None


def _reverse_columns(tree):
    select = _outer_select(tree)
    if select is None or len(select.expressions) < 2:
        return None
    select.set("expressions", list(reversed(select.expressions)))
    return select


def _drop_last_column(tree):
    select = _outer_select(tree)
    if select is None or len(select.expressions) < 2:
        return None
    select.set("expressions", select.expressions[:-1])
    return select


def _duplicate_first_column(tree):
    select = _outer_select(tree)
    if select is None or select.is_star:
        return None
    select.set("expressions", [*select.expressions, select.expressions[0].copy()])
    return select


def _cast_aggregates(tree):
    from sqlglot import exp

    select = _outer_select(tree)
    if select is None:
        return None
    changed = False
    for i, column in enumerate(select.expressions):
        inner = column.this if isinstance(column, exp.Alias) else column
        if isinstance(inner, (exp.Count, exp.Sum, exp.Max, exp.Min)):
            cast = exp.Cast(this=inner.copy(), to=exp.DataType.build("REAL"))
            select.expressions[i] = exp.Alias(this=cast, alias=column.alias) if isinstance(column, exp.Alias) else cast
            changed = True
    return select if changed else None


def _drop_order(tree):
    if tree.args.get("order") is None:
        return None
    tree.set("order", None)
    return tree


def _flip_order(tree):
    order = tree.args.get("order")
    if order is None:
        return None
    for ordered in order.expressions:
        ordered.set("desc", not ordered.args.get("desc"))
    return tree


def _drop_where(tree):
    select = _outer_select(tree)
    if select is None or select.args.get("where") is None:
        return None
    select.set("where", None)
    return select


def _sub(pattern: str, replacement: str, count: int = 0, flags=re.IGNORECASE):
    def perturb(gold: str) -> str | None:
        changed = re.sub(pattern, replacement, gold, count=count, flags=flags)
        return changed if changed != gold else None

    return perturb


def _outside_quotes(edit):
    """Apply ``edit`` to the gold's words and symbols, leaving quoted text and comments as they are."""

    def perturb(gold: str) -> str | None:
        tokens = sql_tokens(gold)
        changed = edit(tokens)
        if changed is None:
            return None
        text = "".join(changed)
        return text if text != gold else None

    return perturb


def _bump_first_number(tokens):
    for i, token in enumerate(tokens):
        if token.isdigit() and (i == 0 or tokens[i - 1] != "."):
            return tokens[:i] + [str(int(token) + 1)] + tokens[i + 1:]
    return None


def _change_first_string(tokens):
    for i, token in enumerate(tokens):
        if len(token) > 2 and token[0] in "'\"" and token[-1] == token[0]:
            return tokens[:i] + [token[0] + token[1:-1] + "x" + token[-1]] + tokens[i + 1:]
    return None


def _no_order_no_limit(suffix: str):
    def perturb(gold: str) -> str | None:
        low = gold.lower()
        if "order" in low or "limit" in low:
            return None
        return gold.rstrip().rstrip(";") + suffix

    return perturb


def _wrapped(order: str):
    """The gold as a subquery, its rows sorted anew: differs from the gold's order where an ORDER BY is only inside."""

    def perturb(gold: str) -> str | None:
        return f"SELECT * FROM ({gold.rstrip().rstrip(';')}) ORDER BY {order}"

    return perturb


def _avg_as_ratio(gold: str) -> str | None:
    changed = re.sub(r"\bavg\s*\(([^()]*)\)", r"(sum(\1) * 1.0 / count(\1))", gold, flags=re.IGNORECASE)
    return changed if changed != gold else None


PERTURBATIONS = {
    "same": lambda g: g,
    "rendered by sqlglot": _with_tree(lambda t: t),
    "lower case": lambda g: g.lower() if g.lower() != g else None,
    "leading comment": lambda g: "/* answer */ " + g,
    "DISTINCT added": _sub(r"^\s*select\s+(?!distinct\b)", "SELECT DISTINCT ", count=1),
    "DISTINCT removed": _sub(r"\bdistinct\s+", ""),
    "count(DISTINCT x)": _sub(r"\bcount\s*\(\s*(?!\*|distinct\b)", "count(DISTINCT ", count=1),
    "count(x) for count(DISTINCT x)": _sub(r"\bcount\s*\(\s*distinct\s+", "count("),
    "spaced >= <= !=": lambda g: _sub(r"(>|<|!)=", r"\1 =")(g),
    "> as spaced >=": _sub(r"(?<![<>!=])>(?!=)", "> =", count=1),
    "< as spaced <=": _sub(r"(?<![<>!=])<(?![=>])", "< =", count=1),
    "= as spaced !=": _sub(r"(?<![<>!=])=(?!=)", "! =", count=1),
    "!= as <>": _sub(r"!=", "<>"),
    "ORDER BY removed": _with_tree(_drop_order),
    "ORDER BY reversed": _with_tree(_flip_order),
    "ORDER BY 1 added": _no_order_no_limit(" ORDER BY 1"),
    "ORDER BY 1 DESC added": _no_order_no_limit(" ORDER BY 1 DESC"),
    "LIMIT 1 added": _no_order_no_limit(" LIMIT 1"),
    "LIMIT removed": _sub(r"\s+limit\s+\d+\s*$", ""),
    "columns reversed": _with_tree(_reverse_columns),
    "last column dropped": _with_tree(_drop_last_column),
    "first column repeated": _with_tree(_duplicate_first_column),
    "aggregates cast to REAL": _with_tree(_cast_aggregates),
    "avg as sum * 1.0 / count": _avg_as_ratio,
    "avg rounded": _sub(r"\b(avg\s*\([^()]*\))", r"round(\1, 2)"),
    "avg(x * 10) / 10": _sub(r"\bavg\s*\(([^()]*)\)", r"(avg((\1) * 10) / 10)"),
    "wrapped, ORDER BY 1": _wrapped("1"),
    "wrapped, ORDER BY 1 DESC": _wrapped("1 DESC"),
    "number changed": _outside_quotes(_bump_first_number),
    "string changed": _outside_quotes(_change_first_string),
    "WHERE dropped": _with_tree(_drop_where),
    "UNION as UNION ALL": _sub(r"\bunion\s+(?!all\b)", "UNION ALL "),
    "= as LIKE": _sub(r"=\s*(['\"])", r"LIKE \1", count=1),
    "trailing ;": lambda g: g + ";",
    "trailing ;;": lambda g: g + ";;",
    "trailing ; -- note": lambda g: g + "; -- note",
    "second SELECT": lambda g: g + "; SELECT 1",
    "prose": lambda g: "I cannot answer that question.",
    "empty": lambda g: "",
}
"""Each maps a gold query to a prediction, or None where it does not apply (or changes nothing)."""

OTHER_GOLD = "another gold of the database"


def _first_table(gold: str) -> str | None:
    match = re.search(r"\bfrom\s+([A-Za-z_]\w*)", gold, flags=re.IGNORECASE)
    return match.group(1) if match else None


HOSTILE = {
    "DROP TABLE": lambda t: f"DROP TABLE {t}",
    "CREATE TABLE AS": lambda t: f"CREATE TABLE sqltune_copy AS SELECT * FROM {t}",
    "WITH ... DELETE": lambda t: f"WITH x AS (SELECT 1) DELETE FROM {t}",
    "DELETE": lambda t: f"DELETE FROM {t}",
    "UPDATE": lambda t: f"UPDATE {t} SET rowid = rowid",
    "INSERT": lambda t: f"INSERT INTO {t} DEFAULT VALUES",
    "ATTACH": lambda t: f"ATTACH DATABASE '{SCRATCH}/attached.sqlite' AS other",
    "VACUUM INTO": lambda t: f"VACUUM INTO '{SCRATCH}/copy.sqlite'",
    "PRAGMA write": lambda t: "PRAGMA user_version = 7",
    "SELECT; DROP": lambda t: f"SELECT count(*) FROM {t}; DROP TABLE {t}",
}
"""Write and admin statements (the table name filled in from the gold's FROM)."""


def one_line(sql: str) -> str:
    """The official evaluator reads one query per line, with a tab before the db_id: line breaks and tabs become
    spaces (they are spaces to SQL too, outside quotes, and no gold here has them inside quotes)."""
    return re.sub(r"[\t\n\r]", " ", sql)


def build_pairs(spider: Path, golds: int, seed: int) -> list[dict]:
    """Each sampled gold with itself and its perturbations; hostile statements for the golds whose result is empty
    (where the official evaluator can call a write a match) and for a quarter of the others."""
    records = [json.loads(line) for name in SPLITS for line in (spider / name).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    unique = {}
    for r in records:
        unique.setdefault((r["db_id"], r["query"]), r)
    chosen = random.Random(seed).sample(sorted(unique), min(golds, len(unique)))
    by_db = defaultdict(list)
    for db_id, query in sorted(unique):
        by_db[db_id].append(query)
    with SQLiteExecutor() as executor:
        empty = {key for key in chosen if executor.execute(spider / "databases" / f"{key[0]}.sqlite", key[1]).rows == []}
    pairs = []
    for n, (db_id, gold) in enumerate(chosen):
        predictions = {}
        for kind, perturb in PERTURBATIONS.items():
            try:
                prediction = perturb(gold)
            except Exception:
                prediction = None
            if prediction is not None and (kind == "same" or prediction not in predictions.values()):
                predictions[kind] = prediction
        others = [q for q in by_db[db_id] if q != gold]
        if others:
            predictions[OTHER_GOLD] = random.Random(f"{seed}:{n}").choice(others)
        for kind, prediction in predictions.items():
            pairs.append({"db_id": db_id, "gold": gold, "kind": kind, "predicted": one_line(prediction),
                          "hostile": False})
        table = _first_table(gold)
        if table and ((db_id, gold) in empty or n % 4 == 0):  # each hostile pair costs the official a database copy
            for kind, make in HOSTILE.items():
                pairs.append({"db_id": db_id, "gold": gold, "kind": kind, "predicted": make(table), "hostile": True})
    return pairs


# ------------------------------------------------------------------------------------------------ scoring


def sha256_tree(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def score_sqltune(pairs: list[dict], databases: Path, work: Path) -> dict[str, list]:
    """Both semantics' verdicts (and error kinds) per pair, each scorer run with its own semantics."""
    data = work / "pairs.jsonl"
    data.write_text("".join(json.dumps({"id": str(i), "db_id": p["db_id"], "question": p["kind"], "query": p["gold"]})
                            + "\n" for i, p in enumerate(pairs)), encoding="utf-8")
    dataset = load_dataset(data, databases)
    out = {}
    for semantics in ("strict", "official"):
        scratch = work / f"scratch-{semantics}"
        scratch.mkdir()
        predictions = [p["predicted"].replace(SCRATCH, str(scratch)) for p in pairs]
        with SQLiteExecutor(ExecutionConfig(semantics=semantics)) as executor:
            records = Scorer(executor).score_all(dataset, predictions)
        out[semantics] = [(r.correct, r.error) for r in records]
        out[f"{semantics} scratch files"] = sorted(p.name for p in scratch.iterdir())
        # every record carries both verdicts; the one that is ``correct`` follows the semantics
        assert all(r.correct == (r.official_correct if semantics == "official" else r.strict_correct) for r in records)
    return out


DRIVER = r'''
import contextlib, io, json, os, sys
import nltk.tokenize
# The punkt model that nltk's sentence splitter loads cannot be downloaded here; one query is one sentence.
nltk.tokenize.sent_tokenize = lambda text, language="english": [text]
sys.path.insert(0, sys.argv[1])
import evaluation as official
real = official.eval_exec_match
verdicts = []
def recording(*args, **kwargs):
    try:
        verdict = real(*args, **kwargs)
    except Exception as exc:
        verdicts.append(["crash", repr(exc)[:200]])
        return 0
    verdicts.append([verdict, ""])
    return verdict
official.eval_exec_match = recording
results = []
for run in json.load(open(sys.argv[2])):
    os.chdir(run["cwd"])
    verdicts.clear()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            official.evaluate(run["gold"], run["pred"], run["db"], "exec", None, False, False, False)
        got = list(verdicts)
        if len(got) != run["n"]:
            got = [["crash", f"{len(got)} verdicts for {run['n']} pairs"]] * run["n"]
    except BaseException as exc:
        got = [["crash", repr(exc)[:200]]] * run["n"]
    results.append(got)
json.dump(results, open(sys.argv[3], "w"))
'''

OFFICIAL_FILES = ("evaluation.py", "exec_eval.py", "parse.py", "process_sql.py")


def score_official(pairs: list[dict], databases: Path, checkout: Path, python: str, work: Path) -> list[dict]:
    """The official verdict per pair: {"verdict": 0/1/"crash", "detail", "db_changed", "files_written"}."""
    code = work / "official-code"
    code.mkdir()
    for name in OFFICIAL_FILES:
        shutil.copy(checkout / name, code / name)

    def fresh_databases(folder: Path, db_ids) -> Path:
        for db_id in db_ids:
            (folder / db_id).mkdir(parents=True)
            shutil.copy(databases / f"{db_id}.sqlite", folder / db_id / f"{db_id}.sqlite")
        return folder

    runs, members = [], []

    def add_run(name: str, indices: list[int], db_ids) -> None:
        folder = work / name
        folder.mkdir()
        scratch = folder / "scratch"
        scratch.mkdir()
        fresh_databases(folder / "database", db_ids)
        (folder / "gold.txt").write_text("".join(f"{one_line(pairs[i]['gold'])}\t{pairs[i]['db_id']}\n" for i in indices),
                                         encoding="utf-8")
        (folder / "pred.txt").write_text("".join(pairs[i]["predicted"].replace(SCRATCH, str(scratch)) + "\n"
                                                 for i in indices), encoding="utf-8")
        runs.append({"gold": str(folder / "gold.txt"), "pred": str(folder / "pred.txt"), "db": str(folder / "database"),
                     "cwd": str(scratch), "n": len(indices), "folder": str(folder)})
        members.append(indices)

    ordinary = [i for i, p in enumerate(pairs) if not p["hostile"] and p["predicted"].strip()]
    add_run("ordinary", ordinary, sorted({pairs[i]["db_id"] for i in ordinary}))
    for i, p in enumerate(pairs):
        if p["hostile"] or not p["predicted"].strip():
            add_run(f"alone-{i}", [i], [p["db_id"]])
    before = {run["folder"]: sha256_tree(Path(run["db"]) / pairs[idx[0]]["db_id"]) for run, idx in zip(runs, members)}
    (work / "runs.json").write_text(json.dumps(runs), encoding="utf-8")
    subprocess.run([python, "-c", DRIVER, str(code), str(work / "runs.json"), str(work / "verdicts.json")], check=True,
                   cwd=work)
    verdicts = json.loads((work / "verdicts.json").read_text(encoding="utf-8"))
    out: list[dict] = [{} for _ in pairs]
    for run, indices, got in zip(runs, members, verdicts):
        db_folder = Path(run["db"]) / pairs[indices[0]]["db_id"]
        changed = len(indices) == 1 and sha256_tree(db_folder) != before[run["folder"]]
        written = sorted(p.name for p in (Path(run["folder"]) / "scratch").iterdir())
        for i, (verdict, detail) in zip(indices, got):
            out[i] = {"verdict": verdict, "detail": detail, "db_changed": changed, "files_written": written}
    return out


# ------------------------------------------------------------------------------------------------ report


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.scorer_agreement", description=__doc__.split("\n\n")[0])
    p.add_argument("--spider", type=Path, required=True, help="Spider subset folder (train/dev/test.jsonl, databases/)")
    p.add_argument("--official", type=Path, help="checkout of taoyds/test-suite-sql-eval (its evaluation.py etc.)")
    p.add_argument("--official-python", default=sys.executable,
                   help="Python that has sqlparse, nltk and tqdm for the official code (default: this one)")
    p.add_argument("--golds", type=int, default=150, help="gold queries sampled (default %(default)s)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, help="JSON summary written here")
    p.add_argument("--show", type=int, default=20, help="disagreements printed at most (default %(default)s)")
    return p.parse_args(argv)


def _percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f} % ({hits}/{total})" if total else "-"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    start = time.perf_counter()
    databases = args.spider / "databases"
    pairs = build_pairs(args.spider, args.golds, args.seed)
    before = sha256_tree(databases)
    with tempfile.TemporaryDirectory(prefix="scorer-agreement-") as tmp:
        work = Path(tmp)
        ours = score_sqltune(pairs, databases, work)
        official = score_official(pairs, databases, args.official, args.official_python, work) if args.official else None
    unchanged = sha256_tree(databases) == before
    hostile = [i for i, p in enumerate(pairs) if p["hostile"]]
    refused = {s: sum(ours[s][i] == (False, "denied") for i in hostile) for s in ("strict", "official")}
    summary = {
        "command": "python -m benchmarks.scorer_agreement " + " ".join(argv if argv is not None else sys.argv[1:]),
        "golds": len({(p["db_id"], p["gold"]) for p in pairs}),
        "pairs": len(pairs),
        "hostile_pairs": len(hostile),
        "kinds": len({p["kind"] for p in pairs}),
        "hostile_refused": refused,
        "databases_unchanged": unchanged,
        "scratch_files_written": {s: ours[f"{s} scratch files"] for s in ("strict", "official")},
    }
    lines = [f"{summary['pairs']} pairs ({summary['hostile_pairs']} hostile) from {summary['golds']} golds, "
             f"{summary['kinds']} kinds",
             f"hostile refused (denied, wrong): strict {refused['strict']}/{len(hostile)}, "
             f"official {refused['official']}/{len(hostile)}",
             f"databases byte-identical after scoring: {unchanged}; files written by hostile predictions: "
             f"{sum(map(len, summary['scratch_files_written'].values()))}"]
    if official is not None:
        judged = [i for i, p in enumerate(pairs) if not p["hostile"] and official[i]["verdict"] in (0, 1)]
        crashed = Counter(pairs[i]["kind"] for i, o in enumerate(official) if o["verdict"] == "crash")
        agree = {s: sum(ours[s][i][0] == bool(official[i]["verdict"]) for i in judged) for s in ("strict", "official")}
        nonempty = [i for i in judged if pairs[i]["predicted"].strip()]
        by_kind: dict[str, Counter] = defaultdict(Counter)
        for i in judged:
            by_kind[pairs[i]["kind"]]["n"] += 1
            for s in ("strict", "official"):
                by_kind[pairs[i]["kind"]][s] += ours[s][i][0] == bool(official[i]["verdict"])
        official_hostile = Counter(
            ("match" if official[i]["verdict"] == 1 else "crash" if official[i]["verdict"] == "crash" else "no match")
            + (", database changed" if official[i]["db_changed"] else "")
            + (", file written" if official[i]["files_written"] else "") for i in hostile)
        summary.update({
            "non_hostile_judged": len(judged),
            "agreement": {s: agree[s] / len(judged) for s in agree},
            "agreement_counts": agree,
            "official_crashes": dict(crashed),
            "official_on_hostile": dict(official_hostile),
            "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
        })
        lines += [
            f"official evaluator: {len(judged)} non-hostile pairs judged, crashes by kind: {dict(crashed) or 'none'}",
            f"agreement with the official verdict on them: --semantics official {_percent(agree['official'], len(judged))}, "
            f"strict {_percent(agree['strict'], len(judged))}",
            f"  without empty predictions: official {_percent(sum(ours['official'][i][0] == bool(official[i]['verdict']) for i in nonempty), len(nonempty))}",
            f"official evaluator on the hostile pairs: {dict(official_hostile)}",
            f"  {'kind':<34}{'n':>5}{'strict':>9}{'official':>10}",
        ]
        for kind, c in sorted(by_kind.items(), key=lambda kv: kv[1]["official"] / kv[1]["n"]):
            lines.append(f"  {kind:<34}{c['n']:>5}{c['strict'] / c['n']:>9.1%}{c['official'] / c['n']:>10.1%}")
        shown = [i for i in judged if ours["official"][i][0] != bool(official[i]["verdict"])][:args.show]
        for i in shown:
            p = pairs[i]
            lines.append(f"  disagree [{p['kind']}] official={official[i]['verdict']} ours={ours['official'][i]} "
                         f"{official[i]['detail']}\n    gold: {p['gold']}\n    pred: {p['predicted']}")
    summary["seconds"] = time.perf_counter() - start
    print("\n".join(lines))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    ok = unchanged and refused["official"] == refused["strict"] == len(hostile)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
