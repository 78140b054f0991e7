from evaluation.compare import gold_is_ordered, normalize_value, results_match


def test_order_ignored_without_order_by():
    assert results_match([(1,), (2,)], [(2,), (1,)], ordered=False)


def test_order_matters_with_order_by():
    assert results_match([(1,), (2,)], [(1,), (2,)], ordered=True)
    assert not results_match([(1,), (2,)], [(2,), (1,)], ordered=True)


def test_duplicates_count_as_multiset():
    assert not results_match([("a",), ("a",), ("b",)], [("a",), ("b",)], ordered=False)
    assert not results_match([("a",), ("a",), ("b",)], [("a",), ("b",), ("b",)], ordered=False)
    assert results_match([("a",), ("b",), ("a",)], [("a",), ("a",), ("b",)], ordered=False)


def test_column_permutation_matches():
    gold = [("Ada", 10), ("Bob", 7)]
    assert results_match(gold, [(10, "Ada"), (7, "Bob")], ordered=False)
    assert results_match(gold, [(10, "Ada"), (7, "Bob")], ordered=True)
    # a permutation must keep rows together: swapping values across rows is wrong
    assert not results_match(gold, [(7, "Ada"), (10, "Bob")], ordered=False)


def test_column_permutation_with_identical_column_values():
    gold = [(1, 1, "x"), (2, 2, "y")]
    assert results_match(gold, [("x", 1, 1), ("y", 2, 2)], ordered=False)


def test_different_width_is_wrong():
    assert not results_match([(1,)], [(1, 2)], ordered=False)


def test_nulls_equal_each_other_not_values():
    assert results_match([(None,), (1,)], [(1,), (None,)], ordered=False)
    assert not results_match([(None,)], [(0,)], ordered=False)
    assert not results_match([(None,)], [("",)], ordered=False)


def test_int_equals_float():
    assert results_match([(1,)], [(1.0,)], ordered=False)
    assert normalize_value(3.0) == 3 and isinstance(normalize_value(3.0), int)


def test_float_noise_forgiven_but_rounding_is_not():
    assert results_match([(0.1 + 0.2,)], [(0.3,)], ordered=False)
    assert not results_match([(12.345,)], [(12.35,)], ordered=False)


def test_strings_are_case_sensitive():
    assert not results_match([("Paris",)], [("paris",)], ordered=False)


def test_empty_results_are_equal():
    assert results_match([], [], ordered=False)
    assert not results_match([], [(1,)], ordered=False)
    assert not results_match([(1,)], [], ordered=False)


def test_gold_is_ordered_top_level_only():
    assert gold_is_ordered("SELECT name FROM t ORDER BY age DESC")
    assert gold_is_ordered("SELECT a FROM t UNION SELECT b FROM u ORDER BY 1")
    assert not gold_is_ordered("SELECT name FROM t")
    # ORDER BY inside a subquery does not order the outer result (Spider's substring test would say it does)
    assert not gold_is_ordered("SELECT name FROM t WHERE age = (SELECT age FROM t ORDER BY age DESC LIMIT 1)")
