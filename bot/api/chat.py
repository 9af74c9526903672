"""POST /v1/chat: one message (plus history) in, one reply (the contract) out."""

from __future__ import annotations

import logging
import re
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, field_validator

from bot.api.errors import documented
from bot.api.requestlog import note_kind, request_id
from bot.api.state import app_settings, ready_bot
from bot.core import MAX_MESSAGE_CHARS, Bot
from bot.reply import Reply, Turn
from bot.settings import Settings

router = APIRouter(prefix="/v1", tags=["chat"])
log = logging.getLogger("hrbot.api")


# A character that is not whitespace, spelled out: `\S` means different things to Python (str.isspace) and to
# the ECMA-262 regexes OpenAPI tools use (e.g. U+0085), and the schema must promise exactly what is checked.
NOT_BLANK = re.compile(r"[^\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


class ChatRequest(BaseModel):
    # The limits are documented here and enforced below: an empty or blank message gets 422 with a readable
    # sentence, a long one 413 (as a long body does); `pattern` is the validator's test, not only whitespace.
    message: str = Field(
        description=f"The question, as typed: at most {MAX_MESSAGE_CHARS} characters (longer gets 413).",
        examples=["is coke and booze bad"],
        json_schema_extra={"minLength": 1, "maxLength": MAX_MESSAGE_CHARS, "pattern": NOT_BLANK.pattern},
    )
    history: list[Turn] = Field(
        default_factory=list,
        description="Earlier turns, oldest first. Only the newest `HRBOT_MAX_HISTORY_TURNS` are used.",
    )
    jurisdiction: str | None = Field(
        default=None, max_length=16, description="US, UK, CA, AU, NL, DE or PT, if known."
    )

    @field_validator("message")
    @classmethod
    def _not_blank(cls, message: str) -> str:
        if not NOT_BLANK.search(message):
            raise ValueError("must not be empty or only whitespace")
        return message


@router.post(
    "/chat",
    response_model=Reply,
    responses=documented(400, 413, 422, 429, 503),
)
async def chat(
    body: ChatRequest,
    request: Request,
    bot: Annotated[Bot, Depends(ready_bot)],
    settings: Annotated[Settings, Depends(app_settings)],
) -> Reply:
    """Answer one message; a follow-up sends the earlier turns in `history`."""
    if len(body.message) > MAX_MESSAGE_CHARS:
        raise HTTPException(status_code=413, detail=f"The message is longer than {MAX_MESSAGE_CHARS} characters.")
    history = body.history[-settings.max_history_turns:] if settings.max_history_turns > 0 else []
    if settings.log_message_text:  # a deployer's explicit opt-in; off by default
        log.info("request_id=%s message=%r history_turns=%d", request_id(request), body.message, len(history))
    reply = await run_in_threadpool(bot.ask, body.message, history=history, jurisdiction=body.jurisdiction)
    note_kind(request, reply)
    return reply
