"""Make the embedded train/validation/test split files from ``questions/*.jsonl`` (deterministic).

    python -m evaluation.embedded.split

Questions that share a normalised question text or a normalised query are kept in one split, so no question
and no SQL appears in two splits. Within each (database, difficulty) stratum, groups are ordered by a hash of
their ids and dealt to the split furthest below its 60/20/20 share.
"""

from __future__ import annotations

import hashlib
import json
import re

from evaluation.embedded import EMBEDDED_DIR, QUESTIONS_DIR, SPLITS, split_path

RATIOS = {"train": 0.6, "validation": 0.2, "test": 0.2}


def normalize_text(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().rstrip(";?. "))


def load_questions() -> list[dict]:
    """All questions, with ``difficulty`` recomputed as Spider hardness so every dataset is labelled one way."""
    from evaluation.hardness import spider_hardness

    records = []
    for path in sorted(QUESTIONS_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record["difficulty"] = spider_hardness(record["query"])
                records.append(record)
    return records


def group_records(records: list[dict]) -> list[list[dict]]:
    """Union records that share a normalised question or query."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_seen: dict[tuple[str, str], int] = {}
    for i, r in enumerate(records):
        for key in (("q", normalize_text(r["question"])), ("s", normalize_text(r["query"]))):
            j = first_seen.setdefault(key, i)
            parent[find(i)] = find(j)
    groups: dict[int, list[dict]] = {}
    for i, r in enumerate(records):
        groups.setdefault(find(i), []).append(r)
    return list(groups.values())


def make_splits(records: list[dict]) -> dict[str, list[dict]]:
    strata: dict[tuple[str, str], list[list[dict]]] = {}
    for group in group_records(records):
        strata.setdefault((group[0]["db_id"], group[0]["difficulty"]), []).append(group)
    splits: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for key in sorted(strata):
        counts = {s: 0 for s in SPLITS}
        groups = sorted(strata[key], key=lambda g: hashlib.sha256(g[0]["id"].encode()).hexdigest())
        total = sum(len(g) for g in groups)
        for group in groups:
            placed = sum(counts.values())
            target = max(SPLITS, key=lambda s: (RATIOS[s] * (placed + len(group)) - counts[s], RATIOS[s]))
            counts[target] += len(group)
            splits[target].extend(group)
        assert sum(counts.values()) == total
    # Hash order, not id order: any prefix (``--limit N``) then mixes databases and difficulties.
    for split in splits.values():
        split.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
    return splits


def main() -> None:
    splits = make_splits(load_questions())
    for name, records in splits.items():
        with split_path(name).open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({k: r[k] for k in ("id", "db_id", "question", "query", "difficulty")}, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} examples -> {split_path(name).relative_to(EMBEDDED_DIR.parent.parent)}")


if __name__ == "__main__":
    main()
