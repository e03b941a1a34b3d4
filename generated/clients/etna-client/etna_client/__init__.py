"""A client library for accessing ETNA Trader REST API (token, accounts, balances, positions, history, orders)

Start with `Etna` (or `AsyncEtna`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncEtna, Etna

__version__ = "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f13ac3c5e50>"

__all__ = (
    "AsyncEtna",
    "AuthenticatedClient",
    "Client",
    "Etna",
    "__version__",
    "errors",
)
