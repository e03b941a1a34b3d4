"""JSON bodies for the wire: fast (orjson), with every Decimal written as the exact number it holds."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson


def _exact(value: Any) -> orjson.Fragment:
    """A finite Decimal as the JSON number it holds: positional when it has a fraction (`0.00000000`, not
    `0E-8`, as vendors write it), with its exponent otherwise (`1E+2`)."""
    if isinstance(value, Decimal) and value.is_finite():
        return orjson.Fragment(format(value, "f") if int(value.as_tuple().exponent) <= 0 else str(value))
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value: Any) -> bytes:
    """JSON bytes; a Decimal becomes a JSON number with the same digits (`1.50` stays `1.50`, `0.00000000`
    stays `0.00000000`)."""
    return orjson.dumps(value, default=_exact)
