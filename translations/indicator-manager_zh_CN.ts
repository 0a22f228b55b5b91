<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Commands</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file in this encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030 or Windows-1252 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: indicator-manager-cli [--lang CODE] COMMAND [OPTIONS]

Commands:
  validate FILE [--json] [--encoding NAME]
      Check every row against Defender&apos;s rules.
      Exit code 0: every row is valid; 1: some rows are invalid; 2: the file cannot be read.
      --json prints {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,
      severity, message}]}.
  plan FILE [--active N] [--json] [--encoding NAME]
      Split the valid rows into Import calls of at most 500 and show the calls, the minimum
      time at 30 calls a minute, and the tenant&apos;s quota of 15,000 active indicators before and
      after (N: active indicators now, default 0). Exit code 0, or 2 when the file cannot be read.

Options:
  --lang CODE   Language of messages (en, zh_CN); default: the system&apos;s.
  --help        Show this help.
  --version     Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3 [%4] %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json to see them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Active indicators in the tenant now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan takes one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active takes a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will be sent: %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 invalid, %2 duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calls: %1 (batch sizes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Minimum time at 30 calls a minute: %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Active indicators: %1 now, %2 after, of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import would pass the tenant&apos;s limit by %n indicator(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>Line %1 is longer than %2 MiB; the file is not a table this tool can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; the file is not a table this tool can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>No column holds indicator values. Name a column IndicatorValue (or value, ioc, sha256, ip, domain, url), or choose the columns in the mapping dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; matches no indicator field and was not imported. Map it in the column mapping if it holds indicator data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedStream</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <source>Change the type to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim the spaces around the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the value to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hash in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the separators from the thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address in full form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the leading zeros: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the wildcard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the host name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the trailing dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add http:// in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the current action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Generate alert to true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Generate alert to false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty group names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the techniques as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITRE techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces around the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defanged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible characters in the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value does not match its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid certificate thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR block instead of an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP range or wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address is not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address is not in full form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading zeros in an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard in a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL given as a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain ends with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL without http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid host in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting actions for one indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator type is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indicator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy action name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not available for this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate alert is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit without Generate alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible characters in the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible characters in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions are too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible characters in the recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible characters in the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expiration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty device group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid MITRE technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITRE techniques without a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid educate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educate URL has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra values in the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON element is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric category without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator needs a value: the hash, address, domain, URL or thumbprint to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has spaces or line breaks before or after it; Defender would not match it. Apply the fix to trim them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in defanged form (hxxp, [.], [:]). Apply the fix to restore the real value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains control or invisible characters that cannot be part of an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a %2, not a %3. Apply the fix to change the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 hash has %2 hexadecimal digits; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 hash may contain only the digits 0-9 and the letters a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash has upper-case letters. Defender stores hashes in lower case; apply the fix so that duplicates are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate thumbprint is the certificate&apos;s SHA-1 hash: 40 hexadecimal digits, without spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (like 203.0.113.7) or a full IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender does not accept CIDR blocks such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender does not accept IP ranges or wildcards such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the %2 range. Only public (external) addresses can be indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender expects IPv6 addresses with all eight groups. Apply the fix to write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part with a leading zero, which some systems read as octal. Write each part without leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: use letters, digits and hyphens, labels of at most 63 characters separated by dots, and a top-level domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards are not supported. A domain indicator already covers all of its subdomains, so apply the fix to remove &quot;*.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain. Change the type to Url or keep only the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain ends with a dot. Apply the fix to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no scheme. Write it with http:// or https://, or change the type to DomainName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host part of &quot;%1&quot; is not a valid domain name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards are not supported in URLs. A URL indicator already covers everything below its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Check that sharing it with Defender is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same indicator as row %1 (type, value, action and device groups). Only the first is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same indicator as an earlier row (type, value, action and device groups). Only the first is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another row has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indicator type: FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator type. Use FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action: Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action. Use Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy action name; Defender now calls it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates can only be Allowed or BlockAndRemediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for %2 indicators; use Allowed, Audit, Warn or Block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate alert must be true or false, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audit action only records events when an alert is generated: set Generate alert to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity. Use Informational, Low, Medium or High.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator needs a title; it becomes the alert title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended actions have %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external ID has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains control characters or right-to-left override marks that can disguise what an alert says. Apply the fix to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration times are written as 2027-01-31T00:00:00Z. Apply the fix to use %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2027-01-31T00:00:00Z, or leave it blank for never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiration time %1 has passed; Defender would delete the indicator at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device group list has an empty name (two commas in a row, or a comma at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories are written in PascalCase: apply the fix to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITRE technique ids look like T1566 or T1566.001, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITRE techniques are given without a category; the portal expects a category with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The educate URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender shows the educate URL only for Url indicators with the Block or Warn action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row had more values than the file has columns; these were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field in this row never ends, so the rest of the file was read into it. Check the row and the lines after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This element of the JSON array is %1, not an indicator object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These JSON properties had a value of the wrong type and were kept as text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned category %1, whose name is not documented; the category was left blank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTableReader</name>
    <message>
        <source>The JSON is nested more than %1 levels deep near line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON element near line %1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON ends too early, near line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON object has no &quot;Indicators&quot; or &quot;value&quot; array and is not an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds a single indicator object. Put it in an array or in {&quot;Indicators&quot;: [...]} to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON: it must start with [ or {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The property &quot;%1&quot; is not an indicator field and was not imported (%n row(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. The previous file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file contains binary data (NUL or control bytes); it is not a text table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: the byte at offset %1 cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL character; it is not a text table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1 near byte offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>im::MainWindow</name>
    <message>
        <source>Indicator Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Indicator Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator files (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Indicator Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Indicator Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Indicator Manager %1&lt;/h3&gt;&lt;p&gt;Edit, validate and submit Microsoft Defender for Endpoint custom indicators.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>indicator-manager: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator-manager: language %1 is not available; using English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once FILE is loaded and validated, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
