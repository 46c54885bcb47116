"""A matrix as a heat-map chart (PNG, matplotlib with the Agg backend: no display needed).

Long labels are wrapped over two lines, never cut; rates on fewer than 1,000
words are drawn grey with their value and do not count for the colour scale.
"""

from __future__ import annotations

import io
import textwrap

from ..analysis.matrices import Matrix


def heatmap_png(matrix: Matrix, dpi: int = 150, width_in: float = 6.3) -> bytes:
    """Rows: codes (labels indented by depth), columns: the matrix columns; cells annotated."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    frame = matrix.frame
    values = frame.to_numpy(dtype=float)
    rows = [wrap(matrix.row_label(k), 44, indent=matrix.row_depth.get(k, 0)) for k in frame.index]
    few = [c in matrix.few_words for c in frame.columns]
    columns = [wrap(matrix.column_label(c) + (" *" if f else ""), 16) for c, f in zip(frame.columns, few)]
    lines = sum(label.count("\n") + 1 for label in rows)
    height = min(8.6, max(2.5, 0.2 * len(rows) + 0.06 * (lines - len(rows)) + 1.4))  # fits an A4 page at 16 cm
    fig, ax = plt.subplots(figsize=(width_in, height), dpi=dpi)
    shown = np.where(np.isnan(values), 0, values)
    few_mask = np.array(few, dtype=bool)[None, :].repeat(len(rows), axis=0)
    top = shown[~few_mask].max() if (~few_mask).any() and shown.size else 0
    top = 1 if matrix.is_share else (top or 1)
    image = ax.imshow(np.ma.masked_array(shown, few_mask), cmap="Blues", aspect="auto", vmin=0, vmax=top)
    if few_mask.any():
        ax.imshow(np.ma.masked_array(np.ones_like(shown), ~few_mask), cmap="Greys", aspect="auto", vmin=0, vmax=8)
    ax.set_xticks(range(len(columns)), labels=columns, fontsize=7, rotation=30 if len(columns) > 4 else 0,
                  ha="right" if len(columns) > 4 else "center")
    ax.set_yticks(range(len(rows)), labels=rows, fontsize=6.5 if len(rows) <= 40 else 5)
    ax.tick_params(length=0)
    if len(columns) <= 12 and len(rows) <= 45:
        for i in range(len(rows)):
            for j in range(len(columns)):
                colour = "#808080" if few[j] else "white" if shown[i, j] > top * 0.6 else "#333333"
                ax.text(j, i, matrix.format(values[i, j]), ha="center", va="center", fontsize=6, color=colour,
                        style="italic" if few[j] else "normal")
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.ax.tick_params(labelsize=6)
    bar.set_label(matrix.title, fontsize=7)
    ax.set_title(matrix.title, fontsize=9)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    plt.close(fig)
    return buffer.getvalue()


def wrap(text: str, width: int, indent: int = 0) -> str:
    """At most two lines of about ``width`` characters; a longer rest goes on the second line whole."""
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return "\n".join("  " * indent + line for line in lines)
