"""The full Word report: method, matrices, framework matrix, factors with quotes, codebook.

Built for a project lead to hand on: a title page, a table of contents written
from the headings (with page numbers from a LibreOffice rendering when
LibreOffice is installed; Word never has to update fields on opening), page
numbers in the footer, real document properties, a method section generated
from the data, every matrix as a shaded Word table (landscape when wide), a
heat-map chart, per factor its definition and a few pseudonymised quotes per
region, and the codebook as an appendix. Headings use Word's Heading 1/2 styles.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Cm, Pt

from .. import __version__
from ..analysis import Dataset, Filters, Quoter, framework_matrix, fragment_table, quotes_by_region, standard_matrices
from ..analysis.quotes import group_records, records
from ..analysis.dataset import UNKNOWN, region_order
from ..analysis.labels import coder_label, source_type_label
from ..analysis.matrices import FEW_WORDS
from ..regions import REGIONS
from ..store import Project
from . import safe_labels
from . import wordfields as wf
from . import wordtools as wt
from .docx import add_framework, add_matrix, needs_landscape
from .heatmap import heatmap_png
from .pdf import find_libreoffice, paginate

TITLE = "Werkzame factoren vergeleken"

TYPE_PLURAL = {
    "interview": ("interview", "interviews"),
    "casuistiek": ("verslag van een casuïstiekbespreking", "verslagen van casuïstiekbesprekingen"),
    "observatie": ("observatieverslag", "observatieverslagen"),
    "vragenlijst": ("vragenlijst", "vragenlijsten"),
    "overig": ("overig document", "overige documenten"),
}
CHAPTERS = [
    ("Factoren per regio", ["fragmenten-regio", "per10k-regio", "aandeel-regio"]),
    ("Factoren per casus", ["fragmenten-casus"]),
    ("Factoren naar gemeente, soort bron, spreker en codeur",
     ["per10k-gemeente", "per10k-type", "per10k-spreker", "fragmenten-codeur"]),
    ("Factoren naar trede op de participatieladder", ["casussen-trede_start", "casussen-verandering_trede"]),
    ("Codes die samen voorkomen", ["samen-overlap", "samen-segment"]),
]


@dataclass
class ReportSummary:
    path: Path
    matrices: int
    quotes: int
    documents: int
    fragments: int
    detected: int = 0  # documents that went through personal-data detection first
    pages: int | None = None  # page count of the LibreOffice rendering (None: not rendered)
    toc_pages: bool = False  # the table of contents has page numbers
    pdf: Path | None = None  # the PDF written next to the report


def number(n) -> str:
    return f"{int(n):,}".replace(",", ".")


def plural(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


def dutch_date(day: dt.date) -> str:
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _types(counts: Counter) -> str:
    return ", ".join(plural(n, *TYPE_PLURAL.get(t, (t, t))) for t, n in sorted(counts.items(), key=lambda x: -x[1]))


def _chapter(document, title: str, landscape: bool) -> None:
    new_page = not wt.start_section(document, landscape)
    heading = document.add_heading(title, 1)
    heading.paragraph_format.page_break_before = new_page


def _title_page(document, project: Project, ds: Dataset, today: dt.date, author: str) -> wf.Toc:
    for _ in range(6):
        document.add_paragraph()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Casussen en regio's in de ontwikkelwerkplaatsen integraal werken aan participatie",
                           style="Subtitle")
    regions = [REGIONS[r]["short"] if r in REGIONS else r for r in region_order(ds.documents["region"])
               if r != UNKNOWN]
    lines = [
        f"Project: {project.settings.get('name') or project.path.stem}",
        f"Regio's: {', '.join(regions)}" if regions else "",
        f"Onderzoeker: {author}" if author else "",
        f"Datum: {dutch_date(today)}",
        f"Selectie: {ds.filters.describe()}" if ds.filters.describe() else "",
        f"Gemaakt met werkplaats {__version__}",
    ]
    for line in filter(None, lines):
        document.add_paragraph(line)
    notice = document.add_paragraph(
        "Vertrouwelijk. Citaten, namen en andere persoonsgegevens in dit rapport zijn gepseudonimiseerd "
        "(bijvoorbeeld [Persoon 1]); de sleutel blijft in het projectbestand.")
    notice.runs[0].italic = True
    wt.page_break(document)
    return wf.Toc(document)


def _method(document, project: Project, ds: Dataset, today: dt.date) -> None:
    docs = ds.documents
    frags = ds.fragments
    document.add_heading("Methode", 1).paragraph_format.page_break_before = True
    imported = sorted(docs["imported_at"].str[:10]) if len(docs) else []
    imported = [dt.date.fromisoformat(d).strftime("%d-%m-%Y") for d in imported]
    parts = [
        f"Dit rapport vergelijkt werkzame factoren tussen casussen en regio's op basis van "
        f"{plural(len(docs), 'document', 'documenten')} met samen {number(docs['words'].sum())} woorden"
        + ("" if not imported else f", geïmporteerd op {imported[0]}." if imported[0] == imported[-1]
           else f", geïmporteerd van {imported[0]} tot en met {imported[-1]}.")
    ]
    per_region = []
    for region in region_order(docs["region"]):
        own = docs[docs["region"] == region]
        name = REGIONS[region]["short"] if region in REGIONS else region
        per_region.append(f"{name}: {plural(len(own), 'document', 'documenten')} ({_types(Counter(own['source_type']))}; "
                          f"{number(own['words'].sum())} woorden)")
    if per_region:
        parts.append("Per regio: " + "; ".join(per_region) + ".")
    cases = docs["case_id"].dropna().nunique()
    parts.append(f"De documenten horen bij {plural(cases, 'casus', 'casussen')}.")
    coders = [coder_label(c) for c in sorted(set(frags["coder"]))]
    spans = frags[["document_id", "start", "end", "code_id"]].drop_duplicates()
    codebook = project.settings.get("codebook_name") or "zonder naam"
    version = project.settings.get("codebook_version")
    parts.append(
        f"Er zijn {plural(len(spans), 'fragment', 'fragmenten')} gecodeerd door "
        f"{plural(len(coders), 'codeur', 'codeurs')}" + (f" ({', '.join(coders)})" if coders else "")
        + f" met het codeboek ‘{codebook}’" + (f", versie {version}" if version else "")
        + f", met {plural(len(ds.codes), 'code', 'codes')} in "
        f"{plural(int((ds.codes['depth'] == 0).sum()), 'hoofdgroep', 'hoofdgroepen')}."
    )
    if ds.filters.describe():
        parts.append(f"Selectie: {ds.filters.describe()}.")
    document.add_paragraph(" ".join(parts))
    document.add_paragraph(
        "Maten: ‘fragmenten’ telt gecodeerde tekstfragmenten (een fragment dat twee codeurs met dezelfde code "
        "codeerden telt één keer); ‘per 10.000 woorden’ deelt dat door de hoeveelheid tekst, zodat regio's met "
        "meer of minder materiaal vergelijkbaar worden; ‘aandeel casussen’ is het deel van de casussen in een "
        "kolom met minstens één fragment van de code. Hoofdcodes tellen de fragmenten van hun subcodes mee; "
        "een fragment met twee subcodes van dezelfde hoofdcode telt daar één keer. "
        f"Een aantal per 10.000 woorden dat op minder dan {number(FEW_WORDS)} woorden tekst berust, staat grijs "
        "en cursief (met een noot onder de tabel): één fragment meer of minder verandert het sterk. "
        f"Citaten zijn gepseudonimiseerd en ingekort tot hoogstens 300 tekens. Rapport gemaakt op {dutch_date(today)}."
    )
    _documents_table(document, docs)


def _documents_table(document, docs) -> None:
    types = sorted(set(docs["source_type"]))
    regions = region_order(docs["region"])
    header = ["Regio", *[source_type_label(t) for t in types], "Totaal", "Woorden"]
    widths = [Cm(3.4)] + [Cm(max(1.6, wt.text_cm(text, 9, bold=True) + 0.3)) for text in header[1:]]
    table = document.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    wt.table_setup(table, widths)
    wt.add_row_xml(table, [wt.cell_xml([wt.para_xml([wt.run_xml(text, bold=True, size=9)], None if i == 0 else "right",
                                                   keep_next=True)], w, wt.HEADER_FILL, no_wrap=True)
                           for i, (text, w) in enumerate(zip(header, widths))], header=True)
    for region in regions + ["Totaal"]:
        own = docs if region == "Totaal" else docs[docs["region"] == region]
        counts = Counter(own["source_type"])
        values = [REGIONS[region]["short"] if region in REGIONS else region,
                  *[number(counts.get(t, 0)) for t in types], number(len(own)), number(own["words"].sum())]
        wt.add_row_xml(table, [
            wt.cell_xml([wt.para_xml([wt.run_xml(text, bold=region == "Totaal", size=9)], None if i == 0 else "right",
                                     keep_next=True)], w)
            for i, (text, w) in enumerate(zip(values, widths))])
    caption = document.add_paragraph("Tabel: documenten per regio en soort bron.")
    caption.runs[0].italic = True


def _factors(document, ds: Dataset, quoter: Quoter, rows: list, per_region: int) -> int:
    _chapter(document, "Factoren toegelicht", landscape=False)
    document.add_paragraph(
        f"Per code met gecodeerde fragmenten: de definitie uit het codeboek en per regio hoogstens {per_region} "
        "gepseudonimiseerde citaten met hun bron (document, spreker, tijd).")
    used = {r.code_id for r in rows}
    groups = group_records(rows, "code_id", "region")
    n = 0
    for code_id, code in ds.codes.iterrows():
        if code_id not in used:
            continue
        document.add_heading(code["name"], 2)
        definition = document.add_paragraph()
        definition.add_run("Definitie: ").bold = True
        definition.add_run(code["definition"] or "(geen definitie in het codeboek)")
        for region, found in quotes_by_region(ds, quoter, code_id, per_region, groups).items():
            label = document.add_paragraph()
            run = label.add_run(REGIONS[region]["short"] if region in REGIONS else region)
            run.bold = True
            label.paragraph_format.keep_with_next = True
            label.paragraph_format.space_after = Pt(2)
            for quote in found:
                p = document.add_paragraph(style="Quote")
                p.paragraph_format.space_after = Pt(4)
                p.add_run(f"“{quote.text}”")
                ref = p.add_run(f" ({quote.reference})")
                ref.font.size = Pt(8)
                n += 1
    return n


def _codebook(document, ds: Dataset, project: Project) -> None:
    _chapter(document, "Bijlage: codeboek", landscape=False)
    name, version = project.settings.get("codebook_name"), project.settings.get("codebook_version")
    if name:
        document.add_paragraph(f"Codeboek ‘{name}’" + (f", versie {version}." if version else "."))
    codes = ds.codes
    for root_id, root in codes[codes["depth"] == 0].iterrows():
        document.add_heading(root["name"], 2)
        if root["definition"]:
            document.add_paragraph(root["definition"])
        children = [c for c in codes.index if _root(codes, c) == root_id and c != root_id]
        if not children:
            continue
        widths = [Cm(4.6), Cm(6.6), Cm(5.8)]
        table = document.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        wt.table_setup(table, widths)
        wt.add_row_xml(table, [wt.cell_xml([wt.para_xml([wt.run_xml(text, bold=True, size=8.5)])], w, wt.HEADER_FILL)
                               for text, w in zip(["Code", "Definitie", "Wel / niet coderen"], widths)], header=True)
        for code_id in children:
            code = codes.loc[code_id]
            name = [wt.para_xml([wt.run_xml(code["name"], bold=True, size=8)]),
                    wt.para_xml([wt.run_xml(code_id, size=7, colour="595959")])]
            rules = [wt.para_xml([wt.run_xml(f"{label}: ", bold=True, size=8), wt.run_xml(text, size=8)], after_pt=2)
                     for label, text in (("Wel", code["include"]), ("Niet", code["exclude"])) if text]
            definition = [wt.para_xml([wt.run_xml(code["definition"] or "", size=8)])]
            wt.add_row_xml(table, [wt.cell_xml(name, widths[0]), wt.cell_xml(definition, widths[1]),
                                   wt.cell_xml(rules, widths[2])])


def _root(codes, code_id: str) -> str:
    guard = 0
    while isinstance(codes.at[code_id, "parent_id"], str) and codes.at[code_id, "parent_id"] in codes.index and guard < 100:
        code_id, guard = codes.at[code_id, "parent_id"], guard + 1
    return code_id


def build_report(project: Project, path: str | Path, filters: Filters | None = None, sum_parents: bool = True,
                 per_cell: int = 2, per_region: int = 3, deduce: bool | None = None, author: str = "",
                 toc_pages: bool | None = None, pdf: str | Path | None = None) -> ReportSummary:
    """Write the report to ``path`` (.docx).

    :param deduce: see :class:`~werkplaats.analysis.Quoter`.
    :param author: the researcher, on the title page and in the document properties.
    :param toc_pages: page numbers in the table of contents, taken from a LibreOffice rendering
        (``None``: when LibreOffice is installed).
    :param pdf: also write the rendering here (needs LibreOffice; raises :class:`~.pdf.PdfError`).
    """
    today = dt.date.today()
    ds = Dataset(project, filters)
    quoter = Quoter(project, deduce=deduce)
    table = fragment_table(ds)
    quoter.prepare(table["document_id"].unique())
    rows = records(table)
    matrices = {m.key: safe_labels(m, quoter) for m in standard_matrices(ds, sum_parents)}
    document = wt.new_document()
    toc = _title_page(document, project, ds, today, author)
    _method(document, project, ds, today)
    for title, keys in CHAPTERS:
        present = [matrices[k] for k in keys if k in matrices]
        coders = [m for m in present if m.key == "fragmenten-codeur"]
        if coders and len(coders[0].frame.columns) < 2:  # one coder: the totals again, left out
            present.remove(coders[0])
            title = title.replace(", spreker en codeur", " en spreker")
        if not present:
            continue
        _chapter(document, title, needs_landscape(present[0]))
        for matrix in present:
            add_matrix(document, matrix)
            if matrix.key == "per10k-regio":
                _chart(document, matrix)
    _chapter(document, "Framework-matrix", landscape=True)
    document.add_paragraph(
        "Per hoofdgroep van het codeboek een tabel: casussen (rijen) × codes (kolommen), met in elke cel "
        f"hoogstens {per_cell} citaten of het memo van de onderzoeker bij die cel.")
    codes = ds.codes
    used = set(table["code_id"])
    n_quotes = 0
    _case_memos(document, ds, quoter)
    for root_id in codes.index[codes["depth"] == 0]:
        group = [c for c in codes.index if _root(codes, c) == root_id and c in used]
        if not group:
            continue
        fw = framework_matrix(ds, quoter, group, per_cell, rows, title=f"Framework-matrix: {codes.at[root_id, 'name']}")
        add_framework(document, fw, case_memos=False)
        n_quotes += sum(len(c.quotes) for c in fw.cells.values())
    n_quotes += _factors(document, ds, quoter, rows, per_region)
    _reviews(document, project)
    _codebook(document, ds, project)
    wf.add_page_footer(document)
    name = project.settings.get("name") or project.path.stem
    wf.set_properties(document, f"{TITLE}: {name}", author,
                      subject="Werkzame factoren per casus en regio (ontwikkelwerkplaatsen, Participatiewet)",
                      keywords="werkzame factoren; kwalitatief onderzoek; casussen; regio's")
    if toc_pages is None:
        toc_pages = find_libreoffice() is not None
    toc.write(with_pages=toc_pages)
    document.save(str(path))
    summary = ReportSummary(Path(path), len(matrices) + 1, n_quotes, len(ds.documents), len(table), quoter.detected)
    if toc_pages or pdf is not None:
        summary.pages, summary.toc_pages = paginate(document, toc, Path(path), toc_pages, pdf)
        summary.pdf = Path(pdf) if pdf is not None else None
    return summary


def _reviews(document, project: Project) -> None:
    """How ervaringsdeskundigen judged the coding, per code (only when reviews came back)."""
    from ..review import agreement

    rows = agreement(project)
    if not rows:
        return
    _chapter(document, "Oordelen van ervaringsdeskundigen", landscape=False)
    document.add_paragraph(
        "Ervaringsdeskundigen beoordeelden gepseudonimiseerde fragmenten: past de code (past), niet (past niet), "
        "of twijfelen ze; 'mist iets' telt de keren dat zij iets belangrijks zagen dat niet gecodeerd was. "
        "Instemming is het aandeel 'past' van de gegeven oordelen.")
    header = ["Code", "Past", "Past niet", "Twijfel", "Mist iets", "Instemming"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    width = wt.text_width(document)
    widths = [int(width * 0.4)] + [int(width * 0.12)] * 5
    wt.table_setup(table, widths)
    for cell, text in zip(table.rows[0].cells, header):
        wt.write(cell, text, bold=True)
    for r in rows:
        cells = table.add_row().cells
        values = [r["name"], r["past"], r["past_niet"], r["twijfel"], r["mist"],
                  "–" if r["agreement"] is None else f"{round(r['agreement'] * 100)}%"]
        for cell, value in zip(cells, values):
            wt.write(cell, str(value))


def _case_memos(document, ds: Dataset, quoter: Quoter) -> None:
    """The researcher's memos on whole cases, once, before the framework tables."""
    from ..analysis.framework import memos

    by_case = memos(ds, quoter)[1]
    if not by_case:
        return
    document.add_heading("Memo's bij casussen", 2)
    for case_id in sorted(by_case, key=lambda c: str(ds.cases.at[c, "name"])):
        p = document.add_paragraph()
        p.add_run(f"{quoter.free_text(str(ds.cases.at[case_id, 'name']))}: ").bold = True
        p.add_run(by_case[case_id])


def _chart(document, matrix) -> None:
    """The heat map of a matrix, subcodes only (parent totals would swamp the colour scale)."""
    from dataclasses import replace

    keys = list(matrix.frame.index)
    depth = [matrix.row_depth.get(k, 0) for k in keys]
    leaves = [k for i, k in enumerate(keys) if not (i + 1 < len(keys) and depth[i + 1] > depth[i])]
    shown = replace(matrix, frame=matrix.frame.loc[leaves]).nonempty_rows()
    if shown.frame.empty:
        return
    document.add_heading(f"Grafiek: {matrix.title.lower()}", 2)
    document.add_picture(io.BytesIO(heatmap_png(shown)), width=Cm(16))
    caption = document.add_paragraph("Hittekaart van de tabel hierboven: subcodes met minstens één fragment.")
    caption.runs[0].italic = True
