"""A real Synapse homeserver on 127.0.0.1 for the Matrix tests: SQLite, a free port, no outside calls.

Synapse lives in its own virtualenv (`make synapse` creates `.synapse-venv/`): it is a test tool,
never a dependency of the bot.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.settings import PROJECT_ROOT

SYNAPSE_PYTHON = PROJECT_ROOT / ".synapse-venv" / "bin" / "python"
SERVER_NAME = "localhost"
STARTUP_SECONDS = 90


class SynapseUnavailable(RuntimeError):
    """Synapse is not installed (run `make synapse`) or did not start."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class User:
    user_id: str
    password: str
    access_token: str


class Synapse:
    """One homeserver process in `directory`; `start`, `register`, `stop`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.shared_secret = secrets.token_hex(16)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        if not SYNAPSE_PYTHON.exists():
            raise SynapseUnavailable(f"{SYNAPSE_PYTHON} is missing: run `make synapse`")
        config = self._write_config()
        subprocess.run(
            [str(SYNAPSE_PYTHON), "-m", "synapse.app.homeserver", "-c", str(config), "--generate-keys"],
            cwd=self.directory, check=True, capture_output=True, timeout=120,
        )
        log = (self.directory / "synapse.out").open("wb")
        self.process = subprocess.Popen(
            [str(SYNAPSE_PYTHON), "-m", "synapse.app.homeserver", "-c", str(config)],
            cwd=self.directory, stdout=log, stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if not k.startswith("HRBOT_")},
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SynapseUnavailable(f"Synapse exited: see {self.directory / 'synapse.out'}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        self.stop()
        raise SynapseUnavailable(f"Synapse did not answer within {STARTUP_SECONDS}s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def register(self, localpart: str, *, password: str | None = None) -> User:
        """A new user, created with the registration shared secret (the admin API's nonce + HMAC)."""
        password = password or secrets.token_hex(8)
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        nonce = httpx.get(endpoint, timeout=10).json()["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), localpart.encode(), password.encode(), b"notadmin"]))
        body = {"nonce": nonce, "username": localpart, "password": password, "admin": False, "mac": mac.hexdigest()}
        response = httpx.post(endpoint, json=body, timeout=30)
        response.raise_for_status()
        data = response.json()
        return User(user_id=data["user_id"], password=password, access_token=data["access_token"])

    def _write_config(self) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        media = self.directory / "media"
        media.mkdir(exist_ok=True)
        lenient = {"per_second": 1000, "burst_count": 1000}
        config = {
            "server_name": SERVER_NAME,
            "pid_file": str(self.directory / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                    "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": str(self.directory / "homeserver.db")}},
            "media_store_path": str(media),
            "signing_key_path": str(self.directory / "signing.key"),
            "registration_shared_secret": self.shared_secret,
            "macaroon_secret_key": secrets.token_hex(16),
            "form_secret": secrets.token_hex(16),
            "report_stats": False,
            "enable_metrics": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "federation_domain_whitelist": [],
            "presence": {"enabled": False},
            "url_preview_enabled": False,
            "enable_registration": False,
            "bcrypt_rounds": 4,  # test accounts only: fast password hashing
            "encryption_enabled_by_default_for_room_type": "off",
            "rc_message": lenient,
            "rc_registration": lenient,
            "rc_login": {"address": lenient, "account": lenient, "failed_attempts": lenient},
            "rc_joins": {"local": lenient, "remote": lenient},
            "rc_invites": {"per_room": lenient, "per_user": lenient, "per_issuer": lenient},
            "rc_admin_redaction": lenient,
        }
        path = self.directory / "homeserver.yaml"
        path.write_text(_yaml(config), encoding="utf-8")
        return path


def _yaml(config: dict) -> str:
    """JSON is valid YAML, and keeps this file free of a YAML writer's quirks."""
    import json

    return json.dumps(config, indent=2)
