"""A small, regular text-to-SQL dataset for the CI search: one 3-table database and templated questions.

The embedded dataset needs ~1,400 example-epochs before a 135M model gets anything right (measured on the
H200), far beyond a CI budget on 2 CPU cores. Here short schemas (~150 tokens an example) and six question
templates let a real QLoRA search learn something measurable in a couple of minutes; the splits use
disjoint values, so no question or SQL repeats across them.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

CITIES = ["Paris", "Oslo", "Lima", "Cairo", "Tokyo", "Quito", "Perth", "Dakar", "Hanoi", "Sofia", "Riga", "Minsk"]
CATEGORIES = ["tools", "garden", "kitchen", "toys", "books", "sports", "music", "office"]
PRODUCTS = ["hammer", "rake", "kettle", "kite", "atlas", "racket", "flute", "stapler", "saw", "hose", "pan",
            "puzzle", "novel", "ball", "drum", "lamp", "drill", "shovel", "mug", "yoyo", "diary", "glove",
            "piano", "desk"]

TEMPLATES = [
    ("How many customers live in {city}?", "SELECT COUNT(*) FROM customers WHERE city = '{city}'"),
    ("List the names of customers from {city}.", "SELECT name FROM customers WHERE city = '{city}'"),
    ("What is the price of the {product}?", "SELECT price FROM products WHERE name = '{product}'"),
    ("How many products are in the {category} category?", "SELECT COUNT(*) FROM products WHERE category = '{category}'"),
    ("Show the names of products in the {category} category.", "SELECT name FROM products WHERE category = '{category}'"),
    ("What is the average age of customers in {city}?", "SELECT AVG(age) FROM customers WHERE city = '{city}'"),
]


def build_database(path: Path) -> None:
    rng = random.Random(0)
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, city TEXT, age INTEGER);"
        "CREATE TABLE products (product_id INTEGER PRIMARY KEY, name TEXT, category TEXT, price REAL);"
        "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),"
        " product_id INTEGER REFERENCES products(product_id), quantity INTEGER);"
    )
    for i in range(120):
        conn.execute("INSERT INTO customers VALUES (?, ?, ?, ?)", (i + 1, f"Customer {i + 1}", CITIES[i % len(CITIES)], 18 + rng.randrange(60)))
    for i, name in enumerate(PRODUCTS):
        conn.execute("INSERT INTO products VALUES (?, ?, ?, ?)", (i + 1, name, CATEGORIES[i % len(CATEGORIES)], round(rng.uniform(2, 90), 2)))
    for i in range(200):
        conn.execute("INSERT INTO orders VALUES (?, ?, ?, ?)", (i + 1, rng.randrange(1, 121), rng.randrange(1, len(PRODUCTS) + 1), rng.randrange(1, 5)))
    conn.commit()
    conn.close()


def _examples(values: dict[str, list[str]], prefix: str) -> list[dict]:
    rows = []
    for question, query in TEMPLATES:
        key = question[question.index("{") + 1 : question.index("}")]
        for value in values[key]:
            rows.append({"question": question.format(**{key: value}), "query": query.format(**{key: value})})
    random.Random(prefix).shuffle(rows)
    return [{"id": f"{prefix}_{i:03d}", "db_id": "shop", **r} for i, r in enumerate(rows)]


def write_small_dataset(folder: Path) -> dict[str, Path]:
    """Build shop.sqlite and train/validation/test JSONL files in ``folder``; return their paths."""
    (folder / "databases").mkdir(parents=True, exist_ok=True)
    build_database(folder / "databases" / "shop.sqlite")
    splits = {
        "train": {"city": CITIES[:6], "product": PRODUCTS[:14], "category": CATEGORIES[:4]},
        "validation": {"city": CITIES[6:8], "product": PRODUCTS[14:18], "category": CATEGORIES[4:6]},
        "test": {"city": CITIES[8:], "product": PRODUCTS[18:], "category": CATEGORIES[6:]},
    }
    paths = {"databases": folder / "databases"}
    for split, values in splits.items():
        path = folder / f"{split}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in _examples(values, split)))
        paths[split] = path
    return paths
