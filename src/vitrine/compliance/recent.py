"""A small thread-safe store of recent results, least recently used out first.

Typing in a long text re-checks the sentences that did not change, and a site's pages repeat
their header and footer: the engine keeps the analyses of recent sentences by their text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable


class Recent[K: Hashable, V]:
    """At most ``size`` results by key; the least recently used is forgotten first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The result stored for ``key``, if still there."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: K, value: V) -> None:
        """Store ``value`` for ``key``, forgetting the oldest result beyond ``size``."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            if len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget everything (benchmarks measure the engine without what it remembers)."""
        with self._lock:
            self._items.clear()
