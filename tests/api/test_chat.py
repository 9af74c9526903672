"""The HTTP API, on the same loaded bot."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings


def client(bot: Bot | None) -> TestClient:
    return TestClient(create_app(Settings(), bot=bot))


def test_chat_returns_the_reply_contract(bot: Bot) -> None:
    response = client(bot).post("/v1/chat", json={"message": "is molly legal in the UK"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"kind", "reason", "text", "citations", "substances", "interaction", "jurisdiction"}
    assert body["kind"] == "answer" and body["jurisdiction"] == "UK"
    assert body["citations"][0]["url"].startswith("https://")


def test_chat_uses_history_and_the_jurisdiction_field(bot: Bot) -> None:
    response = client(bot).post(
        "/v1/chat",
        json={
            "message": "is it legal?",
            "history": [{"role": "user", "text": "tell me about ketamine"}],
            "jurisdiction": "DE",
        },
    )
    body = response.json()
    assert body["jurisdiction"] == "DE"
    assert body["substances"] == ["ketamine"]


def test_health_and_readiness(bot: Bot) -> None:
    assert client(bot).get("/healthz").json() == {"status": "ok"}
    assert client(bot).get("/readyz").status_code == 200


def test_not_ready_until_the_bot_is_loaded() -> None:
    bare = TestClient(create_app(Settings()))  # lifespan never runs outside `with`: nothing loads
    assert bare.get("/healthz").status_code == 200
    assert bare.get("/readyz").status_code == 503
    response = bare.post("/v1/chat", json={"message": "hi"})
    assert response.status_code == 503 and response.headers["retry-after"] == "5"


def test_openapi_docs_are_served(bot: Bot) -> None:
    assert client(bot).get("/docs").status_code == 200
    assert "/v1/chat" in client(bot).get("/openapi.json").json()["paths"]
