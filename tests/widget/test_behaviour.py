"""How the widget behaves: keyboard use, errors and retry, rate limits, reloads, other sites."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page, expect

from bot.settings import Settings
from tests.widget.servers import HostSite, LiveServer, free_port
from tests.widget.widget import active, ask, open_panel


def test_the_whole_flow_works_by_keyboard_alone(page: Page, server: LiveServer) -> None:
    page.goto(server.url)
    for _ in range(10):  # Tab from the top of the page to the launcher
        page.keyboard.press("Tab")
        if active(page)["cls"] == "launcher":
            break
    assert active(page)["cls"] == "launcher"
    page.keyboard.press("Enter")
    assert active(page)["id"] == "hrbot-input"  # opening moves focus to the question box

    page.keyboard.type("what are the risks")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("of ketamine?")
    expect(page.get_by_label("Your question")).to_have_value("what are the risks\nof ketamine?")
    page.keyboard.press("Enter")
    expect(page.locator("hrbot-widget article.msg")).to_have_count(1)
    expect(page.locator("hrbot-widget .msg.user .text")).to_have_text("what are the risks\nof ketamine?")
    assert active(page)["id"] == "hrbot-input"  # focus stays where the next question goes
    expect(page.locator("hrbot-widget [role=status]")).to_contain_text("ketamine")  # the reply is announced

    page.keyboard.press("Shift+Tab")  # back from the question box: the last source link
    assert active(page)["tag"] == "a" and active(page)["href"].startswith("https://")
    for _ in range(20):
        page.keyboard.press("Shift+Tab")
        if active(page)["cls"] == "cite":
            break
    assert active(page)["cls"] == "cite"
    page.keyboard.press("Enter")
    assert active(page)["tag"] == "li"

    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog", name="Drug information")).to_be_hidden()
    assert active(page)["cls"] == "launcher"  # closing gives focus back to the launcher
    page.keyboard.press("Enter")
    assert active(page)["id"] == "hrbot-input"
    for _ in range(30):
        page.keyboard.press("Shift+Tab")
        if active(page)["text"] == "Clear conversation":
            break
    page.keyboard.press("Enter")
    expect(page.locator("hrbot-widget article.msg")).to_have_count(0)
    assert active(page)["id"] == "hrbot-input"


def test_when_the_api_is_down_an_error_shows_and_retry_works(
    page: Page, server: LiveServer, host_site: HostSite, start_server: Callable[..., LiveServer]
) -> None:
    late_port = free_port()  # nothing listens here yet
    url = host_site.page("/down.html", f"""<!doctype html><title>clinic</title><p>A clinic page.</p>
<script src="{server.url}/widget.js" data-api="http://127.0.0.1:{late_port}" defer></script>""")
    page.goto(url)
    open_panel(page)
    page.get_by_label("Your question").fill("what are the risks of ketamine?")
    page.get_by_label("Your question").press("Enter")
    error = page.locator("hrbot-widget .msg.error")
    expect(error).to_contain_text("Can't reach the information service")
    expect(page.locator("hrbot-widget [role=alert]")).to_contain_text("Can't reach")

    start_server(Settings(rate_limit_enabled=False, cors_origins=[host_site.url]), port=late_port)
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("hrbot-widget article.msg")).to_have_count(1)
    expect(error).to_have_count(0)
    expect(page.locator("hrbot-widget .msg.user")).to_have_count(1)  # the question was not duplicated


def test_a_rate_limited_question_says_how_long_to_wait(page: Page, start_server: Callable[..., LiveServer]) -> None:
    limited = start_server(Settings(rate_limit_per_minute=1, rate_limit_burst=1))
    page.goto(limited.url)
    open_panel(page)
    ask(page, "what is ketamine")
    page.get_by_label("Your question").fill("what is mdma")
    page.get_by_label("Your question").press("Enter")
    expect(page.locator("hrbot-widget .msg.error")).to_contain_text("Please wait")
    expect(page.locator("hrbot-widget .msg.error")).to_contain_text("seconds")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()


def test_a_reload_keeps_the_conversation_and_follow_ups_send_the_history(
    context: BrowserContext, page: Page, server: LiveServer
) -> None:
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(server.url)
    open_panel(page)
    ask(page, "tell me about ketamine")

    page.reload()
    expect(page.get_by_role("dialog", name="Drug information")).to_be_visible()
    expect(page.locator("hrbot-widget .msg.user .text")).to_have_text(["tell me about ketamine"])
    expect(page.locator("hrbot-widget article.msg")).to_have_count(1)

    follow_up = ask(page, "is it legal in the UK?")
    expect(follow_up).to_contain_text("ketamine", ignore_case=True)
    sent = [r for r in requests if r.url.endswith("/v1/chat")][-1].post_data_json
    assert sent["message"] == "is it legal in the UK?"
    assert sent["history"][0] == {"role": "user", "text": "tell me about ketamine"}
    assert sent["history"][1]["role"] == "assistant"
    assert all(r.url.startswith(server.url) for r in requests)  # nothing went anywhere else

    other_tab = context.new_page()
    other_tab.goto(server.url)
    other_tab.get_by_role("button", name="Drug info chat").click()
    expect(other_tab.locator("hrbot-widget .msg.user")).to_have_count(0)  # the conversation stays in its tab


def test_the_widget_works_on_another_site_under_a_strict_csp_and_hostile_css(
    page: Page, server: LiveServer, host_site: HostSite
) -> None:
    csp = (f"default-src 'none'; script-src {server.url}; style-src 'nonce-n0nce' {server.url}; "
           f"connect-src {server.url}; img-src 'none'; base-uri 'none'")
    url = host_site.page("/clinic.html", f"""<!doctype html><html><head><title>Clinic</title>
<style nonce="n0nce">* {{ font-size: 40px !important; color: red; background: yellow; }}
button {{ display: none; }} p {{ margin: 200px; }} div {{ position: static !important; }}</style></head>
<body><h1 id="own">Clinic</h1><p>Our page.</p>
<script src="{server.url}/widget.js" data-api="{server.url}" defer></script></body></html>""",
                         {"Content-Security-Policy": csp})
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    open_panel(page)
    reply = ask(page, "what are the risks of ketamine?")
    expect(reply).to_have_class("msg bot kind-answer")
    assert page.get_by_label("Your question").evaluate("el => getComputedStyle(el).fontSize") == "16px"
    assert reply.evaluate("el => getComputedStyle(el).color") == "rgb(27, 27, 27)"
    assert page.locator("#own").evaluate("el => getComputedStyle(el).fontSize") == "40px"  # the host page is untouched
    assert violations == []
    assert {r.split("/")[2] for r in requests} <= {url.split("/")[2], server.url.split("/")[2]}
