"""A client library for accessing TradeStation WebAPI v2 (accounts, balances, positions, order history)

Start with `TradestationV2` (or `AsyncTradestationV2`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncTradestationV2, TradestationV2

__version__ = "2.0.3"

__all__ = (
    "AsyncTradestationV2",
    "AuthenticatedClient",
    "Client",
    "TradestationV2",
    "__version__",
    "errors",
)
