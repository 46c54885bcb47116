"""A rejected suggestion may name the part of the segment it was for (sentence-level suggestions).

Frozen: never edit a migration that has shipped; add a new one.
"""

SQL = """
ALTER TABLE nlp_decisions ADD COLUMN start INTEGER;
ALTER TABLE nlp_decisions ADD COLUMN "end" INTEGER;
"""
