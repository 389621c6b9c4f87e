"""Vitrine's Django layer: accounts, practices, roles, audit trail, pages per module, tasks."""
