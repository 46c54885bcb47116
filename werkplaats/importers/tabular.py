"""Questionnaires as tables (.csv, .tsv, .xlsx): one document per respondent.

The first non-empty row holds the questions. Each column is classified once:

* the respondent column (``respondent``, ``resp. nr``, ``id``, ``naam``,
  ``casus``, ``deelnemer``, ...) names the case, ``<bestand> – <id>``;
* ``regio`` and ``gemeente`` columns fill the document's region/municipality;
* open questions (mean answer length over 25 characters, or most answers of
  four words or more) become ANSWER segments, the question above the answer;
* every other column is a closed question and becomes a case attribute.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import PurePath
from typing import Any

from ..model import ANSWER, METADATA, ImportedDocument, TextBuilder
from .base import ImportFailure, Importer, decode_text, expect_kind

# (pattern on the normalised header, priority: lower wins)
ID_HEADERS = [
    (re.compile(r"(respondent|resp|deelnemer)( ?(nummer|nr|no|id|code|naam))?"), 0),
    (re.compile(r"(casus|case)( ?(nummer|nr|no|id|code|naam))?"), 1),
    (re.compile(r"id|nr|no|nummer|volgnummer"), 2),
    (re.compile(r"naam"), 3),
]
REGION_HEADER = re.compile(r"(arbeidsmarkt ?)?regio")
MUNICIPALITY_HEADER = re.compile(r"(woon ?)?gemeente")
INT_RE = re.compile(r"-?(0|[1-9]\d*)")
FLOAT_RE = re.compile(r"-?\d+[.,]\d+")
DELIMITERS = ";,\t"


def header_key(header: str) -> str:
    """``"Resp. nr."`` → ``"resp nr"``: lower case, punctuation as single spaces."""
    return " ".join(re.sub(r"[._\-#:/()]", " ", header.lower()).split())


def cell_text(value: Any) -> str:
    """A cell as text: dates in ISO form, whole floats without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def as_number(value: Any) -> int | float | None:
    """A number for a numeric cell or text (``"3"``, ``"3,5"``), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    text = cell_text(value)
    if INT_RE.fullmatch(text):
        return int(text)
    if FLOAT_RE.fullmatch(text):
        return float(text.replace(",", "."))
    return None


def unique_headers(row: list[Any], width: int) -> list[str]:
    """Column names: empty ones become ``kolom N``, repeats get ``(2)``, ``(3)``."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i in range(width):
        name = " ".join(cell_text(row[i] if i < len(row) else None).split()) or f"kolom {i + 1}"
        count = seen.get(name.lower(), 0) + 1
        seen[name.lower()] = count
        names.append(name if count == 1 else f"{name} ({count})")
    return names


def is_open(values: list[str]) -> bool:
    """Free-text column: long answers on average, or mostly four words or more."""
    if not values or all(as_number(v) is not None for v in values):
        return False
    mean = sum(len(v) for v in values) / len(values)
    return mean > 25 or sum(len(v.split()) >= 4 for v in values) * 2 > len(values)


def build_documents(rows: list[list[Any]], name: str, fmt: str, extra: dict | None = None) -> list[ImportedDocument]:
    """One document per non-empty data row of ``rows`` (header first)."""
    numbered = [(n, row) for n, row in enumerate(rows, 1) if any(cell_text(v) for v in row)]
    if not numbered:
        raise ImportFailure("het bestand bevat geen gegevens")
    (_, header_row), data = numbered[0], numbered[1:]
    filled = [v for v in header_row if cell_text(v)]
    if all(as_number(v) is not None or isinstance(v, (dt.date, dt.time)) for v in filled):
        raise ImportFailure("de eerste regel bevat geen kolomnamen (vragen); voeg een kopregel toe")
    if not data:
        raise ImportFailure("het bestand bevat alleen een kopregel en geen antwoorden")
    width = max(len(row) for _, row in numbered)
    headers = unique_headers(header_row, width)
    cells = [[row[i] if i < len(row) else None for i in range(width)] for _, row in data]
    columns = [[cell_text(r[i]) for r in cells if cell_text(r[i])] for i in range(width)]

    id_col = min(
        ((prio, i) for i, h in enumerate(headers) for pattern, prio in ID_HEADERS if pattern.fullmatch(header_key(h))),
        default=(None, None),
    )[1]
    region_col = next((i for i, h in enumerate(headers) if REGION_HEADER.fullmatch(header_key(h))), None)
    municipality_col = next((i for i, h in enumerate(headers) if MUNICIPALITY_HEADER.fullmatch(header_key(h))), None)
    special = {id_col, region_col, municipality_col}
    open_cols = {i for i in range(width) if i not in special and is_open(columns[i])}
    numeric_cols = {i for i in range(width) if columns[i] and all(as_number(v) is not None for v in columns[i])}

    stem = PurePath(name).stem
    documents: list[ImportedDocument] = []
    titles: set[str] = set()
    for ordinal, ((row_number, _), row) in enumerate(zip(data, cells), 1):
        respondent = cell_text(row[id_col]) if id_col is not None else ""
        case = f"{stem} – {respondent or f'Respondent {ordinal}'}"
        title = case if case not in titles else f"{case} (rij {row_number})"
        titles.add(title)
        builder = TextBuilder()
        attributes: dict[str, Any] = {}
        for i in sorted(open_cols):
            answer = cell_text(row[i])
            if answer:
                builder.add(answer, ANSWER, prefix=f"{headers[i]}\n", speaker=None)
        for i in range(width):
            value = row[i]
            if i in open_cols or i in special or not cell_text(value):
                continue
            number = as_number(value) if i in numeric_cols else None
            attributes[headers[i]] = number if number is not None else cell_text(value)
        if not builder.segments:
            lines = [f"{headers[i]}: {cell_text(row[i])}" for i in range(width) if cell_text(row[i])]
            builder.add("\n".join(lines), METADATA)
        documents.append(
            builder.build(
                title,
                fmt,
                metadata={"Rij": row_number, **(extra or {})},
                case=case,
                region=cell_text(row[region_col]) or None if region_col is not None else None,
                municipality=cell_text(row[municipality_col]) or None if municipality_col is not None else None,
                source_type="vragenlijst",
                case_attributes=attributes,
            )
        )
    return documents


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """How well ``delimiter`` splits ``sample``: (share of rows as wide as the header, width)."""
    try:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(r)][:50]
    except csv.Error:
        return 0.0, 0
    if len(rows) > 2:
        rows = rows[:-1]  # the sample may cut the last record
    if not rows or len(rows[0]) < 2:
        return 0.0, 0
    return sum(len(r) == len(rows[0]) for r in rows) / len(rows), len(rows[0])


def choose_delimiter(sample: str, tsv: bool) -> str:
    """Sniff the delimiter among ``;`` ``,`` and tab; Dutch Excel writes ``;``."""
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (scores[d], d == "\t" if tsv else d == ";"))
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    if scores[best][1] == 0:  # one column: the delimiter does not matter
        return "\t" if tsv else ";"
    return best


class CsvImporter(Importer):
    extensions = (".csv", ".tsv")
    format = "csv"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        suffix = PurePath(name).suffix.lower() or ".csv"
        expect_kind(data, None, suffix)
        text = decode_text(data).lstrip("\ufeff")
        first, _, rest = text.partition("\n")
        m = re.fullmatch(r'"?sep=(.)"?\r?', first.strip("\r"))
        if m:  # Excel's "sep=;" hint line
            delimiter, text = m.group(1), rest
        else:
            delimiter = choose_delimiter(text[:65536], suffix == ".tsv")
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        try:
            rows = list(reader)
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise ImportFailure(
                    f"een aanhalingsteken (\") wordt niet afgesloten; "
                    f"het bestand eindigt in een cel (regel {reader.line_num})"
                ) from None
            try:
                rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
            except csv.Error as exc2:
                raise ImportFailure(f"het CSV-bestand kan niet gelezen worden (regel {reader.line_num}: {exc2})") from None
        return build_documents(rows, name, self.format)


class XlsxImporter(Importer):
    extensions = (".xlsx",)
    format = "xlsx"

    def read(self, data: bytes, name: str) -> list[ImportedDocument]:
        import openpyxl  # imported lazily, only for this format

        expect_kind(data, "zip", ".xlsx")
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, EOFError, ValueError):
            raise ImportFailure("het Excel-bestand is beschadigd of onvolledig (geen geldig zip-archief)") from None
        if "xl/workbook.xml" not in names:
            if "word/document.xml" in names:
                raise ImportFailure("het bestand is een Word-document, geen Excel-werkmap (.xlsx)")
            if "content.xml" in names:
                raise ImportFailure("het bestand is een OpenDocument-bestand; sla het op als .xlsx")
            raise ImportFailure("het bestand is een zip-archief maar geen Excel-werkmap (.xlsx)")
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # InvalidFileException, KeyError, zlib/XML errors, ...
            raise ImportFailure(f"het Excel-bestand kan niet gelezen worden ({type(exc).__name__})") from None
        try:
            for sheet in workbook.worksheets:
                if not hasattr(sheet, "iter_rows"):
                    continue
                rows = [list(row) for row in sheet.iter_rows(values_only=True)]
                if any(cell_text(v) for row in rows for v in row):
                    return build_documents(rows, name, self.format, {"Blad": sheet.title})
        except ImportFailure:
            raise
        except Exception as exc:
            raise ImportFailure(f"het Excel-bestand is beschadigd ({type(exc).__name__})") from None
        finally:
            workbook.close()
        raise ImportFailure("de Excel-werkmap bevat geen gegevens")
