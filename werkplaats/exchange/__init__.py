"""Exchange with other programs and other coders: REFI-QDA (.qdpx) import and export, merging
project copies, inter-coder agreement. The SQL lives in :mod:`werkplaats.store` (``project.exchange`` and the table families)."""
