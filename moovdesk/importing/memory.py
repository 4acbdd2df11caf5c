"""Mappings the rep chose, remembered per file header: the next file with the same columns is
mapped the same way without asking. Kept as JSON under the home; a damaged file is ignored."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from moovdesk.atomic_files import write_bytes_atomically
from moovdesk.importing.mapping import mapping_signature

FILE_NAME = "import-mappings.json"


class MappingMemory:
    def __init__(self, home_root: Path) -> None:
        self.path = home_root / FILE_NAME

    def recall(self, header: Sequence[str]) -> dict[int, str] | None:
        """The mapping last used for files with this header (column index -> target)."""
        entry = self._load().get(mapping_signature(header))
        if not isinstance(entry, dict):
            return None
        recalled = {}
        for key, target in entry.items():
            if key.isdigit() and int(key) < len(header) and isinstance(target, str):
                recalled[int(key)] = target
        return recalled or None

    def remember(self, header: Sequence[str], mapping: Mapping[int, str]) -> None:
        entries = self._load()
        entries[mapping_signature(header)] = {str(i): t for i, t in sorted(mapping.items())}
        data = json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8")
        write_bytes_atomically(self.path, data)

    def _load(self) -> dict[str, object]:
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}
