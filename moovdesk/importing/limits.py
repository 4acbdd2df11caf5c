"""The sizes past which a file is refused rather than read: a rep's file never comes near them,
a damaged or hostile one always does, and refusing early keeps the window responsive."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadLimits:
    max_file_bytes: int = 200 * 1024 * 1024
    max_columns: int = 10_000
    # A header or record longer than this is no table (a 10 MB line is a damaged file).
    max_line_chars: int = 1_000_000
    # A quoted field running over this many lines has swallowed the rows after it.
    max_record_lines: int = 1_000
    # Zip directories are trusted only this far before calamine inflates anything.
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_compression_ratio: float = 200.0
    bomb_min_bytes: int = 20 * 1024 * 1024
    max_zip_entries: int = 10_000


DEFAULT_LIMITS = ReadLimits()
