"""Real-browser fixtures: Debian's Chromium driven by Playwright, against real uvicorn servers on loopback.

Chromium comes from apt (`make browser`); without it these tests skip locally and fail when CI=true.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings
from tests.widget.servers import HostSite, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def host_site() -> Iterator[HostSite]:
    site = HostSite()
    yield site
    site.stop()


@pytest.fixture(scope="session")
def server(bot: Bot, host_site: HostSite) -> Iterator[LiveServer]:
    """The service with the session bot; no rate limit (tests ask many questions from one IP)."""
    settings = Settings(rate_limit_enabled=False, cors_origins=[host_site.url])
    live = LiveServer(create_app(settings, bot=bot)).start()
    yield live
    live.stop()


@pytest.fixture()
def start_server(bot: Bot) -> Iterator[Callable[..., LiveServer]]:
    """Start extra servers (e.g. one with a tight rate limit, or one that comes up late); stopped after the test."""
    started: list[LiveServer] = []

    def start(settings: Settings, *, port: int | None = None) -> LiveServer:
        started.append(LiveServer(create_app(settings, bot=bot), port=port).start())
        return started[-1]

    yield start
    for live in started:
        live.stop()


@pytest.fixture()
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile per test: empty sessionStorage, desktop size."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    ctx.set_default_timeout(20_000)
    yield ctx
    ctx.close()


@pytest.fixture()
def page(context: BrowserContext) -> Page:
    return context.new_page()
