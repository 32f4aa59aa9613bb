"""The monthly report of a campaign: totals stated and counted, developments, references.

    from sitrep.report import campaign, monthly, to_markdown
    report = monthly(campaign("coalition-syria"), 98, events, claims, documents)
    print(to_markdown(report))
"""

from sitrep.report.campaigns import CampaignConfig, campaign, campaign_config, load_campaign_configs, load_campaigns
from sitrep.report.dates import ordinal
from sitrep.report.monthly import monthly
from sitrep.report.render import to_json, to_markdown
from sitrep.report.schema import MonthlyReport

__all__ = [
    "CampaignConfig",
    "MonthlyReport",
    "campaign",
    "campaign_config",
    "load_campaign_configs",
    "load_campaigns",
    "monthly",
    "ordinal",
    "to_json",
    "to_markdown",
]
