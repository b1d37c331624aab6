"""Settings from the environment (prefix LEGTWITCH_); build them with `get_settings()`.

Every field here is documented in docs/settings.md (a test checks it).
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from legtwitch.errors import InputError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEGTWITCH_", extra="ignore")

    data_dir: Path | None = Field(
        default=None,
        description="Folder for legtwitch's own files; default: the user's data directory.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the diary database; default: diary.sqlite3 in data_dir.",
    )
    timezone: str | None = Field(
        default=None,
        description="IANA timezone used to read and show times; default: this computer's.",
    )

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


def get_settings() -> Settings:
    return Settings()
