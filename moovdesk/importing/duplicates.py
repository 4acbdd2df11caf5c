"""Finding an imported row's twin: in the base, or earlier in the same file.

Twins are found by the same id in the software the file came from, the same SIRET, the same
email (any case), the same phone number (E.164), or the same company name and postal code
(names compared without accents, case, punctuation or legal form). The keys of the whole base
are loaded once, so checking 100,000 rows costs dictionary lookups, not queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from moovdesk.data.models import Contact, Prospect
from moovdesk.data.text_folding import fold

# Legal forms and filler words that do not tell two businesses apart.
_LEGAL_WORDS = frozenset(
    {
        "sarl", "sas", "sasu", "eurl", "sa", "snc", "sci", "scop", "earl", "gaec", "selarl",
        "ets", "etablissements", "societe", "ste", "cie", "et", "fils", "the", "ltd", "gmbh",
        "inc", "llc", "le", "la", "les", "l", "de", "du", "des", "d",
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[^a-z0-9]+")


class Reason:
    """Why a row was taken for a twin (shown in the import report)."""

    EXTERNAL = "same identifier in the exported software"
    SIRET = "same SIRET"
    EMAIL = "same email"
    PHONE = "same phone number"
    NAME_POSTAL = "same company name and postal code"


@dataclass(frozen=True, slots=True)
class Twin:
    prospect_id: str
    reason: str
    line: int | None = None  # set when the twin came from an earlier line of the same file


class RowKeys(NamedTuple):
    """A row's keys (a named tuple: built for every row, it costs a third of a dataclass)."""

    external: str
    siret: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    name_postal: str


def company_key(company: str, postal_code: str) -> str:
    """ "SARL Boulangerie Étienne" and "boulangerie etienne" at the same postal code match."""
    postal = postal_code.strip()
    if not postal or not company or company.isspace():
        return ""
    words = [w for w in _words(fold(company)) if w not in _LEGAL_WORDS]
    return " ".join(words) + "|" + postal if words else ""


def _words(folded: str) -> list[str]:
    """The runs of a-z and 0-9 in folded text, anything else separating them. Most names are
    already plain words and spaces, split without the regex (twice as fast)."""
    if folded.isascii() and folded.replace(" ", "").isalnum():
        return folded.split()
    return [word for word in _NON_WORD.split(folded) if word]


def keys_of(fields: Mapping[str, Any], external_ref: str = "") -> RowKeys:
    get = fields.get
    email, business_email = get("email"), get("business_email")
    if business_email:
        emails = _distinct([str(value).lower() for value in (email, business_email) if value])
    else:  # most rows: one address or none
        emails = (str(email).lower(),) if email else ()
    phone, mobile = get("phone"), get("mobile")
    business_phone, business_mobile = get("business_phone"), get("business_mobile")
    if mobile or business_phone or business_mobile:
        numbers = (phone, mobile, business_phone, business_mobile)
        phones = _distinct([str(value) for value in numbers if value])
    else:  # most rows: one number or none
        phones = (str(phone),) if phone else ()
    return RowKeys(
        external_ref,
        str(get("siret") or ""),
        emails,
        phones,
        company_key(str(get("company") or ""), str(get("postal_code") or "")),
    )


def _distinct(values: list[str]) -> tuple[str, ...]:
    """The values once each, sorted."""
    if len(values) < 2:
        return tuple(values)
    return tuple(sorted(set(values)))


# Where a key was seen: the prospect, and the line of this file (None for the base).
_Seen = tuple[str, int | None]


class DuplicateIndex:
    """Keys of the base's live prospects and of the rows this import has already taken.

    Each key maps to where it was first seen; the Twin is only built for a row that has one.
    """

    def __init__(self) -> None:
        self._external: dict[str, _Seen] = {}
        self._siret: dict[str, _Seen] = {}
        self._email: dict[str, _Seen] = {}
        self._phone: dict[str, _Seen] = {}
        self._name_postal: dict[str, _Seen] = {}

    @classmethod
    def load(cls, connection: Connection) -> DuplicateIndex:
        index = cls()
        live = Prospect.deleted_at.is_(None)
        prospects = connection.execute(
            select(
                Prospect.id,
                Prospect.external_ref,
                Prospect.siret,
                Prospect.email,
                Prospect.phone,
                Prospect.mobile,
                Prospect.company,
                Prospect.postal_code,
            ).where(live)
        )
        for pid, external, siret, email, phone, mobile, company, postal in prospects:
            index._add(pid, None, external, siret, (email,), (phone, mobile))
            key = company_key(company, postal)
            if key:
                index._name_postal.setdefault(key, (pid, None))
        contacts = connection.execute(
            select(Contact.prospect_id, Contact.email, Contact.phone, Contact.mobile)
            .join(Prospect, Prospect.id == Contact.prospect_id)
            .where(Contact.deleted_at.is_(None), live)
        )
        for pid, email, phone, mobile in contacts:
            index._add(pid, None, "", "", (email,), (phone, mobile))
        return index

    def find(self, keys: RowKeys) -> Twin | None:
        """The twin of a row, strongest evidence first."""
        external, siret, emails, phones, name_postal = keys
        if external and external in self._external:
            return _twin(self._external[external], Reason.EXTERNAL)
        if siret and siret in self._siret:
            return _twin(self._siret[siret], Reason.SIRET)
        for email in emails:
            if email in self._email:
                return _twin(self._email[email], Reason.EMAIL)
        for phone in phones:
            if phone in self._phone:
                return _twin(self._phone[phone], Reason.PHONE)
        if name_postal and name_postal in self._name_postal:
            return _twin(self._name_postal[name_postal], Reason.NAME_POSTAL)
        return None

    def remember(self, keys: RowKeys, prospect_id: str, line: int) -> None:
        """A row of this import became (or was merged into) `prospect_id`. Its keys are
        already normalised (`keys_of` lower-cased the emails and left out empty values)."""
        seen = (prospect_id, line)
        external, siret, emails, phones, name_postal = keys
        if external:
            self._external.setdefault(external, seen)
        if siret:
            self._siret.setdefault(siret, seen)
        for email in emails:
            self._email.setdefault(email, seen)
        for phone in phones:
            self._phone.setdefault(phone, seen)
        if name_postal:
            self._name_postal.setdefault(name_postal, seen)

    def _add(
        self,
        prospect_id: str,
        line: int | None,
        external: str,
        siret: str,
        emails: Iterable[str],
        phones: Iterable[str],
    ) -> None:
        seen = (prospect_id, line)
        if external:
            self._external.setdefault(external, seen)
        if siret:
            self._siret.setdefault(siret, seen)
        for email in emails:
            if email:
                self._email.setdefault(email.lower(), seen)
        for phone in phones:
            if phone:
                self._phone.setdefault(phone, seen)


def _twin(seen: _Seen, reason: str) -> Twin:
    return Twin(seen[0], reason, seen[1])
