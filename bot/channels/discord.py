"""The Discord connector (discord.py): slash commands, mentions and DMs in, embeds out.

Slash commands `/ask`, `/combo` and `/help` (each with a `private` option for an ephemeral
reply); in servers it answers only messages that mention it, and every direct message.
Minimal intents: no privileged ones (Discord sends the text of mentions and DMs without them).
"""

from __future__ import annotations

import logging
import re

import discord
from discord import app_commands

from bot.channels.commands import Command, help_text, parse
from bot.channels.responder import Notice, Responder, Response
from bot.core import MAX_MESSAGE_CHARS, Bot
from bot.render import combination_line, heading, source_lines_markdown, split, text_markdown
from bot.reply import Reply
from bot.settings import Settings

log = logging.getLogger("hrbot.discord")

# Discord's limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_EMBED = 25
EMBED_TOTAL_LIMIT = 6000  # all embeds of one message together
EMBEDS_PER_MESSAGE = 10

KIND_COLOURS = {
    "answer": 0x2563EB,  # blue
    "emergency": 0xDC2626,  # red
    "refusal": 0xF59E0B,  # amber
    "abstain": 0x6B7280,  # grey
}
LEVEL_COLOURS = {
    "dangerous": 0x991B1B,
    "unsafe": 0xEA580C,
    "caution": 0xEAB308,
    "low_risk_synergy": 0x16A34A,
    "low_risk_no_synergy": 0x22C55E,
    "low_risk_decrease": 0x0EA5E9,
    "unknown": 0x6B7280,
}
NOTICE_COLOURS = {"help": 0x2563EB, "usage": 0x6B7280, "rate_limited": 0x6B7280}
HELP = help_text(
    ask="/ask, mention me with your question, or send me a direct message",
    combo="/combo with two substances, for example /combo a:mdma b:alcohol",
    help="/help",
)
_USER_MENTION = re.compile(r"<@!?(\d+)>")


class DiscordConfigError(RuntimeError):
    """HRBOT_DISCORD_TOKEN is missing."""


class DiscordChannel(discord.Client):
    """A Discord bot answering through a `Responder`."""

    def __init__(self, responder: Responder, settings: Settings, *, intents: discord.Intents | None = None) -> None:
        super().__init__(intents=intents or minimal_intents(), allowed_mentions=discord.AllowedMentions.none())
        self.responder = responder
        self.settings = settings
        self.tree = app_commands.CommandTree(self)
        for command in slash_commands(self):
            self.tree.add_command(command)

    @classmethod
    def from_settings(cls, bot: Bot, settings: Settings) -> DiscordChannel:
        responder = Responder.from_settings(bot, settings, help_text=HELP, combo_example="/combo a:mdma b:alcohol")
        return cls(responder, settings)

    def run_forever(self) -> None:
        """`hrbot discord`: log in with HRBOT_DISCORD_TOKEN and answer until stopped."""
        if not self.settings.discord_token:
            raise DiscordConfigError("set HRBOT_DISCORD_TOKEN")
        self.run(self.settings.discord_token, log_handler=None)  # logging is the caller's to configure

    async def setup_hook(self) -> None:
        """Register the slash commands: on one server at once when HRBOT_DISCORD_GUILD_ID is set, else globally."""
        if self.settings.discord_guild_id:
            guild = discord.Object(id=self.settings.discord_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    # -- messages --------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        """Answer DMs and mentions; never bots (ourselves included) or webhooks."""
        if message.author.bot or message.webhook_id is not None or self.user is None:
            return
        direct = message.guild is None
        mentioned = any(user.id == self.user.id for user in message.mentions)
        if not (direct or mentioned):
            return
        text = _USER_MENTION.sub(lambda m: "" if int(m[1]) == self.user.id else m[0], message.content)
        command = parse(text[:MAX_MESSAGE_CHARS], prefix="", addressed=True)
        if command is None:
            return
        response = await self.responder.respond(command, user=str(message.author.id), conversation=str(message.channel.id))
        if isinstance(response, Notice) and response.repeat:
            return
        for batch in embed_batches(response):
            await message.channel.send(embeds=batch, reference=message, mention_author=False)
        log.info("answered a %s with %s", "direct message" if direct else "mention", response.kind)

    # -- slash commands ----------------------------------------------------------------------

    async def answer_interaction(self, interaction: discord.Interaction, command: Command, *, private: bool) -> None:
        """Defer at once (Discord waits 3 s at most), then send the answer as follow-ups."""
        user = str(interaction.user.id)
        conversation = str(interaction.channel_id or user)
        # Discord wants an answer to every interaction, so even a repeated "please wait" is sent, privately.
        if notice := self.responder.check(user):
            await interaction.response.send_message(embeds=embed_batches(notice)[0], ephemeral=True)
            return
        if command.name == "help":
            response = await self.responder.answer(command, user=user, conversation=conversation)
            await interaction.response.send_message(embeds=embed_batches(response)[0], ephemeral=private)
            return
        await interaction.response.defer(ephemeral=private, thinking=True)
        response = await self.responder.answer(command, user=user, conversation=conversation)
        for batch in embed_batches(response):
            await interaction.followup.send(embeds=batch, ephemeral=private)
        log.info("answered /%s with %s", command.name, response.kind)


def minimal_intents() -> discord.Intents:
    """Servers, their messages and DMs; no privileged intent (mentions and DMs carry their text without one)."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    return intents


def slash_commands(channel: DiscordChannel) -> list[app_commands.Command]:
    """`/ask`, `/combo` and `/help`, each calling `channel.answer_interaction`."""

    @app_commands.command(name="ask", description="Ask about a drug's effects, risks, combinations or legal status.")
    @app_commands.describe(question="Your question", private="Only you see the answer")
    async def ask(
        interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_MESSAGE_CHARS], private: bool = False
    ) -> None:
        await channel.answer_interaction(interaction, Command("ask", text=question), private=private)

    @app_commands.command(name="combo", description="What the combination table says about two substances.")
    @app_commands.describe(a="First substance", b="Second substance", private="Only you see the answer")
    async def combo(
        interaction: discord.Interaction,
        a: app_commands.Range[str, 1, 100],
        b: app_commands.Range[str, 1, 100],
        private: bool = False,
    ) -> None:
        await channel.answer_interaction(interaction, Command("combo", a=a, b=b), private=private)

    @app_commands.command(name="help", description="What this bot does and does not do.")
    @app_commands.describe(private="Only you see the answer")
    async def help_(interaction: discord.Interaction, private: bool = True) -> None:
        await channel.answer_interaction(interaction, Command("help"), private=private)

    return [ask, combo, help_]


# -- rendering: the shared Markdown, adapted to embeds -------------------------------------------


def colour(response: Response) -> int:
    """Red for emergencies, amber for refusals...; a combination takes its level's colour."""
    if isinstance(response, Notice):
        return NOTICE_COLOURS[response.kind]
    if response.interaction is not None and response.kind == "answer":
        return LEVEL_COLOURS[response.interaction.level]
    return KIND_COLOURS[response.kind]


def embeds_for(response: Response) -> list[discord.Embed]:
    """The response as embeds: heading as title, text as description, sources as linked fields."""
    tint = colour(response)
    if isinstance(response, Notice):
        return [discord.Embed(description=piece, colour=tint) for piece in split(response.text, DESCRIPTION_LIMIT)]
    title = " · ".join(part for part in (heading(response), combination_line(response)) if part)[:TITLE_LIMIT] or None
    pieces = split(text_markdown(response), DESCRIPTION_LIMIT) or [""]
    embeds = [discord.Embed(title=title if i == 0 else None, description=p, colour=tint) for i, p in enumerate(pieces)]
    for i, chunk in enumerate(_source_chunks(response)):
        name = "Sources" if i == 0 else "Sources (continued)"
        last = embeds[-1]
        if len(last.fields) >= FIELDS_PER_EMBED or len(last) + len(name) + len(chunk) > EMBED_TOTAL_LIMIT:
            last = discord.Embed(colour=tint)
            embeds.append(last)
        last.add_field(name=name, value=chunk, inline=False)
    return embeds


def embed_batches(response: Response) -> list[list[discord.Embed]]:
    """The embeds grouped into messages, each within Discord's per-message count and size."""
    batches: list[list[discord.Embed]] = []
    for embed in embeds_for(response):
        current = batches[-1] if batches else None
        if current is None or len(current) >= EMBEDS_PER_MESSAGE or sum(map(len, current)) + len(embed) > EMBED_TOTAL_LIMIT:
            batches.append([embed])
        else:
            current.append(embed)
    return batches


def _source_chunks(reply: Reply) -> list[str]:
    return split("\n".join(source_lines_markdown(reply)), FIELD_VALUE_LIMIT) if reply.citations else []
