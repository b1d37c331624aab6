"""Open a diary database: engine, schema migrated to the newest revision, repository."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import DatabaseError, OperationalError

from legtwitch.errors import LegtwitchError
from legtwitch.storage.engine import make_engine
from legtwitch.storage.experiments import ExperimentRepository
from legtwitch.storage.migrate import upgrade_to_head
from legtwitch.storage.repository import DiaryRepository


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.diary = DiaryRepository(self.engine)
        self.experiments = ExperimentRepository(self.engine)  # self-experiments (issue 5)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_database(url: str) -> Database:
    """Open (creating if needed) the diary database at `url` with its schema up to date."""
    database = Database(url)
    try:
        upgrade_to_head(database.engine)
    except (OperationalError, DatabaseError) as exc:
        database.close()
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        raise LegtwitchError(
            f"Cannot open the diary database ({reason}); check LEGTWITCH_DATABASE_URL."
        ) from None
    return database
