"""A client library for accessing Clear Street Trading API v1 (accounts, balances, positions, orders, executions, portfolio history)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
