"""Tradier response bodies for the tests: the published ones, the spec's named examples, and hand-made variants.

Bodies are bytes, as the wire carries them. Named examples are written back to JSON with their decimals
digit for digit (`scripts.json_text`), so a test sees what the spec shows.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from scripts import json_text
from scripts.specs import SPECS_DIR, Spec

from .conftest import project_spec

EXAMPLES = SPECS_DIR / "tradier" / "examples"

# A value a binary float cannot hold: 17 significant digits before the point, a long exact tail after it.
UNHOLDABLE = "12345678901234567.123456789012345678900000"
# The vendor's own example amount, whose scale (24 fraction digits) must survive.
DOCS_TOTAL_EQUITY = "17798.360000000000000000000000"


def spec() -> Spec:
    return project_spec("tradier")


def named_example(operation_id: str, name: str, status: int = 200) -> Any:
    """The value of a named example of an operation's response (decimals exact)."""
    tradier = spec()
    media = tradier.response_schema_pointer(tradier.operation(operation_id), status).removesuffix("/schema")
    return copy.deepcopy(tradier.resolve("#" + media)["examples"][name]["value"])


def body(value: Any) -> bytes:
    """JSON bytes of a value, decimals written digit for digit."""
    return json_text.dumps(value, indent=None).encode()


def example_body(operation_id: str, name: str, status: int = 200) -> bytes:
    return body(named_example(operation_id, name, status))


def published(file_name: str) -> bytes:
    return (EXAMPLES / file_name).read_bytes()


def balances(example: str, **changes: Any) -> bytes:
    """The spec's balances example of a `margin`, `cash` or `pdt` account, with top-level fields changed."""
    name = {"margin": "MarginAccount", "cash": "CashAccount", "pdt": "PdtAccount"}[example]
    value = named_example("get_account_balances", name)
    value["balances"].update(changes)
    return body(value)


def with_unholdable_total_equity() -> bytes:
    """The margin example with `total_equity` set to a value a float cannot hold, written as the vendor would."""
    return balances("margin", total_equity=Decimal(UNHOLDABLE))


# The three wire forms of each one-or-many collection: (operation, body, number of items).
COLLECTION_FORMS = {
    "positions": [
        ("get_account_positions", example_body("get_account_positions", "NoPositions"), 0),
        ("get_account_positions", example_body("get_account_positions", "OneShortOption"), 1),
        ("get_account_positions", published("docs_positions_multi.json"), 7),
    ],
    "history": [
        ("get_account_history", b'{"history": "null"}', 0),
        ("get_account_history", example_body("get_account_history", "OneDividend"), 1),
        ("get_account_history", example_body("get_account_history", "SevenEvents"), 7),
    ],
    "gainloss": [
        ("get_account_gain_loss", b'{"gainloss":"null"}', 0),
        ("get_account_gain_loss", example_body("get_account_gain_loss", "OneClosedShort"), 1),
        ("get_account_gain_loss", published("docs_gainloss_multi.json"), 4),
    ],
}
