<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
