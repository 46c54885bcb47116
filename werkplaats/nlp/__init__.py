"""spaCy-assisted coding: Dutch pipeline, cached lemmas, lemma search and code suggestions.

Importing this package is cheap; spaCy is loaded on first use.

- :func:`load` — the Dutch pipeline (``nl_core_news_sm``, a named one, or the shipped fallback)
- :func:`annotate` — store lemmas of all segments (``werkplaats nlp annotate``)
- :func:`lemma_search` — search on lemmas (``schuld`` finds ``schulden``)
- :func:`suggest`, :func:`accept`, :func:`reject`, :func:`mark_no_code`, :func:`train`, :func:`evaluate`
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "load": ".load", "NlpError": ".load", "Pipeline": ".load",
    "annotate": ".annotate", "ensure_annotated": ".annotate",
    "lemma_search": ".search",
    "Suggestion": ".suggest", "suggest": ".suggest", "accept": ".suggest", "reject": ".suggest",
    "mark_no_code": ".suggest", "undo_decision": ".suggest", "train": ".suggest", "train_now": ".suggest",
    "evaluate": ".suggest", "holdout": ".suggest", "needs_training": ".suggest", "model_info": ".suggest",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(name)
