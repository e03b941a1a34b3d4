"""`make release` in a scratch clone, and pip installing released versions from the site it publishes.

The clone holds this working tree's toolchain, one vendor and the mock package (which pyproject.toml
lists as a released distribution), committed; the gates then run on one spec only, which keeps the
test quick.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from scripts.release.tags import TAG
from scripts.specs import PROJECT_ROOT

from .git_support import commit, git, run_scripts

pytestmark = pytest.mark.slow

VENDOR = "clear-street"
SPEC = f"specs/{VENDOR}/openapi.yaml"
MOCK = "packages/broker-contracts-mock"
UNIFIED = "packages/broker-contracts-unified"
PYPROJECT_VERSION = re.compile(r'^version = "(\S+)"$', re.MULTILINE)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of this repository with the working tree's toolchain and mock package, and one vendor."""
    if not (PROJECT_ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing to clone")
    repo = tmp_path_factory.mktemp("release") / "repo"
    # Without this repository's own release tags: the test makes and counts its own.
    subprocess.run(
        ["git", "clone", "--quiet", "--no-tags", str(PROJECT_ROOT), str(repo)], check=True, capture_output=True
    )
    for top in ("specs", "generated/specs", "generated/clients", "generated/models"):
        for entry in (repo / top).iterdir():
            _remove(entry)
        for entry in (PROJECT_ROOT / top).glob(f"{VENDOR}*"):
            shutil.copytree(entry, repo / top / entry.name, ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("scripts", MOCK):
        _remove(repo / folder)
        shutil.copytree(PROJECT_ROOT / folder, repo / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(PROJECT_ROOT / "pyproject.toml", repo / "pyproject.toml")
    (repo / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")  # Redoc, for `docs`
    (repo / ".git" / "info" / "exclude").write_text("node_modules\n", encoding="utf-8")
    commit(repo, "the working tree's toolchain and mock package, one vendor")
    return repo


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _tags(repo: Path) -> list[str]:
    return git(repo, "tag", "--list").split()


def _release(repo: Path) -> subprocess.CompletedProcess[str]:
    return run_scripts(repo, "release")


def test_release_then_install_each_released_version_from_the_served_site(clone: Path, tmp_path: Path) -> None:
    version, new = _version(clone), _next(_version(clone))
    mock_version = PYPROJECT_VERSION.search((clone / MOCK / "pyproject.toml").read_text(encoding="utf-8"))[1]  # type: ignore[index]
    (clone / "notes.txt").write_text("not committed\n", encoding="utf-8")
    dirty = _release(clone)
    assert dirty.returncode == 1
    assert "not released: the working tree has uncommitted changes" in dirty.stderr and "?? notes.txt" in dirty.stderr
    (clone / "notes.txt").unlink()

    _edit(clone, SPEC, "openapi: 3.1.0\n", "openapi: 3.0.3\n")
    commit(clone, "an invalid spec")
    failing = _release(clone)
    assert failing.returncode == 1
    assert "[openapi-version]" in failing.stderr and "not released: the validation gate failed" in failing.stderr
    assert _tags(clone) == []
    git(clone, "reset", "--quiet", "--hard", "HEAD~1")

    first = _release(clone)
    assert first.returncode == 0, first.stdout + first.stderr
    unified_version = PYPROJECT_VERSION.search((clone / UNIFIED / "pyproject.toml").read_text(encoding="utf-8"))[1]  # type: ignore[index]
    released = [
        f"{VENDOR}-v{version}",
        f"broker-contracts-mock-v{mock_version}",
        f"broker-contracts-unified-v{unified_version}",
    ]
    assert _tags(clone) == sorted(released)
    message = git(clone, "tag", "--list", "-n9", f"{VENDOR}-v{version}")
    assert f"projects: generated/clients/{VENDOR}-client generated/models/{VENDOR}-models" in message

    _bump(clone, version, new)
    second = _release(clone)
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"{VENDOR}-v{new}: tagged" in second.stdout
    assert f"broker-contracts-mock-v{mock_version}: already released at " in second.stdout

    built = run_scripts(clone, "docs", str(tmp_path / "site"))
    assert built.returncode == 0, built.stderr
    with _served(tmp_path / "site") as url:
        pinned = _pip_install(f"{url}/simple/", f"{VENDOR}-client=={version}", tmp_path / "pinned")
        newest = _pip_install(f"{url}/simple/", f"{VENDOR}-models", tmp_path / "newest")
        mock = _pip_install(f"{url}/simple/", f"broker-contracts-mock=={mock_version}", tmp_path / "mock")
    module = VENDOR.replace("-", "_")
    assert _installed_version(pinned, f"{module}_client") == version, "the older release, built from its tag"
    assert _installed_version(newest, f"{module}_models") == new
    assert _installed_version(mock, "broker_contracts_mock") == mock_version
    assert (mock / "broker_contracts_mock" / "specs" / VENDOR / "openapi.bundled.json").is_file()
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f"simple/{VENDOR}-client/{module}_client-{version}-py3-none-any.whl" in index


def _version(repo: Path) -> str:
    found = re.search(r"^  version: (\S+)$", (repo / SPEC).read_text(encoding="utf-8"), re.MULTILINE)
    assert found is not None
    return found[1]


def _next(version: str) -> str:
    major, minor, patch = version.split(".")[:3]
    return f"{major}.{minor}.{int(patch) + 1}"


def _edit(repo: Path, path: str, old: str, new: str) -> None:
    text = (repo / path).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {path}"
    (repo / path).write_text(text.replace(old, new), encoding="utf-8")


def _bump(repo: Path, version: str, new: str) -> None:
    """A new version of the vendor's contract: info.version, its changelog entry and the regenerated packages."""
    _edit(repo, SPEC, f"  version: {version}\n", f"  version: {new}\n")
    changelog = repo / "specs" / VENDOR / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    heading = text.index("\n## ")
    changelog.write_text(f"{text[:heading]}\n## {new}\n\nA release made by the tests.\n{text[heading:]}")
    generated = run_scripts(repo, "generate")
    assert generated.returncode == 0, generated.stderr
    commit(repo, f"{VENDOR} {new}")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No access log in the test output."""


@contextlib.contextmanager
def _served(site: Path) -> Iterator[str]:
    """The site served by python's http.server on 127.0.0.1, in a thread of this process."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _pip_install(index: str, requirement: str, target: Path) -> Path:
    """`pip install --index-url <index> <requirement>` into `target`, with the Python this venv was made from."""
    python = Path(sys.base_prefix) / "bin" / "python3"
    options = ["--quiet", "--no-deps", "--no-cache-dir", "--disable-pip-version-check", "--root-user-action=ignore"]
    done = subprocess.run(
        [str(python), "-m", "pip", "install", *options, "--index-url", index, "--target", str(target), requirement],
        capture_output=True,
        text=True,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return target


def _installed_version(target: Path, distribution: str) -> str:
    (info,) = target.glob(f"{distribution}-*.dist-info")
    return info.name.removeprefix(f"{distribution}-").removesuffix(".dist-info")


@pytest.mark.parametrize(
    ("tag", "parts"),
    [
        ("tradestation-v2-v2.1.0", ("tradestation-v2", "2.1.0")),
        ("broker-contracts-mock-v0.1.0rc1", ("broker-contracts-mock", "0.1.0rc1")),
        ("clear-street-2.0.0", None),
        ("v2.0.0", None),
    ],
)
def test_a_tag_names_its_line_and_version(tag: str, parts: tuple[str, str] | None) -> None:
    match = TAG.match(tag)
    assert (match.group("line", "version") if match else None) == parts
