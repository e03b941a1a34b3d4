"""Cursor and page-number pagination over a list, with opaque tokens that round-trip."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from broker_contracts_mock.operations import Invalid

T = TypeVar("T")
# Offsets and sizes this server issues stay far below a billion; a longer number is a forged cursor.
_TOKEN = re.compile(r"offset=([0-9]{1,9})&size=([0-9]{1,9})")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of `items`: its position in the whole and the cursors around it."""

    items: Sequence[T]
    offset: int
    size: int
    total: int

    @property
    def number(self) -> int:
        """1-based page number."""
        return self.offset // self.size + 1 if self.size else 1

    @property
    def pages(self) -> int:
        return -(-self.total // self.size) if self.size else 1

    @property
    def next_token(self) -> str | None:
        return encode(self.offset + self.size, self.size) if self.offset + self.size < self.total else None

    @property
    def previous_token(self) -> str | None:
        return encode(max(self.offset - self.size, 0), self.size) if self.offset > 0 else None


def encode(offset: int, size: int) -> str:
    """An opaque, URL-safe cursor."""
    return base64.urlsafe_b64encode(f"offset={offset}&size={size}".encode()).decode().rstrip("=")


def decode(token: str, name: str = "page_token") -> tuple[int, int]:
    """The (offset, size) of a cursor this mock issued; Invalid otherwise."""
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    found = _TOKEN.fullmatch(text)
    if found is None or int(found.group(2)) == 0:
        raise Invalid(f"query parameter {name!r}: not a page token issued by this server")
    return int(found.group(1)), int(found.group(2))


def cursor_page(items: Sequence[T], size: int, token: str | None) -> Page[T]:
    """The page a cursor (or, without one, the first `size` items) designates."""
    offset = 0
    if token is not None:
        offset, size = decode(token)
    return Page(items[offset : offset + size], offset, size, len(items))


def numbered_page(items: Sequence[T], size: int, number: int, first: int = 1) -> Page[T]:
    """Page `number` of `size` items, where the first page is numbered `first` (0 or 1)."""
    offset = (number - first) * size
    return Page(items[offset : offset + size], offset, size, len(items))
