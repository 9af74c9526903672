"""/docs works offline: Swagger UI comes from the installed package, under the same strict CSP as every page."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.core import Bot
from bot.settings import Settings


def test_the_docs_page_loads_only_files_from_this_host(bot: Bot) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    page = api.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "unsafe-inline" not in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") or s.startswith("data:") for s in sources), sources
    assert "<script>" not in page.text  # no inline script for the CSP to block
    for source in sources:
        if source.startswith("/"):
            assert api.get(source).status_code == 200, source
    assert "SwaggerUIBundle" in api.get("/docs/assets/swagger-ui-bundle.js").text
    assert api.get("/docs/assets/swagger-ui.css").headers["content-type"].startswith("text/css")


def test_only_the_listed_assets_are_served(bot: Bot) -> None:
    api = TestClient(create_app(Settings(), bot=bot))
    assert api.get("/docs/assets/index.html").status_code == 404
    assert api.get("/docs/assets/..%2F..%2Fsettings.py").status_code == 404
    assert api.get("/redoc").status_code == 404  # it would load ReDoc from a CDN
