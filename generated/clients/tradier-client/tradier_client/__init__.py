"""A client library for accessing Tradier Brokerage API v1 (profile, balances, positions, history, gain/loss, orders)

Start with `Tradier` (or `AsyncTradier`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncTradier, Tradier

__version__ = "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f7038f9f290>"

__all__ = (
    "AsyncTradier",
    "AuthenticatedClient",
    "Client",
    "Tradier",
    "__version__",
    "errors",
)
