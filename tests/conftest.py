import json
import sqlite3
from pathlib import Path

import pytest

SHOP_SQL = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL, status TEXT);
INSERT INTO customers VALUES (1, 'Ada', 'Paris'), (2, 'Bob', 'Oslo'), (3, 'Cy', NULL), (4, 'Di', 'Paris');
INSERT INTO orders VALUES (1, 1, 10.5, 'paid'), (2, 1, 20.0, 'paid'), (3, 2, 7.25, 'open'), (4, 4, 3.0, 'paid');
"""


@pytest.fixture
def shop_dir(tmp_path: Path) -> Path:
    """A folder holding shop.sqlite, a two-table database."""
    folder = tmp_path / "dbs"
    folder.mkdir()
    conn = sqlite3.connect(folder / "shop.sqlite")
    conn.executescript(SHOP_SQL)
    conn.commit()
    conn.close()
    return folder


@pytest.fixture
def shop_db(shop_dir: Path) -> Path:
    return shop_dir / "shop.sqlite"


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    """One cache folder (converted embedded model, built databases) shared by the end-to-end tests."""
    return tmp_path_factory.mktemp("sqltune-cache")
