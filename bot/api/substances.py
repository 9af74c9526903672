"""GET /v1/substances: ids, names and aliases, for autocomplete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from bot.api.errors import documented
from bot.api.state import ready_bot
from bot.core import Bot

router = APIRouter(prefix="/v1", tags=["substances"])


class SubstanceName(BaseModel):
    id: str
    name: str
    aliases: list[str]


@router.get("/substances", response_model=list[SubstanceName], responses=documented(429, 503))
def substances(bot: Annotated[Bot, Depends(ready_bot)]) -> list[SubstanceName]:
    """Every substance in the knowledge base, sorted by name."""
    return [
        SubstanceName(id=s.id, name=s.name, aliases=list(s.aliases))
        for s in sorted(bot.kb.substances.values(), key=lambda s: s.name.lower())
    ]
