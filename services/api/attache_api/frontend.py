"""The pages a browser gets: the explorer at `/`, GraphiQL at `GET /graphql`, and their files
under `/static`.

Our own files are in `static/`; the libraries they use (React, GraphiQL, cytoscape.js,
graphql-ws) are copied from the npm registry's packages into `static/vendor/` by the build step
(`make frontend`, which `make run` and `make test` run when needed), never committed and never
loaded from elsewhere at run time: the Content-Security-Policy lets a page load only from here.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from attache_api.problems import Problem

STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"
# What frontend/copy-vendor.mjs puts in VENDOR; the pages load nothing else from there.
VENDOR_FILES = (
    "react.production.min.js",
    "react-dom.production.min.js",
    "graphiql.min.js",
    "graphiql.min.css",
    "graphql-ws.min.js",
    "cytoscape.min.js",
)
# Scripts and styles from this origin only; GraphiQL and cytoscape set inline styles, and the
# pages talk to this API over HTTP and its WebSocket.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


def missing_vendor_files() -> list[str]:
    return [name for name in VENDOR_FILES if not (VENDOR / name).is_file()]


def page(name: str) -> Response:
    """One of our HTML pages; 503 saying how to build the libraries when they are missing."""
    missing = missing_vendor_files()
    if missing:
        detail = (
            "This page's browser libraries are not built: run `make frontend` (npm ci in "
            "frontend/, then a copy into attache_api/static/vendor). "
            f"Missing: {', '.join(missing)}."
        )
        raise Problem(503, detail)
    return FileResponse(STATIC / name, media_type="text/html", headers=PAGE_HEADERS)


async def explorer(_request: Request) -> Response:
    return page("index.html")


routes: list[BaseRoute] = [
    Route("/", explorer, methods=["GET"]),
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
]
