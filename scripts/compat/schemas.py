"""Compare two versions of a schema as data written by callers (`request`) or read by consumers (`response`)."""

from __future__ import annotations

from typing import Any

from scripts.compat.changes import Direction, Node, Recorder, Site, deref, show
from scripts.pointers import join

_ANNOTATIONS = frozenset(
    {"description", "title", "summary", "examples", "example", "deprecated", "readOnly", "writeOnly", "default"}
)
# Numeric bounds: keyword -> True when a larger value accepts less (a lower bound).
_BOUNDS = {
    "minimum": True,
    "exclusiveMinimum": True,
    "minLength": True,
    "minItems": True,
    "minProperties": True,
    "maximum": False,
    "exclusiveMaximum": False,
    "maxLength": False,
    "maxItems": False,
    "maxProperties": False,
}
# Constraints whose values cannot be ordered: adding one narrows, removing one widens, changing one breaks.
_OPAQUE = ("pattern", "multipleOf", "uniqueItems")
_COMPOSITIONS = ("oneOf", "anyOf", "allOf")

Seen = frozenset[tuple[str, str]]


def _types(schema: Node) -> frozenset[str]:
    value = schema.get("type")
    types = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return frozenset(t for t in types if t != "null")


def _is_null(schema: Node) -> bool:
    return schema.get("type") in ("null", ["null"]) or (
        isinstance(schema.value, dict) and schema.get("const", 0) is None
    )


class SchemaComparer:
    """Walks an old and a new schema side by side, following `$ref`s, recording changes."""

    def __init__(self, recorder: Recorder, old_document: dict[str, Any], new_document: dict[str, Any]) -> None:
        self.record = recorder
        self.old_document = old_document
        self.new_document = new_document

    def compare(self, site: Site, direction: Direction, old: Node, new: Node, seen: Seen = frozenset()) -> None:
        """Record every change from `old` to `new` met at `site`."""
        old, new = deref(self.old_document, old), deref(self.new_document, new)
        if (old.pointer, new.pointer) in seen:
            return
        seen = seen | {(old.pointer, new.pointer)}
        if not isinstance(old.value, dict) or not isinstance(new.value, dict):
            if old.value != new.value:
                message = f"schema changed from {show(old.value)} to {show(new.value)}"
                self.record.emit(new.pointer, "type-changed", True, message, site)
            return
        self._nullability(site, direction, old, new)
        old_variants, new_variants = self._variants(self.old_document, old), self._variants(self.new_document, new)
        if len(old_variants) == 1 and len(new_variants) == 1:
            if (old_variants[0].pointer, new_variants[0].pointer) == (old.pointer, new.pointer):
                self._core(site, direction, old, new, seen)
            else:
                self.compare(site, direction, old_variants[0], new_variants[0], seen)
        else:
            self._variant_changes(site, direction, old_variants, new_variants, seen)

    def _core(self, site: Site, direction: Direction, old: Node, new: Node, seen: Seen) -> None:
        """Compare two schemas that are not bare compositions: type first, then every keyword and child."""
        old_types, new_types = _types(old), _types(new)
        if old_types != new_types:
            before, after = "/".join(sorted(old_types)) or "untyped", "/".join(sorted(new_types)) or "untyped"
            message = f"type changed from {before} to {after}"
            self.record.emit(join(new.pointer, "type"), "type-changed", True, message, site)
            return
        self._keywords(site, direction, old, new)
        self._properties(site, direction, old, new, seen)
        self._additional_properties(site, direction, old, new, seen)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare(site.at("[]"), direction, old.child("items"), new.child("items"), seen)
        for keyword in _COMPOSITIONS:
            self._composition(site, direction, keyword, old, new, seen=seen)

    # -- nullability -------------------------------------------------------------------------------

    def _nullable(self, document: dict[str, Any], schema: Node) -> bool:
        """`type: [X, 'null']`, a null `oneOf`/`anyOf` branch, or `null` in `enum`."""
        types = schema.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types):
            return True
        if None in (schema.get("enum") or []):
            return True
        return any(
            _is_null(deref(document, schema.child(keyword, index)))
            for keyword in ("oneOf", "anyOf")
            for index in range(len(schema.get(keyword) or []))
        )

    def _nullability(self, site: Site, direction: Direction, old: Node, new: Node) -> None:
        old_nullable, new_nullable = self._nullable(self.old_document, old), self._nullable(self.new_document, new)
        if old_nullable == new_nullable:
            return
        self.record.by_direction(
            direction,
            new.pointer,
            "nullable-changed",
            site,
            request=(False, "now accepts null")
            if new_nullable
            else (True, "no longer accepts null: callers that send null break"),
            response=(True, "may now be null: readers that expect a value break")
            if new_nullable
            else (False, "is never null any more"),
        )

    def _branches(self, document: dict[str, Any], schema: Node, keyword: str) -> list[Node]:
        """The non-null branches of a composition keyword, `$ref`s followed."""
        branches = (deref(document, schema.child(keyword, i)) for i in range(len(schema.get(keyword) or [])))
        return [branch for branch in branches if not _is_null(branch)]

    def _variants(self, document: dict[str, Any], schema: Node) -> list[Node]:
        """What a schema stands for: the non-null branches of a bare `oneOf`/`anyOf` (annotations aside),
        the one member of a bare `allOf`, or else the schema itself."""
        for keyword in _COMPOSITIONS:
            if keyword in schema.value and not set(schema.value) - _ANNOTATIONS - {keyword}:
                branches = self._branches(document, schema, keyword)
                if branches and (keyword != "allOf" or len(branches) == 1):
                    return branches
        return [schema]

    # -- keywords of one schema --------------------------------------------------------------------

    def _keywords(self, site: Site, direction: Direction, old: Node, new: Node) -> None:
        if old.get("format") != new.get("format"):
            message = f"format changed from {show(old.get('format'))} to {show(new.get('format'))}"
            self.record.emit(join(new.pointer, "format"), "format-changed", True, message, site)
        if old.get("const", ...) != new.get("const", ...):
            self.record.emit(join(new.pointer, "const"), "const-changed", True, "const value changed", site)
        if (old.get("discriminator") or {}) != (new.get("discriminator") or {}):
            message = "discriminator changed: variants are told apart differently"
            self.record.emit(join(new.pointer, "discriminator"), "discriminator-changed", True, message, site)
        self._enum(site, direction, old, new)
        self._bounds(site, direction, old, new)
        self.record.deprecation(old, new, site)
        self.record.description(old, new, site)

    def _enum(self, site: Site, direction: Direction, old: Node, new: Node) -> None:
        pointer = join(new.pointer, "enum")
        if "enum" not in old.value or "enum" not in new.value:
            if "enum" in old.value or "enum" in new.value:
                narrowed = "enum" in new.value
                text = "enum " + ("added" if narrowed else "removed")
                self.record.limit(direction, pointer, site, narrowed=narrowed, text=text)
            return
        old_values = {show(v): v for v in old.value["enum"] if v is not None}
        new_values = {show(v): v for v in new.value["enum"] if v is not None}
        added = ", ".join(k for k in new_values if k not in old_values)
        removed = ", ".join(k for k in old_values if k not in new_values)
        if added:
            self.record.by_direction(
                direction,
                pointer,
                "enum-values-added",
                site,
                request=(False, f"now accepts {added}"),
                response=(True, f"may now send {added}: readers with a closed enum fail on it"),
            )
        if removed:
            self.record.by_direction(
                direction,
                pointer,
                "enum-values-removed",
                site,
                request=(True, f"no longer accepts {removed}: callers that send it break"),
                response=(False, f"no longer sends {removed}"),
            )

    def _bounds(self, site: Site, direction: Direction, old: Node, new: Node) -> None:
        for keyword, lower in _BOUNDS.items():
            before, after = old.get(keyword), new.get(keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            if before is None or after is None:
                narrowed = before is None
            else:
                narrowed = after > before if lower else after < before
            text = f"{keyword} {show(before)} → {show(after)}"
            self.record.limit(direction, join(new.pointer, keyword), site, narrowed=narrowed, text=text)
        for keyword in _OPAQUE:
            before, after = (None if v is False else v for v in (old.get(keyword), new.get(keyword)))
            if before == after:
                continue
            text = f"{keyword} {show(before)} → {show(after)}"
            if before is None or after is None:
                self.record.limit(direction, join(new.pointer, keyword), site, narrowed=before is None, text=text)
            else:
                message = f"{text}: values are checked differently"
                self.record.emit(join(new.pointer, keyword), "constraint-changed", True, message, site)

    # -- children ----------------------------------------------------------------------------------

    def _properties(self, site: Site, direction: Direction, old: Node, new: Node, seen: Seen) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in [*old_props, *(p for p in new_props if p not in old_props)]:
            child = site.at(name)
            if name not in new_props:
                self.record.by_direction(
                    direction,
                    join(old.pointer, "properties", name),
                    "property-removed",
                    child,
                    request=(True, f"property `{name}` removed: callers that send it break"),
                    response=(True, f"property `{name}` removed: readers that use it break"),
                )
            elif name not in old_props:
                required = name in new_required
                self.record.by_direction(
                    direction,
                    join(new.pointer, "properties", name),
                    "property-added",
                    child,
                    request=(True, f"new required property `{name}`: existing callers do not send it")
                    if required
                    else (False, f"new optional property `{name}`"),
                    response=(False, f"new property `{name}`"),
                )
            else:
                if (name in old_required) != (name in new_required):
                    self._required_changed(child, direction, join(new.pointer, "required"), name, name in new_required)
                self.compare(child, direction, old.child("properties", name), new.child("properties", name), seen)

    def _required_changed(self, site: Site, direction: Direction, pointer: str, name: str, required: bool) -> None:
        self.record.by_direction(
            direction,
            pointer,
            "property-required-changed",
            site,
            request=(True, f"`{name}` is now required: callers that omit it break")
            if required
            else (False, f"`{name}` is now optional"),
            response=(False, f"`{name}` is now always sent")
            if required
            else (True, f"`{name}` may now be absent: readers that expect it break"),
        )

    def _additional_properties(self, site: Site, direction: Direction, old: Node, new: Node, seen: Seen) -> None:
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(before, dict) and isinstance(after, dict):
            self.compare(
                site.at("*"), direction, old.child("additionalProperties"), new.child("additionalProperties"), seen
            )
        elif (before is False) != (after is False):
            text = f"additionalProperties {show(before)} → {show(after)}"
            pointer = join(new.pointer, "additionalProperties")
            self.record.limit(direction, pointer, site, narrowed=after is False, text=text)

    def _composition(self, site: Site, direction: Direction, keyword: str, old: Node, new: Node, *, seen: Seen) -> None:
        """`oneOf`/`anyOf` beside other keywords compare branch by branch; `allOf` members narrow or widen."""
        if keyword not in old.value and keyword not in new.value:
            return
        old_branches = self._branches(self.old_document, old, keyword)
        new_branches = self._branches(self.new_document, new, keyword)
        if keyword != "allOf":
            self._variant_changes(site, direction, old_branches, new_branches, seen)
            return
        pairs, added, removed = _match(old_branches, new_branches)
        for old_branch, new_branch in pairs:
            self.compare(site, direction, old_branch, new_branch, seen)
        for branch, is_new in [*((b, True) for b in added), *((b, False) for b in removed)]:
            text = f"allOf member {branch.pointer} {'added' if is_new else 'removed'}"
            self.record.limit(direction, branch.pointer, site, narrowed=is_new, text=text)

    def _variant_changes(self, site: Site, direction: Direction, old: list[Node], new: list[Node], seen: Seen) -> None:
        """Alternatives (`oneOf`/`anyOf` branches): a new one breaks readers, a removed one breaks callers."""
        pairs, added, removed = _match(old, new)
        for old_branch, new_branch in pairs:
            self.compare(site, direction, old_branch, new_branch, seen)
        for branch in added:
            self.record.by_direction(
                direction,
                branch.pointer,
                "variant-added",
                site,
                request=(False, f"accepts a new alternative {branch.pointer}"),
                response=(True, f"may send a new alternative {branch.pointer}: readers must handle it"),
            )
        for branch in removed:
            self.record.by_direction(
                direction,
                branch.pointer,
                "variant-removed",
                site,
                request=(True, f"no longer accepts the alternative {branch.pointer}: callers that send it break"),
                response=(False, f"no longer sends the alternative {branch.pointer}"),
            )


def _is_named(branch: Node) -> bool:
    return branch.pointer.count("/") == 3 and branch.pointer.startswith("/components/schemas/")


def _match(old: list[Node], new: list[Node]) -> tuple[list[tuple[Node, Node]], list[Node], list[Node]]:
    """Pair alternatives: a named component schema with itself, inline ones by position."""
    named_old = {b.pointer: b for b in old if _is_named(b)}
    named_new = {b.pointer: b for b in new if _is_named(b)}
    inline_old = [b for b in old if not _is_named(b)]
    inline_new = [b for b in new if not _is_named(b)]
    pairs = [(b, named_new[p]) for p, b in named_old.items() if p in named_new]
    pairs += list(zip(inline_old, inline_new, strict=False))
    added = [b for p, b in named_new.items() if p not in named_old] + inline_new[len(inline_old) :]
    removed = [b for p, b in named_old.items() if p not in named_new] + inline_old[len(inline_new) :]
    return pairs, added, removed
