"""A bounded memo: at most `capacity` entries, the least recently used forgotten first."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class LRU(Generic[K]):
    """Values by key, computed on first use; beyond `capacity` entries the least recently used goes."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._entries: OrderedDict[K, object] = OrderedDict()

    def get(self, key: K, compute: Callable[[], T]) -> T:
        """The value of `key`, `compute()`d when it is not held (a hit costs one reordering)."""
        entries = self._entries
        try:
            entries.move_to_end(key)
        except KeyError:
            value = compute()
            entries[key] = value
            while len(entries) > self.capacity:
                entries.popitem(last=False)
            return value
        return entries[key]  # type: ignore[return-value]

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
