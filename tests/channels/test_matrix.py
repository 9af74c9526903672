"""The Matrix connector against a real Synapse on 127.0.0.1: real accounts, rooms and messages."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.channels.backoff import Backoff
from bot.channels.matrix import MatrixChannel
from bot.core import Bot
from bot.settings import Settings
from tests.channels.matrix_person import Person
from tests.channels.synapse import Synapse, User, free_port


def _name(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


@pytest.fixture()
def bot_account(synapse: Synapse) -> User:
    return synapse.register(_name("hrbot"))


@pytest.fixture()
async def person(synapse: Synapse) -> AsyncIterator[Person]:
    someone = Person(synapse, synapse.register(_name("alice")))
    await someone.start()
    yield someone
    await someone.close()


@contextlib.asynccontextmanager
async def running(
    bot: Bot, account: User, store: Path, *, homeserver: str, wait_ready: bool = True, **options: object
) -> AsyncIterator[MatrixChannel]:
    """The connector as `hrbot matrix` runs it, in this test's event loop, stopped at the end."""
    settings = Settings(
        matrix_homeserver=homeserver,
        matrix_user_id=account.user_id,
        matrix_password=account.password,
        matrix_store_dir=store,
        **options,
    )
    channel = MatrixChannel.from_settings(bot, settings, backoff=Backoff(first=0.05, most=0.5))
    task = asyncio.create_task(channel.run())
    try:
        if wait_ready:
            await asyncio.wait_for(channel.ready.wait(), timeout=30)
        yield channel
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def direct_chat(person: Person, bot_user_id: str) -> str:
    room_id = await person.create_room(invite=[bot_user_id], direct=True)
    await person.wait_for_join(room_id, bot_user_id)
    return room_id


async def test_direct_question_gets_a_cited_answer_as_a_notice_in_reply(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await direct_chat(person, bot_account.user_id)
        question = await person.say(room_id, "What does MDMA do to serotonin?")
        reply = await person.reply_to(question)

    content = reply.source["content"]
    assert content["msgtype"] == "m.notice"
    assert content["m.relates_to"]["m.in_reply_to"]["event_id"] == question
    assert "[1]" in reply.body and "Sources:" in reply.body and "https://" in reply.body
    assert content["format"] == "org.matrix.custom.html"
    assert '<a href="https://' in reply.formatted_body and 'rel="noopener noreferrer"' in reply.formatted_body
    assert "<script" not in reply.formatted_body


async def test_dosing_question_gets_the_refusal(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await direct_chat(person, bot_account.user_id)
        reply = await person.ask(room_id, "how much ketamine should I take")

    assert reply.body.startswith("[I can't help with that]")
    assert "I don't give amounts" in reply.body


async def test_emergency_gets_the_emergency_reply_first(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await direct_chat(person, bot_account.user_id)
        reply = await person.ask(room_id, "my friend took too much and won't wake up")

    assert reply.body.startswith("[EMERGENCY]")
    assert "emergency" in reply.body.lower() and "[1]" in reply.body
    assert "<strong>EMERGENCY</strong>" in reply.formatted_body


async def test_follow_up_question_uses_the_conversation_so_far(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await direct_chat(person, bot_account.user_id)
        await person.ask(room_id, "What are the risks of MDMA?")
        follow_up = await person.ask(room_id, "what about with alcohol?")

    assert "Combination: mdma + alcohol" in follow_up.body


async def test_in_a_room_it_answers_commands_and_mentions_only(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    third = synapse.register(_name("carol"))
    async with running(
        bot, bot_account, tmp_path, homeserver=synapse.url, matrix_allowed_inviters=[person.user.user_id]
    ):
        room_id = await person.create_room(invite=[bot_account.user_id, third.user_id], direct=False)
        await person.wait_for_join(room_id, bot_account.user_id)
        chatter = await person.say(room_id, "what are the risks of ketamine")
        combo = await person.ask(room_id, "!combo mdma alcohol")
        localpart = bot_account.user_id[1:].split(":")[0]
        mention = await person.ask(room_id, f"{localpart}: what are the risks of ketamine")
        helped = await person.ask(room_id, "!help")

    assert chatter not in person.notices
    assert combo.body.startswith("Combination: mdma + alcohol: caution")
    assert "[1]" in mention.body and "ketamine" in mention.body.lower()
    assert "never give dosing advice" in helped.body and "!combo" in helped.body


async def test_group_invitation_from_someone_not_allowed_is_declined(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    third = synapse.register(_name("carol"))
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await person.create_room(invite=[bot_account.user_id, third.user_id], direct=False)
        await person.wait_for_leave(room_id, bot_account.user_id)


async def test_notices_from_other_bots_are_not_answered(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await direct_chat(person, bot_account.user_id)
        from_a_bot = await person.say(room_id, "what are the risks of ketamine", msgtype="m.notice")
        await person.ask(room_id, "help")

    assert from_a_bot not in person.notices


async def test_rate_limit_answers_with_a_friendly_wait_message(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url, channel_rate_limit=2):
        room_id = await direct_chat(person, bot_account.user_id)
        replies = [await person.ask(room_id, "help") for _ in range(3)]

    assert "never give dosing advice" in replies[0].body and "never give dosing advice" in replies[1].body
    assert "faster than I can answer" in replies[2].body and "emergency number" in replies[2].body


async def test_restart_answers_neither_old_messages_nor_the_same_event_twice(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        room_id = await direct_chat(person, bot_account.user_id)
        before = await person.say(room_id, "help")
        await person.reply_to(before)
    while_down = await person.say(room_id, "what are the risks of ketamine")

    async with running(bot, bot_account, tmp_path, homeserver=synapse.url):
        after = await person.ask(room_id, "help")
        await person.ask(room_id, "help")  # one more round trip: anything old would have been answered by now

    assert (tmp_path / "sync_token").exists()
    assert len(person.notices[before]) == 1
    assert while_down not in person.notices
    assert "never give dosing advice" in after.body


async def test_reconnects_with_backoff_when_the_homeserver_is_unreachable(
    bot: Bot, synapse: Synapse, bot_account: User, person: Person, tmp_path: Path
) -> None:
    proxy = Proxy(synapse.port)
    async with running(bot, bot_account, tmp_path, homeserver=proxy.url, wait_ready=False) as channel:
        await asyncio.sleep(0.5)
        assert not channel.ready.is_set() and channel.backoff.failures >= 2  # nothing listens yet: it keeps trying

        await proxy.open()
        await asyncio.wait_for(channel.ready.wait(), timeout=30)
        room_id = await direct_chat(person, bot_account.user_id)
        assert "never give dosing advice" in (await person.ask(room_id, "help")).body

        await proxy.close()  # the homeserver goes away mid-sync; a message sent meanwhile is answered after
        question = await person.say(room_id, "what are the risks of ketamine")
        await asyncio.sleep(0.5)
        await proxy.open()
        reply = await person.reply_to(question)
    await proxy.close()

    assert "[1]" in reply.body


class Proxy:
    """A TCP forwarder on a free loopback port to the homeserver, which the test can cut and restore."""

    def __init__(self, target_port: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.target_port = target_port
        self.server: asyncio.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()

    async def open(self) -> None:
        self.server = await asyncio.start_server(self._connect, "127.0.0.1", self.port)

    async def close(self) -> None:
        if self.server:
            self.server.close()
            for writer in list(self.writers):
                writer.transport.abort()
            await self.server.wait_closed()
            self.server = None

    async def _connect(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self.writers |= {client_writer, server_writer}
        await asyncio.gather(self._pipe(client_reader, server_writer), self._pipe(server_reader, client_writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self.writers.discard(writer)
            writer.transport.abort()
