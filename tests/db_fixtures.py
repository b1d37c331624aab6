"""Database fixtures: every diary/storage test runs on a SQLite file AND a throwaway PostgreSQL.

The PostgreSQL server is started once per session (initdb + pg_ctl as in
shared/reference/deps.md §9; as root they run via `runuser -u postgres`, because initdb refuses
root).
Each test gets its own fresh database. Without PostgreSQL binaries these tests skip with a reason,
unless CI=true, where a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class PgServer:
    socket_dir: str
    port: int
    bin_dir: Path
    run_as: list[str]

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.socket_dir}&port={self.port}"

    def psql(self, sql: str) -> None:
        subprocess.run(
            [
                *self.run_as,
                str(self.bin_dir / "psql"),
                "-h",
                self.socket_dir,
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
        )


def _pg_bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.parent.name.split(".")],
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        reason = (
            "PostgreSQL binaries (initdb) not found; install postgresql to run the PostgreSQL half"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true requires them; .ci/run installs them)")
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="legtwitch-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = 15432 + os.getpid() % 1000
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(root / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    options = (
        f"-p {port} -k {root} -c listen_addresses='' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(root / "data"),
            "-l",
            str(root / "server.log"),
            "-w",
            "-t",
            "30",
            "-o",
            options,
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield PgServer(str(root), port, bin_dir, run_as)
    finally:
        subprocess.run(
            [
                *run_as,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(root / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / f'diary-{uuid.uuid4().hex[:8]}.sqlite3'}"
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:16]}"
    server.psql(f"CREATE DATABASE {name}")
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a new, empty diary database on the backend under test."""
    return fresh_url(backend, request, tmp_path)


@pytest.fixture
def make_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> object:
    """A factory for further fresh databases on the same backend (round trips)."""
    return lambda: fresh_url(backend, request, tmp_path)
