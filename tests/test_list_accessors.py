"""`x-list-accessor`: checked by the lint rule, generated into both packages, and correct for every wire form."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scripts.codegen import generate
from scripts.specs import load

from .conftest import FIXTURES

# Both generated packages of tests/fixtures/one-or-many: each step of `book.orders.order` may be the
# marker, absent, one item or an array; `codes` holds integers.
EXERCISE = """
import json, sys
from decimal import Decimal

def check(parse, Orders, Problem, Market, Limit):
    one = {"kind": "market", "placed_on": "2024-01-02"}
    two = {"kind": "limit", "placed_on": "2024-01-03"}
    cases = [
        ({"book": "none"}, []),
        ({"book": {"orders": {}}}, []),
        ({"book": {"orders": {"order": one}}}, [Market]),
        ({"book": {"orders": {"order": [one, two]}}}, [Market, Limit]),
    ]
    for body, kinds in cases:
        items = parse(Orders, body).order_list()
        assert type(items) is list and [type(i) for i in items] == kinds, (body, items)
    assert parse(Problem, {"codes": 7}).code_list() == [7]
    assert parse(Problem, {"codes": [1, 2]}).code_list() == [1, 2]
    assert parse(Orders, {"book": {"orders": {"order": one}}}).order_list()[0].placed_on.isoformat() == "2024-01-02"

from one_or_many_models.models import LimitOrder, MarketOrder, OrdersResponse, Problem
check(lambda model, body: model.model_validate_json(json.dumps(body)), OrdersResponse, Problem, MarketOrder, LimitOrder)
try:
    OrdersResponse.model_validate_json('{"book": {"orders": {"order": {"kind": "market", "placed_on": "2024-1-2"}}}}')
except ValueError as exc:
    assert "expected the text form" in str(exc)
else:
    raise AssertionError("a date not in the vendor's text form was accepted")

from one_or_many_client.models import LimitOrder, MarketOrder, OrdersResponse, Problem
check(lambda model, body: model.from_dict(body), OrdersResponse, Problem, MarketOrder, LimitOrder)
print("ok")
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one-or-many")
    generate.generate([load(FIXTURES / "one-or-many")], out)
    return out


@pytest.mark.slow
def test_both_packages_return_a_plain_list_for_every_wire_form(generated: Path) -> None:
    paths = [generated / "models" / "one-or-many-models", generated / "clients" / "one-or-many-client"]
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(EXERCISE)],
        env={"PYTHONPATH": ":".join(map(str, paths))},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr


@pytest.mark.slow
def test_generated_accessors_pass_mypy_strict(generated: Path) -> None:
    """Both packages in one mypy run (each its own top-level module; the standard library analysed once)."""
    folders = [generated / "models" / "one-or-many-models", generated / "clients" / "one-or-many-client"]
    modules = [next(p.name for p in folder.iterdir() if (p / "py.typed").exists()) for folder in folders]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *(f"-p{m}" for m in modules)],
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, folders))},
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Success: no issues found in {sum(len(list(f.rglob('*.py'))) for f in folders)} source files" in done.stdout


def test_accessor_methods_are_declared_in_the_generated_sources(generated: Path) -> None:
    models = (generated / "models/one-or-many-models/one_or_many_models/models.py").read_text()
    assert "class OrdersResponse(OrdersResponseListAccessor):" in models
    client = (generated / "clients/one-or-many-client/one_or_many_client/models/orders_response.py").read_text()
    assert "def order_list(self) -> list[MarketOrder | LimitOrder]:" in client
    assert (
        "| `OrdersResponse` | `order_list()` | `list[MarketOrder \\| LimitOrder]` | `book.orders.order` |"
        in (generated / "models/one-or-many-models/README.md").read_text()
    )
