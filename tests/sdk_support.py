"""Helpers for tests of the generated clients' typed errors."""

from __future__ import annotations

from collections.abc import Callable


def error_body(call: Callable[[], object], status: int) -> object:
    """Call; it must raise the package's status error for `status`: return the error's parsed body."""
    try:
        call()
    except Exception as exc:  # each package has its own APIStatusError class
        if type(exc).__module__.endswith(".errors") and getattr(exc, "status_code", None) == status:
            return getattr(exc, "body", None)
        raise
    raise AssertionError(f"expected a {status} error, the call succeeded")
