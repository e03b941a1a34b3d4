"""A simulated brokerage behind five vendor APIs, driven by the broker-contracts specs it ships.

`broker-mock` (`server.py`) serves it over HTTP; `app.MockApp` is the ASGI app; `pytest_plugin` holds
the pytest fixtures; `access.MockAccess` says where a mock is and which credentials it accepts.
"""
