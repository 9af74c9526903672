"""The Matrix connector's small parts, without a homeserver: backoff, the store, message shapes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.channels import matrix
from bot.channels.backoff import Backoff
from bot.channels.matrix_store import MatrixSession, MatrixStore
from bot.reply import Citation, Reply
from bot.settings import Settings


def test_backoff_doubles_up_to_a_ceiling_and_resets_after_success() -> None:
    backoff = Backoff(first=1, most=10)
    assert [backoff.next_delay() for _ in range(6)] == [1, 2, 4, 8, 10, 10]
    backoff.reset()
    assert backoff.next_delay() == 1


def test_store_keeps_the_sync_token_and_a_private_session(tmp_path: Path) -> None:
    store = MatrixStore(tmp_path / "store")
    assert store.load_sync_token() is None and store.load_session() is None

    store.save_sync_token("s72_1")
    session = MatrixSession(homeserver="http://127.0.0.1:8008", user_id="@bot:x", device_id="D", access_token="secret")
    store.save_session(session)

    again = MatrixStore(tmp_path / "store")
    assert again.load_sync_token() == "s72_1" and again.load_session() == session
    assert stat.S_IMODE((tmp_path / "store" / "session.json").stat().st_mode) == 0o600


def test_missing_settings_are_named() -> None:
    with pytest.raises(matrix.MatrixConfigError, match="HRBOT_MATRIX_HOMESERVER"):
        matrix.require_settings(Settings())
    with pytest.raises(matrix.MatrixConfigError, match="HRBOT_MATRIX_PASSWORD"):
        matrix.require_settings(Settings(matrix_homeserver="http://127.0.0.1:1", matrix_user_id="@bot:x"))


def test_reply_quote_of_older_clients_is_not_read_as_the_question() -> None:
    body = "> <@alice:x> what is mdma\n> more\n\nhow much should I take"
    assert matrix._without_reply_fallback(body) == "how much should I take"
    assert matrix._without_reply_fallback("plain") == "plain"


def test_a_reply_longer_than_an_event_is_sent_in_pieces_that_keep_citations_whole() -> None:
    citations = [
        Citation(n=n, source_id="s", title="T", publisher="P", url=f"https://example.org/{n}", doc_id="d",
                 section="s", quote="q")
        for n in (1, 2)
    ]
    reply = Reply(kind="answer", text="Ketamine affects coordination [1][2]. " * 1200, citations=citations)
    pieces = matrix._pieces(reply)

    assert len(pieces) > 1
    assert all(len(body) <= matrix.BODY_LIMIT and len(html) <= matrix.BODY_LIMIT for body, html in pieces)
    assert sum(body.count("[1][2]") for body, _ in pieces) == 1200
    assert pieces[-1][0].endswith("[2] T, P. https://example.org/2")
