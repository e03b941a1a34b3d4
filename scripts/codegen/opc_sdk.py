"""What the SDK templates of the client need from the spec and from openapi-python-client's parsed endpoints.

`opc_plugin` calls `prepare(project)` once the project is parsed: it sets the Jinja globals the templates
in `opc_templates/` read (`sdk`, `sdk_op(endpoint)`, `open_enum(enum)`), adds the imports the endpoint
modules need, and `render_runtime(project)` writes the runtime modules (`opc_templates/sdk/`) and the
response schemas (`_schemas.json`) into the package.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonIdentifier

from scripts import client_extensions, json_text

MAX_RETRY_AFTER = 60
# The generated packages' dependencies: the widest ranges the runtime works with (tests/test_lowest_versions.py).
REQUIREMENTS = ("httpx>=0.23.1,<0.29", "attrs>=22.2.0", "tenacity>=7.0,<10", "jsonschema>=4.0,<5")
_SECRET_HEADER = re.compile(r"password|token|secret|pin|code|key|authorization|cookie", re.IGNORECASE)
_ALWAYS_REDACTED = ("authorization", "proxy-authorization", "cookie", "set-cookie")


@dataclass
class Argument:
    """One parameter of a public operation function: its declaration and how it is passed on."""

    name: str
    declaration: str
    forward: str  # the expression handed to `_get_kwargs`
    positional: bool = False
    is_page: bool = False
    is_size: bool = False


@dataclass
class PagingInfo:
    """An operation's `x-pagination`, in the client's names."""

    style: str
    first_page: int | None
    items: tuple[str, ...]
    next: tuple[str, ...] | None
    item_type: str
    page_argument: str
    size_argument: str | None


@dataclass
class OperationInfo:
    """Everything the endpoint template needs beyond opc's `endpoint`."""

    operation_id: str
    statuses: tuple[str, ...]
    success: list[str]
    retry_safe: bool
    quota_signals: list[client_extensions.QuotaSignal]
    success_type: str
    success_responses: list[Any]
    error_responses: list[Any]
    arguments: list[Argument]
    paging: PagingInfo | None
    tag: str
    facade_name: str = ""
    summary: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def signature(self, *, page_optional: bool = False, client: str | None = None) -> str:
        """The parameters of a public function (`client`: the annotation of a `client` parameter, if any)."""
        rendered = [a.declaration for a in self.arguments if a.positional] + ["*"]
        if client:
            rendered.append(f"client: {client}")
        for argument in self.arguments:
            if argument.positional:
                continue
            if argument.is_page and page_optional and "=" not in argument.declaration:
                rendered.append(f"{argument.declaration} | None | Unset = UNSET")
            else:
                rendered.append(argument.declaration)
        rendered += ["max_retries: int | None = None", "timeout: Timeout | Unset = UNSET"]
        return ", ".join(rendered)

    def passing(self, *, page: str | None = None, client: str = "client") -> str:
        """`name=name` for every parameter (the page parameter given `page`), to call another function."""
        names = [f"{a.name}={page if a.is_page and page else a.name}" for a in self.arguments if a.name != "body"] + (
            ["body=body"] if any(a.name == "body" for a in self.arguments) else []
        )
        return ", ".join([*names, f"client={client}", "max_retries=max_retries", "timeout=timeout"])


def _optional(declaration: str, has_none: bool) -> str:
    """`name: T | Unset = X` → `name: T | None | Unset = X` (None is taken as not given)."""
    if has_none or "=" not in declaration:
        return declaration
    head, default = declaration.rsplit(" = ", 1)
    name, annotation = head.split(": ", 1)
    parts = annotation.split(" | ")
    parts.insert(len(parts) - 1 if parts[-1] == "Unset" else len(parts), "None")
    return f"{name}: {' | '.join(parts)} = {default}"


def _arguments(endpoint: Any, paging: client_extensions.Pagination | None) -> list[Argument]:
    if len(endpoint.bodies) > 1:
        raise ValueError(f"{endpoint.name}: an operation with several request body types is not supported")
    result = []
    for parameter in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]:
        declaration = str(parameter.to_string().as_unembedded_code())
        annotation = str(parameter.get_type_string().as_unembedded_code())
        has_none = "None" in annotation.split(" | ")
        name = str(parameter.python_name)
        optional = not parameter.required
        result.append(
            Argument(
                name,
                _optional(declaration, has_none) if optional else declaration,
                f"UNSET if {name} is None else {name}" if optional and not has_none else name,
                positional=parameter in endpoint.path_parameters,
                is_page=paging is not None and _wire(parameter.name) == paging.page_param,
                is_size=paging is not None and _wire(parameter.name) == paging.size_param,
            )
        )
    for body in endpoint.bodies:
        annotation = str(body.prop.get_type_string().as_unembedded_code())
        has_none = "None" in annotation.split(" | ")
        if body.prop.required:
            result.append(Argument("body", f"body: {annotation}", "body"))
        else:
            declaration = _optional(f"body: {annotation} = UNSET", has_none)
            result.append(Argument("body", declaration, "body" if has_none else "UNSET if body is None else body"))
    return result


def _wire(name: Any) -> str:
    """A property's wire name (opc keeps it as an `UntrustedString`)."""
    return str(name.get_untrusted_value()) if hasattr(name, "get_untrusted_value") else str(name)


def _type(response: Any) -> str:
    return str(response.prop.get_type_string().as_unembedded_code())


def _union(types: list[str]) -> str:
    members = list(dict.fromkeys(member for text in types for member in text.split(" | ")))
    return " | ".join(members) or "None"


def _open_enum_names(document: dict[str, Any]) -> set[str]:
    """Enum components that are not a discriminator's tag: they are open in responses."""
    schemas = document.get("components", {}).get("schemas") or {}
    return {name for name, schema in schemas.items() if isinstance(schema, dict) and "enum" in schema} - _pinned(
        document
    )


def _pinned(document: dict[str, Any]) -> set[str]:
    """Enum components a discriminated `oneOf` variant pins its tag with."""
    pinned: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            tag = (node.get("discriminator") or {}).get("propertyName") if isinstance(node.get("oneOf"), list) else None
            for variant in node.get("oneOf") or [] if tag else []:
                for part in [variant, *client_extensions._alternatives(document, variant)]:
                    prop = (client_extensions._resolve(document, part).get("properties") or {}).get(tag)
                    if isinstance(prop, dict) and str(prop.get("$ref", "")).startswith("#/components/schemas/"):
                        pinned.add(prop["$ref"].rsplit("/", 1)[1])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(document)
    return pinned


def response_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """`_schemas.json`: the component schemas (response enums opened) and each operation's JSON response schemas."""
    components = copy.deepcopy(document.get("components", {}).get("schemas") or {})
    pinned = _pinned(document)
    for name, schema in components.items():
        if name not in pinned:
            _open_enums(schema)
    responses: dict[str, dict[str, Any]] = {}
    for _, _, operation in client_extensions.operations(document):
        per_status = responses.setdefault(str(operation.get("operationId")), {})
        for status, response in (operation.get("responses") or {}).items():
            target = client_extensions._response(document, response)[1]
            media = next((m for m in target.get("content") or {} if "json" in m), None)
            if media is not None and "schema" in target["content"][media]:
                schema = copy.deepcopy(target["content"][media]["schema"])
                _open_enums(schema)
                per_status[str(status)] = schema
    return {"components": {"schemas": components}, "responses": responses}


def _open_enums(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("enum", None)
        for value in node.values():
            _open_enums(value)
    elif isinstance(node, list):
        for value in node:
            _open_enums(value)


def _class_names(kinds: tuple[str, ...], config: Any) -> list[tuple[str, str]]:
    """(class name, module name) of each component name."""
    result = []
    for kind in kinds:
        info = Class.from_string(string=kind, config=config)
        result.append((str(info.name), str(info.module_name)))
    return result


def _paging(endpoint: Any, declared: client_extensions.Pagination, config: Any) -> PagingInfo:
    classes = _class_names(declared.item_kinds, config)
    for name, module in classes:
        endpoint.relative_imports.add(f"from ...models.{module} import {name}")
    endpoint.relative_imports |= {
        "from collections.abc import AsyncIterator, Iterator",
        "from ..._pagination import Paging",
    }

    def python(path: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return None if path is None else tuple(str(PythonIdentifier(step, prefix=config.field_prefix)) for step in path)

    parameters = {_wire(p.name): str(p.python_name) for p in endpoint.query_parameters}
    return PagingInfo(
        declared.style,
        declared.first_page,
        python(declared.items) or (),
        python(declared.next),
        " | ".join(name for name, _ in classes),
        parameters[declared.page_param],
        parameters.get(declared.size_param or ""),
    )


def operation_info(endpoint: Any, document: dict[str, Any], config: Any) -> OperationInfo:
    """The SDK view of one parsed endpoint."""
    found = next(
        (item for item in client_extensions.operations(document) if item[2].get("operationId") == endpoint.name), None
    )
    if found is None:
        raise ValueError(f"no operation {endpoint.name!r} in the document")
    _, method, operation = found
    declared = client_extensions.pagination(document, operation)
    responses = list(endpoint.responses)
    success = [r for r in responses if r.status_code.range and r.status_code.range[0] // 100 == 2]
    errors = [r for r in responses if r not in success]
    return OperationInfo(
        operation_id=str(endpoint.name),
        statuses=tuple(str(r.status_code.pattern) for r in responses),
        success=[str(r.status_code.pattern) for r in success],
        retry_safe=client_extensions.retry_safe(method, operation),
        quota_signals=client_extensions.quota_signals(document, operation),
        success_type=_union([_type(r) for r in success]),
        success_responses=success,
        error_responses=errors,
        arguments=_arguments(endpoint, declared),
        paging=None if declared is None else _paging(endpoint, declared, config),
        tag=str(endpoint.tags[0]) if endpoint.tags else "default",
        summary=" ".join((_wire(endpoint.summary) or str(endpoint.name)).split()),
    )


@dataclass
class PackageInfo:
    """What the package-level templates (errors, runtime, facade, README) need."""

    version: str
    base_error: str
    facade: str
    env_prefix: str
    log_env: str
    default_base_url: str
    request_id: client_extensions.RequestId
    redacted_headers: list[str]
    error_body_type: str
    error_body_imports: list[str]
    max_retry_after: int
    operations: dict[str, OperationInfo]
    tags: dict[str, str]  # module name → class name
    facade_imports: list[str]


def _camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def package_info(project: Any, document: dict[str, Any]) -> PackageInfo:
    """The package-level view of the spec (its operations computed through `operation_info`)."""
    config = project.config
    endpoints = [e for collection in project.openapi.endpoint_collections_by_tag.values() for e in collection.endpoints]
    operations = {str(e.name): operation_info(e, document, config) for e in endpoints}
    error_types, imports = [], set()
    for endpoint in endpoints:
        for response in operations[str(endpoint.name)].error_responses:
            error_types.append(_type(response))
            imports |= set(response.prop.get_imports(prefix=".")) | set(response.prop.get_lazy_imports(prefix="."))
    members = [m for m in _union(error_types).split(" | ") if m not in ("None", "Any")]
    facade_imports: set[str] = set()
    for endpoint in endpoints:
        props = [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
        props += [body.prop for body in endpoint.bodies] + [
            r.prop for r in operations[str(endpoint.name)].success_responses
        ]
        for prop in props:
            facade_imports |= set(prop.get_imports(prefix=".")) | set(prop.get_lazy_imports(prefix="."))
        paging = operations[str(endpoint.name)].paging
        if paging is not None:
            facade_imports |= {
                line.replace("from ...", "from .") for line in endpoint.relative_imports if ".models." in line
            }
    package = str(project.package_name)
    stem = package.removesuffix("_client")
    schemes = document.get("components", {}).get("securitySchemes") or {}
    redacted = {
        *_ALWAYS_REDACTED,
        *(str(s["name"]).lower() for s in schemes.values() if isinstance(s, dict) and s.get("in") == "header"),
        *(
            _wire(p.name).lower()
            for e in endpoints
            for p in e.header_parameters
            if _SECRET_HEADER.search(_wire(p.name))
        ),
    }
    return PackageInfo(
        version=_wire(project.version),
        base_error=f"{_camel(stem)}Error",
        facade=_camel(stem),
        env_prefix=stem.upper(),
        log_env=f"{stem.upper()}_LOG",
        default_base_url=str((document.get("servers") or [{"url": "http://localhost"}])[0]["url"]),
        request_id=client_extensions.request_id(document),
        redacted_headers=sorted(redacted),
        error_body_type=" | ".join(members) if members else "object",
        error_body_imports=sorted(line for line in imports if not line.startswith("from .types")),
        max_retry_after=MAX_RETRY_AFTER,
        operations=operations,
        tags={str(tag): _camel(str(tag)) for tag in project.openapi.endpoint_collections_by_tag},
        facade_imports=sorted(line for line in facade_imports if not line.startswith("from .types")),
    )


def prepare(project: Any) -> None:
    """Compute the SDK view of the spec and hand it to the templates."""
    document = json.loads(Path(project.config.document_source).read_text(encoding="utf-8"), parse_float=Decimal)
    info = package_info(project, document)
    open_enums = {
        str(Class.from_string(string=name, config=project.config).name) for name in _open_enum_names(document)
    }
    runtime = {"from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send"}
    for collection in project.openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoint.relative_imports |= runtime
    project.env.filters["pyrepr"] = repr
    project.env.globals.update(
        sdk=info,
        sdk_op=lambda endpoint: info.operations[str(endpoint.name)],
        open_enum=lambda enum: str(enum.class_info.name) in open_enums,
        sdk_requirements=REQUIREMENTS,
    )
    project.sdk_document = document


RUNTIME_TEMPLATES = {
    "_base_client.py": "sdk/_base_client.py.jinja",
    "_validation.py": "sdk/_validation.py.jinja",
    "_pagination.py": "sdk/_pagination.py.jinja",
    "resources.py": "sdk/resources.py.jinja",
}


def render_runtime(project: Any) -> None:
    """Write the runtime modules and `_schemas.json` into the package."""
    for module, template in RUNTIME_TEMPLATES.items():
        source = project.env.get_template(template).render()
        (project.package_dir / module).write_text(source, encoding="utf-8")
    schemas = response_schemas(project.sdk_document)
    (project.package_dir / "_schemas.json").write_text(json_text.dumps(schemas), encoding="utf-8")
