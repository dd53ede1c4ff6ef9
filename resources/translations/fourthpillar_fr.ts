<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../fourthpillar/ui/app.py" line="162"/>
        <location filename="../../fourthpillar/ui/app.py" line="260"/>
        <source>Fourth Pillar desk</source>
        <extracomment>Exit status when the register cannot be opened. Exit status of a second launch whose data folder was open already: that window came forward. The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and the desktops show the window with that entry&apos;s name and icon. The object name of the translators install_translations puts on the app.
----------
The previous session did not end cleanly (the app lock says): the register gets a full check. The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.</extracomment>
        <translation>Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/app.py" line="212"/>
        <source>The register cannot be used</source>
        <translation>Le registre ne peut pas être utilisé</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="28"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s texts a user can meet, exactly as Python 3.11&apos;s argparse writes them (the %-placeholders are filled in by argparse: a translation keeps each of them).</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="29"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="30"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="31"/>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="32"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="33"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="34"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="35"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="36"/>
        <source>one of the arguments %s is required</source>
        <translation>un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="37"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="38"/>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l&apos;argument %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="39"/>
        <source>ignored explicit argument %r</source>
        <translation>n&apos;accepte pas de valeur (reçu %r)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="40"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="41"/>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="42"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="43"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur non valide pour %(type)s : %(value)r</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="44"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="45"/>
        <source>expected one argument</source>
        <translation>attend une valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="46"/>
        <source>expected at most one argument</source>
        <translation>attend au plus une valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="47"/>
        <source>expected at least one argument</source>
        <translation>attend au moins une valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="49"/>
        <source>expected %s argument</source>
        <translation>attend %s valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/parser_words.py" line="50"/>
        <source>expected %s arguments</source>
        <translation>attend %s valeurs</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="119"/>
        <source>backups are made of a SQLite register; a shared database is backed up by its server</source>
        <extracomment>Settings (``desk.config`` keys) with their defaults. Every backup younger than this many hours stays, whatever the rotation says. A start-up backup is made when the newest backup is older than this many hours. The register reopened on the restored data: use this one, the old Desk is closed. The copy of the state just before the restore (itself restorable). People erased since the backup was made, whom the restore brought back: erased again. Where the damaged file was moved (kept for investigation, never deleted); None if it was missing. People erased since the backup was made, whom the recovery brought back: erased again. The register reopened on the backup: use this one, the damaged Desk is closed. The day&apos;s backup, when one was due (None: the newest is recent enough, or not SQLite). Half-written copies left by a crash, now deleted.</extracomment>
        <translation>les sauvegardes concernent un registre SQLite ; une base de données partagée est sauvegardée par son serveur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="131"/>
        <location filename="../../fourthpillar/services/backups.py" line="384"/>
        <source>no backup &apos;{id}&apos; in {folder}</source>
        <translation>aucune sauvegarde &apos;{id}&apos; dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="149"/>
        <source>&apos;{reason}&apos; is not a backup reason ({choices})</source>
        <translation>&apos;{reason}&apos; n&apos;est pas un motif de sauvegarde ({choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="289"/>
        <source>the backup {name} is damaged ({problem}); choose another</source>
        <extracomment>Half-written copies left by a crash, now deleted (they hold personal data). People erased before whom the register held again (a server restored from its backup): erased again.</extracomment>
        <translation>la sauvegarde {name} est endommagée ({problem}) ; choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="302"/>
        <source>the backup {id} could not be restored ({error}); nothing was changed</source>
        <translation>la sauvegarde {id} n&apos;a pas pu être restaurée ({error}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="379"/>
        <source>there is no readable backup in {folder} to recover from</source>
        <translation>aucune sauvegarde lisible dans {folder} pour la récupération</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="388"/>
        <source>the backup {name} is damaged too ({problem})</source>
        <translation>la sauvegarde {name} est endommagée elle aussi ({problem})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="393"/>
        <source>the backup {id} could not be put in place of {database} ({error}); close every program that uses it and try again</source>
        <translation>la sauvegarde {id} n&apos;a pas pu remplacer {database} ({error}) ; fermez tout programme qui l&apos;utilise et réessayez</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/backups.py" line="411"/>
        <source>only a data folder&apos;s own register can be recovered from its backups</source>
        <translation>seul le registre propre à un dossier de données peut être récupéré depuis ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="200"/>
        <source>no free backup name in {folder}</source>
        <extracomment>What SQLite keeps beside a database file (a -wal holds whole pages of it, as they were written). Labels in the list -&gt; tables counted (live records only). A ``.partial`` older than this is debris from a crash, not a copy in progress elsewhere. Seconds between two calls of *progress* while a copy is checked. Live records per kind (``COUNTED_TABLES`` keys); empty when the file cannot be read.</extracomment>
        <translation>aucun nom libre pour une sauvegarde dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="249"/>
        <location filename="../../fourthpillar/store/integrity.py" line="150"/>
        <source>a page fails its check</source>
        <translation>une page ne passe pas le contrôle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="253"/>
        <source>the copy of {database} written to {partial} failed the integrity check ({problem}); is that disk failing?</source>
        <translation>la copie de {database} écrite dans {partial} échoue au contrôle d&apos;intégrité ({problem}) ; ce disque serait-il défaillant ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="308"/>
        <source>no backup of {database} could be written to {folder}: {error}</source>
        <translation>impossible d&apos;écrire une sauvegarde de {database} dans {folder} : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="312"/>
        <source>no backup could be written to {folder}: {error}</source>
        <translation>impossible d&apos;écrire une sauvegarde dans {folder} : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/backup.py" line="429"/>
        <source>no free name for the damaged database in {folder}</source>
        <translation>aucun nom libre pour la base de données endommagée dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="38"/>
        <source>unreadable</source>
        <extracomment>How long a check or a copy waits for another program&apos;s write to finish (seconds). SQLite virtual-machine steps between two looks at *is_cancelled* (a few milliseconds).</extracomment>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="39"/>
        <source>the database file {path} is damaged ({problem})</source>
        <translation>le fichier de base de données {path} est endommagé ({problem})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="102"/>
        <source>row {row} of {table} refers to a missing {parent}</source>
        <translation>la ligne {row} de {table} renvoie à un élément {parent} manquant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="116"/>
        <source>the search index {index} does not match its table ({error})</source>
        <translation>l&apos;index de recherche {index} ne correspond pas à sa table ({error})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="132"/>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/integrity.py" line="144"/>
        <source>the database {path} is in use by another program (locked)</source>
        <translation>la base de données {path} est utilisée par un autre programme (verrouillée)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="59"/>
        <source>daily (at start-up)</source>
        <translation>quotidienne (au démarrage)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="60"/>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="61"/>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="62"/>
        <source>before a sync</source>
        <translation>avant une synchronisation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="63"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="64"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="70"/>
        <source>initiatives</source>
        <extracomment>The record counts of a backup, as the restore questions name them (&quot;12 initiatives, 30 contacts&quot;).</extracomment>
        <translation>initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="71"/>
        <source>contacts</source>
        <translation>personnes de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="72"/>
        <source>requests</source>
        <translation>demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="73"/>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="107"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="107"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="108"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="108"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="109"/>
        <source>Contacts</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="109"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="110"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="120"/>
        <location filename="../../fourthpillar/ui/backups.py" line="172"/>
        <location filename="../../fourthpillar/ui/backups.py" line="207"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="123"/>
        <source>Backups are made every day at start-up and before updates, imports, sync and restores. Seven daily, four weekly and twelve monthly backups are kept; backups made by hand stay until you delete them.</source>
        <translation>Une sauvegarde est faite chaque jour au démarrage, ainsi qu&apos;avant les mises à jour, les importations, les synchronisations et les restaurations. Sept sauvegardes quotidiennes, quatre hebdomadaires et douze mensuelles sont conservées ; celles faites à la main restent jusqu&apos;à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="131"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="132"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="133"/>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="187"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n sauvegarde dans %1</numerusform>
            <numerusform>%n sauvegardes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="201"/>
        <source>This register is a shared database: its server makes the backups.</source>
        <translation>Ce registre est une base de données partagée : son serveur fait les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="218"/>
        <source>Making a backup</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="228"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="229"/>
        <source>Put back the register as it was on %1 (%2)?

Everything entered since then is replaced. The present state is backed up first, so you can go back to it from this list.</source>
        <translation>Remettre le registre tel qu&apos;il était le %1 (%2) ?

Tout ce qui a été saisi depuis est remplacé. L&apos;état actuel est d&apos;abord sauvegardé, pour que vous puissiez y revenir depuis cette liste.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="241"/>
        <location filename="../../fourthpillar/ui/startup.py" line="140"/>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="247"/>
        <source>The register is back as it was on %1.</source>
        <translation>Le registre est revenu à son état du %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="249"/>
        <location filename="../../fourthpillar/ui/startup.py" line="90"/>
        <source>%n person(s) erased after that backup was made were erased again.</source>
        <translation>
            <numerusform>%n personne effacée après cette sauvegarde a été effacée à nouveau.</numerusform>
            <numerusform>%n personnes effacées après cette sauvegarde ont été effacées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="251"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="265"/>
        <source>Delete a backup</source>
        <translation>Supprimer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="265"/>
        <source>Delete the backup of %1 for good?</source>
        <translation>Supprimer définitivement la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="309"/>
        <location filename="../../fourthpillar/ui/backups.py" line="313"/>
        <location filename="../../fourthpillar/ui/backups.py" line="343"/>
        <location filename="../../fourthpillar/ui/backups.py" line="430"/>
        <source>Daily backup</source>
        <extracomment>The full check is running (no copy yet): a close stops it rather than waiting for it.</extracomment>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="343"/>
        <source>Checking the register</source>
        <translation>Contrôle du registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="374"/>
        <source>Daily backup made</source>
        <translation>Sauvegarde quotidienne effectuée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="387"/>
        <source>No backup made: %1</source>
        <translation>Aucune sauvegarde effectuée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="389"/>
        <location filename="../../fourthpillar/ui/backups.py" line="395"/>
        <source>No backup made</source>
        <translation>Aucune sauvegarde faite</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="407"/>
        <source>The register is damaged: nothing more is saved in it</source>
        <translation>Le registre est endommagé : plus rien n&apos;y est enregistré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="411"/>
        <location filename="../../fourthpillar/ui/startup.py" line="72"/>
        <location filename="../../fourthpillar/ui/startup.py" line="81"/>
        <location filename="../../fourthpillar/ui/startup.py" line="109"/>
        <location filename="../../fourthpillar/ui/startup.py" line="138"/>
        <source>The register is damaged</source>
        <translation>Le registre est endommagé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="429"/>
        <source>Finishing the backup…</source>
        <translation>Finalisation de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/backups.py" line="429"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="65"/>
        <source>Folder for the person&apos;s data</source>
        <translation>Dossier pour les données de la personne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="75"/>
        <source>Personal data exported</source>
        <translation>Données personnelles exportées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="76"/>
        <source>Written:
%1
%2</source>
        <translation>Écrit :
%1
%2</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="80"/>
        <source>Exporting personal data</source>
        <translation>Exportation des données personnelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="134"/>
        <source>Erasing personal data</source>
        <extracomment>The people whose erasure is being planned (read before asking): a second ask waits for it.</extracomment>
        <translation>Effacement des données personnelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="139"/>
        <source>Erase %1&apos;s name and e-mail from this registration and from its history?

The registration stays as &quot;[erased]&quot; so attendance counts are kept. This cannot be undone.</source>
        <translation>Effacer le nom et l&apos;adresse e-mail de %1 de cette inscription et de son historique ?

L&apos;inscription reste sous la forme « [erased] » afin de conserver les chiffres de présence. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="142"/>
        <source>Erase %1&apos;s name, role, e-mail and phone from the register and from its history?

The contact stays as &quot;[erased]&quot; so counts are kept. This cannot be undone.</source>
        <translation>Effacer le nom, le rôle, l&apos;e-mail et le téléphone de %1 du registre et de son historique ?

Le contact reste comme « [erased] » pour que les comptages restent justes. C&apos;est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="150"/>
        <source>The person is also named in %n other text(s); there they become &quot;%1&quot;:</source>
        <translation>
            <numerusform>La personne est aussi nommée dans %n autre texte ; elle y devient « %1 » :</numerusform>
            <numerusform>La personne est aussi nommée dans %n autres textes ; elle y devient « %1 » :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="154"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="155"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="155"/>
        <source>Erase personal data</source>
        <translation>Effacer des données personnelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="170"/>
        <source>The person&apos;s data was erased.</source>
        <translation>Les données de la personne ont été effacées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="172"/>
        <source>The person was also removed from %n other text(s).</source>
        <translation>
            <numerusform>La personne a aussi été retirée de %n autre texte.</numerusform>
            <numerusform>La personne a aussi été retirée de %n autres textes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="173"/>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="182"/>
        <source>%n backup(s) made before the erasure still hold the data.</source>
        <translation>
            <numerusform>%n sauvegarde faite avant l&apos;effacement contient encore les données.</numerusform>
            <numerusform>%n sauvegardes faites avant l&apos;effacement contiennent encore les données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="185"/>
        <source>Delete those backups now</source>
        <translation>Supprimer ces sauvegardes maintenant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="186"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="203"/>
        <source>Archive %n registration(s) of events held more than %1 years ago?</source>
        <translation>
            <numerusform>Archiver %n inscription à des activités d&apos;il y a plus de %1 ans ?</numerusform>
            <numerusform>Archiver %n inscriptions à des activités d&apos;il y a plus de %1 ans ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="206"/>
        <source>The names and e-mails of the %n walk-in(s) among them are erased; this cannot be undone.</source>
        <translation>
            <numerusform>Parmi elles, %n participant libre : son nom et son e-mail seront effacés ; c&apos;est irréversible.</numerusform>
            <numerusform>Parmi elles, %n participants libres : leurs noms et e-mails seront effacés ; c&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="208"/>
        <source>Forget old registrations</source>
        <translation>Oublier les anciennes inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="209"/>
        <source>Archive and erase</source>
        <translation>Archiver et effacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="219"/>
        <source>%n registration(s) archived; the walk-ins among them were erased.</source>
        <translation>
            <numerusform>%n inscription archivée ; les participants libres parmi elles ont été effacés.</numerusform>
            <numerusform>%n inscriptions archivées ; les participants libres parmi elles ont été effacés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="223"/>
        <source>Cancelled: nothing was erased or archived.</source>
        <translation>Annulé : rien n&apos;a été effacé ni archivé.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="226"/>
        <source>Forgetting old registrations…</source>
        <translation>Oubli des anciennes inscriptions…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="250"/>
        <source>Backups pruned</source>
        <translation>Sauvegardes élaguées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="251"/>
        <source>%n older backup(s) deleted; a new backup was made.</source>
        <translation>
            <numerusform>%n sauvegarde plus ancienne supprimée ; une nouvelle sauvegarde a été faite.</numerusform>
            <numerusform>%n sauvegardes plus anciennes supprimées ; une nouvelle sauvegarde a été faite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="254"/>
        <source>Pruning backups</source>
        <translation>Élagage des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/privacy.py" line="260"/>
        <source>Fourth Pillar desk</source>
        <extracomment>Exit status when the register cannot be opened. Exit status of a second launch whose data folder was open already: that window came forward. The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and the desktops show the window with that entry&apos;s name and icon. The object name of the translators install_translations puts on the app.
----------
The previous session did not end cleanly (the app lock says): the register gets a full check. The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.</extracomment>
        <translation>Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="61"/>
        <source>another window</source>
        <translation>une autre fenêtre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="62"/>
        <source>Fourth Pillar desk is already open</source>
        <translation>Desk 4e Pilier est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="63"/>
        <source>This register is already open (%1). Switch to that window; two windows on one register would overwrite each other&apos;s work.</source>
        <translation>Ce registre est déjà ouvert (%1). Passez à cette fenêtre ; deux fenêtres sur un même registre écraseraient le travail l&apos;une de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="73"/>
        <source>%1

Restore the newest good backup, from %2 (%3)? The damaged file is kept aside in the &quot;damaged&quot; folder, never deleted.</source>
        <translation>%1

Restaurer la sauvegarde valide la plus récente, du %2 (%3) ? Le fichier endommagé est mis de côté dans le dossier &quot;damaged&quot;, jamais supprimé.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="82"/>
        <source>%1

There is no readable backup to recover from. Do not delete the file; ask for help.</source>
        <translation>%1

Aucune sauvegarde lisible ne permet la récupération. Ne supprimez pas le fichier ; demandez de l&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="87"/>
        <source>The register is back as it was on %1. The damaged file was kept as %2.</source>
        <translation>Le registre est revenu à son état du %1. Le fichier endommagé a été conservé sous %2.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="92"/>
        <source>Register recovered</source>
        <translation>Registre récupéré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="120"/>
        <source>Nothing more is saved in it.</source>
        <translation>Plus rien n&apos;y est enregistré.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="217"/>
        <source>The register cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="230"/>
        <location filename="../../fourthpillar/ui/startup.py" line="241"/>
        <source>The register could not be checked</source>
        <translation>Le registre n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/startup.py" line="244"/>
        <source>Personal data erased again</source>
        <translation>Données personnelles à nouveau effacées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/startup.py" line="245"/>
        <source>%n person(s) erased earlier were back in the register (was it restored from a backup?) and were erased again.</source>
        <translation>
            <numerusform>%n personne effacée auparavant était de retour dans le registre (a-t-il été restauré depuis une sauvegarde ?) et a été effacée à nouveau.</numerusform>
            <numerusform>%n personnes effacées auparavant étaient de retour dans le registre (a-t-il été restauré depuis une sauvegarde ?) et ont été effacées à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="104"/>
        <source>Change passphrase</source>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="106"/>
        <source>The register and all its backups are encrypted again with the new passphrase; the old one no longer opens them. Files kept in the &quot;damaged&quot; folder keep the old one. Keep the new passphrase somewhere safe besides this computer (the office&apos;s password manager).</source>
        <translation>Le registre et toutes ses sauvegardes sont chiffrés à nouveau avec la nouvelle phrase secrète ; l&apos;ancienne ne les ouvre plus. Les fichiers gardés dans le dossier « damaged » gardent l&apos;ancienne. Conservez la nouvelle phrase secrète en lieu sûr ailleurs que sur cet ordinateur (le gestionnaire de mots de passe du bureau).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="112"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="113"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="114"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="115"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Modifier la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="120"/>
        <source>Type the current passphrase.</source>
        <translation>Tapez la phrase secrète actuelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/passphrase.py" line="131"/>
        <source>The passphrase was changed: the register and %n backup(s) open with the new passphrase only.</source>
        <translation>
            <numerusform>La phrase secrète a été modifiée : le registre et %n sauvegarde ne s&apos;ouvrent plus qu&apos;avec la nouvelle phrase secrète.</numerusform>
            <numerusform>La phrase secrète a été modifiée : le registre et %n sauvegardes ne s&apos;ouvrent plus qu&apos;avec la nouvelle phrase secrète.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="135"/>
        <source>These backups open with neither passphrase and were left as they were: %1</source>
        <translation>Ces sauvegardes ne s&apos;ouvrent avec aucune des deux phrases secrètes et ont été laissées telles quelles : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="139"/>
        <source>This computer&apos;s keychain remembers the new passphrase.</source>
        <translation>Le trousseau de cet ordinateur retient la nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="56"/>
        <source>(see --help)</source>
        <extracomment>Exit status for invalid input or a refused operation: nothing was written.</extracomment>
        <translation>(voir --help)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="62"/>
        <location filename="../../fourthpillar/cli/main.py" line="153"/>
        <source>unrecognised arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="70"/>
        <source>is empty (leave the option out to use the default)</source>
        <translation>est vide (omettez l&apos;option pour utiliser la valeur par défaut)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="85"/>
        <source>data folder (default: $FOURTHPILLAR_DATA_DIR or the user data folder)</source>
        <translation>dossier de données (par défaut : $FOURTHPILLAR_DATA_DIR ou le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="87"/>
        <source>a database URL instead of the data folder&apos;s SQLite file</source>
        <translation>une URL de base de données au lieu du fichier SQLite du dossier de données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="122"/>
        <source>fourthpillar: the register and its backups are encrypted now; the unencrypted ones are kept in {folder} until you delete them with &apos;fourthpillar key delete-unencrypted&apos;</source>
        <translation>fourthpillar : le registre et ses sauvegardes sont désormais chiffrés ; les versions non chiffrées sont gardées dans {folder} jusqu&apos;à ce que vous les supprimiez avec &apos;fourthpillar key delete-unencrypted&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="131"/>
        <source>fourthpillar: {count} person(s) erased earlier were back in the register and were erased again</source>
        <translation>fourthpillar: personnes effacées auparavant, de retour dans le registre et effacées à nouveau : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/common.py" line="194"/>
        <source>&apos;{item}&apos; is not field=value</source>
        <translation>&apos;{item}&apos; n&apos;est pas de la forme champ=valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="29"/>
        <source>must be between 1 and {most}</source>
        <extracomment>What ``demo`` adds without ``--initiatives``: about the size of the real register. More would take hours and gigabytes (10**30 would never end).</extracomment>
        <translation>doit être entre 1 et {most}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="36"/>
        <source>add demonstration data (initiatives with contacts, requests and follow-ups)</source>
        <translation>ajouter des données de démonstration (initiatives avec personnes de contact, demandes de conseil et suivis)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="37"/>
        <source>Add realistic demonstration initiatives with their contact persons, about four advice requests and four follow-ups each, and a few support officers. Everything is added in one go (or not at all) and can be undone as one action.</source>
        <translation>Ajoute des initiatives de démonstration réalistes avec leurs personnes de contact, environ quatre demandes de conseil et quatre suivis chacune, et quelques collaborateurs. Tout est ajouté en une fois (ou pas du tout) et peut être annulé comme une seule action.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="42"/>
        <source>how many initiatives to add (default {count})</source>
        <translation>combien d&apos;initiatives ajouter (par défaut {count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="44"/>
        <source>the same seed gives the same names and texts</source>
        <translation>la même graine donne les mêmes noms et textes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="50"/>
        <source>{done} / {total} initiatives</source>
        <translation>{done} / {total} initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="59"/>
        <source>note: no officer signed in at this desk; the changes carry no author</source>
        <translation>remarque : aucun collaborateur n&apos;est connecté à ce poste ; les modifications n&apos;ont pas d&apos;auteur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="64"/>
        <source>interrupted; nothing was added</source>
        <translation>interrompu ; rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="65"/>
        <source>initiatives: {count}</source>
        <translation>initiatives : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="66"/>
        <source>contact persons: {count}</source>
        <translation>personnes de contact : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="67"/>
        <source>advice requests: {count}</source>
        <translation>demandes de conseil : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="68"/>
        <source>follow-ups: {count}</source>
        <translation>suivis : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="69"/>
        <source>officers: {count}</source>
        <translation>collaborateurs : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/demo.py" line="70"/>
        <source>undo batch: {batch}</source>
        <translation>lot à annuler : {batch}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="30"/>
        <source>a score is from 1 to 100</source>
        <translation>un score va de 1 à 100</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="41"/>
        <source>no possible duplicates</source>
        <translation>aucun doublon possible</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>ids</source>
        <translation>identifiants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>looks like</source>
        <translation>ressemble à</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="47"/>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="51"/>
        <source>{count} possible duplicate(s); merge with &apos;initiatives merge KEEP OTHER&apos;, or keep apart with &apos;initiatives not-duplicate A B&apos;</source>
        <translation>{count} doublon(s) possible(s) ; fusionner avec « initiatives merge KEEP OTHER », ou garder séparés avec « initiatives not-duplicate A B »</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="63"/>
        <source>merged {other} into {keep}: {fields} field(s) taken, {contacts} contact(s), {requests} request(s) and {follow_ups} follow-up(s) moved</source>
        <translation>{other} fusionné dans {keep} : {fields} champ(s) repris, {contacts} contact(s), {requests} demande(s) et {follow_ups} suivi(s) déplacés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="72"/>
        <source>{first} and {second} are kept apart: the duplicate list no longer shows them as a pair</source>
        <translation>{first} et {second} restent séparés : la liste des doublons ne les montre plus comme paire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="97"/>
        <source>list initiatives that look like the same one</source>
        <translation>lister les initiatives qui semblent être la même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="98"/>
        <source>List pairs of initiatives that look like the same one, best first, with their score
(0-100) and why: names alike, the same enterprise number, place, e-mail or phone.
Pairs kept apart with &apos;not-duplicate&apos; are left out.</source>
        <translation>Liste les paires d&apos;initiatives qui semblent être la même, les meilleures d&apos;abord, avec leur score
(0-100) et pourquoi : noms semblables, même numéro d&apos;entreprise, lieu, e-mail ou téléphone.
Les paires gardées séparées avec « not-duplicate » sont omises.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="102"/>
        <source>lowest score listed (default: the settings&apos; value, else {score})</source>
        <translation>score minimal listé (par défaut : celui des paramètres, sinon {score})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="104"/>
        <source>a JSON array of pairs</source>
        <translation>un tableau JSON de paires</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="105"/>
        <source>merge OTHER into KEEP (one undoable action)</source>
        <translation>fusionner OTHER dans KEEP (une action annulable)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="106"/>
        <source>Merge the initiative OTHER into KEEP: KEEP&apos;s fields stay, empty ones take OTHER&apos;s value;
field=other takes OTHER&apos;s value, field=keep keeps KEEP&apos;s, field=both joins lists and notes.
OTHER&apos;s contacts, requests and follow-ups move to KEEP; OTHER is archived as merged into
KEEP. One undo in the app&apos;s history undoes the whole merge.</source>
        <translation>Fusionne l&apos;initiative OTHER dans KEEP : les champs de KEEP restent, les champs vides prennent la valeur d&apos;OTHER ;
champ=other prend la valeur d&apos;OTHER, champ=keep garde celle de KEEP, champ=both réunit listes et notes.
Les contacts, demandes et suivis d&apos;OTHER passent à KEEP ; OTHER est archivée comme fusionnée dans
KEEP. Une seule annulation dans l&apos;historique de l&apos;application annule toute la fusion.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="110"/>
        <source>the id of the initiative to keep</source>
        <translation>l&apos;identifiant de l&apos;initiative à garder</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="111"/>
        <source>the id of the initiative merged into it</source>
        <translation>l&apos;identifiant de l&apos;initiative fusionnée dedans</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="112"/>
        <source>what to take from OTHER</source>
        <translation>ce qu&apos;il faut reprendre d&apos;OTHER</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="113"/>
        <source>what was done, as JSON</source>
        <translation>ce qui a été fait, en JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="114"/>
        <source>remember that two initiatives are different ones</source>
        <translation>retenir que deux initiatives sont différentes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="115"/>
        <source>Remember that A and B are different initiatives: the duplicate list, the editor and
the import no longer offer them as a pair (synced to field copies).</source>
        <translation>Retient que A et B sont des initiatives différentes : la liste des doublons, l&apos;éditeur et
l&apos;import ne les proposent plus comme paire (synchronisé vers les copies de terrain).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="117"/>
        <source>an initiative&apos;s id</source>
        <translation>l&apos;identifiant d&apos;une initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/duplicates.py" line="118"/>
        <source>the other initiative&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;autre initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <location filename="../../fourthpillar/cli/records.py" line="231"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="56"/>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="57"/>
        <source>(walk-in)</source>
        <translation>(participant libre)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="76"/>
        <source>registration {id} is on the waiting list: the event is full</source>
        <translation>l&apos;inscription {id} est sur la liste d&apos;attente : l&apos;activité est complète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="79"/>
        <source>registration {id} moved up from the waiting list</source>
        <translation>l&apos;inscription {id} est passée de la liste d&apos;attente aux inscrits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="88"/>
        <source>give the contact person with --contact only</source>
        <translation>indiquez la personne de contact uniquement avec --contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="103"/>
        <source>&apos;{text}&apos; is not HEADER=FIELD</source>
        <translation>&apos;{text}&apos; n&apos;est pas ENTÊTE=CHAMP</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="110"/>
        <location filename="../../fourthpillar/cli/safety.py" line="307"/>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="110"/>
        <location filename="../../fourthpillar/cli/safety.py" line="307"/>
        <source>walk-in</source>
        <translation>participant libre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="111"/>
        <source>skipped: registered already</source>
        <translation>ignoré : déjà inscrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>contact person or e-mail</source>
        <translation>personne de contact ou e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="116"/>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="118"/>
        <source>{contacts} contact persons, {walk_ins} walk-ins, {skipped} skipped, {problems} rows not imported</source>
        <translation>{contacts} personnes de contact, {walk_ins} participants libres, {skipped} ignorés, {problems} lignes non importées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="126"/>
        <source>{registered} registered, {waiting} on the waiting list, {skipped} skipped (undo: batch {batch})</source>
        <translation>{registered} inscrits, {waiting} sur la liste d&apos;attente, {skipped} ignorés (annuler : lot {batch})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="138"/>
        <source>trainings, info sessions, network days and webinars</source>
        <translation>formations, séances d&apos;information, journées de réseau et webinaires</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="139"/>
        <location filename="../../fourthpillar/cli/events.py" line="167"/>
        <location filename="../../fourthpillar/cli/records.py" line="294"/>
        <location filename="../../fourthpillar/cli/records.py" line="313"/>
        <location filename="../../fourthpillar/cli/records.py" line="336"/>
        <location filename="../../fourthpillar/cli/records.py" line="367"/>
        <source>examples:</source>
        <translation>exemples :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="143"/>
        <source>officer_id= takes an officer&apos;s name or id; times are hh:mm (19:30, 19u30).</source>
        <translation>officer_id= accepte le nom ou l&apos;id d&apos;un collaborateur ; les heures s&apos;écrivent hh:mm (19:30, 19h30).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="146"/>
        <source>planned, open, full, held or cancelled</source>
        <translation>planned, open, full, held ou cancelled</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="147"/>
        <location filename="../../fourthpillar/cli/record_lists.py" line="195"/>
        <source>topic code or label</source>
        <translation>code ou libellé de sujet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="148"/>
        <source>the officer in charge</source>
        <translation>le collaborateur responsable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="150"/>
        <source>starting on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)</source>
        <translation>commençant le ou après le (aaaa-mm-jj, jj/mm/aaaa, today, +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="151"/>
        <source>starting on or before (same spellings)</source>
        <translation>commençant le ou avant le (mêmes écritures)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="154"/>
        <source>plan an event; prints its id</source>
        <translation>planifier une activité ; affiche son id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="155"/>
        <source>Plan an event and print its id. title and starts_on are required; kind
defaults to training, officer_id to the acting officer, status to planned.</source>
        <translation>Planifier une activité et afficher son id. title et starts_on sont obligatoires ; kind
vaut par défaut training, officer_id le collaborateur qui agit, status planned.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="159"/>
        <source>every field and its registrations</source>
        <translation>chaque champ et les inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="166"/>
        <source>who registered for an event, and who came</source>
        <translation>qui s&apos;est inscrit à une activité, et qui est venu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="172"/>
        <source>Past the event&apos;s capacity a registration goes on the waiting list; a cancellation moves the first person waiting up.</source>
        <translation>Au-delà du nombre de places, une inscription va sur la liste d&apos;attente ; une annulation fait passer la première personne en attente.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="176"/>
        <source>registered, waiting, cancelled, attended or no-show</source>
        <translation>registered, waiting, cancelled, attended ou no-show</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="179"/>
        <source>register a contact person or a walk-in; prints the id</source>
        <translation>inscrire une personne de contact ou un participant libre ; affiche l&apos;id</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="180"/>
        <source>Register a contact person (--contact ID) or a walk-in (name=... email=...)
for an event and print the registration&apos;s id.</source>
        <translation>Inscrire une personne de contact (--contact ID) ou un participant libre (name=... email=...)
à une activité et afficher l&apos;id de l&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="182"/>
        <location filename="../../fourthpillar/cli/events.py" line="194"/>
        <source>the event</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="183"/>
        <source>the contact person (else a walk-in: name=... email=...)</source>
        <translation>la personne de contact (sinon un participant libre : name=... email=...)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="189"/>
        <source>register the people of a spreadsheet (.xlsx, .csv)</source>
        <translation>inscrire les personnes d&apos;un tableur (.xlsx, .csv)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="190"/>
        <source>Register the people listed in a spreadsheet for an event: each row&apos;s name and
e-mail are matched with the contact persons (by e-mail, else by name and
initiative); other rows become walk-ins. One action: undo takes it all back.</source>
        <translation>Inscrire à une activité les personnes d&apos;un tableur : le nom et l&apos;e-mail de chaque
ligne sont comparés aux personnes de contact (par e-mail, sinon par nom et
initiative) ; les autres lignes deviennent des participants libres. Une seule action : annuler reprend tout.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="193"/>
        <source>the spreadsheet</source>
        <translation>le tableur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="195"/>
        <source>the sheet (default: the first)</source>
        <translation>la feuille (par défaut la première)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="197"/>
        <source>this column holds that field (name, email, initiative, status, registered_on); HEADER= leaves it out</source>
        <translation>cette colonne contient ce champ (name, email, initiative, status, registered_on) ; ENTÊTE= l&apos;ignore</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/events.py" line="199"/>
        <source>show what would be imported, write nothing</source>
        <translation>montrer ce qui serait importé, sans rien écrire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="59"/>
        <source>{count} records</source>
        <extracomment>The export commands at a glance (the start of ``export --help``).</extracomment>
        <translation>{count} enregistrements</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="99"/>
        <location filename="../../fourthpillar/cli/options.py" line="103"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <extracomment>``--what``&apos;s choices as the commands spell them (``followups list``; &quot;follow_ups&quot; and &quot;follow-ups&quot; are taken too).</extracomment>
        <translation>&apos;{text}&apos; n&apos;est pas parmi : {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="125"/>
        <source>{path} is not a folder</source>
        <translation>{path} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="129"/>
        <source>{count} certificates</source>
        <translation>{count} attestations</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="144"/>
        <location filename="../../fourthpillar/cli/list_query.py" line="78"/>
        <source>the last day is before the first day</source>
        <translation>le dernier jour précède le premier jour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="153"/>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="154"/>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="161"/>
        <source>first day (yyyy-mm-dd or dd/mm/yyyy)</source>
        <translation>premier jour (aaaa-mm-jj ou jj/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="162"/>
        <source>last day (included)</source>
        <translation>dernier jour (inclus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="163"/>
        <source>only initiatives in this province (code or name)</source>
        <translation>seulement les initiatives de cette province (code ou nom)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="164"/>
        <source>only requests handled by this officer</source>
        <translation>seulement les demandes traitées par ce collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="168"/>
        <source>An existing FILE is replaced only with --force. Unknown ids and invalid arguments exit with status 2 and one line on stderr; no file is created then.</source>
        <translation>Un FILE existant n&apos;est remplacé qu&apos;avec --force. Les identifiants inconnus et les arguments invalides se terminent avec le code de sortie 2 et une ligne sur stderr ; aucun fichier n&apos;est alors créé.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="171"/>
        <source>write PDF summaries, reports and spreadsheets</source>
        <translation>écrire des fiches PDF, des rapports et des tableurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="175"/>
        <source>PDF documents</source>
        <translation>documents PDF</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="177"/>
        <source>an initiative&apos;s summary (fiche)</source>
        <translation>la fiche d&apos;une initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="178"/>
        <location filename="../../fourthpillar/cli/options.py" line="302"/>
        <source>the initiative&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="180"/>
        <source>the version for the initiative: no internal notes, no time spent</source>
        <translation>la version pour l&apos;initiative : sans notes internes ni temps passé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="181"/>
        <source>the advice summary of one request, for the initiative</source>
        <translation>le résumé du conseil d&apos;une demande, pour l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="182"/>
        <location filename="../../fourthpillar/cli/options.py" line="302"/>
        <source>the request&apos;s id</source>
        <translation>l&apos;identifiant de la demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="183"/>
        <source>the period report with figures and charts</source>
        <translation>le rapport de période avec chiffres et graphiques</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="184"/>
        <location filename="../../fourthpillar/cli/options.py" line="303"/>
        <source>the event&apos;s id</source>
        <translation>l&apos;id de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="185"/>
        <source>an event&apos;s sign-in sheet: names, initiatives, a signature column</source>
        <translation>la liste de présence d&apos;une activité : noms, initiatives, une colonne pour signer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="187"/>
        <source>one participant&apos;s certificate of attendance</source>
        <translation>l&apos;attestation de présence d&apos;un participant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="188"/>
        <location filename="../../fourthpillar/cli/options.py" line="304"/>
        <source>the registration&apos;s id</source>
        <translation>l&apos;id de l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="190"/>
        <source>a certificate for each participant who attended, into the folder --out</source>
        <translation>une attestation pour chaque participant présent, dans le dossier --out</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="193"/>
        <source>spreadsheets</source>
        <translation>tableurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="195"/>
        <source>a list with its filters, sort and columns</source>
        <translation>une liste avec ses filtres, son tri et ses colonnes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="196"/>
        <source>which list</source>
        <translation>quelle liste</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="199"/>
        <source>status code or label (requests: also &apos;open&apos;; follow-ups: open, done)</source>
        <translation>code ou libellé de statut (demandes : aussi &apos;open&apos; ; suivis : open, done)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="200"/>
        <source>topic code or label (requests, follow-ups, events)</source>
        <translation>code ou libellé de sujet (demandes, suivis, activités)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="201"/>
        <source>channel code or label (requests)</source>
        <translation>code ou libellé de canal (demandes)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="203"/>
        <source>assigned officer, follow-up owner or the event&apos;s officer in charge</source>
        <translation>collaborateur assigné, responsable du suivi ou collaborateur responsable de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="206"/>
        <source>include archived records</source>
        <translation>inclure les enregistrements archivés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="207"/>
        <source>sort by this column</source>
        <translation>trier sur cette colonne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="208"/>
        <location filename="../../fourthpillar/cli/record_lists.py" line="179"/>
        <source>sort descending</source>
        <translation>trier par ordre décroissant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="209"/>
        <source>the columns, in order (default: the list&apos;s)</source>
        <translation>les colonnes, dans l&apos;ordre (par défaut : celles de la liste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="210"/>
        <source>the network list: one sheet per province</source>
        <translation>la liste du réseau : une feuille par province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="211"/>
        <source>an event&apos;s registrations, with e-mail and phone</source>
        <translation>les inscriptions d&apos;une activité, avec e-mail et téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="213"/>
        <source>the period report&apos;s figures as tables</source>
        <translation>les chiffres du rapport de période sous forme de tableaux</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="215"/>
        <source>calendar files (iCalendar)</source>
        <translation>fichiers d&apos;agenda (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="218"/>
        <source>open follow-ups as all-day calendar entries (Outlook, Google, Thunderbird)</source>
        <translation>suivis ouverts comme événements d&apos;une journée entière (Outlook, Google, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="219"/>
        <source>only follow-ups of this officer</source>
        <translation>uniquement les suivis de ce collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="221"/>
        <location filename="../../fourthpillar/cli/options.py" line="359"/>
        <source>due on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)</source>
        <translation>échéance le ou après (aaaa-mm-jj, jj/mm/aaaa, today, +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="222"/>
        <source>due on or before</source>
        <translation>échéance le ou avant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/export.py" line="223"/>
        <source>one event as a calendar entry</source>
        <translation>une activité comme entrée d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="36"/>
        <source>import the office&apos;s spreadsheets</source>
        <translation>importer les tableurs du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="40"/>
        <source>import initiatives from an .xlsx, .ods, .xls or .csv file</source>
        <translation>importer des initiatives depuis un fichier .xlsx, .ods, .xls ou .csv</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="42"/>
        <source>Import initiatives from a spreadsheet. The header row is found, columns are mapped (Dutch, French or English headers), values are normalised, duplicates are found; everything is applied in one transaction or nothing is.</source>
        <translation>Importe des initiatives depuis un tableur. La ligne d&apos;en-tête est trouvée, les colonnes sont associées (en-têtes néerlandais, français ou anglais), les valeurs sont normalisées, les doublons sont trouvés ; tout est appliqué en une seule transaction, ou rien.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="46"/>
        <source>.xlsx, .ods, .xls or .csv (comma or semicolon; UTF-8 or cp1252)</source>
        <translation>.xlsx, .ods, .xls ou .csv (virgule ou point-virgule ; UTF-8 ou cp1252)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="47"/>
        <source>the sheet to read (default: the first)</source>
        <translation>la feuille à lire (par défaut : la première)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="48"/>
        <source>show what would happen; write nothing</source>
        <translation>montrer ce qui se passerait ; ne rien écrire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="50"/>
        <source>a row matching an existing initiative or an earlier row: skip it (default), fill only the empty fields, or create it anyway</source>
        <translation>une ligne qui correspond à une initiative existante ou à une ligne précédente : l&apos;ignorer (par défaut), ne remplir que les champs vides, ou la créer quand même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="53"/>
        <source>map a column to a field ({fields}); HEADER= ignores it</source>
        <translation>associer une colonne à un champ ({fields}) ; HEADER= l&apos;ignore</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="55"/>
        <source>print the outcome as JSON</source>
        <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="57"/>
        <source>list the imports applied, newest first</source>
        <translation>les importations appliquées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="60"/>
        <source>undo a whole import (its initiatives are archived)</source>
        <translation>annuler toute une importation (ses initiatives sont archivées)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="73"/>
        <source>&apos;{target}&apos; is not a field to import into (fields: {fields})</source>
        <translation>&apos;{target}&apos; n&apos;est pas un champ d&apos;importation (champs : {fields})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="79"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="79"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="81"/>
        <source>not imported: </source>
        <translation>non importé : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="105"/>
        <source>{file}, sheet {sheet} (header on row {row})</source>
        <translation>{file}, feuille {sheet} (en-tête à la ligne {row})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="109"/>
        <source>columns not imported: {columns}</source>
        <translation>colonnes non importées : {columns}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="111"/>
        <source>would be created: {count}</source>
        <translation>seraient créées : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="112"/>
        <source>would be updated: {count}</source>
        <translation>seraient mises à jour : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="114"/>
        <source>created: {count}</source>
        <translation>créées : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="115"/>
        <source>updated: {count}</source>
        <translation>mises à jour : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="116"/>
        <source>duplicates skipped: {count}</source>
        <translation>doublons ignorés : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="117"/>
        <source>rows with problems: {count}</source>
        <translation>lignes avec problèmes : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="119"/>
        <source>rows not imported: {count}</source>
        <translation>lignes non importées : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="121"/>
        <source>problems:</source>
        <translation>problèmes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="125"/>
        <source>dry run: nothing was written</source>
        <translation>essai à blanc : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="127"/>
        <source>import {id} applied; undo it with: fourthpillar import undo {id}</source>
        <translation>importation {id} appliquée ; pour l&apos;annuler : fourthpillar import undo {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="132"/>
        <source>undone {when}</source>
        <translation>annulée {when}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="133"/>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="134"/>
        <source>created {created}, updated {updated}, skipped {skipped}, rows with problems {problems}</source>
        <translation>{created} créées, {updated} mises à jour, {skipped} ignorées, {problems} lignes avec problèmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="142"/>
        <source>no imports yet</source>
        <translation>pas encore d&apos;importations</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/importing.py" line="147"/>
        <source>import {id} undone: {count} initiatives archived</source>
        <translation>importation {id} annulée : {count} initiatives archivées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="43"/>
        <source>Passphrase of {path}: </source>
        <translation>Phrase secrète de {path} : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="44"/>
        <source>The register {path} is encrypted with a passphrase you choose now. Keep it somewhere safe besides this computer: without it neither the register nor its backups can be opened.</source>
        <translation>Le registre {path} est chiffré avec une phrase secrète que vous choisissez maintenant. Conservez-la en lieu sûr, ailleurs que sur cet ordinateur : sans elle, ni le registre ni ses sauvegardes ne peuvent être ouverts.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="48"/>
        <location filename="../../fourthpillar/cli/keys.py" line="130"/>
        <source>New passphrase (at least {count} characters): </source>
        <translation>Nouvelle phrase secrète (au moins {count} caractères) : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="50"/>
        <location filename="../../fourthpillar/cli/keys.py" line="131"/>
        <source>The same passphrase again: </source>
        <translation>La même phrase secrète encore une fois : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="76"/>
        <source>the register is a shared database: its server protects it</source>
        <translation>le registre est une base de données partagée : son serveur la protège</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="83"/>
        <source>register: {path}</source>
        <translation>registre : {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="84"/>
        <source>encrypted: no (it is encrypted when it is next opened)</source>
        <translation>chiffré : non (il sera chiffré à sa prochaine ouverture)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="84"/>
        <source>encrypted: yes</source>
        <translation>chiffré : oui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="85"/>
        <source>passphrase from: the FOURTHPILLAR_KEY variable</source>
        <translation>phrase secrète tirée de : la variable FOURTHPILLAR_KEY</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="86"/>
        <source>passphrase from: this computer&apos;s keychain</source>
        <translation>phrase secrète tirée de : le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="87"/>
        <source>passphrase from: asked at every start (the keychain holds none)</source>
        <translation>phrase secrète tirée de : demandée à chaque démarrage (le trousseau n&apos;en contient pas)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="92"/>
        <source>an unencrypted copy of before the encryption is kept in {folder}: delete it with &apos;fourthpillar key delete-unencrypted&apos; once the register is complete</source>
        <translation>une copie non chiffrée d&apos;avant le chiffrement est gardée dans {folder} : supprimez-la avec &apos;fourthpillar key delete-unencrypted&apos; dès que le registre est complet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="104"/>
        <source>the passphrase of {path} was removed from this computer&apos;s keychain</source>
        <translation>la phrase secrète de {path} a été retirée du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="106"/>
        <source>this computer&apos;s keychain held no passphrase for the register</source>
        <translation>le trousseau de cet ordinateur ne contenait aucune phrase secrète pour le registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="113"/>
        <source>there is no unencrypted copy to delete</source>
        <translation>il n&apos;y a pas de copie non chiffrée à supprimer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="115"/>
        <source>deleted the unencrypted copy in {folder}</source>
        <translation>la copie non chiffrée dans {folder} a été supprimée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="127"/>
        <source>there is no terminal to ask the new passphrase on: give it on standard input with --new-passphrase-stdin</source>
        <translation>aucun terminal pour demander la nouvelle phrase secrète : donnez-la sur l&apos;entrée standard avec --new-passphrase-stdin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="133"/>
        <source>the passphrase was not changed</source>
        <translation>la phrase secrète n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="139"/>
        <source>the current passphrase is not known; give it with FOURTHPILLAR_KEY</source>
        <translation>la phrase secrète actuelle n&apos;est pas connue ; donnez-la avec FOURTHPILLAR_KEY</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="146"/>
        <source>the passphrase of {path} was changed; {count} backup(s) re-encrypted with it</source>
        <translation>la phrase secrète de {path} a été modifiée ; {count} sauvegarde(s) chiffrée(s) à nouveau avec elle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="148"/>
        <source>{path} opens with neither passphrase and was left as it was</source>
        <translation>{path} ne s&apos;ouvre avec aucune des deux phrases secrètes et a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="151"/>
        <source>this computer&apos;s keychain holds the new passphrase</source>
        <translation>le trousseau de cet ordinateur contient la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="153"/>
        <source>FOURTHPILLAR_KEY still holds the old passphrase: set it to the new one</source>
        <translation>FOURTHPILLAR_KEY contient encore l&apos;ancienne phrase secrète : mettez-y la nouvelle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="164"/>
        <source>the register&apos;s passphrase (encryption at rest)</source>
        <translation>la phrase secrète du registre (chiffrement sur disque)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="166"/>
        <source>is the register encrypted, and where does its passphrase come from</source>
        <translation>le registre est-il chiffré, et d&apos;où vient sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="168"/>
        <location filename="../../fourthpillar/cli/keys.py" line="174"/>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="171"/>
        <source>give the register and its backups a new passphrase (asked twice, or read from standard input)</source>
        <translation>donner au registre et à ses sauvegardes une nouvelle phrase secrète (demandée deux fois, ou lue sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="173"/>
        <source>read the new passphrase from the first line of standard input</source>
        <translation>lire la nouvelle phrase secrète sur la première ligne de l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="176"/>
        <source>remove the passphrase from this computer&apos;s keychain</source>
        <translation>retirer la phrase secrète du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/keys.py" line="179"/>
        <source>delete the unencrypted register and backups kept since the register was encrypted</source>
        <translation>supprimer le registre et les sauvegardes non chiffrés gardés depuis le chiffrement du registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/list_query.py" line="53"/>
        <source>the list {list} cannot be narrowed by this (its filters: {options})</source>
        <translation>la liste {list} ne peut pas être filtrée ainsi (ses filtres : {options})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/list_query.py" line="66"/>
        <source>cannot be combined with --status {status}</source>
        <translation>ne peut pas être combiné avec --status {status}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="42"/>
        <source>no password on standard input</source>
        <extracomment>The assignments that describe a login rather than the officer&apos;s own fields.</extracomment>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="53"/>
        <source>give the password on standard input with --password-stdin</source>
        <translation>donnez le mot de passe sur l&apos;entrée standard avec --password-stdin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="65"/>
        <source>officers set changes role= and provinces= only</source>
        <translation>officers set ne modifie que role= et provinces=</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="68"/>
        <source>nothing to change: give role=, provinces= or --password-stdin</source>
        <translation>rien à modifier : donnez role=, provinces= ou --password-stdin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="77"/>
        <source>{id}: login disabled, {count} open session(s) ended (the officer and their history stay)</source>
        <translation>{id} : identifiant désactivé, {count} session(s) ouverte(s) fermée(s) (le collaborateur et son historique restent)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="84"/>
        <source>{id}: login enabled (it may connect again)</source>
        <translation>{id} : identifiant réactivé (il peut de nouveau se connecter)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="90"/>
        <source>read the login&apos;s password from the first line of standard input</source>
        <translation>lire le mot de passe de l&apos;identifiant sur la première ligne de l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="95"/>
        <source>change what an officer&apos;s login may do: set ID role=... provinces=...</source>
        <translation>modifier ce que l&apos;identifiant d&apos;un agent peut faire : set ID role=... provinces=...</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="97"/>
        <location filename="../../fourthpillar/cli/logins.py" line="103"/>
        <location filename="../../fourthpillar/cli/logins.py" line="105"/>
        <source>the officer&apos;s id</source>
        <translation>l&apos;id de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="99"/>
        <source>role=officer|coordinator|admin, provinces=limburg,antwerpen</source>
        <translation>role=officer|coordinator|admin, provinces=limburg,antwerpen</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="102"/>
        <source>the officer&apos;s login can no longer connect; their history stays</source>
        <translation>l&apos;identifiant de l&apos;agent ne peut plus se connecter ; son historique est conservé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/logins.py" line="104"/>
        <source>a disabled login may connect again</source>
        <translation>un identifiant désactivé peut de nouveau se connecter</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="53"/>
        <source>Fourth Pillar desk. Without a command, the app opens.</source>
        <extracomment>Modules that add command groups; each has register(subparsers). The sub-parsers&apos; ``dest`` names: the words of a command that the log may name.</extracomment>
        <translation>Fourth Pillar desk. Sans commande, l&apos;application s&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="56"/>
        <source>show the program&apos;s version and stop</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="59"/>
        <source>language of messages and exports (default: the one chosen in the app&apos;s settings, else the system&apos;s language if Dutch or French, else English)</source>
        <translation>langue des messages et des exports (par défaut : celle choisie dans les paramètres de l&apos;application, sinon la langue du système si c&apos;est le néerlandais ou le français, sinon l&apos;anglais)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/main.py" line="146"/>
        <source>the argument {argument} holds bytes that are not text in this system&apos;s character set; nothing was done</source>
        <translation>l&apos;argument {argument} contient des octets qui ne sont pas du texte dans le jeu de caractères de ce système ; rien n&apos;a été fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="48"/>
        <source>record this change as that officer (name or id), for this command only. Without it the change is recorded as the officer signed in at this desk (the app&apos;s first start, or &apos;fourthpillar officers sign-in NAME&apos;); if nobody is signed in, it is recorded without an officer. --as never signs anyone in and never creates an officer.</source>
        <translation>enregistrer cette modification au nom de ce collaborateur (nom ou identifiant), pour cette commande seulement. Sans cela, la modification est enregistrée au nom du collaborateur connecté à ce poste (au premier démarrage de l&apos;application, ou &apos;fourthpillar officers sign-in NOM&apos;) ; si personne n&apos;est connecté, sans collaborateur. --as ne connecte jamais personne et ne crée jamais de collaborateur.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="60"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="66"/>
        <source>must be at least 1</source>
        <translation>doit être au moins 1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="90"/>
        <source>&apos;{text}&apos; is not a date (use yyyy-mm-dd, dd/mm/yyyy, today or +1w)</source>
        <translation>&apos;{text}&apos; n&apos;est pas une date (utilisez aaaa-mm-jj, jj/mm/aaaa, today ou +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="127"/>
        <source>&apos;{key}&apos; is not a column (choose from {choices})</source>
        <extracomment>The words ``--status`` takes besides a list&apos;s status codes: a request is &quot;open&quot; until answered, a follow-up &quot;open&quot; or &quot;done&quot; (follow-ups have no status of their own).</extracomment>
        <translation>&apos;{key}&apos; n&apos;est pas une colonne (choisissez parmi {choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="143"/>
        <source>&apos;{text}&apos; is not a column to sort by (choose from {choices})</source>
        <translation>&apos;{text}&apos; n&apos;est pas une colonne de tri (choisissez parmi {choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="150"/>
        <source>no officer named or with id &apos;{name}&apos; (see &apos;fourthpillar officers list&apos;)</source>
        <translation>aucun collaborateur avec le nom ou l&apos;identifiant &apos;{name}&apos; (voir &apos;fourthpillar officers list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="170"/>
        <source>on the shared database your changes are recorded as your own login&apos;s officer; only an admin may record them as someone else</source>
        <translation>sur la base partagée, vos modifications sont enregistrées au nom de l&apos;agent de votre propre identifiant ; seul un administrateur peut les enregistrer au nom de quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="177"/>
        <source>nothing to change: give field=value ...</source>
        <translation>rien à modifier : donnez champ=valeur ...</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="204"/>
        <source>no initiative with id {id}</source>
        <translation>aucune initiative avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="205"/>
        <source>initiative {id} is archived (fourthpillar initiatives restore {id})</source>
        <translation>l&apos;initiative {id} est archivée (fourthpillar initiatives restore {id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="206"/>
        <source>initiative {id} was already archived</source>
        <translation>l&apos;initiative {id} était déjà archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="207"/>
        <source>initiative {id} is not archived</source>
        <translation>l&apos;initiative {id} n&apos;est pas archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="208"/>
        <source>initiative {id} archived</source>
        <translation>initiative {id} archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="209"/>
        <source>initiative {id} restored</source>
        <translation>initiative {id} restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="210"/>
        <source>initiative {id} saved</source>
        <translation>initiative {id} enregistrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="211"/>
        <source>no request with id {id}</source>
        <translation>aucune demande de conseil avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="212"/>
        <source>request {id} is archived (fourthpillar requests restore {id})</source>
        <translation>la demande {id} est archivée (fourthpillar requests restore {id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="213"/>
        <source>request {id} was already archived</source>
        <translation>la demande {id} était déjà archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="214"/>
        <source>request {id} is not archived</source>
        <translation>la demande {id} n&apos;est pas archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="215"/>
        <source>request {id} archived</source>
        <translation>demande {id} archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="216"/>
        <source>request {id} restored</source>
        <translation>demande {id} restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="217"/>
        <source>request {id} saved</source>
        <translation>demande {id} enregistrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="218"/>
        <source>no follow-up with id {id}</source>
        <translation>aucun suivi avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="219"/>
        <source>follow-up {id} is archived (fourthpillar followups restore {id})</source>
        <translation>le suivi {id} est archivé (fourthpillar followups restore {id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="220"/>
        <source>follow-up {id} was already archived</source>
        <translation>le suivi {id} était déjà archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="221"/>
        <source>follow-up {id} is not archived</source>
        <translation>le suivi {id} n&apos;est pas archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="222"/>
        <source>follow-up {id} archived</source>
        <translation>suivi {id} archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="223"/>
        <source>follow-up {id} restored</source>
        <translation>suivi {id} restauré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="224"/>
        <source>follow-up {id} saved</source>
        <translation>suivi {id} enregistré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="225"/>
        <source>no event with id {id}</source>
        <translation>aucune activité avec l&apos;id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="226"/>
        <source>event {id} is archived</source>
        <translation>l&apos;activité {id} est archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="227"/>
        <source>event {id} saved</source>
        <translation>activité {id} enregistrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="228"/>
        <source>no registration with id {id}</source>
        <translation>aucune inscription avec l&apos;id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="229"/>
        <source>registration {id} is archived</source>
        <translation>l&apos;inscription {id} est archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="230"/>
        <source>registration {id} saved</source>
        <translation>inscription {id} enregistrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="231"/>
        <source>no officer with id {id}</source>
        <translation>aucun collaborateur avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="232"/>
        <source>no contact person with id {id}</source>
        <translation>aucune personne de contact avec l&apos;id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="233"/>
        <source>contact person {id} is archived</source>
        <translation>la personne de contact {id} est archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="236"/>
        <source>no record with id {id}</source>
        <translation>aucun enregistrement avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="298"/>
        <source>fields: {names}</source>
        <translation>champs : {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="303"/>
        <source>the follow-up&apos;s id</source>
        <translation>l&apos;identifiant du suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="316"/>
        <source>words to find (prefixes, accents ignored)</source>
        <translation>mots à chercher (débuts de mots, accents ignorés)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="318"/>
        <source>province code or name, e.g. antwerpen or &apos;East Flanders&apos; (initiatives, requests, follow-ups, registrations)</source>
        <translation>code ou nom de province, p. ex. antwerpen ou &apos;Flandre orientale&apos; (initiatives, demandes, suivis, inscriptions)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="321"/>
        <source>theme code or label (initiatives, requests, follow-ups, registrations)</source>
        <translation>code ou libellé de thème (initiatives, demandes, suivis, inscriptions)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="324"/>
        <source>province code or name (e.g. antwerpen, &apos;East Flanders&apos;)</source>
        <translation>code ou nom de province (p. ex. antwerpen, &apos;Flandre orientale&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="326"/>
        <source>theme code or label</source>
        <translation>code ou libellé de thème</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="334"/>
        <source>of this initiative only (requests, follow-ups; registrations: its people)</source>
        <translation>uniquement de cette initiative (demandes, suivis ; inscriptions : ses membres)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="336"/>
        <source>of this initiative only</source>
        <translation>seulement de cette initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="336"/>
        <source>of this initiative&apos;s people only</source>
        <translation>uniquement des personnes de cette initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="340"/>
        <source>of this event only (registrations)</source>
        <translation>uniquement de cette activité (inscriptions)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="341"/>
        <source>of this event only</source>
        <translation>uniquement de cette activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="343"/>
        <source>training, info-session, network-day or webinar (events)</source>
        <translation>training, info-session, network-day ou webinar (activités)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="344"/>
        <source>training, info-session, network-day or webinar</source>
        <translation>training, info-session, network-day ou webinar</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="353"/>
        <source>requests and follow-ups due on or after, events starting on or after (yyyy-mm-dd, dd/mm/yyyy, today, +1w)</source>
        <translation>demandes et suivis à échéance le ou après, activités commençant le ou après le (aaaa-mm-jj, jj/mm/aaaa, today, +1w)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="356"/>
        <source>requests and follow-ups due on or before, events starting on or before (same spellings)</source>
        <translation>demandes et suivis à échéance le ou avant, activités commençant le ou avant le (mêmes écritures)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="360"/>
        <source>due on or before (same spellings)</source>
        <translation>échéance le ou avant (mêmes écritures)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="391"/>
        <source>as JSON (codes, ISO dates)</source>
        <translation>en JSON (codes, dates ISO)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="418"/>
        <source>change fields: set ID field=value ...</source>
        <translation>modifier des champs : set ID champ=valeur ...</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/options.py" line="424"/>
        <source>Field names are the model attribute names; vocabulary fields take a code or its label,
lists are comma-separated, dates are yyyy-mm-dd or dd/mm/yyyy, an empty value clears a field.
Changes are recorded as the officer signed in at this desk, or --as NAME for one command.
Bad input: exit status 2, one line on stderr naming the field, nothing written.
</source>
        <translation>Les noms de champ sont les noms d&apos;attributs du modèle ; les champs à vocabulaire prennent un code ou son libellé,
les listes sont séparées par des virgules, les dates sont aaaa-mm-jj ou jj/mm/aaaa, une valeur vide efface un champ.
Les modifications sont enregistrées au nom du collaborateur connecté à ce poste, ou --as NOM pour une commande.
Saisie incorrecte : code de sortie 2, une ligne sur stderr nommant le champ, rien n&apos;est écrit.
</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="66"/>
        <source>1 initiative</source>
        <extracomment>Rows asked of the database at a time; ``--all`` pages through the list this many at once.</extracomment>
        <translation>1 initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="66"/>
        <source>{count} initiatives</source>
        <translation>{count} initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="67"/>
        <source>{shown} of {total} initiatives shown (--limit N or --all for more)</source>
        <translation>{shown} initiatives affichées sur {total} (--limit N ou --all pour plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="68"/>
        <source>1 request</source>
        <translation>1 demande de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="68"/>
        <source>{count} requests</source>
        <translation>{count} demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="69"/>
        <source>{shown} of {total} requests shown (--limit N or --all for more)</source>
        <translation>{shown} demandes affichées sur {total} (--limit N ou --all pour plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="70"/>
        <source>1 follow-up</source>
        <translation>1 suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="70"/>
        <source>{count} follow-ups</source>
        <translation>{count} suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="71"/>
        <source>{shown} of {total} follow-ups shown (--limit N or --all for more)</source>
        <translation>{shown} suivis affichés sur {total} (--limit N ou --all pour plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="72"/>
        <source>1 event</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="72"/>
        <source>{count} events</source>
        <translation>{count} activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="73"/>
        <source>{shown} of {total} events shown (--limit N or --all for more)</source>
        <translation>{shown} activités affichées sur {total} (--limit N ou --all pour plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="74"/>
        <source>1 registration</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="74"/>
        <source>{count} registrations</source>
        <translation>{count} inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="75"/>
        <source>{shown} of {total} registrations shown (--limit N or --all for more)</source>
        <translation>{shown} inscriptions affichées sur {total} (--limit N ou --all pour plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="154"/>
        <source>list initiatives</source>
        <extracomment>Widest a table cell grows before it is cut with an ellipsis.</extracomment>
        <translation>lister les initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="154"/>
        <source>list requests</source>
        <translation>lister les demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="155"/>
        <source>list events</source>
        <translation>lister les activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="155"/>
        <source>list follow-ups</source>
        <translation>lister les suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="156"/>
        <source>list registrations</source>
        <translation>lister les inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="158"/>
        <source>List initiatives: filtered, searched and sorted by the database.
Archived initiatives are left out unless --archived.</source>
        <translation>Liste des initiatives : filtrée, recherchée et triée par la base de données.
Les initiatives archivées sont omises, sauf avec --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="160"/>
        <source>List requests: filtered, searched and sorted by the database.
Archived requests are left out unless --archived.</source>
        <translation>Liste des demandes de conseil : filtrée, recherchée et triée par la base de données.
Les demandes archivées sont omises, sauf avec --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="162"/>
        <source>List follow-ups: filtered, searched and sorted by the database.
Archived follow-ups are left out unless --archived.</source>
        <translation>Liste des suivis : filtrée, recherchée et triée par la base de données.
Les suivis archivés sont omis, sauf avec --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="164"/>
        <source>List events: filtered, searched and sorted by the database.
Archived events are left out unless --archived.</source>
        <translation>Lister les activités : filtrées, recherchées et triées par la base de données.
Les activités archivées sont omises sauf avec --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="166"/>
        <source>List registrations (of one event with --event): filtered, searched and sorted by the database.
Archived registrations are left out unless --archived.</source>
        <translation>Lister les inscriptions (d&apos;une activité avec --event) : filtrées, recherchées et triées par la base de données.
Les inscriptions archivées sont omises sauf avec --archived.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="169"/>
        <source>include archived initiatives</source>
        <translation>inclure les initiatives archivées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="169"/>
        <source>include archived requests</source>
        <translation>inclure les demandes archivées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="170"/>
        <source>include archived events</source>
        <translation>inclure les activités archivées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="170"/>
        <source>include archived follow-ups</source>
        <translation>inclure les suivis archivés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="171"/>
        <source>include archived registrations</source>
        <translation>inclure les inscriptions archivées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="178"/>
        <source>sort by: {names}</source>
        <translation>trier par : {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="182"/>
        <source>show at most N rows (default {limit})</source>
        <translation>afficher au plus N lignes (par défaut {limit})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="184"/>
        <source>show every row (read {size} at a time from the database)</source>
        <translation>afficher toutes les lignes (lues par {size} dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="186"/>
        <source>columns of the table: {names}</source>
        <translation>colonnes du tableau : {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="188"/>
        <source>a JSON array of rows (codes, ISO dates)</source>
        <translation>un tableau JSON de lignes (codes, dates ISO)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="197"/>
        <source>channel code or label</source>
        <translation>code ou libellé de canal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/record_lists.py" line="200"/>
        <source>only those still open</source>
        <translation>seulement ceux encore ouverts</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <source>Contacts</source>
        <translation>Personnes de contact</translation>
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
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="81"/>
        <location filename="../../fourthpillar/cli/records.py" line="234"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="86"/>
        <source>what</source>
        <translation>quoi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="100"/>
        <source>what to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="162"/>
        <source>follow-up {id} done</source>
        <translation>suivi {id} fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="171"/>
        <source>follow-up {id} reopened</source>
        <translation>suivi {id} rouvert</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="231"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="234"/>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="238"/>
        <source>1 officer (* signed in at this desk)</source>
        <translation>1 collaborateur (* = connecté à ce poste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="239"/>
        <source>{count} officers (* signed in at this desk)</source>
        <translation>{count} collaborateurs (* = connecté à ce poste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="248"/>
        <source>an officer named &apos;{name}&apos; already exists ({id})</source>
        <translation>un collaborateur nommé &apos;{name}&apos; existe déjà ({id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="255"/>
        <source>only for an officer with login=</source>
        <translation>uniquement pour un agent avec login=</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="264"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="267"/>
        <source>signed in as {name} ({id})</source>
        <translation>connecté en tant que {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="277"/>
        <source>archive (never deleted; hidden from lists)</source>
        <translation>archiver (jamais supprimé ; masqué dans les listes)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="278"/>
        <source>bring an archived one back</source>
        <translation>restaurer un enregistrement archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="293"/>
        <source>the register of initiatives (4de pijlers)</source>
        <translation>le registre des initiatives (4de pijlers)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="300"/>
        <source>active, dormant or stopped</source>
        <translation>active, dormant ou stopped</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="301"/>
        <source>register an initiative; prints its id</source>
        <translation>enregistrer une initiative ; affiche son identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="302"/>
        <source>Register an initiative and print its id. name is required.</source>
        <translation>Enregistre une initiative et affiche son identifiant. name est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="305"/>
        <source>every field, contacts and timeline</source>
        <translation>tous les champs, les personnes de contact et l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="312"/>
        <source>advice requests (adviesvragen)</source>
        <translation>demandes de conseil (adviesvragen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="317"/>
        <source>officer_id= takes an officer&apos;s name or id; due_on= also takes +1w, +2w, +1m, +3m.</source>
        <translation>officer_id= accepte le nom ou l&apos;identifiant d&apos;un collaborateur ; due_on= accepte aussi +1w, +2w, +1m, +3m.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="319"/>
        <source>new, in-progress, waiting, answered, closed, or open</source>
        <translation>new, in-progress, waiting, answered, closed ou open</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="320"/>
        <source>the request&apos;s assigned officer: a name or an id</source>
        <translation>le collaborateur assigné à la demande : un nom ou un identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="321"/>
        <source>log an advice request; prints its id</source>
        <translation>enregistrer une demande de conseil ; affiche son identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="322"/>
        <source>Log an advice request and print its id. channel and question are
required; received_on defaults to today, officer_id to the acting officer.</source>
        <translation>Enregistre une demande de conseil et affiche son identifiant. channel et question sont
obligatoires ; received_on vaut par défaut aujourd&apos;hui, officer_id le collaborateur qui agit.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="324"/>
        <source>the initiative asking</source>
        <translation>l&apos;initiative qui pose la question</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="327"/>
        <source>every field and its follow-ups</source>
        <translation>tous les champs et ses suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="335"/>
        <source>follow-ups (opvolgingen)</source>
        <translation>suivis (opvolgingen)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="340"/>
        <source>due_on= also takes +1w, +2w, +1m, +3m; owner_id= takes an officer&apos;s name or id.</source>
        <translation>due_on= accepte aussi +1w, +2w, +1m, +3m ; owner_id= accepte le nom ou l&apos;identifiant d&apos;un collaborateur.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="342"/>
        <source>open or done</source>
        <translation>open ou done</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="342"/>
        <source>the follow-up&apos;s owner: a name or an id</source>
        <translation>le ou la responsable du suivi : un nom ou un identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="343"/>
        <source>plan a follow-up; prints its id</source>
        <translation>planifier un suivi ; affiche son identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="344"/>
        <source>Plan a follow-up on a request or an initiative and print its id.
action and due_on are required; owner_id defaults to the acting officer.</source>
        <translation>Planifie un suivi sur une demande ou une initiative et affiche son identifiant.
action et due_on sont obligatoires ; owner_id vaut par défaut le collaborateur qui agit.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="347"/>
        <source>on this initiative</source>
        <translation>sur cette initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="348"/>
        <source>on this request (and its initiative)</source>
        <translation>sur cette demande (et son initiative)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="351"/>
        <source>every field</source>
        <translation>tous les champs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="355"/>
        <source>mark done, with its outcome</source>
        <translation>marquer comme fait, avec son résultat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="357"/>
        <source>what came of it</source>
        <translation>ce qui en est sorti</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="358"/>
        <source>done on (default today; yyyy-mm-dd or dd/mm/yyyy)</source>
        <translation>fait le (par défaut aujourd&apos;hui ; aaaa-mm-jj ou jj/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="360"/>
        <source>mark as not done again</source>
        <translation>marquer à nouveau comme non fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="367"/>
        <source>support officers and who works at this desk</source>
        <translation>collaborateurs et qui travaille à ce poste</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="370"/>
        <source>On a shared PostgreSQL database (admins): officers add name=NAME login=LOGIN role=officer|coordinator|admin [provinces=limburg,antwerpen] --password-stdin; officers set ID role=...; officers disable ID; officers enable ID.</source>
        <translation>Sur une base PostgreSQL partagée (administrateurs) : officers add name=NOM login=IDENTIFIANT role=officer|coordinator|admin [provinces=limburg,antwerpen] --password-stdin ; officers set ID role=... ; officers disable ID ; officers enable ID.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="373"/>
        <source>list officers (* = signed in at this desk)</source>
        <translation>lister les collaborateurs (* = connecté à ce poste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="374"/>
        <location filename="../../fourthpillar/cli/safety.py" line="342"/>
        <location filename="../../fourthpillar/cli/safety.py" line="371"/>
        <location filename="../../fourthpillar/cli/safety.py" line="386"/>
        <source>as JSON</source>
        <translation>en JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="375"/>
        <source>add an officer; prints the id</source>
        <translation>ajouter un collaborateur ; affiche son identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="376"/>
        <source>Add an officer and print the id. name is required.</source>
        <translation>Ajoute un collaborateur et affiche son identifiant. name est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="380"/>
        <source>remember who works at this desk (adds the officer if new)</source>
        <translation>retenir qui travaille à ce poste (ajoute le collaborateur s&apos;il est nouveau)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="381"/>
        <source>the officer&apos;s name (or id)</source>
        <translation>le nom (ou l&apos;identifiant) du collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/records.py" line="382"/>
        <source>region for a new officer (province code or name)</source>
        <translation>région d&apos;un nouveau collaborateur (code ou nom de province)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="52"/>
        <source>counts unknown</source>
        <extracomment>Exit status of ``check`` when the database has problems.</extracomment>
        <translation>nombres inconnus</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="66"/>
        <source>backup {id} written to {path}</source>
        <translation>sauvegarde {id} écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="82"/>
        <source>no backups yet</source>
        <translation>pas encore de sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="90"/>
        <source>restore needs a data folder</source>
        <translation>la restauration a besoin d&apos;un dossier de données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="93"/>
        <location filename="../../fourthpillar/cli/safety.py" line="109"/>
        <source>no backup {id} (see &apos;backup list&apos;)</source>
        <translation>aucune sauvegarde {id} (voir &apos;backup list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="98"/>
        <source>restored {id}; the state before was saved as backup {safety}</source>
        <translation>{id} restaurée ; l&apos;état d&apos;avant a été gardé comme sauvegarde {safety}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="101"/>
        <location filename="../../fourthpillar/cli/safety.py" line="158"/>
        <source>{count} person(s) erased after that backup was made were erased again</source>
        <translation>personnes effacées après cette sauvegarde et effacées à nouveau : {count}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="112"/>
        <location filename="../../fourthpillar/cli/safety.py" line="275"/>
        <source>pruned {count} older backup(s); new backup {id}</source>
        <translation>{count} sauvegarde(s) plus ancienne(s) supprimée(s) ; nouvelle sauvegarde {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="124"/>
        <source>&apos;{command}&apos; works on a data folder&apos;s own register, and this one is at a database URL (--database-url, $FOURTHPILLAR_DATABASE_URL or the folder&apos;s config.json); a shared database is backed up and restored by its server</source>
        <translation>&apos;{command}&apos; agit sur le registre propre d&apos;un dossier de données, et celui-ci se trouve à une URL de base de données (--database-url, $FOURTHPILLAR_DATABASE_URL ou le config.json du dossier) ; une base de données partagée est sauvegardée et restaurée par son serveur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="136"/>
        <source>{path} passes the integrity check, so there is nothing to recover; to go back to a backup use &apos;backup restore ID&apos; (it keeps the present state)</source>
        <translation>{path} passe le contrôle d&apos;intégrité, il n&apos;y a donc rien à récupérer ; pour revenir à une sauvegarde, utilisez &apos;backup restore ID&apos; (l&apos;état actuel est conservé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="140"/>
        <source>there is no readable backup in {folder} to recover from; do not delete the damaged file, ask for help</source>
        <translation>il n&apos;y a aucune sauvegarde lisible dans {folder} pour récupérer ; ne supprimez pas le fichier endommagé, demandez de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="150"/>
        <source>recovered {path} from backup {id} of {when} ({counts})</source>
        <translation>{path} récupéré depuis la sauvegarde {id} du {when} ({counts})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="153"/>
        <source>the damaged file was kept as {path}</source>
        <translation>le fichier endommagé a été conservé sous {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="155"/>
        <source>there was no database file to keep</source>
        <translation>il n&apos;y avait pas de fichier de base de données à conserver</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="156"/>
        <source>everything entered after the backup was made is not in the recovered register</source>
        <translation>tout ce qui a été saisi après la création de la sauvegarde est absent du registre récupéré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="175"/>
        <source>there is no register in {folder} yet</source>
        <translation>il n&apos;y a pas encore de registre dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="178"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="181"/>
        <source>{path}: {count} problem(s)</source>
        <translation>{path} : {count} problème(s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="183"/>
        <source>{path}: {count} problem(s); &apos;fourthpillar backup recover&apos; puts back the newest good backup and keeps this file</source>
        <translation>{path} : {count} problème(s) ; &apos;fourthpillar backup recover&apos; remet la sauvegarde valide la plus récente et conserve ce fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="194"/>
        <source>--out {path} is a file, not a folder</source>
        <translation>--out {path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="214"/>
        <source>registration {id} is contact person {contact}&apos;s: use &apos;{command} {contact}&apos;</source>
        <translation>l&apos;inscription {id} est celle de la personne de contact {contact} : utilisez &apos;{command} {contact}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="223"/>
        <source>replaced by {mark} in {count} other text(s):</source>
        <translation>remplacée par {mark} dans {count} autre(s) texte(s) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="235"/>
        <source>would erase contact {id} ({name}): name, role, e-mail and phone, in the record and its history</source>
        <translation>effacerait le contact {id} ({name}) : nom, rôle, e-mail et téléphone, dans la fiche et son historique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="239"/>
        <source>would erase walk-in {id} ({name}): name and e-mail, in the registration and its history</source>
        <translation>effacerait le participant libre {id} ({name}) : nom et adresse e-mail, dans l&apos;inscription et son historique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="241"/>
        <source>would replace the person by {mark} in {count} other text(s):</source>
        <translation>remplacerait la personne par {mark} dans {count} autre(s) texte(s) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="259"/>
        <source>erased contact {id}: name, role, e-mail and phone removed from the record, {count} history entries blanked or redacted</source>
        <translation>contact {id} effacé : nom, rôle, e-mail et téléphone retirés de la fiche, {count} entrées d&apos;historique vidées ou caviardées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="264"/>
        <source>erased walk-in {id}: name and e-mail removed from the registration</source>
        <translation>participant libre {id} effacé : nom et adresse e-mail retirés de l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="265"/>
        <source>{count} history entries blanked or redacted</source>
        <translation>{count} entrées d&apos;historique vidées ou caviardées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="277"/>
        <source>{count} backup(s) made before the erasure still hold the data; run again with --prune-backups or prune them in File &gt; Backups</source>
        <translation>{count} sauvegarde(s) faite(s) avant l&apos;effacement contiennent encore les données ; relancez avec --prune-backups ou supprimez-les dans Fichier &gt; Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="285"/>
        <source>no record holds &apos;{text}&apos;</source>
        <translation>aucune fiche ne contient « {text} »</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="293"/>
        <source>initiatives without activity since {date} ({count}):</source>
        <translation>initiatives sans activité depuis le {date} ({count}) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="296"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="297"/>
        <source>{municipality}; last activity {date}</source>
        <translation>{municipality} ; dernière activité {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="299"/>
        <source>contact persons without recorded consent ({count}):</source>
        <translation>personnes de contact sans consentement enregistré ({count}) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="303"/>
        <source>registrations of events more than {years} years ago ({count}); &apos;retention forget-registrations ID&apos; archives them and erases the walk-ins:</source>
        <translation>inscriptions à des activités d&apos;il y a plus de {years} ans ({count}) ; &apos;retention forget-registrations ID&apos; les archive et efface les participants libres :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="317"/>
        <source>registration {id} is not past the retention period, or is archived already (see &apos;retention list&apos;)</source>
        <translation>l&apos;inscription {id} n&apos;a pas dépassé la durée de conservation, ou est déjà archivée (voir &apos;retention list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="321"/>
        <source>archived {count} registration(s) and erased {walk_ins} walk-in(s); the archiving can be undone, the erasure not</source>
        <translation>{count} inscription(s) archivée(s) et {walk_ins} participant(s) libre(s) effacé(s) ; l&apos;archivage peut être annulé, l&apos;effacement non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="330"/>
        <source>&apos;{value}&apos; is not a whole number of years</source>
        <translation>&apos;{value}&apos; n&apos;est pas un nombre entier d&apos;années</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="332"/>
        <source>must be between 1 and 200 years</source>
        <translation>doit être entre 1 et 200 ans</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="338"/>
        <source>make, list or restore backups of the register, or recover a damaged one</source>
        <translation>créer, lister ou restaurer des sauvegardes du registre, ou récupérer un registre endommagé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="340"/>
        <source>make a backup now</source>
        <translation>créer une sauvegarde maintenant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="341"/>
        <source>the backups, newest first</source>
        <translation>les sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="343"/>
        <source>put a backup back (the current state is backed up first)</source>
        <translation>restaurer une sauvegarde (l&apos;état actuel est d&apos;abord sauvegardé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="345"/>
        <source>a backup id from &apos;backup list&apos;</source>
        <translation>un identifiant de sauvegarde de &apos;backup list&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="347"/>
        <source>delete a backup and every older one (after an erasure); a fresh backup is made</source>
        <translation>supprimer une sauvegarde et toutes les plus anciennes (après un effacement) ; une nouvelle sauvegarde est faite</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="349"/>
        <source>the newest backup to delete</source>
        <translation>la sauvegarde la plus récente à supprimer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="352"/>
        <source>put the newest good backup in place of a damaged register (the damaged file is kept)</source>
        <translation>mettre la sauvegarde valide la plus récente à la place d&apos;un registre endommagé (le fichier endommagé est conservé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="355"/>
        <source>this backup instead of the newest good one (see &apos;backup list&apos;)</source>
        <translation>cette sauvegarde au lieu de la plus récente valide (voir &apos;backup list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="356"/>
        <source>what was restored, as JSON</source>
        <translation>ce qui a été restauré, en JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="358"/>
        <source>run the full integrity check of the database</source>
        <translation>lancer le contrôle d&apos;intégrité complet de la base de données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="360"/>
        <source>a contact person&apos;s or a walk-in&apos;s data: export or erase (GDPR)</source>
        <translation>les données d&apos;une personne de contact ou d&apos;un participant libre : exporter ou effacer (RGPD)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="362"/>
        <source>write everything held about the person (JSON and PDF)</source>
        <translation>écrire tout ce qui est conservé sur la personne (JSON et PDF)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="364"/>
        <source>a contact id or a walk-in&apos;s registration id</source>
        <translation>un identifiant de contact ou l&apos;identifiant d&apos;inscription d&apos;un participant libre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="365"/>
        <source>folder for the files</source>
        <translation>dossier pour les fichiers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="368"/>
        <source>every record that holds a name, e-mail or phone (contacts, requests, follow-ups, notes)</source>
        <translation>chaque fiche qui contient un nom, un e-mail ou un téléphone (contacts, demandes, suivis, notes)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="370"/>
        <source>a name, e-mail or phone, or part of one</source>
        <translation>un nom, un e-mail ou un téléphone, ou une partie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="373"/>
        <source>remove the person&apos;s name, role, e-mail and phone everywhere, also from notes</source>
        <translation>effacer partout le nom, le rôle, l&apos;e-mail et le téléphone de la personne, aussi dans les notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="376"/>
        <source>one or more contact ids or walk-ins&apos; registration ids (&apos;person find&apos;)</source>
        <translation>un ou plusieurs identifiants de contact ou d&apos;inscription de participants libres (&apos;person find&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="377"/>
        <source>only list what would be erased and redacted</source>
        <translation>seulement afficher ce qui serait effacé et caviardé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="379"/>
        <source>also delete the backups made before the erasure (a fresh one is made)</source>
        <translation>supprimer aussi les sauvegardes faites avant l&apos;effacement (une nouvelle est créée)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="381"/>
        <source>the retention review</source>
        <translation>la revue de conservation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="383"/>
        <source>inactive initiatives and people without consent</source>
        <translation>initiatives inactives et personnes sans consentement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="385"/>
        <source>inactive for this many years (5)</source>
        <translation>inactives depuis ce nombre d&apos;années (5)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="389"/>
        <source>archive registrations of events held too long ago and erase the walk-ins</source>
        <translation>archiver les inscriptions à des activités trop anciennes et effacer les participants libres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/safety.py" line="392"/>
        <source>one or more registration ids (&apos;retention list&apos;)</source>
        <translation>un ou plusieurs identifiants d&apos;inscription (&apos;retention list&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sign_in.py" line="19"/>
        <source>Password of {login} on {where}: </source>
        <translation>Mot de passe de {login} sur {where} : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="40"/>
        <source>--province is for a first package; a package --for a copy holds what it lacks</source>
        <translation>--province est pour un premier paquet ; un paquet --for une copie contient ce qui manque à celle-ci</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="49"/>
        <source>{count} change(s) for replica {replica}</source>
        <translation>{count} modification(s) pour la réplique {replica}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="52"/>
        <source>note: nothing was ever received from that replica id, so the package holds everything this copy can give; check the id with &apos;replica id&apos; on the other copy</source>
        <translation>remarque : rien n&apos;a jamais été reçu de cet identifiant de réplique, le paquet contient donc tout ce que cette copie peut donner ; vérifiez l&apos;identifiant avec &apos;replica id&apos; sur l&apos;autre copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="55"/>
        <source>first package with {count} record(s) for the new copy {replica}; open it with &apos;sync checkout&apos; and this code (give it apart from the file):</source>
        <translation>premier paquet avec {count} élément(s) pour la nouvelle copie {replica} ; ouvrez-le avec &apos;sync checkout&apos; et ce code (transmettez-le séparément du fichier) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="66"/>
        <source>a field copy is a SQLite file in a data folder; give --data-dir, not --database-url</source>
        <translation>une copie de terrain est un fichier SQLite dans un dossier de données ; donnez --data-dir, pas --database-url</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="71"/>
        <source>Code of the first package: </source>
        <translation>Code du premier paquet : </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="73"/>
        <source>no code given: give --code CODE</source>
        <translation>aucun code donné : indiquez --code CODE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="76"/>
        <source>new copy {replica} with {count} record(s)</source>
        <translation>nouvelle copie {replica} avec {count} enregistrement(s)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="86"/>
        <source>applied {applied}, already here {skipped}, new records {created}, conflicts {conflicts}</source>
        <translation>{applied} appliquées, {skipped} déjà présentes, {created} nouveaux enregistrements, {conflicts} conflits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="96"/>
        <source>{count} registration(s) beyond an event&apos;s capacity went to the waiting list</source>
        <translation>{count} inscription(s) au-delà de la capacité d&apos;une activité placée(s) sur la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="102"/>
        <source>erased {count} person(s) as the other copy did</source>
        <translation>{count} personne(s) effacée(s), comme l&apos;autre copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="105"/>
        <source>{count} backup(s) made before the erasure still hold the data; delete them with &apos;backup prune --until {id}&apos; or in File &gt; Backups</source>
        <translation>{count} sauvegarde(s) antérieure(s) à l&apos;effacement contiennent encore les données ; supprimez-les avec &apos;backup prune --until {id}&apos; ou dans Fichier &gt; Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="112"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="119"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="119"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="121"/>
        <source>mine: {mine}   theirs: {theirs}   common: {common}   showing: {current}</source>
        <translation>la mienne : {mine}   la leur : {theirs}   commune : {common}   affichée : {current}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="127"/>
        <source>no open conflicts</source>
        <translation>aucun conflit ouvert</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="132"/>
        <source>give --take mine|theirs or --value VALUE</source>
        <translation>donnez --take mine|theirs ou --value VALEUR</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="134"/>
        <source>resolved; undo with batch {batch}</source>
        <translation>résolu ; annulable avec le lot {batch}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="143"/>
        <source>sent {sent} change(s), received {received}, conflicts {there} there / {here} here</source>
        <translation>{sent} modification(s) envoyée(s), {received} reçue(s), conflits : {there} là-bas / {here} ici</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="153"/>
        <source>replica {replica} revoked: its packages are refused from now on</source>
        <translation>réplique {replica} révoquée : ses paquets sont désormais refusés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="163"/>
        <source>field packages and syncing with other copies</source>
        <translation>paquets de terrain et synchronisation avec d&apos;autres copies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="166"/>
        <source>make a package (a first one, or --for a copy)</source>
        <translation>créer un paquet (un premier, ou --for une copie)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="167"/>
        <source>the package file to write</source>
        <translation>le fichier de paquet à écrire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="169"/>
        <source>replica id of the copy it is for: holds what that copy lacks</source>
        <translation>identifiant de réplique de la copie destinataire : contient ce qui manque à cette copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="171"/>
        <source>first package: only this province&apos;s initiatives (a coordinator&apos;s: one of their own, theirs by default)</source>
        <translation>premier paquet : seulement les initiatives de cette province (pour un coordinateur : une des siennes, la sienne par défaut)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="172"/>
        <source>the result as JSON (with the code)</source>
        <translation>le résultat en JSON (avec le code)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="174"/>
        <source>make a new copy in --data-dir from a first package</source>
        <translation>créer une nouvelle copie dans --data-dir à partir d&apos;un premier paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="177"/>
        <source>the first package&apos;s code (asked for when left out)</source>
        <translation>le code du premier paquet (demandé s&apos;il est omis)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="179"/>
        <source>refuse a copy&apos;s packages from now on (a lost laptop)</source>
        <translation>refuser désormais les paquets d&apos;une copie (un portable perdu)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="183"/>
        <source>merge a package into this copy</source>
        <translation>fusionner un paquet dans cette copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="185"/>
        <source>counts as JSON</source>
        <translation>nombres en JSON</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="187"/>
        <source>list open conflicts</source>
        <translation>lister les conflits ouverts</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="190"/>
        <source>settle a conflict</source>
        <translation>régler un conflit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="195"/>
        <source>exchange directly with another database</source>
        <translation>échanger directement avec une autre base de données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="199"/>
        <source>this copy&apos;s replica id</source>
        <translation>l&apos;identifiant de réplique de cette copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/sync.py" line="201"/>
        <source>print this copy&apos;s replica id</source>
        <translation>afficher l&apos;identifiant de réplique de cette copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/tables.py" line="47"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/cli/tables.py" line="47"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="89"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="95"/>
        <location filename="../../fourthpillar/lists/catalogue.py" line="253"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="101"/>
        <source>Officer</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="110"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="121"/>
        <location filename="../../fourthpillar/lists/catalogue.py" line="250"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="123"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="125"/>
        <source>Enterprise number</source>
        <translation>Numéro BCE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="127"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="129"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="130"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="132"/>
        <source>Partner countries</source>
        <translation>Pays partenaires</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="134"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="136"/>
        <source>Founded</source>
        <translation>Fondée en</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="138"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="141"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="155"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="158"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="161"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="165"/>
        <location filename="../../fourthpillar/lists/catalogue.py" line="181"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="166"/>
        <source>Answered</source>
        <translation>Traitée le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="168"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="183"/>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="185"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="187"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="188"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="191"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="216"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="218"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="220"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="221"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="223"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="226"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="227"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="229"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="232"/>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="234"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="248"/>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="255"/>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="257"/>
        <source>Event date</source>
        <translation>Date de l&apos;activité</translation>
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
        <translation>Suivi effectué : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="246"/>
        <source>Mark follow-up done</source>
        <translation>Marquer le suivi comme fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="247"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="248"/>
        <source>Mark done (Ctrl+S)</source>
        <translation>Marquer comme fait (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="254"/>
        <source>What came of it?</source>
        <translation>Qu&apos;en est-il ressorti ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="256"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="258"/>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="259"/>
        <source>What to do:</source>
        <translation>À faire :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="260"/>
        <source>Done o&amp;n:</source>
        <translation>Fait &amp;le :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="261"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="280"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="287"/>
        <source>&apos;%1&apos; is not a date (use dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="46"/>
        <source>changed on both sides</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="47"/>
        <source>archived on one side, edited on the other</source>
        <translation>archivé d&apos;un côté, modifié de l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="48"/>
        <source>possibly the same initiative twice</source>
        <translation>peut-être deux fois la même initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="49"/>
        <source>records added on a copy after the merge: moved to the kept initiative</source>
        <translation>ajoutés sur une copie après la fusion : déplacés vers l&apos;initiative gardée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="52"/>
        <source>{field}: edited on a copy after the merge, applied to the kept initiative</source>
        <extracomment>A copy&apos;s edit to an initiative merged away, made on the kept one: what the Field column says.</extracomment>
        <translation>{field} : modifié sur une copie après la fusion, appliqué à l&apos;initiative gardée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="60"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="67"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="67"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Mine</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="97"/>
        <source>Theirs</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="98"/>
        <source>Common (before both changes)</source>
        <translation>Commun (avant les deux modifications)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="98"/>
        <source>Showing now</source>
        <translation>Affiché maintenant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="101"/>
        <location filename="../../fourthpillar/ui/conflicts.py" line="167"/>
        <source>Take &amp;mine</source>
        <translation>Prendre la &amp;mienne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="102"/>
        <location filename="../../fourthpillar/ui/conflicts.py" line="164"/>
        <location filename="../../fourthpillar/ui/conflicts.py" line="168"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre la l&amp;eur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="104"/>
        <source>or type the right value</source>
        <translation>ou tapez la bonne valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="106"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="107"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/conflicts.py" line="143"/>
        <source>%n open conflict(s): decide which value is right.</source>
        <translation>
            <numerusform>%n conflit ouvert : décidez quelle valeur est la bonne.</numerusform>
            <numerusform>%n conflits ouverts : décidez quelle valeur est la bonne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="144"/>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="160"/>
        <source>Keep the one that was here</source>
        <translation>Garder celle qui était ici</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="161"/>
        <source>Keep the one that arrived</source>
        <translation>Garder celle qui est arrivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="163"/>
        <source>&amp;Seen</source>
        <translation>&amp;Vu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="211"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/conflicts.py" line="216"/>
        <source>The same thing was changed differently in two copies of the register. Until you decide, every copy shows the same provisional value (“Showing now”); the other value is kept. Your decision travels with the next package or sync.</source>
        <translation>La même donnée a été modifiée différemment dans deux copies du registre. Tant que vous n&apos;avez pas décidé, chaque copie affiche la même valeur provisoire (« Affiché maintenant ») ; l&apos;autre valeur est conservée. Votre décision part avec le prochain paquet ou la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="48"/>
        <source>Edit contact person</source>
        <translation>Modifier la personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="48"/>
        <source>New contact person</source>
        <translation>Nouvelle personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="58"/>
        <source>e.g. chair, treasurer</source>
        <translation>p. ex. présidente, trésorier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="60"/>
        <source>name@example.be</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="64"/>
        <source>When the person agreed that the office keeps these details</source>
        <translation>Date à laquelle la personne a accepté que le bureau conserve ces données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="66"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="68"/>
        <source>Initiative:</source>
        <translation>Initiative :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="70"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="71"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="72"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="73"/>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Langue préférée :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="74"/>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Consentement donné le :</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../fourthpillar/ui/widgets/countries.py" line="62"/>
        <source>Type a country to add it…</source>
        <translation>Tapez un pays pour l&apos;ajouter…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/countries.py" line="74"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="139"/>
        <source>Dashboard</source>
        <extracomment>Entities of the change log that can be opened from the activity list. The widgets shown now, in reading order. Reads the dashboard in the background (the window&apos;s runner), so the window never waits for it. A background read that a newer refresh overtook is not shown.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="144"/>
        <source>My follow-ups</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="145"/>
        <source>No overdue follow-ups.</source>
        <translation>Aucun suivi en retard.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="146"/>
        <source>Nothing due today.</source>
        <translation>Rien à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="148"/>
        <source>Nothing due in the coming week.</source>
        <translation>Rien à faire dans la semaine à venir.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="150"/>
        <source>Next events</source>
        <translation>Prochaines activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="153"/>
        <source>Show all coming events</source>
        <translation>Afficher toutes les activités à venir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="157"/>
        <source>Open advice requests</source>
        <translation>Demandes de conseil ouvertes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="166"/>
        <source>Show all open requests</source>
        <translation>Afficher toutes les demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="170"/>
        <source>Initiatives per province</source>
        <translation>Initiatives par province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="173"/>
        <location filename="../../fourthpillar/ui/dashboard.py" line="191"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="174"/>
        <source>Nothing has happened yet.</source>
        <translation>Rien ne s&apos;est encore passé.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="216"/>
        <source>Show in the follow-up list</source>
        <translation>Afficher dans la liste des suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="223"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="223"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="224"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="224"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="238"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="239"/>
        <source>&amp;Mark done…</source>
        <translation>&amp;Marquer comme fait…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="281"/>
        <source>The dashboard cannot be read</source>
        <translation>Impossible de lire le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="291"/>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="293"/>
        <source>Due today (%1)</source>
        <translation>À faire aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="294"/>
        <source>Due in the coming week (%1)</source>
        <translation>À faire dans la semaine à venir (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="343"/>
        <source>%Ln day late</source>
        <translation>%Ln jour de retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="343"/>
        <source>%Ln days late</source>
        <translation>%Ln jours de retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="345"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="358"/>
        <source>Initiative registered</source>
        <translation>Initiative enregistrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="359"/>
        <source>Initiative changed</source>
        <translation>Initiative modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="360"/>
        <source>Initiative archived</source>
        <translation>Initiative archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="361"/>
        <source>Initiative restored</source>
        <translation>Initiative restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="362"/>
        <source>Request logged</source>
        <translation>Demande de conseil enregistrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="363"/>
        <source>Request changed</source>
        <translation>Demande de conseil modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="364"/>
        <source>Request archived</source>
        <translation>Demande de conseil archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="365"/>
        <source>Request restored</source>
        <translation>Demande de conseil restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="366"/>
        <source>Follow-up planned</source>
        <translation>Suivi planifié</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="367"/>
        <source>Follow-up changed</source>
        <translation>Suivi modifié</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="368"/>
        <source>Follow-up done</source>
        <translation>Suivi effectué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="369"/>
        <source>Follow-up reopened</source>
        <translation>Suivi rouvert</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="370"/>
        <source>Follow-up archived</source>
        <translation>Suivi archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="371"/>
        <source>Follow-up restored</source>
        <translation>Suivi restauré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="372"/>
        <source>Contact person added</source>
        <translation>Personne de contact ajoutée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="373"/>
        <source>Contact person changed</source>
        <translation>Personne de contact modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="374"/>
        <source>Contact person archived</source>
        <translation>Personne de contact archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="375"/>
        <source>Contact person restored</source>
        <translation>Personne de contact restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="376"/>
        <source>Event planned</source>
        <translation>Activité planifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="377"/>
        <source>Event changed</source>
        <translation>Activité modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="378"/>
        <source>Event archived</source>
        <translation>Activité archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="379"/>
        <source>Event restored</source>
        <translation>Activité restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="380"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="381"/>
        <source>Registration changed</source>
        <translation>Inscription modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="382"/>
        <source>Registration archived</source>
        <translation>Inscription archivée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="383"/>
        <source>Registration restored</source>
        <translation>Inscription restaurée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="406"/>
        <source>%Ln registered</source>
        <translation>%Ln inscrits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="410"/>
        <source>%Ln waiting</source>
        <translation>%Ln en attente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="416"/>
        <source>No events planned.</source>
        <translation>Aucune activité planifiée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="445"/>
        <source>No initiatives registered yet.</source>
        <translation>Aucune initiative enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/dashboard.py" line="451"/>
        <source>Province unknown</source>
        <translation>Province inconnue</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="51"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="52"/>
        <source>A date (dd/mm/yyyy), or counted from today: +3d, +2w, +1m, today</source>
        <translation>Une date (jj/mm/aaaa), ou comptée à partir d&apos;aujourd&apos;hui : +3j, +2s, +1m, aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="59"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/widgets/date_field.py" line="60"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="53"/>
        <source>process {pid}</source>
        <extracomment>Prefix of the running app&apos;s local server name (see :func:`server_name`). Hex digits of the hash kept in the name: short enough for a Unix socket path under macOS&apos;s long temporary folder (104 bytes at most), long enough that two folders never share a name. The lock file&apos;s key for the moment the session holding it ended cleanly.</extracomment>
        <translation>le processus {pid}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="54"/>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="56"/>
        <source>on {host}</source>
        <translation>sur {host}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="58"/>
        <source>since {moment}</source>
        <translation>depuis {moment}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="69"/>
        <source>the desk in {folder} is already open; close it there first</source>
        <translation>le desk dans {folder} est déjà ouvert ; fermez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/instance.py" line="71"/>
        <source>the desk in {folder} is already open by {holder}; close it there first</source>
        <translation>le desk dans {folder} est déjà ouvert par {holder} ; fermez-le d&apos;abord</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="63"/>
        <source>&amp;Copy diagnostics</source>
        <extracomment>The open register, for the crash dialog (which is called without one); set by ui.app.run_app.</extracomment>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="64"/>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Enregistrer le diagnostic…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="80"/>
        <source>The diagnostics are on the clipboard: paste them into your e-mail.</source>
        <translation>Le diagnostic est dans le presse-papiers : collez-le dans votre e-mail.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="85"/>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="93"/>
        <source>Save diagnostics</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="95"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="101"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="102"/>
        <source>Describe what you did and what went wrong in an e-mail to the application&apos;s maintainers, and add these diagnostics (copy them, or save them and attach the file). They hold no names or other details of the people in the register.</source>
        <translation>Décrivez dans un e-mail aux responsables de l&apos;application ce que vous faisiez et ce qui n&apos;a pas fonctionné, et ajoutez ce diagnostic (copiez-le, ou enregistrez-le et joignez le fichier). Il ne contient ni noms ni autres données des personnes du registre.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="111"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/diagnostics.py" line="112"/>
        <source>Something went wrong that the desk did not expect. Your saved work is safe; please send these diagnostics to the application&apos;s maintainers.</source>
        <translation>Une erreur inattendue s&apos;est produite. Votre travail enregistré est en sécurité ; veuillez envoyer ce diagnostic aux responsables de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="80"/>
        <source>names alike ({score})</source>
        <extracomment>config.json keys: the lowest score the Duplicates page and ``initiatives duplicates`` list, and the lowest the new-initiative editor and the import preview warn about. Rows read from the database at a time. How many pairs a scan returns at most (best first).</extracomment>
        <translation>noms semblables ({score})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="81"/>
        <source>initials of the other&apos;s name</source>
        <translation>initiales de l&apos;autre nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="82"/>
        <source>same enterprise number {number}</source>
        <translation>même numéro d&apos;entreprise {number}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="83"/>
        <source>different enterprise numbers</source>
        <translation>numéros d&apos;entreprise différents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="84"/>
        <source>same place ({place})</source>
        <translation>même lieu ({place})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="85"/>
        <source>different places</source>
        <translation>lieux différents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="86"/>
        <source>shared e-mail {email}</source>
        <translation>e-mail commun {email}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="87"/>
        <source>shared phone {phone}</source>
        <translation>téléphone commun {phone}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="88"/>
        <source>partner country {countries}</source>
        <translation>pays partenaire {countries}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/duplicates.py" line="187"/>
        <source>an initiative cannot be a duplicate of itself</source>
        <translation>une initiative ne peut pas être un doublon d&apos;elle-même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="102"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="102"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="125"/>
        <source>an initiative cannot be merged into itself</source>
        <translation>une initiative ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="152"/>
        <source>{field}: not a field of an initiative</source>
        <translation>{field} : pas un champ d&apos;une initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="158"/>
        <source>{field}: choose keep, other or both</source>
        <translation>{field} : choisissez keep, other ou both</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/merge.py" line="159"/>
        <source>{field}: choose keep or other</source>
        <translation>{field} : choisissez keep ou other</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="60"/>
        <source>Merge two initiatives</source>
        <translation>Fusionner deux initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="63"/>
        <source>“%1” is kept; “%2” is merged into it and archived. Its %3 contact(s), %4 request(s) and %5 follow-up(s) move along. Choose per field what the kept initiative holds; one undo undoes the whole merge.</source>
        <translation>« %1 » est gardée ; « %2 » y est fusionnée et archivée. Ses %3 contact(s), %4 demande(s) et %5 suivi(s) suivent. Choisissez par champ ce que l&apos;initiative gardée contient ; une seule annulation annule toute la fusion.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="72"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="72"/>
        <source>Kept: %1</source>
        <translation>Gardée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="73"/>
        <source>Merged away: %1</source>
        <translation>Fusionnée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="87"/>
        <location filename="../../fourthpillar/ui/duplicates.py" line="88"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="90"/>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="98"/>
        <source>Every field holds the same value.</source>
        <translation>Tous les champs ont la même valeur.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="105"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="143"/>
        <location filename="../../fourthpillar/ui/duplicates.py" line="167"/>
        <source>Looking for initiatives typed twice…</source>
        <translation>Recherche d&apos;initiatives saisies deux fois…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="145"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="146"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="149"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="150"/>
        <source>Merge the other way…</source>
        <translation>Fusionner dans l&apos;autre sens…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="151"/>
        <location filename="../../fourthpillar/ui/editors/lookalike.py" line="67"/>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="152"/>
        <location filename="../../fourthpillar/ui/editors/lookalike.py" line="66"/>
        <source>Open</source>
        <extracomment>How long the typing must pause before the register is asked. Initiatives the officer said this new one is not.</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="153"/>
        <source>Scan again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="181"/>
        <source>%1 pair(s) of initiatives look like the same one. Merge them, or say they are different ones.</source>
        <translation>%1 paire(s) d&apos;initiatives semblent être la même. Fusionnez-les, ou indiquez qu&apos;elles sont différentes.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="183"/>
        <source>No initiatives look like the same one.</source>
        <translation>Aucune initiative ne semble en doubler une autre.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="235"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/duplicates.py" line="250"/>
        <source>“%1” and “%2” are different</source>
        <translation>« %1 » et « %2 » sont différentes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/lookalike.py" line="108"/>
        <source>Looks like %1 (score %2). Is it the same initiative?</source>
        <translation>Ressemble à %1 (score %2). Est-ce la même initiative ?</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="118"/>
        <source>record</source>
        <extracomment>What else the editor shows with it, read at the same time (an initiative&apos;s contact persons). The record edited as stored now; None for a new one. (id, name) of the officers the form offers (assigned officer, owner); [] when it offers none. What a new record&apos;s form shows besides its defaults (the initiative it is for, ...). The record&apos;s kind in the change log (&quot;initiative&quot;, &quot;request&quot;, &quot;follow_up&quot;, &quot;contact&quot;). What the record is called in messages (&quot;initiative&quot;, &quot;request&quot;, ...) and with its demonstrative (&quot;this initiative&quot;, which Dutch and French choose by the noun: &quot;dit initiatief&quot;, &quot;deze adviesvraag&quot;). Each editor marks them with ``QT_TRANSLATE_NOOP`` in the context &quot;EditorDialog&quot;, the one they are translated in here.</extracomment>
        <translation>élément</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="119"/>
        <source>this record</source>
        <translation>cet élément</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="158"/>
        <source>&amp;Save</source>
        <extracomment>What a save did, for the status bar and Edit ▸ Undo (&quot;Initiative registered: %1&quot;). Without them a save says &quot;Saved: &lt;noun&gt;&quot;, unless the editor words its own :meth:`done_description`. Where the form is read and saves are written: the window&apos;s runner (its read pool, its one writer, off the GUI thread); None reads and saves at once (an editor on its own). What the form shows, read when it opens (:meth:`read_form`). A save is being written: Save, Esc and closing wait for it. The stored version this form was loaded from (None: a new record). The stored values this form was loaded from: the common ground of a merge. The form&apos;s choice of an officer (:meth:`officer_field`), if it has one. The merge dialog open on top of this editor, if any. The form&apos;s fields and sections (disabled while the form is read).</extracomment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="160"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="317"/>
        <source>— nobody —</source>
        <translation>— personne —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="328"/>
        <source>%1 (archived)</source>
        <comment>an officer who no longer works here</comment>
        <translation>%1 (archivé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/editors/base.py" line="389"/>
        <source>Not saved: please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Non enregistré : corrigez le champ marqué.</numerusform>
            <numerusform>Non enregistré : corrigez les %n champs marqués.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="391"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="451"/>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="102"/>
        <source>Not saved: %1. It may have been archived meanwhile.</source>
        <translation>Non enregistré : %1. L&apos;élément a peut-être été archivé entre-temps.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="453"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="462"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="472"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/base.py" line="473"/>
        <source>Your changes to %1 are not saved yet. Save them?</source>
        <translation>Vos modifications de %1 ne sont pas encore enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="38"/>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="39"/>
        <source>this contact person</source>
        <translation>cette personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="40"/>
        <source>Contact person added: %1</source>
        <translation>Personne de contact ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/contact.py" line="41"/>
        <source>Contact person changed: %1</source>
        <translation>Personne de contact modifiée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="53"/>
        <source>event</source>
        <extracomment>The fields the form holds, as ``services.events`` names them.</extracomment>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="54"/>
        <source>this event</source>
        <translation>cette activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="55"/>
        <source>Event planned: %1</source>
        <translation>Activité planifiée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="56"/>
        <source>Event changed: %1</source>
        <translation>Activité modifiée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="62"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="63"/>
        <source>this follow-up</source>
        <translation>ce suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="59"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="60"/>
        <source>this initiative</source>
        <translation>cette initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="61"/>
        <source>Initiative registered: %1</source>
        <translation>Initiative enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="62"/>
        <source>Initiative changed: %1</source>
        <translation>Initiative modifiée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="48"/>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="49"/>
        <source>this registration</source>
        <translation>cette inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="84"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="85"/>
        <source>this request</source>
        <translation>cette demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="86"/>
        <source>Request logged: %1</source>
        <translation>Demande de conseil enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="87"/>
        <source>Request changed: %1</source>
        <translation>Demande de conseil modifiée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="70"/>
        <source>Someone else saved this %1 after you opened it, so your changes were not saved (nothing was overwritten). Your input is still here: copy what you need, then reload to see the current version.</source>
        <extracomment>The fields showing &quot;Changed meanwhile by ...&quot;.</extracomment>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet élément (%1) après que vous l&apos;avez ouvert : vos modifications n&apos;ont donc pas été enregistrées (rien n&apos;a été écrasé). Votre saisie est toujours là : copiez ce dont vous avez besoin, puis rechargez pour voir la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="73"/>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="176"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="161"/>
        <source>Changed meanwhile in another window</source>
        <translation>Modifié entre-temps dans une autre fenêtre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="162"/>
        <source>Changed meanwhile by %1</source>
        <translation>Modifié entre-temps par %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="169"/>
        <source>%1 saved this %2 %3, after you opened it. Their changes are now in the form together with yours; nothing is saved yet. Check the form, then Save again.</source>
        <translation>%1 a enregistré cet élément (%2) %3, après que vous l&apos;avez ouvert. Ses modifications sont maintenant dans le formulaire avec les vôtres ; rien n&apos;est encore enregistré. Vérifiez le formulaire, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="172"/>
        <source>%1 saved this %2 %3, after you opened it. The form now shows their version, which already has every change you made; nothing needs saving.</source>
        <translation>%1 a enregistré cet élément (%2) %3, après que vous l&apos;avez ouvert. Le formulaire montre maintenant sa version, qui contient déjà toutes vos modifications ; il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="201"/>
        <source>You (in another window)</source>
        <translation>Vous (dans une autre fenêtre)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="203"/>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="207"/>
        <source>meanwhile</source>
        <translation>entre-temps</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="213"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/stale.py" line="214"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/wording.py" line="69"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/wording.py" line="71"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/wording.py" line="71"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="178"/>
        <location filename="../../fourthpillar/store/cipher.py" line="230"/>
        <source>the passphrase does not unlock {path} (is it this register&apos;s passphrase?)</source>
        <translation>la phrase secrète ne déverrouille pas {path} (est-ce bien celle de ce registre ?)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="125"/>
        <source>your database login may not apply the package of copy {replica} ({province}): a coordinator brings back copies of their own provinces ({choices}); nothing was written</source>
        <translation>votre identifiant de base de données ne peut pas appliquer le paquet de la copie {replica} ({province}) : un coordinateur rapporte les copies de ses propres provinces ({choices}) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="127"/>
        <source>the whole register</source>
        <translation>tout le registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="146"/>
        <source>a coordinator&apos;s field copy holds one of their provinces: choose one of {choices}</source>
        <translation>la copie de terrain d&apos;un coordinateur contient une de ses provinces : choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="149"/>
        <source>your database login may not make a field copy of {province}: a coordinator&apos;s copies hold their own provinces ({choices}); nothing was written</source>
        <translation>votre identifiant de base de données ne peut pas faire de copie de terrain de {province} : les copies d&apos;un coordinateur contiennent ses propres provinces ({choices}) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="188"/>
        <source>officers&apos; own logins exist only on a shared PostgreSQL database, not on this desk&apos;s own register</source>
        <translation>les identifiants propres des agents n&apos;existent que sur une base PostgreSQL partagée, pas dans le registre propre de ce poste</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="197"/>
        <location filename="../../fourthpillar/services/logins.py" line="203"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <extracomment>``--what``&apos;s choices as the commands spell them (``followups list``; &quot;follow_ups&quot; and &quot;follow-ups&quot; are taken too).</extracomment>
        <translation>&apos;{text}&apos; ne fait pas partie de : {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="208"/>
        <source>a coordinator needs at least one province</source>
        <translation>un coordinateur a besoin d&apos;au moins une province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="210"/>
        <source>only a coordinator works for chosen provinces</source>
        <translation>seul un coordinateur travaille pour des provinces choisies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="227"/>
        <source>&apos;{text}&apos; is not a login name (lower-case letters, digits, _ . -; at most 63)</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nom d&apos;identifiant (minuscules, chiffres, _ . - ; 63 au plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="232"/>
        <source>&apos;{text}&apos; is already the login of {name}</source>
        <translation>« {text} » est déjà l&apos;identifiant de {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="252"/>
        <source>the database server already has a login &apos;{text}&apos; (of another register, or an old one): choose another</source>
        <translation>le serveur de base de données a déjà un identifiant « {text} » (d&apos;un autre registre, ou un ancien) : choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="263"/>
        <location filename="../../fourthpillar/services/logins.py" line="291"/>
        <source>this officer has no login of their own</source>
        <translation>cet agent n&apos;a pas d&apos;identifiant propre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="294"/>
        <source>you cannot disable your own login</source>
        <translation>vous ne pouvez pas désactiver votre propre identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/office_password.py" line="182"/>
        <source>the password kept on this computer was not accepted</source>
        <translation>le mot de passe conservé sur cet ordinateur n&apos;a pas été accepté</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/office_password.py" line="188"/>
        <source>no password was given for the database {where}</source>
        <translation>aucun mot de passe n&apos;a été donné pour la base de données {where}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/office_password.py" line="195"/>
        <location filename="../../fourthpillar/ui/sign_in.py" line="64"/>
        <source>the server did not accept this login name or password</source>
        <translation>le serveur n&apos;a pas accepté ce nom de connexion ou ce mot de passe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/staging.py" line="131"/>
        <source>the new register could not be put in place as {path} (another program is using that folder); choose an empty data folder</source>
        <extracomment>How often what a checkout wrote so far goes to disk while it fills the partial file.</extracomment>
        <translation>le nouveau registre n&apos;a pas pu être mis en place sous {path} (un autre programme utilise ce dossier) ; choisissez un dossier de données vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/cipher.py" line="210"/>
        <source>{path} is encrypted and no passphrase was given (the keychain holds none for it; scripts set FOURTHPILLAR_KEY)</source>
        <extracomment>The variable holding the passphrase for scripts and tests (no keychain, no prompt). The first bytes of an unencrypted SQLite file. SQLCipher 4&apos;s defaults: files made here open in any SQLCipher 4 with PRAGMA key = &apos;passphrase&apos;. The driver, its exceptions and its connection class, for the store&apos;s modules that use it directly. None for None, called in C: ``dict.get`` of an empty dict gives None for any key. A Python function doing the same cost 65 ns more per value (a checkout binds over three million Nones). Salt → key, for every encrypted file opened in this process. (passphrase, salt) → the key it gives, for :func:`key_with` (which asks about passphrases that may not open the file: changing the passphrase).</extracomment>
        <translation>{path} est chiffré et aucune phrase secrète n&apos;a été donnée (le trousseau n&apos;en contient pas ; les scripts définissent FOURTHPILLAR_KEY)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/cipher.py" line="228"/>
        <location filename="../../fourthpillar/store/database.py" line="240"/>
        <source>{where} is not a readable database (damaged or another kind of file)</source>
        <translation>{where} n&apos;est pas une base de données lisible (endommagée ou un autre type de fichier)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/cipher.py" line="270"/>
        <source>no passphrase was given to encrypt the register with</source>
        <translation>aucune phrase secrète n&apos;a été donnée pour chiffrer le registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/conversion.py" line="107"/>
        <source>{path} could not be encrypted: {error}</source>
        <extracomment>Beside the register: the unencrypted originals, until the officer confirms (then deleted).</extracomment>
        <translation>{path} n&apos;a pas pu être chiffré : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/conversion.py" line="108"/>
        <source>{path} could not be encrypted: the encrypted copy did not match it</source>
        <translation>{path} n&apos;a pas pu être chiffré : la copie chiffrée ne lui correspondait pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="217"/>
        <source>the database {where} cannot be read: one of its pages is damaged (or the computer ran out of memory)</source>
        <extracomment>Each connection&apos;s page cache in KiB (SQLCipher&apos;s default is 8,000 KiB). An encrypted page is decrypted and its HMAC checked each time it is read into the cache, which costs more than the copy from the system&apos;s file cache an unencrypted file needed: a search&apos;s count read 20,000 requests in 25 ms instead of 6 with the default cache, 8 with 32 MiB. On 50,000 initiatives a requests search (&quot;crow&quot;, matching requests and initiatives) reads between 32 and 64 MiB of pages: 71 ms with 32 MiB (every search decrypts them again), 14 ms with 64 MiB. SQLite takes the memory only as pages are read. Why nothing may be written any more (:meth:`block_writing`), or None. What drivers say when no server answers at the address (PostgreSQL&apos;s libpq, in lower case). session.info key: (model, id, version read) of the records the session&apos;s last flush saved. PostgreSQL&apos;s error codes for two of the messages below, which come in the server&apos;s language. admin_shutdown: pg_terminate_backend (an officer&apos;s login disabled: migration 0013) or a server stopping. libpq translates its own messages (&quot;connection refused&quot;) into the machine&apos;s language, where the words below would no longer be found; pointed at no catalogue, it speaks English. SQLSTATEs of a refusal: insufficient_privilege (grants, row-level security, our triggers) and read_only_sql_transaction (a login whose transactions are read-only).</extracomment>
        <translation>la base de données {where} ne peut pas être lue : une de ses pages est endommagée (ou l&apos;ordinateur manquait de mémoire)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="229"/>
        <source>the database server of {where} ended this session (an admin disabled this login, or the server is stopping); what was under way was not written</source>
        <translation>le serveur de base de données de {where} a mis fin à cette session (un administrateur a désactivé cette connexion, ou le serveur s&apos;arrête) ; ce qui était en cours n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="237"/>
        <source>the database {where} is in use by another program (locked)</source>
        <translation>la base de données {where} est utilisée par un autre programme (verrouillée)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="243"/>
        <source>the database {where} cannot be opened for writing</source>
        <translation>la base de données {where} ne peut pas être ouverte en écriture</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="246"/>
        <source>the database server of {where} refused this login: it is disabled (an admin can enable it again)</source>
        <translation>le serveur de base de données de {where} a refusé cet identifiant : il est désactivé (un administrateur peut le réactiver)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="251"/>
        <source>the database server of {where} did not accept the user name or password</source>
        <translation>le serveur de base de données de {where} n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="255"/>
        <source>the database {where} does not exist on that server</source>
        <translation>la base de données {where} n&apos;existe pas sur ce serveur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="258"/>
        <source>the database server of {where} cannot be reached (is it running, and are the address and port right?)</source>
        <translation>le serveur de base de données de {where} est injoignable (est-il démarré, l&apos;adresse et le port sont-ils corrects ?)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="262"/>
        <source>the disk holding {where} is full</source>
        <translation>le disque contenant {where} est plein</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="263"/>
        <source>the database {where} cannot be used: {message}</source>
        <translation>la base de données {where} ne peut pas être utilisée : {message}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/database.py" line="320"/>
        <source>{where} is not a database address this program can use (expected sqlite:///path or postgresql+psycopg://user@host/name)</source>
        <translation>{where} n&apos;est pas une adresse de base de données utilisable par ce programme (attendu : sqlite:///chemin ou postgresql+psycopg://utilisateur@hôte/nom)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="10"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="11"/>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="12"/>
        <source>advice request</source>
        <translation>demande de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="13"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="14"/>
        <source>event</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="15"/>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="16"/>
        <source>officer</source>
        <translation>collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="17"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="18"/>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="19"/>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="42"/>
        <source>nothing more is saved in this register: {reason}; recover it from a backup (start the app again, or run &apos;fourthpillar backup recover&apos;)</source>
        <translation>plus rien n&apos;est enregistré dans ce registre : {reason} ; récupérez-le depuis une sauvegarde (redémarrez l&apos;application, ou lancez « fourthpillar backup recover »)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="71"/>
        <source>{entity}: changed by someone else since it was opened (version {actual}, opened at {expected})</source>
        <translation>{entity} : modifié par quelqu&apos;un d&apos;autre depuis son ouverture (version {actual}, ouvert à la version {expected})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="83"/>
        <source>no {entity} with id {id}</source>
        <translation>aucun élément ({entity}) avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="95"/>
        <source>change initiatives</source>
        <extracomment>What a login was refused, by the table PostgreSQL names or the reason our triggers give (migration 0007), as &quot;your database login may not ...&quot;.</extracomment>
        <translation>modifier les initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="96"/>
        <source>change initiatives outside its provinces</source>
        <translation>modifier des initiatives hors de ses provinces</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="97"/>
        <source>change contact persons</source>
        <translation>modifier les personnes de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="98"/>
        <source>change advice requests</source>
        <translation>modifier les demandes d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="99"/>
        <source>change follow-ups</source>
        <translation>modifier les suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="100"/>
        <source>change events</source>
        <translation>modifier des activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="101"/>
        <source>change registrations</source>
        <translation>modifier des inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="102"/>
        <source>manage officers</source>
        <translation>gérer les agents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="103"/>
        <source>change the register&apos;s settings</source>
        <translation>modifier les réglages du registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="104"/>
        <location filename="../../fourthpillar/store/errors.py" line="109"/>
        <source>change or delete the history</source>
        <translation>modifier ou supprimer l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="105"/>
        <source>import spreadsheets</source>
        <translation>importer des tableurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="106"/>
        <source>synchronise copies of the register</source>
        <translation>synchroniser des copies du registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="107"/>
        <source>settle sync conflicts</source>
        <translation>régler des conflits de synchronisation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="108"/>
        <source>erase people (admins only)</source>
        <translation>effacer des personnes (administrateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="110"/>
        <source>apply sync packages (admins, and coordinators for the field copies of their provinces)</source>
        <translation>appliquer des paquets de synchronisation (administrateurs, et coordinateurs pour les copies de terrain de leurs provinces)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="112"/>
        <location filename="../../fourthpillar/store/errors.py" line="114"/>
        <source>manage officers (admins only)</source>
        <translation>gérer les agents (administrateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="113"/>
        <source>make field copies (coordinators for their provinces, and admins)</source>
        <translation>faire des copies de terrain (les coordinateurs pour leurs provinces, et les administrateurs)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="115"/>
        <source>work in this register: it belongs to no officer here (ask an admin)</source>
        <translation>travailler dans ce registre : il n&apos;appartient à aucun agent ici (demandez à un administrateur)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="116"/>
        <source>upgrade the register: its owner must open it first</source>
        <translation>mettre à jour le registre : son propriétaire doit d&apos;abord l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="117"/>
        <source>change anything: it is read-only</source>
        <translation>modifier quoi que ce soit : il est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="118"/>
        <source>sign in as another officer: on the shared database you work as your own login</source>
        <translation>vous connecter comme un autre agent : sur la base partagée, vous travaillez sous votre propre identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="120"/>
        <source>read this register (ask an admin for a login of your own)</source>
        <translation>lire ce registre (demandez à un administrateur un identifiant à vous)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="121"/>
        <source>do this</source>
        <translation>faire ceci</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/errors.py" line="128"/>
        <source>your database login may not {action}; nothing was written</source>
        <translation>votre identifiant de base de données n&apos;a pas le droit de {action} ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/migrate.py" line="104"/>
        <source>the database could not be upgraded ({error}); it was restored from {copy}</source>
        <extracomment>The newest revision in migrations/versions. A test compares it with Alembic&apos;s own view of the head, so adding a migration without updating this fails the suite.</extracomment>
        <translation>la base de données n&apos;a pas pu être mise à jour ({error}) ; elle a été restaurée à partir de {copy}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="53"/>
        <source>{path} could not be re-encrypted: another program has it open</source>
        <translation>{path} n&apos;a pas pu être chiffré à nouveau : un autre programme l&apos;a ouvert</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="58"/>
        <source>{path} could not be re-encrypted: {error}</source>
        <translation>{path} n&apos;a pas pu être chiffré à nouveau : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="59"/>
        <source>{path} could not be re-encrypted: the new copy did not match it</source>
        <translation>{path} n&apos;a pas pu être chiffré à nouveau : la nouvelle copie ne lui correspondait pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/store/rekey.py" line="69"/>
        <source>the current passphrase does not unlock {path}</source>
        <translation>la phrase secrète actuelle n&apos;ouvre pas {path}</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="65"/>
        <source>Edit event</source>
        <translation>Modifier l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="65"/>
        <source>Plan event</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="72"/>
        <source>e.g. Fundraising for beginners</source>
        <translation>p. ex. Récolte de fonds pour débutants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="76"/>
        <location filename="../../fourthpillar/ui/editors/event.py" line="79"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="78"/>
        <source>the same day</source>
        <translation>le même jour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="80"/>
        <source>An address, or the link of an online meeting</source>
        <translation>Une adresse, ou le lien d&apos;une réunion en ligne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="81"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="83"/>
        <source>Who gives it</source>
        <translation>Qui l&apos;anime</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="90"/>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="92"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="93"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="96"/>
        <source>To&amp;pics:</source>
        <translation>&amp;Sujets :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="98"/>
        <source>Starts o&amp;n:</source>
        <translation>&amp;Commence le :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="99"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="100"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;Finit le :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="101"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="102"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="104"/>
        <source>Places and people</source>
        <translation>Places et personnes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="106"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Nombre de places :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="107"/>
        <source>T&amp;rainers:</source>
        <translation>F&amp;ormateurs :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="108"/>
        <source>Officer in c&amp;harge:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="111"/>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="114"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/event.py" line="129"/>
        <source>at</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>EventExports</name>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="40"/>
        <source>Sign-in sheet</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="41"/>
        <source>Export sign-in sheet</source>
        <translation>Exporter la liste de présence</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="47"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="48"/>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="54"/>
        <source>Export to calendar</source>
        <translation>Exporter vers l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="61"/>
        <source>Certificate</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="62"/>
        <source>Export certificate</source>
        <translation>Exporter l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="71"/>
        <source>Export certificates</source>
        <translation>Exporter les attestations</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="81"/>
        <source>This folder already holds certificates. Replace those of this event?</source>
        <translation>Ce dossier contient déjà des attestations. Remplacer celles de cette activité ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="95"/>
        <source>Nobody is marked as attended yet: no certificates made.</source>
        <translation>Personne n&apos;est encore marqué présent : aucune attestation créée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="100"/>
        <source>Saved %Ln certificate.</source>
        <translation>%Ln attestation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="100"/>
        <source>Saved %Ln certificates.</source>
        <translation>%Ln attestations enregistrées.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/event_exports.py" line="102"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="51"/>
        <source>Mark %Ln attended</source>
        <extracomment>The key that gives the selected registrations each status (in the registrations table).</extracomment>
        <translation>Marquer %Ln présents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="53"/>
        <source>Mark %Ln no-show</source>
        <translation>Marquer %Ln absents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="55"/>
        <source>Cancel %Ln registration</source>
        <translation>Annuler %Ln inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="55"/>
        <source>Cancel %Ln registrations</source>
        <translation>Annuler %Ln inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="56"/>
        <source>Mark %Ln registered</source>
        <translation>Marquer %Ln inscrits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="73"/>
        <source>The event is full: %1 is on the waiting list.</source>
        <translation>L&apos;activité est complète : %1 est sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="107"/>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="175"/>
        <source>Moved up from the waiting list: %1</source>
        <translation>Passé de la liste d&apos;attente aux inscrits : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="177"/>
        <source>The event is full: %1 stays on the waiting list.</source>
        <translation>L&apos;activité est complète : %1 reste sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_actions.py" line="186"/>
        <source>Not changed: %1</source>
        <translation>Pas modifié : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="96"/>
        <source>Edi&amp;t…</source>
        <extracomment>The registrations&apos; order on the page: who has a place, then the waiting list, then cancelled. Registrations on the waiting list, the first to move up first. After one row was marked: the row to go on with (the next one), for marking down the list.</extracomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="97"/>
        <source>&amp;Register someone…</source>
        <translation>&amp;Inscrire quelqu&apos;un…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="98"/>
        <source>A contact person of an initiative, or a walk-in (Ctrl+N)</source>
        <translation>Une personne de contact d&apos;une initiative, ou un participant libre (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="99"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="100"/>
        <source>Registrations from a spreadsheet: matched with the contact persons, previewed before anything is written</source>
        <translation>Inscriptions depuis un tableur : reliées aux personnes de contact, avec un aperçu avant tout enregistrement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="102"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="103"/>
        <source>Who changed what, and when; undo an earlier action</source>
        <translation>Qui a modifié quoi, et quand ; annuler une action antérieure</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="104"/>
        <source>Docu&amp;ments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="105"/>
        <source>Sign-in sheet, participants, certificates, calendar file</source>
        <translation>Liste de présence, participants, attestations, fichier agenda</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="107"/>
        <source>&amp;Sign-in sheet (PDF)…</source>
        <translation>&amp;Liste de présence (PDF)…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="108"/>
        <source>Names, initiatives and a signature column; no e-mail or phone</source>
        <translation>Noms, initiatives et une colonne pour signer ; ni e-mail ni téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="109"/>
        <source>&amp;Participants (spreadsheet)…</source>
        <translation>&amp;Participants (tableur)…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="112"/>
        <source>&amp;Certificates for everyone who attended…</source>
        <translation>&amp;Attestations pour tous les présents…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="114"/>
        <source>C&amp;ertificate for the selected person…</source>
        <translation>Attestation pour la personne &amp;sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="117"/>
        <source>Calendar &amp;file (.ics)…</source>
        <translation>&amp;Fichier agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="120"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="121"/>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="121"/>
        <source>Places:</source>
        <translation>Places :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="121"/>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="122"/>
        <source>Officer in charge:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="122"/>
        <source>Trainers:</source>
        <translation>Formateurs :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="123"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="123"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="123"/>
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="126"/>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="132"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="129"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="130"/>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="145"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="145"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="146"/>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="146"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="161"/>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="163"/>
        <source>Erase walk-in…</source>
        <translation>Effacer le participant libre…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="168"/>
        <source>Select one or more rows and press A (attended), N (no-show), R (registered) or C (cancel). Ctrl+Z undoes.</source>
        <translation>Sélectionnez une ou plusieurs lignes et appuyez sur A (présent), N (absent), R (inscrit) ou C (annuler). Ctrl+Z annule l&apos;action.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="172"/>
        <source>Nobody has registered yet. Press Ctrl+N to register someone.</source>
        <translation>Personne n&apos;est encore inscrit. Appuyez sur Ctrl+N pour inscrire quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="205"/>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="228"/>
        <source>This event cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher cette activité : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="221"/>
        <source>This event is archived.</source>
        <translation>Cette activité est archivée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="232"/>
        <source>%Ln taken</source>
        <translation>%Ln occupées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="234"/>
        <source>no limit (%1)</source>
        <translation>sans limite (%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="236"/>
        <source>%Ln free</source>
        <translation>%Ln libres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="237"/>
        <source>%Ln place: %1, %2</source>
        <translation>%Ln place : %1, %2</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="237"/>
        <source>%Ln places: %1, %2</source>
        <translation>%Ln places : %1, %2</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="240"/>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="272"/>
        <source>%Ln waiting</source>
        <translation>%Ln en attente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="270"/>
        <source>%Ln registered</source>
        <translation>%Ln inscrits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="271"/>
        <source>%Ln attended</source>
        <translation>%Ln présents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/event_page.py" line="277"/>
        <source>walk-in</source>
        <translation>participant libre</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="36"/>
        <source>{path} already exists (confirm replacing it, or use --force)</source>
        <translation>{path} existe déjà (confirmez son remplacement, ou utilisez --force)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="46"/>
        <source>{path} is a folder, not a file name</source>
        <translation>{path} est un dossier, pas un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="48"/>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="55"/>
        <source>the disk is full: {path} was not written</source>
        <translation>le disque est plein : {path} n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="57"/>
        <source>no permission to write {path}</source>
        <translation>pas d&apos;autorisation pour écrire {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="58"/>
        <source>{path} could not be written: {error}</source>
        <translation>{path} n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/atomic.py" line="93"/>
        <source>no temporary file could be created beside {path}</source>
        <translation>aucun fichier temporaire n&apos;a pu être créé à côté de {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="53"/>
        <source>Kind</source>
        <extracomment>Empty lines at the end of a sign-in sheet, for people who were not registered. The height of a line to sign on.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="54"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="180"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="55"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="56"/>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="57"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="206"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="62"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="82"/>
        <location filename="../../fourthpillar/export/pdf/events.py" line="95"/>
        <source>Sign-in sheet</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="88"/>
        <source>Not on the list? Write your name and initiative on an empty line.</source>
        <translation>Pas sur la liste ? Écrivez votre nom et votre initiative sur une ligne vide.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="102"/>
        <source>{name} took part in {kind} “{title}”, {when}.</source>
        <translation>{name} a participé à l&apos;activité « {title} » ({kind}), {when}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="107"/>
        <location filename="../../fourthpillar/export/pdf/events.py" line="126"/>
        <source>Certificate of attendance</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="112"/>
        <source>On behalf of {initiative}.</source>
        <translation>Au nom de {initiative}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/events.py" line="116"/>
        <source>For the 4th Pillar Support Office,&lt;br/&gt;{name}</source>
        <translation>Pour le Steunpunt 4de Pijler,&lt;br/&gt;{name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/layout.py" line="279"/>
        <source>Made on {date}</source>
        <translation>Établi le {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/layout.py" line="286"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="40"/>
        <source>your contact details</source>
        <extracomment>What each kind of record is called in the history (its field rules: ``domain.fields.FIELD_RULES``).</extracomment>
        <translation>vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="41"/>
        <source>advice request</source>
        <translation>demande de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="42"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="43"/>
        <source>registration for an event</source>
        <translation>inscription à une activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="46"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="47"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="48"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="49"/>
        <source>restored</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="50"/>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="89"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="89"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="124"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="126"/>
        <source>Advice given</source>
        <translation>Conseil donné</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="129"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="131"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="63"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="131"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="180"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="64"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="132"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="143"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="192"/>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="144"/>
        <source>Everything the register of the 4th Pillar Support Office holds about you, as it stood on {date}.</source>
        <translation>Tout ce que le registre du Steunpunt 4de Pijler conserve à votre sujet, tel qu&apos;il était le {date}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="147"/>
        <source>Your contact details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="151"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="50"/>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="153"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="154"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="159"/>
        <source>Your advice requests ({count})</source>
        <translation>Vos demandes de conseil ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="161"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="174"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="163"/>
        <source>Your registrations for trainings and events ({count})</source>
        <translation>Vos inscriptions aux formations et activités ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="167"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="167"/>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="168"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="144"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="207"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="111"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="49"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="83"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="177"/>
        <source>Every change to these data ({count})</source>
        <translation>Toutes les modifications de ces données ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="181"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="191"/>
        <source>For the person concerned</source>
        <translation>Pour la personne concernée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/person.py" line="191"/>
        <location filename="../../fourthpillar/export/pdf/person.py" line="193"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="73"/>
        <source>advice requests</source>
        <translation>demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="74"/>
        <source>initiatives helped</source>
        <translation>initiatives aidées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="75"/>
        <source>new initiatives</source>
        <translation>nouvelles initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="76"/>
        <source>requests answered</source>
        <translation>demandes traitées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="77"/>
        <source>median days to answer</source>
        <translation>nombre médian de jours avant réponse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="78"/>
        <source>hours of advice</source>
        <translation>heures de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="196"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="272"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="63"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="75"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="90"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="196"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="273"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="76"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="91"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="209"/>
        <source>{held} events held, of which {trainings} trainings: {participants} participants from {initiatives} initiatives.</source>
        <translation>{held} activités tenues, dont {trainings} formations : {participants} participants de {initiatives} initiatives.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="213"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="98"/>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="213"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="101"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="99"/>
        <source>Participants</source>
        <extracomment>Who is expected in the room: the sign-in sheet lists them.</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="214"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="274"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="77"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="100"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="223"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="96"/>
        <source>Trainings and events</source>
        <translation>Formations et activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="226"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="72"/>
        <source>By topic</source>
        <translation>Par sujet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="227"/>
        <source>By province of the participants&apos; initiatives</source>
        <translation>Par province des initiatives des participants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="234"/>
        <source>{start} to {end}</source>
        <translation>{start} au {end}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="239"/>
        <source>province: {name}</source>
        <translation>province : {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="241"/>
        <source>officer: {name}</source>
        <translation>collaborateur : {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="243"/>
        <location filename="../../fourthpillar/export/pdf/report.py" line="305"/>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="246"/>
        <source>Advice requests per month</source>
        <translation>Demandes de conseil par mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="248"/>
        <source>Advice requests by topic</source>
        <translation>Demandes de conseil par sujet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="267"/>
        <source>Busiest topics</source>
        <translation>Sujets les plus demandés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="271"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="74"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="284"/>
        <source>Breakdowns</source>
        <translation>Ventilations</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="285"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="82"/>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="286"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="83"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="287"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="84"/>
        <source>By province</source>
        <translation>Par province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/report.py" line="292"/>
        <source>A request can have several topics, so topic counts add up to more than the number of requests. Days to answer run from the day a request was received to the day it was first marked answered.</source>
        <translation>Une demande peut porter sur plusieurs sujets : le total par sujet dépasse donc le nombre de demandes. Les jours avant réponse vont du jour de réception d&apos;une demande au jour où elle a été marquée pour la première fois comme traitée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="44"/>
        <source>No contact persons recorded.</source>
        <translation>Aucune personne de contact enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="65"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="75"/>
        <source>Done on {date}</source>
        <translation>Fait le {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="90"/>
        <source>Asked by {name}</source>
        <translation>Demandé par {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="92"/>
        <source>Handled by {name}</source>
        <translation>Traité par {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="94"/>
        <source>answered on {date}</source>
        <translation>traitée le {date}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="96"/>
        <source>time spent: {minutes} min</source>
        <translation>temps consacré : {minutes} min</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="109"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="118"/>
        <source>INTERNAL: contains internal notes and time spent. Do not send to the initiative; export the shared summary instead.</source>
        <translation>INTERNE : contient des notes internes et le temps consacré. Ne pas envoyer à l&apos;initiative ; exportez plutôt la fiche partagée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="133"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="41"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="134"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="42"/>
        <source>Enterprise number</source>
        <translation>Numéro BCE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="136"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="200"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="139"/>
        <location filename="../../fourthpillar/services/exports/events.py" line="108"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="49"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="84"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="140"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="45"/>
        <source>Partner countries</source>
        <translation>Pays partenaires</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="141"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="46"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="142"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="47"/>
        <source>Founded</source>
        <translation>Fondée en</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="143"/>
        <source>4de Pijlerpanel member</source>
        <translation>Membre du 4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="147"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="150"/>
        <location filename="../../fourthpillar/services/exports/network.py" line="50"/>
        <source>Contact persons</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="154"/>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="157"/>
        <source>Open follow-ups</source>
        <translation>Suivis en cours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="161"/>
        <source>No open follow-ups.</source>
        <translation>Aucun suivi en cours.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="164"/>
        <source>Advice requests ({count})</source>
        <translation>Demandes de conseil ({count})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="167"/>
        <source>No advice requests recorded.</source>
        <translation>Aucune demande de conseil enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="185"/>
        <source>Initiative summary</source>
        <translation>Fiche de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="187"/>
        <source>INTERNAL</source>
        <translation>INTERNE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="195"/>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="213"/>
        <source>Our advice</source>
        <translation>Notre conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="201"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="203"/>
        <source>Question received</source>
        <translation>Question reçue le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="208"/>
        <source>Answered on</source>
        <translation>Traitée le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="211"/>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="218"/>
        <source>The advice has not been written down yet.</source>
        <translation>Le conseil n&apos;a pas encore été mis par écrit.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="222"/>
        <source>What we agreed</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="226"/>
        <source>No follow-ups were agreed.</source>
        <translation>Aucun suivi n&apos;a été convenu.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="239"/>
        <source>Questions? Contact us</source>
        <translation>Des questions ? Contactez-nous</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/pdf/summaries.py" line="249"/>
        <source>Advice summary</source>
        <translation>Résumé du conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/export/safety.py" line="52"/>
        <source>[cut: text too long for one cell]</source>
        <extracomment>Excel&apos;s limit on the characters in one cell. XML 1.0 forbids C0 controls other than tab, LF and CR; openpyxl refuses them. In a PDF paragraph, C0/C1 controls would print as boxes; tab and line breaks are handled. Text a cell cannot hold as it is (forbidden controls, a line break to normalise). Ethiopic blocks: drawn with the Ethiopic font (DejaVu Sans has no Ethiopic glyphs).</extracomment>
        <translation>[coupé : texte trop long pour une cellule]</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="229"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="229"/>
        <source>Jan</source>
        <extracomment>The languages the app speaks, in the order the settings list them. Each language&apos;s own name, for a language chooser (never translated). The Qt locale each language formats with: Belgian Dutch and French, British English (day/month/year). The ``config.json`` key holding the chosen language. An environment variable that wins over the settings (a test suite pins English with it). A document written for someone else (a person&apos;s own data, in their language) speaks that language in its own thread only, while the window goes on in the officer&apos;s: see :func:`speaking`. Short month names (context &quot;Export&quot;), translated by month_abbreviation; format_date keeps English ones.</extracomment>
        <translation>janv.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="229"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="230"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="230"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="230"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="231"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="231"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="231"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="232"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="232"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="232"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/event_figures.py" line="72"/>
        <location filename="../../fourthpillar/services/exports/report.py" line="243"/>
        <location filename="../../fourthpillar/services/exports/report.py" line="253"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="112"/>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="113"/>
        <source>Walk-in</source>
        <translation>Participant libre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="156"/>
        <source>registration {id} did not attend: only participants who attended get a certificate</source>
        <translation>l&apos;inscription {id} n&apos;était pas présente : seuls les participants présents reçoivent une attestation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="160"/>
        <source>registration {id} is of a person whose data was erased: no certificate is made for them</source>
        <translation>l&apos;inscription {id} est celle d&apos;une personne dont les données ont été effacées : aucune attestation n&apos;est faite pour elle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/events.py" line="202"/>
        <source>Trainers: {names}</source>
        <translation>Formateurs : {names}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="48"/>
        <location filename="../../fourthpillar/services/exports/report.py" line="295"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; ne fait pas partie de : {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="77"/>
        <source>unknown column(s): {names}; choose from {choices}</source>
        <translation>colonne(s) inconnue(s) : {names} ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="81"/>
        <source>no columns chosen</source>
        <translation>aucune colonne choisie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/list_sheet.py" line="110"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="43"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="44"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="48"/>
        <source>4de Pijlerpanel</source>
        <translation>4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="70"/>
        <source>Network of 4th pillar initiatives</source>
        <translation>Réseau des initiatives 4e pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/network.py" line="89"/>
        <source>No province</source>
        <translation>Aucune province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/report.py" line="59"/>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/report.py" line="306"/>
        <source>no officer with id {id}</source>
        <translation>aucun collaborateur avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="35"/>
        <source>Statistics {start} to {end}</source>
        <translation>Statistiques du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="42"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="43"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="43"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="47"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="48"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="49"/>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="50"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="50"/>
        <source>Officer</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="51"/>
        <source>Advice requests</source>
        <translation>Demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="52"/>
        <source>Initiatives helped</source>
        <translation>Initiatives aidées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="53"/>
        <source>New initiatives</source>
        <translation>Nouvelles initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="54"/>
        <source>Requests answered</source>
        <translation>Demandes traitées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="55"/>
        <source>Median days to answer</source>
        <translation>Nombre médian de jours avant réponse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="56"/>
        <source>Hours of advice</source>
        <translation>Heures de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="60"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="62"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="82"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="97"/>
        <source>Topic or province</source>
        <translation>Sujet ou province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="103"/>
        <source>All events held</source>
        <translation>Toutes les activités tenues</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/exports/statistics.py" line="105"/>
        <source>Trainings held</source>
        <translation>Formations tenues</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="72"/>
        <source>Initiative: {name}</source>
        <translation>Initiative : {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="77"/>
        <source>Request of {date}: {question}</source>
        <translation>Demande du {date} : {question}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="86"/>
        <source>the last day is before the first day</source>
        <translation>le dernier jour précède le premier jour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/reminders.py" line="120"/>
        <source>Follow-ups (Fourth Pillar desk)</source>
        <translation>Suivis (Fourth Pillar desk)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="132"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="162"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="164"/>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="165"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="260"/>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="280"/>
        <source>Export initiative summary</source>
        <translation>Exporter la fiche de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="283"/>
        <source>Who is the summary for?</source>
        <translation>À qui la fiche est-elle destinée ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="284"/>
        <source>The version for the initiative leaves out internal notes and time spent.</source>
        <translation>La version pour l&apos;initiative omet les notes internes et le temps consacré.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="285"/>
        <source>For the initiative</source>
        <translation>Pour l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="285"/>
        <source>Internal, with notes</source>
        <translation>Interne, avec les notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="288"/>
        <source>Internal summary</source>
        <translation>Fiche interne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="288"/>
        <source>Summary</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="303"/>
        <source>Export advice summary</source>
        <translation>Exporter le résumé du conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="304"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="315"/>
        <source>Export network list</source>
        <translation>Exporter la liste du réseau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="316"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="326"/>
        <source>Export follow-ups to calendar</source>
        <translation>Exporter les suivis vers l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="329"/>
        <source>Which open follow-ups should go into the calendar file?</source>
        <translation>Quels suivis ouverts faut-il mettre dans le fichier d&apos;agenda ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="330"/>
        <source>Import the file in Outlook, Google Calendar or Thunderbird; importing a newer file updates the entries instead of adding them twice.</source>
        <translation>Importez le fichier dans Outlook, Google Agenda ou Thunderbird ; importer un fichier plus récent met les événements à jour au lieu de les ajouter deux fois.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="332"/>
        <source>Everyone&apos;s</source>
        <translation>Ceux de tout le monde</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="332"/>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="350"/>
        <source>Period report</source>
        <translation>Rapport de période</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="364"/>
        <source>All provinces</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="368"/>
        <source>All officers</source>
        <translation>Tous les collaborateurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="369"/>
        <source>PDF report with charts</source>
        <translation>Rapport PDF avec graphiques</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="370"/>
        <source>Spreadsheet with the figures</source>
        <translation>Tableur avec les chiffres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="373"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="374"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="375"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="376"/>
        <source>Officer</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="377"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="422"/>
        <source>Export period report</source>
        <translation>Exporter le rapport de période</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="422"/>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="423"/>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/exports.py" line="423"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
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
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="108"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="25"/>
        <source>legal form</source>
        <translation>forme juridique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="109"/>
        <source>enterprise number</source>
        <translation>numéro BCE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="110"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="27"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="111"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="28"/>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="112"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="29"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="113"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="30"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="114"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="31"/>
        <source>partner countries</source>
        <translation>pays partenaires</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="115"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="32"/>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="116"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="33"/>
        <source>founding year</source>
        <translation>année de fondation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="117"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="34"/>
        <source>4de Pijlerpanel member</source>
        <translation>membre du 4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="118"/>
        <location filename="../../fourthpillar/domain/fields.py" line="137"/>
        <location filename="../../fourthpillar/domain/fields.py" line="166"/>
        <location filename="../../fourthpillar/domain/fields.py" line="174"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="35"/>
        <location filename="../../fourthpillar/importing/registrations.py" line="42"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="119"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="36"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="120"/>
        <location filename="../../fourthpillar/domain/fields.py" line="167"/>
        <location filename="../../fourthpillar/importing/mapping.py" line="37"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="125"/>
        <source>role</source>
        <translation>rôle</translation>
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
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="128"/>
        <source>preferred language</source>
        <translation>langue préférée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="129"/>
        <source>consent date</source>
        <translation>date du consentement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="133"/>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="134"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="135"/>
        <location filename="../../fourthpillar/domain/fields.py" line="157"/>
        <source>topics</source>
        <translation>sujets</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="136"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="138"/>
        <source>assigned officer</source>
        <translation>collaborateur assigné</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="139"/>
        <location filename="../../fourthpillar/domain/fields.py" line="171"/>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="140"/>
        <location filename="../../fourthpillar/domain/fields.py" line="148"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="141"/>
        <source>advice given</source>
        <translation>conseil donné</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="142"/>
        <source>time spent (minutes)</source>
        <translation>temps consacré (minutes)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="143"/>
        <source>internal note</source>
        <translation>note interne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="147"/>
        <source>what to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="149"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="150"/>
        <source>done date</source>
        <translation>date de réalisation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="151"/>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="155"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="156"/>
        <source>kind of event</source>
        <translation>type d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="158"/>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="159"/>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="160"/>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="161"/>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="162"/>
        <source>place (address or online link)</source>
        <translation>lieu (adresse ou lien en ligne)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="163"/>
        <source>capacity</source>
        <translation>nombre de places</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="164"/>
        <source>trainers</source>
        <translation>formateurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="165"/>
        <source>officer in charge</source>
        <translation>collaborateur responsable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="175"/>
        <location filename="../../fourthpillar/importing/registrations.py" line="43"/>
        <source>registration date</source>
        <translation>date d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="180"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="26"/>
        <source>enterprise number (KBO)</source>
        <translation>numéro d&apos;entreprise (BCE)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="38"/>
        <source>contact person: name</source>
        <translation>personne de contact : nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="39"/>
        <source>contact person: role</source>
        <translation>personne de contact : rôle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="40"/>
        <source>contact person: e-mail</source>
        <translation>personne de contact : e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="41"/>
        <source>contact person: phone</source>
        <translation>personne de contact : téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/mapping.py" line="42"/>
        <source>contact person: language</source>
        <translation>personne de contact : langue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="41"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="139"/>
        <source>Fie&amp;ld package</source>
        <extracomment>The Conflicts page&apos;s name in the main window&apos;s navigation. QSettings key: the office database URL last synced with (without its password). &quot;Create package&quot; reads the known copies first: a second press meanwhile waits for it. The last summary shown after applying a package or syncing (tests read it).</extracomment>
        <translation>Paquet de &amp;terrain</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="142"/>
        <source>&amp;Create package for a province or all…</source>
        <translation>&amp;Créer un paquet pour une province ou pour tout…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="143"/>
        <source>A package that makes a working copy of the register on a field laptop</source>
        <translation>Un paquet qui crée une copie de travail du registre sur un portable de terrain</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="145"/>
        <source>Create package of c&amp;hanges for…</source>
        <translation>Créer un paquet des &amp;modifications pour…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="146"/>
        <source>What another copy has not received yet since the last exchange</source>
        <translation>Ce qu&apos;une autre copie n&apos;a pas encore reçu depuis le dernier échange</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="149"/>
        <source>&amp;Apply package…</source>
        <translation>&amp;Appliquer un paquet…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="149"/>
        <source>Bring another copy&apos;s changes into this register</source>
        <translation>Intégrer dans ce registre les modifications d&apos;une autre copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="151"/>
        <source>&amp;Open package as a new working copy…</source>
        <translation>&amp;Ouvrir un paquet comme nouvelle copie de travail…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="152"/>
        <source>Make a working copy from a first package, in an empty data folder</source>
        <translation>Créer une copie de travail à partir d&apos;un premier paquet, dans un dossier de données vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="155"/>
        <source>&amp;Sync now with the office database…</source>
        <translation>&amp;Synchroniser maintenant avec la base de données du bureau…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="156"/>
        <source>Exchange changes directly with the shared office database</source>
        <translation>Échanger les modifications directement avec la base de données partagée du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="201"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="201"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="202"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="232"/>
        <source>Decide conflict on “%1”</source>
        <translation>Trancher le conflit sur « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="260"/>
        <source>%n registration(s) beyond an event&apos;s capacity went to the waiting list.</source>
        <translation>
            <numerusform>%n inscription au-delà de la capacité d&apos;une activité a été placée sur la liste d&apos;attente.</numerusform>
            <numerusform>%n inscriptions au-delà de la capacité d&apos;une activité ont été placées sur la liste d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="266"/>
        <source>%n person(s) erased on the other copy were erased here too.</source>
        <translation>
            <numerusform>%n personne effacée sur l&apos;autre copie a aussi été effacée ici.</numerusform>
            <numerusform>%n personnes effacées sur l&apos;autre copie ont aussi été effacées ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="268"/>
        <source>%n backup(s) of this copy made before still hold their data.</source>
        <translation>
            <numerusform>%n sauvegarde antérieure de cette copie contient encore leurs données.</numerusform>
            <numerusform>%n sauvegardes antérieures de cette copie contiennent encore leurs données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="278"/>
        <source>Delete those &amp;backups</source>
        <translation>Supprimer ces &amp;sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="286"/>
        <source>Show &amp;conflicts</source>
        <translation>Afficher les &amp;conflits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="302"/>
        <source>All provinces (the whole register)</source>
        <translation>Toutes les provinces (tout le registre)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="305"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="341"/>
        <source>Create package</source>
        <translation>Créer un paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="306"/>
        <source>Which initiatives go into the package (with their contacts, requests and follow-ups)?</source>
        <translation>Quelles initiatives vont dans le paquet (avec leurs personnes de contact, demandes et suivis) ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="311"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="356"/>
        <source>Save the package as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="319"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="367"/>
        <source>Package created</source>
        <translation>Paquet créé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="320"/>
        <source>%1 holds %n record(s). On the field laptop, choose File ▸ Field package ▸ Open package as a new working copy.</source>
        <translation>
            <numerusform>%1 contient %n élément. Sur le portable de terrain, choisissez Fichier ▸ Paquet de terrain ▸ Ouvrir un paquet comme nouvelle copie de travail.</numerusform>
            <numerusform>%1 contient %n éléments. Sur le portable de terrain, choisissez Fichier ▸ Paquet de terrain ▸ Ouvrir un paquet comme nouvelle copie de travail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="322"/>
        <source>It opens only with this one-time code. Give it to the coordinator apart from the file (on the phone, or written down), never in the same e-mail:

%1</source>
        <translation>Il ne s&apos;ouvre qu&apos;avec ce code à usage unique. Donnez-le au coordinateur séparément du fichier (par téléphone ou sur papier), jamais dans le même e-mail :

%1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="327"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="370"/>
        <source>Creating the package…</source>
        <translation>Création du paquet…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="348"/>
        <source>Which copy is the package for? It holds what that copy has not received from this one.
To send to a copy not listed, type its replica id (that copy shows it in this dialog).

This copy&apos;s replica id: %1</source>
        <translation>À quelle copie le paquet est-il destiné ? Il contient ce que cette copie n&apos;a pas encore reçu de celle-ci.
Pour l&apos;envoyer à une copie absente de la liste, tapez son identifiant de réplique (cette copie l&apos;affiche dans cette fenêtre).

Identifiant de réplique de cette copie : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="351"/>
        <source>Create package of changes</source>
        <translation>Créer un paquet de modifications</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="362"/>
        <source>%1 holds %n change(s). Apply it on the other copy with File ▸ Field package ▸ Apply package.</source>
        <translation>
            <numerusform>%1 contient %n modification. Appliquez-le sur l&apos;autre copie avec Fichier ▸ Paquet de terrain ▸ Appliquer un paquet.</numerusform>
            <numerusform>%1 contient %n modifications. Appliquez-le sur l&apos;autre copie avec Fichier ▸ Paquet de terrain ▸ Appliquer un paquet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="365"/>
        <source>Nothing was ever received from that copy, so the package holds everything this copy can give. Check the replica id if that is unexpected.</source>
        <translation>Rien n&apos;a jamais été reçu de cette copie : le paquet contient donc tout ce que cette copie peut donner. Vérifiez l&apos;identifiant de réplique si c&apos;est inattendu.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="374"/>
        <source>Apply a field package</source>
        <translation>Appliquer un paquet de terrain</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="381"/>
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="383"/>
        <source>%n new record(s).</source>
        <translation>
            <numerusform>%n nouvel élément.</numerusform>
            <numerusform>%n nouveaux éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="385"/>
        <source>%n change(s) were already here.</source>
        <translation>
            <numerusform>%n modification était déjà présente.</numerusform>
            <numerusform>%n modifications étaient déjà présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="387"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="464"/>
        <source>%n conflict(s) need a decision on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflit demande une décision sur la page Conflits.</numerusform>
            <numerusform>%n conflits demandent une décision sur la page Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="389"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="392"/>
        <source>Package applied</source>
        <translation>Paquet appliqué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="394"/>
        <source>Applying the package…</source>
        <translation>Application du paquet…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="398"/>
        <source>Open a first package</source>
        <translation>Ouvrir un premier paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="402"/>
        <source>An empty folder for the new working copy</source>
        <translation>Un dossier vide pour la nouvelle copie de travail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="408"/>
        <source>Choose an empty folder</source>
        <translation>Choisissez un dossier vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="409"/>
        <source>%1 is not empty. A working copy needs a data folder of its own: choose or create an empty folder.</source>
        <translation>%1 n&apos;est pas vide. Une copie de travail a besoin de son propre dossier de données : choisissez ou créez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="413"/>
        <source>Code of the package</source>
        <translation>Code du paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="414"/>
        <source>The one-time code the office gave with this package (e.g. ABCD-EFGH-JKLM):</source>
        <translation>Le code à usage unique donné par le bureau avec ce paquet (p. ex. ABCD-EFGH-JKLM) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="420"/>
        <source>all provinces</source>
        <translation>toutes les provinces</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="422"/>
        <source>Working copy made</source>
        <translation>Copie de travail créée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="423"/>
        <source>A working copy with %n record(s) (%1) is in %2.

This window stays on the register it had. To work in the new copy, open the desk on that folder: choose “Use it from the next start” and start the desk again, or start it with --data-dir &quot;%2&quot;. Edit ▸ Settings switches back to the other data folder.</source>
        <translation>
            <numerusform>Une copie de travail de %n élément (%1) se trouve dans %2.

Cette fenêtre reste sur son registre. Pour travailler dans la nouvelle copie, ouvrez le desk sur ce dossier : choisissez « L&apos;utiliser dès le prochain démarrage » et redémarrez le desk, ou lancez-le avec --data-dir &quot;%2&quot;. Édition ▸ Paramètres permet de revenir à l&apos;autre dossier de données.</numerusform>
            <numerusform>Une copie de travail de %n éléments (%1) se trouve dans %2.

Cette fenêtre reste sur son registre. Pour travailler dans la nouvelle copie, ouvrez le desk sur ce dossier : choisissez « L&apos;utiliser dès le prochain démarrage » et redémarrez le desk, ou lancez-le avec --data-dir &quot;%2&quot;. Édition ▸ Paramètres permet de revenir à l&apos;autre dossier de données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="429"/>
        <source>&amp;Use it from the next start</source>
        <translation>L&apos;&amp;utiliser dès le prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="430"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="438"/>
        <source>Making the working copy…</source>
        <translation>Création de la copie de travail…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="444"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="454"/>
        <source>Sync with the office database</source>
        <translation>Synchroniser avec la base de données du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="445"/>
        <source>The office database&apos;s address, e.g. postgresql://name@server/fourthpillar
(without a password: it is asked when needed, and this computer may remember it)</source>
        <translation>L&apos;adresse de la base de données du bureau, p. ex. postgresql://nom@serveur/fourthpillar
(sans mot de passe : il est demandé au besoin, et cet ordinateur peut le retenir)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="455"/>
        <source>“%1” is not a database address.</source>
        <translation>« %1 » n&apos;est pas une adresse de base de données.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="461"/>
        <source>Sent %n change(s) to the office database.</source>
        <translation>
            <numerusform>%n modification envoyée à la base de données du bureau.</numerusform>
            <numerusform>%n modifications envoyées à la base de données du bureau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="462"/>
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>%n modification reçue.</numerusform>
            <numerusform>%n modifications reçues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="467"/>
        <source>No conflicts here.</source>
        <translation>Aucun conflit ici.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="470"/>
        <source>Sync done</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="477"/>
        <source>Syncing with the office database…</source>
        <translation>Synchronisation avec la base de données du bureau…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="30"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="30"/>
        <source>Field packages (*.%1)</source>
        <extracomment>The file name ending of a field package.</extracomment>
        <translation>Paquets de terrain (*.%1)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="45"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="65"/>
        <source>unknown officer</source>
        <translation>collaborateur inconnu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="66"/>
        <source>last exchange %1</source>
        <translation>dernier échange %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="67"/>
        <source>no package received from it yet</source>
        <translation>aucun paquet n&apos;en a encore été reçu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="75"/>
        <source>This is a first package: it makes a new working copy. Open it with File ▸ Field package ▸ Open package as a new working copy (in an empty folder); nothing was applied here.</source>
        <translation>Ceci est un premier paquet : il crée une nouvelle copie de travail. Ouvrez-le avec Fichier ▸ Paquet de terrain ▸ Ouvrir un paquet comme nouvelle copie de travail (dans un dossier vide) ; rien n&apos;a été appliqué ici.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sync_dialogs.py" line="78"/>
        <source>This is a package of changes, not a first package: apply it to a copy with File ▸ Field package ▸ Apply package. A new working copy is made from a first package (“Create package for a province or all” on the office copy).</source>
        <translation>Ceci est un paquet de modifications, pas un premier paquet : appliquez-le à une copie avec Fichier ▸ Paquet de terrain ▸ Appliquer un paquet. Une nouvelle copie de travail se fait à partir d&apos;un premier paquet (« Créer un paquet pour une province ou pour tout » sur la copie du bureau).</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="47"/>
        <source>Imported from {file}: {created} created, {updated} updated, {skipped} duplicates skipped, {not_imported} rows not imported. Ctrl+Z undoes it.</source>
        <translation>Importé de {file} : {created} créées, {updated} mises à jour, {skipped} doublons ignorés, {not_imported} lignes non importées. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="51"/>
        <source>Import from %1</source>
        <translation>Importer depuis %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="149"/>
        <source>Change passphrase</source>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="150"/>
        <source>The day&apos;s backup is still being made. Change the passphrase once it has finished.</source>
        <translation>La sauvegarde du jour est encore en cours. Modifiez la phrase secrète une fois qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="164"/>
        <source>Passphrase changed</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="173"/>
        <source>The passphrase was not changed</source>
        <translation>La phrase secrète n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="178"/>
        <source>Changing the passphrase…</source>
        <translation>Modification de la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="195"/>
        <source>Forget old registrations</source>
        <translation>Oublier les anciennes inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="200"/>
        <source>No registrations of events held more than %1 years ago: there is nothing to forget.</source>
        <translation>Aucune inscription à des activités d&apos;il y a plus de %1 ans : il n&apos;y a rien à oublier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/file_commands.py" line="206"/>
        <source>%n old registration(s) archived and their walk-ins erased (this cannot be undone).</source>
        <translation>
            <numerusform>%n ancienne inscription archivée et ses participants libres effacés (c&apos;est irréversible).</numerusform>
            <numerusform>%n anciennes inscriptions archivées et leurs participants libres effacés (c&apos;est irréversible).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="219"/>
        <source>Load demonstration data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="220"/>
        <source>How many initiatives?</source>
        <translation>Combien d&apos;initiatives ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="234"/>
        <source>Demonstration data loaded.</source>
        <translation>Données de démonstration chargées.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="238"/>
        <source>Demonstration data could not be loaded</source>
        <translation>Les données de démonstration n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="241"/>
        <source>Loading demonstration data was cancelled.</source>
        <translation>Le chargement des données de démonstration a été annulé.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/file_commands.py" line="245"/>
        <source>Loading demonstration data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="106"/>
        <source>Choose the spreadsheet</source>
        <extracomment>The problems table shows this many; the rest are counted (the command line lists them all).</extracomment>
        <translation>Choisissez le tableur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="107"/>
        <source>An .xlsx, .ods or .xls workbook or a .csv file (comma or semicolon). Nothing is written until you confirm the import.</source>
        <translation>Un classeur .xlsx, .ods ou .xls ou un fichier .csv (virgule ou point-virgule). Rien n&apos;est écrit avant que vous confirmiez l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="111"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="124"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="127"/>
        <source>&amp;Sheet:</source>
        <translation>Feuille de &amp;calcul :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="147"/>
        <source>Import initiatives</source>
        <translation>Importer des initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="148"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.ods *.xls *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="51"/>
        <source>Due any time</source>
        <extracomment>code -&gt; (label, first day, last day), the days counted from today (None: open). The filters that choose a range of dates: a list has one of them (the events list reads its period as the events&apos; start dates).</extracomment>
        <translation>Échéance : toutes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="53"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="54"/>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="55"/>
        <source>Due in the next 7 days</source>
        <translation>À faire dans les 7 prochains jours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="56"/>
        <source>Due in the next 30 days</source>
        <translation>À faire dans les 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="58"/>
        <source>Due between…</source>
        <translation>À faire entre…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="59"/>
        <source>Due from</source>
        <translation>Échéance à partir du</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="60"/>
        <source>Due until</source>
        <translation>Échéance jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="62"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="64"/>
        <source>Coming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="65"/>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="66"/>
        <source>In the next 7 days</source>
        <translation>Dans les 7 prochains jours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="67"/>
        <source>In the next 30 days</source>
        <translation>Dans les 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="69"/>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="70"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="71"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="106"/>
        <source>Any status</source>
        <extracomment>The range filter this bar has (&quot;due&quot; or &quot;period&quot;; &quot;&quot; for none). Reads the officers off the GUI thread (None: on it, as for a list without a runner).</extracomment>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="108"/>
        <source>Any province</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="110"/>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="112"/>
        <source>Any topic</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="114"/>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="116"/>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="118"/>
        <source>Any officer</source>
        <translation>Tous les collaborateurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="118"/>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="119"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="123"/>
        <source>&amp;Open only</source>
        <translation>Seulement &amp;ouverts</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="126"/>
        <source>Include &amp;archived</source>
        <translation>Inclure les arc&amp;hivés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="129"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="130"/>
        <source>Clear the search and the filters: show every row again</source>
        <translation>Effacer la recherche et les filtres : afficher à nouveau toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/filters.py" line="175"/>
        <source>and</source>
        <extracomment>A remembered officer chosen before the officers were read (an item named &quot;…&quot;).</extracomment>
        <translation>et</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="82"/>
        <source>Follow-up planned: %1</source>
        <translation>Suivi planifié : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="84"/>
        <source>Follow-up done: %1</source>
        <translation>Suivi effectué : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="86"/>
        <source>Follow-up reopened: %1</source>
        <translation>Suivi rouvert : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="88"/>
        <source>Follow-up changed: %1</source>
        <translation>Suivi modifié : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="99"/>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="99"/>
        <source>Plan follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="111"/>
        <source>e.g. Call back about the subsidy file</source>
        <translation>p. ex. Rappeler au sujet du dossier de subvention</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="121"/>
        <source>+1 week</source>
        <translation>+1 semaine</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="121"/>
        <source>Due one week from today</source>
        <translation>Échéance dans une semaine</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="122"/>
        <source>+1 month</source>
        <translation>+1 mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="122"/>
        <source>Due one month from today</source>
        <translation>Échéance dans un mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="123"/>
        <source>+3 months</source>
        <translation>+3 mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="123"/>
        <source>Due three months from today</source>
        <translation>Échéance dans trois mois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="138"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="141"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="145"/>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="146"/>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="147"/>
        <source>&amp;What to do:</source>
        <translation>À &amp;faire :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="148"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="151"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="152"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="154"/>
        <source>Done o&amp;n:</source>
        <translation>Fait &amp;le :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="155"/>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/follow_up.py" line="218"/>
        <source>choose the initiative from the list (type part of its name)</source>
        <translation>choisissez l&apos;initiative dans la liste (tapez une partie de son nom)</translation>
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
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/help.py" line="173"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/help.py" line="240"/>
        <source>The user guide is not part of this installation. It is in the folder docs/guide of the application&apos;s source code.</source>
        <translation>Le guide d&apos;utilisation ne fait pas partie de cette installation. Il se trouve dans le dossier docs/guide du code source de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="34"/>
        <source>merged into</source>
        <extracomment>Columns nobody types that the history still names (migration 0008: merges, pairs kept apart); their values are initiatives, shown by name.</extracomment>
        <translation>fusionnée dans</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="35"/>
        <source>merged into this one</source>
        <translation>fusionnée dans celle-ci</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="36"/>
        <source>not a duplicate of</source>
        <translation>pas un doublon de</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="64"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/history.py" line="64"/>
        <source>yes</source>
        <extracomment>What a field held before its record was created, as the per-field creation rows wrote it.</extracomment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="43"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="43"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="44"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="44"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="45"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="45"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="60"/>
        <source>History of %1</source>
        <extracomment>Where an undo is written (:func:`~fourthpillar.ui.operations.run_write`). The entries as the table&apos;s rows show them.</extracomment>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="67"/>
        <source>&amp;Undo this action…</source>
        <translation>&amp;Annuler cette action…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="69"/>
        <source>Put back everything the selected action changed</source>
        <translation>Remettre tout ce que l&apos;action sélectionnée a modifié</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="75"/>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="84"/>
        <source>%1 set</source>
        <translation>%1 renseigné</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="84"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="88"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="90"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="92"/>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="94"/>
        <source>Conflict resolved: %1</source>
        <translation>Conflit tranché : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="125"/>
        <source>copy %1</source>
        <translation>copie %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="125"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="127"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="163"/>
        <source>Undo everything this action changed?</source>
        <translation>Annuler tout ce que cette action a modifié ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="165"/>
        <source>These fields were changed again afterwards; undoing puts the older value back over the later one: %1</source>
        <translation>Ces champs ont été modifiés à nouveau par la suite ; l&apos;annulation remet l&apos;ancienne valeur par-dessus la plus récente : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="167"/>
        <source>Undo this action</source>
        <translation>Annuler cette action</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="177"/>
        <source>Undone from History: %1</source>
        <translation>Annulé depuis l&apos;historique : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/history_dialog.py" line="185"/>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../fourthpillar/importing/apply.py" line="387"/>
        <source>Enterprise number {number} (registered meanwhile for another initiative)</source>
        <extracomment>SQLite page cache during an import, in KiB. A change row as :func:`_insert_change_tuples` writes it, before its place in the replica&apos;s sequence is known: (id, entity, entity_id, field, old value, new value).</extracomment>
        <translation>Numéro BCE {number} (enregistré entre-temps pour une autre initiative)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/apply.py" line="390"/>
        <source>enterprise number {number} was registered meanwhile; kept in the notes</source>
        <translation>le numéro BCE {number} a été enregistré entre-temps ; conservé dans les notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="258"/>
        <source>&apos;{value}&apos; is not a province</source>
        <extracomment>:func:`fold` for the short values a file repeats on every row (yes/no, statuses, municipalities). The tag a &quot;vzw (in oprichting)&quot; gets: the office&apos;s own term, stored as data (not translated).</extracomment>
        <translation>&apos;{value}&apos; n&apos;est pas une province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="274"/>
        <source>&apos;{value}&apos; is not a legal form (vzw, feitelijke vereniging, stichting, ivzw)</source>
        <translation>&apos;{value}&apos; n&apos;est pas une forme juridique (vzw/asbl, association de fait, fondation, ivzw/aisbl)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="333"/>
        <source>&apos;{value}&apos; is not a date or a year</source>
        <translation>&apos;{value}&apos; n&apos;est ni une date ni une année</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="335"/>
        <source>{year} is not a possible founding year</source>
        <translation>{year} n&apos;est pas une année de fondation possible</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="348"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>&apos;{value}&apos; n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="356"/>
        <source>&apos;{value}&apos; is not a valid enterprise number: {reason}</source>
        <translation>&apos;{value}&apos; n&apos;est pas un numéro BCE valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="373"/>
        <source>&apos;{value}&apos; is not a valid e-mail address</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="381"/>
        <source>&apos;{value}&apos; is not a status (active, dormant, stopped)</source>
        <translation>&apos;{value}&apos; n&apos;est pas un statut (active, en veille, arrêtée)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/cell_values.py" line="389"/>
        <source>&apos;{value}&apos; is not a language (nl, fr, en)</source>
        <translation>&apos;{value}&apos; n&apos;est pas une langue (nl, fr, en)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="108"/>
        <source>; kept in the notes</source>
        <translation> ; conservé dans les notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="149"/>
        <source>province &apos;{given}&apos; does not match postcode {postcode} ({derived}); the postcode&apos;s province is used</source>
        <translation>la province &apos;{given}&apos; ne correspond pas au code postal {postcode} ({derived}) ; la province du code postal est utilisée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="183"/>
        <source>&apos;{value}&apos; is not a country</source>
        <translation>&apos;{value}&apos; n&apos;est pas un pays</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="203"/>
        <source>several e-mail addresses; the first is the contact&apos;s</source>
        <translation>plusieurs adresses e-mail ; la première est celle de la personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="219"/>
        <source>the row has no name; it is not imported</source>
        <translation>la ligne n&apos;a pas de nom ; elle n&apos;est pas importée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="231"/>
        <location filename="../../fourthpillar/importing/normalise.py" line="262"/>
        <source>the name is longer than 200 characters; cut</source>
        <translation>le nom dépasse 200 caractères ; coupé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="234"/>
        <source>the notes are longer than 20,000 characters; cut</source>
        <translation>les notes dépassent 20 000 caractères ; coupées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="251"/>
        <source>there is no contact person&apos;s name</source>
        <translation>il n&apos;y a pas de nom de personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/normalise.py" line="269"/>
        <source>Not understood during import:</source>
        <translation>Non compris lors de l&apos;importation :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="133"/>
        <source>column {letter}</source>
        <extracomment>Fields &quot;fill&quot; may set on an existing initiative (never its name or identity). A register initiative this new row looks like (not the same key: a near match), and how much (``domain.likeness``); the officer decides per row whether it is created. For &quot;update&quot;: the existing initiative and the empty fields this row fills (None: not an update). The header cells as in the file (blank ones None): the key a mapping is remembered under.</extracomment>
        <translation>colonne {letter}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="145"/>
        <source>no recognisable column headers in the first {count} rows of sheet &apos;{sheet}&apos; (expected headers such as Naam, Gemeente, Postcode, Provincie, KBO, Landen)</source>
        <translation>aucun en-tête de colonne reconnaissable dans les {count} premières lignes de la feuille &apos;{sheet}&apos; (en-têtes attendus : Naam, Gemeente, Postcode, Provincie, KBO, Landen…)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="165"/>
        <source>there is no column &apos;{header}&apos; (columns: {headers})</source>
        <translation>il n&apos;y a pas de colonne &apos;{header}&apos; (colonnes : {headers})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="168"/>
        <source>&apos;{field}&apos; is not a field to import into (fields: {fields})</source>
        <translation>&apos;{field}&apos; n&apos;est pas un champ d&apos;importation (champs : {fields})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="207"/>
        <source>&apos;{policy}&apos; is not a duplicate policy (skip, fill, create)</source>
        <translation>&apos;{policy}&apos; n&apos;est pas une règle pour les doublons (skip, fill, create)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="210"/>
        <location filename="../../fourthpillar/services/importing.py" line="190"/>
        <source>sheet &apos;{sheet}&apos; is empty</source>
        <extracomment>One problem (the spreadsheet row, None: the whole file; the column; the reason; its severity) and one column of the file (its header, the field it feeds and where that came from), as planning found them: the screens and the command line know them by these names. &quot;enterprise_number&quot; | &quot;name_municipality&quot; The existing initiative (in_register) or the earlier row it repeats. For a near match (reason &quot;similar&quot;): the likeness score; the officer decides the row. The file&apos;s digest at preview time: applying refuses a file changed since. Undoing this batch (services.history.undo_action) redoes the import.</extracomment>
        <translation>la feuille &apos;{sheet}&apos; est vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="216"/>
        <source>no column holds the initiatives&apos; names; map one of the columns ({headers}) to &apos;name&apos;</source>
        <translation>aucune colonne ne contient le nom des initiatives ; associez l&apos;une des colonnes ({headers}) à &apos;name&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="225"/>
        <source>there are no data rows below the header (row {row})</source>
        <translation>il n&apos;y a pas de lignes de données sous l&apos;en-tête (ligne {row})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="314"/>
        <source>Enterprise number {number} (already registered for &apos;{name}&apos;)</source>
        <translation>Numéro BCE {number} (déjà enregistré pour &apos;{name}&apos;)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/plan.py" line="318"/>
        <source>enterprise number {number} is already registered for &apos;{name}&apos;; kept in the notes</source>
        <translation>le numéro BCE {number} est déjà enregistré pour &apos;{name}&apos; ; conservé dans les notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="43"/>
        <source>the import was cancelled; nothing was written</source>
        <extracomment>A cell as read: text, a number, a date/datetime, a boolean or nothing.</extracomment>
        <translation>l&apos;importation a été annulée ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="97"/>
        <source>the file is too large ({size} MB; at most {limit} MB)</source>
        <extracomment>Sum of all zip members once decompressed, declared and actual. openpyxl holds a workbook&apos;s shared text in memory as a whole. A member this much larger than its compressed form is a bomb, whatever its size... ...once it is bigger than this (tiny members compress absurdly well, legitimately). Cells kept in memory for the preview (rows times their width). Cells from A1 to a sheet&apos;s last row and column, which the workbook reader holds in memory at once (for an .ods or .xls: of all sheets together, read at once). Excel&apos;s own limit for one cell.</extracomment>
        <translation>le fichier est trop volumineux ({size} Mo ; au plus {limit} Mo)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="101"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="103"/>
        <source>this is a folder, not a file</source>
        <translation>ceci est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="105"/>
        <source>the file cannot be opened (permission denied)</source>
        <translation>le fichier ne peut pas être ouvert (accès refusé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="107"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="109"/>
        <location filename="../../fourthpillar/importing/reading.py" line="234"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="121"/>
        <source>the file is damaged or truncated (not a complete .xlsx or .ods)</source>
        <translation>le fichier est endommagé ou tronqué (pas un .xlsx ou .ods complet)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="149"/>
        <source>the sheet holds more than {limit} cells; split it into smaller files</source>
        <translation>la feuille contient plus de {limit} cellules ; répartissez-la en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="171"/>
        <location filename="../../fourthpillar/importing/workbooks.py" line="174"/>
        <source>the sheet has more than {limit} rows; split it into smaller files</source>
        <translation>la feuille a plus de {limit} lignes ; répartissez-la en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="174"/>
        <location filename="../../fourthpillar/importing/workbooks.py" line="170"/>
        <source>row {row} has a value in column {column}: more than {limit} columns is not a register</source>
        <translation>la ligne {row} a une valeur dans la colonne {column} : plus de {limit} colonnes, ce n&apos;est pas un registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="180"/>
        <source>the cell at row {row}, column {column} holds {length} characters (at most {limit})</source>
        <translation>la cellule ligne {row}, colonne {column} contient {length} caractères (au plus {limit})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="194"/>
        <source>the file is damaged (invalid UTF-16 text)</source>
        <translation>le fichier est endommagé (texte UTF-16 invalide)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="196"/>
        <source>this is not a spreadsheet (.xlsx) or a text file (.csv)</source>
        <translation>ceci n&apos;est ni un tableur (.xlsx) ni un fichier texte (.csv)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="207"/>
        <source>this is not a spreadsheet (.xlsx) or a text file (.csv) in a known encoding</source>
        <translation>ceci n&apos;est ni un tableur (.xlsx) ni un fichier texte (.csv) dans un encodage connu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="239"/>
        <source>a .csv file has no sheet named &apos;{sheet}&apos;</source>
        <translation>un fichier .csv n&apos;a pas de feuille nommée &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="253"/>
        <source>a cell holds more than {limit} characters</source>
        <translation>une cellule contient plus de {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/reading.py" line="255"/>
        <source>the file is not valid CSV ({reason})</source>
        <translation>le fichier n&apos;est pas un CSV valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="122"/>
        <source>no header row with a name column was found (name the columns, e.g. Naam, E-mail, Organisatie)</source>
        <extracomment>Row outcomes. How many rows from the top may hold the header. How its contact was found (&quot;email&quot;, &quot;name&quot;), or why it is skipped (&quot;registered&quot;: already).</extracomment>
        <translation>aucune ligne d&apos;en-tête avec une colonne de nom (nommez les colonnes, p. ex. Nom, E-mail, Organisation)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="135"/>
        <source>&apos;{field}&apos; is not a field of a registration ({choices})</source>
        <translation>&apos;{field}&apos; n&apos;est pas un champ d&apos;une inscription ({choices})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/registrations.py" line="144"/>
        <source>no column holds the person&apos;s name</source>
        <translation>aucune colonne ne contient le nom de la personne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="66"/>
        <source>the file is damaged or truncated (not a readable .xlsx or .ods)</source>
        <translation>le fichier est endommagé ou tronqué (pas un .xlsx ou .ods lisible)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="73"/>
        <source>this zip file is not a spreadsheet (.xlsx or .ods)</source>
        <translation>ce fichier zip n&apos;est pas un classeur (.xlsx ou .ods)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="76"/>
        <source>the file would unpack to {size} MB (at most {limit} MB): it looks like a zip bomb</source>
        <translation>le fichier ferait {size} Mo une fois décompressé (au plus {limit} Mo) : cela ressemble à une bombe zip</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="81"/>
        <source>the workbook&apos;s shared text is {size} MB (at most {limit} MB)</source>
        <translation>le texte partagé du classeur fait {size} Mo (au plus {limit} Mo)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="87"/>
        <source>{member} is compressed {ratio} times: it looks like a zip bomb</source>
        <translation>{member} est compressé {ratio} fois : cela ressemble à une bombe zip</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="98"/>
        <source>the file unpacks to more than {limit} MB: it looks like a zip bomb</source>
        <translation>le fichier dépasse {limit} Mo une fois décompressé : cela ressemble à une bombe zip</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="102"/>
        <source>the file is damaged or truncated ({member} cannot be unpacked)</source>
        <translation>le fichier est endommagé ou tronqué ({member} ne peut pas être décompressé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="120"/>
        <source>{member} carries an XML document type declaration (DTD); such files can hide entity attacks and are refused</source>
        <translation>{member} contient une déclaration de type de document XML (DTD) ; de tels fichiers peuvent cacher des attaques par entités et sont refusés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="123"/>
        <source>{member} declares XML entities (an entity-expansion attack?); refused</source>
        <translation>{member} déclare des entités XML (une attaque par expansion d&apos;entités ?) ; refusé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="126"/>
        <source>{member} refers to an external XML entity; refused</source>
        <translation>{member} fait référence à une entité XML externe ; refusé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="129"/>
        <source>the file is damaged ({member} is not well-formed XML)</source>
        <translation>le fichier est endommagé ({member} n&apos;est pas du XML bien formé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="180"/>
        <source>the sheets span more than {limit} cells from A1 to their last values; split the file into smaller ones</source>
        <translation>les feuilles couvrent plus de {limit} cellules de A1 à leurs dernières valeurs ; divisez le fichier en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="193"/>
        <location filename="../../fourthpillar/importing/workbooks.py" line="222"/>
        <source>the workbook is protected with a password; save it without one and import that</source>
        <translation>le classeur est protégé par un mot de passe ; enregistrez-le sans mot de passe et importez celui-là</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="195"/>
        <source>this is an Office file but not a spreadsheet; save it as .xlsx, .ods or .csv and import that</source>
        <translation>c&apos;est un fichier Office mais pas un classeur ; enregistrez-le en .xlsx, .ods ou .csv et importez celui-là</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="198"/>
        <source>the file is damaged or truncated (not a readable .xls)</source>
        <translation>le fichier est endommagé ou tronqué (pas un .xls lisible)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="225"/>
        <source>the workbook is damaged and cannot be read ({reason})</source>
        <translation>le classeur est endommagé et ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="255"/>
        <source>the workbook has no sheets</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="258"/>
        <source>there is no sheet named &apos;{sheet}&apos; (sheets: {names})</source>
        <translation>il n&apos;y a pas de feuille nommée &apos;{sheet}&apos; (feuilles : {names})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="261"/>
        <source>&apos;{sheet}&apos; is a chart sheet, not a table</source>
        <translation>&apos;{sheet}&apos; est une feuille de graphique, pas un tableau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/importing/workbooks.py" line="265"/>
        <source>sheet &apos;{sheet}&apos; is damaged and cannot be read ({reason})</source>
        <translation>la feuille &apos;{sheet}&apos; est endommagée et ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="234"/>
        <source>row {row} is not a possible duplicate to decide (create or skip)</source>
        <translation>la ligne {row} n&apos;est pas un doublon possible à trancher (create ou skip)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="294"/>
        <source>the file changed since the preview; preview it again</source>
        <translation>le fichier a changé depuis l&apos;aperçu ; affichez à nouveau l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="298"/>
        <source>no row can be imported; see the problems</source>
        <translation>aucune ligne ne peut être importée ; voyez les problèmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/importing.py" line="349"/>
        <source>the import of {file} was already undone on {when}</source>
        <translation>l&apos;importation de {file} a déjà été annulée le {when}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="433"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="466"/>
        <source>Import initiatives</source>
        <translation>Importer des initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="436"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="472"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>InitiativeChooser</name>
    <message>
        <location filename="../../fourthpillar/ui/widgets/initiative_chooser.py" line="49"/>
        <source>Type part of the initiative&apos;s name or municipality…</source>
        <extracomment>How many matches the popup offers; typing more narrows them down. The matches of what is typed, being read (the newest text wins).</extracomment>
        <translation>Tapez une partie du nom ou de la commune de l&apos;initiative…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="68"/>
        <source>Edit initiative</source>
        <translation>Modifier l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="68"/>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="72"/>
        <source>e.g. Vrienden van Kisangani</source>
        <translation>p. ex. Vrienden van Kisangani</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="73"/>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="114"/>
        <source>— not known —</source>
        <extracomment>They are read on the runner&apos;s read pool as the postcode is typed (the newest wins)... ... and the postcode field was left before they came: fill the municipality then.</extracomment>
        <translation>— inconnu —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="75"/>
        <source>0123.456.749</source>
        <translation>0123.456.749</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="81"/>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="82"/>
        <source>Member of the 4de Pijlerpanel</source>
        <translation>Membre du 4de Pijlerpanel</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="84"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="87"/>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="88"/>
        <source>&amp;Enterprise number:</source>
        <translation>Numéro &amp;BCE :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="91"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="92"/>
        <source>&amp;Founded in:</source>
        <translation>Fon&amp;dée en :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="115"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="117"/>
        <source>St&amp;reet and number:</source>
        <translation>R&amp;ue et numéro :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="118"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="119"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="120"/>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="125"/>
        <source>separated by commas, e.g. Kongo, waterputten</source>
        <translation>séparées par des virgules, p. ex. Congo, puits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="126"/>
        <source>Work</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="128"/>
        <source>Partner &amp;countries:</source>
        <translation>Pa&amp;ys partenaires :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="129"/>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="130"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="134"/>
        <source>Anything the office should know about this initiative</source>
        <translation>Tout ce que le bureau doit savoir sur cette initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="135"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="179"/>
        <source>%1 digits typed, 10 needed</source>
        <translation>%1 chiffres tapés, 10 nécessaires</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="195"/>
        <source>Follows the Belgian postcode</source>
        <translation>Déduite du code postal belge</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="196"/>
        <source>Province: %1</source>
        <translation>Province : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="203"/>
        <source>A Belgian postcode has 4 digits</source>
        <translation>Un code postal belge a 4 chiffres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="205"/>
        <source>Not a Belgian postcode (4 digits, 1000-9999)</source>
        <translation>Pas un code postal belge (4 chiffres, 1000-9999)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="208"/>
        <source>Not a Belgian postcode: choose the province yourself</source>
        <translation>Pas un code postal belge : choisissez vous-même la province</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/initiative.py" line="248"/>
        <source>With this postcode: %1</source>
        <translation>Avec ce code postal : %1</translation>
    </message>
</context>
<context>
    <name>InitiativePage</name>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="135"/>
        <source>Archive contact person</source>
        <translation>Archiver la personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="136"/>
        <source>Archive %1? They disappear from this initiative&apos;s contacts; Undo brings them back.</source>
        <translation>Archiver %1 ? La personne disparaît des contacts de cette initiative ; Annuler la fait revenir.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="147"/>
        <source>Contact person archived: %1</source>
        <translation>Personne de contact archivée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_actions.py" line="155"/>
        <source>Not archived: %1</source>
        <translation>Non archivé : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="120"/>
        <source>Edi&amp;t…</source>
        <extracomment>The detail rows, in display order: (key, label source text). Labels are translated in the page.</extracomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="121"/>
        <source>New &amp;request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="122"/>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planifier un suivi…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="123"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="124"/>
        <source>Who changed what, and when; undo an earlier action</source>
        <translation>Qui a modifié quoi, et quand ; annuler une action antérieure</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="127"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="129"/>
        <source>Enterprise number:</source>
        <translation>Numéro BCE :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="129"/>
        <source>Legal form:</source>
        <translation>Forme juridique :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="130"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="130"/>
        <source>Province:</source>
        <translation>Province :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="131"/>
        <source>Partner countries:</source>
        <translation>Pays partenaires :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="131"/>
        <source>Themes:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="132"/>
        <source>4de Pijlerpanel:</source>
        <translation>4de Pijlerpanel :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="132"/>
        <source>Founded in:</source>
        <translation>Fondée en :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="133"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="133"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="133"/>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="138"/>
        <source>Contact persons</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="139"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="139"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="139"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="140"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="140"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="147"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="148"/>
        <source>Ed&amp;it…</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="149"/>
        <source>Ar&amp;chive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="152"/>
        <source>Export this person&apos;s data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="154"/>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="158"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="159"/>
        <source>Export or erase the selected person&apos;s data (GDPR)</source>
        <translation>Exporter ou effacer les données de la personne sélectionnée (RGPD)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="185"/>
        <source>Timeline: requests, follow-ups and events attended</source>
        <translation>Chronologie : demandes, suivis et activités suivies</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="186"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="186"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="186"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="187"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="193"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="194"/>
        <source>&amp;Mark done…</source>
        <translation>Marquer comme fai&amp;t…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="195"/>
        <source>No requests or follow-ups yet.</source>
        <translation>Aucune demande ni aucun suivi pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="229"/>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="256"/>
        <source>This initiative cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher cette initiative : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="242"/>
        <source>This initiative is archived.</source>
        <translation>Cette initiative est archivée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="269"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="269"/>
        <source>not a member</source>
        <translation>non membre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="292"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="294"/>
        <source>attended</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="296"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="297"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="297"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="304"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/pages/initiative_page.py" line="355"/>
        <source>Only an admin may erase a person on the shared database</source>
        <translation>Seul un administrateur peut effacer une personne dans la base partagée</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../fourthpillar/ui/jobs.py" line="177"/>
        <source>Cancel</source>
        <extracomment>How often, at most, progress is sent to the GUI thread (seconds). How long a job runs before its progress dialog shows (milliseconds).</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../fourthpillar/jobs.py" line="51"/>
        <source>cancelled; nothing was written</source>
        <extracomment>``progress(done, total)``: how far a long job is (``total`` 0 while it does not know yet). ``is_cancelled()``: true once the person asked the job to stop; safe to call from any thread.</extracomment>
        <translation>annulé ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="121"/>
        <source>{path} needs its passphrase: the keychain holds none for it and there is no one to ask (set FOURTHPILLAR_KEY)</source>
        <extracomment>The keychain&apos;s service name; the account is the register file&apos;s full path. A new passphrase shorter than this is refused (it is all that stands between a thief and the data). Wrong passphrases typed before giving up. The previous answer did not unlock the register (or was refused: too short, no match). Asks the officer; returns the passphrase, or None when they cancel.</extracomment>
        <translation>{path} a besoin de sa phrase secrète : le trousseau n&apos;en contient pas et personne ne peut la donner (définissez FOURTHPILLAR_KEY)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="126"/>
        <source>no passphrase was given for {path}</source>
        <translation>aucune phrase secrète n&apos;a été donnée pour {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="133"/>
        <source>a passphrase needs at least {count} characters</source>
        <translation>une phrase secrète doit compter au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="135"/>
        <source>the two passphrases differ</source>
        <translation>les deux phrases secrètes diffèrent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="170"/>
        <source>the passphrase in the keychain does not unlock it</source>
        <translation>la phrase secrète du trousseau ne le déverrouille pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="177"/>
        <source>this passphrase does not unlock it</source>
        <translation>cette phrase secrète ne le déverrouille pas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/keys.py" line="199"/>
        <source>no passphrase was chosen for {path}</source>
        <translation>aucune phrase secrète n&apos;a été choisie pour {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="58"/>
        <source>the new passphrase is empty</source>
        <translation>la nouvelle phrase secrète est vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="61"/>
        <source>the new passphrase is the same as the current one</source>
        <translation>la nouvelle phrase secrète est la même que l&apos;actuelle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="67"/>
        <source>the register is a shared database: its server protects it, it has no passphrase here</source>
        <translation>le registre est une base de données partagée : son serveur la protège, elle n&apos;a pas de phrase secrète ici</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="88"/>
        <source>the current passphrase is wrong: it does not unlock {path}</source>
        <translation>la phrase secrète actuelle est fausse : elle n&apos;ouvre pas {path}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/passphrase.py" line="95"/>
        <source>the passphrase was not changed: {reason}</source>
        <translation>la phrase secrète n&apos;a pas été modifiée : {reason}</translation>
    </message>
</context>
<context>
    <name>ListCells</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/format.py" line="65"/>
        <source>yes</source>
        <extracomment>What a field can take: the kept record&apos;s value, the other&apos;s, or (lists, notes) both. Fields where &quot;both&quot; means something: lists are joined, notes put one after the other. What the merge does with this field unless told otherwise.</extracomment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/layout.py" line="62"/>
        <source>Columns</source>
        <extracomment>For the type checker the mixin is a widget; at run time it adds no base.</extracomment>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/layout.py" line="73"/>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="138"/>
        <source>(filtered)</source>
        <extracomment>Search-as-you-type waits this long after the last key before asking the database. Runs searches typed in the box off the GUI thread (None: search on the GUI thread). Bumped by every query; a background search whose number is not the latest is dropped. A first page is being read on the worker thread (a search, filter, sort or refresh)... ...for this query. Beside the count while a search or filter narrows the list (also after a restart).</extracomment>
        <translation>(filtré)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="140"/>
        <source>A search or filter hides some rows; Clear filters shows them all</source>
        <translation>Une recherche ou un filtre masque certaines lignes ; Effacer les filtres les affiche toutes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="149"/>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="381"/>
        <source>%1+ initiatives</source>
        <translation>%1+ initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="383"/>
        <source>%1+ follow-ups</source>
        <translation>%1+ suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="385"/>
        <source>%1+ events</source>
        <translation>%1+ activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="387"/>
        <source>%1+ requests</source>
        <translation>%1+ demandes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="396"/>
        <source>Nothing matches this search and these filters.</source>
        <translation>Rien ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="398"/>
        <source>Nothing here yet. Press Ctrl+N to add the first one.</source>
        <translation>Rien ici pour l&apos;instant. Appuyez sur Ctrl+N pour ajouter le premier élément.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/view.py" line="415"/>
        <source>The list cannot be read</source>
        <translation>Impossible de lire la liste</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="117"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="150"/>
        <source>Advice requests</source>
        <translation>Demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="177"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="211"/>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/lists/catalogue.py" line="243"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="76"/>
        <source>%Ln initiative</source>
        <extracomment>The list&apos;s columns, name, kind and default order. Filter widgets shown, in order (see :mod:`fourthpillar.ui.lists.filters`). The default query&apos;s extra filters (e.g. follow-ups start with open ones only).</extracomment>
        <translation>%Ln initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="76"/>
        <source>%Ln initiatives</source>
        <translation>%Ln initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="78"/>
        <source>%Ln request</source>
        <translation>%Ln demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="78"/>
        <source>%Ln requests</source>
        <translation>%Ln demandes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="80"/>
        <source>%Ln event</source>
        <translation>%Ln activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="80"/>
        <source>%Ln events</source>
        <translation>%Ln activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="81"/>
        <source>%Ln follow-up</source>
        <translation>%Ln suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="81"/>
        <source>%Ln follow-ups</source>
        <translation>%Ln suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="85"/>
        <source>Search names, municipalities, enterprise numbers, tags, notes…</source>
        <translation>Rechercher noms, communes, numéros BCE, étiquettes, notes…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="87"/>
        <source>Search questions, advice, notes and initiatives…</source>
        <translation>Rechercher questions, conseils, notes et initiatives…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="89"/>
        <source>Search titles, places, trainers and notes…</source>
        <translation>Rechercher dans les titres, lieux, formateurs et notes…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="90"/>
        <source>Search follow-ups, outcomes and initiatives…</source>
        <translation>Rechercher suivis, résultats et initiatives…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="125"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="125"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/lists/definitions.py" line="129"/>
        <source>open (new, in progress, waiting)</source>
        <translation>ouverte (nouvelle, en cours, en attente)</translation>
    </message>
</context>
<context>
    <name>Logins</name>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="47"/>
        <source>officer</source>
        <extracomment>A login name as PostgreSQL would take it unquoted: lower case, so people type it as they see it.</extracomment>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="48"/>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/logins.py" line="49"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fourthpillar/ui/kinds.py" line="95"/>
        <source>Edit request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/kinds.py" line="102"/>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="194"/>
        <source>Change to “%1”</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="195"/>
        <source>Change to an initiative</source>
        <translation>Modification d&apos;une initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="234"/>
        <source>Mark follow-up done</source>
        <translation>Marquer le suivi comme fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="264"/>
        <source>The follow-ups were not marked done</source>
        <translation>Les suivis n&apos;ont pas été marqués comme faits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="285"/>
        <source>Plan or complete follow-up</source>
        <translation>Planifier ou terminer un suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="303"/>
        <source>%1: saved. Ctrl+Z undoes it.</source>
        <translation>%1 : enregistré. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="327"/>
        <source>Register initiative</source>
        <translation>Enregistrer une initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="345"/>
        <source>Log request</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="353"/>
        <source>Plan follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="369"/>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="373"/>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="377"/>
        <source>Redo failed</source>
        <translation>Le rétablissement a échoué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="377"/>
        <source>Undo failed</source>
        <translation>L&apos;annulation a échoué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="438"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="477"/>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/main_window.py" line="478"/>
        <source>A background task is still running. Cancel it and quit?</source>
        <translation>Une tâche d&apos;arrière-plan est encore en cours. L&apos;annuler et quitter ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_archiving.py" line="84"/>
        <source>%1. Press Ctrl+Z to undo.</source>
        <extracomment>Delete on an initiative page reads it first: a second Delete meanwhile waits.</extracomment>
        <translation>%1. Appuyez sur Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_events.py" line="29"/>
        <source>Change to an event</source>
        <translation>Modification d&apos;une activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_events.py" line="45"/>
        <source>The event cannot be opened</source>
        <translation>Impossible d&apos;ouvrir l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_events.py" line="65"/>
        <source>Plan event</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="65"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="66"/>
        <source>Add to the list shown</source>
        <translation>Ajouter à la liste affichée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="67"/>
        <source>New &amp;initiative…</source>
        <translation>Nouvelle &amp;initiative…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="69"/>
        <source>Log advice &amp;request…</source>
        <translation>Enregistrer une &amp;demande de conseil…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="70"/>
        <source>Plan &amp;follow-up…</source>
        <translation>Planifier un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="71"/>
        <source>Plan e&amp;vent…</source>
        <translation>Planifier une &amp;activité…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="72"/>
        <source>A training, info session, network day or webinar</source>
        <translation>Une formation, séance d&apos;information, journée de réseau ou webinaire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="73"/>
        <source>I&amp;mport initiatives…</source>
        <translation>I&amp;mporter des initiatives…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="75"/>
        <source>&amp;Export this list…</source>
        <translation>&amp;Exporter cette liste…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="76"/>
        <source>The list as shown (filters, sort, columns) as a spreadsheet</source>
        <translation>La liste telle qu&apos;affichée (filtres, tri, colonnes) dans un tableur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="77"/>
        <source>Export initiative &amp;summary…</source>
        <translation>Exporter la &amp;fiche de l&apos;initiative…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="79"/>
        <source>Export &amp;advice summary…</source>
        <translation>Exporter le &amp;résumé du conseil…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="80"/>
        <source>Ne&amp;twork list…</source>
        <translation>&amp;Liste du réseau…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="81"/>
        <source>&amp;Period report…</source>
        <translation>Rapport de &amp;période…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="83"/>
        <source>Follow-ups to &amp;calendar…</source>
        <translation>Suivis vers l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="84"/>
        <source>Open follow-ups as a calendar file for Outlook, Google Calendar or Thunderbird</source>
        <translation>Suivis ouverts comme fichier d&apos;agenda pour Outlook, Google Agenda ou Thunderbird</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="85"/>
        <source>&amp;Backups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="87"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Modifier la p&amp;hrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="88"/>
        <source>Encrypt the register and its backups with a new passphrase</source>
        <translation>Chiffrer le registre et ses sauvegardes avec une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="91"/>
        <source>O&amp;fficers and logins…</source>
        <translation>&amp;Agents et identifiants…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="92"/>
        <source>Who works in the shared register, with which login and rights</source>
        <translation>Qui travaille dans le registre partagé, avec quel identifiant et quels droits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="94"/>
        <source>For&amp;get old registrations…</source>
        <translation>O&amp;ublier les anciennes inscriptions…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="95"/>
        <source>Archive the registrations of events held more than %1 years ago (how long attendance is kept) and erase the walk-ins&apos; names and e-mails</source>
        <translation>Archive les inscriptions aux activités d&apos;il y a plus de %1 ans (la durée de conservation des présences) et efface les noms et e-mails des participants libres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="97"/>
        <source>Load &amp;demonstration data…</source>
        <translation>Charger les données de dém&amp;onstration…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="101"/>
        <location filename="../../fourthpillar/ui/window_menus.py" line="240"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="102"/>
        <location filename="../../fourthpillar/ui/window_menus.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="104"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="105"/>
        <source>Open the selected row (Enter or double-click)</source>
        <translation>Ouvrir la ligne sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="106"/>
        <source>&amp;Archive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="108"/>
        <source>Archive the selected rows (can be undone)</source>
        <translation>Archiver les lignes sélectionnées (peut être annulé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="109"/>
        <source>&amp;Mark done…</source>
        <translation>&amp;Marquer comme fait…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="110"/>
        <source>Mark the selected follow-ups done (can be undone)</source>
        <translation>Marquer les suivis sélectionnés comme faits (peut être annulé)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="111"/>
        <source>&amp;Find in list</source>
        <translation>Rechercher dans la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="114"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="115"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="121"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="122"/>
        <source>&amp;Quick search…</source>
        <translation>Recherche ra&amp;pide…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="123"/>
        <source>Find anything in the register</source>
        <translation>Rechercher n&apos;importe quoi dans le registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="124"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="126"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="127"/>
        <source>&amp;About Fourth Pillar desk</source>
        <translation>À &amp;propos de Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="129"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="130"/>
        <source>Diagnostics to send to the maintainers: version, system and the log, no names</source>
        <translation>Diagnostic à envoyer aux responsables : version, système et journal, sans noms</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="131"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="133"/>
        <source>Your name, language, data folder and backups</source>
        <translation>Votre nom, la langue, le dossier de données et les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="173"/>
        <source>C&amp;olumns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="178"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="185"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="191"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="204"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="205"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="206"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="218"/>
        <source>Main &amp;toolbar</source>
        <translation>&amp;Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="230"/>
        <source>(open a list first)</source>
        <translation>(ouvrez d&apos;abord une liste)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="239"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="242"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="258"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvelle activité…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="258"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nouveau suivi…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="258"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="259"/>
        <source>&amp;New request for this initiative…</source>
        <translation>&amp;Nouvelle demande pour cette initiative…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="260"/>
        <source>&amp;New registration for this event…</source>
        <translation>&amp;Nouvelle inscription à cette activité…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="261"/>
        <source>&amp;New initiative…</source>
        <translation>&amp;Nouvelle initiative…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="279"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="279"/>
        <source>Open the selected row</source>
        <translation>Ouvrir la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="281"/>
        <source>On an event&apos;s registrations: attended, no-show, registered, cancel</source>
        <translation>Dans les inscriptions d&apos;une activité : présent, absent, inscrit, annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="283"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="292"/>
        <source>About Fourth Pillar desk</source>
        <translation>À propos de Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_menus.py" line="293"/>
        <source>&lt;h3&gt;Fourth Pillar desk %1&lt;/h3&gt;&lt;p&gt;Register, helpdesk and follow-ups of the 4th Pillar Support Office of 11.11.11.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Desk 4e Pilier %1&lt;/h3&gt;&lt;p&gt;Registre, service d&apos;assistance et suivis du bureau d&apos;appui au 4e pilier de 11.11.11.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="58"/>
        <source>Navigation</source>
        <extracomment>Pages in the navigation, in order (Ctrl+1..Ctrl+7). A record&apos;s page and the list it belongs to (highlighted in the navigation while it shows). The pages shown before, for Back (Alt+Left).</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="80"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="80"/>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="81"/>
        <source>Advice requests</source>
        <translation>Demandes de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="81"/>
        <source>Events</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="81"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="82"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="82"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="83"/>
        <location filename="../../fourthpillar/ui/window_pages.py" line="129"/>
        <source>Event</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="83"/>
        <location filename="../../fourthpillar/ui/window_pages.py" line="127"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="131"/>
        <source>Fourth Pillar desk</source>
        <extracomment>Exit status when the register cannot be opened. Exit status of a second launch whose data folder was open already: that window came forward. The installed desktop entry (installers/linux/be.11.fourthpillar.desktop): lets Wayland and the desktops show the window with that entry&apos;s name and icon. The object name of the translators install_translations puts on the app.
----------
The previous session did not end cleanly (the app lock says): the register gets a full check. The start-up notification of what is due (ui.reminders.DueNotifier), once the window shows.</extracomment>
        <translation>Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="162"/>
        <source>The initiative cannot be opened</source>
        <translation>Impossible d&apos;ouvrir l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/window_pages.py" line="170"/>
        <source>%1 (filtered)</source>
        <translation>%1 (filtré)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="200"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="201"/>
        <source>Each column of the spreadsheet goes into the field shown. Change any of them, or choose “Do not import”. The choice is remembered for files with the same columns.</source>
        <translation>Chaque colonne du tableur va dans le champ indiqué. Modifiez-les au besoin, ou choisissez « Ne pas importer ». Le choix est retenu pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="207"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="207"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="207"/>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="240"/>
        <source>Sheet “{sheet}”: the column headers are on row {row}.</source>
        <translation>Feuille « {sheet} » : les en-têtes de colonne sont à la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="248"/>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="252"/>
        <source>Import column {column} into</source>
        <translation>Importer la colonne {column} dans</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="66"/>
        <source>Both changed the same fields</source>
        <translation>Les mêmes champs modifiés des deux côtés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="69"/>
        <source>%1 saved this %2 after you opened it and changed the fields below too. For each field, keep your value or take theirs. Nothing is saved yet: the form gets your choices, then you check it and Save.</source>
        <translation>%1 a enregistré cet élément (%2) après que vous l&apos;avez ouvert et a aussi modifié les champs ci-dessous. Pour chaque champ, gardez votre valeur ou prenez la sienne. Rien n&apos;est encore enregistré : le formulaire reçoit vos choix, puis vous le vérifiez et enregistrez.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="79"/>
        <source>Before (when you opened it)</source>
        <translation>Avant (à l&apos;ouverture)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="79"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="80"/>
        <source>Saved by %1</source>
        <translation>Enregistré par %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="80"/>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="98"/>
        <source>&amp;Put in the form</source>
        <translation>&amp;Mettre dans le formulaire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="115"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="138"/>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="147"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/merge_dialog.py" line="147"/>
        <source>Keep mine (edit if needed)</source>
        <translation>Garder la mienne (modifiable)</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="249"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="249"/>
        <source>January</source>
        <extracomment>(decimal point, thousands separator) per language, as Qt&apos;s nl_BE, fr_BE and en_GB write them. Full month names (context &quot;Month&quot;), for :func:`format_long_date`.</extracomment>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="250"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="250"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="251"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="251"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="252"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="252"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="253"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="253"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="254"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/i18n.py" line="254"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="58"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="59"/>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="59"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="60"/>
        <source>Login status</source>
        <translation>État de l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="66"/>
        <source>no login of their own</source>
        <translation>pas d&apos;identifiant propre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="68"/>
        <source>missing on the server</source>
        <translation>absent du serveur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="69"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="69"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="104"/>
        <source>Add an officer with a login</source>
        <extracomment>The change being written: Esc waits for it (its outcome closes the form or says why not).</extracomment>
        <translation>Ajouter un agent avec un identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="105"/>
        <source>Change the login of %1</source>
        <translation>Modifier l&apos;identifiant de %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="113"/>
        <source>lower case, e.g. an_peeters</source>
        <translation>en minuscules, p. ex. an_peeters</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="123"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="124"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="125"/>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="127"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="128"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="131"/>
        <source>leave empty to keep the password</source>
        <translation>laisser vide pour garder le mot de passe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="132"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="133"/>
        <source>Pro&amp;vinces:</source>
        <translation>Pro&amp;vinces :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="134"/>
        <source>A coordinator sees and changes only the initiatives of their provinces. An admin also manages officers, erases people and applies field packages.</source>
        <translation>Un coordinateur ne voit et ne modifie que les initiatives de ses provinces. Un administrateur gère aussi les agents, efface des personnes et applique les paquets de terrain.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="139"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="139"/>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="140"/>
        <source>Password a&amp;gain:</source>
        <translation>Répé&amp;ter le mot de passe :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="141"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="141"/>
        <source>&amp;Save</source>
        <extracomment>What a save did, for the status bar and Edit ▸ Undo (&quot;Initiative registered: %1&quot;). Without them a save says &quot;Saved: &lt;noun&gt;&quot;, unless the editor words its own :meth:`done_description`. Where the form is read and saves are written: the window&apos;s runner (its read pool, its one writer, off the GUI thread); None reads and saves at once (an editor on its own). What the form shows, read when it opens (:meth:`read_form`). A save is being written: Save, Esc and closing wait for it. The stored version this form was loaded from (None: a new record). The stored values this form was loaded from: the common ground of a merge. The form&apos;s choice of an officer (:meth:`officer_field`), if it has one. The merge dialog open on top of this editor, if any. The form&apos;s fields and sections (disabled while the form is read).</extracomment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="164"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="166"/>
        <source>Give the new login a password (it is never shown).</source>
        <translation>Donnez un mot de passe au nouvel identifiant (il n&apos;est jamais affiché).</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="168"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="237"/>
        <source>Officers and logins</source>
        <extracomment>A change being written: closing waits for it.</extracomment>
        <translation>Agents et identifiants</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="241"/>
        <source>Everyone who works in the shared register signs in with a login of their own; the database decides what each login may do.</source>
        <translation>Chaque personne qui travaille dans le registre partagé se connecte avec son propre identifiant ; la base de données décide de ce que chaque identifiant peut faire.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="247"/>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="251"/>
        <source>&amp;Add officer…</source>
        <translation>&amp;Ajouter un agent…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="252"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="253"/>
        <source>Role, provinces or a new password</source>
        <translation>Rôle, provinces ou nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="254"/>
        <source>&amp;Disable login…</source>
        <translation>&amp;Désactiver l&apos;identifiant…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="255"/>
        <source>&amp;Enable login</source>
        <translation>&amp;Réactiver l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="302"/>
        <source>Only an admin can add officers or change their logins.</source>
        <translation>Seul un administrateur peut ajouter des agents ou modifier leur identifiant.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="355"/>
        <source>Disable login</source>
        <translation>Désactiver l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/officers.py" line="356"/>
        <source>Disable the login %1 of %2? They can no longer connect to the shared register; everything they recorded stays. You can enable the login again.</source>
        <translation>Désactiver l&apos;identifiant %1 de %2 ? Cette personne ne pourra plus se connecter au registre partagé ; tout ce qu&apos;elle a enregistré reste. Vous pourrez réactiver l&apos;identifiant.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="90"/>
        <source>Archive %n initiatives</source>
        <extracomment>The name in the change log and in ``ui.lists.definitions`` (``ListDefinition.kind``). The list page showing this kind (a ``fourthpillar.lists`` name: the navigation&apos;s, and what File ▸ Export this list exports). The field of a list row that names the record (in questions and in Edit ▸ Undo). Its editor, imported when first opened (the editors import the window&apos;s operations); None for a kind opened on a page of its own (the initiative, the event). The editor&apos;s keyword naming the record to open (``request_id=``). Archive one record: ``archive(desk, record_id)``. What archiving several is called (&quot;Archive 3 requests&quot;). What Edit ▸ Undo calls a change made in its editor opened from a list (MainWindow&apos;s context). Actions started from a row of this kind: a request for it, a follow-up for it, marking it done. File ▸ Export initiative summary (of the row&apos;s initiative) and advice summary apply to a row. The window&apos;s page that shows one record of a kind without an editor (&quot;initiative&quot;, &quot;event&quot;).</extracomment>
        <translation>
            <numerusform>Archiver %n initiative</numerusform>
            <numerusform>Archiver %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="97"/>
        <source>Archive %n requests</source>
        <translation>
            <numerusform>Archiver %n demande</numerusform>
            <numerusform>Archiver %n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="104"/>
        <source>Archive %n follow-ups</source>
        <translation>
            <numerusform>Archiver %n suivi</numerusform>
            <numerusform>Archiver %n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="111"/>
        <source>Archive %n events</source>
        <translation>
            <numerusform>Archiver %n activité</numerusform>
            <numerusform>Archiver %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="214"/>
        <source>This cannot be opened</source>
        <extracomment>The widget showing the busy cursor for the read on its way (weakly: a dialog owns its LatestRead, and a strong reference back would keep it from going).</extracomment>
        <translation>Impossible d&apos;ouvrir ceci</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="220"/>
        <source>Archive “%1”</source>
        <translation>Archiver « %1 »</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="236"/>
        <source>Archive “%1”?</source>
        <translation>Archiver « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="238"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="239"/>
        <source>Archived records leave the lists; Edit ▸ Undo brings them back.</source>
        <translation>Les éléments archivés quittent les listes ; Édition ▸ Annuler les fait revenir.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="257"/>
        <location filename="../../fourthpillar/ui/operations.py" line="261"/>
        <source>Archiving failed</source>
        <translation>L&apos;archivage a échoué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="263"/>
        <source>Archiving…</source>
        <translation>Archivage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/operations.py" line="268"/>
        <source>Mark %n follow-ups done</source>
        <translation>
            <numerusform>Marquer %n suivi comme fait</numerusform>
            <numerusform>Marquer %n suivis comme faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/operations.py" line="275"/>
        <source>Mark %n follow-ups done today. What came of them (optional, the same for all)?</source>
        <translation>
            <numerusform>Marquer %n suivi comme fait aujourd&apos;hui. Qu&apos;en est-il ressorti (facultatif) ?</numerusform>
            <numerusform>Marquer %n suivis comme faits aujourd&apos;hui. Qu&apos;en est-il ressorti (facultatif, le même pour tous) ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="281"/>
        <source>What came of it?</source>
        <translation>Qu&apos;en est-il ressorti ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/operations.py" line="285"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <location filename="../../fourthpillar/ui/lists/model.py" line="446"/>
        <source>This column cannot be sorted</source>
        <extracomment>fetch(query, count) -&gt; one page; count=False skips the total. Rows per page read from the service. Pages kept in memory; the oldest read is dropped first. Reads the pages painting asks for off the GUI thread (None: from the event loop). Pages asked for by painting and not arrived yet, each asked for once (and COUNTING while fetchMore counts further). The pages of ``_reading`` that a job on the worker is reading now (one job at a time). When a paint last asked for each page of ``_reading`` (ReadsAskedPages), and the tick now. Bumped whenever the rows are read anew: a page read for older rows is dropped. A read failed: no page is read until the rows are read anew. A new search counts up to this many matches (None: all); fetchMore raises _count_limit. Where an alert (overdue) shows: the due date column, or the whole row without one. How many pages were read from the service (for tests and the benchmark). How many times the total was counted.</extracomment>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="28"/>
        <source>Passphrase of the register</source>
        <translation>Phrase secrète du registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="31"/>
        <source>The register on this computer is encrypted, so that a lost or stolen laptop shows nothing of it. Choose its passphrase. Keep it somewhere safe besides this computer (the office&apos;s password manager): this computer remembers it, but without it a backup copied elsewhere, or the register after this computer&apos;s keychain is lost, cannot be opened.</source>
        <translation>Le registre de cet ordinateur est chiffré, pour qu&apos;un portable perdu ou volé n&apos;en montre rien. Choisissez sa phrase secrète. Conservez-la en lieu sûr, ailleurs que sur cet ordinateur (le gestionnaire de mots de passe du bureau) : cet ordinateur la retient, mais sans elle une sauvegarde copiée ailleurs, ou le registre après la perte du trousseau de cet ordinateur, ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="36"/>
        <source>The register %1 is encrypted. Type its passphrase; this computer remembers it from now on.</source>
        <translation>Le registre %1 est chiffré. Tapez sa phrase secrète ; cet ordinateur la retiendra désormais.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="40"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="42"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="51"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="74"/>
        <location filename="../../fourthpillar/ui/passphrase.py" line="89"/>
        <source>Register encrypted</source>
        <translation>Registre chiffré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="75"/>
        <source>The register and its backups are encrypted now. Their unencrypted versions are still kept in %1, readable by anyone who gets hold of this computer. Once you have seen that your register is complete, delete them.</source>
        <translation>Le registre et ses sauvegardes sont désormais chiffrés. Leurs versions non chiffrées sont encore gardées dans %1, lisibles par quiconque met la main sur cet ordinateur. Supprimez-les dès que vous avez vu que votre registre est complet.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="80"/>
        <source>&amp;Delete the unencrypted copy</source>
        <translation>&amp;Supprimer la copie non chiffrée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/passphrase.py" line="82"/>
        <source>&amp;Keep it for now</source>
        <translation>&amp;La garder pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="285"/>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="286"/>
        <source>Nothing has been written yet. Values that could not be understood are kept in the initiative&apos;s notes.</source>
        <translation>Rien n&apos;a encore été écrit. Les valeurs qui n&apos;ont pas pu être comprises sont conservées dans les notes de l&apos;initiative.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="294"/>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="295"/>
        <source>Fill only their empty fields</source>
        <translation>Remplir seulement leurs champs vides</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="296"/>
        <source>Create them anyway</source>
        <translation>Les créer quand même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="299"/>
        <source>Rows that are already in the register or earlier in the file:</source>
        <translation>Lignes déjà présentes dans le registre ou plus haut dans le fichier :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="301"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="301"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="301"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Because of</source>
        <translation>En raison de</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="303"/>
        <source>Same as</source>
        <translation>Identique à</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="304"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="308"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="398"/>
        <source>Skip this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="315"/>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="317"/>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="335"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="353"/>
        <source>{create} to create, {update} to update, {skipped} duplicates skipped, {not_imported} rows not imported; {problems} rows with problems.</source>
        <translation>{create} à créer, {update} à mettre à jour, {skipped} doublons ignorés, {not_imported} lignes non importées ; {problems} lignes avec des problèmes.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="360"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="361"/>
        <source>Not imported: {reason}</source>
        <translation>Non importé : {reason}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="367"/>
        <source>empty fields filled</source>
        <translation>champs vides remplis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="367"/>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="381"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="368"/>
        <source>created anyway</source>
        <translation>créé quand même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="369"/>
        <source>the same enterprise number</source>
        <translation>le même numéro BCE</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="370"/>
        <source>the same name and municipality</source>
        <translation>le même nom et la même commune</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="374"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="376"/>
        <source>“{name}” in the register</source>
        <translation>« {name} » dans le registre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="380"/>
        <source>possibly the same: a name alike (score {score})</source>
        <translation>peut-être la même : un nom semblable (score {score})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="381"/>
        <source>created (you decide)</source>
        <translation>créée (à vous de décider)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/importing/wizard.py" line="397"/>
        <source>Import this row</source>
        <translation>Importer cette ligne</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../fourthpillar/services/erasure.py" line="441"/>
        <source>give at least {count} characters of a name, e-mail or phone</source>
        <extracomment>The fields an erasure empties, with what they become. What replaces the person in free text (language-neutral: see the module&apos;s docstring). The person&apos;s identifying values, looked for in free text. Shorter values (initials) would redact unrelated words. The free-text fields searched and redacted, per record type. A contact&apos;s free text (their role), redacted in another contact&apos;s creation row. The tables an erasure rewrites (PostgreSQL VACUUMs them afterwards). The tables with a full-text index (FTS5 on SQLite). Change rows rewritten with one statement. What the officer recognises the record by (its name, question or action), shortened. History rows whose old/new value was blanked or redacted. Backups made before the erasure still hold the data: offer to prune them. Free-text fields elsewhere where the person was replaced by ``[…]``.</extracomment>
        <translation>donnez au moins {count} caractères d&apos;un nom, d&apos;un e-mail ou d&apos;un téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="256"/>
        <source>registration {id} is a contact person&apos;s: export contact {contact} instead</source>
        <extracomment>Request fields never shown outside the office, not even to the person. The latest change, request or follow-up; None if nothing is recorded at all. Registrations of events held longer ago than attendance is kept (``walk_ins.ATTENDANCE_YEARS``, whatever *years* says): to archive, and erase the walk-ins (``walk_ins.forget_registrations``).</extracomment>
        <translation>l&apos;inscription {id} est celle d&apos;une personne de contact : exportez plutôt le contact {contact}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="268"/>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="278"/>
        <source>the person&apos;s files could not be written to {folder}: {error}</source>
        <translation>les fichiers de la personne n&apos;ont pas pu être écrits dans {folder} : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/privacy.py" line="376"/>
        <location filename="../../fourthpillar/services/walk_ins.py" line="283"/>
        <source>the retention period must be at least one year</source>
        <extracomment>(contact id, the name as it is now) of each person. Free-text fields elsewhere that hold one of their names, e-mails or phones: to be redacted.</extracomment>
        <translation>la durée de conservation doit être d&apos;au moins un an</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/walk_ins.py" line="260"/>
        <source>registration {id} is a contact person&apos;s: erase the contact person instead</source>
        <extracomment>How long attendance is kept after the event, in years. What a walk-in&apos;s erasure leaves of their name and e-mail. Backups made before it still hold the erased walk-ins (none when none was erased). The contact&apos;s name, or the walk-in&apos;s.</extracomment>
        <translation>l&apos;inscription {id} est celle d&apos;une personne de contact : effacez plutôt la personne de contact</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="18"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="19"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="20"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="21"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="21"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="22"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/text.py" line="22"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="56"/>
        <location filename="../../fourthpillar/ui/quick_search.py" line="62"/>
        <source>Quick search</source>
        <extracomment>Results appear this long after the last key.</extracomment>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="61"/>
        <source>Find an initiative, contact person, request or follow-up…</source>
        <translation>Trouver une initiative, une personne de contact, une demande ou un suivi…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="73"/>
        <location filename="../../fourthpillar/ui/quick_search.py" line="103"/>
        <source>Type to search; Enter opens, Esc closes.</source>
        <translation>Tapez pour rechercher ; Entrée ouvre, Échap ferme.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="122"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="129"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="129"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="130"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="130"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="144"/>
        <source>%Ln result; Enter opens it.</source>
        <translation>%Ln résultat ; Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="145"/>
        <source>%Ln results; Enter opens the highlighted one.</source>
        <translation>%Ln résultats ; Entrée ouvre celui qui est en surbrillance.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/quick_search.py" line="147"/>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../fourthpillar/ui/pages/record_actions.py" line="190"/>
        <source>This cannot be opened: %1</source>
        <extracomment>For the type checker the mixin is the page it is mixed into; at run time it adds no base. The change log&apos;s name for the page&apos;s records (&quot;initiative&quot;, &quot;event&quot;), to show their history. The record&apos;s name or title, as the page shows it (also the history&apos;s title). The page&apos;s two panes: hidden while another record than the one shown is read. Emitted after the page showed what a read brought (the window&apos;s title and actions follow). The editor currently open from this page, if any. The record being read in the background (None when no read is under way). The reads: the outcome of one that a newer read overtook is not shown. What the last read brought, to show again when reading another record fails. The record last opened on the page: kept when reading it again fails (a server away for a moment), so F5 reads it again and the window&apos;s commands still act on it.</extracomment>
        <translation>Impossible d&apos;ouvrir ceci : %1</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="60"/>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="149"/>
        <source>Register for %1</source>
        <extracomment>A walk-in rather than a contact person (read by the save, off the GUI thread). The contact persons of the initiative chosen, read when it is chosen (the newest choice wins).</extracomment>
        <translation>Inscrire à %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="61"/>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="67"/>
        <source>A contact &amp;person of an initiative</source>
        <translation>Une &amp;personne de contact d&apos;une initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="68"/>
        <source>A &amp;walk-in (name and e-mail)</source>
        <translation>Un participant &amp;libre (nom et e-mail)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="76"/>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="140"/>
        <source>— choose the initiative first —</source>
        <translation>— choisissez d&apos;abord l&apos;initiative —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="79"/>
        <source>name@example.be</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="81"/>
        <source>Who comes</source>
        <translation>Qui vient</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="88"/>
        <source>&amp;Initiative:</source>
        <translation>Ini&amp;tiative :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="90"/>
        <source>&amp;Contact person:</source>
        <translation>Personne de &amp;contact :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="93"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="95"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="138"/>
        <source>— this initiative has no contact persons —</source>
        <translation>— cette initiative n&apos;a pas de personne de contact —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="151"/>
        <source>The event is full: whoever registers now goes on the waiting list.</source>
        <translation>L&apos;activité est complète : qui s&apos;inscrit maintenant va sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="162"/>
        <source>On the waiting list: %1</source>
        <translation>Sur la liste d&apos;attente : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="163"/>
        <source>Registered: %1</source>
        <translation>Inscrit : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/registration.py" line="170"/>
        <source>choose the initiative (type part of its name), then the person</source>
        <translation>choisissez l&apos;initiative (tapez une partie de son nom), puis la personne</translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="50"/>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="51"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="71"/>
        <source>Import registrations for %1</source>
        <extracomment>What the import did, once done (&quot;12 registered · 2 on the waiting list · 1 skipped&quot;).</extracomment>
        <translation>Importer des inscriptions pour %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="78"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="87"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="103"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="111"/>
        <source>register the contact person (found by e-mail)</source>
        <translation>inscrire la personne de contact (trouvée par e-mail)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="112"/>
        <source>register the contact person (found by name)</source>
        <translation>inscrire la personne de contact (trouvée par nom)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="114"/>
        <source>register as a walk-in</source>
        <translation>inscrire comme participant libre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="115"/>
        <source>skip: registered already, or twice in the file</source>
        <translation>ignorer : déjà inscrit, ou deux fois dans le fichier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="121"/>
        <source>%Ln contact person found</source>
        <translation>%Ln personne de contact trouvée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="121"/>
        <source>%Ln contact persons found</source>
        <translation>%Ln personnes de contact trouvées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="122"/>
        <source>%Ln walk-in</source>
        <translation>%Ln participant libre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="122"/>
        <source>%Ln walk-ins</source>
        <translation>%Ln participants libres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="123"/>
        <source>%Ln row skipped</source>
        <translation>%Ln ligne ignorée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="123"/>
        <source>%Ln rows skipped</source>
        <translation>%Ln lignes ignorées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="124"/>
        <source>%Ln row cannot be imported</source>
        <translation>%Ln ligne ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="124"/>
        <source>%Ln rows cannot be imported</source>
        <translation>%Ln lignes ne peuvent pas être importées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="127"/>
        <source>Columns read: %1</source>
        <translation>Colonnes lues : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="131"/>
        <source>not imported: %1</source>
        <translation>pas importée : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="142"/>
        <source>No row of this file can be imported.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="154"/>
        <source>%Ln registered</source>
        <translation>%Ln inscrits</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="155"/>
        <source>%Ln on the waiting list</source>
        <translation>%Ln sur la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="156"/>
        <source>%Ln skipped</source>
        <translation>%Ln ignorées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="157"/>
        <source>Registrations imported for %1</source>
        <translation>Inscriptions importées pour %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/registration_import.py" line="162"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/reminders.py" line="40"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n suivi en retard</numerusform>
            <numerusform>%n suivis en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/reminders.py" line="42"/>
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n suivi pour aujourd&apos;hui</numerusform>
            <numerusform>%n suivis pour aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/reminders.py" line="87"/>
        <source>Follow-ups</source>
        <extracomment>What was shown (for tests and the log): the message, &quot;&quot; when nothing was due.</extracomment>
        <translation>Suivis</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="101"/>
        <source>Advice request</source>
        <translation>Demande de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="101"/>
        <source>New advice request</source>
        <extracomment>The contact persons of the initiative chosen, read when it is chosen (the newest choice wins). The request&apos;s follow-ups, read again after each plan or mark (the newest read wins). The follow-up dialog open on top of this one, if any.</extracomment>
        <translation>Nouvelle demande de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="103"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="139"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="143"/>
        <source>Initiative:</source>
        <translation>Initiative :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="147"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="148"/>
        <source>— nobody in particular —</source>
        <translation>— personne en particulier —</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="150"/>
        <source>What does the initiative ask?</source>
        <translation>Que demande l&apos;initiative ?</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="151"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="153"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="154"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="155"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Personne de contact :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="158"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Sujets :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="159"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="167"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="168"/>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="170"/>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="172"/>
        <source>Set when the status first became &quot;answered&quot;</source>
        <translation>Rempli quand le statut est devenu &quot;traitée&quot; pour la première fois</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="173"/>
        <source>Answered on:</source>
        <translation>Traitée le :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="175"/>
        <source>Assigned &amp;officer:</source>
        <translation>C&amp;ollaborateur assigné :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="176"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="177"/>
        <source>Time spent (&amp;minutes):</source>
        <translation>Temps consacré (&amp;minutes) :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="182"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="184"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="184"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="184"/>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="185"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="196"/>
        <source>&amp;Plan follow-up…</source>
        <translation>Planifier un s&amp;uivi…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="199"/>
        <source>Mark don&amp;e…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="202"/>
        <source>Save the request first, then plan its follow-ups.</source>
        <translation>Enregistrez d&apos;abord la demande, puis planifiez ses suivis.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="214"/>
        <source>The advice the office gave (may be shared with the initiative)</source>
        <translation>Le conseil donné par le bureau (peut être partagé avec l&apos;initiative)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="216"/>
        <source>For the office only: never exported or shared</source>
        <translation>Pour le bureau seulement : jamais exporté ni partagé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="217"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="219"/>
        <source>&amp;Advice given:</source>
        <translation>Conseil &amp;donné :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="220"/>
        <source>Internal &amp;note:</source>
        <translation>&amp;Note interne :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="281"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="321"/>
        <source>This cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir ceci : %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="402"/>
        <source>Advice request — %1</source>
        <translation>Demande de conseil — %1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/editors/request.py" line="414"/>
        <source>choose the initiative from the list (type part of its name)</source>
        <translation>choisissez l&apos;initiative dans la liste (tapez une partie de son nom)</translation>
    </message>
</context>
<context>
    <name>SessionEnd</name>
    <message>
        <location filename="../../fourthpillar/ui/session_end.py" line="29"/>
        <source>Signed out of the office database</source>
        <extracomment>The exit status of an app whose session was ended: ui.app&apos;s EXIT_UNAVAILABLE (the register cannot be used).</extracomment>
        <translation>Déconnecté de la base de données du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/session_end.py" line="30"/>
        <source>%1

Fourth Pillar desk closes now. Ask an admin if you should still have access.</source>
        <translation>%1

Desk 4e Pilier se ferme maintenant. Demandez à un administrateur si vous devriez encore y avoir accès.</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="85"/>
        <source>First and last name</source>
        <extracomment>The officer working at this desk, as read when the dialog opened.</extracomment>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="98"/>
        <source>the standard data folder</source>
        <translation>le dossier de données par défaut</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="100"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="101"/>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="110"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="112"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="114"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="115"/>
        <source>A new language or data folder is used from the next start of the app.</source>
        <translation>Une nouvelle langue ou un nouveau dossier de données est pris en compte au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="121"/>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="123"/>
        <source>D&amp;aily backups:</source>
        <translation>Sauvegardes &amp;quotidiennes :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="124"/>
        <source>&amp;Weekly backups:</source>
        <translation>Sauvegardes &amp;hebdomadaires :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="125"/>
        <source>&amp;Monthly backups:</source>
        <translation>Sauvegardes &amp;mensuelles :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="136"/>
        <source>Duplicate initiatives</source>
        <translation>Initiatives en double</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="140"/>
        <source>Lowest score on the Duplicates page:</source>
        <translation>Score minimal sur la page Doublons :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="141"/>
        <source>Lowest score the new-initiative form and the import warn about:</source>
        <translation>Score minimal à partir duquel le formulaire de nouvelle initiative et l&apos;import avertissent :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="151"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="151"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="193"/>
        <source>On the shared database you work as your own login</source>
        <translation>Dans la base partagée, vous travaillez sous votre propre identifiant</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="203"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="211"/>
        <source>Please enter your name.</source>
        <translation>Veuillez saisir votre nom.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="216"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="232"/>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="254"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/settings_dialog.py" line="260"/>
        <source>Saved. The new language or data folder is used from the next start of Fourth Pillar desk.</source>
        <translation>Enregistré. La nouvelle langue ou le nouveau dossier de données est pris en compte au prochain démarrage de Desk 4e Pilier.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="26"/>
        <source>Sign in to the office database</source>
        <translation>Se connecter à la base de données du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="27"/>
        <source>Sign in to the office database %1 with your own login.</source>
        <translation>Connectez-vous à la base de données du bureau %1 avec votre propre identifiant.</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="32"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Retenir le mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="34"/>
        <source>Kept in this computer&apos;s keychain, never in a file; leave it unticked on a shared computer</source>
        <translation>Conservé dans le trousseau de cet ordinateur, jamais dans un fichier ; laissez décoché sur un ordinateur partagé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="36"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="37"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/sign_in.py" line="45"/>
        <source>Type your login and your password.</source>
        <translation>Tapez votre identifiant et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="125"/>
        <source>this is a first package: open it with &apos;sync checkout&apos; to make a new copy</source>
        <extracomment>People erased by this apply (or erased before and brought back by it, erased again). When people were erased: this copy&apos;s backups made before, which still hold them (offer to prune). Registrations put on the waiting list here because, together, the copies booked more places than the event has (each counted only the registrations it held).</extracomment>
        <translation>ceci est un premier paquet : ouvrez-le avec &apos;sync checkout&apos; pour créer une nouvelle copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="127"/>
        <location filename="../../fourthpillar/sync/package.py" line="255"/>
        <source>this sync package was made by this copy itself; apply it on the other copy</source>
        <translation>ce paquet de terrain a été créé par cette copie elle-même ; appliquez-le sur l&apos;autre copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="144"/>
        <source>the other copy holds changes made here that this copy no longer has (was it restored from a backup?); new changes here would be mistaken for those, so nothing was applied</source>
        <translation>l&apos;autre copie contient des modifications faites ici que cette copie n&apos;a plus (a-t-elle été restaurée à partir d&apos;une sauvegarde ?) ; de nouvelles modifications ici seraient confondues avec celles-là, donc rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="150"/>
        <source>this package continues from changes this copy does not have yet ({count} change(s) of replica {origin}); first apply a package from the copy it came from, or sync with the office database</source>
        <translation>ce paquet fait suite à des modifications que cette copie n&apos;a pas encore ({count} modification(s) de la réplique {origin}) ; appliquez d&apos;abord un paquet de la copie d&apos;où il vient, ou synchronisez avec la base de données du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="235"/>
        <source>this sync package was made for another copy (replica {replica}); apply it there</source>
        <translation>ce paquet de terrain a été créé pour une autre copie (réplique {replica}) ; appliquez-le là-bas</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync.py" line="257"/>
        <source>that database is this copy itself</source>
        <translation>cette base de données est cette copie elle-même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="53"/>
        <source>archived</source>
        <extracomment>How the two states of an archived-versus-edited conflict read on the Conflicts page.</extracomment>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="53"/>
        <source>live</source>
        <translation>non archivé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="91"/>
        <source>conflict {id} is already resolved</source>
        <extracomment>Every competing value (more than two when three copies changed the field).</extracomment>
        <translation>le conflit {id} est déjà tranché</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="213"/>
        <source>both kept</source>
        <translation>les deux conservées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="217"/>
        <source>merged into {name}</source>
        <translation>fusionnée dans {name}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="218"/>
        <source>moved there</source>
        <translation>déplacé là</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="228"/>
        <source>{live} (edited: {fields})</source>
        <translation>{live} (modifié : {fields})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="291"/>
        <source>for a duplicate, take mine or theirs, or give the value &apos;both&apos; to keep both</source>
        <translation>pour un doublon, prenez la mienne ou la leur, ou donnez la valeur &apos;both&apos; pour garder les deux</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_conflicts.py" line="315"/>
        <source>give &apos;{archived}&apos; or &apos;{live}&apos; for the archived state</source>
        <translation>indiquez &apos;{archived}&apos; ou &apos;{live}&apos; pour l&apos;état d&apos;archivage</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="147"/>
        <source>that is this copy&apos;s own replica id; give the id of the copy the package is for</source>
        <extracomment>False when nothing was ever received from *for_replica* (a typo, or a first exchange): the package then holds every change this copy can give. A first package: the one-time code that opens it (give it to the new copy&apos;s user apart from the file), and *for_replica* is the new copy&apos;s replica id. When something from it last arrived here (its package, or a sync with it); None if never. How many of its changes this copy holds. The officer of its newest change held here (&quot;&quot; if none): helps tell the copies apart.</extracomment>
        <translation>c&apos;est l&apos;identifiant de réplique de cette copie elle-même ; indiquez l&apos;identifiant de la copie à laquelle le paquet est destiné</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="161"/>
        <source>replica {replica} is not enrolled with this copy: packages go only between a copy and the copy that made its first package</source>
        <translation>la réplique {replica} n&apos;est pas inscrite auprès de cette copie : les paquets ne circulent qu&apos;entre une copie et la copie qui a créé son premier paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="164"/>
        <source>replica {replica} was revoked on this copy ({when}); its packages are refused</source>
        <translation>la réplique {replica} a été révoquée sur cette copie ({when}) ; ses paquets sont refusés</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="256"/>
        <source>this is not a first package; make one with &apos;sync package --out FILE&apos; (without --for) on the office copy</source>
        <translation>ceci n&apos;est pas un premier paquet ; créez-en un avec &apos;sync package --out FILE&apos; (sans --for) sur la copie du bureau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="261"/>
        <location filename="../../fourthpillar/services/sync_packages.py" line="311"/>
        <location filename="../../fourthpillar/sync/package.py" line="188"/>
        <location filename="../../fourthpillar/sync/snapshot.py" line="202"/>
        <source>this sync package cannot be read ({reason})</source>
        <extracomment>Per origin replica, the package holds its changes with from &lt; seq &lt;= to. Province of a first package made for one province, else None. The copy the package is for (None: a first package, which the code opens). A first package&apos;s argon2id salt (hex). A package read from a file: the file, the bytes before its body, the body&apos;s size, and for a package of changes the body itself until :func:`open_changes` opens it.</extracomment>
        <translation>ce paquet de terrain ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="270"/>
        <source>this sync package was made by this copy itself</source>
        <translation>ce paquet de terrain a été créé par cette copie elle-même</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_packages.py" line="275"/>
        <source>{folder} already holds a register; choose an empty data folder</source>
        <translation>{folder} contient déjà un registre ; choisissez un dossier de données vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_values.py" line="67"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/sync_values.py" line="83"/>
        <source>the package holds a value that cannot be stored ({entity} {field}: {problem}); nothing was applied</source>
        <translation>le paquet contient une valeur impossible à enregistrer ({entity} {field} : {problem}) ; rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="144"/>
        <location filename="../../fourthpillar/sync/first.py" line="255"/>
        <source>the body ends before its last line</source>
        <extracomment>Decompressed pieces (at most a megabyte each) read ahead of the checkout (sync/ahead.py).</extracomment>
        <translation>le contenu s&apos;arrête avant sa dernière ligne</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="148"/>
        <source>a part of the body is too long</source>
        <translation>une partie du contenu est trop longue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="158"/>
        <location filename="../../fourthpillar/sync/first.py" line="178"/>
        <location filename="../../fourthpillar/sync/first.py" line="183"/>
        <source>data after the end of the compressed body</source>
        <translation>des données après la fin du contenu compressé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="164"/>
        <location filename="../../fourthpillar/sync/first.py" line="209"/>
        <source>this is not a first package</source>
        <translation>ceci n&apos;est pas un premier paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="189"/>
        <location filename="../../fourthpillar/sync/package.py" line="323"/>
        <source>the compressed body ends early</source>
        <translation>le contenu compressé s&apos;arrête trop tôt</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="195"/>
        <source>malformed rows</source>
        <translation>lignes mal formées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="221"/>
        <source>lines after the end</source>
        <translation>des lignes après la fin</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="227"/>
        <source>malformed line</source>
        <translation>ligne mal formée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="230"/>
        <location filename="../../fourthpillar/sync/first.py" line="251"/>
        <location filename="../../fourthpillar/sync/snapshot.py" line="374"/>
        <source>unexpected line &apos;{kind}&apos;</source>
        <translation>ligne inattendue &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first.py" line="248"/>
        <location filename="../../fourthpillar/sync/package.py" line="325"/>
        <source>rows are missing</source>
        <translation>des lignes manquent</translation>
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
        <translation>{field} : pas une valeur valable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="261"/>
        <source>this first package holds a value that breaks the rules ({where}: {problem}); nothing was written</source>
        <translation>ce premier paquet contient une valeur qui enfreint les règles ({where} : {problem}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="268"/>
        <source>{where} holds a value that breaks the rules ({problem}): correct it in the register, then make the package again; nothing was written</source>
        <translation>{where} contient une valeur qui enfreint les règles ({problem}) : corrigez-la dans le registre, puis refaites le paquet ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="277"/>
        <source>{where} holds a value that breaks the rules ({problem}), which the new copy would refuse: it is in the record&apos;s history, which editing the record does not change; please tell the application&apos;s maintainers; nothing was written</source>
        <translation>{where} contient une valeur qui enfreint les règles ({problem}), que la nouvelle copie refuserait : elle se trouve dans l&apos;historique de l&apos;enregistrement, que modifier l&apos;enregistrement ne change pas ; veuillez le signaler aux responsables de l&apos;application ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/first_values.py" line="350"/>
        <source>the change of {entity} {id}</source>
        <extracomment>Makes the error that names what breaks a rule (where, problem): a checkout&apos;s or a maker&apos;s. A creation&apos;s values that break their field&apos;s rule but are safe to keep as history, with the refusal&apos;s (where, problem): history if the log holds a later version (:meth:`finish`).</extracomment>
        <translation>la modification de {entity} {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/log.py" line="212"/>
        <source>the changes refer to each other in a circle</source>
        <extracomment>Operations whose rows are versions of a field (or of the archived state, field None).</extracomment>
        <translation>les modifications renvoient les unes aux autres en cercle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/merge.py" line="119"/>
        <source>the changes of replica {origin} are out of order in this package</source>
        <extracomment>Insertion order that satisfies the foreign keys between the record tables. What an erasure leaves of a contact person (services.privacy.ERASED_VALUES). Contact persons erased by this apply (their values are blanked here too).</extracomment>
        <translation>les modifications de la réplique {origin} ne sont pas dans leur ordre dans ce paquet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/merge.py" line="124"/>
        <source>this package holds changes made under this copy&apos;s own id that it does not have: two copies share one replica id</source>
        <translation>ce paquet contient des modifications faites sous l&apos;identifiant de cette copie qu&apos;elle n&apos;a pas : deux copies partagent un même identifiant de réplique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="104"/>
        <source>this sync package is incomplete (the file was cut off while copying or sending)</source>
        <extracomment>Raised when the layout or meaning of packages changes; newer packages are refused. 2: a first package&apos;s body is JSON Lines (see above). 3: signed and sealed (see above). Bytes read from the file at a time, and the most a body line may hold once decompressed. The most a package of changes may hold: its sealed body, its text, one change row. Plain text per frame of a first package&apos;s secretstream. Rows per line of a first package: big enough for fast bulk inserts, small enough for memory. zlib level of a package body: a whole register compresses in about 2.5 s on one core (level 6, the default, takes 4 s for a file 2 % smaller; level 3, 1.6 s for one 16 % larger). The columns of a change row as carried in a package, in this order. Where each of those columns stands in a change row: ``row[SEQ]``. Every reader of change rows uses these; plain numbers, as the loops over a whole register&apos;s rows index each row.</extracomment>
        <translation>ce paquet de terrain est incomplet (le fichier a été tronqué lors de la copie ou de l&apos;envoi)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="106"/>
        <source>this sync package is damaged or was changed after it was made (checksum mismatch)</source>
        <translation>ce paquet de terrain est endommagé ou a été modifié après sa création (somme de contrôle incorrecte)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="108"/>
        <source>this sync package was changed after it was made, or not made by the copy it names (its signature does not match); nothing was applied</source>
        <translation>ce paquet de terrain a été modifié après sa création, ou n&apos;a pas été créé par la copie qu&apos;il nomme (la signature ne correspond pas) ; rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="111"/>
        <source>this code does not open this first package (a typing error, or the code of another package)</source>
        <translation>ce code n&apos;ouvre pas ce premier paquet (une faute de frappe, ou le code d&apos;un autre paquet)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="192"/>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="202"/>
        <source>this file is not a Fourth Pillar desk sync package</source>
        <translation>ce fichier n&apos;est pas un paquet de terrain de Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="231"/>
        <source>no header line</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="239"/>
        <source>header is not an object</source>
        <translation>l&apos;en-tête n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="244"/>
        <source>this sync package was made by a newer version of Fourth Pillar desk (package format {version}); update the app first</source>
        <translation>ce paquet de terrain a été créé par une version plus récente de Desk 4e Pilier (format de paquet {version}) ; mettez d&apos;abord l&apos;application à jour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="247"/>
        <source>this sync package was made by an older version of Fourth Pillar desk (it is not signed); make a new package with this version</source>
        <translation>ce paquet de terrain a été créé par une version plus ancienne de Fourth Pillar desk (il n&apos;est pas signé) ; créez un nouveau paquet avec cette version</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="251"/>
        <source>this sync package was made by a newer version of Fourth Pillar desk (database revision {schema}); update the app first</source>
        <translation>ce paquet de terrain a été créé par une version plus récente de Desk 4e Pilier (révision de base de données {schema}) ; mettez d&apos;abord l&apos;application à jour</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="269"/>
        <source>this sync package is of an unknown kind ({kind})</source>
        <translation>ce paquet de terrain est d&apos;un type inconnu ({kind})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="288"/>
        <source>too large for a package of changes</source>
        <translation>trop grand pour un paquet de modifications</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="310"/>
        <source>this sync package was made for another copy (this copy&apos;s key does not open it); nothing was applied</source>
        <translation>ce paquet de terrain a été créé pour une autre copie (la clé de cette copie ne l&apos;ouvre pas) ; rien n&apos;a été appliqué</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="318"/>
        <source>malformed change rows</source>
        <translation>lignes de modifications mal formées</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="337"/>
        <location filename="../../fourthpillar/sync/package.py" line="343"/>
        <source>it unpacks to more than a package can hold</source>
        <translation>décompressé, il dépasse ce qu&apos;un paquet peut contenir</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="354"/>
        <location filename="../../fourthpillar/sync/package.py" line="363"/>
        <source>a line of the body is too long</source>
        <translation>une ligne du contenu est trop longue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/package.py" line="365"/>
        <source>the body does not end with a complete line</source>
        <translation>le contenu ne se termine pas par une ligne complète</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="91"/>
        <source>not a text</source>
        <translation>pas un texte</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="105"/>
        <source>{field}: not a field of this record</source>
        <translation>{field} : pas un champ de cet élément</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="150"/>
        <source>unknown kind of record &apos;{entity}&apos;</source>
        <translation>type d&apos;élément inconnu &apos;{entity}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="152"/>
        <source>unknown operation &apos;{operation}&apos;</source>
        <translation>opération inconnue &apos;{operation}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="154"/>
        <source>not a valid record id</source>
        <translation>pas un identifiant d&apos;élément valable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="158"/>
        <source>not a valid field</source>
        <translation>pas un champ valable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="164"/>
        <source>not a valid record</source>
        <translation>pas un élément valable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="169"/>
        <source>not a valid value ({reason})</source>
        <translation>pas une valeur valable ({reason})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="209"/>
        <source>claims to come from another copy ({origin})</source>
        <translation>prétend venir d&apos;une autre copie ({origin})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="212"/>
        <source>gives an officer a login, role or provinces, which only the office decides</source>
        <translation>donne à un collaborateur un identifiant, un rôle ou des provinces, ce que seul le bureau décide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="284"/>
        <source>made in the name of officer {officer}, who does not work at that copy</source>
        <translation>faite au nom de l&apos;agent {officer}, qui ne travaille pas sur cette copie</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="301"/>
        <source>outside what that copy was given ({province})</source>
        <translation>en dehors de ce que cette copie a reçu ({province})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="304"/>
        <source>moves it to an initiative outside what that copy was given ({province})</source>
        <translation>le déplace vers une initiative hors de ce que cette copie a reçu ({province})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="313"/>
        <source>nothing was applied: {count} change(s) break the rules: {problems}</source>
        <translation>rien n&apos;a été appliqué : {count} modification(s) enfreignent les règles : {problems}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/rules.py" line="316"/>
        <source>(and {count} more)</source>
        <translation>(et {count} de plus)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="199"/>
        <source>this sync package cannot be read (its rows contradict each other: {problem})</source>
        <extracomment>Rows of each index ANALYZE reads on a new copy (SQLite&apos;s advice for PRAGMA optimize is 400). The page cache (KiB) while a checkout fills the new copy: the table being filled stays in memory while its indexes are built (see _indexes_built_after). The bytes of terms FTS5 gathers in memory before it writes them out as a segment, while a checkout rebuilds a search index (its default, 1 MiB, is kept for everyday writes): with the default, rebuilding the requests&apos; index wrote hundreds of small segments and merged them again, a third of its time. 64 MiB was no faster and raised the checkout&apos;s peak memory. Rows a checkout parses and converts ahead while a table&apos;s indexes are built, held in memory meanwhile as Python lists (about 0.9 KB each). 50,000 initiatives: 200,000 took 0.9 s off the checkout&apos;s critical path (peak memory 413 -&gt; 580 MB), 400,000 took 1.2 s (757 MB): the smaller limit, because a field laptop may have little memory to spare for 0.3 s. A line weighs at least a row per this many of its bytes: a line of a few rows of long texts (a line may be 256 MB) must not be held ahead as a few rows.</extracomment>
        <translation>ce paquet de terrain ne peut pas être lu (ses lignes se contredisent : {problem})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="295"/>
        <source>a change without its number</source>
        <translation>une modification sans son numéro</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="356"/>
        <source>unexpected table &apos;{table}&apos;</source>
        <translation>table inattendue &apos;{table}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="361"/>
        <source>unknown columns of {table}: {columns}</source>
        <translation>colonnes inconnues de {table} : {columns}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/sync/snapshot.py" line="362"/>
        <source>no id</source>
        <translation>pas d&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../fourthpillar/domain/dates.py" line="66"/>
        <source>&apos;{value}&apos; is not a date: there is no month {month}</source>
        <extracomment>The months&apos; names, for messages (translated under &quot;Month&quot;).</extracomment>
        <translation>&apos;{value}&apos; n&apos;est pas une date : il n&apos;y a pas de mois {month}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/dates.py" line="70"/>
        <source>&apos;{value}&apos; is not a date: {month} {year} has {days} days</source>
        <translation>&apos;{value}&apos; n&apos;est pas une date : {month} {year} compte {days} jours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="32"/>
        <source>may contain only digits, spaces, dots and dashes</source>
        <translation>ne peut contenir que des chiffres, des espaces, des points et des tirets</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="37"/>
        <source>must have 10 digits</source>
        <translation>doit avoir 10 chiffres</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="39"/>
        <source>must start with 0 or 1</source>
        <translation>doit commencer par 0 ou 1</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/enterprise_number.py" line="41"/>
        <source>check digits do not match (a typing error?)</source>
        <translation>les chiffres de contrôle ne correspondent pas (une faute de frappe ?)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="96"/>
        <source>holds bytes that are not text (a damaged file or the wrong character set)</source>
        <extracomment>Addresses as :data:`_EMAIL` takes them after clean&apos;s changes (none), one a line. Days as stored (yyyy-mm-dd), one a line.</extracomment>
        <translation>contient des octets qui ne sont pas du texte (un fichier endommagé ou un mauvais jeu de caractères)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="127"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="138"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="235"/>
        <source>is required</source>
        <extracomment>The most characters a cleaned text value can have (None: not text, or a list of codes). A text column must hold at least this many: PostgreSQL refuses a longer value, where SQLite would keep it (tests/store/test_column_limits.py).</extracomment>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="135"/>
        <source>holds several values where one is expected</source>
        <translation>contient plusieurs valeurs là où une seule est attendue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="168"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="448"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="158"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="116"/>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation>est trop long ({length} caractères, au plus {limit})</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="180"/>
        <location filename="../../fourthpillar/services/sync_packages.py" line="213"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="161"/>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; ne fait pas partie de : {choices}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="249"/>
        <source>&apos;{value}&apos; is not a country (give a code like SN or a name like Senegal)</source>
        <translation>&apos;{value}&apos; n&apos;est pas un pays (donnez un code comme SN ou un nom comme Sénégal)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="285"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="291"/>
        <source>&apos;{value}&apos; is not a Belgian postcode (4 digits, 1000-9999)</source>
        <translation>&apos;{value}&apos; n&apos;est pas un code postal belge (4 chiffres, 1000-9999)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="294"/>
        <source>is too long for a postcode</source>
        <translation>est trop long pour un code postal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="316"/>
        <source>&apos;{value}&apos; is not a valid e-mail address</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="331"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="335"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="100"/>
        <location filename="../../fourthpillar/sync/rules.py" line="81"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <extracomment>Columns without a field rule (ids, references, timestamps, derived keys): short text or nothing. How many refused changes a refusal names (the rest are counted). A list column&apos;s codes: how many, and how long each (an officer&apos;s provinces; an initiative&apos;s merged_from and distinct_from, which hold initiative ids and may grow longer). Columns that point a record at an initiative: a field copy may point only at one in its reach. Who may do what on the shared database (migration 0007) is the office&apos;s to decide: a field copy&apos;s package may carry an officer&apos;s login, role and provinces only at these defaults. Above every change&apos;s number (seq): 2**62 leaves room below what a database&apos;s whole numbers hold. The columns of a change row that may be empty; every other but seq (a number) holds text.</extracomment>
        <translation>&apos;{value}&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="338"/>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="439"/>
        <location filename="../../fourthpillar/sync/first_values.py" line="144"/>
        <source>must be between {minimum} and {maximum}</source>
        <translation>doit être compris entre {minimum} et {maximum}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="373"/>
        <source>&apos;{value}&apos; is not a date (use yyyy-mm-dd, dd/mm/yyyy or +1w, +1m)</source>
        <translation>&apos;{value}&apos; n&apos;est pas une date (utilisez aaaa-mm-jj, jj/mm/aaaa ou +1s, +1m)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="394"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>&apos;{value}&apos; n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="411"/>
        <source>&apos;{value}&apos; is not a time of day (use hh:mm, like 19:30)</source>
        <translation>&apos;{value}&apos; n&apos;est pas une heure (utilisez hh:mm, par exemple 19:30)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/field_kinds.py" line="445"/>
        <location filename="../../fourthpillar/services/sync_values.py" line="53"/>
        <location filename="../../fourthpillar/sync/history_values.py" line="119"/>
        <source>&apos;{value}&apos; is not a date (use yyyy-mm-dd or dd/mm/yyyy)</source>
        <extracomment>Ids, operations and the like: any text that is text.</extracomment>
        <translation>&apos;{value}&apos; n&apos;est pas une date (utilisez aaaa-mm-jj ou jj/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/fields.py" line="211"/>
        <source>is not a field that can be set</source>
        <extracomment>The field rules of each kind of record, by its name in the change log (``store.models.ENTITIES``): the one table that editors, history, merging, sync and exports look a record&apos;s fields up in.</extracomment>
        <translation>n&apos;est pas un champ modifiable</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/events.py" line="54"/>
        <location filename="../../fourthpillar/services/followups.py" line="65"/>
        <location filename="../../fourthpillar/services/requests.py" line="44"/>
        <source>no officer with id {id}</source>
        <translation>aucun collaborateur avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/events.py" line="60"/>
        <source>is before the start date</source>
        <translation>est antérieure à la date de début</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/events.py" line="63"/>
        <source>is not after the start time</source>
        <translation>n&apos;est pas après l&apos;heure de début</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/followups.py" line="45"/>
        <source>&apos;{value}&apos; is not a quick due date (like +1w, +1m or +3m)</source>
        <extracomment>The quick due dates offered in the editor and on the command line.</extracomment>
        <translation>&apos;{value}&apos; n&apos;est pas une échéance rapide (comme +1w, +1m ou +3m)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/followups.py" line="85"/>
        <source>a follow-up needs an initiative or a request</source>
        <translation>un suivi a besoin d&apos;une initiative ou d&apos;une demande de conseil</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/initiatives.py" line="59"/>
        <source>is already registered for &apos;{name}&apos;</source>
        <translation>est déjà enregistré pour &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="171"/>
        <source>no contact person with id {id}</source>
        <extracomment>Event statuses in which places still move: registrations are taken and waiting people move up.</extracomment>
        <translation>aucune personne de contact avec l&apos;id {id}</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="173"/>
        <source>a contact person&apos;s name and e-mail come from their record: give a walk-in&apos;s only</source>
        <translation>le nom et l&apos;e-mail d&apos;une personne de contact viennent de sa fiche : ne les donnez que pour un participant libre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="176"/>
        <location filename="../../fourthpillar/services/registrations.py" line="182"/>
        <source>is already registered for this event</source>
        <translation>est déjà inscrit à cette activité</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="179"/>
        <source>is required for a walk-in (or give a contact person)</source>
        <translation>est obligatoire pour un participant libre (ou indiquez une personne de contact)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/registrations.py" line="217"/>
        <source>the event is cancelled: nobody can register for it</source>
        <translation>l&apos;activité est annulée : personne ne peut plus s&apos;y inscrire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/services/requests.py" line="50"/>
        <source>is not a contact person of this initiative</source>
        <translation>n&apos;est pas une personne de contact de cette initiative</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="59"/>
        <source>vzw (non-profit association)</source>
        <extracomment>Each code as one object: an import&apos;s thousands of rows then share their codes.</extracomment>
        <translation>asbl (vzw)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="60"/>
        <source>de facto association (feitelijke vereniging)</source>
        <translation>association de fait</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="61"/>
        <source>foundation (stichting)</source>
        <translation>fondation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="62"/>
        <source>international non-profit (ivzw)</source>
        <translation>aisbl (ivzw)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="63"/>
        <source>other legal form</source>
        <translation>autre forme juridique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="70"/>
        <source>Antwerp</source>
        <translation>Anvers</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="71"/>
        <source>Limburg</source>
        <translation>Limbourg</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="72"/>
        <source>East Flanders</source>
        <translation>Flandre-Orientale</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="73"/>
        <source>West Flanders</source>
        <translation>Flandre-Occidentale</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="74"/>
        <source>Flemish Brabant</source>
        <translation>Brabant flamand</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="75"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="76"/>
        <source>outside Flanders</source>
        <translation>hors Flandre</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="83"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="84"/>
        <source>dormant</source>
        <translation>en veille</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="85"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="92"/>
        <source>agriculture</source>
        <translation>agriculture</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="93"/>
        <source>children and youth</source>
        <translation>enfance et jeunesse</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="94"/>
        <source>climate</source>
        <translation>climat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="95"/>
        <source>education</source>
        <translation>éducation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="96"/>
        <source>food security</source>
        <translation>sécurité alimentaire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="97"/>
        <source>healthcare</source>
        <translation>soins de santé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="98"/>
        <source>human rights</source>
        <translation>droits humains</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="99"/>
        <source>microcredit</source>
        <translation>microcrédit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="100"/>
        <source>renewable energy</source>
        <translation>énergies renouvelables</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="101"/>
        <source>vocational training</source>
        <translation>formation professionnelle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="102"/>
        <source>water and sanitation</source>
        <translation>eau et assainissement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="103"/>
        <source>women&apos;s rights</source>
        <translation>droits des femmes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="104"/>
        <source>other theme</source>
        <translation>autre thème</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="111"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="112"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="113"/>
        <source>orientation meeting</source>
        <translation>entretien d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="114"/>
        <source>consultation day</source>
        <translation>journée de consultation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="115"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="116"/>
        <source>other channel</source>
        <translation>autre canal</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="123"/>
        <source>legal form</source>
        <translation>forme juridique</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="124"/>
        <source>fundraising</source>
        <translation>collecte de fonds</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="125"/>
        <source>subsidies</source>
        <translation>subventions</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="126"/>
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="127"/>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="128"/>
        <source>project cycle</source>
        <translation>cycle de projet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="129"/>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="130"/>
        <source>decolonisation</source>
        <translation>décolonisation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="131"/>
        <source>finance and administration</source>
        <translation>finances et administration</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="132"/>
        <source>volunteers</source>
        <translation>bénévoles</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="133"/>
        <source>other topic</source>
        <translation>autre sujet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="140"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="141"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="142"/>
        <source>waiting for initiative</source>
        <translation>en attente de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="143"/>
        <source>answered</source>
        <translation>traitée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="144"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="154"/>
        <source>Dutch</source>
        <extracomment>Requests in these statuses still need the office&apos;s attention.</extracomment>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="155"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="156"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="163"/>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="164"/>
        <source>info session</source>
        <translation>séance d&apos;information</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="165"/>
        <source>network day</source>
        <translation>journée de réseau</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="166"/>
        <source>webinar</source>
        <translation>webinaire</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="173"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="174"/>
        <source>open for registration</source>
        <translation>inscriptions ouvertes</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="175"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="176"/>
        <source>held</source>
        <translation>a eu lieu</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="177"/>
        <location filename="../../fourthpillar/domain/vocab.py" line="186"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="184"/>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="185"/>
        <source>waiting list</source>
        <translation>liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="187"/>
        <source>attended</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/domain/vocab.py" line="188"/>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="108"/>
        <source>Welcome to Fourth Pillar desk</source>
        <extracomment>Demonstration initiatives offered by default (about four requests and follow-ups each).</extracomment>
        <translation>Bienvenue dans Desk 4e Pilier</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="110"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Your name is recorded as the author of every change you make at this desk.&lt;/p&gt;&lt;p&gt;Demonstration data is made up (initiatives, people, requests): load it to try the desk out, or start with an empty register for real work.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Votre nom est enregistré comme auteur de chaque modification que vous faites dans ce desk.&lt;/p&gt;&lt;p&gt;Les données de démonstration sont fictives (initiatives, personnes, demandes) : chargez-les pour essayer le desk, ou commencez avec un registre vide pour le vrai travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="113"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="114"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="115"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="116"/>
        <source>&amp;Demonstration data:</source>
        <translation>&amp;Données de démonstration :</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="117"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="120"/>
        <source>(no region)</source>
        <translation>(aucune région)</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="124"/>
        <source> initiatives</source>
        <translation> initiatives</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="125"/>
        <source>&amp;Load demonstration data</source>
        <translation>&amp;Charger les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="126"/>
        <source>Start &amp;empty</source>
        <translation>Commencer &amp;vide</translation>
    </message>
    <message>
        <location filename="../../fourthpillar/ui/welcome.py" line="128"/>
        <location filename="../../fourthpillar/ui/welcome.py" line="160"/>
        <source>Please enter your name.</source>
        <translation>Veuillez saisir votre nom.</translation>
    </message>
</context>
</TS>
