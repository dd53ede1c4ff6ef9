<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="187"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="249"/>
        <location filename="../../fourthpillar/ui/startup.py" line="90"/>
        <source>%n person(s) erased after that backup was made were erased again.</source>
        <translation>
            <numerusform>%n person erased after that backup was made was erased again.</numerusform>
            <numerusform>%n people erased after that backup was made were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="150"/>
        <source>The person is also named in %n other text(s); there they become &quot;%1&quot;:</source>
        <translation>
            <numerusform>The person is also named in %n other text; there they become &quot;%1&quot;:</numerusform>
            <numerusform>The person is also named in %n other texts; there they become &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="154"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="172"/>
        <source>The person was also removed from %n other text(s).</source>
        <translation>
            <numerusform>The person was also removed from %n other text.</numerusform>
            <numerusform>The person was also removed from %n other texts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="182"/>
        <source>%n backup(s) made before the erasure still hold the data.</source>
        <translation>
            <numerusform>%n backup made before the erasure still holds the data.</numerusform>
            <numerusform>%n backups made before the erasure still hold the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="203"/>
        <source>Archive %n registration(s) of events held more than %1 years ago?</source>
        <translation>
            <numerusform>Archive %n registration of events held more than %1 years ago?</numerusform>
            <numerusform>Archive %n registrations of events held more than %1 years ago?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="206"/>
        <source>The names and e-mails of the %n walk-in(s) among them are erased; this cannot be undone.</source>
        <translation>
            <numerusform>Among them is %n walk-in, whose name and e-mail are erased; this cannot be undone.</numerusform>
            <numerusform>Among them are %n walk-ins, whose names and e-mails are erased; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="219"/>
        <source>%n registration(s) archived; the walk-ins among them were erased.</source>
        <translation>
            <numerusform>%n registration archived; the walk-ins among them were erased.</numerusform>
            <numerusform>%n registrations archived; the walk-ins among them were erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/privacy.py" line="251"/>
        <source>%n older backup(s) deleted; a new backup was made.</source>
        <translation>
            <numerusform>%n older backup deleted; a new backup was made.</numerusform>
            <numerusform>%n older backups deleted; a new backup was made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/startup.py" line="245"/>
        <source>%n person(s) erased earlier were back in the register (was it restored from a backup?) and were erased again.</source>
        <translation>
            <numerusform>%n person erased earlier was back in the register (was it restored from a backup?) and was erased again.</numerusform>
            <numerusform>%n people erased earlier were back in the register (was it restored from a backup?) and were erased again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/passphrase.py" line="131"/>
        <source>The passphrase was changed: the register and %n backup(s) open with the new passphrase only.</source>
        <translation>
            <numerusform>The passphrase was changed: the register and %n backup open with the new passphrase only.</numerusform>
            <numerusform>The passphrase was changed: the register and %n backups open with the new passphrase only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/conflicts.py" line="143"/>
        <source>%n open conflict(s): decide which value is right.</source>
        <translation>
            <numerusform>%n open conflict: decide which value is right.</numerusform>
            <numerusform>%n open conflicts: decide which value is right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/editors/base.py" line="389"/>
        <source>Not saved: please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Not saved: please correct the marked field.</numerusform>
            <numerusform>Not saved: please correct the %n marked fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="202"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="260"/>
        <source>%n registration(s) beyond an event&apos;s capacity went to the waiting list.</source>
        <translation>
            <numerusform>%n registration beyond an event&apos;s capacity went to the waiting list.</numerusform>
            <numerusform>%n registrations beyond an event&apos;s capacity went to the waiting list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="266"/>
        <source>%n person(s) erased on the other copy were erased here too.</source>
        <translation>
            <numerusform>%n person erased on the other copy was erased here too.</numerusform>
            <numerusform>%n people erased on the other copy were erased here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="268"/>
        <source>%n backup(s) of this copy made before still hold their data.</source>
        <translation>
            <numerusform>%n backup of this copy made before still holds their data.</numerusform>
            <numerusform>%n backups of this copy made before still hold their data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="320"/>
        <source>%1 holds %n record(s). On the field laptop, choose File ▸ Field package ▸ Open package as a new working copy.</source>
        <translation>
            <numerusform>%1 holds %n record. On the field laptop, choose File ▸ Field package ▸ Open package as a new working copy.</numerusform>
            <numerusform>%1 holds %n records. On the field laptop, choose File ▸ Field package ▸ Open package as a new working copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="362"/>
        <source>%1 holds %n change(s). Apply it on the other copy with File ▸ Field package ▸ Apply package.</source>
        <translation>
            <numerusform>%1 holds %n change. Apply it on the other copy with File ▸ Field package ▸ Apply package.</numerusform>
            <numerusform>%1 holds %n changes. Apply it on the other copy with File ▸ Field package ▸ Apply package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="381"/>
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="383"/>
        <source>%n new record(s).</source>
        <translation>
            <numerusform>%n new record.</numerusform>
            <numerusform>%n new records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="385"/>
        <source>%n change(s) were already here.</source>
        <translation>
            <numerusform>%n change was already here.</numerusform>
            <numerusform>%n changes were already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="387"/>
        <location filename="../../fourthpillar/ui/sync_actions.py" line="464"/>
        <source>%n conflict(s) need a decision on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflict needs a decision on the Conflicts page.</numerusform>
            <numerusform>%n conflicts need a decision on the Conflicts page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="423"/>
        <source>A working copy with %n record(s) (%1) is in %2.

This window stays on the register it had. To work in the new copy, open the desk on that folder: choose “Use it from the next start” and start the desk again, or start it with --data-dir &quot;%2&quot;. Edit ▸ Settings switches back to the other data folder.</source>
        <translation>
            <numerusform>A working copy with %n record (%1) is in %2.

This window stays on the register it had. To work in the new copy, open the desk on that folder: choose “Use it from the next start” and start the desk again, or start it with --data-dir &quot;%2&quot;. Edit ▸ Settings switches back to the other data folder.</numerusform>
            <numerusform>A working copy with %n records (%1) is in %2.

This window stays on the register it had. To work in the new copy, open the desk on that folder: choose “Use it from the next start” and start the desk again, or start it with --data-dir &quot;%2&quot;. Edit ▸ Settings switches back to the other data folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="461"/>
        <source>Sent %n change(s) to the office database.</source>
        <translation>
            <numerusform>Sent %n change to the office database.</numerusform>
            <numerusform>Sent %n changes to the office database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/sync_actions.py" line="462"/>
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>Received %n change.</numerusform>
            <numerusform>Received %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/file_commands.py" line="206"/>
        <source>%n old registration(s) archived and their walk-ins erased (this cannot be undone).</source>
        <translation>
            <numerusform>%n old registration archived and its walk-ins erased (this cannot be undone).</numerusform>
            <numerusform>%n old registrations archived and their walk-ins erased (this cannot be undone).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="90"/>
        <source>Archive %n initiatives</source>
        <extracomment>The name in the change log and in ``ui.lists.definitions`` (``ListDefinition.kind``). The list page showing this kind (a ``fourthpillar.lists`` name: the navigation&apos;s, and what File ▸ Export this list exports). The field of a list row that names the record (in questions and in Edit ▸ Undo). Its editor, imported when first opened (the editors import the window&apos;s operations); None for a kind opened on a page of its own (the initiative, the event). The editor&apos;s keyword naming the record to open (``request_id=``). Archive one record: ``archive(desk, record_id)``. What archiving several is called (&quot;Archive 3 requests&quot;). What Edit ▸ Undo calls a change made in its editor opened from a list (MainWindow&apos;s context). Actions started from a row of this kind: a request for it, a follow-up for it, marking it done. File ▸ Export initiative summary (of the row&apos;s initiative) and advice summary apply to a row. The window&apos;s page that shows one record of a kind without an editor (&quot;initiative&quot;, &quot;event&quot;).</extracomment>
        <translation>
            <numerusform>Archive %n initiative</numerusform>
            <numerusform>Archive %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="97"/>
        <source>Archive %n requests</source>
        <translation>
            <numerusform>Archive %n request</numerusform>
            <numerusform>Archive %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="104"/>
        <source>Archive %n follow-ups</source>
        <translation>
            <numerusform>Archive %n follow-up</numerusform>
            <numerusform>Archive %n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/kinds.py" line="111"/>
        <source>Archive %n events</source>
        <translation>
            <numerusform>Archive %n event</numerusform>
            <numerusform>Archive %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/operations.py" line="268"/>
        <source>Mark %n follow-ups done</source>
        <translation>
            <numerusform>Mark %n follow-up done</numerusform>
            <numerusform>Mark %n follow-ups done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/operations.py" line="275"/>
        <source>Mark %n follow-ups done today. What came of them (optional, the same for all)?</source>
        <translation>
            <numerusform>Mark %n follow-up done today. What came of it (optional)?</numerusform>
            <numerusform>Mark %n follow-ups done today. What came of them (optional, the same for all)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/reminders.py" line="40"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/reminders.py" line="42"/>
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n follow-up due today</numerusform>
            <numerusform>%n follow-ups due today</numerusform>
        </translation>
    </message>
</context>
</TS>
