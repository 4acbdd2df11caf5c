"""Importing files: bytes to rows, headers to fields, cleaned values, one transaction per import."""
