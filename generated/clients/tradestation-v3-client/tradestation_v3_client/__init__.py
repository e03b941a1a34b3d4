"""A client library for accessing TradeStation Brokerage API v3 (accounts, balances, positions, orders, historical orders)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
