"""JSON output keeps decimals exact."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from scripts import json_text


def test_decimals_are_written_digit_for_digit() -> None:
    value = {"a": Decimal("17798.360000000000000000000000"), "b": [1, "x", None, True, {}, []], "é": Decimal("-1E+2")}
    for indent in (2, None):
        text = json_text.dumps(value, indent=indent)
        assert "17798.360000000000000000000000" in text
        assert json.loads(text, parse_float=Decimal) == value


def test_matches_the_standard_library_without_decimals() -> None:
    value = {"k": [1, 2.5, "s", {"n": None}], "e": []}
    assert json_text.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_non_finite_decimal_is_refused() -> None:
    with pytest.raises(ValueError, match="not a JSON number"):
        json_text.dumps(Decimal("NaN"))


@pytest.mark.parametrize(
    ("literal", "text"), [("0.00000000", "0.00000000"), ("17.50", "17.50"), ("-1E+2", "-1E+2"), ("5", "5")]
)
def test_numbers_are_written_as_vendors_write_them(literal: str, text: str) -> None:
    """`0.00000000` stays positional (str() would give `0E-8`); a positive exponent is kept."""
    assert json_text.number_text(Decimal(literal)) == text
    assert json_text.dumps({"n": Decimal(literal)}, indent=None) == f'{{"n": {text}}}'
