"""Privacy: a log line carries a request id, the reply kind and the latency, never the message."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings

SECRET = "my private question about mdma and my sister"


def test_requests_are_logged_without_their_text(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    with caplog.at_level(logging.INFO, logger="hrbot"):
        response = api.post("/v1/chat", json={"message": SECRET, "history": [{"role": "user", "text": SECRET}]},
                            headers={"x-request-id": "abc-123"})
        api.get("/v1/interactions", params={"a": "sister", "b": "private"})
    assert response.headers["x-request-id"] == "abc-123"
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("hrbot")]
    chat_line = next(line for line in lines if "route=/v1/chat" in line)
    assert "request_id=abc-123" in chat_line and f"kind={response.json()['kind']}" in chat_line
    assert "latency_ms=" in chat_line and "status=200" in chat_line
    assert not any("private" in line or "sister" in line for line in caplog.text.splitlines())


def test_an_unsafe_request_id_is_replaced(bot: Bot) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    response = api.get("/healthz", headers={"x-request-id": "evil\nline"})
    assert response.headers["x-request-id"] != "evil\nline" and len(response.headers["x-request-id"]) == 32


def test_a_deployer_may_opt_in_to_logging_the_text(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    api = TestClient(create_app(Settings(log_message_text=True), bot=bot))
    with caplog.at_level(logging.INFO, logger="hrbot"):
        api.post("/v1/chat", json={"message": SECRET})
    assert SECRET in caplog.text


@pytest.mark.parametrize(
    "path",
    ["/v1/x%0A2026-01-01 INFO hrbot.api forged line", "/v1/x%0D%0Aforged", "/v1/%E2%80%A8forged", "/private%20sister"],
)
def test_a_path_cannot_forge_or_fill_a_log_line(bot: Bot, caplog: pytest.LogCaptureFixture, path: str) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    with caplog.at_level(logging.INFO, logger="hrbot"):
        assert api.get(path).status_code == 404
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("hrbot")]
    assert lines and all("\n" not in line and "\r" not in line and "\u2028" not in line for line in lines)
    assert not any("forged" in line or "private" in line or "sister" in line for line in lines)
    assert "route=- status=404" in lines[-1]


def test_the_route_template_is_logged_not_the_path_as_sent(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    with caplog.at_level(logging.INFO, logger="hrbot"):
        api.get("/v1/interactions", params={"a": "mdma", "b": "alcohol"})
        api.request("BREW", "/healthz")
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("hrbot")]
    assert "method=GET route=/v1/interactions status=200" in lines[0]
    assert "method=other" in lines[1]
