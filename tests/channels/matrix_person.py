"""A person on the test homeserver: a real matrix-nio client that talks to the bot and reads its replies."""

from __future__ import annotations

import time

from nio import AsyncClient, RoomCreateResponse, RoomMemberEvent, RoomMessageNotice, RoomPreset, RoomSendResponse, SyncResponse

from tests.channels.synapse import Synapse, User


class Person:
    """Creates rooms, sends messages and waits for the bot's `m.notice` replies (they arrive as `RoomMessageNotice`)."""

    def __init__(self, synapse: Synapse, user: User) -> None:
        self.user = user
        self.client = AsyncClient(synapse.url, user.user_id)
        self.client.access_token = user.access_token
        self.notices: dict[str, list[RoomMessageNotice]] = {}  # by the event id they reply to
        self.memberships: dict[str, list[RoomMemberEvent]] = {}  # by room id
        self._token: str | None = None

    async def start(self) -> None:
        await self._sync(0)

    async def close(self) -> None:
        await self.client.close()

    async def create_room(self, *, invite: list[str], direct: bool) -> str:
        response = await self.client.room_create(
            is_direct=direct, invite=invite,
            preset=RoomPreset.trusted_private_chat if direct else RoomPreset.private_chat,
        )
        assert isinstance(response, RoomCreateResponse), response
        return response.room_id

    async def wait_for_join(self, room_id: str, user_id: str, *, timeout: float = 20) -> None:
        await self._until(lambda: self._membership(room_id, user_id) == "join", timeout, f"{user_id} to join")

    async def wait_for_leave(self, room_id: str, user_id: str, *, timeout: float = 20) -> None:
        await self._until(lambda: self._membership(room_id, user_id) == "leave", timeout, f"{user_id} to leave")

    async def say(self, room_id: str, text: str, *, msgtype: str = "m.text", extra: dict | None = None) -> str:
        """Send a message; returns its event id."""
        content = {"msgtype": msgtype, "body": text, **(extra or {})}
        response = await self.client.room_send(room_id, "m.room.message", content)
        assert isinstance(response, RoomSendResponse), response
        return response.event_id

    async def reply_to(self, event_id: str, *, timeout: float = 60) -> RoomMessageNotice:
        """The bot's first notice replying to `event_id`, waiting for it."""
        await self._until(lambda: event_id in self.notices, timeout, f"a reply to {event_id}")
        return self.notices[event_id][0]

    async def ask(self, room_id: str, text: str, *, timeout: float = 60) -> RoomMessageNotice:
        return await self.reply_to(await self.say(room_id, text), timeout=timeout)

    async def _until(self, condition, timeout: float, what: str) -> None:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"gave up waiting for {what}")
            await self._sync(int(min(left, 5) * 1000))

    async def _sync(self, timeout_ms: int) -> None:
        response = await self.client.sync(timeout=timeout_ms, since=self._token)
        assert isinstance(response, SyncResponse), response
        self._token = response.next_batch
        for room_id, joined in response.rooms.join.items():
            for event in joined.timeline.events:
                if isinstance(event, RoomMessageNotice):
                    relates = event.source.get("content", {}).get("m.relates_to", {})
                    reply_to = relates.get("m.in_reply_to", {}).get("event_id", "")
                    self.notices.setdefault(reply_to, []).append(event)
                elif isinstance(event, RoomMemberEvent):
                    self.memberships.setdefault(room_id, []).append(event)

    def _membership(self, room_id: str, user_id: str) -> str | None:
        room = self.client.rooms.get(room_id)
        if room is None:
            return None
        if user_id in room.users:
            return "invite" if room.users[user_id].invited else "join"
        if any(e.state_key == user_id and e.membership == "leave" for e in self.memberships.get(room_id, [])):
            return "leave"
        return None
