"""The Textual coding UI (``werkplaats tui``)."""
