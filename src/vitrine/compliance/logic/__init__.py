"""Rules that need logic rather than word lists; each exposes ``find(context, rule)``."""
