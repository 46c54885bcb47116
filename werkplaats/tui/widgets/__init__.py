from .document_view import DocumentView, Span
from .trees import CodeTree, DocumentTree

__all__ = ["CodeTree", "DocumentTree", "DocumentView", "Span"]
