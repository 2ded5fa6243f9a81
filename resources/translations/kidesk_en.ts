<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="46"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="132"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="136"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="186"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="197"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="55"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="55"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="55"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="55"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="63"/>
        <source>Sicherung &amp;jetzt erstellen</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="65"/>
        <source>Ausgewählte &amp;zurückspielen …</source>
        <translation>&amp;Restore selected …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="72"/>
        <source>Aufbewahren und zweiter Ordner</source>
        <translation>Retention and second folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="78"/>
        <source>Tägliche Sicherungen</source>
        <translation>Daily backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="79"/>
        <source>Wöchentliche Sicherungen</source>
        <translation>Weekly backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="80"/>
        <source>Monatliche Sicherungen</source>
        <translation>Monthly backups</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="83"/>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="85"/>
        <source>Keiner</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="90"/>
        <source>Zweiter Ordner (Netzlaufwerk, USB-Stick)</source>
        <translation>Second folder (network drive, USB stick)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="108"/>
        <source>Letzte Sicherung: %1 — Ordner: %2</source>
        <translation>Last backup: %1 — folder: %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="110"/>
        <source>Noch keine Sicherung. Ordner: %1</source>
        <translation>No backup yet. Folder: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="113"/>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="119"/>
        <source>nicht verwendbar: %1</source>
        <translation>not usable: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="134"/>
        <source>Sicherung geschrieben: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="143"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="162"/>
        <location filename="../../kidesk/ui/backup_dialog.py" line="167"/>
        <source>Zurückspielen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="143"/>
        <source>Bitte zuerst eine Sicherung auswählen.</source>
        <translation>Please select a backup first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="148"/>
        <source>Sicherung zurückspielen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="151"/>
        <source>Die Datenbank durch die Sicherung vom %1 ersetzen?

Der jetzige Stand wird vorher selbst gesichert und kann wieder zurückgespielt werden.</source>
        <translation>Replace the database with the backup of %1?

The current state is backed up first and can be restored later.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="169"/>
        <source>Die Sicherung vom %1 ist zurückgespielt. Der vorige Stand liegt in %2.</source>
        <translation>The backup of %1 has been restored. The previous state is kept in %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/backup_dialog.py" line="178"/>
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
    <name>CheckinDialog</name>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="246"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="250"/>
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
        <location filename="../../kidesk/ui/checkin_view.py" line="58"/>
        <source>Namen tippen, Enter = anwesend</source>
        <translation>Type a name, Enter = present</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="76"/>
        <source>Ohne Anmeldung erschienen (Strg+N)</source>
        <translation>Came without registering (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="86"/>
        <source>Anlegen und einchecken</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="89"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="90"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="92"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="104"/>
        <source>↑/↓ wählen · Enter = anwesend · Esc = Feld leeren
Strg+N = neue Person ohne Anmeldung</source>
        <translation>↑/↓ select · Enter = present · Esc = clear field
Ctrl+N = new person without registration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="149"/>
        <source>%1 anwesend · %2 angemeldet · %3 auf der Liste</source>
        <translation>%1 present · %2 registered · %3 on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="182"/>
        <source>%1 war schon eingecheckt.</source>
        <translation>%1 was already checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="186"/>
        <source>✓ %1 ist eingecheckt (stand als „%2“ auf der Liste).</source>
        <translation>✓ %1 is checked in (was listed as “%2”).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="193"/>
        <source>✓ %1 ist eingecheckt.</source>
        <translation>✓ %1 is checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="228"/>
        <source>✓ %1 neu erfasst und eingecheckt.</source>
        <translation>✓ %1 added and checked in.</translation>
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
        <source>&amp;Anrede:</source>
        <translation>Sa&amp;lutation:</translation>
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
        <source>A&amp;bteilung:</source>
        <translation>&amp;Department:</translation>
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
        <location filename="../../kidesk/ui/contact_editor.py" line="129"/>
        <source>Sprac&amp;hen:</source>
        <translation>Lan&amp;guages:</translation>
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
        <location filename="../../kidesk/ui/contact_editor.py" line="294"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="330"/>
        <source>Doppelklick öffnet die Organisation</source>
        <translation>Double-click opens the organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="361"/>
        <source>Bitte eine vorhandene Organisation wählen (Namen tippen und aus der Liste übernehmen).</source>
        <translation>Please choose an existing organisation (type its name and pick it from the list).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="368"/>
        <source>„%s“ ist schon zugeordnet.</source>
        <translation>“%s” is already assigned.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="390"/>
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
        <location filename="../../kidesk/ui/contacts_tab.py" line="33"/>
        <source>Name, Organisation, E-Mail, Ort … (Strg+F)</source>
        <extracomment>the user wants to see an organisation (double-click on an affiliation)</extracomment>
        <translation>Name, organisation, e-mail, town … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="33"/>
        <source>Kontakte durchsuchen</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="37"/>
        <source>Nach Organisation filtern</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="43"/>
        <source>Nach Ort filtern</source>
        <translation>Filter by town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="53"/>
        <source>Nur eigene Mitarbeitende zeigen</source>
        <translation>Show own staff only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="35"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="41"/>
        <source>Ort:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="52"/>
        <source>nur Mitarbeitende</source>
        <translation>staff only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="54"/>
        <source>nur Ehrenamtliche</source>
        <translation>volunteers only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="55"/>
        <source>Nur Ehrenamtliche zeigen</source>
        <translation>Show volunteers only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="61"/>
        <source>&amp;Drucken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="62"/>
        <source>Druckprodukte für den Kontakt oder die Auswahl</source>
        <translation>Print products for the contact or the selection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="65"/>
        <source>&amp;Visitenkarten …</source>
        <translation>&amp;Business cards …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="66"/>
        <source>&amp;Adressetiketten für die Auswahl …</source>
        <translation>&amp;Address labels for the selection …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="70"/>
        <source>Kontaktliste</source>
        <translation>Contact list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="75"/>
        <source>Neuen Kontakt anlegen</source>
        <translation>Create new contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="76"/>
        <location filename="../../kidesk/ui/contacts_tab.py" line="100"/>
        <source>Kontakt speichern</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="77"/>
        <location filename="../../kidesk/ui/contacts_tab.py" line="101"/>
        <source>Kontakt löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="102"/>
        <source>Kontakt „%s“ gespeichert.</source>
        <translation>Contact “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="103"/>
        <source>Den Kontakt „%s“ wirklich löschen?</source>
        <translation>Really delete the contact “%s”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="104"/>
        <source>Neuer Kontakt: Felder ausfüllen, dann mit Strg+S speichern.</source>
        <translation>New contact: fill in the fields, then save with Ctrl+S.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="105"/>
        <source>%n Kontakte wirklich löschen?</source>
        <translation>
            <numerusform>Really delete %n contact?</numerusform>
            <numerusform>Really delete %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="106"/>
        <source>%n Kontakt(e) gelöscht.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="107"/>
        <source>%n Kontakt(e)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="133"/>
        <source>Der vorhandene Kontakt ist geöffnet; es wurde kein neuer angelegt.</source>
        <translation>The existing contact is open; no new one was created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="171"/>
        <source>alle Organisationen</source>
        <translation>all organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="172"/>
        <source>alle Orte</source>
        <translation>all towns</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="201"/>
        <source>Visitenkarten</source>
        <translation>Business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="203"/>
        <source>Visitenkarten gibt es für eigene Mitarbeitende. Bitte einen gespeicherten Kontakt mit dem Haken „Eigene/r Mitarbeiter/in“ öffnen.</source>
        <translation>Business cards are for own staff. Please open a saved contact with “Own staff member” ticked.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="214"/>
        <source>Visitenkarten – %s</source>
        <translation>Business cards – %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="224"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="224"/>
        <source>Bitte zuerst Kontakte in der Liste auswählen.</source>
        <translation>Please select contacts in the list first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="231"/>
        <source>Adressetiketten (%n Kontakt(e))</source>
        <translation>
            <numerusform>Address labels (%n contact)</numerusform>
            <numerusform>Address labels (%n contacts)</numerusform>
        </translation>
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
        <location filename="../../kidesk/ui/common/form_fields.py" line="91"/>
        <location filename="../../kidesk/ui/volunteers/date_field.py" line="18"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="133"/>
        <source>Doppelte Kontakte finden</source>
        <translation>Find duplicate contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="142"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="143"/>
        <source>Möglicherweise dieselbe Person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="144"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="145"/>
        <source>Übereinstimmung</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="163"/>
        <source>Seiten tauschen</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="164"/>
        <location filename="../../kidesk/ui/duplicates_view.py" line="232"/>
        <location filename="../../kidesk/ui/duplicates_view.py" line="247"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="165"/>
        <source>Keine Dublette</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="172"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="188"/>
        <source>%1 mögliche Dubletten gefunden.</source>
        <translation>%1 possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="211"/>
        <source>Dubletten</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="235"/>
        <source>Kontakt %1 in Kontakt %2 zusammenführen? Kontakt %1 wird danach gelöscht; seine Angaben und Verknüpfungen gehen auf Kontakt %2 über.</source>
        <translation>Merge contact %1 into contact %2? Contact %1 will then be deleted; its details and links are transferred to contact %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="83"/>
        <source>gleiche E-Mail-Adresse und gleicher Name</source>
        <translation>same e-mail address and same name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="84"/>
        <source>Vor- und Nachname vertauscht</source>
        <translation>first and last name swapped</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="85"/>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="86"/>
        <source>gleicher Name, anders geschrieben</source>
        <translation>same name, spelt differently</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="89"/>
        <source>gleiche E-Mail-Adresse, anderer Name (gemeinsames Postfach?)</source>
        <translation>same e-mail address, different name (shared mailbox?)</translation>
    </message>
</context>
<context>
    <name>EhrenamtskarteRuleDialog</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="255"/>
        <source>Kriterien der Ehrenamtskarte</source>
        <translation>Volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="260"/>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="265"/>
        <source> Std.</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="269"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="271"/>
        <source>Stunden je Woche</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="272"/>
        <source>Stunden je Jahr</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="273"/>
        <source>Mindestdauer des Engagements</source>
        <translation>Minimum length of engagement</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="278"/>
        <source>Vorgabe NRW: durchschnittlich 5 Stunden je Woche oder 250 Stunden im Jahr, seit mindestens zwei Jahren. Die Regel gilt für alle Arbeitsplätze.</source>
        <translation>NRW rule: on average 5 hours a week or 250 hours a year, for at least two years. The rule applies to all workstations.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="285"/>
        <source>je &amp;Woche mindestens:</source>
        <translation>at least per &amp;week:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="286"/>
        <source>oder je &amp;Jahr mindestens:</source>
        <translation>or at least per &amp;year:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="287"/>
        <source>&amp;engagiert seit mindestens:</source>
        <translation>&amp;engaged for at least:</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="101"/>
        <source>z. B. Fit für den Konsumalltag</source>
        <translation>e.g. Fit for everyday shopping</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="108"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="115"/>
        <source>z. B. Kreishaus Herford</source>
        <translation>e.g. Kreishaus Herford</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="117"/>
        <source>z. B. Ebene 3</source>
        <translation>e.g. Level 3</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="124"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="125"/>
        <location filename="../../kidesk/ui/event_editor.py" line="300"/>
        <location filename="../../kidesk/ui/event_editor.py" line="301"/>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="131"/>
        <source>Inhalt, Referent/innen, Hinweise – erscheint in Einladung und Kalender</source>
        <translation>Content, speakers, notes – appears in the invitation and the calendar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="139"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="140"/>
        <source>&amp;Untertitel</source>
        <translation>&amp;Subtitle</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="143"/>
        <location filename="../../kidesk/ui/event_editor.py" line="289"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="145"/>
        <source>&amp;Art</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="148"/>
        <location filename="../../kidesk/ui/event_editor.py" line="291"/>
        <source>Modul Nr.</source>
        <translation>Module no.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="150"/>
        <source>&amp;Reihe</source>
        <translation>Se&amp;ries</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="153"/>
        <location filename="../../kidesk/ui/event_editor.py" line="293"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="156"/>
        <source>&amp;Beginn</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="160"/>
        <source>&amp;Ort / Raum</source>
        <translation>Venue / r&amp;oom</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="161"/>
        <location filename="../../kidesk/ui/event_editor.py" line="296"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="165"/>
        <location filename="../../kidesk/ui/event_editor.py" line="297"/>
        <location filename="../../kidesk/ui/event_editor.py" line="298"/>
        <source>PLZ / Ort</source>
        <translation>Postcode / town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="172"/>
        <source>&amp;Plätze</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="173"/>
        <location filename="../../kidesk/ui/event_editor.py" line="302"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="180"/>
        <location filename="../../kidesk/ui/event_editor.py" line="195"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="181"/>
        <location filename="../../kidesk/ui/event_editor.py" line="196"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="182"/>
        <location filename="../../kidesk/ui/event_editor.py" line="303"/>
        <source>Veranstalter, Mitveranstalter, Förderer</source>
        <translation>Organiser, co-hosts, funders</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="197"/>
        <location filename="../../kidesk/ui/event_editor.py" line="304"/>
        <source>Referent/innen</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="253"/>
        <source>– keine Reihe –</source>
        <translation>– no series –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="286"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="287"/>
        <source>Untertitel</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="288"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="290"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="292"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="294"/>
        <location filename="../../kidesk/ui/event_editor.py" line="295"/>
        <source>Ort / Raum</source>
        <translation>Venue / room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="299"/>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>EventPaperworkPanel</name>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="32"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="156"/>
        <source>Einladungsbriefe</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="33"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="172"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="34"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="82"/>
        <source>Namensschilder</source>
        <translation>Name badges</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="35"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="86"/>
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="36"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="90"/>
        <source>Teilnahmeliste</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="37"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="96"/>
        <source>Teilnahmebescheinigungen</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="38"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="188"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="194"/>
        <source>Per E-Mail senden</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="39"/>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="41"/>
        <source>Drucken (mit Vorschau)</source>
        <translation>Print (with preview)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="44"/>
        <source>DIN-5008-Briefe an alle Eingeladenen mit Postanschrift</source>
        <translation>DIN 5008 letters to everyone invited who has a postal address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="45"/>
        <source>Adressetiketten der Eingeladenen (Vorlage aus den Einstellungen)</source>
        <translation>Address labels for everyone invited (template from the settings)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="46"/>
        <source>Namensschilder für Angemeldete und Referent/innen</source>
        <translation>Name badges for registered participants and speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="47"/>
        <source>Flyer/Aushang zur Veranstaltung</source>
        <translation>Flyer/notice for the event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="48"/>
        <source>Unterschriftenliste für den Fördergeber, mit Leerzeilen</source>
        <translation>Signature list for the funding body, with blank lines</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="49"/>
        <source>Bescheinigungen für alle, die die Regel der Reihe erfüllen</source>
        <translation>Certificates for everyone who meets the series rule</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="59"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="62"/>
        <source>Öffnet das E-Mail-Programm mit allen Adressen in BCC und dem Einladungstext</source>
        <translation>Opens the e-mail program with all addresses in BCC and the invitation text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="63"/>
        <source>Alle E-Mail-Adressen der Eingeladenen in die Zwischenablage</source>
        <translation>Copy all e-mail addresses of those invited to the clipboard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="112"/>
        <source>Nur für Veranstaltungen einer Reihe</source>
        <translation>Only for events in a series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="142"/>
        <source>%1 Eingeladene haben keine Postanschrift (auch nicht über ihre Organisation):

%2

Für alle anderen drucken?</source>
        <translation>%1 invitees have no postal address (not even through their organisation):

%2

Print for everyone else?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="188"/>
        <source>Niemand auf der Liste hat eine E-Mail-Adresse.</source>
        <translation>Nobody on the list has an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="197"/>
        <source>Die Liste ist zu lang für eine E-Mail. Es öffnen sich %1 E-Mails mit je einem Teil der Adressen (BCC). Fortfahren?</source>
        <translation>The list is too long for one e-mail. %1 e-mails will open, each with part of the addresses (BCC). Continue?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="207"/>
        <source>%1 Adressen an das E-Mail-Programm übergeben</source>
        <translation>%1 addresses passed to the e-mail program</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="209"/>
        <source> – %1 ohne E-Mail-Adresse brauchen einen Brief</source>
        <translation> – %1 without an e-mail address need a letter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="219"/>
        <source>%1 E-Mail-Adressen kopiert.</source>
        <translation>%1 e-mail addresses copied.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="60"/>
        <source>Gäste: angemeldet oder teilgenommen (von Plätzen) / auf der Liste. Referent/innen und Helfer/innen zählen nicht mit.</source>
        <translation>Guests: registered or attended (of seats) / on the list. Speakers and helpers are not counted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="65"/>
        <source>Termin</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="66"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="67"/>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="68"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="70"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="71"/>
        <source>Anm./Einl.</source>
        <translation>Reg./Inv.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="83"/>
        <source>Modul %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="83"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="92"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="101"/>
        <source>Gäste: angemeldet oder teilgenommen (von Plätzen) / auf der Liste; %1 teilgenommen</source>
        <translation>Guests: registered or attended (of seats) / on the list; %1 attended</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="60"/>
        <location filename="../../kidesk/ui/events_tab.py" line="279"/>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="62"/>
        <source>Kopie anlegen – in einer Reihe als nächstes Modul im Rhythmus der Reihe</source>
        <translation>Make a copy – in a series as the next module, following the series’ rhythm</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="107"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="64"/>
        <source>Check-in …</source>
        <translation>Check-in …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="65"/>
        <source>Reihen …</source>
        <translation>Series …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="67"/>
        <source>Kalender (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="70"/>
        <source>Diese Veranstaltung …</source>
        <translation>This event …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="71"/>
        <source>Alle kommenden Veranstaltungen …</source>
        <translation>All upcoming events …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="77"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="80"/>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="82"/>
        <source>auch vergangene</source>
        <translation>include past</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="106"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="143"/>
        <location filename="../../kidesk/ui/events_tab.py" line="158"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="144"/>
        <source>Einladungsliste</source>
        <translation>Invite list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="145"/>
        <source>Unterlagen &amp;&amp; Versand</source>
        <translation>Paperwork &amp;&amp; mailing</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="181"/>
        <source>alle Reihen</source>
        <translation>all series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="210"/>
        <source>Veranstaltung „%s“ gespeichert.</source>
        <translation>Event “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="211"/>
        <source>Neue Veranstaltung: Titel und Termin eintragen, dann speichern.</source>
        <translation>New event: enter a title and a date, then save.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="219"/>
        <source>Keine kommenden Veranstaltungen. „Neu“ legt eine an; „auch vergangene“ zeigt frühere.</source>
        <translation>No upcoming events. “New” creates one; “include past” shows earlier ones.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="220"/>
        <source>Keine Veranstaltungen zu diesem Filter.</source>
        <translation>No events match this filter.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="208"/>
        <source>Veranstaltung speichern</source>
        <translation>Save event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="209"/>
        <location filename="../../kidesk/ui/events_tab.py" line="254"/>
        <source>Veranstaltung löschen</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="249"/>
        <source>„%1“ am %2 mit %3 Personen auf der Liste endgültig löschen?</source>
        <translation>Permanently delete “%1” on %2 with %3 people on the list?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="262"/>
        <source>Veranstaltung „%1“ gelöscht.</source>
        <translation>Event “%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="284"/>
        <source>Modul %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="284"/>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="285"/>
        <source>%1 am %2 angelegt – bitte Datum und Inhalt prüfen.</source>
        <translation>%1 created on %2 – please check the date and content.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="288"/>
        <source> Die Reihe hat %1 geplante Module – ggf. unter „Reihen …“ anpassen.</source>
        <translation> The series has %1 planned modules – adjust under “Series …” if needed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="329"/>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="329"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="338"/>
        <source>Kalender exportieren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="340"/>
        <source>%1 Veranstaltung(en) nach %2 exportiert.</source>
        <translation>%1 event(s) exported to %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="39"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="45"/>
        <source>Liste:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="49"/>
        <source>Veranstaltung:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="53"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="55"/>
        <source>Interne Liste: auch Ehrenamtliche ohne Einwilligung zur Weitergabe an Partner</source>
        <translation>Internal list: also volunteers who have not consented to sharing with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="65"/>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="86"/>
        <source>Für Partner: Ehrenamtliche ohne Einwilligung zur Weitergabe werden weggelassen.</source>
        <translation>For partners: volunteers without consent to sharing are left out.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="89"/>
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
    <name>HoursPanel</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="49"/>
        <source>z. B. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="52"/>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="80"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="57"/>
        <source>&amp;Eintragen</source>
        <translation>Add entr&amp;y</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="65"/>
        <source>Kriterien &amp;ändern…</source>
        <translation>&amp;Change criteria…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="66"/>
        <source>Kriterien der Ehrenamtskarte NRW anpassen</source>
        <translation>Adjust the NRW volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="75"/>
        <source>Eintrag &amp;löschen</source>
        <translation>De&amp;lete entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="78"/>
        <source>Datum des Einsatzes</source>
        <translation>Date of the work</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="79"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="82"/>
        <source>Erfasste Stunden</source>
        <translation>Recorded hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="88"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="89"/>
        <source>S&amp;tunden:</source>
        <translation>Hou&amp;rs:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="90"/>
        <source>T&amp;ätigkeit:</source>
        <translation>Ac&amp;tivity:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="91"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="135"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="157"/>
        <source>%1: %2 Std.</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="159"/>
        <source>Summe je Jahr: %1 — insgesamt %2 Std.</source>
        <translation>Total per year: %1 — overall %2 h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="162"/>
        <source>Noch keine Stunden erfasst.</source>
        <translation>No hours recorded yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="166"/>
        <source>%1–%2: %3 Std. (%4 je Woche)</source>
        <translation>%1–%2: %3 h (%4 per week)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="174"/>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="174"/>
        <source>nicht erfüllt</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="178"/>
        <source>Ehrenamtskarte NRW (%1 Std./Woche oder %2 Std./Jahr, seit %3 Jahren): %4. %5</source>
        <translation>NRW volunteer card (%1 h/week or %2 h/year, for %3 years): %4. %5</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="191"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="193"/>
        <source>Bitte das Datum des Einsatzes eintragen.</source>
        <translation>Please enter the date of the work.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="209"/>
        <source>%1 Std. am %2 eingetragen.</source>
        <translation>%1 h on %2 recorded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="227"/>
        <source>Kriterien der Ehrenamtskarte</source>
        <translation>Volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="238"/>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="246"/>
        <source>Eintrag löschen</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/hours_panel.py" line="239"/>
        <source>%1 Std. vom %2 löschen?</source>
        <translation>Delete %1 h of %2?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="282"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="25"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="26"/>
        <source>Adressliste importieren</source>
        <translation>Import address list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="27"/>
        <source>Adresslisten (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)</source>
        <translation>Address lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="28"/>
        <source>Datei wird geprüft …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="29"/>
        <source>Kontakte werden importiert …</source>
        <translation>Importing contacts …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="30"/>
        <source>Tabellenblatt wählen</source>
        <translation>Choose worksheet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="31"/>
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
        <location filename="../../kidesk/ui/translatable_labels.py" line="33"/>
        <source>neu anlegen</source>
        <translation>create new</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="34"/>
        <source>ergänzen</source>
        <translation>add details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="35"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
</context>
<context>
    <name>InviteListPanel</name>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="59"/>
        <source>Alle aktiven Ehrenamtlichen</source>
        <extracomment>the status buttons shown under the list, in workflow order the list changed (the events list shows counts, so the tab refreshes it)</extracomment>
        <translation>All active volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="60"/>
        <source>Kontakte von Organisationen …</source>
        <translation>Contacts of organisations …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="61"/>
        <source>Mitglieder eines Netzwerks …</source>
        <translation>Members of a network …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="62"/>
        <source>Teilnehmende früherer Module</source>
        <translation>Participants of earlier modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="63"/>
        <source>Person …</source>
        <translation>Person …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="65"/>
        <source>Alle Ehrenamtlichen mit Status „aktiv“ einladen</source>
        <translation>Invite all volunteers with status “active”</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="66"/>
        <source>Alle aktuellen Kontakte der gewählten Organisationen einladen</source>
        <translation>Invite all current contacts of the chosen organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="67"/>
        <source>Alle Kontakte der Mitgliedsorganisationen eines Netzwerks einladen</source>
        <translation>Invite all contacts of a network’s member organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="68"/>
        <source>Alle, die an einem früheren Modul dieser Reihe teilgenommen haben</source>
        <translation>Everyone who attended an earlier module of this series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="69"/>
        <source>Einzelne Personen von Hand einladen</source>
        <translation>Invite individual people by hand</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="71"/>
        <source> – niemand wird doppelt eingeladen.</source>
        <translation> – nobody is invited twice.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="88"/>
        <source>Markierte:</source>
        <translation>Selected:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="95"/>
        <source>Weitere …</source>
        <translation>More …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="101"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="268"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="288"/>
        <source>Von der Liste nehmen</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="107"/>
        <source>Einladen:</source>
        <translation>Invite:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="137"/>
        <source>Keine Veranstaltung gewählt.</source>
        <translation>No event selected.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="158"/>
        <source>(davon Gäste: %1)</source>
        <translation>(guests: %1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="167"/>
        <source>Plätze unbegrenzt</source>
        <translation>Unlimited places</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; von %2 Plätzen belegt</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; of %2 seats taken</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="170"/>
        <source>&lt;b&gt;%1&lt;/b&gt; Plätze frei</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; places free</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="171"/>
        <source>%1 auf der Liste</source>
        <translation>%1 on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="148"/>
        <source>⚠ %1 Eingeladene ohne Postanschrift (bekommen keinen Brief): %2</source>
        <translation>⚠ %1 invitees without a postal address (will not get a letter): %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="181"/>
        <source>Einladungsliste</source>
        <translation>Invite list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="185"/>
        <source>Einladungsliste: %1</source>
        <translation>Invite list: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="201"/>
        <source>Kontakte von Organisationen einladen</source>
        <translation>Invite contacts of organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="202"/>
        <source>Alle aktuellen Kontakte der angehakten Organisationen kommen auf die Liste.</source>
        <translation>All current contacts of the ticked organisations are added to the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="213"/>
        <source>Mitglieder eines Netzwerks einladen</source>
        <translation>Invite members of a network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="214"/>
        <source>Alle Kontakte der Organisationen, die jetzt Mitglied des Netzwerks sind.</source>
        <translation>All contacts of the organisations that are currently members of the network.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="227"/>
        <source>Personen einladen</source>
        <translation>Invite people</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="228"/>
        <source>Die angehakten Personen kommen auf die Liste.</source>
        <translation>The ticked people are added to the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="243"/>
        <source>Bitte zuerst Personen in der Liste markieren.</source>
        <translation>Please select people in the list first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="248"/>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="254"/>
        <source>%1 Person(en): %2</source>
        <translation>%1 person(s): %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="256"/>
        <source> – ausgebucht, %1 auf der Warteliste</source>
        <translation> – fully booked, %1 on the waiting list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="258"/>
        <source> – nachgerückt: %1</source>
        <translation> – moved up from the waiting list: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="271"/>
        <source>%1 Person(en) von der Einladungsliste nehmen? Ihr Statusverlauf für diese Veranstaltung wird gelöscht.</source>
        <translation>Remove %1 person(s) from the invite list? Their status history for this event will be deleted.</translation>
    </message>
</context>
<context>
    <name>InviteeTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="23"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="24"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="26"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="27"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="28"/>
        <source>Postanschrift</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="46"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/invitee_table_model.py" line="46"/>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="48"/>
        <source>kidesk</source>
        <translation>kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="50"/>
        <source>Demo-Datenbank</source>
        <translation>demo database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="66"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="67"/>
        <source>Partnerorganisationen</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="68"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="69"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="71"/>
        <source>Strg+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="83"/>
        <source>Datenbank: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="84"/>
        <source>Ort der Datenbank</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="86"/>
        <source>Bereit.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="115"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="118"/>
        <source>Neuen Datensatz anlegen</source>
        <translation>Create a new record</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="121"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="124"/>
        <source>Änderungen speichern</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="127"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="130"/>
        <source>Druckvorschau für die Auswahl</source>
        <translation>Print preview for the selection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="133"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="133"/>
        <source>Daten aus einer Datei übernehmen</source>
        <translation>Import data from a file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="136"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="136"/>
        <source>Daten in eine Datei schreiben</source>
        <translation>Write data to a file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="139"/>
        <source>E&amp;instellungen …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="142"/>
        <source>Eigene Organisation, Vorlagen, Druckerkalibrierung</source>
        <translation>Own organisation, templates, printer calibration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="145"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="145"/>
        <source>kidesk beenden</source>
        <translation>Quit kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="148"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="151"/>
        <source>Letzte Änderung im Formular rückgängig machen</source>
        <translation>Undo the last change in the form</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="154"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="157"/>
        <source>Ausgewählte Datensätze löschen</source>
        <translation>Delete selected records</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="160"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="163"/>
        <source>In der Liste suchen</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="166"/>
        <source>&amp;Doppelte Kontakte finden …</source>
        <translation>Find &amp;duplicate contacts …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="169"/>
        <source>Kontakte, die vermutlich dieselbe Person sind, zusammenführen</source>
        <translation>Merge contacts that are probably the same person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="172"/>
        <source>Ü&amp;berall suchen</source>
        <translation>Search &amp;everywhere</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="175"/>
        <source>Kontakte, Organisationen, Veranstaltungen, Ehrenamtliche finden</source>
        <translation>Find contacts, organisations, events, volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="178"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="181"/>
        <source>Listen neu laden</source>
        <translation>Reload lists</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="183"/>
        <source>Ü&amp;ber kidesk</source>
        <translation>&amp;About kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="194"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="200"/>
        <source>Si&amp;cherung …</source>
        <translation>Ba&amp;ckup …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="205"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="213"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="218"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="221"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="273"/>
        <source>Gefunden: %s</source>
        <translation>Found: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="282"/>
        <source>Nichts rückgängig zu machen.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="310"/>
        <source>Einstellungen gespeichert.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="315"/>
        <source>Über kidesk</source>
        <translation>About kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="317"/>
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
        <location filename="../../kidesk/ui/duplicates_view.py" line="70"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="71"/>
        <source>Kontakt %1 (bleibt)</source>
        <translation>Contact %1 (kept)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="72"/>
        <source>Kontakt %1 (wird aufgelöst)</source>
        <translation>Contact %1 (merged away)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="98"/>
        <source>Verknüpfungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="103"/>
        <source>Nicht gewählte Werte und beide Notizen bleiben in den Notizen erhalten; alle Verknüpfungen gehen auf den bleibenden Kontakt über.</source>
        <translation>Values not chosen and both sets of notes are kept in the notes; all links are transferred to the contact that is kept.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="65"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="66"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="67"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="68"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="69"/>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="70"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="71"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="72"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="73"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="74"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="75"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="76"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="77"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="78"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="79"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="80"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="81"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="73"/>
        <source>Logo</source>
        <extracomment>the user wants to enter a new contact working at this organisation</extracomment>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="79"/>
        <source>Logo der Organisation</source>
        <translation>Organisation logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="83"/>
        <source>Logo wählen oder ersetzen</source>
        <translation>Choose or replace logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="85"/>
        <source>Logo entfernen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="95"/>
        <source>Name der Organisation (Pflichtfeld)</source>
        <translation>Organisation name (required)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="97"/>
        <source>&amp;Kurzname:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="97"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="97"/>
        <source>z. B. Caritas</source>
        <translation>e.g. Caritas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="102"/>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="102"/>
        <source>Art der Organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="115"/>
        <source>Übergeordnete Organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="120"/>
        <source>Anschrift und Erreichbarkeit</source>
        <translation>Address and contact details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="122"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="123"/>
        <source>&amp;PLZ:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="123"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="124"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="124"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="125"/>
        <source>&amp;Land:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="125"/>
        <source>Ländercode</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="131"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="133"/>
        <source>z. B. 05221/13-0</source>
        <translation>e.g. 05221/13-0</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="135"/>
        <source>Fa&amp;x:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="135"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="136"/>
        <source>E-&amp;Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="136"/>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="137"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="140"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="145"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="148"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="151"/>
        <source>Personen in dieser Organisation</source>
        <translation>People in this organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="152"/>
        <source>Doppelklick oder Eingabetaste öffnet den Kontakt</source>
        <translation>Double-click or Enter opens the contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="156"/>
        <source>Neuen Kontakt in dieser Organisation anlegen</source>
        <translation>Create a new contact in this organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="159"/>
        <source>Untergeordnete Organisationen:</source>
        <translation>Subordinate organisations:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="162"/>
        <source>Untergeordnete Organisationen</source>
        <translation>Subordinate organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="170"/>
        <source>Netzwerke</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="174"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="174"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="174"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="444"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="489"/>
        <source>Beitritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="174"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="444"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="176"/>
        <source>Netzwerkmitgliedschaften</source>
        <translation>Network memberships</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="191"/>
        <source>Ne&amp;tzwerk:</source>
        <translation>Ne&amp;twork:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="193"/>
        <source>Netzwerk zum Aufnehmen</source>
        <translation>Network to join</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="198"/>
        <source>Beitrittsdatum</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="202"/>
        <source>Rolle, z. B. Projektgruppe</source>
        <translation>Role, e.g. project group</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="203"/>
        <source>Rolle im Netzwerk</source>
        <translation>Role in the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="205"/>
        <source>In das Netzwerk aufnehmen</source>
        <translation>Add to the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="82"/>
        <source>Logo w&amp;ählen …</source>
        <translation>&amp;Choose logo …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="84"/>
        <source>Logo ent&amp;fernen</source>
        <translation>Remove lo&amp;go</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="113"/>
        <source>&amp;Übergeordnet:</source>
        <translation>Pa&amp;rent:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="122"/>
        <source>Stra&amp;ße:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="130"/>
        <source>T&amp;elefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="137"/>
        <source>Webs&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="155"/>
        <source>Neue Pe&amp;rson hier …</source>
        <translation>New &amp;person here …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="199"/>
        <source>&amp;Beitritt:</source>
        <translation>Jo&amp;ined:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="204"/>
        <source>Aufne&amp;hmen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="206"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="207"/>
        <source>Ausgewählte Mitgliedschaft entfernen</source>
        <translation>Remove selected membership</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="272"/>
        <source>Entf-Taste in der Liste</source>
        <translation>Del key in the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="280"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="322"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="325"/>
        <source>Bitte eine vorhandene Organisation als übergeordnete wählen.</source>
        <translation>Please choose an existing organisation as parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="327"/>
        <source>Eine Organisation kann nicht sich selbst übergeordnet sein.</source>
        <translation>An organisation cannot be its own parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="375"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="394"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="399"/>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="399"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="411"/>
        <source>Die Datei lässt sich nicht lesen: %s</source>
        <translation>The file cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="417"/>
        <source>Das Bild ist beschädigt und lässt sich nicht anzeigen.</source>
        <translation>The image is damaged and cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="450"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="489"/>
        <source>%s bei „%s“ ist kein Datum (Beispiel: 27.02.2008).</source>
        <translation>%s for “%s” is not a date (example: 27.02.2008).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="454"/>
        <source>Beim Netzwerk „%s“ liegt der Austritt vor dem Beitritt.</source>
        <translation>For the network “%s” the leaving date is before the joining date.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="477"/>
        <source>Es gibt noch kein Netzwerk. Bitte zuerst eines anlegen.</source>
        <translation>There is no network yet. Please create one first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="483"/>
        <source>„%s“ ist schon eingetragen.</source>
        <translation>“%s” is already listed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="502"/>
        <source>Bitte zuerst eine Mitgliedschaft auswählen.</source>
        <translation>Please select a membership first.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="38"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="39"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="40"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="41"/>
        <source>Übergeordnet</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="42"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="27"/>
        <source>Name, Kurzname, Ort … (Strg+F)</source>
        <extracomment>enter a new contact affiliated with this organisation: (organisation id, name) organisations were added, renamed or deleted (other tabs refresh their choice lists)</extracomment>
        <translation>Name, short name, town … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="27"/>
        <source>Organisationen durchsuchen</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="31"/>
        <source>Nach Art filtern</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="32"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="38"/>
        <source>Nach Netzwerk filtern</source>
        <translation>Filter by network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="29"/>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="36"/>
        <source>Netzwerk:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="47"/>
        <source>Netzwerk anle&amp;gen …</source>
        <translation>New net&amp;work …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="48"/>
        <source>Neues Netzwerk anlegen</source>
        <translation>Create a new network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="52"/>
        <source>Liste der Partnerorganisationen</source>
        <translation>List of partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="54"/>
        <source>Neue Organisation anlegen</source>
        <translation>Create new organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="55"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="72"/>
        <source>Organisation speichern</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="56"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="73"/>
        <source>Organisation löschen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="74"/>
        <source>Organisation „%s“ gespeichert.</source>
        <translation>Organisation “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="75"/>
        <source>Die Organisation „%s“ wirklich löschen?</source>
        <translation>Really delete the organisation “%s”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="76"/>
        <source>Neue Organisation: Felder ausfüllen, dann mit Strg+S speichern.</source>
        <translation>New organisation: fill in the fields, then save with Ctrl+S.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/organisations_tab.py" line="77"/>
        <source>%n Organisationen wirklich löschen?</source>
        <translation>
            <numerusform>Really delete %n organisation?</numerusform>
            <numerusform>Really delete %n organisations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/organisations_tab.py" line="78"/>
        <source>%n Organisation(en) gelöscht.</source>
        <translation>
            <numerusform>%n organisation deleted.</numerusform>
            <numerusform>%n organisations deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/organisations_tab.py" line="79"/>
        <source>%n Organisation(en)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="98"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="124"/>
        <source>alle Netzwerke</source>
        <translation>all networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="138"/>
        <source>Für Organisationen gibt es keine Druckprodukte; Etiketten und Visitenkarten druckt der Reiter „Kontakte“.</source>
        <translation>There are no print products for organisations; labels and business cards are printed from the “Contacts” tab.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="148"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="155"/>
        <source>Netzwerk anlegen</source>
        <translation>Create network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="148"/>
        <source>&amp;Name des Netzwerks:</source>
        <translation>&amp;Name of the network:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="160"/>
        <source>Netzwerk „%s“ angelegt.</source>
        <translation>Network “%s” created.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="98"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="101"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="104"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="111"/>
        <source>Seite</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="115"/>
        <source> von %d </source>
        <translation> of %d </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="108"/>
        <source>Vorherige Seite (Bild auf)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="118"/>
        <source>Nächste Seite (Bild ab)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="122"/>
        <source>Verkleinern (Strg+Minus)</source>
        <translation>Zoom out (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="125"/>
        <source>Vergrößern (Strg+Plus)</source>
        <translation>Zoom in (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="127"/>
        <source>Seitenbreite</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="128"/>
        <source>Ganze Seite</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="129"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="132"/>
        <source>Status der Vorschau</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="140"/>
        <source>Das PDF lässt sich nicht anzeigen (leer oder beschädigt).</source>
        <translation>The PDF cannot be shown (empty or damaged).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="145"/>
        <source>%d Seite(n). Gedruckt wird ohne Skalierung in Originalgröße.</source>
        <translation>%d page(s). Printed at original size, without scaling.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="206"/>
        <location filename="../../kidesk/ui/print_preview.py" line="214"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="215"/>
        <source>Der Drucker lässt sich nicht öffnen. Bitte Drucker und Verbindung prüfen.</source>
        <translation>The printer cannot be opened. Please check the printer and its connection.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="218"/>
        <source>%d Seite(n) an den Drucker geschickt.</source>
        <translation>%d page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="225"/>
        <location filename="../../kidesk/ui/print_preview.py" line="235"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="225"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="237"/>
        <source>Gespeichert: %s</source>
        <translation>Saved: %s</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="51"/>
        <source>Noch an keinem Modul einer Qualifizierungsreihe teilgenommen.</source>
        <translation>Has not attended any module of a qualification series yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="63"/>
        <source>Besucht: Module %1 · fehlt: %2 · nötig für die Bescheinigung: %3 von %4</source>
        <translation>Attended: modules %1 · missing: %2 · needed for the certificate: %3 of %4</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="71"/>
        <source>✓ Bescheinigung möglich</source>
        <translation>✓ certificate possible</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="71"/>
        <source>noch nicht vollständig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="72"/>
        <source>Bescheinigung drucken</source>
        <translation>Print certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="74"/>
        <source>Bescheinigung drucken: %1</source>
        <translation>Print certificate: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="91"/>
        <source>Bescheinigung</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="94"/>
        <source>Bescheinigung – %1</source>
        <translation>Certificate – %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/progress_panel.py" line="96"/>
        <source>Bescheinigung erstellt.</source>
        <translation>Certificate created.</translation>
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
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="149"/>
        <source>Anzahl gefundener Einträge</source>
        <translation>Number of entries found</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="175"/>
        <source>Neuen Eintrag anlegen</source>
        <translation>Create new entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="176"/>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="177"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="179"/>
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="141"/>
        <source>Suchen:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="174"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="178"/>
        <source>Ver&amp;werfen</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="180"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="181"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="411"/>
        <source>Änderungen verworfen.</source>
        <extracomment>after saving a record the filters hide, clear them (else the editor keeps it, unlisted)</extracomment>
        <translation>Changes discarded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="416"/>
        <source>Letzte Änderung rückgängig gemacht.</source>
        <translation>Last change undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/record_list_tab.py" line="432"/>
        <source>Mit gelöscht werden: %s.</source>
        <translation>Deleted along with it: %s.</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="60"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="50"/>
        <source>„%s“ hat ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation>“%s” has unsaved changes. Save now?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="54"/>
        <source>Geändert: %s</source>
        <translation>Changed: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="75"/>
        <source>Das lässt sich nicht rückgängig machen.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="88"/>
        <source>Bitte zuerst korrigieren:</source>
        <translation>Please correct first:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="99"/>
        <source>Möglicherweise gibt es diese Person schon:</source>
        <translation>This person may already exist:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="101"/>
        <source>Trotzdem anlegen? „Öffnen“ zeigt stattdessen den vorhandenen Eintrag, „Abbrechen“ führt zurück zur Eingabe.</source>
        <translation>Create anyway? “Open” shows the existing entry instead, “Cancel” returns to the form.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="137"/>
        <source>Inzwischen geändert</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="139"/>
        <source>„%s“ wurde inzwischen an anderer Stelle geändert. Neu laden (Ihre Eingaben gehen verloren) oder mit Ihren Eingaben überschreiben?</source>
        <translation>“%s” has been changed elsewhere in the meantime. Reload it (your entries will be lost) or overwrite it with your entries?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="147"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/common/prompts.py" line="150"/>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="226"/>
        <source>Veranstaltungsreihen</source>
        <translation>Event series</translation>
    </message>
</context>
<context>
    <name>SeriesEditor</name>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="54"/>
        <source>Neue Reihe</source>
        <extracomment>the user wants the next module of this series planned (the events tab does it) a module was double-clicked: show that event</extracomment>
        <translation>New series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="61"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="64"/>
        <source>alle Module</source>
        <translation>all modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="65"/>
        <location filename="../../kidesk/ui/series_editor.py" line="212"/>
        <location filename="../../kidesk/ui/series_editor.py" line="215"/>
        <source>Reihe speichern</source>
        <translation>Save series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="66"/>
        <source>Nächstes Modul planen</source>
        <translation>Plan next module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="68"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="70"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="71"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="74"/>
        <source>Bescheinigung ab</source>
        <translation>certificate from</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="76"/>
        <source>besuchten Modulen</source>
        <translation>modules attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="78"/>
        <source>Module</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="105"/>
        <source>Module der Reihe</source>
        <translation>Modules of the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="108"/>
        <source>Teilnahme: Ehrenamtliche × Module (✓ teilgenommen, – nicht erschienen/abgesagt)</source>
        <translation>Attendance: volunteers × modules (✓ attended, – no-show/cancelled)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="128"/>
        <source>Doppelklick öffnet das Modul</source>
        <translation>Double-click opens the module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="175"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="53"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="63"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="66"/>
        <source>Eigene Organisation</source>
        <translation>Own organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="68"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="71"/>
        <source>Name, Anschrift und Logo werden im Reiter „Partnerorganisationen“ gepflegt.</source>
        <translation>Name, address and logo are edited in the “Partner organisations” tab.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="75"/>
        <source>Absender für Briefe</source>
        <translation>Sender of letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="76"/>
        <source>&amp;Briefabsender:</source>
        <translation>Letter &amp;sender:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="81"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="84"/>
        <source>Vorlage für Visitenkarten</source>
        <translation>Template for business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="87"/>
        <source>&amp;Visitenkarten:</source>
        <translation>&amp;Business cards:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="91"/>
        <source>Vorlage für Adressetiketten</source>
        <translation>Template for address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="94"/>
        <source>&amp;Adressetiketten:</source>
        <translation>&amp;Address labels:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="99"/>
        <source>Druckerkalibrierung</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="102"/>
        <source>Vorlage für die Kalibrierung</source>
        <translation>Template to calibrate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="105"/>
        <source>Vorla&amp;ge:</source>
        <translation>Tem&amp;plate:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="109"/>
        <source>Verschiebung nach rechts in Millimetern</source>
        <translation>Shift to the right in millimetres</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="110"/>
        <source>Verschiebung nach unten in Millimetern</source>
        <translation>Shift down in millimetres</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="111"/>
        <source>nach &amp;rechts:</source>
        <translation>&amp;right:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="113"/>
        <source>nach &amp;unten:</source>
        <translation>&amp;down:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="121"/>
        <source>Verschiebung:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="122"/>
        <source>&amp;Testblatt drucken …</source>
        <translation>Print &amp;test sheet …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="123"/>
        <source>Testblatt für die gewählte Vorlage drucken</source>
        <translation>Print a test sheet for the chosen template</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="126"/>
        <source>Das Testblatt zeigt Rahmen und Maße der Vorlage mit dieser Verschiebung.
Verrutscht der Druck, die Abweichung hier eintragen.</source>
        <translation>The test sheet shows the template’s frames and measurements with this shift.
If the print is off, enter the difference here.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="137"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="141"/>
        <source>Ort der Datenbank</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="143"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="144"/>
        <source>Ordner der Datenbank öffnen</source>
        <translation>Open the database folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="152"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="155"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="158"/>
        <source>Sprache der &amp;Oberfläche:</source>
        <translation>User &amp;interface language:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="162"/>
        <source>(wirkt beim nächsten Start)</source>
        <translation>(takes effect at the next start)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="176"/>
        <source>Letzte Sicherung: keine</source>
        <translation>Last backup: none</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="177"/>
        <source>Letzte Sicherung: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="198"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="203"/>
        <source>– nicht festgelegt –</source>
        <translation>– not set –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="254"/>
        <source>Testblatt %s</source>
        <translation>Test sheet %s</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="81"/>
        <source>⚠ Keine Foto-Einwilligung</source>
        <extracomment>the date fields: state key, widget attribute, profile field a record was loaded (or the editor emptied): the tab shows its hours and progress</extracomment>
        <translation>⚠ No photo consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="82"/>
        <source>Nicht fotografieren, keine Fotos veröffentlichen.</source>
        <translation>Do not photograph, do not publish photos.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="86"/>
        <source>Hinweis: keine Foto-Einwilligung</source>
        <translation>Note: no photo consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="87"/>
        <source>Keine Weitergabe an Partner</source>
        <translation>Not to be shared with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="103"/>
        <source>z. B. Di/Do nachmittags</source>
        <translation>e.g. Tue/Thu afternoons</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="111"/>
        <source>weitere Bereiche, mit Komma getrennt</source>
        <translation>further areas, separated by commas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="114"/>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="249"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="114"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="123"/>
        <source>Sprache hinzufügen</source>
        <translation>Add language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="124"/>
        <source>Sprache entfernen</source>
        <translation>Remove language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="130"/>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="131"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="132"/>
        <source>Weitergabe an Partnerorganisationen</source>
        <translation>Sharing with partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="144"/>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="373"/>
        <source>Aktiv seit</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="145"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="146"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="147"/>
        <source>Einsatzbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="148"/>
        <source>Weitere Einsatzbereiche</source>
        <translation>Further engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="149"/>
        <source>Sprachen mit Niveau</source>
        <translation>Languages with level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="150"/>
        <source>Vereinbarung unterschrieben am</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="151"/>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="152"/>
        <source>Einwilligung Fotos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="153"/>
        <source>Einwilligung Newsletter</source>
        <translation>Consent to newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="154"/>
        <source>Einwilligung Weitergabe an Partnerorganisationen</source>
        <translation>Consent to sharing with partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="155"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate inspected on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="156"/>
        <source>Führungszeugnis wieder fällig am</source>
        <translation>Police certificate due again on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="157"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="188"/>
        <source>&amp;Status:</source>
        <extracomment>the widget to focus for a problem, by the field name a ValidationError carries</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="189"/>
        <source>Aktiv &amp;seit:</source>
        <translation>Acti&amp;ve since:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="190"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="191"/>
        <source>&amp;Verfügbarkeit:</source>
        <translation>Availa&amp;bility:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="192"/>
        <source>&amp;Einsatzbereiche:</source>
        <translation>&amp;Engagement areas:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="201"/>
        <source>S&amp;prachen:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="205"/>
        <source>Vereinbarung und Einwilligung</source>
        <translation>Agreement and consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="207"/>
        <source>Vereinbarung &amp;unterschrieben am:</source>
        <translation>A&amp;greement signed on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="208"/>
        <source>Einwilligung &amp;erteilt am:</source>
        <translation>&amp;Consent given on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="213"/>
        <source>Zwecke:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="215"/>
        <source>Erweitertes Führungszeugnis (nur Daten, kein Dokument)</source>
        <translation>Extended police certificate (dates only, no document)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="217"/>
        <source>&amp;Eingesehen am:</source>
        <translation>Inspec&amp;ted on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="218"/>
        <source>&amp;Wieder fällig am:</source>
        <translation>&amp;Due again on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="228"/>
        <source>&amp;Notizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="252"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="256"/>
        <source>Sprachniveau</source>
        <translation>Language level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="439"/>
        <source>Datum bitte als TT.MM.JJJJ eingeben.</source>
        <translation>Please enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="444"/>
        <source>Ohne eigenes Datum fällig am %1 (eingesehen + 5 Jahre).</source>
        <translation>Without a date of its own, due on %1 (inspected + 5 years).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="447"/>
        <source>Noch kein Führungszeugnis eingesehen.</source>
        <translation>No police certificate inspected yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="374"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="375"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="376"/>
        <source>Führungszeugnis eingesehen</source>
        <translation>Police certificate inspected</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/profile_editor.py" line="377"/>
        <source>Führungszeugnis fällig</source>
        <translation>Police certificate due</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="39"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="40"/>
        <source>Einsatzbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="41"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="42"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="43"/>
        <source>Führungszeugnis fällig</source>
        <translation>Police certificate due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="44"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="45"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="46"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="47"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="48"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="49"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="50"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="53"/>
        <source>Keine Einwilligung für Fotos: nicht fotografieren, keine Fotos veröffentlichen.</source>
        <translation>No consent to photos: do not photograph, do not publish photos.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="59"/>
        <source>Keine Einwilligung zur Weitergabe an Partnerorganisationen.</source>
        <translation>No consent to sharing details with partner organisations.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="61"/>
        <source>Stunden %1</source>
        <translation>Hours %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="62"/>
        <source>✗ keine Einwilligung</source>
        <translation>✗ no consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="63"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="78"/>
        <source>Name suchen…</source>
        <translation>Search name…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="81"/>
        <source>alle Status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="83"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="84"/>
        <source>alle Einsatzbereiche</source>
        <translation>all areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="85"/>
        <source>alle Sprachen</source>
        <translation>all languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="86"/>
        <source>jede Qualifizierung</source>
        <translation>any qualification</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="88"/>
        <source>begonnen</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="89"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="90"/>
        <source>noch unvollständig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="78"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="79"/>
        <source>Name suchen</source>
        <translation>Search name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="93"/>
        <source>Filter Status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="94"/>
        <source>Filter Kommune</source>
        <translation>Filter municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="95"/>
        <source>Filter Einsatzbereich</source>
        <translation>Filter area</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="96"/>
        <source>Filter Sprache</source>
        <translation>Filter language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="97"/>
        <source>Filter Qualifizierungsreihe</source>
        <translation>Filter qualification series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="98"/>
        <source>Filter Fortschritt in der Reihe</source>
        <translation>Filter progress in the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="119"/>
        <source>Liste der Ehrenamtlichen</source>
        <translation>List of volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="127"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="128"/>
        <source>Einen vorhandenen Kontakt als Ehrenamtliche/n erfassen (Strg+N)</source>
        <translation>Record an existing contact as a volunteer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="114"/>
        <source>Zum Dankeschön-Fest &amp;einladen…</source>
        <translation>&amp;Invite to the thank-you event…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="129"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="130"/>
        <source>&amp;Verwerfen</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="142"/>
        <source>&amp;Profil</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="143"/>
        <source>S&amp;tunden</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="144"/>
        <source>&amp;Qualifizierung</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="194"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="195"/>
        <source>Fällig innerhalb von Wochen</source>
        <translation>Due within weeks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="199"/>
        <source>Fällige Punkte</source>
        <translation>Items due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="209"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="212"/>
        <source>Art der fälligen Punkte</source>
        <translation>Kind of items due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="217"/>
        <source>Fällig in den nächsten</source>
        <translation>Due in the next</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="227"/>
        <source>Doppelklick oder Enter öffnet die Person in der Übersicht.</source>
        <translation>Double-click or Enter opens the person in the overview.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="156"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="157"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="235"/>
        <source>Ehrenamtsprofil speichern</source>
        <translation>Save volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="247"/>
        <source>%1 Ehrenamtliche</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="379"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="237"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="380"/>
        <source>Ehrenamtsprofil gespeichert.</source>
        <translation>Volunteer profile saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="236"/>
        <source>Ehrenamtsprofil löschen</source>
        <translation>Delete volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="240"/>
        <source>Das Ehrenamtsprofil von %1 mit allen erfassten Stunden löschen? Der Kontakt selbst bleibt erhalten.</source>
        <translation>Delete the volunteer profile of %1 with all recorded hours? The contact itself stays.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="245"/>
        <source>%1 Ehrenamtsprofile löschen?</source>
        <translation>Delete %1 volunteer profiles?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="246"/>
        <source>Ehrenamtsprofil von %1 gelöscht.</source>
        <translation>Volunteer profile of %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="432"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="439"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="448"/>
        <source>Neue/r Ehrenamtliche/r</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="434"/>
        <source>Alle Kontakte sind bereits als Ehrenamtliche erfasst. Bitte zuerst im Reiter Kontakte die Person anlegen.</source>
        <translation>All contacts are already recorded as volunteers. Please create the person in the Contacts tab first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="439"/>
        <source>Kontakt:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="451"/>
        <source>Ehrenamtsprofil angelegt.</source>
        <translation>Volunteer profile created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="470"/>
        <source>Fällig (%1)</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="487"/>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="496"/>
        <source>Zum Dankeschön-Fest einladen</source>
        <translation>Invite to the thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="490"/>
        <source>%1 Ehrenamtliche eingeladen; %2 standen schon auf der Liste.</source>
        <translation>%1 volunteers invited; %2 were on the list already.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers/tab.py" line="495"/>
        <source>%1 hatten weniger Stunden als verlangt.</source>
        <translation>%1 had fewer hours than required.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="122"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="123"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="124"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="125"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="104"/>
        <source>Wohlfahrtsverband</source>
        <translation>Welfare association</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="105"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="106"/>
        <source>Behörde</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="107"/>
        <source>Jobcenter / Arbeitsagentur</source>
        <translation>Job centre / employment agency</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="108"/>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="109"/>
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="110"/>
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="111"/>
        <source>Verein</source>
        <translation>Club / association</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="112"/>
        <source>Unternehmen</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="96"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="92"/>
        <source>Qualifizierungsmodul</source>
        <translation>Qualification module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="93"/>
        <source>Dankeschön-Veranstaltung</source>
        <translation>Thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="94"/>
        <source>Netzwerktreffen</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="95"/>
        <source>Informationsveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="97"/>
        <source>in Planung</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="98"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="99"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="100"/>
        <source>durchgeführt</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="101"/>
        <source>Veranstalter</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="102"/>
        <source>Mitveranstalter</source>
        <translation>Co-host</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="103"/>
        <source>Förderer</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="113"/>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="114"/>
        <source>Referent/in</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="115"/>
        <source>Helfer/in</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="116"/>
        <source>eingeladen</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="117"/>
        <source>angemeldet</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="118"/>
        <source>Warteliste</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="119"/>
        <source>teilgenommen</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="120"/>
        <source>storniert</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="121"/>
        <source>nicht erschienen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="126"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="127"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="128"/>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="129"/>
        <source>Führungszeugnis</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="130"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="131"/>
        <source>Ohne Aktivität</source>
        <translation>No activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="132"/>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="133"/>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="134"/>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="135"/>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="136"/>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="137"/>
        <source>C2</source>
        <translation>C2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="138"/>
        <source>Muttersprache</source>
        <translation>Native language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="139"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="140"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="141"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="142"/>
        <source>Weitere Vornamen</source>
        <translation>Middle names</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="143"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="144"/>
        <source>Name (Vor- und Nachname)</source>
        <translation>Name (first and last name)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="145"/>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="146"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="147"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="148"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="149"/>
        <source>Telefon (Art aus Nachbarspalte)</source>
        <translation>Phone (type from neighbouring column)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="150"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="151"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="152"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="153"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="154"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="155"/>
        <source>Adresszusatz</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="156"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="157"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="158"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="159"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="160"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="161"/>
        <source>Ehrenamtlich (ja/nein)</source>
        <translation>Volunteer (yes/no)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="162"/>
        <source>Status (Ehrenamt)</source>
        <translation>Status (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="163"/>
        <source>Ehrenamtlich aktiv seit</source>
        <translation>Volunteering since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="164"/>
        <source>Kommune (Ehrenamt)</source>
        <translation>Municipality (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="165"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="166"/>
        <source>Engagementbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="167"/>
        <source>Sprachkenntnisse (Ehrenamt)</source>
        <translation>Language skills (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="168"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="169"/>
        <source>Einwilligung Fotos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="170"/>
        <source>Einwilligung Newsletter</source>
        <translation>Consent to newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="171"/>
        <source>Einwilligung Weitergabe an Partner</source>
        <translation>Consent to sharing with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="172"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate inspected on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="173"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="174"/>
        <source>seit Beginn keine Stunden und keine Teilnahme</source>
        <translation>no hours and no attendance since starting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="175"/>
        <source>letzte Aktivität</source>
        <translation>last activity</translation>
    </message>
</context>
</TS>
