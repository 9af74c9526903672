"""Fixtures for the connectors: one real Synapse per test session, on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.channels.synapse import Synapse, SynapseUnavailable


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    """A homeserver for the whole session (it takes seconds to start). Missing in CI is a failure."""
    server = Synapse(tmp_path_factory.mktemp("synapse"))
    try:
        server.start()
    except (SynapseUnavailable, OSError) as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Synapse is required in CI: {error}")
        pytest.skip(f"Synapse unavailable: {error}")
    yield server
    server.stop()
