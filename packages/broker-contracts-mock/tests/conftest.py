"""Options for every mock the plugin's fixtures start (the fixtures themselves come with the package)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def broker_mock_options() -> list[str]:
    """A fixed simulated day and seed, so that the data are the same on every run."""
    return ["--today", "2026-11-20", "--seed", "7"]
