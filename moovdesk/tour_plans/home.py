"""Where the rep's days start: the home address of the preferences, placed offline.

The gazetteer knows communes, not streets, so the place is the commune of the address's postal
code and city; when it cannot tell (no postal code, an ambiguous name), the UI asks instead.
"""

from __future__ import annotations

import re

from moovdesk.preferences import Preferences
from moovdesk.tours import Place

# "69003 Lyon" (the last such group wins: "1234 route de X, 69003 Lyon" is in Lyon).
_CODE_AND_CITY = re.compile(r"(?<![\w-])(\d{4,5})\s+([^\W\d][^,;\n]*)")


def locate_address(text: str, country: str = "FR") -> Place | None:
    """The commune of a free-text address ("12 rue des Lilas, 69003 Lyon"), labelled with the
    address itself; None when the gazetteer cannot place it."""
    from moovdesk.geo.gazetteer import Gazetteer  # loads its data on first use

    address = " ".join(text.split())
    if not address:
        return None
    gazetteer = Gazetteer.shared()
    found = None
    matches = list(_CODE_AND_CITY.finditer(text))
    if matches:
        code, city = matches[-1].group(1), matches[-1].group(2).strip()
        found = gazetteer.locate(country, code, city)
    if found is None:
        last_part = re.split(r"[,;\n]", text.strip())[-1].strip()
        found = gazetteer.locate(country, "", last_part)
    if found is None:
        return None
    return Place(found.latitude, found.longitude, address)


def home_place(preferences: Preferences) -> Place | None:
    """The rep's home from the preferences, or None when it is unset or cannot be placed."""
    checked = preferences.checked()
    return locate_address(checked.home_address, checked.country)
