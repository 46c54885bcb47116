"""The user's settings, read at the edge (CLI and TUI entry), never by the library core.

Library functions take the coder as a parameter; only the entry points call
:func:`resolve_coder`.
"""

from __future__ import annotations

import getpass
import os
import tomllib
from pathlib import Path

ENV_CODER = "WERKPLAATS_CODER"
FALLBACK_CODER = "onderzoeker"


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/werkplaats/config.toml`` (default ``~/.config/werkplaats/config.toml``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "werkplaats" / "config.toml"


def resolve_coder(explicit: str | None = None) -> str:
    """The coder's name: ``explicit`` (the ``--coder`` option), else ``$WERKPLAATS_CODER``,
    else ``coder = "…"`` in the config file, else the login name.

    :param explicit: a name the user gave on the command line, or ``None``.
    """
    if explicit and explicit.strip():
        return explicit.strip()
    if os.environ.get(ENV_CODER, "").strip():
        return os.environ[ENV_CODER].strip()
    path = config_path()
    if path.exists():
        try:
            name = tomllib.loads(path.read_text(encoding="utf-8")).get("coder")
            if isinstance(name, str) and name.strip():
                return name.strip()
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
            pass
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): a neutral name
        return FALLBACK_CODER
