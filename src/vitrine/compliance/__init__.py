"""Compliance engine: checks a text against French medical deontology rules.

>>> report = check("Résultat garanti !", channel="instagram")
>>> [f.rule for f in report.findings]
['garantie-resultat']
"""

from vitrine.compliance.config import Config, ConfigError, load_config
from vitrine.compliance.engine import check
from vitrine.compliance.model import CHANNELS, SEVERITIES, Finding, Report, Suppressed
from vitrine.compliance.registry import Rule, all_rules, resolve_rule_id

__all__ = [
    "CHANNELS",
    "SEVERITIES",
    "Config",
    "ConfigError",
    "Finding",
    "Report",
    "Rule",
    "Suppressed",
    "all_rules",
    "check",
    "load_config",
    "resolve_rule_id",
]
