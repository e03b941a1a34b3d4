"""Vendor modules: each defines a `VendorMock` subclass naming the spec folder it serves."""

from __future__ import annotations

import importlib
import pkgutil

from broker_contracts_mock.vendor import VendorMock


def vendor_classes() -> dict[str, type[VendorMock]]:
    """Every vendor mock class in this package, by the spec folder name it serves."""
    found: dict[str, type[VendorMock]] = {}
    for module in pkgutil.iter_modules(__path__):
        imported = importlib.import_module(f"{__name__}.{module.name}")
        for value in vars(imported).values():
            if isinstance(value, type) and issubclass(value, VendorMock) and value.spec_name:
                found[value.spec_name] = value
    return found
