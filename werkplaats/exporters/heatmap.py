"""A matrix as a heat-map chart (PNG, matplotlib with the Agg backend: no display needed)."""

from __future__ import annotations

import io

from ..analysis.matrices import Matrix


def heatmap_png(matrix: Matrix, dpi: int = 150, width_in: float = 6.3) -> bytes:
    """Rows: codes (labels indented by depth), columns: the matrix columns; cells annotated."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    frame = matrix.frame
    values = frame.to_numpy(dtype=float)
    rows = [("  " * matrix.row_depth.get(k, 0)) + _short(matrix.row_label(k), 48) for k in frame.index]
    columns = [_short(matrix.column_label(c), 18) for c in frame.columns]
    height = min(8.6, max(2.5, 0.2 * len(rows) + 1.4))  # fits an A4 page at 16 cm wide
    fig, ax = plt.subplots(figsize=(width_in, height), dpi=dpi)
    shown = np.where(np.isnan(values), 0, values)
    image = ax.imshow(shown, cmap="Blues", aspect="auto", vmin=0,
                      vmax=1 if matrix.is_share else (shown.max() or 1))
    ax.set_xticks(range(len(columns)), labels=columns, fontsize=7, rotation=30 if len(columns) > 4 else 0,
                  ha="right" if len(columns) > 4 else "center")
    ax.set_yticks(range(len(rows)), labels=rows, fontsize=6.5 if len(rows) <= 40 else 5)
    ax.tick_params(length=0)
    top = shown.max() or 1
    if len(columns) <= 12 and len(rows) <= 45:
        for i in range(len(rows)):
            for j in range(len(columns)):
                ax.text(j, i, matrix.format(values[i, j]), ha="center", va="center", fontsize=6,
                        color="white" if shown[i, j] > top * 0.6 else "#333333")
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.ax.tick_params(labelsize=6)
    bar.set_label(matrix.title, fontsize=7)
    ax.set_title(matrix.title, fontsize=9)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    plt.close(fig)
    return buffer.getvalue()


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
