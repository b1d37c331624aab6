"""Constants shared by the SQLAlchemy engine and the standard-library append path (no imports)."""

# The newest revision in migrations/versions; a test checks that it is Alembic's head.
HEAD_REVISION = "0002"

# How long a SQLite writer waits for another writer (an import, a second terminal) to finish.
BUSY_TIMEOUT_MS = 30_000

# Set on every SQLite connection: write-ahead log (readers never block the writer), foreign keys,
# and a full sync at each commit, so a committed entry survives a crash or power loss.
PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
)
