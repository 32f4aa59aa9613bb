"""Connecting to a database and bringing its schema up to date.

SQLite and PostgreSQL are both supported through the same code.  SQLite gets
foreign keys (off by default there), write-ahead logging so readers do not
block the writer, and real transactions around reads as well as writes.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from sitrep.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
WRITE_OPTION = "sitrep_write"


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r} (expected e.g. sqlite:///path/to/sitrep.db)") from None


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for other databases and in-memory ones."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.database.startswith("file:"):
        return None  # a URI filename; SQLite resolves it itself
    return Path(url.database).expanduser()


def make_engine(url: URL) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        _prepare_sqlite_file(path)
    try:
        engine = create_engine(url)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"no database driver for {url.drivername!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, wal=path is not None)
    return engine


def _prepare_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for {path}: {exc.strerror}") from None


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Take transaction control away from the sqlite3 module, which would
        # otherwise begin transactions late and commit around DDL on its own;
        # the "begin" hook below opens them instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            if wal:
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock up front: a deferred transaction that
        # reads and then writes can fail at once, without waiting, when
        # another process committed in between.
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The engine for transactions that write (on SQLite they lock at BEGIN)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration for sitrep's migrations, without an alembic.ini.

    Pass an open connection to run migrations on it, or a URL for commands
    such as `command.revision(alembic_config(url=...), message=...)`.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "sitrep ships at least one migration"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")


def check_is_sitrep(connection: Connection, where: str) -> None:
    """Refuse a database that holds something other than sitrep's schema."""
    tables = set(inspect(connection).get_table_names())
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:3]) + (", ..." if len(tables) > 3 else "")
        raise StoreError(f"{where} is not a sitrep database: it has other tables ({shown}) and no sitrep schema version")
    revision = current_revision(connection)
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            f"{where} has schema revision {revision!r}, which this version of sitrep does not know; "
            "it is not a sitrep database or was written by a newer sitrep"
        )
