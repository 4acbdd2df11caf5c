"""Several numbers for one row (a cell with two numbers, Google's Phone 1…N) spread over the
phone and mobile fields: a landline is the phone, a French 06/07 is the mobile, what is left over
goes to the notes, and a number given twice is kept once."""

from __future__ import annotations

from collections.abc import Sequence

from moovdesk.importing.contact_points import is_mobile

# Where a number from a column mapped to `hint` may go, mobile numbers first, then landlines.
_SLOTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "phone": (("phone", "mobile"), ("phone",)),
    "mobile": (("mobile", "phone"), ("mobile", "phone")),
    "phone_any": (("mobile", "phone"), ("phone",)),
    "business_phone": (("business_phone", "business_mobile"), ("business_phone",)),
    "business_mobile": (("business_mobile", "business_phone"), ("business_mobile",)),
}


def distribute_phones(
    found: Sequence[tuple[str, Sequence[str]]],
) -> tuple[dict[str, str], list[str]]:
    """`found` holds (column target, E.164 numbers) in column order; returns slots and extras."""
    slots: dict[str, str] = {}
    extras: list[str] = []
    seen: set[str] = set()
    for hint, numbers in found:
        mobile_slots, landline_slots = _SLOTS[hint]
        # In a phone column holding "06…, 04…", the landline is the phone and the 06 the mobile;
        # a mobile column prefers its mobiles.
        ordered = sorted(numbers, key=is_mobile, reverse=hint.endswith("mobile"))
        for number in ordered:
            if number in seen:
                continue
            seen.add(number)
            candidates = mobile_slots if is_mobile(number) else landline_slots
            if len(numbers) == 1 and hint in ("phone", "business_phone"):
                candidates = (hint, *candidates)
            slot = next((name for name in candidates if name not in slots), None)
            if slot is None:
                extras.append(number)
            else:
                slots[slot] = number
    return slots, extras
