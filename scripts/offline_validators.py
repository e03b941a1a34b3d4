"""openapi-spec-validator and prance, run on the bundled document in memory, unable to open a file or the network.

Both libraries would otherwise read the entry file themselves and follow every `$ref` (files, `file:`
and `http(s):` URLs). They get the document the bundler has already confined and checked, in which
every `$ref` is internal; in case anything still points outside (an `$id` the bundler refused, say),
openapi-spec-validator gets resolver handlers that refuse every URI scheme, and prance resolves
internal references only and validates with that same openapi-spec-validator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jsonschema.exceptions import ValidationError as SchemaValidationError
from openapi_spec_validator.validation import OpenAPIV31SpecValidator
from prance import ResolvingParser, ValidationError
from prance.util.resolver import RESOLVE_INTERNAL
from referencing.exceptions import Unresolvable

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


class OfflineV31SpecValidator(OpenAPIV31SpecValidator):  # type: ignore[misc]
    """openapi-spec-validator for OpenAPI 3.1 that follows only references inside the document."""

    resolver_handlers = _RefuseEveryScheme()


def spec_validator(document: dict[str, Any]) -> OpenAPIV31SpecValidator:
    """An openapi-spec-validator over the bundled `document`."""
    return OfflineV31SpecValidator(document, base_uri="")


class _OfflineResolvingParser(ResolvingParser):  # type: ignore[misc]
    """prance's resolving parser whose validation backend is the offline openapi-spec-validator.

    Overrides prance's (pinned) backend hook, which would build a validator with the default handlers.
    """

    def _validate_openapi_spec_validator(self, spec_version: Any) -> None:
        try:
            spec_validator(self.specification).validate()
        except (SchemaValidationError, Unresolvable, FetchRefused) as exc:
            raise ValidationError(str(exc)) from exc


def prance_parse(document: dict[str, Any]) -> None:
    """prance's resolving parser (strict mode) over the bundled `document`; raises what prance raises.

    The document goes as JSON text with exact numbers; characters beyond ASCII are escaped the YAML way
    (`\\xNN`, `\\uNNNN`), which prance's YAML reader (tried first) reads back unchanged.
    """
    text = json_text.dumps(document, indent=None).encode("ascii", "backslashreplace").decode("ascii")
    _OfflineResolvingParser(
        spec_string=text,
        backend="openapi-spec-validator",
        strict=True,
        lazy=False,
        resolve_types=RESOLVE_INTERNAL,
    )
