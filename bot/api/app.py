"""The HTTP API and the web widget, built by a factory from the settings so tests can build their own."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from bot.api import chat, docs, errors, health, interactions, pages, substances
from bot.api.admission import Admission
from bot.api.bodylimit import BodyLimit
from bot.api.headers import SecurityHeaders
from bot.api.ratelimit import RateLimit, TokenBuckets
from bot.api.requestlog import RequestLog
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
        docs_url=None,  # bot/api/docs.py serves Swagger UI from the package instead of a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.holder = holder
    errors.install(app)
    for area in (health, chat, interactions, substances, pages, docs):
        app.include_router(area.router)
    _add_middleware(app, settings)
    return app


def _add_middleware(app: FastAPI, settings: Settings) -> None:
    """Innermost first: the last one added sees a request first (and its response last)."""
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(Admission, max_in_flight=settings.max_in_flight)
    if settings.rate_limit_enabled:
        buckets = TokenBuckets(per_minute=settings.rate_limit_per_minute, burst=settings.rate_limit_burst)
        app.add_middleware(RateLimit, buckets=buckets)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-Request-ID"],
        expose_headers=["Retry-After", "X-Request-ID"],
        allow_credentials=False,
        max_age=600,
    )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestLog)
