"""A client library for accessing TradeStation WebAPI v2 (accounts, balances, positions, order history)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
