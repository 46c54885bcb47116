"""Matrices as real Word tables: heat-map shading, a legend, repeating header rows.

:func:`add_matrix` and :func:`add_framework` write into an open python-docx
document (used by the report); :func:`export_matrix_docx` writes a document
with one matrix. Wide matrices go in a landscape section and, when they
have more columns than fit, are split into several tables ("vervolg").
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from ..analysis.framework import FrameworkMatrix
from ..analysis.matrices import FEW_WORDS, Matrix
from . import wordtools as wt

LABEL_CM = {"portrait": 6.0, "landscape": 6.0}
MIN_COL_CM = 0.9  # narrowest data column (vertical header)
HORIZONTAL_COL_CM = 1.7  # a data column with a horizontal header
KEEP_WHOLE = 15  # a table with at most this many rows is never split over two pages
KEEP_FIRST, KEEP_LAST = 4, 2  # longer tables: rows kept with the header and with the legend
FEW_WORDS_FILL, FEW_WORDS_TEXT = "F2F2F2", "808080"
PORTRAIT_DATA_CM = 17.0 - LABEL_CM["portrait"]
LANDSCAPE_DATA_CM = 26.7 - LABEL_CM["landscape"]
FRAMEWORK_CASE_CM = 4.2
FRAMEWORK_MAX_CODES = 6


def _longest_word(labels) -> str:
    return max((w for label in labels for w in str(label).split()), key=len, default="")


def layout(matrix: Matrix) -> tuple[bool, bool, int]:
    """``(landscape, vertical headers, columns per table)`` for a matrix.

    Horizontal headers only when every column is wide enough for its longest
    word: a header never breaks inside a word.
    """
    n = max(1, matrix.frame.shape[1])
    labels = [matrix.column_label(c) + (" *" if c in matrix.few_words else "") for c in matrix.frame.columns]
    word_cm = wt.text_cm(_longest_word(labels), 8, bold=True) + 0.3
    if n * max(HORIZONTAL_COL_CM, word_cm) <= PORTRAIT_DATA_CM:
        return False, False, n
    if n * max(HORIZONTAL_COL_CM, word_cm) <= LANDSCAPE_DATA_CM:
        return True, False, n
    per_table = max(1, int(LANDSCAPE_DATA_CM // MIN_COL_CM))
    chunks = math.ceil(n / per_table)
    return True, True, math.ceil(n / chunks)


def needs_landscape(matrix: Matrix) -> bool:
    return layout(matrix)[0]


def heat_top(matrix: Matrix, parents: set) -> float:
    """The value that gets the darkest shade (shares: 100%; co-occurrence: off the diagonal).

    Parent rows and rates on fewer than 1,000 words do not count: they would
    take the darkest shade from the cells that can bear it.
    """
    if matrix.is_share:
        return 1.0
    frame = matrix.frame.drop(index=[p for p in parents if p in matrix.frame.index],
                              columns=[c for c in matrix.few_words if c in matrix.frame.columns]).fillna(0)
    if matrix.measure == "samen":
        values = [frame.at[r, c] for r in frame.index for c in frame.columns if r != c]
        return float(max(values, default=0))
    return float(frame.to_numpy().max()) if frame.size else 0.0


def _header_rows(matrix: Matrix, columns: list, widths: list, vertical: bool) -> list[str]:
    """The column labels (``*`` marks rates on few words) and, for rates, a row with the words per column."""
    few = matrix.few_words
    longest = max((len(matrix.column_label(c)) for c in columns), default=4)
    cells = [wt.cell_xml([wt.para_xml([wt.run_xml(matrix.rows_name.capitalize(), bold=True)], keep_next=True)],
                         widths[0], wt.HEADER_FILL, valign="bottom")]
    for key, width in zip(columns, widths[1:]):
        runs = [wt.run_xml(matrix.column_label(key), bold=True)]
        if key in few:
            runs.append(wt.run_xml(" *", bold=True))
        para = wt.para_xml(runs, None if vertical else "center", keep_next=True)
        cells.append(wt.cell_xml([para], width, wt.HEADER_FILL, vertical=vertical, valign="bottom"))
    height = min(5.5, 0.6 + min(longest, 32) * 0.19) if vertical else None
    rows = [(cells, height)]
    if matrix.is_rate and matrix.column_words:
        words = [wt.cell_xml([wt.para_xml([wt.run_xml("Woorden tekst", italic=True, size=7)], keep_next=True)],
                             widths[0], wt.HEADER_FILL)]
        for key, width in zip(columns, widths[1:]):
            n = matrix.column_words.get(key, 0)
            text = f"{n:,}".replace(",", ".")
            words.append(wt.cell_xml([wt.para_xml([wt.run_xml(text, italic=True, size=7,
                                                              colour=FEW_WORDS_TEXT if key in few else None)],
                                                  "center", keep_next=True)], width, wt.HEADER_FILL, no_wrap=True))
        rows.append((words, None))
    return rows


def _table(document, matrix: Matrix, columns: list, vertical: bool, parents: set, top: float) -> None:
    label_cm = LABEL_CM["landscape" if wt.text_width(document) > Cm(20) else "portrait"]
    data_cm = (wt.text_width(document) / 360000 - label_cm) / max(1, len(columns))
    data_cm = min(data_cm, 2.6)
    widths = [Cm(label_cm)] + [Cm(data_cm)] * len(columns)
    table = document.add_table(rows=0, cols=len(columns) + 1)
    table.style = "Table Grid"
    wt.table_setup(table, widths)
    for cells, height in _header_rows(matrix, columns, widths, vertical):
        wt.add_row_xml(table, cells, header=True, height_cm=height)
    frame = matrix.frame
    values = frame[columns].to_numpy() if columns else None
    diagonal = matrix.measure == "samen"
    few = matrix.few_words
    last = len(frame.index) - 1
    for i, key in enumerate(frame.index):
        is_parent = key in parents
        depth = matrix.row_depth.get(key, 0)
        # keep a short table whole, a long one's first rows with its header and its last rows with the legend
        keep = last < KEEP_WHOLE or i < KEEP_FIRST or i >= last - KEEP_LAST + 1
        label = wt.para_xml([wt.run_xml(matrix.row_label(key), bold=is_parent)], indent_cm=0.3 * depth,
                            keep_next=keep)
        cells = [wt.cell_xml([label], widths[0], wt.HEADER_FILL if is_parent else None)]
        for j, column in enumerate(columns):
            value = values[i, j]
            # a rate on little text: grey italic figures, never a heat colour
            colour, italic = (FEW_WORDS_TEXT, True) if column in few else (None, False)
            if diagonal and key == column:
                fill = wt.DIAGONAL
            elif is_parent:
                fill = wt.HEADER_FILL
            elif column in few:
                fill = FEW_WORDS_FILL
            else:
                fill = wt.HEAT[wt.heat_level(value, top)]
            if fill in wt.DARK:
                colour = "FFFFFF"
            run = wt.run_xml(matrix.format(value), bold=is_parent, italic=italic, colour=colour)
            cells.append(wt.cell_xml([wt.para_xml([run], "center", keep_next=keep)], widths[j + 1], fill,
                                     valign="center"))
        wt.add_row_xml(table, cells)


def few_words_note(matrix: Matrix) -> str:
    """The footnote under a rate table with columns on fewer than 1,000 words ('' when there are none)."""
    few = [matrix.column_label(c) for c in matrix.frame.columns if c in matrix.few_words]
    if not few:
        return ""
    return (f"* Minder dan {FEW_WORDS:,} woorden tekst".replace(",", ".")
            + f" ({', '.join(few)}): het aantal per 10.000 woorden berust op weinig tekst en kan door één "
              "fragment sterk veranderen. Deze cellen zijn grijs en tellen niet mee voor de kleurschaal.")


def legend_labels(matrix: Matrix, top: float) -> list[str]:
    """What each of the six shades stands for: ``["0", "1–2", "3–4", …]``."""
    bounds = [top * k / 5 for k in range(6)]
    labels = ["0"]
    for k in range(1, 6):
        if matrix.is_share or matrix.is_rate:
            labels.append(f"≤ {matrix.format(bounds[1])}" if k == 1
                          else f"{matrix.format(bounds[k - 1])} – {matrix.format(bounds[k])}")
        else:  # whole numbers: say exactly which counts
            low, high = math.floor(bounds[k - 1]) + 1, math.floor(bounds[k])
            labels.append("–" if high < low else str(low) if low == high else f"{low}–{high}")
    return labels


def add_legend(document, matrix: Matrix, top: float, parents: bool) -> None:
    """A one-row table with the five shades and the range each stands for."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(4)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run("Legenda: hoe donkerder de cel, hoe hoger de waarde"
                            + ("; vetgedrukte rijen (grijs) zijn hoofdcodes met het totaal van hun subcodes"
                               if parents else "")
                            + ("; de diagonaal (grijs) is het totaal van de code zelf" if matrix.measure == "samen"
                               else "") + ".")
    run.font.size = Pt(8)
    labels = legend_labels(matrix, top)
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    widths = [Cm(2.2)] * 6
    wt.table_setup(table, widths)
    wt.set_widths(table.rows[0], widths)
    for level, (cell, label) in enumerate(zip(table.rows[0].cells, labels)):
        fill = wt.HEAT[level]
        wt.write(cell, label, size=7, align=WD_ALIGN_PARAGRAPH.CENTER, colour="FFFFFF" if fill in wt.DARK else None)
        if fill != "FFFFFF":
            wt.shade(cell, fill)


def add_matrix(document, matrix: Matrix, level: int = 2, note: str | None = None) -> None:
    """Heading, description, table(s) and legend; starts a landscape section when the matrix is wide."""
    landscape, vertical, per_table = layout(matrix)
    wt.start_section(document, landscape)
    document.add_heading(matrix.title, level)
    text = matrix.description + (f" Selectie: {matrix.filters}." if matrix.filters else "")
    document.add_paragraph(text + (f" {note}" if note else "")).paragraph_format.keep_with_next = True
    parents = matrix.parent_rows
    top = heat_top(matrix, parents)
    columns = list(matrix.frame.columns)
    chunks = [columns[i:i + per_table] for i in range(0, len(columns), per_table)] or [[]]
    for n, chunk in enumerate(chunks):
        if n:
            p = document.add_paragraph(f"{matrix.title} (vervolg, deel {n + 1} van {len(chunks)})")
            p.runs[0].italic = True
            p.paragraph_format.keep_with_next = True
        _table(document, matrix, chunk, vertical, parents, top)
    note = few_words_note(matrix)
    if note:
        p = document.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(3)
        run = p.add_run(note)
        run.font.size = Pt(8)
        run.italic = True
    add_legend(document, matrix, top, bool(parents))


def _quote_paragraphs(fw: FrameworkMatrix, case_id: int, code_id: str) -> list[str]:
    content = fw.cell(case_id, code_id)
    if content.memo:
        return [wt.para_xml([wt.run_xml("Memo: " + content.memo, italic=True, size=7)])]
    paragraphs = [
        wt.para_xml([wt.run_xml(f"“{quote.text}”", size=7),
                     wt.run_xml(f" ({quote.reference})", italic=True, size=6.5)], after_pt=2)
        for quote in content.quotes
    ]
    if content.count > len(content.quotes) and content.quotes:
        paragraphs.append(wt.para_xml([wt.run_xml(f"{content.count} fragmenten in totaal", italic=True, size=6.5)]))
    return paragraphs


def add_framework(document, fw: FrameworkMatrix, level: int = 2, case_memos: bool = True) -> None:
    """The framework matrix in landscape, at most six codes per table.

    ``case_memos``: show the researcher's memo on a case under its name (the
    report lists them once instead, not in every table).
    """
    wt.start_section(document, True)
    codes = fw.codes
    parts = max(1, math.ceil(len(codes) / FRAMEWORK_MAX_CODES))
    size = math.ceil(len(codes) / parts)  # balanced: 7 codes → 4 + 3, not 6 + 1
    chunks = [codes[i:i + size] for i in range(0, len(codes), size)]
    for n, chunk in enumerate(chunks):
        suffix = f" (deel {n + 1} van {len(chunks)})" if len(chunks) > 1 else ""
        document.add_heading(fw.title + suffix, level)
        if n == 0:
            intro = document.add_paragraph(fw.description + (f" Selectie: {fw.filters}." if fw.filters else ""))
            intro.paragraph_format.keep_with_next = True
        width = (wt.text_width(document) / 360000 - FRAMEWORK_CASE_CM) / max(1, len(chunk))
        widths = [Cm(FRAMEWORK_CASE_CM)] + [Cm(width)] * len(chunk)
        table = document.add_table(rows=0, cols=len(chunk) + 1)
        table.style = "Table Grid"
        wt.table_setup(table, widths)
        header = [wt.cell_xml([wt.para_xml([wt.run_xml(text, bold=True)], keep_next=True)], w, wt.HEADER_FILL)
                  for text, w in zip(["Casus"] + [name for _, name in chunk], widths)]
        wt.add_row_xml(table, header, header=True)
        for case_id, case_name in fw.cases:
            if not any(fw.cell(case_id, c).count or fw.cell(case_id, c).memo for c, _ in chunk):
                continue
            label = [wt.para_xml([wt.run_xml(case_name, bold=True)]),
                     wt.para_xml([wt.run_xml(fw.case_regions.get(case_id) or "", size=7)])]
            if case_memos and fw.case_memos.get(case_id):
                label.append(wt.para_xml([wt.run_xml("Memo: " + fw.case_memos[case_id], italic=True, size=7)]))
            cells = [wt.cell_xml(label, widths[0])]
            cells += [wt.cell_xml(_quote_paragraphs(fw, case_id, code_id), w)
                      for (code_id, _name), w in zip(chunk, widths[1:])]
            wt.add_row_xml(table, cells, cant_split=False)


def export_matrix_docx(matrix: Matrix, path: str | Path, project_name: str = "") -> None:
    """A Word document with one matrix (landscape when wide)."""
    document = wt.new_document()
    if needs_landscape(matrix):
        wt.orient(document.sections[0], landscape=True)
    add_matrix(document, matrix, level=1)
    made = f"Gemaakt op {dt.date.today().strftime('%d-%m-%Y')} met werkplaats"
    made += f" uit project {project_name}." if project_name else "."
    note = document.add_paragraph(made + " Persoonsgegevens in labels zijn gepseudonimiseerd.")
    note.runs[0].italic = True
    finish(document, matrix.title, project_name)
    document.save(str(path))


def finish(document, title: str, project_name: str = "") -> None:
    """Page numbers in the footer and real document properties (a matrix or framework file on its own)."""
    from .wordfields import add_page_footer, set_properties

    add_page_footer(document)
    set_properties(document, title + (f" ({project_name})" if project_name else ""))
