"""The documentation stays true to the tree: the flag reference is current, README stays short, and every link and
repository path the docs name resolves to a tracked file inside the repository."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README_MAX_LINES = 200


def tracked() -> set[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        pytest.skip("not a git checkout")
    return set(out.stdout.splitlines())


def resolves(path: str, files: set[str]) -> bool:
    """A tracked file, or a folder holding one."""
    path = path.rstrip("/")
    return path in files or any(f.startswith(path + "/") for f in files)


def docs(files: set[str]) -> list[str]:
    return sorted(f for f in files if f.endswith(".md"))


def test_configuration_md_is_generated_from_the_current_help():
    result = subprocess.run([sys.executable, "docs/gen_configuration.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + "\n(run: python docs/gen_configuration.py)"


def test_readme_is_short_and_has_no_status_lines():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= README_MAX_LINES
    for word in ("blocked", "not yet"):
        assert word not in text.lower(), f"README.md says {word!r}: status belongs in benchmarks/README.md or an issue"


def test_links_resolve_to_tracked_files_inside_the_repository():
    files = tracked()
    bad = []
    for doc in docs(files):
        text = (ROOT / doc).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue  # https:, mailto:, an anchor in the same page
            path = os.path.normpath(os.path.join(os.path.dirname(doc), target.split("#")[0]))
            if path.startswith("..") or os.path.isabs(path) or not resolves(path, files):
                bad.append(f"{doc}: ({target})")
    assert not bad, "links to missing files or outside the repository:\n" + "\n".join(bad)


def test_repository_paths_named_in_docs_exist():
    """A code span that is a bare path under a tracked top-level folder (`benchmarks/results/x/`) must exist."""
    files = tracked()
    tops = {f.split("/")[0] for f in files if "/" in f}
    bad = []
    for doc in docs(files):
        for span in re.findall(r"`([^`\s]+)`", (ROOT / doc).read_text(encoding="utf-8")):
            path = span.split(":")[0].rstrip(".,;")
            if "/" not in path or path.split("/")[0] not in tops or re.search(r"[<>*$…{}\[\]]", path):
                continue
            if not resolves(path, files):
                bad.append(f"{doc}: `{span}`")
    assert not bad, "paths named in docs that are not in the tree:\n" + "\n".join(bad)


def test_no_doc_points_outside_the_repository():
    files = tracked()
    bad = [doc for doc in docs(files) if "../shared" in (ROOT / doc).read_text(encoding="utf-8")]
    assert not bad, f"docs pointing at ../shared: {bad}"
