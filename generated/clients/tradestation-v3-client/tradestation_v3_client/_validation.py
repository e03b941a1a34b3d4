"""Strict parsing: a body is checked against the response schema the spec documents before it becomes a model.

The schemas come from the spec (`_schemas.json`, written by the generator), with one change: a response
enum is open (vendors add values; the models keep an unknown value as a member whose `is_unknown` is
True), except a discriminator's tag, which picks the class. Integers are checked against `int32` and
`int64`; a decimal string's pattern, every type, `required` property and `oneOf` as the spec says.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import httpx
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match

from . import errors

_INT_RANGES = {"int32": 2**31, "int64": 2**63}
_FORMATS = FormatChecker()
for _name, _bound in _INT_RANGES.items():
    _FORMATS.checks(_name)(
        lambda value, bound=_bound: not isinstance(value, int) or isinstance(value, bool) or -bound <= value < bound
    )


@lru_cache(maxsize=1)
def _document() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_schemas.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return document


@cache
def _validator(operation_id: str, status: str) -> Draft202012Validator | None:
    document = _document()
    if status not in document["responses"].get(operation_id, {}):
        return None
    root = {**document, "$ref": f"#/responses/{operation_id}/{status}"}
    return Draft202012Validator(root, format_checker=_FORMATS)


def validate(response: httpx.Response, operation_id: str, status: str, data: Any) -> None:
    """Raise `APIResponseValidationError` naming the JSON path and the rule when `data` breaks the schema."""
    validator = _validator(operation_id, status)
    error = best_match(validator.iter_errors(data)) if validator is not None else None
    if error is not None:
        message = error.message if len(error.message) <= 300 else f"{error.message[:150]} ... {error.message[-150:]}"
        raise errors.APIResponseValidationError(response, error.json_path, str(error.validator), message)
