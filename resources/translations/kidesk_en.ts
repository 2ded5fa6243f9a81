<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="57"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="156"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="162"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="167"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="225"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="236"/>
        <source>Sicherung</source>
        <extracomment>the progress window appears only for a backup that takes longer than this</extracomment>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="66"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="66"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="66"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="66"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="69"/>
        <source>Vorhandene Sicherungen</source>
        <translation>Existing backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="73"/>
        <source>Sicherung &amp;jetzt erstellen</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="75"/>
        <source>Ausgewählte &amp;zurückspielen …</source>
        <translation>&amp;Restore selected …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="82"/>
        <source>Aufbewahren und zweiter Ordner</source>
        <translation>Retention and second folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="89"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="94"/>
        <source>Tägliche Sicherungen</source>
        <translation>Daily backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="90"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="95"/>
        <source>Wöchentliche Sicherungen</source>
        <translation>Weekly backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="91"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="96"/>
        <source>Monatliche Sicherungen</source>
        <translation>Monthly backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="99"/>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="101"/>
        <source>Keiner</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="106"/>
        <source>Zweiter Ordner (Netzlaufwerk, USB-Stick)</source>
        <translation>Second folder (network drive, USB stick)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="124"/>
        <source>Letzte Sicherung: %1 — Ordner: %2</source>
        <translation>Last backup: %1 — folder: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="126"/>
        <source>Noch keine Sicherung. Ordner: %1</source>
        <translation>No backup yet. Folder: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="129"/>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="134"/>
        <source>Kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="134"/>
        <source>Kontakte</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="135"/>
        <source>Organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="135"/>
        <source>Organisationen</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="136"/>
        <source>Veranstaltung</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="136"/>
        <source>Veranstaltungen</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="137"/>
        <source>Ehrenamtliche/r</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="137"/>
        <source>Ehrenamtliche</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="141"/>
        <source>nicht verwendbar: %1</source>
        <translation>not usable: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="154"/>
        <source>Sicherung wird geschrieben …</source>
        <translation>Writing the backup …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="165"/>
        <source>Sicherung geschrieben: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="174"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="195"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="200"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="206"/>
        <source>Zurückspielen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="174"/>
        <source>Bitte zuerst eine Sicherung auswählen.</source>
        <translation>Please select a backup first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="179"/>
        <source>Sicherung zurückspielen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="182"/>
        <source>Die Datenbank durch die Sicherung vom %1 ersetzen?

Der jetzige Stand wird vorher selbst gesichert und kann wieder zurückgespielt werden.</source>
        <translation>Replace the database with the backup of %1?

The current state is backed up first and can be restored later.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="193"/>
        <source>Sicherung wird zurückgespielt …</source>
        <translation>Restoring the backup …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="208"/>
        <source>Die Sicherung vom %1 ist zurückgespielt. Der vorige Stand liegt in %2.</source>
        <translation>The backup of %1 has been restored. The previous state is kept in %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="217"/>
        <source>Zweiter Sicherungsordner</source>
        <translation>Second backup folder</translation>
    </message>
</context>
<context>
    <name>BusyMessage</name>
    <message>
        <location filename="../../kidesk/ui/busy_wait.py" line="21"/>
        <source>Die Datenbank wird gerade von einem anderen kidesk-Programm benutzt – bitte warten …</source>
        <translation>The database is being used by another kidesk program – please wait …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/busy_wait.py" line="39"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/busy_wait.py" line="41"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/busy_wait.py" line="42"/>
        <source>Warten auf die Datenbank</source>
        <translation>Waiting for the database</translation>
    </message>
</context>
<context>
    <name>CardLayoutDialog</name>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="43"/>
        <source>Visitenkarten</source>
        <translation>Business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="46"/>
        <source>Erste freie Karte auf dem Bogen</source>
        <translation>First free card on the sheet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="50"/>
        <source>Anzahl Karten</source>
        <translation>Number of cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="56"/>
        <source>&amp;Erste freie Karte:</source>
        <translation>&amp;First free card:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="58"/>
        <source>&amp;Anzahl Karten:</source>
        <translation>&amp;Number of cards:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="62"/>
        <source>Der Bogen hat %1 Karten, gezählt zeilenweise von links oben.</source>
        <translation>The sheet has %1 cards, counted row by row from the top left.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="66"/>
        <source>&amp;Vorschau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="67"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="124"/>
        <source>keine Daten im Zeitraum</source>
        <translation>no data in this period</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="359"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="363"/>
        <source>Check-in beenden</source>
        <translation>Finish check-in</translation>
    </message>
</context>
<context>
    <name>CheckinListModel</name>
    <message>
        <location filename="../../kidesk/ui/models/checkin_list_model.py" line="55"/>
        <source>Hat abgesagt oder wurde storniert. Enter checkt trotzdem ein, falls die Person gekommen ist.</source>
        <translation>Declined or cancelled. Enter still checks them in if the person came after all.</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="64"/>
        <source>Namen tippen, Enter = anwesend</source>
        <translation>Type a name, Enter = present</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="82"/>
        <source>Ohne Anmeldung erschienen (Strg+N)</source>
        <translation>Came without registering (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="92"/>
        <source>Anlegen und einchecken</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="93"/>
        <source>Letzten Check-in &amp;rückgängig (Strg+Z)</source>
        <translation>&amp;Undo last check-in (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="96"/>
        <source>Letzten Check-in rückgängig machen</source>
        <translation>Undo the last check-in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="99"/>
        <source>Zuletzt eingecheckt</source>
        <translation>Checked in last</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="102"/>
        <source>Name zum Einchecken</source>
        <translation>Name to check in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="103"/>
        <location filename="../../kidesk/ui/checkin_view.py" line="110"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="104"/>
        <location filename="../../kidesk/ui/checkin_view.py" line="111"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="105"/>
        <location filename="../../kidesk/ui/checkin_view.py" line="112"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="106"/>
        <location filename="../../kidesk/ui/checkin_view.py" line="113"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="125"/>
        <source>↑/↓ wählen · Enter = anwesend · Esc = Feld leeren
Strg+N = neue Person ohne Anmeldung</source>
        <translation>↑/↓ select · Enter = present · Esc = clear field
Ctrl+N = new person without registration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="179"/>
        <source>%1 anwesend · %2 angemeldet · %3 auf der Liste</source>
        <translation>%1 present · %2 registered · %3 on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="185"/>
        <source>Mitwirkende/r</source>
        <translation>contributor</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="185"/>
        <source>Mitwirkende</source>
        <translation>contributors</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="186"/>
        <source>(%1 anwesend)</source>
        <translation>(%1 present)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="218"/>
        <source>%1 war schon eingecheckt.</source>
        <translation>%1 was already checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="222"/>
        <source>✓ %1 ist eingecheckt (stand als „%2“ auf der Liste).</source>
        <translation>✓ %1 is checked in (was listed as “%2”).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="229"/>
        <source>✓ %1 ist eingecheckt.</source>
        <translation>✓ %1 is checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="273"/>
        <source>✓ %1 neu erfasst und eingecheckt.</source>
        <translation>✓ %1 added and checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="285"/>
        <source>„%1“ gibt es so nicht. Gemeint ist wohl die vorhandene Organisation „%2“?</source>
        <translation>“%1” does not exist as typed. Do you mean the existing organisation “%2”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="291"/>
        <source>Ähnlich sind auch: %1</source>
        <translation>Also similar: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="293"/>
        <source>Ja = „%1“ nehmen · Nein = „%2“ neu anlegen · Abbrechen = Eingabe ändern</source>
        <translation>Yes = take “%1” · No = create “%2” as new · Cancel = change the entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="297"/>
        <source>Organisation prüfen</source>
        <translation>Check organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="320"/>
        <source>Check-in von %1 zurücknehmen</source>
        <translation>Take back the check-in of %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="322"/>
        <source>Zuletzt eingecheckt: %1</source>
        <translation>Checked in last: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="330"/>
        <source>Es gibt keinen Check-in zum Zurücknehmen.</source>
        <translation>There is no check-in to take back.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="342"/>
        <source>↶ Check-in von %1 zurückgenommen.</source>
        <translation>↶ Check-in of %1 taken back.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../kidesk/ui/common/choice_dialog.py" line="31"/>
        <source>Filtern …</source>
        <translation>Filter …</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="74"/>
        <source>Spalten zuordnen</source>
        <translation>Assign columns</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="79"/>
        <source>Datei: %1. Bitte für jede Spalte wählen, wohin sie gehört. Spalten ohne passendes Feld kommen in die Notizen.</source>
        <translation>File: %1. Please choose where each column belongs. Columns without a matching field go into the notes.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="85"/>
        <source>Die Zuordnung vom letzten Import einer Datei dieses Aufbaus wurde übernommen.</source>
        <translation>The assignment from the last import of a file with this layout has been applied.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="93"/>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="93"/>
        <source>Beispielwerte</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="93"/>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="99"/>
        <source>→ in die Notizen</source>
        <translation>→ into the notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="99"/>
        <source>nicht übernehmen</source>
        <translation>do not import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="102"/>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="136"/>
        <source>Weiter zur Prüfung</source>
        <translation>Continue to review</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="155"/>
        <source>Bitte mindestens einer Spalte „Nachname“ oder „Name (Vor- und Nachname)“ zuordnen.</source>
        <translation>Please assign at least one column to “Last name” or “Name (first and last name)”.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="45"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="45"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="45"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="45"/>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="45"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="47"/>
        <source>Einwilligungen mit Verlauf</source>
        <translation>Consents with history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="50"/>
        <source>Ausgewählte &amp;widerrufen</source>
        <translation>&amp;Withdraw selected</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="51"/>
        <source>Ausgewählte Einwilligung heute widerrufen</source>
        <translation>Withdraw the selected consent today</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="58"/>
        <source>Neue Einwilligung</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="61"/>
        <source>Zweck der Einwilligung</source>
        <translation>Purpose of the consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="65"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="67"/>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="69"/>
        <source>Form der Einwilligung</source>
        <translation>Form of the consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="74"/>
        <source>Notiz zur Einwilligung</source>
        <translation>Note on the consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="76"/>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="77"/>
        <source>Erteilt &amp;am:</source>
        <translation>Given &amp;on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="78"/>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="79"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="84"/>
        <source>Einwilligung &amp;eintragen</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="85"/>
        <source>Neue Einwilligung eintragen</source>
        <translation>Record a new consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="94"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="95"/>
        <source>Einwilligungen schließen</source>
        <translation>Close consents</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="102"/>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="102"/>
        <source>mündlich</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="102"/>
        <source>E-Mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="106"/>
        <source>Einwilligungen – %1</source>
        <translation>Consents – %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="109"/>
        <source>gilt</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="111"/>
        <source>Stand heute:</source>
        <translation>As of today:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="133"/>
        <source>Bitte das Datum der Einwilligung als TT.MM.JJJJ eintragen.</source>
        <translation>Please enter the date of the consent as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="141"/>
        <source>Einwilligung eingetragen.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="149"/>
        <source>Bitte zuerst eine Einwilligung in der Liste auswählen.</source>
        <translation>Please select a consent in the list first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="153"/>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/consent_dialog.py" line="160"/>
        <source>Einwilligung widerrufen; sie gilt ab sofort nicht mehr.</source>
        <translation>Consent withdrawn; it no longer applies from now on.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="70"/>
        <source>Name des Kontakts</source>
        <extracomment>the user asked to see an organisation (double-click on an affiliation)</extracomment>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="72"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="77"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="79"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="79"/>
        <source>Akademischer Titel</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="79"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="81"/>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="81"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="82"/>
        <source>&amp;Nachname:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="82"/>
        <source>Nachname (Pflichtfeld)</source>
        <translation>Last name (required)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="83"/>
        <source>&amp;Funktion:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="83"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="84"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="85"/>
        <source>Ei&amp;gene/r Mitarbeiter/in</source>
        <translation>Own sta&amp;ff member</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="158"/>
        <source>Organi&amp;sation:</source>
        <translation>Organi&amp;sation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="169"/>
        <source>&amp;Rolle:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="175"/>
        <source>Zuordnen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="178"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="86"/>
        <source>Für Visitenkarten und als Absender von Briefen</source>
        <translation>For business cards and as sender of letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="87"/>
        <source>Eigene Mitarbeiterin oder eigener Mitarbeiter</source>
        <translation>Own staff member</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="91"/>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="93"/>
        <source>z. B. 05221/13-1180</source>
        <translation>e.g. 05221/13-1180</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="94"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="94"/>
        <source>T&amp;elefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="98"/>
        <source>&amp;Mobil:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="99"/>
        <source>Mobiltelefon</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="101"/>
        <source>z. B. 0171 1234567</source>
        <translation>e.g. 0171 1234567</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="103"/>
        <source>Fa&amp;x:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="103"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="108"/>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="107"/>
        <source>E-Ma&amp;il:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="77"/>
        <source>Anrede:</source>
        <translation>Salutation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="84"/>
        <source>Abteilung:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="110"/>
        <source>name@beispiel.de</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="112"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="112"/>
        <source>Ra&amp;um:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="115"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="117"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="117"/>
        <source>Stra&amp;ße:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="118"/>
        <source>&amp;PLZ:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="118"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="119"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="119"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="120"/>
        <source>&amp;Land:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="120"/>
        <source>Ländercode</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="124"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="129"/>
        <source>Spra&amp;chen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="130"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="131"/>
        <source>z. B. Deutsch, Türkisch</source>
        <translation>e.g. German, Turkish</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="136"/>
        <source>Noti&amp;zen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="136"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="139"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="142"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="142"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="142"/>
        <source>Haupt</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="143"/>
        <source>Zugeordnete Organisationen</source>
        <translation>Assigned organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="162"/>
        <source>Organisation zum Zuordnen</source>
        <translation>Organisation to assign</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="171"/>
        <source>Rolle in der Organisation</source>
        <translation>Role in the organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="172"/>
        <source>z. B. Leitung</source>
        <translation>e.g. head</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="176"/>
        <source>Organisation zuordnen</source>
        <translation>Assign organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="179"/>
        <source>Ausgewählte Zuordnung entfernen</source>
        <translation>Remove selected assignment</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="181"/>
        <source>Entf-Taste in der Liste</source>
        <translation>Del key in the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="291"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="327"/>
        <source>Doppelklick öffnet die Organisation</source>
        <translation>Double-click opens the organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="358"/>
        <source>Bitte eine vorhandene Organisation wählen (Namen tippen und aus der Liste übernehmen).</source>
        <translation>Please choose an existing organisation (type its name and pick it from the list).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="365"/>
        <source>„%s“ ist schon zugeordnet.</source>
        <translation>“%s” is already assigned.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="387"/>
        <source>Bitte zuerst eine Zuordnung in der Liste auswählen.</source>
        <translation>Please select an assignment in the list first.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="36"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="37"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="39"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="40"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="41"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="42"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="39"/>
        <source>Name, Organisation, E-Mail, Ort … (Strg+F)</source>
        <extracomment>the user wants to see an organisation (double-click on an affiliation)</extracomment>
        <translation>Name, organisation, e-mail, town … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="39"/>
        <source>Kontakte durchsuchen</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="43"/>
        <source>Nach Organisation filtern</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="49"/>
        <source>Nach Ort filtern</source>
        <translation>Filter by town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="59"/>
        <source>Nur eigene Mitarbeitende zeigen</source>
        <translation>Show own staff only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="41"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="47"/>
        <source>Ort:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="58"/>
        <source>nur Mitarbeitende</source>
        <translation>staff only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="60"/>
        <source>nur Ehrenamtliche</source>
        <translation>volunteers only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="61"/>
        <source>Nur Ehrenamtliche zeigen</source>
        <translation>Show volunteers only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="67"/>
        <source>Druc&amp;ken</source>
        <translation>Prin&amp;t</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="68"/>
        <source>Druckprodukte für den Kontakt oder die Auswahl</source>
        <translation>Print products for the contact or the selection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="71"/>
        <source>&amp;Visitenkarten …</source>
        <translation>&amp;Business cards …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="72"/>
        <source>&amp;Adressetiketten für die Auswahl …</source>
        <translation>&amp;Address labels for the selection …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="76"/>
        <source>Kontaktliste</source>
        <translation>Contact list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="82"/>
        <source>Neuen Kontakt anlegen</source>
        <translation>Create new contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="83"/>
        <location filename="../../kidesk/ui/contacts_tab.py" line="108"/>
        <source>Kontakt speichern</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="84"/>
        <location filename="../../kidesk/ui/contacts_tab.py" line="109"/>
        <source>Kontakt löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="110"/>
        <source>Kontakt „%s“ gespeichert.</source>
        <translation>Contact “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="111"/>
        <source>Den Kontakt „%s“ wirklich löschen?</source>
        <translation>Really delete the contact “%s”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="112"/>
        <source>Neuer Kontakt: Felder ausfüllen, dann mit Strg+S speichern.</source>
        <translation>New contact: fill in the fields, then save with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="113"/>
        <source>%1 wirklich löschen?</source>
        <translation>Really delete %1?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="114"/>
        <source>%1 gelöscht.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="254"/>
        <source>Adressetiketten (%1)</source>
        <translation>Address labels (%1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="141"/>
        <source>Der vorhandene Kontakt ist geöffnet; es wurde kein neuer angelegt.</source>
        <translation>The existing contact is open; no new one was created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="156"/>
        <source>Kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="156"/>
        <source>Kontakte</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="187"/>
        <source>alle Organisationen</source>
        <translation>all organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="188"/>
        <source>alle Orte</source>
        <translation>all towns</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="217"/>
        <source>Visitenkarten</source>
        <translation>Business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="219"/>
        <source>Visitenkarten gibt es für eigene Mitarbeitende. Bitte einen gespeicherten Kontakt mit dem Haken „Eigene/r Mitarbeiter/in“ öffnen.</source>
        <translation>Business cards are for own staff. Please open a saved contact with “Own staff member” ticked.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="235"/>
        <source>Visitenkarten – %s</source>
        <translation>Business cards – %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="247"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="247"/>
        <source>Bitte zuerst Kontakte in der Liste auswählen.</source>
        <translation>Please select contacts in the list first.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../kidesk/ui/crash_handler.py" line="154"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/crash_handler.py" line="157"/>
        <source>In kidesk ist ein unerwarteter Fehler aufgetreten (%1). Der letzte Schritt wurde vermutlich nicht ausgeführt.

Ihre Eingaben in offenen Fenstern sind noch da: bitte prüfen und speichern. Wenn der Fehler wiederkommt, schicken Sie bitte die Protokolldatei an den Support (sie enthält keine Namen oder Adressen):
%2</source>
        <translation>An unexpected error occurred in kidesk (%1). The last step was probably not carried out.

What you typed in open windows is still there: please check it and save. If the error comes back, please send the log file to support (it contains no names or addresses):
%2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kidesk/ui/common/form_fields.py" line="92"/>
        <location filename="../../kidesk/ui/volunteers/date_field.py" line="18"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>DeletionImpact</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="219"/>
        <source>Zuordnung einer Person (die Person bleibt)</source>
        <translation>person&apos;s link to it (the person stays)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="220"/>
        <source>Zuordnungen von Personen (die Personen bleiben)</source>
        <translation>people&apos;s links to it (the people stay)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="221"/>
        <source>Netzwerkmitgliedschaft</source>
        <translation>network membership</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="222"/>
        <source>Netzwerkmitgliedschaften</source>
        <translation>network memberships</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="225"/>
        <source>Eintrag als Veranstalter, Mitveranstalter oder Förderer einer Veranstaltung (die Veranstaltung bleibt)</source>
        <translation>entry as organiser, co-host or funder of an event (the event stays)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="232"/>
        <source>Einträge als Veranstalter, Mitveranstalter oder Förderer von Veranstaltungen (die Veranstaltungen bleiben)</source>
        <translation>entries as organiser, co-host or funder of events (the events stay)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="237"/>
        <source>Einwilligung mit ihrem Verlauf</source>
        <translation>consent with its history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="238"/>
        <source>Einwilligungen mit ihrem Verlauf</source>
        <translation>consents with their history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="239"/>
        <source>Veranstaltungsteilnahme</source>
        <translation>event participation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="240"/>
        <source>Veranstaltungsteilnahmen</source>
        <translation>event participations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="241"/>
        <source>Eintrag im Verlauf der Anmeldungen</source>
        <translation>entry in the registration history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="242"/>
        <source>Einträge im Verlauf der Anmeldungen</source>
        <translation>entries in the registration history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="243"/>
        <source>Ehrenamtsprofil</source>
        <translation>volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="244"/>
        <source>Ehrenamtsprofile</source>
        <translation>volunteer profiles</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="245"/>
        <source>Einsatzbereich</source>
        <translation>engagement area</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="246"/>
        <source>Einsatzbereiche</source>
        <translation>engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="247"/>
        <source>Spracheintrag</source>
        <translation>language entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="248"/>
        <source>Spracheinträge</source>
        <translation>language entries</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="249"/>
        <source>Stundeneintrag</source>
        <translation>hours entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="250"/>
        <source>Stundeneinträge</source>
        <translation>hours entries</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="253"/>
        <source>untergeordnete Organisation verliert ihre Zuordnung (bleibt erhalten)</source>
        <translation>subordinate organisation loses its parent (it stays)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="257"/>
        <source>untergeordnete Organisationen verlieren ihre Zuordnung (bleiben erhalten)</source>
        <translation>subordinate organisations lose their parent (they stay)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="261"/>
        <source>Netzwerk verliert seine koordinierende Organisation</source>
        <translation>network loses its coordinating organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="262"/>
        <source>Netzwerke verlieren ihre koordinierende Organisation</source>
        <translation>networks lose their coordinating organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="265"/>
        <source>Stundeneintrag verliert die Organisation (die Stunden bleiben)</source>
        <translation>hours entry loses its organisation (the hours stay)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="269"/>
        <source>Stundeneinträge verlieren die Organisation (die Stunden bleiben)</source>
        <translation>hours entries lose their organisation (the hours stay)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="273"/>
        <source>Veranstaltung verliert Reihe und Modulnummer (bleibt als Einzelveranstaltung)</source>
        <translation>event loses its series and module number (stays as a single event)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="279"/>
        <source>Veranstaltungen verlieren Reihe und Modulnummer (bleiben als Einzelveranstaltungen)</source>
        <translation>events lose their series and module number (stay as single events)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="285"/>
        <source>Veranstaltung hat danach keinen Veranstalter mehr (Einladungen, Bescheinigungen, Kalender)</source>
        <translation>event is left without an organiser (invitations, certificates, calendar)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="292"/>
        <source>Veranstaltungen haben danach keinen Veranstalter mehr (Einladungen, Bescheinigungen, Kalender)</source>
        <translation>events are left without an organiser (invitations, certificates, calendar)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="299"/>
        <source>Einstellung „eigene Organisation“ (Briefkopf, Logo) wird geleert</source>
        <translation>setting &quot;own organisation&quot; (letterhead, logo) is cleared</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="301"/>
        <source>Einstellungen „eigene Organisation“ werden geleert</source>
        <translation>settings &quot;own organisation&quot; are cleared</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="302"/>
        <source>Einstellung „Absender der Briefe“ wird geleert</source>
        <translation>setting &quot;letter sender&quot; is cleared</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="303"/>
        <source>Einstellungen „Absender der Briefe“ werden geleert</source>
        <translation>settings &quot;letter sender&quot; are cleared</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="55"/>
        <source> Wochen</source>
        <extracomment>the person to open: (volunteer id, kind of the item) a volunteer&apos;s record changed here (certificate seen): the tab reloads it</extracomment>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="56"/>
        <source>Fällig innerhalb von Wochen</source>
        <translation>Due within weeks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="61"/>
        <source>Fällige Punkte</source>
        <translation>Items due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="66"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="69"/>
        <source>Art der fälligen Punkte</source>
        <translation>Kind of items due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="71"/>
        <source>Führungszeugnis heute ein&amp;gesehen</source>
        <translation>Police certificate &amp;seen today</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="72"/>
        <source>Führungszeugnis der markierten Person heute eingesehen</source>
        <translation>Police certificate of the selected person seen today</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="74"/>
        <source>Trägt für die markierte Person das heutige Datum als „eingesehen am“ ein.</source>
        <translation>Enters today&apos;s date as “seen on” for the selected person.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="76"/>
        <source>Dr&amp;ucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="77"/>
        <source>Fälligkeitsliste drucken</source>
        <translation>Print the due list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="78"/>
        <source>Als CSV e&amp;xportieren …</source>
        <translation>E&amp;xport as CSV …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="79"/>
        <source>Fälligkeitsliste als CSV exportieren</source>
        <translation>Export the due list as CSV</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="83"/>
        <source>Fällig in den nächsten</source>
        <translation>Due in the next</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="94"/>
        <source>Doppelklick oder Enter öffnet die Person in der Übersicht.</source>
        <translation>Double-click or Enter opens the person in the overview.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="130"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%1 überfällig&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;%1 overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="163"/>
        <source>Führungszeugnis eingesehen</source>
        <translation>Police certificate seen</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="169"/>
        <source>Führungszeugnis von %1 heute eingesehen; wieder fällig am %2.</source>
        <translation>Police certificate of %1 seen today; due again on %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="185"/>
        <source>Fällig in den nächsten %1 Wochen – Stand %2</source>
        <translation>Due in the next %1 weeks – as of %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="206"/>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="216"/>
        <source>Fälligkeitsliste</source>
        <translation>Due list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="221"/>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="228"/>
        <source>Fälligkeitsliste exportieren</source>
        <translation>Export due list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="221"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/due_page.py" line="230"/>
        <source>%1 fällige Punkte nach %2 exportiert.</source>
        <translation>%1 due items exported to %2.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="163"/>
        <source>Doppelte Kontakte finden</source>
        <translation>Find duplicate contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="170"/>
        <location filename="../../kidesk/ui/duplicates_view.py" line="182"/>
        <source>Mögliche Dubletten</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="173"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="174"/>
        <source>Möglicherweise dieselbe Person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="175"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="176"/>
        <source>Übereinstimmung</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="188"/>
        <source>Zusammenführen: Felder der beiden Kontakte</source>
        <translation>Merge: fields of both contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="193"/>
        <source>Seiten &amp;tauschen</source>
        <translation>S&amp;wap sides</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="194"/>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="195"/>
        <source>&amp;Keine Dublette</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="196"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="197"/>
        <source>Letzte Zusammenführung rückgängig machen</source>
        <translation>Undo the last merge</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="205"/>
        <source>Schl&amp;ießen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="225"/>
        <source>Nur ein Hinweis: vermutlich verschiedene Personen oder andere Schreibweise.</source>
        <translation>Only a hint: probably different people or another spelling.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="301"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="307"/>
        <source>Zusammenführung rückgängig gemacht.</source>
        <translation>Merge undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="272"/>
        <location filename="../../kidesk/ui/duplicates_view.py" line="287"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="228"/>
        <source>%1 mögliche Dubletten gefunden.</source>
        <translation>%1 possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="251"/>
        <source>Dubletten</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="275"/>
        <source>Kontakt %1 in Kontakt %2 zusammenführen? Kontakt %1 wird danach gelöscht; seine Angaben und Verknüpfungen gehen auf Kontakt %2 über.</source>
        <translation>Merge contact %1 into contact %2? Contact %1 will then be deleted; its details and links are transferred to contact %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="86"/>
        <source>gleiche E-Mail-Adresse und gleicher Name</source>
        <translation>same e-mail address and same name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="87"/>
        <source>Vor- und Nachname vertauscht</source>
        <translation>first and last name swapped</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="88"/>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="89"/>
        <source>gleicher Name, anders geschrieben</source>
        <translation>same name, spelt differently</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="90"/>
        <source>ähnlicher Name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="91"/>
        <source>gleicher Name in anderer Schrift</source>
        <translation>same name in another script</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="94"/>
        <source>gleicher Name in anderer Schrift, gleiche E-Mail-Adresse</source>
        <translation>same name in another script, same e-mail address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="96"/>
        <source>ähnlich klingender Name (andere Schreibweise)</source>
        <translation>similar-sounding name (other spelling)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="97"/>
        <source>Namensvetter (gleicher Name, andere E-Mail-Adresse)</source>
        <translation>namesake (same name, other e-mail address)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="98"/>
        <source>Namensvetter (gleicher Name, andere Adresse)</source>
        <translation>namesake (same name, other address)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="99"/>
        <source>Haushalt (gleiche E-Mail, anderer Vorname)</source>
        <translation>household (same e-mail, other first name)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="100"/>
        <source>gemeinsames Postfach (gleiche E-Mail, anderer Name)</source>
        <translation>shared mailbox (same e-mail, other name)</translation>
    </message>
</context>
<context>
    <name>EhrenamtskarteRuleDialog</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="257"/>
        <source>Kriterien der Ehrenamtskarte</source>
        <translation>Volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="262"/>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="267"/>
        <source> Std.</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="271"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="273"/>
        <source>Stunden je Woche</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="274"/>
        <source>Stunden je Jahr</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="275"/>
        <source>Mindestdauer des Engagements</source>
        <translation>Minimum length of engagement</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="280"/>
        <source>Vorgabe NRW: durchschnittlich 5 Stunden je Woche oder 250 Stunden im Jahr, seit mindestens zwei Jahren. Die Regel gilt für alle Arbeitsplätze.</source>
        <translation>NRW rule: on average 5 hours a week or 250 hours a year, for at least two years. The rule applies to all workstations.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="287"/>
        <source>je &amp;Woche mindestens:</source>
        <translation>at least per &amp;week:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="288"/>
        <source>oder je &amp;Jahr mindestens:</source>
        <translation>or at least per &amp;year:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="289"/>
        <source>&amp;engagiert seit mindestens:</source>
        <translation>&amp;engaged for at least:</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="72"/>
        <source>Löschen nach Art. 17 DSGVO</source>
        <translation>Erasure under Art. 17 GDPR</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="77"/>
        <source>%1 wird endgültig gelöscht: Kontaktdaten, Zuordnungen, Teilnahmen (Veranstaltungen behalten nur eine anonyme Zahl), Ehrenamtsprofil mit Stunden, Einwilligungen und der Verlauf. Die Daten werden auch aus Suchindex und Protokolldatei entfernt. Das Löschregister vermerkt die Löschung ohne Namen, damit eine zurückgespielte Sicherung die Person nicht zurückbringt. Das lässt sich nicht rückgängig machen.</source>
        <translation>%1 will be erased for good: contact details, affiliations, participations (events keep only an anonymous count), volunteer profile with hours, consents and the history. The data are also removed from the search index and the log file. The erasure register records the erasure without the name, so that a restored backup does not bring the person back. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="89"/>
        <source>&amp;Aktenzeichen der Anfrage (ohne Namen):</source>
        <translation>Request &amp;reference (no names):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="92"/>
        <source>Aktenzeichen der Löschanfrage</source>
        <translation>Reference of the erasure request</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="98"/>
        <source>Endgültig &amp;löschen</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="99"/>
        <source>Person endgültig löschen</source>
        <translation>Erase the person for good</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="102"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="103"/>
        <source>Nicht löschen</source>
        <translation>Do not erase</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="117"/>
        <source>z. B. Fit für den Konsumalltag</source>
        <translation>e.g. Fit for everyday shopping</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="124"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="131"/>
        <source>z. B. Kreishaus Herford</source>
        <translation>e.g. Kreishaus Herford</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="133"/>
        <source>z. B. Ebene 3</source>
        <translation>e.g. Level 3</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="140"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="141"/>
        <location filename="../../kidesk/ui/event_editor.py" line="170"/>
        <location filename="../../kidesk/ui/event_editor.py" line="349"/>
        <location filename="../../kidesk/ui/event_editor.py" line="350"/>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="147"/>
        <source>Inhalt, Referent/innen, Hinweise – erscheint in Einladung und Kalender</source>
        <translation>Content, speakers, notes – appears in the invitation and the calendar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="157"/>
        <source>Art der Veranstaltung</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="160"/>
        <source>Modulnummer in der Reihe</source>
        <translation>Module number in the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="162"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="163"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="164"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="165"/>
        <source>Straße des Veranstaltungsorts</source>
        <translation>Street of the venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="166"/>
        <source>Postleitzahl des Veranstaltungsorts</source>
        <translation>Postcode of the venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="167"/>
        <source>Stadt des Veranstaltungsorts</source>
        <translation>Town of the venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="169"/>
        <source>Anmeldeschluss festlegen</source>
        <translation>Set a registration deadline</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="177"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="178"/>
        <source>&amp;Untertitel</source>
        <translation>&amp;Subtitle</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="158"/>
        <location filename="../../kidesk/ui/event_editor.py" line="181"/>
        <location filename="../../kidesk/ui/event_editor.py" line="338"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="186"/>
        <location filename="../../kidesk/ui/event_editor.py" line="340"/>
        <source>Modul Nr.</source>
        <translation>Module no.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="188"/>
        <source>&amp;Reihe</source>
        <translation>Se&amp;ries</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="191"/>
        <location filename="../../kidesk/ui/event_editor.py" line="342"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="198"/>
        <source>&amp;Ort / Raum</source>
        <translation>Venue / r&amp;oom</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="199"/>
        <location filename="../../kidesk/ui/event_editor.py" line="345"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="203"/>
        <location filename="../../kidesk/ui/event_editor.py" line="346"/>
        <location filename="../../kidesk/ui/event_editor.py" line="347"/>
        <source>PLZ / Ort</source>
        <translation>Postcode / town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="210"/>
        <source>&amp;Plätze</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="171"/>
        <location filename="../../kidesk/ui/event_editor.py" line="211"/>
        <location filename="../../kidesk/ui/event_editor.py" line="351"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="183"/>
        <source>&amp;Veranstaltungsart</source>
        <translation>&amp;Kind of event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="194"/>
        <source>Be&amp;ginn</source>
        <translation>Be&amp;gins</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="218"/>
        <location filename="../../kidesk/ui/event_editor.py" line="238"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="219"/>
        <location filename="../../kidesk/ui/event_editor.py" line="239"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="220"/>
        <location filename="../../kidesk/ui/event_editor.py" line="225"/>
        <location filename="../../kidesk/ui/event_editor.py" line="352"/>
        <source>Veranstalter, Mitveranstalter, Förderer</source>
        <translation>Organiser, co-hosts, funders</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="221"/>
        <source>Organisation für die Veranstalterliste</source>
        <translation>Organisation for the host list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="222"/>
        <source>Rolle der Organisation</source>
        <translation>Role of the organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="223"/>
        <source>Organisation hinzufügen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="224"/>
        <source>Ausgewählte Organisation entfernen</source>
        <translation>Remove selected organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="240"/>
        <location filename="../../kidesk/ui/event_editor.py" line="244"/>
        <location filename="../../kidesk/ui/event_editor.py" line="353"/>
        <source>Referent/innen</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="241"/>
        <source>Person für die Referent/innen</source>
        <translation>Person for the speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="242"/>
        <source>Referent/in hinzufügen</source>
        <translation>Add speaker</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="243"/>
        <source>Ausgewählte Referent/in entfernen</source>
        <translation>Remove selected speaker</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="302"/>
        <source>– keine Reihe –</source>
        <translation>– no series –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="155"/>
        <location filename="../../kidesk/ui/event_editor.py" line="335"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="156"/>
        <location filename="../../kidesk/ui/event_editor.py" line="336"/>
        <source>Untertitel</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="337"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="159"/>
        <location filename="../../kidesk/ui/event_editor.py" line="339"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="161"/>
        <location filename="../../kidesk/ui/event_editor.py" line="341"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="343"/>
        <location filename="../../kidesk/ui/event_editor.py" line="344"/>
        <source>Ort / Raum</source>
        <translation>Venue / room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="168"/>
        <location filename="../../kidesk/ui/event_editor.py" line="348"/>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>EventLaptop</name>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="55"/>
        <source>neu auf der Liste</source>
        <translation>newly on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="161"/>
        <source>Veranstaltung für den Laptop mitnehmen</source>
        <translation>Take the event along on the laptop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="163"/>
        <source>Veranstaltungspaket (*.kidesk-paket)</source>
        <translation>Event pack (*.kidesk-paket)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="173"/>
        <source>Für Laptop mitnehmen</source>
        <translation>Take along on the laptop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="177"/>
        <source>Veranstaltungspaket %1 gespeichert (%2) – nur Namen und Hauptorganisation, keine Anschriften.</source>
        <translation>Event pack %1 saved (%2) – names and main organisation only, no addresses.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="184"/>
        <source>Person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="185"/>
        <source>Personen</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="195"/>
        <source>Veranstaltungspaket vom Laptop öffnen</source>
        <translation>Open an event pack from the laptop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="197"/>
        <source>Veranstaltungspaket (*.kidesk-paket);;Alle Dateien (*)</source>
        <translation>Event pack (*.kidesk-paket);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="201"/>
        <source>Vom Laptop übernehmen</source>
        <translation>Bring back from the laptop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="212"/>
        <source>Aus dem Paket „%1“ gibt es nichts Neues zu übernehmen; nichts geändert.</source>
        <translation>The pack “%1” has nothing new to bring back; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="231"/>
        <source>Vom Laptop übernommen: %1, %2.</source>
        <translation>Brought back from the laptop: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="234"/>
        <source>Statusänderung</source>
        <translation>status change</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="235"/>
        <source>Statusänderungen</source>
        <translation>status changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="239"/>
        <source>Gast ohne Anmeldung</source>
        <translation>walk-in guest</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="240"/>
        <source>Gäste ohne Anmeldung</source>
        <translation>walk-in guests</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="256"/>
        <source>Veranstaltungspaket: „%1“ am %2 – nur für den Einlass (Check-in, Gäste ohne Anmeldung, Namensschilder). Im Büro: „Vom Laptop übernehmen …“.</source>
        <translation>Event pack: “%1” on %2 – for the door only (check-in, walk-ins, name badges). In the office: “Bring back from the laptop …”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="267"/>
        <source>Hinweis: Veranstaltungspaket</source>
        <translation>Note: event pack</translation>
    </message>
</context>
<context>
    <name>EventMergeDialog</name>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="64"/>
        <source>Vom Laptop übernehmen</source>
        <translation>Bring back from the laptop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="70"/>
        <source>Veranstaltungspaket „%1“ (%2), gepackt am %3 UTC von %4.</source>
        <translation>Event pack “%1” (%2), packed on %3 UTC by %4.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="83"/>
        <source>Übernommen werden %1 und %2. Vorher wird die Datenbank gesichert.</source>
        <translation>%1 and %2 will be brought back. The database is backed up first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="84"/>
        <source>Statusänderung</source>
        <translation>status change</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="84"/>
        <source>Statusänderungen</source>
        <translation>status changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="85"/>
        <source>Gast ohne Anmeldung</source>
        <translation>walk-in guest</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="85"/>
        <source>Gäste ohne Anmeldung</source>
        <translation>walk-in guests</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="92"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="95"/>
        <source>Neue Organisation: %1</source>
        <translation>New organisation: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="96"/>
        <source>Konflikt: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="97"/>
        <source>Hinweis: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="101"/>
        <source>Was übernommen wird</source>
        <translation>What will be brought back</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="108"/>
        <source>Gäste ohne Anmeldung – wer schon als Kontakt im Büro sein könnte, bitte prüfen:</source>
        <translation>Walk-in guests – please check who may already be a contact in the office:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="110"/>
        <source>Gäste ohne Anmeldung (werden neu angelegt):</source>
        <translation>Walk-in guests (created as new contacts):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="124"/>
        <source>wird neu angelegt</source>
        <translation>will be created</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="127"/>
        <source>neue Person anlegen</source>
        <translation>create a new person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="131"/>
        <source>dieselbe Person wie %1 (ID %2, %3)</source>
        <translation>the same person as %1 (ID %2, %3)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="134"/>
        <source>Entscheidung für %1</source>
        <translation>Decision for %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="140"/>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_pack_dialog.py" line="143"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventPaperworkPanel</name>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="47"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="193"/>
        <source>Einladungsbriefe</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="48"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="209"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="49"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="101"/>
        <source>Namensschilder</source>
        <translation>Name badges</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="50"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="142"/>
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="51"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="107"/>
        <source>Teilnahmeliste</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="52"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="113"/>
        <source>Teilnahmebescheinigungen</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="53"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="231"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="237"/>
        <source>Per E-Mail senden</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="54"/>
        <source>Einladungstext …</source>
        <translation>Invitation text …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="55"/>
        <source>Einladungstext bearbeiten</source>
        <translation>Edit invitation text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="56"/>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="58"/>
        <source>Drucken (mit Vorschau)</source>
        <translation>Print (with preview)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="61"/>
        <source>DIN-5008-Briefe an alle Eingeladenen mit Postanschrift</source>
        <translation>DIN 5008 letters to everyone invited who has a postal address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="62"/>
        <source>Adressetiketten der Eingeladenen (Vorlage aus den Einstellungen)</source>
        <translation>Address labels for everyone invited (template from the settings)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="63"/>
        <source>Namensschilder für Angemeldete und Referent/innen</source>
        <translation>Name badges for registered participants and speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="64"/>
        <source>Flyer/Aushang zur Veranstaltung</source>
        <translation>Flyer/notice for the event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="65"/>
        <source>Unterschriftenliste für den Fördergeber, mit Leerzeilen</source>
        <translation>Signature list for the funding body, with blank lines</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="66"/>
        <source>Bescheinigungen für alle, die die Regel der Reihe erfüllen</source>
        <translation>Certificates for everyone who meets the series rule</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="67"/>
        <source>Text der Einladungsbriefe mit Platzhaltern und Vorschau ändern</source>
        <translation>Change the invitation letters&apos; text, with placeholders and preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="77"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="80"/>
        <source>Öffnet das E-Mail-Programm mit allen Adressen in BCC und dem Einladungstext</source>
        <translation>Opens the e-mail program with all addresses in BCC and the invitation text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="81"/>
        <source>Alle E-Mail-Adressen der Eingeladenen in die Zwischenablage</source>
        <translation>Copy all e-mail addresses of those invited to the clipboard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="130"/>
        <source>Nur für Veranstaltungen einer Reihe</source>
        <translation>Only for events in a series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="152"/>
        <source>„%1“ wird gesetzt …</source>
        <translation>Laying out “%1” …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="158"/>
        <source>„%1“ abgebrochen.</source>
        <translation>“%1” cancelled.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="179"/>
        <source>%1 Eingeladene haben keine Postanschrift (auch nicht über ihre Organisation):

%2

Für alle anderen drucken?</source>
        <translation>%1 invitees have no postal address (not even through their organisation):

%2

Print for everyone else?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="231"/>
        <source>Niemand auf der Liste hat eine E-Mail-Adresse.</source>
        <translation>Nobody on the list has an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="240"/>
        <source>Die Liste ist zu lang für eine E-Mail. Es öffnen sich %1 E-Mails mit je einem Teil der Adressen (BCC). Fortfahren?</source>
        <translation>The list is too long for one e-mail. %1 e-mails will open, each with part of the addresses (BCC). Continue?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="250"/>
        <source>%1 Adressen an das E-Mail-Programm übergeben</source>
        <translation>%1 addresses passed to the e-mail program</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="252"/>
        <source> – %1 ohne E-Mail-Adresse brauchen einen Brief</source>
        <translation> – %1 without an e-mail address need a letter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="262"/>
        <source>%1 E-Mail-Adressen kopiert.</source>
        <translation>%1 e-mail addresses copied.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="60"/>
        <source>Teilnehmende: angemeldet oder teilgenommen (von Plätzen) / auf der Liste; +N: Referent/innen und Helfer/innen (belegen keinen Platz).</source>
        <translation>Participants: registered or attended (of seats) / on the list; +N: speakers and helpers (take no seat).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="66"/>
        <source>Termin</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="67"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="68"/>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="69"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="71"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="72"/>
        <source>Anm./Einl.</source>
        <translation>Reg./Inv.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="84"/>
        <source>Modul %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="84"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="93"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="103"/>
        <source>Teilnehmende: angemeldet (von Plätzen) / auf der Liste; %1 teilgenommen; +%2 Mitwirkende</source>
        <translation>Participants: registered (of seats) / on the list; %1 attended; +%2 contributors</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="65"/>
        <location filename="../../kidesk/ui/events_tab.py" line="305"/>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="67"/>
        <source>Kopie anlegen – in einer Reihe als nächstes Modul im Rhythmus der Reihe</source>
        <translation>Make a copy – in a series as the next module, following the series’ rhythm</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="127"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="69"/>
        <source>Check-in …</source>
        <translation>Check-in …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="70"/>
        <source>Reihen …</source>
        <translation>Series …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="72"/>
        <source>Kalender (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="75"/>
        <source>Diese Veranstaltung …</source>
        <translation>This event …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="76"/>
        <source>Alle kommenden Veranstaltungen …</source>
        <translation>All upcoming events …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="79"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="82"/>
        <source>Für Laptop mitnehmen …</source>
        <translation>Take along on the laptop …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="83"/>
        <source>Vom Laptop übernehmen …</source>
        <translation>Bring back from the laptop …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="89"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="92"/>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="94"/>
        <source>auch vergangene</source>
        <translation>include past</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="120"/>
        <source>Nach Reihe filtern</source>
        <translation>Filter by series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="121"/>
        <source>Nach Art filtern</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="122"/>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="123"/>
        <source>Liste der Veranstaltungen</source>
        <translation>List of events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="126"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="163"/>
        <location filename="../../kidesk/ui/events_tab.py" line="178"/>
        <location filename="../../kidesk/ui/events_tab.py" line="389"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="164"/>
        <source>Einladungsliste</source>
        <translation>Invite list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="165"/>
        <source>Unterlagen &amp;&amp; Versand</source>
        <translation>Paperwork &amp;&amp; mailing</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="201"/>
        <source>alle Reihen</source>
        <translation>all series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="230"/>
        <source>Veranstaltung „%s“ gespeichert.</source>
        <translation>Event “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="231"/>
        <source>Neue Veranstaltung: Titel und Termin eintragen, dann speichern.</source>
        <translation>New event: enter a title and a date, then save.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="239"/>
        <source>Keine kommenden Veranstaltungen. „Neu“ legt eine an; „auch vergangene“ zeigt frühere.</source>
        <translation>No upcoming events. “New” creates one; “include past” shows earlier ones.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="240"/>
        <source>Keine Veranstaltungen zu diesem Filter.</source>
        <translation>No events match this filter.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="388"/>
        <source>%1 nach %2 exportiert.</source>
        <translation>%1 exported to %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="389"/>
        <source>Veranstaltungen</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="228"/>
        <source>Veranstaltung speichern</source>
        <translation>Save event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="229"/>
        <location filename="../../kidesk/ui/events_tab.py" line="275"/>
        <source>Veranstaltung löschen</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="270"/>
        <source>„%1“ am %2 mit %3 Personen auf der Liste endgültig löschen?</source>
        <translation>Permanently delete “%1” on %2 with %3 people on the list?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="283"/>
        <source>Veranstaltung „%1“ gelöscht.</source>
        <translation>Event “%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="298"/>
        <source>Nächstes Modul planen</source>
        <translation>Plan next module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="310"/>
        <source>Modul %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="310"/>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="311"/>
        <source>%1 am %2 angelegt – bitte Datum und Inhalt prüfen.</source>
        <translation>%1 created on %2 – please check the date and content.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="314"/>
        <source> Die Reihe hat %1 geplante Module – ggf. unter „Reihen …“ anpassen.</source>
        <translation> The series has %1 planned modules – adjust under “Series …” if needed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="375"/>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="375"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="384"/>
        <source>Kalender exportieren</source>
        <translation>Export calendar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="45"/>
        <source>Exportieren</source>
        <extracomment>the progress window appears only for an export that takes longer than this</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="51"/>
        <source>Liste:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="55"/>
        <source>Veranstaltung:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="59"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="60"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="61"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="62"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="64"/>
        <source>Interne Liste: auch Ehrenamtliche ohne Einwilligung zur Weitergabe an Partner</source>
        <translation>Internal list: also volunteers who have not consented to sharing with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="74"/>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="95"/>
        <source>Für Partner: Ehrenamtliche ohne Einwilligung zur Weitergabe werden weggelassen.</source>
        <translation>For partners: volunteers without consent to sharing are left out.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="98"/>
        <source>Es gibt noch keine Veranstaltung.</source>
        <translation>There are no events yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="15"/>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="16"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="17"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="18"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="19"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="20"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="21"/>
        <source>CSV für Excel (Semikolon, UTF-8)</source>
        <translation>CSV for Excel (semicolon, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="22"/>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="23"/>
        <source>vCard (.vcf) für Outlook, Thunderbird, Smartphone</source>
        <translation>vCard (.vcf) for Outlook, Thunderbird, smartphone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="24"/>
        <source>Liste wird exportiert …</source>
        <translation>Exporting the list …</translation>
    </message>
</context>
<context>
    <name>FlyerDesign</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="305"/>
        <source>Klar – farbiger Titelblock, Anmeldung mit QR-Code unten</source>
        <translation>Clear – coloured title block, registration with QR code at the bottom</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="306"/>
        <source>Spalte – farbige Randspalte mit Datum, Ort und Anmeldung</source>
        <translation>Column – coloured side column with date, venue and registration</translation>
    </message>
</context>
<context>
    <name>FlyerOptionsDialog</name>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="271"/>
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="273"/>
        <source>A4 (Aushang)</source>
        <translation>A4 (poster)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="274"/>
        <source>A5 (Handzettel)</source>
        <translation>A5 (handout)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="275"/>
        <source>Papierformat des Flyers</source>
        <translation>Paper size of the flyer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="279"/>
        <source>Gestaltung des Flyers</source>
        <translation>Design of the flyer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="280"/>
        <source>Für die &amp;Druckerei: 3 mm Beschnitt und Schnittmarken</source>
        <translation>For a print &amp;shop: 3 mm bleed and crop marks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="281"/>
        <source>Beschnitt und Schnittmarken für die Druckerei</source>
        <translation>Bleed and crop marks for a print shop</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="283"/>
        <source>&amp;Format:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="285"/>
        <source>&amp;Gestaltung:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="291"/>
        <source>&amp;Vorschau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="292"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>GlobalSearchField</name>
    <message>
        <location filename="../../kidesk/ui/global_search.py" line="25"/>
        <source>Überall suchen … (Strg+K)</source>
        <translation>Search everywhere … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/global_search.py" line="26"/>
        <source>Globale Suche nach Kontakten, Organisationen, Veranstaltungen, Ehrenamtlichen</source>
        <translation>Global search for contacts, organisations, events, volunteers</translation>
    </message>
</context>
<context>
    <name>GlobalSearchModel</name>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="25"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="27"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="28"/>
        <source>Ehrenamtliche/r</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kidesk/ui/help/help_dialog.py" line="48"/>
        <source>kidesk – Hilfe</source>
        <extracomment>where the manual lives: docs/manual next to the package (a source checkout or an install that ships docs/); see docs/DESK.md the manual page of each main tab (main_window.TAB_KEYS)</extracomment>
        <translation>kidesk – Help</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/help/help_dialog.py" line="51"/>
        <source>Seiten der Hilfe</source>
        <translation>Help pages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/help/help_dialog.py" line="63"/>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/help/help_dialog.py" line="67"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/help/help_dialog.py" line="87"/>
        <source>Das Handbuch wurde nicht gefunden. Es liegt im Ordner docs/manual des Programms.</source>
        <translation>The manual was not found. It lives in the program&apos;s docs/manual folder.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="32"/>
        <source>Verlauf – %1</source>
        <translation>History – %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="36"/>
        <source>Wer hat wann welches Feld geändert (neueste zuerst). Zeiten in UTC.</source>
        <translation>Who changed which field when (newest first). Times in UTC.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="38"/>
        <source>Zu diesem Datensatz ist noch keine Änderung aufgezeichnet.</source>
        <translation>No change has been recorded for this record yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="43"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="44"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="45"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="46"/>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="47"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="48"/>
        <source>alter Wert</source>
        <translation>old value</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="49"/>
        <source>neuer Wert</source>
        <translation>new value</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="53"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="70"/>
        <source>Als CSV &amp;exportieren …</source>
        <translation>&amp;Export as CSV …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="71"/>
        <source>Verlauf als CSV-Datei exportieren</source>
        <translation>Export the history as a CSV file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="79"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="80"/>
        <source>Verlauf schließen</source>
        <translation>Close history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="89"/>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="96"/>
        <source>Verlauf exportieren</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="89"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/history_dialog.py" line="98"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="50"/>
        <source>z. B. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="53"/>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="82"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="58"/>
        <source>&amp;Eintragen</source>
        <translation>Add entr&amp;y</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="66"/>
        <source>Kriterien &amp;ändern…</source>
        <translation>&amp;Change criteria…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="67"/>
        <source>Kriterien der Ehrenamtskarte NRW anpassen</source>
        <translation>Adjust the NRW volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="77"/>
        <source>Eintrag &amp;löschen</source>
        <translation>De&amp;lete entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="80"/>
        <source>Datum des Einsatzes</source>
        <translation>Date of the work</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="81"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="84"/>
        <source>Erfasste Stunden</source>
        <translation>Recorded hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="90"/>
        <source>Dat&amp;um:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="91"/>
        <source>Stunden:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="92"/>
        <source>Täti&amp;gkeit:</source>
        <translation>Acti&amp;vity:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="93"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="137"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="159"/>
        <source>%1: %2 Std.</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="161"/>
        <source>Summe je Jahr: %1 — insgesamt %2 Std.</source>
        <translation>Total per year: %1 — overall %2 h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="164"/>
        <source>Noch keine Stunden erfasst.</source>
        <translation>No hours recorded yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="168"/>
        <source>%1–%2: %3 Std. (%4 je Woche)</source>
        <translation>%1–%2: %3 h (%4 per week)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="176"/>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="176"/>
        <source>nicht erfüllt</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="180"/>
        <source>Ehrenamtskarte NRW (%1 Std./Woche oder %2 Std./Jahr, seit %3 Jahren): %4. %5</source>
        <translation>NRW volunteer card (%1 h/week or %2 h/year, for %3 years): %4. %5</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="193"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="195"/>
        <source>Bitte das Datum des Einsatzes eintragen.</source>
        <translation>Please enter the date of the work.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="211"/>
        <source>%1 Std. am %2 eingetragen.</source>
        <translation>%1 h on %2 recorded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="229"/>
        <source>Kriterien der Ehrenamtskarte</source>
        <translation>Volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="240"/>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="248"/>
        <source>Eintrag löschen</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="241"/>
        <source>%1 Std. vom %2 löschen?</source>
        <translation>Delete %1 h of %2?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="26"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="27"/>
        <source>Adressliste importieren</source>
        <translation>Import address list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="28"/>
        <source>Adresslisten (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)</source>
        <translation>Address lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="29"/>
        <source>Datei wird geprüft …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="30"/>
        <source>Kontakte werden importiert …</source>
        <translation>Importing contacts …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="31"/>
        <source>Tabellenblatt wählen</source>
        <translation>Choose worksheet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="32"/>
        <source>Welches Tabellenblatt?</source>
        <translation>Which worksheet?</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="192"/>
        <source>Import prüfen</source>
        <translation>Review import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="200"/>
        <source>Doppelklick auf die Aktion ändert sie, z. B. bei möglichen Dubletten „ergänzen“ oder „überspringen“.</source>
        <translation>Double-click an action to change it, e.g. “add details” or “skip” for possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="209"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="209"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="209"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="223"/>
        <source>mögliche Dublette von %1</source>
        <translation>possible duplicate of %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="243"/>
        <source>Probleme (eine Zeile je Problem):</source>
        <translation>Problems (one line per problem):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="246"/>
        <source>Keine.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="252"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="34"/>
        <source>neu anlegen</source>
        <translation>create new</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="35"/>
        <source>ergänzen</source>
        <translation>add details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="36"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
</context>
<context>
    <name>InvitationTextDialog</name>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="44"/>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="164"/>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="172"/>
        <source>Einladungstext</source>
        <translation>Invitation text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="51"/>
        <source>Text des Einladungsbriefs</source>
        <translation>Text of the invitation letter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="53"/>
        <source>Platzhalter</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="59"/>
        <source>&amp;Einfügen</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="60"/>
        <source>Platzhalter an der Schreibmarke einfügen</source>
        <translation>Insert the placeholder at the cursor</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="62"/>
        <source>Veranstaltung für die Vorschau</source>
        <translation>Event for the preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="68"/>
        <source>Vorschau des Brieftexts</source>
        <translation>Preview of the letter text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="72"/>
        <source>&amp;Zurück zum Standardtext</source>
        <translation>Back to the &amp;default text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="73"/>
        <source>Den mitgelieferten Text wiederherstellen</source>
        <translation>Restore the built-in text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="75"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="76"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="79"/>
        <source>&amp;Text (Absätze durch Leerzeile):</source>
        <translation>&amp;Text (paragraphs separated by a blank line):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="81"/>
        <source>&amp;Platzhalter:</source>
        <translation>&amp;Placeholders:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="83"/>
        <source>&amp;Vorschau für:</source>
        <translation>Pre&amp;view for:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="142"/>
        <source>Unbekannte Platzhalter (bleiben so im Brief stehen): %1</source>
        <translation>Unknown placeholders (stay in the letter as written): %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="149"/>
        <source>Für die Vorschau bitte zuerst eine Veranstaltung anlegen.</source>
        <translation>Please create an event first for the preview.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invitation_text_editor.py" line="156"/>
        <source>Sehr geehrte Frau Mustermann,</source>
        <translation>Dear Ms Mustermann,</translation>
    </message>
</context>
<context>
    <name>InviteListPanel</name>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="64"/>
        <source>Alle aktiven Ehrenamtlichen</source>
        <extracomment>the status buttons shown under the list, in workflow order a bulk invitation adding at least this many people asks first, with the count the list changed (the events list shows counts, so the tab refreshes it)</extracomment>
        <translation>All active volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="65"/>
        <source>Kontakte von Organisationen …</source>
        <translation>Contacts of organisations …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="66"/>
        <source>Mitglieder eines Netzwerks …</source>
        <translation>Members of a network …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="67"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="278"/>
        <source>Teilnehmende früherer Module</source>
        <translation>Participants of earlier modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="68"/>
        <source>Person …</source>
        <translation>Person …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="70"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="251"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="71"/>
        <source>Letzte Änderung der Einladungsliste rückgängig machen</source>
        <translation>Undo the last change of the invite list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="75"/>
        <source>Alle Ehrenamtlichen mit Status „aktiv“ einladen</source>
        <translation>Invite all volunteers with status “active”</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="76"/>
        <source>Alle aktuellen Kontakte der gewählten Organisationen einladen</source>
        <translation>Invite all current contacts of the chosen organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="77"/>
        <source>Alle Kontakte der Mitgliedsorganisationen eines Netzwerks einladen</source>
        <translation>Invite all contacts of a network’s member organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="78"/>
        <source>Alle, die an einem früheren Modul dieser Reihe teilgenommen haben</source>
        <translation>Everyone who attended an earlier module of this series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="79"/>
        <source>Einzelne Personen von Hand einladen</source>
        <translation>Invite individual people by hand</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="81"/>
        <source> – niemand wird doppelt eingeladen.</source>
        <translation> – nobody is invited twice.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="103"/>
        <source>Markierte:</source>
        <translation>Selected:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="110"/>
        <source>Weitere …</source>
        <translation>More …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="116"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="363"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="388"/>
        <source>Von der Liste nehmen</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="122"/>
        <source>Einladen:</source>
        <translation>Invite:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="162"/>
        <source>Keine Veranstaltung gewählt.</source>
        <translation>No event selected.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="174"/>
        <source>⚠ %1 ohne Postanschrift (bekommen keinen Brief): %2</source>
        <translation>⚠ %1 without a postal address (no letter for them): %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="175"/>
        <source>Eingeladene/r</source>
        <translation>invitee</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="175"/>
        <source>Eingeladene</source>
        <translation>invitees</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="191"/>
        <source>Plätze unbegrenzt</source>
        <translation>Unlimited places</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="193"/>
        <source>&lt;b&gt;%1&lt;/b&gt; von %2 Plätzen belegt</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; of %2 seats taken</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="196"/>
        <source>%1 auf der Liste</source>
        <translation>%1 on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="348"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="348"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="366"/>
        <source>Person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="348"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="366"/>
        <source>Personen</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="365"/>
        <source>%1 von der Einladungsliste nehmen? Ihr Statusverlauf für diese Veranstaltung wird gelöscht.</source>
        <translation>Take %1 off the invitation list? Their status history for this event is deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="86"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="217"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="262"/>
        <source>Einladungsliste</source>
        <translation>Invite list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="194"/>
        <source>Platz frei</source>
        <translation>seat free</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="194"/>
        <source>Plätze frei</source>
        <translation>seats free</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="195"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="198"/>
        <source>Mitwirkende/r</source>
        <translation>contributor</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="198"/>
        <source>Mitwirkende</source>
        <translation>contributors</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="199"/>
        <source>(Referent/innen, Helfer/innen)</source>
        <translation>(speakers, helpers)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="221"/>
        <source>%1 Einladung(en)</source>
        <translation>%1 invitation(s)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="224"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="266"/>
        <source>Einladungsliste: %1</source>
        <translation>Invite list: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="228"/>
        <source>%1 Personen (%2) auf die Einladungsliste setzen?</source>
        <translation>Put %1 people (%2) on the invite list?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="230"/>
        <source>%1 stehen schon darauf und bleiben unverändert.</source>
        <translation>%1 are on it already and stay unchanged.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="231"/>
        <source>Das lässt sich danach mit „Rückgängig“ zurücknehmen.</source>
        <translation>This can be taken back afterwards with “Undo”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="234"/>
        <source>Viele Personen einladen</source>
        <translation>Invite many people</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="243"/>
        <source>%1 Einladung(en) zurückgenommen</source>
        <translation>%1 invitation(s) taken back</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="245"/>
        <source>, %1 bleiben (Status seitdem geändert)</source>
        <translation>, %1 stay (status changed since)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="251"/>
        <source>Rückgängig: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="272"/>
        <source>alle aktiven Ehrenamtlichen</source>
        <translation>all active volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="288"/>
        <source>Kontakte von Organisationen einladen</source>
        <translation>Invite contacts of organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="289"/>
        <source>Alle aktuellen Kontakte der angehakten Organisationen kommen auf die Liste.</source>
        <translation>All current contacts of the ticked organisations are added to the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="296"/>
        <source>Kontakte der gewählten Organisationen</source>
        <translation>contacts of the chosen organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="303"/>
        <source>Mitglieder eines Netzwerks einladen</source>
        <translation>Invite members of a network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="304"/>
        <source>Alle Kontakte der Organisationen, die jetzt Mitglied des Netzwerks sind.</source>
        <translation>All contacts of the organisations that are currently members of the network.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="313"/>
        <source>Mitglieder des Netzwerks</source>
        <translation>members of the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="320"/>
        <source>Personen einladen</source>
        <translation>Invite people</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="321"/>
        <source>Die angehakten Personen kommen auf die Liste.</source>
        <translation>The ticked people are added to the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="336"/>
        <source>Bitte zuerst Personen in der Liste markieren.</source>
        <translation>Please select people in the list first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="341"/>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="351"/>
        <source> – ausgebucht, %1 auf der Warteliste</source>
        <translation> – fully booked, %1 on the waiting list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="353"/>
        <source> – nachgerückt: %1</source>
        <translation> – moved up from the waiting list: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="373"/>
        <source>%1 von der Liste genommen</source>
        <translation>%1 taken off the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="374"/>
        <source>%1 Person(en) wieder auf der Liste</source>
        <translation>%1 person(s) back on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="379"/>
        <source>%1 Person(en) von der Liste genommen (Rückgängig möglich).</source>
        <translation>%1 person(s) taken off the list (can be undone).</translation>
    </message>
</context>
<context>
    <name>InviteeTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="25"/>
        <source>Teilnehmer/in</source>
        <extracomment>the kind of the event shown: at a training module a guest is a participant, not a &quot;Gast&quot;</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="32"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="34"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="35"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="36"/>
        <source>Postanschrift</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="54"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="54"/>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>LeftOutDialog</name>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="252"/>
        <source>Fehlende Einwilligungen</source>
        <translation>Missing consents</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="255"/>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="257"/>
        <source>Zweck, für den die Liste gilt</source>
        <translation>Purpose the list is for</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="267"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="267"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="268"/>
        <source>Personen, die weggelassen werden</source>
        <translation>People who are left out</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="273"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="274"/>
        <source>Fehlende Einwilligungen schließen</source>
        <translation>Close missing consents</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="288"/>
        <source>%1 Personen fehlen auf Listen für diesen Zweck (z. B. Export an Partner): ohne Einwilligung, widerrufen oder abgelaufen. Ehrenamtliche brauchen immer eine Einwilligung.</source>
        <translation>%1 people are left out of lists for this purpose (e.g. the export to partners): no consent, withdrawn or expired. Volunteers always need a consent.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="100"/>
        <source>kidesk</source>
        <translation>kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="102"/>
        <source>Demo-Datenbank</source>
        <translation>demo database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="112"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="113"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="114"/>
        <source>Partnerorganisationen</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="115"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="116"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="120"/>
        <location filename="../../kidesk/ui/main_window.py" line="345"/>
        <source>Strg+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="126"/>
        <source>Datenbank: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="127"/>
        <source>Ort der Datenbank</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="129"/>
        <source>Bereit.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="159"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="162"/>
        <source>Neuen Datensatz anlegen</source>
        <translation>Create a new record</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="165"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="168"/>
        <source>Änderungen speichern</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="171"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="174"/>
        <source>Druckvorschau für die Auswahl</source>
        <translation>Print preview for the selection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="177"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="177"/>
        <source>Daten aus einer Datei übernehmen</source>
        <translation>Import data from a file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="180"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="180"/>
        <source>Daten in eine Datei schreiben</source>
        <translation>Write data to a file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="183"/>
        <source>E&amp;instellungen …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="186"/>
        <source>Eigene Organisation, Vorlagen, Druckerkalibrierung</source>
        <translation>Own organisation, templates, printer calibration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="189"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="189"/>
        <source>kidesk beenden</source>
        <translation>Quit kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="192"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="195"/>
        <source>Letzte Änderung im Formular rückgängig machen</source>
        <translation>Undo the last change in the form</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="198"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="201"/>
        <source>Ausgewählte Datensätze löschen</source>
        <translation>Delete selected records</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="204"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="207"/>
        <source>In der Liste suchen</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="210"/>
        <source>&amp;Doppelte Kontakte finden …</source>
        <translation>Find &amp;duplicate contacts …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="213"/>
        <source>Kontakte, die vermutlich dieselbe Person sind, zusammenführen</source>
        <translation>Merge contacts that are probably the same person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="216"/>
        <source>Ü&amp;berall suchen</source>
        <translation>Search &amp;everywhere</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="219"/>
        <source>Kontakte, Organisationen, Veranstaltungen, Ehrenamtliche finden</source>
        <translation>Find contacts, organisations, events, volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="222"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="225"/>
        <source>Listen neu laden</source>
        <translation>Reload lists</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="227"/>
        <source>Ü&amp;ber kidesk</source>
        <translation>&amp;About kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="229"/>
        <source>&amp;Handbuch</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="244"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="245"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="246"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="247"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="252"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="258"/>
        <source>Si&amp;cherung …</source>
        <translation>Ba&amp;ckup …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="259"/>
        <source>&amp;Jahresbericht …</source>
        <translation>&amp;Annual report …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="264"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="272"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="276"/>
        <source>Beim Start &amp;Übersicht zeigen</source>
        <translation>Start on the &amp;overview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="281"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="286"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="416"/>
        <source>Gefunden: %s</source>
        <translation>Found: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="425"/>
        <source>Nichts rückgängig zu machen.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="453"/>
        <source>Einstellungen gespeichert.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="465"/>
        <source>Über kidesk</source>
        <translation>About kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="467"/>
        <source>kidesk %s

Kontakte, Partnerorganisationen, Veranstaltungen und Ehrenamtliche eines Kommunalen Integrationszentrums.

Datenbank: %s</source>
        <translation>kidesk %s

Contacts, partner organisations, events and volunteers of a municipal integration centre.

Database: %s</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="77"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="78"/>
        <source>Kontakt %1 (bleibt)</source>
        <translation>Contact %1 (kept)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="79"/>
        <source>Kontakt %1 (wird aufgelöst)</source>
        <translation>Contact %1 (merged away)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="104"/>
        <source>beide behalten</source>
        <translation>keep both</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="117"/>
        <source>Verknüpfungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="126"/>
        <source>Nicht gewählte Werte und beide Notizen bleiben in den Notizen erhalten; alle Verknüpfungen gehen auf den bleibenden Kontakt über.</source>
        <translation>Values not chosen and both sets of notes are kept in the notes; all links are transferred to the contact that is kept.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="137"/>
        <source>Ehrenamtsprofil</source>
        <translation>Volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="139"/>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="140"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="68"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="69"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="70"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="71"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="72"/>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="73"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="74"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="75"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="76"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="77"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="78"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="79"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="80"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="81"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="82"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="83"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="84"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="102"/>
        <source>Status (Ehrenamt)</source>
        <translation>Status (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="103"/>
        <source>Aktiv seit</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="104"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="105"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="106"/>
        <source>Vereinbarung unterschrieben am</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="107"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate checked on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="108"/>
        <source>Führungszeugnis fällig am</source>
        <translation>Police certificate due on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="109"/>
        <source>Notizen (Ehrenamt)</source>
        <translation>Notes (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="110"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="111"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="112"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="113"/>
        <source>Hauptorganisation</source>
        <translation>Main organisation</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="45"/>
        <source>Netzwerke</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="50"/>
        <source>Netzwerk wählen</source>
        <translation>Choose network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="51"/>
        <source>&amp;Netzwerk:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="55"/>
        <source>Name des Netzwerks</source>
        <translation>Name of the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="57"/>
        <source>Kurzname des Netzwerks</source>
        <translation>Short name of the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="61"/>
        <source>Beschreibung des Netzwerks</source>
        <translation>Description of the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="63"/>
        <source>Gründungsdatum</source>
        <translation>Founding date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="65"/>
        <source>Koordinierende Organisation</source>
        <translation>Coordinating organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="70"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="71"/>
        <source>&amp;Kurzname:</source>
        <translation>Short nam&amp;e:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="72"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="73"/>
        <source>&amp;Gegründet am:</source>
        <translation>&amp;Founded on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="74"/>
        <source>Koo&amp;rdination:</source>
        <translation>Coo&amp;rdination:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="82"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="82"/>
        <source>Beitritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="82"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="84"/>
        <source>Mitglieder des Netzwerks</source>
        <translation>Members of the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="89"/>
        <source>auch &amp;ehemalige Mitglieder zeigen</source>
        <translation>show f&amp;ormer members too</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="90"/>
        <source>Ehemalige Mitglieder zeigen</source>
        <translation>Show former members</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="94"/>
        <source>Mitgliederliste e&amp;xportieren …</source>
        <translation>E&amp;xport member list …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="95"/>
        <source>Mitgliederliste mit Daten als CSV exportieren</source>
        <translation>Export the member list with dates as CSV</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="96"/>
        <source>Netzwerk &amp;löschen …</source>
        <translation>De&amp;lete network …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="97"/>
        <location filename="../../kidesk/ui/network_editor.py" line="299"/>
        <source>Netzwerk löschen</source>
        <translation>Delete network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="100"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="101"/>
        <location filename="../../kidesk/ui/network_editor.py" line="243"/>
        <location filename="../../kidesk/ui/network_editor.py" line="258"/>
        <source>Netzwerk speichern</source>
        <translation>Save network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="103"/>
        <source>Schl&amp;ießen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="104"/>
        <source>Fenster schließen</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="121"/>
        <source>Mitglieder (mit Beitritt und Austritt):</source>
        <translation>Members (with joining and leaving dates):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="162"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="218"/>
        <source>%1 aktuell</source>
        <translation>%1 now</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="218"/>
        <source>Mitglied</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="218"/>
        <source>Mitglieder</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="231"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="243"/>
        <source>„Gegründet am“ ist kein Datum (Beispiel: 27.02.2008).</source>
        <translation>&quot;Founded on&quot; is not a date (example: 27.02.2008).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="274"/>
        <location filename="../../kidesk/ui/network_editor.py" line="283"/>
        <location filename="../../kidesk/ui/network_editor.py" line="287"/>
        <source>Mitgliederliste exportieren</source>
        <translation>Export member list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="276"/>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="288"/>
        <source>%1 gespeichert: %2</source>
        <translation>%1 saved: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="288"/>
        <source>Zeile</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="288"/>
        <source>Zeilen</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="297"/>
        <source>Mit gelöscht werden: %1.</source>
        <translation>Also deleted: %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/network_editor.py" line="298"/>
        <source>Das Netzwerk „%1“ wirklich löschen? Die Organisationen bleiben.</source>
        <translation>Really delete the network &quot;%1&quot;? The organisations stay.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="78"/>
        <source>Logo</source>
        <extracomment>the user wants to enter a new contact working at this organisation</extracomment>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="84"/>
        <source>Logo der Organisation</source>
        <translation>Organisation logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="88"/>
        <source>Logo wählen oder ersetzen</source>
        <translation>Choose or replace logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="90"/>
        <source>Logo entfernen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="98"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="100"/>
        <source>Name der Organisation (Pflichtfeld)</source>
        <translation>Organisation name (required)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="102"/>
        <source>&amp;Kurzname:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="102"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="102"/>
        <source>z. B. Caritas</source>
        <translation>e.g. Caritas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="107"/>
        <source>Art der Organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="107"/>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="120"/>
        <source>Übergeordnete Organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="125"/>
        <source>Anschrift und Erreichbarkeit</source>
        <translation>Address and contact details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="127"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="128"/>
        <source>&amp;PLZ:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="128"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="129"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="129"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="130"/>
        <source>&amp;Land:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="130"/>
        <source>Ländercode</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="136"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="138"/>
        <source>z. B. 05221/13-0</source>
        <translation>e.g. 05221/13-0</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="140"/>
        <source>Fa&amp;x:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="140"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="141"/>
        <source>E-&amp;Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="141"/>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="142"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="145"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="150"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="153"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="156"/>
        <source>Personen in dieser Organisation</source>
        <translation>People in this organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="157"/>
        <source>Doppelklick oder Eingabetaste öffnet den Kontakt</source>
        <translation>Double-click or Enter opens the contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="161"/>
        <source>Neuen Kontakt in dieser Organisation anlegen</source>
        <translation>Create a new contact in this organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="164"/>
        <source>Untergeordnete Organisationen:</source>
        <translation>Subordinate organisations:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="167"/>
        <source>Untergeordnete Organisationen</source>
        <translation>Subordinate organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="175"/>
        <source>Netzwerke</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="179"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="179"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="179"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="474"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="527"/>
        <source>Beitritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="179"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="474"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="181"/>
        <source>Netzwerkmitgliedschaften</source>
        <translation>Network memberships</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="196"/>
        <source>Ne&amp;tzwerk:</source>
        <translation>Ne&amp;twork:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="198"/>
        <source>Netzwerk zum Aufnehmen</source>
        <translation>Network to join</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="203"/>
        <source>Beitrittsdatum</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="204"/>
        <source>Beitritt:</source>
        <translation>Joined:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="207"/>
        <source>Rolle, z. B. Projektgruppe</source>
        <translation>Role, e.g. project group</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="208"/>
        <source>Rolle im Netzwerk</source>
        <translation>Role in the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="209"/>
        <source>A&amp;ufnehmen</source>
        <translation>Add &amp;membership</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="210"/>
        <source>In das Netzwerk aufnehmen</source>
        <translation>Add to the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="248"/>
        <source>Wie&amp;derherstellen</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="249"/>
        <source>Organisation aus dem Archiv wiederherstellen</source>
        <translation>Restore the organisation from the archive</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="331"/>
        <source>Archiviert seit %1: nicht mehr in der Liste und in den Auswahllisten, aber bei allen bisherigen Einträgen.</source>
        <translation>Archived since %1: no longer in the list and the choice lists, but kept on every existing entry.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="516"/>
        <source>„%1“ ist schon eingetragen. Für einen Wiedereintritt bitte zuerst beim bisherigen Eintrag das Austrittsdatum eintragen.</source>
        <translation>&quot;%1&quot; is already listed. To record re-joining, first enter the leaving date of the existing entry.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="87"/>
        <source>Logo w&amp;ählen …</source>
        <translation>&amp;Choose logo …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="89"/>
        <source>Logo ent&amp;fernen</source>
        <translation>Remove lo&amp;go</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="118"/>
        <source>&amp;Übergeordnet:</source>
        <translation>Pa&amp;rent:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="127"/>
        <source>Stra&amp;ße:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="135"/>
        <source>T&amp;elefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="142"/>
        <source>Webs&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="160"/>
        <source>Neue Pe&amp;rson hier …</source>
        <translation>New &amp;person here …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="211"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="212"/>
        <source>Ausgewählte Mitgliedschaft entfernen</source>
        <translation>Remove selected membership</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="290"/>
        <source>Entf-Taste in der Liste</source>
        <translation>Del key in the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="298"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="352"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="355"/>
        <source>Bitte eine vorhandene Organisation als übergeordnete wählen.</source>
        <translation>Please choose an existing organisation as parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="357"/>
        <source>Eine Organisation kann nicht sich selbst übergeordnet sein.</source>
        <translation>An organisation cannot be its own parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="405"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="424"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="429"/>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="429"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="441"/>
        <source>Die Datei lässt sich nicht lesen: %s</source>
        <translation>The file cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="447"/>
        <source>Das Bild ist beschädigt und lässt sich nicht anzeigen.</source>
        <translation>The image is damaged and cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="480"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="527"/>
        <source>%s bei „%s“ ist kein Datum (Beispiel: 27.02.2008).</source>
        <translation>%s for “%s” is not a date (example: 27.02.2008).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="484"/>
        <source>Beim Netzwerk „%s“ liegt der Austritt vor dem Beitritt.</source>
        <translation>For the network “%s” the leaving date is before the joining date.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="507"/>
        <source>Es gibt noch kein Netzwerk. Bitte zuerst eines anlegen.</source>
        <translation>There is no network yet. Please create one first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="540"/>
        <source>Bitte zuerst eine Mitgliedschaft auswählen.</source>
        <translation>Please select a membership first.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="39"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="40"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="41"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="42"/>
        <source>Übergeordnet</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="43"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="54"/>
        <source>%1 (archiviert)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="43"/>
        <source>Name, Kurzname, Ort … (Strg+F)</source>
        <extracomment>enter a new contact affiliated with this organisation: (organisation id, name) organisations were added, renamed or deleted (other tabs refresh their choice lists)</extracomment>
        <translation>Name, short name, town … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="43"/>
        <source>Organisationen durchsuchen</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="47"/>
        <source>Nach Art filtern</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="48"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="54"/>
        <source>Nach Netzwerk filtern</source>
        <translation>Filter by network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="45"/>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="52"/>
        <source>Netzwerk:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="63"/>
        <source>auch ehemalige</source>
        <translation>former too</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="64"/>
        <source>Auch ehemalige Netzwerkmitglieder zeigen</source>
        <translation>Show former network members too</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="68"/>
        <source>Archi&amp;vierte anzeigen</source>
        <translation>Show archi&amp;ved</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="69"/>
        <source>Archivierte Organisationen anzeigen</source>
        <translation>Show archived organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="74"/>
        <source>Netzwerk anle&amp;gen …</source>
        <translation>New net&amp;work …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="75"/>
        <source>Neues Netzwerk anlegen</source>
        <translation>Create a new network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="76"/>
        <source>Net&amp;zwerke bearbeiten …</source>
        <translation>Edit net&amp;works …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="77"/>
        <source>Netzwerke bearbeiten: Name, Koordination, Mitglieder</source>
        <translation>Edit networks: name, coordination, members</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="84"/>
        <source>Liste der Partnerorganisationen</source>
        <translation>List of partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="87"/>
        <source>Neue Organisation anlegen</source>
        <translation>Create new organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="88"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="110"/>
        <source>Organisation speichern</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="89"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="111"/>
        <source>Organisation löschen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="112"/>
        <source>Organisation „%s“ gespeichert.</source>
        <translation>Organisation “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="113"/>
        <source>Die Organisation „%s“ wirklich löschen?</source>
        <translation>Really delete the organisation “%s”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="114"/>
        <source>Neue Organisation: Felder ausfüllen, dann mit Strg+S speichern.</source>
        <translation>New organisation: fill in the fields, then save with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="115"/>
        <source>%1 wirklich löschen?</source>
        <translation>Really delete %1?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="116"/>
        <source>%1 gelöscht.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="121"/>
        <source>Organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="121"/>
        <source>Organisationen</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="208"/>
        <source>Archivieren statt löschen (%1): die Organisation verschwindet aus der Liste und aus den Auswahllisten, bleibt aber bei allen Veranstaltungen, Personen und Netzwerken, auf Ausdrucken, Bescheinigungen und im Kalender. „Wiederherstellen“ holt sie zurück.</source>
        <translation>Archive instead of deleting (%1): the organisation disappears from the list and the choice lists but stays with all events, people and networks, on printouts, certificates and in the calendar. “Restore” brings it back.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="221"/>
        <source>Mit gelöscht werden: %1.</source>
        <translation>Also deleted: %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="232"/>
        <source>Organisation archivieren</source>
        <translation>Archive organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="238"/>
        <source>„%1“ archiviert. Zurückholen: „Archivierte anzeigen“, dann „Wiederherstellen“.</source>
        <translation>“%1” archived. To bring it back: “Show archived”, then “Restore”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="245"/>
        <source>%1 archiviert.</source>
        <translation>%1 archived.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="259"/>
        <source>Organisation wiederherstellen</source>
        <translation>Restore organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="264"/>
        <source>„%1“ wiederhergestellt.</source>
        <translation>“%1” restored.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="317"/>
        <source>Netzwerk „%1“ angelegt.</source>
        <translation>Network &quot;%1&quot; created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="325"/>
        <source>&amp;Archivieren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="328"/>
        <source>Endgültig &amp;löschen</source>
        <translation>&amp;Delete for good</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="331"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="333"/>
        <source>Archivieren statt löschen</source>
        <translation>Archive instead of deleting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="334"/>
        <source>Endgültig löschen, mit allem Genannten</source>
        <translation>Delete for good, with everything listed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="335"/>
        <source>Abbrechen, nichts ändern</source>
        <translation>Cancel, change nothing</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="139"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="171"/>
        <source>alle Netzwerke</source>
        <translation>all networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="295"/>
        <source>Für Organisationen gibt es keine Druckprodukte; Etiketten und Visitenkarten druckt der Reiter „Kontakte“.</source>
        <translation>There are no print products for organisations; labels and business cards are printed from the “Contacts” tab.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="305"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="312"/>
        <source>Netzwerk anlegen</source>
        <translation>Create network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="305"/>
        <source>&amp;Name des Netzwerks:</source>
        <translation>&amp;Name of the network:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="112"/>
        <source>&amp;Jahresbericht …</source>
        <extracomment>(kind, id): &quot;contact&quot; | &quot;organisation&quot; | &quot;event&quot; | &quot;volunteer&quot; the user asked for the annual report</extracomment>
        <translation>&amp;Annual report …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="113"/>
        <source>Jahresbericht öffnen</source>
        <translation>Open the annual report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="115"/>
        <source>A&amp;ktualisieren</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="116"/>
        <source>Übersicht neu laden</source>
        <translation>Reload the overview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="123"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="123"/>
        <location filename="../../kidesk/ui/overview_tab.py" line="255"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="123"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="123"/>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="125"/>
        <source>Nächste Veranstaltungen</source>
        <translation>Next events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="128"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="128"/>
        <source>Wer / welche Veranstaltung</source>
        <translation>Who / which event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="128"/>
        <source>fällig am</source>
        <translation>due on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="128"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="129"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="132"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="132"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="132"/>
        <source>geändert am</source>
        <translation>changed on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="132"/>
        <source>Zuletzt geändert</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="135"/>
        <source>&amp;Nächste Veranstaltungen</source>
        <translation>&amp;Next events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="136"/>
        <source>&amp;Fällig</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="137"/>
        <source>&amp;Zuletzt geändert</source>
        <translation>&amp;Recently changed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="147"/>
        <source>Enter oder Doppelklick öffnet den Datensatz.</source>
        <translation>Enter or a double-click opens the record.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="193"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="194"/>
        <source>Teilnahmen</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="195"/>
        <source>Erreichte Personen</source>
        <translation>People reached</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="196"/>
        <source>Geleistete Stunden</source>
        <translation>Hours given</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="197"/>
        <source>Aktive Ehrenamtliche</source>
        <translation>Active volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="198"/>
        <source>Führungszeugnis</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="199"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="200"/>
        <source>Einladungen</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="204"/>
        <source>%1 bisher:</source>
        <translation>%1 so far:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="225"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="230"/>
        <source>(ausgebucht)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="233"/>
        <source>(vorbei)</source>
        <translation>(passed)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="242"/>
        <source>noch niemand eingeladen</source>
        <translation>nobody invited yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="244"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="250"/>
        <source>&amp;Fällig (%1)</source>
        <translation>&amp;Due (%1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="253"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="254"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/overview_tab.py" line="256"/>
        <source>Ehrenamt</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="144"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="147"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="150"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="157"/>
        <location filename="../../kidesk/ui/print_preview.py" line="190"/>
        <source>Seite</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="161"/>
        <source> von %d </source>
        <translation> of %d </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="154"/>
        <source>Vorherige Seite (Bild auf)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="272"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="72"/>
        <source>Druckvorschau wird erstellt</source>
        <extracomment>the progress window appears only when laying out takes longer than this</extracomment>
        <translation>Preparing print preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="164"/>
        <source>Nächste Seite (Bild ab)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="168"/>
        <source>Verkleinern (Strg+Minus)</source>
        <translation>Zoom out (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="171"/>
        <source>Vergrößern (Strg+Plus)</source>
        <translation>Zoom in (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="173"/>
        <source>Seitenbreite</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="174"/>
        <source>Ganze Seite</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="175"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="178"/>
        <source>Status der Vorschau</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="186"/>
        <source>Das PDF lässt sich nicht anzeigen (leer oder beschädigt).</source>
        <translation>The PDF cannot be shown (empty or damaged).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="190"/>
        <source>Seiten</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="191"/>
        <source>%1. Gedruckt wird ohne Skalierung in Originalgröße.</source>
        <translation>%1. Printed at original size without scaling.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="201"/>
        <source>Angabe</source>
        <translation>entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="201"/>
        <source>Angaben</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="202"/>
        <source>%1 und weitere</source>
        <translation>%1 and more</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="203"/>
        <source>⚠ %1 gekürzt: %2</source>
        <translation>⚠ %1 shortened: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="272"/>
        <source>Seiten werden an den Drucker geschickt …</source>
        <translation>Sending pages to the printer …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="292"/>
        <location filename="../../kidesk/ui/print_preview.py" line="300"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="301"/>
        <source>Der Drucker lässt sich nicht öffnen. Bitte Drucker und Verbindung prüfen.</source>
        <translation>The printer cannot be opened. Please check the printer and its connection.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="304"/>
        <source>%d Seite(n) an den Drucker geschickt.</source>
        <translation>%d page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="310"/>
        <location filename="../../kidesk/ui/print_preview.py" line="320"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="310"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="322"/>
        <source>Gespeichert: %s</source>
        <translation>Saved: %s</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message>
        <location filename="../../kidesk/ui/common/plural_text.py" line="22"/>
        <source>de</source>
        <comment>language code of this translation (de, en …)</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>PrintProducts</name>
    <message>
        <location filename="../../kidesk/ui/print_products.py" line="27"/>
        <source>„%1“ wird gesetzt …</source>
        <translation>Laying out “%1” …</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="119"/>
        <source>Löschen nach Art. 17 DSGVO</source>
        <translation>Erasure under Art. 17 GDPR</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="124"/>
        <source>%1 gelöscht (Art. 17): %2</source>
        <translation>%1 erased (Art. 17): %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="133"/>
        <source>Ordner für die Auskunft wählen</source>
        <translation>Choose a folder for the access report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="143"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access report under Art. 15 GDPR</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="149"/>
        <source>Auskunft geschrieben: %1 und %2</source>
        <translation>Access report written: %1 and %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="162"/>
        <source>Kontakt %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="173"/>
        <location filename="../../kidesk/ui/privacy/actions.py" line="220"/>
        <source>&amp;Verlauf …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="177"/>
        <location filename="../../kidesk/ui/privacy/actions.py" line="225"/>
        <source>&amp;Einwilligungen …</source>
        <translation>&amp;Consents …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="181"/>
        <source>&amp;Auskunft nach Art. 15 (PDF und JSON) …</source>
        <translation>&amp;Access report under Art. 15 (PDF and JSON) …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="191"/>
        <source>&amp;Löschen nach Art. 17 …</source>
        <translation>&amp;Erase under Art. 17 …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="334"/>
        <source>Verzeichnis der Verarbeitungstätigkeiten speichern</source>
        <translation>Save the record of processing activities</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="335"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="346"/>
        <source>Verzeichnis der Verarbeitungstätigkeiten</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="363"/>
        <source>Benutzername an diesem Arbeitsplatz</source>
        <translation>User name at this workstation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="364"/>
        <source>Name für den Verlauf (leer: der Windows-/Linux-Benutzer):</source>
        <translation>Name for the history (empty: the Windows/Linux user):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="381"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="383"/>
        <source>&amp;Aufbewahrung prüfen …</source>
        <translation>&amp;Review retention …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="386"/>
        <source>&amp;Fehlende Einwilligungen …</source>
        <translation>&amp;Missing consents …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="390"/>
        <source>&amp;Löschregister …</source>
        <translation>&amp;Erasure register …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="393"/>
        <source>&amp;Verzeichnis der Verarbeitungstätigkeiten (PDF) …</source>
        <translation>Record of &amp;processing activities (PDF) …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="398"/>
        <source>&amp;Benutzername an diesem Arbeitsplatz …</source>
        <translation>&amp;User name at this workstation …</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="31"/>
        <source>Fortschritt in den Qualifizierungsreihen</source>
        <translation>Progress in the qualification series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="53"/>
        <source>Noch an keinem Modul einer Qualifizierungsreihe teilgenommen.</source>
        <translation>Has not attended any module of a qualification series yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="65"/>
        <source>Besucht: Module %1 · fehlt: %2 · nötig für die Bescheinigung: %3 von %4</source>
        <translation>Attended: modules %1 · missing: %2 · needed for the certificate: %3 of %4</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="73"/>
        <source>✓ Bescheinigung möglich</source>
        <translation>✓ certificate possible</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="73"/>
        <source>noch nicht vollständig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="74"/>
        <source>Bescheinigung drucken</source>
        <translation>Print certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="76"/>
        <source>Bescheinigung drucken: %1</source>
        <translation>Print certificate: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="93"/>
        <source>Bescheinigung</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="96"/>
        <source>Bescheinigung – %1</source>
        <translation>Certificate – %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="98"/>
        <source>Bescheinigung erstellt.</source>
        <translation>Certificate created.</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../kidesk/ui/common/progress.py" line="146"/>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/progress.py" line="147"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="30"/>
        <source>Zum Dankeschön-Fest einladen</source>
        <translation>Invite to the thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="34"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="35"/>
        <source>nur mit mindestens</source>
        <translation>only with at least</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="40"/>
        <source> Std. in %1</source>
        <translation> h in %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="42"/>
        <source>Mindeststunden in diesem Jahr</source>
        <translation>Minimum hours this year</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="46"/>
        <source>Alle aktiven Ehrenamtlichen kommen auf die Einladungsliste. Wer schon darauf steht, bleibt unverändert.</source>
        <translation>All active volunteers go on the invitation list. Whoever is on it already stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="52"/>
        <source>Einladen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="57"/>
        <source>&amp;Veranstaltung:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/recognition_dialog.py" line="66"/>
        <source>Es gibt keine geplante Veranstaltung, zu der eingeladen werden kann.</source>
        <translation>There is no planned event to invite to.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../kidesk/ui/common/record_editor.py" line="213"/>
        <source>Notizen</source>
        <extracomment>maximum length of each single-line text field, by field name</extracomment>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="173"/>
        <source>Anzahl gefundener Einträge</source>
        <translation>Number of entries found</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="193"/>
        <source>Neuen Eintrag anlegen</source>
        <translation>Create new entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="194"/>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="195"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="197"/>
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="165"/>
        <source>Suchen:</source>
        <extracomment>the tables the list shows; a change to them elsewhere reloads the list by itself</extracomment>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="192"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="196"/>
        <source>Ver&amp;werfen</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="198"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="199"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="449"/>
        <source>Änderungen verworfen.</source>
        <extracomment>after saving a record the filters hide, clear them (else the editor keeps it, unlisted)</extracomment>
        <translation>Changes discarded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="454"/>
        <source>Letzte Änderung rückgängig gemacht.</source>
        <translation>Last change undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="470"/>
        <source>Mit gelöscht werden: %s.</source>
        <translation>Deleted along with it: %s.</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="61"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="51"/>
        <source>„%s“ hat ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation>“%s” has unsaved changes. Save now?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="55"/>
        <source>Geändert: %s</source>
        <translation>Changed: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="76"/>
        <source>Das lässt sich nicht rückgängig machen.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="89"/>
        <source>Bitte zuerst korrigieren:</source>
        <translation>Please correct first:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="100"/>
        <source>Möglicherweise gibt es diese Person schon:</source>
        <translation>This person may already exist:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="102"/>
        <source>Trotzdem anlegen? „Öffnen“ zeigt stattdessen den vorhandenen Eintrag, „Abbrechen“ führt zurück zur Eingabe.</source>
        <translation>Create anyway? “Open” shows the existing entry instead, “Cancel” returns to the form.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="138"/>
        <source>Inzwischen geändert</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="140"/>
        <source>„%s“ wurde inzwischen an anderer Stelle geändert. Neu laden (Ihre Eingaben gehen verloren) oder mit Ihren Eingaben überschreiben?</source>
        <translation>“%s” has been changed elsewhere in the meantime. Reload it (your entries will be lost) or overwrite it with your entries?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="148"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="151"/>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="179"/>
        <source>%1 Zeilen aus „%2“.</source>
        <translation>%1 rows from “%2”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="181"/>
        <source>%1 davon anonym (gelöschte Personen, ohne Namen).</source>
        <translation>%1 of them anonymous (erased people, without names).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="185"/>
        <source>Datensätze hinter der Zahl</source>
        <translation>Records behind the number</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="199"/>
        <source>&amp;Öffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="200"/>
        <source>Ausgewählten Datensatz öffnen</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="202"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="203"/>
        <source>Liste schließen</source>
        <translation>Close the list</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="306"/>
        <source>Löschregister</source>
        <translation>Erasure register</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="311"/>
        <source>gelöscht am (UTC)</source>
        <translation>erased on (UTC)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="311"/>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="311"/>
        <source>Aktenzeichen</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="311"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="311"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="313"/>
        <source>Einträge des Löschregisters</source>
        <translation>Entries of the erasure register</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="324"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/actions.py" line="325"/>
        <source>Löschregister schließen</source>
        <translation>Close the erasure register</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="226"/>
        <location filename="../../kidesk/ui/report_view.py" line="294"/>
        <location filename="../../kidesk/ui/report_view.py" line="394"/>
        <source>Jahresbericht</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="234"/>
        <source>Berichtsjahr</source>
        <translation>Year of the report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="236"/>
        <source>Erster Tag des Zeitraums</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="238"/>
        <source>Letzter Tag des Zeitraums</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="240"/>
        <source>&amp;Jahr:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="241"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="242"/>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="248"/>
        <source>Be&amp;rechnen</source>
        <translation>Calc&amp;ulate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="249"/>
        <source>Bericht für den Zeitraum berechnen</source>
        <translation>Calculate the report for the period</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="259"/>
        <source>Teile des Berichts</source>
        <translation>Parts of the report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="263"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="264"/>
        <source>Bericht als PDF speichern</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="266"/>
        <source>Als E&amp;xcel speichern …</source>
        <translation>Save as E&amp;xcel …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="267"/>
        <source>Bericht als Excel-Arbeitsmappe speichern</source>
        <translation>Save the report as Excel workbook</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="269"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="270"/>
        <source>Bericht schließen</source>
        <translation>Close the report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="285"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="286"/>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="314"/>
        <location filename="../../kidesk/ui/report_view.py" line="350"/>
        <source>Klicken: die Datensätze dahinter anzeigen</source>
        <translation>Click: show the records behind it</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="331"/>
        <source>Tabellen des Berichts</source>
        <translation>Tables of the report</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="334"/>
        <source>Überblick</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="399"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="399"/>
        <source>Als Excel speichern</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="400"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/report_view.py" line="400"/>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="33"/>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="113"/>
        <source>Aufbewahrung prüfen</source>
        <translation>Review retention</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="40"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="40"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="40"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="40"/>
        <source>fällig seit</source>
        <translation>due since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="40"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="42"/>
        <source>Vorschläge der Aufbewahrungsregeln</source>
        <translation>Proposals of the retention rules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="46"/>
        <source>&amp;Aktenzeichen:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="49"/>
        <source>Aktenzeichen für das Löschregister</source>
        <translation>Reference for the erasure register</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="53"/>
        <source>Angekreuzte aus&amp;führen …</source>
        <translation>Carry out &amp;ticked …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="54"/>
        <source>Angekreuzte Vorschläge nach Rückfrage ausführen</source>
        <translation>Carry out the ticked proposals after confirmation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="63"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="64"/>
        <source>Prüfung schließen</source>
        <translation>Close the review</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="75"/>
        <source>%1 Vorschläge der Aufbewahrungsregeln. Nichts wird ohne Ihre Bestätigung gelöscht; was Sie ausführen, kommt ins Löschregister.</source>
        <translation>%1 proposals of the retention rules. Nothing is erased without your confirmation; what you carry out goes into the erasure register.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="81"/>
        <source>Keine Regel schlägt derzeit eine Löschung vor.</source>
        <translation>No rule proposes an erasure at the moment.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="108"/>
        <source>Bitte zuerst die Vorschläge ankreuzen, die ausgeführt werden sollen.</source>
        <translation>Please tick the proposals to carry out first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="115"/>
        <source>%1 Vorschläge endgültig ausführen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Carry out %1 proposals for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="121"/>
        <source>Endgültig &amp;ausführen</source>
        <translation>&amp;Carry out for good</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="122"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/privacy/review_dialog.py" line="132"/>
        <source>%1 Vorschläge ausgeführt und im Löschregister vermerkt.</source>
        <translation>%1 proposals carried out and recorded in the erasure register.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="351"/>
        <source>Veranstaltungsreihen</source>
        <translation>Event series</translation>
    </message>
</context>
<context>
    <name>SeriesEditor</name>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="217"/>
        <source>Neue Reihe</source>
        <translation>New series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="79"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="65"/>
        <source>Liste der Veranstaltungsreihen</source>
        <extracomment>the user wants the next module of this series planned (the events tab does it) a module was double-clicked: show that event</extracomment>
        <translation>List of event series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="66"/>
        <source>Re&amp;ihen:</source>
        <translation>Ser&amp;ies:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="68"/>
        <source>&amp;Neue Reihe</source>
        <translation>&amp;New series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="69"/>
        <source>Neue Reihe anlegen</source>
        <translation>Create a new series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="72"/>
        <source>Titel der Reihe</source>
        <translation>Title of the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="76"/>
        <source>Beschreibung der Reihe</source>
        <translation>Description of the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="80"/>
        <source>Zahl der Module</source>
        <translation>Number of modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="83"/>
        <source>alle Module</source>
        <translation>all modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="84"/>
        <source>Bescheinigung ab so vielen besuchten Modulen</source>
        <translation>Certificate from this many modules attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="85"/>
        <source>Reihe &amp;speichern</source>
        <translation>&amp;Save series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="86"/>
        <location filename="../../kidesk/ui/series_editor.py" line="337"/>
        <location filename="../../kidesk/ui/series_editor.py" line="340"/>
        <source>Reihe speichern</source>
        <translation>Save series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="87"/>
        <source>Nächstes &amp;Modul planen</source>
        <translation>Plan next &amp;module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="88"/>
        <source>Nächstes Modul der Reihe planen</source>
        <translation>Plan the next module of the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="89"/>
        <source>Reihe &amp;löschen …</source>
        <translation>De&amp;lete series …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="90"/>
        <location filename="../../kidesk/ui/series_editor.py" line="230"/>
        <location filename="../../kidesk/ui/series_editor.py" line="235"/>
        <source>Reihe löschen</source>
        <translation>Delete series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="94"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="97"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="102"/>
        <source>Besc&amp;heinigung ab</source>
        <translation>Certificate &amp;from</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="108"/>
        <source>Mo&amp;dule:</source>
        <translation>Mod&amp;ules:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="122"/>
        <source>Module der Reihe (Eingabetaste öffnet das Modul)</source>
        <translation>Modules of the series (Enter opens the module)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="134"/>
        <source>Teilnahme: Personen × Module</source>
        <translation>Attendance: people × modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="142"/>
        <source>Module der &amp;Reihe:</source>
        <translation>Modules of the se&amp;ries:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="170"/>
        <source>Eingabetaste oder Doppelklick öffnet das Modul</source>
        <translation>Enter or double-click opens the module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="228"/>
        <source>Dabei ändert sich: %1.</source>
        <translation>This changes: %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="229"/>
        <source>Die Reihe „%1“ wirklich löschen?</source>
        <translation>Really delete the series &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="287"/>
        <source>Alle Module sind geplant; für ein weiteres zuerst die Zahl der Module erhöhen.</source>
        <translation>All modules are planned; for another one, first raise the number of modules.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="92"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="106"/>
        <source>besuchten Modulen</source>
        <translation>modules attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="147"/>
        <source>Teilnahme: Ehrenamtliche × Module (✓ teilgenommen, – nicht erschienen/abgesagt)</source>
        <translation>Attendance: volunteers × modules (✓ attended, – no-show/cancelled)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="297"/>
        <source>%1 von %2 Personen erfüllen die Regel (mindestens %3 Module).</source>
        <translation>%1 of %2 people meet the rule (at least %3 modules).</translation>
    </message>
</context>
<context>
    <name>SeriesMatrixModel</name>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="38"/>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="40"/>
        <source>Für die Bescheinigung nötig: %1 Module</source>
        <translation>Needed for the certificate: %1 modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="44"/>
        <source>M%1
%2</source>
        <translation>M%1
%2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="73"/>
        <source>nicht eingeladen</source>
        <translation>not invited</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="439"/>
        <source>Datenbank-Server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="442"/>
        <source>Die Adresse gibt die IT vor, zum Beispiel: postgresql://kidesk@server.kreis.local/kidesk</source>
        <translation>Your IT department gives you the address, for example: postgresql://kidesk@server.kreis.local/kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="448"/>
        <source>Adresse des Datenbank-Servers</source>
        <translation>Address of the database server</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="452"/>
        <source>Passwort für den Datenbank-Server</source>
        <translation>Password for the database server</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="453"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="453"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="44"/>
        <source>Avery Zweckform C32011 (2 × 5, 85 × 54 mm)</source>
        <translation>Avery Zweckform C32011 (2 × 5, 85 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="45"/>
        <source>Zweckform 32015 (2 × 4, 85 × 54 mm)</source>
        <translation>Zweckform 32015 (2 × 4, 85 × 54 mm)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="46"/>
        <source>A4 mit Schnittmarken</source>
        <translation>A4 with crop marks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="49"/>
        <source>Zweckform 3474 (3 × 8, 70 × 37 mm)</source>
        <translation>Zweckform 3474 (3 × 8, 70 × 37 mm)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="50"/>
        <source>Zweckform 3475 (3 × 8, 70 × 36 mm)</source>
        <translation>Zweckform 3475 (3 × 8, 70 × 36 mm)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="51"/>
        <source>Zweckform 3477 (2 × 7, 105 × 41 mm)</source>
        <translation>Zweckform 3477 (2 × 7, 105 × 41 mm)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="59"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="70"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="73"/>
        <source>Eigene Organisation</source>
        <translation>Own organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="75"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="78"/>
        <source>Name, Anschrift und Logo werden im Reiter „Partnerorganisationen“ gepflegt.</source>
        <translation>Name, address and logo are edited in the “Partner organisations” tab.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="82"/>
        <source>Absender für Briefe</source>
        <translation>Sender of letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="83"/>
        <source>&amp;Briefabsender:</source>
        <translation>Letter &amp;sender:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="87"/>
        <source>Mein eigener Absender für Briefe</source>
        <translation>My own letter sender</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="88"/>
        <source>&amp;Mein Absender:</source>
        <translation>&amp;My sender:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="93"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="96"/>
        <source>Vorlage für Visitenkarten</source>
        <translation>Template for business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="99"/>
        <source>&amp;Visitenkarten:</source>
        <translation>&amp;Business cards:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="103"/>
        <source>Vorlage für Adressetiketten</source>
        <translation>Template for address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="106"/>
        <source>&amp;Adressetiketten:</source>
        <translation>&amp;Address labels:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="111"/>
        <source>Druckerkalibrierung</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="114"/>
        <source>Vorlage für die Kalibrierung</source>
        <translation>Template to calibrate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="117"/>
        <source>Vorla&amp;ge:</source>
        <translation>Tem&amp;plate:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="121"/>
        <source>Verschiebung nach rechts in Millimetern</source>
        <translation>Shift to the right in millimetres</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="122"/>
        <source>Verschiebung nach unten in Millimetern</source>
        <translation>Shift down in millimetres</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="123"/>
        <source>nach &amp;rechts:</source>
        <translation>&amp;right:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="125"/>
        <source>nach &amp;unten:</source>
        <translation>&amp;down:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="133"/>
        <source>Verschiebung:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="134"/>
        <source>&amp;Testblatt drucken …</source>
        <translation>Print &amp;test sheet …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="135"/>
        <source>Testblatt für die gewählte Vorlage drucken</source>
        <translation>Print a test sheet for the chosen template</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="138"/>
        <source>Das Testblatt zeigt Rahmen und Maße der Vorlage mit dieser Verschiebung; gespeichert wird sie erst mit OK. Die Verschiebung bewegt den Druck um genau diesen Betrag: liegt der Druck 2 mm zu weit rechts, hier −2 mm eintragen (die Gegenrichtung), zu weit links +2 mm.</source>
        <translation>The test sheet shows the frames and measures of the template with this offset; it is stored only with OK. The offset moves the print by exactly this amount: if the print is 2 mm too far right, enter −2 mm here (the opposite direction), if too far left +2 mm.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="151"/>
        <source>Fristen im Ehrenamt</source>
        <translation>Volunteer periods</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="154"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="160"/>
        <source> Monate</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="154"/>
        <source>Einwilligung erneuern nach Monaten</source>
        <translation>Renew consent after months</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="157"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="157"/>
        <source>Führungszeugnis erneut fällig nach Jahren</source>
        <translation>Police certificate due again after years</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="160"/>
        <source>Als inaktiv vorschlagen nach Monaten</source>
        <translation>Suggest as inactive after months</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="163"/>
        <source>Einwilligung &amp;erneuern nach:</source>
        <translation>R&amp;enew consent after:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="164"/>
        <source>Führungs&amp;zeugnis fällig nach:</source>
        <translation>Police certificate due after (&amp;z):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="165"/>
        <source>&amp;Inaktiv nach:</source>
        <translation>&amp;Inactive after:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="192"/>
        <source>&amp;Datenbank-Server …</source>
        <translation>&amp;Database server …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="194"/>
        <source>Datenbank auf einem Server wählen (ab dem nächsten Start)</source>
        <translation>Choose a database on a server (from the next start)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="215"/>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="277"/>
        <source>– wie der Briefabsender für alle –</source>
        <translation>– same as the sender for everyone –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="284"/>
        <source>Gilt nur für Briefe und Bescheinigungen, die %1 druckt.</source>
        <translation>Applies only to letters and certificates printed by %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="343"/>
        <source>Testblatt %1</source>
        <translation>Test sheet %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="353"/>
        <source>Ab dem nächsten Start: %1</source>
        <translation>From the next start: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="367"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="372"/>
        <source>Datenbank-Server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="373"/>
        <source>Verbindung geprüft. Ab dem nächsten Start arbeitet kidesk mit %1.</source>
        <translation>Connection checked. From the next start kidesk works with %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="381"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="390"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="395"/>
        <source>Datenbank wählen</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="383"/>
        <source>kidesk-Datenbanken (*.sqlite *.kidesk);;Alle Dateien (*)</source>
        <translation>kidesk databases (*.sqlite *.kidesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="396"/>
        <source>Ab dem nächsten Start arbeitet kidesk mit %1.</source>
        <translation>From the next start kidesk works with %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="403"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="410"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="415"/>
        <source>Datenbank verschieben</source>
        <translation>Move database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="403"/>
        <source>kidesk-Datenbank (*.sqlite)</source>
        <translation>kidesk database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="418"/>
        <source>Die Datenbank ist nach %1 kopiert; ab dem nächsten Start arbeitet kidesk dort. Die bisherige Datei %2 bleibt als Rückfall liegen – bitte erst löschen, wenn alles läuft. Bitte kidesk jetzt beenden, damit keine Änderung mehr in die alte Datei geht.</source>
        <translation>The database has been copied to %1; from the next start kidesk works there. The previous file %2 stays as a fallback – delete it only once everything works. Please quit kidesk now so that no change goes into the old file.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="172"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="176"/>
        <source>Ort der Datenbank</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="178"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="179"/>
        <source>Ordner der Datenbank öffnen</source>
        <translation>Open the database folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="186"/>
        <source>Andere &amp;wählen …</source>
        <translation>Choose &amp;another …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="187"/>
        <source>Andere Datenbank wählen (ab dem nächsten Start)</source>
        <translation>Choose another database (from the next start)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="188"/>
        <source>Vers&amp;chieben …</source>
        <translation>Mo&amp;ve …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="189"/>
        <source>Datenbank an einen anderen Ort kopieren und dort nutzen</source>
        <translation>Copy the database to another place and use it there</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="209"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="212"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="219"/>
        <source>(wirkt beim nächsten Start)</source>
        <translation>(takes effect at the next start)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="236"/>
        <source>Letzte Sicherung: keine</source>
        <translation>Last backup: none</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="237"/>
        <source>Letzte Sicherung: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="266"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="271"/>
        <source>– nicht festgelegt –</source>
        <translation>– not set –</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="104"/>
        <source>⚠ Keine Foto-Einwilligung</source>
        <extracomment>the date fields: state key, widget attribute, profile field a record was loaded (or the editor emptied): the tab shows its hours and progress</extracomment>
        <translation>⚠ No photo consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="105"/>
        <source>Nicht fotografieren, keine Fotos veröffentlichen.</source>
        <translation>Do not photograph, do not publish photos.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="109"/>
        <source>Hinweis: keine Foto-Einwilligung</source>
        <translation>Note: no photo consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="110"/>
        <source>Keine Weitergabe an Partner</source>
        <translation>Not to be shared with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="126"/>
        <source>z. B. Di/Do nachmittags</source>
        <translation>e.g. Tue/Thu afternoons</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="134"/>
        <source>weitere Bereiche, mit Komma getrennt</source>
        <translation>further areas, separated by commas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="142"/>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="290"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="142"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="151"/>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="153"/>
        <source>Sprache hinzufügen</source>
        <translation>Add language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="152"/>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="154"/>
        <source>Sprache entfernen</source>
        <translation>Remove language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="160"/>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="161"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="162"/>
        <source>Weitergabe an Partnerorganisationen</source>
        <translation>Sharing with partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="177"/>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="438"/>
        <source>Aktiv seit</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="178"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="179"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="180"/>
        <source>Einsatzbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="181"/>
        <source>Weitere Einsatzbereiche</source>
        <translation>Further engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="182"/>
        <source>Sprachen mit Niveau</source>
        <translation>Languages with level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="183"/>
        <source>Vereinbarung unterschrieben am</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="184"/>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="185"/>
        <source>Einwilligung Fotos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="186"/>
        <source>Einwilligung Newsletter</source>
        <translation>Consent to newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="187"/>
        <source>Einwilligung Weitergabe an Partnerorganisationen</source>
        <translation>Consent to sharing with partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="188"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate inspected on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="189"/>
        <source>Führungszeugnis wieder fällig am</source>
        <translation>Police certificate due again on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="190"/>
        <source>Führungszeugnis ausgestellt am</source>
        <translation>Police certificate issued on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="191"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="224"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="239"/>
        <source>Vereinbarung und Einwilligung</source>
        <translation>Agreement and consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="247"/>
        <source>Zwecke:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="249"/>
        <source>Erweitertes Führungszeugnis (nur Daten, kein Dokument)</source>
        <translation>Extended police certificate (dates only, no document)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="251"/>
        <source>&amp;Eingesehen am:</source>
        <translation>Inspec&amp;ted on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="253"/>
        <source>&amp;Wieder fällig am:</source>
        <translation>&amp;Due again on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="293"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="297"/>
        <source>Sprachniveau</source>
        <translation>Language level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="443"/>
        <source>Führungszeugnis ausgestellt</source>
        <translation>Police certificate issued</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="505"/>
        <source>Datum bitte als TT.MM.JJJJ eingeben.</source>
        <translation>Please enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="510"/>
        <source>Ohne eigenes Datum fällig am %1 (eingesehen + 5 Jahre).</source>
        <translation>Without a date of its own, due on %1 (inspected + 5 years).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="513"/>
        <source>Noch kein Führungszeugnis eingesehen.</source>
        <translation>No police certificate inspected yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="529"/>
        <source>Achtung: Das Führungszeugnis ist nach der Einsichtnahme ausgestellt – bitte die Daten prüfen.</source>
        <translation>Caution: the police certificate is dated after the inspection – please check the dates.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="534"/>
        <source>Achtung: Das Führungszeugnis (ausgestellt am %1) war bei der Einsichtnahme älter als drei Monate. § 72a SGB VIII verlangt ein aktuelles Zeugnis.</source>
        <translation>Caution: the police certificate (issued on %1) was more than three months old at the inspection. § 72a SGB VIII requires a recent certificate.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="439"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="222"/>
        <source>Stat&amp;us:</source>
        <extracomment>the widget to focus for a problem, by the field name a ValidationError carries</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="223"/>
        <source>Akt&amp;iv seit:</source>
        <translation>Act&amp;ive since:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="225"/>
        <source>Verf&amp;ügbarkeit:</source>
        <translation>Availabilit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="226"/>
        <source>Einsat&amp;zbereiche:</source>
        <translation>Engagement areas (&amp;z):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="235"/>
        <source>Sp&amp;rachen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="241"/>
        <source>Vereinbarung unterschrieben a&amp;m:</source>
        <translation>Agreement signed on (&amp;m):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="242"/>
        <source>Einwilli&amp;gung erteilt am:</source>
        <translation>Consent &amp;given on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="252"/>
        <source>Ausgeste&amp;llt am:</source>
        <translation>Issued o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="263"/>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="440"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="441"/>
        <source>Führungszeugnis eingesehen</source>
        <translation>Police certificate inspected</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="442"/>
        <source>Führungszeugnis fällig</source>
        <translation>Police certificate due</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="40"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="41"/>
        <source>Einsatzbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="42"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="43"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="44"/>
        <source>Führungszeugnis fällig</source>
        <translation>Police certificate due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="45"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="46"/>
        <source>Was ist fällig</source>
        <translation>What is due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="47"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="48"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="49"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="51"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="52"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="53"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="56"/>
        <source>Keine Einwilligung für Fotos: nicht fotografieren, keine Fotos veröffentlichen.</source>
        <translation>No consent to photos: do not photograph, do not publish photos.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="62"/>
        <source>Keine Einwilligung zur Weitergabe an Partnerorganisationen.</source>
        <translation>No consent to sharing details with partner organisations.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="64"/>
        <source>Stunden %1</source>
        <translation>Hours %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="65"/>
        <source>✗ keine Einwilligung</source>
        <translation>✗ no consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="66"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="79"/>
        <source>Name suchen…</source>
        <translation>Search name…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="82"/>
        <source>alle Status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="84"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="86"/>
        <source>alle Einsatzbereiche</source>
        <translation>all areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="89"/>
        <source>alle Sprachen</source>
        <translation>all languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="91"/>
        <source>jede Qualifizierung</source>
        <translation>any qualification</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="93"/>
        <source>begonnen</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="94"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="95"/>
        <source>noch unvollständig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="79"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="80"/>
        <source>Name suchen</source>
        <translation>Search name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="98"/>
        <source>Filter Status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="99"/>
        <source>Filter Kommune</source>
        <translation>Filter municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="100"/>
        <source>Filter Einsatzbereich</source>
        <translation>Filter area</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="101"/>
        <source>Filter Sprache</source>
        <translation>Filter language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="102"/>
        <source>Filter Qualifizierungsreihe</source>
        <translation>Filter qualification series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="103"/>
        <source>Filter Fortschritt in der Reihe</source>
        <translation>Filter progress in the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="124"/>
        <source>Liste der Ehrenamtlichen</source>
        <translation>List of volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="134"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="135"/>
        <source>Einen vorhandenen Kontakt als Ehrenamtliche/n erfassen (Strg+N)</source>
        <translation>Record an existing contact as a volunteer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="136"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="137"/>
        <source>&amp;Verwerfen</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="149"/>
        <source>&amp;Profil</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="150"/>
        <source>S&amp;tunden</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="151"/>
        <source>&amp;Qualifizierung</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="163"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="164"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="205"/>
        <source>Ehrenamtsprofil speichern</source>
        <translation>Save volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="217"/>
        <source>%1 Ehrenamtliche</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="349"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="207"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="350"/>
        <source>Ehrenamtsprofil gespeichert.</source>
        <translation>Volunteer profile saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="119"/>
        <source>Zum Dankeschön-&amp;Fest einladen…</source>
        <translation>Invite to the thank-you &amp;festivity…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="206"/>
        <source>Ehrenamtsprofil löschen</source>
        <translation>Delete volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="210"/>
        <source>Das Ehrenamtsprofil von %1 mit allen erfassten Stunden löschen? Der Kontakt selbst bleibt erhalten.</source>
        <translation>Delete the volunteer profile of %1 with all recorded hours? The contact itself stays.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="215"/>
        <source>%1 Ehrenamtsprofile löschen?</source>
        <translation>Delete %1 volunteer profiles?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="216"/>
        <source>Ehrenamtsprofil von %1 gelöscht.</source>
        <translation>Volunteer profile of %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="402"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="409"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="418"/>
        <source>Neue/r Ehrenamtliche/r</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="404"/>
        <source>Alle Kontakte sind bereits als Ehrenamtliche erfasst. Bitte zuerst im Reiter Kontakte die Person anlegen.</source>
        <translation>All contacts are already recorded as volunteers. Please create the person in the Contacts tab first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="409"/>
        <source>Kontakt:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="421"/>
        <source>Ehrenamtsprofil angelegt.</source>
        <translation>Volunteer profile created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="436"/>
        <source>Fällig (%1)</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="472"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="481"/>
        <source>Zum Dankeschön-Fest einladen</source>
        <extracomment>the sub-tab an item of the due list belongs to (profile fields or the hours)</extracomment>
        <translation>Invite to the thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="475"/>
        <source>%1 Ehrenamtliche eingeladen; %2 standen schon auf der Liste.</source>
        <translation>%1 volunteers invited; %2 were on the list already.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="480"/>
        <source>%1 hatten weniger Stunden als verlangt.</source>
        <translation>%1 had fewer hours than required.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="14"/>
        <source>Sicherungen gibt es nur für Datenbankdateien (SQLite), nicht für eine Server-Datenbank.</source>
        <translation>Backups exist only for database files (SQLite), not for a server database.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="15"/>
        <source>Anzahl der aufzubewahrenden Sicherungen: bitte Zahlen von 0 bis 1000 angeben.</source>
        <translation>Number of backups to keep: please give numbers from 0 to 1000.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="16"/>
        <source>Mindestens eine tägliche Sicherung muss aufbewahrt werden.</source>
        <translation>At least one daily backup must be kept.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="17"/>
        <source>Die Sicherung ist die Datenbank selbst; bitte eine Datei aus dem Sicherungsordner wählen.</source>
        <translation>The backup is the database itself; please choose a file from the backup folder.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="18"/>
        <source>Der zweite Sicherungsordner muss ein anderer Ordner sein als der übliche.</source>
        <translation>The second backup folder must be a different folder from the usual one.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="19"/>
        <source>Die Sicherung konnte nicht geschrieben werden: %1.</source>
        <translation>The backup could not be written: %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="20"/>
        <source>Die Sicherung %1 gibt es nicht oder sie ist nicht lesbar (%2).</source>
        <translation>The backup %1 does not exist or cannot be read (%2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="21"/>
        <source>Die Sicherung %1 wird nicht zurückgespielt: %2.</source>
        <translation>The backup %1 is not restored: %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="22"/>
        <source>Die Sicherung %1 stammt von einer neueren kidesk-Version (Schema %2).</source>
        <translation>The backup %1 comes from a newer kidesk version (schema %2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="23"/>
        <source>%1. Die Datenbank ist unverändert (alles oder nichts).</source>
        <translation>%1. The database is unchanged (all or nothing).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="24"/>
        <source>Es gibt keine kommenden Veranstaltungen zum Exportieren.</source>
        <translation>There are no upcoming events to export.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="25"/>
        <source>Unbekannte Liste „%1“. Möglich: %2.</source>
        <translation>Unknown list “%1”. Possible: %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="26"/>
        <source>Für die Teilnehmerliste bitte eine Veranstaltung angeben (--event ID).</source>
        <translation>For the participant list please name an event (--event ID).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="27"/>
        <source>Eine Veranstaltung mit der ID %1 gibt es nicht. &apos;kidesk list events&apos; zeigt alle.</source>
        <translation>There is no event with the ID %1. &apos;kidesk list events&apos; shows them all.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="28"/>
        <source>Das Format für %1 ist unklar. Bitte als Endung .csv, .xlsx oder .vcf wählen (oder --format).</source>
        <translation>The format for %1 is unclear. Please use the ending .csv, .xlsx or .vcf (or --format).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="29"/>
        <source>Unbekanntes Format „%1“. Möglich: %2.</source>
        <translation>Unknown format “%1”. Possible: %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="30"/>
        <source>%1 %2 (%3) kann nicht gespeichert werden (%4). Gespeichert sind %5; ab %6 %7 wurde nichts gespeichert, keine Zeile halb.</source>
        <translation>%1 %2 (%3) cannot be saved (%4). Saved are %5; from %6 %7 on nothing was saved, no row half.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="31"/>
        <source>Import abgebrochen – gespeichert sind %1 (bis %2 %3); ab %4 %5 wurde nichts gespeichert. Derselbe Import ergänzt später den Rest.</source>
        <translation>Import stopped – saved are %1 (up to %2 %3); from %4 %5 on nothing was saved. The same import adds the rest later.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="32"/>
        <source>In der Kopfzeile ist keine bekannte Namensspalte (gefunden: %1). Bitte im Zuordnungsdialog eine Spalte „Nachname“ oder „Name“ zuordnen oder die Kopfzeile anpassen.</source>
        <translation>The header row has no known name column (found: %1). Please assign a column “Last name” or “Name” in the mapping dialog or adjust the header row.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="33"/>
        <source>Die Datei enthält nur eine Kopfzeile und keine Adressen.</source>
        <translation>The file contains only a header row and no addresses.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="34"/>
        <source>Keine Adresse der Datei ist lesbar. %1</source>
        <translation>No address in the file is readable. %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="35"/>
        <source>Die Datei enthält keine vCard-Karte mit Angaben.</source>
        <translation>The file contains no vCard with details.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="36"/>
        <source>%1: das alte Excel-Format (.xls) wird nicht gelesen. Bitte in Excel als .xlsx speichern.</source>
        <translation>%1: the old Excel format (.xls) is not read. Please save it as .xlsx in Excel.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="37"/>
        <source>%1: unbekanntes Dateiformat „%2“. Bitte csv, xlsx oder vcf angeben (--format).</source>
        <translation>%1: unknown file format “%2”. Please give csv, xlsx or vcf (--format).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="38"/>
        <source>Unbekanntes Format „%1“. Möglich sind: %2.</source>
        <translation>Unknown format “%1”. Possible are: %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="39"/>
        <source>%1 enthält keine Daten (nur leere Zeilen).</source>
        <translation>%1 contains no data (only empty rows).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="40"/>
        <source>Die Datei %1 gibt es nicht. Bitte den Pfad prüfen.</source>
        <translation>The file %1 does not exist. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="41"/>
        <source>%1 ist ein Ordner, keine Datei.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="42"/>
        <source>%1 kann nicht gelesen werden (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="43"/>
        <source>Import abgebrochen – die Datenbank ist unverändert.</source>
        <translation>Import cancelled – the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="44"/>
        <source>%1 ist leer. Bitte eine vCard-Datei mit Karten wählen.</source>
        <translation>%1 is empty. Please choose a vCard file with cards.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="45"/>
        <source>%1 ist keine vCard-Datei (keine Zeile „BEGIN:VCARD“).</source>
        <translation>%1 is not a vCard file (no line “BEGIN:VCARD”).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="46"/>
        <source>Unbekannte Anrede „%1“.</source>
        <translation>Unknown salutation “%1”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="47"/>
        <source>%1 kann so nicht gespeichert werden: %2</source>
        <translation>%1 cannot be saved like this: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="48"/>
        <source>Die Organisation „%1“ gibt es nicht mehr. Bitte die Zuordnung entfernen.</source>
        <translation>The organisation “%1” no longer exists. Please remove the assignment.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="49"/>
        <source>Die Organisation „%1“ ist doppelt zugeordnet.</source>
        <translation>The organisation “%1” is assigned twice.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="50"/>
        <source>Bei einer Zuordnung liegt das Ende vor dem Beginn.</source>
        <translation>In one assignment the end is before the start.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="51"/>
        <source>%1 wurde inzwischen an einem anderen Arbeitsplatz geändert oder gelöscht. Bitte den Datensatz neu laden und die Änderungen erneut eingeben.</source>
        <translation>%1 has meanwhile been changed or deleted at another workstation. Please reload the record and enter your changes again.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="52"/>
        <source>Quelle und Ziel sind dieselbe Datenbank. Bitte ein anderes Ziel angeben.</source>
        <translation>Source and target are the same database. Please choose another target.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="53"/>
        <source>Die Ziel-Datenbank %1 ist nicht leer (%2). Kopiert wird nur in eine leere Datenbank; mit --force werden ihre Zeilen vorher gelöscht.</source>
        <translation>The target database %1 is not empty (%2). Copies go only into an empty database; with --force its rows are deleted first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="54"/>
        <source>Die Kopie stimmt nicht mit der Quelle überein (Tabelle %1); es wurde nichts gespeichert.</source>
        <translation>The copy does not match the source (table %1); nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="55"/>
        <source>%1 ist keine CSV-Datei, sondern eine Excel-(XLSX-) oder ZIP-Datei. Bitte als Excel-Datei importieren (Format xlsx).</source>
        <translation>%1 is not a CSV file but an Excel (XLSX) or ZIP file. Please import it as an Excel file (format xlsx).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="56"/>
        <source>%1 ist eine Datei im alten Excel-Format (.xls). Bitte in Excel als .xlsx oder CSV speichern.</source>
        <translation>%1 is a file in the old Excel format (.xls). Please save it as .xlsx or CSV in Excel.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="57"/>
        <source>%1 ist eine PDF-Datei, keine Adressliste.</source>
        <translation>%1 is a PDF file, not an address list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="58"/>
        <source>%1 enthält Binärdaten (keine Textdatei). Bitte eine CSV-Datei (Text) oder eine Excel-Datei wählen.</source>
        <translation>%1 contains binary data (not a text file). Please choose a CSV file (text) or an Excel file.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="59"/>
        <source>%1 ist leer. Bitte eine Datei mit einer Kopfzeile und Adressen wählen.</source>
        <translation>%1 is empty. Please choose a file with a header row and addresses.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="60"/>
        <source>%1 ist als UTF-16 markiert, aber beschädigt (%2).</source>
        <translation>%1 is marked as UTF-16 but damaged (%2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="61"/>
        <source>%1 kann ab Zeile %2 nicht gelesen werden (%3).</source>
        <translation>%1 cannot be read from line %2 on (%3).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="62"/>
        <source>%1 ist keine Datei. Bitte eine vorhandene kidesk-Datenbank wählen.</source>
        <translation>%1 is not a file. Please choose an existing kidesk database.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="63"/>
        <source>Das ist keine Server-Adresse. Bitte so angeben: postgresql://BENUTZER@SERVER/DATENBANK</source>
        <translation>This is not a server address. Please write it as postgresql://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="64"/>
        <source>In der Server-Adresse fehlt der Name der Datenbank (…/DATENBANK am Ende).</source>
        <translation>The server address lacks the database name (…/DATABASE at the end).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="65"/>
        <source>Diese Datenbank ist keine Datei und lässt sich nicht verschieben.</source>
        <translation>This database is not a file and cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="66"/>
        <source>%1 gibt es schon. Bitte einen neuen Dateinamen wählen; nichts wird überschrieben.</source>
        <translation>%1 already exists. Please choose a new file name; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="67"/>
        <source>Den Ordner %1 gibt es nicht. Bitte einen vorhandenen Ordner wählen.</source>
        <translation>The folder %1 does not exist. Please choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="68"/>
        <source>Im Ordner %1 darf kidesk nicht schreiben. Bitte einen anderen wählen.</source>
        <translation>kidesk may not write in the folder %1. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="69"/>
        <source>Die Wahl lässt sich nicht speichern (%1).</source>
        <translation>The choice cannot be saved (%1).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="70"/>
        <source>Die Kopie nach %1 ist fehlgeschlagen (%2).</source>
        <translation>Copying to %1 failed (%2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="71"/>
        <source>Die Wahl lässt sich nicht zurücksetzen (%1).</source>
        <translation>The choice cannot be reset (%1).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="72"/>
        <source>Die Datenbank %1 enthält schon Kontakte; Demo-Daten kommen nur in eine leere Datenbank. Bitte eine neue Datei angeben, z. B. kidesk --db demo.sqlite demo.</source>
        <translation>The database %1 already contains contacts; demo data only go into an empty database. Please give a new file, e.g. kidesk --db demo.sqlite demo.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="73"/>
        <source>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>A contact cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="74"/>
        <source>Den Kontakt mit der ID %1 gibt es nicht (mehr). Bitte die Liste neu laden.</source>
        <translation>The contact with the ID %1 does not exist (any more). Please reload the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="75"/>
        <source>Die Zusammenführung kann nicht mehr rückgängig gemacht werden: der Kontakt wurde inzwischen geändert.</source>
        <translation>The merge can no longer be undone: the contact has been changed since.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="76"/>
        <source>Bei „%1“ läge das Ende vor dem Beginn. Bitte „von“ und „bis“ passend wählen.</source>
        <translation>For “%1” the end would be before the start. Please choose “from” and “to” accordingly.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="77"/>
        <source>%1 wurde inzwischen an einem anderen Arbeitsplatz geändert. Bitte den Datensatz neu laden, die eigenen Änderungen erneut eingeben und dann speichern.</source>
        <translation>%1 has been changed at another workstation in the meantime. Please reload the record, enter your changes again and then save.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="78"/>
        <source>Diese Datenbank ist selbst ein Veranstaltungspaket; übernommen wird in die Büro-Datenbank.</source>
        <translation>This database is itself an event pack; packs are brought back into the office database.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="79"/>
        <source>Das Paket „%1“ stammt aus einer anderen Datenbank (%2). Bitte in die Datenbank übernehmen, aus der es erstellt wurde.</source>
        <translation>The pack “%1” comes from another database (%2). Please bring it back into the database it was made from.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="80"/>
        <source>Die Veranstaltung „%1“ (ID %2) gibt es im Büro nicht mehr; das Paket kann nicht übernommen werden.</source>
        <translation>The event “%1” (ID %2) no longer exists in the office database; the pack cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="81"/>
        <source>Im Paket gibt es keinen neu erfassten Gast mit der ID %1; --link gilt nur für Gäste ohne Anmeldung.</source>
        <translation>The pack has no walk-in guest with ID %1; --link only applies to guests who were not registered.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="82"/>
        <source>%1 ist kein Veranstaltungspaket (es fehlt die Paketbeschreibung).</source>
        <translation>%1 is not an event pack (its pack description is missing).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="83"/>
        <source>Einen Kontakt mit der ID %1 gibt es im Büro nicht (--link %2=%3).</source>
        <translation>There is no contact with ID %1 in the office database (--link %2=%3).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="84"/>
        <source>%1 Es wurde nichts übernommen; bitte noch einmal übernehmen.</source>
        <translation>%1 Nothing was brought back; please try again.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="85"/>
        <source>„%1“ ist der Name einer Datenbankdatei; ein Veranstaltungspaket bekommt die Endung %2 (z. B. veranstaltung%3), damit es nie eine Datenbank überschreibt.</source>
        <translation>“%1” is the name of a database file; an event pack gets the extension %2 (e.g. event%3) so that it never overwrites a database.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="86"/>
        <source>Diese Datenbank ist selbst ein Veranstaltungspaket. Pakete werden nur aus der Büro-Datenbank erstellt.</source>
        <translation>This database is itself an event pack. Packs are made only from the office database.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="87"/>
        <source>Unbekannter Teilnahmestatus: %1</source>
        <translation>Unknown participation status: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="88"/>
        <source>„%1“ findet erst am %2 statt. Einchecken geht ab dem Veranstaltungstag.</source>
        <translation>“%1” only takes place on %2. Check-in is possible from the day of the event.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="89"/>
        <source>Ein leerer Name kann nicht eingecheckt werden.</source>
        <translation>An empty name cannot be checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="90"/>
        <source>„%1“ steht nicht auf der Liste von „%2“. Bitte die Schreibweise prüfen oder als Gast ohne Anmeldung erfassen.</source>
        <translation>“%1” is not on the list of “%2”. Please check the spelling or record them as a guest without registration.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="91"/>
        <source>„%1“ passt auf mehrere Personen (%2). Bitte den vollen Namen angeben.</source>
        <translation>“%1” fits several people (%2). Please give the full name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="92"/>
        <source>„%1“ gibt es so nicht, aber ähnlich: %2. Bitte eine davon wählen oder bestätigen, dass sie neu ist.</source>
        <translation>There is no “%1”, but similar ones: %2. Please choose one of them or confirm that it is new.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="93"/>
        <source>Bitte mindestens den Nachnamen eingeben.</source>
        <translation>Please enter at least the last name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="94"/>
        <source>„%1“ ist keine gültige E-Mail-Adresse. Bitte prüfen oder leer lassen.</source>
        <translation>“%1” is not a valid e-mail address. Please check it or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="95"/>
        <source>%1 steht nicht mehr auf der Liste; es gibt nichts rückgängig zu machen.</source>
        <translation>%1 is no longer on the list; there is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="96"/>
        <source>%1 steht bei „%2“ mit dem Status „%3“ auf der Liste und wird nicht automatisch eingecheckt. Ist die Person doch gekommen, bitte im Programm als teilgenommen markieren.</source>
        <translation>%1 is on the list of “%2” with the status “%3” and is not checked in automatically. If the person did come, please mark them as attended in the program.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="97"/>
        <source>„%1“ gehört zu keiner Reihe; es gibt keine früheren Module. Bitte zuerst eine Reihe zuordnen.</source>
        <translation>“%1” belongs to no series; there are no earlier modules. Please assign a series first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="98"/>
        <source>Ein Kontakt mit der ID %1 gibt es nicht. Es wurde niemand eingeladen.</source>
        <translation>There is no contact with the ID %1. Nobody was invited.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="99"/>
        <source>Bitte einen Titel für die Veranstaltung eingeben.</source>
        <translation>Please enter a title for the event.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="100"/>
        <source>Unbekannte Veranstaltungsart: %1</source>
        <translation>Unknown event type: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="101"/>
        <source>Unbekannter Veranstaltungsstatus: %1</source>
        <translation>Unknown event status: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="102"/>
        <source>Bitte Datum und Beginn der Veranstaltung angeben.</source>
        <translation>Please give the date and start of the event.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="103"/>
        <source>Das Ende (%1) liegt vor dem Beginn (%2). Bitte die Uhrzeiten prüfen.</source>
        <translation>The end (%1) is before the start (%2). Please check the times.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="104"/>
        <source>Die Platzzahl muss größer als 0 sein (oder leer für unbegrenzt).</source>
        <translation>The number of places must be greater than 0 (or empty for unlimited).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="105"/>
        <source>Alle %1 Module der Reihe „%2“ sind schon geplant. Für ein weiteres Modul bitte zuerst in der Reihe die Zahl der Module erhöhen.</source>
        <translation>All %1 modules of the series “%2” are already planned. For another module please first increase the number of modules in the series.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="106"/>
        <source>Eine Modulnummer gibt es nur für eine Veranstaltung in einer Reihe.</source>
        <translation>A module number exists only for an event in a series.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="107"/>
        <source>Die Modulnummer muss größer als 0 sein.</source>
        <translation>The module number must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="108"/>
        <source>Modul %1 dieser Reihe ist schon vergeben (%2). Bitte eine andere Modulnummer wählen.</source>
        <translation>Module %1 of this series is already taken (%2). Please choose another module number.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="109"/>
        <source>Die Reihe „%1“ hat %2 Module; Modul %3 gibt es darin nicht. Bitte die Modulnummer prüfen oder zuerst die Zahl der Module der Reihe erhöhen.</source>
        <translation>The series “%1” has %2 modules; there is no module %3 in it. Please check the module number or first increase the number of modules of the series.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="110"/>
        <source>Unbekannte Rolle eines Veranstalters: %1</source>
        <translation>Unknown role of a host: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="111"/>
        <source>%1 steht zweimal mit derselben Rolle bei den Veranstaltern. Bitte einen Eintrag entfernen.</source>
        <translation>%1 is listed twice with the same role among the hosts. Please remove one entry.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="112"/>
        <source>Bitte einen Titel für die Reihe eingeben.</source>
        <translation>Please enter a title for the series.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="113"/>
        <source>Die Zahl der Module muss größer als 0 sein (oder leer).</source>
        <translation>The number of modules must be greater than 0 (or empty).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="114"/>
        <source>Die Mindestzahl der Module muss größer als 0 sein (oder leer: alle).</source>
        <translation>The minimum number of modules must be greater than 0 (or empty: all).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="115"/>
        <source>Für die Teilnahmebescheinigung können nicht %1 von %2 Modulen verlangt werden. Bitte die Regel prüfen.</source>
        <translation>The certificate of attendance cannot require %1 of %2 modules. Please check the rule.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="116"/>
        <source>Eine Reihe „%1“ gibt es schon. Bitte einen anderen Titel wählen.</source>
        <translation>A series “%1” already exists. Please choose another title.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="117"/>
        <source>Die Reihe hat schon Modul %1; die Zahl der Module kann darum nicht %2 sein.</source>
        <translation>The series already has module %1; the number of modules therefore cannot be %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="118"/>
        <source>Das Logo muss eine PNG- oder JPEG-Datei sein.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="121"/>
        <source>Das Logo ist größer als 2 MB. Bitte eine kleinere PNG- oder JPEG-Datei wählen.</source>
        <translation>The logo is larger than 2 MB. Please choose a smaller PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="119"/>
        <source>Unbekannte Art „%1“.</source>
        <translation>Unknown type “%1”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="120"/>
        <source>Eine Organisation kann nicht sich selbst übergeordnet sein.</source>
        <translation>An organisation cannot be its own parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="122"/>
        <source>Eine Organisation namens „%1“ gibt es schon im Archiv. Bitte sie unter „Archivierte anzeigen“ wiederherstellen statt sie neu anzulegen.</source>
        <translation>An organisation named “%1” already exists in the archive. Please restore it under “Show archived” instead of creating it again.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="123"/>
        <source>Eine Organisation namens „%1“ gibt es schon. Bitte den vorhandenen Eintrag verwenden oder den Namen unterscheidbar machen (z. B. mit dem Ort).</source>
        <translation>An organisation named “%1” already exists. Please use the existing entry or make the name distinguishable (e.g. with the town).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="124"/>
        <source>„%1“ ist in den Einstellungen als eigene Organisation eingetragen (Briefkopf, Logo, Absender) und kann darum nicht gelöscht werden. Bitte zuerst unter Einstellungen eine andere eigene Organisation wählen.</source>
        <translation>“%1” is set as your own organisation in the settings (letterhead, logo, sender) and therefore cannot be deleted. Please first choose another own organisation under Settings.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="125"/>
        <source>Der Name des Netzwerks fehlt.</source>
        <translation>The name of the network is missing.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="127"/>
        <source>Diese übergeordnete Organisation ist selbst unter dieser Organisation eingeordnet. Bitte eine andere übergeordnete Organisation wählen.</source>
        <translation>This parent organisation is itself placed under this organisation. Please choose another parent organisation.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="128"/>
        <source>Die übergeordnete Organisation gibt es nicht mehr.</source>
        <translation>The parent organisation no longer exists.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="129"/>
        <source>Das Netzwerk „%1“ gibt es nicht mehr.</source>
        <translation>The network “%1” no longer exists.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="130"/>
        <source>„%1“ ist in den Einstellungen als eigene Organisation eingetragen und kann darum nicht archiviert werden. Bitte zuerst unter Einstellungen eine andere eigene Organisation wählen.</source>
        <translation>“%1” is set as your own organisation in the settings and therefore cannot be archived. Please first choose another own organisation under Settings.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="131"/>
        <source>Ein Netzwerk namens „%1“ gibt es schon.</source>
        <translation>A network named “%1” already exists.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="132"/>
        <source>Die koordinierende Organisation gibt es nicht mehr.</source>
        <translation>The coordinating organisation no longer exists.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="126"/>
        <source>Beim Netzwerk „%1“ liegt der Austritt vor dem Beitritt.</source>
        <translation>For the network “%1” the leaving date is before the joining date.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="133"/>
        <source>Beim Netzwerk „%1“ überschneiden sich zwei Mitgliedschaften. Für einen Wiedereintritt bitte beim früheren den Austritt und beim neuen den Beitritt danach eintragen.</source>
        <translation>For the network “%1” two memberships overlap. To record rejoining, please enter the leaving date on the earlier one and a later joining date on the new one.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="134"/>
        <source>Der Zugriff ist fehlgeschlagen (%1).</source>
        <translation>Access failed (%1).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="135"/>
        <source>„%1“ ist kein Dateiname. Bitte einen Dateinamen angeben.</source>
        <translation>“%1” is not a file name. Please give a file name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="136"/>
        <source>Der Dateiname enthält ein Nullzeichen. Bitte einen anderen Namen wählen.</source>
        <translation>The file name contains a null character. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="137"/>
        <source>%1 liegt in einem Systemordner (%2). Bitte einen anderen Ort wählen.</source>
        <translation>%1 is in a system folder (%2). Please choose another place.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="138"/>
        <source>%1 ist der Name einer Datenbankdatei; kidesk überschreibt keine Datenbank. Bitte einen anderen Dateinamen wählen (z. B. mit .pdf, .csv, .xlsx).</source>
        <translation>%1 is the name of a database file; kidesk does not overwrite a database. Please choose another file name (e.g. with .pdf, .csv, .xlsx).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="139"/>
        <source>Den Ordner %1 gibt es nicht. Bitte einen vorhandenen Ordner angeben.</source>
        <translation>The folder %1 does not exist. Please give an existing folder.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="140"/>
        <source>%1 liegt im Sicherungsordner %2; dort schreibt nur die Sicherung. Bitte einen anderen Ort wählen.</source>
        <translation>%1 is in the backup folder %2; only the backup writes there. Please choose another place.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="141"/>
        <source>%1 ist ein Ordner. Bitte einen Dateinamen angeben, z. B. %2.</source>
        <translation>%1 is a folder. Please give a file name, e.g. %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="142"/>
        <source>%1 ist keine gewöhnliche Datei (Gerät, Pipe oder Socket); kidesk schreibt nur in Dateien.</source>
        <translation>%1 is not an ordinary file (device, pipe or socket); kidesk only writes to files.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="143"/>
        <source>%1 ist die Datenbank %2 oder eine ihrer Hilfsdateien; kidesk überschreibt sie nicht. Bitte einen anderen Dateinamen wählen.</source>
        <translation>%1 is the database %2 or one of its helper files; kidesk does not overwrite it. Please choose another file name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="144"/>
        <source>Der Datenträger ist voll. Bitte Platz schaffen oder einen anderen Ort wählen.</source>
        <translation>The disk is full. Please free some space or choose another location.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="145"/>
        <source>Das Speicherkontingent ist erschöpft. Bitte Platz schaffen oder einen anderen Ort wählen.</source>
        <translation>The storage quota is used up. Please free some space or choose another location.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="146"/>
        <source>Der Datenträger ist schreibgeschützt. Bitte einen anderen Ort wählen.</source>
        <translation>The disk is write-protected. Please choose another location.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="147"/>
        <source>kidesk hat dort keine Schreibrechte, oder die Datei ist in einem anderen Programm (Excel?) geöffnet. Bitte die Datei schließen oder einen anderen Ort wählen.</source>
        <translation>kidesk may not write there, or the file is open in another program (Excel?). Please close the file or choose another location.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="148"/>
        <source>kidesk hat dort keine Schreibrechte. Bitte einen anderen Ort wählen oder die Rechte prüfen.</source>
        <translation>kidesk may not write there. Please choose another location or check the permissions.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="149"/>
        <source>Der Dateiname ist zu lang. Bitte einen kürzeren Namen wählen.</source>
        <translation>The file name is too long. Please choose a shorter name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="150"/>
        <source>Den Ordner oder die Datei gibt es nicht. Bitte den Pfad prüfen.</source>
        <translation>The folder or file does not exist. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="151"/>
        <source>Ein Teil des Pfads ist kein Ordner. Bitte den Pfad prüfen.</source>
        <translation>Part of the path is not a folder. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="152"/>
        <source>Das ist ein Ordner. Bitte einen Dateinamen angeben.</source>
        <translation>That is a folder. Please enter a file name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="153"/>
        <source>Lese-/Schreibfehler (Datenträger entfernt?). Bitte den Datenträger prüfen.</source>
        <translation>Read/write error (disk removed?). Please check the disk.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="154"/>
        <source>Der Pfad enthält zu viele symbolische Verknüpfungen.</source>
        <translation>The path contains too many symbolic links.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="155"/>
        <source>Die Logodatei %1 gibt es nicht. Bitte den Pfad prüfen.</source>
        <translation>The logo file %1 does not exist. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="156"/>
        <source>%1 ist ein Ordner, keine Logodatei. Bitte eine PNG- oder JPEG-Datei wählen.</source>
        <translation>%1 is a folder, not a logo file. Please choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="157"/>
        <source>Die Logodatei %1 darf kidesk nicht lesen. Bitte die Dateirechte prüfen.</source>
        <translation>kidesk may not read the logo file %1. Please check the file permissions.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="158"/>
        <source>Die Anzahl der Karten je Person muss mindestens 1 sein.</source>
        <translation>The number of cards per person must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="159"/>
        <source>Es gibt keine Mitarbeitenden (Kontakte mit „eigenes Personal“). Bitte Kontakte auswählen.</source>
        <translation>There are no staff members (contacts marked “own staff”). Please select contacts.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="160"/>
        <source>In der Reihe „%1“ (ID %2) erfüllt niemand die Voraussetzung für eine Teilnahmebescheinigung. Bitte die Anwesenheit bei den Modulen eintragen.</source>
        <translation>In the series “%1” (ID %2) nobody meets the requirement for a certificate of attendance. Please enter the attendance at the modules.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="161"/>
        <source>Die Zahl der Leerzeilen darf nicht negativ sein.</source>
        <translation>The number of blank lines must not be negative.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="162"/>
        <source>Die Veranstaltung %1 hat außer den Referierenden niemanden auf der Einladungsliste.</source>
        <translation>The event %1 has nobody on the invitation list apart from the speakers.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="163"/>
        <source>Kontakt mit der ID %1 gibt es nicht.</source>
        <translation>There is no contact with the ID %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="164"/>
        <source>Veranstaltung mit der ID %1 gibt es nicht.</source>
        <translation>There is no event with the ID %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="165"/>
        <source>Die Veranstaltung %1 hat keine Teilnehmenden für %2. Bitte zuerst Personen einladen oder anmelden.</source>
        <translation>The event %1 has no participants for %2. Please invite or register people first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="166"/>
        <source>Bitte entweder eine Veranstaltung oder Kontakte für die %1 angeben.</source>
        <translation>Please give either an event or contacts for the %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="167"/>
        <source>Die eigene Organisation (Briefkopf) ist nicht festgelegt. Bitte in den Einstellungen die eigene Organisation auswählen.</source>
        <translation>Your own organisation (letterhead) is not set. Please choose your own organisation in the settings.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="168"/>
        <source>%1 Kontakte haben keine Postanschrift: %2. Bitte die Adressen ergänzen oder diese Kontakte auslassen (--skip-missing).</source>
        <translation>%1 contacts have no postal address: %2. Please add the addresses or leave these contacts out (--skip-missing).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="169"/>
        <source>Keiner der ausgewählten Kontakte hat eine Postanschrift.</source>
        <translation>None of the selected contacts has a postal address.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="170"/>
        <source>%1 (Kontakt %2) hat keine Postanschrift und keine Organisation mit Anschrift. Bitte die Adresse ergänzen oder den Kontakt auslassen (--skip-missing).</source>
        <translation>%1 (contact %2) has no postal address and no organisation with an address. Please add the address or leave the contact out (--skip-missing).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="171"/>
        <source>Einen Kontakt mit der ID %1 gibt es nicht.</source>
        <translation>There is no contact with the ID %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="172"/>
        <source>Jedes Kürzel eines Zwecks darf nur einmal vorkommen.</source>
        <translation>Each code of a purpose may occur only once.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="173"/>
        <source>Die Gültigkeit einer Einwilligung muss zwischen 1 und 240 Monaten liegen.</source>
        <translation>The validity of a consent must be between 1 and 240 months.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="174"/>
        <source>Eine Aufbewahrungsregel „%1“ gibt es nicht. Möglich: %2.</source>
        <translation>There is no retention rule “%1”. Possible: %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="175"/>
        <source>Die Aufbewahrungsfrist muss zwischen 0 und 600 Monaten liegen.</source>
        <translation>The retention period must be between 0 and 600 months.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="176"/>
        <source>Jeder Zweck braucht ein Kürzel (bis 40 Zeichen) und eine Bezeichnung.</source>
        <translation>Each purpose needs a code (up to 40 characters) and a name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="177"/>
        <source>Unbekannte Form der Einwilligung „%1“ (schriftlich, mündlich oder E-Mail).</source>
        <translation>Unknown form of consent “%1” (written, oral or e-mail).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="178"/>
        <source>Eine Einwilligung kann nicht in der Zukunft erteilt sein.</source>
        <translation>A consent cannot be given in the future.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="179"/>
        <source>Einen Zweck „%1“ gibt es nicht.</source>
        <translation>There is no purpose “%1”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="180"/>
        <source>Eine Einwilligung mit der ID %1 gibt es nicht.</source>
        <translation>There is no consent with the ID %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="181"/>
        <source>Der Widerruf kann nicht vor der Erteilung liegen.</source>
        <translation>The withdrawal cannot be before the consent was given.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="182"/>
        <source>Das Aktenzeichen der Anfrage darf höchstens 120 Zeichen lang sein.</source>
        <translation>The reference number of the request may be at most 120 characters long.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="183"/>
        <source>Unbekannte Aktion „%1“.</source>
        <translation>Unknown action “%1”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="184"/>
        <source>Abgebrochen – es wurde nichts geschrieben oder geändert.</source>
        <translation>Cancelled – nothing was written or changed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="185"/>
        <source>Der Zeitraum endet (%1) vor seinem Beginn (%2). Bitte die Daten tauschen.</source>
        <translation>The period ends (%1) before it begins (%2). Please swap the dates.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="186"/>
        <source>Ein Bericht umfasst höchstens drei Jahre. Bitte einen kürzeren Zeitraum wählen.</source>
        <translation>A report covers at most three years. Please choose a shorter period.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="187"/>
        <source>Der Bericht wird als .pdf oder .xlsx geschrieben, nicht als „.%1“. Bitte die Endung ändern.</source>
        <translation>The report is written as .pdf or .xlsx, not as “.%1”. Please change the ending.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="188"/>
        <source>Bitte die Schreibweise prüfen.</source>
        <translation>Please check the spelling.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="189"/>
        <source>Sie muss genau ein @ enthalten.</source>
        <translation>It must contain exactly one @.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="190"/>
        <source>Vor und nach dem @ muss etwas stehen.</source>
        <translation>There must be something before and after the @.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="191"/>
        <source>Ein Punkt darf nicht am Anfang, am Ende oder doppelt stehen.</source>
        <translation>A dot must not be at the start, at the end or doubled.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="192"/>
        <source>Nach dem @ fehlt die Domain mit Punkt.</source>
        <translation>The domain with a dot is missing after the @.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="193"/>
        <source>Sie enthält ein Zeichen, das in E-Mail-Adressen nicht erlaubt ist.</source>
        <translation>It contains a character that is not allowed in e-mail addresses.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="194"/>
        <source>Sie ist zu lang.</source>
        <translation>It is too long.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="195"/>
        <source>Die Telefonnummer „%1“ enthält unerlaubte Zeichen. Erlaubt sind Ziffern, Leerzeichen, / - ( ) und ein + am Anfang, z. B. 05221/13-1180.</source>
        <translation>The phone number “%1” contains characters that are not allowed. Allowed are digits, spaces, / - ( ) and a + at the start, e.g. 05221/13-1180.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="196"/>
        <source>Die Telefonnummer „%1“ ist unvollständig oder ungültig. Bitte mit Vorwahl eingeben, z. B. 05221/13-1180.</source>
        <translation>The phone number “%1” is incomplete or invalid. Please enter it with the area code, e.g. 05221/13-1180.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="197"/>
        <source>Die Postleitzahl ist zu lang (höchstens 12 Zeichen).</source>
        <translation>The postcode is too long (at most 12 characters).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="198"/>
        <source>Die Postleitzahl „%1“ passt nicht: %2</source>
        <translation>The postcode “%1” does not fit: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="199"/>
        <source>Das Land bitte als zweistelligen Ländercode angeben, z. B. DE.</source>
        <translation>Please give the country as a two-letter country code, e.g. DE.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="200"/>
        <source>Der Nachname fehlt. Bitte mindestens einen Nachnamen eingeben.</source>
        <translation>The last name is missing. Please enter at least a last name.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="203"/>
        <source>Der Name der Organisation fehlt.</source>
        <translation>The name of the organisation is missing.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="204"/>
        <source>Die E-Mail-Adresse „%1“ kann vermutlich keine Mail empfangen (%2).</source>
        <translation>The e-mail address “%1” probably cannot receive mail (%2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="202"/>
        <source>„%1“ ist keine Telefonnummer. Beispiel: 05221/13-1180</source>
        <translation>“%1” is not a phone number. Example: 05221/13-1180</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="201"/>
        <source>Die E-Mail-Adresse „%1“ ist ungültig: %2 Beispiel: name@kreis-herford.de</source>
        <translation>The e-mail address “%1” is invalid: %2 Example: name@kreis-herford.de</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="205"/>
        <source>Die E-Mail-Adresse „%1“ liegt auf der reservierten Domain „.%2“ (nur für Tests oder ein lokales Netz); von außen kann dorthin keine Mail zugestellt werden.</source>
        <translation>The e-mail address “%1” is on the reserved domain “.%2” (only for tests or a local network); mail from outside cannot be delivered there.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="206"/>
        <source>Die E-Mail-Adresse „%1“ hat eine Domain ohne Punkt („%2“) – eine Intranet-Adresse; von außen kann dorthin keine Mail zugestellt werden.</source>
        <translation>The e-mail address “%1” has a domain without a dot (“%2”) – an intranet address; mail from outside cannot be delivered there.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="207"/>
        <source>Postleitzahlen in Deutschland haben fünf Ziffern, z. B. 32052.</source>
        <translation>Postcodes in Germany have five digits, e.g. 32052.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="208"/>
        <source>Postleitzahlen in Österreich haben vier Ziffern, z. B. 1010.</source>
        <translation>Postcodes in Austria have four digits, e.g. 1010.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="209"/>
        <source>Postleitzahlen in der Schweiz haben vier Ziffern, z. B. 8001.</source>
        <translation>Postcodes in Switzerland have four digits, e.g. 8001.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="210"/>
        <source>Niederländische Postleitzahlen sehen so aus: 1234 AB.</source>
        <translation>Dutch postcodes look like this: 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="211"/>
        <source>Ein Führungszeugnis kann nicht in der Zukunft eingesehen werden.</source>
        <translation>A police certificate cannot be inspected in the future.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="212"/>
        <source>Die Anzahl der Wochen darf nicht negativ sein.</source>
        <translation>The number of weeks must not be negative.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="213"/>
        <source>Dieses Ehrenamtsprofil gibt es nicht mehr.</source>
        <translation>This volunteer profile no longer exists.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="214"/>
        <source>eingesehen am %1</source>
        <translation>inspected on %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="215"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="216"/>
        <source>erteilt am %1</source>
        <translation>given on %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="217"/>
        <source>Die Regel für die Ehrenamtskarte braucht positive Stunden und mindestens ein Jahr.</source>
        <translation>The rule for the Ehrenamtskarte needs positive hours and at least one year.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="218"/>
        <source>„%1“ ist keine Stundenzahl.</source>
        <translation>“%1” is not a number of hours.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="219"/>
        <source>%1 Stunden geht nicht: bitte mehr als 0 und höchstens 24 Stunden eintragen.</source>
        <translation>%1 hours is not possible: please enter more than 0 and at most 24 hours.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="220"/>
        <source>Bitte Stunden mit höchstens zwei Nachkommastellen eintragen.</source>
        <translation>Please enter hours with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="221"/>
        <source>Der %1 liegt in der Zukunft: Stunden bitte erst nach dem Einsatz eintragen.</source>
        <translation>%1 is in the future: please enter hours only after the work was done.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="222"/>
        <source>Der %1 liegt zu weit zurück. Bitte das Datum prüfen.</source>
        <translation>%1 is too far back. Please check the date.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="223"/>
        <source>Für %1 sind am %2 schon %3 eingetragen; mit %4 weiteren wären es mehr als 24.</source>
        <translation>For %1 there are already %3 on %2; with %4 more it would be more than 24.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="224"/>
        <source>Eine Organisation mit der ID %1 gibt es nicht.</source>
        <translation>There is no organisation with the ID %1.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="225"/>
        <source>„%1“ ist keine Stundenzahl (Beispiele: 2,5 oder 2:30).</source>
        <translation>“%1” is not a number of hours (examples: 2.5 or 2:30).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="226"/>
        <source>Kontakt %1 ist nicht als Ehrenamtliche/r erfasst (IDs siehe kidesk list volunteers).</source>
        <translation>Contact %1 is not registered as a volunteer (IDs: see kidesk list volunteers).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="227"/>
        <source>Unbekannter Status „%1“.</source>
        <translation>Unknown status “%1”.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="228"/>
        <source>Das Führungszeugnis kann nicht vor der Einsichtnahme wieder fällig sein. Bitte die Daten prüfen.</source>
        <translation>The police certificate cannot be due again before it was inspected. Please check the dates.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="229"/>
        <source>Für eine Einwilligung (Fotos, Newsletter, Weitergabe) bitte auch das Datum der Einwilligung eintragen.</source>
        <translation>For a consent (photos, newsletter, passing on) please also enter the date of the consent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="230"/>
        <source>%1 ist bereits als Ehrenamtliche/r erfasst.</source>
        <translation>%1 is already registered as a volunteer.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="231"/>
        <source>%1 (ID %2) ist nicht als Ehrenamtliche/r erfasst. Bitte zuerst ein Ehrenamtsprofil anlegen.</source>
        <translation>%1 (ID %2) is not registered as a volunteer. Please create a volunteer profile first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="232"/>
        <source>%1 kann nicht am %2 (in der Zukunft) vorgelegen haben. Bitte das Datum prüfen.</source>
        <translation>%1 cannot have been presented on %2 (in the future). Please check the date.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="233"/>
        <source>Unbekanntes Sprachniveau „%1“ für %2 (erlaubt: A1–C2 oder Muttersprache).</source>
        <translation>Unknown language level “%1” for %2 (allowed: A1–C2 or native language).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="234"/>
        <source>Die Sprache %1 ist doppelt eingetragen.</source>
        <translation>The language %1 is entered twice.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="235"/>
        <source>Der Einsatzbereich „%1…“ ist zu lang (höchstens 120 Zeichen).</source>
        <translation>The engagement area “%1…” is too long (at most 120 characters).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="236"/>
        <source>%1 wurde inzwischen an einem anderen Platz geändert. Bitte neu laden und die Änderung noch einmal eintragen.</source>
        <translation>%1 has been changed at another workstation in the meantime. Please reload and enter the change again.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="237"/>
        <source>Die Mindeststunden dürfen nicht negativ sein.</source>
        <translation>The minimum hours must not be negative.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="238"/>
        <source>„%1“ ist %2: dazu lädt niemand mehr ein.</source>
        <translation>“%1” is %2: nobody invites to it any more.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="239"/>
        <source>Die Frist muss zwischen %1 und %2 liegen (eingegeben: %3).</source>
        <translation>The period must be between %1 and %2 (entered: %3).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="240"/>
        <source>%1 ist leer.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="241"/>
        <source>%1 ist im alten Excel-Format (.xls). Bitte in Excel als .xlsx speichern.</source>
        <translation>%1 is in the old Excel format (.xls). Please save it as .xlsx in Excel.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="242"/>
        <source>%1 ist keine Excel-Datei (.xlsx). Ist es eine CSV-Datei mit falscher Endung? Dann bitte als CSV importieren.</source>
        <translation>%1 is not an Excel file (.xlsx). Is it a CSV file with the wrong ending? Then please import it as CSV.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="243"/>
        <source>%1 ist beschädigt oder keine Excel-Datei (%2).</source>
        <translation>%1 is damaged or not an Excel file (%2).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="244"/>
        <source>%1 hat kein Tabellenblatt „%2“. Vorhanden: %3.</source>
        <translation>%1 has no worksheet “%2”. Present: %3.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="145"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="146"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="147"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="148"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="127"/>
        <source>Wohlfahrtsverband</source>
        <translation>Welfare association</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="128"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="129"/>
        <source>Behörde</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="130"/>
        <source>Jobcenter / Arbeitsagentur</source>
        <translation>Job centre / employment agency</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="131"/>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="132"/>
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="133"/>
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="134"/>
        <source>Verein</source>
        <translation>Club / association</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="135"/>
        <source>Unternehmen</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="119"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="115"/>
        <source>Qualifizierungsmodul</source>
        <translation>Qualification module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="116"/>
        <source>Dankeschön-Veranstaltung</source>
        <translation>Thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="117"/>
        <source>Netzwerktreffen</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="118"/>
        <source>Informationsveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="120"/>
        <source>in Planung</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="121"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="122"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="123"/>
        <source>durchgeführt</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="124"/>
        <source>Veranstalter</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="125"/>
        <source>Mitveranstalter</source>
        <translation>Co-host</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="126"/>
        <source>Förderer</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="136"/>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="137"/>
        <source>Referent/in</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="138"/>
        <source>Helfer/in</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="139"/>
        <source>eingeladen</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="140"/>
        <source>angemeldet</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="141"/>
        <source>Warteliste</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="142"/>
        <source>teilgenommen</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="143"/>
        <source>storniert</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="144"/>
        <source>nicht erschienen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="149"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="150"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="151"/>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="152"/>
        <source>Führungszeugnis</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="153"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="154"/>
        <source>Ohne Aktivität</source>
        <translation>No activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="156"/>
        <source>Führungszeugnis fällig seit</source>
        <translation>Police certificate due since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="157"/>
        <source>Führungszeugnis fällig am</source>
        <translation>Police certificate due on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="158"/>
        <source>Einwilligung abgelaufen am</source>
        <translation>Consent expired on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="159"/>
        <source>Einwilligung läuft ab am</source>
        <translation>Consent expires on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="160"/>
        <source>Ohne Aktivität seit</source>
        <translation>Inactive since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="161"/>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="162"/>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="163"/>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="164"/>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="165"/>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="166"/>
        <source>C2</source>
        <translation>C2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="167"/>
        <source>Muttersprache</source>
        <translation>Native language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="168"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="169"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="170"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="171"/>
        <source>Weitere Vornamen</source>
        <translation>Middle names</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="172"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="173"/>
        <source>Name (Vor- und Nachname)</source>
        <translation>Name (first and last name)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="174"/>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="175"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="176"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="177"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="178"/>
        <source>Telefon (Art aus Nachbarspalte)</source>
        <translation>Phone (type from neighbouring column)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="179"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="180"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="181"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="182"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="183"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="184"/>
        <source>Adresszusatz</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="185"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="186"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="187"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="188"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="189"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="190"/>
        <source>Spitzname (Name, wenn sonst keiner da ist)</source>
        <translation>Nickname (the name when there is no other)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="191"/>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="192"/>
        <source>Art (Person/Organisation)</source>
        <translation>Kind (person/organisation)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="193"/>
        <source>Adresse in einem Feld (Straße, PLZ Ort)</source>
        <translation>Address in one field (street, postcode town)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="194"/>
        <source>Ehrenamtlich (ja/nein)</source>
        <translation>Volunteer (yes/no)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="195"/>
        <source>Status (Ehrenamt)</source>
        <translation>Status (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="196"/>
        <source>Ehrenamtlich aktiv seit</source>
        <translation>Volunteering since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="197"/>
        <source>Kommune (Ehrenamt)</source>
        <translation>Municipality (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="198"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="199"/>
        <source>Engagementbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="200"/>
        <source>Sprachkenntnisse (Ehrenamt)</source>
        <translation>Language skills (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="201"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="202"/>
        <source>Einwilligung Fotos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="203"/>
        <source>Einwilligung Newsletter</source>
        <translation>Consent to newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="204"/>
        <source>Einwilligung Weitergabe an Partner</source>
        <translation>Consent to sharing with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="205"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate inspected on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="206"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="207"/>
        <source>seit Beginn keine Stunden und keine Teilnahme</source>
        <translation>no hours and no attendance since starting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="208"/>
        <source>letzte Aktivität</source>
        <translation>last activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="210"/>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="211"/>
        <source>mündlich</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="212"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="213"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="214"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="215"/>
        <source>zusammengeführt</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="216"/>
        <source>gelöscht (Art. 17)</source>
        <translation>erased (Art. 17)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="217"/>
        <source>nach Wiederherstellung erneut gelöscht</source>
        <translation>erased again after a restore</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="248"/>
        <source>Sprachpatenschaft</source>
        <translation>Language partnership</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="249"/>
        <source>Begleitung zu Behörden</source>
        <translation>Accompanying to authorities</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="250"/>
        <source>Hausaufgabenhilfe</source>
        <translation>Homework help</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="251"/>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="252"/>
        <source>Übersetzung/Dolmetschen</source>
        <translation>Translating/interpreting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="253"/>
        <source>Fahrdienste</source>
        <translation>Driving services</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="254"/>
        <source>Kleiderkammer</source>
        <translation>Clothing store</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="255"/>
        <source>Begegnungscafé</source>
        <translation>Meeting café</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="256"/>
        <source>Wohnungssuche</source>
        <translation>Flat hunting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="257"/>
        <source>Kinderbetreuung</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="258"/>
        <source>Albanisch</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="259"/>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="260"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="261"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="262"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="263"/>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="264"/>
        <source>Französisch</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="265"/>
        <source>Italienisch</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="266"/>
        <source>Kurdisch</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="267"/>
        <source>Paschtu</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="268"/>
        <source>Polnisch</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="269"/>
        <source>Rumänisch</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="270"/>
        <source>Russisch</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="271"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="272"/>
        <source>Spanisch</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="273"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="274"/>
        <source>Türkisch</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/service_messages.py" line="275"/>
        <source>Ukrainisch</source>
        <translation>Ukrainian</translation>
    </message>
</context>
</TS>
