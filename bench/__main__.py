"""Run every benchmark module (bench/bench_*.py) and print a markdown table.

Each module has `run() -> list[dict]`; each dict has the keys `bench` (the area), `what`, `value`,
`target` and optionally `detail`. `python -m bench` runs them all; `python -m bench diary` runs
the modules whose name contains "diary". The table is also written to bench/results/latest.md
(not committed; copy the figures into bench/README.md).
"""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
COLUMNS = ("bench", "what", "value", "target", "detail")


def modules(only: list[str]) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    return [n for n in names if not only or any(o in n for o in only)]


def table(rows: list[dict[str, object]]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(c, "")) for c in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    rows: list[dict[str, object]] = []
    for name in modules(argv):
        started = time.perf_counter()
        print(f"running bench.{name} ...", file=sys.stderr, flush=True)
        rows.extend(importlib.import_module(f"bench.{name}").run())
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    header = (
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{len(__import__('os').sched_getaffinity(0))} cores, "
        f"load average {__import__('os').getloadavg()[0]:.1f} at the end"
    )
    text = f"{header}\n\n{table(rows)}\n"
    print(text)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
