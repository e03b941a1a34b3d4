"""ETNA's list queries as the mock reads them: the `filter` language, and sorting by a named property.

A filter is a condition over an item's properties, as ETNA documents it: comparisons (`=`, `!=`, `<`,
`<=`, `>`, `>=`), `in (…)` and `between … and …`, joined by `and` / `or`, negated with `not`, grouped
with parentheses; strings are quoted with `'`, dates with `#`, enum values are their integer codes
(`Status in (0,1,4,5,7)`, `Symbol = 'AAPL' and CreateDate >= #2019-03-13T18:31:42#`). Each property's
kind (number, date-time, enum with its names in code order, string, boolean) is read from the item's
schema in the spec, so comparisons and sorting follow the values, not their text.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from broker_contracts_mock.instants import instant

Row = Mapping[str, Any]
Predicate = Callable[[Row], bool]

_TOKEN = re.compile(
    r"\s*(?:(?P<number>[+-]?[0-9]+(?:\.[0-9]+)?)(?![A-Za-z_])|'(?P<string>(?:[^']|'')*)'|#(?P<date>[^#]*)#"
    r"|(?P<op><=|>=|!=|<>|==|=|<|>)|(?P<punct>[(),])|(?P<word>[A-Za-z_][A-Za-z0-9_]*))"
)
_INTEGER = re.compile(r"[+-]?[0-9]+")
# How deeply `not` and parentheses may nest in a filter (ETNA's examples nest one level).
MAX_NESTING = 32
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq, "==": operator.eq, "!=": operator.ne, "<>": operator.ne,
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip


@dataclass(frozen=True)
class Property:
    """A property of a list item: its kind, and for an enum its names in the order of their codes."""

    name: str
    kind: str
    names: tuple[str, ...] = ()

    def typed(self, value: Any) -> Any:
        """The comparable value of what a row carries (None when the row leaves the property out)."""
        if value is None or self.kind in ("boolean", "other"):
            return value
        if self.kind == "number":
            return Decimal(value)
        if self.kind == "date-time":
            return instant(value)
        if self.kind == "enum":
            return value if isinstance(value, int) else self.names.index(value)
        return str(value).casefold()

    def literal(self, kind: str, text: str) -> Any:
        """A filter literal as a value comparable with `typed`; ValueError when it cannot be one."""
        if kind == "word" and text.lower() == "null":
            return None
        convert = _LITERALS.get((self.kind, kind))
        if convert is None:
            raise ValueError(f"{text!r} cannot be compared with {self.name} ({self.kind})")
        return convert(self, text)

    def code(self, text: str) -> int:
        """The integer code of an enum value given by name or by code."""
        if _INTEGER.fullmatch(text):
            return int(text)
        folded = [name.casefold() for name in self.names]
        if text.casefold() not in folded:
            raise ValueError(f"{text!r} is not a value of {self.name}")
        return folded.index(text.casefold())


def _boolean(prop: Property, text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError(f"{text!r} is not a value of {prop.name}")
    return text.lower() == "true"


_LITERALS: dict[tuple[str, str], Callable[[Property, str], Any]] = {
    ("number", "number"): lambda prop, text: Decimal(text),
    ("enum", "number"): Property.code,
    ("enum", "string"): Property.code,
    ("date-time", "date"): lambda prop, text: instant(text),
    ("date-time", "string"): lambda prop, text: instant(text),
    ("string", "string"): lambda prop, text: text.casefold(),
    ("boolean", "word"): _boolean,
}


def properties(schema: Mapping[str, Any]) -> dict[str, Property]:
    """The properties of an item schema (its `allOf` parts merged), by case-folded name."""
    found: dict[str, Property] = {}
    for part in [schema, *(schema.get("allOf") or [])]:
        for name, sub in (part.get("properties") or {}).items():
            found[name.casefold()] = _property(name, sub)
    return found


def _property(name: str, schema: Mapping[str, Any]) -> Property:
    for option in [schema, *(schema.get("oneOf") or [])]:
        if option.get("enum"):
            return Property(name, "enum", tuple(option["enum"]))
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    if kind in ("number", "integer"):
        return Property(name, "number")
    if kind == "string":
        return Property(name, "date-time" if schema.get("format") == "date-time" else "string")
    return Property(name, "boolean" if kind == "boolean" else "other")


def sort_rows(rows: Sequence[Row], prop: Property, descending: bool) -> list[Row]:
    """The rows ordered by `prop` (rows without it first when ascending), equal ones keeping their order."""
    if prop.kind == "other":
        raise ValueError(f"the list cannot be sorted by {prop.name}")

    def key(row: Row) -> tuple[bool, Any]:
        value = prop.typed(row.get(prop.name))
        return value is not None, value

    return sorted(rows, key=key, reverse=descending)


def compile_filter(text: str, known: Mapping[str, Property]) -> Predicate:
    """The predicate a filter describes; ValueError names what is wrong with it."""
    return _Parser(list(_tokens(text)), known).parse()


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    position = 0
    while position < len(text):
        found = _TOKEN.match(text, position)
        if found is None or found.end() == position:
            if text[position:].strip():
                raise ValueError(f"unexpected {text[position:].strip()[:20]!r}")
            return
        kind = found.lastgroup or ""
        value = found.group(kind)
        yield kind, value.replace("''", "'") if kind == "string" else value
        position = found.end()


class _Parser:
    """Recursive descent: or-expression ← and-expression ← `not` / parentheses / condition."""

    def __init__(self, tokens: list[tuple[str, str]], known: Mapping[str, Property]) -> None:
        self.tokens = tokens
        self.known = known
        self.at = 0
        self.depth = 0

    def parse(self) -> Predicate:
        if not self.tokens:
            raise ValueError("the filter is empty")
        predicate = self._or()
        if self.at < len(self.tokens):
            raise ValueError(f"unexpected {self.tokens[self.at][1]!r}")
        return predicate

    def _next(self, wanted: str) -> tuple[str, str]:
        if self.at >= len(self.tokens):
            raise ValueError(f"the filter ends where {wanted} was expected")
        self.at += 1
        return self.tokens[self.at - 1]

    def _accept(self, kind: str, *texts: str) -> bool:
        if self.at < len(self.tokens):
            found_kind, text = self.tokens[self.at]
            if found_kind == kind and text.lower() in texts:
                self.at += 1
                return True
        return False

    def _expect(self, kind: str, text: str) -> None:
        if not self._accept(kind, text):
            found = self.tokens[self.at][1] if self.at < len(self.tokens) else "the end"
            raise ValueError(f"expected {text!r}, not {found!r}")

    def _or(self) -> Predicate:
        parts = [self._and()]
        while self._accept("word", "or"):
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else lambda row: any(part(row) for part in parts)

    def _and(self) -> Predicate:
        parts = [self._unary()]
        while self._accept("word", "and"):
            parts.append(self._unary())
        return parts[0] if len(parts) == 1 else lambda row: all(part(row) for part in parts)

    def _unary(self) -> Predicate:
        if self._accept("word", "not"):
            inner = self._nested(self._unary)
            return lambda row: not inner(row)
        if self._accept("punct", "("):
            inner = self._nested(self._or)
            self._expect("punct", ")")
            return inner
        return self._condition()

    def _nested(self, parse: Callable[[], Predicate]) -> Predicate:
        """`parse()` one level deeper; ValueError beyond MAX_NESTING levels."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ValueError(f"`not` and parentheses nest deeper than {MAX_NESTING} levels")
        try:
            return parse()
        finally:
            self.depth -= 1

    def _condition(self) -> Predicate:
        kind, name = self._next("a property name")
        prop = self.known.get(name.casefold()) if kind == "word" else None
        if prop is None:
            raise ValueError(f"{name!r} is not a property of the listed items")
        if self._accept("word", "in"):
            self._expect("punct", "(")
            values = [self._literal(prop)]
            while self._accept("punct", ","):
                values.append(self._literal(prop))
            self._expect("punct", ")")
            return lambda row: prop.typed(row.get(prop.name)) in values
        if self._accept("word", "between"):
            low = self._literal(prop)
            self._expect("word", "and")
            high = self._literal(prop)
            if low is None or high is None:
                raise ValueError("between takes two values, not null")
            return lambda row: (
                _ordered(operator.le, low, prop.typed(row.get(prop.name)))
                and _ordered(operator.le, prop.typed(row.get(prop.name)), high)
            )
        kind, symbol = self._next("an operator")
        if kind != "op":
            raise ValueError(f"expected an operator after {prop.name}, not {symbol!r}")
        compare, value = _OPERATORS[symbol], self._literal(prop)
        if value is None and compare not in (operator.eq, operator.ne):
            raise ValueError(f"null cannot be compared with {symbol}")
        return lambda row: _ordered(compare, prop.typed(row.get(prop.name)), value)

    def _literal(self, prop: Property) -> Any:
        kind, text = self._next("a value")
        if kind in ("op", "punct"):
            raise ValueError(f"expected a value, not {text!r}")
        return prop.literal(kind, text)


def _ordered(compare: Callable[[Any, Any], bool], left: Any, right: Any) -> bool:
    """`compare(left, right)`; a missing value only equals null and is never ordered."""
    if left is None or right is None:
        return compare in (operator.eq, operator.ne) and compare(left is None, right is None)
    return compare(left, right)
