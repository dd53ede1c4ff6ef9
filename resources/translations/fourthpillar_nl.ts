<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../fourthpillar/ui/app.py" line="162"/>
        <location filename="../../fourthpillar/ui/app.py" line="260"/>
        <source>Fourth Pillar desk</source>
        <extracomment>Exit status when the register cannot be opened. Exit status of a second launch whose data folder was open already: that window came forward. The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and the desktops show the window with that entry&apos;s name and icon. The object name of the translators install_translations puts on the app.
----------
The previous session did not end cleanly (the app lock says): the register gets a full check. The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.</extracomment>
        <translation>4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/app.py" line="212"/>
        <source>The register cannot be used</source>
        <translation>Het register kan niet gebruikt worden</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="28"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s texts a user can meet, exactly as Python 3.11&apos;s argparse writes them (the %-placeholders are filled in by argparse: a translation keeps each of them).</extracomment>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="29"/>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="30"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="31"/>
        <source>subcommands</source>
        <translation>subopdrachten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="32"/>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="33"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="34"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="35"/>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="36"/>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="37"/>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="38"/>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="39"/>
        <source>ignored explicit argument %r</source>
        <translation>neemt geen waarde (kreeg %r)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="40"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="41"/>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="42"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="43"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="44"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="45"/>
        <source>expected one argument</source>
        <translation>verwacht één waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="46"/>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="47"/>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="49"/>
        <source>expected %s argument</source>
        <translation>verwacht %s waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="50"/>
        <source>expected %s arguments</source>
        <translation>verwacht %s waarden</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="119"/>
        <source>backups are made of a SQLite register; a shared database is backed up by its server</source>
        <extracomment>Settings (``desk.config`` keys) with their defaults. Every backup younger than this many hours stays, whatever the rotation says. A start-up backup is made when the newest backup is older than this many hours. The register reopened on the restored data: use this one, the old Desk is closed. The copy of the state just before the restore (itself restorable). People erased since the backup was made, whom the restore brought back: erased again. Where the damaged file was moved (kept for investigation, never deleted); None if it was missing. People erased since the backup was made, whom the recovery brought back: erased again. The register reopened on the backup: use this one, the damaged Desk is closed. The day&apos;s backup, when one was due (None: the newest is recent enough, or not SQLite). Half-written copies left by a crash, now deleted.</extracomment>
        <translation>back-ups worden gemaakt van een SQLite-register; een gedeelde databank wordt door haar server geback-upt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="131"/>
        <location filename="../../fourthpillar/services/backups.py" line="384"/>
        <source>no backup &apos;{id}&apos; in {folder}</source>
        <translation>geen back-up &apos;{id}&apos; in {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="149"/>
        <source>&apos;{reason}&apos; is not a backup reason ({choices})</source>
        <translation>&apos;{reason}&apos; is geen reden voor een back-up ({choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="289"/>
        <source>the backup {name} is damaged ({problem}); choose another</source>
        <extracomment>Half-written copies left by a crash, now deleted (they hold personal data). People erased before whom the register held again (a server restored from its backup): erased again.</extracomment>
        <translation>de back-up {name} is beschadigd ({problem}); kies een andere</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="302"/>
        <source>the backup {id} could not be restored ({error}); nothing was changed</source>
        <translation>de back-up {id} kon niet teruggezet worden ({error}); er is niets veranderd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="379"/>
        <source>there is no readable backup in {folder} to recover from</source>
        <translation>er is geen leesbare back-up in {folder} om mee te herstellen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="388"/>
        <source>the backup {name} is damaged too ({problem})</source>
        <translation>ook de back-up {name} is beschadigd ({problem})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="393"/>
        <source>the backup {id} could not be put in place of {database} ({error}); close every program that uses it and try again</source>
        <translation>de back-up {id} kon niet in de plaats van {database} gezet worden ({error}); sluit elk programma dat het gebruikt en probeer opnieuw</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="411"/>
        <source>only a data folder&apos;s own register can be recovered from its backups</source>
        <translation>alleen het eigen register van een gegevensmap kan uit zijn back-ups hersteld worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="200"/>
        <source>no free backup name in {folder}</source>
        <extracomment>What SQLite keeps beside a database file (a -wal holds whole pages of it, as they were written). Labels in the list -&gt; tables counted (live records only). A ``.partial`` older than this is debris from a crash, not a copy in progress elsewhere. Seconds between two calls of *progress* while a copy is checked. Live records per kind (``COUNTED_TABLES`` keys); empty when the file cannot be read.</extracomment>
        <translation>geen vrije naam voor een back-up in {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="249"/>
        <location filename="../../fourthpillar/store/integrity.py" line="150"/>
        <source>a page fails its check</source>
        <translation>een pagina doorstaat de controle niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="253"/>
        <source>the copy of {database} written to {partial} failed the integrity check ({problem}); is that disk failing?</source>
        <translation>de kopie van {database} in {partial} doorstaat de integriteitscontrole niet ({problem}); is die schijf aan het falen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="308"/>
        <source>no backup of {database} could be written to {folder}: {error}</source>
        <translation>er kon geen back-up van {database} geschreven worden in {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="312"/>
        <source>no backup could be written to {folder}: {error}</source>
        <translation>er kon geen back-up geschreven worden in {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="429"/>
        <source>no free name for the damaged database in {folder}</source>
        <translation>geen vrije naam voor de beschadigde databank in {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="38"/>
        <source>unreadable</source>
        <extracomment>How long a check or a copy waits for another program&apos;s write to finish (seconds). SQLite virtual-machine steps between two looks at *is_cancelled* (a few milliseconds).</extracomment>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="39"/>
        <source>the database file {path} is damaged ({problem})</source>
        <translation>het databankbestand {path} is beschadigd ({problem})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="102"/>
        <source>row {row} of {table} refers to a missing {parent}</source>
        <translation>rij {row} van {table} verwijst naar een ontbrekende {parent}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="116"/>
        <source>the search index {index} does not match its table ({error})</source>
        <translation>de zoekindex {index} komt niet overeen met zijn tabel ({error})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="132"/>
        <source>{path} does not exist</source>
        <translation>{path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="144"/>
        <source>the database {path} is in use by another program (locked)</source>
        <translation>de databank {path} wordt door een ander programma gebruikt (vergrendeld)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="59"/>
        <source>daily (at start-up)</source>
        <translation>dagelijks (bij het opstarten)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="60"/>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="61"/>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="62"/>
        <source>before a sync</source>
        <translation>vóór een synchronisatie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="63"/>
        <source>before a restore</source>
        <translation>vóór een herstelling</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="64"/>
        <source>made by hand</source>
        <translation>zelf gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="70"/>
        <source>initiatives</source>
        <extracomment>The record counts of a backup, as the restore questions name them (&quot;12 initiatives, 30 contacts&quot;).</extracomment>
        <translation>initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="71"/>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="72"/>
        <source>requests</source>
        <translation>adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="73"/>
        <source>follow-ups</source>
        <translation>opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="107"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="107"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="108"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="108"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="109"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="109"/>
        <source>Requests</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="110"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="120"/>
        <location filename="../../fourthpillar/ui/backups.py" line="172"/>
        <location filename="../../fourthpillar/ui/backups.py" line="207"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="123"/>
        <source>Backups are made every day at start-up and before updates, imports, sync and restores. Seven daily, four weekly and twelve monthly backups are kept; backups made by hand stay until you delete them.</source>
        <translation>Elke dag bij het opstarten en vóór updates, imports, synchronisaties en herstellingen wordt een back-up gemaakt. Zeven dagelijkse, vier wekelijkse en twaalf maandelijkse back-ups worden bewaard; back-ups die je zelf maakt blijven tot je ze verwijdert.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="131"/>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="132"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="133"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="187"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n back-up in %1</numerusform>
            <numerusform>%n back-ups in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="201"/>
        <source>This register is a shared database: its server makes the backups.</source>
        <translation>Dit register is een gedeelde databank: haar server maakt de back-ups.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="218"/>
        <source>Making a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="228"/>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="229"/>
        <source>Put back the register as it was on %1 (%2)?

Everything entered since then is replaced. The present state is backed up first, so you can go back to it from this list.</source>
        <translation>Het register terugzetten zoals het was op %1 (%2)?

Alles wat sindsdien ingevoerd is, wordt vervangen. Van de huidige toestand wordt eerst een back-up gemaakt, zodat je er vanuit deze lijst naar kunt terugkeren.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="241"/>
        <location filename="../../fourthpillar/ui/startup.py" line="140"/>
        <source>Restoring the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="247"/>
        <source>The register is back as it was on %1.</source>
        <translation>Het register is terug zoals het was op %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="249"/>
        <location filename="../../fourthpillar/ui/startup.py" line="90"/>
        <source>%n person(s) erased after that backup was made were erased again.</source>
        <translation>
            <numerusform>%n persoon die na die back-up gewist werd, is opnieuw gewist.</numerusform>
            <numerusform>%n personen die na die back-up gewist werden, zijn opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="251"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="265"/>
        <source>Delete a backup</source>
        <translation>Een back-up verwijderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="265"/>
        <source>Delete the backup of %1 for good?</source>
        <translation>De back-up van %1 definitief verwijderen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="309"/>
        <location filename="../../fourthpillar/ui/backups.py" line="313"/>
        <location filename="../../fourthpillar/ui/backups.py" line="343"/>
        <location filename="../../fourthpillar/ui/backups.py" line="430"/>
        <source>Daily backup</source>
        <extracomment>The full check is running (no copy yet): a close stops it rather than waiting for it.</extracomment>
        <translation>Dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="343"/>
        <source>Checking the register</source>
        <translation>Register controleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="374"/>
        <source>Daily backup made</source>
        <translation>Dagelijkse back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="387"/>
        <source>No backup made: %1</source>
        <translation>Geen back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="389"/>
        <location filename="../../fourthpillar/ui/backups.py" line="395"/>
        <source>No backup made</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="407"/>
        <source>The register is damaged: nothing more is saved in it</source>
        <translation>Het register is beschadigd: er wordt niets meer in bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="411"/>
        <location filename="../../fourthpillar/ui/startup.py" line="72"/>
        <location filename="../../fourthpillar/ui/startup.py" line="81"/>
        <location filename="../../fourthpillar/ui/startup.py" line="109"/>
        <location filename="../../fourthpillar/ui/startup.py" line="138"/>
        <source>The register is damaged</source>
        <translation>Het register is beschadigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="429"/>
        <source>Finishing the backup…</source>
        <translation>De back-up wordt afgewerkt…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="429"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="65"/>
        <source>Folder for the person&apos;s data</source>
        <translation>Map voor de gegevens van de persoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="75"/>
        <source>Personal data exported</source>
        <translation>Persoonsgegevens geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="76"/>
        <source>Written:
%1
%2</source>
        <translation>Geschreven:
%1
%2</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="80"/>
        <source>Exporting personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="134"/>
        <source>Erasing personal data</source>
        <extracomment>The people whose erasure is being planned (read before asking): a second ask waits for it.</extracomment>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="139"/>
        <source>Erase %1&apos;s name and e-mail from this registration and from its history?

The registration stays as &quot;[erased]&quot; so attendance counts are kept. This cannot be undone.</source>
        <translation>De naam en het e-mailadres van %1 wissen uit deze inschrijving en uit de geschiedenis ervan?

De inschrijving blijft staan als &quot;[erased]&quot;, zodat de aanwezigheidscijfers bewaard blijven. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="142"/>
        <source>Erase %1&apos;s name, role, e-mail and phone from the register and from its history?

The contact stays as &quot;[erased]&quot; so counts are kept. This cannot be undone.</source>
        <translation>De naam, rol, het e-mailadres en telefoonnummer van %1 wissen uit het register en uit de geschiedenis?

Het contact blijft als &quot;[erased]&quot; zodat de tellingen kloppen. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="150"/>
        <source>The person is also named in %n other text(s); there they become &quot;%1&quot;:</source>
        <translation>
            <numerusform>De persoon wordt ook genoemd in %n andere tekst; daar wordt het &quot;%1&quot;:</numerusform>
            <numerusform>De persoon wordt ook genoemd in %n andere teksten; daar wordt het &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="154"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="155"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="155"/>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="170"/>
        <source>The person&apos;s data was erased.</source>
        <translation>De gegevens van de persoon zijn gewist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="172"/>
        <source>The person was also removed from %n other text(s).</source>
        <translation>
            <numerusform>De persoon werd ook uit %n andere tekst verwijderd.</numerusform>
            <numerusform>De persoon werd ook uit %n andere teksten verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="173"/>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="182"/>
        <source>%n backup(s) made before the erasure still hold the data.</source>
        <translation>
            <numerusform>%n back-up van vóór het wissen bevat de gegevens nog.</numerusform>
            <numerusform>%n back-ups van vóór het wissen bevatten de gegevens nog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="185"/>
        <source>Delete those backups now</source>
        <translation>Die back-ups nu verwijderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="186"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="203"/>
        <source>Archive %n registration(s) of events held more than %1 years ago?</source>
        <translation>
            <numerusform>%n inschrijving voor activiteiten van meer dan %1 jaar geleden archiveren?</numerusform>
            <numerusform>%n inschrijvingen voor activiteiten van meer dan %1 jaar geleden archiveren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="206"/>
        <source>The names and e-mails of the %n walk-in(s) among them are erased; this cannot be undone.</source>
        <translation>
            <numerusform>Daarbij is %n losse deelnemer: diens naam en e-mailadres worden gewist; dit kan niet ongedaan gemaakt worden.</numerusform>
            <numerusform>Daarbij zijn %n losse deelnemers: hun namen en e-mailadressen worden gewist; dit kan niet ongedaan gemaakt worden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="208"/>
        <source>Forget old registrations</source>
        <translation>Oude inschrijvingen vergeten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="209"/>
        <source>Archive and erase</source>
        <translation>Archiveren en wissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="219"/>
        <source>%n registration(s) archived; the walk-ins among them were erased.</source>
        <translation>
            <numerusform>%n inschrijving gearchiveerd; de losse deelnemers daarbij zijn gewist.</numerusform>
            <numerusform>%n inschrijvingen gearchiveerd; de losse deelnemers daarbij zijn gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="223"/>
        <source>Cancelled: nothing was erased or archived.</source>
        <translation>Geannuleerd: er is niets gewist of gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="226"/>
        <source>Forgetting old registrations…</source>
        <translation>Oude inschrijvingen vergeten…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="250"/>
        <source>Backups pruned</source>
        <translation>Back-ups opgeruimd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="251"/>
        <source>%n older backup(s) deleted; a new backup was made.</source>
        <translation>
            <numerusform>%n oudere back-up verwijderd; er is een nieuwe back-up gemaakt.</numerusform>
            <numerusform>%n oudere back-ups verwijderd; er is een nieuwe back-up gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="254"/>
        <source>Pruning backups</source>
        <translation>Back-ups opruimen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="260"/>
        <source>Fourth Pillar desk</source>
        <extracomment>Exit status when the register cannot be opened. Exit status of a second launch whose data folder was open already: that window came forward. The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and the desktops show the window with that entry&apos;s name and icon. The object name of the translators install_translations puts on the app.
----------
The previous session did not end cleanly (the app lock says): the register gets a full check. The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.</extracomment>
        <translation>4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="61"/>
        <source>another window</source>
        <translation>een ander venster</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="62"/>
        <source>Fourth Pillar desk is already open</source>
        <translation>4de Pijler-desk is al open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="63"/>
        <source>This register is already open (%1). Switch to that window; two windows on one register would overwrite each other&apos;s work.</source>
        <translation>Dit register is al open (%1). Ga naar dat venster; twee vensters op één register zouden elkaars werk overschrijven.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="73"/>
        <source>%1

Restore the newest good backup, from %2 (%3)? The damaged file is kept aside in the &quot;damaged&quot; folder, never deleted.</source>
        <translation>%1

De nieuwste goede back-up terugzetten, van %2 (%3)? Het beschadigde bestand wordt apart gezet in de map &quot;damaged&quot;, nooit verwijderd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="82"/>
        <source>%1

There is no readable backup to recover from. Do not delete the file; ask for help.</source>
        <translation>%1

Er is geen leesbare back-up om mee te herstellen. Verwijder het bestand niet; vraag hulp.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="87"/>
        <source>The register is back as it was on %1. The damaged file was kept as %2.</source>
        <translation>Het register is terug zoals het was op %1. Het beschadigde bestand is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="92"/>
        <source>Register recovered</source>
        <translation>Register hersteld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="120"/>
        <source>Nothing more is saved in it.</source>
        <translation>Er wordt niets meer in bewaard.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="217"/>
        <source>The register cannot be opened</source>
        <translation>Het register kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="230"/>
        <location filename="../../fourthpillar/ui/startup.py" line="241"/>
        <source>The register could not be checked</source>
        <translation>Het register kon niet gecontroleerd worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="244"/>
        <source>Personal data erased again</source>
        <translation>Persoonsgegevens opnieuw gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/startup.py" line="245"/>
        <source>%n person(s) erased earlier were back in the register (was it restored from a backup?) and were erased again.</source>
        <translation>
            <numerusform>%n eerder gewiste persoon stond weer in het register (werd het uit een back-up teruggezet?) en is opnieuw gewist.</numerusform>
            <numerusform>%n eerder gewiste personen stonden weer in het register (werd het uit een back-up teruggezet?) en zijn opnieuw gewist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="104"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="106"/>
        <source>The register and all its backups are encrypted again with the new passphrase; the old one no longer opens them. Files kept in the &quot;damaged&quot; folder keep the old one. Keep the new passphrase somewhere safe besides this computer (the office&apos;s password manager).</source>
        <translation>Het register en al zijn back-ups worden opnieuw versleuteld met de nieuwe wachtwoordzin; de oude opent ze niet meer. Bestanden in de map &quot;damaged&quot; houden de oude. Bewaar de nieuwe wachtwoordzin op een veilige plek buiten deze computer (de wachtwoordkluis van het kantoor).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="112"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="113"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="114"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="115"/>
        <source>C&amp;hange passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="120"/>
        <source>Type the current passphrase.</source>
        <translation>Typ de huidige wachtwoordzin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/passphrase.py" line="131"/>
        <source>The passphrase was changed: the register and %n backup(s) open with the new passphrase only.</source>
        <translation>
            <numerusform>De wachtwoordzin is gewijzigd: het register en %n back-up openen enkel nog met de nieuwe wachtwoordzin.</numerusform>
            <numerusform>De wachtwoordzin is gewijzigd: het register en %n back-ups openen enkel nog met de nieuwe wachtwoordzin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="135"/>
        <source>These backups open with neither passphrase and were left as they were: %1</source>
        <translation>Deze back-ups openen met geen van beide wachtwoordzinnen en zijn gelaten zoals ze waren: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="139"/>
        <source>This computer&apos;s keychain remembers the new passphrase.</source>
        <translation>De sleutelhanger van deze computer onthoudt de nieuwe wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="56"/>
        <source>(see --help)</source>
        <extracomment>Exit status for invalid input or a refused operation: nothing was written.</extracomment>
        <translation>(zie --help)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="62"/>
        <location filename="../../fourthpillar/cli/main.py" line="153"/>
        <source>unrecognised arguments: {arguments}</source>
        <translation>onbekende argumenten: {arguments}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="70"/>
        <source>is empty (leave the option out to use the default)</source>
        <translation>is leeg (laat de optie weg om de standaard te gebruiken)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="85"/>
        <source>data folder (default: $FOURTHPILLAR_DATA_DIR or the user data folder)</source>
        <translation>datamap (standaard: $FOURTHPILLAR_DATA_DIR of de gebruikersdatamap)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="87"/>
        <source>a database URL instead of the data folder&apos;s SQLite file</source>
        <translation>een database-URL in plaats van het SQLite-bestand van de datamap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="122"/>
        <source>fourthpillar: the register and its backups are encrypted now; the unencrypted ones are kept in {folder} until you delete them with &apos;fourthpillar key delete-unencrypted&apos;</source>
        <translation>fourthpillar: het register en zijn back-ups zijn nu versleuteld; de onversleutelde worden bewaard in {folder} tot u ze wist met &apos;fourthpillar key delete-unencrypted&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="131"/>
        <source>fourthpillar: {count} person(s) erased earlier were back in the register and were erased again</source>
        <translation>fourthpillar: eerder gewiste personen stonden weer in het register en zijn opnieuw gewist: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="194"/>
        <source>&apos;{item}&apos; is not field=value</source>
        <translation>&apos;{item}&apos; is geen veld=waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="29"/>
        <source>must be between 1 and {most}</source>
        <extracomment>What ``demo`` adds without ``--initiatives``: about the size of the real register. More would take hours and gigabytes (10**30 would never end).</extracomment>
        <translation>moet tussen 1 en {most} liggen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="36"/>
        <source>add demonstration data (initiatives with contacts, requests and follow-ups)</source>
        <translation>demonstratiegegevens toevoegen (initiatieven met contactpersonen, adviesvragen en opvolgingen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="37"/>
        <source>Add realistic demonstration initiatives with their contact persons, about four advice requests and four follow-ups each, and a few support officers. Everything is added in one go (or not at all) and can be undone as one action.</source>
        <translation>Voeg realistische demonstratie-initiatieven toe met hun contactpersonen, elk ongeveer vier adviesvragen en vier opvolgingen, en enkele medewerkers. Alles wordt in één keer toegevoegd (of helemaal niet) en kan als één actie ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="42"/>
        <source>how many initiatives to add (default {count})</source>
        <translation>hoeveel initiatieven toevoegen (standaard {count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="44"/>
        <source>the same seed gives the same names and texts</source>
        <translation>dezelfde seed geeft dezelfde namen en teksten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="50"/>
        <source>{done} / {total} initiatives</source>
        <translation>{done} / {total} initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="59"/>
        <source>note: no officer signed in at this desk; the changes carry no author</source>
        <translation>let op: er is geen medewerker aangemeld aan dit bureau; de wijzigingen hebben geen auteur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="64"/>
        <source>interrupted; nothing was added</source>
        <translation>onderbroken; er werd niets toegevoegd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="65"/>
        <source>initiatives: {count}</source>
        <translation>initiatieven: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="66"/>
        <source>contact persons: {count}</source>
        <translation>contactpersonen: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="67"/>
        <source>advice requests: {count}</source>
        <translation>adviesvragen: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="68"/>
        <source>follow-ups: {count}</source>
        <translation>opvolgingen: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="69"/>
        <source>officers: {count}</source>
        <translation>medewerkers: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="70"/>
        <source>undo batch: {batch}</source>
        <translation>batch om ongedaan te maken: {batch}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="30"/>
        <source>a score is from 1 to 100</source>
        <translation>een score ligt tussen 1 en 100</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="41"/>
        <source>no possible duplicates</source>
        <translation>geen mogelijke dubbels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>ids</source>
        <translation>id&apos;s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>initiative</source>
        <translation>initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>looks like</source>
        <translation>lijkt op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="51"/>
        <source>{count} possible duplicate(s); merge with &apos;initiatives merge KEEP OTHER&apos;, or keep apart with &apos;initiatives not-duplicate A B&apos;</source>
        <translation>{count} mogelijke dubbel(s); samenvoegen met &apos;initiatives merge KEEP OTHER&apos;, of apart houden met &apos;initiatives not-duplicate A B&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="63"/>
        <source>merged {other} into {keep}: {fields} field(s) taken, {contacts} contact(s), {requests} request(s) and {follow_ups} follow-up(s) moved</source>
        <translation>{other} samengevoegd met {keep}: {fields} veld(en) overgenomen, {contacts} contactperso(o)n(en), {requests} vra(a)g(en) en {follow_ups} opvolging(en) verhuisd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="72"/>
        <source>{first} and {second} are kept apart: the duplicate list no longer shows them as a pair</source>
        <translation>{first} en {second} blijven apart: de lijst met dubbels toont ze niet meer als paar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="97"/>
        <source>list initiatives that look like the same one</source>
        <translation>initiatieven tonen die op hetzelfde lijken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="98"/>
        <source>List pairs of initiatives that look like the same one, best first, with their score
(0-100) and why: names alike, the same enterprise number, place, e-mail or phone.
Pairs kept apart with &apos;not-duplicate&apos; are left out.</source>
        <translation>Toont paren initiatieven die hetzelfde lijken, de beste eerst, met hun score
(0-100) en waarom: gelijkende namen, hetzelfde ondernemingsnummer, dezelfde plaats, e-mail of telefoon.
Paren die met &apos;not-duplicate&apos; apart gehouden zijn, worden weggelaten.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="102"/>
        <source>lowest score listed (default: the settings&apos; value, else {score})</source>
        <translation>laagste getoonde score (standaard: die uit de instellingen, anders {score})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="104"/>
        <source>a JSON array of pairs</source>
        <translation>een JSON-lijst van paren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="105"/>
        <source>merge OTHER into KEEP (one undoable action)</source>
        <translation>OTHER samenvoegen met KEEP (één actie, ongedaan te maken)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="106"/>
        <source>Merge the initiative OTHER into KEEP: KEEP&apos;s fields stay, empty ones take OTHER&apos;s value;
field=other takes OTHER&apos;s value, field=keep keeps KEEP&apos;s, field=both joins lists and notes.
OTHER&apos;s contacts, requests and follow-ups move to KEEP; OTHER is archived as merged into
KEEP. One undo in the app&apos;s history undoes the whole merge.</source>
        <translation>Voegt het initiatief OTHER samen met KEEP: de velden van KEEP blijven, lege velden krijgen de waarde van OTHER;
veld=other neemt de waarde van OTHER, veld=keep houdt die van KEEP, veld=both voegt lijsten en notities samen.
De contactpersonen, vragen en opvolgingen van OTHER verhuizen naar KEEP; OTHER wordt gearchiveerd als samengevoegd met
KEEP. Eén keer ongedaan maken in de geschiedenis van de app maakt de hele samenvoeging ongedaan.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="110"/>
        <source>the id of the initiative to keep</source>
        <translation>de id van het initiatief dat blijft</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="111"/>
        <source>the id of the initiative merged into it</source>
        <translation>de id van het initiatief dat erin opgaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="112"/>
        <source>what to take from OTHER</source>
        <translation>wat van OTHER over te nemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="113"/>
        <source>what was done, as JSON</source>
        <translation>wat er gedaan is, als JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="114"/>
        <source>remember that two initiatives are different ones</source>
        <translation>onthouden dat twee initiatieven verschillend zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="115"/>
        <source>Remember that A and B are different initiatives: the duplicate list, the editor and
the import no longer offer them as a pair (synced to field copies).</source>
        <translation>Onthoudt dat A en B verschillende initiatieven zijn: de lijst met dubbels, de editor en
de import bieden ze niet meer als paar aan (wordt gesynchroniseerd naar veldkopieën).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="117"/>
        <source>an initiative&apos;s id</source>
        <translation>de id van een initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="118"/>
        <source>the other initiative&apos;s id</source>
        <translation>de id van het andere initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <location filename="../../fourthpillar/cli/records.py" line="231"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="57"/>
        <source>(walk-in)</source>
        <translation>(losse deelnemer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="76"/>
        <source>registration {id} is on the waiting list: the event is full</source>
        <translation>inschrijving {id} staat op de wachtlijst: de activiteit is volzet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="79"/>
        <source>registration {id} moved up from the waiting list</source>
        <translation>inschrijving {id} kwam van de wachtlijst af</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="88"/>
        <source>give the contact person with --contact only</source>
        <translation>geef de contactpersoon alleen met --contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="103"/>
        <source>&apos;{text}&apos; is not HEADER=FIELD</source>
        <translation>&apos;{text}&apos; is geen KOLOMKOP=VELD</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="110"/>
        <location filename="../../fourthpillar/cli/safety.py" line="307"/>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="110"/>
        <location filename="../../fourthpillar/cli/safety.py" line="307"/>
        <source>walk-in</source>
        <translation>losse deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="111"/>
        <source>skipped: registered already</source>
        <translation>overgeslagen: al ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>contact person or e-mail</source>
        <translation>contactpersoon of e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="118"/>
        <source>{contacts} contact persons, {walk_ins} walk-ins, {skipped} skipped, {problems} rows not imported</source>
        <translation>{contacts} contactpersonen, {walk_ins} losse deelnemers, {skipped} overgeslagen, {problems} rijen niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="126"/>
        <source>{registered} registered, {waiting} on the waiting list, {skipped} skipped (undo: batch {batch})</source>
        <translation>{registered} ingeschreven, {waiting} op de wachtlijst, {skipped} overgeslagen (ongedaan maken: batch {batch})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="138"/>
        <source>trainings, info sessions, network days and webinars</source>
        <translation>vormingen, infosessies, netwerkdagen en webinars</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="139"/>
        <location filename="../../fourthpillar/cli/events.py" line="167"/>
        <location filename="../../fourthpillar/cli/records.py" line="294"/>
        <location filename="../../fourthpillar/cli/records.py" line="313"/>
        <location filename="../../fourthpillar/cli/records.py" line="336"/>
        <location filename="../../fourthpillar/cli/records.py" line="367"/>
        <source>examples:</source>
        <translation>voorbeelden:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="143"/>
        <source>officer_id= takes an officer&apos;s name or id; times are hh:mm (19:30, 19u30).</source>
        <translation>officer_id= neemt de naam of het id van een medewerker; uren zijn uu:mm (19:30, 19u30).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="146"/>
        <source>planned, open, full, held or cancelled</source>
        <translation>planned, open, full, held of cancelled</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="147"/>
        <location filename="../../fourthpillar/cli/record_lists.py" line="195"/>
        <source>topic code or label</source>
        <translation>onderwerpcode of -label</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="148"/>
        <source>the officer in charge</source>
        <translation>de verantwoordelijke medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="150"/>
        <source>starting on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)</source>
        <translation>beginnend op of na (jjjj-mm-dd, dd/mm/jjjj, today, +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="151"/>
        <source>starting on or before (same spellings)</source>
        <translation>beginnend op of voor (zelfde schrijfwijzen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="154"/>
        <source>plan an event; prints its id</source>
        <translation>plan een activiteit; toont het id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="155"/>
        <source>Plan an event and print its id. title and starts_on are required; kind
defaults to training, officer_id to the acting officer, status to planned.</source>
        <translation>Plan een activiteit en toon het id. title en starts_on zijn verplicht; kind
is standaard training, officer_id de handelende medewerker, status planned.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="159"/>
        <source>every field and its registrations</source>
        <translation>elk veld en de inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="166"/>
        <source>who registered for an event, and who came</source>
        <translation>wie zich inschreef voor een activiteit, en wie kwam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="172"/>
        <source>Past the event&apos;s capacity a registration goes on the waiting list; a cancellation moves the first person waiting up.</source>
        <translation>Boven het aantal plaatsen komt een inschrijving op de wachtlijst; bij een annulering schuift de eerste wachtende door.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="176"/>
        <source>registered, waiting, cancelled, attended or no-show</source>
        <translation>registered, waiting, cancelled, attended of no-show</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="179"/>
        <source>register a contact person or a walk-in; prints the id</source>
        <translation>schrijf een contactpersoon of een losse deelnemer in; toont het id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="180"/>
        <source>Register a contact person (--contact ID) or a walk-in (name=... email=...)
for an event and print the registration&apos;s id.</source>
        <translation>Schrijf een contactpersoon (--contact ID) of een losse deelnemer (name=... email=...)
in voor een activiteit en toon het id van de inschrijving.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="182"/>
        <location filename="../../fourthpillar/cli/events.py" line="194"/>
        <source>the event</source>
        <translation>de activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="183"/>
        <source>the contact person (else a walk-in: name=... email=...)</source>
        <translation>de contactpersoon (anders een losse deelnemer: name=... email=...)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="189"/>
        <source>register the people of a spreadsheet (.xlsx, .csv)</source>
        <translation>schrijf de mensen uit een rekenblad in (.xlsx, .csv)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="190"/>
        <source>Register the people listed in a spreadsheet for an event: each row&apos;s name and
e-mail are matched with the contact persons (by e-mail, else by name and
initiative); other rows become walk-ins. One action: undo takes it all back.</source>
        <translation>Schrijf de mensen uit een rekenblad in voor een activiteit: naam en e-mail van elke
rij worden vergeleken met de contactpersonen (op e-mail, anders op naam en
initiatief); andere rijen worden losse deelnemers. Eén actie: ongedaan maken neemt alles terug.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="193"/>
        <source>the spreadsheet</source>
        <translation>het rekenblad</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="195"/>
        <source>the sheet (default: the first)</source>
        <translation>het werkblad (standaard het eerste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="197"/>
        <source>this column holds that field (name, email, initiative, status, registered_on); HEADER= leaves it out</source>
        <translation>deze kolom bevat dat veld (name, email, initiative, status, registered_on); KOLOMKOP= laat ze weg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="199"/>
        <source>show what would be imported, write nothing</source>
        <translation>toon wat geïmporteerd zou worden, schrijf niets</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="59"/>
        <source>{count} records</source>
        <extracomment>The export commands at a glance (the start of ``export --help``).</extracomment>
        <translation>{count} records</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="99"/>
        <location filename="../../fourthpillar/cli/options.py" line="103"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <extracomment>``--what``&apos;s choices as the commands spell them (``followups list``; &quot;follow_ups&quot; and &quot;follow-ups&quot; are taken too).</extracomment>
        <translation>&apos;{text}&apos; is niet een van: {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="125"/>
        <source>{path} is not a folder</source>
        <translation>{path} is geen map</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="129"/>
        <source>{count} certificates</source>
        <translation>{count} attesten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="144"/>
        <location filename="../../fourthpillar/cli/list_query.py" line="78"/>
        <source>the last day is before the first day</source>
        <translation>de laatste dag ligt vóór de eerste dag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="153"/>
        <source>the file to write</source>
        <translation>het bestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="154"/>
        <source>replace FILE if it exists</source>
        <translation>FILE vervangen als het al bestaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="161"/>
        <source>first day (yyyy-mm-dd or dd/mm/yyyy)</source>
        <translation>eerste dag (jjjj-mm-dd of dd/mm/jjjj)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="162"/>
        <source>last day (included)</source>
        <translation>laatste dag (inbegrepen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="163"/>
        <source>only initiatives in this province (code or name)</source>
        <translation>alleen initiatieven in deze provincie (code of naam)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="164"/>
        <source>only requests handled by this officer</source>
        <translation>alleen adviesvragen behandeld door deze medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="168"/>
        <source>An existing FILE is replaced only with --force. Unknown ids and invalid arguments exit with status 2 and one line on stderr; no file is created then.</source>
        <translation>Een bestaand FILE wordt alleen vervangen met --force. Onbekende id&apos;s en ongeldige argumenten eindigen met afsluitstatus 2 en één regel op stderr; er wordt dan geen bestand gemaakt.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="171"/>
        <source>write PDF summaries, reports and spreadsheets</source>
        <translation>pdf-fiches, rapporten en rekenbladen schrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="175"/>
        <source>PDF documents</source>
        <translation>pdf-documenten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="177"/>
        <source>an initiative&apos;s summary (fiche)</source>
        <translation>de fiche van een initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="178"/>
        <location filename="../../fourthpillar/cli/options.py" line="302"/>
        <source>the initiative&apos;s id</source>
        <translation>de id van het initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="180"/>
        <source>the version for the initiative: no internal notes, no time spent</source>
        <translation>de versie voor het initiatief: geen interne notities, geen bestede tijd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="181"/>
        <source>the advice summary of one request, for the initiative</source>
        <translation>de adviessamenvatting van één adviesvraag, voor het initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="182"/>
        <location filename="../../fourthpillar/cli/options.py" line="302"/>
        <source>the request&apos;s id</source>
        <translation>de id van de adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="183"/>
        <source>the period report with figures and charts</source>
        <translation>het periodeverslag met cijfers en grafieken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="184"/>
        <location filename="../../fourthpillar/cli/options.py" line="303"/>
        <source>the event&apos;s id</source>
        <translation>het id van de activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="185"/>
        <source>an event&apos;s sign-in sheet: names, initiatives, a signature column</source>
        <translation>de aanwezigheidslijst van een activiteit: namen, initiatieven, een kolom om te tekenen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="187"/>
        <source>one participant&apos;s certificate of attendance</source>
        <translation>het aanwezigheidsattest van één deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="188"/>
        <location filename="../../fourthpillar/cli/options.py" line="304"/>
        <source>the registration&apos;s id</source>
        <translation>het id van de inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="190"/>
        <source>a certificate for each participant who attended, into the folder --out</source>
        <translation>een attest voor elke deelnemer die aanwezig was, in de map --out</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="193"/>
        <source>spreadsheets</source>
        <translation>rekenbladen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="195"/>
        <source>a list with its filters, sort and columns</source>
        <translation>een lijst met haar filters, sortering en kolommen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="196"/>
        <source>which list</source>
        <translation>welke lijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="199"/>
        <source>status code or label (requests: also &apos;open&apos;; follow-ups: open, done)</source>
        <translation>statuscode of -label (adviesvragen: ook &apos;open&apos;; opvolgingen: open, done)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="200"/>
        <source>topic code or label (requests, follow-ups, events)</source>
        <translation>onderwerpcode of -label (adviesvragen, opvolgingen, activiteiten)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="201"/>
        <source>channel code or label (requests)</source>
        <translation>kanaalcode of -label (adviesvragen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="203"/>
        <source>assigned officer, follow-up owner or the event&apos;s officer in charge</source>
        <translation>toegewezen medewerker, verantwoordelijke van de opvolging of verantwoordelijke medewerker van de activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="206"/>
        <source>include archived records</source>
        <translation>ook gearchiveerde records</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="207"/>
        <source>sort by this column</source>
        <translation>sorteren op deze kolom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="208"/>
        <location filename="../../fourthpillar/cli/record_lists.py" line="179"/>
        <source>sort descending</source>
        <translation>aflopend sorteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="209"/>
        <source>the columns, in order (default: the list&apos;s)</source>
        <translation>de kolommen, in volgorde (standaard: die van de lijst)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="210"/>
        <source>the network list: one sheet per province</source>
        <translation>de netwerklijst: één blad per provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="211"/>
        <source>an event&apos;s registrations, with e-mail and phone</source>
        <translation>de inschrijvingen van een activiteit, met e-mail en telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="213"/>
        <source>the period report&apos;s figures as tables</source>
        <translation>de cijfers van het periodeverslag als tabellen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="215"/>
        <source>calendar files (iCalendar)</source>
        <translation>agendabestanden (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="218"/>
        <source>open follow-ups as all-day calendar entries (Outlook, Google, Thunderbird)</source>
        <translation>openstaande opvolgingen als agenda-items van een hele dag (Outlook, Google, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="219"/>
        <source>only follow-ups of this officer</source>
        <translation>enkel opvolgingen van deze medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="221"/>
        <location filename="../../fourthpillar/cli/options.py" line="359"/>
        <source>due on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)</source>
        <translation>te doen op of na (jjjj-mm-dd, dd/mm/jjjj, today, +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="222"/>
        <source>due on or before</source>
        <translation>te doen op of voor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="223"/>
        <source>one event as a calendar entry</source>
        <translation>één activiteit als agenda-item</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="36"/>
        <source>import the office&apos;s spreadsheets</source>
        <translation>de rekenbladen van het kantoor importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="40"/>
        <source>import initiatives from an .xlsx, .ods, .xls or .csv file</source>
        <translation>initiatieven importeren uit een .xlsx-, .ods-, .xls- of .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="42"/>
        <source>Import initiatives from a spreadsheet. The header row is found, columns are mapped (Dutch, French or English headers), values are normalised, duplicates are found; everything is applied in one transaction or nothing is.</source>
        <translation>Importeer initiatieven uit een rekenblad. De kopregel wordt gevonden, kolommen worden gekoppeld (Nederlandse, Franse of Engelse koppen), waarden worden genormaliseerd, dubbels worden gevonden; alles wordt in één transactie toegepast of niets.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="46"/>
        <source>.xlsx, .ods, .xls or .csv (comma or semicolon; UTF-8 or cp1252)</source>
        <translation>.xlsx, .ods, .xls of .csv (komma of puntkomma; UTF-8 of cp1252)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="47"/>
        <source>the sheet to read (default: the first)</source>
        <translation>het blad om te lezen (standaard: het eerste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="48"/>
        <source>show what would happen; write nothing</source>
        <translation>tonen wat er zou gebeuren; niets schrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="50"/>
        <source>a row matching an existing initiative or an earlier row: skip it (default), fill only the empty fields, or create it anyway</source>
        <translation>een rij die overeenkomt met een bestaand initiatief of een eerdere rij: overslaan (standaard), alleen de lege velden invullen, of toch aanmaken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="53"/>
        <source>map a column to a field ({fields}); HEADER= ignores it</source>
        <translation>een kolom aan een veld koppelen ({fields}); HEADER= negeert ze</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="55"/>
        <source>print the outcome as JSON</source>
        <translation>het resultaat als JSON tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="57"/>
        <source>list the imports applied, newest first</source>
        <translation>de toegepaste imports, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="60"/>
        <source>undo a whole import (its initiatives are archived)</source>
        <translation>een hele import ongedaan maken (de initiatieven worden gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="73"/>
        <source>&apos;{target}&apos; is not a field to import into (fields: {fields})</source>
        <translation>&apos;{target}&apos; is geen veld om in te importeren (velden: {fields})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="79"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="79"/>
        <source>row {row}</source>
        <translation>rij {row}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="81"/>
        <source>not imported: </source>
        <translation>niet geïmporteerd: </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="105"/>
        <source>{file}, sheet {sheet} (header on row {row})</source>
        <translation>{file}, blad {sheet} (kopregel op rij {row})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="109"/>
        <source>columns not imported: {columns}</source>
        <translation>kolommen niet geïmporteerd: {columns}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="111"/>
        <source>would be created: {count}</source>
        <translation>zouden aangemaakt worden: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="112"/>
        <source>would be updated: {count}</source>
        <translation>zouden bijgewerkt worden: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="114"/>
        <source>created: {count}</source>
        <translation>aangemaakt: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="115"/>
        <source>updated: {count}</source>
        <translation>bijgewerkt: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="116"/>
        <source>duplicates skipped: {count}</source>
        <translation>dubbels overgeslagen: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="117"/>
        <source>rows with problems: {count}</source>
        <translation>rijen met problemen: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="119"/>
        <source>rows not imported: {count}</source>
        <translation>rijen niet geïmporteerd: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="121"/>
        <source>problems:</source>
        <translation>problemen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="125"/>
        <source>dry run: nothing was written</source>
        <translation>proefrun: er werd niets geschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="127"/>
        <source>import {id} applied; undo it with: fourthpillar import undo {id}</source>
        <translation>import {id} toegepast; ongedaan maken met: fourthpillar import undo {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="132"/>
        <source>undone {when}</source>
        <translation>ongedaan gemaakt {when}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="133"/>
        <source>applied</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="134"/>
        <source>created {created}, updated {updated}, skipped {skipped}, rows with problems {problems}</source>
        <translation>{created} aangemaakt, {updated} bijgewerkt, {skipped} overgeslagen, {problems} rijen met problemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="142"/>
        <source>no imports yet</source>
        <translation>nog geen imports</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="147"/>
        <source>import {id} undone: {count} initiatives archived</source>
        <translation>import {id} ongedaan gemaakt: {count} initiatieven gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="43"/>
        <source>Passphrase of {path}: </source>
        <translation>Wachtwoordzin van {path}: </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="44"/>
        <source>The register {path} is encrypted with a passphrase you choose now. Keep it somewhere safe besides this computer: without it neither the register nor its backups can be opened.</source>
        <translation>Het register {path} wordt versleuteld met een wachtwoordzin die u nu kiest. Bewaar ze op een veilige plek buiten deze computer: zonder haar kunnen noch het register noch zijn back-ups geopend worden.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="48"/>
        <location filename="../../fourthpillar/cli/keys.py" line="130"/>
        <source>New passphrase (at least {count} characters): </source>
        <translation>Nieuwe wachtwoordzin (minstens {count} tekens): </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="50"/>
        <location filename="../../fourthpillar/cli/keys.py" line="131"/>
        <source>The same passphrase again: </source>
        <translation>Nogmaals dezelfde wachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="76"/>
        <source>the register is a shared database: its server protects it</source>
        <translation>het register is een gedeelde databank: haar server beschermt ze</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="83"/>
        <source>register: {path}</source>
        <translation>register: {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="84"/>
        <source>encrypted: no (it is encrypted when it is next opened)</source>
        <translation>versleuteld: nee (het wordt versleuteld wanneer het de volgende keer geopend wordt)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="84"/>
        <source>encrypted: yes</source>
        <translation>versleuteld: ja</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="85"/>
        <source>passphrase from: the FOURTHPILLAR_KEY variable</source>
        <translation>wachtwoordzin uit: de variabele FOURTHPILLAR_KEY</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="86"/>
        <source>passphrase from: this computer&apos;s keychain</source>
        <translation>wachtwoordzin uit: de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="87"/>
        <source>passphrase from: asked at every start (the keychain holds none)</source>
        <translation>wachtwoordzin uit: gevraagd bij elke start (de sleutelhanger bevat er geen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="92"/>
        <source>an unencrypted copy of before the encryption is kept in {folder}: delete it with &apos;fourthpillar key delete-unencrypted&apos; once the register is complete</source>
        <translation>een onversleutelde kopie van vóór de versleuteling wordt bewaard in {folder}: wis ze met &apos;fourthpillar key delete-unencrypted&apos; zodra het register volledig is</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="104"/>
        <source>the passphrase of {path} was removed from this computer&apos;s keychain</source>
        <translation>de wachtwoordzin van {path} is uit de sleutelhanger van deze computer verwijderd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="106"/>
        <source>this computer&apos;s keychain held no passphrase for the register</source>
        <translation>de sleutelhanger van deze computer bevatte geen wachtwoordzin voor het register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="113"/>
        <source>there is no unencrypted copy to delete</source>
        <translation>er is geen onversleutelde kopie om te wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="115"/>
        <source>deleted the unencrypted copy in {folder}</source>
        <translation>de onversleutelde kopie in {folder} is gewist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="127"/>
        <source>there is no terminal to ask the new passphrase on: give it on standard input with --new-passphrase-stdin</source>
        <translation>er is geen terminal om de nieuwe wachtwoordzin op te vragen: geef ze via de standaardinvoer met --new-passphrase-stdin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="133"/>
        <source>the passphrase was not changed</source>
        <translation>de wachtwoordzin is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="139"/>
        <source>the current passphrase is not known; give it with FOURTHPILLAR_KEY</source>
        <translation>de huidige wachtwoordzin is niet bekend; geef ze met FOURTHPILLAR_KEY</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="146"/>
        <source>the passphrase of {path} was changed; {count} backup(s) re-encrypted with it</source>
        <translation>de wachtwoordzin van {path} is gewijzigd; {count} back-up(s) opnieuw ermee versleuteld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="148"/>
        <source>{path} opens with neither passphrase and was left as it was</source>
        <translation>{path} opent met geen van beide wachtwoordzinnen en is gelaten zoals het was</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="151"/>
        <source>this computer&apos;s keychain holds the new passphrase</source>
        <translation>de sleutelhanger van deze computer bevat de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="153"/>
        <source>FOURTHPILLAR_KEY still holds the old passphrase: set it to the new one</source>
        <translation>FOURTHPILLAR_KEY bevat nog de oude wachtwoordzin: zet er de nieuwe in</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="164"/>
        <source>the register&apos;s passphrase (encryption at rest)</source>
        <translation>de wachtwoordzin van het register (versleuteling op schijf)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="166"/>
        <source>is the register encrypted, and where does its passphrase come from</source>
        <translation>is het register versleuteld, en waar komt zijn wachtwoordzin vandaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="168"/>
        <location filename="../../fourthpillar/cli/keys.py" line="174"/>
        <source>print JSON</source>
        <translation>JSON tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="171"/>
        <source>give the register and its backups a new passphrase (asked twice, or read from standard input)</source>
        <translation>geef het register en zijn back-ups een nieuwe wachtwoordzin (twee keer gevraagd, of gelezen van de standaardinvoer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="173"/>
        <source>read the new passphrase from the first line of standard input</source>
        <translation>lees de nieuwe wachtwoordzin van de eerste regel van de standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="176"/>
        <source>remove the passphrase from this computer&apos;s keychain</source>
        <translation>de wachtwoordzin uit de sleutelhanger van deze computer verwijderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="179"/>
        <source>delete the unencrypted register and backups kept since the register was encrypted</source>
        <translation>het onversleutelde register en de back-ups wissen die bewaard zijn sinds het register versleuteld werd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/list_query.py" line="53"/>
        <source>the list {list} cannot be narrowed by this (its filters: {options})</source>
        <translation>de lijst {list} kan hier niet op gefilterd worden (filters van die lijst: {options})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/list_query.py" line="66"/>
        <source>cannot be combined with --status {status}</source>
        <translation>kan niet samen met --status {status}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="42"/>
        <source>no password on standard input</source>
        <extracomment>The assignments that describe a login rather than the officer&apos;s own fields.</extracomment>
        <translation>geen wachtwoord op standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="53"/>
        <source>give the password on standard input with --password-stdin</source>
        <translation>geef het wachtwoord op standaardinvoer met --password-stdin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="65"/>
        <source>officers set changes role= and provinces= only</source>
        <translation>officers set wijzigt alleen role= en provinces=</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="68"/>
        <source>nothing to change: give role=, provinces= or --password-stdin</source>
        <translation>niets te wijzigen: geef role=, provinces= of --password-stdin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="77"/>
        <source>{id}: login disabled, {count} open session(s) ended (the officer and their history stay)</source>
        <translation>{id}: login uitgeschakeld, {count} open sessie(s) beëindigd (de medewerker en zijn of haar geschiedenis blijven)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="84"/>
        <source>{id}: login enabled (it may connect again)</source>
        <translation>{id}: login ingeschakeld (kan weer verbinden)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="90"/>
        <source>read the login&apos;s password from the first line of standard input</source>
        <translation>lees het wachtwoord van de login van de eerste regel van standaardinvoer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="95"/>
        <source>change what an officer&apos;s login may do: set ID role=... provinces=...</source>
        <translation>wijzig wat de login van een medewerker mag: set ID role=... provinces=...</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="97"/>
        <location filename="../../fourthpillar/cli/logins.py" line="103"/>
        <location filename="../../fourthpillar/cli/logins.py" line="105"/>
        <source>the officer&apos;s id</source>
        <translation>de id van de medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="99"/>
        <source>role=officer|coordinator|admin, provinces=limburg,antwerpen</source>
        <translation>role=officer|coordinator|admin, provinces=limburg,antwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="102"/>
        <source>the officer&apos;s login can no longer connect; their history stays</source>
        <translation>de login van de medewerker kan niet meer verbinden; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="104"/>
        <source>a disabled login may connect again</source>
        <translation>een uitgeschakelde login kan weer verbinden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="53"/>
        <source>Fourth Pillar desk. Without a command, the app opens.</source>
        <extracomment>Modules that add command groups; each has register(subparsers). The sub-parsers&apos; ``dest`` names: the words of a command that the log may name.</extracomment>
        <translation>Fourth Pillar desk. Zonder opdracht opent de app.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="56"/>
        <source>show the program&apos;s version and stop</source>
        <translation>de versie van het programma tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="59"/>
        <source>language of messages and exports (default: the one chosen in the app&apos;s settings, else the system&apos;s language if Dutch or French, else English)</source>
        <translation>taal van berichten en exports (standaard: die gekozen in de instellingen van de app, anders de taal van het systeem als dat Nederlands of Frans is, anders Engels)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="146"/>
        <source>the argument {argument} holds bytes that are not text in this system&apos;s character set; nothing was done</source>
        <translation>het argument {argument} bevat bytes die geen tekst zijn in de tekenset van dit systeem; er is niets gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="48"/>
        <source>record this change as that officer (name or id), for this command only. Without it the change is recorded as the officer signed in at this desk (the app&apos;s first start, or &apos;fourthpillar officers sign-in NAME&apos;); if nobody is signed in, it is recorded without an officer. --as never signs anyone in and never creates an officer.</source>
        <translation>deze wijziging registreren als die medewerker (naam of id), alleen voor deze opdracht. Zonder deze optie wordt de wijziging geregistreerd als de medewerker die aan dit bureau is aangemeld (bij de eerste start van de app, of &apos;fourthpillar officers sign-in NAAM&apos;); is niemand aangemeld, dan zonder medewerker. --as meldt nooit iemand aan en maakt nooit een medewerker aan.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="60"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="66"/>
        <source>must be at least 1</source>
        <translation>moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="90"/>
        <source>&apos;{text}&apos; is not a date (use yyyy-mm-dd, dd/mm/yyyy, today or +1w)</source>
        <translation>&apos;{text}&apos; is geen datum (gebruik jjjj-mm-dd, dd/mm/jjjj, today of +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="127"/>
        <source>&apos;{key}&apos; is not a column (choose from {choices})</source>
        <extracomment>The words ``--status`` takes besides a list&apos;s status codes: a request is &quot;open&quot; until answered, a follow-up &quot;open&quot; or &quot;done&quot; (follow-ups have no status of their own).</extracomment>
        <translation>&apos;{key}&apos; is geen kolom (kies uit {choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="143"/>
        <source>&apos;{text}&apos; is not a column to sort by (choose from {choices})</source>
        <translation>&apos;{text}&apos; is geen kolom om op te sorteren (kies uit {choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="150"/>
        <source>no officer named or with id &apos;{name}&apos; (see &apos;fourthpillar officers list&apos;)</source>
        <translation>geen medewerker met naam of id &apos;{name}&apos; (zie &apos;fourthpillar officers list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="170"/>
        <source>on the shared database your changes are recorded as your own login&apos;s officer; only an admin may record them as someone else</source>
        <translation>op de gedeelde databank worden je wijzigingen geregistreerd op naam van de medewerker van je eigen login; alleen een beheerder mag ze op naam van iemand anders registreren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="177"/>
        <source>nothing to change: give field=value ...</source>
        <translation>niets te wijzigen: geef veld=waarde ...</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="204"/>
        <source>no initiative with id {id}</source>
        <translation>geen initiatief met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="205"/>
        <source>initiative {id} is archived (fourthpillar initiatives restore {id})</source>
        <translation>initiatief {id} is gearchiveerd (fourthpillar initiatives restore {id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="206"/>
        <source>initiative {id} was already archived</source>
        <translation>initiatief {id} was al gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="207"/>
        <source>initiative {id} is not archived</source>
        <translation>initiatief {id} is niet gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="208"/>
        <source>initiative {id} archived</source>
        <translation>initiatief {id} gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="209"/>
        <source>initiative {id} restored</source>
        <translation>initiatief {id} teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="210"/>
        <source>initiative {id} saved</source>
        <translation>initiatief {id} bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="211"/>
        <source>no request with id {id}</source>
        <translation>geen adviesvraag met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="212"/>
        <source>request {id} is archived (fourthpillar requests restore {id})</source>
        <translation>adviesvraag {id} is gearchiveerd (fourthpillar requests restore {id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="213"/>
        <source>request {id} was already archived</source>
        <translation>adviesvraag {id} was al gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="214"/>
        <source>request {id} is not archived</source>
        <translation>adviesvraag {id} is niet gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="215"/>
        <source>request {id} archived</source>
        <translation>adviesvraag {id} gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="216"/>
        <source>request {id} restored</source>
        <translation>adviesvraag {id} teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="217"/>
        <source>request {id} saved</source>
        <translation>adviesvraag {id} bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="218"/>
        <source>no follow-up with id {id}</source>
        <translation>geen opvolging met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="219"/>
        <source>follow-up {id} is archived (fourthpillar followups restore {id})</source>
        <translation>opvolging {id} is gearchiveerd (fourthpillar followups restore {id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="220"/>
        <source>follow-up {id} was already archived</source>
        <translation>opvolging {id} was al gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="221"/>
        <source>follow-up {id} is not archived</source>
        <translation>opvolging {id} is niet gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="222"/>
        <source>follow-up {id} archived</source>
        <translation>opvolging {id} gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="223"/>
        <source>follow-up {id} restored</source>
        <translation>opvolging {id} teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="224"/>
        <source>follow-up {id} saved</source>
        <translation>opvolging {id} bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="225"/>
        <source>no event with id {id}</source>
        <translation>geen activiteit met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="226"/>
        <source>event {id} is archived</source>
        <translation>activiteit {id} is gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="227"/>
        <source>event {id} saved</source>
        <translation>activiteit {id} bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="228"/>
        <source>no registration with id {id}</source>
        <translation>geen inschrijving met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="229"/>
        <source>registration {id} is archived</source>
        <translation>inschrijving {id} is gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="230"/>
        <source>registration {id} saved</source>
        <translation>inschrijving {id} bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="231"/>
        <source>no officer with id {id}</source>
        <translation>geen medewerker met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="232"/>
        <source>no contact person with id {id}</source>
        <translation>geen contactpersoon met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="233"/>
        <source>contact person {id} is archived</source>
        <translation>contactpersoon {id} is gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="236"/>
        <source>no record with id {id}</source>
        <translation>geen record met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="298"/>
        <source>fields: {names}</source>
        <translation>velden: {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="303"/>
        <source>the follow-up&apos;s id</source>
        <translation>de id van de opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="316"/>
        <source>words to find (prefixes, accents ignored)</source>
        <translation>woorden om te zoeken (begin van woorden, accenten genegeerd)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="318"/>
        <source>province code or name, e.g. antwerpen or &apos;East Flanders&apos; (initiatives, requests, follow-ups, registrations)</source>
        <translation>provinciecode of -naam, bv. antwerpen of &apos;Oost-Vlaanderen&apos; (initiatieven, adviesvragen, opvolgingen, inschrijvingen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="321"/>
        <source>theme code or label (initiatives, requests, follow-ups, registrations)</source>
        <translation>themacode of -label (initiatieven, adviesvragen, opvolgingen, inschrijvingen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="324"/>
        <source>province code or name (e.g. antwerpen, &apos;East Flanders&apos;)</source>
        <translation>provinciecode of -naam (bv. antwerpen, &apos;Oost-Vlaanderen&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="326"/>
        <source>theme code or label</source>
        <translation>themacode of -label</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="334"/>
        <source>of this initiative only (requests, follow-ups; registrations: its people)</source>
        <translation>alleen van dit initiatief (adviesvragen, opvolgingen; inschrijvingen: de mensen ervan)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="336"/>
        <source>of this initiative only</source>
        <translation>alleen van dit initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="336"/>
        <source>of this initiative&apos;s people only</source>
        <translation>alleen van de mensen van dit initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="340"/>
        <source>of this event only (registrations)</source>
        <translation>alleen van deze activiteit (inschrijvingen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="341"/>
        <source>of this event only</source>
        <translation>alleen van deze activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="343"/>
        <source>training, info-session, network-day or webinar (events)</source>
        <translation>training, info-session, network-day of webinar (activiteiten)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="344"/>
        <source>training, info-session, network-day or webinar</source>
        <translation>training, info-session, network-day of webinar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="353"/>
        <source>requests and follow-ups due on or after, events starting on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)</source>
        <translation>adviesvragen en opvolgingen te doen op of na, activiteiten beginnend op of na (jjjj-mm-dd, dd/mm/jjjj, today, +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="356"/>
        <source>requests and follow-ups due on or before, events starting on or before (same spellings)</source>
        <translation>adviesvragen en opvolgingen te doen op of voor, activiteiten beginnend op of voor (zelfde schrijfwijzen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="360"/>
        <source>due on or before (same spellings)</source>
        <translation>te doen op of voor (zelfde schrijfwijzen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="391"/>
        <source>as JSON (codes, ISO dates)</source>
        <translation>als JSON (codes, ISO-datums)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="418"/>
        <source>change fields: set ID field=value ...</source>
        <translation>velden wijzigen: set ID veld=waarde ...</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="424"/>
        <source>Field names are the model attribute names; vocabulary fields take a code or its label,
lists are comma-separated, dates are yyyy-mm-dd or dd/mm/yyyy, an empty value clears a field.
Changes are recorded as the officer signed in at this desk, or --as NAME for one command.
Bad input: exit status 2, one line on stderr naming the field, nothing written.
</source>
        <translation>Veldnamen zijn de attribuutnamen van het model; woordenlijstvelden nemen een code of het label,
lijsten zijn kommagescheiden, datums zijn jjjj-mm-dd of dd/mm/jjjj, een lege waarde wist een veld.
Wijzigingen worden geregistreerd als de medewerker die aan dit bureau is aangemeld, of --as NAAM voor één opdracht.
Foute invoer: afsluitstatus 2, één regel op stderr die het veld noemt, niets geschreven.
</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="66"/>
        <source>1 initiative</source>
        <extracomment>Rows asked of the database at a time; ``--all`` pages through the list this many at once.</extracomment>
        <translation>1 initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="66"/>
        <source>{count} initiatives</source>
        <translation>{count} initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="67"/>
        <source>{shown} of {total} initiatives shown (--limit N or --all for more)</source>
        <translation>{shown} van {total} initiatieven getoond (--limit N of --all voor meer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="68"/>
        <source>1 request</source>
        <translation>1 adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="68"/>
        <source>{count} requests</source>
        <translation>{count} adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="69"/>
        <source>{shown} of {total} requests shown (--limit N or --all for more)</source>
        <translation>{shown} van {total} adviesvragen getoond (--limit N of --all voor meer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="70"/>
        <source>1 follow-up</source>
        <translation>1 opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="70"/>
        <source>{count} follow-ups</source>
        <translation>{count} opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="71"/>
        <source>{shown} of {total} follow-ups shown (--limit N or --all for more)</source>
        <translation>{shown} van {total} opvolgingen getoond (--limit N of --all voor meer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="72"/>
        <source>1 event</source>
        <translation>1 activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="72"/>
        <source>{count} events</source>
        <translation>{count} activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="73"/>
        <source>{shown} of {total} events shown (--limit N or --all for more)</source>
        <translation>{shown} van {total} activiteiten getoond (--limit N of --all voor meer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="74"/>
        <source>1 registration</source>
        <translation>1 inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="74"/>
        <source>{count} registrations</source>
        <translation>{count} inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="75"/>
        <source>{shown} of {total} registrations shown (--limit N or --all for more)</source>
        <translation>{shown} van {total} inschrijvingen getoond (--limit N of --all voor meer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="154"/>
        <source>list initiatives</source>
        <extracomment>Widest a table cell grows before it is cut with an ellipsis.</extracomment>
        <translation>initiatieven oplijsten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="154"/>
        <source>list requests</source>
        <translation>adviesvragen oplijsten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="155"/>
        <source>list events</source>
        <translation>toon activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="155"/>
        <source>list follow-ups</source>
        <translation>opvolgingen oplijsten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="156"/>
        <source>list registrations</source>
        <translation>toon inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="158"/>
        <source>List initiatives: filtered, searched and sorted by the database.
Archived initiatives are left out unless --archived.</source>
        <translation>Lijst van initiatieven: gefilterd, doorzocht en gesorteerd door de database.
Gearchiveerde initiatieven worden weggelaten, tenzij --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="160"/>
        <source>List requests: filtered, searched and sorted by the database.
Archived requests are left out unless --archived.</source>
        <translation>Lijst van adviesvragen: gefilterd, doorzocht en gesorteerd door de database.
Gearchiveerde adviesvragen worden weggelaten, tenzij --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="162"/>
        <source>List follow-ups: filtered, searched and sorted by the database.
Archived follow-ups are left out unless --archived.</source>
        <translation>Lijst van opvolgingen: gefilterd, doorzocht en gesorteerd door de database.
Gearchiveerde opvolgingen worden weggelaten, tenzij --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="164"/>
        <source>List events: filtered, searched and sorted by the database.
Archived events are left out unless --archived.</source>
        <translation>Toon activiteiten: gefilterd, doorzocht en gesorteerd door de databank.
Gearchiveerde activiteiten blijven weg, tenzij --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="166"/>
        <source>List registrations (of one event with --event): filtered, searched and sorted by the database.
Archived registrations are left out unless --archived.</source>
        <translation>Toon inschrijvingen (van één activiteit met --event): gefilterd, doorzocht en gesorteerd door de databank.
Gearchiveerde inschrijvingen blijven weg, tenzij --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="169"/>
        <source>include archived initiatives</source>
        <translation>ook gearchiveerde initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="169"/>
        <source>include archived requests</source>
        <translation>ook gearchiveerde adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="170"/>
        <source>include archived events</source>
        <translation>ook gearchiveerde activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="170"/>
        <source>include archived follow-ups</source>
        <translation>ook gearchiveerde opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="171"/>
        <source>include archived registrations</source>
        <translation>ook gearchiveerde inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="178"/>
        <source>sort by: {names}</source>
        <translation>sorteren op: {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="182"/>
        <source>show at most N rows (default {limit})</source>
        <translation>hoogstens N rijen tonen (standaard {limit})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="184"/>
        <source>show every row (read {size} at a time from the database)</source>
        <translation>elke rij tonen ({size} per keer gelezen uit de database)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="186"/>
        <source>columns of the table: {names}</source>
        <translation>kolommen van de tabel: {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="188"/>
        <source>a JSON array of rows (codes, ISO dates)</source>
        <translation>een JSON-array van rijen (codes, ISO-datums)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="197"/>
        <source>channel code or label</source>
        <translation>kanaalcode of -label</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="200"/>
        <source>only those still open</source>
        <translation>alleen wat nog open is</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <location filename="../../fourthpillar/cli/records.py" line="231"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <location filename="../../fourthpillar/cli/records.py" line="234"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>due</source>
        <translation>te doen op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>owner</source>
        <translation>verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>what to do</source>
        <translation>wat te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="162"/>
        <source>follow-up {id} done</source>
        <translation>opvolging {id} gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="171"/>
        <source>follow-up {id} reopened</source>
        <translation>opvolging {id} heropend</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="231"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="234"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="238"/>
        <source>1 officer (* signed in at this desk)</source>
        <translation>1 medewerker (* = aangemeld aan dit bureau)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="239"/>
        <source>{count} officers (* signed in at this desk)</source>
        <translation>{count} medewerkers (* = aangemeld aan dit bureau)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="248"/>
        <source>an officer named &apos;{name}&apos; already exists ({id})</source>
        <translation>er bestaat al een medewerker met de naam &apos;{name}&apos; ({id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="255"/>
        <source>only for an officer with login=</source>
        <translation>alleen voor een medewerker met login=</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="264"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="267"/>
        <source>signed in as {name} ({id})</source>
        <translation>aangemeld als {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="277"/>
        <source>archive (never deleted; hidden from lists)</source>
        <translation>archiveren (nooit verwijderd; verborgen in de lijsten)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="278"/>
        <source>bring an archived one back</source>
        <translation>een gearchiveerd record terugzetten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="293"/>
        <source>the register of initiatives (4de pijlers)</source>
        <translation>het register van initiatieven (4de pijlers)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="300"/>
        <source>active, dormant or stopped</source>
        <translation>active, dormant of stopped</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="301"/>
        <source>register an initiative; prints its id</source>
        <translation>een initiatief registreren; toont de id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="302"/>
        <source>Register an initiative and print its id. name is required.</source>
        <translation>Registreer een initiatief en toon de id. name is verplicht.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="305"/>
        <source>every field, contacts and timeline</source>
        <translation>alle velden, contactpersonen en tijdlijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="312"/>
        <source>advice requests (adviesvragen)</source>
        <translation>adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="317"/>
        <source>officer_id= takes an officer&apos;s name or id; due_on= also takes +1w, +2w, +1m, +3m.</source>
        <translation>officer_id= neemt de naam of id van een medewerker; due_on= neemt ook +1w, +2w, +1m, +3m.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="319"/>
        <source>new, in-progress, waiting, answered, closed, or open</source>
        <translation>new, in-progress, waiting, answered, closed of open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="320"/>
        <source>the request&apos;s assigned officer: a name or an id</source>
        <translation>de toegewezen medewerker van de adviesvraag: een naam of een id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="321"/>
        <source>log an advice request; prints its id</source>
        <translation>een adviesvraag registreren; toont de id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="322"/>
        <source>Log an advice request and print its id. channel and question are
required; received_on defaults to today, officer_id to the acting officer.</source>
        <translation>Registreer een adviesvraag en toon de id. channel en question zijn
verplicht; received_on is standaard vandaag, officer_id de handelende medewerker.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="324"/>
        <source>the initiative asking</source>
        <translation>het initiatief dat de vraag stelt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="327"/>
        <source>every field and its follow-ups</source>
        <translation>alle velden en de opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="335"/>
        <source>follow-ups (opvolgingen)</source>
        <translation>opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="340"/>
        <source>due_on= also takes +1w, +2w, +1m, +3m; owner_id= takes an officer&apos;s name or id.</source>
        <translation>due_on= neemt ook +1w, +2w, +1m, +3m; owner_id= neemt de naam of id van een medewerker.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="342"/>
        <source>open or done</source>
        <translation>open of done</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="342"/>
        <source>the follow-up&apos;s owner: a name or an id</source>
        <translation>de verantwoordelijke van de opvolging: een naam of een id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="343"/>
        <source>plan a follow-up; prints its id</source>
        <translation>een opvolging plannen; toont de id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="344"/>
        <source>Plan a follow-up on a request or an initiative and print its id.
action and due_on are required; owner_id defaults to the acting officer.</source>
        <translation>Plan een opvolging voor een adviesvraag of een initiatief en toon de id.
action en due_on zijn verplicht; owner_id is standaard de handelende medewerker.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="347"/>
        <source>on this initiative</source>
        <translation>voor dit initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="348"/>
        <source>on this request (and its initiative)</source>
        <translation>voor deze adviesvraag (en het initiatief ervan)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="351"/>
        <source>every field</source>
        <translation>alle velden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="355"/>
        <source>mark done, with its outcome</source>
        <translation>als gedaan markeren, met het resultaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="357"/>
        <source>what came of it</source>
        <translation>wat het opleverde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="358"/>
        <source>done on (default today; yyyy-mm-dd or dd/mm/yyyy)</source>
        <translation>gedaan op (standaard vandaag; jjjj-mm-dd of dd/mm/jjjj)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="360"/>
        <source>mark as not done again</source>
        <translation>opnieuw als niet gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="367"/>
        <source>support officers and who works at this desk</source>
        <translation>medewerkers en wie aan dit bureau werkt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="370"/>
        <source>On a shared PostgreSQL database (admins): officers add name=NAME login=LOGIN role=officer|coordinator|admin [provinces=limburg,antwerpen] --password-stdin; officers set ID role=...; officers disable ID; officers enable ID.</source>
        <translation>Op een gedeelde PostgreSQL-databank (beheerders): officers add name=NAAM login=LOGIN role=officer|coordinator|admin [provinces=limburg,antwerpen] --password-stdin; officers set ID role=...; officers disable ID; officers enable ID.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="373"/>
        <source>list officers (* = signed in at this desk)</source>
        <translation>medewerkers oplijsten (* = aangemeld aan dit bureau)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="374"/>
        <location filename="../../fourthpillar/cli/safety.py" line="342"/>
        <location filename="../../fourthpillar/cli/safety.py" line="371"/>
        <location filename="../../fourthpillar/cli/safety.py" line="386"/>
        <source>as JSON</source>
        <translation>als JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="375"/>
        <source>add an officer; prints the id</source>
        <translation>een medewerker toevoegen; toont de id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="376"/>
        <source>Add an officer and print the id. name is required.</source>
        <translation>Voeg een medewerker toe en toon de id. name is verplicht.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="380"/>
        <source>remember who works at this desk (adds the officer if new)</source>
        <translation>onthouden wie aan dit bureau werkt (voegt de medewerker toe als die nieuw is)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="381"/>
        <source>the officer&apos;s name (or id)</source>
        <translation>de naam (of id) van de medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="382"/>
        <source>region for a new officer (province code or name)</source>
        <translation>regio voor een nieuwe medewerker (provinciecode of -naam)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="52"/>
        <source>counts unknown</source>
        <extracomment>Exit status of ``check`` when the database has problems.</extracomment>
        <translation>aantallen onbekend</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="66"/>
        <source>backup {id} written to {path}</source>
        <translation>back-up {id} geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="82"/>
        <source>no backups yet</source>
        <translation>nog geen back-ups</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="90"/>
        <source>restore needs a data folder</source>
        <translation>terugzetten heeft een datamap nodig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="93"/>
        <location filename="../../fourthpillar/cli/safety.py" line="109"/>
        <source>no backup {id} (see &apos;backup list&apos;)</source>
        <translation>geen back-up {id} (zie &apos;backup list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="98"/>
        <source>restored {id}; the state before was saved as backup {safety}</source>
        <translation>{id} teruggezet; de toestand van daarvoor werd bewaard als back-up {safety}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="101"/>
        <location filename="../../fourthpillar/cli/safety.py" line="158"/>
        <source>{count} person(s) erased after that backup was made were erased again</source>
        <translation>personen die na die back-up gewist werden, zijn opnieuw gewist: {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="112"/>
        <location filename="../../fourthpillar/cli/safety.py" line="275"/>
        <source>pruned {count} older backup(s); new backup {id}</source>
        <translation>{count} oudere back-up(s) verwijderd; nieuwe back-up {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="124"/>
        <source>&apos;{command}&apos; works on a data folder&apos;s own register, and this one is at a database URL (--database-url, $FOURTHPILLAR_DATABASE_URL or the folder&apos;s config.json); a shared database is backed up and restored by its server</source>
        <translation>&apos;{command}&apos; werkt op het eigen register van een datamap, en dit register staat op een database-URL (--database-url, $FOURTHPILLAR_DATABASE_URL of de config.json van de map); van een gedeelde database maakt de server de back-ups en zet hij ze terug</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="136"/>
        <source>{path} passes the integrity check, so there is nothing to recover; to go back to a backup use &apos;backup restore ID&apos; (it keeps the present state)</source>
        <translation>{path} doorstaat de integriteitscontrole, dus er is niets te herstellen; om naar een back-up terug te gaan gebruik je &apos;backup restore ID&apos; (dat bewaart de huidige toestand)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="140"/>
        <source>there is no readable backup in {folder} to recover from; do not delete the damaged file, ask for help</source>
        <translation>er is geen leesbare back-up in {folder} om uit te herstellen; verwijder het beschadigde bestand niet en vraag hulp</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="150"/>
        <source>recovered {path} from backup {id} of {when} ({counts})</source>
        <translation>{path} hersteld uit back-up {id} van {when} ({counts})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="153"/>
        <source>the damaged file was kept as {path}</source>
        <translation>het beschadigde bestand werd bewaard als {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="155"/>
        <source>there was no database file to keep</source>
        <translation>er was geen databasebestand om te bewaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="156"/>
        <source>everything entered after the backup was made is not in the recovered register</source>
        <translation>alles wat na het maken van de back-up werd ingevoerd, staat niet in het herstelde register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="175"/>
        <source>there is no register in {folder} yet</source>
        <translation>er is nog geen register in {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="178"/>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="181"/>
        <source>{path}: {count} problem(s)</source>
        <translation>{path}: {count} probleem/problemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="183"/>
        <source>{path}: {count} problem(s); &apos;fourthpillar backup recover&apos; puts back the newest good backup and keeps this file</source>
        <translation>{path}: {count} probleem/problemen; &apos;fourthpillar backup recover&apos; zet de nieuwste goede back-up terug en bewaart dit bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="194"/>
        <source>--out {path} is a file, not a folder</source>
        <translation>--out {path} is een bestand, geen map</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="214"/>
        <source>registration {id} is contact person {contact}&apos;s: use &apos;{command} {contact}&apos;</source>
        <translation>inschrijving {id} is van contactpersoon {contact}: gebruik &apos;{command} {contact}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="223"/>
        <source>replaced by {mark} in {count} other text(s):</source>
        <translation>vervangen door {mark} in {count} andere tekst(en):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="235"/>
        <source>would erase contact {id} ({name}): name, role, e-mail and phone, in the record and its history</source>
        <translation>zou contactpersoon {id} ({name}) wissen: naam, rol, e-mail en telefoon, in het record en de geschiedenis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="239"/>
        <source>would erase walk-in {id} ({name}): name and e-mail, in the registration and its history</source>
        <translation>zou losse deelnemer {id} ({name}) wissen: naam en e-mailadres, in de inschrijving en de geschiedenis ervan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="241"/>
        <source>would replace the person by {mark} in {count} other text(s):</source>
        <translation>zou de persoon vervangen door {mark} in {count} andere tekst(en):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="259"/>
        <source>erased contact {id}: name, role, e-mail and phone removed from the record, {count} history entries blanked or redacted</source>
        <translation>contactpersoon {id} gewist: naam, rol, e-mail en telefoon uit het record verwijderd, {count} regels in de geschiedenis gewist of onleesbaar gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="264"/>
        <source>erased walk-in {id}: name and e-mail removed from the registration</source>
        <translation>losse deelnemer {id} gewist: naam en e-mailadres verwijderd uit de inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="265"/>
        <source>{count} history entries blanked or redacted</source>
        <translation>{count} geschiedenisregels leeggemaakt of weggelakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="277"/>
        <source>{count} backup(s) made before the erasure still hold the data; run again with --prune-backups or prune them in File &gt; Backups</source>
        <translation>{count} back-up(s) van voor het wissen bevatten de gegevens nog; voer opnieuw uit met --prune-backups of verwijder ze via Bestand &gt; Back-ups</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="285"/>
        <source>no record holds &apos;{text}&apos;</source>
        <translation>geen enkel record bevat &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="293"/>
        <source>initiatives without activity since {date} ({count}):</source>
        <translation>initiatieven zonder activiteit sinds {date} ({count}):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="296"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="297"/>
        <source>{municipality}; last activity {date}</source>
        <translation>{municipality}; laatste activiteit {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="299"/>
        <source>contact persons without recorded consent ({count}):</source>
        <translation>contactpersonen zonder geregistreerde toestemming ({count}):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="303"/>
        <source>registrations of events more than {years} years ago ({count}); &apos;retention forget-registrations ID&apos; archives them and erases the walk-ins:</source>
        <translation>inschrijvingen voor activiteiten van meer dan {years} jaar geleden ({count}); &apos;retention forget-registrations ID&apos; archiveert ze en wist de losse deelnemers:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="317"/>
        <source>registration {id} is not past the retention period, or is archived already (see &apos;retention list&apos;)</source>
        <translation>inschrijving {id} is niet ouder dan de bewaartermijn, of is al gearchiveerd (zie &apos;retention list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="321"/>
        <source>archived {count} registration(s) and erased {walk_ins} walk-in(s); the archiving can be undone, the erasure not</source>
        <translation>{count} inschrijving(en) gearchiveerd en {walk_ins} losse deelnemer(s) gewist; het archiveren kan ongedaan gemaakt worden, het wissen niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="330"/>
        <source>&apos;{value}&apos; is not a whole number of years</source>
        <translation>&apos;{value}&apos; is geen geheel aantal jaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="332"/>
        <source>must be between 1 and 200 years</source>
        <translation>moet tussen 1 en 200 jaar liggen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="338"/>
        <source>make, list or restore backups of the register, or recover a damaged one</source>
        <translation>back-ups van het register maken, oplijsten of terugzetten, of een beschadigd register herstellen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="340"/>
        <source>make a backup now</source>
        <translation>nu een back-up maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="341"/>
        <source>the backups, newest first</source>
        <translation>de back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="343"/>
        <source>put a backup back (the current state is backed up first)</source>
        <translation>een back-up terugzetten (van de huidige toestand wordt eerst een back-up gemaakt)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="345"/>
        <source>a backup id from &apos;backup list&apos;</source>
        <translation>een back-up-id uit &apos;backup list&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="347"/>
        <source>delete a backup and every older one (after an erasure); a fresh backup is made</source>
        <translation>een back-up en alle oudere verwijderen (na het wissen van een persoon); er wordt een nieuwe back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="349"/>
        <source>the newest backup to delete</source>
        <translation>de nieuwste back-up die weg moet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="352"/>
        <source>put the newest good backup in place of a damaged register (the damaged file is kept)</source>
        <translation>de nieuwste goede back-up in de plaats zetten van een beschadigd register (het beschadigde bestand wordt bewaard)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="355"/>
        <source>this backup instead of the newest good one (see &apos;backup list&apos;)</source>
        <translation>deze back-up in plaats van de nieuwste goede (zie &apos;backup list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="356"/>
        <source>what was restored, as JSON</source>
        <translation>wat werd teruggezet, als JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="358"/>
        <source>run the full integrity check of the database</source>
        <translation>de volledige integriteitscontrole van de database uitvoeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="360"/>
        <source>a contact person&apos;s or a walk-in&apos;s data: export or erase (GDPR)</source>
        <translation>de gegevens van een contactpersoon of losse deelnemer: exporteren of wissen (AVG)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="362"/>
        <source>write everything held about the person (JSON and PDF)</source>
        <translation>alles schrijven wat over de persoon bewaard wordt (JSON en pdf)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="364"/>
        <source>a contact id or a walk-in&apos;s registration id</source>
        <translation>een contact-id of het inschrijvings-id van een losse deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="365"/>
        <source>folder for the files</source>
        <translation>map voor de bestanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="368"/>
        <source>every record that holds a name, e-mail or phone (contacts, requests, follow-ups, notes)</source>
        <translation>elk record met een naam, e-mailadres of telefoonnummer (contactpersonen, vragen, opvolgingen, notities)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="370"/>
        <source>a name, e-mail or phone, or part of one</source>
        <translation>een naam, e-mailadres of telefoonnummer, of een deel ervan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="373"/>
        <source>remove the person&apos;s name, role, e-mail and phone everywhere, also from notes</source>
        <translation>naam, rol, e-mail en telefoon van de persoon overal wissen, ook uit notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="376"/>
        <source>one or more contact ids or walk-ins&apos; registration ids (&apos;person find&apos;)</source>
        <translation>een of meer contact-id&apos;s of inschrijvings-id&apos;s van losse deelnemers (&apos;person find&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="377"/>
        <source>only list what would be erased and redacted</source>
        <translation>alleen tonen wat gewist en onleesbaar gemaakt zou worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="379"/>
        <source>also delete the backups made before the erasure (a fresh one is made)</source>
        <translation>ook de back-ups van voor het wissen verwijderen (er wordt een nieuwe gemaakt)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="381"/>
        <source>the retention review</source>
        <translation>de bewaartermijncontrole</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="383"/>
        <source>inactive initiatives and people without consent</source>
        <translation>inactieve initiatieven en personen zonder toestemming</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="385"/>
        <source>inactive for this many years (5)</source>
        <translation>zoveel jaren inactief (5)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="389"/>
        <source>archive registrations of events held too long ago and erase the walk-ins</source>
        <translation>inschrijvingen voor te lang geleden activiteiten archiveren en de losse deelnemers wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="392"/>
        <source>one or more registration ids (&apos;retention list&apos;)</source>
        <translation>een of meer inschrijvings-id&apos;s (&apos;retention list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sign_in.py" line="19"/>
        <source>Password of {login} on {where}: </source>
        <translation>Wachtwoord van {login} op {where}: </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="40"/>
        <source>--province is for a first package; a package --for a copy holds what it lacks</source>
        <translation>--province is voor een eerste pakket; een pakket --for een kopie bevat wat die kopie mist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="49"/>
        <source>{count} change(s) for replica {replica}</source>
        <translation>{count} wijziging(en) voor replica {replica}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="52"/>
        <source>note: nothing was ever received from that replica id, so the package holds everything this copy can give; check the id with &apos;replica id&apos; on the other copy</source>
        <translation>let op: van die replica-id werd nooit iets ontvangen, dus het pakket bevat alles wat deze kopie kan geven; controleer de id met &apos;replica id&apos; op de andere kopie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="55"/>
        <source>first package with {count} record(s) for the new copy {replica}; open it with &apos;sync checkout&apos; and this code (give it apart from the file):</source>
        <translation>eerste pakket met {count} record(s) voor de nieuwe kopie {replica}; open het met &apos;sync checkout&apos; en deze code (geef ze los van het bestand door):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="66"/>
        <source>a field copy is a SQLite file in a data folder; give --data-dir, not --database-url</source>
        <translation>een veldkopie is een SQLite-bestand in een datamap; geef --data-dir, niet --database-url</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="71"/>
        <source>Code of the first package: </source>
        <translation>Code van het eerste pakket: </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="73"/>
        <source>no code given: give --code CODE</source>
        <translation>geen code gegeven: geef --code CODE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="76"/>
        <source>new copy {replica} with {count} record(s)</source>
        <translation>nieuwe kopie {replica} met {count} record(s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="86"/>
        <source>applied {applied}, already here {skipped}, new records {created}, conflicts {conflicts}</source>
        <translation>{applied} toegepast, {skipped} al aanwezig, {created} nieuwe records, {conflicts} conflicten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="96"/>
        <source>{count} registration(s) beyond an event&apos;s capacity went to the waiting list</source>
        <translation>{count} inschrijving(en) boven de capaciteit van een activiteit naar de wachtlijst verplaatst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="102"/>
        <source>erased {count} person(s) as the other copy did</source>
        <translation>{count} persoon/personen gewist, zoals op de andere kopie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="105"/>
        <source>{count} backup(s) made before the erasure still hold the data; delete them with &apos;backup prune --until {id}&apos; or in File &gt; Backups</source>
        <translation>{count} back-up(s) van voor het wissen bevatten de gegevens nog; verwijder ze met &apos;backup prune --until {id}&apos; of via Bestand &gt; Back-ups</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="112"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="119"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="119"/>
        <source>duplicate</source>
        <translation>dubbel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="121"/>
        <source>mine: {mine}   theirs: {theirs}   common: {common}   showing: {current}</source>
        <translation>mijn: {mine}   hun: {theirs}   gemeenschappelijk: {common}   getoond: {current}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="127"/>
        <source>no open conflicts</source>
        <translation>geen open conflicten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="132"/>
        <source>give --take mine|theirs or --value VALUE</source>
        <translation>geef --take mine|theirs of --value WAARDE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="134"/>
        <source>resolved; undo with batch {batch}</source>
        <translation>opgelost; ongedaan maken met batch {batch}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="143"/>
        <source>sent {sent} change(s), received {received}, conflicts {there} there / {here} here</source>
        <translation>{sent} wijziging(en) verzonden, {received} ontvangen, conflicten: {there} daar / {here} hier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="153"/>
        <source>replica {replica} revoked: its packages are refused from now on</source>
        <translation>replica {replica} ingetrokken: haar pakketten worden voortaan geweigerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="163"/>
        <source>field packages and syncing with other copies</source>
        <translation>veldpakketten en synchroniseren met andere kopieën</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="166"/>
        <source>make a package (a first one, or --for a copy)</source>
        <translation>een pakket maken (een eerste, of --for een kopie)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="167"/>
        <source>the package file to write</source>
        <translation>het pakketbestand om te schrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="169"/>
        <source>replica id of the copy it is for: holds what that copy lacks</source>
        <translation>replica-id van de kopie waarvoor het is: bevat wat die kopie mist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="171"/>
        <source>first package: only this province&apos;s initiatives (a coordinator&apos;s: one of their own, theirs by default)</source>
        <translation>eerste pakket: alleen de initiatieven van deze provincie (voor een coördinator: een van de eigen provincies, standaard de hare)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="172"/>
        <source>the result as JSON (with the code)</source>
        <translation>het resultaat als JSON (met de code)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="174"/>
        <source>make a new copy in --data-dir from a first package</source>
        <translation>een nieuwe kopie maken in --data-dir uit een eerste pakket</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="177"/>
        <source>the first package&apos;s code (asked for when left out)</source>
        <translation>de code van het eerste pakket (wordt gevraagd als je ze weglaat)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="179"/>
        <source>refuse a copy&apos;s packages from now on (a lost laptop)</source>
        <translation>de pakketten van een kopie voortaan weigeren (een verloren laptop)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="183"/>
        <source>merge a package into this copy</source>
        <translation>een pakket samenvoegen in deze kopie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="185"/>
        <source>counts as JSON</source>
        <translation>aantallen als JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="187"/>
        <source>list open conflicts</source>
        <translation>open conflicten oplijsten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="190"/>
        <source>settle a conflict</source>
        <translation>een conflict beslechten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="195"/>
        <source>exchange directly with another database</source>
        <translation>rechtstreeks uitwisselen met een andere database</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="199"/>
        <source>this copy&apos;s replica id</source>
        <translation>de replica-id van deze kopie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="201"/>
        <source>print this copy&apos;s replica id</source>
        <translation>de replica-id van deze kopie tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/tables.py" line="47"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/tables.py" line="47"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="89"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="95"/>
        <location filename="../../fourthpillar/lists/catalogue.py" line="253"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="101"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="110"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="121"/>
        <location filename="../../fourthpillar/lists/catalogue.py" line="250"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="123"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="125"/>
        <source>Enterprise number</source>
        <translation>KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="127"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="129"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="130"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="132"/>
        <source>Partner countries</source>
        <translation>Partnerlanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="134"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="136"/>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="138"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="141"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="155"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="158"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="161"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="165"/>
        <location filename="../../fourthpillar/lists/catalogue.py" line="181"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="166"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="168"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="183"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="185"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="187"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="188"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="191"/>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="216"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="218"/>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="220"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="221"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="223"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="226"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="227"/>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="229"/>
        <source>Waiting</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="232"/>
        <source>Trainers</source>
        <translation>Lesgevers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="234"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="248"/>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="255"/>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="257"/>
        <source>Event date</source>
        <translation>Datum activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="260"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="239"/>
        <source>Follow-up done: %1</source>
        <translation>Opvolging afgerond: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="246"/>
        <source>Mark follow-up done</source>
        <translation>Opvolging afronden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="247"/>
        <source>&amp;Mark done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="248"/>
        <source>Mark done (Ctrl+S)</source>
        <translation>Als gedaan markeren (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="254"/>
        <source>What came of it?</source>
        <translation>Wat is eruit gekomen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="256"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="258"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="259"/>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="260"/>
        <source>Done o&amp;n:</source>
        <translation>Gedaan &amp;op:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="261"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="280"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="287"/>
        <source>&apos;%1&apos; is not a date (use dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>&apos;%1&apos; is geen datum (gebruik dd/mm/jjjj of jjjj-mm-dd)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="46"/>
        <source>changed on both sides</source>
        <translation>aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="47"/>
        <source>archived on one side, edited on the other</source>
        <translation>aan de ene kant gearchiveerd, aan de andere kant bewerkt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="48"/>
        <source>possibly the same initiative twice</source>
        <translation>mogelijk twee keer hetzelfde initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="49"/>
        <source>records added on a copy after the merge: moved to the kept initiative</source>
        <translation>op een kopie toegevoegd na het samenvoegen: verhuisd naar het behouden initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="52"/>
        <source>{field}: edited on a copy after the merge, applied to the kept initiative</source>
        <extracomment>A copy&apos;s edit to an initiative merged away, made on the kept one: what the Field column says.</extracomment>
        <translation>{field}: op een kopie gewijzigd na het samenvoegen, toegepast op het behouden initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="60"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="67"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="67"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Mine</source>
        <translation>Mijn waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Theirs</source>
        <translation>Hun waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="98"/>
        <source>Common (before both changes)</source>
        <translation>Gemeenschappelijk (vóór beide wijzigingen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="98"/>
        <source>Showing now</source>
        <translation>Nu getoond</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="101"/>
        <location filename="../../fourthpillar/ui/conflicts.py" line="167"/>
        <source>Take &amp;mine</source>
        <translation>&amp;Mijn waarde nemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="102"/>
        <location filename="../../fourthpillar/ui/conflicts.py" line="164"/>
        <location filename="../../fourthpillar/ui/conflicts.py" line="168"/>
        <source>Take &amp;theirs</source>
        <translation>Hun waarde &amp;nemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="104"/>
        <source>or type the right value</source>
        <translation>of typ de juiste waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="106"/>
        <source>&amp;Use this value</source>
        <translation>Deze waarde gebr&amp;uiken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="107"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/conflicts.py" line="143"/>
        <source>%n open conflict(s): decide which value is right.</source>
        <translation>
            <numerusform>%n open conflict: beslis welke waarde juist is.</numerusform>
            <numerusform>%n open conflicten: beslis welke waarde juist is.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="144"/>
        <source>No open conflicts.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="160"/>
        <source>Keep the one that was here</source>
        <translation>De waarde van hier houden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="161"/>
        <source>Keep the one that arrived</source>
        <translation>De binnengekomen waarde houden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="163"/>
        <source>&amp;Seen</source>
        <translation>&amp;Gezien</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="211"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="216"/>
        <source>The same thing was changed differently in two copies of the register. Until you decide, every copy shows the same provisional value (“Showing now”); the other value is kept. Your decision travels with the next package or sync.</source>
        <translation>Hetzelfde gegeven is in twee kopieën van het register verschillend gewijzigd. Tot je beslist, toont elke kopie dezelfde voorlopige waarde (“Nu getoond”); de andere waarde blijft bewaard. Je beslissing gaat mee met het volgende pakket of de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="48"/>
        <source>Edit contact person</source>
        <translation>Contactpersoon bewerken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="48"/>
        <source>New contact person</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="58"/>
        <source>e.g. chair, treasurer</source>
        <translation>bv. voorzitter, penningmeester</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="60"/>
        <source>name@example.be</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="64"/>
        <source>When the person agreed that the office keeps these details</source>
        <translation>Wanneer de persoon ermee instemde dat het Steunpunt deze gegevens bijhoudt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="66"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="68"/>
        <source>Initiative:</source>
        <translation>Initiatief:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="70"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="71"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="72"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="73"/>
        <source>Preferred &amp;language:</source>
        <translation>Voorkeurt&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="74"/>
        <source>&amp;Consent given on:</source>
        <translation>Toe&amp;stemming gegeven op:</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../fourthpillar/ui/widgets/countries.py" line="62"/>
        <source>Type a country to add it…</source>
        <translation>Typ een land om het toe te voegen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/countries.py" line="74"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="139"/>
        <source>Dashboard</source>
        <extracomment>Entities of the change log that can be opened from the activity list. The widgets shown now, in reading order. Reads the dashboard in the background (the window&apos;s runner), so the window never waits for it. A background read that a newer refresh overtook is not shown.</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="144"/>
        <source>My follow-ups</source>
        <translation>Mijn opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="145"/>
        <source>No overdue follow-ups.</source>
        <translation>Geen achterstallige opvolgingen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="146"/>
        <source>Nothing due today.</source>
        <translation>Niets te doen vandaag.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="148"/>
        <source>Nothing due in the coming week.</source>
        <translation>Niets te doen in de komende week.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="150"/>
        <source>Next events</source>
        <translation>Volgende activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="153"/>
        <source>Show all coming events</source>
        <translation>Alle komende activiteiten tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="157"/>
        <source>Open advice requests</source>
        <translation>Open adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="166"/>
        <source>Show all open requests</source>
        <translation>Alle open adviesvragen tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="170"/>
        <source>Initiatives per province</source>
        <translation>Initiatieven per provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="173"/>
        <location filename="../../fourthpillar/ui/dashboard.py" line="191"/>
        <source>Recent activity</source>
        <translation>Recente activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="174"/>
        <source>Nothing has happened yet.</source>
        <translation>Er is nog niets gebeurd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="216"/>
        <source>Show in the follow-up list</source>
        <translation>Tonen in de lijst met opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="223"/>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="223"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="224"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="224"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="238"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="239"/>
        <source>&amp;Mark done…</source>
        <translation>Als &amp;gedaan markeren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="281"/>
        <source>The dashboard cannot be read</source>
        <translation>Het overzicht kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="291"/>
        <source>Overdue (%1)</source>
        <translation>Achterstallig (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="293"/>
        <source>Due today (%1)</source>
        <translation>Vandaag te doen (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="294"/>
        <source>Due in the coming week (%1)</source>
        <translation>Te doen in de komende week (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="343"/>
        <source>%Ln day late</source>
        <translation>%Ln dag te laat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="343"/>
        <source>%Ln days late</source>
        <translation>%Ln dagen te laat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="345"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="358"/>
        <source>Initiative registered</source>
        <translation>Initiatief geregistreerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="359"/>
        <source>Initiative changed</source>
        <translation>Initiatief gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="360"/>
        <source>Initiative archived</source>
        <translation>Initiatief gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="361"/>
        <source>Initiative restored</source>
        <translation>Initiatief teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="362"/>
        <source>Request logged</source>
        <translation>Adviesvraag genoteerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="363"/>
        <source>Request changed</source>
        <translation>Adviesvraag gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="364"/>
        <source>Request archived</source>
        <translation>Adviesvraag gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="365"/>
        <source>Request restored</source>
        <translation>Adviesvraag teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="366"/>
        <source>Follow-up planned</source>
        <translation>Opvolging gepland</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="367"/>
        <source>Follow-up changed</source>
        <translation>Opvolging gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="368"/>
        <source>Follow-up done</source>
        <translation>Opvolging afgerond</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="369"/>
        <source>Follow-up reopened</source>
        <translation>Opvolging heropend</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="370"/>
        <source>Follow-up archived</source>
        <translation>Opvolging gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="371"/>
        <source>Follow-up restored</source>
        <translation>Opvolging teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="372"/>
        <source>Contact person added</source>
        <translation>Contactpersoon toegevoegd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="373"/>
        <source>Contact person changed</source>
        <translation>Contactpersoon gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="374"/>
        <source>Contact person archived</source>
        <translation>Contactpersoon gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="375"/>
        <source>Contact person restored</source>
        <translation>Contactpersoon teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="376"/>
        <source>Event planned</source>
        <translation>Activiteit gepland</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="377"/>
        <source>Event changed</source>
        <translation>Activiteit gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="378"/>
        <source>Event archived</source>
        <translation>Activiteit gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="379"/>
        <source>Event restored</source>
        <translation>Activiteit teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="380"/>
        <source>Registration</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="381"/>
        <source>Registration changed</source>
        <translation>Inschrijving gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="382"/>
        <source>Registration archived</source>
        <translation>Inschrijving gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="383"/>
        <source>Registration restored</source>
        <translation>Inschrijving teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="406"/>
        <source>%Ln registered</source>
        <translation>%Ln ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="410"/>
        <source>%Ln waiting</source>
        <translation>%Ln op de wachtlijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="416"/>
        <source>No events planned.</source>
        <translation>Geen activiteiten gepland.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="445"/>
        <source>No initiatives registered yet.</source>
        <translation>Nog geen initiatieven geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="451"/>
        <source>Province unknown</source>
        <translation>Provincie onbekend</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="51"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="52"/>
        <source>A date (dd/mm/yyyy), or counted from today: +3d, +2w, +1m, today</source>
        <translation>Een datum (dd/mm/jjjj), of vanaf vandaag geteld: +3d, +2w, +1m, vandaag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="59"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Kies een datum (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="60"/>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="53"/>
        <source>process {pid}</source>
        <extracomment>Prefix of the running app&apos;s local server name (see :func:`server_name`). Hex digits of the hash kept in the name: short enough for a Unix socket path under macOS&apos;s long temporary folder (104 bytes at most), long enough that two folders never share a name. The lock file&apos;s key for the moment the session holding it ended cleanly.</extracomment>
        <translation>proces {pid}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="54"/>
        <source>another process</source>
        <translation>een ander proces</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="56"/>
        <source>on {host}</source>
        <translation>op {host}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="58"/>
        <source>since {moment}</source>
        <translation>sinds {moment}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="69"/>
        <source>the desk in {folder} is already open; close it there first</source>
        <translation>de desk in {folder} is al open; sluit hem daar eerst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="71"/>
        <source>the desk in {folder} is already open by {holder}; close it there first</source>
        <translation>de desk in {folder} is al open bij {holder}; sluit hem daar eerst</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="63"/>
        <source>&amp;Copy diagnostics</source>
        <extracomment>The open register, for the crash dialog (which is called without one); set by ui.app.run_app.</extracomment>
        <translation>Diagnose &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="64"/>
        <source>&amp;Save diagnostics…</source>
        <translation>Diagnose op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="80"/>
        <source>The diagnostics are on the clipboard: paste them into your e-mail.</source>
        <translation>De diagnose staat op het klembord: plak ze in je e-mail.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="85"/>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="93"/>
        <source>Save diagnostics</source>
        <translation>Diagnose opslaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="95"/>
        <source>Saved {name}.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="101"/>
        <source>Report a problem</source>
        <translation>Een probleem melden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="102"/>
        <source>Describe what you did and what went wrong in an e-mail to the application&apos;s maintainers, and add these diagnostics (copy them, or save them and attach the file). They hold no names or other details of the people in the register.</source>
        <translation>Beschrijf in een e-mail aan de beheerders van het programma wat je deed en wat er misging, en voeg deze diagnose toe (kopieer ze, of sla ze op en voeg het bestand bij). Ze bevat geen namen of andere gegevens van de mensen in het register.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="111"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="112"/>
        <source>Something went wrong that the desk did not expect. Your saved work is safe; please send these diagnostics to the application&apos;s maintainers.</source>
        <translation>Er ging iets mis dat het programma niet verwachtte. Je bewaarde werk is veilig; stuur deze diagnose naar de beheerders van het programma.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="80"/>
        <source>names alike ({score})</source>
        <extracomment>config.json keys: the lowest score the Duplicates page and ``initiatives duplicates`` list, and the lowest the new-initiative editor and the import preview warn about. Rows read from the database at a time. How many pairs a scan returns at most (best first).</extracomment>
        <translation>gelijkende namen ({score})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="81"/>
        <source>initials of the other&apos;s name</source>
        <translation>initialen van de andere naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="82"/>
        <source>same enterprise number {number}</source>
        <translation>zelfde ondernemingsnummer {number}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="83"/>
        <source>different enterprise numbers</source>
        <translation>verschillende ondernemingsnummers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="84"/>
        <source>same place ({place})</source>
        <translation>zelfde plaats ({place})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="85"/>
        <source>different places</source>
        <translation>verschillende plaatsen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="86"/>
        <source>shared e-mail {email}</source>
        <translation>gedeeld e-mailadres {email}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="87"/>
        <source>shared phone {phone}</source>
        <translation>gedeeld telefoonnummer {phone}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="88"/>
        <source>partner country {countries}</source>
        <translation>partnerland {countries}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="187"/>
        <source>an initiative cannot be a duplicate of itself</source>
        <translation>een initiatief kan geen dubbel van zichzelf zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="102"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="102"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="125"/>
        <source>an initiative cannot be merged into itself</source>
        <translation>een initiatief kan niet met zichzelf samengevoegd worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="152"/>
        <source>{field}: not a field of an initiative</source>
        <translation>{field}: geen veld van een initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="158"/>
        <source>{field}: choose keep, other or both</source>
        <translation>{field}: kies keep, other of both</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="159"/>
        <source>{field}: choose keep or other</source>
        <translation>{field}: kies keep of other</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="60"/>
        <source>Merge two initiatives</source>
        <translation>Twee initiatieven samenvoegen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="63"/>
        <source>“%1” is kept; “%2” is merged into it and archived. Its %3 contact(s), %4 request(s) and %5 follow-up(s) move along. Choose per field what the kept initiative holds; one undo undoes the whole merge.</source>
        <translation>“%1” blijft; “%2” wordt erin samengevoegd en gearchiveerd. De %3 contactperso(o)n(en), %4 vra(a)g(en) en %5 opvolging(en) ervan verhuizen mee. Kies per veld wat het behouden initiatief krijgt; één keer ongedaan maken maakt de hele samenvoeging ongedaan.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="72"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="72"/>
        <source>Kept: %1</source>
        <translation>Blijft: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="73"/>
        <source>Merged away: %1</source>
        <translation>Gaat op in de andere: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="87"/>
        <location filename="../../fourthpillar/ui/duplicates.py" line="88"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="90"/>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="98"/>
        <source>Every field holds the same value.</source>
        <translation>Alle velden hebben dezelfde waarde.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="105"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="143"/>
        <location filename="../../fourthpillar/ui/duplicates.py" line="167"/>
        <source>Looking for initiatives typed twice…</source>
        <translation>Zoeken naar initiatieven die twee keer ingevoerd zijn…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="146"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="149"/>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="150"/>
        <source>Merge the other way…</source>
        <translation>Andersom samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="151"/>
        <location filename="../../fourthpillar/ui/editors/lookalike.py" line="67"/>
        <source>Not a duplicate</source>
        <translation>Geen dubbel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="152"/>
        <location filename="../../fourthpillar/ui/editors/lookalike.py" line="66"/>
        <source>Open</source>
        <extracomment>How long the typing must pause before the register is asked. Initiatives the officer said this new one is not.</extracomment>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="153"/>
        <source>Scan again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="181"/>
        <source>%1 pair(s) of initiatives look like the same one. Merge them, or say they are different ones.</source>
        <translation>%1 paar/paren initiatieven lijken hetzelfde. Voeg ze samen, of geef aan dat ze verschillend zijn.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="183"/>
        <source>No initiatives look like the same one.</source>
        <translation>Geen initiatieven die op hetzelfde lijken.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="235"/>
        <source>Merge “%1” into “%2”</source>
        <translation>“%1” samenvoegen met “%2”</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="250"/>
        <source>“%1” and “%2” are different</source>
        <translation>“%1” en “%2” zijn verschillend</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/lookalike.py" line="108"/>
        <source>Looks like %1 (score %2). Is it the same initiative?</source>
        <translation>Lijkt op %1 (score %2). Is het hetzelfde initiatief?</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="118"/>
        <source>record</source>
        <extracomment>What else the editor shows with it, read at the same time (an initiative&apos;s contact persons). The record edited as stored now; None for a new one. (id, name) of the officers the form offers (assigned officer, owner); [] when it offers none. What a new record&apos;s form shows besides its defaults (the initiative it is for, ...). The record&apos;s kind in the change log (&quot;initiative&quot;, &quot;request&quot;, &quot;follow_up&quot;, &quot;contact&quot;). What the record is called in messages (&quot;initiative&quot;, &quot;request&quot;, ...) and with its demonstrative (&quot;this initiative&quot;, which Dutch and French choose by the noun: &quot;dit initiatief&quot;, &quot;deze adviesvraag&quot;). Each editor marks them with ``QT_TRANSLATE_NOOP`` in the context &quot;EditorDialog&quot;, the one they are translated in here.</extracomment>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="119"/>
        <source>this record</source>
        <translation>deze gegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="158"/>
        <source>&amp;Save</source>
        <extracomment>What a save did, for the status bar and Edit ▸ Undo (&quot;Initiative registered: %1&quot;). Without them a save says &quot;Saved: &lt;noun&gt;&quot;, unless the editor words its own :meth:`done_description`. Where the form is read and saves are written: the window&apos;s runner (its read pool, its one writer, off the GUI thread); None reads and saves at once (an editor on its own). What the form shows, read when it opens (:meth:`read_form`). A save is being written: Save, Esc and closing wait for it. The stored version this form was loaded from (None: a new record). The stored values this form was loaded from: the common ground of a merge. The form&apos;s choice of an officer (:meth:`officer_field`), if it has one. The merge dialog open on top of this editor, if any. The form&apos;s fields and sections (disabled while the form is read).</extracomment>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="160"/>
        <source>Save (Ctrl+S)</source>
        <translation>Bewaren (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="317"/>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="328"/>
        <source>%1 (archived)</source>
        <comment>an officer who no longer works here</comment>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/editors/base.py" line="389"/>
        <source>Not saved: please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Niet bewaard: verbeter het %n gemarkeerde veld.</numerusform>
            <numerusform>Niet bewaard: verbeter de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="391"/>
        <source>Not saved.</source>
        <translation>Niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="451"/>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="102"/>
        <source>Not saved: %1. It may have been archived meanwhile.</source>
        <translation>Niet bewaard: %1. Misschien is het intussen gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="453"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="462"/>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="472"/>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="473"/>
        <source>Your changes to %1 are not saved yet. Save them?</source>
        <translation>Je wijzigingen aan %1 zijn nog niet bewaard. Nu bewaren?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="38"/>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="39"/>
        <source>this contact person</source>
        <translation>deze contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="40"/>
        <source>Contact person added: %1</source>
        <translation>Contactpersoon toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="41"/>
        <source>Contact person changed: %1</source>
        <translation>Contactpersoon gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="53"/>
        <source>event</source>
        <extracomment>The fields the form holds, as ``services.events`` names them.</extracomment>
        <translation>activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="54"/>
        <source>this event</source>
        <translation>deze activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="55"/>
        <source>Event planned: %1</source>
        <translation>Activiteit gepland: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="56"/>
        <source>Event changed: %1</source>
        <translation>Activiteit gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="62"/>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="63"/>
        <source>this follow-up</source>
        <translation>deze opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="59"/>
        <source>initiative</source>
        <translation>initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="60"/>
        <source>this initiative</source>
        <translation>dit initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="61"/>
        <source>Initiative registered: %1</source>
        <translation>Initiatief geregistreerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="62"/>
        <source>Initiative changed: %1</source>
        <translation>Initiatief gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="48"/>
        <source>registration</source>
        <translation>inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="49"/>
        <source>this registration</source>
        <translation>deze inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="84"/>
        <source>request</source>
        <translation>adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="85"/>
        <source>this request</source>
        <translation>deze adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="86"/>
        <source>Request logged: %1</source>
        <translation>Adviesvraag genoteerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="87"/>
        <source>Request changed: %1</source>
        <translation>Adviesvraag gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="70"/>
        <source>Someone else saved this %1 after you opened it, so your changes were not saved (nothing was overwritten). Your input is still here: copy what you need, then reload to see the current version.</source>
        <extracomment>The fields showing &quot;Changed meanwhile by ...&quot;.</extracomment>
        <translation>Iemand anders heeft deze gegevens (%1) bewaard nadat jij ze opende, dus je wijzigingen zijn niet bewaard (er is niets overschreven). Wat je invoerde staat er nog: kopieer wat je nodig hebt en laad dan opnieuw om de huidige versie te zien.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="73"/>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="176"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="161"/>
        <source>Changed meanwhile in another window</source>
        <translation>Intussen gewijzigd in een ander venster</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="162"/>
        <source>Changed meanwhile by %1</source>
        <translation>Intussen gewijzigd door %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="169"/>
        <source>%1 saved this %2 %3, after you opened it. Their changes are now in the form together with yours; nothing is saved yet. Check the form, then Save again.</source>
        <translation>%1 heeft deze gegevens (%2) %3 bewaard, nadat jij ze opende. Die wijzigingen staan nu samen met de jouwe in het formulier; er is nog niets bewaard. Kijk het formulier na en klik dan opnieuw op Bewaren.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="172"/>
        <source>%1 saved this %2 %3, after you opened it. The form now shows their version, which already has every change you made; nothing needs saving.</source>
        <translation>%1 heeft deze gegevens (%2) %3 bewaard, nadat jij ze opende. Het formulier toont nu die versie, die al elke wijziging van jou bevat; er hoeft niets bewaard te worden.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="201"/>
        <source>You (in another window)</source>
        <translation>Jij (in een ander venster)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="203"/>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="207"/>
        <source>meanwhile</source>
        <translation>intussen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="213"/>
        <source>at %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="214"/>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/wording.py" line="69"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/wording.py" line="71"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/wording.py" line="71"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="178"/>
        <location filename="../../fourthpillar/store/cipher.py" line="230"/>
        <source>the passphrase does not unlock {path} (is it this register&apos;s passphrase?)</source>
        <translation>de wachtwoordzin ontgrendelt {path} niet (is het de wachtwoordzin van dit register?)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="125"/>
        <source>your database login may not apply the package of copy {replica} ({province}): a coordinator brings back copies of their own provinces ({choices}); nothing was written</source>
        <translation>je databanklogin mag het pakket van kopie {replica} ({province}) niet toepassen: een coördinator brengt kopieën van de eigen provincies terug ({choices}); er is niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="127"/>
        <source>the whole register</source>
        <translation>het hele register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="146"/>
        <source>a coordinator&apos;s field copy holds one of their provinces: choose one of {choices}</source>
        <translation>een veldkopie van een coördinator bevat een van haar provincies: kies een van {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="149"/>
        <source>your database login may not make a field copy of {province}: a coordinator&apos;s copies hold their own provinces ({choices}); nothing was written</source>
        <translation>je databanklogin mag geen veldkopie van {province} maken: de kopieën van een coördinator bevatten haar eigen provincies ({choices}); er is niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="188"/>
        <source>officers&apos; own logins exist only on a shared PostgreSQL database, not on this desk&apos;s own register</source>
        <translation>eigen logins van medewerkers bestaan alleen op een gedeelde PostgreSQL-databank, niet in het eigen register van deze desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="197"/>
        <location filename="../../fourthpillar/services/logins.py" line="203"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <extracomment>``--what``&apos;s choices as the commands spell them (``followups list``; &quot;follow_ups&quot; and &quot;follow-ups&quot; are taken too).</extracomment>
        <translation>&apos;{text}&apos; is niet een van: {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="208"/>
        <source>a coordinator needs at least one province</source>
        <translation>een coördinator heeft minstens één provincie nodig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="210"/>
        <source>only a coordinator works for chosen provinces</source>
        <translation>alleen een coördinator werkt voor gekozen provincies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="227"/>
        <source>&apos;{text}&apos; is not a login name (lower-case letters, digits, _ . -; at most 63)</source>
        <translation>&apos;{text}&apos; is geen loginnaam (kleine letters, cijfers, _ . -; hoogstens 63)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="232"/>
        <source>&apos;{text}&apos; is already the login of {name}</source>
        <translation>&apos;{text}&apos; is al de login van {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="252"/>
        <source>the database server already has a login &apos;{text}&apos; (of another register, or an old one): choose another</source>
        <translation>de databankserver heeft al een login &apos;{text}&apos; (van een ander register, of een oude): kies een andere</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="263"/>
        <location filename="../../fourthpillar/services/logins.py" line="291"/>
        <source>this officer has no login of their own</source>
        <translation>deze medewerker heeft geen eigen login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="294"/>
        <source>you cannot disable your own login</source>
        <translation>je kunt je eigen login niet uitschakelen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/office_password.py" line="182"/>
        <source>the password kept on this computer was not accepted</source>
        <translation>het wachtwoord dat op deze computer bewaard werd, werd niet aanvaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/office_password.py" line="188"/>
        <source>no password was given for the database {where}</source>
        <translation>er werd geen wachtwoord gegeven voor de databank {where}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/office_password.py" line="195"/>
        <location filename="../../fourthpillar/ui/sign_in.py" line="64"/>
        <source>the server did not accept this login name or password</source>
        <translation>de server aanvaardde deze loginnaam of dit wachtwoord niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/staging.py" line="131"/>
        <source>the new register could not be put in place as {path} (another program is using that folder); choose an empty data folder</source>
        <extracomment>How often what a checkout wrote so far goes to disk while it fills the partial file.</extracomment>
        <translation>het nieuwe register kon niet als {path} op zijn plaats gezet worden (een ander programma gebruikt die map); kies een lege gegevensmap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/cipher.py" line="210"/>
        <source>{path} is encrypted and no passphrase was given (the keychain holds none for it; scripts set FOURTHPILLAR_KEY)</source>
        <extracomment>The variable holding the passphrase for scripts and tests (no keychain, no prompt). The first bytes of an unencrypted SQLite file. SQLCipher 4&apos;s defaults: files made here open in any SQLCipher 4 with PRAGMA key = &apos;passphrase&apos;. The driver, its exceptions and its connection class, for the store&apos;s modules that use it directly. None for None, called in C: ``dict.get`` of an empty dict gives None for any key. A Python function doing the same cost 65 ns more per value (a checkout binds over three million Nones). Salt → key, for every encrypted file opened in this process. (passphrase, salt) → the key it gives, for :func:`key_with` (which asks about passphrases that may not open the file: changing the passphrase).</extracomment>
        <translation>{path} is versleuteld en er werd geen wachtwoordzin gegeven (de sleutelhanger bevat er geen voor; scripts zetten FOURTHPILLAR_KEY)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/cipher.py" line="228"/>
        <location filename="../../fourthpillar/store/database.py" line="240"/>
        <source>{where} is not a readable database (damaged or another kind of file)</source>
        <translation>{where} is geen leesbare databank (beschadigd of een ander soort bestand)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/cipher.py" line="270"/>
        <source>no passphrase was given to encrypt the register with</source>
        <translation>er werd geen wachtwoordzin gegeven om het register mee te versleutelen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/conversion.py" line="107"/>
        <source>{path} could not be encrypted: {error}</source>
        <extracomment>Beside the register: the unencrypted originals, until the officer confirms (then deleted).</extracomment>
        <translation>{path} kon niet versleuteld worden: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/conversion.py" line="108"/>
        <source>{path} could not be encrypted: the encrypted copy did not match it</source>
        <translation>{path} kon niet versleuteld worden: de versleutelde kopie kwam er niet mee overeen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="217"/>
        <source>the database {where} cannot be read: one of its pages is damaged (or the computer ran out of memory)</source>
        <extracomment>Each connection&apos;s page cache in KiB (SQLCipher&apos;s default is 8,000 KiB). An encrypted page is decrypted and its HMAC checked each time it is read into the cache, which costs more than the copy from the system&apos;s file cache an unencrypted file needed: a search&apos;s count read 20,000 requests in 25 ms instead of 6 with the default cache, 8 with 32 MiB. On 50,000 initiatives a requests search (&quot;crow&quot;, matching requests and initiatives) reads between 32 and 64 MiB of pages: 71 ms with 32 MiB (every search decrypts them again), 14 ms with 64 MiB. SQLite takes the memory only as pages are read. Why nothing may be written any more (:meth:`block_writing`), or None. What drivers say when no server answers at the address (PostgreSQL&apos;s libpq, in lower case). session.info key: (model, id, version read) of the records the session&apos;s last flush saved. PostgreSQL&apos;s error codes for two of the messages below, which come in the server&apos;s language. admin_shutdown: pg_terminate_backend (an officer&apos;s login disabled: migration 0013) or a server stopping. libpq translates its own messages (&quot;connection refused&quot;) into the machine&apos;s language, where the words below would no longer be found; pointed at no catalogue, it speaks English. SQLSTATEs of a refusal: insufficient_privilege (grants, row-level security, our triggers) and read_only_sql_transaction (a login whose transactions are read-only).</extracomment>
        <translation>de databank {where} kan niet gelezen worden: een van haar pagina&apos;s is beschadigd (of de computer had geen geheugen meer)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="229"/>
        <source>the database server of {where} ended this session (an admin disabled this login, or the server is stopping); what was under way was not written</source>
        <translation>de databankserver van {where} heeft deze sessie beëindigd (een beheerder heeft deze login uitgeschakeld, of de server stopt); wat bezig was, werd niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="237"/>
        <source>the database {where} is in use by another program (locked)</source>
        <translation>de databank {where} wordt door een ander programma gebruikt (vergrendeld)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="243"/>
        <source>the database {where} cannot be opened for writing</source>
        <translation>de databank {where} kan niet geopend worden om te schrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="246"/>
        <source>the database server of {where} refused this login: it is disabled (an admin can enable it again)</source>
        <translation>de databankserver van {where} weigerde deze login: hij is uitgeschakeld (een beheerder kan hem weer inschakelen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="251"/>
        <source>the database server of {where} did not accept the user name or password</source>
        <translation>de databankserver van {where} aanvaardde de gebruikersnaam of het wachtwoord niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="255"/>
        <source>the database {where} does not exist on that server</source>
        <translation>de databank {where} bestaat niet op die server</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="258"/>
        <source>the database server of {where} cannot be reached (is it running, and are the address and port right?)</source>
        <translation>de databankserver van {where} is niet bereikbaar (draait hij, en kloppen het adres en de poort?)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="262"/>
        <source>the disk holding {where} is full</source>
        <translation>de schijf met {where} is vol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="263"/>
        <source>the database {where} cannot be used: {message}</source>
        <translation>de databank {where} kan niet gebruikt worden: {message}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="320"/>
        <source>{where} is not a database address this program can use (expected sqlite:///path or postgresql+psycopg://user@host/name)</source>
        <translation>{where} is geen databankadres dat dit programma kan gebruiken (verwacht: sqlite:///pad of postgresql+psycopg://gebruiker@host/naam)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="10"/>
        <source>initiative</source>
        <translation>initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="11"/>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="12"/>
        <source>advice request</source>
        <translation>adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="13"/>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="14"/>
        <source>event</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="15"/>
        <source>registration</source>
        <translation>inschrijving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="16"/>
        <source>officer</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="17"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="18"/>
        <source>field</source>
        <translation>veld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="19"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="42"/>
        <source>nothing more is saved in this register: {reason}; recover it from a backup (start the app again, or run &apos;fourthpillar backup recover&apos;)</source>
        <translation>er wordt niets meer bewaard in dit register: {reason}; herstel het uit een back-up (start de app opnieuw, of voer &apos;fourthpillar backup recover&apos; uit)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="71"/>
        <source>{entity}: changed by someone else since it was opened (version {actual}, opened at {expected})</source>
        <translation>{entity}: intussen door iemand anders gewijzigd (versie {actual}, geopend bij versie {expected})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="83"/>
        <source>no {entity} with id {id}</source>
        <translation>geen {entity} met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="95"/>
        <source>change initiatives</source>
        <extracomment>What a login was refused, by the table PostgreSQL names or the reason our triggers give (migration 0007), as &quot;your database login may not ...&quot;.</extracomment>
        <translation>initiatieven te wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="96"/>
        <source>change initiatives outside its provinces</source>
        <translation>initiatieven buiten haar provincies te wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="97"/>
        <source>change contact persons</source>
        <translation>contactpersonen te wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="98"/>
        <source>change advice requests</source>
        <translation>adviesvragen te wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="99"/>
        <source>change follow-ups</source>
        <translation>opvolgingen te wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="100"/>
        <source>change events</source>
        <translation>activiteiten wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="101"/>
        <source>change registrations</source>
        <translation>inschrijvingen wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="102"/>
        <source>manage officers</source>
        <translation>medewerkers te beheren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="103"/>
        <source>change the register&apos;s settings</source>
        <translation>de instellingen van het register te wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="104"/>
        <location filename="../../fourthpillar/store/errors.py" line="109"/>
        <source>change or delete the history</source>
        <translation>de geschiedenis te wijzigen of te wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="105"/>
        <source>import spreadsheets</source>
        <translation>rekenbladen te importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="106"/>
        <source>synchronise copies of the register</source>
        <translation>kopieën van het register te synchroniseren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="107"/>
        <source>settle sync conflicts</source>
        <translation>synchronisatieconflicten op te lossen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="108"/>
        <source>erase people (admins only)</source>
        <translation>personen te wissen (alleen beheerders)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="110"/>
        <source>apply sync packages (admins, and coordinators for the field copies of their provinces)</source>
        <translation>synchronisatiepakketten toe te passen (beheerders, en coördinatoren voor de veldkopieën van hun provincies)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="112"/>
        <location filename="../../fourthpillar/store/errors.py" line="114"/>
        <source>manage officers (admins only)</source>
        <translation>medewerkers te beheren (alleen beheerders)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="113"/>
        <source>make field copies (coordinators for their provinces, and admins)</source>
        <translation>veldkopieën te maken (coördinatoren voor hun provincies, en beheerders)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="115"/>
        <source>work in this register: it belongs to no officer here (ask an admin)</source>
        <translation>in dit register te werken: ze hoort hier bij geen medewerker (vraag het een beheerder)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="116"/>
        <source>upgrade the register: its owner must open it first</source>
        <translation>het register bij te werken: de eigenaar moet het eerst openen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="117"/>
        <source>change anything: it is read-only</source>
        <translation>iets te wijzigen: ze mag alleen lezen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="118"/>
        <source>sign in as another officer: on the shared database you work as your own login</source>
        <translation>je aan te melden als een andere medewerker: op de gedeelde databank werk je als je eigen login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="120"/>
        <source>read this register (ask an admin for a login of your own)</source>
        <translation>dit register te lezen (vraag een beheerder om een eigen login)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="121"/>
        <source>do this</source>
        <translation>dit te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="128"/>
        <source>your database login may not {action}; nothing was written</source>
        <translation>je databanklogin heeft geen toestemming om {action}; er is niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/migrate.py" line="104"/>
        <source>the database could not be upgraded ({error}); it was restored from {copy}</source>
        <extracomment>The newest revision in migrations/versions. A test compares it with Alembic&apos;s own view of the head, so adding a migration without updating this fails the suite.</extracomment>
        <translation>de databank kon niet bijgewerkt worden ({error}); ze is teruggezet uit {copy}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="53"/>
        <source>{path} could not be re-encrypted: another program has it open</source>
        <translation>{path} kon niet opnieuw versleuteld worden: een ander programma heeft het open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="58"/>
        <source>{path} could not be re-encrypted: {error}</source>
        <translation>{path} kon niet opnieuw versleuteld worden: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="59"/>
        <source>{path} could not be re-encrypted: the new copy did not match it</source>
        <translation>{path} kon niet opnieuw versleuteld worden: de nieuwe kopie kwam er niet mee overeen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="69"/>
        <source>the current passphrase does not unlock {path}</source>
        <translation>de huidige wachtwoordzin opent {path} niet</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="65"/>
        <source>Edit event</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="65"/>
        <source>Plan event</source>
        <translation>Activiteit plannen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="72"/>
        <source>e.g. Fundraising for beginners</source>
        <translation>bv. Fondsenwerving voor beginners</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="76"/>
        <location filename="../../fourthpillar/ui/editors/event.py" line="79"/>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="78"/>
        <source>the same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="80"/>
        <source>An address, or the link of an online meeting</source>
        <translation>Een adres, of de link van een onlinevergadering</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="81"/>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="83"/>
        <source>Who gives it</source>
        <translation>Wie geeft ze</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="90"/>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="92"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="96"/>
        <source>To&amp;pics:</source>
        <translation>Onder&amp;werpen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="98"/>
        <source>Starts o&amp;n:</source>
        <translation>Begint o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="99"/>
        <source>Start time</source>
        <translation>Beginuur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="100"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="101"/>
        <source>End time</source>
        <translation>Einduur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="102"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="104"/>
        <source>Places and people</source>
        <translation>Plaatsen en mensen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="106"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Aantal plaatsen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="107"/>
        <source>T&amp;rainers:</source>
        <translation>&amp;Lesgevers:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="108"/>
        <source>Officer in c&amp;harge:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="111"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="114"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="129"/>
        <source>at</source>
        <translation>om</translation>
    </message>
</context>
<context>
    <name>EventExports</name>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="40"/>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="41"/>
        <source>Export sign-in sheet</source>
        <translation>Aanwezigheidslijst exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="47"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="48"/>
        <source>Export participants</source>
        <translation>Deelnemers exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="54"/>
        <source>Export to calendar</source>
        <translation>Naar agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="61"/>
        <source>Certificate</source>
        <translation>Aanwezigheidsattest</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="62"/>
        <source>Export certificate</source>
        <translation>Attest exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="71"/>
        <source>Export certificates</source>
        <translation>Attesten exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="81"/>
        <source>This folder already holds certificates. Replace those of this event?</source>
        <translation>In deze map staan al attesten. Die van deze activiteit vervangen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="95"/>
        <source>Nobody is marked as attended yet: no certificates made.</source>
        <translation>Nog niemand is als aanwezig gemarkeerd: geen attesten gemaakt.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="100"/>
        <source>Saved %Ln certificate.</source>
        <translation>%Ln attest bewaard.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="100"/>
        <source>Saved %Ln certificates.</source>
        <translation>%Ln attesten bewaard.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="102"/>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="51"/>
        <source>Mark %Ln attended</source>
        <extracomment>The key that gives the selected registrations each status (in the registrations table).</extracomment>
        <translation>%Ln als aanwezig markeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="53"/>
        <source>Mark %Ln no-show</source>
        <translation>%Ln als niet opgedaagd markeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="55"/>
        <source>Cancel %Ln registration</source>
        <translation>%Ln inschrijving annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="55"/>
        <source>Cancel %Ln registrations</source>
        <translation>%Ln inschrijvingen annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="56"/>
        <source>Mark %Ln registered</source>
        <translation>%Ln als ingeschreven markeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="73"/>
        <source>The event is full: %1 is on the waiting list.</source>
        <translation>De activiteit is volzet: %1 staat op de wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="107"/>
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="175"/>
        <source>Moved up from the waiting list: %1</source>
        <translation>Van de wachtlijst doorgeschoven: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="177"/>
        <source>The event is full: %1 stays on the waiting list.</source>
        <translation>De activiteit is volzet: %1 blijft op de wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="186"/>
        <source>Not changed: %1</source>
        <translation>Niet gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="96"/>
        <source>Edi&amp;t…</source>
        <extracomment>The registrations&apos; order on the page: who has a place, then the waiting list, then cancelled. Registrations on the waiting list, the first to move up first. After one row was marked: the row to go on with (the next one), for marking down the list.</extracomment>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="97"/>
        <source>&amp;Register someone…</source>
        <translation>&amp;Iemand inschrijven…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="98"/>
        <source>A contact person of an initiative, or a walk-in (Ctrl+N)</source>
        <translation>Een contactpersoon van een initiatief, of een losse deelnemer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;porteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="100"/>
        <source>Registrations from a spreadsheet: matched with the contact persons, previewed before anything is written</source>
        <translation>Inschrijvingen uit een rekenblad: gekoppeld aan de contactpersonen, eerst een voorbeeld voor er iets bewaard wordt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="102"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="103"/>
        <source>Who changed what, and when; undo an earlier action</source>
        <translation>Wie wat wijzigde, en wanneer; een eerdere actie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="104"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;menten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="105"/>
        <source>Sign-in sheet, participants, certificates, calendar file</source>
        <translation>Aanwezigheidslijst, deelnemers, attesten, agendabestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="107"/>
        <source>&amp;Sign-in sheet (PDF)…</source>
        <translation>&amp;Aanwezigheidslijst (PDF)…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="108"/>
        <source>Names, initiatives and a signature column; no e-mail or phone</source>
        <translation>Namen, initiatieven en een kolom om te tekenen; geen e-mail of telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="109"/>
        <source>&amp;Participants (spreadsheet)…</source>
        <translation>&amp;Deelnemers (rekenblad)…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="112"/>
        <source>&amp;Certificates for everyone who attended…</source>
        <translation>Attesten voor &amp;iedereen die aanwezig was…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="114"/>
        <source>C&amp;ertificate for the selected person…</source>
        <translation>A&amp;ttest voor de geselecteerde persoon…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="117"/>
        <source>Calendar &amp;file (.ics)…</source>
        <translation>Agenda&amp;bestand (.ics)…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="120"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="121"/>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="121"/>
        <source>Places:</source>
        <translation>Plaatsen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="121"/>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="122"/>
        <source>Officer in charge:</source>
        <translation>Verantwoordelijke:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="122"/>
        <source>Trainers:</source>
        <translation>Lesgevers:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="123"/>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="123"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="123"/>
        <source>Topics:</source>
        <translation>Onderwerpen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="126"/>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="132"/>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="130"/>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="145"/>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="145"/>
        <source>No-show</source>
        <translation>Niet opgedaagd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="146"/>
        <source>Cancel registration</source>
        <translation>Inschrijving annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="146"/>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="161"/>
        <source>Export personal data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="163"/>
        <source>Erase walk-in…</source>
        <translation>Losse deelnemer wissen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="168"/>
        <source>Select one or more rows and press A (attended), N (no-show), R (registered) or C (cancel). Ctrl+Z undoes.</source>
        <translation>Selecteer een of meer rijen en druk op A (aanwezig), N (niet opgedaagd), R (ingeschreven) of C (annuleren). Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="172"/>
        <source>Nobody has registered yet. Press Ctrl+N to register someone.</source>
        <translation>Nog niemand ingeschreven. Druk op Ctrl+N om iemand in te schrijven.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="205"/>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="228"/>
        <source>This event cannot be shown: %1</source>
        <translation>Deze activiteit kan niet getoond worden: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="221"/>
        <source>This event is archived.</source>
        <translation>Deze activiteit is gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="232"/>
        <source>%Ln taken</source>
        <translation>%Ln bezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="234"/>
        <source>no limit (%1)</source>
        <translation>geen limiet (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="236"/>
        <source>%Ln free</source>
        <translation>%Ln vrij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="237"/>
        <source>%Ln place: %1, %2</source>
        <translation>%Ln plaats: %1, %2</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="237"/>
        <source>%Ln places: %1, %2</source>
        <translation>%Ln plaatsen: %1, %2</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="240"/>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="272"/>
        <source>%Ln waiting</source>
        <translation>%Ln op de wachtlijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="270"/>
        <source>%Ln registered</source>
        <translation>%Ln ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="271"/>
        <source>%Ln attended</source>
        <translation>%Ln aanwezig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="277"/>
        <source>walk-in</source>
        <translation>losse deelnemer</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="36"/>
        <source>{path} already exists (confirm replacing it, or use --force)</source>
        <translation>{path} bestaat al (bevestig dat je het wilt vervangen, of gebruik --force)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="46"/>
        <source>{path} is a folder, not a file name</source>
        <translation>{path} is een map, geen bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="48"/>
        <source>the folder {folder} does not exist</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="55"/>
        <source>the disk is full: {path} was not written</source>
        <translation>de schijf is vol: {path} is niet geschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="57"/>
        <source>no permission to write {path}</source>
        <translation>geen toestemming om {path} te schrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="58"/>
        <source>{path} could not be written: {error}</source>
        <translation>{path} kon niet geschreven worden: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="93"/>
        <source>no temporary file could be created beside {path}</source>
        <translation>er kon geen tijdelijk bestand gemaakt worden naast {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="53"/>
        <source>Kind</source>
        <extracomment>Empty lines at the end of a sign-in sheet, for people who were not registered. The height of a line to sign on.</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="54"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="180"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="55"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="56"/>
        <source>Trainers</source>
        <translation>Lesgevers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="57"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="206"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="82"/>
        <location filename="../../fourthpillar/export/pdf/events.py" line="95"/>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="88"/>
        <source>Not on the list? Write your name and initiative on an empty line.</source>
        <translation>Niet op de lijst? Schrijf uw naam en initiatief op een lege regel.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="102"/>
        <source>{name} took part in {kind} “{title}”, {when}.</source>
        <translation>{name} nam deel aan „{title}” ({kind}), {when}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="107"/>
        <location filename="../../fourthpillar/export/pdf/events.py" line="126"/>
        <source>Certificate of attendance</source>
        <translation>Aanwezigheidsattest</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="112"/>
        <source>On behalf of {initiative}.</source>
        <translation>Namens {initiative}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="116"/>
        <source>For the 4th Pillar Support Office,&lt;br/&gt;{name}</source>
        <translation>Voor het Steunpunt 4de Pijler,&lt;br/&gt;{name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/layout.py" line="279"/>
        <source>Made on {date}</source>
        <translation>Gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/layout.py" line="286"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="40"/>
        <source>your contact details</source>
        <extracomment>What each kind of record is called in the history (its field rules: ``domain.fields.FIELD_RULES``).</extracomment>
        <translation>uw contactgegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="41"/>
        <source>advice request</source>
        <translation>adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="42"/>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="43"/>
        <source>registration for an event</source>
        <translation>inschrijving voor een activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="46"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="47"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="48"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="49"/>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="50"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="89"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="89"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="124"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="126"/>
        <source>Advice given</source>
        <translation>Gegeven advies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="129"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="131"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="63"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="131"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="180"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="64"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="132"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="143"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="192"/>
        <source>Your personal data</source>
        <translation>Uw persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="144"/>
        <source>Everything the register of the 4th Pillar Support Office holds about you, as it stood on {date}.</source>
        <translation>Alles wat het register van het Steunpunt 4de Pijler over u bijhoudt, zoals het er op {date} uitzag.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="147"/>
        <source>Your contact details</source>
        <translation>Uw contactgegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="151"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="50"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="152"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="51"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="109"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="51"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="152"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="52"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="110"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="52"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="153"/>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="154"/>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="159"/>
        <source>Your advice requests ({count})</source>
        <translation>Uw adviesvragen ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="161"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="174"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="163"/>
        <source>Your registrations for trainings and events ({count})</source>
        <translation>Uw inschrijvingen voor vormingen en activiteiten ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="167"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="167"/>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="168"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="144"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="207"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="111"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="49"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="177"/>
        <source>Every change to these data ({count})</source>
        <translation>Elke wijziging aan deze gegevens ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="181"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="191"/>
        <source>For the person concerned</source>
        <translation>Voor de betrokkene</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="191"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="193"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="73"/>
        <source>advice requests</source>
        <translation>adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="74"/>
        <source>initiatives helped</source>
        <translation>geholpen initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="75"/>
        <source>new initiatives</source>
        <translation>nieuwe initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="76"/>
        <source>requests answered</source>
        <translation>beantwoorde vragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="77"/>
        <source>median days to answer</source>
        <translation>mediaan aantal dagen tot antwoord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="78"/>
        <source>hours of advice</source>
        <translation>uren advies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="196"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="272"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="63"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="75"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="90"/>
        <source>Requests</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="196"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="273"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="76"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="91"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="209"/>
        <source>{held} events held, of which {trainings} trainings: {participants} participants from {initiatives} initiatives.</source>
        <translation>{held} activiteiten gehouden, waarvan {trainings} vormingen: {participants} deelnemers uit {initiatives} initiatieven.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="213"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="98"/>
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="213"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="101"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="99"/>
        <source>Participants</source>
        <extracomment>Who is expected in the room: the sign-in sheet lists them.</extracomment>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="214"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="274"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="77"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="100"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="223"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="96"/>
        <source>Trainings and events</source>
        <translation>Vormingen en activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="226"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="72"/>
        <source>By topic</source>
        <translation>Per onderwerp</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="227"/>
        <source>By province of the participants&apos; initiatives</source>
        <translation>Per provincie van de initiatieven van de deelnemers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="234"/>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="239"/>
        <source>province: {name}</source>
        <translation>provincie: {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="241"/>
        <source>officer: {name}</source>
        <translation>medewerker: {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="243"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="305"/>
        <source>Activity report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="246"/>
        <source>Advice requests per month</source>
        <translation>Adviesvragen per maand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="248"/>
        <source>Advice requests by topic</source>
        <translation>Adviesvragen per onderwerp</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="267"/>
        <source>Busiest topics</source>
        <translation>Drukste onderwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="271"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="74"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="284"/>
        <source>Breakdowns</source>
        <translation>Uitsplitsingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="285"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="82"/>
        <source>By channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="286"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="83"/>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="287"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="84"/>
        <source>By province</source>
        <translation>Per provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="292"/>
        <source>A request can have several topics, so topic counts add up to more than the number of requests. Days to answer run from the day a request was received to the day it was first marked answered.</source>
        <translation>Een adviesvraag kan meerdere onderwerpen hebben, dus de tellingen per onderwerp zijn samen hoger dan het aantal vragen. De dagen tot antwoord lopen van de dag waarop een vraag binnenkwam tot de dag waarop ze voor het eerst als beantwoord gemarkeerd werd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="44"/>
        <source>No contact persons recorded.</source>
        <translation>Geen contactpersonen geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="65"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="75"/>
        <source>Done on {date}</source>
        <translation>Gedaan op {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="90"/>
        <source>Asked by {name}</source>
        <translation>Gevraagd door {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="92"/>
        <source>Handled by {name}</source>
        <translation>Behandeld door {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="94"/>
        <source>answered on {date}</source>
        <translation>beantwoord op {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="96"/>
        <source>time spent: {minutes} min</source>
        <translation>bestede tijd: {minutes} min</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="109"/>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="118"/>
        <source>INTERNAL: contains internal notes and time spent. Do not send to the initiative; export the shared summary instead.</source>
        <translation>INTERN: bevat interne notities en bestede tijd. Niet naar het initiatief sturen; exporteer in de plaats de gedeelde fiche.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="133"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="41"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="134"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="42"/>
        <source>Enterprise number</source>
        <translation>KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="136"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="200"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="139"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="108"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="49"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="84"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="140"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="45"/>
        <source>Partner countries</source>
        <translation>Partnerlanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="141"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="46"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="142"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="47"/>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="143"/>
        <source>4de Pijlerpanel member</source>
        <translation>Lid van het 4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="147"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="150"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="50"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="154"/>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="157"/>
        <source>Open follow-ups</source>
        <translation>Openstaande opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="161"/>
        <source>No open follow-ups.</source>
        <translation>Geen openstaande opvolgingen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="164"/>
        <source>Advice requests ({count})</source>
        <translation>Adviesvragen ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="167"/>
        <source>No advice requests recorded.</source>
        <translation>Geen adviesvragen geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="185"/>
        <source>Initiative summary</source>
        <translation>Fiche van het initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="187"/>
        <source>INTERNAL</source>
        <translation>INTERN</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="195"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="213"/>
        <source>Our advice</source>
        <translation>Ons advies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="201"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="203"/>
        <source>Question received</source>
        <translation>Vraag ontvangen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="208"/>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="211"/>
        <source>Your question</source>
        <translation>Jullie vraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="218"/>
        <source>The advice has not been written down yet.</source>
        <translation>Het advies is nog niet neergeschreven.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="222"/>
        <source>What we agreed</source>
        <translation>Wat we afspraken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="226"/>
        <source>No follow-ups were agreed.</source>
        <translation>Er zijn geen opvolgingen afgesproken.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="239"/>
        <source>Questions? Contact us</source>
        <translation>Vragen? Neem contact met ons op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="249"/>
        <source>Advice summary</source>
        <translation>Adviesverslag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/safety.py" line="52"/>
        <source>[cut: text too long for one cell]</source>
        <extracomment>Excel&apos;s limit on the characters in one cell. XML 1.0 forbids C0 controls other than tab, LF and CR; openpyxl refuses them. In a PDF paragraph, C0/C1 controls would print as boxes; tab and line breaks are handled. Text a cell cannot hold as it is (forbidden controls, a line break to normalise). Ethiopic blocks: drawn with the Ethiopic font (DejaVu Sans has no Ethiopic glyphs).</extracomment>
        <translation>[ingekort: tekst te lang voor één cel]</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="229"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="229"/>
        <source>Jan</source>
        <extracomment>The languages the app speaks, in the order the settings list them. Each language&apos;s own name, for a language chooser (never translated). The Qt locale each language formats with: Belgian Dutch and French, British English (day/month/year). The ``config.json`` key holding the chosen language. An environment variable that wins over the settings (a test suite pins English with it). A document written for someone else (a person&apos;s own data, in their language) speaks that language in its own thread only, while the window goes on in the officer&apos;s: see :func:`speaking`. Short month names (context &quot;Export&quot;), translated by month_abbreviation; format_date keeps English ones.</extracomment>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="229"/>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="230"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="230"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="230"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="231"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="231"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="231"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="232"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="232"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="232"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/event_figures.py" line="72"/>
        <location filename="../../fourthpillar/services/exports/report.py" line="243"/>
        <location filename="../../fourthpillar/services/exports/report.py" line="253"/>
        <source>not recorded</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="112"/>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="113"/>
        <source>Walk-in</source>
        <translation>Losse deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="156"/>
        <source>registration {id} did not attend: only participants who attended get a certificate</source>
        <translation>inschrijving {id} was niet aanwezig: alleen wie aanwezig was krijgt een attest</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="160"/>
        <source>registration {id} is of a person whose data was erased: no certificate is made for them</source>
        <translation>inschrijving {id} is van iemand wiens gegevens gewist zijn: voor hen wordt geen attest gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="202"/>
        <source>Trainers: {names}</source>
        <translation>Lesgevers: {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="48"/>
        <location filename="../../fourthpillar/services/exports/report.py" line="295"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; is niet een van: {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="77"/>
        <source>unknown column(s): {names}; choose from {choices}</source>
        <translation>onbekende kolom(men): {names}; kies uit {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="81"/>
        <source>no columns chosen</source>
        <translation>geen kolommen gekozen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="110"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="43"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="44"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="48"/>
        <source>4de Pijlerpanel</source>
        <translation>4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="70"/>
        <source>Network of 4th pillar initiatives</source>
        <translation>Netwerk van 4de Pijlerinitiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="89"/>
        <source>No province</source>
        <translation>Geen provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/report.py" line="59"/>
        <source>the period ends before it starts</source>
        <translation>de periode eindigt voor ze begint</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/report.py" line="306"/>
        <source>no officer with id {id}</source>
        <translation>geen medewerker met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="35"/>
        <source>Statistics {start} to {end}</source>
        <translation>Statistieken {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="42"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="43"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="43"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="47"/>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="48"/>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="49"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="50"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="50"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="51"/>
        <source>Advice requests</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="52"/>
        <source>Initiatives helped</source>
        <translation>Geholpen initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="53"/>
        <source>New initiatives</source>
        <translation>Nieuwe initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="54"/>
        <source>Requests answered</source>
        <translation>Beantwoorde vragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="55"/>
        <source>Median days to answer</source>
        <translation>Mediaan aantal dagen tot antwoord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="56"/>
        <source>Hours of advice</source>
        <translation>Uren advies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="60"/>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="62"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="82"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="97"/>
        <source>Topic or province</source>
        <translation>Onderwerp of provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="103"/>
        <source>All events held</source>
        <translation>Alle gehouden activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="105"/>
        <source>Trainings held</source>
        <translation>Gehouden vormingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="72"/>
        <source>Initiative: {name}</source>
        <translation>Initiatief: {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="77"/>
        <source>Request of {date}: {question}</source>
        <translation>Vraag van {date}: {question}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="86"/>
        <source>the last day is before the first day</source>
        <translation>de laatste dag ligt vóór de eerste dag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="120"/>
        <source>Follow-ups (Fourth Pillar desk)</source>
        <translation>Opvolgingen (4de Pijler-desk)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="132"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="162"/>
        <source>Saved {name}.</source>
        <translation>{name} bewaard.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="164"/>
        <source>Open the file</source>
        <translation>Het bestand openen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="165"/>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="260"/>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="280"/>
        <source>Export initiative summary</source>
        <translation>Fiche van het initiatief exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="283"/>
        <source>Who is the summary for?</source>
        <translation>Voor wie is de fiche?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="284"/>
        <source>The version for the initiative leaves out internal notes and time spent.</source>
        <translation>De versie voor het initiatief laat interne notities en bestede tijd weg.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="285"/>
        <source>For the initiative</source>
        <translation>Voor het initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="285"/>
        <source>Internal, with notes</source>
        <translation>Intern, met notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="288"/>
        <source>Internal summary</source>
        <translation>Interne fiche</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="288"/>
        <source>Summary</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="303"/>
        <source>Export advice summary</source>
        <translation>Adviesverslag exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="304"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="315"/>
        <source>Export network list</source>
        <translation>Netwerklijst exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="316"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="326"/>
        <source>Export follow-ups to calendar</source>
        <translation>Opvolgingen naar agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="329"/>
        <source>Which open follow-ups should go into the calendar file?</source>
        <translation>Welke openstaande opvolgingen moeten in het agendabestand?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="330"/>
        <source>Import the file in Outlook, Google Calendar or Thunderbird; importing a newer file updates the entries instead of adding them twice.</source>
        <translation>Importeer het bestand in Outlook, Google Agenda of Thunderbird; een nieuwer bestand importeren werkt de items bij in plaats van ze dubbel toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="332"/>
        <source>Everyone&apos;s</source>
        <translation>Die van iedereen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="332"/>
        <source>Mine</source>
        <translation>Die van mij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="350"/>
        <source>Period report</source>
        <translation>Periodeverslag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="364"/>
        <source>All provinces</source>
        <translation>Alle provincies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="368"/>
        <source>All officers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="369"/>
        <source>PDF report with charts</source>
        <translation>Pdf-verslag met grafieken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="370"/>
        <source>Spreadsheet with the figures</source>
        <translation>Rekenblad met de cijfers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="373"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="374"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="375"/>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="376"/>
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="377"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="422"/>
        <source>Export period report</source>
        <translation>Periodeverslag exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="422"/>
        <source>Export statistics</source>
        <translation>Statistieken exporteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="423"/>
        <source>Activity report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="423"/>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="107"/>
        <location filename="../../fourthpillar/domain/fields.py" line="124"/>
        <location filename="../../fourthpillar/domain/fields.py" line="172"/>
        <location filename="../../fourthpillar/domain/fields.py" line="179"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="24"/>
        <location filename="../../fourthpillar/importing/registrations.py" line="39"/>
        <source>name</source>
        <extracomment>Fields a column can be mapped to, with the label shown to the person (translated in the UI).
----------
Fields a column can be mapped to, with the label shown to the person.</extracomment>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="108"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="25"/>
        <source>legal form</source>
        <translation>rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="109"/>
        <source>enterprise number</source>
        <translation>KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="110"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="27"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="111"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="28"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="112"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="29"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="113"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="30"/>
        <source>province</source>
        <translation>provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="114"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="31"/>
        <source>partner countries</source>
        <translation>partnerlanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="115"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="32"/>
        <source>themes</source>
        <translation>thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="116"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="33"/>
        <source>founding year</source>
        <translation>oprichtingsjaar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="117"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="34"/>
        <source>4de Pijlerpanel member</source>
        <translation>lid van het 4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="118"/>
        <location filename="../../fourthpillar/domain/fields.py" line="137"/>
        <location filename="../../fourthpillar/domain/fields.py" line="166"/>
        <location filename="../../fourthpillar/domain/fields.py" line="174"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="35"/>
        <location filename="../../fourthpillar/importing/registrations.py" line="42"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="119"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="36"/>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="120"/>
        <location filename="../../fourthpillar/domain/fields.py" line="167"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="37"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="125"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="126"/>
        <location filename="../../fourthpillar/domain/fields.py" line="173"/>
        <location filename="../../fourthpillar/domain/fields.py" line="181"/>
        <location filename="../../fourthpillar/importing/registrations.py" line="40"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="127"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="128"/>
        <source>preferred language</source>
        <translation>voorkeurtaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="129"/>
        <source>consent date</source>
        <translation>datum van toestemming</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="133"/>
        <source>date received</source>
        <translation>ontvangstdatum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="134"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="135"/>
        <location filename="../../fourthpillar/domain/fields.py" line="157"/>
        <source>topics</source>
        <translation>onderwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="136"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="138"/>
        <source>assigned officer</source>
        <translation>toegewezen medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="139"/>
        <location filename="../../fourthpillar/domain/fields.py" line="171"/>
        <source>contact person</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="140"/>
        <location filename="../../fourthpillar/domain/fields.py" line="148"/>
        <source>due date</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="141"/>
        <source>advice given</source>
        <translation>gegeven advies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="142"/>
        <source>time spent (minutes)</source>
        <translation>bestede tijd (minuten)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="143"/>
        <source>internal note</source>
        <translation>interne notitie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="147"/>
        <source>what to do</source>
        <translation>wat te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="149"/>
        <source>owner</source>
        <translation>verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="150"/>
        <source>done date</source>
        <translation>datum gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="151"/>
        <source>outcome</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="155"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="156"/>
        <source>kind of event</source>
        <translation>soort activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="158"/>
        <source>start date</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="159"/>
        <source>start time</source>
        <translation>beginuur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="160"/>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="161"/>
        <source>end time</source>
        <translation>einduur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="162"/>
        <source>place (address or online link)</source>
        <translation>plaats (adres of onlinelink)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="163"/>
        <source>capacity</source>
        <translation>aantal plaatsen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="164"/>
        <source>trainers</source>
        <translation>lesgevers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="165"/>
        <source>officer in charge</source>
        <translation>verantwoordelijke medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="175"/>
        <location filename="../../fourthpillar/importing/registrations.py" line="43"/>
        <source>registration date</source>
        <translation>inschrijvingsdatum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="180"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="26"/>
        <source>enterprise number (KBO)</source>
        <translation>ondernemingsnummer (KBO)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="38"/>
        <source>contact person: name</source>
        <translation>contactpersoon: naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="39"/>
        <source>contact person: role</source>
        <translation>contactpersoon: rol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="40"/>
        <source>contact person: e-mail</source>
        <translation>contactpersoon: e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="41"/>
        <source>contact person: phone</source>
        <translation>contactpersoon: telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="42"/>
        <source>contact person: language</source>
        <translation>contactpersoon: taal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="41"/>
        <source>initiative</source>
        <translation>initiatief</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="139"/>
        <source>Fie&amp;ld package</source>
        <extracomment>The Conflicts page&apos;s name in the main window&apos;s navigation. QSettings key: the office database URL last synced with (without its password). &quot;Create package&quot; reads the known copies first: a second press meanwhile waits for it. The last summary shown after applying a package or syncing (tests read it).</extracomment>
        <translation>Ve&amp;ldpakket</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="142"/>
        <source>&amp;Create package for a province or all…</source>
        <translation>Pakket &amp;maken voor een provincie of alles…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="143"/>
        <source>A package that makes a working copy of the register on a field laptop</source>
        <translation>Een pakket dat een werkkopie van het register maakt op een laptop voor het veld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="145"/>
        <source>Create package of c&amp;hanges for…</source>
        <translation>Pakket met &amp;wijzigingen maken voor…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="146"/>
        <source>What another copy has not received yet since the last exchange</source>
        <translation>Wat een andere kopie sinds de laatste uitwisseling nog niet ontving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="149"/>
        <source>&amp;Apply package…</source>
        <translation>Pakket &amp;toepassen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="149"/>
        <source>Bring another copy&apos;s changes into this register</source>
        <translation>De wijzigingen van een andere kopie in dit register brengen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="151"/>
        <source>&amp;Open package as a new working copy…</source>
        <translation>Pakket &amp;openen als nieuwe werkkopie…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="152"/>
        <source>Make a working copy from a first package, in an empty data folder</source>
        <translation>Een werkkopie maken van een eerste pakket, in een lege gegevensmap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="155"/>
        <source>&amp;Sync now with the office database…</source>
        <translation>Nu &amp;synchroniseren met de databank van het kantoor…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="156"/>
        <source>Exchange changes directly with the shared office database</source>
        <translation>Wijzigingen rechtstreeks uitwisselen met de gedeelde databank van het kantoor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="201"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="201"/>
        <source>Conflicts (%1)</source>
        <translation>Conflicten (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="202"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict om te beslissen</numerusform>
            <numerusform>%n conflicten om te beslissen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="232"/>
        <source>Decide conflict on “%1”</source>
        <translation>Conflict beslissen over “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="260"/>
        <source>%n registration(s) beyond an event&apos;s capacity went to the waiting list.</source>
        <translation>
            <numerusform>%n inschrijving boven de capaciteit van een activiteit is naar de wachtlijst verplaatst.</numerusform>
            <numerusform>%n inschrijvingen boven de capaciteit van een activiteit zijn naar de wachtlijst verplaatst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="266"/>
        <source>%n person(s) erased on the other copy were erased here too.</source>
        <translation>
            <numerusform>%n persoon die op de andere kopie gewist werd, is hier ook gewist.</numerusform>
            <numerusform>%n personen die op de andere kopie gewist werden, zijn hier ook gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="268"/>
        <source>%n backup(s) of this copy made before still hold their data.</source>
        <translation>
            <numerusform>%n oudere back-up van deze kopie bevat hun gegevens nog.</numerusform>
            <numerusform>%n oudere back-ups van deze kopie bevatten hun gegevens nog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="278"/>
        <source>Delete those &amp;backups</source>
        <translation>Die &amp;back-ups verwijderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="286"/>
        <source>Show &amp;conflicts</source>
        <translation>&amp;Conflicten tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="302"/>
        <source>All provinces (the whole register)</source>
        <translation>Alle provincies (het hele register)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="305"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="341"/>
        <source>Create package</source>
        <translation>Pakket maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="306"/>
        <source>Which initiatives go into the package (with their contacts, requests and follow-ups)?</source>
        <translation>Welke initiatieven gaan in het pakket (met hun contactpersonen, adviesvragen en opvolgingen)?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="311"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="356"/>
        <source>Save the package as</source>
        <translation>Het pakket bewaren als</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="319"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="367"/>
        <source>Package created</source>
        <translation>Pakket gemaakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="320"/>
        <source>%1 holds %n record(s). On the field laptop, choose File ▸ Field package ▸ Open package as a new working copy.</source>
        <translation>
            <numerusform>%1 bevat %n record. Kies op de laptop voor het veld Bestand ▸ Veldpakket ▸ Pakket openen als nieuwe werkkopie.</numerusform>
            <numerusform>%1 bevat %n records. Kies op de laptop voor het veld Bestand ▸ Veldpakket ▸ Pakket openen als nieuwe werkkopie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="322"/>
        <source>It opens only with this one-time code. Give it to the coordinator apart from the file (on the phone, or written down), never in the same e-mail:

%1</source>
        <translation>Het opent alleen met deze eenmalige code. Geef ze los van het bestand aan de coördinator (telefonisch of op papier), nooit in dezelfde e-mail:

%1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="327"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="370"/>
        <source>Creating the package…</source>
        <translation>Het pakket maken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="348"/>
        <source>Which copy is the package for? It holds what that copy has not received from this one.
To send to a copy not listed, type its replica id (that copy shows it in this dialog).

This copy&apos;s replica id: %1</source>
        <translation>Voor welke kopie is het pakket? Het bevat wat die kopie nog niet van deze ontving.
Om naar een kopie te sturen die niet in de lijst staat, typ je haar replica-id (die kopie toont het in dit venster).

Replica-id van deze kopie: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="351"/>
        <source>Create package of changes</source>
        <translation>Pakket met wijzigingen maken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="362"/>
        <source>%1 holds %n change(s). Apply it on the other copy with File ▸ Field package ▸ Apply package.</source>
        <translation>
            <numerusform>%1 bevat %n wijziging. Pas het toe op de andere kopie met Bestand ▸ Veldpakket ▸ Pakket toepassen.</numerusform>
            <numerusform>%1 bevat %n wijzigingen. Pas het toe op de andere kopie met Bestand ▸ Veldpakket ▸ Pakket toepassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="365"/>
        <source>Nothing was ever received from that copy, so the package holds everything this copy can give. Check the replica id if that is unexpected.</source>
        <translation>Van die kopie is nog nooit iets ontvangen, dus het pakket bevat alles wat deze kopie kan geven. Controleer de replica-id als dat onverwacht is.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="374"/>
        <source>Apply a field package</source>
        <translation>Een veldpakket toepassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="381"/>
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n wijziging toegepast.</numerusform>
            <numerusform>%n wijzigingen toegepast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="383"/>
        <source>%n new record(s).</source>
        <translation>
            <numerusform>%n nieuw record.</numerusform>
            <numerusform>%n nieuwe records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="385"/>
        <source>%n change(s) were already here.</source>
        <translation>
            <numerusform>%n wijziging was er al.</numerusform>
            <numerusform>%n wijzigingen waren er al.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="387"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="464"/>
        <source>%n conflict(s) need a decision on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflict vraagt een beslissing op de pagina Conflicten.</numerusform>
            <numerusform>%n conflicten vragen een beslissing op de pagina Conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="389"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="392"/>
        <source>Package applied</source>
        <translation>Pakket toegepast</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="394"/>
        <source>Applying the package…</source>
        <translation>Het pakket toepassen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="398"/>
        <source>Open a first package</source>
        <translation>Een eerste pakket openen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="402"/>
        <source>An empty folder for the new working copy</source>
        <translation>Een lege map voor de nieuwe werkkopie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="408"/>
        <source>Choose an empty folder</source>
        <translation>Kies een lege map</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="409"/>
        <source>%1 is not empty. A working copy needs a data folder of its own: choose or create an empty folder.</source>
        <translation>%1 is niet leeg. Een werkkopie heeft een eigen gegevensmap nodig: kies of maak een lege map.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="413"/>
        <source>Code of the package</source>
        <translation>Code van het pakket</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="414"/>
        <source>The one-time code the office gave with this package (e.g. ABCD-EFGH-JKLM):</source>
        <translation>De eenmalige code die het kantoor bij dit pakket gaf (bv. ABCD-EFGH-JKLM):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="420"/>
        <source>all provinces</source>
        <translation>alle provincies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="422"/>
        <source>Working copy made</source>
        <translation>Werkkopie gemaakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="423"/>
        <source>A working copy with %n record(s) (%1) is in %2.

This window stays on the register it had. To work in the new copy, open the desk on that folder: choose “Use it from the next start” and start the desk again, or start it with --data-dir &quot;%2&quot;. Edit ▸ Settings switches back to the other data folder.</source>
        <translation>
            <numerusform>Een werkkopie met %n record (%1) staat in %2.

Dit venster blijft op het register dat het had. Om in de nieuwe kopie te werken, open je de desk op die map: kies “Vanaf de volgende start gebruiken” en start de desk opnieuw, of start hem met --data-dir &quot;%2&quot;. Met Bewerken ▸ Instellingen schakel je terug naar de andere gegevensmap.</numerusform>
            <numerusform>Een werkkopie met %n records (%1) staat in %2.

Dit venster blijft op het register dat het had. Om in de nieuwe kopie te werken, open je de desk op die map: kies “Vanaf de volgende start gebruiken” en start de desk opnieuw, of start hem met --data-dir &quot;%2&quot;. Met Bewerken ▸ Instellingen schakel je terug naar de andere gegevensmap.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="429"/>
        <source>&amp;Use it from the next start</source>
        <translation>&amp;Vanaf de volgende start gebruiken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="430"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="438"/>
        <source>Making the working copy…</source>
        <translation>De werkkopie maken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="444"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="454"/>
        <source>Sync with the office database</source>
        <translation>Synchroniseren met de databank van het kantoor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="445"/>
        <source>The office database&apos;s address, e.g. postgresql://name@server/fourthpillar
(without a password: it is asked when needed, and this computer may remember it)</source>
        <translation>Het adres van de databank van het kantoor, bv. postgresql://naam@server/fourthpillar
(zonder wachtwoord: dat wordt gevraagd als het nodig is, en deze computer kan het onthouden)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="455"/>
        <source>“%1” is not a database address.</source>
        <translation>“%1” is geen databankadres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="461"/>
        <source>Sent %n change(s) to the office database.</source>
        <translation>
            <numerusform>%n wijziging naar de databank van het kantoor gestuurd.</numerusform>
            <numerusform>%n wijzigingen naar de databank van het kantoor gestuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="462"/>
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>%n wijziging ontvangen.</numerusform>
            <numerusform>%n wijzigingen ontvangen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="467"/>
        <source>No conflicts here.</source>
        <translation>Hier geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="470"/>
        <source>Sync done</source>
        <translation>Synchronisatie klaar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="477"/>
        <source>Syncing with the office database…</source>
        <translation>Synchroniseren met de databank van het kantoor…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="30"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="30"/>
        <source>Field packages (*.%1)</source>
        <extracomment>The file name ending of a field package.</extracomment>
        <translation>Veldpakketten (*.%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="45"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="65"/>
        <source>unknown officer</source>
        <translation>onbekende medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="66"/>
        <source>last exchange %1</source>
        <translation>laatste uitwisseling %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="67"/>
        <source>no package received from it yet</source>
        <translation>er is er nog geen pakket van ontvangen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="75"/>
        <source>This is a first package: it makes a new working copy. Open it with File ▸ Field package ▸ Open package as a new working copy (in an empty folder); nothing was applied here.</source>
        <translation>Dit is een eerste pakket: het maakt een nieuwe werkkopie. Open het met Bestand ▸ Veldpakket ▸ Pakket openen als nieuwe werkkopie (in een lege map); hier is niets toegepast.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="78"/>
        <source>This is a package of changes, not a first package: apply it to a copy with File ▸ Field package ▸ Apply package. A new working copy is made from a first package (“Create package for a province or all” on the office copy).</source>
        <translation>Dit is een pakket met wijzigingen, geen eerste pakket: pas het toe op een kopie met Bestand ▸ Veldpakket ▸ Pakket toepassen. Een nieuwe werkkopie maak je van een eerste pakket (“Pakket maken voor een provincie of alles” op de kopie van het kantoor).</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="47"/>
        <source>Imported from {file}: {created} created, {updated} updated, {skipped} duplicates skipped, {not_imported} rows not imported. Ctrl+Z undoes it.</source>
        <translation>Geïmporteerd uit {file}: {created} aangemaakt, {updated} bijgewerkt, {skipped} dubbels overgeslagen, {not_imported} rijen niet geïmporteerd. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="51"/>
        <source>Import from %1</source>
        <translation>Importeren uit %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="149"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="150"/>
        <source>The day&apos;s backup is still being made. Change the passphrase once it has finished.</source>
        <translation>De back-up van vandaag wordt nog gemaakt. Wijzig de wachtwoordzin zodra die klaar is.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="164"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="173"/>
        <source>The passphrase was not changed</source>
        <translation>De wachtwoordzin is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="178"/>
        <source>Changing the passphrase…</source>
        <translation>De wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="195"/>
        <source>Forget old registrations</source>
        <translation>Oude inschrijvingen vergeten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="200"/>
        <source>No registrations of events held more than %1 years ago: there is nothing to forget.</source>
        <translation>Geen inschrijvingen voor activiteiten van meer dan %1 jaar geleden: er is niets te vergeten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/file_commands.py" line="206"/>
        <source>%n old registration(s) archived and their walk-ins erased (this cannot be undone).</source>
        <translation>
            <numerusform>%n oude inschrijving gearchiveerd en de losse deelnemers gewist (dit kan niet ongedaan gemaakt worden).</numerusform>
            <numerusform>%n oude inschrijvingen gearchiveerd en de losse deelnemers gewist (dit kan niet ongedaan gemaakt worden).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="219"/>
        <source>Load demonstration data</source>
        <translation>Demonstratiegegevens laden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="220"/>
        <source>How many initiatives?</source>
        <translation>Hoeveel initiatieven?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="234"/>
        <source>Demonstration data loaded.</source>
        <translation>Demonstratiegegevens geladen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="238"/>
        <source>Demonstration data could not be loaded</source>
        <translation>De demonstratiegegevens konden niet geladen worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="241"/>
        <source>Loading demonstration data was cancelled.</source>
        <translation>Het laden van de demonstratiegegevens is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="245"/>
        <source>Loading demonstration data…</source>
        <translation>Demonstratiegegevens laden…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="106"/>
        <source>Choose the spreadsheet</source>
        <extracomment>The problems table shows this many; the rest are counted (the command line lists them all).</extracomment>
        <translation>Kies het rekenblad</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="107"/>
        <source>An .xlsx, .ods or .xls workbook or a .csv file (comma or semicolon). Nothing is written until you confirm the import.</source>
        <translation>Een .xlsx-, .ods- of .xls-werkmap of een .csv-bestand (komma of puntkomma). Er wordt niets geschreven tot je de import bevestigt.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="111"/>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="124"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="127"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="147"/>
        <source>Import initiatives</source>
        <translation>Initiatieven importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="148"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt);;All files (*)</source>
        <translation>Rekenbladen (*.xlsx *.ods *.xls *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="51"/>
        <source>Due any time</source>
        <extracomment>code -&gt; (label, first day, last day), the days counted from today (None: open). The filters that choose a range of dates: a list has one of them (the events list reads its period as the events&apos; start dates).</extracomment>
        <translation>Elke deadline</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="53"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="54"/>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="55"/>
        <source>Due in the next 7 days</source>
        <translation>Te doen in de komende 7 dagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="56"/>
        <source>Due in the next 30 days</source>
        <translation>Te doen in de komende 30 dagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="58"/>
        <source>Due between…</source>
        <translation>Te doen tussen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="59"/>
        <source>Due from</source>
        <translation>Deadline vanaf</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="60"/>
        <source>Due until</source>
        <translation>Deadline tot</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="62"/>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="64"/>
        <source>Coming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="65"/>
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="66"/>
        <source>In the next 7 days</source>
        <translation>In de komende 7 dagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="67"/>
        <source>In the next 30 days</source>
        <translation>In de komende 30 dagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="69"/>
        <source>Between…</source>
        <translation>Tussen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="70"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="71"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="106"/>
        <source>Any status</source>
        <extracomment>The range filter this bar has (&quot;due&quot; or &quot;period&quot;; &quot;&quot; for none). Reads the officers off the GUI thread (None: on it, as for a list without a runner).</extracomment>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="108"/>
        <source>Any province</source>
        <translation>Elke provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="110"/>
        <source>Any theme</source>
        <translation>Elk thema</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="112"/>
        <source>Any topic</source>
        <translation>Elk onderwerp</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="114"/>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="116"/>
        <source>Any channel</source>
        <translation>Elk kanaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="118"/>
        <source>Any officer</source>
        <translation>Elke medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="118"/>
        <source>Any owner</source>
        <translation>Elke verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="119"/>
        <source>Me</source>
        <translation>Mijzelf</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="123"/>
        <source>&amp;Open only</source>
        <translation>Alleen &amp;open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="126"/>
        <source>Include &amp;archived</source>
        <translation>Ook ge&amp;archiveerde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="129"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="130"/>
        <source>Clear the search and the filters: show every row again</source>
        <translation>Zoekterm en filters wissen: alle rijen weer tonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="175"/>
        <source>and</source>
        <extracomment>A remembered officer chosen before the officers were read (an item named &quot;…&quot;).</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="82"/>
        <source>Follow-up planned: %1</source>
        <translation>Opvolging gepland: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="84"/>
        <source>Follow-up done: %1</source>
        <translation>Opvolging afgerond: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="86"/>
        <source>Follow-up reopened: %1</source>
        <translation>Opvolging heropend: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="88"/>
        <source>Follow-up changed: %1</source>
        <translation>Opvolging gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="99"/>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="99"/>
        <source>Plan follow-up</source>
        <translation>Opvolging plannen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="111"/>
        <source>e.g. Call back about the subsidy file</source>
        <translation>bv. Terugbellen over het subsidiedossier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="121"/>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="121"/>
        <source>Due one week from today</source>
        <translation>Te doen binnen een week</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="122"/>
        <source>+1 month</source>
        <translation>+1 maand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="122"/>
        <source>Due one month from today</source>
        <translation>Te doen binnen een maand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="123"/>
        <source>+3 months</source>
        <translation>+3 maanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="123"/>
        <source>Due three months from today</source>
        <translation>Te doen binnen drie maanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="138"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="141"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiatief:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="145"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="146"/>
        <source>Request:</source>
        <translation>Adviesvraag:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="147"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Wat te doen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="148"/>
        <source>&amp;Due:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="151"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="152"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="154"/>
        <source>Done o&amp;n:</source>
        <translation>Gedaan &amp;op:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="155"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="218"/>
        <source>choose the initiative from the list (type part of its name)</source>
        <translation>kies het initiatief uit de lijst (typ een deel van de naam)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../fourthpillar/ui/help.py" line="161"/>
        <location filename="../../fourthpillar/ui/help.py" line="167"/>
        <location filename="../../fourthpillar/ui/help.py" line="199"/>
        <location filename="../../fourthpillar/ui/help.py" line="239"/>
        <source>User guide</source>
        <extracomment>The guide&apos;s file in each language it is written in; other languages get the English one. Space kept free beside a picture that is shrunk to the window&apos;s width (margins, scroll bar).</extracomment>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/help.py" line="173"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/help.py" line="240"/>
        <source>The user guide is not part of this installation. It is in the folder docs/guide of the application&apos;s source code.</source>
        <translation>De handleiding zit niet in deze installatie. Ze staat in de map docs/guide van de broncode van het programma.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="34"/>
        <source>merged into</source>
        <extracomment>Columns nobody types that the history still names (migration 0008: merges, pairs kept apart); their values are initiatives, shown by name.</extracomment>
        <translation>samengevoegd met</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="35"/>
        <source>merged into this one</source>
        <translation>hierin samengevoegd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="36"/>
        <source>not a duplicate of</source>
        <translation>geen dubbel van</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="64"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="64"/>
        <source>yes</source>
        <extracomment>What a field held before its record was created, as the per-field creation rows wrote it.</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="43"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="43"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="44"/>
        <source>Before</source>
        <translation>Voordien</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="44"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="45"/>
        <source>After</source>
        <translation>Nadien</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="45"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="60"/>
        <source>History of %1</source>
        <extracomment>Where an undo is written (:func:`~fourthpillar.ui.operations.run_write`). The entries as the table&apos;s rows show them.</extracomment>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="67"/>
        <source>&amp;Undo this action…</source>
        <translation>Deze actie &amp;ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="69"/>
        <source>Put back everything the selected action changed</source>
        <translation>Alles terugzetten wat de geselecteerde actie veranderde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="75"/>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="84"/>
        <source>%1 set</source>
        <translation>%1 ingevuld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="84"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="88"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="90"/>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="92"/>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="94"/>
        <source>Conflict resolved: %1</source>
        <translation>Conflict beslist: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="125"/>
        <source>copy %1</source>
        <translation>kopie %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="125"/>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="127"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="163"/>
        <source>Undo everything this action changed?</source>
        <translation>Alles ongedaan maken wat deze actie veranderde?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="165"/>
        <source>These fields were changed again afterwards; undoing puts the older value back over the later one: %1</source>
        <translation>Deze velden zijn nadien opnieuw gewijzigd; ongedaan maken zet de oudere waarde terug over de latere: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="167"/>
        <source>Undo this action</source>
        <translation>Deze actie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="177"/>
        <source>Undone from History: %1</source>
        <translation>Ongedaan gemaakt via Geschiedenis: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="185"/>
        <source>Cannot undo</source>
        <translation>Kan niet ongedaan gemaakt worden</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../fourthpillar/importing/apply.py" line="387"/>
        <source>Enterprise number {number} (registered meanwhile for another initiative)</source>
        <extracomment>SQLite page cache during an import, in KiB. A change row as :func:`_insert_change_tuples` writes it, before its place in the replica&apos;s sequence is known: (id, entity, entity_id, field, old value, new value).</extracomment>
        <translation>KBO-nummer {number} (intussen geregistreerd voor een ander initiatief)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/apply.py" line="390"/>
        <source>enterprise number {number} was registered meanwhile; kept in the notes</source>
        <translation>KBO-nummer {number} is intussen geregistreerd; bewaard in de notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="258"/>
        <source>&apos;{value}&apos; is not a province</source>
        <extracomment>:func:`fold` for the short values a file repeats on every row (yes/no, statuses, municipalities). The tag a &quot;vzw (in oprichting)&quot; gets: the office&apos;s own term, stored as data (not translated).</extracomment>
        <translation>&apos;{value}&apos; is geen provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="274"/>
        <source>&apos;{value}&apos; is not a legal form (vzw, feitelijke vereniging, stichting, ivzw)</source>
        <translation>&apos;{value}&apos; is geen rechtsvorm (vzw, feitelijke vereniging, stichting, ivzw)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="333"/>
        <source>&apos;{value}&apos; is not a date or a year</source>
        <translation>&apos;{value}&apos; is geen datum of jaartal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="335"/>
        <source>{year} is not a possible founding year</source>
        <translation>{year} is geen mogelijk oprichtingsjaar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="348"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>&apos;{value}&apos; is geen ja of nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="356"/>
        <source>&apos;{value}&apos; is not a valid enterprise number: {reason}</source>
        <translation>&apos;{value}&apos; is geen geldig KBO-nummer: {reason}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="373"/>
        <source>&apos;{value}&apos; is not a valid e-mail address</source>
        <translation>&apos;{value}&apos; is geen geldig e-mailadres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="381"/>
        <source>&apos;{value}&apos; is not a status (active, dormant, stopped)</source>
        <translation>&apos;{value}&apos; is geen status (actief, slapend, gestopt)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="389"/>
        <source>&apos;{value}&apos; is not a language (nl, fr, en)</source>
        <translation>&apos;{value}&apos; is geen taal (nl, fr, en)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="108"/>
        <source>; kept in the notes</source>
        <translation>; bewaard in de notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="149"/>
        <source>province &apos;{given}&apos; does not match postcode {postcode} ({derived}); the postcode&apos;s province is used</source>
        <translation>provincie &apos;{given}&apos; past niet bij postcode {postcode} ({derived}); de provincie van de postcode wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="183"/>
        <source>&apos;{value}&apos; is not a country</source>
        <translation>&apos;{value}&apos; is geen land</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="203"/>
        <source>several e-mail addresses; the first is the contact&apos;s</source>
        <translation>meerdere e-mailadressen; het eerste is dat van de contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="219"/>
        <source>the row has no name; it is not imported</source>
        <translation>de rij heeft geen naam; ze wordt niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="231"/>
        <location filename="../../fourthpillar/importing/normalise.py" line="262"/>
        <source>the name is longer than 200 characters; cut</source>
        <translation>de naam is langer dan 200 tekens; ingekort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="234"/>
        <source>the notes are longer than 20,000 characters; cut</source>
        <translation>de notities zijn langer dan 20.000 tekens; ingekort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="251"/>
        <source>there is no contact person&apos;s name</source>
        <translation>er is geen naam van een contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="269"/>
        <source>Not understood during import:</source>
        <translation>Niet begrepen bij de import:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="133"/>
        <source>column {letter}</source>
        <extracomment>Fields &quot;fill&quot; may set on an existing initiative (never its name or identity). A register initiative this new row looks like (not the same key: a near match), and how much (``domain.likeness``); the officer decides per row whether it is created. For &quot;update&quot;: the existing initiative and the empty fields this row fills (None: not an update). The header cells as in the file (blank ones None): the key a mapping is remembered under.</extracomment>
        <translation>kolom {letter}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="145"/>
        <source>no recognisable column headers in the first {count} rows of sheet &apos;{sheet}&apos; (expected headers such as Naam, Gemeente, Postcode, Provincie, KBO, Landen)</source>
        <translation>geen herkenbare kolomkoppen in de eerste {count} rijen van werkblad &apos;{sheet}&apos; (verwacht werden koppen zoals Naam, Gemeente, Postcode, Provincie, KBO, Landen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="165"/>
        <source>there is no column &apos;{header}&apos; (columns: {headers})</source>
        <translation>er is geen kolom &apos;{header}&apos; (kolommen: {headers})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="168"/>
        <source>&apos;{field}&apos; is not a field to import into (fields: {fields})</source>
        <translation>&apos;{field}&apos; is geen veld om in te importeren (velden: {fields})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="207"/>
        <source>&apos;{policy}&apos; is not a duplicate policy (skip, fill, create)</source>
        <translation>&apos;{policy}&apos; is geen regel voor dubbels (skip, fill, create)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="210"/>
        <location filename="../../fourthpillar/services/importing.py" line="190"/>
        <source>sheet &apos;{sheet}&apos; is empty</source>
        <extracomment>One problem (the spreadsheet row, None: the whole file; the column; the reason; its severity) and one column of the file (its header, the field it feeds and where that came from), as planning found them: the screens and the command line know them by these names. &quot;enterprise_number&quot; | &quot;name_municipality&quot; The existing initiative (in_register) or the earlier row it repeats. For a near match (reason &quot;similar&quot;): the likeness score; the officer decides the row. The file&apos;s digest at preview time: applying refuses a file changed since. Undoing this batch (services.history.undo_action) redoes the import.</extracomment>
        <translation>werkblad &apos;{sheet}&apos; is leeg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="216"/>
        <source>no column holds the initiatives&apos; names; map one of the columns ({headers}) to &apos;name&apos;</source>
        <translation>geen enkele kolom bevat de namen van de initiatieven; koppel een van de kolommen ({headers}) aan &apos;name&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="225"/>
        <source>there are no data rows below the header (row {row})</source>
        <translation>er zijn geen gegevensrijen onder de koprij (rij {row})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="314"/>
        <source>Enterprise number {number} (already registered for &apos;{name}&apos;)</source>
        <translation>KBO-nummer {number} (al geregistreerd voor &apos;{name}&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="318"/>
        <source>enterprise number {number} is already registered for &apos;{name}&apos;; kept in the notes</source>
        <translation>KBO-nummer {number} is al geregistreerd voor &apos;{name}&apos;; bewaard in de notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="43"/>
        <source>the import was cancelled; nothing was written</source>
        <extracomment>A cell as read: text, a number, a date/datetime, a boolean or nothing.</extracomment>
        <translation>de import is geannuleerd; er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="97"/>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <extracomment>Sum of all zip members once decompressed, declared and actual. openpyxl holds a workbook&apos;s shared text in memory as a whole. A member this much larger than its compressed form is a bomb, whatever its size... ...once it is bigger than this (tiny members compress absurdly well, legitimately). Cells kept in memory for the preview (rows times their width). Cells from A1 to a sheet&apos;s last row and column, which the workbook reader holds in memory at once (for an .ods or .xls: of all sheets together, read at once). Excel&apos;s own limit for one cell.</extracomment>
        <translation>het bestand is te groot ({size} MB; hoogstens {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="101"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="103"/>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="105"/>
        <source>the file cannot be opened (permission denied)</source>
        <translation>het bestand kan niet geopend worden (geen toegang)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="107"/>
        <source>the file cannot be read ({reason})</source>
        <translation>het bestand kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="109"/>
        <location filename="../../fourthpillar/importing/reading.py" line="234"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="121"/>
        <source>the file is damaged or truncated (not a complete .xlsx or .ods)</source>
        <translation>het bestand is beschadigd of onvolledig (geen volledig .xlsx- of .ods-bestand)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="149"/>
        <source>the sheet holds more than {limit} cells; split it into smaller files</source>
        <translation>het werkblad bevat meer dan {limit} cellen; verdeel het over kleinere bestanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="171"/>
        <location filename="../../fourthpillar/importing/workbooks.py" line="174"/>
        <source>the sheet has more than {limit} rows; split it into smaller files</source>
        <translation>het werkblad heeft meer dan {limit} rijen; verdeel het over kleinere bestanden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="174"/>
        <location filename="../../fourthpillar/importing/workbooks.py" line="170"/>
        <source>row {row} has a value in column {column}: more than {limit} columns is not a register</source>
        <translation>rij {row} heeft een waarde in kolom {column}: meer dan {limit} kolommen is geen register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="180"/>
        <source>the cell at row {row}, column {column} holds {length} characters (at most {limit})</source>
        <translation>de cel in rij {row}, kolom {column} bevat {length} tekens (hoogstens {limit})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="194"/>
        <source>the file is damaged (invalid UTF-16 text)</source>
        <translation>het bestand is beschadigd (ongeldige UTF-16-tekst)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="196"/>
        <source>this is not a spreadsheet (.xlsx) or a text file (.csv)</source>
        <translation>dit is geen rekenblad (.xlsx) en geen tekstbestand (.csv)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="207"/>
        <source>this is not a spreadsheet (.xlsx) or a text file (.csv) in a known encoding</source>
        <translation>dit is geen rekenblad (.xlsx) en geen tekstbestand (.csv) in een bekende codering</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="239"/>
        <source>a .csv file has no sheet named &apos;{sheet}&apos;</source>
        <translation>een .csv-bestand heeft geen werkblad met de naam &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="253"/>
        <source>a cell holds more than {limit} characters</source>
        <translation>een cel bevat meer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="255"/>
        <source>the file is not valid CSV ({reason})</source>
        <translation>het bestand is geen geldige CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="122"/>
        <source>no header row with a name column was found (name the columns, e.g. Naam, E-mail, Organisatie)</source>
        <extracomment>Row outcomes. How many rows from the top may hold the header. How its contact was found (&quot;email&quot;, &quot;name&quot;), or why it is skipped (&quot;registered&quot;: already).</extracomment>
        <translation>geen rij met kolomkoppen en een naamkolom gevonden (geef de kolommen een naam, bv. Naam, E-mail, Organisatie)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="135"/>
        <source>&apos;{field}&apos; is not a field of a registration ({choices})</source>
        <translation>&apos;{field}&apos; is geen veld van een inschrijving ({choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="144"/>
        <source>no column holds the person&apos;s name</source>
        <translation>geen kolom bevat de naam van de persoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="66"/>
        <source>the file is damaged or truncated (not a readable .xlsx or .ods)</source>
        <translation>het bestand is beschadigd of onvolledig (geen leesbaar .xlsx- of .ods-bestand)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="73"/>
        <source>this zip file is not a spreadsheet (.xlsx or .ods)</source>
        <translation>dit zipbestand is geen rekenblad (.xlsx of .ods)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="76"/>
        <source>the file would unpack to {size} MB (at most {limit} MB): it looks like a zip bomb</source>
        <translation>het bestand zou uitgepakt {size} MB worden (hoogstens {limit} MB): het lijkt een zipbom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="81"/>
        <source>the workbook&apos;s shared text is {size} MB (at most {limit} MB)</source>
        <translation>de gedeelde tekst van de werkmap is {size} MB (hoogstens {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="87"/>
        <source>{member} is compressed {ratio} times: it looks like a zip bomb</source>
        <translation>{member} is {ratio} keer gecomprimeerd: het lijkt een zipbom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="98"/>
        <source>the file unpacks to more than {limit} MB: it looks like a zip bomb</source>
        <translation>het bestand wordt uitgepakt groter dan {limit} MB: het lijkt een zipbom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="102"/>
        <source>the file is damaged or truncated ({member} cannot be unpacked)</source>
        <translation>het bestand is beschadigd of onvolledig ({member} kan niet uitgepakt worden)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="120"/>
        <source>{member} carries an XML document type declaration (DTD); such files can hide entity attacks and are refused</source>
        <translation>{member} bevat een XML-documenttypedeclaratie (DTD); zulke bestanden kunnen entiteitsaanvallen verbergen en worden geweigerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="123"/>
        <source>{member} declares XML entities (an entity-expansion attack?); refused</source>
        <translation>{member} declareert XML-entiteiten (een entiteitsexpansie-aanval?); geweigerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="126"/>
        <source>{member} refers to an external XML entity; refused</source>
        <translation>{member} verwijst naar een externe XML-entiteit; geweigerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="129"/>
        <source>the file is damaged ({member} is not well-formed XML)</source>
        <translation>het bestand is beschadigd ({member} is geen correcte XML)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="180"/>
        <source>the sheets span more than {limit} cells from A1 to their last values; split the file into smaller ones</source>
        <translation>de bladen beslaan meer dan {limit} cellen van A1 tot hun laatste waarden; splits het bestand in kleinere</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="193"/>
        <location filename="../../fourthpillar/importing/workbooks.py" line="222"/>
        <source>the workbook is protected with a password; save it without one and import that</source>
        <translation>de werkmap is met een wachtwoord beveiligd; bewaar ze zonder wachtwoord en importeer dat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="195"/>
        <source>this is an Office file but not a spreadsheet; save it as .xlsx, .ods or .csv and import that</source>
        <translation>dit is een Office-bestand maar geen rekenblad; bewaar het als .xlsx, .ods of .csv en importeer dat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="198"/>
        <source>the file is damaged or truncated (not a readable .xls)</source>
        <translation>het bestand is beschadigd of onvolledig (geen leesbaar .xls-bestand)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="225"/>
        <source>the workbook is damaged and cannot be read ({reason})</source>
        <translation>de werkmap is beschadigd en kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="255"/>
        <source>the workbook has no sheets</source>
        <translation>de werkmap heeft geen werkbladen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="258"/>
        <source>there is no sheet named &apos;{sheet}&apos; (sheets: {names})</source>
        <translation>er is geen werkblad met de naam &apos;{sheet}&apos; (werkbladen: {names})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="261"/>
        <source>&apos;{sheet}&apos; is a chart sheet, not a table</source>
        <translation>&apos;{sheet}&apos; is een grafiekblad, geen tabel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="265"/>
        <source>sheet &apos;{sheet}&apos; is damaged and cannot be read ({reason})</source>
        <translation>werkblad &apos;{sheet}&apos; is beschadigd en kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="234"/>
        <source>row {row} is not a possible duplicate to decide (create or skip)</source>
        <translation>rij {row} is geen mogelijke dubbel om over te beslissen (create of skip)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="294"/>
        <source>the file changed since the preview; preview it again</source>
        <translation>het bestand is gewijzigd sinds de voorvertoning; bekijk het opnieuw</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="298"/>
        <source>no row can be imported; see the problems</source>
        <translation>geen enkele rij kan geïmporteerd worden; zie de problemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="349"/>
        <source>the import of {file} was already undone on {when}</source>
        <translation>de import van {file} is al ongedaan gemaakt op {when}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="433"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="466"/>
        <source>Import initiatives</source>
        <translation>Initiatieven importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="436"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="472"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
</context>
<context>
    <name>InitiativeChooser</name>
    <message>
        <location filename="../../fourthpillar/ui/widgets/initiative_chooser.py" line="49"/>
        <source>Type part of the initiative&apos;s name or municipality…</source>
        <extracomment>How many matches the popup offers; typing more narrows them down. The matches of what is typed, being read (the newest text wins).</extracomment>
        <translation>Typ een deel van de naam of de gemeente van het initiatief…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="68"/>
        <source>Edit initiative</source>
        <translation>Initiatief bewerken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="68"/>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="72"/>
        <source>e.g. Vrienden van Kisangani</source>
        <translation>bv. Vrienden van Kisangani</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="73"/>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="114"/>
        <source>— not known —</source>
        <extracomment>They are read on the runner&apos;s read pool as the postcode is typed (the newest wins)... ... and the postcode field was left before they came: fill the municipality then.</extracomment>
        <translation>— niet bekend —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="75"/>
        <source>0123.456.749</source>
        <translation>0123.456.749</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="81"/>
        <source>yyyy</source>
        <translation>jjjj</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="82"/>
        <source>Member of the 4de Pijlerpanel</source>
        <translation>Lid van het 4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="84"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="87"/>
        <source>&amp;Legal form:</source>
        <translation>&amp;Rechtsvorm:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="88"/>
        <source>&amp;Enterprise number:</source>
        <translation>&amp;KBO-nummer:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="91"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="92"/>
        <source>&amp;Founded in:</source>
        <translation>&amp;Opgericht in:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="115"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="117"/>
        <source>St&amp;reet and number:</source>
        <translation>Str&amp;aat en nummer:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="118"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="119"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="120"/>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vincie:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="125"/>
        <source>separated by commas, e.g. Kongo, waterputten</source>
        <translation>gescheiden door komma&apos;s, bv. Kongo, waterputten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="126"/>
        <source>Work</source>
        <translation>Werking</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="128"/>
        <source>Partner &amp;countries:</source>
        <translation>Partner&amp;landen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="129"/>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hema&apos;s:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="130"/>
        <source>Ta&amp;gs:</source>
        <translation>Lab&amp;els:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="134"/>
        <source>Anything the office should know about this initiative</source>
        <translation>Alles wat het Steunpunt over dit initiatief moet weten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="135"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="179"/>
        <source>%1 digits typed, 10 needed</source>
        <translation>%1 cijfers getypt, 10 nodig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="195"/>
        <source>Follows the Belgian postcode</source>
        <translation>Volgt uit de Belgische postcode</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="196"/>
        <source>Province: %1</source>
        <translation>Provincie: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="203"/>
        <source>A Belgian postcode has 4 digits</source>
        <translation>Een Belgische postcode heeft 4 cijfers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="205"/>
        <source>Not a Belgian postcode (4 digits, 1000-9999)</source>
        <translation>Geen Belgische postcode (4 cijfers, 1000-9999)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="208"/>
        <source>Not a Belgian postcode: choose the province yourself</source>
        <translation>Geen Belgische postcode: kies zelf de provincie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="248"/>
        <source>With this postcode: %1</source>
        <translation>Bij deze postcode: %1</translation>
    </message>
</context>
<context>
    <name>InitiativePage</name>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="135"/>
        <source>Archive contact person</source>
        <translation>Contactpersoon archiveren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="136"/>
        <source>Archive %1? They disappear from this initiative&apos;s contacts; Undo brings them back.</source>
        <translation>%1 archiveren? De persoon verdwijnt uit de contacten van dit initiatief; Ongedaan maken brengt hem of haar terug.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="147"/>
        <source>Contact person archived: %1</source>
        <translation>Contactpersoon gearchiveerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="155"/>
        <source>Not archived: %1</source>
        <translation>Niet gearchiveerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="120"/>
        <source>Edi&amp;t…</source>
        <extracomment>The detail rows, in display order: (key, label source text). Labels are translated in the page.</extracomment>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="121"/>
        <source>New &amp;request…</source>
        <translation>Nieuwe &amp;adviesvraag…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="122"/>
        <source>&amp;Plan follow-up…</source>
        <translation>Opvolging &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="123"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="124"/>
        <source>Who changed what, and when; undo an earlier action</source>
        <translation>Wie wat veranderde, en wanneer; een eerdere actie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="127"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="129"/>
        <source>Enterprise number:</source>
        <translation>KBO-nummer:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="129"/>
        <source>Legal form:</source>
        <translation>Rechtsvorm:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="130"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="130"/>
        <source>Province:</source>
        <translation>Provincie:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="131"/>
        <source>Partner countries:</source>
        <translation>Partnerlanden:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="131"/>
        <source>Themes:</source>
        <translation>Thema&apos;s:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="132"/>
        <source>4de Pijlerpanel:</source>
        <translation>4de Pijlerpanel:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="132"/>
        <source>Founded in:</source>
        <translation>Opgericht in:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="133"/>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="133"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="133"/>
        <source>Tags:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="138"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="139"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="139"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="139"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="140"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="140"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="147"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="148"/>
        <source>Ed&amp;it…</source>
        <translation>Bew&amp;erken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="149"/>
        <source>Ar&amp;chive…</source>
        <translation>A&amp;rchiveren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="152"/>
        <source>Export this person&apos;s data…</source>
        <translation>De gegevens van deze persoon exporteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="154"/>
        <source>Erase this person…</source>
        <translation>Deze persoon wissen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="158"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="159"/>
        <source>Export or erase the selected person&apos;s data (GDPR)</source>
        <translation>De gegevens van de geselecteerde persoon exporteren of wissen (AVG)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="185"/>
        <source>Timeline: requests, follow-ups and events attended</source>
        <translation>Tijdlijn: adviesvragen, opvolgingen en bijgewoonde activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="186"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="186"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="186"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="193"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="194"/>
        <source>&amp;Mark done…</source>
        <translation>Als gedaan &amp;markeren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="195"/>
        <source>No requests or follow-ups yet.</source>
        <translation>Nog geen adviesvragen of opvolgingen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="229"/>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="256"/>
        <source>This initiative cannot be shown: %1</source>
        <translation>Dit initiatief kan niet getoond worden: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="242"/>
        <source>This initiative is archived.</source>
        <translation>Dit initiatief is gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="269"/>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="269"/>
        <source>not a member</source>
        <translation>geen lid</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="292"/>
        <source>Request</source>
        <translation>Adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="294"/>
        <source>attended</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="296"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="297"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="297"/>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="304"/>
        <source>overdue</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="355"/>
        <source>Only an admin may erase a person on the shared database</source>
        <translation>Alleen een beheerder mag een persoon wissen op de gedeelde databank</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../fourthpillar/ui/jobs.py" line="177"/>
        <source>Cancel</source>
        <extracomment>How often, at most, progress is sent to the GUI thread (seconds). How long a job runs before its progress dialog shows (milliseconds).</extracomment>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../fourthpillar/jobs.py" line="51"/>
        <source>cancelled; nothing was written</source>
        <extracomment>``progress(done, total)``: how far a long job is (``total`` 0 while it does not know yet). ``is_cancelled()``: true once the person asked the job to stop; safe to call from any thread.</extracomment>
        <translation>geannuleerd; er is niets geschreven</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="121"/>
        <source>{path} needs its passphrase: the keychain holds none for it and there is no one to ask (set FOURTHPILLAR_KEY)</source>
        <extracomment>The keychain&apos;s service name; the account is the register file&apos;s full path. A new passphrase shorter than this is refused (it is all that stands between a thief and the data). Wrong passphrases typed before giving up. The previous answer did not unlock the register (or was refused: too short, no match). Asks the officer; returns the passphrase, or None when they cancel.</extracomment>
        <translation>{path} heeft zijn wachtwoordzin nodig: de sleutelhanger bevat er geen voor en er is niemand om ze te vragen (zet FOURTHPILLAR_KEY)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="126"/>
        <source>no passphrase was given for {path}</source>
        <translation>er werd geen wachtwoordzin gegeven voor {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="133"/>
        <source>a passphrase needs at least {count} characters</source>
        <translation>een wachtwoordzin heeft minstens {count} tekens nodig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="135"/>
        <source>the two passphrases differ</source>
        <translation>de twee wachtwoordzinnen verschillen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="170"/>
        <source>the passphrase in the keychain does not unlock it</source>
        <translation>de wachtwoordzin in de sleutelhanger ontgrendelt het niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="177"/>
        <source>this passphrase does not unlock it</source>
        <translation>deze wachtwoordzin ontgrendelt het niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="199"/>
        <source>no passphrase was chosen for {path}</source>
        <translation>er werd geen wachtwoordzin gekozen voor {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="58"/>
        <source>the new passphrase is empty</source>
        <translation>de nieuwe wachtwoordzin is leeg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="61"/>
        <source>the new passphrase is the same as the current one</source>
        <translation>de nieuwe wachtwoordzin is dezelfde als de huidige</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="67"/>
        <source>the register is a shared database: its server protects it, it has no passphrase here</source>
        <translation>het register is een gedeelde databank: de server beschermt ze, ze heeft hier geen wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="88"/>
        <source>the current passphrase is wrong: it does not unlock {path}</source>
        <translation>de huidige wachtwoordzin is fout: ze opent {path} niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="95"/>
        <source>the passphrase was not changed: {reason}</source>
        <translation>de wachtwoordzin is niet gewijzigd: {reason}</translation>
    </message>
</context>
<context>
    <name>ListCells</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/format.py" line="65"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/layout.py" line="62"/>
        <source>Columns</source>
        <extracomment>For the type checker the mixin is a widget; at run time it adds no base.</extracomment>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/layout.py" line="73"/>
        <source>Reset columns</source>
        <translation>Kolommen herstellen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="138"/>
        <source>(filtered)</source>
        <extracomment>Search-as-you-type waits this long after the last key before asking the database. Runs searches typed in the box off the GUI thread (None: search on the GUI thread). Bumped by every query; a background search whose number is not the latest is dropped. A first page is being read on the worker thread (a search, filter, sort or refresh)... ...for this query. Beside the count while a search or filter narrows the list (also after a restart).</extracomment>
        <translation>(gefilterd)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="140"/>
        <source>A search or filter hides some rows; Clear filters shows them all</source>
        <translation>Een zoekterm of filter verbergt sommige rijen; Filters wissen toont ze allemaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="149"/>
        <source>Search the list</source>
        <translation>De lijst doorzoeken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="381"/>
        <source>%1+ initiatives</source>
        <translation>%1+ initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="383"/>
        <source>%1+ follow-ups</source>
        <translation>%1+ opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="385"/>
        <source>%1+ events</source>
        <translation>%1+ activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="387"/>
        <source>%1+ requests</source>
        <translation>%1+ adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="396"/>
        <source>Nothing matches this search and these filters.</source>
        <translation>Niets komt overeen met deze zoekopdracht en deze filters.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="398"/>
        <source>Nothing here yet. Press Ctrl+N to add the first one.</source>
        <translation>Hier staat nog niets. Druk op Ctrl+N om het eerste toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="415"/>
        <source>The list cannot be read</source>
        <translation>De lijst kan niet gelezen worden</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="117"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="150"/>
        <source>Advice requests</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="177"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="211"/>
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="243"/>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="76"/>
        <source>%Ln initiative</source>
        <extracomment>The list&apos;s columns, name, kind and default order. Filter widgets shown, in order (see :mod:`fourthpillar.ui.lists.filters`). The default query&apos;s extra filters (e.g. follow-ups start with open ones only).</extracomment>
        <translation>%Ln initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="76"/>
        <source>%Ln initiatives</source>
        <translation>%Ln initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="78"/>
        <source>%Ln request</source>
        <translation>%Ln adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="78"/>
        <source>%Ln requests</source>
        <translation>%Ln adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="80"/>
        <source>%Ln event</source>
        <translation>%Ln activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="80"/>
        <source>%Ln events</source>
        <translation>%Ln activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="81"/>
        <source>%Ln follow-up</source>
        <translation>%Ln opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="81"/>
        <source>%Ln follow-ups</source>
        <translation>%Ln opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="85"/>
        <source>Search names, municipalities, enterprise numbers, tags, notes…</source>
        <translation>Zoek in namen, gemeenten, KBO-nummers, labels, notities…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="87"/>
        <source>Search questions, advice, notes and initiatives…</source>
        <translation>Zoek in vragen, adviezen, notities en initiatieven…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="89"/>
        <source>Search titles, places, trainers and notes…</source>
        <translation>Zoek in titels, plaatsen, lesgevers en notities…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="90"/>
        <source>Search follow-ups, outcomes and initiatives…</source>
        <translation>Zoek in opvolgingen, resultaten en initiatieven…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="125"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="125"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="129"/>
        <source>open (new, in progress, waiting)</source>
        <translation>open (nieuw, in behandeling, wacht)</translation>
    </message>
</context>
<context>
    <name>Logins</name>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="47"/>
        <source>officer</source>
        <extracomment>A login name as PostgreSQL would take it unquoted: lower case, so people type it as they see it.</extracomment>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="48"/>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="49"/>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fourthpillar/ui/kinds.py" line="95"/>
        <source>Edit request</source>
        <translation>Adviesvraag bewerken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/kinds.py" line="102"/>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="194"/>
        <source>Change to “%1”</source>
        <translation>Wijziging aan “%1”</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="195"/>
        <source>Change to an initiative</source>
        <translation>Wijziging aan een initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="234"/>
        <source>Mark follow-up done</source>
        <translation>Opvolging afronden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="264"/>
        <source>The follow-ups were not marked done</source>
        <translation>De opvolgingen zijn niet als gedaan gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="285"/>
        <source>Plan or complete follow-up</source>
        <translation>Opvolging plannen of afronden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="303"/>
        <source>%1: saved. Ctrl+Z undoes it.</source>
        <translation>%1: bewaard. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="327"/>
        <source>Register initiative</source>
        <translation>Initiatief registreren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="345"/>
        <source>Log request</source>
        <translation>Adviesvraag noteren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="353"/>
        <source>Plan follow-up</source>
        <translation>Opvolging plannen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="369"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="373"/>
        <source>Redone: %1</source>
        <translation>Opnieuw uitgevoerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="377"/>
        <source>Redo failed</source>
        <translation>Opnieuw uitvoeren mislukt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="377"/>
        <source>Undo failed</source>
        <translation>Ongedaan maken mislukt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="438"/>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="477"/>
        <source>Work in progress</source>
        <translation>Werk bezig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="478"/>
        <source>A background task is still running. Cancel it and quit?</source>
        <translation>Er loopt nog een taak op de achtergrond. Die annuleren en afsluiten?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_archiving.py" line="84"/>
        <source>%1. Press Ctrl+Z to undo.</source>
        <extracomment>Delete on an initiative page reads it first: a second Delete meanwhile waits.</extracomment>
        <translation>%1. Druk op Ctrl+Z om het ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_events.py" line="29"/>
        <source>Change to an event</source>
        <translation>Wijziging aan een activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_events.py" line="45"/>
        <source>The event cannot be opened</source>
        <translation>De activiteit kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_events.py" line="65"/>
        <source>Plan event</source>
        <translation>Activiteit plannen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="65"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="66"/>
        <source>Add to the list shown</source>
        <translation>Toevoegen aan de getoonde lijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="67"/>
        <source>New &amp;initiative…</source>
        <translation>Nieuw &amp;initiatief…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="69"/>
        <source>Log advice &amp;request…</source>
        <translation>&amp;Adviesvraag noteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="70"/>
        <source>Plan &amp;follow-up…</source>
        <translation>&amp;Opvolging plannen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="71"/>
        <source>Plan e&amp;vent…</source>
        <translation>Ac&amp;tiviteit plannen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="72"/>
        <source>A training, info session, network day or webinar</source>
        <translation>Een vorming, infosessie, netwerkdag of webinar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="73"/>
        <source>I&amp;mport initiatives…</source>
        <translation>Initiatieven i&amp;mporteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="75"/>
        <source>&amp;Export this list…</source>
        <translation>Deze lijst &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="76"/>
        <source>The list as shown (filters, sort, columns) as a spreadsheet</source>
        <translation>De lijst zoals getoond (filters, sortering, kolommen) als rekenblad</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="77"/>
        <source>Export initiative &amp;summary…</source>
        <translation>&amp;Fiche van het initiatief exporteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="79"/>
        <source>Export &amp;advice summary…</source>
        <translation>Advies&amp;verslag exporteren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="80"/>
        <source>Ne&amp;twork list…</source>
        <translation>Net&amp;werklijst…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="81"/>
        <source>&amp;Period report…</source>
        <translation>&amp;Periodeverslag…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="83"/>
        <source>Follow-ups to &amp;calendar…</source>
        <translation>Opvolgingen naar a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="84"/>
        <source>Open follow-ups as a calendar file for Outlook, Google Calendar or Thunderbird</source>
        <translation>Openstaande opvolgingen als agendabestand voor Outlook, Google Agenda of Thunderbird</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="85"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="87"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Wachtwoord&amp;zin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="88"/>
        <source>Encrypt the register and its backups with a new passphrase</source>
        <translation>Het register en zijn back-ups versleutelen met een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="91"/>
        <source>O&amp;fficers and logins…</source>
        <translation>Medewer&amp;kers en logins…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="92"/>
        <source>Who works in the shared register, with which login and rights</source>
        <translation>Wie in het gedeelde register werkt, met welke login en rechten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="94"/>
        <source>For&amp;get old registrations…</source>
        <translation>O&amp;ude inschrijvingen vergeten…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="95"/>
        <source>Archive the registrations of events held more than %1 years ago (how long attendance is kept) and erase the walk-ins&apos; names and e-mails</source>
        <translation>Archiveert de inschrijvingen voor activiteiten van meer dan %1 jaar geleden (zo lang blijft de aanwezigheid bewaard) en wist de namen en e-mailadressen van de losse deelnemers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="97"/>
        <source>Load &amp;demonstration data…</source>
        <translation>&amp;Demonstratiegegevens laden…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="101"/>
        <location filename="../../fourthpillar/ui/window_menus.py" line="240"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="102"/>
        <location filename="../../fourthpillar/ui/window_menus.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="104"/>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="105"/>
        <source>Open the selected row (Enter or double-click)</source>
        <translation>De geselecteerde rij openen (Enter of dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="106"/>
        <source>&amp;Archive…</source>
        <translation>A&amp;rchiveren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="108"/>
        <source>Archive the selected rows (can be undone)</source>
        <translation>De geselecteerde rijen archiveren (kan ongedaan gemaakt worden)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="109"/>
        <source>&amp;Mark done…</source>
        <translation>Als &amp;gedaan markeren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="110"/>
        <source>Mark the selected follow-ups done (can be undone)</source>
        <translation>De geselecteerde opvolgingen als gedaan markeren (kan ongedaan gemaakt worden)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="111"/>
        <source>&amp;Find in list</source>
        <translation>&amp;Zoeken in de lijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="114"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="115"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="121"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="122"/>
        <source>&amp;Quick search…</source>
        <translation>&amp;Snel zoeken…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="123"/>
        <source>Find anything in the register</source>
        <translation>Alles zoeken in het register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="124"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="126"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="127"/>
        <source>&amp;About Fourth Pillar desk</source>
        <translation>&amp;Over 4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="129"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Probleem melden…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="130"/>
        <source>Diagnostics to send to the maintainers: version, system and the log, no names</source>
        <translation>Diagnose voor de beheerders: versie, systeem en het logboek, zonder namen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="131"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="133"/>
        <source>Your name, language, data folder and backups</source>
        <translation>Je naam, taal, gegevensmap en back-ups</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="170"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="173"/>
        <source>C&amp;olumns</source>
        <translation>K&amp;olommen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="178"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="191"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="204"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="205"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="206"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="218"/>
        <source>Main &amp;toolbar</source>
        <translation>Hoofdwerk&amp;balk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="230"/>
        <source>(open a list first)</source>
        <translation>(open eerst een lijst)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="239"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="242"/>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="258"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="258"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nieuwe opvolging…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="258"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuwe adviesvraag…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="259"/>
        <source>&amp;New request for this initiative…</source>
        <translation>&amp;Nieuwe adviesvraag voor dit initiatief…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="260"/>
        <source>&amp;New registration for this event…</source>
        <translation>&amp;Nieuwe inschrijving voor deze activiteit…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="261"/>
        <source>&amp;New initiative…</source>
        <translation>&amp;Nieuw initiatief…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="279"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="279"/>
        <source>Open the selected row</source>
        <translation>De geselecteerde rij openen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="281"/>
        <source>On an event&apos;s registrations: attended, no-show, registered, cancel</source>
        <translation>Bij de inschrijvingen van een activiteit: aanwezig, niet opgedaagd, ingeschreven, annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="283"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="292"/>
        <source>About Fourth Pillar desk</source>
        <translation>Over 4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="293"/>
        <source>&lt;h3&gt;Fourth Pillar desk %1&lt;/h3&gt;&lt;p&gt;Register, helpdesk and follow-ups of the 4th Pillar Support Office of 11.11.11.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4de Pijler-desk %1&lt;/h3&gt;&lt;p&gt;Register, helpdesk en opvolgingen van het Steunpunt 4de Pijler van 11.11.11.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="58"/>
        <source>Navigation</source>
        <extracomment>Pages in the navigation, in order (Ctrl+1..Ctrl+7). A record&apos;s page and the list it belongs to (highlighted in the navigation while it shows). The pages shown before, for Back (Alt+Left).</extracomment>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="80"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="80"/>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="81"/>
        <source>Advice requests</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="81"/>
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="81"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="82"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="82"/>
        <source>Duplicates</source>
        <translation>Dubbels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="83"/>
        <location filename="../../fourthpillar/ui/window_pages.py" line="129"/>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="83"/>
        <location filename="../../fourthpillar/ui/window_pages.py" line="127"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="131"/>
        <source>Fourth Pillar desk</source>
        <extracomment>Exit status when the register cannot be opened. Exit status of a second launch whose data folder was open already: that window came forward. The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and the desktops show the window with that entry&apos;s name and icon. The object name of the translators install_translations puts on the app.
----------
The previous session did not end cleanly (the app lock says): the register gets a full check. The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.</extracomment>
        <translation>4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="162"/>
        <source>The initiative cannot be opened</source>
        <translation>Het initiatief kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="170"/>
        <source>%1 (filtered)</source>
        <translation>%1 (gefilterd)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="200"/>
        <source>Match the columns</source>
        <translation>De kolommen koppelen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="201"/>
        <source>Each column of the spreadsheet goes into the field shown. Change any of them, or choose “Do not import”. The choice is remembered for files with the same columns.</source>
        <translation>Elke kolom van het rekenblad komt in het getoonde veld. Wijzig wat je wilt, of kies “Niet importeren”. De keuze wordt onthouden voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="207"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="207"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="207"/>
        <source>Import into</source>
        <translation>Importeren in</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="240"/>
        <source>Sheet “{sheet}”: the column headers are on row {row}.</source>
        <translation>Werkblad “{sheet}”: de kolomkoppen staan op rij {row}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="248"/>
        <source>Do not import</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="252"/>
        <source>Import column {column} into</source>
        <translation>Kolom {column} importeren in</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="66"/>
        <source>Both changed the same fields</source>
        <translation>Allebei dezelfde velden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="69"/>
        <source>%1 saved this %2 after you opened it and changed the fields below too. For each field, keep your value or take theirs. Nothing is saved yet: the form gets your choices, then you check it and Save.</source>
        <translation>%1 heeft deze gegevens (%2) bewaard nadat jij ze opende, en wijzigde ook de velden hieronder. Kies per veld: je eigen waarde houden of die van de ander nemen. Er is nog niets bewaard: het formulier krijgt je keuzes, daarna kijk je het na en klik je op Bewaren.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="79"/>
        <source>Before (when you opened it)</source>
        <translation>Voordien (toen je het opende)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="79"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="80"/>
        <source>Saved by %1</source>
        <translation>Bewaard door %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="80"/>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="98"/>
        <source>&amp;Put in the form</source>
        <translation>In het formulier &amp;zetten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="115"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="138"/>
        <source>Take theirs</source>
        <translation>Die van de ander nemen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="147"/>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="147"/>
        <source>Keep mine (edit if needed)</source>
        <translation>Mijn waarde houden (pas aan indien nodig)</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="249"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="249"/>
        <source>January</source>
        <extracomment>(decimal point, thousands separator) per language, as Qt&apos;s nl_BE, fr_BE and en_GB write them. Full month names (context &quot;Month&quot;), for :func:`format_long_date`.</extracomment>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="250"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="250"/>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="251"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="251"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="252"/>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="252"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="253"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="253"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="254"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="254"/>
        <source>November</source>
        <translation>november</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="58"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="58"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="59"/>
        <source>Provinces</source>
        <translation>Provincies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="59"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="60"/>
        <source>Login status</source>
        <translation>Status van de login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="66"/>
        <source>no login of their own</source>
        <translation>geen eigen login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="68"/>
        <source>missing on the server</source>
        <translation>ontbreekt op de server</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="69"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="69"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="104"/>
        <source>Add an officer with a login</source>
        <extracomment>The change being written: Esc waits for it (its outcome closes the form or says why not).</extracomment>
        <translation>Medewerker met een login toevoegen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="105"/>
        <source>Change the login of %1</source>
        <translation>Login van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="113"/>
        <source>lower case, e.g. an_peeters</source>
        <translation>kleine letters, bv. an_peeters</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="123"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="124"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="125"/>
        <source>at least 8 characters</source>
        <translation>minstens 8 tekens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="127"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="128"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="131"/>
        <source>leave empty to keep the password</source>
        <translation>leeg laten om het wachtwoord te houden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="132"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="133"/>
        <source>Pro&amp;vinces:</source>
        <translation>Pro&amp;vincies:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="134"/>
        <source>A coordinator sees and changes only the initiatives of their provinces. An admin also manages officers, erases people and applies field packages.</source>
        <translation>Een coördinator ziet en wijzigt alleen de initiatieven van haar provincies. Een beheerder beheert ook medewerkers, wist personen en past veldpakketten toe.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="139"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="139"/>
        <source>New &amp;password:</source>
        <translation>Nieuw &amp;wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="140"/>
        <source>Password a&amp;gain:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="141"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="141"/>
        <source>&amp;Save</source>
        <extracomment>What a save did, for the status bar and Edit ▸ Undo (&quot;Initiative registered: %1&quot;). Without them a save says &quot;Saved: &lt;noun&gt;&quot;, unless the editor words its own :meth:`done_description`. Where the form is read and saves are written: the window&apos;s runner (its read pool, its one writer, off the GUI thread); None reads and saves at once (an editor on its own). What the form shows, read when it opens (:meth:`read_form`). A save is being written: Save, Esc and closing wait for it. The stored version this form was loaded from (None: a new record). The stored values this form was loaded from: the common ground of a merge. The form&apos;s choice of an officer (:meth:`officer_field`), if it has one. The merge dialog open on top of this editor, if any. The form&apos;s fields and sections (disabled while the form is read).</extracomment>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="164"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>De twee wachtwoorden verschillen: typ twee keer hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="166"/>
        <source>Give the new login a password (it is never shown).</source>
        <translation>Geef de nieuwe login een wachtwoord (het wordt nooit getoond).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="168"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Een wachtwoord heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="237"/>
        <source>Officers and logins</source>
        <extracomment>A change being written: closing waits for it.</extracomment>
        <translation>Medewerkers en logins</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="241"/>
        <source>Everyone who works in the shared register signs in with a login of their own; the database decides what each login may do.</source>
        <translation>Iedereen die in het gedeelde register werkt, meldt zich aan met een eigen login; de databank beslist wat elke login mag.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="247"/>
        <source>Officers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="251"/>
        <source>&amp;Add officer…</source>
        <translation>Medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="252"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="253"/>
        <source>Role, provinces or a new password</source>
        <translation>Rol, provincies of een nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="254"/>
        <source>&amp;Disable login…</source>
        <translation>Login &amp;uitschakelen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="255"/>
        <source>&amp;Enable login</source>
        <translation>Login &amp;inschakelen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="302"/>
        <source>Only an admin can add officers or change their logins.</source>
        <translation>Alleen een beheerder kan medewerkers toevoegen of hun login wijzigen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="355"/>
        <source>Disable login</source>
        <translation>Login uitschakelen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="356"/>
        <source>Disable the login %1 of %2? They can no longer connect to the shared register; everything they recorded stays. You can enable the login again.</source>
        <translation>De login %1 van %2 uitschakelen? Die kan dan niet meer verbinden met het gedeelde register; alles wat die persoon vastlegde, blijft. Je kunt de login later weer inschakelen.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="90"/>
        <source>Archive %n initiatives</source>
        <extracomment>The name in the change log and in ``ui.lists.definitions`` (``ListDefinition.kind``). The list page showing this kind (a ``fourthpillar.lists`` name: the navigation&apos;s, and what File ▸ Export this list exports). The field of a list row that names the record (in questions and in Edit ▸ Undo). Its editor, imported when first opened (the editors import the window&apos;s operations); None for a kind opened on a page of its own (the initiative, the event). The editor&apos;s keyword naming the record to open (``request_id=``). Archive one record: ``archive(desk, record_id)``. What archiving several is called (&quot;Archive 3 requests&quot;). What Edit ▸ Undo calls a change made in its editor opened from a list (MainWindow&apos;s context). Actions started from a row of this kind: a request for it, a follow-up for it, marking it done. File ▸ Export initiative summary (of the row&apos;s initiative) and advice summary apply to a row. The window&apos;s page that shows one record of a kind without an editor (&quot;initiative&quot;, &quot;event&quot;).</extracomment>
        <translation>
            <numerusform>%n initiatief archiveren</numerusform>
            <numerusform>%n initiatieven archiveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="97"/>
        <source>Archive %n requests</source>
        <translation>
            <numerusform>%n adviesvraag archiveren</numerusform>
            <numerusform>%n adviesvragen archiveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="104"/>
        <source>Archive %n follow-ups</source>
        <translation>
            <numerusform>%n opvolging archiveren</numerusform>
            <numerusform>%n opvolgingen archiveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="111"/>
        <source>Archive %n events</source>
        <translation>
            <numerusform>%n activiteit archiveren</numerusform>
            <numerusform>%n activiteiten archiveren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="214"/>
        <source>This cannot be opened</source>
        <extracomment>The widget showing the busy cursor for the read on its way (weakly: a dialog owns its LatestRead, and a strong reference back would keep it from going).</extracomment>
        <translation>Dit kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="220"/>
        <source>Archive “%1”</source>
        <translation>“%1” archiveren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="236"/>
        <source>Archive “%1”?</source>
        <translation>“%1” archiveren?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="238"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="239"/>
        <source>Archived records leave the lists; Edit ▸ Undo brings them back.</source>
        <translation>Gearchiveerde records verdwijnen uit de lijsten; Bewerken ▸ Ongedaan maken brengt ze terug.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="257"/>
        <location filename="../../fourthpillar/ui/operations.py" line="261"/>
        <source>Archiving failed</source>
        <translation>Archiveren mislukt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="263"/>
        <source>Archiving…</source>
        <translation>Archiveren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/operations.py" line="268"/>
        <source>Mark %n follow-ups done</source>
        <translation>
            <numerusform>%n opvolging als gedaan markeren</numerusform>
            <numerusform>%n opvolgingen als gedaan markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/operations.py" line="275"/>
        <source>Mark %n follow-ups done today. What came of them (optional, the same for all)?</source>
        <translation>
            <numerusform>%n opvolging vandaag als gedaan markeren. Wat is eruit gekomen (niet verplicht)?</numerusform>
            <numerusform>%n opvolgingen vandaag als gedaan markeren. Wat is eruit gekomen (niet verplicht, hetzelfde voor allemaal)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="281"/>
        <source>What came of it?</source>
        <translation>Wat is eruit gekomen?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="285"/>
        <source>&amp;Mark done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/model.py" line="446"/>
        <source>This column cannot be sorted</source>
        <extracomment>fetch(query, count) -&gt; one page; count=False skips the total. Rows per page read from the service. Pages kept in memory; the oldest read is dropped first. Reads the pages painting asks for off the GUI thread (None: from the event loop). Pages asked for by painting and not arrived yet, each asked for once (and COUNTING while fetchMore counts further). The pages of ``_reading`` that a job on the worker is reading now (one job at a time). When a paint last asked for each page of ``_reading`` (ReadsAskedPages), and the tick now. Bumped whenever the rows are read anew: a page read for older rows is dropped. A read failed: no page is read until the rows are read anew. A new search counts up to this many matches (None: all); fetchMore raises _count_limit. Where an alert (overdue) shows: the due date column, or the whole row without one. How many pages were read from the service (for tests and the benchmark). How many times the total was counted.</extracomment>
        <translation>Op deze kolom kan niet gesorteerd worden</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="28"/>
        <source>Passphrase of the register</source>
        <translation>Wachtwoordzin van het register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="31"/>
        <source>The register on this computer is encrypted, so that a lost or stolen laptop shows nothing of it. Choose its passphrase. Keep it somewhere safe besides this computer (the office&apos;s password manager): this computer remembers it, but without it a backup copied elsewhere, or the register after this computer&apos;s keychain is lost, cannot be opened.</source>
        <translation>Het register op deze computer is versleuteld, zodat een verloren of gestolen laptop er niets van toont. Kies de wachtwoordzin. Bewaar ze op een veilige plek buiten deze computer (de wachtwoordkluis van het kantoor): deze computer onthoudt ze, maar zonder haar kan een elders gekopieerde back-up, of het register nadat de sleutelhanger van deze computer verloren is, niet geopend worden.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="36"/>
        <source>The register %1 is encrypted. Type its passphrase; this computer remembers it from now on.</source>
        <translation>Het register %1 is versleuteld. Typ de wachtwoordzin; deze computer onthoudt ze vanaf nu.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="40"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="42"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="51"/>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="74"/>
        <location filename="../../fourthpillar/ui/passphrase.py" line="89"/>
        <source>Register encrypted</source>
        <translation>Register versleuteld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="75"/>
        <source>The register and its backups are encrypted now. Their unencrypted versions are still kept in %1, readable by anyone who gets hold of this computer. Once you have seen that your register is complete, delete them.</source>
        <translation>Het register en zijn back-ups zijn nu versleuteld. Hun onversleutelde versies worden nog bewaard in %1, leesbaar voor iedereen die deze computer in handen krijgt. Wis ze zodra u gezien hebt dat uw register volledig is.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="80"/>
        <source>&amp;Delete the unencrypted copy</source>
        <translation>Onversleutelde kopie &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="82"/>
        <source>&amp;Keep it for now</source>
        <translation>Voorlopig &amp;bewaren</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="285"/>
        <source>Check before importing</source>
        <translation>Controleren voor het importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="286"/>
        <source>Nothing has been written yet. Values that could not be understood are kept in the initiative&apos;s notes.</source>
        <translation>Er is nog niets geschreven. Waarden die niet begrepen werden, worden bewaard in de notities van het initiatief.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="294"/>
        <source>Skip them</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="295"/>
        <source>Fill only their empty fields</source>
        <translation>Alleen hun lege velden invullen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="296"/>
        <source>Create them anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="299"/>
        <source>Rows that are already in the register or earlier in the file:</source>
        <translation>Rijen die al in het register of eerder in het bestand staan:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="301"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="301"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="301"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Because of</source>
        <translation>Omwille van</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Same as</source>
        <translation>Zelfde als</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="304"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="308"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="398"/>
        <source>Skip this row</source>
        <translation>Deze rij overslaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="315"/>
        <source>Problems:</source>
        <translation>Problemen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="317"/>
        <source>Duplicates:</source>
        <translation>Dubbels:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="335"/>
        <source>Reading the file…</source>
        <translation>Het bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="353"/>
        <source>{create} to create, {update} to update, {skipped} duplicates skipped, {not_imported} rows not imported; {problems} rows with problems.</source>
        <translation>{create} aan te maken, {update} bij te werken, {skipped} dubbels overgeslagen, {not_imported} rijen niet geïmporteerd; {problems} rijen met problemen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="360"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="361"/>
        <source>Not imported: {reason}</source>
        <translation>Niet geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="367"/>
        <source>empty fields filled</source>
        <translation>lege velden ingevuld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="367"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="381"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="368"/>
        <source>created anyway</source>
        <translation>toch aangemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="369"/>
        <source>the same enterprise number</source>
        <translation>hetzelfde KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="370"/>
        <source>the same name and municipality</source>
        <translation>dezelfde naam en gemeente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="374"/>
        <source>row {row}</source>
        <translation>rij {row}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="376"/>
        <source>“{name}” in the register</source>
        <translation>“{name}” in het register</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="380"/>
        <source>possibly the same: a name alike (score {score})</source>
        <translation>mogelijk hetzelfde: een gelijkende naam (score {score})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="381"/>
        <source>created (you decide)</source>
        <translation>aangemaakt (u beslist)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="397"/>
        <source>Import this row</source>
        <translation>Deze rij toch importeren</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../fourthpillar/services/erasure.py" line="441"/>
        <source>give at least {count} characters of a name, e-mail or phone</source>
        <extracomment>The fields an erasure empties, with what they become. What replaces the person in free text (language-neutral: see the module&apos;s docstring). The person&apos;s identifying values, looked for in free text. Shorter values (initials) would redact unrelated words. The free-text fields searched and redacted, per record type. A contact&apos;s free text (their role), redacted in another contact&apos;s creation row. The tables an erasure rewrites (PostgreSQL VACUUMs them afterwards). The tables with a full-text index (FTS5 on SQLite). Change rows rewritten with one statement. What the officer recognises the record by (its name, question or action), shortened. History rows whose old/new value was blanked or redacted. Backups made before the erasure still hold the data: offer to prune them. Free-text fields elsewhere where the person was replaced by ``[…]``.</extracomment>
        <translation>geef minstens {count} tekens van een naam, e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="256"/>
        <source>registration {id} is a contact person&apos;s: export contact {contact} instead</source>
        <extracomment>Request fields never shown outside the office, not even to the person. The latest change, request or follow-up; None if nothing is recorded at all. Registrations of events held longer ago than attendance is kept (``walk_ins.ATTENDANCE_YEARS``, whatever *years* says): to archive, and erase the walk-ins (``walk_ins.forget_registrations``).</extracomment>
        <translation>inschrijving {id} is van een contactpersoon: exporteer in de plaats contactpersoon {contact}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="268"/>
        <source>{path} is a file, not a folder</source>
        <translation>{path} is een bestand, geen map</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="278"/>
        <source>the person&apos;s files could not be written to {folder}: {error}</source>
        <translation>de bestanden van de persoon konden niet geschreven worden in {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="376"/>
        <location filename="../../fourthpillar/services/walk_ins.py" line="283"/>
        <source>the retention period must be at least one year</source>
        <extracomment>(contact id, the name as it is now) of each person. Free-text fields elsewhere that hold one of their names, e-mails or phones: to be redacted.</extracomment>
        <translation>de bewaartermijn moet minstens één jaar zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/walk_ins.py" line="260"/>
        <source>registration {id} is a contact person&apos;s: erase the contact person instead</source>
        <extracomment>How long attendance is kept after the event, in years. What a walk-in&apos;s erasure leaves of their name and e-mail. Backups made before it still hold the erased walk-ins (none when none was erased). The contact&apos;s name, or the walk-in&apos;s.</extracomment>
        <translation>inschrijving {id} is die van een contactpersoon: wis de contactpersoon zelf</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="18"/>
        <source>Discard</source>
        <translation>Niet bewaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="18"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="19"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="19"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="20"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="21"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="21"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="22"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="22"/>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="56"/>
        <location filename="../../fourthpillar/ui/quick_search.py" line="62"/>
        <source>Quick search</source>
        <extracomment>Results appear this long after the last key.</extracomment>
        <translation>Snel zoeken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="61"/>
        <source>Find an initiative, contact person, request or follow-up…</source>
        <translation>Zoek een initiatief, contactpersoon, adviesvraag of opvolging…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="73"/>
        <location filename="../../fourthpillar/ui/quick_search.py" line="103"/>
        <source>Type to search; Enter opens, Esc closes.</source>
        <translation>Typ om te zoeken; Enter opent, Esc sluit.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="122"/>
        <source>The search failed: %1</source>
        <translation>Zoeken mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="129"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="129"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="130"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="130"/>
        <source>Request</source>
        <translation>Adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="144"/>
        <source>%Ln result; Enter opens it.</source>
        <translation>%Ln resultaat; Enter opent het.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="145"/>
        <source>%Ln results; Enter opens the highlighted one.</source>
        <translation>%Ln resultaten; Enter opent het gemarkeerde.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="147"/>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../fourthpillar/ui/pages/record_actions.py" line="190"/>
        <source>This cannot be opened: %1</source>
        <extracomment>For the type checker the mixin is the page it is mixed into; at run time it adds no base. The change log&apos;s name for the page&apos;s records (&quot;initiative&quot;, &quot;event&quot;), to show their history. The record&apos;s name or title, as the page shows it (also the history&apos;s title). The page&apos;s two panes: hidden while another record than the one shown is read. Emitted after the page showed what a read brought (the window&apos;s title and actions follow). The editor currently open from this page, if any. The record being read in the background (None when no read is under way). The reads: the outcome of one that a newer read overtook is not shown. What the last read brought, to show again when reading another record fails. The record last opened on the page: kept when reading it again fails (a server away for a moment), so F5 reads it again and the window&apos;s commands still act on it.</extracomment>
        <translation>Dit kan niet geopend worden: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="60"/>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="149"/>
        <source>Register for %1</source>
        <extracomment>A walk-in rather than a contact person (read by the save, off the GUI thread). The contact persons of the initiative chosen, read when it is chosen (the newest choice wins).</extracomment>
        <translation>Inschrijven voor %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="61"/>
        <source>&amp;Register</source>
        <translation>&amp;Inschrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="67"/>
        <source>A contact &amp;person of an initiative</source>
        <translation>Een contact&amp;persoon van een initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="68"/>
        <source>A &amp;walk-in (name and e-mail)</source>
        <translation>Een &amp;losse deelnemer (naam en e-mail)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="76"/>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="140"/>
        <source>— choose the initiative first —</source>
        <translation>— kies eerst het initiatief —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="79"/>
        <source>name@example.be</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="81"/>
        <source>Who comes</source>
        <translation>Wie komt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="88"/>
        <source>&amp;Initiative:</source>
        <translation>Initia&amp;tief:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="90"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="93"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="95"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="138"/>
        <source>— this initiative has no contact persons —</source>
        <translation>— dit initiatief heeft geen contactpersonen —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="151"/>
        <source>The event is full: whoever registers now goes on the waiting list.</source>
        <translation>De activiteit is volzet: wie zich nu inschrijft, komt op de wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="162"/>
        <source>On the waiting list: %1</source>
        <translation>Op de wachtlijst: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="163"/>
        <source>Registered: %1</source>
        <translation>Ingeschreven: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="170"/>
        <source>choose the initiative (type part of its name), then the person</source>
        <translation>kies het initiatief (typ een deel van de naam), dan de persoon</translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="50"/>
        <source>Import registrations</source>
        <translation>Inschrijvingen importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="51"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Rekenbladen (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="71"/>
        <source>Import registrations for %1</source>
        <extracomment>What the import did, once done (&quot;12 registered · 2 on the waiting list · 1 skipped&quot;).</extracomment>
        <translation>Inschrijvingen importeren voor %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="87"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="103"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="111"/>
        <source>register the contact person (found by e-mail)</source>
        <translation>de contactpersoon inschrijven (gevonden op e-mail)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="112"/>
        <source>register the contact person (found by name)</source>
        <translation>de contactpersoon inschrijven (gevonden op naam)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="114"/>
        <source>register as a walk-in</source>
        <translation>inschrijven als losse deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="115"/>
        <source>skip: registered already, or twice in the file</source>
        <translation>overslaan: al ingeschreven, of twee keer in het bestand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="121"/>
        <source>%Ln contact person found</source>
        <translation>%Ln contactpersoon gevonden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="121"/>
        <source>%Ln contact persons found</source>
        <translation>%Ln contactpersonen gevonden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="122"/>
        <source>%Ln walk-in</source>
        <translation>%Ln losse deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="122"/>
        <source>%Ln walk-ins</source>
        <translation>%Ln losse deelnemers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="123"/>
        <source>%Ln row skipped</source>
        <translation>%Ln rij overgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="123"/>
        <source>%Ln rows skipped</source>
        <translation>%Ln rijen overgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="124"/>
        <source>%Ln row cannot be imported</source>
        <translation>%Ln rij kan niet geïmporteerd worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="124"/>
        <source>%Ln rows cannot be imported</source>
        <translation>%Ln rijen kunnen niet geïmporteerd worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="127"/>
        <source>Columns read: %1</source>
        <translation>Gelezen kolommen: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="131"/>
        <source>not imported: %1</source>
        <translation>niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="142"/>
        <source>No row of this file can be imported.</source>
        <translation>Geen enkele rij van dit bestand kan geïmporteerd worden.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="154"/>
        <source>%Ln registered</source>
        <translation>%Ln ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="155"/>
        <source>%Ln on the waiting list</source>
        <translation>%Ln op de wachtlijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="156"/>
        <source>%Ln skipped</source>
        <translation>%Ln overgeslagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="157"/>
        <source>Registrations imported for %1</source>
        <translation>Inschrijvingen geïmporteerd voor %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="162"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/reminders.py" line="40"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n opvolging te laat</numerusform>
            <numerusform>%n opvolgingen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/reminders.py" line="42"/>
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n opvolging voor vandaag</numerusform>
            <numerusform>%n opvolgingen voor vandaag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/reminders.py" line="87"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Opvolgingen</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="101"/>
        <source>Advice request</source>
        <translation>Adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="101"/>
        <source>New advice request</source>
        <extracomment>The contact persons of the initiative chosen, read when it is chosen (the newest choice wins). The request&apos;s follow-ups, read again after each plan or mark (the newest read wins). The follow-up dialog open on top of this one, if any.</extracomment>
        <translation>Nieuwe adviesvraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="103"/>
        <source>Histor&amp;y…</source>
        <translation>Geschiedeni&amp;s…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="139"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiatief:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="143"/>
        <source>Initiative:</source>
        <translation>Initiatief:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="147"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="148"/>
        <source>— nobody in particular —</source>
        <translation>— niemand in het bijzonder —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="150"/>
        <source>What does the initiative ask?</source>
        <translation>Wat vraagt het initiatief?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="151"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="153"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="154"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="155"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="158"/>
        <source>&amp;Topics:</source>
        <translation>Onder&amp;werpen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="159"/>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="167"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="168"/>
        <source>Handling</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="170"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="172"/>
        <source>Set when the status first became &quot;answered&quot;</source>
        <translation>Ingevuld wanneer de status voor het eerst &quot;beantwoord&quot; werd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="173"/>
        <source>Answered on:</source>
        <translation>Beantwoord op:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="175"/>
        <source>Assigned &amp;officer:</source>
        <translation>Toegewezen m&amp;edewerker:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="176"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="177"/>
        <source>Time spent (&amp;minutes):</source>
        <translation>Bestede tijd (&amp;minuten):</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="182"/>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="184"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="184"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="184"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="185"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="196"/>
        <source>&amp;Plan follow-up…</source>
        <translation>Opvolging &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="199"/>
        <source>Mark don&amp;e…</source>
        <translation>Als &amp;gedaan markeren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="202"/>
        <source>Save the request first, then plan its follow-ups.</source>
        <translation>Bewaar eerst de adviesvraag en plan dan de opvolgingen.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="214"/>
        <source>The advice the office gave (may be shared with the initiative)</source>
        <translation>Het advies dat het Steunpunt gaf (kan gedeeld worden met het initiatief)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="216"/>
        <source>For the office only: never exported or shared</source>
        <translation>Alleen voor het Steunpunt: nooit geëxporteerd of gedeeld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="217"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="219"/>
        <source>&amp;Advice given:</source>
        <translation>Gegeven &amp;advies:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="220"/>
        <source>Internal &amp;note:</source>
        <translation>Interne &amp;notitie:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="281"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="321"/>
        <source>This cannot be opened: %1</source>
        <translation>Dit kan niet geopend worden: %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="402"/>
        <source>Advice request — %1</source>
        <translation>Adviesvraag — %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="414"/>
        <source>choose the initiative from the list (type part of its name)</source>
        <translation>kies het initiatief uit de lijst (typ een deel van de naam)</translation>
    </message>
</context>
<context>
    <name>SessionEnd</name>
    <message>
        <location filename="../../fourthpillar/ui/session_end.py" line="29"/>
        <source>Signed out of the office database</source>
        <extracomment>The exit status of an app whose session was ended: ui.app&apos;s EXIT_UNAVAILABLE (the register cannot be used).</extracomment>
        <translation>Afgemeld bij de databank van het kantoor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/session_end.py" line="30"/>
        <source>%1

Fourth Pillar desk closes now. Ask an admin if you should still have access.</source>
        <translation>%1

4de Pijler-desk sluit nu. Vraag een beheerder of je nog toegang zou moeten hebben.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="78"/>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="198"/>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="211"/>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="216"/>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="259"/>
        <source>Settings</source>
        <extracomment>desk.config keys of the backup rotation, as services.backups reads them.</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="85"/>
        <source>First and last name</source>
        <extracomment>The officer working at this desk, as read when the dialog opened.</extracomment>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="98"/>
        <source>the standard data folder</source>
        <translation>de standaardgegevensmap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="100"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="101"/>
        <source>Choose the data folder</source>
        <translation>De gegevensmap kiezen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="110"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="112"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="114"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Gegevensmap:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="115"/>
        <source>A new language or data folder is used from the next start of the app.</source>
        <translation>Een nieuwe taal of gegevensmap wordt gebruikt vanaf de volgende keer dat het programma start.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="121"/>
        <source>Backups kept</source>
        <translation>Bewaarde back-ups</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="123"/>
        <source>D&amp;aily backups:</source>
        <translation>&amp;Dagelijkse back-ups:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="124"/>
        <source>&amp;Weekly backups:</source>
        <translation>&amp;Wekelijkse back-ups:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="125"/>
        <source>&amp;Monthly backups:</source>
        <translation>&amp;Maandelijkse back-ups:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="136"/>
        <source>Duplicate initiatives</source>
        <translation>Dubbele initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="140"/>
        <source>Lowest score on the Duplicates page:</source>
        <translation>Laagste score op de pagina Dubbels:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="141"/>
        <source>Lowest score the new-initiative form and the import warn about:</source>
        <translation>Laagste score waarvoor het formulier voor een nieuw initiatief en de import waarschuwen:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="151"/>
        <source>&amp;Save</source>
        <translation>B&amp;ewaren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="151"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="193"/>
        <source>On the shared database you work as your own login</source>
        <translation>Op de gedeelde databank werk je als je eigen login</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="203"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="211"/>
        <source>Please enter your name.</source>
        <translation>Vul je naam in.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="216"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is een bestand, geen map.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="232"/>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="254"/>
        <source>Settings not saved</source>
        <translation>Instellingen niet bewaard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="260"/>
        <source>Saved. The new language or data folder is used from the next start of Fourth Pillar desk.</source>
        <translation>Bewaard. De nieuwe taal of gegevensmap wordt gebruikt vanaf de volgende start van 4de Pijler-desk.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="26"/>
        <source>Sign in to the office database</source>
        <translation>Aanmelden bij de databank van het kantoor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="27"/>
        <source>Sign in to the office database %1 with your own login.</source>
        <translation>Meld je met je eigen login aan bij de databank van het kantoor %1.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="32"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>Wachtwoord op deze computer &amp;onthouden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="34"/>
        <source>Kept in this computer&apos;s keychain, never in a file; leave it unticked on a shared computer</source>
        <translation>Bewaard in de sleutelhanger van deze computer, nooit in een bestand; laat het uitgevinkt op een gedeelde computer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="36"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="37"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="45"/>
        <source>Type your login and your password.</source>
        <translation>Typ je login en je wachtwoord.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="125"/>
        <source>this is a first package: open it with &apos;sync checkout&apos; to make a new copy</source>
        <extracomment>People erased by this apply (or erased before and brought back by it, erased again). When people were erased: this copy&apos;s backups made before, which still hold them (offer to prune). Registrations put on the waiting list here because, together, the copies booked more places than the event has (each counted only the registrations it held).</extracomment>
        <translation>dit is een eerste pakket: open het met &apos;sync checkout&apos; om een nieuwe kopie te maken</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="127"/>
        <location filename="../../fourthpillar/sync/package.py" line="255"/>
        <source>this sync package was made by this copy itself; apply it on the other copy</source>
        <translation>dit veldpakket is door deze kopie zelf gemaakt; pas het toe op de andere kopie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="144"/>
        <source>the other copy holds changes made here that this copy no longer has (was it restored from a backup?); new changes here would be mistaken for those, so nothing was applied</source>
        <translation>de andere kopie bevat wijzigingen die hier gemaakt zijn en die deze kopie niet meer heeft (is ze teruggezet uit een back-up?); nieuwe wijzigingen hier zouden daarmee verward worden, dus er is niets toegepast</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="150"/>
        <source>this package continues from changes this copy does not have yet ({count} change(s) of replica {origin}); first apply a package from the copy it came from, or sync with the office database</source>
        <translation>dit pakket bouwt verder op wijzigingen die deze kopie nog niet heeft ({count} wijziging(en) van replica {origin}); pas eerst een pakket toe van de kopie waar het vandaan komt, of synchroniseer met de databank van het kantoor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="235"/>
        <source>this sync package was made for another copy (replica {replica}); apply it there</source>
        <translation>dit veldpakket is voor een andere kopie gemaakt (replica {replica}); pas het daar toe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="257"/>
        <source>that database is this copy itself</source>
        <translation>die databank is deze kopie zelf</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="53"/>
        <source>archived</source>
        <extracomment>How the two states of an archived-versus-edited conflict read on the Conflicts page.</extracomment>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="53"/>
        <source>live</source>
        <translation>niet gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="91"/>
        <source>conflict {id} is already resolved</source>
        <extracomment>Every competing value (more than two when three copies changed the field).</extracomment>
        <translation>conflict {id} is al beslist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="213"/>
        <source>both kept</source>
        <translation>beide behouden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="217"/>
        <source>merged into {name}</source>
        <translation>samengevoegd met {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="218"/>
        <source>moved there</source>
        <translation>daarheen verhuisd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="228"/>
        <source>{live} (edited: {fields})</source>
        <translation>{live} (bewerkt: {fields})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="291"/>
        <source>for a duplicate, take mine or theirs, or give the value &apos;both&apos; to keep both</source>
        <translation>neem bij een dubbel mijn of hun waarde, of geef de waarde &apos;both&apos; om beide te houden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="315"/>
        <source>give &apos;{archived}&apos; or &apos;{live}&apos; for the archived state</source>
        <translation>geef &apos;{archived}&apos; of &apos;{live}&apos; voor de archiefstatus</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="147"/>
        <source>that is this copy&apos;s own replica id; give the id of the copy the package is for</source>
        <extracomment>False when nothing was ever received from *for_replica* (a typo, or a first exchange): the package then holds every change this copy can give. A first package: the one-time code that opens it (give it to the new copy&apos;s user apart from the file), and *for_replica* is the new copy&apos;s replica id. When something from it last arrived here (its package, or a sync with it); None if never. How many of its changes this copy holds. The officer of its newest change held here (&quot;&quot; if none): helps tell the copies apart.</extracomment>
        <translation>dat is de eigen replica-id van deze kopie; geef de id van de kopie waarvoor het pakket is</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="161"/>
        <source>replica {replica} is not enrolled with this copy: packages go only between a copy and the copy that made its first package</source>
        <translation>replica {replica} is niet bij deze kopie ingeschreven: pakketten gaan alleen tussen een kopie en de kopie die haar eerste pakket maakte</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="164"/>
        <source>replica {replica} was revoked on this copy ({when}); its packages are refused</source>
        <translation>replica {replica} is op deze kopie ingetrokken ({when}); haar pakketten worden geweigerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="256"/>
        <source>this is not a first package; make one with &apos;sync package --out FILE&apos; (without --for) on the office copy</source>
        <translation>dit is geen eerste pakket; maak er een met &apos;sync package --out FILE&apos; (zonder --for) op de kopie van het kantoor</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="261"/>
        <location filename="../../fourthpillar/services/sync_packages.py" line="311"/>
        <location filename="../../fourthpillar/sync/package.py" line="188"/>
        <location filename="../../fourthpillar/sync/snapshot.py" line="202"/>
        <source>this sync package cannot be read ({reason})</source>
        <extracomment>Per origin replica, the package holds its changes with from &lt; seq &lt;= to. Province of a first package made for one province, else None. The copy the package is for (None: a first package, which the code opens). A first package&apos;s argon2id salt (hex). A package read from a file: the file, the bytes before its body, the body&apos;s size, and for a package of changes the body itself until :func:`open_changes` opens it.</extracomment>
        <translation>dit veldpakket kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="270"/>
        <source>this sync package was made by this copy itself</source>
        <translation>dit veldpakket is door deze kopie zelf gemaakt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="275"/>
        <source>{folder} already holds a register; choose an empty data folder</source>
        <translation>{folder} bevat al een register; kies een lege gegevensmap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_values.py" line="67"/>
        <source>not readable</source>
        <translation>niet leesbaar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_values.py" line="83"/>
        <source>the package holds a value that cannot be stored ({entity} {field}: {problem}); nothing was applied</source>
        <translation>het pakket bevat een waarde die niet bewaard kan worden ({entity} {field}: {problem}); er is niets toegepast</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="144"/>
        <location filename="../../fourthpillar/sync/first.py" line="255"/>
        <source>the body ends before its last line</source>
        <extracomment>Decompressed pieces (at most a megabyte each) read ahead of the checkout (sync/ahead.py).</extracomment>
        <translation>de inhoud stopt voor de laatste regel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="148"/>
        <source>a part of the body is too long</source>
        <translation>een deel van de inhoud is te lang</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="158"/>
        <location filename="../../fourthpillar/sync/first.py" line="178"/>
        <location filename="../../fourthpillar/sync/first.py" line="183"/>
        <source>data after the end of the compressed body</source>
        <translation>gegevens na het einde van de gecomprimeerde inhoud</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="164"/>
        <location filename="../../fourthpillar/sync/first.py" line="209"/>
        <source>this is not a first package</source>
        <translation>dit is geen eerste pakket</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="189"/>
        <location filename="../../fourthpillar/sync/package.py" line="323"/>
        <source>the compressed body ends early</source>
        <translation>de gecomprimeerde inhoud stopt te vroeg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="195"/>
        <source>malformed rows</source>
        <translation>misvormde rijen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="221"/>
        <source>lines after the end</source>
        <translation>regels na het einde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="227"/>
        <source>malformed line</source>
        <translation>misvormde regel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="230"/>
        <location filename="../../fourthpillar/sync/first.py" line="251"/>
        <location filename="../../fourthpillar/sync/snapshot.py" line="374"/>
        <source>unexpected line &apos;{kind}&apos;</source>
        <translation>onverwachte regel &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="248"/>
        <location filename="../../fourthpillar/sync/package.py" line="325"/>
        <source>rows are missing</source>
        <translation>er ontbreken rijen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="140"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="142"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="154"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="91"/>
        <location filename="../../fourthpillar/sync/rules.py" line="109"/>
        <location filename="../../fourthpillar/sync/rules.py" line="112"/>
        <location filename="../../fourthpillar/sync/rules.py" line="183"/>
        <source>{field}: not a valid value</source>
        <extracomment>What the columns without a field rule may hold, where not any text: the vocabularies of their homes (who may do what on the shared database; the provinces). The most distinct values of a column remembered as passing (the rest are checked each time). Columns of the change log of few distinct values (a copy&apos;s, an officer&apos;s, a field&apos;s name). The most characters of a value a refusal shows.
----------
A field&apos;s version in the change log: (kind of record, record id, field). A list&apos;s items in history: codes or tags (clean cuts a tag to 60 characters), and how many. A text field without a bound of its own or of its column. A whole number every database holds (8 bytes, signed): SQLite&apos;s and PostgreSQL&apos;s largest. Operations whose rows are a version of a field (an older database&apos;s per-field creations too).</extracomment>
        <translation>{field}: geen geldige waarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="261"/>
        <source>this first package holds a value that breaks the rules ({where}: {problem}); nothing was written</source>
        <translation>dit eerste pakket bevat een waarde die de regels breekt ({where}: {problem}); er is niets weggeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="268"/>
        <source>{where} holds a value that breaks the rules ({problem}): correct it in the register, then make the package again; nothing was written</source>
        <translation>{where} bevat een waarde die de regels breekt ({problem}): verbeter dit in het register en maak het pakket daarna opnieuw; er is niets weggeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="277"/>
        <source>{where} holds a value that breaks the rules ({problem}), which the new copy would refuse: it is in the record&apos;s history, which editing the record does not change; please tell the application&apos;s maintainers; nothing was written</source>
        <translation>{where} bevat een waarde die de regels breekt ({problem}), die de nieuwe kopie zou weigeren: ze staat in de geschiedenis van het record, die niet verandert als je het record bewerkt; meld dit aan de beheerders van het programma; er is niets weggeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="350"/>
        <source>the change of {entity} {id}</source>
        <extracomment>Makes the error that names what breaks a rule (where, problem): a checkout&apos;s or a maker&apos;s. A creation&apos;s values that break their field&apos;s rule but are safe to keep as history, with the refusal&apos;s (where, problem): history if the log holds a later version (:meth:`finish`).</extracomment>
        <translation>de wijziging van {entity} {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/log.py" line="212"/>
        <source>the changes refer to each other in a circle</source>
        <extracomment>Operations whose rows are versions of a field (or of the archived state, field None).</extracomment>
        <translation>de wijzigingen verwijzen in een kring naar elkaar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/merge.py" line="119"/>
        <source>the changes of replica {origin} are out of order in this package</source>
        <extracomment>Insertion order that satisfies the foreign keys between the record tables. What an erasure leaves of a contact person (services.privacy.ERASED_VALUES). Contact persons erased by this apply (their values are blanked here too).</extracomment>
        <translation>de wijzigingen van replica {origin} staan niet in hun volgorde in dit pakket</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/merge.py" line="124"/>
        <source>this package holds changes made under this copy&apos;s own id that it does not have: two copies share one replica id</source>
        <translation>dit pakket bevat wijzigingen onder de eigen id van deze kopie die ze niet heeft: twee kopieën delen één replica-id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="104"/>
        <source>this sync package is incomplete (the file was cut off while copying or sending)</source>
        <extracomment>Raised when the layout or meaning of packages changes; newer packages are refused. 2: a first package&apos;s body is JSON Lines (see above). 3: signed and sealed (see above). Bytes read from the file at a time, and the most a body line may hold once decompressed. The most a package of changes may hold: its sealed body, its text, one change row. Plain text per frame of a first package&apos;s secretstream. Rows per line of a first package: big enough for fast bulk inserts, small enough for memory. zlib level of a package body: a whole register compresses in about 2.5 s on one core (level 6, the default, takes 4 s for a file 2 % smaller; level 3, 1.6 s for one 16 % larger). The columns of a change row as carried in a package, in this order. Where each of those columns stands in a change row: ``row[SEQ]``. Every reader of change rows uses these; plain numbers, as the loops over a whole register&apos;s rows index each row.</extracomment>
        <translation>dit veldpakket is onvolledig (het bestand is afgebroken bij het kopiëren of verzenden)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="106"/>
        <source>this sync package is damaged or was changed after it was made (checksum mismatch)</source>
        <translation>dit veldpakket is beschadigd of gewijzigd nadat het gemaakt is (controlesom klopt niet)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="108"/>
        <source>this sync package was changed after it was made, or not made by the copy it names (its signature does not match); nothing was applied</source>
        <translation>dit veldpakket is gewijzigd nadat het gemaakt is, of niet gemaakt door de kopie die het noemt (de handtekening klopt niet); er is niets toegepast</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="111"/>
        <source>this code does not open this first package (a typing error, or the code of another package)</source>
        <translation>deze code opent dit eerste pakket niet (een tikfout, of de code van een ander pakket)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="192"/>
        <source>cannot read {path}: {error}</source>
        <translation>kan {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="202"/>
        <source>this file is not a Fourth Pillar desk sync package</source>
        <translation>dit bestand is geen veldpakket van 4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="231"/>
        <source>no header line</source>
        <translation>geen kopregel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="239"/>
        <source>header is not an object</source>
        <translation>de kopregel is geen object</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="244"/>
        <source>this sync package was made by a newer version of Fourth Pillar desk (package format {version}); update the app first</source>
        <translation>dit veldpakket is gemaakt door een nieuwere versie van 4de Pijler-desk (pakketformaat {version}); werk eerst de app bij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="247"/>
        <source>this sync package was made by an older version of Fourth Pillar desk (it is not signed); make a new package with this version</source>
        <translation>dit veldpakket is gemaakt door een oudere versie van 4de Pijler-desk (het is niet ondertekend); maak een nieuw pakket met deze versie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="251"/>
        <source>this sync package was made by a newer version of Fourth Pillar desk (database revision {schema}); update the app first</source>
        <translation>dit veldpakket is gemaakt door een nieuwere versie van 4de Pijler-desk (databankversie {schema}); werk eerst de app bij</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="269"/>
        <source>this sync package is of an unknown kind ({kind})</source>
        <translation>dit veldpakket is van een onbekende soort ({kind})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="288"/>
        <source>too large for a package of changes</source>
        <translation>te groot voor een pakket met wijzigingen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="310"/>
        <source>this sync package was made for another copy (this copy&apos;s key does not open it); nothing was applied</source>
        <translation>dit veldpakket is voor een andere kopie gemaakt (de sleutel van deze kopie opent het niet); er is niets toegepast</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="318"/>
        <source>malformed change rows</source>
        <translation>misvormde wijzigingsrijen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="337"/>
        <location filename="../../fourthpillar/sync/package.py" line="343"/>
        <source>it unpacks to more than a package can hold</source>
        <translation>uitgepakt is het groter dan een pakket mag zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="354"/>
        <location filename="../../fourthpillar/sync/package.py" line="363"/>
        <source>a line of the body is too long</source>
        <translation>een regel van de inhoud is te lang</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="365"/>
        <source>the body does not end with a complete line</source>
        <translation>de inhoud eindigt niet met een volledige regel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="91"/>
        <source>not a text</source>
        <translation>geen tekst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="105"/>
        <source>{field}: not a field of this record</source>
        <translation>{field}: geen veld van dit record</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="150"/>
        <source>unknown kind of record &apos;{entity}&apos;</source>
        <translation>onbekende soort record &apos;{entity}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="152"/>
        <source>unknown operation &apos;{operation}&apos;</source>
        <translation>onbekende bewerking &apos;{operation}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="154"/>
        <source>not a valid record id</source>
        <translation>geen geldige record-id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="158"/>
        <source>not a valid field</source>
        <translation>geen geldig veld</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="164"/>
        <source>not a valid record</source>
        <translation>geen geldig record</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="169"/>
        <source>not a valid value ({reason})</source>
        <translation>geen geldige waarde ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="209"/>
        <source>claims to come from another copy ({origin})</source>
        <translation>beweert van een andere kopie te komen ({origin})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="212"/>
        <source>gives an officer a login, role or provinces, which only the office decides</source>
        <translation>geeft een medewerker een login, rol of provincies, wat alleen het kantoor beslist</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="284"/>
        <source>made in the name of officer {officer}, who does not work at that copy</source>
        <translation>gemaakt in naam van medewerker {officer}, die niet op die kopie werkt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="301"/>
        <source>outside what that copy was given ({province})</source>
        <translation>buiten wat die kopie gekregen heeft ({province})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="304"/>
        <source>moves it to an initiative outside what that copy was given ({province})</source>
        <translation>verplaatst het naar een initiatief buiten wat die kopie kreeg ({province})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="313"/>
        <source>nothing was applied: {count} change(s) break the rules: {problems}</source>
        <translation>er is niets toegepast: {count} wijziging(en) breken de regels: {problems}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="316"/>
        <source>(and {count} more)</source>
        <translation>(en nog {count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="199"/>
        <source>this sync package cannot be read (its rows contradict each other: {problem})</source>
        <extracomment>Rows of each index ANALYZE reads on a new copy (SQLite&apos;s advice for PRAGMA optimize is 400). The page cache (KiB) while a checkout fills the new copy: the table being filled stays in memory while its indexes are built (see _indexes_built_after). The bytes of terms FTS5 gathers in memory before it writes them out as a segment, while a checkout rebuilds a search index (its default, 1 MiB, is kept for everyday writes): with the default, rebuilding the requests&apos; index wrote hundreds of small segments and merged them again, a third of its time. 64 MiB was no faster and raised the checkout&apos;s peak memory. Rows a checkout parses and converts ahead while a table&apos;s indexes are built, held in memory meanwhile as Python lists (about 0.9 KB each). 50,000 initiatives: 200,000 took 0.9 s off the checkout&apos;s critical path (peak memory 413 -&gt; 580 MB), 400,000 took 1.2 s (757 MB): the smaller limit, because a field laptop may have little memory to spare for 0.3 s. A line weighs at least a row per this many of its bytes: a line of a few rows of long texts (a line may be 256 MB) must not be held ahead as a few rows.</extracomment>
        <translation>dit veldpakket kan niet gelezen worden (de rijen spreken elkaar tegen: {problem})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="295"/>
        <source>a change without its number</source>
        <translation>een wijziging zonder haar volgnummer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="356"/>
        <source>unexpected table &apos;{table}&apos;</source>
        <translation>onverwachte tabel &apos;{table}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="361"/>
        <source>unknown columns of {table}: {columns}</source>
        <translation>onbekende kolommen van {table}: {columns}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="362"/>
        <source>no id</source>
        <translation>geen id</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../fourthpillar/domain/dates.py" line="66"/>
        <source>&apos;{value}&apos; is not a date: there is no month {month}</source>
        <extracomment>The months&apos; names, for messages (translated under &quot;Month&quot;).</extracomment>
        <translation>&apos;{value}&apos; is geen datum: maand {month} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/dates.py" line="70"/>
        <source>&apos;{value}&apos; is not a date: {month} {year} has {days} days</source>
        <translation>&apos;{value}&apos; is geen datum: {month} {year} telt {days} dagen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="32"/>
        <source>may contain only digits, spaces, dots and dashes</source>
        <translation>mag alleen cijfers, spaties, punten en streepjes bevatten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="37"/>
        <source>must have 10 digits</source>
        <translation>moet 10 cijfers hebben</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="39"/>
        <source>must start with 0 or 1</source>
        <translation>moet met 0 of 1 beginnen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="41"/>
        <source>check digits do not match (a typing error?)</source>
        <translation>de controlecijfers kloppen niet (een tikfout?)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="96"/>
        <source>holds bytes that are not text (a damaged file or the wrong character set)</source>
        <extracomment>Addresses as :data:`_EMAIL` takes them after clean&apos;s changes (none), one a line. Days as stored (yyyy-mm-dd), one a line.</extracomment>
        <translation>bevat bytes die geen tekst zijn (een beschadigd bestand of de verkeerde tekenset)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="127"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="138"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="235"/>
        <source>is required</source>
        <extracomment>The most characters a cleaned text value can have (None: not text, or a list of codes). A text column must hold at least this many: PostgreSQL refuses a longer value, where SQLite would keep it (tests/store/test_column_limits.py).</extracomment>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="135"/>
        <source>holds several values where one is expected</source>
        <translation>bevat meerdere waarden waar één waarde verwacht wordt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="168"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="448"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="158"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="116"/>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation>is te lang ({length} tekens, hoogstens {limit})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="180"/>
        <location filename="../../fourthpillar/services/sync_packages.py" line="213"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="161"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; is niet een van: {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="249"/>
        <source>&apos;{value}&apos; is not a country (give a code like SN or a name like Senegal)</source>
        <translation>&apos;{value}&apos; is geen land (geef een code zoals SN of een naam zoals Senegal)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="285"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="291"/>
        <source>&apos;{value}&apos; is not a Belgian postcode (4 digits, 1000-9999)</source>
        <translation>&apos;{value}&apos; is geen Belgische postcode (4 cijfers, 1000-9999)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="294"/>
        <source>is too long for a postcode</source>
        <translation>is te lang voor een postcode</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="316"/>
        <source>&apos;{value}&apos; is not a valid e-mail address</source>
        <translation>&apos;{value}&apos; is geen geldig e-mailadres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="331"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="335"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="100"/>
        <location filename="../../fourthpillar/sync/rules.py" line="81"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <extracomment>Columns without a field rule (ids, references, timestamps, derived keys): short text or nothing. How many refused changes a refusal names (the rest are counted). A list column&apos;s codes: how many, and how long each (an officer&apos;s provinces; an initiative&apos;s merged_from and distinct_from, which hold initiative ids and may grow longer). Columns that point a record at an initiative: a field copy may point only at one in its reach. Who may do what on the shared database (migration 0007) is the office&apos;s to decide: a field copy&apos;s package may carry an officer&apos;s login, role and provinces only at these defaults. Above every change&apos;s number (seq): 2**62 leaves room below what a database&apos;s whole numbers hold. The columns of a change row that may be empty; every other but seq (a number) holds text.</extracomment>
        <translation>&apos;{value}&apos; is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="338"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="439"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="144"/>
        <source>must be between {minimum} and {maximum}</source>
        <translation>moet tussen {minimum} en {maximum} liggen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="373"/>
        <source>&apos;{value}&apos; is not a date (use yyyy-mm-dd, dd/mm/yyyy or +1w, +1m)</source>
        <translation>&apos;{value}&apos; is geen datum (gebruik jjjj-mm-dd, dd/mm/jjjj of +1w, +1m)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="394"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>&apos;{value}&apos; is geen ja of nee</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="411"/>
        <source>&apos;{value}&apos; is not a time of day (use hh:mm, like 19:30)</source>
        <translation>&apos;{value}&apos; is geen uur (gebruik uu:mm, zoals 19:30)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="445"/>
        <location filename="../../fourthpillar/services/sync_values.py" line="53"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="119"/>
        <source>&apos;{value}&apos; is not a date (use yyyy-mm-dd or dd/mm/yyyy)</source>
        <extracomment>Ids, operations and the like: any text that is text.</extracomment>
        <translation>&apos;{value}&apos; is geen datum (gebruik jjjj-mm-dd of dd/mm/jjjj)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="211"/>
        <source>is not a field that can be set</source>
        <extracomment>The field rules of each kind of record, by its name in the change log (``store.models.ENTITIES``): the one table that editors, history, merging, sync and exports look a record&apos;s fields up in.</extracomment>
        <translation>is geen veld dat ingevuld kan worden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/events.py" line="54"/>
        <location filename="../../fourthpillar/services/followups.py" line="65"/>
        <location filename="../../fourthpillar/services/requests.py" line="44"/>
        <source>no officer with id {id}</source>
        <translation>geen medewerker met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/events.py" line="60"/>
        <source>is before the start date</source>
        <translation>ligt voor de begindatum</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/events.py" line="63"/>
        <source>is not after the start time</source>
        <translation>ligt niet na het beginuur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/followups.py" line="45"/>
        <source>&apos;{value}&apos; is not a quick due date (like +1w, +1m or +3m)</source>
        <extracomment>The quick due dates offered in the editor and on the command line.</extracomment>
        <translation>&apos;{value}&apos; is geen snelle deadline (zoals +1w, +1m of +3m)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/followups.py" line="85"/>
        <source>a follow-up needs an initiative or a request</source>
        <translation>een opvolging heeft een initiatief of een adviesvraag nodig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/initiatives.py" line="59"/>
        <source>is already registered for &apos;{name}&apos;</source>
        <translation>is al geregistreerd voor &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="171"/>
        <source>no contact person with id {id}</source>
        <extracomment>Event statuses in which places still move: registrations are taken and waiting people move up.</extracomment>
        <translation>geen contactpersoon met id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="173"/>
        <source>a contact person&apos;s name and e-mail come from their record: give a walk-in&apos;s only</source>
        <translation>naam en e-mail van een contactpersoon komen uit hun fiche: geef die alleen voor een losse deelnemer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="176"/>
        <location filename="../../fourthpillar/services/registrations.py" line="182"/>
        <source>is already registered for this event</source>
        <translation>is al ingeschreven voor deze activiteit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="179"/>
        <source>is required for a walk-in (or give a contact person)</source>
        <translation>is verplicht voor een losse deelnemer (of geef een contactpersoon)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="217"/>
        <source>the event is cancelled: nobody can register for it</source>
        <translation>de activiteit is afgelast: niemand kan zich nog inschrijven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/requests.py" line="50"/>
        <source>is not a contact person of this initiative</source>
        <translation>is geen contactpersoon van dit initiatief</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="59"/>
        <source>vzw (non-profit association)</source>
        <extracomment>Each code as one object: an import&apos;s thousands of rows then share their codes.</extracomment>
        <translation>vzw</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="60"/>
        <source>de facto association (feitelijke vereniging)</source>
        <translation>feitelijke vereniging</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="61"/>
        <source>foundation (stichting)</source>
        <translation>stichting</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="62"/>
        <source>international non-profit (ivzw)</source>
        <translation>ivzw (internationale vzw)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="63"/>
        <source>other legal form</source>
        <translation>andere rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="70"/>
        <source>Antwerp</source>
        <translation>Antwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="71"/>
        <source>Limburg</source>
        <translation>Limburg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="72"/>
        <source>East Flanders</source>
        <translation>Oost-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="73"/>
        <source>West Flanders</source>
        <translation>West-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="74"/>
        <source>Flemish Brabant</source>
        <translation>Vlaams-Brabant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="75"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="76"/>
        <source>outside Flanders</source>
        <translation>buiten Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="83"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="84"/>
        <source>dormant</source>
        <translation>slapend</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="85"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="92"/>
        <source>agriculture</source>
        <translation>landbouw</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="93"/>
        <source>children and youth</source>
        <translation>kinderen en jongeren</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="94"/>
        <source>climate</source>
        <translation>klimaat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="95"/>
        <source>education</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="96"/>
        <source>food security</source>
        <translation>voedselzekerheid</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="97"/>
        <source>healthcare</source>
        <translation>gezondheidszorg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="98"/>
        <source>human rights</source>
        <translation>mensenrechten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="99"/>
        <source>microcredit</source>
        <translation>microkrediet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="100"/>
        <source>renewable energy</source>
        <translation>hernieuwbare energie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="101"/>
        <source>vocational training</source>
        <translation>beroepsopleiding</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="102"/>
        <source>water and sanitation</source>
        <translation>water en sanitatie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="103"/>
        <source>women&apos;s rights</source>
        <translation>vrouwenrechten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="104"/>
        <source>other theme</source>
        <translation>ander thema</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="111"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="112"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="113"/>
        <source>orientation meeting</source>
        <translation>oriëntatiegesprek</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="114"/>
        <source>consultation day</source>
        <translation>consultatiedag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="115"/>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="116"/>
        <source>other channel</source>
        <translation>ander kanaal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="123"/>
        <source>legal form</source>
        <translation>rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="124"/>
        <source>fundraising</source>
        <translation>fondsenwerving</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="125"/>
        <source>subsidies</source>
        <translation>subsidies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="126"/>
        <source>governance</source>
        <translation>bestuur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="127"/>
        <source>partnership</source>
        <translation>partnerschap</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="128"/>
        <source>project cycle</source>
        <translation>projectcyclus</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="129"/>
        <source>communication</source>
        <translation>communicatie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="130"/>
        <source>decolonisation</source>
        <translation>dekolonisering</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="131"/>
        <source>finance and administration</source>
        <translation>financiën en administratie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="132"/>
        <source>volunteers</source>
        <translation>vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="133"/>
        <source>other topic</source>
        <translation>ander onderwerp</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="140"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="141"/>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="142"/>
        <source>waiting for initiative</source>
        <translation>wacht op initiatief</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="143"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="144"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="154"/>
        <source>Dutch</source>
        <extracomment>Requests in these statuses still need the office&apos;s attention.</extracomment>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="155"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="156"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="163"/>
        <source>training</source>
        <translation>vorming</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="164"/>
        <source>info session</source>
        <translation>infosessie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="165"/>
        <source>network day</source>
        <translation>netwerkdag</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="166"/>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="173"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="174"/>
        <source>open for registration</source>
        <translation>inschrijvingen open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="175"/>
        <source>full</source>
        <translation>volzet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="176"/>
        <source>held</source>
        <translation>heeft plaatsgevonden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="177"/>
        <location filename="../../fourthpillar/domain/vocab.py" line="186"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="184"/>
        <source>registered</source>
        <translation>ingeschreven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="185"/>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="187"/>
        <source>attended</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="188"/>
        <source>no-show</source>
        <translation>niet komen opdagen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="108"/>
        <source>Welcome to Fourth Pillar desk</source>
        <extracomment>Demonstration initiatives offered by default (about four requests and follow-ups each).</extracomment>
        <translation>Welkom bij 4de Pijler-desk</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="110"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Your name is recorded as the author of every change you make at this desk.&lt;/p&gt;&lt;p&gt;Demonstration data is made up (initiatives, people, requests): load it to try the desk out, or start with an empty register for real work.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;&lt;p&gt;Je naam wordt genoteerd als auteur van elke wijziging die je aan deze desk maakt.&lt;/p&gt;&lt;p&gt;Demonstratiegegevens zijn verzonnen (initiatieven, mensen, adviesvragen): laad ze om de desk uit te proberen, of begin met een leeg register voor echt werk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="113"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="114"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="115"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="116"/>
        <source>&amp;Demonstration data:</source>
        <translation>&amp;Demonstratiegegevens:</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="117"/>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="120"/>
        <source>(no region)</source>
        <translation>(geen regio)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="124"/>
        <source> initiatives</source>
        <translation> initiatieven</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="125"/>
        <source>&amp;Load demonstration data</source>
        <translation>Demonstratiegegevens &amp;laden</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="126"/>
        <source>Start &amp;empty</source>
        <translation>Leeg &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="128"/>
        <location filename="../../fourthpillar/ui/welcome.py" line="160"/>
        <source>Please enter your name.</source>
        <translation>Vul je naam in.</translation>
    </message>
</context>
</TS>
