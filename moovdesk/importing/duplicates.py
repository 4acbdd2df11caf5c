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
from typing import Any

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


@dataclass(frozen=True, slots=True)
class RowKeys:
    external: str
    siret: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    name_postal: str


def company_key(company: str, postal_code: str) -> str:
    """ "SARL Boulangerie Étienne" and "boulangerie etienne" at the same postal code match."""
    if not company.strip() or not postal_code.strip():
        return ""
    words = [w for w in _NON_WORD.split(fold(company)) if w and w not in _LEGAL_WORDS]
    return f"{' '.join(words)}|{postal_code.strip()}" if words else ""


def keys_of(fields: Mapping[str, Any], external_ref: str = "") -> RowKeys:
    emails = tuple(
        sorted({str(fields[k]).lower() for k in ("email", "business_email") if fields.get(k)})
    )
    phones = tuple(
        sorted(
            {
                str(fields[k])
                for k in ("phone", "mobile", "business_phone", "business_mobile")
                if fields.get(k)
            }
        )
    )
    return RowKeys(
        external=external_ref,
        siret=str(fields.get("siret") or ""),
        emails=emails,
        phones=phones,
        name_postal=company_key(
            str(fields.get("company") or ""), str(fields.get("postal_code") or "")
        ),
    )


class DuplicateIndex:
    """Keys of the base's live prospects and of the rows this import has already taken."""

    def __init__(self) -> None:
        self._external: dict[str, Twin] = {}
        self._siret: dict[str, Twin] = {}
        self._email: dict[str, Twin] = {}
        self._phone: dict[str, Twin] = {}
        self._name_postal: dict[str, Twin] = {}

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
                index._name_postal.setdefault(key, Twin(pid, Reason.NAME_POSTAL))
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
        if keys.external and keys.external in self._external:
            return self._external[keys.external]
        if keys.siret and keys.siret in self._siret:
            return self._siret[keys.siret]
        for email in keys.emails:
            if email in self._email:
                return self._email[email]
        for phone in keys.phones:
            if phone in self._phone:
                return self._phone[phone]
        if keys.name_postal and keys.name_postal in self._name_postal:
            return self._name_postal[keys.name_postal]
        return None

    def remember(self, keys: RowKeys, prospect_id: str, line: int) -> None:
        """A row of this import became (or was merged into) `prospect_id`."""
        self._add(prospect_id, line, keys.external, keys.siret, keys.emails, keys.phones)
        if keys.name_postal:
            self._name_postal.setdefault(
                keys.name_postal, Twin(prospect_id, Reason.NAME_POSTAL, line)
            )

    def _add(
        self,
        prospect_id: str,
        line: int | None,
        external: str,
        siret: str,
        emails: Iterable[str],
        phones: Iterable[str],
    ) -> None:
        if external:
            self._external.setdefault(external, Twin(prospect_id, Reason.EXTERNAL, line))
        if siret:
            self._siret.setdefault(siret, Twin(prospect_id, Reason.SIRET, line))
        for email in emails:
            if email:
                self._email.setdefault(email.lower(), Twin(prospect_id, Reason.EMAIL, line))
        for phone in phones:
            if phone:
                self._phone.setdefault(phone, Twin(prospect_id, Reason.PHONE, line))
