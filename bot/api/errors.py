"""Every error the API returns is JSON with a readable `detail` and a stable `error` code, never a crash page.

Error bodies are bounded (`MAX_DETAIL_CHARS`): a request with 32,000 invalid history turns gets the first
few problems and a count, not one sentence per turn.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    429: "rate_limited",
    503: "not_ready",
}
MAX_PROBLEMS = 5  # named one by one; the rest are counted
MAX_DETAIL_CHARS = 1000  # so a whole error body stays well under 4 KB


class ErrorBody(BaseModel):
    """The one error shape."""

    error: str = Field(description="A stable code: invalid_request, too_large, rate_limited, overloaded, ...")
    detail: str = Field(description="A readable sentence for a person; never echoes the input.")


DESCRIPTIONS = {
    400: "The body is not UTF-8 or could not be read",
    413: "The message is over 2,000 characters, or the body over HRBOT_MAX_BODY_BYTES",
    422: "Invalid request: malformed JSON, a wrong shape or an empty value",
    429: "Rate limited; see Retry-After",
    503: "Still loading, or too busy (too many requests in flight); see Retry-After",
}


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses, each with the error shape (and Retry-After where sent)."""
    retry = {"Retry-After": {"description": "Seconds to wait before trying again", "schema": {"type": "integer"}}}
    return {
        status: {"model": ErrorBody, "description": DESCRIPTIONS[status], **({"headers": retry} if status in (429, 503) else {})}
        for status in statuses
    }


def bounded(detail: str) -> str:
    return detail if len(detail) <= MAX_DETAIL_CHARS else detail[: MAX_DETAIL_CHARS - 1] + "…"


def error_response(status: int, detail: str, *, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape: `{"error": code, "detail": message}`, with the detail bounded."""
    return JSONResponse(
        {"error": CODES.get(status, "error"), "detail": bounded(detail)}, status_code=status, headers=headers
    )


def readable(error: RequestValidationError) -> str:
    """One sentence per problem (the first few), naming the field; the input itself is never echoed."""
    errors = error.errors()
    problems = []
    for item in errors[:MAX_PROBLEMS]:
        if item.get("type") == "json_invalid":
            reason = str((item.get("ctx") or {}).get("error", ""))[:100]
            problems.append(f"The body is not valid JSON{': ' + reason if reason else ''}.")
            continue
        where = ".".join(str(part)[:40] for part in item.get("loc", ()) if part != "body") or "body"
        message = str(item.get("msg", "invalid value")).removeprefix("Value error, ")[:200]
        problems.append(f"{where}: {message}.")
    if len(errors) > MAX_PROBLEMS:
        problems.append(f"And {len(errors) - MAX_PROBLEMS} more problem(s).")
    return " ".join(problems) or "The request is not valid."


def install(app: FastAPI) -> None:
    """Register the handlers that turn validation and HTTP errors into the error shape."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(422, readable(error))

    @app.exception_handler(HTTPException)
    async def _http(_: Request, error: HTTPException) -> JSONResponse:
        return error_response(error.status_code, str(error.detail), headers=dict(error.headers or {}))
