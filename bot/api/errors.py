"""Every error the API returns is JSON with a readable `detail` and a stable `error` code, never a crash page."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
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


def error_response(status: int, detail: str, *, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape: `{"error": code, "detail": message}`."""
    return JSONResponse({"error": CODES.get(status, "error"), "detail": detail}, status_code=status, headers=headers)


def readable(error: RequestValidationError) -> str:
    """One sentence per problem, naming the field; the input itself is never echoed (it may be private)."""
    problems = []
    for item in error.errors():
        if item.get("type") == "json_invalid":
            reason = (item.get("ctx") or {}).get("error", "")
            problems.append(f"The body is not valid JSON{': ' + reason if reason else ''}.")
            continue
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
        message = str(item.get("msg", "invalid value")).removeprefix("Value error, ")
        problems.append(f"{where}: {message}.")
    return " ".join(problems) or "The request is not valid."


def install(app: FastAPI) -> None:
    """Register the handlers that turn validation and HTTP errors into the error shape."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(422, readable(error))

    @app.exception_handler(HTTPException)
    async def _http(_: Request, error: HTTPException) -> JSONResponse:
        return error_response(error.status_code, str(error.detail), headers=dict(error.headers or {}))
