"""A client library for accessing ETNA Trader REST API (token, accounts, balances, positions, history, orders)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
