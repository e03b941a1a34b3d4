"""A client library for accessing TradeStation Brokerage API v3 (accounts, balances, positions, orders, historical orders)

Start with `TradestationV3` (or `AsyncTradestationV3`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncTradestationV3, TradestationV3

__version__ = "2.2.3"

__all__ = (
    "AsyncTradestationV3",
    "AuthenticatedClient",
    "Client",
    "TradestationV3",
    "__version__",
    "errors",
)
