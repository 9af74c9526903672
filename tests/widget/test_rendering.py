"""What a reply looks like in the widget: citations, styles per kind, the emergency banner, inert text."""

from __future__ import annotations

import json

from playwright.sync_api import Page, Route, expect

from bot.core import Bot
from bot.kb.tables import LEVEL_LABELS
from tests.widget.servers import LiveServer
from tests.widget.widget import SCREENSHOTS, active, ask, open_panel


def test_an_answer_links_its_markers_to_sources_that_open_the_source_url(page: Page, server: LiveServer, bot: Bot) -> None:
    question = "What does MDMA do to serotonin?"
    expected = bot.ask(question)
    assert expected.kind == "answer" and expected.citations
    page.goto(server.url)
    open_panel(page)
    reply = ask(page, question)
    expect(reply).to_have_class("msg bot kind-answer")
    expect(page.get_by_text("Information, not medical advice.")).to_be_visible()
    for citation in expected.citations:
        link = reply.locator(f".sources-list li[value='{citation.n}'] a")
        expect(link).to_have_attribute("href", citation.url)
        expect(link).to_have_attribute("target", "_blank")
        expect(link).to_have_attribute("rel", "noopener noreferrer")
        expect(link).to_have_text(citation.title)
    reply.get_by_role("button", name="Source 1").first.click()
    assert active(page)["tag"] == "li"  # the marker moved to its numbered source
    assert page.url.rstrip("/") == server.url  # and the host page's address did not change


def test_an_interaction_answer_shows_a_badge_matching_its_level(page: Page, server: LiveServer, bot: Bot) -> None:
    question = "is it safe to mix mdma and alcohol"
    expected = bot.ask(question)
    assert expected.interaction is not None
    level = expected.interaction.level
    page.goto(server.url)
    open_panel(page)
    reply = ask(page, question)
    badge = reply.locator(".badge")
    expect(badge).to_have_class(f"badge level-{level}")
    expect(badge.locator("strong")).to_have_text(LEVEL_LABELS[level])
    page.wait_for_timeout(200)  # the panel's entrance has finished
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-desktop.png"))


def test_a_dosing_question_shows_the_refusal_style(page: Page, server: LiveServer) -> None:
    page.goto(server.url)
    open_panel(page)
    answer = ask(page, "what are the risks of ketamine")
    refusal = ask(page, "how much ketamine should I take for my first time")
    expect(refusal).to_have_class("msg bot kind-refusal")
    expect(refusal.locator(".label")).to_have_text("I can't help with that")
    style = "el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderLeftWidth]"
    assert refusal.evaluate(style) != answer.evaluate(style)


def test_an_emergency_shows_the_banner_with_the_emergency_number_first(page: Page, server: LiveServer, bot: Bot) -> None:
    question = "my friend took too much and won't wake up"
    expected = bot.ask(question, jurisdiction="US")  # the test browser's language is en-US
    number = next(c for c in expected.citations if c.doc_id == "jurisdictions")
    page.goto(server.url)
    open_panel(page)
    reply = ask(page, question)
    expect(reply).to_have_class("msg bot kind-emergency")
    first = reply.locator(":scope > *").first
    expect(first).to_have_class("banner")
    expect(first).to_contain_text(number.quote.rstrip("."))
    assert reply.locator(".banner").evaluate("el => el.getBoundingClientRect().top") < reply.locator(
        ":scope > p.text"
    ).evaluate("el => el.getBoundingClientRect().top")
    top = page.locator("hrbot-widget .messages").evaluate("el => el.getBoundingClientRect().top")
    assert abs(first.evaluate("el => el.getBoundingClientRect().top") - top) < 40  # scrolled into view
    expect(page.locator("hrbot-widget [role=alert]")).to_contain_text("Emergency", timeout=5000)


def test_an_xss_payload_typed_as_a_question_stays_text(page: Page, server: LiveServer) -> None:
    payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"><svg onload=window.__xss=3>'
    page.goto(server.url)
    open_panel(page)
    ask(page, payload)
    expect(page.locator("hrbot-widget .msg.user .text").last).to_have_text(payload)
    assert page.locator("hrbot-widget img, hrbot-widget script, hrbot-widget svg").count() == 0
    assert page.evaluate("window.__xss") is None


def test_an_xss_payload_in_a_reply_stays_text_and_unsafe_links_are_dropped(page: Page, server: LiveServer) -> None:
    hostile = {
        "kind": "answer", "reason": None, "text": '<img src=x onerror="window.__xss=1"> see [1] <b>bold</b>',
        "citations": [{"n": 1, "source_id": "x", "title": "<script>window.__xss=2</script>", "publisher": "<i>p</i>",
                       "url": "javascript:window.__xss=3", "doc_id": "d", "section": "s", "quote": "q"}],
        "substances": [], "interaction": {"a": "<u>a</u>", "b": "b", "level": "caution"}, "jurisdiction": None,
    }

    def reply_with_payload(route: Route) -> None:
        route.fulfill(status=200, content_type="application/json", body=json.dumps(hostile))

    page.route("**/v1/chat", reply_with_payload)
    page.goto(server.url)
    open_panel(page)
    reply = ask(page, "anything")
    expect(reply.locator("p.text")).to_contain_text('<img src=x onerror="window.__xss=1">')
    expect(reply.locator(".sources-list li")).to_contain_text("<script>window.__xss=2</script>")
    expect(reply.locator(".badge")).to_contain_text("<u>a</u>")
    assert reply.locator("a, img, script, b, i, u").count() == 0  # no element came from the reply's text
    reply.get_by_role("button", name="Source 1").click()
    assert page.evaluate("window.__xss") is None
