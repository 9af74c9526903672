"""GET /v1/substances: ids, names and aliases for autocomplete."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings


def test_every_substance_is_listed_with_its_aliases(bot: Bot) -> None:
    body = TestClient(create_app(Settings(), bot=bot)).get("/v1/substances").json()
    assert {item["id"] for item in body} == set(bot.kb.substances)
    mdma = next(item for item in body if item["id"] == "mdma")
    assert set(mdma) == {"id", "name", "aliases"} and "molly" in [a.lower() for a in mdma["aliases"]]
    names = [item["name"].lower() for item in body]
    assert names == sorted(names)
