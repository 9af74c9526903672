"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    """Ready once the knowledge base, model and index are loaded."""
    holder = request.app.state.holder
    if holder.bot is not None:
        return JSONResponse({"status": "ready", "sections": len(holder.bot.retriever.sections)})
    if holder.error:
        return JSONResponse({"status": "failed", "error": holder.error}, status_code=503)
    return JSONResponse({"status": "loading"}, status_code=503)
