"""Roles and what each may do. Least privilege: a capability is granted only where listed."""

from __future__ import annotations

from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Role(StrEnum):
    PRATICIEN = "praticien"
    SECRETARIAT = "secretariat"
    COMMUNITY_MANAGER = "community-manager"
    WEBMASTER = "webmaster"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.PRATICIEN: _("Praticien"),
    Role.SECRETARIAT: _("Secrétariat"),
    Role.COMMUNITY_MANAGER: _("Community manager"),
    Role.WEBMASTER: _("Webmaster"),
    Role.ADMIN: _("Administrateur"),
}


class Cap(StrEnum):
    """Capabilities checked by views and actions."""

    VIEW = "view"  # see the practice's dashboard and content
    CHECK_TEXT = "check-text"  # run the compliance checker
    DRAFT = "draft"  # write posts and review replies
    APPROVE = "approve"  # approve a post or a reply
    PUBLISH = "publish"  # publish anything
    PUBLISH_APPROVED = "publish-approved"  # publish what a praticien approved
    SITE_AUDIT = "site-audit"
    VIEW_AUDIT_LOG = "view-audit-log"
    MANAGE_MEMBERS = "manage-members"
    MANAGE_PRACTICE = "manage-practice"
    EXPORT_DATA = "export-data"


CAPABILITIES: dict[Role, frozenset[Cap]] = {
    Role.PRATICIEN: frozenset(
        {
            Cap.VIEW,
            Cap.CHECK_TEXT,
            Cap.DRAFT,
            Cap.APPROVE,
            Cap.PUBLISH,
            Cap.PUBLISH_APPROVED,
            Cap.SITE_AUDIT,
            Cap.VIEW_AUDIT_LOG,
            Cap.MANAGE_PRACTICE,
            Cap.EXPORT_DATA,
        }
    ),
    Role.SECRETARIAT: frozenset({Cap.VIEW, Cap.CHECK_TEXT, Cap.DRAFT}),
    Role.COMMUNITY_MANAGER: frozenset({Cap.VIEW, Cap.CHECK_TEXT, Cap.DRAFT, Cap.PUBLISH_APPROVED}),
    Role.WEBMASTER: frozenset({Cap.VIEW, Cap.CHECK_TEXT, Cap.SITE_AUDIT}),
    Role.ADMIN: frozenset(
        {
            Cap.VIEW,
            Cap.CHECK_TEXT,
            Cap.VIEW_AUDIT_LOG,
            Cap.MANAGE_MEMBERS,
            Cap.MANAGE_PRACTICE,
            Cap.EXPORT_DATA,
        }
    ),
}


def can(role: str, capability: Cap) -> bool:
    """Whether ``role`` grants ``capability``."""
    try:
        return capability in CAPABILITIES[Role(role)]
    except ValueError:
        return False
