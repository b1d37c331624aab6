"""A writer SIGKILLed mid-import loses no committed entry; concurrent writers lose nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from db_fixtures import fresh_url
from legtwitch.domain.diary import Episode, EpisodeKind, Exposure, ExposureKind
from legtwitch.services import diary, transfer
from legtwitch.storage import open_database
from legtwitch.transfer import native

LEGTWITCH = Path(sys.executable).with_name("legtwitch")
START = datetime(2024, 1, 1, tzinfo=UTC)


def big_export(path: Path, n: int) -> None:
    episodes = [
        Episode(
            f"ep-{i:07d}",
            START + timedelta(minutes=7 * i),
            EpisodeKind.FASCICULATION,
            intensity=i % 11,
            site="calf",
            note=f"entry {i}",
        )
        for i in range(n)
    ]
    exposures = [
        Exposure(
            f"ex-{i:07d}", ExposureKind.CAFFEINE, START + timedelta(minutes=7 * i), float(i % 400)
        )
        for i in range(n)
    ]
    with path.open("w", encoding="utf-8") as out:
        native.write_json(out, episodes, exposures, [], lambda _n: None)


def env_for(url: str, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "LEGTWITCH_DATABASE_URL": url,
        "LEGTWITCH_DATA_DIR": str(tmp_path / "data"),
    }


def test_sigkill_mid_import_keeps_committed_entries_and_rerun_completes(
    database_url: str, tmp_path: Path
) -> None:
    n = 20_000
    source = tmp_path / "big.json"
    big_export(source, n)
    originals = native.read_json(source)
    by_id = {e.id: e for e in originals.episodes} | {x.id: x for x in originals.exposures}
    with open_database(database_url):
        pass  # create the schema first, so the writer is busy importing when it is killed
    writer = subprocess.Popen(
        [str(LEGTWITCH), "import", str(source)],
        env=env_for(database_url, tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with open_database(database_url) as db:
        deadline = time.monotonic() + 120
        while sum(db.diary.counts().values()) < 3 * transfer.BATCH and time.monotonic() < deadline:
            assert writer.poll() is None, (
                "the import finished before it could be killed; make it larger"
            )
            time.sleep(0.02)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL

    with open_database(database_url) as db:
        if db.engine.dialect.name == "sqlite":
            with db.engine.connect() as conn:
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        stored = [*db.diary.iter_episodes(), *db.diary.iter_exposures()]
        assert 0 < len(stored) < 2 * n
        assert len(stored) % transfer.BATCH == 0  # whole batches only: nothing half-written
        assert all(by_id[entry.id] == entry for entry in stored)
        report = transfer.import_path(db, source)
        assert report.added + report.already_present == 2 * n
        assert report.already_present == len(stored)
        assert db.diary.counts()["episodes"] == db.diary.counts()["exposures"] == n
        redone = tmp_path / "again.json"
        transfer.export(db, "json", redone)
    assert redone.read_bytes() == source.read_bytes()


def _import_while_logging(database_url: str, folder: Path, n: int) -> bool:
    """Import n episodes + n exposures while six `legtwitch log` processes write; check that
    nothing is lost. Returns whether any log finished while the import was still writing."""
    folder.mkdir()
    source = folder / "big.json"
    big_export(source, n)
    env = env_for(database_url, folder)
    with open_database(database_url):
        pass
    importer = subprocess.Popen(
        [str(LEGTWITCH), "import", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with open_database(database_url) as db:
        while db.diary.counts()["episodes"] == 0:  # the importer is writing now
            assert importer.poll() is None, "the import finished before any log; make it larger"
            time.sleep(0.01)
    # Start the logs together so that they run while the import writes, even on a busy machine.
    loggers = [
        subprocess.Popen(
            [str(LEGTWITCH), "log", "stress", str(i % 11), "--at", f"{i + 1}h ago"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(6)
    ]
    logged, overlapped = [], 0
    for proc in loggers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        logged.append(out.rsplit("(id ", 1)[1][:8])
        overlapped += importer.poll() is None
    stdout, stderr = importer.communicate(timeout=300)
    assert importer.returncode == 0, stderr
    assert f"{2 * n} new entries" in stdout
    with open_database(database_url) as db:
        assert db.diary.counts()["episodes"] == n
        assert db.diary.counts()["exposures"] == n + len(logged)
        for short in logged:
            assert diary.find(db, short).kind is ExposureKind.STRESS  # type: ignore[union-attr]
    return overlapped > 0


def test_cli_logging_during_a_large_import_loses_nothing(
    backend: str, database_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # On an idle machine the rest of a 30,000-entry import can finish before six CLI processes
    # have started; then the run proves nothing about overlap, so it is repeated, larger.
    assert _import_while_logging(database_url, tmp_path / "first", 30_000) or (
        _import_while_logging(fresh_url(backend, request, tmp_path), tmp_path / "second", 120_000)
    ), "no log ran while the import was writing, even with 120,000 entries"


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_two_imports_at_once_store_each_entry_once(database_url: str, tmp_path: Path) -> None:
    source = tmp_path / "big.json"
    big_export(source, 6_000)
    env = env_for(database_url, tmp_path)
    with open_database(database_url):
        pass
    jobs = [
        subprocess.Popen(
            [str(LEGTWITCH), "import", str(source)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [job.communicate(timeout=300) for job in jobs]
    assert [job.returncode for job in jobs] == [0, 0], outputs
    with open_database(database_url) as db:
        assert db.diary.counts() == {"episodes": 6_000, "exposures": 6_000, "assessments": 0}
