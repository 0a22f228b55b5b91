<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply of %1 was larger than %n MB and was not read.</source>
        <translation>
            <numerusform>The reply of %1 was larger than %n MB and was not read.</numerusform>
            <numerusform>The reply of %1 was larger than %n MB and was not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json to see them all.</source>
        <translation>
            <numerusform>... and %n more issue; use --json to see them all.</numerusform>
            <numerusform>... and %n more issues; use --json to see them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be sent: %n row(s)</source>
        <translation>
            <numerusform>Will be sent: %n row</numerusform>
            <numerusform>Will be sent: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minimum time at 30 calls a minute: %n second(s)</source>
        <translation>
            <numerusform>Minimum time at 30 calls a minute: %n second</numerusform>
            <numerusform>Minimum time at 30 calls a minute: %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import would pass the tenant&apos;s limit by %n indicator(s).</source>
        <translation>
            <numerusform>The import would pass the tenant&apos;s limit by %n indicator.</numerusform>
            <numerusform>The import would pass the tenant&apos;s limit by %n indicators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTableReader</name>
    <message numerus="yes">
        <source>The property &quot;%1&quot; is not an indicator field and was not imported (%n row(s)).</source>
        <translation>
            <numerusform>The property &quot;%1&quot; is not an indicator field and was not imported (%n row).</numerusform>
            <numerusform>The property &quot;%1&quot; is not an indicator field and was not imported (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantCommands</name>
    <message numerus="yes">
        <source>Resuming an interrupted import: %n row(s) had already been imported.</source>
        <translation>
            <numerusform>Resuming an interrupted import: %n row had already been imported.</numerusform>
            <numerusform>Resuming an interrupted import: %n rows had already been imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) not imported; use --results to see them all.</source>
        <translation>
            <numerusform>... and %n more row not imported; use --results to see them all.</numerusform>
            <numerusform>... and %n more rows not imported; use --results to see them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n indicator(s).</source>
        <translation>
            <numerusform>Deleted %1 of %n indicator.</numerusform>
            <numerusform>Deleted %1 of %n indicators.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ImportEngine</name>
    <message numerus="yes">
        <source>No usable result after %n attempt(s): %1</source>
        <translation>
            <numerusform>No usable result after %n attempt: %1</numerusform>
            <numerusform>No usable result after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
