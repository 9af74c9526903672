"""The HTTP API, built by a factory from the settings so tests can build their own."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from bot.api import chat, health
from bot.api.state import BotHolder
from bot.core import Bot
from bot.settings import Settings

log = logging.getLogger("hrbot.api")


def create_app(settings: Settings | None = None, *, bot: Bot | None = None) -> FastAPI:
    """An app that loads the bot at start (in a thread, so /healthz answers meanwhile)."""
    settings = settings or Settings()
    holder = BotHolder(bot)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if holder.bot is None:
            task = asyncio.create_task(asyncio.to_thread(holder.load, settings))
            yield
            task.cancel()
        else:
            yield

    app = FastAPI(
        title="Harm-reduction information bot",
        version="0.1.0",
        description="Cited answers from a vetted knowledge base. Never dosing advice.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.holder = holder
    app.include_router(health.router)
    app.include_router(chat.router)
    return app
