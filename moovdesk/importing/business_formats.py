"""Business sources: INSEE SIRENE establishment files, and Moovago's three exports (companies,
contact persons, visit reports), so a rep moving from Moovago keeps everything in minutes."""

from __future__ import annotations

from moovdesk.importing.format_spec import KnownFormat, markers, patterns
from moovdesk.importing.targets import RecordKind

SIRENE = KnownFormat(
    key="sirene_etablissements",
    label="INSEE SIRENE establishments",
    markers=markers(
        "siret=1 | denominationUsuelleEtablissement=2 | enseigne1Etablissement=2 | "
        "libelleVoieEtablissement=2 | codePostalEtablissement=2 | "
        "libelleCommuneEtablissement=2 | activitePrincipaleEtablissement=2"
    ),
    threshold=5,
    columns={
        "siret": "siret",
        "denominationUsuelleEtablissement": "company",
        "enseigne1Etablissement": "company_fallback",
        "denominationUniteLegale": "company_fallback",
        "nomUniteLegale": "last_name",
        "prenomUsuelUniteLegale": "first_name",
        "prenom1UniteLegale": "first_name",
        "complementAdresseEtablissement": "street_extra",
        "numeroVoieEtablissement": "street_number",
        "indiceRepetitionEtablissement": "street_number_suffix",
        "typeVoieEtablissement": "street_type",
        "libelleVoieEtablissement": "street_name",
        "distributionSpecialeEtablissement": "street_extra",
        "codePostalEtablissement": "postal_code",
        "libelleCommuneEtablissement": "city",
        "libellePaysEtrangerEtablissement": "country",
        "activitePrincipaleEtablissement": "activity",
        "etatAdministratifEtablissement": "establishment_state",
        "coordonneeLambertAbscisseEtablissement": "lambert_x",
        "coordonneeLambertOrdonneeEtablissement": "lambert_y",
    },
    # Every other SIRENE column (dates, sizes, second address, history) is known and skipped.
    patterns=patterns((r"\w*(etablissement|unitelegale)\d?", None), (r"siren|nic|datedebut", None)),
    source="SIRENE",
)

# Moovago's column lists are not published; these follow the names its exports are known to use,
# and the generic matching catches the rest.
MOOVAGO_COMPANIES = KnownFormat(
    key="moovago_companies",
    label="Moovago companies",
    markers=markers(
        "Identifiant Moovago de la société=2 | Prospect/Client=1 | Mandants/Commettants=2 | "
        "Date du dernier suivi commercial=2 | Pseudo de Moovago=2 | "
        "Société présente sur la carte=2 | Segmentation client=1"
    ),
    threshold=3,
    columns={
        "Identifiant Moovago de la société": "external_id",
        "Prospect/Client": "stage",
        "Nom de société": "company",
        "Mandants/Commettants": "tags",
        "Date du dernier suivi commercial": "last_contact_date",
        "Adresse": "street",
        "Complément d'adresse": "street_extra",
        "Téléphone fixe": "phone",
        "Autre téléphone": "phone_any",
        "Téléphone portable": "mobile",
        "Site internet": "website",
        "Note": "notes",
        "Segmentation client": "tags",
        "Mots-clé": "tags",
        "Mots-clés": "tags",
        "Pseudo de Moovago": "note_field",
        "Société présente sur la carte": None,
        "Propriétaire": None,
        "Propriétaire(s)": None,
        "Département": None,
        "Région": None,
        "Date de création": None,
        "Date de création UTC": None,
        "Créé par": None,
    },
)

_MOOVAGO_COMPANY_TIE: dict[str, str | None] = {
    "Identifiant Moovago de la société": "company_external_id",
    "Nom de société": "company",
    "Adresse de société": "street",
    "Adresse de la société": "street",
    "Code postal de société": "postal_code",
    "Code postal de la société": "postal_code",
    "Ville de société": "city",
    "Ville de la société": "city",
    "Pays de société": "country",
}

MOOVAGO_CONTACTS = KnownFormat(
    key="moovago_contacts",
    label="Moovago contact persons",
    markers=markers(
        "Identifiant Moovago de l'interlocuteur=3 | Centre d'intérêt=1 | Adresse de société=1 | "
        "Ville de société=1 | Code postal de société=1"
    ),
    threshold=2,
    columns={
        **_MOOVAGO_COMPANY_TIE,
        "Identifiant Moovago de l'interlocuteur": "external_id",
        "Civilité": "civility",
        "Prénom": "first_name",
        "Nom": "last_name",
        "Fonction": "job_title",
        "Téléphone portable": "mobile",
        "Téléphone fixe": "phone",
        "Email": "email",
        "Statut": "note_field",
        "Centre d'intérêt": "note_field",
        "Note": "notes",
        "Date de création": None,
        "Date de création UTC": None,
        "Créé par": None,
    },
    record_kind=RecordKind.CONTACT,
)

MOOVAGO_REPORTS = KnownFormat(
    key="moovago_visit_reports",
    label="Moovago visit reports",
    markers=markers(
        "Identifiant Moovago du compte rendu=3 | Date du compte rendu=2 | "
        "Type de compte rendu=2 | Date de création UTC=1 | Créé par=1"
    ),
    threshold=3,
    columns={
        **_MOOVAGO_COMPANY_TIE,
        "Identifiant Moovago du compte rendu": "external_id",
        "Identifiant Moovago de l'interlocuteur": "contact_external_id",
        "Date du compte rendu": "report_date",
        "Type de compte rendu": "report_type",
        "Note": "report_note",
        "Compte rendu": "report_note",
        "Interlocuteur": "contact_full_name",
        "Mandants/Commettants": "tags",
        "Date de création UTC": None,
        "Créé par": None,
        "Propriétaire(s)": None,
        "Propriétaire": None,
    },
    record_kind=RecordKind.VISIT_REPORT,
)
