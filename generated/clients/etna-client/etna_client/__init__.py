"""A client library for accessing ETNA Trader REST API (token, accounts, balances, positions, history, orders)

Start with `Etna` (or `AsyncEtna`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncEtna, Etna

__version__ = "2.1.3"

__all__ = (
    "AsyncEtna",
    "AuthenticatedClient",
    "Client",
    "Etna",
    "__version__",
    "errors",
)
