"""Where the loaded bot lives for the app's lifetime, and the dependency that hands it out."""

from __future__ import annotations

import logging

from fastapi import HTTPException, Request

from bot.core import Bot
from bot.settings import Settings

log = logging.getLogger("hrbot.api")


class BotHolder:
    """Holds the bot once loaded; `error` keeps why loading failed, for /readyz."""

    def __init__(self, bot: Bot | None = None) -> None:
        self.bot = bot
        self.error: str | None = None

    def load(self, settings: Settings) -> None:
        try:
            self.bot = Bot.load(settings)
        except Exception as error:  # noqa: BLE001 - reported by /readyz instead of killing the server
            self.error = f"{type(error).__name__}: {error}"
            log.error("bot failed to load: %s", self.error)


def ready_bot(request: Request) -> Bot:
    holder: BotHolder = request.app.state.holder
    if holder.bot is None:
        raise HTTPException(status_code=503, detail="The bot is still loading; try again shortly.", headers={"Retry-After": "5"})
    return holder.bot


def app_settings(request: Request) -> Settings:
    """The settings the app was built with, as a dependency."""
    return request.app.state.settings
