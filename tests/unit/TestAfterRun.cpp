// SPDX-License-Identifier: GPL-3.0-or-later
// What the after-run panel and `import --kql` say: the documented delays and prerequisites per kind of
// indicator, and the advanced hunting query, compared as whole text for small inputs.
#include "core/submit/AfterRun.h"
#include "support/TestSupport.h"

#include <QtTest>

using namespace im;

namespace {

Indicator of(const char *type, const QString &value)
{
    return test::indicatorWith({{Field::IndicatorType, QString::fromLatin1(type)}, {Field::IndicatorValue, value}});
}

} // namespace

class TestAfterRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indicatorsOfRows();
    void expectationsPerFamily();
    void queryForFilesAndNetwork();
    void queryForCertificatesAndIpv6();
    void queryIsBounded();
    void noQueryWithoutIndicators();
};

void TestAfterRun::indicatorsOfRows()
{
    const IndicatorTable table = test::tableOf({
        of("FileSha256", QStringLiteral(" CA978112CA1BBDCAFAC231B39A23DC4DA786EFF8147C4E72B9807785AFEE48BB ")),
        of("FileSha256", QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")),
        of("DomainName", QStringLiteral("example.org")),
        of("Nonsense", QStringLiteral("x")),
    });
    const auto indicators = AfterRun::indicatorsOf(table, {0, 1, 2, 3});
    QCOMPARE(indicators.size(), size_t(2));
    QCOMPARE(indicators[0].type, IndicatorType::FileSha256);
    QCOMPARE(indicators[0].value, QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"));
    QCOMPARE(indicators[1].value, QStringLiteral("example.org"));
    QCOMPARE(AfterRun::indicatorsOf(table, {2}).size(), size_t(1));
}

void TestAfterRun::expectationsPerFamily()
{
    const std::vector<AfterRun::Indicator> indicators{
        {IndicatorType::Url, QStringLiteral("https://example.org/")},
        {IndicatorType::FileMd5, QStringLiteral("0cc175b9c0f1b6a831c399e269772661")},
        {IndicatorType::IpAddress, QStringLiteral("203.0.113.7")}};
    const auto e = AfterRun::expectations(indicators);
    QCOMPARE(e.size(), size_t(2));
    QCOMPARE(e[0].family, AfterRun::Family::Files);
    QCOMPARE(e[0].count, 1);
    QVERIFY2(e[0].takesEffect.contains(QStringLiteral("15 minutes"))
                 && e[0].takesEffect.contains(QStringLiteral("2 hours")),
             qPrintable(e[0].takesEffect));
    QVERIFY2(e[0].deviceNeeds.contains(QStringLiteral("File hash computation")), qPrintable(e[0].deviceNeeds));
    QCOMPARE(e[1].family, AfterRun::Family::Network);
    QCOMPARE(e[1].count, 2);
    QVERIFY2(e[1].takesEffect.contains(QStringLiteral("48 hours")), qPrintable(e[1].takesEffect));
    QVERIFY2(e[1].deviceNeeds.contains(QStringLiteral("Network protection in block mode")),
             qPrintable(e[1].deviceNeeds));
    const auto certificates = AfterRun::expectations({{IndicatorType::CertificateThumbprint, QStringLiteral("ab")}});
    QCOMPARE(certificates.size(), size_t(1));
    QCOMPARE(certificates[0].takesEffect, QStringLiteral("Up to 3 hours."));
    QCOMPARE(AfterRun::familyKey(AfterRun::Family::Network), QStringLiteral("network"));
}

void TestAfterRun::queryForFilesAndNetwork()
{
    const std::vector<AfterRun::Indicator> indicators{
        {IndicatorType::FileSha256, QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")},
        {IndicatorType::IpAddress, QStringLiteral("203.0.113.7")},
        {IndicatorType::DomainName, QStringLiteral("example.org")},
        {IndicatorType::Url, QStringLiteral("https://example.org/a?q=\"x\\y\"")},
    };
    const QString expected = QStringLiteral(
        "// Have the imported indicators fired? Advanced hunting, the last 7 days.\n"
        "let lookback = 7d;\n"
        "let fileHashes = dynamic([\"ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\"]);\n"
        "let addresses = dynamic([\"203.0.113.7\"]);\n"
        "let domainsAndUrls = dynamic([\"example.org\", \"https://example.org/a?q=\\\"x\\\\y\\\"\"]);\n"
        "union withsource=Table\n"
        "    (DeviceEvents\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where SHA1 in~ (fileHashes) or SHA256 in~ (fileHashes) or MD5 in~ (fileHashes)\n"
        "    | project Timestamp, DeviceName, ActionType, Title = \"\", Indicator = case(SHA256 in~ (fileHashes), "
        "SHA256, SHA1 in~ (fileHashes), SHA1, MD5)),\n"
        "    (AlertEvidence\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where SHA1 in~ (fileHashes) or SHA256 in~ (fileHashes)\n"
        "    | project Timestamp, DeviceName, ActionType = \"Alert\", Title, Indicator = iff(SHA256 in~ (fileHashes), "
        "SHA256, SHA1)),\n"
        "    (DeviceEvents\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where RemoteIP in (addresses) or RemoteUrl has_any (domainsAndUrls)\n"
        "    | project Timestamp, DeviceName, ActionType, Title = \"\", Indicator = iff(RemoteIP in (addresses), "
        "RemoteIP, RemoteUrl)),\n"
        "    (AlertEvidence\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where RemoteIP in (addresses) or RemoteUrl has_any (domainsAndUrls)\n"
        "    | project Timestamp, DeviceName, ActionType = \"Alert\", Title, Indicator = iff(RemoteIP in (addresses), "
        "RemoteIP, RemoteUrl))\n"
        "| sort by Timestamp desc\n");
    QCOMPARE(AfterRun::huntingQuery(indicators), expected);
}

void TestAfterRun::queryForCertificatesAndIpv6()
{
    const std::vector<AfterRun::Indicator> indicators{
        {IndicatorType::CertificateThumbprint, QStringLiteral("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")},
        {IndicatorType::IpAddress, QStringLiteral("2001:4860:4860:0:0:0:0:8888")},
    };
    const QString expected = QStringLiteral(
        "// Have the imported indicators fired? Advanced hunting, the last 7 days.\n"
        "let lookback = 7d;\n"
        "let certificates = dynamic([\"a94a8fe5ccb19ba61c4c0873d391e987982fbbd3\"]);\n"
        "let addresses = dynamic([\"2001:4860:4860:0:0:0:0:8888\", \"2001:4860:4860::8888\"]);\n"
        "union withsource=Table\n"
        "    (DeviceEvents\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where ActionType == \"AntivirusDetection\"\n"
        "    | lookup kind=inner (DeviceFileCertificateInfo | where SignerHash in~ (certificates) | summarize by SHA1, "
        "Signer = SignerHash) on SHA1\n"
        "    | project Timestamp, DeviceName, ActionType, Title = \"\", Indicator = Signer),\n"
        "    (DeviceEvents\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where RemoteIP in (addresses)\n"
        "    | project Timestamp, DeviceName, ActionType, Title = \"\", Indicator = RemoteIP),\n"
        "    (AlertEvidence\n"
        "    | where Timestamp > ago(lookback)\n"
        "    | where RemoteIP in (addresses)\n"
        "    | project Timestamp, DeviceName, ActionType = \"Alert\", Title, Indicator = RemoteIP)\n"
        "| sort by Timestamp desc\n");
    QCOMPARE(AfterRun::huntingQuery(indicators), expected);
}

void TestAfterRun::queryIsBounded()
{
    std::vector<AfterRun::Indicator> indicators;
    for (int i = 0; i < AfterRun::kMaxValuesPerList + 10; ++i)
        indicators.push_back({IndicatorType::DomainName, QStringLiteral("host%1.example.org").arg(i)});
    const QString query = AfterRun::huntingQuery(indicators);
    QVERIFY(query.startsWith(QStringLiteral("// Have the imported")));
    QVERIFY(query.contains(QStringLiteral("// 10 more values of domainsAndUrls left out to keep the query short\n")));
    QCOMPARE(query.count(QStringLiteral(".example.org\"")), AfterRun::kMaxValuesPerList);
    // Four values a line.
    QVERIFY(query.contains(QStringLiteral("\"host3.example.org\",\n    \"host4.example.org\"")));
}

void TestAfterRun::noQueryWithoutIndicators()
{
    QVERIFY(AfterRun::huntingQuery({}).isEmpty());
    QVERIFY(AfterRun::expectations({}).empty());
}

QTEST_GUILESS_MAIN(TestAfterRun)
#include "TestAfterRun.moc"
