"""A client library for accessing TradeStation Brokerage API v3 (accounts, balances, positions, orders, historical orders)

Start with `TradestationV3` (or `AsyncTradestationV3`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncTradestationV3, TradestationV3

__version__ = "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7fa7b2e82a90>"

__all__ = (
    "AsyncTradestationV3",
    "AuthenticatedClient",
    "Client",
    "TradestationV3",
    "__version__",
    "errors",
)
