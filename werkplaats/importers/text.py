"""Plain text (.txt) and Markdown (.md) transcripts, notes and minutes."""

from __future__ import annotations

import re
from pathlib import PurePath

from ..model import HEADING, ImportedDocument
from .base import Importer, decode_text, expect_kind
from .structure import Paragraph, build_structure, split_plain_paragraphs

MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def title_from(name: str, metadata: dict, segments=()) -> str:
    """A document title: the header's Titel, a title heading at the top, or the file name."""
    if metadata.get("Titel"):
        return metadata["Titel"]
    for seg in list(segments)[:3]:
        if seg.kind == HEADING and seg.level in (0, 1) and len(seg.text) <= 150:
            return seg.text
    return PurePath(name).stem


class TextImporter(Importer):
    extensions = (".txt", ".text")
    format = "txt"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        expect_kind(data, None, PurePath(name).suffix or ".txt")
        text = decode_text(data)
        return [self.build(self.paragraphs(text), name)]

    def paragraphs(self, text: str) -> list[Paragraph]:
        return split_plain_paragraphs(text.replace("\r\n", "\n").replace("\r", "\n"))

    def build(self, paragraphs: list[Paragraph], name: str) -> ImportedDocument:
        builder, meta = build_structure(paragraphs)
        if not builder.segments:
            from .base import ImportFailure

            raise ImportFailure("het bestand bevat geen tekst")
        return builder.build(title_from(name, meta, builder.segments), self.format, metadata=meta)


class MarkdownImporter(TextImporter):
    """Markdown: ``#`` headings become headings, table rows become rows."""

    extensions = (".md", ".markdown")
    format = "md"

    def paragraphs(self, text: str) -> list[Paragraph]:
        result: list[Paragraph] = []
        body: list[str] = []

        def flush() -> None:
            if body:
                result.extend(split_plain_paragraphs("\n".join(body)))
                body.clear()

        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            heading = MD_HEADING.match(line)
            if heading:
                flush()
                result.append(Paragraph(heading.group(2), heading_level=len(heading.group(1))))
            elif line.strip().startswith("|") and line.strip().endswith("|"):
                flush()
                if not MD_TABLE_RULE.match(line):
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    result.append(Paragraph("\t".join(cells), table_row=True))
            else:
                body.append(line)
        flush()
        return result
