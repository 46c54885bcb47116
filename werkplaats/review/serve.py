"""Serve the review UI in a browser with textual-serve, without calls to the internet.

textual-serve's page template loads a font from Google; a reviewer's browser
should not contact anyone, so the page is served from a copy of the template
without that link (the UI then uses the browser's own monospace font).
"""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from pathlib import Path

EXTERNAL_LINK = re.compile(r"<link[^>]*https?://[^>]*>", re.IGNORECASE | re.DOTALL)


def local_templates() -> Path:
    """A template folder whose page references nothing outside this machine."""
    import textual_serve

    source = Path(textual_serve.__file__).resolve().parent / "templates" / "app_index.html"
    html = EXTERNAL_LINK.sub("", source.read_text(encoding="utf-8"))
    folder = Path(tempfile.mkdtemp(prefix="werkplaats-review-"))
    (folder / "app_index.html").write_text(html, encoding="utf-8")
    return folder


def serve(package: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    from textual_serve.server import Server

    command = f"{shlex.quote(sys.executable)} -m werkplaats.cli review open {shlex.quote(str(Path(package).resolve()))}"
    import textual_serve

    statics = Path(textual_serve.__file__).resolve().parent / "static"
    Server(command, host=host, port=port, title="werkplaats review", templates_path=local_templates(),
           statics_path=statics).serve()
