"""Where the person is: the widget sends a jurisdiction from its script tag or the browser language."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests.widget.servers import LiveServer
from tests.widget.widget import ask, open_panel

EMERGENCY = "my friend took something and wont wake up, his lips are blue"


def emergency_reply_in(browser: Browser, server: LiveServer, locale: str) -> tuple[str, list[dict]]:
    """The emergency reply's text as shown, and the chat requests the page sent."""
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 800})
    context.set_default_timeout(20_000)
    try:
        page = context.new_page()
        sent: list[dict] = []
        page.on("request", lambda r: sent.append(r.post_data_json) if r.url.endswith("/v1/chat") else None)
        page.goto(server.url)
        open_panel(page)
        reply = ask(page, EMERGENCY)
        expect(reply).to_contain_text("emergency")
        return reply.inner_text(), sent
    finally:
        context.close()


def test_a_british_browser_sends_uk_and_gets_999(browser: Browser, server: LiveServer) -> None:
    text, sent = emergency_reply_in(browser, server, "en-GB")
    assert sent[-1]["jurisdiction"] == "UK"
    assert "999" in text and "911" not in text


def test_a_german_browser_sends_de(browser: Browser, server: LiveServer) -> None:
    text, sent = emergency_reply_in(browser, server, "de-DE")
    assert sent[-1]["jurisdiction"] == "DE"
    assert "112" in text


def test_with_no_known_place_every_number_is_shown_grouped(browser: Browser, server: LiveServer) -> None:
    text, sent = emergency_reply_in(browser, server, "fr-FR")
    assert sent[-1]["jurisdiction"] is None
    for number in ("911", "999", "000", "112"):
        assert number in text
    assert "United States and Canada" in text
    assert "Netherlands, Germany and Portugal" in text
