"""Load one URL with `wrk` (one thread, N keep-alive connections, a fixed duration) and read its figures."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True)
class Load:
    """What one wrk run measured."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx: int


def parse_wrk(output: str) -> Load:
    """The figures of `wrk --latency` output (latencies in milliseconds)."""
    rate = re.search(r"Requests/sec:\s+([0-9.]+)", output)
    p50 = re.search(r"^\s+50%\s+([0-9.]+)(us|ms|s)\s*$", output, re.M)
    p99 = re.search(r"^\s+99%\s+([0-9.]+)(us|ms|s)\s*$", output, re.M)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+([0-9]+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if not (rate and p50 and p99):
        raise ValueError(f"cannot read wrk's output:\n{output}")
    failed = int(non_2xx.group(1)) if non_2xx else 0
    if errors:  # a timed-out or broken request is no answer at all: count it with the failures
        failed += sum(int(part) for part in errors.groups())
    return Load(
        float(rate.group(1)),
        float(p50.group(1)) * _UNITS[p50.group(2)],
        float(p99.group(1)) * _UNITS[p99.group(2)],
        failed,
    )


# wrk ends on its own after its duration; a wrk that has not (a stuck server) is killed this much later.
GRACE_SECONDS = 30


def load(url: str, headers: Mapping[str, str], connections: int, seconds: int) -> Load:
    """`wrk -t1 -c<connections>` on `url` for `seconds` (wrk takes whole seconds); RuntimeError when wrk
    fails or overruns its duration by `GRACE_SECONDS`."""
    sent = [arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")]
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", *sent, url]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"wrk on {url} did not end within {seconds + GRACE_SECONDS} s") from None
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(f"wrk on {url} failed ({exc.returncode}): {exc.stderr.strip()[:300]}") from None
    return parse_wrk(done.stdout)
