"""Alembic environment for sitrep's store.

sitrep runs migrations itself (`Store.open`, `Store.upgrade`) and hands this
module an open connection through `config.attributes["connection"]`; there is
no alembic.ini.  Given only a URL (`sqlalchemy.url`), it connects itself, and
in offline mode it prints the SQL instead.
"""

from alembic import context
from sqlalchemy import create_engine

from sitrep.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        compare_type=True,
        # SQLite cannot ALTER most things in place; batch mode copies the table.
        render_as_batch=True,
        **kwargs,
    )


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            _configure(connection=connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
