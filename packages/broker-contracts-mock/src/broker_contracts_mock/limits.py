"""What one mock holds at most, so that no client (or many) can exhaust it; each limit is an option.

`Limits` are the app's own (in process too): request bodies, login sessions and memoised views.
The server adds its socket's limits (`server.py`: connections, header and keep-alive timeout,
backlog). The README's "Limits" table names every limit, its option, its default and its cost.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024


@dataclass(frozen=True)
class Limits:
    """The app's limits (`broker-mock --max-body-bytes ...`)."""

    # A request body longer than this is refused with 413 in the vendor's error shape: at once when
    # Content-Length says so, else as soon as the bytes read exceed it (the rest is never read).
    max_body_bytes: int = 64 * KIB
    # Seconds a request has to deliver the body it declares, once its headers are in; then 408 in
    # the vendor's error shape, and the connection closes.
    body_timeout: float = 10.0
    # Login sessions (tokens a vendor's token endpoint issued, each a customer of its own) alive at
    # once; a login beyond it ends the oldest session (its token is refused from then on).
    max_sessions: int = 100
    # Seconds a login token lives; None: the vendor's documented lifetime (`VendorMock.token_lifetime`).
    session_lifetime: float | None = None
    # Views of a customer's brokerage memoised at once (bodies keyed by account and filter); the least
    # recently used is computed again when next asked for.
    view_cache: int = 128

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_sessions", "view_cache"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        for name in ("body_timeout", "session_lifetime"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name} must be a positive number of seconds")
