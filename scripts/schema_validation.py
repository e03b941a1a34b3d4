"""Validate JSON values against schemas of a bundled spec (JSON Schema 2020-12 with OpenAPI formats).

Schemas are addressed by JSON pointer into the document, so `$ref`s resolve in place and no schema is
copied. Formats are enforced (`date`, `date-time`, `uuid`, `int32`, `int64`); `format: decimal` is left to
the `pattern` beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts import pointers

_BASE = "urn:broker-contracts:spec"


@dataclass(frozen=True)
class SchemaError:
    """One reason a value does not satisfy a schema: where in the value, and why."""

    instance_pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.instance_pointer or '/'}: {self.message}"


class SchemaValidators:
    """Builds and caches validators for the schemas of one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self._cache: dict[str, Validator] = {}

    def validator(self, schema_pointer: str) -> Validator:
        """A validator for the schema at `schema_pointer` of the document."""
        if schema_pointer not in self._cache:
            self._cache[schema_pointer] = OAS31Validator(
                {"$ref": f"{_BASE}#{schema_pointer}"},
                registry=self._registry,
                format_checker=oas31_format_checker,
            )
        return self._cache[schema_pointer]

    def errors(self, schema_pointer: str, instance: Any) -> list[SchemaError]:
        """Why `instance` fails the schema; one most relevant reason per failing location.

        A schema jsonschema cannot apply (a `format` that is not a string, a `multipleOf` beyond decimal
        precision) is one reason too, rather than an exception.
        """
        try:
            return [_describe(error) for error in _by_location(self.validator(schema_pointer).iter_errors(instance))]
        except (TypeError, ValueError, LookupError, ArithmeticError) as exc:
            return [SchemaError("", f"the schema cannot be applied ({type(exc).__name__}: {exc})")]


def _by_location(errors: Iterator[ValidationError]) -> list[ValidationError]:
    grouped: dict[str, list[ValidationError]] = {}
    for error in errors:
        grouped.setdefault(_instance_pointer(error), []).append(error)
    return [best_match(group) for _, group in sorted(grouped.items())]


def _describe(error: ValidationError) -> SchemaError:
    deepest = error
    while deepest.context:
        deepest = best_match(deepest.context)
    return SchemaError(_instance_pointer(deepest), deepest.message)


def _instance_pointer(error: ValidationError) -> str:
    return pointers.join("", *error.absolute_path)
