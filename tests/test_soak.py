"""`make soak` in miniature: a few seconds of its random calls against the mock (the full run is 10 minutes)."""

from __future__ import annotations

from broker_contracts_mock.process import RunningMock
from scripts import soak


def test_a_short_soak_runs_and_no_answer_is_a_server_error(broker_mock_per_test: RunningMock) -> None:
    samples, load = soak.soak(broker_mock_per_test, seconds=2, interval=1)
    assert len(samples) >= 3 and all(rss > 0 for _, rss in samples)
    assert sum(load.statuses.values()) > 50 and load.sessions
    assert not [status for status in load.statuses if status >= 500], load.statuses
    assert "0 answers were 5xx" in soak.verdict(samples, 2, load)[1]


def test_the_verdict_compares_the_settled_samples() -> None:
    load = soak.Load()
    assert soak.verdict([(0, 50.0), (30, 100.0), (60, 110.0), (90, 119.0)], 100, load)[0]
    assert not soak.verdict([(0, 50.0), (30, 100.0), (60, 110.0), (90, 121.0)], 100, load)[0]
    load.record(503)
    assert not soak.verdict([(0, 50.0), (30, 100.0), (60, 100.0)], 100, load)[0]
