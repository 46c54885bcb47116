"""Indexes for per-coder code counts and for finding the segment at an offset.

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
DROP INDEX codings_coder;
CREATE INDEX codings_coder_code ON codings(coder, code_id);
CREATE INDEX segments_document_start ON segments(document_id, start);
"""
