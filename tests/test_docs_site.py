"""The site of `make docs`: each reference page, opened in headless Chromium, shows every operation of
its spec without touching the network; the index links every vendor's page, spec files and wheels.

Chromium and ChromeDriver come from Debian's packages (`make browser`, run by `make test`); Redoc
from `npm ci` (also run by `make test`). A screenshot of each page is kept in `build/screenshots/`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from scripts.docs import site
from scripts.specs import PROJECT_ROOT, Spec

from .conftest import project_specs

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("site")]

SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "chrome-error:")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of every spec, built once for this module, with an empty package index: building every
    release tag's wheels would cost more with each release, and test_release.py checks the index on a
    clone with tags of its own (released versions built from their tags, installed by version)."""
    out = tmp_path_factory.mktemp("site")
    return site.build(project_specs(), out / "site", releases_from=out).parent


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or chromedriver is None:
        pytest.fail("chromium and chromedriver are not installed: `make browser` (run by `make test`) installs them")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    with tempfile.TemporaryDirectory(prefix="broker-contracts-chromium-") as profile:
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(service=Service(chromedriver), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def _log(browser: webdriver.Chrome, kind: str) -> list[dict[str, Any]]:
    """The entries of a Chromium log (`browser`: the console, `performance`: DevTools events) since the last call."""
    entries: list[dict[str, Any]] = browser.get_log(kind)  # type: ignore[no-untyped-call]
    return entries


def _open(browser: webdriver.Chrome, page: Path) -> None:
    _log(browser, "performance")  # drop what earlier pages logged
    _log(browser, "browser")
    browser.get(page.as_uri())


def _requests_off_the_machine(browser: webdriver.Chrome) -> list[str]:
    """URLs the page asked for beyond local schemes that were not refused by its Content-Security-Policy."""
    requested: dict[str, str] = {}
    blocked: set[str] = set()
    for entry in _log(browser, "performance"):
        message = json.loads(entry["message"])["message"]
        params: dict[str, Any] = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            requested[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed" and params.get("blockedReason") == "csp":
            blocked.add(params["requestId"])
    return [url for rid, url in requested.items() if not url.startswith(LOCAL_SCHEMES) and rid not in blocked]


def _script_errors(browser: webdriver.Chrome) -> list[str]:
    """Console errors, except the refusals of the Content-Security-Policy (Redoc's remote logo)."""
    return [
        entry["message"]
        for entry in _log(browser, "browser")
        if entry["level"] == "SEVERE" and "violates the following Content Security Policy" not in entry["message"]
    ]


def test_reference_page_shows_every_operation_offline(spec: Spec, built_site: Path, browser: webdriver.Chrome) -> None:
    _open(browser, built_site / spec.name / "index.html")
    operations = list(spec.operations())
    assert operations, f"{spec.name} has no operation"
    try:
        WebDriverWait(browser, 30).until(
            expected_conditions.presence_of_element_located((By.ID, f"operation/{operations[-1].operation_id}"))
        )
    except TimeoutException:
        pytest.fail(f"Redoc did not render {spec.name}: {_script_errors(browser)}")
    for op in operations:
        section = browser.find_element(By.ID, f"operation/{op.operation_id}")
        text = section.get_attribute("textContent") or ""
        assert op.definition["summary"] in text, f"{op.operation_id}: summary not shown"
        assert op.path in text, f"{op.operation_id}: path {op.path} not shown"
        assert op.method.upper() in text.upper(), f"{op.operation_id}: method not shown"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.execute_script(
        "arguments[0].scrollIntoView()", browser.find_element(By.ID, f"operation/{operations[0].operation_id}")
    )
    assert browser.save_screenshot(str(SCREENSHOTS / f"{spec.name}-reference.png"))
    assert _requests_off_the_machine(browser) == []
    assert _script_errors(browser) == []


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value for name, value in attrs if name == "href" and value]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_index_links_every_vendor_page_spec_file_and_the_package_index(built_site: Path) -> None:
    """Released versions and their wheels are checked in test_release.py, on a clone with release tags;
    here the package index is empty, and linked."""
    index = _Links()
    index.feed((built_site / "index.html").read_text(encoding="utf-8"))
    text = " ".join(index.text)
    for spec in project_specs():
        expected = [
            f"{spec.name}/index.html",
            *(f"{spec.name}/openapi.{form}.{ext}" for form in ("bundled", "dereferenced") for ext in ("yaml", "json")),
        ]
        assert set(expected) <= set(index.hrefs), f"{spec.name}: missing links"
        assert spec.version in text
    assert "simple/" in index.hrefs
    for href in index.hrefs:
        target = built_site / href.split("#")[0]
        assert (target / "index.html" if href.endswith("/") else target).is_file(), f"the index links {href}"
    assert (built_site / "clear-street" / "openapi.bundled.yaml").read_bytes() == (
        PROJECT_ROOT / "generated" / "specs" / "clear-street" / "openapi.bundled.yaml"
    ).read_bytes()


def test_page_without_the_renderer_is_refused(tmp_path: Path) -> None:
    with pytest.raises(site.DocsError, match="run `make docs`"):
        site.Renderer.installed(tmp_path / "no-redoc")
