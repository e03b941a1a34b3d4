"""The package's errors. A vendor's HTTP errors stay the vendor client's own (`errors.APIStatusError`...)."""

from __future__ import annotations


class UnifiedError(Exception):
    """Base of this package's errors."""


class UnknownVendorError(UnifiedError, ValueError):
    """A vendor name this package does not know; the message lists the known ones."""


class AccountRefusedError(UnifiedError):
    """The vendor answered 200 but refused the account inside the body (TradeStation v3's `Errors`)."""


class MissingArgumentError(UnifiedError, ValueError):
    """An operation needs an argument the vendor requires (TradeStation v2 lists accounts by user)."""
