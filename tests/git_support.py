"""Scratch git repositories for tests: commands with a fixed identity and no user or system configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GIT_ENV = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    """Run git in `repo`; its output (a failure fails the test)."""
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env={**os.environ, **GIT_ENV}, check=True
    )
    return done.stdout


def commit(repo: Path, message: str) -> None:
    """Commit everything in `repo`."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def run_scripts(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m scripts <args>` in `repo`, with its own copy of the toolchain."""
    return subprocess.run(
        [sys.executable, "-m", "scripts", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
        check=False,
    )
