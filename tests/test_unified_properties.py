"""Property tests of broker-contracts-unified: vendor bodies generated from each spec's response schemas go
through the vendor's client and the adapters, and every mapped field either comes through or is refused
with the package's typed `NormalizeError` naming its vendor field(s), by one of the rules that may refuse
(a value no normalized type can hold without a guess or a rounding); no decimal is rounded, and no vendor
field the mapping names is dropped.

Bodies come from Schemathesis's JSON Schema generator (`schemathesis.generation.jsonschema.builder.build`,
Hypothesis strategies from JSON Schema 2020-12, as Schemathesis generates OpenAPI 3.1 data).
hypothesis-jsonschema 0.23.1, the standalone library, fails on the pinned Hypothesis (6.170) before
drawing anything (`'many' object has no attribute 'more'`). Amounts sent as JSON numbers are drawn as
decimal text of up to 50 significant digits (no binary float can hold them) and written into the body as
numbers; `format: decimal` strings are drawn in every spelling their own pattern admits (`_decimal_text`),
which is far cheaper than Hypothesis's regex engine. Each body is served by an `httpx.MockTransport` to
the vendor's client facade, whose one-page operation parses and validates it as it would a vendor's answer.

`make test` runs a small deterministic set (`BROKER_UNIFIED_EXAMPLES`, default 12 per body type,
derandomized); `make properties` runs 500 per body type with a random seed and prints the figures.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter
from collections.abc import Callable
from datetime import UTC
from decimal import Decimal
from functools import cache
from typing import Any

import httpx
import jsonschema_rs
import orjson
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build

from broker_contracts_unified import NormalizeError, connect
from broker_contracts_unified.mapping import MODELS, FieldRule, load
from broker_contracts_unified.normalize import build as normalize
from broker_contracts_unified.normalize import field_value, wire_values
from broker_contracts_unified.plans import PLANS, Request
from broker_contracts_unified.rules import MAX_DIGITS, exact
from scripts import pointers
from scripts.specs import PROJECT_ROOT

from .conftest import project_spec

EXAMPLES = int(os.environ.get("BROKER_UNIFIED_EXAMPLES", "12"))
DEEP = "BROKER_UNIFIED_EXAMPLES" in os.environ
pytestmark = pytest.mark.unified_properties
MAPPING = load()
JSON_DECIMAL = "x-json-decimal"
# A JSON-number amount is drawn as a plain string (the generator validates what it draws, and only JSON
# types pass) carrying this private-use prefix, and written into the body as the number it spells.
NUMBER_MARK = "\ue000json-number:"
DIGITS = st.text("0123456789", min_size=1)
# A `format: decimal` string is drawn by its own pattern's format (this prefix, then the spec's pattern):
# decimal text in every spelling the pattern admits, asserted against it (`_decimal_text`).
DECIMAL_TEXT = "x-decimal-text:"
# Each leaf makes as few draws as it can (every Hypothesis draw costs tens of microseconds, and bodies
# carry thousands of amounts): one integer chooses among the spellings, texts carry the digits.
# Bands of a decimal text's selector (of 256) whose exponent is 1 and at least this many digits: past Python's
# default decimal context (10**6), past what Decimal holds (10**18).
PAST_LIMITS = {128: 6, 129: 18}
MAGNITUDES = 59  # the leading digit of a JSON-number amount at 10**-29 to 10**29
FORMATS: dict[str, st.SearchStrategy[Any]] = {
    # A sign (minus zero too), 1 to 50 significant digits (trailing zeros kept) and any point position
    # whose magnitude stays under 10**30, spelled as Python writes a Decimal (`-0.00`, `1.5E+7`, `3E-9`).
    JSON_DECIMAL: st.tuples(st.integers(0, 2 * MAGNITUDES - 1), st.text("0123456789", min_size=1, max_size=50)).map(
        lambda drawn: f"{NUMBER_MARK}{_decimal(*drawn)}"
    ),
    "date-time": st.datetimes(timezones=st.just(UTC)).map(lambda moment: moment.isoformat().replace("+00:00", "Z")),
    "date": st.dates().map(lambda day: day.isoformat()),
    "uuid": st.uuids().map(str),
}
# The one-page operation of each paginated plan, and its page's items (the `_items` iterator would ask
# the transport for the next page, which is the same generated body again).
PAGES: dict[tuple[str, str], tuple[str, Callable[[Any], list[Any]]]] = {
    ("clear-street", "account"): ("get_accounts", lambda page: list(page.data)),
    ("clear-street", "position"): ("get_positions", lambda page: list(page.data)),
    ("clear-street", "activity"): ("get_executions", lambda page: list(page.data)),
    ("tradier", "activity"): ("get_account_history", lambda page: page.event_list()),
    ("etna", "position"): ("get_positions", lambda page: list(page) if isinstance(page, list) else list(page.result)),
    ("etna", "activity"): ("get_transactions", lambda page: list(page.result)),
    ("tradestation-v2", "activity"): ("get_orders", list),
    ("tradestation-v3", "activity"): ("get_historical_orders", lambda page: list(page.orders)),
}
ACCOUNT = {
    "clear-street": "19816",
    "tradier": "VA00019816",
    "etna": "19816",
    "tradestation-v2": "119816",
    "tradestation-v3": "3119816",
}
BODIES = [(vendor, model) for vendor in MAPPING.vendors for model in MODELS]
INTEGER_BITS = {"int32": 32, "int64": 64}
EXACT_RULES = {"same", "first", "negate"}  # the value is one source's, sign aside: digit for digit
ANY_PRESENT = EXACT_RULES | {"sum", "negated-sum", "codes"}  # any source present: a value
FIRST_PRESENT = {"signed", "sign-against", "difference"}  # the first source present: a value (or a refusal)
ARITHMETIC = {"sum", "negated-sum", "difference", "signed", "sign-against"}  # exact, in units of the finest scale
# The rules that may refuse a value the spec allows (NormalizeError), and why: see rules.py.
MAY_REFUSE = {
    "sum": "an exact sum of over 1000 digits",
    "negated-sum": "an exact sum of over 1000 digits",
    "difference": "an exact difference of over 1000 digits",
    "signed": "a side in none of the documented spellings",
    "epoch-ms": "a day outside the years 1 to 9999",
    "display-time": "text in none of TradeStation's time forms, or outside the years 1 to 9999",
    "date": "a year Python's date cannot hold",
    "occ": "an OCC-shaped symbol whose date is no calendar day",
    "tradestation-option": "an option-shaped symbol whose date is no calendar day",
}
FIGURES: Counter[str] = Counter()  # what the run saw: bodies, elements, fields kept, refusals per rule


@cache
def _body_strategy(vendor: str, model: str) -> st.SearchStrategy[Any]:
    spec = project_spec(MAPPING.vendors[vendor].spec)
    document = json.loads((PROJECT_ROOT / "generated" / "specs" / spec.name / "openapi.dereferenced.json").read_text())
    schema = pointers.resolve(document, spec.response_schema_pointer(spec.operation(_operation(vendor, model)), 200))
    formats = dict(FORMATS)
    return build(_for_generation(schema, formats), draft=jsonschema_rs.Draft202012, formats=formats)


def _operation(vendor: str, model: str) -> str:
    return PAGES.get((vendor, model), (PLANS[vendor][model].method, None))[0]


def _for_generation(schema: Any, formats: dict[str, st.SearchStrategy[Any]]) -> Any:
    """The schema with every decimal JSON number drawn as decimal text (written back as a number), every
    `format: decimal` string drawn by its pattern's format (added to `formats`), and the range of
    `int32`/`int64` integers made explicit (a format alone does not bound what is drawn)."""
    if isinstance(schema, list):
        return [_for_generation(item, formats) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") == "number" and schema.get("format") == "decimal":
        # The mark as a pattern keeps plain decimal text out of this branch (and the mark out of a decimal
        # string's): where a `oneOf` offers both (TradeStation v2's `DayTradeMargin`), each stays drawable.
        return {"type": "string", "format": JSON_DECIMAL, "pattern": f"^{NUMBER_MARK}"}
    result = {key: _for_generation(value, formats) for key, value in schema.items()}
    if schema.get("format") == "decimal" and isinstance(schema.get("pattern"), str):
        result["format"] = DECIMAL_TEXT + schema["pattern"]
        formats[result["format"]] = _decimal_text(schema["pattern"])
    if schema.get("format") in INTEGER_BITS:
        bits = INTEGER_BITS[schema["format"]]
        result.setdefault("minimum", -(2 ** (bits - 1)))
        result.setdefault("maximum", 2 ** (bits - 1) - 1)
    return result


def _decimal(choice: int, digits: str) -> str:
    """The decimal of these significant digits, its sign and the power of ten of its leading digit
    (-29 to 29, 0 first) chosen by `choice`, as Python writes it."""
    magnitude = (choice // 2 + MAGNITUDES // 2) % MAGNITUDES - MAGNITUDES // 2
    coefficient = digits.lstrip("0") or "0"
    return str(Decimal((choice % 2, tuple(map(int, coefficient)), magnitude - len(coefficient) + 1)))


@cache
def _decimal_text(pattern: str) -> st.SearchStrategy[str]:
    """Decimal text as a `format: decimal` string with this pattern may spell it: each spelling of the sign,
    the point and the exponent mark that the pattern admits on a probe, digits of any length around them
    (leading zeros too), and every drawn value asserted against the pattern (the builder checks it too).

    Exponents of up to 6 digits stay within Python's default decimal context and reach each rule's refusal
    of an exact result over 1000 digits; one draw in 256 has an exponent of 7 to 19 digits (10**6 up, past
    that context), and one in 256 an exponent of 19 digits from 10**18 up, past what Decimal holds, which a
    client refuses whole (see `_check`): both reachable, and rarely a body spent on them."""
    admits = jsonschema_rs.validator_for({"type": "string", "pattern": pattern}).is_valid
    signs = [sign for sign in ("", "-", "+") if admits(f"{sign}1")]
    # Where the digits go around the point: integer only, a trailing point, both sides, a leading point.
    points = [shape for shape in ("{0}", "{0}.", "{0}.{1}", ".{1}") if admits(shape.format("1", "5"))]
    marks = [mark for mark in ("", "e", "E", "e+", "E+", "e-", "E-") if admits(f"1{mark}1" if mark else "1")]
    spellings = list(itertools.product(signs, points, marks))

    def spelled(drawn: tuple[int, str, str, str]) -> str:
        choice, whole, fraction, exponent = drawn
        (sign, point, mark), band = spellings[choice % len(spellings)], choice // len(spellings)
        text = sign + point.format(whole, fraction)
        if mark:
            text += mark + ("1" + exponent.rjust(PAST_LIMITS[band], "0") if band in PAST_LIMITS else exponent[:6])
        assert admits(text), f"{text!r}, drawn for `format: decimal`, does not match its pattern {pattern!r}"
        return text

    exponents = st.text("0123456789", min_size=1, max_size=18)
    return st.tuples(st.integers(0, 256 * len(spellings) - 1), DIGITS, DIGITS, exponents).map(spelled)


def _json_bytes(body: Any) -> bytes:
    """The body as JSON; the drawn decimal texts as JSON numbers."""

    def write(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: write(item) for key, item in value.items()}
        if isinstance(value, list):
            return [write(item) for item in value]
        if isinstance(value, str) and value.startswith(NUMBER_MARK):
            return orjson.Fragment(value.removeprefix(NUMBER_MARK).encode())
        if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
            return orjson.Fragment(str(value).encode())  # an undeclared property's big integer
        return value

    return orjson.dumps(write(body))


@pytest.mark.parametrize(("vendor", "model"), BODIES, ids=[f"{v}-{m}" for v, m in BODIES])
def test_generated_bodies_normalize_exactly(vendor: str, model: str) -> None:
    @settings(
        max_examples=EXAMPLES,
        derandomize=not DEEP,
        print_blob=DEEP,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(body=_body_strategy(vendor, model))
    def check(body: Any) -> None:
        _check(vendor, model, _json_bytes(body))

    check()
    seen = {key: count for key, count in sorted(FIGURES.items()) if key.startswith(f"{vendor} {model}")}
    print(f"{vendor} {model}: {seen}")
    assert FIGURES[f"{vendor} {model} bodies"] > 0, seen  # not all filtered away


def _check(vendor: str, model: str, content: bytes) -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    )
    plan = PLANS[vendor][model]
    request = Request(ACCOUNT[vendor], user_id="testuser")
    with connect(
        vendor, token="t", base_url="http://vendor", api_key="k", httpx_args={"transport": transport}, max_retries=0
    ) as broker:
        args, kwargs = plan.arguments(request)
        resource = getattr(broker.client, plan.resource)
        try:
            if (vendor, model) in PAGES:
                method, items_of = PAGES[vendor, model]
                kwargs = {**kwargs, "page_number": 0} if vendor == "etna" else kwargs
                items = items_of(getattr(resource, method)(*args, **kwargs))
            else:
                items = plan.unwrap(getattr(resource, plan.method)(*args, **kwargs), request)
        except Exception as error:
            # A decimal whose exponent Python's Decimal cannot hold (`1e999999999999999999`): the spec's
            # pattern admits it, the client refuses it cleanly, and no adapter ever sees it.
            if type(error).__name__ == "APIResponseValidationError" and "InvalidOperation" in str(error):
                reject()
            raise
    FIGURES[f"{vendor} {model} bodies"] += 1
    for element in plan.elements(items):
        FIGURES[f"{vendor} {model} elements"] += 1
        refused = [
            rule
            for rule in MAPPING.vendors[vendor].models[model].fields.values()
            if not _kept(vendor, model, rule, element)
        ]
        try:
            normalize(vendor, model, request.account_id or "", element)
        except NormalizeError as error:  # the model refuses exactly when one of its fields does
            assert refused and (error.field, error.sources) in {(r.name, r.sources) for r in refused}, error
        else:
            assert not refused, refused


def _kept(vendor: str, model: str, rule: FieldRule, element: dict[str, Any]) -> bool:
    """Whether the field came through: a present source gives a value, an amount keeps its digits and
    scale; False when the field was refused (only by a rule that may, naming its vendor fields)."""
    if not rule.mapped:
        return True
    values = [wire_values(element, source) for source in rule.sources]
    where = f"{vendor} {model}.{rule.name} from {rule.sources}: {values!r}"
    try:
        result = field_value(vendor, model, rule, element)
    except NormalizeError as error:
        assert rule.rule in MAY_REFUSE, f"{where}: refused by a rule that may not: {error}"
        assert (error.vendor, error.model, error.field, error.sources) == (vendor, model, rule.name, rule.sources)
        FIGURES[f"{vendor} {model} refused {rule.name} ({MAY_REFUSE[rule.rule]})"] += 1
        return False
    where += f" -> {result!r}"
    present = [value for value in values if value is not None]
    if (rule.rule in ANY_PRESENT and present) or (rule.rule in FIRST_PRESENT and values[0] is not None):
        complete = rule.missing is not None or all(value is not None for value in values)
        if rule.unset is None and (rule.rule != "difference" or complete):
            assert result is not None, f"dropped: {where}"
    if isinstance(result, Decimal) and present:
        if rule.rule in EXACT_RULES:
            sent = exact(present[0])
            assert sent is not None
            expected = sent.copy_negate() if rule.rule == "negate" else sent
            assert result.as_tuple() == expected.as_tuple(), f"rounded: {where}"
        elif rule.rule in ARITHMETIC:  # only these read every source as an amount (an OCC strike reads a symbol)
            amounts = values[:1] if rule.rule in ("signed", "sign-against") else values  # not the side
            numbers = [exact(rule.missing if v is None and rule.rule == "difference" else v) for v in amounts]
            _exactly(rule, [n for n in numbers if n is not None], result, where)
    if result is not None:
        FIGURES[f"{vendor} {model} kept"] += 1
    return True


def _exactly(rule: FieldRule, numbers: list[Decimal], result: Decimal, where: str) -> None:
    """An arithmetic result equals the exact one (in integers of the finest scale of its operands), at
    that scale."""
    if rule.rule in ("signed", "sign-against"):
        assert result.copy_abs().as_tuple()[1:] == numbers[0].copy_abs().as_tuple()[1:], f"rounded: {where}"
        return
    scale = min(int(n.as_tuple().exponent) for n in numbers)
    assert result.as_tuple().exponent == scale, f"scale lost: {where}"
    # Operands this far apart need more digits than the package works at: it must have refused them (and
    # counting them in integers of the finest scale would take 10**span, which never ends).
    span = max(n.adjusted() for n in numbers) - scale
    assert span <= MAX_DIGITS, f"kept, though its exact result needs {span} digits: {where}"
    integers = [_in_units(n, scale) for n in numbers]
    if rule.rule == "difference":
        expected = integers[0] - sum(integers[1:])
    else:
        expected = sum(integers) * (-1 if rule.rule == "negated-sum" else 1)
    assert _in_units(result, scale) == expected, f"rounded: {where}"


def _in_units(number: Decimal, scale: int) -> int:
    """`number` as a whole count of 10**scale (`scale` at most the number's own exponent)."""
    sign, digits, exponent = number.as_tuple()
    units: int = int("".join(map(str, digits)) or "0") * 10 ** (int(exponent) - scale)
    return -units if sign else units
