"""Iterating over pages and items of a paginated operation, as its `x-pagination` declares.

`style="cursor"`: each request sends the cursor read from the previous page at `next`; `style="page"`:
page numbers from `first_page`. The pages end at an empty page, at a cursor or next-page link that is
absent, `null` or `""`, at a bare-array body (it holds every item), and, when the spec declares no link,
at a page shorter than the page size asked for. A cursor (or next-page link) already sent ends them too,
so a server whose cursors go round in a cycle is not paged forever. Past `max_pages` pages (the client's,
10,000 by default) the iterator raises `PaginationError` instead of asking for more: a server that ignores
the page parameter would otherwise be paged forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from . import errors
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
    operation: str = ""

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

    def _following(self, current: Any, page: object, size: Any, sent: set[Any]) -> Any:
        """The page parameter of the page after `page` (`sent`: the cursors or links met so far), or `_END`."""
        items = self.items_of(page)
        if not items or (self.items and isinstance(page, list)):
            return _END
        if self.next is not None:
            link = self._next_of(page)
            if link is None or link in sent:
                return _END
            sent.add(link)
            if self.style == "cursor":
                return link
        elif isinstance(size, int) and not isinstance(size, bool) and len(items) < size:
            return _END
        return current + 1 if self.style == "page" else _END

    def _beyond(self, fetched: int, max_pages: int | None, current: Any) -> None:
        """Raise `PaginationError` when `fetched` pages are already more than `max_pages`."""
        if max_pages is not None and fetched >= max_pages:
            raise errors.PaginationError(
                f"{self.operation}: still a page after {fetched} pages, the client's max_pages (does the server "
                "ignore the page parameter?): stopped instead of paging on; raise max_pages to go further",
                operation=self.operation,
                page=current,
            )

    def pages(self, fetch: Callable[[Any], T], start: Any, size: Any, max_pages: int | None = None) -> Iterator[T]:
        """Every page from `start` (the first when not given), each fetched when reached."""
        current, fetched = self._start(start), 0
        sent: set[Any] = set()
        while current is not _END:
            self._beyond(fetched, max_pages, current)
            page = fetch(current)
            fetched += 1
            yield page
            current = self._following(current, page, size, sent)

    async def apages(
        self, fetch: Callable[[Any], Awaitable[T]], start: Any, size: Any, max_pages: int | None = None
    ) -> AsyncIterator[T]:
        """`pages`, fetching with an async function."""
        current, fetched = self._start(start), 0
        sent: set[Any] = set()
        while current is not _END:
            self._beyond(fetched, max_pages, current)
            page = await fetch(current)
            fetched += 1
            yield page
            current = self._following(current, page, size, sent)
