<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssetCommands</name>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation>
            <numerusform>Delete %n asset</numerusform>
            <numerusform>Delete %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n asset(s)</source>
        <translation>
            <numerusform>Change the status of %n asset</numerusform>
            <numerusform>Change the status of %n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message numerus="yes">
        <source>%Ln asset(s) found</source>
        <translation>
            <numerusform>%Ln asset found</numerusform>
            <numerusform>%Ln assets found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected asset(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n selected asset? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n selected assets? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) exported</source>
        <translation>
            <numerusform>%n asset exported</numerusform>
            <numerusform>%n assets exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueSection</name>
    <message numerus="yes">
        <source>Overdue proposals (%Ln)</source>
        <translation>
            <numerusform>Overdue proposals (%Ln)</numerusform>
            <numerusform>Overdue proposals (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message numerus="yes">
        <source>%Ln proposal(s)</source>
        <translation>
            <numerusform>%Ln proposal</numerusform>
            <numerusform>%Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <source>%Ln asset(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln asset in the catalogue</numerusform>
            <numerusform>%Ln assets in the catalogue</numerusform>
        </translation>
    </message>
</context>
</TS>
