"""Admission control: beyond the in-flight limit, API requests get 503 with Retry-After at once."""

from __future__ import annotations

import asyncio

import httpx
from starlette.types import Receive, Scope, Send

from bot.api.admission import Admission


class Gate:
    """An app that holds each request until released, so a test controls how many are in flight."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.entered = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.entered += 1
        await self.release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


async def test_requests_beyond_the_limit_get_503_with_retry_after_while_the_rest_are_served() -> None:
    gate = Gate()
    admission = Admission(gate, max_in_flight=2)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=admission), base_url="http://t") as client:
        held = [asyncio.create_task(client.post("/v1/chat")) for _ in range(2)]
        for _ in range(100):  # bounded: wait until both are inside
            if gate.entered == 2:
                break
            await asyncio.sleep(0.01)
        refused = await asyncio.wait_for(client.post("/v1/chat"), timeout=5)
        assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
        assert refused.json()["error"] == "overloaded"
        health = asyncio.create_task(client.get("/healthz"))  # outside /v1/: never refused, so probes see the truth
        gate.release.set()
        assert [r.status_code for r in await asyncio.gather(*held, health)] == [200, 200, 200]
        assert admission.in_flight == 0 and admission.refused == 1
        assert (await client.post("/v1/chat")).status_code == 200


async def test_a_limit_of_zero_turns_admission_off() -> None:
    gate = Gate()
    gate.release.set()
    admission = Admission(gate, max_in_flight=0)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=admission), base_url="http://t") as client:
        statuses = await asyncio.gather(*(client.post("/v1/chat") for _ in range(10)))
    assert {r.status_code for r in statuses} == {200}
