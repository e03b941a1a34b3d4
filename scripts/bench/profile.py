"""`python -m scripts bench --profile VENDOR/ENDPOINT`: where our server's time goes under load.

Starts our mock as `make bench` does (request validation on, self-check off), loads the endpoint with
`wrk -c32`, and samples the server's Python stacks with py-spy (pinned in pyproject.toml's dev extras)
at 250 Hz. Writes the collapsed stacks (`build/bench/profile-<vendor>-<endpoint>.txt`, what flamegraph
tools read) and prints, per function, its share of the samples: inclusive (it or what it called was
running) and self (it was). Samples without a Python frame are time the GIL was held by granian's
Rust threads (building the request, sending the response): shown as `(granian, native)`.
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

from broker_contracts_mock.process import running_mock
from scripts.bench.targets import OUR_OPTIONS, PEERS, VENDORS

NATIVE = "(granian, native)"
_LINE = re.compile(r":\d+\)$")


def profile(vendor_name: str, endpoint: str, seconds: int, top: int = 25) -> str:
    """The profile summary of our server under `wrk -c32` on one endpoint, for `seconds`."""
    vendor = next(v for v in VENDORS if v.name == vendor_name)
    collapsed = PEERS / f"profile-{vendor_name}-{endpoint}.txt"
    PEERS.mkdir(parents=True, exist_ok=True)
    with running_mock([*OUR_OPTIONS, "--no-response-validation"]) as mock:
        url = f"{mock.url}/{vendor.name}{vendor.paths[endpoint]}"
        sent = [arg for name, value in vendor.headers.items() for arg in ("-H", f"{name}: {value}")]
        loading = subprocess.Popen(
            ["wrk", "-t1", "-c32", f"-d{seconds + 2}s", *sent, url], stdout=subprocess.PIPE, text=True
        )
        sampling = ["--pid", str(mock.pid), "--duration", str(seconds), "--rate", "250", "--format", "raw"]
        spy = Path(sys.executable).parent / "py-spy"
        try:
            record = [str(spy), "record", *sampling, "--output", str(collapsed)]
            spied = subprocess.run(record, check=False, capture_output=True, timeout=seconds + 30)
            output, _ = loading.communicate(timeout=30)
        finally:
            loading.kill()
        if spied.returncode != 0:
            raise RuntimeError(f"py-spy failed ({spied.returncode}): {spied.stderr.decode(errors='replace')[:300]}")
    rate = re.search(r"Requests/sec:\s+([0-9.]+)", output)
    head = f"{vendor_name} {endpoint}, wrk -c32: {rate.group(1) if rate else '?'} req/s while sampled"
    return f"{head}\n{summary(collapsed.read_text(), top)}\n(collapsed stacks: {collapsed})"


def summary(collapsed: str, top: int) -> str:
    """The `top` functions by inclusive share of the samples, with their self share."""
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    total = 0
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        samples = int(count)
        total += samples
        frames = [_LINE.sub(")", frame) for frame in stack.split(";") if frame] or [NATIVE]
        for frame in set(frames):
            inclusive[frame] += samples
        own[frames[-1]] += samples
    lines = [f"{'incl %':>6} {'self %':>6}  function ({total} samples)"]
    for frame, samples in inclusive.most_common(top):
        lines.append(f"{100 * samples / total:6.1f} {100 * own[frame] / total:6.1f}  {frame}")
    return "\n".join(lines)
