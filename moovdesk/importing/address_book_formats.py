"""Address-book exports reps bring along: Google Contacts (current and older layouts), Outlook in
English and French, and LinkedIn connections. Built from the column lists these tools publish."""

from __future__ import annotations

from moovdesk.importing.dates import DateOrder
from moovdesk.importing.format_spec import KnownFormat, markers, patterns

_GOOGLE_SHARED: dict[str, str | None] = {
    "Name Prefix": "civility",
    "Notes": "notes",
    "Birthday": None,
    "Nickname": None,
    "Photo": None,
    "Name Suffix": None,
}
_GOOGLE_PATTERNS = patterns(
    (r"email\d+value", "email"),
    (r"phone\d+value", "phone_any"),
    (r"address1street", "street"),
    (r"address1city", "city"),
    (r"address1postalcode", "postal_code"),
    (r"address1country", "country"),
    (r"address1(extendedaddress|pobox)", "street_extra"),
    (r"address1formatted", "full_address"),
    (r"address\d+formatted", "note_field"),
    (r"website1value", "website"),
    (r"(email|phone|address|website|event|relation|customfield|im|externalid)\d+\w*", None),
)

GOOGLE_CONTACTS = KnownFormat(
    key="google_contacts",
    label="Google Contacts",
    markers=markers(
        "First Name=1 | Last Name=1 | Organization Name=2 | E-mail 1 - Value=2 | "
        "Phone 1 - Value=2 | File As=2 | Phonetic First Name=2 | Labels=1 | "
        "Address 1 - Formatted=1"
    ),
    threshold=5,
    columns={
        **_GOOGLE_SHARED,
        "First Name": "first_name",
        "Middle Name": None,
        "Last Name": "last_name",
        "Phonetic First Name": None,
        "Phonetic Middle Name": None,
        "Phonetic Last Name": None,
        "File As": None,
        "Organization Name": "company",
        "Organization Title": "job_title",
        "Organization Department": "note_field",
        "Labels": "tags",
    },
    patterns=_GOOGLE_PATTERNS,
    source="Google Contacts",
)

GOOGLE_CONTACTS_LEGACY = KnownFormat(
    key="google_contacts_legacy",
    label="Google Contacts (older layout)",
    markers=markers(
        "Given Name=2 | Family Name=2 | Group Membership=2 | E-mail 1 - Value=2 | "
        "Organization 1 - Name=2 | Yomi Name=2 | Additional Name=1"
    ),
    threshold=5,
    columns={
        **_GOOGLE_SHARED,
        "Name": "contact_full_name",
        "Given Name": "first_name",
        "Additional Name": None,
        "Family Name": "last_name",
        "Yomi Name": None,
        "Given Name Yomi": None,
        "Additional Name Yomi": None,
        "Family Name Yomi": None,
        "Initials": None,
        "Short Name": None,
        "Maiden Name": None,
        "Gender": None,
        "Location": None,
        "Billing Information": None,
        "Directory Server": None,
        "Mileage": None,
        "Occupation": "job_title",
        "Hobby": None,
        "Sensitivity": None,
        "Priority": None,
        "Subject": None,
        "Language": None,
        "Group Membership": "tags",
        "Organization 1 - Name": "company",
        "Organization 1 - Title": "job_title",
        "Organization 1 - Department": "note_field",
        "Organization 1 - Type": None,
        "Organization 1 - Yomi Name": None,
        "Organization 1 - Symbol": None,
        "Organization 1 - Location": None,
        "Organization 1 - Job Description": "note_field",
    },
    patterns=patterns((r"organization\d+\w*", None)) + _GOOGLE_PATTERNS,
    source="Google Contacts",
)

# Outlook's home and "other" addresses are a contact's private ones: known, not imported.
_OUTLOOK_EN: dict[str, str | None] = {
    "Title": "civility",
    "First Name": "first_name",
    "Middle Name": None,
    "Last Name": "last_name",
    "Suffix": None,
    "Company": "company",
    "Department": "note_field",
    "Job Title": "job_title",
    "Business Street": "street",
    "Business Street 2": "street_extra",
    "Business Street 3": "street_extra",
    "Business City": "city",
    "Business State": None,
    "Business Postal Code": "postal_code",
    "Business Country/Region": "country",
    "Business Address PO Box": "street_extra",
    "Business Phone": "phone",
    "Business Phone 2": "phone",
    "Company Main Phone": "business_phone",
    "Primary Phone": "phone",
    "Mobile Phone": "mobile",
    "Car Phone": "phone_any",
    "Other Phone": "phone_any",
    "Home Phone": "phone_any",
    "Home Phone 2": "phone_any",
    "E-mail Address": "email",
    "E-mail 2 Address": "email",
    "E-mail 3 Address": "email",
    "Categories": "tags",
    "Keywords": "tags",
    "Notes": "notes",
    "Web Page": "website",
    "Profession": None,
}
OUTLOOK_EN = KnownFormat(
    key="outlook_en",
    label="Outlook contacts (English)",
    markers=markers(
        "Business Street=2 | Business Postal Code=2 | Business City=2 | E-mail Address=1 | "
        "E-mail Display Name=2 | Mobile Phone=1 | Business Phone=1 | Home Street=1 | "
        "Business Country/Region=2"
    ),
    threshold=5,
    columns=_OUTLOOK_EN,
    patterns=patterns((r"(home|other)\w*", None), (r"email\d?(type|displayname)", None)),
    ignored="""Assistant's Phone | Business Fax | Callback | Home Fax | ISDN | Other Fax | Pager |
        Radio Phone | TTY/TDD Phone | Telex | Account | Anniversary | Assistant's Name |
        Billing Information | Birthday | Children | Directory Server | Gender |
        Government ID Number | Hobby | Initials | Internet Free Busy | Language | Location |
        Manager's Name | Mileage | Office Location | Organizational ID Number | Priority |
        Private | Referred By | Sensitivity | Spouse | User 1 | User 2 | User 3 | User 4""",
    # Outlook writes dates in the Windows locale; English installations are mostly US ones.
    date_order=DateOrder.MONTH_FIRST,
    source="Outlook",
)

OUTLOOK_FR = KnownFormat(
    key="outlook_fr",
    label="Outlook contacts (français)",
    markers=markers(
        "Rue (bureau)=2 | Code postal (bureau)=2 | Ville (bureau)=2 | Adresse de messagerie=2 | "
        "Tél. mobile=1 | Téléphone mobile=1 | Téléphone (bureau)=1 | Adresse de courrier=2 | "
        "Pays/Région (bureau)=2 | Nom complet de l'adresse de messagerie=2"
    ),
    threshold=5,
    columns={
        "Titre": "civility",
        "Prénom": "first_name",
        "Deuxième prénom": None,
        "Nom": "last_name",
        "Suffixe": None,
        "Société": "company",
        "Service": "note_field",
        "Fonction": "job_title",
        "Rue (bureau)": "street",
        "Rue (bureau) 2": "street_extra",
        "Rue (bureau) 3": "street_extra",
        "Ville (bureau)": "city",
        "Dép/Région (bureau)": None,
        "Code postal (bureau)": "postal_code",
        "Pays/Région (bureau)": "country",
        "B.P. professionnelle": "street_extra",
        "Téléphone (bureau)": "phone",
        "Téléphone 2 (bureau)": "phone",
        "Téléphone professionnel": "phone",
        "Téléphone société": "business_phone",
        "Téléphone principal": "phone",
        "Tél. mobile": "mobile",
        "Téléphone mobile": "mobile",
        "Téléphone (voiture)": "phone_any",
        "Téléphone (autre)": "phone_any",
        "Téléphone (domicile)": "phone_any",
        "Téléphone 2 (domicile)": "phone_any",
        "Adresse de messagerie": "email",
        "Adresse de messagerie 2": "email",
        "Adresse de messagerie 3": "email",
        "Adresse de courrier": "email",
        "Adresse de courrier 2": "email",
        "Adresse de courrier 3": "email",
        "Catégories": "tags",
        "Mots clés": "tags",
        "Notes": "notes",
        "Page Web": "website",
        "Profession": None,
        "Anniversaire": None,
    },
    patterns=patterns(
        (r"\w*(domicile|autre)\w*", None),
        (r"(typede|nomcompletdeladressede)(messagerie|courrier)\d?", None),
    ),
    ignored="""Téléphone de l'assistant(e) | Télécopie (bureau) | Rappel | Télécopie (domicile) |
        RNIS | Télécopie (autre) | Récepteur de radiomessagerie | Radiotéléphone |
        Téléphone TDD/TTY | Télex | Anniversaire de mariage ou fête | Autre boîte postale |
        Boîte postale du domicile | Bureau | Compte | Conjoint(e) | Critère de diffusion |
        Disponibilité Internet | Emplacement | Enfants | Informations facturation | Initiales |
        Kilométrage | Langue | Nom de l'assistant(e) | Numéro d'identification de l'organisation |
        Numéro d'identification d'administration publique | Passe-temps | Priorité | Privé |
        Recommandé par | Responsable | Serveur d'annuaire | Sexe | Utilisateur 1 | Utilisateur 2 |
        Utilisateur 3 | Utilisateur 4 | Dép/Région (bureau)""",
    source="Outlook",
)

LINKEDIN = KnownFormat(
    key="linkedin_connections",
    label="LinkedIn connections",
    markers=markers(
        "First Name=1 | Last Name=1 | URL=1 | Email Address=1 | Company=1 | Position=1 | "
        "Connected On=3"
    ),
    threshold=5,
    columns={
        "First Name": "first_name",
        "Last Name": "last_name",
        "URL": "note_field",
        "Email Address": "email",
        "Company": "company",
        "Position": "job_title",
        "Connected On": "note_field",
    },
    source="LinkedIn",
)
