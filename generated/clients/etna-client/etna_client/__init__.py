"""A client library for accessing ETNA Trader REST API (token, accounts, balances, positions, history)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
