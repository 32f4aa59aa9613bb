"""What every command shares: the settings and, opened on first use, the store."""

from __future__ import annotations

from dataclasses import dataclass, field

import click
from rich.console import Console

from sitrep.settings import Settings, db_url_from
from sitrep.store import Store


@dataclass
class Context:
    settings: Settings
    debug: bool = False
    console: Console = field(default_factory=lambda: Console(highlight=False))
    err: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))
    _store: Store | None = None

    @classmethod
    def create(cls, db: str | None, debug: bool) -> "Context":
        overrides = {"db_url": db_url_from(db)} if db else {}
        return cls(settings=Settings.from_env(**overrides), debug=debug)

    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.settings.db_url)
            click.get_current_context().call_on_close(self._store.close)
        return self._store


pass_context = click.make_pass_decorator(Context)
