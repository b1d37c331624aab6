"""Every setting is documented in docs/settings.md, and the defaults resolve as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from legtwitch.errors import InputError
from legtwitch.settings import Settings, get_settings

DOC = Path(__file__).parents[1] / "docs" / "settings.md"


def test_every_setting_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in Settings.names():
        assert f"`LEGTWITCH_{name.upper()}`" in text, (
            f"LEGTWITCH_{name.upper()} is not in {DOC.name}"
        )


def test_environment_is_read_when_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LEGTWITCH_DATABASE_URL", raising=False)
    monkeypatch.setenv("LEGTWITCH_DATA_DIR", str(tmp_path))
    settings = get_settings()
    assert settings.resolved_database_url() == f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    monkeypatch.setenv("LEGTWITCH_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert get_settings().resolved_database_url() == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("LEGTWITCH_TIMEZONE", "Europe/Berlin")
    assert get_settings().timezone == "Europe/Berlin"


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEGTWITCH_DATA_DIR", "")
    monkeypatch.setenv("LEGTWITCH_DATABASE_URL", "  ")
    settings = get_settings()
    assert settings.data_dir is None
    assert settings.database_url is None


def test_default_data_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LEGTWITCH_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert get_settings().resolved_data_dir() == tmp_path / "legtwitch"
    assert Settings().resolved_data_dir() == tmp_path / "legtwitch"


def test_unknown_timezone_is_one_sentence() -> None:
    assert Settings(timezone="Europe/Berlin").tz() is not None
    assert Settings(timezone=None).tz() is None
    with pytest.raises(InputError, match="not a known timezone"):
        Settings(timezone="Mars/Olympus").tz()
