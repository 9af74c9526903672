"""GET /v1/interactions?a=&b=: the combination-table reply for two substances (names or aliases)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from bot.api.errors import documented
from bot.api.requestlog import note_kind
from bot.api.state import ready_bot
from bot.core import Bot
from bot.reply import Reply

router = APIRouter(prefix="/v1", tags=["interactions"])
Name = Annotated[str, Query(min_length=1, max_length=100, description="A substance name or alias, e.g. molly")]


@router.get("/interactions", response_model=Reply, responses=documented(422, 429, 503))
async def interactions(a: Name, b: Name, request: Request, bot: Annotated[Bot, Depends(ready_bot)]) -> Reply:
    """The same reply `hrbot combo A B` prints; unknown substances get an `abstain` reply."""
    reply = await run_in_threadpool(bot.combo, a, b)
    note_kind(request, reply)
    return reply
