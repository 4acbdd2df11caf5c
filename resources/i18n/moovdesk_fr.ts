<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="47"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="47"/>
        <source>Prospect — what</source>
        <translation>Prospect — objet</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="55"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="59"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="62"/>
        <source>Reschedule…</source>
        <translation>Replanifier…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="83"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="84"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="85"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="86"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="106"/>
        <source>… and %1 more (use the table&apos;s follow-up filter)</source>
        <translation>… et %1 de plus (utilisez le filtre des relances du tableau)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="167"/>
        <source>Reschedule follow-up</source>
        <translation>Replanifier la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="175"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="41"/>
        <source>Switch hot/cold</source>
        <translation>Basculer chaud/froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="43"/>
        <source>Mark hot</source>
        <translation>Marquer comme chaud</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="46"/>
        <source>Mark cold</source>
        <translation>Marquer comme froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="48"/>
        <source>Set stage</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="54"/>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="55"/>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="56"/>
        <source>Schedule follow-up…</source>
        <translation>Planifier une relance…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="57"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="60"/>
        <source>Restore from trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="132"/>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="132"/>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="146"/>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="142"/>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="146"/>
        <source>Remove tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="142"/>
        <source>No tag to remove.</source>
        <translation>Aucune étiquette à retirer.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="167"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="51"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="53"/>
        <source>Make primary</source>
        <translation>Définir comme principal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="55"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="109"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="52"/>
        <source>Mark as client</source>
        <translation>Passer en client</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="53"/>
        <source>First purchase: this prospect becomes a client</source>
        <translation>Premier achat&#xa0;: ce prospect devient client</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="76"/>
        <source>No prospect selected</source>
        <translation>Aucun prospect sélectionné</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="81"/>
        <source> (in the trash)</source>
        <translation> (dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="82"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="94"/>
        <source>Client since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="34"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="35"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="36"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="37"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="332"/>
        <source>New prospect</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="333"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="343"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="345"/>
        <source>No prospects yet.
Press Ctrl+N to add your first one, or try “moovdesk-cli demo” on an empty base to see Moovdesk with sample data.</source>
        <translation>Aucun prospect pour l’instant.
Appuyez sur Ctrl+N pour créer le premier, ou lancez «&#xa0;moovdesk-cli demo&#xa0;» sur une base vide pour découvrir Moovdesk avec des données d’exemple.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="350"/>
        <source>No prospect matches these filters.</source>
        <translation>Aucun prospect ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="47"/>
        <source>Search company, contact, city, phone, email, notes… (%1)</source>
        <translation>Rechercher&#xa0;: entreprise, contact, ville, tél., e-mail, notes… (%1)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="54"/>
        <source>Hot and cold</source>
        <translation>Chauds et froids</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="57"/>
        <source>All stages</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="62"/>
        <source>Any follow-up</source>
        <translation>Toutes relances</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="63"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="64"/>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="65"/>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="66"/>
        <source>No follow-up</source>
        <translation>Sans relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="71"/>
        <source>City or postal code</source>
        <translation>Ville ou code postal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="73"/>
        <source>A town name, a postal code or a département: 69, 42000, 2A…</source>
        <translation>Une commune, un code postal ou un département&#xa0;: 69, 42000, 2A…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="77"/>
        <source>All sources</source>
        <translation>Toutes origines</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="78"/>
        <source>All tags</source>
        <translation>Toutes étiquettes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="82"/>
        <location filename="../../moovdesk/ui/filter_bar.py" line="218"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="85"/>
        <source>Not contacted for</source>
        <translation>Sans contact depuis</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="91"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="101"/>
        <source>Not on the map</source>
        <translation>Absents de la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="112"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="113"/>
        <source>Clear every filter and the search</source>
        <translation>Effacer tous les filtres et la recherche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="218"/>
        <source>More (on)</source>
        <translation>Plus (actifs)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/bulk_actions.py" line="175"/>
        <source>Schedule a follow-up (selected prospects: %n)</source>
        <translation>
            <numerusform>Planifier une relance (%n prospect sélectionné)</numerusform>
            <numerusform>Planifier une relance (%n prospects sélectionnés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="194"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/bulk_actions.py" line="196"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="73"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="73"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="73"/>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="122"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="81"/>
        <source>What to follow up on</source>
        <translation>Objet de la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="83"/>
        <source>Add follow-up</source>
        <translation>Ajouter une relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="94"/>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="197"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="97"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="100"/>
        <source>Move to the date above</source>
        <translation>Déplacer à la date ci-dessus</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="102"/>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="115"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="111"/>
        <source>A to-do, e.g. send the quote</source>
        <translation>Une tâche, p. ex. envoyer le devis</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="113"/>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="122"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="122"/>
        <source>What, where</source>
        <translation>Objet, lieu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="133"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="135"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="137"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="138"/>
        <source>Add appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="140"/>
        <source>Done…</source>
        <translation>Effectué…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="142"/>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="148"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="163"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="168"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="199"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="199"/>
        <source>Open</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="201"/>
        <source> (snoozed)</source>
        <translation> (reportée)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="323"/>
        <source>Appointment done</source>
        <translation>Rendez-vous effectué</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="324"/>
        <source>Write the visit report now?</source>
        <translation>Rédiger le compte rendu de visite maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="359"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../moovdesk/ui/history_tab.py" line="47"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/history_tab.py" line="50"/>
        <source>What was said, what was agreed, what comes next</source>
        <translation>Ce qui a été dit, ce qui a été convenu, la suite à donner</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/history_tab.py" line="53"/>
        <source>Log it</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/history_tab.py" line="56"/>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/history_tab.py" line="98"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/history_tab.py" line="115"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="22"/>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="22"/>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="27"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="28"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="29"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="30"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="36"/>
        <source>Visit report</source>
        <translation>Compte rendu de visite</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="37"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="38"/>
        <location filename="../../moovdesk/ui/labels.py" line="78"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="45"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="46"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="47"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="53"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="54"/>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="55"/>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="56"/>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="62"/>
        <source>position from the imported file</source>
        <translation>position reprise du fichier importé</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="63"/>
        <source>placed by hand</source>
        <translation>placé à la main</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="64"/>
        <source>street level</source>
        <translation>précision à la rue</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="65"/>
        <source>town level (offline gazetteer)</source>
        <translation>précision à la commune (base hors ligne)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="66"/>
        <source>postal code level (offline gazetteer)</source>
        <translation>précision au code postal (base hors ligne)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="67"/>
        <source>not on the map</source>
        <translation>absent de la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="73"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="74"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="75"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="76"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="77"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="79"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="80"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="81"/>
        <source>Company email</source>
        <translation>E-mail entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="82"/>
        <source>Company phone</source>
        <translation>Téléphone entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="83"/>
        <source>Company mobile</source>
        <translation>Mobile entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="84"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="85"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="86"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="87"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="88"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="89"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="90"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="91"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="92"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="93"/>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="94"/>
        <source>Real need</source>
        <translation>Besoin réel</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="95"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="96"/>
        <source>In my zone</source>
        <translation>Dans ma zone</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="97"/>
        <source>Right timing</source>
        <translation>Bon moment</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="98"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/labels.py" line="99"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="78"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="126"/>
        <source>&amp;New prospect</source>
        <translation>&amp;Nouveau prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="130"/>
        <source>Export follow-ups to a calendar (.ics)…</source>
        <translation>Exporter les relances vers un agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="140"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="142"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="147"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="163"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="166"/>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="170"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="175"/>
        <source>&amp;About Moovdesk</source>
        <translation>À &amp;propos de Moovdesk</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="218"/>
        <source>Export to a calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="218"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="229"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/main_window.py" line="232"/>
        <source>Calendar written to %1 (events: %n)</source>
        <translation>
            <numerusform>Agenda enregistré dans %1 (%n événement)</numerusform>
            <numerusform>Agenda enregistré dans %1 (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="270"/>
        <source>%1 prospects</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="273"/>
        <source>%1 of %2 prospects</source>
        <translation>%1 sur %2 prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="278"/>
        <source>Trash: %1</source>
        <translation>Corbeille&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/main_window.py" line="286"/>
        <source>⚠ Overdue follow-ups: %n</source>
        <translation>
            <numerusform>⚠ %n relance en retard</numerusform>
            <numerusform>⚠ %n relances en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="257"/>
        <source>Hot prospect</source>
        <translation>Prospect chaud</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="258"/>
        <source>Cold prospect</source>
        <translation>Prospect froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="259"/>
        <source>Hot client</source>
        <translation>Client chaud</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="260"/>
        <source>Cold client</source>
        <translation>Client froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="261"/>
        <source>%1 on the map</source>
        <translation>%1 sur la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="262"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="263"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="264"/>
        <source>Select the prospects in a rectangle (or shift-drag)</source>
        <translation>Sélectionner les prospects dans un rectangle (ou Maj + glisser)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="265"/>
        <source>Draw around the prospects to select</source>
        <translation>Entourer les prospects à sélectionner</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="266"/>
        <source>Next follow-up:</source>
        <translation>Prochaine relance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProspectColumns</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="34"/>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="35"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="36"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="37"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="38"/>
        <source>Postal code</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="39"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="40"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="41"/>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="44"/>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="50"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="54"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="55"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="56"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="57"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="58"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="59"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="60"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="63"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_columns.py" line="70"/>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>ProspectEditor</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="53"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="80"/>
        <source>Switch hot/cold</source>
        <translation>Basculer chaud/froid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="106"/>
        <source>Change %1 (prospects: %n)</source>
        <translation>
            <numerusform>Modifier %1 (%n prospect)</numerusform>
            <numerusform>Modifier %1 (%n prospects)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="120"/>
        <source>New prospect</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="134"/>
        <source>Move to the trash (prospects: %n)</source>
        <translation>
            <numerusform>Mettre à la corbeille (%n prospect)</numerusform>
            <numerusform>Mettre à la corbeille (%n prospects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="148"/>
        <source>Restore from the trash (prospects: %n)</source>
        <translation>
            <numerusform>Restaurer depuis la corbeille (%n prospect)</numerusform>
            <numerusform>Restaurer depuis la corbeille (%n prospects)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="163"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="182"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="201"/>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="215"/>
        <source>Change primary contact</source>
        <translation>Changer le contact principal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="245"/>
        <source>Add tag %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="245"/>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="267"/>
        <source>Schedule follow-ups (%n)</source>
        <translation>
            <numerusform>Planifier %n relance</numerusform>
            <numerusform>Planifier %n relances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="283"/>
        <source>Complete follow-up</source>
        <translation>Terminer la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="283"/>
        <source>Reopen follow-up</source>
        <translation>Rouvrir la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="303"/>
        <source>Snooze follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="303"/>
        <source>Reschedule follow-up</source>
        <translation>Replanifier la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="310"/>
        <source>Delete follow-up</source>
        <translation>Supprimer la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="320"/>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="330"/>
        <source>Check off task</source>
        <translation>Cocher la tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="330"/>
        <source>Reopen task</source>
        <translation>Rouvrir la tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="339"/>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="351"/>
        <source>Add appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="364"/>
        <source>Change appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="401"/>
        <source>Log activity</source>
        <translation>Ajouter à l’historique</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="407"/>
        <source>Delete activity</source>
        <translation>Supprimer de l’historique</translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="82"/>
        <source>Comma-separated, e.g. Salon 2027, BTP</source>
        <translation>Séparées par des virgules, p. ex. Salon 2027, BTP</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="96"/>
        <source>Notes about this prospect</source>
        <translation>Notes sur ce prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="112"/>
        <source>Postal code, city</source>
        <translation>Code postal, ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="113"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="123"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="168"/>
        <source>%1 of 4 criteria met</source>
        <translation>Critères remplis&#xa0;: %1 sur 4</translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_table_model.py" line="162"/>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>ProspectTableView</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_table.py" line="106"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="17"/>
        <source>Prospects, follow-ups and visits for the traveling sales rep, kept on this computer and usable offline.</source>
        <translation>Prospects, relances et visites pour le commercial itinérant, conservés sur cet ordinateur et utilisables hors ligne.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="24"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="25"/>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="30"/>
        <source>About Moovdesk</source>
        <translation>À propos de Moovdesk</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/follow_ups_tab.py" line="49"/>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../moovdesk/ui/reminders.py" line="66"/>
        <source>Follow-up due: %1</source>
        <translation>Relance à faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/reminders.py" line="69"/>
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
</context>
</TS>
