"""werkplaats: a qualitative research workbench for Dutch ontwikkelwerkplaatsen."""

__version__ = "0.1.0"
