"""Charts for the insights: a timeline of twitches with exposures, and a per-factor effect chart.

matplotlib with the Agg backend, imported inside the functions. The format follows the file
extension (.svg or .png). Every chart carries the "association, not proof; not a diagnosis" note.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from legtwitch.diary.analysis import InsightReport
from legtwitch.diary.daily import DailyTable
from legtwitch.errors import InputError

FORMATS = {".svg": "svg", ".png": "png"}
_NOTE = "Associations in one person's diary, not proof of cause. Not a diagnosis."


def _format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"Cannot write a chart to '{path.name}': use a file ending in .svg or .png."
        )
    return fmt


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(fig: Any, path: Path, fmt: str) -> None:
    fig.text(0.01, 0.005, _NOTE, fontsize=7, color="#555555")
    try:
        fig.savefig(path, format=fmt, dpi=110, metadata={"Date": None} if fmt == "svg" else None)
    except OSError as exc:
        raise InputError(f"Cannot write the chart to {path}: {exc.strerror}.") from None
    finally:
        _pyplot().close(fig)


def timeline_chart(table: DailyTable, path: Path, exposures: tuple[str, ...] = ()) -> None:
    """Twitches per recorded day (bars; gaps where nothing was recorded) with exposure panels."""
    fmt = _format(path)
    plt = _pyplot()
    shown = [c for c in (exposures or table.columns) if any(v for v in table.column(c))][:4]
    fig, axes = plt.subplots(
        1 + len(shown), 1, sharex=True, figsize=(9, 2.2 + 1.3 * len(shown)), squeeze=False
    )
    days = [r.day for r in table.rows if r.tracked]
    axes[0][0].bar(days, [r.twitches or 0 for r in table.rows if r.tracked], color="#4c72b0")
    axes[0][0].set_ylabel("twitches")
    axes[0][0].set_title("Twitches per recorded day")
    for ax_row, col in zip(axes[1:], shown, strict=True):
        values = table.column(col)
        pts = [(r.day, v) for r, v in zip(table.rows, values, strict=True) if v is not None]
        ax_row[0].plot([p[0] for p in pts], [p[1] for p in pts], ".-", color="#dd8452", lw=1)
        ax_row[0].set_ylabel(col.replace("_", " "), fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    _save(fig, path, fmt)


def effect_chart(report: InsightReport, path: Path) -> None:
    """Rate ratio with its 95% interval for every tested factor and lag (log scale)."""
    fmt = _format(path)
    plt = _pyplot()
    rows = list(report.factors)
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.32 * max(len(rows), 1)))
    if not rows:
        ax.text(0.5, 0.5, "No factor could be tested yet: keep logging.", ha="center")
        ax.set_axis_off()
    else:
        for i, r in enumerate(rows):
            colour = "#c44e52" if r.flagged else "#8c8c8c"
            ax.plot([r.ci_low, r.ci_high], [i, i], color=colour, lw=2)
            ax.plot([r.rate_ratio], [i], "o", color=colour)
        ax.axvline(1.0, color="black", lw=0.8)
        ax.set_xscale("log")
        from matplotlib.ticker import FuncFormatter

        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}×"))
        ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: f"{v:g}×"))
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels([f"{r.factor} (lag {r.lag_days} d)" for r in rows], fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel("rate ratio (twitches), 95% interval; red = flagged after FDR correction")
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    _save(fig, path, fmt)
