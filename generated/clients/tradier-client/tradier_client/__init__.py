"""A client library for accessing Tradier Brokerage API v1 (profile, balances, positions, history, gain/loss, orders)

Start with `Tradier` (or `AsyncTradier`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncTradier, Tradier

__version__ = "2.2.3"

__all__ = (
    "AsyncTradier",
    "AuthenticatedClient",
    "Client",
    "Tradier",
    "__version__",
    "errors",
)
