"""The YAML writer writes what ruamel.yaml's round-trip emitter writes, and what it writes reads back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts import yaml_text

from . import ruamel_yaml_writer

# Characters that change how YAML writes a string: indicators, blanks, breaks, quotes, escapes, non-ASCII.
_TRICKY = [*" \n\t\r'\"#:-?,[]{}&*!|>%@`\\~.+eEyYnN01ab", "\x85", "\u2028", "\xa0", "\ufeff", "é", "😀", "\x07"]
_WORDS = ["on", "null", "Y", "2025-10-31", "1:20", "0o17", "---", "...", "- x", "a: b", "x #y", "", " ", "1e5", ".inf"]
_STRINGS = st.one_of(
    st.text(st.sampled_from(_TRICKY), max_size=12),
    st.sampled_from(_WORDS),
    st.builds(lambda word, n: (word + " ") * n, st.sampled_from(["ab", "a'b", "x\ty"]), st.integers(1300, 1400)),
    st.builds(lambda word, n: word * n, st.sampled_from(["a", "\n", "a\nb"]), st.integers(100, 140)),
)
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.decimals(allow_nan=False, allow_infinity=False), _STRINGS
)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_STRINGS, children, max_size=4),
    max_leaves=24,
)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.dictionaries(_STRINGS, _VALUES, max_size=4) | st.lists(_VALUES, min_size=1, max_size=4))
def test_writes_what_ruamel_writes(value: Any) -> None:
    assert yaml_text.dumps(value) == ruamel_yaml_writer.dumps(value)


def test_refuses_what_is_not_json() -> None:
    with pytest.raises(ValueError, match="float"):
        yaml_text.dumps({"x": 1.5})
    integer_key: dict[Any, Any] = {1: "x"}
    with pytest.raises(ValueError, match="not a string"):
        yaml_text.dumps(integer_key)
    with pytest.raises(ValueError, match="not a JSON number"):
        yaml_text.dumps({"x": Decimal("Infinity")})
