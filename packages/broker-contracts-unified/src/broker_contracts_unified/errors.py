"""The package's errors. A vendor's HTTP errors stay the vendor client's own (`errors.APIStatusError`...)."""

from __future__ import annotations

from typing import Any


class UnifiedError(Exception):
    """Base of this package's errors."""


class UnknownVendorError(UnifiedError, ValueError):
    """A vendor name this package does not know; the message lists the known ones."""


class AccountRefusedError(UnifiedError):
    """The vendor answered 200 but refused the account inside the body (TradeStation v3's `Errors`), or
    answered no balance of it, or several."""


class InvalidArgumentError(UnifiedError, ValueError):
    """An argument the vendor cannot take, refused before any request: an account id not of the vendor's
    form (Clear Street and ETNA number their accounts: ASCII digits only), a base URL that is not an
    `http://` or `https://` URL, a token or API key the client cannot send as a header. Names the vendor
    and the value (a header's position only: it may be a credential)."""


class MissingArgumentError(UnifiedError, ValueError):
    """An operation needs an argument the vendor requires (TradeStation v2 lists accounts by user)."""


class VendorTimeoutError(UnifiedError, TimeoutError):
    """A vendor call got no answer within its timeout (`connect(timeout=...)`, `broker-unified --timeout`),
    on its last attempt: the client had retried it up to `max_retries` times. Names the vendor, the
    operation (the spec's operationId), the request, the phase that ran out (`connect`, `read`, `write`,
    `pool`; `request` if httpx named none) and its timeout in seconds (`seconds`, None if unknown)."""

    def __init__(
        self, *, vendor: str, operation: str, request: str, phase: str, seconds: float | None, max_retries: int
    ) -> None:
        within = f"the {seconds:g} s" if seconds is not None else "its"
        super().__init__(
            f"{vendor} {operation} timed out: no answer within {within} {phase} timeout "
            f"({request}; max_retries={max_retries})"
        )
        self.vendor, self.operation, self.request, self.phase = vendor, operation, request, phase
        self.seconds, self.max_retries = seconds, max_retries


class NormalizeError(UnifiedError, ValueError):
    """A value the vendor's spec allows that its normalized field cannot hold without a guess or a rounding:
    a TradeStation v2 time in none of its documented forms, a day outside the years 1 to 9999, a side in
    none of the documented spellings (the quantity's sign), an exact sum of over 1000 digits. Names the
    vendor, the model and field, the vendor field(s) read (`sources`) and the value."""

    def __init__(
        self, cause: str, *, vendor: str, model: str, field: str, sources: tuple[str, ...], value: Any
    ) -> None:
        super().__init__(f"{vendor} {model}.{field} from {', '.join(sources)} = {value!r}: {cause}")
        self.vendor, self.model, self.field, self.sources, self.value = vendor, model, field, sources, value
