"""A client library for accessing Clear Street Trading API v1 (accounts, balances, positions, orders, executions, portfolio history)

Start with `ClearStreet` (or `AsyncClearStreet`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncClearStreet, ClearStreet

__version__ = "2.1.3"

__all__ = (
    "AsyncClearStreet",
    "AuthenticatedClient",
    "Client",
    "ClearStreet",
    "__version__",
    "errors",
)
