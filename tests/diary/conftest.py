"""The environment for running `legtwitch` against a throwaway diary (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path, database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "LEGTWITCH_DATA_DIR": str(tmp_path / "data"),
        "LEGTWITCH_DATABASE_URL": database_url,
        "LEGTWITCH_TIMEZONE": "Europe/Berlin",
        "COLUMNS": "160",
    }
