"""Run openapi-python-client 0.29.1 with the corrections and additions the contracts need.

1. **Exact decimals.** opc maps `type: number` to `float` and parses bodies with `response.json()`, so
   an amount such as `17798.360000000000000000000000` would lose digits; it maps
   `type: string, format: decimal` to plain `str`. Here every number and every decimal string becomes
   `decimal.Decimal`, and bodies are parsed with `json.loads(..., parse_float=Decimal)`.
2. **Comma-separated arrays.** opc ignores `explode: false` and sends `ids=a&ids=b`; a query array
   declared `style: form, explode: false` is sent as `ids=a,b`, as the spec says.
3. **Plain-text alternatives.** opc parses a response by its first media type only; when a status
   declares JSON and also `text/*` (Tradier's plain-text quota violation on 400), the generated code
   checks the response's Content-Type and returns the text instead of failing to decode it as JSON.
4. **Omittable union bodies.** opc sends `json=UNSET` (which cannot be encoded) when an optional request
   body whose schema is a union (e.g. `oneOf: [object, null]`) is not given; here no body is sent
   (`opc_templates/property_templates/union_property.py.jinja`).
5. **List accessors.** The model class of a component with `x-list-accessor` (`scripts/list_accessors.py`)
   gets the declared method; it calls `one_or_many` from the package's `_lists.py`, which
   `scripts/codegen/generate.py` writes.

The changes hook opc's parser and project (pinned version) and add templates from `opc_templates/`;
the `model.py.jinja` there wraps opc's own template, which it reaches as `opc/model.py.jinja`.
Run as `python -m scripts.codegen.opc_plugin <opc arguments>`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar, cast

import attrs
import openapi_python_client
from jinja2 import BaseLoader, ChoiceLoader, PackageLoader, PrefixLoader
from openapi_python_client import schema as oai
from openapi_python_client.parser import openapi, properties, responses
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.schemas import Class, parameter_from_reference
from openapi_python_client.strings import PythonCode, PythonIdentifier

from scripts import list_accessors
from scripts.codegen import opc_sdk

EXACT_JSON = "json_body(response, OPERATION)"


class DecimalNumberProperty(FloatProperty):
    """`type: number`: a JSON number read as Decimal and written back as Decimal."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "Decimal"
    template: ClassVar[str] = "decimal_property.py.jinja"
    wire: ClassVar[str] = "number"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        if isinstance(value, bool):
            return PropertyError(f"Cannot convert {value} to a decimal")
        try:
            Decimal(str(value))
        except InvalidOperation:
            return PropertyError(f"Invalid decimal value: {value}")
        return Value(python_code=PythonCode(f"Decimal({str(value)!r})"), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        imports: set[str] = super().get_imports(prefix=prefix)
        return imports | {"from decimal import Decimal", f"from {prefix}types import exact_decimal"}


class DecimalStringProperty(DecimalNumberProperty):
    """`type: string, format: decimal`: a JSON string read as Decimal and written back as a string."""

    _json_type_string: ClassVar[str] = "str"
    wire: ClassVar[str] = "string"


@attrs.define
class CommaListProperty(ListProperty):
    """A query array with `explode: false`, sent as one comma-separated value."""

    template: ClassVar[str] = "comma_list_property.py.jinja"


_string_based_property = properties._string_based_property
_add_parameters = openapi.Endpoint.add_parameters
_add_responses = openapi.Endpoint._add_responses


def _decimal_aware_string_property(name: Any, required: bool, data: oai.Schema, config: Any) -> Any:
    if data.schema_format == "decimal":
        return DecimalStringProperty.build(
            name=name,
            required=required,
            default=data.default,
            python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )
    return _string_based_property(name, required, data, config)


@attrs.define
class TextAlternativeProperty:
    """A JSON response body that the vendor may replace with plain text on the same status."""

    inner: Any
    template: ClassVar[str] = "text_alternative_property.py.jinja"

    @property
    def python_name(self) -> PythonIdentifier:
        return self.inner.python_name  # type: ignore[no-any-return]

    @property
    def required(self) -> bool:
        return True

    def get_type_string(self, no_optional: bool = False, json: bool = False) -> PythonCode:
        inner = self.inner.get_type_string(no_optional=no_optional, json=json)
        return PythonCode(f"{inner.as_unembedded_code()} | str")

    def get_imports(self, *, prefix: str) -> set[str]:
        return self.inner.get_imports(prefix=prefix)  # type: ignore[no-any-return]

    def get_lazy_imports(self, *, prefix: str) -> set[str]:
        return self.inner.get_lazy_imports(prefix=prefix)  # type: ignore[no-any-return]


def _has_text_alternative(response: Any) -> bool:
    content = getattr(response.data, "content", None) or {}
    return response.source is responses.JSON_SOURCE and any(
        str(media.get_untrusted_value()).startswith("text/") for media in content
    )


def _exact_json_responses(**kwargs: Any) -> Any:
    endpoint, schemas = _add_responses(**kwargs)
    for response in endpoint.responses:
        if _has_text_alternative(response):
            response.prop = cast(Any, TextAlternativeProperty(response.prop))  # opc's Property union is closed
    return endpoint, schemas


def _comma_separated_arrays(**kwargs: Any) -> Any:
    endpoint, schemas, parameters = _add_parameters(**kwargs)
    if isinstance(endpoint, openapi.Endpoint):
        declared = [parameter_from_reference(param=p, parameters=parameters) for p in kwargs["data"].parameters or []]
        unexploded = {
            param.name.get_untrusted_value()
            for param in declared
            if isinstance(param, oai.Parameter)
            and param.param_in == oai.ParameterLocation.QUERY
            and param.explode is False
        }
        endpoint.query_parameters = [
            CommaListProperty(**attrs.asdict(prop, recurse=False))
            if isinstance(prop, ListProperty) and prop.name.get_untrusted_value() in unexploded
            else prop
            for prop in endpoint.query_parameters
        ]
    return endpoint, schemas, parameters


@dataclass(frozen=True)
class AccessorMethod:
    """The source fragments `opc_templates/model.py.jinja` writes for one model's `x-list-accessor`."""

    method: str
    annotation: str
    path: str
    kinds: str
    description: str


def _client_type(kind: str, config: Any) -> tuple[str, str | None]:
    """The client's name for an item kind, and the import it needs (None for a builtin type)."""
    if kind in list_accessors.SCALAR_TYPES.values():
        return kind, None
    info = Class.from_string(string=kind, config=config)
    return str(info.name), f"from ..models.{info.module_name} import {info.name}"


def _add_list_accessors(project: Any) -> None:
    """Let the model template reach opc's own, and hand it each model's accessor (adding the imports)."""
    loaders: list[BaseLoader] = [project.env.loader, PrefixLoader({"opc": PackageLoader("openapi_python_client")})]
    project.env.loader = ChoiceLoader(loaders)
    document = json.loads(Path(project.config.document_source).read_text(encoding="utf-8"))
    methods: dict[str, AccessorMethod] = {}
    for accessor in list_accessors.accessors_of(document):
        owner = str(Class.from_string(string=accessor.owner, config=project.config).name)
        kinds = [_client_type(kind, project.config) for kind in accessor.kinds]
        model = next(m for m in project.openapi.models if m.class_info.name == owner)
        model.relative_imports |= {"from .._lists import one_or_many"} | {imp for _, imp in kinds if imp}
        methods[owner] = AccessorMethod(
            method=accessor.method,
            annotation=" | ".join(name for name, _ in kinds),
            path=repr(accessor.path),
            kinds=", ".join(name for name, _ in kinds),
            description=accessor.description.replace('"""', "'''"),
        )
    project.env.globals["list_accessor"] = lambda model: methods.get(str(model.class_info.name))


_project_init = openapi_python_client.Project.__init__


def _project_with_list_accessors(self: Any, **kwargs: Any) -> None:
    _project_init(self, **kwargs)
    _add_list_accessors(self)
    opc_sdk.prepare(self)


_build_api = openapi_python_client.Project._build_api


def _build_api_and_runtime(self: Any) -> None:
    _build_api(self)
    opc_sdk.render_runtime(self)


def install() -> None:
    """Apply the corrections to the imported opc modules."""
    setattr(properties, "FloatProperty", DecimalNumberProperty)  # noqa: B010  (the name _property_from_data reads)
    properties._string_based_property = _decimal_aware_string_property
    responses.JSON_SOURCE["attribute"] = EXACT_JSON
    setattr(openapi.Endpoint, "_add_responses", staticmethod(_exact_json_responses))  # noqa: B010
    setattr(openapi.Endpoint, "add_parameters", staticmethod(_comma_separated_arrays))  # noqa: B010
    setattr(openapi_python_client.Project, "__init__", _project_with_list_accessors)  # noqa: B010
    setattr(openapi_python_client.Project, "_build_api", _build_api_and_runtime)  # noqa: B010


def main() -> None:
    """The opc command line, corrected."""
    install()
    from openapi_python_client.cli import app

    sys.argv[0] = "openapi-python-client"
    app()


if __name__ == "__main__":
    main()
