"""What the Matrix connector keeps across restarts: the login session and the sync token.

The sync token is why a restart neither answers an event twice nor replays the backlog;
the session means a password login does not create a new device on every start.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class MatrixSession:
    """A logged-in device: enough to resume without logging in again."""

    homeserver: str
    user_id: str
    device_id: str
    access_token: str


class MatrixStore:
    """Two small files in `directory`; the session file is readable by its owner only."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @property
    def _token_path(self) -> Path:
        return self.directory / "sync_token"

    @property
    def _session_path(self) -> Path:
        return self.directory / "session.json"

    def load_sync_token(self) -> str | None:
        try:
            return self._token_path.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def save_sync_token(self, token: str) -> None:
        self._write(self._token_path, token)

    def load_session(self) -> MatrixSession | None:
        """The saved session, or None when there is none or it can't be read."""
        try:
            return MatrixSession(**json.loads(self._session_path.read_text(encoding="utf-8")))
        except (FileNotFoundError, TypeError, ValueError):
            return None

    def save_session(self, session: MatrixSession) -> None:
        self._write(self._session_path, json.dumps(asdict(session)), private=True)

    def forget_session(self) -> None:
        self._session_path.unlink(missing_ok=True)

    def _write(self, path: Path, text: str, *, private: bool = False) -> None:
        """Write atomically (a crash leaves the old file or the new one, never half of one)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, path)
