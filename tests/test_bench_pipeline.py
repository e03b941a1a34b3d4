"""`make bench-pipeline` reports what it measured, also when a timed target fails part-way."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import bench_pipeline


def _fake_make(fail_on: str) -> object:
    """A `_timed` that takes one second per target and fails on `fail_on`."""

    def timed(clone: Path, *target: str) -> float:
        if target == (fail_on,):
            raise bench_pipeline.MakeFailed(f"make {fail_on} failed in {clone}:\nE   assert 1 == 2")
        return 1.0

    return timed


@pytest.mark.parametrize("fail_on", ["test", "validate"])
def test_a_failing_target_prints_the_figures_taken_and_no_traceback(
    fail_on: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_pipeline, "_clone", lambda commit, parent, name: tmp_path)
    monkeypatch.setattr(bench_pipeline, "_timed", _fake_make(fail_on))

    assert bench_pipeline.main(["--runs", "1", "--test-runs", "1"]) == 1

    out, err = capsys.readouterr()
    assert "fresh make" in out and "runs" in out
    assert "make test (first" not in out and f"make {fail_on} failed" in err and "assert 1 == 2" in err
    if fail_on == "validate":
        assert "make validate" not in out and "no-op make" not in out


def test_every_target_is_timed_in_both_clones(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_pipeline, "_clone", lambda commit, parent, name: tmp_path)
    monkeypatch.setattr(bench_pipeline, "_timed", _fake_make("never"))

    assert bench_pipeline.main(["--runs", "2", "--test-runs", "2"]) == 0

    rows = {line.rsplit(maxsplit=4)[0]: line.split()[-1] for line in capsys.readouterr().out.splitlines()[2:-1]}
    assert rows == {
        "fresh make": "4",
        "make validate": "4",
        "make generate (forced)": "4",
        "no-op make": "4",
        "make test (first in the clone)": "2",
        "make test (again)": "2",
    }
