"""Vitrine: a French surgeon's online presence, within medical deontology and secrecy."""

__version__ = "0.1.0"
