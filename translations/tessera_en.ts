<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The backend is rate limiting requests. Retry in %n second(s).</source>
        <translation>
            <numerusform>The backend is rate limiting requests. Retry in %n second.</numerusform>
            <numerusform>The backend is rate limiting requests. Retry in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message numerus="yes">
        <source>%n permissions</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ConsoleController</name>
    <message numerus="yes">
        <source>%1 Retrying in %n s (attempt %2)…</source>
        <translation>
            <numerusform>%1 Retrying in %n s (attempt %2)…</numerusform>
            <numerusform>%1 Retrying in %n s (attempt %2)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::DashboardView</name>
    <message numerus="yes">
        <source>%1 started failing. Its card says why and how to fix it.</source>
        <translation>
            <numerusform>%1 started failing. Its card says why and how to fix it.</numerusform>
            <numerusform>%1 started failing. Their cards say why and how to fix it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::DataAgeLabel</name>
    <message numerus="yes">
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Updated %n day ago</numerusform>
            <numerusform>Updated %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ExternalWorkflowsPane</name>
    <message numerus="yes">
        <source>Juro workflows (%n)</source>
        <translation>
            <numerusform>Juro workflows (%n)</numerusform>
            <numerusform>Juro workflows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 mapping below fills %2.</source>
        <translation>
            <numerusform>The %1 mapping below fills the workflow %2.</numerusform>
            <numerusform>The %1 mapping below fills the workflows %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its template&apos;s field mapping stays: %n other workflow(s) use it.</source>
        <translation>
            <numerusform>Its template&apos;s field mapping stays: %n other workflow uses it.</numerusform>
            <numerusform>Its template&apos;s field mapping stays: %n other workflows use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::FailuresPanel</name>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; loading more…</source>
        <translation>
            <numerusform>%n failed delivery shown; loading more…</numerusform>
            <numerusform>%n failed deliveries shown; loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n failed delivery shown; scroll down for more.</numerusform>
            <numerusform>%n failed deliveries shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery(s) shown; that is all %1.</source>
        <translation>
            <numerusform>%n failed delivery shown; that is all %1.</numerusform>
            <numerusform>%n failed deliveries shown; that is all %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::FieldMappingsView</name>
    <message numerus="yes">
        <source>Mapped %n fields — Undo to take them back.</source>
        <translation>
            <numerusform>Mapped %n field — Undo to take it back.</numerusform>
            <numerusform>Mapped %n fields — Undo to take them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::HealthCard</name>
    <message numerus="yes">
        <source>%n recent webhook deliveries failed. Check the webhook&apos;s URL and the partner&apos;s answers, then redeliver.</source>
        <translation>
            <numerusform>%n recent webhook delivery failed. Check the webhook&apos;s URL and the partner&apos;s answer, then redeliver.</numerusform>
            <numerusform>%n recent webhook deliveries failed. Check the webhook&apos;s URL and the partner&apos;s answers, then redeliver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 run(s) have not moved for longer than usual. Open the candidate, check the run with %1, or cancel it and start again.</source>
        <translation>
            <numerusform>%n %1 run has not moved for longer than usual. Open the candidate, check the run with %1, or cancel it and start again.</numerusform>
            <numerusform>%n %1 runs have not moved for longer than usual. Open the candidate, check the runs with %1, or cancel them and start again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message numerus="yes">
        <source>%1 · %n more</source>
        <translation>
            <numerusform>%1 · %n more</numerusform>
            <numerusform>%1 · %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::MappingEditBar</name>
    <message numerus="yes">
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::QuickSwitcher</name>
    <message numerus="yes">
        <source>%n result(s) · Enter goes there · Esc closes</source>
        <translation>
            <numerusform>%n result · Enter goes there · Esc closes</numerusform>
            <numerusform>%n results · Enter goes there · Esc closes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::RedeliverBar</name>
    <message numerus="yes">
        <source>Resent %n delivery(s). Each is a new attempt in the log; the table shows what fails again.</source>
        <translation>
            <numerusform>Resent %n delivery. It is a new attempt in the log; the table shows whether it fails again.</numerusform>
            <numerusform>Resent %n deliveries. Each is a new attempt in the log; the table shows what fails again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will resend %n delivery(s). Each goes to its webhook&apos;s current address as a new attempt.</source>
        <translation>
            <numerusform>This will resend %n delivery. It goes to its webhook&apos;s current address as a new attempt.</numerusform>
            <numerusform>This will resend %n deliveries. Each goes to its webhook&apos;s current address as a new attempt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::SecretLineEdit</name>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Copied — clipboard clears in %n s</numerusform>
            <numerusform>Copied — clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ShownOnceSecret</name>
    <message numerus="yes">
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Copied — clipboard clears in %n s</numerusform>
            <numerusform>Copied — clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy puts the key on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>Copy puts the key on the clipboard for %n second.</numerusform>
            <numerusform>Copy puts the key on the clipboard for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::WorkflowFieldsForm</name>
    <message numerus="yes">
        <source>%n hidden field(s) are sent as mapped.</source>
        <translation>
            <numerusform>%n hidden field is sent as mapped.</numerusform>
            <numerusform>%n hidden fields are sent as mapped.</numerusform>
        </translation>
    </message>
</context>
</TS>
