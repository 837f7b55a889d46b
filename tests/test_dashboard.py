"""The dashboard in a real headless Chromium (Debian's package, driven by Playwright) against ``eventwire serve``.

Skipped when Chromium is absent, unless EVENTWIRE_BROWSER_TESTS=required (as in CI, where a skip would hide a
broken dashboard). EVENTWIRE_SCREENSHOT=docs/dashboard.png also saves the picture of the full dashboard.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest

from eventwire.pipeline import Pipeline

CHROMIUM = Path(os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium"))
# Without the networking flags Chromium tries to reach Google's services, which a closed network refuses.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
RETREAT_COLOUR = "#8073ac"


def _example_store():  # type: ignore[no-untyped-def]
    """``example_store`` of test_http_api.py, loaded by path so any pytest import mode works."""
    spec = importlib.util.spec_from_file_location("http_api_tests", Path(__file__).with_name("test_http_api.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.example_store


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"no Chromium at {CHROMIUM}: install Debian's chromium package or set EVENTWIRE_CHROMIUM"
        if os.environ.get("EVENTWIRE_BROWSER_TESTS") == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="module")
def server(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``eventwire serve`` in its own process over a store of the example articles; yields its address."""
    db = _example_store()(tmp_path_factory.mktemp("dashboard") / "examples.duckdb", pipeline)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"eventwire serve stopped: {process.stderr.read() if process.stderr else ''}"
            try:
                with urlopen(f"{base}/health", timeout=1):
                    break
            except OSError:
                assert time.monotonic() < deadline, "eventwire serve did not answer within 30 s"
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def page(chromium: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A page in a fresh Chromium profile; fails the test if the page logs an error (a CSP refusal, a bug)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is a dev dependency")
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 1000},
        )  # fmt: skip
        tab = context.new_page()
        tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.set_default_timeout(15_000)
        yield tab
        context.close()
    assert errors == []


def expect(locator):  # type: ignore[no-untyped-def]
    """Playwright's waiting assertions: they run outside the page, so its Content-Security-Policy allows them."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def rows(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator("#events tbody tr").evaluate_all("rows => rows.map(row => row.innerText)")


def test_dashboard_shows_the_examples_then_filters_table_and_map(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.wait_for_selector("body[data-loaded=true]")
    assert len(rows(page)) == 25  # a full first page
    assert page.locator("#map circle.place").count() >= 5
    assert page.locator("#timeline rect.bar").count() >= 5
    assert "Kazakhstan" in page.locator("#map").inner_html()
    if os.environ.get("EVENTWIRE_SCREENSHOT"):
        page.screenshot(path=os.environ["EVENTWIRE_SCREENSHOT"], full_page=True)

    page.select_option("select[name=type]", "RETREAT")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events tbody tr")).to_have_count(2)
    assert all("RETREAT/withdraw" in row and "Kazakhstan (KAZ)" in row for row in rows(page))
    assert page.locator("#map circle.place").count() == 1
    assert page.locator("#map circle.place title").text_content() == "Kazakhstan (KAZ): 2 events"
    assert page.locator("#map path.reported").evaluate_all("paths => paths.map(p => p.dataset.country)") == ["KAZ"]
    assert page.locator("#timeline rect.bar").evaluate_all("bars => bars.map(b => b.getAttribute('fill'))") == [
        RETREAT_COLOUR
    ]
    assert "type=RETREAT" in page.url


def test_dashboard_article_view_highlights_the_evidence(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/#type=RETREAT&text=OTSC")
    page.wait_for_selector("body[data-loaded=true]")
    page.click("#events tbody tr")
    page.wait_for_selector("#article[open]")
    assert page.locator("#article-title").inner_text() == "Les troupes de l'OTSC ont achevé leur retrait du Kazakhstan"
    assert page.locator("#article-text .f-trigger").first.inner_text() == "achevé leur retrait"
    assert page.locator("#article-text .f-location").first.inner_text() == "Kazakhstan"
    assert page.locator("#article-events li.selected").count() == 1


def test_dashboard_stories_tab_opens_a_story(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/#type=RETREAT")
    page.wait_for_selector("body[data-loaded=true]")
    page.click("#tab-stories")
    [story] = page.locator("#stories tbody tr").evaluate_all("rows => rows.map(row => row.innerText)")
    assert "RETREAT" in story and "en, fr" in story
    page.click("#stories tbody tr")
    expect(page.locator("input[name=story]")).not_to_have_value("")
    expect(page.locator("#events tbody tr")).to_have_count(2)
    assert page.locator("#events-panel").is_visible()
