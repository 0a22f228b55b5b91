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
    <name>FixPlan</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeTextReader</name>
    <message numerus="yes">
        <source>No indicator was found in the text (%n line(s) read).</source>
        <translation>
            <numerusform>No indicator was found in the text (%n line read).</numerusform>
            <numerusform>No indicator was found in the text (%n lines read).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated mention(s) of an indicator already found were taken once.</source>
        <translation>
            <numerusform>%n repeated mention of an indicator already found was taken once.</numerusform>
            <numerusform>%n repeated mentions of an indicator already found were taken once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) stand next to words such as victim, sinkhole, legitimate or example; they carry a warning until checked.</source>
        <translation>
            <numerusform>%n indicator stands next to words such as victim, sinkhole, legitimate or example; it carries a warning until checked.</numerusform>
            <numerusform>%n indicators stand next to words such as victim, sinkhole, legitimate or example; they carry a warning until checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) or address(es) were taken from the hosts of URLs the report names; they carry a warning until checked, since such a row blocks everything on the host.</source>
        <translation>
            <numerusform>%n domain or address was taken from the hosts of URLs the report names; it carries a warning until checked, since such a row blocks everything on the host.</numerusform>
            <numerusform>%n domains or addresses were taken from the hosts of URLs the report names; they carry a warning until checked, since such a row blocks everything on the host.</numerusform>
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
    <name>MispReader</name>
    <message numerus="yes">
        <source>%n MISP attribute(s) of type &quot;%1&quot; were not imported: Defender has no indicator type for them.</source>
        <translation>
            <numerusform>%n MISP attribute of type &quot;%1&quot; was not imported: Defender has no indicator type for it.</numerusform>
            <numerusform>%n MISP attributes of type &quot;%1&quot; were not imported: Defender has no indicator type for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) are marked not for detection (to_ids false); their rows are not sent until you check them.</source>
        <translation>
            <numerusform>%n attribute is marked not for detection (to_ids false); its row is not sent until you check it.</numerusform>
            <numerusform>%n attributes are marked not for detection (to_ids false); their rows are not sent until you check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiTenantCommands</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of ours to delete</source>
        <translation>
            <numerusform>%n of ours to delete</numerusform>
            <numerusform>%n of ours to delete</numerusform>
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
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
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
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportReader</name>
    <message numerus="yes">
        <source>The PDF holds no text (%n page(s)); its pages may be scanned images, and text in images is not recognised.</source>
        <translation>
            <numerusform>The PDF holds no text (%n page); its pages may be scanned images, and text in images is not recognised.</numerusform>
            <numerusform>The PDF holds no text (%n pages); its pages may be scanned images, and text in images is not recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message numerus="yes">
        <source>To sign in, open %1 and enter the code %2 (valid for %n minute(s)).</source>
        <translation>
            <numerusform>To sign in, open %1 and enter the code %2 (valid for %n minute).</numerusform>
            <numerusform>To sign in, open %1 and enter the code %2 (valid for %n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommands</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to extend</source>
        <translation>
            <numerusform>%n to extend</numerusform>
            <numerusform>%n to extend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already expire then or later</source>
        <translation>
            <numerusform>%n already expires then or later</numerusform>
            <numerusform>%n already expire then or later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by others</source>
        <translation>
            <numerusform>%n made by others</numerusform>
            <numerusform>%n made by others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the tenant</source>
        <translation>
            <numerusform>%n not in the tenant</numerusform>
            <numerusform>%n not in the tenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (errors or repeats)</source>
        <translation>
            <numerusform>%n not sent (errors or repeats)</numerusform>
            <numerusform>%n not sent (errors or repeats)</numerusform>
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
        <source>Refresh: %n extended</source>
        <translation>
            <numerusform>Refresh: %n extended</numerusform>
            <numerusform>Refresh: %n extended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StixReader</name>
    <message numerus="yes">
        <source>%n STIX indicator(s) have no pattern Defender can express and were not imported: %1</source>
        <translation>
            <numerusform>%n STIX indicator has no pattern Defender can express and was not imported: %1</numerusform>
            <numerusform>%n STIX indicators have no pattern Defender can express and were not imported: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STIX pattern(s) have conditions Defender cannot express (AND with other properties, other operators or qualifiers); only their values were taken: %1</source>
        <translation>
            <numerusform>%n STIX pattern has conditions Defender cannot express (AND with other properties, other operators or qualifiers); only its values were taken: %1</numerusform>
            <numerusform>%n STIX patterns have conditions Defender cannot express (AND with other properties, other operators or qualifiers); only their values were taken: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitConfirmation</name>
    <message numerus="yes">
        <source>Send %n row(s) to %1?</source>
        <translation>
            <numerusform>Send %n row to %1?</numerusform>
            <numerusform>Send %n rows to %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of ours to delete</source>
        <translation>
            <numerusform>%n of ours to delete</numerusform>
            <numerusform>%n of ours to delete</numerusform>
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
        <source>%n indicator(s) of others kept</source>
        <translation>
            <numerusform>%n indicator of others kept</numerusform>
            <numerusform>%n indicators of others kept</numerusform>
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
        <source>Sync: %n created or updated</source>
        <translation>
            <numerusform>Sync: %n created or updated</numerusform>
            <numerusform>Sync: %n created or updated</numerusform>
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
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
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
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>The workbook has no sheet %1; it has %n sheet(s).</source>
        <translation>
            <numerusform>The workbook has no sheet %1; it has %n sheet.</numerusform>
            <numerusform>The workbook has no sheet %1; it has %n sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Row(s)</source>
        <translation>
            <numerusform>Edit %n Row</numerusform>
            <numerusform>Edit %n Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected row(s). The others stay as they are.</source>
        <translation>
            <numerusform>Tick the fields to set on the %n selected row. The others stay as they are.</numerusform>
            <numerusform>Tick the fields to set on all %n selected rows. The others stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::DocumentSession</name>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>Opened %1: %n row</numerusform>
            <numerusform>Opened %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A recovery copy of %n row(s) was saved at %1. Restore it?</source>
        <translation>
            <numerusform>A recovery copy of %n row was saved at %1. Restore it?</numerusform>
            <numerusform>A recovery copy of %n rows was saved at %1. Restore it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) from the recovery copy. Save to keep them.</source>
        <translation>
            <numerusform>Restored %n row from the recovery copy. Save to keep it.</numerusform>
            <numerusform>Restored %n rows from the recovery copy. Save to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ExpirationRefreshDialog</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to extend also differ from the tenant in other fields; those are updated too.</source>
        <translation>
            <numerusform>%n row to extend also differs from the tenant in other fields; those are updated too.</numerusform>
            <numerusform>%n rows to extend also differ from the tenant in other fields; those are updated too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to the service</source>
        <translation>
            <numerusform>%n call to the service</numerusform>
            <numerusform>%n calls to the service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::FilterBar</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::FindReplaceBar</name>
    <message numerus="yes">
        <source>Replace %n cell(s)</source>
        <translation>
            <numerusform>Replace %n cell</numerusform>
            <numerusform>Replace %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n cell(s)</source>
        <translation>
            <numerusform>Replaced %n cell</numerusform>
            <numerusform>Replaced %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::FixApplier</name>
    <message numerus="yes">
        <source>Fix all %n rows with &quot;%1&quot;...</source>
        <extracomment>%1 is a problem such as &quot;Upper-case hash&quot;</extracomment>
        <translation>
            <numerusform>Fix %n row with &quot;%1&quot;...</numerusform>
            <numerusform>Fix all %n rows with &quot;%1&quot;...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n row(s) as follows?</source>
        <translation>
            <numerusform>Change %n row as follows?</numerusform>
            <numerusform>Change %n rows as follows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more kind(s) of fix</source>
        <translation>
            <numerusform>... and %n more kind of fix</numerusform>
            <numerusform>... and %n more kinds of fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no automatic fix and stay as they are.</source>
        <translation>
            <numerusform>%n row has no automatic fix and stays as it is.</numerusform>
            <numerusform>%n rows have no automatic fix and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n row(s).</source>
        <translation>
            <numerusform>Fixed %n row.</numerusform>
            <numerusform>Fixed %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ForecastChart</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::GridClipboard</name>
    <message numerus="yes">
        <source>Paste %n indicator(s)</source>
        <translation>
            <numerusform>Paste %n indicator</numerusform>
            <numerusform>Paste %n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::GridEditor</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>Duplicate %n row</numerusform>
            <numerusform>Duplicate %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ImportDefaultsDialog</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) leave the action, title or description empty, which Defender requires. Choose what to put in the empty cells; values the file has are kept.</source>
        <translation>
            <numerusform>%n row leaves the action, title or description empty, which Defender requires. Choose what to put in the empty cells; values the file has are kept.</numerusform>
            <numerusform>%n rows leave the action, title or description empty, which Defender requires. Choose what to put in the empty cells; values the file has are kept.</numerusform>
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
    <message numerus="yes">
        <source>Bulk edit %n row(s)</source>
        <translation>
            <numerusform>Bulk edit %n row</numerusform>
            <numerusform>Bulk edit %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was submitted: the import would pass the tenant&apos;s limit by %n indicator(s). Preview Import shows the ways out.</source>
        <translation>
            <numerusform>Nothing was submitted: the import would pass the tenant&apos;s limit by %n indicator. Preview Import shows the ways out.</numerusform>
            <numerusform>Nothing was submitted: the import would pass the tenant&apos;s limit by %n indicators. Preview Import shows the ways out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n indicator(s) of %1</source>
        <translation>
            <numerusform>Add %n indicator of %1</numerusform>
            <numerusform>Add %n indicators of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import defaults on %n row(s)</source>
        <translation>
            <numerusform>Import defaults on %n row</numerusform>
            <numerusform>Import defaults on %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) leave the action, title or description empty. Edit &gt; Import Defaults fills them for every row at once.</source>
        <translation>
            <numerusform>%n row leaves the action, title or description empty. Edit &gt; Import Defaults fills it at once.</numerusform>
            <numerusform>%n rows leave the action, title or description empty. Edit &gt; Import Defaults fills them for every row at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Append %n row(s) of %1</source>
        <translation>
            <numerusform>Append %n row of %1</numerusform>
            <numerusform>Append %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appended %n row(s) of %1</source>
        <translation>
            <numerusform>Appended %n row of %1</numerusform>
            <numerusform>Appended %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend expiration of %n row(s)</source>
        <translation>
            <numerusform>Extend expiration of %n row</numerusform>
            <numerusform>Extend expiration of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::MultiTenantDialog</name>
    <message numerus="yes">
        <source>Done: %n tenant(s).</source>
        <translation>
            <numerusform>Done: %n tenant.</numerusform>
            <numerusform>Done: %n tenants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync %n row(s) with these tenants, one after the other?</source>
        <translation>
            <numerusform>Sync %n row with these tenants, one after the other?</numerusform>
            <numerusform>Sync %n rows with these tenants, one after the other?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n row(s) to these tenants, one after the other?</source>
        <translation>
            <numerusform>Submit %n row to these tenants, one after the other?</numerusform>
            <numerusform>Submit %n rows to these tenants, one after the other?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::OverLimitPanel</name>
    <message numerus="yes">
        <source>The import would pass the limit of %1 by %Ln indicator(s).</source>
        <translation>
            <numerusform>The import would pass the limit of %1 by %Ln indicator.</numerusform>
            <numerusform>The import would pass the limit of %1 by %Ln indicators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send only the first %Ln row(s), which fit the quota</source>
        <translation>
            <numerusform>Send only the first %Ln row, which fits the quota</numerusform>
            <numerusform>Send only the first %Ln rows, which fit the quota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln expired or soon-expiring indicator(s)...</source>
        <translation>
            <numerusform>&amp;Delete %Ln expired or soon-expiring indicator...</numerusform>
            <numerusform>&amp;Delete %Ln expired or soon-expiring indicators...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicators that have expired or expire within %n day(s), soonest first; none that this table updates.</source>
        <translation>
            <numerusform>Indicators that have expired or expire within %n day, soonest first; none that this table updates.</numerusform>
            <numerusform>Indicators that have expired or expire within %n days, soonest first; none that this table updates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln indicator(s) from the tenant?</source>
        <translation>
            <numerusform>Delete %Ln indicator from the tenant?</numerusform>
            <numerusform>Delete %Ln indicators from the tenant?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have expired or expire within %n day(s). Deleting them frees their quota now; this cannot be undone.</source>
        <translation>
            <numerusform>They have expired or expire within %n day. Deleting them frees their quota now; this cannot be undone.</numerusform>
            <numerusform>They have expired or expire within %n days. Deleting them frees their quota now; this cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::PreviewDialog</name>
    <message numerus="yes">
        <source>Deleted %1 of %Ln indicator(s)...</source>
        <translation>
            <numerusform>Deleted %1 of %Ln indicator...</numerusform>
            <numerusform>Deleted %1 of %Ln indicators...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active indicators over the next %n day(s), as indicators expire:</source>
        <translation>
            <numerusform>Active indicators over the next %n day, as indicators expire:</numerusform>
            <numerusform>Active indicators over the next %n days, as indicators expire:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %Ln active indicator(s), read at %1.</source>
        <translation>
            <numerusform>Signed in: %Ln active indicator, read at %1.</numerusform>
            <numerusform>Signed in: %Ln active indicators, read at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) of %1, in table order</source>
        <translation>
            <numerusform>%Ln batch of %1, in table order</numerusform>
            <numerusform>%Ln batches of %1, in table order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) at 30 calls a minute</source>
        <translation>
            <numerusform>%n second at 30 calls a minute</numerusform>
            <numerusform>%n seconds at 30 calls a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) at 30 calls a minute</source>
        <translation>
            <numerusform>%n minute at 30 calls a minute</numerusform>
            <numerusform>%n minutes at 30 calls a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln indicator(s)...</source>
        <translation>
            <numerusform>Deleting %Ln indicator...</numerusform>
            <numerusform>Deleting %Ln indicators...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln indicator(s) from the tenant.</source>
        <translation>
            <numerusform>Deleted %Ln indicator from the tenant.</numerusform>
            <numerusform>Deleted %Ln indicators from the tenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting stopped after %Ln indicator(s): %1</source>
        <translation>
            <numerusform>Deleting stopped after %Ln indicator: %1</numerusform>
            <numerusform>Deleting stopped after %Ln indicators: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) allow a value the tenant blocks, or block one it allows (see What happens).</source>
        <translation>
            <numerusform>%Ln row allows a value the tenant blocks, or blocks one it allows (see What happens).</numerusform>
            <numerusform>%Ln rows allow a value the tenant blocks, or block one it allows (see What happens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ProblemsModel</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s): filter the grid to see them all</source>
        <translation>
            <numerusform>... and %n more row: filter the grid to see them all</numerusform>
            <numerusform>... and %n more rows: filter the grid to see them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ProblemsPanel</name>
    <message numerus="yes">
        <source>%1, %2 in %n row(s)</source>
        <extracomment>%1 and %2 are complete phrases such as &quot;3 errors&quot; and &quot;2 warnings&quot;</extracomment>
        <translation>
            <numerusform>%1, %2 in %n row</numerusform>
            <numerusform>%1, %2 in %n rows</numerusform>
        </translation>
    </message>
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
    <name>im::SubmitProgressWidget</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::SubmitSummaryWidget</name>
    <message numerus="yes">
        <source>Took %1 s · %n rate-limit wait(s), %2 s in all</source>
        <extracomment>%1 is the time the submission took; %n the number of rate-limit waits; %2 their total length in seconds</extracomment>
        <translation>
            <numerusform>Took %1 s · %n rate-limit wait, %2 s in all</numerusform>
            <numerusform>Took %1 s · %n rate-limit waits, %2 s in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <extracomment>A failure reason in the summary with the number of rows that failed with it</extracomment>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %1 (%n row(s))</source>
        <extracomment>A reason why rows were not sent, with the number of rows; %1 is the reason</extracomment>
        <translation>
            <numerusform>Not sent: %1 (%n row)</numerusform>
            <numerusform>Not sent: %1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::SyncController</name>
    <message numerus="yes">
        <source>Sync: %1 of %n row(s) created or updated</source>
        <translation>
            <numerusform>Sync: %1 of %n row created or updated</numerusform>
            <numerusform>Sync: %1 of %n rows created or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) of ours deleted</source>
        <translation>
            <numerusform>%1 of %n indicator of ours deleted</numerusform>
            <numerusform>%1 of %n indicators of ours deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::SyncPreviewDialog</name>
    <message numerus="yes">
        <source>%n call(s) to the service</source>
        <translation>
            <numerusform>%n call to the service</numerusform>
            <numerusform>%n calls to the service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::TenantIndicatorsDialog</name>
    <message numerus="yes">
        <source>Reading the tenant&apos;s indicators... %Ln so far</source>
        <translation>
            <numerusform>Reading the tenant&apos;s indicators... %Ln so far</numerusform>
            <numerusform>Reading the tenant&apos;s indicators... %Ln so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln indicator shown</numerusform>
            <numerusform>%1 of %Ln indicators shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n indicator(s) from the tenant? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n indicator from the tenant? This cannot be undone.</numerusform>
            <numerusform>Delete %n indicators from the tenant? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made by someone else (the portal, Defender for Cloud Apps or another app).</source>
        <translation>
            <numerusform>%n of them was made by someone else (the portal, Defender for Cloud Apps or another app).</numerusform>
            <numerusform>%n of them were made by someone else (the portal, Defender for Cloud Apps or another app).</numerusform>
        </translation>
    </message>
</context>
</TS>
