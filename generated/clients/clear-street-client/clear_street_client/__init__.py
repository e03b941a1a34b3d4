"""A client library for accessing Clear Street Trading API v1 (accounts, balances, positions, orders, executions, portfolio history)

Start with `ClearStreet` (or `AsyncClearStreet`); the exceptions are in `errors`.
"""

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncClearStreet, ClearStreet

__version__ = "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f61c7565590>"

__all__ = (
    "AsyncClearStreet",
    "AuthenticatedClient",
    "Client",
    "ClearStreet",
    "__version__",
    "errors",
)
