"""Header names reps' files use for each target, in French and English, as data.

Headers are compared "squashed": folded (no accents, lower case) and stripped of everything but
letters and digits, so "E-mail", "Email" and "E MAIL" are one key, and so are "Code postal",
"code_postal" and "CODE POSTAL". Exact synonyms are tried first, then the word rules below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moovdesk.data.text_folding import fold

_WORD = re.compile(r"[^\W_]+")


def squash(header: str) -> str:
    return "".join(_WORD.findall(fold(header)))


def words(header: str) -> list[str]:
    return _WORD.findall(fold(header))


_SYNONYMS: dict[str, str] = {
    "company": """raison sociale | société | societe | entreprise | company | company name |
        organization | organisation | organization name | organisation name | nom de société |
        nom société | nom de l'entreprise | nom entreprise | établissement | enseigne |
        dénomination | denomination sociale | nom commercial | structure | firme | firm |
        business name | account | account name | compte | nom du compte | client | nom client |
        nom du client | employer | employeur | organisme | magasin | boutique | point de vente""",
    "first_name": """prénom | prenom | first name | firstname | given name | prénom contact |
        prénom du contact | prénom interlocuteur | prénom du dirigeant""",
    "last_name": """nom de famille | last name | lastname | family name | surname | nom contact |
        nom du contact | nom interlocuteur | nom de l'interlocuteur | nom du dirigeant""",
    "contact_full_name": """contact | nom complet | full name | nom et prénom | prénom et nom |
        prénom nom | nom prénom | interlocuteur | contact name | personne | responsable |
        dirigeant | gérant | decision maker | display name | nom du responsable |
        contact principal""",
    "job_title": """fonction | poste | job title | position | job | rôle | role | occupation |
        profession | intitulé de poste | fonction du contact | qualité""",
    "civility": """civilité | civilite | salutation | name prefix | titre de civilité | m mme""",
    "email": """e-mail | email | courriel | mail | mél | email address | e-mail address |
        adresse email | adresse e-mail | adresse mail | adresse de messagerie |
        adresse électronique |
        email professionnel | email pro | primary email | work email | e-mail 1 | email 1""",
    "business_email": """email société | email entreprise | email de la société |
        email générique""",
    "phone": """tél | tel | téléphone | telephone | phone | phone number | numéro de téléphone |
        business phone | téléphone bureau | téléphone professionnel | téléphone fixe | fixe |
        ligne directe | work phone | office phone | landline | primary phone |
        téléphone principal | tel fixe | tél fixe | téléphone 1 | tel 1 | phone 1""",
    "business_phone": """standard | téléphone standard | téléphone société | company phone |
        company main phone | téléphone entreprise | tel standard""",
    "mobile": """portable | mobile | cell | cellulaire | gsm | téléphone mobile | tél mobile |
        mobile phone | cell phone | téléphone portable | tel portable | port | mob""",
    "phone_any": """téléphone 2 | tel 2 | phone 2 | autre téléphone | other phone | téléphones |
        phones | numéros""",
    "website": """site web | site | website | web | url | site internet | page web | web page |
        homepage | web site | internet | site de la société""",
    "street": """adresse | rue | street | address | address 1 | adresse 1 | adresse ligne 1 |
        address line 1 | adresse postale | street address | numéro et rue | n et rue |
        adresse de la société | adresse société""",
    "street_extra": """adresse 2 | complément d'adresse | complément adresse | address 2 |
        address line 2 | adresse ligne 2 | complément | bâtiment | adresse 3 | address line 3""",
    "street_number": """numéro de voie | n de voie | n voie | numéro de rue | street number |
        house number | numéro | n""",
    "street_type": """type de voie | type voie | street type""",
    "street_name": """libellé de voie | libellé voie | nom de voie | nom de la rue | street name""",
    "postal_code": """cp | code postal | zip | zip code | postal code | postcode | c p |
        code post""",
    "city": """ville | commune | city | town | localité | locality | municipality |
        bureau distributeur | libellé commune""",
    "postal_code_city": """cp ville | code postal ville | cp et ville | code postal et ville |
        zip city | ville cp""",
    "full_address": """adresse complète | full address | formatted address |
        adresse postale complète""",
    "country": """pays | country | country region | pays région | code pays | country code""",
    "latitude": """latitude | lat | gps lat | y wgs84""",
    "longitude": """longitude | lon | lng | long | gps lon | gps lng | x wgs84""",
    "coordinates": """coordonnées | coordonnées gps | gps | coordinates | lat long | latlng |
        lat lng | géolocalisation | geolocation | position gps""",
    "activity": """activité | activite | secteur | secteur d'activité | naf | code naf | ape |
        code ape | naf ape | code naf ape | industry | sector | activity | métier |
        type d'activité | libellé naf | branche | domaine d'activité | catégorie d'activité""",
    "siret": """siret | n siret | numéro siret | siren | n siren | numéro siren | siret siren""",
    "source": """source | origine | lead source | provenance | canal | channel | origin |
        source du contact | source du lead""",
    "temperature": """température | temperature | lead status | chaud froid | chaud froid tiède |
        chaleur | intérêt | niveau d'intérêt | potentiel | lead temperature | hot cold""",
    "stage": """étape | etape | stage | pipeline | phase | prospect client | type de client |
        statut client | cycle de vie | lifecycle stage | deal stage | stade""",
    "next_follow_up": """prochaine relance | relance le | relance | date de relance |
        next follow-up | follow-up date | follow up | date relance | à relancer le | rappel le |
        date de rappel | rappeler le | next action date | prochaine action |
        date prochaine action | prochain contact | next contact | callback date | reminder |
        date de prochaine relance | next follow up date""",
    "notes": """notes | note | commentaire | commentaires | remarques | remarque | comments |
        comment | observations | observation | description | memo | mémo | informations |
        infos | divers | détails | details | historique""",
    "tags": """tags | tag | étiquettes | étiquette | labels | catégories | categories | catégorie |
        category | mots clés | mots clé | mot clé | keywords | groupes | group membership |
        segments | segmentation | groupe""",
    "need": """besoin | need""",
    "budget": """budget""",
    "zone": """zone | secteur géographique""",
    "timing": """délai | timing | échéance""",
    "external_id": """id | identifiant | ref | référence | reference | code client | n client |
        numéro client | customer id | record id | id client""",
}

EXACT: dict[str, str] = {
    squash(name): target
    for target, names in _SYNONYMS.items()
    for name in names.split("|")
    if squash(name)
}
# Headers whose target depends on the rest of the file or on the values below them.
AMBIGUOUS_NAME = frozenset({"nom", "name", "nomprenom"})
AMBIGUOUS_TITLE = frozenset({"title", "titre"})
AMBIGUOUS_STATUS = frozenset({"statut", "status", "etat", "type", "qualification", "priorite"})


@dataclass(frozen=True, slots=True)
class Rule:
    """A header containing one of `words` (whole words) or `stems` (inside the squashed header),
    and none of the exclusions, maps to `target` (None: recognised as something to ignore)."""

    target: str | None
    words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    unless_words: frozenset[str] = frozenset()
    unless_stems: tuple[str, ...] = ()

    def matches(self, header_words: list[str], squashed: str) -> bool:
        found = any(word in self.words for word in header_words) or any(
            stem in squashed for stem in self.stems
        )
        if not found:
            return False
        if any(word in self.unless_words for word in header_words):
            return False
        return not any(stem in squashed for stem in self.unless_stems)


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LABELS = _w("type label libelle display affichage kind")

# Order matters: the first rule that matches wins.
RULES: tuple[Rule, ...] = (
    Rule(None, words=_w("fax telecopie"), stems=("telecopie",)),
    Rule(None, stems=("nomcompletdeladresse", "displayname", "typedemessagerie", "typedecourrier")),
    Rule(
        "email",
        words=_w("mail email courriel mel"),
        stems=("email", "adressedemessagerie", "adressedecourrier"),
        unless_words=_LABELS | _w("nom name complet"),
    ),
    Rule(
        "mobile",
        words=_w("mobile portable cell cellulaire gsm port mob"),
        stems=("mobile",),
        unless_words=_LABELS,
    ),
    Rule(
        "phone",
        words=_w("tel telephone phone fixe"),
        stems=("telephone", "phone"),
        unless_words=_LABELS | _w("pager assistant"),
    ),
    Rule("postal_code_city", stems=("codepostalville", "cpville")),
    Rule(
        "postal_code",
        words=_w("cp zip postcode"),
        stems=("codepostal", "postalcode", "zipcode"),
        unless_words=_w("boite bp box"),
    ),
    Rule(
        "city",
        words=_w("ville city commune town localite municipality"),
        unless_words=_w("code insee"),
    ),
    Rule("country", words=_w("pays country")),
    Rule("siret", stems=("siret", "siren")),
    Rule("activity", words=_w("naf ape activite secteur industry sector metier")),
    Rule("next_follow_up", stems=("relance", "followup", "rappel", "prochaineaction")),
    Rule("street_extra", stems=("complement", "extended"), words=_w("batiment")),
    Rule(
        "street",
        words=_w("rue street adresse address voie"),
        unless_words=_w("2 3 ip web"),
        unless_stems=("adresseip",),
    ),
    Rule("street_extra", words=_w("rue street adresse address")),
    Rule(
        "company",
        words=_w(
            "societe entreprise company organization organisation raison "
            "enseigne etablissement denomination"
        ),
    ),
    Rule("first_name", words=_w("prenom first given")),
    Rule("last_name", words=_w("nom last family surname")),
    Rule("temperature", words=_w("temperature chaud froid")),
    Rule("stage", words=_w("etape stage pipeline")),
    Rule(
        "notes",
        words=_w(
            "note notes commentaire commentaires comment comments remarque "
            "remarques observation observations"
        ),
    ),
    Rule("website", words=_w("site web website url internet")),
    Rule("latitude", words=_w("lat latitude")),
    Rule("longitude", words=_w("lon lng longitude")),
    Rule("job_title", words=_w("fonction poste job position")),
    Rule("civility", words=_w("civilite salutation")),
    Rule("tags", words=_w("tag tags etiquette etiquettes labels categorie categories")),
    Rule("source", words=_w("source origine provenance")),
)
