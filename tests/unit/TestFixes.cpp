// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"
#include "core/indicator/ServiceLimits.h"
#include "core/validation/Fixes.h"
#include "core/validation/RowValidator.h"
#include "support/BenignValuesFile.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <vector>

using namespace im;

Q_DECLARE_METATYPE(im::Indicator)

namespace {

const QString kSha1 = QStringLiteral("86f7e437faa5a7fce15d1ddcb9eaeaea377667b8");
const QString kSha256 = QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
const QString kMd5 = QStringLiteral("0cc175b9c0f1b6a831c399e269772661");
const QString kThumbprint = QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d");

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

IssueCode codeOf(const QString &name)
{
    IssueCode code = IssueCode::Count;
    if (!issueCodeFromString(name.toLatin1().constData(), &code))
        qFatal("unknown issue code %s", qPrintable(name));
    return code;
}

QString nameOf(IssueCode code)
{
    return QString::fromLatin1(issueInfo(code).code);
}

Indicator typed(const char *type, const QString &value, std::initializer_list<std::pair<Field, QString>> more = {})
{
    Indicator i =
        test::indicatorWith({{Field::IndicatorType, QString::fromLatin1(type)}, {Field::IndicatorValue, value}});
    for (const auto &[field, text] : more)
        i[field] = text;
    return i;
}

Indicator with(Field field, const QString &text)
{
    return test::indicatorWith({{field, text}});
}

// "field=value" for each edit, in order.
QStringList editsOf(const Fix &fix)
{
    QStringList out;
    for (const auto &[field, value] : fix.edits)
        out << QString::fromLatin1(apiName(field)) + QLatin1Char('=') + QString::fromUtf8(value);
    return out;
}

QString edit(Field field, const QString &value)
{
    return QString::fromLatin1(apiName(field)) + QLatin1Char('=') + value;
}

struct FixCase
{
    QByteArray name;
    Indicator indicator;
    QString code;
    QStringList edits;
    QString remaining; // every issue of the row after the fix
};

struct NoFixCase
{
    QByteArray name;
    Indicator indicator;
    QString code;
};

const std::vector<FixCase> &fixCases()
{
    using F = Field;
    const F v = F::IndicatorValue;
    // One case per entry, two lines each, read as a table.
    // clang-format off
    static const std::vector<FixCase> all = {
        // indicatorValue
        {"spaces around an IPv4 are trimmed", typed("IpAddress", QStringLiteral(" 8.8.8.8 ")),
         QStringLiteral("value.whitespace"), {edit(v, QStringLiteral("8.8.8.8"))}, {}},
        {"a line break after a hash is trimmed", typed("FileSha256", kSha256 + QStringLiteral("\r\n")),
         QStringLiteral("value.whitespace"), {edit(v, kSha256)}, {}},
        {"a defanged URL is restored", typed("Url", QStringLiteral("hxxps://evil[.]com/x")),
         QStringLiteral("value.defanged"), {edit(v, QStringLiteral("https://evil.com/x"))}, {}},
        {"a defanged domain is restored", typed("DomainName", QStringLiteral("evil[.]example(.)com")),
         QStringLiteral("value.defanged"), {edit(v, QStringLiteral("evil.example.com"))}, {}},
        {"a defanged IPv4 is restored", typed("IpAddress", QStringLiteral("8[.]8[.]8[.]8")),
         QStringLiteral("value.defanged"), {edit(v, QStringLiteral("8.8.8.8"))}, {}},
        {"a defanged URL with [:] is restored", typed("Url", QStringLiteral("http[:]//evil[dot]com/")),
         QStringLiteral("value.defanged"), {edit(v, QStringLiteral("http://evil.com/"))}, {}},
        {"a right-to-left override in a domain is removed",
         typed("DomainName", s("evil\xe2\x80\xaemoc.example.com")), QStringLiteral("value.control-chars"),
         {edit(v, QStringLiteral("evilmoc.example.com"))}, {}},
        {"a NUL in a domain is removed",
         typed("DomainName", QStringLiteral("evil") + QChar(0) + QStringLiteral(".com")),
         QStringLiteral("value.control-chars"), {edit(v, QStringLiteral("evil.com"))}, {}},
        {"a SHA-1 typed as FileSha256 becomes FileSha1", typed("FileSha256", kSha1),
         QStringLiteral("value.type-mismatch"), {edit(F::IndicatorType, QStringLiteral("FileSha1"))}, {}},
        {"a SHA-256 typed as FileMd5 becomes FileSha256", typed("FileMd5", kSha256),
         QStringLiteral("value.type-mismatch"), {edit(F::IndicatorType, QStringLiteral("FileSha256"))}, {}},
        {"an MD5 typed as FileSha1 becomes FileMd5", typed("FileSha1", kMd5), QStringLiteral("value.type-mismatch"),
         {edit(F::IndicatorType, QStringLiteral("FileMd5"))}, {}},
        {"a domain typed as IpAddress becomes DomainName", typed("IpAddress", QStringLiteral("evil.example.com")),
         QStringLiteral("value.type-mismatch"), {edit(F::IndicatorType, QStringLiteral("DomainName"))}, {}},
        {"an IPv4 typed as DomainName becomes IpAddress", typed("DomainName", QStringLiteral("8.8.8.8")),
         QStringLiteral("value.type-mismatch"), {edit(F::IndicatorType, QStringLiteral("IpAddress"))}, {}},
        {"an IPv4 typed as Url becomes IpAddress", typed("Url", QStringLiteral("8.8.4.4")),
         QStringLiteral("value.type-mismatch"), {edit(F::IndicatorType, QStringLiteral("IpAddress"))}, {}},
        {"a URL typed as FileSha1 becomes Url", typed("FileSha1", QStringLiteral("https://evil.com/a")),
         QStringLiteral("value.type-mismatch"), {edit(F::IndicatorType, QStringLiteral("Url"))}, {}},
        {"a compressed IPv6 typed as DomainName becomes IpAddress and shows its own problems",
         typed("DomainName", QStringLiteral("2001:db8::1")), QStringLiteral("value.type-mismatch"),
         {edit(F::IndicatorType, QStringLiteral("IpAddress"))}, QStringLiteral("ip.not-public,ip.v6-compressed")},
        {"a CIDR block typed as Url becomes IpAddress, where the CIDR rule names it",
         typed("Url", QStringLiteral("8.8.8.0/24")), QStringLiteral("value.type-mismatch"),
         {edit(F::IndicatorType, QStringLiteral("IpAddress"))}, QStringLiteral("ip.cidr")},
        {"an upper-case SHA-256 is written in lower case", typed("FileSha256", kSha256.toUpper()),
         QStringLiteral("hash.uppercase"), {edit(v, kSha256)}, {}},
        {"an upper-case MD5 is written in lower case", typed("FileMd5", kMd5.toUpper()),
         QStringLiteral("hash.uppercase"), {edit(v, kMd5)}, {}},
        {"an upper-case thumbprint is written in lower case",
         typed("CertificateThumbprint", kThumbprint.toUpper(), {{F::Action, QStringLiteral("Allowed")}}),
         QStringLiteral("hash.uppercase"), {edit(v, kThumbprint)}, {}},
        {"a thumbprint with colons loses them",
         typed("CertificateThumbprint", QStringLiteral("A9:99:3E:36:47:06:81:6A:BA:3E:25:71:78:50:C2:6C:9C:D0:D8:9D"),
               {{F::Action, QStringLiteral("Allowed")}}),
         QStringLiteral("certificate.invalid"), {edit(v, kThumbprint)}, {}},
        {"a thumbprint with spaces loses them",
         typed("CertificateThumbprint", QStringLiteral("a9 99 3e 36 47 06 81 6a ba 3e 25 71 78 50 c2 6c 9c d0 d8 9d"),
               {{F::Action, QStringLiteral("Allowed")}}),
         QStringLiteral("certificate.invalid"), {edit(v, kThumbprint)}, {}},
        {"a thumbprint with dashes loses them",
         typed("CertificateThumbprint", QStringLiteral("a9993e36-4706816a-ba3e2571-7850c26c-9cd0d89d"),
               {{F::Action, QStringLiteral("BlockAndRemediate")}}),
         QStringLiteral("certificate.invalid"), {edit(v, kThumbprint)}, {}},
        {"a compressed IPv6 is written in full form", typed("IpAddress", QStringLiteral("2001:4860:4860::8888")),
         QStringLiteral("ip.v6-compressed"), {edit(v, QStringLiteral("2001:4860:4860:0:0:0:0:8888"))}, {}},
        {"another compressed IPv6 is written in full form", typed("IpAddress", QStringLiteral("2606:4700:4700::1111")),
         QStringLiteral("ip.v6-compressed"), {edit(v, QStringLiteral("2606:4700:4700:0:0:0:0:1111"))}, {}},
        {"an IPv4-mapped IPv6 is written in full form", typed("IpAddress", QStringLiteral("::ffff:8.8.8.8")),
         QStringLiteral("ip.v6-compressed"), {edit(v, QStringLiteral("0:0:0:0:0:ffff:808:808"))}, {}},
        {"a compressed private IPv6 stays not public after the fix", typed("IpAddress", QStringLiteral("fe80::1")),
         QStringLiteral("ip.v6-compressed"), {edit(v, QStringLiteral("fe80:0:0:0:0:0:0:1"))},
         QStringLiteral("ip.not-public")},
        {"leading zeros in every IPv4 part are removed", typed("IpAddress", QStringLiteral("008.008.008.008")),
         QStringLiteral("ip.v4-leading-zero"), {edit(v, QStringLiteral("8.8.8.8"))}, {}},
        {"a leading zero in the last IPv4 part is removed", typed("IpAddress", QStringLiteral("8.8.8.08")),
         QStringLiteral("ip.v4-leading-zero"), {edit(v, QStringLiteral("8.8.8.8"))}, {}},
        {"removing a leading zero can reveal a private address", typed("IpAddress", QStringLiteral("010.1.1.1")),
         QStringLiteral("ip.v4-leading-zero"), {edit(v, QStringLiteral("10.1.1.1"))}, QStringLiteral("ip.not-public")},
        {"a wildcard label is removed from a domain", typed("DomainName", QStringLiteral("*.evil.com")),
         QStringLiteral("domain.wildcard"), {edit(v, QStringLiteral("evil.com"))}, {}},
        {"two wildcard labels are removed from a domain", typed("DomainName", QStringLiteral("*.*.evil.com")),
         QStringLiteral("domain.wildcard"), {edit(v, QStringLiteral("evil.com"))}, {}},
        {"a URL without a path in the domain column keeps its host",
         typed("DomainName", QStringLiteral("https://evil.com/")),
         QStringLiteral("domain.is-url"), {edit(v, QStringLiteral("evil.com"))}, {}},
        {"a URL without a slash in the domain column keeps its host",
         typed("DomainName", QStringLiteral("http://evil.com")),
         QStringLiteral("domain.is-url"), {edit(v, QStringLiteral("evil.com"))}, {}},
        {"a URL with a path in the domain column becomes a Url",
         typed("DomainName", QStringLiteral("https://evil.com/login")), QStringLiteral("domain.is-url"),
         {edit(F::IndicatorType, QStringLiteral("Url"))}, {}},
        {"a host and path in the domain column becomes a Url without scheme",
         typed("DomainName", QStringLiteral("evil.com/login")), QStringLiteral("domain.is-url"),
         {edit(F::IndicatorType, QStringLiteral("Url")), edit(v, QStringLiteral("http://evil.com/login"))}, {}},
        {"a trailing dot is removed from a domain", typed("DomainName", QStringLiteral("evil.com.")),
         QStringLiteral("domain.trailing-dot"), {edit(v, QStringLiteral("evil.com"))}, {}},
        {"a path without scheme gets http://", typed("Url", QStringLiteral("evil.com/login")),
         QStringLiteral("url.scheme-missing"), {edit(v, QStringLiteral("http://evil.com/login"))}, {}},
        {"a host and port without scheme gets http://", typed("Url", QStringLiteral("evil.com:8080")),
         QStringLiteral("url.scheme-missing"), {edit(v, QStringLiteral("http://evil.com:8080"))}, {}},
        {"a bare host in the Url column becomes a DomainName", typed("Url", QStringLiteral("evil.com")),
         QStringLiteral("url.scheme-missing"), {edit(F::IndicatorType, QStringLiteral("DomainName"))}, {}},
        // indicatorType
        {"a blank type is inferred from a SHA-256", typed("", kSha256), QStringLiteral("type.missing"),
         {edit(F::IndicatorType, QStringLiteral("FileSha256"))}, {}},
        {"a blank type is inferred from a URL", typed("", QStringLiteral("https://evil.com/")),
         QStringLiteral("type.missing"), {edit(F::IndicatorType, QStringLiteral("Url"))}, {}},
        {"a blank type is inferred from an IPv4", typed("", QStringLiteral("8.8.8.8")), QStringLiteral("type.missing"),
         {edit(F::IndicatorType, QStringLiteral("IpAddress"))}, {}},
        {"a blank type is inferred from a defanged domain", typed("", QStringLiteral("evil[.]com")),
         QStringLiteral("type.missing"), {edit(F::IndicatorType, QStringLiteral("DomainName"))},
         QStringLiteral("value.defanged")},
        {"a lower-case type gets its API spelling", typed("filesha256", kSha256), QStringLiteral("type.unknown"),
         {edit(F::IndicatorType, QStringLiteral("FileSha256"))}, {}},
        {"an upper-case URL type gets its API spelling", typed("URL", QStringLiteral("https://evil.com/")),
         QStringLiteral("type.unknown"), {edit(F::IndicatorType, QStringLiteral("Url"))}, {}},
        {"a type with spaces around it gets its API spelling", typed(" IpAddress ", QStringLiteral("8.8.8.8")),
         QStringLiteral("type.unknown"), {edit(F::IndicatorType, QStringLiteral("IpAddress"))}, {}},
        {"an unknown type name is inferred from an MD5", typed("Hash", kMd5), QStringLiteral("type.unknown"),
         {edit(F::IndicatorType, QStringLiteral("FileMd5"))}, {}},
        {"a file name in the Url column is not made a domain", typed("Url", QStringLiteral("SystemDiskClean.vbs")),
         QStringLiteral("url.scheme-missing"), {edit(v, QStringLiteral("http://SystemDiskClean.vbs"))}, {}},
        // action and generateAlert
        {"a lower-case action gets its API spelling", with(F::Action, QStringLiteral("block")),
         QStringLiteral("action.unknown"), {edit(F::Action, QStringLiteral("Block"))}, {}},
        {"an upper-case action gets its API spelling", with(F::Action, QStringLiteral("ALLOWED")),
         QStringLiteral("action.unknown"), {edit(F::Action, QStringLiteral("Allowed"))}, {}},
        {"an action with spaces around it gets its API spelling", with(F::Action, QStringLiteral(" Warn ")),
         QStringLiteral("action.unknown"), {edit(F::Action, QStringLiteral("Warn"))}, {}},
        {"legacy Alert becomes Audit with GenerateAlert true", with(F::Action, QStringLiteral("Alert")),
         QStringLiteral("action.legacy"),
         {edit(F::Action, QStringLiteral("Audit")), edit(F::GenerateAlert, QStringLiteral("true"))}, {}},
        {"legacy Alert with GenerateAlert False becomes Audit with GenerateAlert true",
         test::indicatorWith({{F::Action, QStringLiteral("Alert")}, {F::GenerateAlert, QStringLiteral("False")}}),
         QStringLiteral("action.legacy"),
         {edit(F::Action, QStringLiteral("Audit")), edit(F::GenerateAlert, QStringLiteral("true"))}, {}},
        {"legacy AlertAndBlock becomes BlockAndRemediate", with(F::Action, QStringLiteral("AlertAndBlock")),
         QStringLiteral("action.legacy"),
         {edit(F::Action, QStringLiteral("BlockAndRemediate")), edit(F::GenerateAlert, QStringLiteral("true"))}, {}},
        {"legacy AlertAndBlock on a domain becomes BlockAndRemediate, still not allowed there",
         typed("DomainName", QStringLiteral("evil.com"), {{F::Action, QStringLiteral("AlertAndBlock")}}),
         QStringLiteral("action.legacy"),
         {edit(F::Action, QStringLiteral("BlockAndRemediate")), edit(F::GenerateAlert, QStringLiteral("true"))},
         QStringLiteral("action.not-allowed")},
        {"Audit without GenerateAlert gets it", with(F::Action, QStringLiteral("Audit")),
         QStringLiteral("alert.required-for-audit"), {edit(F::GenerateAlert, QStringLiteral("true"))}, {}},
        {"Audit with GenerateAlert false gets true",
         test::indicatorWith({{F::Action, QStringLiteral("Audit")}, {F::GenerateAlert, QStringLiteral("false")}}),
         QStringLiteral("alert.required-for-audit"), {edit(F::GenerateAlert, QStringLiteral("true"))}, {}},
        {"Block with an alert and severity High gets Informational",
         test::indicatorWith({{F::GenerateAlert, QStringLiteral("true")}}), QStringLiteral("severity.ignored-for-block"),
         {edit(F::Severity, QStringLiteral("Informational"))}, {}},
        {"GenerateAlert yes becomes true", with(F::GenerateAlert, QStringLiteral("yes")),
         QStringLiteral("alert.invalid"), {edit(F::GenerateAlert, QStringLiteral("true"))}, QStringLiteral("severity.ignored-for-block")},
        {"GenerateAlert 1 becomes true", with(F::GenerateAlert, QStringLiteral("1")), QStringLiteral("alert.invalid"),
         {edit(F::GenerateAlert, QStringLiteral("true"))}, QStringLiteral("severity.ignored-for-block")},
        {"GenerateAlert Y becomes true", with(F::GenerateAlert, QStringLiteral("Y")), QStringLiteral("alert.invalid"),
         {edit(F::GenerateAlert, QStringLiteral("true"))}, QStringLiteral("severity.ignored-for-block")},
        {"GenerateAlert No becomes false", with(F::GenerateAlert, QStringLiteral("No")),
         QStringLiteral("alert.invalid"),
         {edit(F::GenerateAlert, QStringLiteral("false"))}, {}},
        {"GenerateAlert 0 becomes false", with(F::GenerateAlert, QStringLiteral("0")), QStringLiteral("alert.invalid"),
         {edit(F::GenerateAlert, QStringLiteral("false"))}, {}},
        {"GenerateAlert with spaces around true becomes true", with(F::GenerateAlert, QStringLiteral(" true ")),
         QStringLiteral("alert.invalid"), {edit(F::GenerateAlert, QStringLiteral("true"))}, QStringLiteral("severity.ignored-for-block")},
        {"GenerateAlert off on Audit becomes false, which Audit then rejects",
         test::indicatorWith({{F::Action, QStringLiteral("Audit")}, {F::GenerateAlert, QStringLiteral("off")}}),
         QStringLiteral("alert.invalid"), {edit(F::GenerateAlert, QStringLiteral("false"))},
         QStringLiteral("alert.required-for-audit")},
        // severity
        {"a lower-case severity gets its API spelling", with(F::Severity, QStringLiteral("high")),
         QStringLiteral("severity.unknown"), {edit(F::Severity, QStringLiteral("High"))}, {}},
        {"an upper-case severity gets its API spelling", with(F::Severity, QStringLiteral("INFORMATIONAL")),
         QStringLiteral("severity.unknown"), {edit(F::Severity, QStringLiteral("Informational"))}, {}},
        {"a severity with spaces around it gets its API spelling", with(F::Severity, QStringLiteral(" Low ")),
         QStringLiteral("severity.unknown"), {edit(F::Severity, QStringLiteral("Low"))}, {}},
        // text
        {"a right-to-left override is removed from the title", with(F::Title, s("Invoice \xe2\x80\xaetxt.exe")),
         QStringLiteral("title.control-chars"), {edit(F::Title, QStringLiteral("Invoice txt.exe"))}, {}},
        {"an isolate pair is removed from the title", with(F::Title, s("Invoice \xe2\x81\xa7txt\xe2\x81\xa9.exe")),
         QStringLiteral("title.control-chars"), {edit(F::Title, QStringLiteral("Invoice txt.exe"))}, {}},
        {"a bell is removed from the title", with(F::Title, QStringLiteral("Loader\x07")),
         QStringLiteral("title.control-chars"), {edit(F::Title, QStringLiteral("Loader"))}, {}},
        {"a right-to-left override is removed from the description, line breaks stay",
         with(F::Description, s("line one\n\xe2\x80\xaeline two")), QStringLiteral("description.control-chars"),
         {edit(F::Description, QStringLiteral("line one\nline two"))}, {}},
        {"an escape is removed from the recommended actions",
         with(F::RecommendedActions, QStringLiteral("Isolate\x1b[1m now\r\nScan")),
         QStringLiteral("recommended-actions.control-chars"),
         {edit(F::RecommendedActions, QStringLiteral("Isolate[1m now\r\nScan"))}, {}},
        {"an embedding is removed from the application", with(F::Application, s("Contoso\xe2\x80\xaaUpdater")),
         QStringLiteral("application.control-chars"), {edit(F::Application, QStringLiteral("ContosoUpdater"))}, {}},
        {"a C1 control is removed from the application", with(F::Application, s("Contoso\xc2\x85Updater")),
         QStringLiteral("application.control-chars"), {edit(F::Application, QStringLiteral("ContosoUpdater"))}, {}},
        {"a formula in the title is started with an apostrophe", with(F::Title, QStringLiteral("=HYPERLINK(1)")),
         QStringLiteral("title.formula"), {edit(F::Title, QStringLiteral("'=HYPERLINK(1)"))}, {}},
        {"a formula in the description is started with an apostrophe", with(F::Description, QStringLiteral("@SUM(1)")),
         QStringLiteral("description.formula"), {edit(F::Description, QStringLiteral("'@SUM(1)"))}, {}},
        {"a formula in the recommended actions is started with an apostrophe",
         with(F::RecommendedActions, QStringLiteral("-1+1")), QStringLiteral("recommended-actions.formula"),
         {edit(F::RecommendedActions, QStringLiteral("'-1+1"))}, {}},
        // expirationTime
        {"a date without time becomes midnight UTC", with(F::ExpirationTime, QStringLiteral("2027-01-31")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z"))}, {}},
        {"a date with minutes gets seconds and Z", with(F::ExpirationTime, QStringLiteral("2027-01-31 10:00")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2027-01-31T10:00:00Z"))}, {}},
        {"lower-case t and z are upper-cased", with(F::ExpirationTime, QStringLiteral("2027-01-31t10:00:00z")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2027-01-31T10:00:00Z"))}, {}},
        {"eight fraction digits are dropped", with(F::ExpirationTime, QStringLiteral("2027-01-31T10:00:00.12345678Z")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2027-01-31T10:00:00Z"))}, {}},
        {"a date with slashes is rewritten", with(F::ExpirationTime, QStringLiteral("2027/01/31")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z"))}, {}},
        {"spaces around a time are dropped", with(F::ExpirationTime, QStringLiteral(" 2027-01-31T00:00:00Z ")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z"))}, {}},
        {"a fixed date in the past is then expiration.past", with(F::ExpirationTime, QStringLiteral("2025-01-31")),
         QStringLiteral("expiration.invalid"), {edit(F::ExpirationTime, QStringLiteral("2025-01-31T00:00:00Z"))},
         QStringLiteral("expiration.past")},
        // rbacGroupNames, category, mitreTechniques
        {"two commas in a row are closed up", with(F::RbacGroupNames, QStringLiteral("A,,B")),
         QStringLiteral("rbac.empty-name"), {edit(F::RbacGroupNames, QStringLiteral("A,B"))}, {}},
        {"a trailing comma is removed", with(F::RbacGroupNames, QStringLiteral("Servers, Finance Laptops,")),
         QStringLiteral("rbac.empty-name"), {edit(F::RbacGroupNames, QStringLiteral("Servers,Finance Laptops"))}, {}},
        {"a list of only commas becomes all devices", with(F::RbacGroupNames, QStringLiteral(" , ")),
         QStringLiteral("rbac.empty-name"), {edit(F::RbacGroupNames, QString())}, {}},
        {"Suspicious Activity becomes SuspiciousActivity", with(F::Category, QStringLiteral("Suspicious Activity")),
         QStringLiteral("category.unknown"), {edit(F::Category, QStringLiteral("SuspiciousActivity"))}, {}},
        {"malware becomes Malware", with(F::Category, QStringLiteral("malware")), QStringLiteral("category.unknown"),
         {edit(F::Category, QStringLiteral("Malware"))}, {}},
        {"command_and_control becomes CommandAndControl", with(F::Category, QStringLiteral("command_and_control")),
         QStringLiteral("category.unknown"), {edit(F::Category, QStringLiteral("CommandAndControl"))}, {}},
        {"a lower-case technique is upper-cased",
         test::indicatorWith({{F::MitreTechniques, QStringLiteral("t1566")}, {F::Category, QStringLiteral("Malware")}}),
         QStringLiteral("mitre.invalid"), {edit(F::MitreTechniques, QStringLiteral("T1566"))}, {}},
        {"a list of lower-case techniques is upper-cased and closed up",
         test::indicatorWith({{F::MitreTechniques, QStringLiteral("t1566, t1059.001")},
                              {F::Category, QStringLiteral("Execution")}}),
         QStringLiteral("mitre.invalid"), {edit(F::MitreTechniques, QStringLiteral("T1566,T1059.001"))}, {}},
        {"an empty technique is dropped",
         test::indicatorWith({{F::MitreTechniques, QStringLiteral("T1566,,T1059")},
                              {F::Category, QStringLiteral("Execution")}}),
         QStringLiteral("mitre.invalid"), {edit(F::MitreTechniques, QStringLiteral("T1566,T1059"))}, {}},
    };
    // clang-format on
    return all;
}

// Codes that Fixes::canFix() accepts but whose cells give the fix nothing to go on.
const std::vector<NoFixCase> &unguessableCases()
{
    using F = Field;
    static const std::vector<NoFixCase> all = {
        {"GenerateAlert maybe has no fix", with(F::GenerateAlert, QStringLiteral("maybe")),
         QStringLiteral("alert.invalid")},
        {"category Phishing has no fix", with(F::Category, QStringLiteral("Phishing")),
         QStringLiteral("category.unknown")},
        {"a technique with a one-digit sub-technique has no fix",
         test::indicatorWith(
             {{F::MitreTechniques, QStringLiteral("T1566.1")}, {F::Category, QStringLiteral("Malware")}}),
         QStringLiteral("mitre.invalid")},
        {"one bad technique in a list leaves the list alone",
         test::indicatorWith(
             {{F::MitreTechniques, QStringLiteral("t1566,Phishing")}, {F::Category, QStringLiteral("Malware")}}),
         QStringLiteral("mitre.invalid")},
        {"a wildcard inside a label has no fix", typed("DomainName", QStringLiteral("ev*il.com")),
         QStringLiteral("domain.wildcard")},
        {"a wildcard top-level label has no fix", typed("DomainName", QStringLiteral("evil.*")),
         QStringLiteral("domain.wildcard")},
        {"action Destroy has no fix", with(F::Action, QStringLiteral("Destroy")), QStringLiteral("action.unknown")},
        {"severity Critical has no fix", with(F::Severity, QStringLiteral("Critical")),
         QStringLiteral("severity.unknown")},
        {"a SHA-256 as thumbprint has no fix",
         typed("CertificateThumbprint", kSha256, {{F::Action, QStringLiteral("Allowed")}}),
         QStringLiteral("certificate.invalid")},
        {"expiration tomorrow has no fix", with(F::ExpirationTime, QStringLiteral("tomorrow")),
         QStringLiteral("expiration.invalid")},
        {"expiration on February 30 has no fix", with(F::ExpirationTime, QStringLiteral("2027-02-30")),
         QStringLiteral("expiration.invalid")},
        {"an unknown type for a value of no known shape has no fix", typed("Thing", QStringLiteral("not a value")),
         QStringLiteral("type.unknown")},
        {"a blank type for a value of no known shape has no fix", typed("", QStringLiteral("???")),
         QStringLiteral("type.missing")},
        {"a file name typed Filename is never made a domain", typed("Filename", QStringLiteral("HTTPParser.dll")),
         QStringLiteral("type.unknown")},
        {"a Filename row with a domain-like value is not made a domain", typed("FileName", QStringLiteral("evil.com")),
         QStringLiteral("type.unknown")},
        {"a blank type for a file name has no fix", typed("", QStringLiteral("SystemDiskClean.vbs")),
         QStringLiteral("type.missing")},
    };
    return all;
}

// Codes that Fixes::canFix() rejects: the analyst must decide.
const std::vector<NoFixCase> &unfixableCases()
{
    using F = Field;
    const F v = F::IndicatorValue;
    static const std::vector<NoFixCase> all = {
        {"a missing value", with(v, QString()), QStringLiteral("value.missing")},
        {"a file name as a domain", typed("DomainName", QStringLiteral("HTTPParser.dll")),
         QStringLiteral("domain.unknown-tld")},
        {"a value over the length limit",
         typed("Url", QStringLiteral("https://example.com/") + QString(limits::kMaxIndicatorValueLength, u'a')),
         QStringLiteral("value.too-long")},
        {"a hash of the wrong length", typed("FileSha256", kSha256.left(60)), QStringLiteral("hash.length")},
        {"a hash with a non-hex letter", typed("FileSha256", QLatin1Char('x') + kSha256.mid(1)),
         QStringLiteral("hash.not-hex")},
        {"an invalid IPv4", typed("IpAddress", QStringLiteral("8.8.8.256")), QStringLiteral("ip.invalid")},
        {"a CIDR block", typed("IpAddress", QStringLiteral("8.8.8.0/24")), QStringLiteral("ip.cidr")},
        {"an IP range", typed("IpAddress", QStringLiteral("8.8.8.1-8.8.8.9")), QStringLiteral("ip.range")},
        {"a private IPv4", typed("IpAddress", QStringLiteral("192.168.0.1")), QStringLiteral("ip.not-public")},
        {"an invalid domain", typed("DomainName", QStringLiteral("localhost")), QStringLiteral("domain.invalid")},
        {"an invalid URL", typed("Url", QStringLiteral("http://example.com:99999/")), QStringLiteral("url.invalid")},
        {"an ftp URL", typed("Url", QStringLiteral("ftp://example.com/")), QStringLiteral("url.scheme-unsupported")},
        {"a URL with an invalid host", typed("Url", QStringLiteral("http://intranet/")),
         QStringLiteral("url.host-invalid")},
        {"a URL with a wildcard", typed("Url", QStringLiteral("http://*.example.com/")),
         QStringLiteral("url.wildcard")},
        {"a URL with credentials", typed("Url", QStringLiteral("http://u:p@example.com/")),
         QStringLiteral("url.credentials")},
        {"a missing action", with(F::Action, QString()), QStringLiteral("action.missing")},
        {"an action not allowed for the type",
         typed("IpAddress", QStringLiteral("8.8.8.8"), {{F::Action, QStringLiteral("BlockAndRemediate")}}),
         QStringLiteral("action.not-allowed")},
        {"a missing title", with(F::Title, QString()), QStringLiteral("title.missing")},
        {"a title over the limit", with(F::Title, QString(limits::kMaxTitleLength + 1, u't')),
         QStringLiteral("title.too-long")},
        {"a missing description", with(F::Description, QString()), QStringLiteral("description.missing")},
        {"a description over the limit", with(F::Description, QString(limits::kMaxDescriptionLength + 1, u'd')),
         QStringLiteral("description.too-long")},
        {"recommended actions over the limit",
         with(F::RecommendedActions, QString(limits::kMaxRecommendedActionsLength + 1, u'r')),
         QStringLiteral("recommended-actions.too-long")},
        {"an application over the limit", with(F::Application, QString(limits::kMaxApplicationLength + 1, u'a')),
         QStringLiteral("application.too-long")},
        {"an external id over the limit", with(F::ExternalId, QString(limits::kMaxExternalIdLength + 1, u'e')),
         QStringLiteral("external-id.too-long")},
        {"an expiration in the past", with(F::ExpirationTime, QStringLiteral("2025-01-01T00:00:00Z")),
         QStringLiteral("expiration.past")},
        {"an invalid educate URL",
         typed("Url", QStringLiteral("https://evil.com/"), {{F::EducateUrl, QStringLiteral("help")}}),
         QStringLiteral("educate-url.invalid")},
        {"an educate URL without effect", with(F::EducateUrl, QStringLiteral("https://help.example.com/")),
         QStringLiteral("educate-url.ignored")},
        {"techniques without a category", with(F::MitreTechniques, QStringLiteral("T1566")),
         QStringLiteral("mitre.without-category")},
    };
    return all;
}

bool isReadCode(IssueCode code)
{
    return nameOf(code).startsWith(QLatin1String("read."));
}

IndicatorDocument validatedDocument(const Indicator &indicator)
{
    IndicatorDocument doc(test::tableOf({indicator}));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    return doc;
}

} // namespace

class TestFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixResolvesItsIssue_data();
    void fixResolvesItsIssue();
    void fixableCodeWithoutAGuessOffersNothing_data();
    void fixableCodeWithoutAGuessOffersNothing();
    void unfixableCodesOfferNothing_data();
    void unfixableCodesOfferNothing();
    void duplicatesAndConflictsOfferNothing();
    void readNotesAreDismissed_data();
    void readNotesAreDismissed();
    void wellKnownValueIsCheckedOnce();
    void everyCodeIsCovered();

private:
    QTemporaryDir m_config;
};

void TestFixes::initTestCase()
{
    // The fix cases use Google's and Cloudflare's resolvers as plain public addresses: the user's list of
    // this test takes them off the well-known values, so each case shows only its own rule.
    QVERIFY(m_config.isValid());
    QVERIFY(test::useBenignValuesFile(m_config.path(),
                                      "!8.8.8.8\n!8.8.4.4\n!2001:4860:4860::8888\n!2606:4700:4700::1111\n"));
}

void TestFixes::fixResolvesItsIssue_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("remaining");
    for (const FixCase &c : fixCases())
        QTest::newRow(c.name.constData()) << c.indicator << c.code << c.edits << c.remaining;
}

void TestFixes::fixResolvesItsIssue()
{
    QFETCH(Indicator, indicator);
    QFETCH(QString, code);
    QFETCH(QStringList, edits);
    QFETCH(QString, remaining);
    const IssueCode issue = codeOf(code);
    QVERIFY(Fixes::canFix(issue));

    IndicatorDocument doc = validatedDocument(indicator);
    QVERIFY2(doc.issues(0).contains(issue), qPrintable(test::codesOf(doc.issues(0))));

    const std::optional<Fix> fix = Fixes::suggest(doc.table().cells(0), issue);
    QVERIFY(fix.has_value());
    QVERIFY(!fix->label.isEmpty());
    QVERIFY(!fix->dismissReadNotes);
    QCOMPARE(editsOf(*fix), edits);

    const std::vector<int> others = doc.applyFix(0, *fix);
    QVERIFY(others.empty());
    QVERIFY2(!doc.issues(0).contains(issue), qPrintable(test::codesOf(doc.issues(0))));
    QCOMPARE(test::codesOf(doc.issues(0)), remaining);
    // A full validation agrees with the incremental one.
    doc.validateAll();
    QCOMPARE(test::codesOf(doc.issues(0)), remaining);
}

void TestFixes::fixableCodeWithoutAGuessOffersNothing_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<QString>("code");
    for (const NoFixCase &c : unguessableCases())
        QTest::newRow(c.name.constData()) << c.indicator << c.code;
}

void TestFixes::fixableCodeWithoutAGuessOffersNothing()
{
    QFETCH(Indicator, indicator);
    QFETCH(QString, code);
    const IssueCode issue = codeOf(code);
    QVERIFY(Fixes::canFix(issue));
    IndicatorTable table = test::tableOf({indicator});
    const IssueSet issues = RowValidator(test::kTestNow).validate(table.cells(0));
    QVERIFY2(issues.contains(issue), qPrintable(test::codesOf(issues)));
    QVERIFY(!Fixes::suggest(table.cells(0), issue).has_value());
}

void TestFixes::unfixableCodesOfferNothing_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<QString>("code");
    for (const NoFixCase &c : unfixableCases())
        QTest::newRow(c.name.constData()) << c.indicator << c.code;
}

void TestFixes::unfixableCodesOfferNothing()
{
    QFETCH(Indicator, indicator);
    QFETCH(QString, code);
    const IssueCode issue = codeOf(code);
    QVERIFY(!Fixes::canFix(issue));
    IndicatorTable table = test::tableOf({indicator});
    const IssueSet issues = RowValidator(test::kTestNow).validate(table.cells(0));
    QVERIFY2(issues.contains(issue), qPrintable(test::codesOf(issues)));
    QVERIFY(!Fixes::suggest(table.cells(0), issue).has_value());
}

void TestFixes::duplicatesAndConflictsOfferNothing()
{
    const Indicator block = test::validIndicator();
    const Indicator allowed = test::indicatorWith({{Field::Action, QStringLiteral("Allowed")}});
    IndicatorDocument doc(test::tableOf({block, block, allowed}));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    QCOMPARE(test::codesOf(doc.issues(1)), QStringLiteral("row.conflict,row.duplicate"));
    for (IssueCode code : {IssueCode::RowDuplicate, IssueCode::RowConflict}) {
        QVERIFY(!Fixes::canFix(code));
        QVERIFY(!Fixes::suggest(doc.table().cells(1), code).has_value());
    }
    QVERIFY(!Fixes::canFix(IssueCode::Count));
}

void TestFixes::readNotesAreDismissed_data()
{
    QTest::addColumn<int>("code");
    for (int i = 0; i < IssueCodeCount; ++i) {
        const auto code = static_cast<IssueCode>(i);
        if (isReadCode(code))
            QTest::addRow("%s is dismissed", issueInfo(code).code) << i;
    }
}

void TestFixes::readNotesAreDismissed()
{
    QFETCH(int, code);
    const auto issue = static_cast<IssueCode>(code);
    QVERIFY(Fixes::canFix(issue));

    IndicatorTable table = test::tableOf({test::validIndicator(), test::validIndicator()});
    table.addReadNote(0, ReadNote{issue, QStringLiteral("detail")});
    table.addReadNote(1, ReadNote{issue, QStringLiteral("other")});
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    QVERIFY(doc.issues(0).contains(issue));
    QVERIFY(doc.issues(1).contains(issue));

    const std::optional<Fix> fix = Fixes::suggest(doc.table().cells(0), issue);
    QVERIFY(fix.has_value());
    QVERIFY(fix->dismissReadNotes);
    QVERIFY(fix->edits.empty());
    QVERIFY(!fix->label.isEmpty());

    doc.applyFix(0, *fix);
    QVERIFY(!doc.issues(0).contains(issue));
    QVERIFY(doc.table().readNotes(0).isEmpty());
    // The other row keeps its note until it is dismissed too.
    QVERIFY(doc.issues(1).contains(issue));
    QCOMPARE(doc.table().readNotes(1).size(), 1);
    doc.validateAll();
    QVERIFY(!doc.issues(0).contains(issue));
    QVERIFY(doc.issues(1).contains(issue));

    doc.applyFix(1, *Fixes::suggest(doc.table().cells(1), issue));
    QVERIFY(!doc.table().hasReadNotes());
    QCOMPARE(test::codesOf(doc.issues(1)), QStringLiteral("row.duplicate"));
}

void TestFixes::wellKnownValueIsCheckedOnce()
{
    const IssueCode benign = IssueCode::ValueWellKnownBenign;
    QVERIFY(Fixes::canFix(benign));
    const Indicator update =
        test::indicatorWith({{Field::IndicatorType, QStringLiteral("DomainName")},
                             {Field::IndicatorValue, QStringLiteral("download.windowsupdate.com")}});
    const Indicator resolver = test::indicatorWith(
        {{Field::IndicatorType, QStringLiteral("IpAddress")}, {Field::IndicatorValue, QStringLiteral("9.9.9.9")}});
    IndicatorTable table = test::tableOf({update, resolver});
    table.addReadNote(1, ReadNote{IssueCode::ReadContextHint, QStringLiteral("legitimate")});
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    QCOMPARE(test::codesOf(doc.issues(0)), QStringLiteral("value.well-known-benign"));
    QCOMPARE(test::codesOf(doc.issues(1)), QStringLiteral("read.context-hint,value.well-known-benign"));

    const std::optional<Fix> fix = Fixes::suggest(doc.table().cells(0), benign);
    QVERIFY(fix.has_value());
    QCOMPARE(fix->label, QStringLiteral("I have checked this row"));
    QVERIFY(fix->dismissReadNotes);
    QVERIFY(fix->edits.empty());
    QCOMPARE(fix->checkedBenignValue, QByteArray("download.windowsupdate.com"));
    doc.applyFix(0, *fix);
    QCOMPARE(test::codesOf(doc.issues(0)), QString());
    doc.validateAll();
    QCOMPARE(test::codesOf(doc.issues(0)), QString());
    // The check was of that value: another well-known value in the row is checked again.
    doc.setCells(0, {{Field::IndicatorValue, QByteArray("update.microsoft.com")}});
    QCOMPARE(test::codesOf(doc.issues(0)), QStringLiteral("value.well-known-benign"));

    // One "I have checked this row" takes both warnings of a row read from a report.
    const std::optional<Fix> hint = Fixes::suggest(doc.table().cells(1), IssueCode::ReadContextHint);
    QVERIFY(hint.has_value());
    QCOMPARE(hint->checkedBenignValue, QByteArray("9.9.9.9"));
    doc.applyFix(1, *hint);
    QCOMPARE(test::codesOf(doc.issues(1)), QString());
    // A row whose value is on no list keeps no note after the check.
    const std::optional<Fix> plain =
        Fixes::suggest(test::tableOf({test::validIndicator()}).cells(0), IssueCode::ReadContextHint);
    QVERIFY(plain.has_value());
    QVERIFY(plain->checkedBenignValue.isEmpty());
    QVERIFY(plain->readNotesAfter().isEmpty());
}

void TestFixes::everyCodeIsCovered()
{
    std::set<QString> fixed;
    for (const FixCase &c : fixCases())
        fixed.insert(c.code);
    std::set<QString> unfixed;
    for (const NoFixCase &c : unfixableCases())
        unfixed.insert(c.code);
    unfixed.insert(nameOf(IssueCode::RowDuplicate));
    unfixed.insert(nameOf(IssueCode::RowConflict));
    unfixed.insert(nameOf(IssueCode::RowAllowAndBlock));
    unfixed.insert(nameOf(IssueCode::RowAllowUnderCertificateBlock));

    for (int i = 0; i < IssueCodeCount; ++i) {
        const auto code = static_cast<IssueCode>(i);
        const QString name = nameOf(code);
        if (isReadCode(code) || code == IssueCode::ValueWellKnownBenign)
            continue; // readNotesAreDismissed() and wellKnownValueIsCheckedOnce() take these
        if (Fixes::canFix(code))
            QVERIFY2(fixed.count(name) == 1, qPrintable(QStringLiteral("no fix row for ") + name));
        else
            QVERIFY2(unfixed.count(name) == 1, qPrintable(QStringLiteral("no unfixable row for ") + name));
    }
}

QTEST_GUILESS_MAIN(TestFixes)
#include "TestFixes.moc"
