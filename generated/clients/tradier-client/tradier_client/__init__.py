"""A client library for accessing Tradier Brokerage API v1 (profile, balances, positions, history, gain/loss, orders)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
