"""What a comparison records: changes, where consumers meet them, and how a direction decides breakage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from scripts import json_text
from scripts.pointers import join, resolve

Direction = Literal["request", "response"]
"""`request`: data the consumer writes (parameters, request bodies); `response`: data it reads."""


@dataclass(frozen=True)
class Site:
    """Where a consumer meets a change: an operation, the part of it, and the field inside that part."""

    operation: str
    part: str
    field: str = ""

    def __str__(self) -> str:
        return f"{self.operation} {self.part}" + (f" `{self.field}`" if self.field else "")

    def at(self, name: str) -> Site:
        """The site of a child: a property name, `[]` for array items, `*` for map values."""
        if name == "[]":
            return Site(self.operation, self.part, f"{self.field}[]")
        return Site(self.operation, self.part, f"{self.field}.{name}" if self.field else name)


@dataclass
class Change:
    """One change: where it is written, which rule found it, whether it breaks, why, and who meets it."""

    pointer: str
    rule: str
    breaking: bool
    message: str
    sites: list[Site] = field(default_factory=list)


@dataclass(frozen=True)
class Node:
    """A value of one version of the document and its JSON pointer."""

    value: Any
    pointer: str

    def child(self, *tokens: str | int) -> Node:
        value = self.value
        for token in tokens:
            value = value[token]
        return Node(value, join(self.pointer, *tokens))

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default) if isinstance(self.value, dict) else default


def deref(document: dict[str, Any], node: Node) -> Node:
    """Follow internal `$ref`s from `node` to the value they name."""
    for _ in range(64):
        ref = node.get("$ref")
        if not (isinstance(ref, str) and ref.startswith("#")):
            return node
        node = Node(resolve(document, ref[1:]), ref[1:])
    raise ValueError(f"$ref chain too long at {node.pointer}")


def show(value: Any) -> str:
    """A value as JSON text (decimals exact), for messages."""
    return json_text.dumps(value, indent=None).strip()


class Recorder:
    """Collects changes; the same change met in several places is recorded once with every site."""

    def __init__(self) -> None:
        self.changes: dict[tuple[str, str, bool, str], Change] = {}

    def emit(self, pointer: str, rule: str, breaking: bool, message: str, site: Site | None = None) -> None:
        change = self.changes.setdefault((pointer, rule, breaking, message), Change(pointer, rule, breaking, message))
        if site is not None and site not in change.sites:
            change.sites.append(site)

    def by_direction(
        self,
        direction: Direction,
        pointer: str,
        rule: str,
        site: Site,
        *,
        request: tuple[bool, str],
        response: tuple[bool, str],
    ) -> None:
        """Record the (breaking, message) that applies to `direction`."""
        breaking, message = request if direction == "request" else response
        self.emit(pointer, rule, breaking, message, site)

    def limit(self, direction: Direction, pointer: str, site: Site, *, narrowed: bool, text: str) -> None:
        """A constraint now accepts less (`narrowed`: breaks callers) or more (breaks readers that validate)."""
        self.by_direction(
            direction,
            pointer,
            "constraint-narrowed" if narrowed else "constraint-widened",
            site,
            request=(True, f"{text}: values callers sent before may be rejected")
            if narrowed
            else (False, f"{text}: accepts more values"),
            response=(False, f"{text}: sends fewer kinds of values")
            if narrowed
            else (True, f"{text}: readers that validate may reject values sent now"),
        )

    def deprecation(self, old: Node, new: Node, site: Site) -> None:
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            state = "deprecated" if new.get("deprecated") else "no longer deprecated"
            self.emit(join(new.pointer, "deprecated"), "deprecation-changed", False, state, site)

    def description(self, old: Node, new: Node, site: Site, key: str = "description") -> None:
        if old.get(key) != new.get(key):
            self.emit(join(new.pointer, key), "doc-changed", False, f"{key} changed", site)
