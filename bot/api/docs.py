"""The API docs at /docs: Swagger UI served from this package (`bot/static/swagger-ui/`), nothing from a CDN.

FastAPI's own /docs loads Swagger UI from a CDN with an inline script: blank offline, and blocked by the
strict Content-Security-Policy every page carries. This page loads only files from this host. Swagger UI
is vendored (5.x, Apache-2.0) because the PyPI `swagger-ui-bundle` ships 4.15, which cannot read OpenAPI 3.1.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from bot.api.pages import STATIC

SWAGGER_UI = STATIC / "swagger-ui"
ASSETS = {  # name → (directory, media type): only these are served
    "swagger-ui.css": (SWAGGER_UI, "text/css; charset=utf-8"),
    "swagger-ui-bundle.js": (SWAGGER_UI, "text/javascript; charset=utf-8"),
    "docs.js": (STATIC, "text/javascript; charset=utf-8"),
}
CACHE = {"Cache-Control": "public, max-age=3600"}
router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs() -> FileResponse:
    return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")


@router.get("/docs/assets/{name}")
def asset(name: str) -> FileResponse:
    if name not in ASSETS:
        raise HTTPException(status_code=404, detail="Not found.")
    directory, media_type = ASSETS[name]
    return FileResponse(directory / name, media_type=media_type, headers=CACHE)
