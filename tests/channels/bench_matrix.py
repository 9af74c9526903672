"""Benchmark: time from a Matrix message to the bot's reply, on loopback with a real Synapse.

    .venv/bin/python -m tests.channels.bench_matrix [N]

Prints p50/p90/max over N messages (default 30) for three series: `help` (the connector and
homeserver alone), questions (end to end), and the same questions through `Bot.ask` directly.
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.channels.matrix import MatrixChannel
from bot.core import Bot
from bot.settings import Settings
from tests.channels.matrix_person import Person
from tests.channels.synapse import Synapse

QUESTIONS = [
    "What does MDMA do to serotonin?",
    "what are the risks of ketamine",
    "is it safe to mix cocaine and alcohol",
    "how much ketamine should I take",
    "my friend took too much and won't wake up",
    "what is naloxone",
]


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p90 = ms[max(0, round(0.9 * len(ms)) - 1)]
    return f"{name:<28} n={len(ms):<3} p50={statistics.median(ms):7.1f} ms  p90={p90:7.1f} ms  max={ms[-1]:7.1f} ms"


async def measure(person: Person, room_id: str, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        started = time.perf_counter()
        await person.ask(room_id, text)
        times.append(time.perf_counter() - started)
    return times


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        synapse = Synapse(Path(directory) / "synapse")
        synapse.start()
        try:
            bot_user, person_user = synapse.register("hrbot"), synapse.register("alice")
            bot = Bot.load(Settings())
            settings = Settings(
                matrix_homeserver=synapse.url, matrix_user_id=bot_user.user_id, matrix_password=bot_user.password,
                matrix_store_dir=Path(directory) / "store", channel_rate_limit=10 * count,
            )
            channel = MatrixChannel.from_settings(bot, settings)
            task = asyncio.create_task(channel.run())
            await asyncio.wait_for(channel.ready.wait(), 60)
            person = Person(synapse, person_user)
            await person.start()
            room_id = await person.create_room(invite=[bot_user.user_id], direct=True)
            await person.wait_for_join(room_id, bot_user.user_id)
            await measure(person, room_id, ["help", QUESTIONS[0]])  # warm-up

            questions = [QUESTIONS[i % len(QUESTIONS)] for i in range(count)]
            transport = await measure(person, room_id, ["help"] * count)
            end_to_end = await measure(person, room_id, questions)
            core = []
            for question in questions:
                started = time.perf_counter()
                await asyncio.to_thread(bot.ask, question)
                core.append(time.perf_counter() - started)

            print(summary("matrix help (no core)", transport))
            print(summary("matrix question -> reply", end_to_end))
            print(summary("Bot.ask alone", core))
            print(f"connector + homeserver overhead at p50: "
                  f"{(statistics.median(end_to_end) - statistics.median(core)) * 1000:.1f} ms")
            await person.close()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        finally:
            synapse.stop()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
