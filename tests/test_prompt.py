from training.prompt import PromptConfig, chat_messages, render_schema


def test_schema_is_rendered_from_the_live_database(shop_db):
    schema = render_schema(str(shop_db))
    assert schema.splitlines() == [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT);",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL, status TEXT);",
    ]


def test_sample_rows_are_comments(shop_db):
    schema = render_schema(str(shop_db), sample_rows=2)
    assert "-- 1 | Ada | Paris" in schema and "-- 2 | Bob | Oslo" in schema and "Cy" not in schema


def test_messages_hold_schema_and_question():
    messages = chat_messages("CREATE TABLE t (a);", "How many?")
    assert messages[0]["role"] == "system" and "CREATE TABLE t (a);" in messages[1]["content"]
    assert messages[1]["content"].endswith("Question: How many?")


def test_prompt_config_validation():
    import pytest

    with pytest.raises(ValueError, match="sample_rows"):
        PromptConfig(sample_rows=-1)
