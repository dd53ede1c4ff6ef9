<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="165"/>
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="292"/>
        <source>%n other text(s) still mention the person; check them by hand:</source>
        <translation>
            <numerusform>%n other text still mentions the person; check it by hand:</numerusform>
            <numerusform>%n other texts still mention the person; check them by hand:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="298"/>
        <source>%n backup(s) made before the erasure still hold the data.</source>
        <translation>
            <numerusform>%n backup made before the erasure still holds the data.</numerusform>
            <numerusform>%n backups made before the erasure still hold the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/backups.py" line="321"/>
        <source>%n older backup(s) deleted; a new backup was made.</source>
        <translation>
            <numerusform>%n older backup deleted; a new backup was made.</numerusform>
            <numerusform>%n older backups deleted; a new backup was made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <location filename="../../fourthpillar/ui/conflicts.py" line="135"/>
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
        <location filename="../../fourthpillar/ui/editors/base.py" line="211"/>
        <source>Not saved: please correct the %n marked field(s).</source>
        <translation>
            <numerusform>Not saved: please correct the marked field.</numerusform>
            <numerusform>Not saved: please correct the %n marked fields.</numerusform>
        </translation>
    </message>
</context>
</TS>
