"""The Matrix connector (matrix-nio): messages in, `m.notice` replies out.

Lifecycle: `connect` (log in), `listen` (sync until cancelled, reconnecting with backoff),
`send`, `disconnect`. The bot answers direct chats, mentions and `!ask`/`!combo`/`!help`
in rooms; it never answers itself, notices (what bots send), or anything sent before it
started. End-to-end-encrypted rooms are not supported: there it says so once and stays quiet.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from fnmatch import fnmatchcase
from uuid import uuid4

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    ProfileGetDisplayNameResponse,
    RoomMessageText,
    RoomSendResponse,
    SyncResponse,
    WhoamiResponse,
)

from bot.channels.backoff import Backoff
from bot.channels.commands import help_text, parse
from bot.channels.matrix_store import MatrixSession, MatrixStore
from bot.channels.responder import Notice, Responder, Response
from bot.core import Bot
from bot.render import plain_to_html, split, to_html, to_plain
from bot.settings import Settings

log = logging.getLogger("hrbot.matrix")

BODY_LIMIT = 16_000  # characters per event body; Matrix allows 64 KiB per event, HTML and JSON included
SYNC_TIMEOUT_MS = 30_000
SEND_ATTEMPTS = 4
REMEMBERED_EVENTS = 2_000
COMMAND_PREFIX = "!"
# The first sync after a start only catches up (its messages are never answered), so one event per room is enough.
CATCH_UP_FILTER = {"room": {"timeline": {"limit": 1}}, "presence": {"not_types": ["*"]}}
SYNC_FILTER = {"room": {"timeline": {"limit": 50}}, "presence": {"not_types": ["*"]}}
ENCRYPTED_ROOM_NOTICE = (
    "This room is end-to-end encrypted, and I can't read encrypted messages. "
    "Please talk to me in a room with encryption turned off."
)
HELP = help_text(
    ask="message me directly, mention me, or write !ask followed by your question",
    combo="!combo followed by two substances, for example !combo mdma alcohol",
    help="!help",
)
_CONNECTION_ERRORS = (aiohttp.ClientError, TimeoutError, OSError)


class MatrixError(RuntimeError):
    """The Matrix connector can't run; the message says why."""


class MatrixConfigError(MatrixError):
    """A required HRBOT_MATRIX_* setting is missing."""


class MatrixLoginError(MatrixError):
    """The homeserver rejected the access token or the password."""


class MatrixChannel:
    """One Matrix account answering through a `Responder`."""

    def __init__(
        self, responder: Responder, settings: Settings, *, backoff: Backoff | None = None, store: MatrixStore | None = None
    ) -> None:
        require_settings(settings)
        self.responder = responder
        self.settings = settings
        self.backoff = backoff or Backoff()
        self.store = store or MatrixStore(settings.matrix_store_dir)
        # max_timeouts=0: a connection error surfaces here at once, and `listen` backs off itself.
        self.client = AsyncClient(
            settings.matrix_homeserver, settings.matrix_user_id, config=AsyncClientConfig(max_timeouts=0)
        )
        self.ready = asyncio.Event()  # set once the catch-up sync is done and new messages get answers
        self._answered: deque[str] = deque(maxlen=REMEMBERED_EVENTS)
        self._warned_encrypted: set[str] = set()
        self._mention: re.Pattern[str] | None = None

    @classmethod
    def from_settings(cls, bot: Bot, settings: Settings, *, backoff: Backoff | None = None) -> MatrixChannel:
        responder = Responder.from_settings(bot, settings, help_text=HELP, combo_example="!combo mdma alcohol")
        return cls(responder, settings, backoff=backoff)

    @property
    def user_id(self) -> str:
        return self.client.user_id

    async def run(self) -> None:
        """Connect and answer until cancelled."""
        try:
            await self.connect()
            await self.listen()
        finally:
            await self.disconnect()

    # -- lifecycle ---------------------------------------------------------------------------

    async def connect(self) -> None:
        """Log in (token, saved session or password), waiting with backoff while the homeserver is unreachable."""
        while True:
            try:
                await self._login()
                names = await self._own_names()
                break
            except _CONNECTION_ERRORS as error:
                await self._back_off("login", error)
        self.backoff.reset()
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        self._mention = re.compile(rf"^\s*@?(?:{alternatives})\s*[:,]\s*|{re.escape(self.user_id)}", re.IGNORECASE)

    async def listen(self) -> None:
        """Sync until cancelled. The first sync only catches up: joins pending invitations, answers nothing."""
        token = self.store.load_sync_token()
        catch_up = True
        while True:
            try:
                response = await self.client.sync(
                    timeout=0 if catch_up else SYNC_TIMEOUT_MS,
                    since=token,
                    full_state=catch_up,  # a fresh process needs the rooms' members to tell direct chats apart
                    sync_filter=CATCH_UP_FILTER if catch_up else SYNC_FILTER,
                )
            except _CONNECTION_ERRORS as error:
                await self._back_off("sync", error)
                continue
            if not isinstance(response, SyncResponse):
                if response.status_code in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
                    raise MatrixLoginError(f"the homeserver no longer accepts our login ({response.status_code})")
                await self._back_off("sync", response.status_code)
                continue
            try:
                await self._handle_sync(response, catch_up=catch_up)
            except _CONNECTION_ERRORS as error:  # e.g. a join failed: sync again from the same token
                await self._back_off("handling a sync", error)
                continue
            self.backoff.reset()
            token = response.next_batch
            self.store.save_sync_token(token)
            if catch_up:
                catch_up = False
                self.ready.set()

    async def send(self, room_id: str, response: Response, *, in_reply_to: str, sender: str) -> None:
        """Send `response` as `m.notice` replies to event `in_reply_to`: a plain body and sanitised HTML."""
        for body, formatted in _pieces(response):
            content = {
                "msgtype": "m.notice",
                "body": body,
                "format": "org.matrix.custom.html",
                "formatted_body": formatted,
                "m.relates_to": {"m.in_reply_to": {"event_id": in_reply_to}},
                "m.mentions": {"user_ids": [sender]},
            }
            await self._room_send(room_id, content)

    async def disconnect(self) -> None:
        self.ready.clear()
        await self.client.close()

    # -- login ---------------------------------------------------------------------------------

    async def _login(self) -> None:
        settings = self.settings
        if settings.matrix_access_token:
            self.client.access_token = settings.matrix_access_token
            who = await self.client.whoami()
            if not isinstance(who, WhoamiResponse):
                raise MatrixLoginError(f"the homeserver rejected HRBOT_MATRIX_ACCESS_TOKEN ({who.status_code})")
            self.client.user_id, self.client.device_id = who.user_id, who.device_id
            return
        session = self.store.load_session()
        if session and (session.homeserver, session.user_id) == (settings.matrix_homeserver, settings.matrix_user_id):
            self.client.user_id, self.client.device_id = session.user_id, session.device_id
            self.client.access_token = session.access_token
            if isinstance(await self.client.whoami(), WhoamiResponse):
                return
            self.store.forget_session()
        response = await self.client.login(settings.matrix_password, device_name=settings.matrix_device_name)
        if not isinstance(response, LoginResponse):
            raise MatrixLoginError(f"the homeserver rejected HRBOT_MATRIX_PASSWORD ({response.status_code})")
        self.store.save_session(
            MatrixSession(
                homeserver=settings.matrix_homeserver or "",
                user_id=response.user_id,
                device_id=response.device_id,
                access_token=response.access_token,
            )
        )

    async def _own_names(self) -> set[str]:
        """Our user id, localpart and display name: what a mention of the bot may start with."""
        names = {self.user_id, self.user_id[1:].split(":", 1)[0]}
        profile = await self.client.get_displayname(self.user_id)
        if isinstance(profile, ProfileGetDisplayNameResponse) and profile.displayname:
            names.add(profile.displayname)
        return names

    async def _back_off(self, what: str, error: object) -> None:
        delay = self.backoff.next_delay()
        detail = type(error).__name__ if isinstance(error, BaseException) else str(error)
        log.warning("%s failed (%s); retrying in %.1fs", what, detail, delay)
        await asyncio.sleep(delay)

    # -- events ----------------------------------------------------------------------------------

    async def _handle_sync(self, response: SyncResponse, *, catch_up: bool) -> None:
        for room_id, invited in response.rooms.invite.items():
            await self._on_invite(room_id, invited.invite_state)
        if catch_up:
            return
        for room_id, joined in response.rooms.join.items():
            room = self.client.rooms.get(room_id)
            for event in joined.timeline.events:
                if room is not None:
                    await self._on_event(room, event)

    async def _on_invite(self, room_id: str, state: list[object]) -> None:
        """Join direct invitations and those from allowed inviters or to allowed rooms; decline the rest."""
        inviter, direct = "", False
        for event in state:
            if isinstance(event, InviteMemberEvent) and event.state_key == self.user_id and event.membership == "invite":
                inviter, direct = event.sender, bool(event.content.get("is_direct"))
        allowed = any(fnmatchcase(inviter, p) or fnmatchcase(room_id, p) for p in self.settings.matrix_allowed_inviters)
        if allowed or (direct and self.settings.matrix_accept_direct_invites):
            response = await self.client.join(room_id)
            log.info("joined %s: %s", room_id, type(response).__name__)
        else:
            await self.client.room_leave(room_id)
            log.info("declined an invitation to %s", room_id)

    async def _on_event(self, room: MatrixRoom, event: object) -> None:
        """Answer a message meant for the bot; events already answered (a sync retried) are skipped."""
        if isinstance(event, MegolmEvent):
            await self._on_encrypted(room, event)
            return
        # Only m.text: notices are what bots send (answering them could loop), and our own messages are notices.
        if not isinstance(event, RoomMessageText) or event.sender == self.user_id or event.event_id in self._answered:
            return
        text, mentioned = self._addressed_text(event)
        command = parse(text, prefix=COMMAND_PREFIX, addressed=mentioned or _is_direct(room))
        if command is None:
            return
        self._answered.append(event.event_id)
        started = asyncio.get_running_loop().time()
        try:
            response = await self.responder.respond(command, user=event.sender, conversation=room.room_id)
            if isinstance(response, Notice) and response.repeat:
                return
            await self.send(room.room_id, response, in_reply_to=event.event_id, sender=event.sender)
        except Exception:  # noqa: BLE001 - one failed answer must not stop the bot; the text is not logged
            log.exception("could not answer event %s", event.event_id)
            return
        kind = response.kind
        log.info("answered %s with %s in %.0f ms", event.event_id, kind, (asyncio.get_running_loop().time() - started) * 1000)

    async def _on_encrypted(self, room: MatrixRoom, event: MegolmEvent) -> None:
        if room.room_id in self._warned_encrypted or event.sender == self.user_id:
            return
        self._warned_encrypted.add(room.room_id)
        notice = Notice("usage", ENCRYPTED_ROOM_NOTICE)
        await self.send(room.room_id, notice, in_reply_to=event.event_id, sender=event.sender)

    def _addressed_text(self, event: RoomMessageText) -> tuple[str, bool]:
        """The message without its reply quote and without a mention of the bot; and whether it mentioned us."""
        mentions = event.source.get("content", {}).get("m.mentions") or {}
        mentioned = self.user_id in (mentions.get("user_ids") or [])
        text = _without_reply_fallback(event.body)
        if self._mention is not None:
            text, count = self._mention.subn("", text)
            mentioned = mentioned or count > 0
        return text.strip(), mentioned

    async def _room_send(self, room_id: str, content: dict) -> None:
        """Send with retries; the same transaction id each time, so the homeserver never posts it twice."""
        transaction = str(uuid4())
        backoff = Backoff(first=0.5, most=5.0)
        for _ in range(SEND_ATTEMPTS):
            try:
                response = await self.client.room_send(room_id, "m.room.message", content, tx_id=transaction)
                if isinstance(response, RoomSendResponse):
                    return
                problem = response.status_code
            except _CONNECTION_ERRORS as error:
                problem = type(error).__name__
            log.warning("sending to %s failed (%s)", room_id, problem)
            await asyncio.sleep(backoff.next_delay())
        log.error("gave up sending a reply to %s after %d attempts", room_id, SEND_ATTEMPTS)


def require_settings(settings: Settings) -> None:
    """Raise `MatrixConfigError` unless the homeserver, user and a token or password are set."""
    if not settings.matrix_homeserver or not settings.matrix_user_id:
        raise MatrixConfigError("set HRBOT_MATRIX_HOMESERVER and HRBOT_MATRIX_USER_ID")
    if not settings.matrix_access_token and not settings.matrix_password:
        raise MatrixConfigError("set HRBOT_MATRIX_ACCESS_TOKEN or HRBOT_MATRIX_PASSWORD")


def _pieces(response: Response) -> list[tuple[str, str]]:
    """(body, formatted_body) pairs: one, unless the reply is longer than an event may hold."""
    if isinstance(response, Notice):
        body, formatted = response.text, plain_to_html(response.text)
    else:
        body, formatted = to_plain(response), to_html(response)
    if len(body) <= BODY_LIMIT and len(formatted) <= BODY_LIMIT:
        return [(body, formatted)]
    return [(piece, plain_to_html(piece)) for piece in split(body, BODY_LIMIT // 2)]


def _is_direct(room: MatrixRoom) -> bool:
    """A room with just the bot and one person is a direct chat: every message there is for the bot."""
    return room.joined_count + room.invited_count <= 2


def _without_reply_fallback(body: str) -> str:
    """Drop the `> <@user> quoted text` lines older clients put before a reply."""
    if not body.startswith("> "):
        return body
    lines = body.split("\n")
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).strip()


async def run_matrix(bot: Bot, settings: Settings) -> None:
    """`hrbot matrix`: answer on Matrix until stopped."""
    await MatrixChannel.from_settings(bot, settings).run()
