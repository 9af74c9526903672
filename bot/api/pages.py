"""The demo page at `/` and the widget's files, served from `bot/static/`."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parent.parent / "static"
router = APIRouter(include_in_schema=False)

FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8"),
    "/widget.css": ("widget.css", "text/css; charset=utf-8"),
    "/demo.css": ("demo.css", "text/css; charset=utf-8"),
}


def _serve(name: str, media_type: str):  # noqa: ANN202 - a route factory
    def serve() -> FileResponse:
        return FileResponse(STATIC / name, media_type=media_type, headers={"Cache-Control": "public, max-age=300"})

    return serve


for _path, (_name, _type) in FILES.items():
    router.add_api_route(_path, _serve(_name, _type), methods=["GET", "HEAD"], name=_name)
