"""The logging setup `hrbot serve` hands uvicorn, so each worker prints the API's request lines."""

from __future__ import annotations

import copy
from typing import Any

from uvicorn.config import LOGGING_CONFIG


def log_config() -> dict[str, Any]:
    """uvicorn's own configuration plus the `hrbot` loggers at INFO (request id, kind, latency; no text)."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["hrbot"] = {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    config["handlers"]["hrbot"] = {"class": "logging.StreamHandler", "formatter": "hrbot", "stream": "ext://sys.stderr"}
    config["loggers"]["hrbot"] = {"handlers": ["hrbot"], "level": "INFO", "propagate": False}
    config["loggers"]["bot"] = {"handlers": ["hrbot"], "level": "INFO", "propagate": False}
    return config
