"""What a matrix can be asked for: dimensions, measures, co-occurrence units (no pandas).

The CLI builds its options from these at start-up; keeping them here means
that does not import pandas.
"""

# Fixed column dimensions and their Dutch labels; anything else is a case attribute.
DIMENSIONS = {
    "casus": "casus",
    "regio": "regio",
    "gemeente": "gemeente",
    "type": "soort bron",
    "spreker": "spreker (rol)",
    "codeur": "codeur",
}
MEASURES = {
    "fragmenten": "aantal gecodeerde fragmenten",
    "documenten": "aantal documenten met de code",
    "casussen": "aantal casussen met de code",
    "aandeel": "aandeel van de casussen met de code",
    "per10k": "fragmenten per 10.000 woorden",
}
COOCCURRENCE_UNITS = {
    "overlap": "paren van overlappende fragmenten",
    "segment": "segmenten (sprekersbeurten, alinea's) waarin beide codes voorkomen",
}
