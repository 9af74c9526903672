"""Schemathesis over every endpoint, all checks, positive and negative examples: the OpenAPI document is the truth.

Bounded: a few dozen examples per operation, so this stays under a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.modes import GenerationMode

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings

EXAMPLES_PER_OPERATION = 40
# Every operation, read from an app built without a bot (same routes), so each gets its own test id; negative
# examples for those with parameters or a body (the others have nothing that could be made invalid).
DOCUMENT = create_app(Settings()).openapi()
OPERATIONS = [f"{method.upper()} {path}" for path, methods in DOCUMENT["paths"].items() for method in methods]
CASES = [(label, GenerationMode.POSITIVE) for label in OPERATIONS] + [
    (f"{method.upper()} {path}", GenerationMode.NEGATIVE)
    for path, methods in DOCUMENT["paths"].items()
    for method, operation in methods.items()
    if operation.get("parameters") or operation.get("requestBody")
]


@pytest.fixture(scope="module")
def api_schema(bot: Bot) -> schemathesis.schemas.BaseSchema:
    app = create_app(Settings(rate_limit_enabled=False, max_in_flight=0), bot=bot)
    loaded = schemathesis.openapi.from_asgi("/openapi.json", app)
    # 413 is how the API refuses a message over 2,000 characters (documented on /v1/chat).
    loaded.config.checks.negative_data_rejection.expected_statuses = [
        *loaded.config.checks.negative_data_rejection.expected_statuses, "413"
    ]
    return loaded


@pytest.mark.parametrize(("label", "mode"), CASES, ids=[f"{label} {mode}" for label, mode in CASES])
def test_every_endpoint_behaves_as_its_openapi_says(
    api_schema: schemathesis.schemas.BaseSchema, label: str, mode: GenerationMode
) -> None:
    operations = {str(r.ok().label): r.ok() for r in api_schema.get_all_operations()}
    assert set(operations) == set(OPERATIONS)
    @given(case=operations[label].as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck),
              database=None, derandomize=True)  # the same examples every run: CI never flakes on a new seed
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate()

    check()


def test_the_message_limits_are_in_the_schema(bot: Bot) -> None:
    document = TestClient(create_app(Settings(), bot=bot)).get("/openapi.json").json()
    message = document["components"]["schemas"]["ChatRequest"]["properties"]["message"]
    assert message["minLength"] == 1 and message["maxLength"] == 2000
    for path, operations in document["paths"].items():
        for operation in operations.values():
            assert "503" in operation["responses"], path
            if path.startswith("/v1/"):
                assert "429" in operation["responses"], path
                assert operation["responses"]["429"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "400" in document["paths"]["/v1/chat"]["post"]["responses"]
    invalid = document["paths"]["/v1/interactions"]["get"]["responses"]["422"]
    assert invalid["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")


def test_a_non_utf8_body_is_a_documented_400(bot: Bot) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    response = api.post("/v1/chat", content=b'{"message": "\xff\xfe"}', headers={"content-type": "application/json"})
    assert response.status_code == 400 and set(response.json()) == {"error", "detail"}


def test_thousands_of_invalid_history_turns_get_a_short_error(bot: Bot) -> None:
    api = TestClient(create_app(Settings(max_body_bytes=10_000_000), bot=bot))
    response = api.post("/v1/chat", json={"message": "hi", "history": [{"role": "x", "text": 1}] * 32_000})
    assert response.status_code == 422 and len(response.content) <= 4096
    assert "more problem" in response.json()["detail"]


def test_the_message_pattern_means_what_the_validator_checks(bot: Bot) -> None:
    import re as python_re

    document = TestClient(create_app(Settings(), bot=bot)).get("/openapi.json").json()
    pattern = python_re.compile(document["components"]["schemas"]["ChatRequest"]["properties"]["message"]["pattern"])
    api = TestClient(create_app(Settings(), bot=bot))
    for blank in ["\x85", "\x1c", "\u3000 \u2028"]:  # whitespace to Python, though not all of it to ECMA-262's \s
        assert pattern.search(blank) is None
        assert api.post("/v1/chat", json={"message": blank}).status_code == 422
