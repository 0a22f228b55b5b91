// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/ServiceLimits.h"
#include "core/validation/BenignValues.h"
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

using Cells = std::initializer_list<std::pair<Field, QString>>;

const QString kSha1 = QStringLiteral("86f7e437faa5a7fce15d1ddcb9eaeaea377667b8");
const QString kSha256 = QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
const QString kMd5 = QStringLiteral("0cc175b9c0f1b6a831c399e269772661");
const QString kThumbprint = QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d");
const QString kIp = QStringLiteral("45.77.10.20");
const QString kDomain = QStringLiteral("malware.example.net");
const QString kUrl = QStringLiteral("https://malware.example.net/payload.exe");

struct Case
{
    QByteArray name;
    Indicator indicator;
    QString codes;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A valid row of the given type and value, with further cells replaced.
Indicator typed(const QString &type, const QString &value, Cells more = {})
{
    Indicator i = test::indicatorWith({{Field::IndicatorType, type}, {Field::IndicatorValue, value}});
    for (const auto &[field, text] : more)
        i[field] = text;
    return i;
}

Indicator withValue(const QString &type, const QString &value)
{
    return typed(type, value);
}

QString codesFor(const Indicator &indicator)
{
    IndicatorTable table = test::tableOf({indicator});
    return test::codesOf(RowValidator(test::kTestNow).validate(table.cells(0)));
}

QString text(int length, char16_t c = u'a')
{
    return QString(length, QChar(c));
}

// `count` characters outside the BMP: 2 * count UTF-16 units.
QString emoji(int count)
{
    return s("\xf0\x9f\x98\x80").repeated(count);
}

void addValueCases(std::vector<Case> &c)
{
    const QString fs256 = QStringLiteral("FileSha256");
    const QString fs1 = QStringLiteral("FileSha1");
    const QString md5 = QStringLiteral("FileMd5");
    const QString cert = QStringLiteral("CertificateThumbprint");
    const QString ip = QStringLiteral("IpAddress");
    const QString domain = QStringLiteral("DomainName");
    const QString url = QStringLiteral("Url");
    const QString urlPrefix = QStringLiteral("https://example.com/"); // 20 characters
    const int maxValue = limits::kMaxIndicatorValueLength;

    // A valid row of each type.
    c.push_back({"the test's valid indicator has no issues", test::validIndicator(), {}});
    c.push_back({"a valid FileSha1 row has no issues", withValue(fs1, kSha1), {}});
    c.push_back({"a valid FileSha256 row has no issues", withValue(fs256, kSha256), {}});
    c.push_back({"a valid FileMd5 row has no issues", withValue(md5, kMd5), {}});
    c.push_back({"a valid CertificateThumbprint row has no issues",
                 typed(cert, kThumbprint, {{Field::Action, QStringLiteral("Allowed")}}),
                 {}});
    c.push_back({"a valid IPv4 row has no issues", withValue(ip, kIp), {}});
    c.push_back(
        {"a valid full-form IPv6 row has no issues", withValue(ip, QStringLiteral("2001:4860:4860:0:0:0:0:8888")), {}});
    c.push_back({"a valid DomainName row has no issues", withValue(domain, kDomain), {}});
    c.push_back({"a valid Url row has no issues", withValue(url, kUrl), {}});
    c.push_back({"a Url row with every optional field filled has no issues",
                 typed(url, kUrl,
                       {{Field::Action, QStringLiteral("Warn")},
                        {Field::Severity, QStringLiteral("Medium")},
                        {Field::RecommendedActions, QStringLiteral("Reimage the device.\nReset the password.")},
                        {Field::Application, QStringLiteral("Contoso Updater")},
                        {Field::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z")},
                        {Field::RbacGroupNames, QStringLiteral("Finance Laptops,Servers")},
                        {Field::GenerateAlert, QStringLiteral("true")},
                        {Field::Category, QStringLiteral("Malware")},
                        {Field::MitreTechniques, QStringLiteral("T1566,T1059.001")},
                        {Field::EducateUrl, QStringLiteral("https://help.example.com/blocked")},
                        {Field::ExternalId, QStringLiteral("feed-42")}}),
                 {}});
    c.push_back({"a completely empty row misses every required field", Indicator(),
                 QStringLiteral("action.missing,description.missing,title.missing,type.missing,value.missing")});

    // Value, common rules.
    c.push_back({"empty value is value.missing", withValue(fs256, QString()), QStringLiteral("value.missing")});
    c.push_back({"value of only spaces is value.missing", withValue(fs256, QStringLiteral("   ")),
                 QStringLiteral("value.missing")});
    c.push_back({"value with a leading space is value.whitespace", withValue(fs256, QLatin1Char(' ') + kSha256),
                 QStringLiteral("value.whitespace")});
    c.push_back({"value with a trailing tab is value.whitespace", withValue(ip, kIp + QLatin1Char('\t')),
                 QStringLiteral("value.whitespace")});
    c.push_back({"value with a trailing line break is value.whitespace",
                 withValue(domain, kDomain + QStringLiteral("\r\n")), QStringLiteral("value.whitespace")});
    c.push_back({"value with spaces is still checked for its type",
                 withValue(fs256, QStringLiteral(" ") + kSha1 + QStringLiteral(" ")),
                 QStringLiteral("value.type-mismatch,value.whitespace")});
    c.push_back({"URL value at the length limit is accepted", withValue(url, urlPrefix + text(maxValue - 20)), {}});
    c.push_back({"URL value one over the length limit is value.too-long",
                 withValue(url, urlPrefix + text(maxValue - 19)), QStringLiteral("value.too-long")});
    c.push_back({"URL value of CJK characters at the limit is accepted",
                 withValue(url, urlPrefix + text(maxValue - 20, u'\u4e2d')),
                 {}});
    c.push_back({"URL value of CJK characters one over the limit is value.too-long",
                 withValue(url, urlPrefix + text(maxValue - 19, u'\u4e2d')), QStringLiteral("value.too-long")});
    c.push_back({"URL value with emoji counted as two units reaches the limit",
                 withValue(url, urlPrefix + emoji((maxValue - 20) / 2)),
                 {}});
    c.push_back({"URL value with emoji counted as two units passes the limit",
                 withValue(url, urlPrefix + emoji((maxValue - 20) / 2) + QLatin1Char('a')),
                 QStringLiteral("value.too-long")});
    c.push_back({"defanged URL is value.defanged", withValue(url, QStringLiteral("hxxps://evil[.]com/x")),
                 QStringLiteral("value.defanged")});
    c.push_back({"defanged domain is value.defanged", withValue(domain, QStringLiteral("evil[.]com")),
                 QStringLiteral("value.defanged")});
    c.push_back({"defanged IPv4 is value.defanged", withValue(ip, QStringLiteral("8.8.8[.]8")),
                 QStringLiteral("value.defanged")});
    c.push_back({"value with a NUL character is value.control-chars",
                 withValue(domain, QStringLiteral("evil") + QChar(0) + QStringLiteral(".com")),
                 QStringLiteral("value.control-chars")});
    c.push_back({"value with a right-to-left override is value.control-chars",
                 withValue(domain, s("evil\xe2\x80\xaemoc.example.com")), QStringLiteral("value.control-chars")});
    c.push_back({"value with an escape character is value.control-chars",
                 withValue(url, QStringLiteral("https://example.com/\x1b[0m")), QStringLiteral("value.control-chars")});

    // Hashes.
    c.push_back({"sha256 with 63 hex digits is hash.length", withValue(fs256, kSha256.left(63)),
                 QStringLiteral("hash.length")});
    c.push_back({"sha256 with 65 hex digits is hash.length", withValue(fs256, kSha256 + QLatin1Char('0')),
                 QStringLiteral("hash.length")});
    c.push_back({"sha256 in upper case is hash.uppercase", withValue(fs256, kSha256.toUpper()),
                 QStringLiteral("hash.uppercase")});
    c.push_back({"sha256 with one upper-case letter is hash.uppercase",
                 withValue(fs256, QLatin1Char('C') + kSha256.mid(1)), QStringLiteral("hash.uppercase")});
    c.push_back({"sha256 with a g is hash.not-hex", withValue(fs256, QLatin1Char('g') + kSha256.mid(1)),
                 QStringLiteral("hash.not-hex")});
    c.push_back({"sha256 with a 0x prefix is hash.not-hex", withValue(fs256, QStringLiteral("0x") + kSha256),
                 QStringLiteral("hash.not-hex")});
    c.push_back({"sha256 with spaces between bytes is hash.not-hex",
                 withValue(fs256, QStringLiteral("ca 97 81 12 ca 1b bd ca")), QStringLiteral("hash.not-hex")});
    c.push_back({"sha256 given a SHA-1 is value.type-mismatch", withValue(fs256, kSha1),
                 QStringLiteral("value.type-mismatch")});
    c.push_back(
        {"sha256 given an MD5 is value.type-mismatch", withValue(fs256, kMd5), QStringLiteral("value.type-mismatch")});
    c.push_back({"sha256 given an IPv4 address is value.type-mismatch", withValue(fs256, kIp),
                 QStringLiteral("value.type-mismatch")});
    c.push_back({"sha256 given a domain is value.type-mismatch", withValue(fs256, kDomain),
                 QStringLiteral("value.type-mismatch")});
    c.push_back(
        {"sha256 given a URL is value.type-mismatch", withValue(fs256, kUrl), QStringLiteral("value.type-mismatch")});
    c.push_back(
        {"sha1 with 39 hex digits is hash.length", withValue(fs1, kSha1.left(39)), QStringLiteral("hash.length")});
    c.push_back({"sha1 with 41 hex digits is hash.length", withValue(fs1, kSha1 + QLatin1Char('a')),
                 QStringLiteral("hash.length")});
    c.push_back(
        {"sha1 in upper case is hash.uppercase", withValue(fs1, kSha1.toUpper()), QStringLiteral("hash.uppercase")});
    c.push_back({"sha1 given a SHA-256 is value.type-mismatch", withValue(fs1, kSha256),
                 QStringLiteral("value.type-mismatch")});
    c.push_back({"sha1 with a z is hash.not-hex", withValue(fs1, kSha1.left(39) + QLatin1Char('z')),
                 QStringLiteral("hash.not-hex")});
    c.push_back(
        {"md5 with 31 hex digits is hash.length", withValue(md5, kMd5.left(31)), QStringLiteral("hash.length")});
    c.push_back({"md5 with 33 hex digits is hash.length", withValue(md5, kMd5 + QLatin1Char('f')),
                 QStringLiteral("hash.length")});
    c.push_back(
        {"md5 in upper case is hash.uppercase", withValue(md5, kMd5.toUpper()), QStringLiteral("hash.uppercase")});
    c.push_back(
        {"md5 given a SHA-1 is value.type-mismatch", withValue(md5, kSha1), QStringLiteral("value.type-mismatch")});
    c.push_back(
        {"md5 given a SHA-256 is value.type-mismatch", withValue(md5, kSha256), QStringLiteral("value.type-mismatch")});
    c.push_back({"md5 with a dash is hash.not-hex", withValue(md5, kMd5.left(16) + QLatin1Char('-') + kMd5.mid(17)),
                 QStringLiteral("hash.not-hex")});

    // Certificate thumbprints.
    c.push_back({"thumbprint in upper case is hash.uppercase",
                 typed(cert, kThumbprint.toUpper(), {{Field::Action, QStringLiteral("BlockAndRemediate")}}),
                 QStringLiteral("hash.uppercase")});
    c.push_back({"thumbprint of 64 hex digits is certificate.invalid",
                 typed(cert, kSha256, {{Field::Action, QStringLiteral("Allowed")}}),
                 QStringLiteral("certificate.invalid")});
    c.push_back({"thumbprint of 39 hex digits is certificate.invalid",
                 typed(cert, kThumbprint.left(39), {{Field::Action, QStringLiteral("Allowed")}}),
                 QStringLiteral("certificate.invalid")});
    c.push_back({"thumbprint with colons between bytes is certificate.invalid",
                 typed(cert, QStringLiteral("a9:99:3e:36:47:06:81:6a:ba:3e:25:71:78:50:c2:6c:9c:d0:d8:9d"),
                       {{Field::Action, QStringLiteral("Allowed")}}),
                 QStringLiteral("certificate.invalid")});
    c.push_back(
        {"thumbprint as PEM text is certificate.invalid",
         typed(cert, QStringLiteral("-----BEGIN CERTIFICATE-----"), {{Field::Action, QStringLiteral("Allowed")}}),
         QStringLiteral("certificate.invalid")});

    // IP addresses.
    c.push_back({"IPv4 with leading zeros is ip.v4-leading-zero", withValue(ip, QStringLiteral("008.008.008.008")),
                 QStringLiteral("ip.v4-leading-zero")});
    c.push_back({"IPv4 with one leading zero is ip.v4-leading-zero", withValue(ip, QStringLiteral("8.8.8.08")),
                 QStringLiteral("ip.v4-leading-zero")});
    c.push_back(
        {"IPv4 in 10/8 is ip.not-public", withValue(ip, QStringLiteral("10.1.2.3")), QStringLiteral("ip.not-public")});
    c.push_back({"the template's own 10.10.10.10 is ip.not-public", withValue(ip, QStringLiteral("10.10.10.10")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 in 172.16/12 is ip.not-public", withValue(ip, QStringLiteral("172.31.0.1")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 in 192.168/16 is ip.not-public", withValue(ip, QStringLiteral("192.168.1.1")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 loopback is ip.not-public", withValue(ip, QStringLiteral("127.0.0.1")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 shared address space is ip.not-public", withValue(ip, QStringLiteral("100.64.0.1")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 link-local is ip.not-public", withValue(ip, QStringLiteral("169.254.1.1")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 multicast is ip.not-public", withValue(ip, QStringLiteral("224.0.0.1")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 broadcast is ip.not-public", withValue(ip, QStringLiteral("255.255.255.255")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"IPv4 next to 172.16/12 is public", withValue(ip, QStringLiteral("172.32.0.1")), {}});
    c.push_back(
        {"IPv4 CIDR block is ip.cidr", withValue(ip, QStringLiteral("203.0.114.0/24")), QStringLiteral("ip.cidr")});
    c.push_back(
        {"IPv6 CIDR block is ip.cidr", withValue(ip, QStringLiteral("2001:4860::/32")), QStringLiteral("ip.cidr")});
    c.push_back({"IPv4 range with a dash is ip.range", withValue(ip, QStringLiteral("8.8.8.1-8.8.8.9")),
                 QStringLiteral("ip.range")});
    c.push_back({"IPv4 range with a short end is ip.range", withValue(ip, QStringLiteral("8.8.8.1-9")),
                 QStringLiteral("ip.range")});
    c.push_back(
        {"IPv4 with a wildcard is ip.range", withValue(ip, QStringLiteral("8.8.8.*")), QStringLiteral("ip.range")});
    c.push_back(
        {"IPv4 with 256 is ip.invalid", withValue(ip, QStringLiteral("8.8.8.256")), QStringLiteral("ip.invalid")});
    c.push_back(
        {"IPv4 with three parts is ip.invalid", withValue(ip, QStringLiteral("8.8.8")), QStringLiteral("ip.invalid")});
    c.push_back({"IPv4 with five parts is ip.invalid", withValue(ip, QStringLiteral("8.8.8.8.8")),
                 QStringLiteral("ip.invalid")});
    c.push_back(
        {"IPv4 with a port is ip.invalid", withValue(ip, QStringLiteral("8.8.8.8:53")), QStringLiteral("ip.invalid")});
    c.push_back({"IPv6 in full form with leading zeros is accepted",
                 withValue(ip, QStringLiteral("2001:4860:4860:0000:0000:0000:0000:8888")),
                 {}});
    c.push_back({"IPv6 with :: is not in full form", withValue(ip, QStringLiteral("2001:4860:4860::8888")),
                 QStringLiteral("ip.v6-compressed")});
    c.push_back({"IPv6 loopback ::1 is compressed and not public", withValue(ip, QStringLiteral("::1")),
                 QStringLiteral("ip.not-public,ip.v6-compressed")});
    c.push_back({"IPv6 documentation address in full form is ip.not-public",
                 withValue(ip, QStringLiteral("2001:db8:0:0:0:0:0:1")), QStringLiteral("ip.not-public")});
    c.push_back({"IPv6 link-local address in full form is ip.not-public",
                 withValue(ip, QStringLiteral("fe80:0:0:0:0:0:0:1")), QStringLiteral("ip.not-public")});
    c.push_back({"IPv6 unique local address in full form is ip.not-public",
                 withValue(ip, QStringLiteral("fd12:3456:789a:1:0:0:0:1")), QStringLiteral("ip.not-public")});
    c.push_back({"IPv4-mapped public IPv6 is not in full form", withValue(ip, QStringLiteral("::ffff:8.8.8.8")),
                 QStringLiteral("ip.v6-compressed")});
    c.push_back({"IPv4-mapped private IPv6 is compressed and not public",
                 withValue(ip, QStringLiteral("::ffff:10.0.0.1")), QStringLiteral("ip.not-public,ip.v6-compressed")});
    c.push_back({"IPv6 with a zone id is ip.invalid", withValue(ip, QStringLiteral("fe80::1%eth0")),
                 QStringLiteral("ip.invalid")});
    c.push_back({"IPv6 with nine groups is ip.invalid", withValue(ip, QStringLiteral("1:2:3:4:5:6:7:8:9")),
                 QStringLiteral("ip.invalid")});
    c.push_back({"IPv6 with a bad hex digit is ip.invalid",
                 withValue(ip, QStringLiteral("2001:4860:4860:0:0:0:0:888g")), QStringLiteral("ip.invalid")});
    c.push_back({"IPv6 in brackets is ip.invalid", withValue(ip, QStringLiteral("[2001:4860:4860:0:0:0:0:8888]")),
                 QStringLiteral("ip.invalid")});
    c.push_back({"domain in the IP column is value.type-mismatch", withValue(ip, kDomain),
                 QStringLiteral("value.type-mismatch")});
    c.push_back(
        {"URL in the IP column is value.type-mismatch", withValue(ip, kUrl), QStringLiteral("value.type-mismatch")});
    c.push_back(
        {"hash in the IP column is value.type-mismatch", withValue(ip, kMd5), QStringLiteral("value.type-mismatch")});

    // Domains.
    c.push_back({"domain in upper case is accepted", withValue(domain, QStringLiteral("MALWARE.Example.NET")), {}});
    c.push_back({"German IDN domain is accepted", withValue(domain, s("bücher.example")), {}});
    c.push_back({"Chinese IDN domain is accepted", withValue(domain, s("例子.中国")), {}});
    c.push_back({"punycode domain is accepted", withValue(domain, QStringLiteral("xn--bcher-kva.example")), {}});
    c.push_back({"domain with an underscore in a subdomain is accepted",
                 withValue(domain, QStringLiteral("_dmarc.example.com")),
                 {}});
    c.push_back({"documentation domain is well-known", withValue(domain, QStringLiteral("example.net")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"name under a listed vendor name is well-known",
                 withValue(domain, QStringLiteral("Download.WindowsUpdate.com")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"look-alike of a vendor name is not",
                 withValue(domain, QStringLiteral("windowsupdate.com.evil-cdn.xyz")), QString()});
    c.push_back({"public resolver is well-known", withValue(ip, QStringLiteral("1.1.1.1")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"public resolver over IPv6 is well-known",
                 withValue(ip, QStringLiteral("2606:4700:4700:0:0:0:0:1111")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"documentation range is only not public", withValue(ip, QStringLiteral("203.0.113.7")),
                 QStringLiteral("ip.not-public")});
    c.push_back({"empty-file SHA-256 in capitals is well-known",
                 withValue(fs256, QStringLiteral("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")),
                 QStringLiteral("hash.uppercase,value.well-known-benign")});
    c.push_back({"empty-file MD5 is well-known", withValue(md5, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"empty-file SHA-1 is well-known",
                 withValue(fs1, QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"root URL of a listed site is well-known",
                 withValue(url, QStringLiteral("https://www.microsoft.com/")),
                 QStringLiteral("value.well-known-benign")});
    c.push_back({"page under a listed site is not", withValue(url, QStringLiteral("https://www.microsoft.com/en-us/x")),
                 QString()});
    c.push_back({"DLL file name is domain.unknown-tld", withValue(domain, QStringLiteral("HTTPParser.dll")),
                 QStringLiteral("domain.unknown-tld")});
    c.push_back({"VBScript file name is domain.unknown-tld", withValue(domain, QStringLiteral("SystemDiskClean.vbs")),
                 QStringLiteral("domain.unknown-tld")});
    c.push_back({"PowerShell file name in upper case is domain.unknown-tld",
                 withValue(domain, QStringLiteral("INVOKE-THING.PS1")), QStringLiteral("domain.unknown-tld")});
    c.push_back(
        {"domain under the .zip top-level domain is accepted", withValue(domain, QStringLiteral("update.zip")), {}});
    c.push_back(
        {"domain under the .mov top-level domain is accepted", withValue(domain, QStringLiteral("clip.MOV")), {}});
    c.push_back(
        {"domain with a label of 63 characters is accepted", withValue(domain, text(63) + QStringLiteral(".com")), {}});
    c.push_back({"domain with a label of 64 characters is domain.invalid",
                 withValue(domain, text(64) + QStringLiteral(".com")), QStringLiteral("domain.invalid")});
    c.push_back({"domain of 253 characters is accepted",
                 withValue(domain, text(63) + QLatin1Char('.') + text(63, u'b') + QLatin1Char('.') + text(63, u'c')
                                       + QLatin1Char('.') + text(57, u'd') + QStringLiteral(".com")),
                 {}});
    c.push_back({"domain of 254 characters is domain.invalid",
                 withValue(domain, text(63) + QLatin1Char('.') + text(63, u'b') + QLatin1Char('.') + text(63, u'c')
                                       + QLatin1Char('.') + text(62, u'd')),
                 QStringLiteral("domain.invalid")});
    c.push_back({"domain with a trailing dot is domain.trailing-dot", withValue(domain, kDomain + QLatin1Char('.')),
                 QStringLiteral("domain.trailing-dot")});
    c.push_back({"domain with two trailing dots is also domain.invalid",
                 withValue(domain, kDomain + QStringLiteral("..")),
                 QStringLiteral("domain.invalid,domain.trailing-dot")});
    c.push_back({"wildcard domain is domain.wildcard", withValue(domain, QStringLiteral("*.example.net")),
                 QStringLiteral("domain.wildcard")});
    c.push_back({"domain with a scheme is domain.is-url", withValue(domain, QStringLiteral("http://example.net")),
                 QStringLiteral("domain.is-url")});
    c.push_back({"domain with a path is domain.is-url", withValue(domain, QStringLiteral("example.net/login")),
                 QStringLiteral("domain.is-url")});
    c.push_back({"single-label domain is domain.invalid", withValue(domain, QStringLiteral("localhost")),
                 QStringLiteral("domain.invalid")});
    c.push_back({"domain with an underscore in the top-level label is domain.invalid",
                 withValue(domain, QStringLiteral("example.co_m")), QStringLiteral("domain.invalid")});
    c.push_back({"domain with a numeric top-level label is domain.invalid",
                 withValue(domain, QStringLiteral("example.123")), QStringLiteral("domain.invalid")});
    c.push_back({"domain with a leading hyphen is domain.invalid", withValue(domain, QStringLiteral("-example.com")),
                 QStringLiteral("domain.invalid")});
    c.push_back({"domain with a space is domain.invalid", withValue(domain, QStringLiteral("evil example.com")),
                 QStringLiteral("domain.invalid")});
    c.push_back({"domain with a port is domain.invalid", withValue(domain, QStringLiteral("example.com:443")),
                 QStringLiteral("domain.invalid")});
    c.push_back({"IPv4 in the domain column is value.type-mismatch", withValue(domain, kIp),
                 QStringLiteral("value.type-mismatch")});
    c.push_back({"IPv6 in the domain column is value.type-mismatch", withValue(domain, QStringLiteral("2001:db8::1")),
                 QStringLiteral("value.type-mismatch")});
    c.push_back({"hash in the domain column is value.type-mismatch", withValue(domain, kSha256),
                 QStringLiteral("value.type-mismatch")});

    // URLs.
    c.push_back({"http URL is accepted", withValue(url, QStringLiteral("http://example.com")), {}});
    c.push_back({"URL with port, query and fragment is accepted",
                 withValue(url, QStringLiteral("https://example.com:8443/a/b?c=d#e")),
                 {}});
    c.push_back(
        {"URL with an upper-case scheme is accepted", withValue(url, QStringLiteral("HTTPS://Example.com/")), {}});
    c.push_back({"URL with an IPv4 host is accepted", withValue(url, QStringLiteral("http://8.8.8.8/x.exe")), {}});
    c.push_back({"URL with a bracketed IPv6 host is accepted",
                 withValue(url, QStringLiteral("http://[2001:4860:4860::8888]:8080/x")),
                 {}});
    c.push_back({"URL with an IDN host is accepted", withValue(url, s("https://bücher.example/katalog")), {}});
    c.push_back({"URL with port 65535 is accepted", withValue(url, QStringLiteral("http://example.com:65535/")), {}});
    c.push_back({"URL without a scheme is url.scheme-missing", withValue(url, QStringLiteral("example.com/path")),
                 QStringLiteral("url.scheme-missing")});
    c.push_back({"bare host in the Url column is url.scheme-missing", withValue(url, QStringLiteral("example.com")),
                 QStringLiteral("url.scheme-missing")});
    c.push_back({"ftp URL is url.scheme-unsupported", withValue(url, QStringLiteral("ftp://files.example.com/a")),
                 QStringLiteral("url.scheme-unsupported")});
    c.push_back({"URL with a wildcard host is url.wildcard", withValue(url, QStringLiteral("https://*.example.com/")),
                 QStringLiteral("url.wildcard")});
    c.push_back({"URL with user and password is url.credentials",
                 withValue(url, QStringLiteral("https://user:secret@example.com/")),
                 QStringLiteral("url.credentials")});
    c.push_back({"URL with a single-label host is url.host-invalid", withValue(url, QStringLiteral("http://intranet/")),
                 QStringLiteral("url.host-invalid")});
    c.push_back({"URL with a host ending in a hyphen is url.host-invalid",
                 withValue(url, QStringLiteral("http://example-.com/")), QStringLiteral("url.host-invalid")});
    c.push_back({"URL with an unbracketed IPv6 host is url.host-invalid",
                 withValue(url, QStringLiteral("http://2001:db8::1/")), QStringLiteral("url.host-invalid")});
    c.push_back({"URL with a space is url.invalid", withValue(url, QStringLiteral("http://example.com/a b")),
                 QStringLiteral("url.invalid")});
    c.push_back({"URL with port 0 is url.invalid", withValue(url, QStringLiteral("http://example.com:0/")),
                 QStringLiteral("url.invalid")});
    c.push_back({"URL with port 65536 is url.invalid", withValue(url, QStringLiteral("http://example.com:65536/")),
                 QStringLiteral("url.invalid")});
    c.push_back({"URL with a non-numeric port is url.invalid",
                 withValue(url, QStringLiteral("http://example.com:http/")), QStringLiteral("url.invalid")});
    c.push_back({"URL with an empty host is url.invalid", withValue(url, QStringLiteral("http:///path")),
                 QStringLiteral("url.invalid")});
    c.push_back({"URL with an unclosed IPv6 bracket is url.invalid", withValue(url, QStringLiteral("http://[::1/x")),
                 QStringLiteral("url.invalid")});
    c.push_back(
        {"IPv4 in the Url column is value.type-mismatch", withValue(url, kIp), QStringLiteral("value.type-mismatch")});
    c.push_back({"hash in the Url column is value.type-mismatch", withValue(url, kSha1),
                 QStringLiteral("value.type-mismatch")});
}

void addTypeAndActionCases(std::vector<Case> &c)
{
    c.push_back({"blank type is type.missing and the value is not checked",
                 test::indicatorWith({{Field::IndicatorType, QString()}, {Field::IndicatorValue, QStringLiteral("x")}}),
                 QStringLiteral("type.missing")});
    c.push_back({"type of spaces is type.missing", test::indicatorWith({{Field::IndicatorType, QStringLiteral("  ")}}),
                 QStringLiteral("type.missing")});
    c.push_back({"lower-case type is type.unknown",
                 test::indicatorWith({{Field::IndicatorType, QStringLiteral("filesha256")}}),
                 QStringLiteral("type.unknown")});
    c.push_back({"type with a trailing space is type.unknown",
                 test::indicatorWith({{Field::IndicatorType, QStringLiteral("FileSha256 ")}}),
                 QStringLiteral("type.unknown")});
    c.push_back({"type Sha256 is type.unknown", test::indicatorWith({{Field::IndicatorType, QStringLiteral("Sha256")}}),
                 QStringLiteral("type.unknown")});
    c.push_back({"Graph's type name domainName is type.unknown",
                 test::indicatorWith({{Field::IndicatorType, QStringLiteral("domainName")}}),
                 QStringLiteral("type.unknown")});

    c.push_back({"blank action is action.missing", test::indicatorWith({{Field::Action, QString()}}),
                 QStringLiteral("action.missing")});
    c.push_back({"action of spaces is action.missing", test::indicatorWith({{Field::Action, QStringLiteral(" ")}}),
                 QStringLiteral("action.missing")});
    c.push_back({"lower-case action is action.unknown", test::indicatorWith({{Field::Action, QStringLiteral("block")}}),
                 QStringLiteral("action.unknown")});
    c.push_back({"action Allow is action.unknown", test::indicatorWith({{Field::Action, QStringLiteral("Allow")}}),
                 QStringLiteral("action.unknown")});
    c.push_back({"action with a trailing space is action.unknown",
                 test::indicatorWith({{Field::Action, QStringLiteral("Block ")}}), QStringLiteral("action.unknown")});
    c.push_back({"action named unknown is action.unknown",
                 test::indicatorWith({{Field::Action, QStringLiteral("unknown")}}), QStringLiteral("action.unknown")});

    // The matrix of shared/spec §1.5, written out here rather than taken from the code under test.
    struct TypeRow
    {
        const char *type;
        QString value;
        QStringList allowed;
    };
    const QStringList fileActions = {QStringLiteral("Allowed"),
                                     QStringLiteral("Audit"),
                                     QStringLiteral("Warn"),
                                     QStringLiteral("Block"),
                                     QStringLiteral("BlockAndRemediate"),
                                     QStringLiteral("Alert"),
                                     QStringLiteral("AlertAndBlock")};
    const QStringList networkActions = {QStringLiteral("Allowed"), QStringLiteral("Audit"), QStringLiteral("Warn"),
                                        QStringLiteral("Block"), QStringLiteral("Alert")};
    const QStringList certificateActions = {QStringLiteral("Allowed"), QStringLiteral("BlockAndRemediate"),
                                            QStringLiteral("AlertAndBlock")};
    const TypeRow types[] = {
        {"FileSha1", kSha1, fileActions},   {"FileSha256", kSha256, fileActions},
        {"FileMd5", kMd5, fileActions},     {"CertificateThumbprint", kThumbprint, certificateActions},
        {"IpAddress", kIp, networkActions}, {"DomainName", kDomain, networkActions},
        {"Url", kUrl, networkActions},
    };
    const char *actions[] = {"Allowed", "Audit", "Warn", "Block", "BlockAndRemediate", "Alert", "AlertAndBlock"};
    for (const TypeRow &t : types) {
        for (const char *action : actions) {
            const QString a = QString::fromLatin1(action);
            const bool legacy = a == QLatin1String("Alert") || a == QLatin1String("AlertAndBlock");
            const bool allowed = t.allowed.contains(a);
            QStringList codes;
            if (legacy)
                codes << QStringLiteral("action.legacy");
            if (!allowed)
                codes << QStringLiteral("action.not-allowed");
            if (a == QLatin1String("Block")) // with an alert and validIndicator()'s severity High
                codes << QStringLiteral("severity.ignored-for-block");
            const QByteArray name = QByteArray(t.type) + " with " + action + " is "
                                    + (allowed ? "allowed" : "not allowed") + (legacy ? " (legacy name)" : "");
            c.push_back({name,
                         typed(QString::fromLatin1(t.type), t.value,
                               {{Field::Action, a}, {Field::GenerateAlert, QStringLiteral("true")}}),
                         codes.join(u',')});
        }
    }

    // GenerateAlert.
    const auto audit = [](const QString &alert) {
        return test::indicatorWith({{Field::Action, QStringLiteral("Audit")}, {Field::GenerateAlert, alert}});
    };
    const auto block = [](const QString &alert) { return test::indicatorWith({{Field::GenerateAlert, alert}}); };
    c.push_back({"Audit with GenerateAlert true has no issues", audit(QStringLiteral("true")), {}});
    c.push_back({"Audit with GenerateAlert TRUE has no issues", audit(QStringLiteral("TRUE")), {}});
    c.push_back({"Audit with GenerateAlert True has no issues", audit(QStringLiteral("True")), {}});
    c.push_back({"Audit with GenerateAlert False is alert.required-for-audit", audit(QStringLiteral("False")),
                 QStringLiteral("alert.required-for-audit")});
    c.push_back({"Audit without GenerateAlert is alert.required-for-audit", audit(QString()),
                 QStringLiteral("alert.required-for-audit")});
    c.push_back({"Audit with GenerateAlert yes is alert.invalid", audit(QStringLiteral("yes")),
                 QStringLiteral("alert.invalid")});
    c.push_back({"Block with GenerateAlert yes is alert.invalid", block(QStringLiteral("yes")),
                 QStringLiteral("alert.invalid")});
    c.push_back(
        {"Block with GenerateAlert 1 is alert.invalid", block(QStringLiteral("1")), QStringLiteral("alert.invalid")});
    c.push_back({"GenerateAlert with spaces around true is alert.invalid", block(QStringLiteral(" true ")),
                 QStringLiteral("alert.invalid")});
    c.push_back(
        {"GenerateAlert of spaces is alert.invalid", block(QStringLiteral(" ")), QStringLiteral("alert.invalid")});
    c.push_back({"Block with GenerateAlert False has no issues", block(QStringLiteral("False")), {}});
    c.push_back({"Block with GenerateAlert false has no issues", block(QStringLiteral("false")), {}});
    c.push_back({"Block with GenerateAlert true and severity High is severity.ignored-for-block",
                 block(QStringLiteral("true")), QStringLiteral("severity.ignored-for-block")});
    c.push_back({"Block with GenerateAlert true and severity Informational has no issues",
                 test::indicatorWith({{Field::GenerateAlert, QStringLiteral("true")},
                                      {Field::Severity, QStringLiteral("Informational")}}),
                 {}});
    c.push_back({"Block with GenerateAlert true and no severity has no issues",
                 test::indicatorWith({{Field::GenerateAlert, QStringLiteral("true")}, {Field::Severity, QString()}}),
                 {}});
    c.push_back({"Block without GenerateAlert has no issues", block(QString()), {}});
    c.push_back({"legacy Alert carries its own alert, so only action.legacy",
                 test::indicatorWith({{Field::Action, QStringLiteral("Alert")}}), QStringLiteral("action.legacy")});

    // Severity.
    for (const char *severity : {"Informational", "Low", "Medium", "High"}) {
        c.push_back({QByteArray("severity ") + severity + " is accepted",
                     test::indicatorWith({{Field::Severity, QString::fromLatin1(severity)}}),
                     {}});
    }
    c.push_back({"blank severity is accepted", test::indicatorWith({{Field::Severity, QString()}}), {}});
    c.push_back({"lower-case severity is severity.unknown",
                 test::indicatorWith({{Field::Severity, QStringLiteral("high")}}), QStringLiteral("severity.unknown")});
    c.push_back({"severity Critical is severity.unknown",
                 test::indicatorWith({{Field::Severity, QStringLiteral("Critical")}}),
                 QStringLiteral("severity.unknown")});
    c.push_back({"severity Info is severity.unknown", test::indicatorWith({{Field::Severity, QStringLiteral("Info")}}),
                 QStringLiteral("severity.unknown")});
    c.push_back({"severity with a leading space is severity.unknown",
                 test::indicatorWith({{Field::Severity, QStringLiteral(" High")}}),
                 QStringLiteral("severity.unknown")});
    c.push_back({"severity of spaces is severity.unknown",
                 test::indicatorWith({{Field::Severity, QStringLiteral(" ")}}), QStringLiteral("severity.unknown")});
}

void addTextCases(std::vector<Case> &c)
{
    const int title = limits::kMaxTitleLength;
    const int description = limits::kMaxDescriptionLength;
    const int recommended = limits::kMaxRecommendedActionsLength;
    const int application = limits::kMaxApplicationLength;
    const int externalId = limits::kMaxExternalIdLength;

    c.push_back({"blank title is title.missing", test::indicatorWith({{Field::Title, QString()}}),
                 QStringLiteral("title.missing")});
    c.push_back({"title of spaces is title.missing", test::indicatorWith({{Field::Title, QStringLiteral("   ")}}),
                 QStringLiteral("title.missing")});
    c.push_back({"title at the length limit is accepted", test::indicatorWith({{Field::Title, text(title)}}), {}});
    c.push_back({"title one over the length limit is title.too-long",
                 test::indicatorWith({{Field::Title, text(title + 1)}}), QStringLiteral("title.too-long")});
    c.push_back({"title of CJK characters at the limit is accepted",
                 test::indicatorWith({{Field::Title, text(title, u'\u52d2')}}),
                 {}});
    c.push_back({"title of CJK characters one over the limit is title.too-long",
                 test::indicatorWith({{Field::Title, text(title + 1, u'\u52d2')}}), QStringLiteral("title.too-long")});
    c.push_back({"title of emoji at the limit in UTF-16 units is accepted",
                 test::indicatorWith({{Field::Title, emoji(title / 2)}}),
                 {}});
    c.push_back({"title of emoji one unit over the limit is title.too-long",
                 test::indicatorWith({{Field::Title, emoji(title / 2) + QLatin1Char('a')}}),
                 QStringLiteral("title.too-long")});
    c.push_back({"title with a tab is title.control-chars",
                 test::indicatorWith({{Field::Title, QStringLiteral("Known\tloader")}}),
                 QStringLiteral("title.control-chars")});
    c.push_back({"title with a line break is title.control-chars",
                 test::indicatorWith({{Field::Title, QStringLiteral("Known\nloader")}}),
                 QStringLiteral("title.control-chars")});
    c.push_back({"title with a right-to-left override is title.control-chars",
                 test::indicatorWith({{Field::Title, s("Invoice \xe2\x80\xaetxt.exe")}}),
                 QStringLiteral("title.control-chars")});
    c.push_back({"title with a right-to-left isolate is title.control-chars",
                 test::indicatorWith({{Field::Title, s("Invoice \xe2\x81\xa7txt.exe\xe2\x81\xa9")}}),
                 QStringLiteral("title.control-chars")});
    c.push_back({"title with a C1 control is title.control-chars",
                 test::indicatorWith({{Field::Title, s("Known\xc2\x9b"
                                                       "loader")}}),
                 QStringLiteral("title.control-chars")});
    c.push_back({"title with DEL is title.control-chars",
                 test::indicatorWith({{Field::Title, QStringLiteral("Known\x7floader")}}),
                 QStringLiteral("title.control-chars")});
    c.push_back({"title with a no-break space is accepted",
                 test::indicatorWith({{Field::Title, s("Known\xc2\xa0loader")}}),
                 {}});
    c.push_back({"title in Chinese is accepted", test::indicatorWith({{Field::Title, s("勒索软件下载器")}}), {}});
    c.push_back({"title too long and with a control character has both codes",
                 test::indicatorWith({{Field::Title, text(title) + QStringLiteral("\x01")}}),
                 QStringLiteral("title.control-chars,title.too-long")});

    c.push_back({"title starting with = is title.formula",
                 test::indicatorWith({{Field::Title, QStringLiteral("=HYPERLINK(\"http://evil.example\")")}}),
                 QStringLiteral("title.formula")});
    c.push_back({"title starting with @ after spaces is title.formula",
                 test::indicatorWith({{Field::Title, QStringLiteral("  @SUM(A1)")}}), QStringLiteral("title.formula")});
    c.push_back({"title starting with a full-width plus is title.formula",
                 test::indicatorWith({{Field::Title, s("\xef\xbc\x8b"
                                                       "1 call now")}}),
                 QStringLiteral("title.formula")});
    c.push_back({"title with = after its first letter is accepted",
                 test::indicatorWith({{Field::Title, QStringLiteral("Loader a=1")}}),
                 {}});
    c.push_back({"title starting with an apostrophe and = is accepted",
                 test::indicatorWith({{Field::Title, QStringLiteral("'=1+1")}}),
                 {}});
    c.push_back({"description starting with - is description.formula",
                 test::indicatorWith({{Field::Description, QStringLiteral("-2+3")}}),
                 QStringLiteral("description.formula")});
    c.push_back({"description with = after a line break is description.formula",
                 test::indicatorWith({{Field::Description, QStringLiteral("\r\n=1")}}),
                 QStringLiteral("description.formula")});
    c.push_back({"description starting with a tab, then text, is accepted",
                 test::indicatorWith({{Field::Description, QStringLiteral("\tSeen in campaign")}}),
                 {}});
    c.push_back({"recommended actions starting with + are recommended-actions.formula",
                 test::indicatorWith({{Field::RecommendedActions, QStringLiteral("+cmd|' /C calc'!A0")}}),
                 QStringLiteral("recommended-actions.formula")});

    c.push_back({"blank description is description.missing", test::indicatorWith({{Field::Description, QString()}}),
                 QStringLiteral("description.missing")});
    c.push_back({"description of line breaks is description.missing",
                 test::indicatorWith({{Field::Description, QStringLiteral("\r\n\n")}}),
                 QStringLiteral("description.missing")});
    c.push_back({"description at the length limit is accepted",
                 test::indicatorWith({{Field::Description, text(description)}}),
                 {}});
    c.push_back({"description one over the length limit is description.too-long",
                 test::indicatorWith({{Field::Description, text(description + 1)}}),
                 QStringLiteral("description.too-long")});
    c.push_back({"description with line breaks and tabs is accepted",
                 test::indicatorWith({{Field::Description, QStringLiteral("Line one\r\n\tLine two\nLine three")}}),
                 {}});
    c.push_back({"description with a NUL is description.control-chars",
                 test::indicatorWith({{Field::Description, QStringLiteral("a") + QChar(0) + QStringLiteral("b")}}),
                 QStringLiteral("description.control-chars")});
    c.push_back({"description with a right-to-left override is description.control-chars",
                 test::indicatorWith({{Field::Description, s("see \xe2\x80\xae"
                                                             "exe.fdp")}}),
                 QStringLiteral("description.control-chars")});

    c.push_back({"recommended actions at the length limit are accepted",
                 test::indicatorWith({{Field::RecommendedActions, text(recommended)}}),
                 {}});
    c.push_back({"recommended actions one over the limit are recommended-actions.too-long",
                 test::indicatorWith({{Field::RecommendedActions, text(recommended + 1)}}),
                 QStringLiteral("recommended-actions.too-long")});
    c.push_back({"recommended actions with line breaks are accepted",
                 test::indicatorWith({{Field::RecommendedActions, QStringLiteral("1. Isolate\n2. Scan")}}),
                 {}});
    c.push_back({"recommended actions with an escape are recommended-actions.control-chars",
                 test::indicatorWith({{Field::RecommendedActions, QStringLiteral("Isolate\x1b[1m now")}}),
                 QStringLiteral("recommended-actions.control-chars")});

    c.push_back({"application at the length limit is accepted",
                 test::indicatorWith({{Field::Application, text(application)}}),
                 {}});
    c.push_back({"application one over the limit is application.too-long",
                 test::indicatorWith({{Field::Application, text(application + 1)}}),
                 QStringLiteral("application.too-long")});
    c.push_back({"application with a line break is application.control-chars",
                 test::indicatorWith({{Field::Application, QStringLiteral("Contoso\nUpdater")}}),
                 QStringLiteral("application.control-chars")});
    c.push_back({"application with a left-to-right embedding is application.control-chars",
                 test::indicatorWith({{Field::Application, s("Contoso\xe2\x80\xaaUpdater")}}),
                 QStringLiteral("application.control-chars")});

    c.push_back({"external id at the length limit is accepted",
                 test::indicatorWith({{Field::ExternalId, text(externalId)}}),
                 {}});
    c.push_back({"external id one over the limit is external-id.too-long",
                 test::indicatorWith({{Field::ExternalId, text(externalId + 1)}}),
                 QStringLiteral("external-id.too-long")});
    c.push_back({"external id of CJK characters at the limit is accepted",
                 test::indicatorWith({{Field::ExternalId, text(externalId, u'\u4e2d')}}),
                 {}});
}

void addOptionalFieldCases(std::vector<Case> &c)
{
    const auto expiring = [](const char *when) {
        return test::indicatorWith({{Field::ExpirationTime, QString::fromLatin1(when)}});
    };
    c.push_back({"expiration in 2027 is accepted", expiring("2027-01-31T00:00:00Z"), {}});
    c.push_back({"expiration with seven fraction digits is accepted", expiring("2027-01-31T10:20:30.1234567Z"), {}});
    c.push_back({"expiration with an offset is accepted", expiring("2027-01-31T10:00:00+02:00"), {}});
    c.push_back(
        {"expiration in 2025 is expiration.past", expiring("2025-12-31T23:59:59Z"), QStringLiteral("expiration.past")});
    c.push_back({"the template's 2018 expiration is expiration.past", expiring("2018-09-16T12:11:06.2446367Z"),
                 QStringLiteral("expiration.past")});
    c.push_back({"expiration exactly now is expiration.past", expiring("2026-06-01T00:00:00Z"),
                 QStringLiteral("expiration.past")});
    c.push_back({"expiration one millisecond after now is accepted", expiring("2026-06-01T00:00:00.001Z"), {}});
    c.push_back({"expiration now in another zone is expiration.past", expiring("2026-06-01T02:00:00+02:00"),
                 QStringLiteral("expiration.past")});
    c.push_back({"expiration without a time is expiration.invalid", expiring("2027-01-31"),
                 QStringLiteral("expiration.invalid")});
    c.push_back({"expiration on February 30 is expiration.invalid", expiring("2027-02-30T00:00:00Z"),
                 QStringLiteral("expiration.invalid")});
    c.push_back({"expiration on February 29 of a leap year is accepted", expiring("2028-02-29T00:00:00Z"), {}});
    c.push_back({"expiration with a lower-case z is expiration.invalid", expiring("2027-01-31T00:00:00z"),
                 QStringLiteral("expiration.invalid")});
    c.push_back({"expiration with eight fraction digits is expiration.invalid",
                 expiring("2027-01-31T00:00:00.12345678Z"), QStringLiteral("expiration.invalid")});
    c.push_back({"expiration without a zone is expiration.invalid", expiring("2027-01-31T00:00:00"),
                 QStringLiteral("expiration.invalid")});
    c.push_back({"expiration of a space is expiration.invalid", expiring(" "), QStringLiteral("expiration.invalid")});
    c.push_back({"expiration never (blank) is accepted", expiring(""), {}});

    const auto groups = [](const char *names) {
        return test::indicatorWith({{Field::RbacGroupNames, QString::fromUtf8(names)}});
    };
    c.push_back({"one device group is accepted", groups("GroupName1"), {}});
    c.push_back({"the template's three device groups are accepted", groups("GroupName1,GroupName2,GroupName3"), {}});
    c.push_back({"device groups with spaces after commas are accepted", groups("Servers, Finance Laptops"), {}});
    c.push_back({"device group with a Chinese name is accepted", groups("财务部"), {}});
    c.push_back({"two commas in a row are rbac.empty-name", groups("A,,B"), QStringLiteral("rbac.empty-name")});
    c.push_back({"a trailing comma is rbac.empty-name", groups("A,B,"), QStringLiteral("rbac.empty-name")});
    c.push_back({"a leading comma is rbac.empty-name", groups(",A"), QStringLiteral("rbac.empty-name")});
    c.push_back({"a name of spaces is rbac.empty-name", groups("A,  ,B"), QStringLiteral("rbac.empty-name")});
    c.push_back({"a lone comma is rbac.empty-name", groups(","), QStringLiteral("rbac.empty-name")});

    const auto category = [](const char *name) {
        return test::indicatorWith({{Field::Category, QString::fromLatin1(name)}});
    };
    c.push_back({"category SuspiciousActivity is accepted", category("SuspiciousActivity"), {}});
    c.push_back({"category None is accepted", category("None"), {}});
    c.push_back({"category Malware is accepted", category("Malware"), {}});
    c.push_back({"category Suspicious Activity is category.unknown", category("Suspicious Activity"),
                 QStringLiteral("category.unknown")});
    c.push_back({"lower-case category is category.unknown", category("malware"), QStringLiteral("category.unknown")});
    c.push_back({"category Phishing is category.unknown", category("Phishing"), QStringLiteral("category.unknown")});
    c.push_back({"numeric category is category.unknown", category("1"), QStringLiteral("category.unknown")});

    const auto mitre = [](const char *techniques, const char *cat) {
        return test::indicatorWith(
            {{Field::MitreTechniques, QString::fromLatin1(techniques)}, {Field::Category, QString::fromLatin1(cat)}});
    };
    c.push_back({"a technique with a category is accepted", mitre("T1566", "InitialAccess"), {}});
    c.push_back({"a sub-technique with a category is accepted", mitre("T1566.001", "InitialAccess"), {}});
    c.push_back({"techniques with spaces after commas are accepted", mitre("T1566, T1059.001", "Execution"), {}});
    c.push_back({"the template's techniques are accepted", mitre("T0000,T0001,T0002", "SuspiciousActivity"), {}});
    c.push_back({"lower-case technique is mitre.invalid", mitre("t1566", "Malware"), QStringLiteral("mitre.invalid")});
    c.push_back({"tactic id is mitre.invalid", mitre("TA0001", "Malware"), QStringLiteral("mitre.invalid")});
    c.push_back({"technique list with a trailing comma is mitre.invalid", mitre("T1566,", "Malware"),
                 QStringLiteral("mitre.invalid")});
    c.push_back({"technique names are mitre.invalid", mitre("Phishing", "Malware"), QStringLiteral("mitre.invalid")});
    c.push_back({"techniques without a category are mitre.without-category", mitre("T1566", ""),
                 QStringLiteral("mitre.without-category")});
    c.push_back({"techniques with category None are mitre.without-category", mitre("T1566", "None"),
                 QStringLiteral("mitre.without-category")});
    c.push_back({"invalid techniques without a category have both codes", mitre("x", ""),
                 QStringLiteral("mitre.invalid,mitre.without-category")});
    c.push_back({"a category without techniques is accepted", mitre("", "Discovery"), {}});

    const auto educate = [](const char *type, const QString &value, const char *action, const char *link) {
        return typed(QString::fromLatin1(type), value,
                     {{Field::Action, QString::fromLatin1(action)},
                      {Field::GenerateAlert, QStringLiteral("true")},
                      {Field::Severity, QStringLiteral("Informational")},
                      {Field::EducateUrl, QString::fromLatin1(link)}});
    };
    const char *help = "https://help.example.com/blocked";
    c.push_back({"educate URL on a Url with Block is accepted", educate("Url", kUrl, "Block", help), {}});
    c.push_back({"educate URL on a Url with Warn is accepted", educate("Url", kUrl, "Warn", help), {}});
    c.push_back({"http educate URL with a query is accepted",
                 educate("Url", kUrl, "Block", "http://help.example.com/?ticket=1"),
                 {}});
    c.push_back({"educate URL on a Url with Allowed is educate-url.ignored", educate("Url", kUrl, "Allowed", help),
                 QStringLiteral("educate-url.ignored")});
    c.push_back({"educate URL on a Url with Audit is educate-url.ignored", educate("Url", kUrl, "Audit", help),
                 QStringLiteral("educate-url.ignored")});
    c.push_back({"educate URL on a DomainName with Block is educate-url.ignored",
                 educate("DomainName", kDomain, "Block", help), QStringLiteral("educate-url.ignored")});
    c.push_back({"educate URL on an IpAddress with Warn is educate-url.ignored",
                 educate("IpAddress", kIp, "Warn", help), QStringLiteral("educate-url.ignored")});
    c.push_back({"educate URL on a file hash with Block is educate-url.ignored",
                 educate("FileSha256", kSha256, "Block", help), QStringLiteral("educate-url.ignored")});
    c.push_back({"ftp educate URL is educate-url.invalid", educate("Url", kUrl, "Block", "ftp://help.example.com/"),
                 QStringLiteral("educate-url.invalid")});
    c.push_back({"educate URL without a scheme is educate-url.invalid",
                 educate("Url", kUrl, "Block", "help.example.com"), QStringLiteral("educate-url.invalid")});
    c.push_back({"educate URL with a space is educate-url.invalid",
                 educate("Url", kUrl, "Block", "https://help.example.com/a b"), QStringLiteral("educate-url.invalid")});
    c.push_back({"educate URL with a single-label host is educate-url.invalid",
                 educate("Url", kUrl, "Warn", "https://intranet/help"), QStringLiteral("educate-url.invalid")});
    c.push_back({"invalid educate URL on a domain has both codes", educate("DomainName", kDomain, "Block", "not a url"),
                 QStringLiteral("educate-url.ignored,educate-url.invalid")});
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = [] {
        std::vector<Case> c;
        addValueCases(c);
        addTypeAndActionCases(c);
        addTextCases(c);
        addOptionalFieldCases(c);
        return c;
    }();
    return all;
}

} // namespace

class TestRowValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsExactlyTheExpectedIssues_data();
    void findsExactlyTheExpectedIssues();
    void coversEveryCodeTheValidatorCanProduce();
    void neverReportsTableOrReaderIssues();
    void comparesExpirationWithItsOwnClock();
    void benignListTakesTheUsersLines();
    void usersBenignFileIsRead();

private:
    QTemporaryDir m_config;
};

void TestRowValidator::initTestCase()
{
    // The user's own list, in a configuration folder of the test's own, before the list is first read.
    QVERIFY(m_config.isValid());
    // The rule cases below use Google's resolvers and example.com/.org as plain public values; this list
    // takes them off, so each case shows its own rule. The benign cases use other listed values.
    QVERIFY(test::useBenignValuesFile(m_config.path(),
                                      "# our own update service\nupdates.corp-vendor.com\n!1.0.0.1\n"
                                      "172.105.0.0/16 # a partner's range\n"
                                      "!8.8.8.8\n!8.8.4.4\n!2001:4860:4860::8888\n!example.com\n!example.org\n"));
}

void TestRowValidator::findsExactlyTheExpectedIssues_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<QString>("codes");
    for (const Case &c : cases())
        QTest::newRow(c.name.constData()) << c.indicator << c.codes;
}

void TestRowValidator::findsExactlyTheExpectedIssues()
{
    QFETCH(Indicator, indicator);
    QFETCH(QString, codes);
    QCOMPARE(codesFor(indicator), codes);
}

void TestRowValidator::coversEveryCodeTheValidatorCanProduce()
{
    std::set<QString> expected;
    for (const Case &c : cases()) {
        for (const QString &code : c.codes.split(u',', Qt::SkipEmptyParts))
            expected.insert(code);
    }
    for (int i = 0; i < IssueCodeCount; ++i) {
        const auto code = static_cast<IssueCode>(i);
        // Found across rows by DuplicateIndex (tst_duplicates, tst_conflictrules), never by one row alone.
        if (code == IssueCode::RowDuplicate || code == IssueCode::RowConflict || code == IssueCode::RowAllowAndBlock
            || code == IssueCode::RowAllowUnderCertificateBlock)
            continue;
        const QString name = QString::fromLatin1(issueInfo(code).code);
        if (name.startsWith(QLatin1String("read.")))
            continue;
        QVERIFY2(expected.count(name) == 1, qPrintable(QStringLiteral("no row expects ") + name));
    }
    // Every expected code is a real one.
    for (const QString &name : expected) {
        IssueCode code;
        QVERIFY2(issueCodeFromString(name.toLatin1().constData(), &code), qPrintable(name));
    }
}

void TestRowValidator::neverReportsTableOrReaderIssues()
{
    // Even a row with every cell broken gets no duplicate, conflict or reader issue from the row rules.
    Indicator broken;
    for (Field f : allFields())
        broken[f] = s("\x01\xe2\x80\xae,,");
    IndicatorTable table = test::tableOf({broken});
    const IssueSet issues = RowValidator(test::kTestNow).validate(table.cells(0));
    QVERIFY(!issues.isEmpty());
    QVERIFY(!issues.contains(IssueCode::RowDuplicate));
    QVERIFY(!issues.contains(IssueCode::RowConflict));
    for (int i = 0; i < IssueCodeCount; ++i) {
        if (QByteArrayView(issueInfo(static_cast<IssueCode>(i)).code).startsWith("read."))
            QVERIFY(!issues.contains(static_cast<IssueCode>(i)));
    }
}

void TestRowValidator::comparesExpirationWithItsOwnClock()
{
    IndicatorTable table =
        test::tableOf({test::indicatorWith({{Field::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z")}})});
    const qint64 expiry = QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(RowValidator(expiry - 1).now(), expiry - 1);
    QVERIFY(RowValidator(expiry - 1).validate(table.cells(0)).isEmpty());
    QCOMPARE(test::codesOf(RowValidator(expiry).validate(table.cells(0))), QStringLiteral("expiration.past"));
    QCOMPARE(test::codesOf(RowValidator(expiry + 1).validate(table.cells(0))), QStringLiteral("expiration.past"));
}

void TestRowValidator::benignListTakesTheUsersLines()
{
    using rules::BenignValues;
    const BenignValues list = BenignValues::fromText("# built in\nexample.com\n*.vendor.com\n10.0.0.0/8 # range\n"
                                                     "2001:db8::/32\nD41D8CD98F00B204E9800998ECF8427E\n8.8.8.8\n",
                                                     "!example.com\n!10.0.0.0/8\ncorp.example\n2001:4860:4860::8888\n");
    QVERIFY(!list.contains(IndicatorType::DomainName, "example.com"));
    QVERIFY(list.contains(IndicatorType::DomainName, "CORP.example"));
    QVERIFY(list.contains(IndicatorType::DomainName, "vendor.com"));
    QVERIFY(list.contains(IndicatorType::DomainName, "a.b.vendor.com."));
    QVERIFY(!list.contains(IndicatorType::DomainName, "notvendor.com"));
    QVERIFY(!list.contains(IndicatorType::IpAddress, "10.1.2.3"));
    QVERIFY(list.contains(IndicatorType::IpAddress, "2001:db8:0:0:0:0:0:1"));
    QVERIFY(list.contains(IndicatorType::IpAddress, "2001:4860:4860:0:0:0:0:8888"));
    QVERIFY(list.contains(IndicatorType::IpAddress, "8.8.8.8"));
    QVERIFY(!list.contains(IndicatorType::IpAddress, "8.8.8.9"));
    QVERIFY(list.contains(IndicatorType::FileMd5, "d41d8cd98f00b204e9800998ecf8427e"));
    QVERIFY(list.contains(IndicatorType::Url, "http://x.vendor.com:8080/"));
    QVERIFY(list.contains(IndicatorType::Url, "http://[2001:db8::5]"));
    QVERIFY(!list.contains(IndicatorType::Url, "http://x.vendor.com/payload.bin"));
    // An empty list holds nothing; malformed lines are skipped.
    QVERIFY(BenignValues::fromText({}).isEmpty());
    QVERIFY(BenignValues::fromText("10.0.0.0/99\n/\n!\n").isEmpty());
}

void TestRowValidator::usersBenignFileIsRead()
{
    // The built-in list with the lines of the user's file (initTestCase) on top.
    QCOMPARE(codesFor(withValue(QStringLiteral("DomainName"), QStringLiteral("updates.corp-vendor.com"))),
             QStringLiteral("value.well-known-benign"));
    QCOMPARE(codesFor(withValue(QStringLiteral("IpAddress"), QStringLiteral("172.105.3.4"))),
             QStringLiteral("value.well-known-benign"));
    QCOMPARE(codesFor(withValue(QStringLiteral("IpAddress"), QStringLiteral("1.0.0.1"))), QString());
    QCOMPARE(codesFor(withValue(QStringLiteral("IpAddress"), QStringLiteral("1.1.1.1"))),
             QStringLiteral("value.well-known-benign"));
}

QTEST_GUILESS_MAIN(TestRowValidator)
#include "TestRowValidator.moc"
