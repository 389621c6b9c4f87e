"""What the rules alone find in a text: the learned reader is left out, so that the rule tests say
what the constructions do."""

from __future__ import annotations

from vitrine.compliance import check


def rules_alone(text: str, channel: str = "instagram") -> set[str]:
    """The ids of the rules with a finding in ``text`` on ``channel``, without the learned reader."""
    return {f.rule for f in check(text, channel=channel, learned=False).findings}
