"""The store: sitrep's documents, events and claims in SQLite or PostgreSQL.

`Store.open(url)` connects and migrates; every method takes and returns the
domain objects of `sitrep.model`.  Tables live in `tables`, the mapping
between rows and objects in `mapping`, migrations in `migrations/`.
"""

from sitrep.store.store import Store

__all__ = ["Store"]
