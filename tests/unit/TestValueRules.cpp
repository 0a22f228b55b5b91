// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorEnums.h"
#include "core/validation/TopLevelDomains.h"
#include "core/validation/ValueRules.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace im;

Q_DECLARE_METATYPE(im::IndicatorType)

namespace {

QByteArray repeated(char c, int count)
{
    return QByteArray(count, c);
}

QByteArray repeated(const QByteArray &text, int count)
{
    return text.repeated(count);
}

// The reference for parseExpirationTime(), computed by Qt rather than by the code under test.
qint64 utcMsecs(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC).toMSecsSinceEpoch();
}

QByteArray nameOf(const char *range)
{
    return range ? QByteArray(range) : QByteArray();
}

} // namespace

class TestValueRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesHexAndHashLengths_data();
    void recognisesHexAndHashLengths();
    void parsesStrictDottedQuadIpv4_data();
    void parsesStrictDottedQuadIpv4();
    void parsesIpv6AndWritesItsFullForm_data();
    void parsesIpv6AndWritesItsFullForm();
    void namesEveryNonPublicIpv4RangeAtItsEdges_data();
    void namesEveryNonPublicIpv4RangeAtItsEdges();
    void namesEveryNonPublicIpv6RangeAtItsEdges_data();
    void namesEveryNonPublicIpv6RangeAtItsEdges();
    void recognisesCidrBlocksAndRanges_data();
    void recognisesCidrBlocksAndRanges();
    void checksHostNames_data();
    void checksHostNames();
    void splitsUrlsIntoParts_data();
    void splitsUrlsIntoParts();
    void recognisesAndRestoresDefangedValues_data();
    void recognisesAndRestoresDefangedValues();
    void infersTheMostLikelyType_data();
    void infersTheMostLikelyType();
    void findsSurroundingWhitespace_data();
    void findsSurroundingWhitespace();
    void findsAndStripsControlCharacters_data();
    void findsAndStripsControlCharacters();
    void countsUtf16Units_data();
    void countsUtf16Units();
    void parsesStrictExpirationTimes_data();
    void parsesStrictExpirationTimes();
    void normalisesNearMissExpirationTimes_data();
    void normalisesNearMissExpirationTimes();
    void knowsThePortalCategories_data();
    void knowsThePortalCategories();
    void listsEveryCategoryOnce();
    void recognisesMitreTechniqueIds_data();
    void recognisesMitreTechniqueIds();
    void readsTopLevelLabelsFromTheSuffixList();
    void usesTheInstalledSuffixList();
};

void TestValueRules::recognisesHexAndHashLengths_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<bool>("uppercase");

    QTest::newRow("lower-case hex digits") << QByteArray("0123456789abcdef") << true << false;
    QTest::newRow("upper-case hex digits") << QByteArray("0123456789ABCDEF") << true << true;
    QTest::newRow("one upper-case letter among digits") << QByteArray("00000000F") << true << true;
    QTest::newRow("empty text is not hex") << QByteArray() << false << false;
    QTest::newRow("g is not a hex digit") << QByteArray("abcdefg") << false << false;
    QTest::newRow("upper-case G is not hex and not upper-case hex") << QByteArray("G") << false << false;
    QTest::newRow("0x prefix is not hex") << QByteArray("0xff") << false << false;
    QTest::newRow("space inside is not hex") << QByteArray("ab cd") << false << false;
}

void TestValueRules::recognisesHexAndHashLengths()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, hex);
    QFETCH(bool, uppercase);
    QCOMPARE(rules::isHex(text), hex);
    QCOMPARE(rules::hasUppercaseHex(text), uppercase);

    QCOMPARE(rules::hashLength(IndicatorType::FileMd5), 32);
    QCOMPARE(rules::hashLength(IndicatorType::FileSha1), 40);
    QCOMPARE(rules::hashLength(IndicatorType::CertificateThumbprint), 40);
    QCOMPARE(rules::hashLength(IndicatorType::FileSha256), 64);
    QCOMPARE(rules::hashLength(IndicatorType::IpAddress), 0);
    QCOMPARE(rules::hashLength(IndicatorType::Unknown), 0);
}

void TestValueRules::parsesStrictDottedQuadIpv4_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("address");
    QTest::addColumn<bool>("leadingZero");

    QTest::newRow("public address") << QByteArray("8.8.8.8") << true << 0x08080808u << false;
    QTest::newRow("all zeros") << QByteArray("0.0.0.0") << true << 0u << false;
    QTest::newRow("all 255") << QByteArray("255.255.255.255") << true << 0xffffffffu << false;
    QTest::newRow("three-digit parts") << QByteArray("192.168.100.200") << true << 0xc0a864c8u << false;
    QTest::newRow("byte order is network order") << QByteArray("1.2.3.4") << true << 0x01020304u << false;
    QTest::newRow("leading zero in the first part") << QByteArray("010.0.0.1") << true << 0x0a000001u << true;
    QTest::newRow("leading zero in the second part") << QByteArray("1.02.3.4") << true << 0x01020304u << true;
    QTest::newRow("double zero in the last part") << QByteArray("1.2.3.00") << true << 0x01020300u << true;
    QTest::newRow("leading zeros everywhere") << QByteArray("008.008.008.008") << true << 0x08080808u << true;
    QTest::newRow("a single zero is not a leading zero") << QByteArray("10.0.0.0") << true << 0x0a000000u << false;
    QTest::newRow("256 in the first part") << QByteArray("256.1.1.1") << false << 0u << false;
    QTest::newRow("256 in the last part") << QByteArray("1.1.1.256") << false << 0u << false;
    QTest::newRow("999 is out of range") << QByteArray("1.1.999.1") << false << 0u << false;
    QTest::newRow("four digits in a part") << QByteArray("1234.1.1.1") << false << 0u << false;
    QTest::newRow("four digits with leading zero") << QByteArray("0001.1.1.1") << false << 0u << false;
    QTest::newRow("three parts") << QByteArray("1.2.3") << false << 0u << false;
    QTest::newRow("two parts") << QByteArray("1.2") << false << 0u << false;
    QTest::newRow("one number") << QByteArray("16843009") << false << 0u << false;
    QTest::newRow("five parts") << QByteArray("1.2.3.4.5") << false << 0u << false;
    QTest::newRow("trailing dot") << QByteArray("1.2.3.4.") << false << 0u << false;
    QTest::newRow("leading dot") << QByteArray(".1.2.3.4") << false << 0u << false;
    QTest::newRow("empty part") << QByteArray("1..2.3") << false << 0u << false;
    QTest::newRow("empty text") << QByteArray() << false << 0u << false;
    QTest::newRow("letter in a part") << QByteArray("1.2.3.a") << false << 0u << false;
    QTest::newRow("hex part") << QByteArray("0x7f.0.0.1") << false << 0u << false;
    QTest::newRow("plus sign") << QByteArray("+1.2.3.4") << false << 0u << false;
    QTest::newRow("minus sign") << QByteArray("1.2.3.-4") << false << 0u << false;
    QTest::newRow("leading space") << QByteArray(" 1.2.3.4") << false << 0u << false;
    QTest::newRow("trailing space") << QByteArray("1.2.3.4 ") << false << 0u << false;
    QTest::newRow("with a port") << QByteArray("1.2.3.4:80") << false << 0u << false;
    QTest::newRow("with a prefix length") << QByteArray("1.2.3.0/24") << false << 0u << false;
}

void TestValueRules::parsesStrictDottedQuadIpv4()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(quint32, address);
    QFETCH(bool, leadingZero);

    bool zero = !leadingZero; // must be overwritten
    const auto parsed = rules::parseIpv4(text, &zero);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(rules::parseIpv4(text).has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, address);
        QCOMPARE(zero, leadingZero);
    }
}

void TestValueRules::parsesIpv6AndWritesItsFullForm_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<QByteArray>("fullForm");

    QTest::newRow("full form from the Defender docs")
        << QByteArray("2001:4860:4860:0:0:0:0:8888") << true << false << QByteArray("2001:4860:4860:0:0:0:0:8888");
    QTest::newRow("full form with leading zeros") << QByteArray("2001:4860:4860:0000:0000:0000:0000:8888") << true
                                                  << false << QByteArray("2001:4860:4860:0:0:0:0:8888");
    QTest::newRow("upper-case hex is written in lower case")
        << QByteArray("2001:0DB8:0:0:0:0:0:ABCD") << true << false << QByteArray("2001:db8:0:0:0:0:0:abcd");
    QTest::newRow("all groups ffff") << QByteArray("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << true << false
                                     << QByteArray("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    QTest::newRow(":: in the middle") << QByteArray("2001:4860:4860::8888") << true << true
                                      << QByteArray("2001:4860:4860:0:0:0:0:8888");
    QTest::newRow("loopback ::1") << QByteArray("::1") << true << true << QByteArray("0:0:0:0:0:0:0:1");
    QTest::newRow("unspecified ::") << QByteArray("::") << true << true << QByteArray("0:0:0:0:0:0:0:0");
    QTest::newRow(":: at the end") << QByteArray("2001:db8::") << true << true << QByteArray("2001:db8:0:0:0:0:0:0");
    QTest::newRow(":: standing for one group at the end")
        << QByteArray("1:2:3:4:5:6:7::") << true << true << QByteArray("1:2:3:4:5:6:7:0");
    QTest::newRow(":: standing for one group at the start")
        << QByteArray("::2:3:4:5:6:7:8") << true << true << QByteArray("0:2:3:4:5:6:7:8");
    QTest::newRow("link-local with ::") << QByteArray("fe80::1:2") << true << true << QByteArray("fe80:0:0:0:0:0:1:2");
    QTest::newRow("embedded IPv4 after six groups")
        << QByteArray("1:2:3:4:5:6:1.2.3.4") << true << true << QByteArray("1:2:3:4:5:6:102:304");
    QTest::newRow("IPv4-mapped address") << QByteArray("::ffff:8.8.8.8") << true << true
                                         << QByteArray("0:0:0:0:0:ffff:808:808");
    QTest::newRow("embedded IPv4 at the maximum text length")
        << QByteArray("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255") << true << true
        << QByteArray("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    QTest::newRow("embedded IPv4 out of range") << QByteArray("::ffff:256.1.1.1") << false << false << QByteArray();
    QTest::newRow("embedded IPv4 not at the end") << QByteArray("::1.2.3.4:5") << false << false << QByteArray();
    QTest::newRow("embedded IPv4 making nine groups")
        << QByteArray("1:2:3:4:5:6:7:1.2.3.4") << false << false << QByteArray();
    QTest::newRow("embedded IPv4 leaving no group for ::")
        << QByteArray("1:2:3:4:5:6::1.2.3.4") << false << false << QByteArray();
    QTest::newRow("zone id with interface name") << QByteArray("fe80::1%eth0") << false << false << QByteArray();
    QTest::newRow("zone id with interface number") << QByteArray("fe80::1%1") << false << false << QByteArray();
    QTest::newRow("nine groups") << QByteArray("1:2:3:4:5:6:7:8:9") << false << false << QByteArray();
    QTest::newRow("seven groups without ::") << QByteArray("1:2:3:4:5:6:7") << false << false << QByteArray();
    QTest::newRow("eight groups and ::") << QByteArray("1:2:3:4:5:6:7:8::") << false << false << QByteArray();
    QTest::newRow(":: inside eight groups") << QByteArray("1:2:3:4::5:6:7:8") << false << false << QByteArray();
    QTest::newRow("two ::") << QByteArray("1::2::3") << false << false << QByteArray();
    QTest::newRow("three colons") << QByteArray("2001:db8:::1") << false << false << QByteArray();
    QTest::newRow("five hex digits in a group") << QByteArray("12345::1") << false << false << QByteArray();
    QTest::newRow("bad hex digit") << QByteArray("2001:db8::g") << false << false << QByteArray();
    QTest::newRow("leading single colon") << QByteArray(":1:2:3:4:5:6:7") << false << false << QByteArray();
    QTest::newRow("trailing single colon") << QByteArray("1:2:3:4:5:6:7:8:") << false << false << QByteArray();
    QTest::newRow("a lone colon") << QByteArray(":") << false << false << QByteArray();
    QTest::newRow("three colons alone") << QByteArray(":::") << false << false << QByteArray();
    QTest::newRow("IPv4 alone is not IPv6") << QByteArray("1.2.3.4") << false << false << QByteArray();
    QTest::newRow("brackets are not part of an address")
        << QByteArray("[2001:db8::1]") << false << false << QByteArray();
    QTest::newRow("trailing space") << QByteArray("2001:db8::1 ") << false << false << QByteArray();
    QTest::newRow("with a prefix length") << QByteArray("2001:db8::/32") << false << false << QByteArray();
    QTest::newRow("empty text") << QByteArray() << false << false << QByteArray();
}

void TestValueRules::parsesIpv6AndWritesItsFullForm()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(bool, compressed);
    QFETCH(QByteArray, fullForm);

    const auto parsed = rules::parseIpv6(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->compressed, compressed);
    const QByteArray full = rules::fullFormIpv6(*parsed);
    QCOMPARE(full, fullForm);
    // The full form reads back as the same address and is no longer compressed.
    const auto again = rules::parseIpv6(full);
    QVERIFY(again.has_value());
    QVERIFY(!again->compressed);
    QVERIFY(again->bytes == parsed->bytes);
}

void TestValueRules::namesEveryNonPublicIpv4RangeAtItsEdges_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QByteArray>("range"); // empty: public

    struct Range
    {
        const char *first;
        const char *last;
        const char *name;
    };
    const Range ranges[] = {
        {"0.0.0.0", "0.255.255.255", "\"this network\" (0.0.0.0/8)"},
        {"10.0.0.0", "10.255.255.255", "private (10.0.0.0/8)"},
        {"100.64.0.0", "100.127.255.255", "shared address space (100.64.0.0/10)"},
        {"127.0.0.0", "127.255.255.255", "loopback (127.0.0.0/8)"},
        {"169.254.0.0", "169.254.255.255", "link-local (169.254.0.0/16)"},
        {"172.16.0.0", "172.31.255.255", "private (172.16.0.0/12)"},
        {"192.0.0.0", "192.0.0.255", "IETF protocol assignments (192.0.0.0/24)"},
        {"192.0.2.0", "192.0.2.255", "documentation (192.0.2.0/24)"},
        {"192.168.0.0", "192.168.255.255", "private (192.168.0.0/16)"},
        {"198.18.0.0", "198.19.255.255", "benchmarking (198.18.0.0/15)"},
        {"198.51.100.0", "198.51.100.255", "documentation (198.51.100.0/24)"},
        {"203.0.113.0", "203.0.113.255", "documentation (203.0.113.0/24)"},
        {"224.0.0.0", "239.255.255.255", "multicast (224.0.0.0/4)"},
        {"240.0.0.0", "255.255.255.255", "reserved (240.0.0.0/4)"},
    };
    for (const Range &r : ranges) {
        QTest::addRow("%s is the first address of %s", r.first, r.name) << QByteArray(r.first) << QByteArray(r.name);
        QTest::addRow("%s is the last address of %s", r.last, r.name) << QByteArray(r.last) << QByteArray(r.name);
    }
    // The public neighbours just outside each range.
    const char *publicNeighbours[] = {
        "1.0.0.0",    "9.255.255.255",   "11.0.0.0",     "100.63.255.255",  "100.128.0.0", "126.255.255.255",
        "128.0.0.0",  "169.253.255.255", "169.255.0.0",  "172.15.255.255",  "172.32.0.0",  "191.255.255.255",
        "192.0.1.0",  "192.0.1.255",     "192.0.3.0",    "192.167.255.255", "192.169.0.0", "198.17.255.255",
        "198.20.0.0", "198.51.99.255",   "198.51.101.0", "203.0.112.255",   "203.0.114.0", "223.255.255.255",
        "8.8.8.8",    "1.1.1.1",         "20.112.52.29",
    };
    for (const char *address : publicNeighbours)
        QTest::addRow("%s is public", address) << QByteArray(address) << QByteArray();
}

void TestValueRules::namesEveryNonPublicIpv4RangeAtItsEdges()
{
    QFETCH(QByteArray, address);
    QFETCH(QByteArray, range);
    const auto parsed = rules::parseIpv4(address);
    QVERIFY(parsed.has_value());
    QCOMPARE(nameOf(rules::nonPublicRangeIpv4(*parsed)), range);
}

void TestValueRules::namesEveryNonPublicIpv6RangeAtItsEdges_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QByteArray>("range"); // empty: public

    const QByteArray outside("not global unicast (outside 2000::/3)");
    const QByteArray ula("unique local (fc00::/7)");
    const QByteArray linkLocal("link-local (fe80::/10)");
    const QByteArray siteLocal("site-local (fec0::/10)");
    const QByteArray multicast("multicast (ff00::/8)");
    const QByteArray doc32("documentation (2001:db8::/32)");
    const QByteArray doc20("documentation (3fff::/20)");
    const QByteArray bench("benchmarking (2001:2::/48)");

    QTest::newRow(":: is unspecified") << QByteArray("::") << QByteArray("unspecified (::)");
    QTest::newRow("::1 is loopback") << QByteArray("::1") << QByteArray("loopback (::1)");
    QTest::newRow("::2 is outside 2000::/3") << QByteArray("::2") << outside;
    QTest::newRow("fc00:: is the first unique local") << QByteArray("fc00::") << ula;
    QTest::newRow("fdff:...:ffff is the last unique local")
        << QByteArray("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << ula;
    QTest::newRow("fbff:...:ffff below unique local is outside 2000::/3")
        << QByteArray("fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << outside;
    QTest::newRow("fe00:: between unique local and link-local is outside 2000::/3") << QByteArray("fe00::") << outside;
    QTest::newRow("fe80:: is the first link-local") << QByteArray("fe80::") << linkLocal;
    QTest::newRow("febf:...:ffff is the last link-local")
        << QByteArray("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << linkLocal;
    QTest::newRow("fe7f:...:ffff below link-local is outside 2000::/3")
        << QByteArray("fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << outside;
    QTest::newRow("fec0:: is the first site-local") << QByteArray("fec0::") << siteLocal;
    QTest::newRow("feff:...:ffff is the last site-local")
        << QByteArray("feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << siteLocal;
    QTest::newRow("ff00:: is the first multicast") << QByteArray("ff00::") << multicast;
    QTest::newRow("ff02::1 is multicast") << QByteArray("ff02::1") << multicast;
    QTest::newRow("ffff:...:ffff is the last multicast")
        << QByteArray("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << multicast;
    QTest::newRow("2001:db8:: is the first documentation address") << QByteArray("2001:db8::") << doc32;
    QTest::newRow("2001:db8:ffff:... is the last documentation address")
        << QByteArray("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff") << doc32;
    QTest::newRow("2001:db7:ffff:... below documentation is public")
        << QByteArray("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff") << QByteArray();
    QTest::newRow("2001:db9:: above documentation is public") << QByteArray("2001:db9::") << QByteArray();
    QTest::newRow("3fff:: is the first of 3fff::/20") << QByteArray("3fff::") << doc20;
    QTest::newRow("3fff:fff:ffff:... is the last of 3fff::/20")
        << QByteArray("3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff") << doc20;
    QTest::newRow("3fff:1000:: above 3fff::/20 is public") << QByteArray("3fff:1000::") << QByteArray();
    QTest::newRow("3ffe:ffff:... below 3fff::/20 is public")
        << QByteArray("3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << QByteArray();
    QTest::newRow("2001:2:: is the first benchmarking address") << QByteArray("2001:2::") << bench;
    QTest::newRow("2001:2:0:ffff:... is the last benchmarking address")
        << QByteArray("2001:2:0:ffff:ffff:ffff:ffff:ffff") << bench;
    QTest::newRow("2001:2:1:: above benchmarking is public") << QByteArray("2001:2:1::") << QByteArray();
    QTest::newRow("2001:1:ffff:... below benchmarking is public")
        << QByteArray("2001:1:ffff:ffff:ffff:ffff:ffff:ffff") << QByteArray();
    QTest::newRow("2000:: is the first global unicast address") << QByteArray("2000::") << QByteArray();
    QTest::newRow("3fff:ffff:... is the last global unicast address")
        << QByteArray("3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << QByteArray();
    QTest::newRow("1fff:ffff:... below 2000::/3 is not global")
        << QByteArray("1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << outside;
    QTest::newRow("4000:: above 2000::/3 is not global") << QByteArray("4000::") << outside;
    QTest::newRow("Google DNS is public") << QByteArray("2001:4860:4860:0:0:0:0:8888") << QByteArray();
    QTest::newRow("Cloudflare DNS is public") << QByteArray("2606:4700:4700::1111") << QByteArray();
    QTest::newRow("IPv4-mapped private address") << QByteArray("::ffff:10.0.0.1") << QByteArray("private (10.0.0.0/8)");
    QTest::newRow("IPv4-mapped loopback") << QByteArray("::ffff:127.0.0.1") << QByteArray("loopback (127.0.0.0/8)");
    QTest::newRow("IPv4-mapped CGNAT edge")
        << QByteArray("::ffff:100.127.255.255") << QByteArray("shared address space (100.64.0.0/10)");
    QTest::newRow("IPv4-mapped public address is public") << QByteArray("::ffff:8.8.8.8") << QByteArray();
    QTest::newRow("almost IPv4-mapped (fffe) is outside 2000::/3") << QByteArray("::fffe:8.8.8.8") << outside;
}

void TestValueRules::namesEveryNonPublicIpv6RangeAtItsEdges()
{
    QFETCH(QByteArray, address);
    QFETCH(QByteArray, range);
    const auto parsed = rules::parseIpv6(address);
    QVERIFY(parsed.has_value());
    QCOMPARE(nameOf(rules::nonPublicRangeIpv6(*parsed)), range);
}

void TestValueRules::recognisesCidrBlocksAndRanges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("cidr");
    QTest::addColumn<bool>("range");

    QTest::newRow("IPv4 /24 block") << QByteArray("1.2.3.0/24") << true << false;
    QTest::newRow("IPv4 /32 block") << QByteArray("8.8.8.8/32") << true << false;
    QTest::newRow("IPv6 /32 block") << QByteArray("2001:db8::/32") << true << false;
    QTest::newRow("full-form IPv6 /128") << QByteArray("2001:4860:4860:0:0:0:0:8888/128") << true << false;
    QTest::newRow("slash without prefix length") << QByteArray("1.2.3.4/") << false << false;
    QTest::newRow("prefix length without address") << QByteArray("/24") << false << false;
    QTest::newRow("letters after the slash") << QByteArray("1.2.3.4/abc") << false << false;
    QTest::newRow("domain with a numeric path") << QByteArray("example.com/24") << false << false;
    QTest::newRow("URL with a numeric path") << QByteArray("http://example.com/1") << false << false;
    QTest::newRow("dash between two IPv4 addresses") << QByteArray("1.2.3.4-1.2.3.9") << false << true;
    QTest::newRow("dash with spaces around it") << QByteArray("1.2.3.4 - 1.2.3.9") << false << true;
    QTest::newRow("dash with a short last part") << QByteArray("1.2.3.4-9") << false << true;
    QTest::newRow("dash between two IPv6 addresses") << QByteArray("2001:db8::1-2001:db8::9") << false << true;
    QTest::newRow("wildcard in the last IPv4 part") << QByteArray("1.2.3.*") << false << true;
    QTest::newRow("wildcards in every IPv4 part") << QByteArray("*.*.*.*") << false << true;
    QTest::newRow("wildcard in an IPv6 group") << QByteArray("2001:db8::*") << false << true;
    QTest::newRow("plain IPv4 is neither") << QByteArray("8.8.8.8") << false << false;
    QTest::newRow("plain IPv6 is neither") << QByteArray("2001:db8::1") << false << false;
    QTest::newRow("hyphenated domain is neither") << QByteArray("my-site.example.com") << false << false;
    QTest::newRow("wildcard domain is not an IP range") << QByteArray("*.example.com") << false << false;
    QTest::newRow("dash with nothing after it") << QByteArray("1.2.3.4-") << false << false;
}

void TestValueRules::recognisesCidrBlocksAndRanges()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, cidr);
    QFETCH(bool, range);
    QCOMPARE(rules::looksLikeCidr(text), cidr);
    QCOMPARE(rules::looksLikeIpRange(text), range);
}

void TestValueRules::checksHostNames_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("valid");

    const QByteArray label63 = repeated('a', 63);
    const QByteArray label64 = repeated('a', 64);
    // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253
    const QByteArray name253 =
        repeated('a', 63) + '.' + repeated('b', 63) + '.' + repeated('c', 63) + '.' + repeated('d', 61);
    Q_ASSERT(name253.size() == 253);

    QTest::newRow("two labels") << QByteArray("example.com") << true;
    QTest::newRow("four labels") << QByteArray("sub.example.co.uk") << true;
    QTest::newRow("upper case") << QByteArray("EXAMPLE.COM") << true;
    QTest::newRow("one-letter labels") << QByteArray("a.b") << true;
    QTest::newRow("label of 63 characters") << QByteArray(label63 + ".com") << true;
    QTest::newRow("label of 64 characters") << QByteArray(label64 + ".com") << false;
    QTest::newRow("top-level label of 63 characters") << QByteArray("example." + label63) << true;
    QTest::newRow("top-level label of 64 characters") << QByteArray("example." + label64) << false;
    QTest::newRow("253 characters in all") << name253 << true;
    QTest::newRow("254 characters in all") << QByteArray(name253 + 'd') << false;
    QTest::newRow("hyphen inside a label") << QByteArray("my-site.example.com") << true;
    QTest::newRow("double hyphen inside a label") << QByteArray("a--b.example.com") << true;
    QTest::newRow("punycode label") << QByteArray("xn--bcher-kva.example") << true;
    QTest::newRow("label starting with a hyphen") << QByteArray("-example.com") << false;
    QTest::newRow("label ending with a hyphen") << QByteArray("example-.com") << false;
    QTest::newRow("top-level label ending with a hyphen") << QByteArray("example.com-") << false;
    QTest::newRow("underscore in a subdomain") << QByteArray("my_host.example.com") << true;
    QTest::newRow("label starting with an underscore") << QByteArray("_dmarc.example.com") << true;
    QTest::newRow("underscore in the top-level label") << QByteArray("example.co_m") << false;
    QTest::newRow("numeric top-level label") << QByteArray("example.123") << false;
    QTest::newRow("numeric subdomain") << QByteArray("123.example.com") << true;
    QTest::newRow("top-level label with a digit") << QByteArray("example.a1") << true;
    QTest::newRow("dotted quad has a numeric top-level label") << QByteArray("1.2.3.4") << false;
    QTest::newRow("single label") << QByteArray("localhost") << false;
    QTest::newRow("empty text") << QByteArray() << false;
    QTest::newRow("trailing dot") << QByteArray("example.com.") << false;
    QTest::newRow("leading dot") << QByteArray(".example.com") << false;
    QTest::newRow("two dots in a row") << QByteArray("example..com") << false;
    QTest::newRow("space inside") << QByteArray("exa mple.com") << false;
    QTest::newRow("port after the name") << QByteArray("example.com:80") << false;
    QTest::newRow("wildcard label") << QByteArray("*.example.com") << false;
    QTest::newRow("exclamation mark") << QByteArray("ex!ample.com") << false;
    QTest::newRow("IDN Chinese name") << QByteArray("例子.中国") << true;
    QTest::newRow("IDN Chinese label under an ASCII top-level domain") << QByteArray("中文网.com") << true;
    QTest::newRow("IDN German name with umlaut") << QByteArray("münchen.de") << true;
    QTest::newRow("IDN German name with sharp s") << QByteArray("straße.de") << true;
    QTest::newRow("IDN German name in upper case") << QByteArray("MÜNCHEN.DE") << true;
    QTest::newRow("IDN single label") << QByteArray("中国") << false;
    // 60 CJK characters fit in 63 UTF-16 units, but punycode needs "xn--" and a character per letter at least.
    QTest::newRow("IDN label too long in punycode") << QByteArray(repeated(QByteArray("中"), 60) + ".com") << false;
    QTest::newRow("IDN label with a space") << QByteArray("mün chen.de") << false;
}

void TestValueRules::checksHostNames()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, valid);
    QCOMPARE(rules::isValidHostName(host), valid);
}

void TestValueRules::splitsUrlsIntoParts_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<QByteArray>("userInfo");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("port");
    QTest::addColumn<QByteArray>("rest");
    QTest::addColumn<bool>("bracketed");

    const QByteArray none;
    QTest::newRow("scheme and host") << QByteArray("http://example.com") << true << QByteArray("http") << none
                                     << QByteArray("example.com") << none << none << false;
    QTest::newRow("path, query and fragment")
        << QByteArray("https://example.com/path?q=1#f") << true << QByteArray("https") << none
        << QByteArray("example.com") << none << QByteArray("/path?q=1#f") << false;
    QTest::newRow("letter case is kept") << QByteArray("HTTPS://Example.COM:8443/A") << true << QByteArray("HTTPS")
                                         << none << QByteArray("Example.COM") << QByteArray("8443") << QByteArray("/A")
                                         << false;
    QTest::newRow("user and password") << QByteArray("http://user:pw@example.com/") << true << QByteArray("http")
                                       << QByteArray("user:pw") << QByteArray("example.com") << none << QByteArray("/")
                                       << false;
    QTest::newRow("the last @ ends the user part")
        << QByteArray("http://a@b@example.com/") << true << QByteArray("http") << QByteArray("a@b")
        << QByteArray("example.com") << none << QByteArray("/") << false;
    QTest::newRow("bracketed IPv6 host with port")
        << QByteArray("http://[2001:db8::1]:8080/x") << true << QByteArray("http") << none << QByteArray("2001:db8::1")
        << QByteArray("8080") << QByteArray("/x") << true;
    QTest::newRow("bracketed IPv6 host") << QByteArray("https://[2001:db8::1]/") << true << QByteArray("https") << none
                                         << QByteArray("2001:db8::1") << none << QByteArray("/") << true;
    QTest::newRow("query right after the host")
        << QByteArray("http://example.com?q") << true << QByteArray("http") << none << QByteArray("example.com") << none
        << QByteArray("?q") << false;
    QTest::newRow("fragment right after the host")
        << QByteArray("http://example.com#top") << true << QByteArray("http") << none << QByteArray("example.com")
        << none << QByteArray("#top") << false;
    QTest::newRow("no scheme, with a path") << QByteArray("example.com/path") << true << none << none
                                            << QByteArray("example.com") << none << QByteArray("/path") << false;
    QTest::newRow("no scheme, host only")
        << QByteArray("example.com") << true << none << none << QByteArray("example.com") << none << none << false;
    QTest::newRow("no scheme, host and port") << QByteArray("example.com:8080") << true << none << none
                                              << QByteArray("example.com") << QByteArray("8080") << none << false;
    QTest::newRow("another scheme") << QByteArray("ftp://files.example.com/a") << true << QByteArray("ftp") << none
                                    << QByteArray("files.example.com") << none << QByteArray("/a") << false;
    QTest::newRow("scheme with a plus") << QByteArray("svn+ssh://host.example.com/x") << true << QByteArray("svn+ssh")
                                        << none << QByteArray("host.example.com") << none << QByteArray("/x") << false;
    QTest::newRow(":// in the query is not a scheme")
        << QByteArray("example.com/a?next=http://other") << true << none << none << QByteArray("example.com") << none
        << QByteArray("/a?next=http://other") << false;
    QTest::newRow("empty host") << QByteArray("http:///path") << false << QByteArray("http") << none << none << none
                                << QByteArray("/path") << false;
    QTest::newRow("scheme only") << QByteArray("http://") << false << QByteArray("http") << none << none << none << none
                                 << false;
    QTest::newRow("empty text") << QByteArray() << false << none << none << none << none << none << false;
    QTest::newRow("unclosed IPv6 bracket") << QByteArray("http://[2001:db8::1/x") << false << QByteArray("http") << none
                                           << none << none << QByteArray("/x") << false;
    QTest::newRow("text after the IPv6 bracket") << QByteArray("http://[::1]x/") << false << QByteArray("http") << none
                                                 << QByteArray("::1") << none << QByteArray("/") << true;
}

void TestValueRules::splitsUrlsIntoParts()
{
    QFETCH(QByteArray, url);
    QFETCH(bool, ok);
    QFETCH(QByteArray, scheme);
    QFETCH(QByteArray, userInfo);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, port);
    QFETCH(QByteArray, rest);
    QFETCH(bool, bracketed);

    rules::UrlParts parts;
    QCOMPARE(rules::splitUrl(url, &parts), ok);
    QCOMPARE(parts.scheme.toByteArray(), scheme);
    if (!ok)
        return;
    QCOMPARE(parts.userInfo.toByteArray(), userInfo);
    QCOMPARE(parts.host.toByteArray(), host);
    QCOMPARE(parts.port.toByteArray(), port);
    QCOMPARE(parts.rest.toByteArray(), rest);
    QCOMPARE(parts.bracketedHost, bracketed);
}

void TestValueRules::recognisesAndRestoresDefangedValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("defanged");
    QTest::addColumn<QByteArray>("refanged");

    QTest::newRow("hxxp scheme") << QByteArray("hxxp://evil.com") << true << QByteArray("http://evil.com");
    QTest::newRow("hxxps scheme") << QByteArray("hxxps://evil.com/a") << true << QByteArray("https://evil.com/a");
    QTest::newRow("hXXps scheme") << QByteArray("hXXps://evil.com") << true << QByteArray("https://evil.com");
    QTest::newRow("HXXP scheme") << QByteArray("HXXP://evil.com") << true << QByteArray("http://evil.com");
    QTest::newRow("[.] in a domain") << QByteArray("evil[.]com") << true << QByteArray("evil.com");
    QTest::newRow("(.) in a domain") << QByteArray("evil(.)com") << true << QByteArray("evil.com");
    QTest::newRow("{.} in a domain") << QByteArray("evil{.}com") << true << QByteArray("evil.com");
    QTest::newRow("[dot] in a domain") << QByteArray("evil[dot]com") << true << QByteArray("evil.com");
    QTest::newRow("(dot) in a domain") << QByteArray("evil(dot)com") << true << QByteArray("evil.com");
    QTest::newRow("[:] after the scheme") << QByteArray("http[:]//evil.com") << true << QByteArray("http://evil.com");
    QTest::newRow("[://] after the scheme") << QByteArray("http[://]evil.com") << true << QByteArray("http://evil.com");
    QTest::newRow("[/] in a path") << QByteArray("http://evil.com[/]x") << true << QByteArray("http://evil.com/x");
    QTest::newRow("every dot of an IPv4 address") << QByteArray("8[.]8[.]8[.]8") << true << QByteArray("8.8.8.8");
    QTest::newRow("[:] in an IPv6 address") << QByteArray("2001:db8[:]:1") << true << QByteArray("2001:db8::1");
    QTest::newRow("several forms together")
        << QByteArray("hxxps[:]//evil[.]example(.)com/path") << true << QByteArray("https://evil.example.com/path");
    QTest::newRow("plain URL") << QByteArray("http://evil.com") << false << QByteArray("http://evil.com");
    QTest::newRow("plain domain") << QByteArray("evil.com") << false << QByteArray("evil.com");
    QTest::newRow("parentheses in a path")
        << QByteArray("http://example.com/a(b)") << false << QByteArray("http://example.com/a(b)");
    QTest::newRow("bracketed IPv6 host") << QByteArray("http://[2001:db8::1]/") << false
                                         << QByteArray("http://[2001:db8::1]/");
    QTest::newRow("bracketed :: host") << QByteArray("http://[::]/") << false << QByteArray("http://[::]/");
    QTest::newRow("too short for hxxp") << QByteArray("hxx") << false << QByteArray("hxx");
    QTest::newRow("hxxp not at the start") << QByteArray("xhxxp://evil.com") << false << QByteArray("xhxxp://evil.com");
    QTest::newRow("empty text") << QByteArray() << false << QByteArray();
}

void TestValueRules::recognisesAndRestoresDefangedValues()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, defanged);
    QFETCH(QByteArray, refanged);
    QCOMPARE(rules::looksDefanged(text), defanged);
    QCOMPARE(rules::refang(text), refanged);
    QVERIFY(!rules::looksDefanged(rules::refang(text)));
}

void TestValueRules::infersTheMostLikelyType_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<IndicatorType>("type");

    QTest::newRow("32 hex digits are an MD5")
        << QByteArray("44d88612fea8a8f36de82e1278abb02f") << IndicatorType::FileMd5;
    QTest::newRow("40 hex digits are a SHA-1")
        << QByteArray("3395856ce81f2b7382dee72602f798b642f14140") << IndicatorType::FileSha1;
    QTest::newRow("64 hex digits are a SHA-256")
        << QByteArray("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f") << IndicatorType::FileSha256;
    QTest::newRow("upper-case SHA-256") << QByteArray(
        "275A021BBFB6489E54D471899F7DB9D1663FC695EC2FE2A2C4538AABF651FD0F")
                                        << IndicatorType::FileSha256;
    QTest::newRow("39 hex digits are nothing") << QByteArray(repeated('a', 39)) << IndicatorType::Unknown;
    QTest::newRow("IPv4 address") << QByteArray("8.8.8.8") << IndicatorType::IpAddress;
    QTest::newRow("compressed IPv6 address") << QByteArray("2001:db8::1") << IndicatorType::IpAddress;
    QTest::newRow("full-form IPv6 address") << QByteArray("2001:4860:4860:0:0:0:0:8888") << IndicatorType::IpAddress;
    QTest::newRow("IPv4 CIDR block is an IP address") << QByteArray("1.2.3.0/24") << IndicatorType::IpAddress;
    QTest::newRow("IPv6 CIDR block is an IP address") << QByteArray("2001:db8::/32") << IndicatorType::IpAddress;
    QTest::newRow("domain") << QByteArray("example.com") << IndicatorType::DomainName;
    QTest::newRow("subdomain") << QByteArray("sub.example.co.uk") << IndicatorType::DomainName;
    QTest::newRow("internationalised domain") << QByteArray("münchen.de") << IndicatorType::DomainName;
    QTest::newRow("URL with scheme") << QByteArray("http://example.com") << IndicatorType::Url;
    QTest::newRow("URL with another scheme") << QByteArray("ftp://example.com/a") << IndicatorType::Url;
    QTest::newRow("domain with a path") << QByteArray("example.com/path") << IndicatorType::Url;
    QTest::newRow("IPv4 with a path") << QByteArray("8.8.8.8/download.exe") << IndicatorType::Url;
    QTest::newRow("empty text") << QByteArray() << IndicatorType::Unknown;
    QTest::newRow("only spaces") << QByteArray("   ") << IndicatorType::Unknown;
    QTest::newRow("domain with spaces around it") << QByteArray(" example.com ") << IndicatorType::DomainName;
    QTest::newRow("defanged domain") << QByteArray("evil[.]com") << IndicatorType::DomainName;
    QTest::newRow("defanged URL") << QByteArray("hxxp://evil[.]com/a") << IndicatorType::Url;
    QTest::newRow("defanged IPv4") << QByteArray("8.8.8[.]8") << IndicatorType::IpAddress;
    QTest::newRow("single label") << QByteArray("localhost") << IndicatorType::Unknown;
    QTest::newRow("words") << QByteArray("not a value") << IndicatorType::Unknown;
    QTest::newRow("Windows path") << QByteArray("C:\\Windows\\evil.exe") << IndicatorType::Unknown;
    QTest::newRow("path without a host") << QByteArray("/etc/passwd") << IndicatorType::Unknown;
    QTest::newRow("invalid host before a path") << QByteArray("not_a_host/x") << IndicatorType::Unknown;
    QTest::newRow("DLL file name is no domain") << QByteArray("HTTPParser.dll") << IndicatorType::Unknown;
    QTest::newRow("VBScript file name is no domain") << QByteArray("SystemDiskClean.vbs") << IndicatorType::Unknown;
    QTest::newRow("executable file name is no domain") << QByteArray("setup.EXE") << IndicatorType::Unknown;
    QTest::newRow("file name before a path is no URL") << QByteArray("loader.ps1/x") << IndicatorType::Unknown;
    QTest::newRow("domain under .zip") << QByteArray("update.zip") << IndicatorType::DomainName;
    QTest::newRow("domain under .mov") << QByteArray("clip.mov") << IndicatorType::DomainName;
    QTest::newRow("documentation domain under .example") << QByteArray("evil.example") << IndicatorType::DomainName;
}

void TestValueRules::infersTheMostLikelyType()
{
    QFETCH(QByteArray, text);
    QFETCH(IndicatorType, type);
    QCOMPARE(rules::inferType(text), type);
}

void TestValueRules::findsSurroundingWhitespace_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("surrounded");

    QTest::newRow("no white space") << QByteArray("example.com") << false;
    QTest::newRow("space inside only") << QByteArray("a b") << false;
    QTest::newRow("empty text") << QByteArray() << false;
    QTest::newRow("leading space") << QByteArray(" example.com") << true;
    QTest::newRow("trailing tab") << QByteArray("example.com\t") << true;
    QTest::newRow("trailing CR LF") << QByteArray("example.com\r\n") << true;
    QTest::newRow("only spaces") << QByteArray("  ") << true;
}

void TestValueRules::findsSurroundingWhitespace()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, surrounded);
    QCOMPARE(rules::hasSurroundingWhitespace(text), surrounded);
}

void TestValueRules::findsAndStripsControlCharacters_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("multiLine");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("stripped");

    const QByteArray rlo("\xe2\x80\xae");

    QTest::newRow("plain text") << QByteArray("plain text") << false << false << QByteArray("plain text");
    QTest::newRow("empty text") << QByteArray() << false << false << QByteArray();
    QTest::newRow("tab in one line") << QByteArray("tab\there") << false << true << QByteArray("tabhere");
    QTest::newRow("tab in several lines") << QByteArray("tab\there") << true << false << QByteArray("tab\there");
    QTest::newRow("line feed in one line") << QByteArray("line\nbreak") << false << true << QByteArray("linebreak");
    QTest::newRow("line feed in several lines")
        << QByteArray("line\nbreak") << true << false << QByteArray("line\nbreak");
    QTest::newRow("CR LF in one line") << QByteArray("a\r\nb") << false << true << QByteArray("ab");
    QTest::newRow("CR LF in several lines") << QByteArray("a\r\nb") << true << false << QByteArray("a\r\nb");
    QTest::newRow("NUL byte in one line") << QByteArrayLiteral("nul\0byte") << false << true << QByteArray("nulbyte");
    QTest::newRow("NUL byte in several lines")
        << QByteArrayLiteral("nul\0byte") << true << true << QByteArray("nulbyte");
    QTest::newRow("SOH (C0)") << QByteArray("\x01x") << true << true << QByteArray("x");
    QTest::newRow("bell (C0)") << QByteArray("ding\x07") << true << true << QByteArray("ding");
    QTest::newRow("escape sequence (C0)") << QByteArray("esc\x1b[31mred") << true << true << QByteArray("esc[31mred");
    QTest::newRow("unit separator, the last C0") << QByteArray("a\x1f") << false << true << QByteArray("a");
    QTest::newRow("vertical tab is not a line break") << QByteArray("a\x0b") << true << true << QByteArray("a");
    QTest::newRow("form feed is not a line break") << QByteArray("a\x0c") << true << true << QByteArray("a");
    QTest::newRow("DEL") << QByteArray("del\x7f") << false << true << QByteArray("del");
    QTest::newRow("tilde before DEL is allowed") << QByteArray("~") << false << false << QByteArray("~");
    QTest::newRow("U+0080, the first C1") << QByteArray("a\xc2\x80z") << false << true << QByteArray("az");
    QTest::newRow("U+0085 next line (C1)") << QByteArray("a\xc2\x85z") << true << true << QByteArray("az");
    QTest::newRow("U+009F, the last C1") << QByteArray("a\xc2\x9fz") << false << true << QByteArray("az");
    QTest::newRow("U+00A0 no-break space is allowed")
        << QByteArray("a\xc2\xa0z") << false << false << QByteArray("a\xc2\xa0z");
    QTest::newRow("U+202A left-to-right embedding")
        << QByteArray("a\xe2\x80\xaaz") << false << true << QByteArray("az");
    QTest::newRow("U+202C pop directional formatting")
        << QByteArray("a\xe2\x80\xacz") << false << true << QByteArray("az");
    QTest::newRow("U+202E right-to-left override")
        << QByteArray("invoice" + rlo + "fdp.exe") << false << true << QByteArray("invoicefdp.exe");
    QTest::newRow("U+202E in several lines") << QByteArray(rlo + "x") << true << true << QByteArray("x");
    QTest::newRow("U+202F narrow no-break space is allowed")
        << QByteArray("a\xe2\x80\xafz") << false << false << QByteArray("a\xe2\x80\xafz");
    QTest::newRow("U+2066 left-to-right isolate") << QByteArray("a\xe2\x81\xa6z") << false << true << QByteArray("az");
    QTest::newRow("U+2067 right-to-left isolate") << QByteArray("a\xe2\x81\xa7z") << false << true << QByteArray("az");
    QTest::newRow("U+2069 pop directional isolate")
        << QByteArray("a\xe2\x81\xa9z") << false << true << QByteArray("az");
    QTest::newRow("U+2065 before the isolates is allowed")
        << QByteArray("a\xe2\x81\xa5z") << false << false << QByteArray("a\xe2\x81\xa5z");
    QTest::newRow("U+206A after the isolates is allowed")
        << QByteArray("a\xe2\x81\xaaz") << false << false << QByteArray("a\xe2\x81\xaaz");
    QTest::newRow("Chinese text") << QByteArray("勒索软件下载器") << false << false << QByteArray("勒索软件下载器");
    QTest::newRow("emoji") << QByteArray("alert \xf0\x9f\x9a\xa8 now") << false << false
                           << QByteArray("alert \xf0\x9f\x9a\xa8 now");
    QTest::newRow("control after 16 printable bytes")
        << QByteArray("0123456789abcdef\x01") << false << true << QByteArray("0123456789abcdef");
    QTest::newRow("control inside the second block of 8") << QByteArray("01234567ab\x1b"
                                                                        "defgh")
                                                          << false << true << QByteArray("01234567abdefgh");
    QTest::newRow("override inside the second block of 8")
        << QByteArray("01234567" + rlo + "abcdefgh") << false << true << QByteArray("01234567abcdefgh");
    QTest::newRow("DEL inside the first block of 8") << QByteArray("0123\x7f"
                                                                   "4567")
                                                     << false << true << QByteArray("01234567");
    QTest::newRow("printable bytes from space to tilde")
        << QByteArray("        ~~~~~~~~ !\"#$%&'(") << false << false << QByteArray("        ~~~~~~~~ !\"#$%&'(");
}

void TestValueRules::findsAndStripsControlCharacters()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, multiLine);
    QFETCH(bool, found);
    QFETCH(QByteArray, stripped);
    QCOMPARE(rules::hasControlCharacters(text, multiLine), found);
    const QByteArray result = rules::stripControlCharacters(text, multiLine);
    QCOMPARE(result, stripped);
    QVERIFY(!rules::hasControlCharacters(result, multiLine));
}

void TestValueRules::countsUtf16Units_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("units");

    QTest::newRow("empty text") << QByteArray() << qsizetype(0);
    QTest::newRow("ASCII") << QByteArray("abc") << qsizetype(3);
    QTest::newRow("Latin-1 letter, two bytes") << QByteArray("ü") << qsizetype(1);
    QTest::newRow("euro sign, three bytes") << QByteArray("€") << qsizetype(1);
    QTest::newRow("CJK, three bytes each") << QByteArray("勒索软件") << qsizetype(4);
    QTest::newRow("emoji, a surrogate pair") << QByteArray("\xf0\x9f\x98\x80") << qsizetype(2);
    QTest::newRow("emoji between letters") << QByteArray("a\xf0\x9f\x98\x80"
                                                         "b")
                                           << qsizetype(4);
    QTest::newRow("mixed scripts") << QByteArray("Zürich 東京 \xf0\x9f\x9a\xa8") << qsizetype(12);
    QTest::newRow("1024 CJK characters") << repeated(QByteArray("中"), 1024) << qsizetype(1024);
}

void TestValueRules::countsUtf16Units()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, units);
    QCOMPARE(rules::utf16Length(text), units);
    QCOMPARE(rules::utf16Length(text), QString::fromUtf8(text).size());
}

void TestValueRules::parsesStrictExpirationTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs");

    QTest::newRow("seconds and Z") << QByteArray("2027-01-31T00:00:00Z") << true << utcMsecs(2027, 1, 31, 0, 0, 0);
    QTest::newRow("one fraction digit, as the docs write it")
        << QByteArray("2027-01-31T10:20:30.0Z") << true << utcMsecs(2027, 1, 31, 10, 20, 30);
    QTest::newRow("one fraction digit") << QByteArray("2027-01-31T10:20:30.1Z") << true
                                        << utcMsecs(2027, 1, 31, 10, 20, 30, 100);
    QTest::newRow("two fraction digits") << QByteArray("2027-01-31T10:20:30.12Z") << true
                                         << utcMsecs(2027, 1, 31, 10, 20, 30, 120);
    QTest::newRow("three fraction digits")
        << QByteArray("2027-01-31T10:20:30.123Z") << true << utcMsecs(2027, 1, 31, 10, 20, 30, 123);
    QTest::newRow("four fraction digits")
        << QByteArray("2027-01-31T10:20:30.1234Z") << true << utcMsecs(2027, 1, 31, 10, 20, 30, 123);
    QTest::newRow("five fraction digits")
        << QByteArray("2027-01-31T10:20:30.12345Z") << true << utcMsecs(2027, 1, 31, 10, 20, 30, 123);
    QTest::newRow("six fraction digits") << QByteArray("2027-01-31T10:20:30.123456Z") << true
                                         << utcMsecs(2027, 1, 31, 10, 20, 30, 123);
    QTest::newRow("seven fraction digits, as the template writes them")
        << QByteArray("2027-01-31T10:20:30.9999999Z") << true << utcMsecs(2027, 1, 31, 10, 20, 30, 999);
    QTest::newRow("eight fraction digits") << QByteArray("2027-01-31T10:20:30.12345678Z") << false << qint64(0);
    QTest::newRow("the template's own example")
        << QByteArray("2018-09-16T12:11:06.2446367Z") << true << utcMsecs(2018, 9, 16, 12, 11, 6, 244);
    QTest::newRow("dot without fraction digits") << QByteArray("2027-01-31T00:00:00.Z") << false << qint64(0);
    QTest::newRow("positive offset") << QByteArray("2027-01-31T00:00:00+01:00") << true
                                     << utcMsecs(2027, 1, 30, 23, 0, 0);
    QTest::newRow("negative offset with minutes")
        << QByteArray("2027-01-31T00:00:00-05:30") << true << utcMsecs(2027, 1, 31, 5, 30, 0);
    QTest::newRow("offset +14:00, the largest")
        << QByteArray("2027-01-31T00:00:00+14:00") << true << utcMsecs(2027, 1, 30, 10, 0, 0);
    QTest::newRow("offset +15:00") << QByteArray("2027-01-31T00:00:00+15:00") << false << qint64(0);
    QTest::newRow("offset without colon") << QByteArray("2027-01-31T00:00:00+0100") << false << qint64(0);
    QTest::newRow("offset and Z") << QByteArray("2027-01-31T00:00:00+01:00Z") << false << qint64(0);
    QTest::newRow("fraction and offset") << QByteArray("2027-01-31T00:00:00.5+00:00") << true
                                         << utcMsecs(2027, 1, 31, 0, 0, 0, 500);
    QTest::newRow("no time zone") << QByteArray("2027-01-31T00:00:00") << false << qint64(0);
    QTest::newRow("no seconds") << QByteArray("2027-01-31T00:00Z") << false << qint64(0);
    QTest::newRow("date only") << QByteArray("2027-01-31") << false << qint64(0);
    QTest::newRow("date and Z only") << QByteArray("2027-01-31Z") << false << qint64(0);
    QTest::newRow("space instead of T") << QByteArray("2027-01-31 00:00:00Z") << false << qint64(0);
    QTest::newRow("lower-case t") << QByteArray("2027-01-31t00:00:00Z") << false << qint64(0);
    QTest::newRow("lower-case z") << QByteArray("2027-01-31T00:00:00z") << false << qint64(0);
    QTest::newRow("two Z") << QByteArray("2027-01-31T00:00:00ZZ") << false << qint64(0);
    QTest::newRow("leading space") << QByteArray(" 2027-01-31T00:00:00Z") << false << qint64(0);
    QTest::newRow("trailing space") << QByteArray("2027-01-31T00:00:00Z ") << false << qint64(0);
    QTest::newRow("February 30") << QByteArray("2027-02-30T00:00:00Z") << false << qint64(0);
    QTest::newRow("February 29 in a common year") << QByteArray("2027-02-29T00:00:00Z") << false << qint64(0);
    QTest::newRow("February 29 in a leap year")
        << QByteArray("2028-02-29T00:00:00Z") << true << utcMsecs(2028, 2, 29, 0, 0, 0);
    QTest::newRow("February 29 in 2100, not a leap year") << QByteArray("2100-02-29T00:00:00Z") << false << qint64(0);
    QTest::newRow("February 29 in 2000, a leap year")
        << QByteArray("2000-02-29T00:00:00Z") << true << utcMsecs(2000, 2, 29, 0, 0, 0);
    QTest::newRow("April 31") << QByteArray("2027-04-31T00:00:00Z") << false << qint64(0);
    QTest::newRow("last second of a year")
        << QByteArray("2027-12-31T23:59:59Z") << true << utcMsecs(2027, 12, 31, 23, 59, 59);
    QTest::newRow("month 13") << QByteArray("2027-13-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("month 0") << QByteArray("2027-00-10T00:00:00Z") << false << qint64(0);
    QTest::newRow("day 0") << QByteArray("2027-01-00T00:00:00Z") << false << qint64(0);
    QTest::newRow("hour 24") << QByteArray("2027-01-31T24:00:00Z") << false << qint64(0);
    QTest::newRow("minute 60") << QByteArray("2027-01-31T23:60:00Z") << false << qint64(0);
    QTest::newRow("leap second 60") << QByteArray("2027-01-31T23:59:60Z") << false << qint64(0);
    QTest::newRow("two-digit year") << QByteArray("27-01-31T00:00:00Z") << false << qint64(0);
    QTest::newRow("slashes in the date") << QByteArray("2027/01/31T00:00:00Z") << false << qint64(0);
    QTest::newRow("one-digit month") << QByteArray("2027-1-31T00:00:00Z") << false << qint64(0);
    QTest::newRow("empty text") << QByteArray() << false << qint64(0);
    QTest::newRow("the epoch") << QByteArray("1970-01-01T00:00:00Z") << true << qint64(0);
    QTest::newRow("one second before the epoch") << QByteArray("1969-12-31T23:59:59Z") << true << qint64(-1000);
}

void TestValueRules::parsesStrictExpirationTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);
    const auto parsed = rules::parseExpirationTime(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, msecs);
}

void TestValueRules::normalisesNearMissExpirationTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("normalized"); // empty: no reading

    QTest::newRow("date only is midnight UTC") << QByteArray("2027-01-31") << QByteArray("2027-01-31T00:00:00Z");
    QTest::newRow("date and minutes with a space")
        << QByteArray("2027-01-31 10:00") << QByteArray("2027-01-31T10:00:00Z");
    QTest::newRow("date and minutes with T") << QByteArray("2027-01-31T10:05") << QByteArray("2027-01-31T10:05:00Z");
    QTest::newRow("no zone is UTC") << QByteArray("2027-01-31T10:05:07") << QByteArray("2027-01-31T10:05:07Z");
    QTest::newRow("lower-case t and z") << QByteArray("2027-01-31t10:00:00z") << QByteArray("2027-01-31T10:00:00Z");
    QTest::newRow("slashes in the date") << QByteArray("2027/01/31") << QByteArray("2027-01-31T00:00:00Z");
    QTest::newRow("slashes and a time") << QByteArray("2027/01/31 23:30:15") << QByteArray("2027-01-31T23:30:15Z");
    QTest::newRow("eight fraction digits are dropped")
        << QByteArray("2027-01-31T10:00:00.12345678Z") << QByteArray("2027-01-31T10:00:00Z");
    QTest::newRow("offset is converted to UTC")
        << QByteArray("2027-01-31T00:30:00+01:00") << QByteArray("2027-01-30T23:30:00Z");
    QTest::newRow("offset crossing the year")
        << QByteArray("2027-01-01T00:00:00+14:00") << QByteArray("2026-12-31T10:00:00Z");
    QTest::newRow("negative offset into February 29")
        << QByteArray("2028-02-28T23:00:00-02:00") << QByteArray("2028-02-29T01:00:00Z");
    QTest::newRow("spaces around") << QByteArray(" 2027-01-31 ") << QByteArray("2027-01-31T00:00:00Z");
    QTest::newRow("already canonical") << QByteArray("2027-01-31T00:00:00Z") << QByteArray("2027-01-31T00:00:00Z");
    QTest::newRow("February 30") << QByteArray("2027-02-30") << QByteArray();
    QTest::newRow("day first") << QByteArray("31/01/2027") << QByteArray();
    QTest::newRow("a word") << QByteArray("tomorrow") << QByteArray();
    QTest::newRow("empty text") << QByteArray() << QByteArray();
    QTest::newRow("hour 25") << QByteArray("2027-01-31T25:00") << QByteArray();
}

void TestValueRules::normalisesNearMissExpirationTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, normalized);
    const QByteArray result = rules::normalizedExpirationTime(text);
    QCOMPARE(result, normalized);
    if (!result.isEmpty())
        QVERIFY(rules::parseExpirationTime(result).has_value());
}

void TestValueRules::knowsThePortalCategories_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QByteArray>("canonical");

    const char *names[] = {
        "General",        "CommandAndControl",   "Collection",      "CredentialAccess",
        "DefenseEvasion", "Discovery",           "Exfiltration",    "Exploit",
        "Execution",      "InitialAccess",       "LateralMovement", "Malware",
        "Persistence",    "PrivilegeEscalation", "Ransomware",      "SuspiciousActivity",
        "None",
    };
    for (const char *name : names)
        QTest::addRow("%s is a portal category", name) << QByteArray(name) << true << QByteArray(name);

    QTest::newRow("Suspicious Activity with a space (issue #10146)")
        << QByteArray("Suspicious Activity") << false << QByteArray("SuspiciousActivity");
    QTest::newRow("all lower case") << QByteArray("suspiciousactivity") << false << QByteArray("SuspiciousActivity");
    QTest::newRow("upper case with underscore")
        << QByteArray("SUSPICIOUS_ACTIVITY") << false << QByteArray("SuspiciousActivity");
    QTest::newRow("kebab case") << QByteArray("command-and-control") << false << QByteArray("CommandAndControl");
    QTest::newRow("none in lower case") << QByteArray("none") << false << QByteArray("None");
    QTest::newRow("leading space") << QByteArray(" Malware") << false << QByteArray("Malware");
    QTest::newRow("not a portal category") << QByteArray("Phishing") << false << QByteArray();
    QTest::newRow("numeric category from the API") << QByteArray("1") << false << QByteArray();
    QTest::newRow("category with a digit") << QByteArray("Malware2") << false << QByteArray();
    QTest::newRow("empty text") << QByteArray() << false << QByteArray();
}

void TestValueRules::knowsThePortalCategories()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, known);
    QFETCH(QByteArray, canonical);
    QCOMPARE(rules::isKnownCategory(text), known);
    QCOMPARE(rules::canonicalCategory(text), canonical);
}

void TestValueRules::listsEveryCategoryOnce()
{
    QSet<QByteArray> names;
    for (const char *name : rules::knownCategories()) {
        QVERIFY(rules::isKnownCategory(name));
        names.insert(QByteArray(name));
    }
    QCOMPARE(names.size(), int(rules::knownCategories().size()));
}

void TestValueRules::recognisesMitreTechniqueIds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("technique") << QByteArray("T1566") << true;
    QTest::newRow("sub-technique") << QByteArray("T1566.001") << true;
    QTest::newRow("the template's T0000") << QByteArray("T0000") << true;
    QTest::newRow("lower-case t") << QByteArray("t1566") << false;
    QTest::newRow("three digits") << QByteArray("T156") << false;
    QTest::newRow("five digits") << QByteArray("T15666") << false;
    QTest::newRow("sub-technique with one digit") << QByteArray("T1566.1") << false;
    QTest::newRow("sub-technique with four digits") << QByteArray("T1566.0001") << false;
    QTest::newRow("dash instead of dot") << QByteArray("T1566-001") << false;
    QTest::newRow("no T") << QByteArray("1566") << false;
    QTest::newRow("tactic id") << QByteArray("TA0001") << false;
    QTest::newRow("leading space") << QByteArray(" T1566") << false;
    QTest::newRow("trailing space") << QByteArray("T1566 ") << false;
    QTest::newRow("empty text") << QByteArray() << false;
    QTest::newRow("letter among the digits") << QByteArray("T15a6") << false;
    QTest::newRow("letter in the sub-technique") << QByteArray("T1566.00a") << false;
}

void TestValueRules::recognisesMitreTechniqueIds()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(rules::isMitreTechniqueId(text), valid);
}

void TestValueRules::readsTopLevelLabelsFromTheSuffixList()
{
    const QByteArray list = "// comment line\n"
                            "com\n"
                            "co.uk\n"
                            "*.ck\n"
                            "!www.ck\n"
                            "\xe4\xb8\xad\xe5\x9b\xbd\n" // 中国
                            "zip  // trailing text\n"
                            "\n";
    const auto tlds = rules::TopLevelDomains::fromListText(list);
    QVERIFY(tlds.isLoaded());
    QCOMPARE(tlds.size(), 5);
    QVERIFY(tlds.contains("com"));
    QVERIFY(tlds.contains("COM"));
    QVERIFY(tlds.contains("uk"));
    QVERIFY(tlds.contains("ck"));
    QVERIFY(tlds.contains("zip"));
    QVERIFY(tlds.contains("xn--fiqs8s"));
    QVERIFY(!tlds.contains("co"));
    QVERIFY(!tlds.contains("dll"));
    QVERIFY(!tlds.contains(""));
    QVERIFY(!rules::TopLevelDomains::fromFile(QStringLiteral("/nonexistent/list.dat")).isLoaded());
}

void TestValueRules::usesTheInstalledSuffixList()
{
    // The package depends on publicsuffix; the build machine has it too (.ci/deps).
    const auto &tlds = rules::TopLevelDomains::instance();
    QVERIFY2(tlds.isLoaded(), qPrintable(rules::TopLevelDomains::defaultListPath()));
    QVERIFY(tlds.size() > 1000);
    for (const char *real : {"com", "zip", "mov", "cn", "xn--fiqs8s", "tw"})
        QVERIFY2(rules::hasKnownTopLevelDomain(QByteArray(QByteArray("a.") + real)), real);
    for (const char *file : {"dll", "vbs", "exe", "ps1", "bat", "js", "docx"})
        QVERIFY2(!rules::hasKnownTopLevelDomain(QByteArray(QByteArray("a.") + file)), file);
    QVERIFY(rules::hasKnownTopLevelDomain("evil.example."));
}

QTEST_GUILESS_MAIN(TestValueRules)
#include "TestValueRules.moc"
