"""openapi-spec-validator and prance, run on the bundled document in memory, unable to open a file or the network.

Both libraries would otherwise read the entry file themselves and follow every `$ref` (files, `file:`
and `http(s):` URLs). They get the document the bundler has already confined and checked, in which
every `$ref` is internal; in case anything still points outside (an `$id` the bundler refused, say),
openapi-spec-validator gets resolver handlers that refuse every URI scheme, and prance resolves
internal references only. prance does not validate its resolved copy: openapi-spec-validator has
validated the bundled document already, and a second pass over the resolved one (many times larger)
found nothing more and took most of the time of `make validate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jsonschema.exceptions import ValidationError as SchemaValidationError
from openapi_spec_validator.validation import OpenAPIV31SpecValidator
from prance import ResolvingParser, ValidationError
from prance.util.resolver import RESOLVE_INTERNAL

from scripts import json_text


class FetchRefused(Exception):
    """A validator tried to read something outside the document."""


def _refuse(uri: str) -> Any:
    raise FetchRefused(f"{uri} is outside the document and is not read")


class _RefuseEveryScheme(dict[str, Callable[[str], Any]]):
    """Resolver handlers for every URI scheme, each refusing (jsonschema-path falls back to urlopen otherwise)."""

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: str) -> Callable[[str], Any]:
        return _refuse


class OfflineV31SpecValidator(OpenAPIV31SpecValidator):
    """openapi-spec-validator for OpenAPI 3.1 that follows only references inside the document."""

    resolver_handlers = _RefuseEveryScheme()  # type: ignore[assignment]  # handlers that refuse, not fetch


def spec_validator(document: dict[str, Any]) -> OpenAPIV31SpecValidator:
    """An openapi-spec-validator over the bundled `document`."""
    return OfflineV31SpecValidator(document, base_uri="")


class _ResolvingOnlyParser(ResolvingParser):  # type: ignore[misc]
    """prance's resolving parser with its own checks (a mapping, a known OpenAPI version) and no backend.

    Overrides prance's (pinned) backend hook, which would run openapi-spec-validator on the resolved copy:
    `spec_errors` validates the bundled document. What that second pass found beyond it, a reference left
    pointing outside the document, is checked here.
    """

    def _validate_openapi_spec_validator(self, spec_version: Any) -> None:
        outside = next(_refs(self.specification), None)
        if outside is not None:
            raise ValidationError(f"{outside} is outside the document and is not read")


def _refs(node: Any) -> Iterator[str]:
    """Every `$ref` string left in a resolved document."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def spec_errors(document: dict[str, Any]) -> list[SchemaValidationError]:
    """openapi-spec-validator's errors for the bundled `document`: the OpenAPI 3.1 schema first, then, only
    when the document has the schema's shape, the validator's own checks (which assume that shape and
    raise on anything else: a parameter name that is not a string, a path item that is not a mapping)."""
    validator = spec_validator(document)
    structural = list(validator.schema_validator.iter_errors(document))
    if structural:
        return structural
    errors: list[SchemaValidationError] = []
    try:
        errors.extend(validator.root_validator(validator.schema_path))
    except (LookupError, TypeError, AttributeError, AssertionError, ValueError) as exc:
        shown = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        errors.append(SchemaValidationError(f"the document's shape stops openapi-spec-validator's checks ({shown})"))
    return errors


def prance_parse(document: dict[str, Any]) -> None:
    """prance's resolving parser (strict mode) over the bundled `document`, without a second validation
    pass; raises what prance raises.

    The document goes as JSON text with exact numbers; characters beyond ASCII are escaped the YAML way
    (`\\xNN`, `\\uNNNN`), which prance's YAML reader (tried first) reads back unchanged.
    """
    text = json_text.dumps(document, indent=None).encode("ascii", "backslashreplace").decode("ascii")
    _ResolvingOnlyParser(
        spec_string=text,
        backend="openapi-spec-validator",
        strict=True,
        lazy=False,
        resolve_types=RESOLVE_INTERNAL,
    )
