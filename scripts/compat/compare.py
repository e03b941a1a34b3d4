"""Compare two bundled OpenAPI 3.1 documents and classify every change as breaking or not.

The comparison is direction-aware. It walks each operation present in both versions and compares its
parameters and request body as data the consumer *writes* (`request`) and its responses as data the
consumer *reads* (`response`), following `$ref`s on both sides (`schemas.SchemaComparer`):

- narrowing what is accepted breaks callers (request): a new required parameter or property, a
  property that becomes required, an enum value removed, `null` no longer accepted, a tighter bound;
- widening what is sent breaks readers (response): a property removed or made optional, a value
  that may now be `null`, a new enum value (closed-enum readers fail on it), a new `oneOf` variant,
  a looser bound or a removed pattern (readers that validate reject the new values);
- a type or format change, a removed operation, parameter, response or media type, a renamed
  `operationId`, a moved first tag (the client module) or a removed component schema (a class of
  the generated models) always breaks.

Each change carries the JSON pointer where it is written (in the new document; in the old one for
removals) and the places consumers meet it: operation, parameter/body/response, field path.
"""

from __future__ import annotations

from typing import Any

from scripts.compat.changes import Change, Direction, Node, Recorder, Site, deref, show
from scripts.compat.schemas import SchemaComparer
from scripts.pointers import join

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new` (bundled documents): breaking ones first, then in document order."""
    comparer = _DocumentComparer(old, new)
    comparer.paths()
    comparer.component_schemas()
    comparer.servers()
    return sorted(comparer.record.changes.values(), key=lambda change: not change.breaking)


def _keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The keys of both mappings: the old ones in order, then the new ones."""
    return [*old, *(key for key in new if key not in old)]


class _DocumentComparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.record = Recorder()
        self.schemas = SchemaComparer(self.record, old, new)

    def paths(self) -> None:
        old_paths: dict[str, Any] = self.old.get("paths") or {}
        new_paths: dict[str, Any] = self.new.get("paths") or {}
        for path in _keys(old_paths, new_paths):
            for method in HTTP_METHODS:
                old_op = (old_paths.get(path) or {}).get(method)
                new_op = (new_paths.get(path) or {}).get(method)
                label = f"{method.upper()} {path}"
                pointer = join("/paths", path, method)
                if isinstance(old_op, dict) and not isinstance(new_op, dict):
                    self.record.emit(pointer, "operation-removed", True, f"operation {label} removed")
                elif isinstance(new_op, dict) and not isinstance(old_op, dict):
                    self.record.emit(pointer, "operation-added", False, f"new operation {label}")
                elif isinstance(old_op, dict) and isinstance(new_op, dict):
                    self.operation(label, path, method)

    def operation(self, label: str, path: str, method: str) -> None:
        old = Node(self.old["paths"], "/paths").child(path, method)
        new = Node(self.new["paths"], "/paths").child(path, method)
        site = Site(label, "operation")
        if old.get("operationId") != new.get("operationId"):
            message = (
                f"operationId {show(old.get('operationId'))} renamed {show(new.get('operationId'))}: "
                "the generated client function moves to a new module"
            )
            self.record.emit(join(new.pointer, "operationId"), "operation-id-changed", True, message, site)
        old_tag, new_tag = (old.get("tags") or [None])[0], (new.get("tags") or [None])[0]
        if old_tag != new_tag:
            message = f"first tag {show(old_tag)} changed to {show(new_tag)}: the generated client module moves"
            self.record.emit(join(new.pointer, "tags"), "operation-tag-changed", True, message, site)
        self.record.deprecation(old, new, site)
        self.record.description(old, new, site, "summary")
        self.record.description(old, new, site)
        old_security = old.get("security", self.old.get("security"))
        new_security = new.get("security", self.new.get("security"))
        if old_security != new_security:
            message = f"security requirements changed from {show(old_security)} to {show(new_security)}"
            self.record.emit(join(new.pointer, "security"), "security-changed", True, message, site)
        self.parameters(label, path, method)
        self.request_body(label, old, new)
        self.responses(label, old, new)

    def _parameters(self, document: dict[str, Any], path: str, method: str) -> dict[tuple[str, str], Node]:
        """The effective parameters (the path item's, overridden by the operation's), by (in, name)."""
        result: dict[tuple[str, str], Node] = {}
        item = Node(document["paths"], "/paths").child(path)
        for owner in (item, item.child(method)):
            for index in range(len(owner.get("parameters") or [])):
                parameter = deref(document, owner.child("parameters", index))
                result[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
        return result

    def parameters(self, label: str, path: str, method: str) -> None:
        old_params = self._parameters(self.old, path, method)
        new_params = self._parameters(self.new, path, method)
        for key in [*old_params, *(k for k in new_params if k not in old_params)]:
            where, name = key
            site = Site(label, f"{where} parameter `{name}`")
            old, new = old_params.get(key), new_params.get(key)
            if new is None and old is not None:
                message = f"{where} parameter `{name}` removed: callers that pass it break"
                self.record.emit(old.pointer, "parameter-removed", True, message, site)
            elif old is None and new is not None:
                required = bool(new.get("required"))
                message = (
                    f"new required {where} parameter `{name}`: existing callers do not send it"
                    if required
                    else f"new optional {where} parameter `{name}`"
                )
                self.record.emit(new.pointer, "parameter-added", required, message, site)
            elif old is not None and new is not None:
                self.parameter(site, old, new)

    def parameter(self, site: Site, old: Node, new: Node) -> None:
        name = f"{new.get('in')} parameter `{new.get('name')}`"
        if bool(old.get("required")) != bool(new.get("required")):
            required = bool(new.get("required"))
            message = f"{name} is now {'required' if required else 'optional'}"
            self.record.emit(join(new.pointer, "required"), "parameter-required-changed", required, message, site)
        for keyword in ("style", "explode", "allowReserved"):
            if old.get(keyword) != new.get(keyword):
                message = (
                    f"{name}: {keyword} changed from {show(old.get(keyword))} to {show(new.get(keyword))}, "
                    "so the value is written differently"
                )
                self.record.emit(join(new.pointer, keyword), "parameter-serialization-changed", True, message, site)
        self.record.deprecation(old, new, site)
        self.record.description(old, new, site)
        if "schema" in old.value and "schema" in new.value:
            self.schemas.compare(site, "request", old.child("schema"), new.child("schema"))

    def request_body(self, label: str, operation_old: Node, operation_new: Node) -> None:
        site = Site(label, "request body")
        if "requestBody" not in operation_old.value and "requestBody" not in operation_new.value:
            return
        if "requestBody" not in operation_new.value:
            pointer = join(operation_old.pointer, "requestBody")
            self.record.emit(pointer, "request-body-removed", True, "request body removed", site)
            return
        new = deref(self.new, operation_new.child("requestBody"))
        if "requestBody" not in operation_old.value:
            required = bool(new.get("required"))
            message = "new required request body" if required else "new optional request body"
            self.record.emit(new.pointer, "request-body-added", required, message, site)
            return
        old = deref(self.old, operation_old.child("requestBody"))
        if bool(old.get("required")) != bool(new.get("required")):
            required = bool(new.get("required"))
            message = f"request body is now {'required' if required else 'optional'}"
            self.record.emit(join(new.pointer, "required"), "request-body-required-changed", required, message, site)
        self.content(site, "request", old, new)

    def responses(self, label: str, operation_old: Node, operation_new: Node) -> None:
        old_responses: dict[str, Any] = operation_old.get("responses") or {}
        new_responses: dict[str, Any] = operation_new.get("responses") or {}
        for status in _keys(old_responses, new_responses):
            site = Site(label, f"{status} response")
            if status not in new_responses:
                pointer = join(operation_old.pointer, "responses", status)
                message = f"response {status} no longer documented: readers that handle it lose its type"
                self.record.emit(pointer, "response-removed", True, message, site)
            elif status not in old_responses:
                pointer = join(operation_new.pointer, "responses", status)
                self.record.emit(pointer, "response-added", False, f"new response {status}", site)
            else:
                old = deref(self.old, operation_old.child("responses", status))
                new = deref(self.new, operation_new.child("responses", status))
                self.content(site, "response", old, new)
                self.headers(site, old, new)

    def content(self, site: Site, direction: Direction, old: Node, new: Node) -> None:
        old_content: dict[str, Any] = old.get("content") or {}
        new_content: dict[str, Any] = new.get("content") or {}
        for media in _keys(old_content, new_content):
            media_site = Site(site.operation, f"{site.part} ({media})")
            if media not in new_content:
                pointer = join(old.pointer, "content", media)
                self.record.emit(pointer, "media-type-removed", True, f"media type {media} removed", media_site)
            elif media not in old_content:
                pointer = join(new.pointer, "content", media)
                self.record.emit(pointer, "media-type-added", False, f"new media type {media}", media_site)
            elif "schema" in old_content[media] and "schema" in new_content[media]:
                old_schema, new_schema = old.child("content", media, "schema"), new.child("content", media, "schema")
                self.schemas.compare(media_site, direction, old_schema, new_schema)

    def headers(self, site: Site, old: Node, new: Node) -> None:
        old_headers: dict[str, Any] = old.get("headers") or {}
        new_headers: dict[str, Any] = new.get("headers") or {}
        for name in _keys(old_headers, new_headers):
            header_site = Site(site.operation, f"{site.part} header `{name}`")
            if name not in new_headers:
                pointer = join(old.pointer, "headers", name)
                self.record.emit(pointer, "header-removed", True, f"response header `{name}` removed", header_site)
            elif name not in old_headers:
                pointer = join(new.pointer, "headers", name)
                self.record.emit(pointer, "header-added", False, f"new response header `{name}`", header_site)
            else:
                old_header = deref(self.old, old.child("headers", name))
                new_header = deref(self.new, new.child("headers", name))
                if "schema" in old_header.value and "schema" in new_header.value:
                    old_schema, new_schema = old_header.child("schema"), new_header.child("schema")
                    self.schemas.compare(header_site, "response", old_schema, new_schema)

    def component_schemas(self) -> None:
        """Each component schema is a class of the generated models package: removing one breaks importers."""
        old_schemas: dict[str, Any] = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas: dict[str, Any] = (self.new.get("components") or {}).get("schemas") or {}
        for name in _keys(old_schemas, new_schemas):
            pointer = join("/components/schemas", name)
            if name not in new_schemas:
                message = f"schema `{name}` removed or renamed: the models package no longer has that class"
                self.record.emit(pointer, "component-removed", True, message)
            elif name not in old_schemas:
                self.record.emit(pointer, "component-added", False, f"new schema `{name}`")

    def servers(self) -> None:
        old = [server.get("url") for server in self.old.get("servers") or []]
        new = [server.get("url") for server in self.new.get("servers") or []]
        if old != new:
            self.record.emit(
                "/servers", "servers-changed", False, f"server URLs changed from {show(old)} to {show(new)}"
            )
