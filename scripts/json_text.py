"""Write JSON with exact decimals: a `Decimal` is written as the number it holds, digit for digit."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def number_text(value: Decimal) -> str:
    """A finite Decimal as JSON number text with the digits it holds: positional when it has a fraction
    (`0.00000000`, not `0E-8`, as vendors write it), with its exponent otherwise (`1E+2`)."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a JSON number")
    return format(value, "f") if int(value.as_tuple().exponent) <= 0 else str(value)


def dumps(value: Any, indent: int | None = 2) -> str:
    """Serialise `value` like `json.dumps(..., ensure_ascii=False)`, writing Decimals as JSON numbers."""
    return "".join(_encode(value, indent, 0)) + ("\n" if indent is not None else "")


def _encode(value: Any, indent: int | None, depth: int) -> list[str]:
    if isinstance(value, Decimal):
        return [number_text(value)]
    if isinstance(value, dict):
        items = [
            [json.dumps(str(k), ensure_ascii=False), ": ", *_encode(v, indent, depth + 1)] for k, v in value.items()
        ]
        return _container("{", "}", items, indent, depth)
    if isinstance(value, list | tuple):
        return _container("[", "]", [_encode(v, indent, depth + 1) for v in value], indent, depth)
    return [json.dumps(value, ensure_ascii=False)]


def _container(opening: str, closing: str, items: list[list[str]], indent: int | None, depth: int) -> list[str]:
    if not items:
        return [opening, closing]
    if indent is None:
        return [opening, ", ".join("".join(item) for item in items), closing]
    inner = "\n" + " " * (indent * (depth + 1))
    outer = "\n" + " " * (indent * depth)
    return [opening, inner, ("," + inner).join("".join(item) for item in items), outer, closing]
