"""Vitrina's application layer: domain, storage, connectors and the command line."""

__version__ = "0.1.0"
