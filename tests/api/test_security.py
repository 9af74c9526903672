"""Headers, CORS and cookies: what a browser is told about the service's pages and API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings


def client(bot: Bot, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(**settings), bot=bot))


def test_pages_and_api_carry_a_strict_csp_nosniff_and_no_referrer(bot: Bot) -> None:
    api = client(bot)
    for response in [api.get("/"), api.get("/widget.js"), api.get("/widget.css"), api.get("/healthz"),
                     api.post("/v1/chat", json={"message": "what is mdma"})]:
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_no_response_sets_a_cookie(bot: Bot) -> None:
    api = client(bot)
    for response in [api.get("/"), api.get("/widget.js"), api.post("/v1/chat", json={"message": "what is lsd"}),
                     api.get("/v1/substances"), api.get("/v1/interactions", params={"a": "mdma", "b": "alcohol"})]:
        assert "set-cookie" not in response.headers


def test_only_configured_origins_may_call_from_a_browser(bot: Bot) -> None:
    api = client(bot, cors_origins=["https://clinic.example"])
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    allowed = api.options("/v1/chat", headers={"origin": "https://clinic.example", **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://clinic.example"
    other = api.options("/v1/chat", headers={"origin": "https://elsewhere.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    answered = api.post("/v1/chat", json={"message": "what is lsd"}, headers={"origin": "https://clinic.example"})
    assert answered.headers["access-control-allow-origin"] == "https://clinic.example"
    assert "Retry-After" in answered.headers["access-control-expose-headers"]


def test_no_origin_is_allowed_by_default(bot: Bot) -> None:
    response = client(bot).post("/v1/chat", json={"message": "what is lsd"}, headers={"origin": "https://any.example"})
    assert "access-control-allow-origin" not in response.headers


def test_the_demo_page_and_widget_are_served_from_the_package(bot: Bot) -> None:
    api = client(bot)
    page = api.get("/")
    assert page.headers["content-type"].startswith("text/html") and '<script src="/widget.js" defer>' in page.text
    assert api.get("/widget.js").headers["content-type"].startswith("text/javascript")
    assert api.get("/widget.css").headers["content-type"].startswith("text/css")
