"""The project's own lint rules: each one guards a convention the generators, the mock or consumers rely on.

A rule is a function `(spec) -> findings`, registered under a name with `@rule`. `RULES` lists them in
order; `run(spec)` applies them all. The conventions come from the toolchain findings
(`../shared/toolchain.md`); each rule's docstring says what breaks without it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from scripts import client_extensions, list_accessors, pointers, schema_walk
from scripts.example_files import check as check_example_files
from scripts.findings import Finding
from scripts.schema_validation import SchemaValidators
from scripts.specs import Spec

RuleFunction = Callable[[Spec], Iterable[Finding]]
RULES: dict[str, RuleFunction] = {}

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# A property is money-like when the last word of its name is one of these.
MONEY_WORDS = frozenset(
    {
        "amount",
        "balance",
        "basis",
        "cash",
        "commission",
        "cost",
        "credits",
        "debits",
        "equity",
        "excess",
        "fee",
        "gain",
        "liquidity",
        "loss",
        "margin",
        "multiplier",
        "notional",
        "pct",
        "percent",
        "pl",
        "pnl",
        "power",
        "price",
        "proceeds",
        "profit",
        "quantity",
        "qty",
        "rate",
        "requirement",
        "usage",
        "value",
    }
)
_ALLOWED_REF_SIBLINGS = frozenset({"$ref", "description", "summary", "deprecated", "examples", "readOnly", "writeOnly"})
_OPENAPI30_ONLY = ("nullable", "example")


def rule(name: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a lint rule under `name`."""

    def register(function: RuleFunction) -> RuleFunction:
        RULES[name] = function
        return function

    return register


def run(spec: Spec) -> list[Finding]:
    """Every finding of every rule, sorted by place."""
    return sorted(finding for check in RULES.values() for finding in check(spec))


@rule("operation-id")
def operation_ids(spec: Spec) -> Iterator[Finding]:
    """Every operation has a unique snake_case operationId: it names the generated client module."""
    seen: dict[str, str] = {}
    for op in spec.operations():
        op_id = op.operation_id
        if op_id is None:
            yield spec.finding(op.pointer, "operation-id", "operation has no operationId")
        elif not SNAKE_CASE.match(op_id):
            yield spec.finding(pointers.join(op.pointer, "operationId"), "operation-id", f"{op_id!r} is not snake_case")
        elif op_id in seen:
            yield spec.finding(
                pointers.join(op.pointer, "operationId"), "operation-id", f"{op_id!r} is also used by {seen[op_id]}"
            )
        else:
            seen[op_id] = f"{op.method.upper()} {op.path}"


@rule("operation-summary")
def operation_summaries(spec: Spec) -> Iterator[Finding]:
    """Every operation has a summary: it is the title on the reference page and in the client docstring."""
    for op in spec.operations():
        if not str(op.definition.get("summary") or "").strip():
            yield spec.finding(op.pointer, "operation-summary", "operation has no summary")


@rule("operation-tag")
def operation_tags(spec: Spec) -> Iterator[Finding]:
    """Every operation has a tag declared (with a description) at the top level: it groups the client API."""
    declared = {t.get("name"): t for t in spec.document.get("tags") or [] if isinstance(t, dict)}
    for name, tag in declared.items():
        if not str(tag.get("description") or "").strip():
            yield spec.finding("/tags", "operation-tag", f"tag {name!r} has no description")
    for op in spec.operations():
        tags = op.definition.get("tags") or []
        if not tags:
            yield spec.finding(op.pointer, "operation-tag", "operation has no tag")
        for index, name in enumerate(tags):
            if name not in declared:
                yield spec.finding(
                    pointers.join(op.pointer, "tags", index), "operation-tag", f"tag {name!r} is not declared in /tags"
                )


@rule("operation-responses")
def operation_responses(spec: Spec) -> Iterator[Finding]:
    """Every operation documents a success and at least one error response."""
    for op in spec.operations():
        codes = [str(code) for code in op.definition.get("responses") or {}]
        where = pointers.join(op.pointer, "responses")
        if not any(code.startswith("2") for code in codes):
            yield spec.finding(where, "operation-responses", "no success (2XX) response")
        if not any(code[0] in "45" for code in codes):
            yield spec.finding(where, "operation-responses", "no documented error (4XX or 5XX) response")


@rule("security-defined")
def security_defined(spec: Spec) -> Iterator[Finding]:
    """Every security requirement names a scheme declared in components/securitySchemes."""
    schemes = spec.document.get("components", {}).get("securitySchemes") or {}
    places = [("/security", spec.document.get("security"))] + [
        (pointers.join(op.pointer, "security"), op.definition.get("security")) for op in spec.operations()
    ]
    for where, requirements in places:
        for index, requirement in enumerate(requirements or []):
            for name in requirement:
                if name not in schemes:
                    yield spec.finding(
                        pointers.join(where, index), "security-defined", f"security scheme {name!r} is not declared"
                    )


@rule("component-unused")
def unused_components(spec: Spec) -> Iterator[Finding]:
    """Every component is reachable from the paths (or, for security schemes, from a requirement)."""
    document = spec.document
    reachable: set[str] = set()
    pending = list(_refs_in(document.get("paths") or {}))
    while pending:
        target = pending.pop()
        if target in reachable:
            continue
        reachable.add(target)
        pending.extend(_refs_in(spec.resolve(target)))
    used_schemes = {
        name
        for requirements in [document.get("security")] + [op.definition.get("security") for op in spec.operations()]
        for requirement in requirements or []
        for name in requirement
    }
    for kind, members in (document.get("components") or {}).items():
        for name in members or {}:
            ref = "#" + pointers.join("/components", kind, name)
            used = name in used_schemes if kind == "securitySchemes" else ref in reachable
            if not used:
                yield spec.finding(ref[1:], "component-unused", f"{kind}/{name} is never referenced")


def _refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs_in(item)


@rule("openapi31-keywords")
def openapi30_keywords(spec: Spec) -> Iterator[Finding]:
    """No OpenAPI 3.0 schema keywords: 3.1 tools ignore `nullable` silently and disagree on `example`."""
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        for keyword in _OPENAPI30_ONLY:
            if keyword in schema:
                hint = (
                    "use type: [..., 'null'] or oneOf with {type: 'null'}"
                    if keyword == "nullable"
                    else "use examples: [...]"
                )
                yield spec.finding(
                    pointers.join(pointer, keyword), "openapi31-keywords", f"3.0 keyword {keyword!r}: {hint}"
                )
        for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
            if isinstance(schema.get(keyword), bool):
                yield spec.finding(
                    pointers.join(pointer, keyword),
                    "openapi31-keywords",
                    f"boolean {keyword} is 3.0; give the bound as a number",
                )


@rule("ref-siblings")
def ref_siblings(spec: Spec) -> Iterator[Finding]:
    """A `$ref` carries only annotations beside it: a `type` sibling loses nullability in the client (P4)."""
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        if "$ref" in schema:
            extra = sorted(set(schema) - _ALLOWED_REF_SIBLINGS)
            if extra:
                yield spec.finding(
                    pointer, "ref-siblings", f"$ref has sibling keywords {extra}; wrap in oneOf/allOf instead"
                )


@rule("required-declared")
def required_declared(spec: Spec) -> Iterator[Finding]:
    """Every name in `required` is a declared property, where the schema declares properties and either
    admits no others (`additionalProperties: false`) or the name is a near miss of a declared one.

    Otherwise a typo in `required` passes every validator (the property is simply never required) and
    both generated packages make the real property optional.
    """
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        required, properties = schema.get("required"), schema.get("properties")
        if not isinstance(required, list) or not isinstance(properties, dict):
            continue
        declared = set(properties) | _declared_in_parts(spec, schema)
        closed = schema.get("additionalProperties") is False or schema.get("unevaluatedProperties") is False
        for index, name in enumerate(required):
            if not isinstance(name, str) or name in declared or _matches_a_pattern(schema, name):
                continue
            near = difflib.get_close_matches(name, sorted(declared), n=1, cutoff=0.8) or sorted(
                other for other in declared if _squashed(other) == _squashed(name)
            )
            hint = f": did you mean {near[0]!r}?" if near else ""
            if closed or near:
                admits = ", and the schema admits no other" if closed else ""
                yield spec.finding(
                    pointers.join(pointer, "required", index),
                    "required-declared",
                    f"required {name!r} is not a declared property{admits}{hint}",
                )


def _declared_in_parts(spec: Spec, schema: dict[str, Any]) -> set[str]:
    """Property names declared by the schema's allOf/anyOf/oneOf parts, through `$ref`s and nested parts."""
    names: set[str] = set()
    pending = [part for key in ("allOf", "anyOf", "oneOf") for part in schema.get(key) or []]
    seen: set[int] = set()
    while pending:
        part = pending.pop()
        if isinstance(part, dict) and isinstance(part.get("$ref"), str):
            part = _resolved_or_none(spec, part["$ref"])
        if not isinstance(part, dict) or id(part) in seen:
            continue
        seen.add(id(part))
        names |= set(part.get("properties") or {})
        pending += [sub for key in ("allOf", "anyOf", "oneOf") for sub in part.get(key) or []]
    return names


def _resolved_or_none(spec: Spec, ref: str) -> Any:
    try:
        return spec.resolve(ref)
    except KeyError:
        return None


def _matches_a_pattern(schema: dict[str, Any], name: str) -> bool:
    for pattern in schema.get("patternProperties") or {}:
        try:
            if re.search(pattern, name):
                return True
        except re.error:
            continue
    return False


def _squashed(name: str) -> str:
    """A name without case, `_` or `-`: `accountId` and `account_id` squash alike."""
    return re.sub(r"[_-]", "", name).lower()


@rule("enum-component")
def enum_components(spec: Spec) -> Iterator[Finding]:
    """Enums are named components, never contain null, and name non-identifier values with x-enum-varnames.

    Inline enums get different class names from the two generators; `null` in an enum makes opc emit
    duplicate classes (P6); a value like `-market_value` becomes `VALUE_2` without x-enum-varnames (P7).
    """
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        values = schema.get("enum")
        if not isinstance(values, list):
            continue
        if not re.fullmatch(r"/components/schemas/[^/]+", pointer):
            yield spec.finding(pointer, "enum-component", "inline enum: make it a named component and $ref it")
        if None in values:
            yield spec.finding(pointer, "enum-component", "enum contains null: use oneOf [$ref Enum, {type: 'null'}]")
        names = schema.get("x-enum-varnames")
        if names is not None and len(names) != len(values):
            yield spec.finding(pointer, "enum-component", "x-enum-varnames must name every enum value, in order")
        elif names is None and not all(isinstance(v, str) and IDENTIFIER.match(v) for v in values if v is not None):
            yield spec.finding(pointer, "enum-component", "enum values that are not identifiers need x-enum-varnames")
        legacy = schema.get("x-legacy-values") or []
        for value in legacy:
            if value not in values:
                yield spec.finding(pointer, "enum-component", f"x-legacy-values lists {value!r}, which is not in enum")


@rule("discriminator-tags")
def discriminator_tags(spec: Spec) -> Iterator[Finding]:
    """Each variant of a discriminated oneOf requires its tag and pins it to values no other variant accepts.

    The generated client ignores `discriminator` and tries variants in order (P3): only the tag's
    `const` or `enum` stops a variant from accepting another variant's body, so every variant pins
    its tag and the pinned value sets are pairwise disjoint (one variant may own several values,
    e.g. `enum: [C, M, D]`). The models build a tagged union from `mapping` instead, so each mapped
    value must be one that its target variant pins; otherwise the two packages pick different classes.
    """
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict):
            continue
        tag = str(discriminator.get("propertyName"))
        keyword = "oneOf" if "oneOf" in schema else "anyOf"
        variants = schema.get(keyword) or []
        pinned: list[frozenset[Any] | None] = []
        for index, variant in enumerate(variants):
            required, tag_schemas = _tag_constraints(spec, variant, tag)
            where = pointers.join(pointer, keyword, index)
            values = _pinned_values(tag_schemas)
            pinned.append(values)
            if tag not in required:
                yield spec.finding(where, "discriminator-tags", f"variant does not require the tag {tag!r}")
            if values is None:
                yield spec.finding(where, "discriminator-tags", f"variant does not pin {tag!r} with const or enum")
                continue
            for earlier, earlier_values in enumerate(pinned[:-1]):
                shared = values & (earlier_values or frozenset())
                if shared:
                    yield spec.finding(
                        where,
                        "discriminator-tags",
                        f"variant pins {tag!r} values {sorted(map(str, shared))} that variant {earlier} also accepts",
                    )
        refs = [variant.get("$ref") if isinstance(variant, dict) else None for variant in variants]
        pinned_by_ref = dict(zip(refs, pinned, strict=True))
        yield from _mapping_findings(spec, pointers.join(pointer, "discriminator"), pinned_by_ref)


def _pinned_values(tag_schemas: list[dict[str, Any]]) -> frozenset[Any] | None:
    """The tag values every constraining schema allows (const or enum), or None when none constrains it."""
    allowed: frozenset[Any] | None = None
    for tag_schema in tag_schemas:
        if "const" in tag_schema:
            values = frozenset(map(_hashable, [tag_schema["const"]]))
        elif isinstance(tag_schema.get("enum"), list):
            values = frozenset(map(_hashable, tag_schema["enum"]))
        else:
            continue
        allowed = values if allowed is None else allowed & values
    return allowed


def _hashable(value: Any) -> Any:
    """A tag value usable in a set: objects and arrays (never sensible tags) by their text."""
    return repr(value) if isinstance(value, (dict, list)) else value


def _mapping_findings(spec: Spec, pointer: str, pinned_by_ref: dict[Any, frozenset[Any] | None]) -> Iterator[Finding]:
    """Each `mapping` entry (of the discriminator at `pointer`) names a variant that pins the mapped value."""
    mapping = pointers.resolve(spec.document, pointer).get("mapping") or {}
    for value, target in mapping.items():
        where = pointers.join(pointer, "mapping", value)
        if target not in pinned_by_ref:
            yield spec.finding(where, "discriminator-tags", f"mapping names {target!r}, which is not a variant")
            continue
        values = pinned_by_ref[target]
        if values is not None and value not in values:
            yield spec.finding(
                where,
                "discriminator-tags",
                f"mapping sends {value!r} to {target!r}, whose tag allows only {sorted(map(str, values))}",
            )


def _tag_constraints(spec: Spec, variant: Any, tag: str) -> tuple[set[str], list[dict[str, Any]]]:
    """The required names and the schemas of property `tag` that apply to `variant` (through refs and allOf)."""
    if not isinstance(variant, dict):
        return set(), []
    if isinstance(variant.get("$ref"), str):
        return _tag_constraints(spec, spec.resolve(variant["$ref"]), tag)
    required = set(variant.get("required") or [])
    prop = (variant.get("properties") or {}).get(tag)
    tag_schemas = []
    if isinstance(prop, dict):
        tag_schemas.append(spec.resolve(prop["$ref"]) if isinstance(prop.get("$ref"), str) else prop)
    for part in variant.get("allOf") or []:
        more_required, more_schemas = _tag_constraints(spec, part, tag)
        required |= more_required
        tag_schemas += more_schemas
    return required, tag_schemas


@rule("decimal-format")
def decimal_format(spec: Spec) -> Iterator[Finding]:
    """Amounts are exact: no binary numbers, and decimals come from one named component per wire form.

    `type: number` must say `format: decimal` (else a generator may use float). `format: decimal` may
    only stand on a component schema, which fields $ref: the generated models map that component to
    an exact Decimal type, which an inline schema would not get.
    """
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        types = schema.get("type")
        type_set = _type_names(types)
        if "number" in type_set and schema.get("format") != "decimal":
            yield spec.finding(pointer, "decimal-format", "type number without format: decimal (amounts must be exact)")
        if schema.get("format") == "decimal":
            if not re.fullmatch(r"/components/schemas/[^/]+", pointer):
                yield spec.finding(
                    pointer, "decimal-format", "inline format: decimal: $ref a decimal component instead"
                )
            if "string" in type_set and not schema.get("pattern"):
                yield spec.finding(pointer, "decimal-format", "a decimal string needs a pattern")


def _type_names(types: Any) -> set[str]:
    """A schema's `type` as a set of names (a malformed `type`, which osv does not check everywhere, is none)."""
    return {t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


@rule("money-decimal")
def money_decimal(spec: Spec) -> Iterator[Finding]:
    """Money-like properties (names ending in price, cash, pnl, quantity, ...) are decimals, never plain text."""
    for pointer, schema in schema_walk.iter_schemas(spec.document):
        for name, prop in (schema.get("properties") or {}).items():
            if last_word(name) in MONEY_WORDS and _plain_scalar(spec, prop):
                yield spec.finding(
                    pointers.join(pointer, "properties", name),
                    "money-decimal",
                    f"money-like property {name!r} must $ref a decimal component (format: decimal)",
                )


def last_word(name: str) -> str:
    """The last word of a camelCase, PascalCase or snake_case name, lower-cased: `AskPriceDisplay` → `display`."""
    words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)
    return words[-1].lower() if words else name.lower()


def _plain_scalar(spec: Spec, schema: Any) -> bool:
    """True when the schema is a string or number that is neither a decimal nor an enum nor a const."""
    if not isinstance(schema, dict):
        return False
    if isinstance(schema.get("$ref"), str):
        return _plain_scalar(spec, spec.resolve(schema["$ref"]))
    variants = [v for v in schema.get("oneOf") or schema.get("anyOf") or [] if v != {"type": "null"}]
    if variants:
        return any(_plain_scalar(spec, v) for v in variants)
    types = schema.get("type")
    type_set = _type_names(types)
    if schema.get("format") == "decimal" or "enum" in schema or "const" in schema:
        return False
    return bool(type_set & {"string", "number"}) and not schema.get("format")


@rule("list-accessor")
def list_accessor(spec: Spec) -> Iterator[Finding]:
    """An `x-list-accessor` names a method and a path that lead to one-or-many items both generators can type."""
    for problem in list_accessors.parse_all(spec.document)[1]:
        yield spec.finding(problem.pointer, "list-accessor", str(problem))


@rule("retry-safe")
def retry_safe(spec: Spec) -> Iterator[Finding]:
    """Every operation but a GET declares `x-retry-safe`: the client repeats only what is safe to repeat."""
    for problem in client_extensions.retry_safety_problems(spec.document):
        yield spec.finding(problem.pointer, "retry-safe", str(problem))


@rule("quota-signal")
def quota_signal(spec: Spec) -> Iterator[Finding]:
    """An `x-quota-signal` sits on an error response and names one of its media types and a valid pattern."""
    for problem in client_extensions.quota_signal_problems(spec.document):
        yield spec.finding(problem.pointer, "quota-signal", str(problem))


@rule("request-id")
def request_id(spec: Spec) -> Iterator[Finding]:
    """`x-request-id` names a header and/or a property path that some JSON response body has."""
    for problem in client_extensions.request_id_problems(spec.document):
        yield spec.finding(problem.pointer, "request-id", str(problem))


@rule("pagination")
def pagination(spec: Spec) -> Iterator[Finding]:
    """`x-pagination` names the operation's query parameters and paths its success body has (items, next)."""
    for problem in client_extensions.pagination_problems(spec.document):
        yield spec.finding(problem.pointer, "pagination", str(problem))


@rule("example-valid")
def examples_valid(spec: Spec) -> Iterator[Finding]:
    """Every example in the spec validates against its schema (neither validator checks this, P18)."""
    validators = SchemaValidators(spec.document)
    for site in schema_walk.iter_examples(spec.document):
        for error in validators.errors(site.schema_pointer, site.value):
            yield spec.finding(
                site.pointer + error.instance_pointer,
                "example-valid",
                f"example does not match {site.schema_pointer}: {error}",
            )


@rule("example-files")
def example_files(spec: Spec) -> Iterable[Finding]:
    """Vendor bodies kept in examples/ are listed in the manifest and validate as it says."""
    return check_example_files(spec)
