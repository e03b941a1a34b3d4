"""Iterating over pages and items of a paginated operation, as its `x-pagination` declares.

`style="cursor"`: each request sends the cursor read from the previous page at `next`; `style="page"`:
page numbers from `first_page`. The pages end at an empty page, at a cursor or next-page link that is
absent, `null` or `""`, at a bare-array body (it holds every item), and, when the spec declares no link,
at a page shorter than the page size asked for. A cursor that repeats also ends them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from .types import UNSET, Unset

T = TypeVar("T")
_END = object()


@dataclass(frozen=True)
class Paging:
    """One operation's pagination: the style and the attribute paths to the items and the next cursor or link."""

    style: str
    first_page: int | None
    items: tuple[str, ...]
    next: tuple[str, ...] | None

    def items_of(self, page: object) -> list[Any]:
        """The items of a parsed page: a list whatever the wire form (none for a marker or null)."""
        if isinstance(page, list):
            return page
        node: Any = page
        for name in self.items:
            node = getattr(node, name, None)
            if node is None or isinstance(node, (Unset, str)):
                return []
        return node if isinstance(node, list) else [node]

    def _next_of(self, page: object) -> Any:
        node: Any = page
        for name in self.next or ():
            node = getattr(node, name, None)
        return None if isinstance(node, Unset) or node == "" else node

    def _start(self, start: Any) -> Any:
        unset = start is None or isinstance(start, Unset)
        return (UNSET if self.style == "cursor" else self.first_page) if unset else start

    def _following(self, current: Any, page: object, size: Any) -> Any:
        """The page parameter of the page after `page`, or `_END`."""
        items = self.items_of(page)
        if not items or (self.items and isinstance(page, list)):
            return _END
        if self.next is not None:
            link = self._next_of(page)
            if link is None or (self.style == "cursor" and link == current):
                return _END
            if self.style == "cursor":
                return link
        elif isinstance(size, int) and not isinstance(size, bool) and len(items) < size:
            return _END
        return current + 1 if self.style == "page" else _END

    def pages(self, fetch: Callable[[Any], T], start: Any, size: Any) -> Iterator[T]:
        """Every page from `start` (the first when not given), each fetched when reached."""
        current = self._start(start)
        while current is not _END:
            page = fetch(current)
            yield page
            current = self._following(current, page, size)

    async def apages(self, fetch: Callable[[Any], Awaitable[T]], start: Any, size: Any) -> AsyncIterator[T]:
        """`pages`, fetching with an async function."""
        current = self._start(start)
        while current is not _END:
            page = await fetch(current)
            yield page
            current = self._following(current, page, size)
