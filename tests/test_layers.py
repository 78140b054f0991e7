"""The packages depend one way: training <- evaluation <- search, with storage/ below all three and knowing nothing
of model training. Checked on the source's import statements (ast), so a new upward import fails here at once."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# package -> top-level modules it must never import (at module level or inside a function)
FORBIDDEN = {
    "training": {"evaluation", "search", "benchmarks", "optuna", "optuna_dashboard"},
    "evaluation": {"search", "benchmarks", "optuna", "optuna_dashboard"},
    "storage": {"training", "evaluation", "search", "benchmarks", "peft", "trl"},
    "search": {"benchmarks"},
}


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, dotted names in full (``from a.b import c`` gives ``a.b``)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def upward_imports(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in sorted(imported_modules(path)):
            if name.split(".")[0] in FORBIDDEN[package]:
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_module_imports_a_layer_above_it(package):
    assert upward_imports(package) == []


def test_the_check_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import os\ndef f():\n    from search.run import main\n    import optuna.trial\n", encoding="utf-8")
    assert imported_modules(module) == {"os", "search.run", "optuna.trial"}


def test_the_package_installs_the_product_without_the_experiments():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    from setuptools import find_packages

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    include = setuptools["packages"]["find"]["include"]
    top = {name.split(".")[0] for name in find_packages(str(ROOT), include=include)}
    assert top == {"search", "training", "evaluation", "storage"}  # never benchmarks/ or tests/
