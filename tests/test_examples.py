"""Vendor example bodies: each validates as its manifest says, and the models parse it with exact decimals."""

from __future__ import annotations

import importlib
import re
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, RootModel

from scripts import example_files
from scripts.lint_rules import last_word
from scripts.specs import Spec

# Properties whose name ends in these words are a number formatted as text on purpose
# (e.g. TradeStation's `AskPriceDisplay: "36.96"` beside `AskPrice: 36.96`).
DISPLAY_TEXT_WORDS = frozenset({"display", "text"})


def test_manifest_bodies_validate_as_declared(spec: Spec) -> None:
    assert [str(f) for f in example_files.check(spec)] == []


def test_models_parse_every_body_with_exact_decimals(spec: Spec) -> None:
    """Parse each body's raw bytes with the generated models; every Decimal is exactly the literal text sent."""
    models = importlib.import_module(f"{spec.python_name}_models.models")
    entries, _ = example_files.entries(spec)
    compared = 0
    for entry in entries:
        if entry.expect != "valid":
            continue
        schema_pointer = spec.response_schema_pointer(spec.operation(entry.operation), entry.status, entry.media_type)
        schema = spec.resolve("#" + schema_pointer)
        model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
        parsed = model.model_validate_json(entry.path.read_bytes())
        compared += _compare(parsed, entry.body(), entry.path.name)
    assert compared > 0, "no decimal amount was compared"


def test_every_root_model_reads_json_numbers_exactly(spec: Spec) -> None:
    """Root models (arrays, unions) get the exact JSON parsing too, not pydantic's float-reading parser."""
    package = importlib.import_module(f"{spec.python_name}_models")
    models = importlib.import_module(f"{spec.python_name}_models.models")
    roots = [v for v in vars(models).values() if isinstance(v, type) and issubclass(v, RootModel)]
    assert [r.__name__ for r in roots if not issubclass(r, package.VendorRootModel)] == []


def _compare(parsed: Any, raw: Any, where: str) -> int:
    """Walk the parsed model beside the raw JSON; return how many decimals matched their literal text."""
    while isinstance(parsed, RootModel):  # a union of root models nests them
        parsed = parsed.root
    if isinstance(parsed, BaseModel):
        assert isinstance(raw, dict), where
        return sum(_compare(_field(parsed, key), value, f"{where}/{key}") for key, value in raw.items())
    if isinstance(parsed, list):
        assert isinstance(raw, list) and len(raw) == len(parsed), where
        return sum(_compare(p, r, f"{where}/{i}") for i, (p, r) in enumerate(zip(parsed, raw, strict=True)))
    if isinstance(parsed, Decimal):
        # The same digits, sign and exponent as the text sent (`"1.50"` is not `1.5`; `"+5"` is `5`).
        literal = raw if isinstance(raw, str) else str(raw)
        assert parsed.as_tuple() == Decimal(literal).as_tuple(), f"{where}: parsed {parsed!s}, sent {literal}"
        return 1
    is_display_text = last_word(where.rsplit("/", 1)[-1]) in DISPLAY_TEXT_WORDS
    if (
        isinstance(parsed, str)
        and isinstance(raw, str)
        and re.fullmatch(r"-?[0-9]+\.[0-9]+", raw)
        and not is_display_text
    ):
        raise AssertionError(f"{where}: decimal text {raw!r} was not parsed as a Decimal")
    return 0


def _field(model: BaseModel, key: str) -> Any:
    for name, info in type(model).model_fields.items():
        if (info.alias or name) == key:
            return model.__dict__[name]  # not getattr: reading a deprecated field warns
    return (model.model_extra or {})[key]
