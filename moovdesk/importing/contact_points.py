"""How to reach someone: email addresses and phone numbers as cells hold them.

One cell may hold several ("a@b.fr; c@d.fr", "06 12 34 56 78 / 04 72 00 00 00", Google's " ::: ");
the cleaners return all of them, in order, and the row cleaner decides where each goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from moovdesk.importing.errors import Invalid
from moovdesk.phones import PhoneError, normalize_phone, split_phones

# --- email ------------------------------------------------------------------------------------

# The same shape the prospect service checks, so nothing cleaned here is refused there.
_EMAIL = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}")
_EMAIL_SEPARATORS = re.compile(r"[;,\s|/]+")
_ANGLE_ADDRESS = re.compile(r"<([^<>]+)>")


def clean_emails(raw: str) -> tuple[str, ...] | Invalid | None:
    """Every address the cell holds, first one first, domains lower-cased."""
    text = raw.strip()
    if not text:
        return None
    if _EMAIL.fullmatch(text) and ".." not in text:  # the usual case: one clean address
        local, _, domain = text.rpartition("@")
        return (text if domain.islower() else f"{local}@{domain.lower()}",)
    found: list[str] = []
    for candidate in _email_candidates(text):
        email = _normalise_email(candidate)
        if email and email not in found:
            found.append(email)
    if not found:
        return Invalid("bad_email", f"“{text}” is not an email address.")
    return tuple(found)


def _email_candidates(text: str) -> list[str]:
    if "<" in text:
        return _ANGLE_ADDRESS.findall(text)
    if _EMAIL.fullmatch(text):
        return [text]
    return [part for part in _EMAIL_SEPARATORS.split(text) if "@" in part]


def _normalise_email(candidate: str) -> str:
    email = candidate.strip().strip(".'\"")
    if email.lower().startswith("mailto:"):
        email = email[7:]
    if not _EMAIL.fullmatch(email) or ".." in email:
        return ""
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


@dataclass(frozen=True, slots=True)
class Phones:
    """Numbers in E.164 in the order the cell gave them, and the parts that were no number."""

    numbers: tuple[str, ...]
    unreadable: tuple[str, ...] = ()


def clean_phones(raw: str, region: str = "FR") -> Phones | None:
    """Every number a cell holds ("06 12 34 56 78 / 04 72 00 00 00"), normalised."""
    text = raw.strip()
    if not text:
        return None
    if region == "FR" and text.isascii():
        # The usual French shapes without a regex: "06 12 34 56 78", "06.12.34.56.78".
        compact = text.replace(" ", "").replace(".", "").replace("-", "")
        if len(compact) == 10 and compact[0] == "0" and compact[1] != "0" and compact.isdecimal():
            return Phones(("+33" + compact[1:],))
        if (
            len(compact) == 12
            and compact.startswith("+33")
            and compact[3] != "0"
            and compact[3:].isdecimal()
        ):
            return Phones((compact,))
    return _phones_cached(text, region)


@lru_cache(maxsize=8192)
def _phones_cached(text: str, region: str) -> Phones:
    text = text.replace(":::", ";")  # Google Contacts' separator for several values
    try:
        return Phones((normalize_phone(text, region),))
    except PhoneError:
        pass
    numbers: list[str] = []
    unreadable: list[str] = []
    for part in split_phones(text):
        try:
            number = normalize_phone(_strip_label(part), region)
        except PhoneError:
            unreadable.append(part.strip())
            continue
        if number and number not in numbers:
            numbers.append(number)
    return Phones(tuple(numbers), tuple(unreadable))


_PHONE_LABEL = re.compile(r"^\s*[^\d+(]{1,20}?\s*[:.]\s*(?=[\d+(])")


def _strip_label(part: str) -> str:
    """ "Tél. : 04 72 …", "mob: 06 …" → the number alone."""
    return _PHONE_LABEL.sub("", part)


def is_mobile(e164: str) -> bool:
    """French mobiles (06, 07) by prefix; other countries are not guessed."""
    return e164.startswith(("+336", "+337"))
