"""The internal `$ref`s of a bundled document as a graph: cycles, and what replacing every `$ref` would build.

The dereferenced spec, the mock and both generators inline every `$ref`, so a reference cycle (a
recursive schema, or a `$ref` that comes back to itself) cannot be published, and a small document whose
references fan out can expand without bound (the `$ref` form of an alias bomb). `problems` finds both
without building anything: sizes and depths of each target are computed once and reused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scripts import pointers, spec_limits


@dataclass(frozen=True)
class Problem:
    """A problem at a JSON pointer of the document, with the rule that names it."""

    pointer: str
    rule: str
    message: str


_NESTS_TOO_DEEP = (
    f"with every $ref replaced by its target the document nests deeper than {spec_limits.MAX_DEPTH} levels"
)


class _TooDeep(Exception):
    """The dereferenced document would nest past the limit, through the `$ref` at `site`."""

    def __init__(self, site: str, message: str = _NESTS_TOO_DEEP) -> None:
        super().__init__(message)
        self.site = site
        self.message = message


class _Walk:
    """A depth-first walk of the document that follows each internal `$ref` target once (then reuses it)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.expanded: dict[str, tuple[int, int]] = {}  # target -> (values, height) once inlined
        self.first_site: dict[str, str] = {}
        self.chain: list[str] = [""]  # targets being expanded, the document first
        self.sites: list[str] = [""]  # the $ref site that entered each of them
        self.problems: list[Problem] = []
        self.cycle_sites: set[str] = set()  # each $ref that closes a cycle is reported once

    def node(self, value: Any, pointer: str, depth: int) -> tuple[int, int]:
        """(values, height) of `value` with its `$ref`s replaced, landing at nesting level `depth`."""
        if depth > spec_limits.MAX_DEPTH:
            raise _TooDeep(self.sites[1] if len(self.sites) > 1 else pointer)
        size, height = 1, 0
        if isinstance(value, dict):
            ref = value.get("$ref")
            size, height = self.ref(ref[1:], pointer, depth) if isinstance(ref, str) and ref.startswith("#") else (1, 1)
            items = [(pointers.join(pointer, key), item) for key, item in value.items() if key != "$ref"]
        elif isinstance(value, list):
            height = 1
            items = [(pointers.join(pointer, index), item) for index, item in enumerate(value)]
        else:
            items = []
        for item_pointer, item in items:
            item_size, item_height = self.node(item, item_pointer, depth + 1)
            size, height = size + item_size, max(height, item_height + 1)
        return size, height

    def ref(self, target: str, site: str, depth: int) -> tuple[int, int]:
        if target in self.chain:
            self._cycle(target, site)
            return 1, 0
        self.first_site.setdefault(target, site)
        if target not in self.expanded:
            try:
                value = pointers.resolve(self.document, target)
            except KeyError:
                return 1, 0  # the bundler reports it
            if len(self.chain) > spec_limits.MAX_DEPTH:
                raise _TooDeep(self.sites[1], f"$ref leads through more than {spec_limits.MAX_DEPTH} nested references")
            self.chain.append(target)
            self.sites.append(site)
            self.expanded[target] = self.node(value, target, depth)
            self.chain.pop()
            self.sites.pop()
        size, height = self.expanded[target]
        if depth + height - 1 > spec_limits.MAX_DEPTH:
            raise _TooDeep(self.sites[1] if len(self.sites) > 1 else site)
        return size, height

    def _cycle(self, target: str, site: str) -> None:
        if site in self.cycle_sites:
            return
        self.cycle_sites.add(site)
        start = self.chain.index(target)
        shown = " -> ".join(f"#{step}" for step in [*self.chain[start:], target])
        # A loop of bare $refs (each target is itself the next $ref site) never reaches a value.
        entered = [*self.sites[start + 1 :], site]
        if all(step == entry for step, entry in zip(self.chain[start:], entered, strict=True)):
            self.problems.append(Problem(site, "ref-resolves", f"$ref loop never reaches a value: {shown}"))
        else:
            message = f"recursive schema: {shown}; the dereferenced spec and the generated packages cannot hold it"
            self.problems.append(Problem(site, "ref-recursive", message))


def problems(document: dict[str, Any]) -> list[Problem]:
    """Reference cycles, and expansion beyond the nesting and size limits, of `document`'s internal `$ref`s."""
    walk = _Walk(document)
    try:
        size, _height = walk.node(document, "", 1)
    except _TooDeep as deep:
        return [*walk.problems, Problem(deep.site, spec_limits.RULE, deep.message)]
    if size > spec_limits.MAX_DEREFERENCED_VALUES:
        target = max(walk.expanded, key=lambda t: walk.expanded[t][0])
        message = (
            f"with every $ref replaced by its target the document would hold {size:,} values; at most "
            f"{spec_limits.MAX_DEREFERENCED_VALUES:,} (#{target} alone expands to {walk.expanded[target][0]:,})"
        )
        walk.problems.append(Problem(walk.first_site[target], spec_limits.RULE, message))
    return walk.problems
