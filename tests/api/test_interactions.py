"""GET /v1/interactions: the combination reply for two substances, by name or alias."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings


def client(bot: Bot) -> TestClient:
    return TestClient(create_app(Settings(), bot=bot))


def test_aliases_give_the_same_reply_as_bot_combo(bot: Bot) -> None:
    response = client(bot).get("/v1/interactions", params={"a": "molly", "b": "booze"})
    assert response.status_code == 200
    assert response.json() == bot.combo("mdma", "alcohol").model_dump()
    assert response.json()["interaction"]["level"] in {"caution", "unsafe", "dangerous"}
    assert response.json()["citations"]


def test_unknown_substances_abstain(bot: Bot) -> None:
    body = client(bot).get("/v1/interactions", params={"a": "mdma", "b": "unobtainium"}).json()
    assert body["kind"] == "abstain" and body["reason"] == "not_in_kb"


def test_a_missing_substance_is_a_readable_422(bot: Bot) -> None:
    response = client(bot).get("/v1/interactions", params={"a": "mdma"})
    assert response.status_code == 422 and response.json()["detail"].startswith("query.b")
