"""JSON bodies for the wire: fast (orjson), with every Decimal written as the exact number it holds."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson

from scripts.json_text import number_text


def _exact(value: Any) -> orjson.Fragment:
    if isinstance(value, Decimal) and value.is_finite():
        return orjson.Fragment(number_text(value))
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value: Any) -> bytes:
    """JSON bytes; a Decimal becomes a JSON number with the same digits (`1.50` stays `1.50`, `0.00000000`
    stays `0.00000000`)."""
    return orjson.dumps(value, default=_exact)
