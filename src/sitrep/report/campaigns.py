"""The campaign list (src/sitrep/data/campaigns.toml) and its loader.

`Campaign` in sitrep.model is the contract and carries no keywords, so the
words that mark a document as being about a campaign live beside it in
`CampaignConfig`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from sitrep.errors import NotFoundError, VocabularyError
from sitrep.model import Campaign
from sitrep.report.vocab import actor_entries, data_dir, kind_labels, read_toml

_FIELDS = {"name", "start", "actors", "region", "kinds", "keywords"}


@dataclass(frozen=True)
class CampaignConfig:
    """A campaign plus the report-only settings the domain model does not hold."""

    campaign: Campaign
    keywords: tuple[str, ...] = ()


def _string_list(path: Path, campaign_id: str, field: str, value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise VocabularyError(f"{path}: campaign {campaign_id!r}: {field} must be a list of non-empty strings")
    return value


def _parse(path: Path, directory: Path, campaign_id: str, spec: object) -> CampaignConfig:
    where = f"{path}: campaign {campaign_id!r}"
    if not isinstance(spec, dict):
        raise VocabularyError(f"{where}: must be a table")
    unknown = set(spec) - _FIELDS
    if unknown:
        raise VocabularyError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_FIELDS))}")
    if not isinstance(spec.get("start"), date):
        raise VocabularyError(f"{where}: start must be a TOML date like 2014-09-23")
    actors = _string_list(path, campaign_id, "actors", spec.get("actors"))
    kinds = _string_list(path, campaign_id, "kinds", spec.get("kinds"))
    region = _string_list(path, campaign_id, "region", spec.get("region"))
    keywords = _string_list(path, campaign_id, "keywords", spec.get("keywords"))
    known_actors, known_kinds = actor_entries(directory), kind_labels(directory)
    if not actors:
        raise VocabularyError(f"{where}: actors must name at least one actor id from actors.toml")
    for actor_id in actors:
        if actor_id not in known_actors:
            raise VocabularyError(f"{where}: unknown actor {actor_id!r}; add it to actors.toml or fix the id")
    for kind in kinds:
        if kind not in known_kinds:
            raise VocabularyError(f"{where}: unknown kind {kind!r}; see ontology.toml")
    for code in region:
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise VocabularyError(f"{where}: region {code!r} is not an ISO 3166-1 alpha-2 code such as 'SY'")
    try:
        campaign = Campaign(id=campaign_id, name=spec.get("name"), start=spec["start"], actors=actors, kinds=kinds, region=region)
    except ValidationError as error:
        raise VocabularyError(f"{where}: {error.errors()[0]['loc'][0]}: {error.errors()[0]['msg']}") from None
    return CampaignConfig(campaign=campaign, keywords=tuple(keywords))


@lru_cache(maxsize=8)
def _load(path: Path, directory: Path) -> dict[str, CampaignConfig]:
    table = read_toml(path).get("campaigns")
    if not isinstance(table, dict) or not table:
        raise VocabularyError(f"{path}: no [campaigns.<id>] tables")
    return {campaign_id: _parse(path, directory, campaign_id, spec) for campaign_id, spec in table.items()}


def load_campaign_configs(directory: Path | None = None) -> dict[str, CampaignConfig]:
    """Every campaign with its keywords, by id; VocabularyError when the file is malformed."""
    folder = data_dir(directory)
    return _load(folder / "campaigns.toml", folder)


def load_campaigns(directory: Path | None = None) -> dict[str, Campaign]:
    """Every campaign in campaigns.toml, by id."""
    return {campaign_id: config.campaign for campaign_id, config in load_campaign_configs(directory).items()}


def campaign_config(campaign_id: str, directory: Path | None = None) -> CampaignConfig:
    configs = load_campaign_configs(directory)
    if campaign_id not in configs:
        raise NotFoundError(f"no campaign {campaign_id!r}; known campaigns: {', '.join(sorted(configs))}")
    return configs[campaign_id]


def campaign(campaign_id: str, directory: Path | None = None) -> Campaign:
    """One campaign by id; NotFoundError listing the known ids when there is none."""
    return campaign_config(campaign_id, directory).campaign
