"""The Discord connector: dpytest's fake gateway for messages, mocked interactions for slash commands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from unittest.mock import AsyncMock, MagicMock

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend

from bot.channels.discord import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_VALUE_LIMIT,
    KIND_COLOURS,
    LEVEL_COLOURS,
    HELP,
    DiscordChannel,
    embed_batches,
    minimal_intents,
)
from bot.channels.responder import Notice, Responder
from bot.core import Bot
from bot.reply import Citation, Reply
from bot.settings import Settings


@pytest.fixture()
async def channel(bot: Bot) -> AsyncIterator[DiscordChannel]:
    settings = Settings(channel_rate_limit=3)
    responder = Responder.from_settings(bot, settings, help_text=HELP, combo_example="/combo a:mdma b:alcohol")
    # dpytest builds its guild from the member cache, which needs the members intent; the real bot runs without it.
    intents = minimal_intents()
    intents.members = True
    client = DiscordChannel(responder, settings, intents=intents)
    await client._async_setup_hook()
    dpytest.configure(client, members=2)
    yield client
    await dpytest.empty_queue()


def mention(client: DiscordChannel) -> str:
    return f"<@{client.user.id}>"


def interaction(*, user_id: int = 4242) -> MagicMock:
    """A slash-command interaction whose response and follow-up calls are recorded."""
    mock = MagicMock(spec=discord.Interaction)
    mock.user.id = user_id
    mock.channel_id = 777
    mock.response.defer = AsyncMock()
    mock.response.send_message = AsyncMock()
    mock.followup.send = AsyncMock()
    return mock


def sent_embeds(mock: AsyncMock) -> list[discord.Embed]:
    return [embed for call in mock.await_args_list for embed in call.kwargs["embeds"]]


# -- messages (dpytest) ------------------------------------------------------------------------


async def test_mention_gets_a_cited_answer_as_an_embed(channel: DiscordChannel) -> None:
    await dpytest.message(f"{mention(channel)} What does MDMA do to serotonin?")
    embed = dpytest.get_embed()

    assert "[1]" in embed.description
    sources = embed.fields[0]
    assert sources.name == "Sources" and "](https://" in sources.value
    assert embed.colour.value == KIND_COLOURS["answer"]


async def test_messages_that_do_not_mention_the_bot_are_ignored(channel: DiscordChannel) -> None:
    await dpytest.message("What does MDMA do to serotonin?")
    assert dpytest.verify().message().nothing()


async def test_direct_message_is_answered(channel: DiscordChannel) -> None:
    member = dpytest.get_config().members[0]
    dm = await member.create_dm()
    await dpytest.message("how much ketamine should I take", channel=dm, member=member)
    embed = dpytest.get_embed()

    assert embed.title == "I can't help with that"
    assert "I don't give amounts" in embed.description
    assert embed.colour.value == KIND_COLOURS["refusal"]


async def test_emergency_mention_is_red_and_says_so_first(channel: DiscordChannel) -> None:
    await dpytest.message(f"{mention(channel)} my friend took too much and won't wake up")
    embed = dpytest.get_embed()

    assert embed.title == "EMERGENCY" and embed.colour.value == KIND_COLOURS["emergency"]


async def test_combo_in_a_mention_is_coloured_by_its_level(channel: DiscordChannel) -> None:
    await dpytest.message(f"{mention(channel)} combo mdma alcohol")
    embed = dpytest.get_embed()

    assert embed.title == "Combination: mdma + alcohol: caution"
    assert embed.colour.value == LEVEL_COLOURS["caution"]


async def test_other_bots_are_never_answered(channel: DiscordChannel) -> None:
    config = dpytest.get_config()
    other = backend.make_user("OtherBot", 9)
    other.bot = True
    other_member = backend.make_member(other, config.guilds[0])
    await dpytest.message(f"{mention(channel)} what are the risks of ketamine", member=other_member)
    assert dpytest.verify().message().nothing()


async def test_rate_limit_replies_with_a_friendly_message(channel: DiscordChannel) -> None:
    for _ in range(3):
        await dpytest.message(f"{mention(channel)} help")
        assert "never give dosing advice" in dpytest.get_embed().description
    await dpytest.message(f"{mention(channel)} help")
    assert "faster than I can answer" in dpytest.get_embed().description


def test_intents_are_minimal(bot: Bot) -> None:
    intents = DiscordChannel.from_settings(bot, Settings()).intents
    assert intents.guild_messages and intents.dm_messages
    assert not (intents.message_content or intents.members or intents.presences)


# -- slash commands (mocked interactions) -------------------------------------------------------


async def test_slash_ask_defers_then_answers_publicly(channel: DiscordChannel) -> None:
    call = interaction()
    await channel.tree.get_command("ask").callback(call, question="What are the risks of ketamine?")

    call.response.defer.assert_awaited_once_with(ephemeral=False, thinking=True)
    assert call.followup.send.await_args.kwargs["ephemeral"] is False
    embed = sent_embeds(call.followup.send)[0]
    assert "[1]" in embed.description and embed.fields[0].name == "Sources"


async def test_slash_ask_can_answer_privately(channel: DiscordChannel) -> None:
    call = interaction()
    await channel.tree.get_command("ask").callback(call, question="how much mdma should I take", private=True)

    call.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    assert call.followup.send.await_args.kwargs["ephemeral"] is True
    assert sent_embeds(call.followup.send)[0].title == "I can't help with that"


async def test_slash_combo_gives_the_interaction_table_entry(channel: DiscordChannel) -> None:
    call = interaction()
    await channel.tree.get_command("combo").callback(call, a="molly", b="booze")

    embed = sent_embeds(call.followup.send)[0]
    assert embed.title == "Combination: mdma + alcohol: caution"
    assert embed.colour.value == LEVEL_COLOURS["caution"]


async def test_slash_help_says_there_is_no_dosing_advice(channel: DiscordChannel) -> None:
    call = interaction()
    await channel.tree.get_command("help").callback(call)

    kwargs = call.response.send_message.await_args.kwargs
    assert kwargs["ephemeral"] is True
    assert "never give dosing advice" in kwargs["embeds"][0].description and "/combo" in kwargs["embeds"][0].description


async def test_slash_rate_limit_is_told_privately(channel: DiscordChannel) -> None:
    for _ in range(4):
        call = interaction(user_id=99)
        await channel.tree.get_command("ask").callback(call, question="what is ketamine")
    call.response.defer.assert_not_awaited()
    kwargs = call.response.send_message.await_args.kwargs
    assert kwargs["ephemeral"] is True and "faster than I can answer" in kwargs["embeds"][0].description


# -- Discord's limits --------------------------------------------------------------------------


def long_reply() -> Reply:
    sentence = "Ketamine can make people lose their coordination, which raises the risk of falls [1]. "
    citations = [
        Citation(n=n, source_id=f"s{n}", title=f"A rather long source title number {n} " * 3, publisher="Publisher",
                 url=f"https://example.org/{n}", doc_id="d", section="s", quote="q")
        for n in range(1, 41)
    ]
    return Reply(kind="answer", text=sentence * 150, citations=citations)


def test_long_replies_are_split_within_discords_limits() -> None:
    batches = embed_batches(long_reply())
    embeds = [embed for batch in batches for embed in batch]

    assert len(batches) > 1 and all(len(batch) <= 10 for batch in batches)
    assert all(sum(len(e) for e in batch) <= EMBED_TOTAL_LIMIT for batch in batches)
    assert all(len(e.description or "") <= DESCRIPTION_LIMIT for e in embeds)
    assert all(len(f.value) <= FIELD_VALUE_LIMIT for e in embeds for f in e.fields)
    source_lines = [line for e in embeds for f in e.fields for line in f.value.split("\n")]
    assert [line.split(" ", 1)[0] for line in source_lines] == [f"[{n}]" for n in range(1, 41)]
    text = " ".join(e.description for e in embeds if e.description)
    assert text.count("[1]") == 150


def test_notices_are_embeds_too() -> None:
    [[embed]] = embed_batches(Notice("usage", "Name two substances"))
    assert embed.description == "Name two substances"
