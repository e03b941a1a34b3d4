"""Run a server (ours or a peer) as a child process on a free 127.0.0.1 port, and always stop it."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

_STARTUP_SECONDS = 30.0


def free_port() -> int:
    """A TCP port that was free on 127.0.0.1 a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class RunningMock:
    """A started mock: where it listens, and the file its log goes to."""

    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def vendor_url(self, vendor: str) -> str:
        return f"{self.url}/{vendor}"


@contextlib.contextmanager
def running_mock(arguments: Sequence[str] = ()) -> Iterator[RunningMock]:
    """Start `broker-mock --quiet <arguments>` and stop it afterwards, whatever happens."""
    port = free_port()
    command = [sys.executable, "-m", "broker_contracts_mock", "--port", str(port), "--quiet", *arguments]
    with running(command, f"http://127.0.0.1:{port}/__health") as log:
        yield RunningMock(port, log)


@contextlib.contextmanager
def running(command: Sequence[str], ready_url: str, headers: dict[str, str] | None = None) -> Iterator[Path]:
    """Run `command` (its output to a log file) until `ready_url` answers any HTTP response; stop it after."""
    with tempfile.NamedTemporaryFile(prefix="server-", suffix=".log", delete=False) as log:
        child = subprocess.Popen(list(command), stdout=log, stderr=log, start_new_session=True)
    log_path = Path(log.name)
    try:
        _wait_until_ready(child, ready_url, headers or {}, log_path)
        yield log_path
    finally:
        _stop(child)


def _wait_until_ready(child: subprocess.Popen[bytes], url: str, headers: dict[str, str], log: Path) -> None:
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"{child.args!r} exited with {child.returncode}:\n{log.read_text(errors='replace')}")
        if _answers(url, headers):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{child.args!r} did not answer {url} within {_STARTUP_SECONDS:.0f}s")


def _answers(url: str, headers: dict[str, str]) -> bool:
    """Whether `url` gives any HTTP response (an error status counts: the server is up)."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=1):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def _stop(child: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, then SIGKILL if it has not gone within ten seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if child.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=10)
