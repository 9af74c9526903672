"""The API docs render in a real browser with no network and no CSP violation."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.widget.servers import LiveServer


def test_swagger_ui_renders_the_api_offline_under_the_strict_csp(page: Page, server: LiveServer) -> None:
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    outside: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server.url)
               else (outside.append(route.request.url), route.abort()))
    page.goto(f"{server.url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Harm-reduction information bot")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    assert page.locator(".opblock-summary-path", has_text="/v1/chat").count() == 1
    assert outside == [] and problems == [], (outside, problems)
