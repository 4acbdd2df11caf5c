"""Headers to targets: synonyms in French and English, blind to accents, case and punctuation,
with the values settling what a header alone cannot."""

from __future__ import annotations

import pytest

from moovdesk.importing.mapping import auto_map, mapping_signature, parse_user_mapping
from moovdesk.importing.targets import FIELD_LABELS, SPECIAL_TARGETS
from moovdesk.prospect_fields import WRITABLE_FIELDS

SYNONYMS = {
    "company": [
        "Raison sociale",
        "Société",
        "SOCIETE",
        "Entreprise",
        "Company",
        "Organization Name",
        "Organisation",
        "Nom de l'entreprise",
        "raison_sociale",
    ],
    "last_name": ["Last Name", "Family Name", "Nom de famille", "Surname", "NOM DU CONTACT"],
    "first_name": ["Prénom", "PRENOM", "First Name", "Given Name", "firstname"],
    "postal_code": ["CP", "C.P.", "Code postal", "Zip", "Postal Code", "ZIP code", "code_postal"],
    "city": ["Ville", "Commune", "City", "Town", "Localité"],
    "street": ["Adresse", "Rue", "Street", "Address 1", "Adresse ligne 1"],
    "phone": [
        "Tél",
        "Tél.",
        "Téléphone",
        "Phone",
        "Telephone",
        "Business Phone",
        "Téléphone bureau",
        "Téléphone (bureau)",
        "Tel fixe",
    ],
    "mobile": [
        "Portable",
        "Mobile",
        "Cell",
        "Téléphone mobile",
        "Mobile Phone",
        "GSM",
        "Tél. port.",
    ],
    "email": [
        "E-mail",
        "Courriel",
        "Email",
        "Email Address",
        "E-mail Address",
        "Adresse de messagerie",
        "Adresse mail",
        "Mail contact",
    ],
    "temperature": ["Température", "Lead status", "Chaud/Froid", "Chaud-Froid"],
    "stage": ["Étape", "Stage", "Pipeline"],
    "next_follow_up": [
        "Prochaine relance",
        "Relance le",
        "Next follow-up",
        "Follow-up date",
        "Date de relance",
        "Date prochaine relance client",
    ],
    "siret": ["SIRET", "Siren", "N° SIRET", "numero_siret"],
    "activity": ["Activité", "Secteur", "NAF", "Code NAF", "APE", "Industry", "Secteur d'activité"],
    "source": ["Source", "Origine", "Lead source"],
    "notes": ["Notes", "Commentaire", "Remarques", "Comments", "Observations"],
    "website": ["Site web", "Website", "URL", "Site internet"],
    "country": ["Pays", "Country", "Country/Region"],
    "latitude": ["Latitude", "Lat"],
    "longitude": ["Longitude", "Lon", "Lng"],
    "job_title": ["Fonction", "Poste", "Job Title", "Position"],
    "civility": ["Civilité", "Salutation"],
    "contact_full_name": ["Contact", "Nom complet", "Full Name", "Interlocuteur"],
    "postal_code_city": ["CP Ville", "Code postal et ville"],
    "tags": ["Tags", "Étiquettes", "Catégories", "Mots-clés"],
    "street_extra": ["Complément d'adresse", "Adresse 2", "Address line 2"],
    "coordinates": ["Coordonnées GPS", "GPS"],
}


@pytest.mark.parametrize(
    ("header", "target"),
    [(header, target) for target, headers in SYNONYMS.items() for header in headers],
)
def test_header_synonyms(header: str, target: str):
    result = auto_map([header, "Société"] if target != "company" else [header])
    assert result.mapping[0] == target


def test_accents_case_punctuation_and_spaces_do_not_matter():
    for header in ["  CODE   POSTAL ", "code-postal", "Code_Postal", "CODE POSTAL."]:
        assert auto_map([header]).mapping == {0: "postal_code"}


def test_title_is_civility_or_job_by_its_values():
    header = ["Company", "Title"]
    civilities = auto_map(header, [["A", "M."], ["B", "Mme"], ["C", "Mme"]])
    assert civilities.mapping[1] == "civility"
    jobs = auto_map(header, [["A", "Buyer"], ["B", "CEO"]])
    assert jobs.mapping[1] == "job_title"


def test_status_column_reads_its_values():
    header = ["Société", "Type"]
    hot_cold = auto_map(header, [["A", "Chaud"], ["B", "froid"], ["C", ""]])
    assert hot_cold.mapping[1] == "temperature"
    stages = auto_map(header, [["A", "Prospect"], ["B", "Client"]])
    assert stages.mapping[1] == "stage"
    other = auto_map(header, [["A", "Restaurant"], ["B", "Hôtel"]])
    assert other.mapping[1] == "note_field"


def test_unnamed_column_of_emails_is_found_by_its_values():
    result = auto_map(["Société", "Colonne 7"], [["A", "a@b.fr"], ["B", "c@d.fr"]])
    assert result.mapping[1] == "email"


def test_nom_alone_is_the_company_in_a_list_of_businesses():
    assert auto_map(["Nom", "Adresse", "CP", "Ville"]).mapping[0] == "company"
    assert auto_map(["Nom", "Prénom", "Société"]).mapping[0] == "last_name"


def test_yes_no_criteria_only_when_the_values_are_yes_no():
    assert auto_map(["Société", "Budget"], [["A", "oui"], ["B", "non"]]).mapping[1] == "budget"
    assert auto_map(["Société", "Budget"], [["A", "10 k€"]]).mapping[1] == "note_field"


def test_bare_number_column_is_a_street_number_only_beside_a_street():
    assert auto_map(["N°", "Rue", "Ville"]).mapping[0] == "street_number"
    assert 0 not in auto_map(["N°", "Société"]).mapping


def test_fax_and_labels_are_not_phones():
    result = auto_map(["Fax", "Télécopie", "Phone 1 - Label", "E-mail Type", "Société"])
    assert result.mapping == {4: "company"}


def test_nothing_recognisable_gives_empty_mapping_and_the_headers_seen():
    result = auto_map(["foo", "bar", "colonne 3"], [["1", "2", "3"]])
    assert result.mapping == {}
    assert not result.recognised
    assert result.unmatched_headers() == ["foo", "bar", "colonne 3"]


def test_signature_is_stable_and_blind_to_accents_and_case():
    one = mapping_signature(["Société", "Code postal", "Ville"])
    assert one == mapping_signature(["SOCIETE", "code_postal", " ville "])
    assert one != mapping_signature(["Ville", "Code postal", "Société"])
    assert one == "3fb32a18d513db29d34d14c6"  # stable across runs and machines


def test_user_mapping_by_name_or_number():
    header = ["Raison", "Code", "Ville"]
    mapping = parse_user_mapping({"raison": "company", "1": "postal_code", "Ville": None}, header)
    assert mapping == {0: "company", 1: "postal_code"}
    with pytest.raises(ValueError, match="does not have"):
        parse_user_mapping({"Pays": "country"}, header)
    with pytest.raises(ValueError, match="Unknown target"):
        parse_user_mapping({"Ville": "town"}, header)


def test_every_writable_field_has_a_label_and_no_special_target_shadows_one():
    assert set(FIELD_LABELS) == set(WRITABLE_FIELDS) - {"geo_precision"}
    assert not set(SPECIAL_TARGETS) & set(WRITABLE_FIELDS)
