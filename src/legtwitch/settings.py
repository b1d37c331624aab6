"""Settings from the environment (prefix LEGTWITCH_); build them with `get_settings()`.

Every field here is documented in docs/settings.md (a test checks it). Three optional strings need
no settings library: reading them with `os.environ` keeps pydantic-settings' import (about 30 ms of
pydantic, asyncio and dotenv) off every command's start, `legtwitch log` above all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from datetime import tzinfo
from pathlib import Path

from legtwitch.errors import InputError

PREFIX = "LEGTWITCH_"


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path | None = field(
        default=None,
        metadata={"doc": "Folder for legtwitch's own files; default: the user's data directory."},
    )
    database_url: str | None = field(
        default=None,
        metadata={"doc": "SQLAlchemy URL of the diary; default: diary.sqlite3 in data_dir."},
    )
    timezone: str | None = field(
        default=None,
        metadata={"doc": "IANA timezone used to read and show times; default: this computer's."},
    )

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def resolved_data_dir(self) -> Path:
        if self.data_dir is not None:
            return self.data_dir
        import platformdirs

        return platformdirs.user_data_path("legtwitch", appauthor=False)

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.resolved_data_dir() / 'diary.sqlite3'}"

    def tz(self) -> tzinfo | None:
        """The configured timezone, or None for this computer's own (DST-aware) rules."""
        if not self.timezone:
            return None
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InputError(
                f"LEGTWITCH_TIMEZONE={self.timezone!r} is not a known timezone; "
                "use an IANA name such as Europe/Berlin."
            ) from None


def _env(name: str) -> str | None:
    value = os.environ.get(PREFIX + name.upper(), "").strip()
    return value or None


def get_settings() -> Settings:
    """The settings as the environment gives them now (an empty variable counts as unset)."""
    data_dir = _env("data_dir")
    return Settings(
        data_dir=Path(data_dir).expanduser() if data_dir else None,
        database_url=_env("database_url"),
        timezone=_env("timezone"),
    )
