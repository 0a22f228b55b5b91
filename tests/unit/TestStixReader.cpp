// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/StixReader.h"
#include "core/io/TableReader.h"
#include "support/ReaderTestSupport.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QtTest>

using namespace im;
using test::Read;
using test::readBytes;
using test::readFixture;

namespace {

int rowOfValue(const IndicatorTable &table, const QString &value)
{
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.text(r, Field::IndicatorValue) == value)
            return r;
    }
    return -1;
}

QByteArray bundleWithPattern(const QByteArray &pattern)
{
    return R"({"type": "bundle", "id": "bundle--1", "objects": [{"type": "indicator", "id": "indicator--1", "pattern": ")"
           + pattern + R"(", "pattern_type": "stix"}]})";
}

} // namespace

class TestStixReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternComparisons_data();
    void patternComparisons();
    void bundle21IndicatorsAndObservables();
    void observedDataRowsHaveContext();
    void contextHighlightsTheValuesOwnComparison();
    void indicatorFieldsFillTheRow();
    void patternsWeCannotExpressAreReportedPerObject();
    void bundle20WithObservedData();
    void brokenInputIsRefusedWhole_data();
    void brokenInputIsRefusedWhole();
};

void TestStixReader::patternComparisons_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected"); // type=value of the comparisons Defender can take
    QTest::addColumn<bool>("onlyOr");
    QTest::newRow("sha-256 quoted") << "[file:hashes.'SHA-256' = 'aa']" << QStringList{QStringLiteral("FileSha256=aa")}
                                    << true;
    QTest::newRow("sha256 bare, md5") << "[file:hashes.SHA256 = 'aa' OR file:hashes.MD5 = 'bb']"
                                      << QStringList{QStringLiteral("FileSha256=aa"), QStringLiteral("FileMd5=bb")}
                                      << true;
    QTest::newRow("observation OR") << "[ipv4-addr:value = '203.0.113.1'] OR [domain-name:value = 'a.example']"
                                    << QStringList{QStringLiteral("IpAddress=203.0.113.1"),
                                                   QStringLiteral("DomainName=a.example")}
                                    << true;
    QTest::newRow("ipv6") << "[ipv6-addr:value = '2001:db8::1']" << QStringList{QStringLiteral("IpAddress=2001:db8::1")}
                          << true;
    QTest::newRow("certificate sha-1") << "[x509-certificate:hashes.'SHA-1' = 'cc']"
                                       << QStringList{QStringLiteral("CertificateThumbprint=cc")} << true;
    QTest::newRow("url with quote escaped") << "[url:value = 'http://a.example/it\\'s']"
                                            << QStringList{QStringLiteral("Url=http://a.example/it's")} << true;
    QTest::newRow("AND with a name") << "[file:hashes.MD5 = 'bb' AND file:name = 'x.exe']"
                                     << QStringList{QStringLiteral("FileMd5=bb"), QStringLiteral("Unknown=x.exe")}
                                     << false;
    QTest::newRow("LIKE") << "[domain-name:value LIKE '%.example']"
                          << QStringList{QStringLiteral("DomainName=%.example")} << false;
    QTest::newRow("IN set") << "[ipv4-addr:value IN ('203.0.113.1', '203.0.113.2')]"
                            << QStringList{QStringLiteral("IpAddress=203.0.113.1")} << false;
    QTest::newRow("qualifier")
        << "[file:hashes.MD5 = 'bb'] FOLLOWEDBY [url:value = 'http://a.example/'] WITHIN 300 SECONDS"
        << QStringList{QStringLiteral("FileMd5=bb"), QStringLiteral("Url=http://a.example/")} << false;
}

void TestStixReader::patternComparisons()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    QFETCH(bool, onlyOr);
    const StixReader::Pattern p = StixReader::parsePattern(pattern);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QStringList got;
    for (const auto &c : p.comparisons)
        got.append(QString::fromLatin1(c.type == IndicatorType::Unknown ? "Unknown" : apiName(c.type)) + u'='
                   + c.value);
    QCOMPARE(got, expected);
    QCOMPARE(p.onlyOr, onlyOr);
}

void TestStixReader::bundle21IndicatorsAndObservables()
{
    const Read r = readFixture(QStringLiteral("stix/bundle21.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Stix);
    QCOMPARE(formatName(r.report.format), QStringLiteral("stix"));
    QStringList got;
    for (int i = 0; i < r.table.rowCount(); ++i)
        got.append(r.table.text(i, Field::IndicatorType) + u'=' + r.table.text(i, Field::IndicatorValue));
    const QStringList expected = {
        QStringLiteral("FileSha256=8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f"),
        QStringLiteral("IpAddress=203.0.113.45"),
        QStringLiteral("IpAddress=198.51.100.7"),
        QStringLiteral("IpAddress=2001:db8:85a3::8a2e:370:7334"),
        QStringLiteral("DomainName=update-check.example.net"),
        QStringLiteral("FileMd5=0cc175b9c0f1b6a831c399e269772661"),
        QStringLiteral("CertificateThumbprint=a1b2c3d4e5f60718293a4b5c6d7e8f9011223344"),
        QStringLiteral("Url=https://login-verify.example.org/o365/index.php?session=1"),
        // Observables not already given by a pattern (203.0.113.45 was).
        QStringLiteral("DomainName=cdn7.example.net"),
        QStringLiteral("FileSha1=3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4"),
    };
    QCOMPARE(got, expected);
    // Each row keeps the line its object starts on.
    QCOMPARE(r.table.sourceLine(0), 5);
    QCOMPARE(r.table.sourceLine(1), r.table.sourceLine(4));
}

void TestStixReader::observedDataRowsHaveContext()
{
    // STIX 2.1: an observable an observed-data object refers to (the reference comes after it).
    const Read r21 = readFixture(QStringLiteral("stix/bundle21.json"));
    QVERIFY2(r21.report.ok(), qPrintable(r21.report.error));
    const int domain = rowOfValue(r21.table, QStringLiteral("cdn7.example.net"));
    QVERIFY(domain >= 0);
    auto context = r21.table.sourceContext(domain);
    QCOMPARE(context.text, QStringLiteral("observed-data 2026-10-01T08:00:00Z \u2013 2026-10-01T09:00:00Z\n"
                                          "[domain-name:value = 'cdn7.example.net']"));
    QCOMPARE(context.text.mid(context.start, context.length), QStringLiteral("cdn7.example.net"));
    // An observable no observed-data refers to still shows itself as a comparison.
    const int file = rowOfValue(r21.table, QStringLiteral("3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4"));
    QVERIFY(file >= 0);
    context = r21.table.sourceContext(file);
    QCOMPARE(context.text, QStringLiteral("[file:hashes.'SHA-1' = '3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4']"));
    QCOMPARE(context.text.mid(context.start, context.length),
             QStringLiteral("3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4"));

    // STIX 2.0: observables held inside the observed-data object.
    const Read r20 = readFixture(QStringLiteral("stix/bundle20.json"));
    QVERIFY2(r20.report.ok(), qPrintable(r20.report.error));
    const int address = rowOfValue(r20.table, QStringLiteral("192.0.2.200"));
    QVERIFY(address >= 0);
    context = r20.table.sourceContext(address);
    QCOMPARE(context.text, QStringLiteral("observed-data 2026-09-01T10:00:00Z\n[ipv4-addr:value = '192.0.2.200']"));
    QCOMPARE(context.text.mid(context.start, context.length), QStringLiteral("192.0.2.200"));
    QVERIFY(r20.table.sourceLine(address) > 0);
}

void TestStixReader::contextHighlightsTheValuesOwnComparison()
{
    // The domain stands inside the URL first; its own comparison is the second mention.
    const Read r = readBytes(R"({"type": "bundle", "id": "bundle--1", "objects": [
        {"type": "indicator", "spec_version": "2.1", "id": "indicator--1", "name": "Drop site",
         "pattern": "[url:value = 'http://a.badhost.xyz/x'] OR [domain-name:value = 'a.badhost.xyz']",
         "pattern_type": "stix", "valid_from": "2026-10-01T09:00:00Z"}]})");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 2);
    const int domain = rowOfValue(r.table, QStringLiteral("a.badhost.xyz"));
    const auto context = r.table.sourceContext(domain);
    QCOMPARE(context.start, context.text.indexOf(QStringLiteral("'a.badhost.xyz'")) + 1);
    QCOMPARE(context.text.mid(context.start, context.length), QStringLiteral("a.badhost.xyz"));
}

void TestStixReader::indicatorFieldsFillTheRow()
{
    const Read r = readFixture(QStringLiteral("stix/bundle21.json"));
    QVERIFY(r.report.ok());
    QCOMPARE(r.table.text(0, Field::Title), QStringLiteral("Loader SHA-256"));
    QCOMPARE(r.table.text(0, Field::Description), QStringLiteral("Second stage of the phishing wave."));
    QCOMPARE(r.table.text(0, Field::ExpirationTime), QStringLiteral("2027-04-01T00:00:00Z"));
    QCOMPARE(r.table.text(0, Field::Category), QStringLiteral("Execution"));
    QCOMPARE(r.table.text(0, Field::MitreTechniques), QStringLiteral("T1204.002"));
    // The context is the indicator object: its name, its pattern with the value in it, its description.
    const auto context = r.table.sourceContext(0);
    QVERIFY2(context.text.startsWith(QStringLiteral("Loader SHA-256\n[")), qPrintable(context.text));
    QVERIFY(context.text.endsWith(QStringLiteral("\nSecond stage of the phishing wave.")));
    QCOMPARE(context.text.mid(context.start, context.length), r.table.text(0, Field::IndicatorValue));
    QCOMPARE(r.table.text(1, Field::Title), QStringLiteral("C2 addresses"));
    QCOMPARE(r.table.text(1, Field::ExpirationTime), QString());
}

void TestStixReader::patternsWeCannotExpressAreReportedPerObject()
{
    const Read r = readFixture(QStringLiteral("stix/bundle21.json"));
    QVERIFY(r.report.ok());
    const QString notices = r.report.notices.join(u'\n');
    // The registry key and the Sigma rule have nothing Defender can take, and are named.
    QVERIFY2(notices.contains(QStringLiteral("2 STIX indicator(s) have no pattern Defender can express")),
             qPrintable(notices));
    QVERIFY(notices.contains(QStringLiteral("indicator--c7d1e3f5-0a2b-4c6d-8e9f-1a3b5c7d9e0f")));
    QVERIFY(notices.contains(QStringLiteral("indicator--e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b")));
    // The hash AND file name pattern gave its hash, and says what was left out.
    QVERIFY(notices.contains(QStringLiteral("1 STIX pattern(s) have conditions Defender cannot express")));
    QVERIFY(notices.contains(QStringLiteral("indicator--0b4c0f86-3f5e-4b9d-8a41-7a3c2e1d0f9e")));
}

void TestStixReader::bundle20WithObservedData()
{
    const Read r = readFixture(QStringLiteral("stix/bundle20.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 3);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("http://198.51.100.9:8080/gate.php?id=1"));
    QVERIFY(rowOfValue(r.table, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
            > 0);
    QCOMPARE(r.table.text(rowOfValue(r.table, QStringLiteral("192.0.2.200")), Field::IndicatorType),
             QStringLiteral("IpAddress"));
}

void TestStixReader::brokenInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QByteArray huge = "[ipv4-addr:value = '203.0.113.1'";
    for (int i = 0; i < 10000; ++i)
        huge += " OR ipv4-addr:value = '203.0.113." + QByteArray::number(i % 250) + "'";
    huge += "]";
    QTest::newRow("10,000 comparisons") << bundleWithPattern(huge) << "more than 1,000 comparisons";
    QTest::newRow("unterminated value") << bundleWithPattern("[url:value = 'http://a.example/]") << "never ends";
    QTest::newRow("operator without property") << bundleWithPattern("[= 'x']") << "no property";
    const QByteArray whole = test::readData(QStringLiteral("stix/bundle21.json"));
    QTest::newRow("truncated") << whole.first(whole.size() / 2) << "ends too early";
    QTest::newRow("no objects") << QByteArray(R"({"type": "bundle", "id": "bundle--1"})") << "no \"objects\"";
    QTest::newRow("nothing usable") << bundleWithPattern("[process:name = 'evil.exe']")
                                    << "No pattern in the STIX bundle compares";
}

void TestStixReader::brokenInputIsRefusedWhole()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Read r = readBytes(bytes);
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(error), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestStixReader)
#include "TestStixReader.moc"
