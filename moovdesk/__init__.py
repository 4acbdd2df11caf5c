"""Moovdesk: an offline desktop prospect manager for the traveling sales rep."""

__version__ = "0.1.0"
APP_NAME = "Moovdesk"
