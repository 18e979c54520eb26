<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddToProposalDialog</name>
    <message numerus="yes">
        <source>Add the %n selected asset(s) to a draft proposal:</source>
        <translation>
            <numerusform>Add the %n selected asset to a draft proposal:</numerusform>
            <numerusform>Add the %n selected assets to a draft proposal:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to {code}; it now covers %n asset(s).</source>
        <translation>
            <numerusform>Added to {code}; it now covers %n asset.</numerusform>
            <numerusform>Added to {code}; it now covers %n assets.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ExchangeImportDialog</name>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at the sender: choose which version to keep on the next page.</source>
        <translation>
            <numerusform>%n record was changed both here and at the sender: choose which version to keep on the next page.</numerusform>
            <numerusform>%n records were changed both here and at the sender: choose which version to keep on the next page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled as you chose.</source>
        <translation>
            <numerusform>%n conflict settled as you chose.</numerusform>
            <numerusform>%n conflicts settled as you chose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were kept for later: settle them from Tools ▸ Pending exchange conflicts.</source>
        <translation>
            <numerusform>%n conflict was kept for later: settle it from Tools ▸ Pending exchange conflicts.</numerusform>
            <numerusform>%n conflicts were kept for later: settle them from Tools ▸ Pending exchange conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApprovalDialog</name>
    <message numerus="yes">
        <source>Approved %n proposal(s):</source>
        <translation>
            <numerusform>Approved %n proposal:</numerusform>
            <numerusform>Approved %n proposals:</numerusform>
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
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingConflictsDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision. Compare the two versions and keep one.</source>
        <translation>
            <numerusform>%n conflict waits for a decision. Compare the two versions and keep one.</numerusform>
            <numerusform>%n conflicts wait for a decision. Compare the two versions and keep one.</numerusform>
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
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n report(s) in the register</source>
        <translation>
            <numerusform>%n report in the register</numerusform>
            <numerusform>%n reports in the register</numerusform>
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
