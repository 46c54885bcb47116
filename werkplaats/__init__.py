"""werkplaats: a qualitative research workbench for Dutch ontwikkelwerkplaatsen."""

from . import _startup

__version__ = "0.1.0"

# sqlite-utils would import pandas and numpy (~0.6 s) on every start; see _startup.
_startup.install()
