<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="37"/>
        <source>Prospects, follow-ups and visits for the traveling sales rep, kept on this computer and usable offline.</source>
        <translation>Prospects, relances et visites pour le commercial itinérant, conservés sur cet ordinateur et utilisables hors ligne.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="48"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="49"/>
        <source>Third-party software and data</source>
        <translation>Logiciels et données tiers</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/about_dialog.py" line="52"/>
        <source>About Moovdesk</source>
        <translation>À propos de Moovdesk</translation>
    </message>
</context>
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
        <location filename="../../moovdesk/ui/agenda_view.py" line="84"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="85"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="86"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="87"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="107"/>
        <source>… and %1 more (use the table&apos;s follow-up filter)</source>
        <translation>… et %1 de plus (utilisez le filtre des relances du tableau)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="168"/>
        <source>Reschedule follow-up</source>
        <translation>Replanifier la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/agenda_view.py" line="176"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../moovdesk/ui/autosave.py" line="132"/>
        <source>Your text is kept here and saved as soon as possible.</source>
        <translation>Votre texte est gardé ici et enregistré dès que possible.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/autosave.py" line="238"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/autosave.py" line="241"/>
        <source>What you typed in %1 is not saved yet.</source>
        <translation>Ce que vous avez saisi dans %1 n’est pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/autosave.py" line="245"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/autosave.py" line="246"/>
        <source>Discard what I typed</source>
        <translation>Abandonner ma saisie</translation>
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
        <location filename="../../moovdesk/ui/contacts_tab.py" line="52"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="54"/>
        <source>Make primary</source>
        <translation>Définir comme principal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="56"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/contacts_tab.py" line="110"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="85"/>
        <source>Today&apos;s backup is saved.</source>
        <translation>La sauvegarde du jour est faite.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="88"/>
        <source>Backup saved: %1</source>
        <translation>Sauvegarde enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="102"/>
        <location filename="../../moovdesk/ui/data_safety.py" line="106"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="111"/>
        <source>No backup was made: %1</source>
        <translation>Aucune sauvegarde n’a été faite : %1</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="55"/>
        <source>Mark as client</source>
        <translation>Passer en client</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="56"/>
        <source>First purchase: this prospect becomes a client</source>
        <translation>Premier achat&#xa0;: ce prospect devient client</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="76"/>
        <source>Opening your base…</source>
        <translation>Ouverture de votre base…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="84"/>
        <source>No prospect selected</source>
        <translation>Aucun prospect sélectionné</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="89"/>
        <source> (in the trash)</source>
        <translation> (dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="90"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_header.py" line="103"/>
        <source>Client since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="35"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="36"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="37"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/detail_pane.py" line="38"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Non enregistré</translation>
    </message>
    <message>
        <source>What you typed in %1 is not saved yet.</source>
        <translation type="vanished">Ce que vous avez saisi dans %1 n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="vanished">Réessayer</translation>
    </message>
    <message>
        <source>Discard what I typed</source>
        <translation type="vanished">Abandonner ma saisie</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../moovdesk/ui/empty_state.py" line="21"/>
        <source>New prospect</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/empty_state.py" line="22"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/empty_state.py" line="32"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/empty_state.py" line="34"/>
        <source>No prospects yet.
Press Ctrl+N to add your first one, or try “moovdesk-cli demo” on an empty base to see Moovdesk with sample data.</source>
        <translation>Aucun prospect pour l’instant.
Appuyez sur Ctrl+N pour créer le premier, ou lancez «&#xa0;moovdesk-cli demo&#xa0;» sur une base vide pour découvrir Moovdesk avec des données d’exemple.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/empty_state.py" line="39"/>
        <source>No prospect matches these filters.</source>
        <translation>Aucun prospect ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../moovdesk/ui/error_reporting.py" line="57"/>
        <source>Something went wrong, but your data is safe: every change already made is saved. The details are in the log; you can copy them for support.</source>
        <translation>Un problème est survenu, mais vos données sont en sécurité : toutes les modifications déjà faites sont enregistrées. Le détail est dans le journal ; vous pouvez le copier pour l’assistance.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/error_reporting.py" line="63"/>
        <source>Copy the details</source>
        <translation>Copier le détail</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="33"/>
        <source>CSV for Excel, separated by ; (*.csv)</source>
        <translation>CSV pour Excel, séparé par ; (*.csv)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="34"/>
        <source>CSV separated by , (*.csv)</source>
        <translation>CSV séparé par , (*.csv)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="36"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="37"/>
        <source>vCard contacts (*.vcf)</source>
        <translation>Contacts vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="41"/>
        <source>Export %1 prospects</source>
        <translation>Exporter %1 prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="56"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="60"/>
        <source>%1 prospects written to %2</source>
        <translation>%1 prospects enregistrés dans %2</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="69"/>
        <source>Export to a calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="71"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/export_controller.py" line="85"/>
        <source>Calendar written to %1 (events: %n)</source>
        <translation>
            <numerusform>Agenda enregistré dans %1 (%n événement)</numerusform>
            <numerusform>Agenda enregistré dans %1 (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/export_controller.py" line="96"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="50"/>
        <source>Search company, contact, city, phone, email, notes… (%1)</source>
        <translation>Rechercher&#xa0;: entreprise, contact, ville, tél., e-mail, notes… (%1)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="57"/>
        <source>Hot and cold</source>
        <translation>Chauds et froids</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="60"/>
        <source>All stages</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="65"/>
        <source>Any follow-up</source>
        <translation>Toutes relances</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="66"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="67"/>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="68"/>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="69"/>
        <source>No follow-up</source>
        <translation>Sans relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="74"/>
        <source>City or postal code</source>
        <translation>Ville ou code postal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="76"/>
        <source>A town name, a postal code or a département: 69, 42000, 2A…</source>
        <translation>Une commune, un code postal ou un département&#xa0;: 69, 42000, 2A…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="80"/>
        <source>All sources</source>
        <translation>Toutes origines</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="81"/>
        <source>All tags</source>
        <translation>Toutes étiquettes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="85"/>
        <location filename="../../moovdesk/ui/filter_bar.py" line="239"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="90"/>
        <source>Not contacted for</source>
        <translation>Sans contact depuis</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="96"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="106"/>
        <source>Not on the map</source>
        <translation>Absents de la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="119"/>
        <source>Click to show prospects everywhere again</source>
        <translation>Cliquer pour revoir les prospects partout</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="122"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="123"/>
        <source>Clear every filter and the search</source>
        <translation>Effacer tous les filtres et la recherche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/filter_bar.py" line="239"/>
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
    <name>ImportController</name>
    <message>
        <location filename="../../moovdesk/ui/import_controller.py" line="41"/>
        <source>Import prospects</source>
        <translation>Importer des prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_controller.py" line="43"/>
        <source>Spreadsheets and CSV (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tableurs et CSV (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_controller.py" line="77"/>
        <source>Indexing %1 prospects for search…</source>
        <translation>Indexation de %1 prospects pour la recherche…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_controller.py" line="108"/>
        <source>Search is up to date.</source>
        <translation>La recherche est à jour.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_controller.py" line="115"/>
        <source>Indexing for search stopped (%1); it resumes at the next start.</source>
        <translation>L’indexation pour la recherche s’est arrêtée (%1) ; elle reprendra au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="89"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="101"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="121"/>
        <location filename="../../moovdesk/ui/import_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="136"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="136"/>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="136"/>
        <source>First rows, as read</source>
        <translation>Premières lignes, telles que lues</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="147"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="151"/>
        <location filename="../../moovdesk/ui/import_dialog.py" line="170"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="154"/>
        <source>Rows already in your base:</source>
        <translation>Lignes déjà dans votre base :</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="188"/>
        <source>Save the rows to check (CSV)…</source>
        <translation>Enregistrer les lignes à vérifier (CSV)…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="229"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="242"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="247"/>
        <source>separator “%1”</source>
        <translation>séparateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="250"/>
        <source>recognised: %1</source>
        <translation>reconnu : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="252"/>
        <source>your mapping from last time</source>
        <translation>votre correspondance de la dernière fois</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="255"/>
        <source>%1 lines before the header skipped</source>
        <translation>%1 lignes avant l’en-tête ignorées</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="266"/>
        <source>No column was recognised: choose what each column becomes.</source>
        <translation>Aucune colonne n’a été reconnue : choisissez ce que devient chaque colonne.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="286"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="290"/>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="345"/>
        <source>dates read month first, mm/dd/yyyy</source>
        <translation>dates lues mois en premier, mm/jj/aaaa</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="346"/>
        <source>dates read day first, dd/mm/yyyy</source>
        <translation>dates lues jour en premier, jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="358"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="386"/>
        <source>Cancelling: nothing will be written…</source>
        <translation>Annulation : rien ne sera enregistré…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="395"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="397"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>L’import a échoué et rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="407"/>
        <source>Prospects imported</source>
        <translation>Prospects importés</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="408"/>
        <source>Prospects completed or updated</source>
        <translation>Prospects complétés ou mis à jour</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="409"/>
        <source>Skipped (already in your base)</source>
        <translation>Ignorés (déjà dans votre base)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="410"/>
        <source>Rejected (see the details)</source>
        <translation>Rejetés (voir le détail)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="411"/>
        <source>Not placed on the map (no usable address)</source>
        <translation>Non placés sur la carte (adresse inutilisable)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="412"/>
        <source>Contacts added</source>
        <translation>Contacts ajoutés</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="413"/>
        <source>Follow-ups scheduled</source>
        <translation>Relances planifiées</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="414"/>
        <source>Visit reports and contacts logged</source>
        <translation>Comptes rendus et contacts enregistrés</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="415"/>
        <source>Unreadable cells kept in the notes</source>
        <translation>Cellules illisibles conservées dans les notes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="420"/>
        <source>Import of %1 finished</source>
        <translation>Import de %1 terminé</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="432"/>
        <source>Save the rows to check</source>
        <translation>Enregistrer les lignes à vérifier</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_dialog.py" line="432"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="33"/>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="41"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="42"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="43"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="44"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="45"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="55"/>
        <source>Undoing an import removes the prospects it added and puts back the values it replaced. Prospects you have worked on since are kept.</source>
        <translation>Annuler un import retire les prospects qu’il a ajoutés et remet les valeurs qu’il a remplacées. Les prospects sur lesquels vous avez travaillé depuis sont conservés.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="62"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="65"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="82"/>
        <source>undone on %1</source>
        <translation>annulé le %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="84"/>
        <source>in your base</source>
        <translation>dans votre base</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="123"/>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="143"/>
        <source>Undo import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_history_dialog.py" line="124"/>
        <source>Undo the import of %1 (%2 prospects added)?</source>
        <translation>Annuler l’import de %1 (%2 prospects ajoutés) ?</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="19"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="20"/>
        <source>Civility (M., Mme)</source>
        <translation>Civilité (M., Mme)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="21"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="22"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="23"/>
        <source>Contact full name (split into first and last)</source>
        <translation>Nom complet du contact (séparé en prénom et nom)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="24"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="25"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="26"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="27"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="28"/>
        <source>Phone (mobile or landline, by its number)</source>
        <translation>Téléphone (mobile ou fixe, selon le numéro)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="29"/>
        <source>Company phone</source>
        <translation>Téléphone entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="30"/>
        <source>Company email</source>
        <translation>E-mail entreprise</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="31"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="32"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="33"/>
        <source>Street number</source>
        <translation>Numéro de voie</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="34"/>
        <source>Street type (rue, avenue…)</source>
        <translation>Type de voie (rue, avenue…)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="35"/>
        <source>Street name</source>
        <translation>Nom de voie</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="36"/>
        <source>Address complement</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="37"/>
        <source>Full address in one cell</source>
        <translation>Adresse complète dans une cellule</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="38"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="39"/>
        <source>Postal code and city in one cell</source>
        <translation>Code postal et ville dans une cellule</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="40"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="41"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="42"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="43"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="44"/>
        <source>Latitude and longitude in one cell</source>
        <translation>Latitude et longitude dans une cellule</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="45"/>
        <source>SIRET / SIREN</source>
        <translation>SIRET / SIREN</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="46"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="47"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="48"/>
        <source>Temperature (hot/cold)</source>
        <translation>Température (chaud/froid)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="49"/>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="50"/>
        <source>Real need (yes/no)</source>
        <translation>Besoin réel (oui/non)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="51"/>
        <source>Budget (yes/no)</source>
        <translation>Budget (oui/non)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="52"/>
        <source>In my zone (yes/no)</source>
        <translation>Dans ma zone (oui/non)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="53"/>
        <source>Right timing (yes/no)</source>
        <translation>Bon moment (oui/non)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="54"/>
        <source>Next follow-up (date)</source>
        <translation>Prochaine relance (date)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="55"/>
        <source>Date of the last contact</source>
        <translation>Date du dernier contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="56"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="57"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="58"/>
        <source>Kept in the notes, with its column name</source>
        <translation>Conservé dans les notes, avec le nom de la colonne</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="59"/>
        <source>Identifier in the other software</source>
        <translation>Identifiant dans l’autre logiciel</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="60"/>
        <source>Company identifier in the other software</source>
        <translation>Identifiant de l’entreprise dans l’autre logiciel</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="61"/>
        <source>Visit report date</source>
        <translation>Date du compte rendu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="62"/>
        <source>Visit report type</source>
        <translation>Type de compte rendu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="63"/>
        <source>Visit report text</source>
        <translation>Texte du compte rendu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="69"/>
        <source>leave them as they are (skip and report)</source>
        <translation>les laisser tels quels (ignorer et signaler)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="70"/>
        <source>complete their empty fields</source>
        <translation>compléter leurs champs vides</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="71"/>
        <source>replace their fields with the file&apos;s values</source>
        <translation>remplacer leurs champs par ceux du fichier</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="72"/>
        <source>import them anyway, as new prospects</source>
        <translation>les importer quand même, comme nouveaux prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="79"/>
        <source>The file cannot be opened.</source>
        <translation>Le fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="80"/>
        <source>The file is too large to import.</source>
        <translation>Le fichier est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="81"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="82"/>
        <source>The file has a header but no rows to import.</source>
        <translation>Le fichier a un en-tête mais aucune ligne à importer.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="83"/>
        <source>This is not a spreadsheet or a text file (an image, a PDF…?).</source>
        <translation>Ce n’est ni un tableur ni un fichier texte (une image, un PDF… ?).</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="84"/>
        <source>The file is damaged or is not a text file. Open it in a spreadsheet and save it again as CSV.</source>
        <translation>Le fichier est endommagé ou n’est pas un fichier texte. Ouvrez-le dans un tableur et enregistrez-le de nouveau en CSV.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="88"/>
        <source>The file holds no table of rows and columns.</source>
        <translation>Le fichier ne contient pas de tableau en lignes et colonnes.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="89"/>
        <source>This is an archive: unpack it and import the file inside.</source>
        <translation>C’est une archive : décompressez-la et importez le fichier qu’elle contient.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="90"/>
        <source>The spreadsheet would unpack to an absurd size: it was not opened.</source>
        <translation>Le tableur se décompresserait à une taille absurde : il n’a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="91"/>
        <source>The spreadsheet is damaged and cannot be read.</source>
        <translation>Le tableur est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="92"/>
        <source>The spreadsheet is protected by a password: save an unprotected copy first.</source>
        <translation>Le tableur est protégé par un mot de passe : enregistrez d’abord une copie non protégée.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="95"/>
        <source>That sheet is not in the spreadsheet.</source>
        <translation>Cette feuille n’existe pas dans le tableur.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="96"/>
        <source>A line of the file is absurdly long: it is not a table.</source>
        <translation>Une ligne du fichier est démesurément longue : ce n’est pas un tableau.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="97"/>
        <source>The file has too many columns to be a table of prospects.</source>
        <translation>Le fichier a trop de colonnes pour être un tableau de prospects.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="98"/>
        <source>A quote opened in the file is never closed, so its rows cannot be told apart.</source>
        <translation>Un guillemet ouvert dans le fichier n’est jamais refermé : ses lignes ne peuvent pas être distinguées.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="104"/>
        <source>(line %1)</source>
        <translation>(ligne %1)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="112"/>
        <source>%1 line(s) before the header were skipped.</source>
        <translation>%1 ligne(s) avant l’en-tête ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="113"/>
        <source>%1 row(s) had fewer cells than the header: the missing cells stay empty (line %3).</source>
        <translation>%1 ligne(s) ont moins de cellules que l’en-tête : les cellules manquantes restent vides (ligne %3).</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="116"/>
        <source>%1 row(s) had more cells than the header: the extra cells are not imported (line %3).</source>
        <translation>%1 ligne(s) ont plus de cellules que l’en-tête : les cellules en trop ne sont pas importées (ligne %3).</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="119"/>
        <source>%1 line(s) were not valid UTF-8 and were read as %2 (line %3).</source>
        <translation>%1 ligne(s) n’étaient pas en UTF-8 valide et ont été lues en %2 (ligne %3).</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="120"/>
        <source>Some bytes are not valid %2: they were replaced by �.</source>
        <translation>Certains octets ne sont pas du %2 valide : ils ont été remplacés par �.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="121"/>
        <source>NUL bytes at the end of the file were ignored.</source>
        <translation>Les octets NUL en fin de fichier ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="122"/>
        <source>Byte-order marks inside the file (joined files?) were removed.</source>
        <translation>Des marques d’ordre des octets (BOM) au milieu du fichier (fichiers collés ?) ont été retirées.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="123"/>
        <source>Read “%2” from the zip archive.</source>
        <translation>« %2 » lu dans l’archive zip.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/import_labels.py" line="124"/>
        <source>%1 cell(s) show a spreadsheet error (%2): they are imported empty (row %3).</source>
        <translation>%1 cellule(s) affichent une erreur de tableur (%2) : elles sont importées vides (ligne %3).</translation>
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
        <location filename="../../moovdesk/ui/main_window.py" line="127"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="267"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="268"/>
        <source>&amp;New prospect</source>
        <translation>&amp;Nouveau prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="271"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="275"/>
        <source>&amp;Export the prospects shown…</source>
        <translation>&amp;Exporter les prospects affichés…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="284"/>
        <source>Export follow-ups to a calendar (.ics)…</source>
        <translation>Exporter les relances vers un agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="288"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="291"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="295"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="300"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="301"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="303"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="308"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="322"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="325"/>
        <source>Import &amp;history and undo…</source>
        <translation>&amp;Historique des imports et annulation…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="331"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="333"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="337"/>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="341"/>
        <source>&amp;Map</source>
        <translation>Ca&amp;rte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="346"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="352"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="353"/>
        <source>&amp;About Moovdesk</source>
        <translation>À &amp;propos de Moovdesk</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation type="vanished">Exporter vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="vanished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="vanished">Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written to %1 (events: %n)</source>
        <translation type="vanished">
            <numerusform>Agenda enregistré dans %1 (%n événement)</numerusform>
            <numerusform>Agenda enregistré dans %1 (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="433"/>
        <source>SQLite reports damage in your base:</source>
        <translation>SQLite signale des dommages dans votre base :</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="442"/>
        <source>Restore the newest good backup now? Your base as it is now is kept.</source>
        <translation>Restaurer maintenant la dernière bonne sauvegarde ? Votre base actuelle est conservée.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="493"/>
        <source>%1 prospects</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="496"/>
        <source>%1 of %2 prospects</source>
        <translation>%1 sur %2 prospects</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/main_window.py" line="501"/>
        <source>Trash: %1</source>
        <translation>Corbeille&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/main_window.py" line="509"/>
        <source>⚠ Overdue follow-ups: %n</source>
        <translation>
            <numerusform>⚠ %n relance en retard</numerusform>
            <numerusform>⚠ %n relances en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="70"/>
        <source>Town or postal code</source>
        <translation>Ville ou code postal</translation>
    </message>
    <message>
        <source>Around it</source>
        <translation type="vanished">Autour</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="81"/>
        <source>Around</source>
        <translation>Autour</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="85"/>
        <source>Around this town</source>
        <translation>Autour de cette ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="87"/>
        <source>Around the selected prospect</source>
        <translation>Autour du prospect sélectionné</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="89"/>
        <source>Around the map centre</source>
        <translation>Autour du centre de la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="92"/>
        <source>Move markers</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="93"/>
        <source>Drag a marker to set its position by hand</source>
        <translation>Faites glisser un repère pour placer le prospect à la main</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="111"/>
        <source>Within</source>
        <translation>À moins de</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="113"/>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="178"/>
        <source>Click on the map where this prospect is.</source>
        <translation>Cliquez sur la carte à l’endroit où se trouve ce prospect.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="204"/>
        <source>“%1” is not a town this map knows.</source>
        <translation>« %1 » n’est pas une ville connue de la carte.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="211"/>
        <source>The selected prospect is not on the map.</source>
        <translation>Le prospect sélectionné n’est pas sur la carte.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="217"/>
        <source>the map centre</source>
        <translation>le centre de la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_panel.py" line="222"/>
        <source>within %1 km of %2</source>
        <translation>à moins de %1 km de %2</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="275"/>
        <source>Hot prospect</source>
        <translation>Prospect chaud</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="276"/>
        <source>Cold prospect</source>
        <translation>Prospect froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="277"/>
        <source>Hot client</source>
        <translation>Client chaud</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="278"/>
        <source>Cold client</source>
        <translation>Client froid</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="279"/>
        <source>%1 on the map</source>
        <translation>%1 sur la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="280"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="281"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="282"/>
        <source>Select the prospects in a rectangle (or shift-drag)</source>
        <translation>Sélectionner les prospects dans un rectangle (ou Maj + glisser)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="283"/>
        <source>Draw around the prospects to select</source>
        <translation>Entourer les prospects à sélectionner</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/map_view.py" line="284"/>
        <source>Next follow-up:</source>
        <translation>Prochaine relance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlaceChooser</name>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="111"/>
        <source>Back to the start</source>
        <translation>Retour au départ</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="112"/>
        <source>Home: %1</source>
        <translation>Domicile : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="114"/>
        <source>A prospect of the tour</source>
        <translation>Un prospect de la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="115"/>
        <source>Another place</source>
        <translation>Un autre lieu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="120"/>
        <source>Address, town or postal code (e.g. 69003 Lyon)</source>
        <translation>Adresse, ville ou code postal (p. ex. 69003 Lyon)</translation>
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
        <location filename="../../moovdesk/ui/prospect_editor.py" line="55"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="82"/>
        <source>Switch hot/cold</source>
        <translation>Basculer chaud/froid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="108"/>
        <source>Change %1 (prospects: %n)</source>
        <translation>
            <numerusform>Modifier %1 (%n prospect)</numerusform>
            <numerusform>Modifier %1 (%n prospects)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="122"/>
        <source>New prospect</source>
        <translation>Nouveau prospect</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="136"/>
        <source>Move to the trash (prospects: %n)</source>
        <translation>
            <numerusform>Mettre à la corbeille (%n prospect)</numerusform>
            <numerusform>Mettre à la corbeille (%n prospects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="150"/>
        <source>Restore from the trash (prospects: %n)</source>
        <translation>
            <numerusform>Restaurer depuis la corbeille (%n prospect)</numerusform>
            <numerusform>Restaurer depuis la corbeille (%n prospects)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="165"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="184"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="203"/>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="217"/>
        <source>Change primary contact</source>
        <translation>Changer le contact principal</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="247"/>
        <source>Add tag %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="247"/>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/prospect_editor.py" line="269"/>
        <source>Schedule follow-ups (%n)</source>
        <translation>
            <numerusform>Planifier %n relance</numerusform>
            <numerusform>Planifier %n relances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="285"/>
        <source>Complete follow-up</source>
        <translation>Terminer la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="285"/>
        <source>Reopen follow-up</source>
        <translation>Rouvrir la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="305"/>
        <source>Snooze follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="305"/>
        <source>Reschedule follow-up</source>
        <translation>Replanifier la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="312"/>
        <source>Delete follow-up</source>
        <translation>Supprimer la relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="322"/>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="332"/>
        <source>Check off task</source>
        <translation>Cocher la tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="332"/>
        <source>Reopen task</source>
        <translation>Rouvrir la tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="341"/>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="353"/>
        <source>Add appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="366"/>
        <source>Change appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="403"/>
        <source>Log activity</source>
        <translation>Ajouter à l’historique</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_editor.py" line="409"/>
        <source>Delete activity</source>
        <translation>Supprimer de l’historique</translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="86"/>
        <source>Comma-separated, e.g. Salon 2027, BTP</source>
        <translation>Séparées par des virgules, p. ex. Salon 2027, BTP</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="100"/>
        <source>Notes about this prospect</source>
        <translation>Notes sur ce prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="105"/>
        <location filename="../../moovdesk/ui/prospect_form.py" line="190"/>
        <source>Place on the map…</source>
        <translation>Placer sur la carte…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="107"/>
        <source>Click on the map where this prospect is</source>
        <translation>Cliquez sur la carte à l’endroit où se trouve ce prospect</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="122"/>
        <source>Postal code, city</source>
        <translation>Code postal, ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="126"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="136"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="181"/>
        <source>%1 of 4 criteria met</source>
        <translation>Critères remplis&#xa0;: %1 sur 4</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/prospect_form.py" line="187"/>
        <source>Move on the map…</source>
        <translation>Déplacer sur la carte…</translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../../moovdesk/ui/prospect_table_model.py" line="242"/>
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
        <source>Prospects, follow-ups and visits for the traveling sales rep, kept on this computer and usable offline.</source>
        <translation type="vanished">Prospects, relances et visites pour le commercial itinérant, conservés sur cet ordinateur et utilisables hors ligne.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="vanished">Vos données</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="vanished">Logiciels tiers</translation>
    </message>
    <message>
        <source>About Moovdesk</source>
        <translation type="vanished">À propos de Moovdesk</translation>
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
        <location filename="../../moovdesk/ui/reminders.py" line="75"/>
        <source>Follow-up due: %1</source>
        <translation>Relance à faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/reminders.py" line="78"/>
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="139"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="144"/>
        <source>Moovdesk will close your base, keep a copy of it as it is now, put the chosen backup in its place and open it again.</source>
        <translation>Moovdesk va fermer votre base, en garder une copie telle qu’elle est, mettre la sauvegarde choisie à sa place et la rouvrir.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="155"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="156"/>
        <source>made by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="157"/>
        <source>safety copy</source>
        <translation>copie de sécurité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/data_safety.py" line="174"/>
        <source>There is no backup yet.</source>
        <translation>Il n’y a pas encore de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="49"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="54"/>
        <source>A tile server address with {z}, {x} and {y}</source>
        <translation>Une adresse de serveur de tuiles avec {z}, {x} et {y}</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="61"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="63"/>
        <source>Announce follow-ups when they fall due</source>
        <translation>Annoncer les relances à leur échéance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="66"/>
        <source>e.g. 12 rue de la Paix, 69003 Lyon</source>
        <translation>p. ex. 12 rue de la Paix, 69003 Lyon</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="71"/>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="85"/>
        <source>Country of phones and addresses</source>
        <translation>Pays des téléphones et adresses</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="86"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="88"/>
        <source>Map tiles (when online)</source>
        <translation>Fonds de carte (en ligne)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="89"/>
        <source>Map tile cache on disk</source>
        <translation>Cache des fonds de carte sur le disque</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="90"/>
        <source>Not contacted after</source>
        <translation>Sans contact au-delà de</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="92"/>
        <source>Your home address (tours)</source>
        <translation>Votre adresse de départ (tournées)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="93"/>
        <source>Tour visit length</source>
        <translation>Durée d’une visite (tournées)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="94"/>
        <source>Tour day</source>
        <translation>Journée de tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="95"/>
        <source>Travel estimate</source>
        <translation>Estimation des trajets</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="96"/>
        <source>Routing server (optional)</source>
        <translation>Serveur d’itinéraires (facultatif)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="97"/>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="124"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="133"/>
        <source>leave from</source>
        <translation>départ à partir de</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="135"/>
        <source>back by</source>
        <translation>retour avant</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="146"/>
        <source>Road distance per straight-line kilometre (1.3 is typical in France)</source>
        <translation>Kilomètres de route par kilomètre à vol d’oiseau (1,3 est courant en France)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="156"/>
        <source>detour factor</source>
        <translation>facteur de détour</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="158"/>
        <source>average speed</source>
        <translation>vitesse moyenne</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="163"/>
        <source>e.g. http://localhost:5000 (an OSRM server)</source>
        <translation>p. ex. http://localhost:5000 (un serveur OSRM)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/settings_dialog.py" line="165"/>
        <source>Road distances from this server when it answers; empty, or when it does not, travel times are estimated offline.</source>
        <translation>Distances routières données par ce serveur quand il répond ; sinon, ou si le champ est vide, les durées de trajet sont estimées hors ligne.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../moovdesk/ui/startup.py" line="83"/>
        <source>Your Moovdesk base is damaged and there is no good backup to restore. The file is left as it is: %1</source>
        <translation>Votre base Moovdesk est endommagée et il n’y a aucune bonne sauvegarde à restaurer. Le fichier est laissé tel quel : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/startup.py" line="92"/>
        <source>Your Moovdesk base is damaged. Restore the newest good backup (%1)? The damaged file is kept beside the backups.</source>
        <translation>Votre base Moovdesk est endommagée. Restaurer la dernière bonne sauvegarde (%1) ? Le fichier endommagé est conservé à côté des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/startup.py" line="97"/>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/startup.py" line="111"/>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n’a pas été restaurée : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/startup.py" line="114"/>
        <source> Your base as it was is kept as %1.</source>
        <translation> Votre base telle qu’elle était est conservée sous %1.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/startup.py" line="115"/>
        <source>The backup is restored.</source>
        <translation>La sauvegarde est restaurée.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/app.py" line="142"/>
        <source>Moovdesk cannot write in its data folder (%1: %2), so it cannot keep your changes and does not open. Nothing was changed. Check that the folder is writable (its permissions, or a disk mounted read-only), then start Moovdesk again.</source>
        <translation>Moovdesk ne peut pas écrire dans son dossier de données (%1 : %2) : il ne pourrait pas garder vos modifications et ne s’ouvre donc pas. Rien n’a été modifié. Vérifiez que le dossier est accessible en écriture (ses droits, ou un disque monté en lecture seule), puis relancez Moovdesk.</translation>
    </message>
</context>
<context>
    <name>TourActions</name>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="50"/>
        <source>Tour</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>Plan a tour of the &amp;selected prospects…</source>
        <translation type="vanished">Planifier une tournée des prospects &amp;sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="142"/>
        <source>Plan a tour</source>
        <translation>Planifier la tournée</translation>
    </message>
    <message>
        <source>Plan a tour of the prospects selected in the table</source>
        <translation type="vanished">Planifier une tournée des prospects sélectionnés dans le tableau</translation>
    </message>
    <message>
        <source>Plan a tour: &amp;draw around prospects on the map…</source>
        <translation type="vanished">Planifier une tournée : &amp;dessiner autour des prospects sur la carte…</translation>
    </message>
    <message>
        <source>Draw on the map</source>
        <translation type="vanished">Dessiner sur la carte</translation>
    </message>
    <message>
        <source>Prospects shown</source>
        <translation type="vanished">Prospects affichés</translation>
    </message>
    <message>
        <source>Every prospect the search and filters keep</source>
        <translation type="vanished">Tous les prospects retenus par la recherche et les filtres</translation>
    </message>
    <message>
        <source>Sa&amp;ve the tour…</source>
        <translation type="vanished">&amp;Enregistrer la tournée…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Rename the tour…</source>
        <translation type="vanished">&amp;Renommer la tournée…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Supprimer</translation>
    </message>
    <message>
        <source>Visited…</source>
        <translation type="vanished">Visité…</translation>
    </message>
    <message>
        <source>Log the visit on the prospect, set hot or cold and a follow-up</source>
        <translation type="vanished">Noter la visite sur le prospect, le passer en chaud ou froid et prévoir une relance</translation>
    </message>
    <message>
        <source>S&amp;kip the stop</source>
        <translation type="vanished">Passer l’arrê&amp;t</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="vanished">Passer</translation>
    </message>
    <message>
        <source>Keep the stop in the list but leave it out of the route</source>
        <translation type="vanished">Garder l’arrêt dans la liste mais le sortir de l’itinéraire</translation>
    </message>
    <message>
        <source>&amp;Back to planned</source>
        <translation type="vanished">Re&amp;mettre au programme</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation type="vanished">Remettre au programme</translation>
    </message>
    <message>
        <source>&amp;Add the selected prospect</source>
        <translation type="vanished">A&amp;jouter le prospect sélectionné</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="vanished">Ajouter</translation>
    </message>
    <message>
        <source>Add the prospect selected in the table where it costs least</source>
        <translation type="vanished">Ajouter le prospect sélectionné dans le tableau là où il allonge le moins la tournée</translation>
    </message>
    <message>
        <source>Take &amp;out of the tour</source>
        <translation type="vanished">Retirer de la t&amp;ournée</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation type="vanished">Retirer</translation>
    </message>
    <message>
        <source>&amp;Print the day sheet…</source>
        <translation type="vanished">&amp;Imprimer la feuille de route…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">Imprimer…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="401"/>
        <source>The tour on screen is not saved. Save it before going on?</source>
        <translation>La tournée affichée n’est pas enregistrée. L’enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Plan a tour of the prospects s&amp;hown…</source>
        <translation type="vanished">Planifier une tournée des prospects &amp;affichés…</translation>
    </message>
    <message>
        <source>De&amp;lete the tour</source>
        <translation type="vanished">Su&amp;pprimer la tournée</translation>
    </message>
    <message>
        <source>Mark the stop visi&amp;ted…</source>
        <translation type="vanished">Marquer l’arrêt &amp;visité…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="vanished">PDF…</translation>
    </message>
    <message>
        <source>Save the day sheet as PD&amp;F…</source>
        <translation type="vanished">Enregistrer la feuille de route en PD&amp;F…</translation>
    </message>
    <message>
        <source>Export to a &amp;calendar (.ics)…</source>
        <translation type="vanished">Exporter vers un agenda (.i&amp;cs)…</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="vanished">Agenda…</translation>
    </message>
    <message>
        <source>Open in &amp;Google Maps</source>
        <translation type="vanished">Ouvrir dans &amp;Google Maps</translation>
    </message>
    <message>
        <source>Google Maps</source>
        <translation type="vanished">Google Maps</translation>
    </message>
    <message>
        <source>Open in Wa&amp;ze</source>
        <translation type="vanished">Ouvrir dans Wa&amp;ze</translation>
    </message>
    <message>
        <source>Waze</source>
        <translation type="vanished">Waze</translation>
    </message>
    <message>
        <source>Open the rest of the day&apos;s route (needs a connection)</source>
        <translation type="vanished">Ouvrir la suite de l’itinéraire du jour (connexion nécessaire)</translation>
    </message>
    <message>
        <source>Drive to the next stop with Waze (needs a connection)</source>
        <translation type="vanished">Aller au prochain arrêt avec Waze (connexion nécessaire)</translation>
    </message>
    <message>
        <source>Tour &amp;panel</source>
        <translation type="vanished">Panneau de &amp;tournée</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation type="vanished">&amp;Tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="126"/>
        <source>Select the prospects to visit in the table first, or draw around them on the map.</source>
        <translation>Sélectionnez d’abord les prospects à visiter dans le tableau, ou dessinez autour d’eux sur la carte.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="132"/>
        <source>selected in the table</source>
        <translation>sélectionnés dans le tableau</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="137"/>
        <source>No prospect is shown: change the filters first.</source>
        <translation>Aucun prospect affiché : modifiez d’abord les filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_actions.py" line="143"/>
        <source>The filters keep %n prospects. Plan a tour of all of them? Those that do not fit in the days are listed apart.</source>
        <translation>
            <numerusform>Les filtres retiennent %n prospect. Planifier une tournée de tous ? Ceux qui ne tiennent pas dans les journées sont listés à part.</numerusform>
            <numerusform>Les filtres retiennent %n prospects. Planifier une tournée de tous ? Ceux qui ne tiennent pas dans les journées sont listés à part.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="152"/>
        <source>shown by the filters</source>
        <translation>affichés par les filtres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="159"/>
        <source>Draw around the prospects to visit on the map (Esc to cancel).</source>
        <translation>Dessinez sur la carte autour des prospects à visiter (Échap pour annuler).</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="167"/>
        <source>drawn around on the map</source>
        <translation>entourés sur la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="169"/>
        <source>No prospect inside the drawing.</source>
        <translation>Aucun prospect dans le tracé.</translation>
    </message>
    <message numerus="yes">
        <source>Planning %n stop(s)…</source>
        <translation type="vanished">
            <numerusform>Planification de %n arrêt…</numerusform>
            <numerusform>Planification de %n arrêts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tour planned: %n visit(s), %1, %2 driving.</source>
        <translation type="vanished">
            <numerusform>Tournée planifiée : %n visite, %1, %2 de route.</numerusform>
            <numerusform>Tournée planifiée : %n visites, %1, %2 de route.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) left out.</source>
        <translation type="vanished">
            <numerusform>%n arrêt laissé de côté.</numerusform>
            <numerusform>%n arrêts laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tour could not be planned.</source>
        <translation type="vanished">La tournée n’a pas pu être planifiée.</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation type="vanished">Nouvelle tournée</translation>
    </message>
    <message>
        <source>Tour of %1</source>
        <translation type="vanished">Tournée du %1</translation>
    </message>
    <message>
        <source>“%1” visited.</source>
        <translation type="vanished">« %1 » visité.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="350"/>
        <source>Save the tour</source>
        <translation>Enregistrer la tournée</translation>
    </message>
    <message>
        <source>Tour saved as “%1”.</source>
        <translation type="vanished">Tournée enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="351"/>
        <location filename="../../moovdesk/ui/tour_actions.py" line="365"/>
        <source>Name of the tour:</source>
        <translation>Nom de la tournée :</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="364"/>
        <source>Rename the tour</source>
        <translation>Renommer la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="379"/>
        <source>Delete the tour</source>
        <translation>Supprimer la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="380"/>
        <source>Delete the tour “%1”? The visits already logged stay on the prospects.</source>
        <translation>Supprimer la tournée « %1 » ? Les visites déjà notées restent sur les prospects.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_actions.py" line="400"/>
        <source>Tour not saved</source>
        <translation>Tournée non enregistrée</translation>
    </message>
    <message>
        <source>The tour on screen is not saved. Save it before opening another one?</source>
        <translation type="vanished">La tournée affichée n’est pas enregistrée. L’enregistrer avant d’en ouvrir une autre ?</translation>
    </message>
    <message>
        <source>Open the tour</source>
        <translation type="vanished">Ouvrir la tournée</translation>
    </message>
</context>
<context>
    <name>TourBuilderDialog</name>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="172"/>
        <source>Plan a tour</source>
        <translation>Planifier la tournée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="182"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n arrêt</numerusform>
            <numerusform>%n arrêts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="196"/>
        <source>leave from</source>
        <translation>départ à partir de</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="198"/>
        <source>back by</source>
        <translation>retour avant</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="202"/>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="212"/>
        <source>As many as needed</source>
        <translation>Autant que nécessaire</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="218"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="226"/>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="226"/>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="226"/>
        <source>Visit (min)</source>
        <translation>Visite (min)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="226"/>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="234"/>
        <source>When the stop can be visited, e.g. 9:00-12:00; empty: any time</source>
        <translation>Quand l’arrêt peut être visité, p. ex. 9:00-12:00 ; vide : à toute heure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="263"/>
        <source>%n prospect(s) not on the map, left out: %1</source>
        <translation>
            <numerusform>%n prospect absent de la carte, laissé de côté : %1</numerusform>
            <numerusform>%n prospects absents de la carte, laissés de côté : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="274"/>
        <source>Plan the tour</source>
        <translation>Planifier la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="283"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="284"/>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="285"/>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="286"/>
        <source>End</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="287"/>
        <source>Days at most</source>
        <translation>Nombre de jours au plus</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="288"/>
        <source>Visit length</source>
        <translation>Durée d’une visite</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="323"/>
        <source>The day must end at least an hour after it starts.</source>
        <translation>La journée doit finir au moins une heure après son début.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="337"/>
        <source>“%1”: write opening hours as 9:00-12:00.</source>
        <translation>« %1 » : écrivez les horaires sous la forme 9:00-12:00.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="360"/>
        <source>Your home address is not set or cannot be placed on the map: set it in Settings (with its postal code), or choose another place.</source>
        <translation>Votre adresse de départ n’est pas renseignée ou ne peut pas être placée sur la carte : indiquez-la dans les Paramètres (avec son code postal), ou choisissez un autre lieu.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="367"/>
        <source>Type a town or a postal code.</source>
        <translation>Saisissez une ville ou un code postal.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="368"/>
        <source>“%1” is not a place this map knows.</source>
        <translation>« %1 » n’est pas un lieu connu de cette carte.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_builder_dialog.py" line="369"/>
        <source>This prospect is not on the map.</source>
        <translation>Ce prospect n’est pas sur la carte.</translation>
    </message>
</context>
<context>
    <name>TourExports</name>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="85"/>
        <source>Print the day sheet</source>
        <translation>Imprimer la feuille de route</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="89"/>
        <source>Day sheet sent to the printer.</source>
        <translation>Feuille de route envoyée à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="95"/>
        <source>Save the day sheet as PDF</source>
        <translation>Enregistrer la feuille de route en PDF</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="97"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="117"/>
        <source>Day sheet saved: %1</source>
        <translation>Feuille de route enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="126"/>
        <source>Export the tour to a calendar</source>
        <translation>Exporter la tournée vers un agenda</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="128"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="147"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_exports.py" line="150"/>
        <source>%n visit(s) exported to %1</source>
        <translation>
            <numerusform>%n visite exportée dans %1</numerusform>
            <numerusform>%n visites exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="174"/>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_exports.py" line="194"/>
        <source>Drive to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>TourFormat</name>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="38"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="40"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="41"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="48"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="62"/>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_format.py" line="70"/>
        <location filename="../../moovdesk/ui/tour_format.py" line="78"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="71"/>
        <location filename="../../moovdesk/ui/tour_format.py" line="81"/>
        <source>%1 driving</source>
        <translation>%1 de route</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_format.py" line="80"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="83"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="88"/>
        <source>closes before you can get there</source>
        <translation>ferme avant que vous puissiez y arriver</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="89"/>
        <source>opening hours shorter than the visit</source>
        <translation>horaires plus courts que la visite</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="90"/>
        <source>too far to be back by the end of the day</source>
        <translation>trop loin pour rentrer avant la fin de la journée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="91"/>
        <source>its date is outside the tour&apos;s days</source>
        <translation>sa date est hors des jours de la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="92"/>
        <source>no room left in the days allowed</source>
        <translation>plus de place dans les jours prévus</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="93"/>
        <source>clashes with the appointments of its day</source>
        <translation>en conflit avec les rendez-vous de son jour</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="94"/>
        <source>taken out of the tour</source>
        <translation>retiré de la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_format.py" line="100"/>
        <source>Travel times are estimates (straight-line distance × detour factor, at an average speed).</source>
        <translation>Durées de trajet estimées (distance à vol d’oiseau × facteur de détour, à vitesse moyenne).</translation>
    </message>
</context>
<context>
    <name>TourMap</name>
    <message>
        <location filename="../../moovdesk/ui/tour_map.py" line="38"/>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_map.py" line="74"/>
        <source>Start:</source>
        <translation>Départ :</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_map.py" line="75"/>
        <source>End:</source>
        <translation>Arrivée :</translation>
    </message>
</context>
<context>
    <name>TourMenu</name>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="41"/>
        <source>Plan a tour of the &amp;selected prospects…</source>
        <translation>Planifier une tournée des prospects &amp;sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="42"/>
        <source>Plan a tour</source>
        <translation>Planifier la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="46"/>
        <source>Plan a tour of the prospects selected in the table</source>
        <translation>Planifier une tournée des prospects sélectionnés dans le tableau</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="48"/>
        <source>Plan a tour: &amp;draw around prospects on the map…</source>
        <translation>Planifier une tournée : &amp;dessiner autour des prospects sur la carte…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="49"/>
        <source>Draw on the map</source>
        <translation>Dessiner sur la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="53"/>
        <source>Plan a tour of the prospects s&amp;hown…</source>
        <translation>Planifier une tournée des prospects &amp;affichés…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="54"/>
        <source>Prospects shown</source>
        <translation>Prospects affichés</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="57"/>
        <source>Every prospect the search and filters keep</source>
        <translation>Tous les prospects retenus par la recherche et les filtres</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="58"/>
        <source>Sa&amp;ve the tour…</source>
        <translation>&amp;Enregistrer la tournée…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="58"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="59"/>
        <source>&amp;Rename the tour…</source>
        <translation>&amp;Renommer la tournée…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="59"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="60"/>
        <source>De&amp;lete the tour</source>
        <translation>Su&amp;pprimer la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="60"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="62"/>
        <source>Mark the stop visi&amp;ted…</source>
        <translation>Marquer l’arrêt &amp;visité…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="62"/>
        <source>Visited…</source>
        <translation>Visité…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="65"/>
        <source>Log the visit on the prospect, set hot or cold and a follow-up</source>
        <translation>Noter la visite sur le prospect, le passer en chaud ou froid et prévoir une relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="67"/>
        <source>S&amp;kip the stop</source>
        <translation>Passer l’arrê&amp;t</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="67"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="68"/>
        <source>Keep the stop in the list but leave it out of the route</source>
        <translation>Garder l’arrêt dans la liste mais le sortir de l’itinéraire</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="70"/>
        <source>&amp;Back to planned</source>
        <translation>Re&amp;mettre au programme</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="70"/>
        <source>Back to planned</source>
        <translation>Remettre au programme</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="73"/>
        <source>&amp;Add the selected prospect</source>
        <translation>A&amp;jouter le prospect sélectionné</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="73"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="76"/>
        <source>Add the prospect selected in the table where it costs least</source>
        <translation>Ajouter le prospect sélectionné dans le tableau là où il allonge le moins la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="79"/>
        <source>Take &amp;out of the tour</source>
        <translation>Retirer de la t&amp;ournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="79"/>
        <source>Take out</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="82"/>
        <source>&amp;Print the day sheet…</source>
        <translation>&amp;Imprimer la feuille de route…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="82"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="85"/>
        <source>Save the day sheet as PD&amp;F…</source>
        <translation>Enregistrer la feuille de route en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="85"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="88"/>
        <source>Export to a &amp;calendar (.ics)…</source>
        <translation>Exporter vers un agenda (.i&amp;cs)…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="88"/>
        <source>Calendar…</source>
        <translation>Agenda…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="91"/>
        <source>Open in &amp;Google Maps</source>
        <translation>Ouvrir dans &amp;Google Maps</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="91"/>
        <source>Google Maps</source>
        <translation>Google Maps</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="93"/>
        <source>Open in Wa&amp;ze</source>
        <translation>Ouvrir dans Wa&amp;ze</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="93"/>
        <source>Waze</source>
        <translation>Waze</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="94"/>
        <source>Open the rest of the day&apos;s route (needs a connection)</source>
        <translation>Ouvrir la suite de l’itinéraire du jour (connexion nécessaire)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="95"/>
        <source>Drive to the next stop with Waze (needs a connection)</source>
        <translation>Aller au prochain arrêt avec Waze (connexion nécessaire)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="97"/>
        <source>Tour &amp;panel</source>
        <translation>Panneau de &amp;tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_menu.py" line="119"/>
        <source>&amp;Tour</source>
        <translation>&amp;Tournée</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="64"/>
        <source>Save, rename or delete this tour</source>
        <translation>Enregistrer, renommer ou supprimer cette tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="72"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="73"/>
        <source>Stop searching and keep the best order found</source>
        <translation>Arrêter la recherche et garder le meilleur ordre trouvé</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="84"/>
        <source>No tour yet. Select prospects in the table or draw a lasso on the map, then “Plan a tour”.</source>
        <translation>Pas encore de tournée. Sélectionnez des prospects dans le tableau ou entourez-les au lasso sur la carte, puis « Planifier la tournée ».</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="109"/>
        <source>Double-click to put the stop back at the end of a day</source>
        <translation>Double-cliquez pour remettre l’arrêt en fin de journée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="167"/>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistrée)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_panel.py" line="171"/>
        <source>No saved tour</source>
        <translation>Aucune tournée enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_panel.py" line="198"/>
        <source>Not in the tour (%n)</source>
        <translation>
            <numerusform>Hors tournée (%n)</numerusform>
            <numerusform>Hors tournée (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourSession</name>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="116"/>
        <source>New tour</source>
        <translation>Nouvelle tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="118"/>
        <source>Tour of %1</source>
        <translation>Tournée du %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_session.py" line="163"/>
        <source>Planning %n stop(s)…</source>
        <translation>
            <numerusform>Planification de %n arrêt…</numerusform>
            <numerusform>Planification de %n arrêts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_session.py" line="196"/>
        <source>Tour planned: %n visit(s), %1, %2 driving.</source>
        <translation>
            <numerusform>Tournée planifiée : %n visite, %1, %2 de route.</numerusform>
            <numerusform>Tournée planifiée : %n visites, %1, %2 de route.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../moovdesk/ui/tour_session.py" line="202"/>
        <source>%n stop(s) left out.</source>
        <translation>
            <numerusform>%n arrêt laissé de côté.</numerusform>
            <numerusform>%n arrêts laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="211"/>
        <source>Plan a tour</source>
        <translation>Planifier la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="211"/>
        <source>The tour could not be planned.</source>
        <translation>La tournée n’a pas pu être planifiée.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="258"/>
        <source>“%1” visited.</source>
        <translation>« %1 » visité.</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="283"/>
        <source>Tour</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="304"/>
        <source>Save the tour</source>
        <translation>Enregistrer la tournée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="309"/>
        <source>Tour saved as “%1”.</source>
        <translation>Tournée enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_session.py" line="366"/>
        <source>Open the tour</source>
        <translation>Ouvrir la tournée</translation>
    </message>
</context>
<context>
    <name>TourStopModel</name>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="150"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="151"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="152"/>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="153"/>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="154"/>
        <source>Drive</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="155"/>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="156"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="160"/>
        <source>The stop&apos;s number on the map</source>
        <translation>Le numéro de l’arrêt sur la carte</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="161"/>
        <source>When you get there (the visit starts after any wait)</source>
        <translation>L’heure d’arrivée (la visite commence après l’éventuelle attente)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="163"/>
        <source>Distance from the previous stop</source>
        <translation>Distance depuis l’arrêt précédent</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="164"/>
        <source>Driving time from the previous stop</source>
        <translation>Temps de route depuis l’arrêt précédent</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="165"/>
        <source>Waiting before the stop opens or the appointment</source>
        <translation>Attente avant l’ouverture ou le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="223"/>
        <source>Leave %1</source>
        <translation>Départ : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="223"/>
        <source>Back at %1</source>
        <translation>Retour : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="224"/>
        <source>the start</source>
        <translation>le point de départ</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="230"/>
        <source>⚠ %1 past the end of the day</source>
        <translation>⚠ %1 après la fin de journée</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="271"/>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="287"/>
        <source>✓ visited</source>
        <translation>✓ visité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="289"/>
        <source>⚠ %1 late</source>
        <translation>⚠ %1 de retard</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="291"/>
        <source>appt. %1</source>
        <translation>RDV %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="300"/>
        <source>Appointment at %1</source>
        <translation>Rendez-vous à %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="303"/>
        <source>Open %1</source>
        <translation>Ouvert %1</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="vanished">rendez-vous %1</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="vanished">ouvert %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="306"/>
        <source>Visit %1–%2</source>
        <translation>Visite %1–%2</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/tour_stop_model.py" line="310"/>
        <source>Drag to change the order; the times follow.</source>
        <translation>Faites glisser pour changer l’ordre ; les horaires suivent.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="44"/>
        <source>Visited: %1</source>
        <translation>Visité : %1</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="50"/>
        <source>What was said, what to send, who to see next time…</source>
        <translation>Ce qui a été dit, ce qu’il faut envoyer, qui voir la prochaine fois…</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="55"/>
        <source>Unchanged (%1)</source>
        <translation>Inchangé (%1)</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="57"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="71"/>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="79"/>
        <source>e.g. send the quote</source>
        <translation>p. ex. envoyer le devis</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="90"/>
        <source>The times of the rest of the day follow</source>
        <translation>Les horaires de la suite de la journée suivent</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="97"/>
        <source>Mark visited</source>
        <translation>Marquer visité</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="101"/>
        <source>Visit report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="102"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="vanished">Relance</translation>
    </message>
    <message>
        <location filename="../../moovdesk/ui/visit_dialog.py" line="104"/>
        <source>Left at</source>
        <translation>Reparti à</translation>
    </message>
</context>
</TS>
