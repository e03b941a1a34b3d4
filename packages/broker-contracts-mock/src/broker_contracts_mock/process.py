"""Run a server (the mock, or any other) as a child process on 127.0.0.1, and always stop it.

`running_mock()` starts `broker-mock --port 0 --print-json`, reads where it listens and the
credentials it accepts from its first line, and waits until `/__health` answers. `running()` starts
any command and waits for a URL of it to answer. Both stop the child's process group on exit
(SIGTERM, then SIGKILL after ten seconds) and remove its output files.
"""

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from broker_contracts_mock.access import MockAccess

_STARTUP_SECONDS = 30.0
T = TypeVar("T")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free on `host` a moment ago."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class RunningMock(MockAccess):
    """A mock server running as a child process: how to reach it, the file its log goes to, its process id."""

    log: Path
    pid: int

    def reset(self) -> None:
        """Drop the changes made with the mock's token (`POST /__reset`): its next call sees the seeded data."""
        request = urllib.request.Request(
            f"{self.url}/__reset", method="POST", headers={"Authorization": f"Bearer {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10):
            pass


@contextlib.contextmanager
def running_mock(options: Sequence[str] = (), program: Sequence[str] = ()) -> Iterator[RunningMock]:
    """Start `broker-mock --quiet --port 0 <options>` and stop it afterwards, whatever happens. `program`
    starts broker-mock (default: this Python's `-m broker_contracts_mock`; e.g. a `broker-mock` elsewhere)."""
    command = [*(program or (sys.executable, "-m", "broker_contracts_mock")), "--quiet", "--port", "0", *options]
    command.append("--print-json")
    with _child(command) as (child, log, output):
        line = _wait_for(child, log, output, "its first line", lambda: _first_line(output))
        try:
            access = MockAccess.from_json(line)
        except ValueError:
            printed = output.read_text(errors="replace")[:2000]
            raise RuntimeError(f"{command!r} printed {printed!r} instead of the line of --print-json") from None
        _wait_for(child, log, output, f"{access.url}/__health", lambda: _answers(f"{access.url}/__health", {}))
        yield RunningMock(access.url, access.token, access.vendors, log, child.pid)


@contextlib.contextmanager
def running(command: Sequence[str], ready_url: str, headers: dict[str, str] | None = None) -> Iterator[Path]:
    """Run `command` until `ready_url` answers any HTTP response; stop it after. Yields its log (stderr)."""
    with _child(command) as (child, log, output):
        _wait_for(child, log, output, ready_url, lambda: _answers(ready_url, headers or {}))
        yield log


@contextlib.contextmanager
def _child(command: Sequence[str]) -> Iterator[tuple[subprocess.Popen[bytes], Path, Path]]:
    """The started command, the file of its stderr and the file of its stdout; stopped on exit."""
    with tempfile.TemporaryDirectory(prefix="broker-mock-") as folder:
        log, output = Path(folder, "stderr.log"), Path(folder, "stdout.log")
        with log.open("wb") as stderr, output.open("wb") as stdout:
            child = subprocess.Popen(list(command), stdout=stdout, stderr=stderr, start_new_session=True)
        try:
            yield child, log, output
        finally:
            _stop(child)


def _wait_for(child: subprocess.Popen[bytes], log: Path, output: Path, what: str, probe: Callable[[], T | None]) -> T:
    """The first result of `probe` that is not None, polling until the startup deadline."""
    deadline = time.monotonic() + _STARTUP_SECONDS
    while time.monotonic() < deadline:
        found = probe()
        if found is not None:
            return found
        if child.poll() is not None:
            printed = output.read_text(errors="replace") + log.read_text(errors="replace")
            raise RuntimeError(f"{child.args!r} exited with {child.returncode}:\n{printed}")
        time.sleep(0.05)
    raise RuntimeError(f"{child.args!r} did not give {what} within {_STARTUP_SECONDS:.0f}s")


def _first_line(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    return text.partition("\n")[0] if "\n" in text else None


def _answers(url: str, headers: dict[str, str]) -> bool | None:
    """True when `url` gives any HTTP response (an error status counts: the server is up), else None."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=1):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return None


def _stop(child: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, then SIGKILL if it has not gone within ten seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if child.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=10)
