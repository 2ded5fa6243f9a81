<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="236"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="240"/>
        <source>Check-in beenden</source>
        <translation>Finish check-in</translation>
    </message>
</context>
<context>
    <name>CheckinListModel</name>
    <message>
        <location filename="../../kidesk/ui/models/checkin_list_model.py" line="54"/>
        <source>Hat abgesagt oder wurde storniert. Enter checkt trotzdem ein, falls die Person gekommen ist.</source>
        <translation>Declined or cancelled. Enter still checks them in if the person came after all.</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="59"/>
        <source>Namen tippen, Enter = anwesend</source>
        <translation>Type a name, Enter = present</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="77"/>
        <source>Ohne Anmeldung erschienen (Strg+N)</source>
        <translation>Came without registering (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="88"/>
        <source>Anlegen und einchecken</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="91"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="92"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="94"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="106"/>
        <source>↑/↓ wählen · Enter = anwesend · Esc = Feld leeren
Strg+N = neue Person ohne Anmeldung</source>
        <translation>↑/↓ select · Enter = present · Esc = clear field
Ctrl+N = new person without registration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="150"/>
        <source>%1 anwesend · %2 angemeldet · %3 auf der Liste</source>
        <translation>%1 present · %2 registered · %3 on the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="182"/>
        <source>%1 war schon eingecheckt.</source>
        <translation>%1 was already checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="185"/>
        <source>✓ %1 ist eingecheckt (stand als „%2“ auf der Liste).</source>
        <translation>✓ %1 is checked in (was listed as “%2”).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="191"/>
        <source>✓ %1 ist eingecheckt.</source>
        <translation>✓ %1 is checked in.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/checkin_view.py" line="218"/>
        <source>✓ %1 neu erfasst und eingecheckt.</source>
        <translation>✓ %1 added and checked in.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../kidesk/ui/choice_dialog.py" line="25"/>
        <source>Filtern …</source>
        <translation>Filter …</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="62"/>
        <source>Spalten zuordnen</source>
        <translation>Assign columns</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="65"/>
        <source>Datei: %1. Bitte für jede Spalte wählen, wohin sie gehört. Spalten ohne passendes Feld kommen in die Notizen.</source>
        <translation>File: %1. Please choose where each column belongs. Columns without a matching field go into the notes.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="68"/>
        <source>Die Zuordnung vom letzten Import einer Datei dieses Aufbaus wurde übernommen.</source>
        <translation>The assignment from the last import of a file with this layout has been applied.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="75"/>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="75"/>
        <source>Beispielwerte</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="75"/>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="80"/>
        <source>→ in die Notizen</source>
        <translation>→ into the notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="80"/>
        <source>nicht übernehmen</source>
        <translation>do not import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="83"/>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="111"/>
        <source>Weiter zur Prüfung</source>
        <translation>Continue to review</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="129"/>
        <source>Bitte mindestens einer Spalte „Nachname“ oder „Name (Vor- und Nachname)“ zuordnen.</source>
        <translation>Please assign at least one column to “Last name” or “Name (first and last name)”.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="58"/>
        <source>Name des Kontakts</source>
        <extracomment>the user asked to see an organisation (double-click on an affiliation)</extracomment>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="60"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="65"/>
        <source>&amp;Anrede:</source>
        <translation>Sa&amp;lutation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="65"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="66"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="66"/>
        <source>Akademischer Titel</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="66"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="67"/>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="67"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="68"/>
        <source>&amp;Nachname:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="68"/>
        <source>Nachname (Pflichtfeld)</source>
        <translation>Last name (required)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="69"/>
        <source>&amp;Funktion:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="69"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="70"/>
        <source>A&amp;bteilung:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="70"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="71"/>
        <source>Ei&amp;gene/r Mitarbeiter/in</source>
        <translation>Own sta&amp;ff member</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="125"/>
        <source>Organi&amp;sation:</source>
        <translation>Organi&amp;sation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="136"/>
        <source>&amp;Rolle:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="142"/>
        <source>Zuordnen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="145"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="72"/>
        <source>Für Visitenkarten und als Absender von Briefen</source>
        <translation>For business cards and as sender of letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="73"/>
        <source>Eigene Mitarbeiterin oder eigener Mitarbeiter</source>
        <translation>Own staff member</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="77"/>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="79"/>
        <source>z. B. 05221/13-1180</source>
        <translation>e.g. 05221/13-1180</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="80"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="80"/>
        <source>T&amp;elefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="81"/>
        <source>&amp;Mobil:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="81"/>
        <source>Mobiltelefon</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="81"/>
        <source>z. B. 0171 1234567</source>
        <translation>e.g. 0171 1234567</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="82"/>
        <source>Fa&amp;x:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="82"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="83"/>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="83"/>
        <source>E-Ma&amp;il:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="84"/>
        <source>name@beispiel.de</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="85"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="85"/>
        <source>Ra&amp;um:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="88"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="90"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="90"/>
        <source>Stra&amp;ße:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="91"/>
        <source>&amp;PLZ:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="91"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="92"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="92"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="93"/>
        <source>&amp;Land:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="93"/>
        <source>Ländercode</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="97"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="99"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="99"/>
        <source>z. B. Deutsch, Türkisch</source>
        <translation>e.g. German, Turkish</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="99"/>
        <source>Sprac&amp;hen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="103"/>
        <source>Noti&amp;zen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="103"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="106"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="109"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="109"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="109"/>
        <source>Haupt</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="110"/>
        <source>Zugeordnete Organisationen</source>
        <translation>Assigned organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="129"/>
        <source>Organisation zum Zuordnen</source>
        <translation>Organisation to assign</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="138"/>
        <source>Rolle in der Organisation</source>
        <translation>Role in the organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="139"/>
        <source>z. B. Leitung</source>
        <translation>e.g. head</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="143"/>
        <source>Organisation zuordnen</source>
        <translation>Assign organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="146"/>
        <source>Ausgewählte Zuordnung entfernen</source>
        <translation>Remove selected assignment</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="148"/>
        <source>Entf-Taste in der Liste</source>
        <translation>Del key in the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="234"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="270"/>
        <source>Doppelklick öffnet die Organisation</source>
        <translation>Double-click opens the organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="301"/>
        <source>Bitte eine vorhandene Organisation wählen (Namen tippen und aus der Liste übernehmen).</source>
        <translation>Please choose an existing organisation (type its name and pick it from the list).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="308"/>
        <source>„%s“ ist schon zugeordnet.</source>
        <translation>“%s” is already assigned.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contact_editor.py" line="324"/>
        <source>Bitte zuerst eine Zuordnung in der Liste auswählen.</source>
        <translation>Please select an assignment in the list first.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="30"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="31"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="32"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="33"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="34"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="35"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/contact_table_model.py" line="36"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="27"/>
        <source>Name, Organisation, E-Mail, Ort … (Strg+F)</source>
        <extracomment>the user wants to see an organisation (double-click on an affiliation)</extracomment>
        <translation>Name, organisation, e-mail, town … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="27"/>
        <source>Kontakte durchsuchen</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="31"/>
        <source>Nach Organisation filtern</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="37"/>
        <source>Nach Ort filtern</source>
        <translation>Filter by town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="47"/>
        <source>Nur eigene Mitarbeitende zeigen</source>
        <translation>Show own staff only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="29"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="35"/>
        <source>Ort:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="46"/>
        <source>nur Mitarbeitende</source>
        <translation>staff only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="48"/>
        <source>nur Ehrenamtliche</source>
        <translation>volunteers only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="49"/>
        <source>Nur Ehrenamtliche zeigen</source>
        <translation>Show volunteers only</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="55"/>
        <source>&amp;Drucken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="56"/>
        <source>Druckprodukte für den Kontakt oder die Auswahl</source>
        <translation>Print products for the contact or the selection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="59"/>
        <source>&amp;Visitenkarten …</source>
        <translation>&amp;Business cards …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="60"/>
        <source>&amp;Adressetiketten für die Auswahl …</source>
        <translation>&amp;Address labels for the selection …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="64"/>
        <source>Kontaktliste</source>
        <translation>Contact list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="69"/>
        <source>Neuen Kontakt anlegen</source>
        <translation>Create new contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="70"/>
        <location filename="../../kidesk/ui/contacts_tab.py" line="94"/>
        <source>Kontakt speichern</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="71"/>
        <location filename="../../kidesk/ui/contacts_tab.py" line="95"/>
        <source>Kontakt löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="96"/>
        <source>Kontakt „%s“ gespeichert.</source>
        <translation>Contact “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="97"/>
        <source>Den Kontakt „%s“ wirklich löschen?</source>
        <translation>Really delete the contact “%s”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="98"/>
        <source>Neuer Kontakt: Felder ausfüllen, dann mit Strg+S speichern.</source>
        <translation>New contact: fill in the fields, then save with Ctrl+S.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="99"/>
        <source>%n Kontakte wirklich löschen?</source>
        <translation>
            <numerusform>Really delete %n contact?</numerusform>
            <numerusform>Really delete %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="100"/>
        <source>%n Kontakt(e) gelöscht.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="101"/>
        <source>%n Kontakt(e)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="125"/>
        <source>Der vorhandene Kontakt ist geöffnet; es wurde kein neuer angelegt.</source>
        <translation>The existing contact is open; no new one was created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="164"/>
        <source>alle Organisationen</source>
        <translation>all organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="165"/>
        <source>alle Orte</source>
        <translation>all towns</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="193"/>
        <source>Visitenkarten</source>
        <translation>Business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="194"/>
        <source>Visitenkarten gibt es für eigene Mitarbeitende. Bitte einen gespeicherten Kontakt mit dem Haken „Eigene/r Mitarbeiter/in“ öffnen.</source>
        <translation>Business cards are for own staff. Please open a saved contact with “Own staff member” ticked.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="202"/>
        <source>Visitenkarten – %s</source>
        <translation>Business cards – %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="208"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/contacts_tab.py" line="209"/>
        <source>Bitte zuerst Kontakte in der Liste auswählen.</source>
        <translation>Please select contacts in the list first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/contacts_tab.py" line="213"/>
        <source>Adressetiketten (%n Kontakt(e))</source>
        <translation>
            <numerusform>Address labels (%n contact)</numerusform>
            <numerusform>Address labels (%n contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="73"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="125"/>
        <source>Doppelte Kontakte finden</source>
        <translation>Find duplicate contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="132"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="132"/>
        <source>Möglicherweise dieselbe Person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="132"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="132"/>
        <source>Übereinstimmung</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="148"/>
        <source>Seiten tauschen</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="149"/>
        <location filename="../../kidesk/ui/duplicates_view.py" line="218"/>
        <location filename="../../kidesk/ui/duplicates_view.py" line="227"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="150"/>
        <source>Keine Dublette</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="157"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="171"/>
        <source>%1 mögliche Dubletten gefunden.</source>
        <translation>%1 possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="194"/>
        <source>Dubletten</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="219"/>
        <source>Kontakt %1 in Kontakt %2 zusammenführen? Kontakt %1 wird danach gelöscht; seine Angaben und Verknüpfungen gehen auf Kontakt %2 über.</source>
        <translation>Merge contact %1 into contact %2? Contact %1 will then be deleted; its details and links are transferred to contact %2.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="75"/>
        <source>gleiche E-Mail-Adresse und gleicher Name</source>
        <translation>same e-mail address and same name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="76"/>
        <source>Vor- und Nachname vertauscht</source>
        <translation>first and last name swapped</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="77"/>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="78"/>
        <source>gleicher Name, anders geschrieben</source>
        <translation>same name, spelt differently</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="79"/>
        <source>gleiche E-Mail-Adresse, anderer Name (gemeinsames Postfach?)</source>
        <translation>same e-mail address, different name (shared mailbox?)</translation>
    </message>
</context>
<context>
    <name>EhrenamtskarteRuleDialog</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="581"/>
        <source>Kriterien der Ehrenamtskarte</source>
        <translation>Volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="586"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="591"/>
        <source> Std.</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="595"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="596"/>
        <source>Stunden je Woche</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="596"/>
        <source>Stunden je Jahr</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="597"/>
        <source>Mindestdauer des Engagements</source>
        <translation>Minimum length of engagement</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="599"/>
        <source>Vorgabe NRW: durchschnittlich 5 Stunden je Woche oder 250 Stunden im Jahr, seit mindestens zwei Jahren. Die Regel gilt für alle Arbeitsplätze.</source>
        <translation>NRW rule: on average 5 hours a week or 250 hours a year, for at least two years. The rule applies to all workstations.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="603"/>
        <source>je &amp;Woche mindestens:</source>
        <translation>at least per &amp;week:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="604"/>
        <source>oder je &amp;Jahr mindestens:</source>
        <translation>or at least per &amp;year:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="605"/>
        <source>&amp;engagiert seit mindestens:</source>
        <translation>&amp;engaged for at least:</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="90"/>
        <source>z. B. Fit für den Konsumalltag</source>
        <translation>e.g. Fit for everyday shopping</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="97"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="104"/>
        <source>z. B. Kreishaus Herford</source>
        <translation>e.g. Kreishaus Herford</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="106"/>
        <source>z. B. Ebene 3</source>
        <translation>e.g. Level 3</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="113"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="114"/>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="119"/>
        <source>Inhalt, Referent/innen, Hinweise – erscheint in Einladung und Kalender</source>
        <translation>Content, speakers, notes – appears in the invitation and the calendar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="125"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="126"/>
        <source>&amp;Untertitel</source>
        <translation>&amp;Subtitle</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="131"/>
        <source>&amp;Art</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="134"/>
        <source>Modul Nr.</source>
        <translation>Module no.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="136"/>
        <source>&amp;Reihe</source>
        <translation>Se&amp;ries</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="139"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="142"/>
        <source>&amp;Beginn</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="146"/>
        <source>&amp;Ort / Raum</source>
        <translation>Venue / r&amp;oom</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="147"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="151"/>
        <source>PLZ / Ort</source>
        <translation>Postcode / town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="158"/>
        <source>&amp;Plätze</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="159"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="166"/>
        <location filename="../../kidesk/ui/event_editor.py" line="181"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="167"/>
        <location filename="../../kidesk/ui/event_editor.py" line="182"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="168"/>
        <source>Veranstalter, Mitveranstalter, Förderer</source>
        <translation>Organiser, co-hosts, funders</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="183"/>
        <source>Referent/innen</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_editor.py" line="234"/>
        <source>– keine Reihe –</source>
        <translation>– no series –</translation>
    </message>
</context>
<context>
    <name>EventPaperworkPanel</name>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="33"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="141"/>
        <source>Einladungsbriefe</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="34"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="154"/>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="35"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="81"/>
        <source>Namensschilder</source>
        <translation>Name badges</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="36"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="82"/>
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="37"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="84"/>
        <source>Teilnahmeliste</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="38"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="87"/>
        <source>Teilnahmebescheinigungen</source>
        <translation>Certificates of participation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="39"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="169"/>
        <location filename="../../kidesk/ui/event_paperwork.py" line="174"/>
        <source>Per E-Mail senden</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="40"/>
        <source>Adressen kopieren</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="42"/>
        <source>Drucken (mit Vorschau)</source>
        <translation>Print (with preview)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="45"/>
        <source>DIN-5008-Briefe an alle Eingeladenen mit Postanschrift</source>
        <translation>DIN 5008 letters to everyone invited who has a postal address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="46"/>
        <source>Adressetiketten der Eingeladenen (Vorlage aus den Einstellungen)</source>
        <translation>Address labels for everyone invited (template from the settings)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="47"/>
        <source>Namensschilder für Angemeldete und Referent/innen</source>
        <translation>Name badges for registered participants and speakers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="48"/>
        <source>Flyer/Aushang zur Veranstaltung</source>
        <translation>Flyer/notice for the event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="49"/>
        <source>Unterschriftenliste für den Fördergeber, mit Leerzeilen</source>
        <translation>Signature list for the funding body, with blank lines</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="50"/>
        <source>Bescheinigungen für alle, die die Regel der Reihe erfüllen</source>
        <translation>Certificates for everyone who meets the series rule</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="60"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="63"/>
        <source>Öffnet das E-Mail-Programm mit allen Adressen in BCC und dem Einladungstext</source>
        <translation>Opens the e-mail program with all addresses in BCC and the invitation text</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="64"/>
        <source>Alle E-Mail-Adressen der Eingeladenen in die Zwischenablage</source>
        <translation>Copy all e-mail addresses of those invited to the clipboard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="101"/>
        <source>Nur für Veranstaltungen einer Reihe</source>
        <translation>Only for events in a series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="125"/>
        <source>%1 Eingeladene haben keine Postanschrift (auch nicht über ihre Organisation):

%2

Für alle anderen drucken?</source>
        <translation>%1 invitees have no postal address (not even through their organisation):

%2

Print for everyone else?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="169"/>
        <source>Niemand auf der Liste hat eine E-Mail-Adresse.</source>
        <translation>Nobody on the list has an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="175"/>
        <source>Die Liste ist zu lang für eine E-Mail. Es öffnen sich %1 E-Mails mit je einem Teil der Adressen (BCC). Fortfahren?</source>
        <translation>The list is too long for one e-mail. %1 e-mails will open, each with part of the addresses (BCC). Continue?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="183"/>
        <source>%1 Adressen an das E-Mail-Programm übergeben</source>
        <translation>%1 addresses passed to the e-mail program</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="185"/>
        <source> – %1 ohne E-Mail-Adresse brauchen einen Brief</source>
        <translation> – %1 without an e-mail address need a letter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/event_paperwork.py" line="195"/>
        <source>%1 E-Mail-Adressen kopiert.</source>
        <translation>%1 e-mail addresses copied.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="64"/>
        <source>Gäste: angemeldet oder teilgenommen (von Plätzen) / auf der Liste. Referent/innen und Helfer/innen zählen nicht mit.</source>
        <translation>Guests: registered or attended (of seats) / on the list. Speakers and helpers are not counted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="68"/>
        <source>Termin</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="69"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="70"/>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="71"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="73"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="74"/>
        <source>Anm./Einl.</source>
        <translation>Reg./Inv.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="86"/>
        <source>Modul %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="86"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="95"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/event_table_model.py" line="103"/>
        <source>Gäste: angemeldet oder teilgenommen (von Plätzen) / auf der Liste; %1 teilgenommen</source>
        <translation>Guests: registered or attended (of seats) / on the list; %1 attended</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="57"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="58"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="59"/>
        <location filename="../../kidesk/ui/events_tab.py" line="378"/>
        <source>Duplizieren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="60"/>
        <source>Kopie anlegen – in einer Reihe als nächstes Modul im Rhythmus der Reihe</source>
        <translation>Make a copy – in a series as the next module, following the series’ rhythm</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="61"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="62"/>
        <source>Check-in …</source>
        <translation>Check-in …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="63"/>
        <source>Reihen …</source>
        <translation>Series …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="65"/>
        <source>Kalender (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="68"/>
        <source>Diese Veranstaltung …</source>
        <translation>This event …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="69"/>
        <source>Alle kommenden Veranstaltungen …</source>
        <translation>All upcoming events …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="82"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="85"/>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="87"/>
        <source>auch vergangene</source>
        <translation>include past</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="133"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="134"/>
        <source>Einladungsliste</source>
        <translation>Invite list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="135"/>
        <source>Unterlagen &amp;&amp; Versand</source>
        <translation>Paperwork &amp;&amp; mailing</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="180"/>
        <source>alle Reihen</source>
        <translation>all series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="208"/>
        <source>Keine kommenden Veranstaltungen. „Neu“ legt eine an; „auch vergangene“ zeigt frühere.</source>
        <translation>No upcoming events. “New” creates one; “include past” shows earlier ones.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="210"/>
        <source>Keine Veranstaltungen zu diesem Filter.</source>
        <translation>No events match this filter.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="296"/>
        <source>Veranstaltung speichern</source>
        <translation>Save event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="310"/>
        <source>Veranstaltung „%1“ gespeichert.</source>
        <translation>Event “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="320"/>
        <source>Veranstaltung löschen</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="321"/>
        <source>„%1“ am %2 mit %3 Personen auf der Liste endgültig löschen?</source>
        <translation>Permanently delete “%1” on %2 with %3 people on the list?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="332"/>
        <source>Veranstaltung „%1“ gelöscht.</source>
        <translation>Event “%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="362"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="362"/>
        <source>Die Änderungen an der Veranstaltung speichern?</source>
        <translation>Save the changes to the event?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="385"/>
        <source>Modul %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="385"/>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="386"/>
        <source>%1 am %2 angelegt – bitte Datum und Inhalt prüfen.</source>
        <translation>%1 created on %2 – please check the date and content.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="389"/>
        <source> Die Reihe hat %1 geplante Module – ggf. unter „Reihen …“ anpassen.</source>
        <translation> The series has %1 planned modules – adjust under “Series …” if needed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="431"/>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="431"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="440"/>
        <source>Kalender exportieren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/events_tab.py" line="442"/>
        <source>%1 Veranstaltung(en) nach %2 exportiert.</source>
        <translation>%1 event(s) exported to %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="40"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="46"/>
        <source>Liste:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="51"/>
        <source>Veranstaltung:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="55"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="56"/>
        <source>Interne Liste: auch Ehrenamtliche ohne Einwilligung zur Weitergabe an Partner</source>
        <translation>Internal list: also volunteers who have not consented to sharing with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="63"/>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="83"/>
        <source>Für Partner: Ehrenamtliche ohne Einwilligung zur Weitergabe werden weggelassen.</source>
        <translation>For partners: volunteers without consent to sharing are left out.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/export_dialog.py" line="85"/>
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
        <location filename="../../kidesk/ui/models/global_search_model.py" line="30"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="32"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/global_search_model.py" line="33"/>
        <source>Ehrenamtliche/r</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="391"/>
        <source>z. B. 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="394"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="420"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="399"/>
        <source>&amp;Eintragen</source>
        <translation>Add entr&amp;y</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="407"/>
        <source>Kriterien &amp;ändern…</source>
        <translation>&amp;Change criteria…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="408"/>
        <source>Kriterien der Ehrenamtskarte NRW anpassen</source>
        <translation>Adjust the NRW volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="415"/>
        <source>Eintrag &amp;löschen</source>
        <translation>De&amp;lete entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="418"/>
        <source>Datum des Einsatzes</source>
        <translation>Date of the work</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="419"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="421"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="422"/>
        <source>Erfasste Stunden</source>
        <translation>Recorded hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="427"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="428"/>
        <source>S&amp;tunden:</source>
        <translation>Hou&amp;rs:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="429"/>
        <source>T&amp;ätigkeit:</source>
        <translation>Ac&amp;tivity:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="430"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="469"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="495"/>
        <source>%1: %2 Std.</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="497"/>
        <source>Summe je Jahr: %1 — insgesamt %2 Std.</source>
        <translation>Total per year: %1 — overall %2 h</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="500"/>
        <source>Noch keine Stunden erfasst.</source>
        <translation>No hours recorded yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="503"/>
        <source>%1–%2: %3 Std. (%4 je Woche)</source>
        <translation>%1–%2: %3 h (%4 per week)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="507"/>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="507"/>
        <source>nicht erfüllt</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="509"/>
        <source>Ehrenamtskarte NRW (%1 Std./Woche oder %2 Std./Jahr, seit %3 Jahren): %4. %5</source>
        <translation>NRW volunteer card (%1 h/week or %2 h/year, for %3 years): %4. %5</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="518"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="520"/>
        <source>Bitte das Datum des Einsatzes eintragen.</source>
        <translation>Please enter the date of the work.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="526"/>
        <source>%1 Std. am %2 eingetragen.</source>
        <translation>%1 h on %2 recorded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="555"/>
        <source>Kriterien der Ehrenamtskarte</source>
        <translation>Volunteer card criteria</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="565"/>
        <source>Eintrag löschen</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="566"/>
        <source>%1 Std. vom %2 löschen?</source>
        <translation>Delete %1 h of %2?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="249"/>
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
        <location filename="../../kidesk/ui/import_dialog.py" line="165"/>
        <source>Import prüfen</source>
        <translation>Review import</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="171"/>
        <source>Doppelklick auf die Aktion ändert sie, z. B. bei möglichen Dubletten „ergänzen“ oder „überspringen“.</source>
        <translation>Double-click an action to change it, e.g. “add details” or “skip” for possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="176"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="176"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="176"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="189"/>
        <source>mögliche Dublette von %1</source>
        <translation>possible duplicate of %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="203"/>
        <source>Probleme (eine Zeile je Problem):</source>
        <translation>Problems (one line per problem):</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="206"/>
        <source>Keine.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/import_dialog.py" line="210"/>
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
        <location filename="../../kidesk/ui/invite_list_panel.py" line="57"/>
        <source>Alle aktiven Ehrenamtlichen</source>
        <extracomment>the status buttons shown under the list, in workflow order the list changed (the events list shows counts, so the tab refreshes it)</extracomment>
        <translation>All active volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="58"/>
        <source>Kontakte von Organisationen …</source>
        <translation>Contacts of organisations …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="59"/>
        <source>Mitglieder eines Netzwerks …</source>
        <translation>Members of a network …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="60"/>
        <source>Teilnehmende früherer Module</source>
        <translation>Participants of earlier modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="61"/>
        <source>Person …</source>
        <translation>Person …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="63"/>
        <source>Alle Ehrenamtlichen mit Status „aktiv“ einladen</source>
        <translation>Invite all volunteers with status “active”</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="64"/>
        <source>Alle aktuellen Kontakte der gewählten Organisationen einladen</source>
        <translation>Invite all current contacts of the chosen organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="65"/>
        <source>Alle Kontakte der Mitgliedsorganisationen eines Netzwerks einladen</source>
        <translation>Invite all contacts of a network’s member organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="66"/>
        <source>Alle, die an einem früheren Modul dieser Reihe teilgenommen haben</source>
        <translation>Everyone who attended an earlier module of this series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="67"/>
        <source>Einzelne Personen von Hand einladen</source>
        <translation>Invite individual people by hand</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="69"/>
        <source> – niemand wird doppelt eingeladen.</source>
        <translation> – nobody is invited twice.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="86"/>
        <source>Markierte:</source>
        <translation>Selected:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="93"/>
        <source>Weitere …</source>
        <translation>More …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="99"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="266"/>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="283"/>
        <source>Von der Liste nehmen</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="105"/>
        <source>Einladen:</source>
        <translation>Invite:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="133"/>
        <source>Keine Veranstaltung gewählt.</source>
        <translation>No event selected.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="156"/>
        <source>(davon Gäste: %1)</source>
        <translation>(guests: %1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="165"/>
        <source>Plätze unbegrenzt</source>
        <translation>Unlimited places</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="168"/>
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
        <location filename="../../kidesk/ui/invite_list_panel.py" line="144"/>
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
        <location filename="../../kidesk/ui/invite_list_panel.py" line="202"/>
        <source>Kontakte von Organisationen einladen</source>
        <translation>Invite contacts of organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="203"/>
        <source>Alle aktuellen Kontakte der angehakten Organisationen kommen auf die Liste.</source>
        <translation>All current contacts of the ticked organisations are added to the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="214"/>
        <source>Mitglieder eines Netzwerks einladen</source>
        <translation>Invite members of a network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="215"/>
        <source>Alle Kontakte der Organisationen, die jetzt Mitglied des Netzwerks sind.</source>
        <translation>All contacts of the organisations that are currently members of the network.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="227"/>
        <source>Personen einladen</source>
        <translation>Invite people</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="227"/>
        <source>Die angehakten Personen kommen auf die Liste.</source>
        <translation>The ticked people are added to the list.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="241"/>
        <source>Bitte zuerst Personen in der Liste markieren.</source>
        <translation>Please select people in the list first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="246"/>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="252"/>
        <source>%1 Person(en): %2</source>
        <translation>%1 person(s): %2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="254"/>
        <source> – ausgebucht, %1 auf der Warteliste</source>
        <translation> – fully booked, %1 on the waiting list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="256"/>
        <source> – nachgerückt: %1</source>
        <translation> – moved up from the waiting list: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/invite_list_panel.py" line="267"/>
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
        <location filename="../../kidesk/ui/main_window.py" line="47"/>
        <source>kidesk</source>
        <translation>kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="49"/>
        <source>Demo-Datenbank</source>
        <translation>demo database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="63"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="64"/>
        <source>Partnerorganisationen</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="65"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="66"/>
        <source>Ehrenamtliche</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="68"/>
        <source>Strg+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="80"/>
        <source>Datenbank: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="81"/>
        <source>Ort der Datenbank</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="83"/>
        <source>Bereit.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="108"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="109"/>
        <source>Neuen Datensatz anlegen</source>
        <translation>Create a new record</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="110"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="111"/>
        <source>Änderungen speichern</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="112"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="113"/>
        <source>Druckvorschau für die Auswahl</source>
        <translation>Print preview for the selection</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="114"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="115"/>
        <source>Daten aus einer Datei übernehmen</source>
        <translation>Import data from a file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="116"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="117"/>
        <source>Daten in eine Datei schreiben</source>
        <translation>Write data to a file</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="118"/>
        <source>E&amp;instellungen …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="119"/>
        <source>Eigene Organisation, Vorlagen, Druckerkalibrierung</source>
        <translation>Own organisation, templates, printer calibration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="120"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="120"/>
        <source>kidesk beenden</source>
        <translation>Quit kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="121"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="122"/>
        <source>Letzte Änderung im Formular rückgängig machen</source>
        <translation>Undo the last change in the form</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="123"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="124"/>
        <source>Ausgewählte Datensätze löschen</source>
        <translation>Delete selected records</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="125"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="126"/>
        <source>In der Liste suchen</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="127"/>
        <source>&amp;Doppelte Kontakte finden …</source>
        <translation>Find &amp;duplicate contacts …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="128"/>
        <source>Kontakte, die vermutlich dieselbe Person sind, zusammenführen</source>
        <translation>Merge contacts that are probably the same person</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="129"/>
        <source>Ü&amp;berall suchen</source>
        <translation>Search &amp;everywhere</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="130"/>
        <source>Kontakte, Organisationen, Veranstaltungen, Ehrenamtliche finden</source>
        <translation>Find contacts, organisations, events, volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="131"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="132"/>
        <source>Listen neu laden</source>
        <translation>Reload lists</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="133"/>
        <source>Ü&amp;ber kidesk</source>
        <translation>&amp;About kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="143"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="153"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="161"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="166"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="169"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="220"/>
        <source>Gefunden: %s</source>
        <translation>Found: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="229"/>
        <source>Nichts rückgängig zu machen.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="257"/>
        <source>Einstellungen gespeichert.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="261"/>
        <source>Über kidesk</source>
        <translation>About kidesk</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/main_window.py" line="262"/>
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
        <location filename="../../kidesk/ui/duplicates_view.py" line="67"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="67"/>
        <source>Kontakt %1 (bleibt)</source>
        <translation>Contact %1 (kept)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="68"/>
        <source>Kontakt %1 (wird aufgelöst)</source>
        <translation>Contact %1 (merged away)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="92"/>
        <source>Verknüpfungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/duplicates_view.py" line="96"/>
        <source>Nicht gewählte Werte und beide Notizen bleiben in den Notizen erhalten; alle Verknüpfungen gehen auf den bleibenden Kontakt über.</source>
        <translation>Values not chosen and both sets of notes are kept in the notes; all links are transferred to the contact that is kept.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="57"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="58"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="59"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="60"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="61"/>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="62"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="63"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="64"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="65"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="66"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="67"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="68"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="69"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="70"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="71"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="72"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="73"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="91"/>
        <source>Logo</source>
        <extracomment>the user wants to enter a new contact working at this organisation</extracomment>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="97"/>
        <source>Logo der Organisation</source>
        <translation>Organisation logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="101"/>
        <source>Logo wählen oder ersetzen</source>
        <translation>Choose or replace logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="103"/>
        <source>Logo entfernen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="111"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="113"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="113"/>
        <source>Name der Organisation (Pflichtfeld)</source>
        <translation>Organisation name (required)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="114"/>
        <source>&amp;Kurzname:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="114"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="114"/>
        <source>z. B. Caritas</source>
        <translation>e.g. Caritas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="118"/>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="118"/>
        <source>Art der Organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="126"/>
        <source>Übergeordnete Organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="130"/>
        <source>Anschrift und Erreichbarkeit</source>
        <translation>Address and contact details</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="132"/>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="133"/>
        <source>&amp;PLZ:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="133"/>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="134"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="134"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="135"/>
        <source>&amp;Land:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="135"/>
        <source>Ländercode</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="137"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="137"/>
        <source>z. B. 05221/13-0</source>
        <translation>e.g. 05221/13-0</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="138"/>
        <source>Fa&amp;x:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="138"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="139"/>
        <source>E-&amp;Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="139"/>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="140"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="143"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="148"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="151"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="154"/>
        <source>Personen in dieser Organisation</source>
        <translation>People in this organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="155"/>
        <source>Doppelklick oder Eingabetaste öffnet den Kontakt</source>
        <translation>Double-click or Enter opens the contact</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="159"/>
        <source>Neuen Kontakt in dieser Organisation anlegen</source>
        <translation>Create a new contact in this organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="162"/>
        <source>Untergeordnete Organisationen:</source>
        <translation>Subordinate organisations:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="165"/>
        <source>Untergeordnete Organisationen</source>
        <translation>Subordinate organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="172"/>
        <source>Netzwerke</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="175"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="175"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="175"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="422"/>
        <source>Beitritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="175"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="422"/>
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
        <location filename="../../kidesk/ui/organisation_editor.py" line="200"/>
        <source>Beitrittsdatum</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="204"/>
        <source>Rolle, z. B. Projektgruppe</source>
        <translation>Role, e.g. project group</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="205"/>
        <source>Rolle im Netzwerk</source>
        <translation>Role in the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="207"/>
        <source>In das Netzwerk aufnehmen</source>
        <translation>Add to the network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="100"/>
        <source>Logo w&amp;ählen …</source>
        <translation>&amp;Choose logo …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="102"/>
        <source>Logo ent&amp;fernen</source>
        <translation>Remove lo&amp;go</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="126"/>
        <source>&amp;Übergeordnet:</source>
        <translation>Pa&amp;rent:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="132"/>
        <source>Stra&amp;ße:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="137"/>
        <source>T&amp;elefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="140"/>
        <source>Webs&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="158"/>
        <source>Neue Pe&amp;rson hier …</source>
        <translation>New &amp;person here …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="201"/>
        <source>&amp;Beitritt:</source>
        <translation>Jo&amp;ined:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="206"/>
        <source>Aufne&amp;hmen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="208"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="209"/>
        <source>Ausgewählte Mitgliedschaft entfernen</source>
        <translation>Remove selected membership</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="258"/>
        <source>Entf-Taste in der Liste</source>
        <translation>Del key in the list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="266"/>
        <location filename="../../kidesk/ui/organisation_editor.py" line="306"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="308"/>
        <source>Bitte eine vorhandene Organisation als übergeordnete wählen.</source>
        <translation>Please choose an existing organisation as parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="310"/>
        <source>Eine Organisation kann nicht sich selbst übergeordnet sein.</source>
        <translation>An organisation cannot be its own parent.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="358"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="372"/>
        <source>kein Logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="380"/>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="380"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="391"/>
        <source>Die Datei lässt sich nicht lesen: %s</source>
        <translation>The file cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="397"/>
        <source>Das Bild ist beschädigt und lässt sich nicht anzeigen.</source>
        <translation>The image is damaged and cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="427"/>
        <source>%s bei „%s“ ist kein Datum (Beispiel: 27.02.2008).</source>
        <translation>%s for “%s” is not a date (example: 27.02.2008).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="430"/>
        <source>Beim Netzwerk „%s“ liegt der Austritt vor dem Beitritt.</source>
        <translation>For the network “%s” the leaving date is before the joining date.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="453"/>
        <source>Es gibt noch kein Netzwerk. Bitte zuerst eines anlegen.</source>
        <translation>There is no network yet. Please create one first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="459"/>
        <source>„%s“ ist schon eingetragen.</source>
        <translation>“%s” is already listed.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisation_editor.py" line="472"/>
        <source>Bitte zuerst eine Mitgliedschaft auswählen.</source>
        <translation>Please select a membership first.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="28"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="29"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="30"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="31"/>
        <source>Übergeordnet</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/organisation_table_model.py" line="32"/>
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
        <location filename="../../kidesk/ui/organisations_tab.py" line="51"/>
        <source>Liste der Partnerorganisationen</source>
        <translation>List of partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="53"/>
        <source>Neue Organisation anlegen</source>
        <translation>Create new organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="54"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="71"/>
        <source>Organisation speichern</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="55"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="72"/>
        <source>Organisation löschen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="73"/>
        <source>Organisation „%s“ gespeichert.</source>
        <translation>Organisation “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="74"/>
        <source>Die Organisation „%s“ wirklich löschen?</source>
        <translation>Really delete the organisation “%s”?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="75"/>
        <source>Neue Organisation: Felder ausfüllen, dann mit Strg+S speichern.</source>
        <translation>New organisation: fill in the fields, then save with Ctrl+S.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/organisations_tab.py" line="76"/>
        <source>%n Organisationen wirklich löschen?</source>
        <translation>
            <numerusform>Really delete %n organisation?</numerusform>
            <numerusform>Really delete %n organisations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/organisations_tab.py" line="77"/>
        <source>%n Organisation(en) gelöscht.</source>
        <translation>
            <numerusform>%n organisation deleted.</numerusform>
            <numerusform>%n organisations deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kidesk/ui/organisations_tab.py" line="78"/>
        <source>%n Organisation(en)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="97"/>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="124"/>
        <source>alle Netzwerke</source>
        <translation>all networks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="136"/>
        <source>Für Organisationen gibt es keine Druckprodukte; Etiketten und Visitenkarten druckt der Reiter „Kontakte“.</source>
        <translation>There are no print products for organisations; labels and business cards are printed from the “Contacts” tab.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="143"/>
        <location filename="../../kidesk/ui/organisations_tab.py" line="150"/>
        <source>Netzwerk anlegen</source>
        <translation>Create network</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="143"/>
        <source>&amp;Name des Netzwerks:</source>
        <translation>&amp;Name of the network:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/organisations_tab.py" line="155"/>
        <source>Netzwerk „%s“ angelegt.</source>
        <translation>Network “%s” created.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="91"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="93"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="94"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="99"/>
        <source>Seite</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="103"/>
        <source> von %d </source>
        <translation> of %d </translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="97"/>
        <source>Vorherige Seite (Bild auf)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="106"/>
        <source>Nächste Seite (Bild ab)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="109"/>
        <source>Verkleinern (Strg+Minus)</source>
        <translation>Zoom out (Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="111"/>
        <source>Vergrößern (Strg+Plus)</source>
        <translation>Zoom in (Ctrl+Plus)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="112"/>
        <source>Seitenbreite</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="113"/>
        <source>Ganze Seite</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="114"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="117"/>
        <source>Status der Vorschau</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="125"/>
        <source>Das PDF lässt sich nicht anzeigen (leer oder beschädigt).</source>
        <translation>The PDF cannot be shown (empty or damaged).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="129"/>
        <source>%d Seite(n). Gedruckt wird ohne Skalierung in Originalgröße.</source>
        <translation>%d page(s). Printed at original size, without scaling.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="190"/>
        <location filename="../../kidesk/ui/print_preview.py" line="196"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="197"/>
        <source>Der Drucker lässt sich nicht öffnen. Bitte Drucker und Verbindung prüfen.</source>
        <translation>The printer cannot be opened. Please check the printer and its connection.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="199"/>
        <source>%d Seite(n) an den Drucker geschickt.</source>
        <translation>%d page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="205"/>
        <location filename="../../kidesk/ui/print_preview.py" line="215"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="206"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="216"/>
        <source>Die Datei %s lässt sich nicht schreiben: %s. Bitte einen anderen Ort wählen.</source>
        <translation>The file %s cannot be written: %s. Please choose another place.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/print_preview.py" line="219"/>
        <source>Gespeichert: %s</source>
        <translation>Saved: %s</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="668"/>
        <source>Noch an keinem Modul einer Qualifizierungsreihe teilgenommen.</source>
        <translation>Has not attended any module of a qualification series yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="679"/>
        <source>Besucht: Module %1 · fehlt: %2 · nötig für die Bescheinigung: %3 von %4</source>
        <translation>Attended: modules %1 · missing: %2 · needed for the certificate: %3 of %4</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="684"/>
        <source>✓ Bescheinigung möglich</source>
        <translation>✓ certificate possible</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="684"/>
        <source>noch nicht vollständig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="685"/>
        <source>Bescheinigung drucken</source>
        <translation>Print certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="687"/>
        <source>Bescheinigung drucken: %1</source>
        <translation>Print certificate: %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="704"/>
        <source>Bescheinigung</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="707"/>
        <source>Bescheinigung – %1</source>
        <translation>Certificate – %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="709"/>
        <source>Bescheinigung erstellt.</source>
        <translation>Certificate created.</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="717"/>
        <source>Zum Dankeschön-Fest einladen</source>
        <translation>Invite to the thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="721"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="722"/>
        <source>nur mit mindestens</source>
        <translation>only with at least</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="727"/>
        <source> Std. in %1</source>
        <translation> h in %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="729"/>
        <source>Mindeststunden in diesem Jahr</source>
        <translation>Minimum hours this year</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="732"/>
        <source>Alle aktiven Ehrenamtlichen kommen auf die Einladungsliste. Wer schon darauf steht, bleibt unverändert.</source>
        <translation>All active volunteers go on the invitation list. Whoever is on it already stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="736"/>
        <source>Einladen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="741"/>
        <source>&amp;Veranstaltung:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="750"/>
        <source>Es gibt keine geplante Veranstaltung, zu der eingeladen werden kann.</source>
        <translation>There is no planned event to invite to.</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="106"/>
        <source>Anzahl gefundener Einträge</source>
        <translation>Number of entries found</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="136"/>
        <source>Neuen Eintrag anlegen</source>
        <translation>Create new entry</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="137"/>
        <location filename="../../kidesk/ui/record_list_tab.py" line="138"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="140"/>
        <source>Änderungen verwerfen</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="98"/>
        <source>Suchen:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="135"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="139"/>
        <source>Ver&amp;werfen</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="141"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="142"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="343"/>
        <source>Änderungen verworfen.</source>
        <translation>Changes discarded.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="348"/>
        <source>Letzte Änderung rückgängig gemacht.</source>
        <translation>Last change undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_list_tab.py" line="364"/>
        <source>Mit gelöscht werden: %s.</source>
        <translation>Deleted along with it: %s.</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../../kidesk/ui/record_prompts.py" line="30"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_prompts.py" line="31"/>
        <source>„%s“ hat ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation>“%s” has unsaved changes. Save now?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_prompts.py" line="45"/>
        <source>Das lässt sich nicht rückgängig machen.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_prompts.py" line="55"/>
        <source>Bitte zuerst korrigieren:</source>
        <translation>Please correct first:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_prompts.py" line="63"/>
        <source>Möglicherweise gibt es diese Person schon:</source>
        <translation>This person may already exist:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/record_prompts.py" line="65"/>
        <source>Trotzdem anlegen? „Öffnen“ zeigt stattdessen den vorhandenen Eintrag, „Abbrechen“ führt zurück zur Eingabe.</source>
        <translation>Create anyway? “Open” shows the existing entry instead, “Cancel” returns to the form.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="202"/>
        <source>Veranstaltungsreihen</source>
        <translation>Event series</translation>
    </message>
</context>
<context>
    <name>SeriesEditor</name>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="49"/>
        <source>Neue Reihe</source>
        <extracomment>the user wants the next module of this series planned (the events tab does it) a module was double-clicked: show that event</extracomment>
        <translation>New series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="56"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="59"/>
        <source>alle Module</source>
        <translation>all modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="60"/>
        <location filename="../../kidesk/ui/series_editor.py" line="191"/>
        <source>Reihe speichern</source>
        <translation>Save series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="61"/>
        <source>Nächstes Modul planen</source>
        <translation>Plan next module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="63"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="65"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="66"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="69"/>
        <source>Bescheinigung ab</source>
        <translation>certificate from</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="71"/>
        <source>besuchten Modulen</source>
        <translation>modules attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="73"/>
        <source>Module</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="100"/>
        <source>Module der Reihe</source>
        <translation>Modules of the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="102"/>
        <source>Teilnahme: Ehrenamtliche × Module (✓ teilgenommen, – nicht erschienen/abgesagt)</source>
        <translation>Attendance: volunteers × modules (✓ attended, – no-show/cancelled)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="119"/>
        <source>Doppelklick öffnet das Modul</source>
        <translation>Double-click opens the module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/series_editor.py" line="165"/>
        <source>%1 von %2 Personen erfüllen die Regel (mindestens %3 Module).</source>
        <translation>%1 of %2 people meet the rule (at least %3 modules).</translation>
    </message>
</context>
<context>
    <name>SeriesMatrixModel</name>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="37"/>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="39"/>
        <source>Für die Bescheinigung nötig: %1 Module</source>
        <translation>Needed for the certificate: %1 modules</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="43"/>
        <source>M%1
%2</source>
        <translation>M%1
%2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/models/series_matrix_model.py" line="68"/>
        <source>nicht eingeladen</source>
        <translation>not invited</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="47"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="57"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="60"/>
        <source>Eigene Organisation</source>
        <translation>Own organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="62"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="65"/>
        <source>Name, Anschrift und Logo werden im Reiter „Partnerorganisationen“ gepflegt.</source>
        <translation>Name, address and logo are edited in the “Partner organisations” tab.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="69"/>
        <source>Absender für Briefe</source>
        <translation>Sender of letters</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="70"/>
        <source>&amp;Briefabsender:</source>
        <translation>Letter &amp;sender:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="75"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="78"/>
        <source>Vorlage für Visitenkarten</source>
        <translation>Template for business cards</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="81"/>
        <source>&amp;Visitenkarten:</source>
        <translation>&amp;Business cards:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="85"/>
        <source>Vorlage für Adressetiketten</source>
        <translation>Template for address labels</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="88"/>
        <source>&amp;Adressetiketten:</source>
        <translation>&amp;Address labels:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="93"/>
        <source>Druckerkalibrierung</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="96"/>
        <source>Vorlage für die Kalibrierung</source>
        <translation>Template to calibrate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="99"/>
        <source>Vorla&amp;ge:</source>
        <translation>Tem&amp;plate:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="103"/>
        <source>Verschiebung nach rechts in Millimetern</source>
        <translation>Shift to the right in millimetres</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="104"/>
        <source>Verschiebung nach unten in Millimetern</source>
        <translation>Shift down in millimetres</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="105"/>
        <source>nach &amp;rechts:</source>
        <translation>&amp;right:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="107"/>
        <source>nach &amp;unten:</source>
        <translation>&amp;down:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="115"/>
        <source>Verschiebung:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="116"/>
        <source>&amp;Testblatt drucken …</source>
        <translation>Print &amp;test sheet …</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="117"/>
        <source>Testblatt für die gewählte Vorlage drucken</source>
        <translation>Print a test sheet for the chosen template</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="118"/>
        <source>Das Testblatt zeigt Rahmen und Maße der Vorlage mit dieser Verschiebung.
Verrutscht der Druck, die Abweichung hier eintragen.</source>
        <translation>The test sheet shows the template’s frames and measurements with this shift.
If the print is off, enter the difference here.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="127"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="131"/>
        <source>Ort der Datenbank</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="133"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="134"/>
        <source>Ordner der Datenbank öffnen</source>
        <translation>Open the database folder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="140"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="143"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="146"/>
        <source>Sprache der &amp;Oberfläche:</source>
        <translation>User &amp;interface language:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="150"/>
        <source>(wirkt beim nächsten Start)</source>
        <translation>(takes effect at the next start)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="183"/>
        <location filename="../../kidesk/ui/settings_dialog.py" line="188"/>
        <source>– nicht festgelegt –</source>
        <translation>– not set –</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/settings_dialog.py" line="235"/>
        <source>Testblatt %s</source>
        <translation>Test sheet %s</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="111"/>
        <source>⚠ Keine Foto-Einwilligung</source>
        <translation>⚠ No photo consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="112"/>
        <source>Nicht fotografieren, keine Fotos veröffentlichen.</source>
        <translation>Do not photograph, do not publish photos.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="114"/>
        <source>Hinweis: keine Foto-Einwilligung</source>
        <translation>Note: no photo consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="115"/>
        <source>Keine Weitergabe an Partner</source>
        <translation>Not to be shared with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="129"/>
        <source>z. B. Di/Do nachmittags</source>
        <translation>e.g. Tue/Thu afternoons</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="137"/>
        <source>weitere Bereiche, mit Komma getrennt</source>
        <translation>further areas, separated by commas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="140"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="271"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="140"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="150"/>
        <source>Sprache hinzufügen</source>
        <translation>Add language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="151"/>
        <source>Sprache entfernen</source>
        <translation>Remove language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="157"/>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="158"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="159"/>
        <source>Weitergabe an Partnerorganisationen</source>
        <translation>Sharing with partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="169"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="364"/>
        <source>Aktiv seit</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="170"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="171"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="172"/>
        <source>Einsatzbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="173"/>
        <source>Weitere Einsatzbereiche</source>
        <translation>Further engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="174"/>
        <source>Sprachen mit Niveau</source>
        <translation>Languages with level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="175"/>
        <source>Vereinbarung unterschrieben am</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="176"/>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="177"/>
        <source>Einwilligung Fotos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="178"/>
        <source>Einwilligung Newsletter</source>
        <translation>Consent to newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="179"/>
        <source>Einwilligung Weitergabe an Partnerorganisationen</source>
        <translation>Consent to sharing with partner organisations</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="180"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate inspected on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="181"/>
        <source>Führungszeugnis wieder fällig am</source>
        <translation>Police certificate due again on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="182"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="192"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="193"/>
        <source>Aktiv &amp;seit:</source>
        <translation>Acti&amp;ve since:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="194"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="195"/>
        <source>&amp;Verfügbarkeit:</source>
        <translation>Availa&amp;bility:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="196"/>
        <source>&amp;Einsatzbereiche:</source>
        <translation>&amp;Engagement areas:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="205"/>
        <source>S&amp;prachen:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="209"/>
        <source>Vereinbarung und Einwilligung</source>
        <translation>Agreement and consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="211"/>
        <source>Vereinbarung &amp;unterschrieben am:</source>
        <translation>A&amp;greement signed on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="212"/>
        <source>Einwilligung &amp;erteilt am:</source>
        <translation>&amp;Consent given on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="217"/>
        <source>Zwecke:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="219"/>
        <source>Erweitertes Führungszeugnis (nur Daten, kein Dokument)</source>
        <translation>Extended police certificate (dates only, no document)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="221"/>
        <source>&amp;Eingesehen am:</source>
        <translation>Inspec&amp;ted on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="222"/>
        <source>&amp;Wieder fällig am:</source>
        <translation>&amp;Due again on:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="232"/>
        <source>&amp;Notizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="274"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="278"/>
        <source>Sprachniveau</source>
        <translation>Language level</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="305"/>
        <source>Datum bitte als TT.MM.JJJJ eingeben.</source>
        <translation>Please enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="309"/>
        <source>Ohne eigenes Datum fällig am %1 (eingesehen + 5 Jahre).</source>
        <translation>Without a date of its own, due on %1 (inspected + 5 years).</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="312"/>
        <source>Noch kein Führungszeugnis eingesehen.</source>
        <translation>No police certificate inspected yet.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="369"/>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="370"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="374"/>
        <source>Führungszeugnis eingesehen</source>
        <translation>Police certificate inspected</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="375"/>
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
        <location filename="../../kidesk/ui/translatable_labels.py" line="51"/>
        <source>Keine Einwilligung für Fotos: nicht fotografieren, keine Fotos veröffentlichen.</source>
        <translation>No consent to photos: do not photograph, do not publish photos.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="52"/>
        <source>Keine Einwilligung zur Weitergabe an Partnerorganisationen.</source>
        <translation>No consent to sharing details with partner organisations.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="53"/>
        <source>Stunden %1</source>
        <translation>Hours %1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="54"/>
        <source>✗ keine Einwilligung</source>
        <translation>✗ no consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="55"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="779"/>
        <source>Name suchen…</source>
        <translation>Search name…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="782"/>
        <source>alle Status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="783"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="784"/>
        <source>alle Einsatzbereiche</source>
        <translation>all areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="785"/>
        <source>alle Sprachen</source>
        <translation>all languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="786"/>
        <source>jede Qualifizierung</source>
        <translation>any qualification</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="788"/>
        <source>begonnen</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="789"/>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="790"/>
        <source>noch unvollständig</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="793"/>
        <source>Name suchen</source>
        <translation>Search name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="794"/>
        <source>Filter Status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="795"/>
        <source>Filter Kommune</source>
        <translation>Filter municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="796"/>
        <source>Filter Einsatzbereich</source>
        <translation>Filter area</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="797"/>
        <source>Filter Sprache</source>
        <translation>Filter language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="798"/>
        <source>Filter Qualifizierungsreihe</source>
        <translation>Filter qualification series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="799"/>
        <source>Filter Fortschritt in der Reihe</source>
        <translation>Filter progress in the series</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="811"/>
        <source>Liste der Ehrenamtlichen</source>
        <translation>List of volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="823"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="824"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="825"/>
        <source>Einen vorhandenen Kontakt als Ehrenamtliche/n erfassen (Strg+N)</source>
        <translation>Record an existing contact as a volunteer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="826"/>
        <source>Zum Dankeschön-Fest &amp;einladen…</source>
        <translation>&amp;Invite to the thank-you event…</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="850"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="852"/>
        <source>&amp;Verwerfen</source>
        <translation>Disc&amp;ard</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="874"/>
        <source>&amp;Profil</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="875"/>
        <source>S&amp;tunden</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="876"/>
        <source>&amp;Qualifizierung</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="891"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="892"/>
        <source>Fällig innerhalb von Wochen</source>
        <translation>Due within weeks</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="896"/>
        <source>Fällige Punkte</source>
        <translation>Items due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="904"/>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="907"/>
        <source>Art der fälligen Punkte</source>
        <translation>Kind of items due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="912"/>
        <source>Fällig in den nächsten</source>
        <translation>Due in the next</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="922"/>
        <source>Doppelklick oder Enter öffnet die Person in der Übersicht.</source>
        <translation>Double-click or Enter opens the person in the overview.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="927"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="928"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1019"/>
        <source>%1 Ehrenamtliche</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1105"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1115"/>
        <source>Ehrenamtsprofil gespeichert.</source>
        <translation>Volunteer profile saved.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1123"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1124"/>
        <source>Das Profil wurde geändert. Änderungen speichern?</source>
        <translation>The profile was changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1142"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1154"/>
        <source>Ehrenamtsprofil löschen</source>
        <translation>Delete volunteer profile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1143"/>
        <source>Das Ehrenamtsprofil von %1 mit allen erfassten Stunden löschen? Der Kontakt selbst bleibt erhalten.</source>
        <translation>Delete the volunteer profile of %1 with all recorded hours? The contact itself stays.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1161"/>
        <source>Ehrenamtsprofil von %1 gelöscht.</source>
        <translation>Volunteer profile of %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1212"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1217"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1229"/>
        <source>Neue/r Ehrenamtliche/r</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1213"/>
        <source>Alle Kontakte sind bereits als Ehrenamtliche erfasst. Bitte zuerst im Reiter Kontakte die Person anlegen.</source>
        <translation>All contacts are already recorded as volunteers. Please create the person in the Contacts tab first.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1217"/>
        <source>Kontakt:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1232"/>
        <source>Ehrenamtsprofil angelegt.</source>
        <translation>Volunteer profile created.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1245"/>
        <source>Fällig (%1)</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1265"/>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1271"/>
        <source>Zum Dankeschön-Fest einladen</source>
        <translation>Invite to the thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1267"/>
        <source>%1 Ehrenamtliche eingeladen; %2 standen schon auf der Liste.</source>
        <translation>%1 volunteers invited; %2 were on the list already.</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/volunteers_tab.py" line="1270"/>
        <source>%1 hatten weniger Stunden als verlangt.</source>
        <translation>%1 had fewer hours than required.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="111"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="112"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="113"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="114"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="93"/>
        <source>Wohlfahrtsverband</source>
        <translation>Welfare association</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="94"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="95"/>
        <source>Behörde</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="96"/>
        <source>Jobcenter / Arbeitsagentur</source>
        <translation>Job centre / employment agency</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="97"/>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="98"/>
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="99"/>
        <source>Migrantenorganisation</source>
        <translation>Migrant organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="100"/>
        <source>Verein</source>
        <translation>Club / association</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="101"/>
        <source>Unternehmen</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="85"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="81"/>
        <source>Qualifizierungsmodul</source>
        <translation>Qualification module</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="82"/>
        <source>Dankeschön-Veranstaltung</source>
        <translation>Thank-you event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="83"/>
        <source>Netzwerktreffen</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="84"/>
        <source>Informationsveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="86"/>
        <source>in Planung</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="87"/>
        <source>bestätigt</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="88"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="89"/>
        <source>durchgeführt</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="90"/>
        <source>Veranstalter</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="91"/>
        <source>Mitveranstalter</source>
        <translation>Co-host</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="92"/>
        <source>Förderer</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="102"/>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="103"/>
        <source>Referent/in</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="104"/>
        <source>Helfer/in</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="105"/>
        <source>eingeladen</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="106"/>
        <source>angemeldet</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="107"/>
        <source>Warteliste</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="108"/>
        <source>teilgenommen</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="109"/>
        <source>storniert</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="110"/>
        <source>nicht erschienen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="115"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="116"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="117"/>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="118"/>
        <source>Führungszeugnis</source>
        <translation>Police certificate</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="119"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="120"/>
        <source>Ohne Aktivität</source>
        <translation>No activity</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="121"/>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="122"/>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="123"/>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="124"/>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="125"/>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="126"/>
        <source>C2</source>
        <translation>C2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="127"/>
        <source>Muttersprache</source>
        <translation>Native language</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="128"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="129"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="130"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="131"/>
        <source>Weitere Vornamen</source>
        <translation>Middle names</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="132"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="133"/>
        <source>Name (Vor- und Nachname)</source>
        <translation>Name (first and last name)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="134"/>
        <source>Funktion</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="135"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="136"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="137"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="138"/>
        <source>Telefon (Art aus Nachbarspalte)</source>
        <translation>Phone (type from neighbouring column)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="139"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="140"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="141"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="142"/>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="143"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="144"/>
        <source>Adresszusatz</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="145"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="146"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="147"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="148"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="149"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="150"/>
        <source>Ehrenamtlich (ja/nein)</source>
        <translation>Volunteer (yes/no)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="151"/>
        <source>Status (Ehrenamt)</source>
        <translation>Status (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="152"/>
        <source>Ehrenamtlich aktiv seit</source>
        <translation>Volunteering since</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="153"/>
        <source>Kommune (Ehrenamt)</source>
        <translation>Municipality (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="154"/>
        <source>Verfügbarkeit</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="155"/>
        <source>Engagementbereiche</source>
        <translation>Engagement areas</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="156"/>
        <source>Sprachkenntnisse (Ehrenamt)</source>
        <translation>Language skills (volunteering)</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="157"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="158"/>
        <source>Einwilligung Fotos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="159"/>
        <source>Einwilligung Newsletter</source>
        <translation>Consent to newsletter</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="160"/>
        <source>Einwilligung Weitergabe an Partner</source>
        <translation>Consent to sharing with partners</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="161"/>
        <source>Führungszeugnis eingesehen am</source>
        <translation>Police certificate inspected on</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="162"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="163"/>
        <source>seit Beginn keine Stunden und keine Teilnahme</source>
        <translation>no hours and no attendance since starting</translation>
    </message>
    <message>
        <location filename="../../kidesk/ui/translatable_labels.py" line="164"/>
        <source>letzte Aktivität</source>
        <translation>last activity</translation>
    </message>
</context>
</TS>
