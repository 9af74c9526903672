"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bot.api.errors import documented

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str  # ready, loading or failed
    sections: int | None = None  # when ready: sections in the index
    error: str | None = None  # when failed: why


@router.get("/healthz", response_model=Health, responses=documented(503))
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "Loading, or loading failed"}},
)
def readyz(request: Request) -> JSONResponse:
    """Ready once the knowledge base, model and index are loaded."""
    holder = request.app.state.holder
    if holder.bot is not None:
        return JSONResponse({"status": "ready", "sections": len(holder.bot.retriever.sections)})
    if holder.error:
        return JSONResponse({"status": "failed", "error": holder.error}, status_code=503)
    return JSONResponse({"status": "loading"}, status_code=503)
