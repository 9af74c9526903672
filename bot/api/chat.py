"""POST /v1/chat: one message (plus history) in, one reply (the contract) out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from bot.api.state import ready_bot
from bot.core import MAX_MESSAGE_CHARS, Bot
from bot.reply import Reply, Turn

router = APIRouter(prefix="/v1", tags=["chat"])


class ChatRequest(BaseModel):
    message: str = Field(max_length=MAX_MESSAGE_CHARS, description="The question, as typed.")
    history: list[Turn] = Field(default_factory=list, description="Earlier turns, oldest first.")
    jurisdiction: str | None = Field(default=None, description="US, UK, CA, AU, NL, DE or PT, if known.")


@router.post("/chat", response_model=Reply)
async def chat(request: ChatRequest, bot: Annotated[Bot, Depends(ready_bot)]) -> Reply:
    return await run_in_threadpool(bot.ask, request.message, history=request.history, jurisdiction=request.jurisdiction)
