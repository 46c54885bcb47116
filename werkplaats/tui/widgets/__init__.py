from .document_view import DocumentView, Span
from .status import Bar
from .trees import CodeTree, DocumentTree

__all__ = ["Bar", "CodeTree", "DocumentTree", "DocumentView", "Span"]
