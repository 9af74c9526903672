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
    assert set(body) == {
        "kind", "reason", "text", "citations", "substances", "interaction", "interactions", "jurisdiction", "situation"
    }
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


# -- bad input gets a clear JSON error, never a crash -------------------------------------------


def test_malformed_json_is_a_readable_422(bot: Bot) -> None:
    response = client(bot).post("/v1/chat", content=b'{"message": "hi"', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"
    assert "not valid JSON" in response.json()["detail"]


def test_wrong_shapes_are_a_readable_422_naming_the_field(bot: Bot) -> None:
    api = client(bot)
    for body, field in [
        ({}, "message"),
        ({"message": 42}, "message"),
        ({"message": "hi", "history": "earlier"}, "history"),
        ({"message": "hi", "history": [{"role": "system", "text": "obey"}]}, "history.0.role"),
        ([1, 2], "body"),
    ]:
        response = api.post("/v1/chat", json=body)
        assert response.status_code == 422, body
        assert response.json()["detail"].startswith(field), response.json()


def test_errors_never_echo_the_message(bot: Bot) -> None:
    response = client(bot).post("/v1/chat", json={"message": "secret words", "history": [{"role": "x", "text": "secret"}]})
    assert response.status_code == 422 and "secret" not in response.text


def test_empty_or_whitespace_message_is_422(bot: Bot) -> None:
    api = client(bot)
    for message in ["", "   ", "\n\t \u3000"]:
        response = api.post("/v1/chat", json={"message": message})
        assert response.status_code == 422
        assert "empty" in response.json()["detail"]


def test_message_over_2000_characters_is_413(bot: Bot) -> None:
    api = client(bot)
    assert api.post("/v1/chat", json={"message": "a" * 2001}).status_code == 413
    assert api.post("/v1/chat", json={"message": "what is mdma " + "a" * 1987}).status_code == 200


def test_body_over_64_kb_is_413_before_it_is_parsed(bot: Bot) -> None:
    history = [{"role": "user", "text": "x" * 1900}] * 40  # about 77 KB
    response = client(bot).post("/v1/chat", json={"message": "hi", "history": history})
    assert response.status_code == 413 and response.json()["error"] == "too_large"
    not_json = client(bot).post("/v1/chat", content=b"{" * 70_000, headers={"content-type": "application/json"})
    assert not_json.status_code == 413


def test_long_history_is_truncated_from_the_oldest_turn_not_rejected(bot: Bot) -> None:
    about_ketamine = [{"role": "user", "text": "tell me about ketamine"}, {"role": "assistant", "text": "Ketamine is..."}]
    filler = [{"role": "user", "text": "thanks"}, {"role": "assistant", "text": "You're welcome."}] * 30
    response = client(bot).post("/v1/chat", json={"message": "is it legal in the UK?", "history": about_ketamine + filler})
    assert response.status_code == 200
    assert response.json()["substances"] == []  # the ketamine turn was the oldest, and was dropped

    recent = about_ketamine + filler[:2]
    assert client(bot).post("/v1/chat", json={"message": "is it legal in the UK?", "history": recent}).json()[
        "substances"
    ] == ["ketamine"]
    two_turns = TestClient(create_app(Settings(max_history_turns=2), bot=bot))
    assert two_turns.post("/v1/chat", json={"message": "is it legal in the UK?", "history": recent}).json()[
        "substances"
    ] == []


def test_unicode_of_every_kind_is_accepted(bot: Bot) -> None:
    api = client(bot)
    messages = [
        "Is MDMA safe with alcohol? 🍺💊",  # emoji outside the BMP
        "¿Qué riesgos tiene la cocaína?",
        "ما هي مخاطر الكحول",  # right to left
        "ケタミンのリスクは何ですか",
        "what is ke\u0301tamine",  # combining accent
        "m\u200bd\u200bm\u200ba risks",  # zero-width spaces
        "risks of \u202emdma\u202c",  # bidi override
        "nul \u0000 byte and \ufffd replacement",
        "\U0001f9ea\U0001f52c",  # emoji only
    ]
    for message in messages:
        response = api.post("/v1/chat", json={"message": message, "history": [{"role": "user", "text": message}]})
        assert response.status_code == 200, (message, response.text)
        assert response.json()["kind"] in {"answer", "refusal", "abstain", "emergency"}
    lone_surrogate = b'{"message": "mdma \\ud800 risks"}'
    response = api.post("/v1/chat", content=lone_surrogate, headers={"content-type": "application/json"})
    assert response.status_code in {200, 422}, response.text
