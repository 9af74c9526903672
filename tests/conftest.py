"""Shared fixtures: real components only (the real model, a real Chroma directory)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core import Bot
from bot.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings for the real knowledge base, with an index in a fresh temporary directory."""
    return Settings(index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def bot(settings: Settings) -> Bot:
    """One bot for the whole session, loaded once, as a service would."""
    return Bot.load(settings)


@pytest.fixture()
def mini_kb(tmp_path: Path) -> Path:
    """A private copy of the tiny knowledge base, free to edit."""
    target = tmp_path / "kb"
    shutil.copytree(FIXTURES / "mini_kb", target)
    return target
