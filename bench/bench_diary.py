"""Diary benchmarks: one `legtwitch log` from a shell, reading a year, a large Apple Health import.

Sizes can be changed with LEGTWITCH_BENCH_LOG_RUNS (default 21) and LEGTWITCH_BENCH_AH_MB
(default 1024; smaller when the temporary folder lacks room for the export and its database).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

LEGTWITCH = Path(sys.executable).with_name("legtwitch")


def bench_log(tmp: Path) -> dict[str, object]:
    # An installed wheel has byte-compiled modules; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would recompile legtwitch's sources in every process.
    import compileall

    import legtwitch

    compileall.compile_dir(Path(legtwitch.__file__).parent, quiet=1)
    runs = int(os.environ.get("LEGTWITCH_BENCH_LOG_RUNS", "21"))
    env = {**os.environ, "LEGTWITCH_DATA_DIR": str(tmp / "data")}
    env.pop("LEGTWITCH_DATABASE_URL", None)
    subprocess.run(
        [str(LEGTWITCH), "log", "tag", "first"], env=env, check=True, capture_output=True
    )
    times, cpu = [], []
    for i in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [str(LEGTWITCH), "log", "twitch", "--site", "left-calf", "--intensity", str(i % 11)],
            env=env,
            check=True,
            capture_output=True,
        )
        times.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    times.sort()
    return {
        "bench": "diary",
        "what": "`legtwitch log twitch ...` wall time (SQLite file, new process each)",
        "value": f"median {statistics.median(times):.0f} ms",
        "target": "< 300 ms",
        "detail": f"{runs} runs; p90 {times[int(len(times) * 0.9) - 1]:.0f} ms; "
        f"min {times[0]:.0f} ms; CPU time (user+sys) median {statistics.median(cpu):.0f} ms",
    }


def bench_read_year(tmp: Path) -> dict[str, object]:
    from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind
    from legtwitch.services import diary
    from legtwitch.storage import open_database

    start = datetime(2025, 1, 1, tzinfo=UTC)
    episodes = [
        Episode(
            f"e{d}-{i}",
            start + timedelta(days=d, hours=2 * i),
            EpisodeKind.FASCICULATION,
            intensity=i % 11,
            site="calf",
        )
        for d in range(365)
        for i in range(8)
    ]
    kinds = list(ExposureKind)
    exposures = [
        Exposure(
            f"x{d}-{i}",
            kinds[i % len(kinds)],
            start + timedelta(days=d, hours=i * 1.5),
            float(i),
            detail="bench",
        )
        for d in range(365)
        for i in range(12)
    ]
    with open_database(f"sqlite:///{tmp / 'year.sqlite3'}") as db:
        db.diary.add_episodes(episodes)
        db.diary.add_exposures(exposures)
        times, cpu = [], []
        for _ in range(15):
            started, cpu_started = time.perf_counter(), time.process_time()
            window = diary.entries_between(db, start, start + timedelta(days=365))
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        assert len(window.episodes) + len(window.exposures) == len(episodes) + len(exposures)
    return {
        "bench": "diary",
        "what": "read a year of entries (`entries_between`, SQLite, warm)",
        "value": f"median {statistics.median(times):.0f} ms",
        "target": "< 100 ms",
        "detail": f"{len(episodes)} episodes + {len(exposures)} exposures, 15 runs; "
        f"CPU time median {statistics.median(cpu):.0f} ms",
    }


_CHILD = """
import json, resource, sys, time
from pathlib import Path
from legtwitch.services import diary, transfer
from legtwitch.storage import open_database
started = time.perf_counter()
with open_database(sys.argv[2]) as db:
    report = transfer.import_apple_health(db, Path(sys.argv[1]))
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "added": report.added, "records": sum(report.details.values())}))
"""


def bench_apple_health(tmp: Path) -> dict[str, object]:
    from bench.apple_health_export import write_export

    wanted = int(os.environ.get("LEGTWITCH_BENCH_AH_MB", "1024"))
    free_mb = shutil.disk_usage(tmp).free // 2**20
    size_mb = min(wanted, max(16, free_mb // 3))
    path = tmp / "export.xml"
    started = time.perf_counter()
    expected = write_export(
        path, date(2026, 11, 1) - timedelta(days=6000), 0, filler=130, target_bytes=size_mb * 2**20
    )
    generated = time.perf_counter() - started
    actual_mb = path.stat().st_size / 2**20
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), f"sqlite:///{tmp / 'ah.sqlite3'}"],
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["added"] == expected.kept, (result, expected.kept)
    return {
        "bench": "diary",
        "what": "Apple Health import of a generated export (stream, parse, store; SQLite)",
        "value": f"{actual_mb / result['seconds']:.1f} MB/s, peak RSS {result['rss_mb']:.0f} MB",
        "target": "≥ 30 MB/s, peak RSS < 300 MB",
        "detail": (
            f"{actual_mb:.0f} MB, {result['records']:,} records, {result['added']:,} entries "
            f"kept, {result['seconds']:.1f} s wall, {result['cpu']:.1f} s CPU "
            f"= {actual_mb / result['cpu']:.1f} MB per CPU-second (generated in {generated:.0f} s)"
        ),
    }


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="legtwitch-bench-") as name:
        tmp = Path(name)
        return [bench_log(tmp), bench_read_year(tmp), bench_apple_health(tmp)]
