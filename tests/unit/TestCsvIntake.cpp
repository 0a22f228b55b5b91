// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/ColumnMapping.h"
#include "core/io/TableReader.h"
#include "support/TestSupport.h"

#include <QtTest>

using namespace im;

Q_DECLARE_METATYPE(im::IndicatorType)

namespace {

struct Read
{
    ReadReport report;
    IndicatorTable table;
};

Read readFixture(const QString &relative, const ReadOptions &options = {})
{
    Read r;
    r.report = TableReader::readFile(test::dataPath(relative), r.table, options);
    return r;
}

QString rowText(const IndicatorTable &table, int row)
{
    return table.text(row, Field::IndicatorType) + u'=' + table.text(row, Field::IndicatorValue);
}

} // namespace

// CSV and TSV files as vendors and tools write them: type names of their own, several indicator columns.
class TestCsvIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeSynonyms_data();
    void typeSynonyms();
    void typeColumnSynonymsAreMappedWhenRead();
    void severalIndicatorColumnsGiveOneRowEach();
    void aChosenMappingWithSeveralValueColumns();
};

void TestCsvIntake::typeSynonyms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<IndicatorType>("type");
    const struct
    {
        const char *text;
        IndicatorType type;
    } cases[] = {
        {"Domain", IndicatorType::DomainName},
        {"hostname", IndicatorType::DomainName},
        {"FQDN", IndicatorType::DomainName},
        {"domain-name", IndicatorType::DomainName},
        {"IP", IndicatorType::IpAddress},
        {"IPv4", IndicatorType::IpAddress},
        {"ip-dst", IndicatorType::IpAddress},
        {"ipv6-addr", IndicatorType::IpAddress},
        {"SHA256", IndicatorType::FileSha256},
        {"sha-256", IndicatorType::FileSha256},
        {"SHA1", IndicatorType::FileSha1},
        {"MD5", IndicatorType::FileMd5},
        {"URL", IndicatorType::Url},
        {"uri", IndicatorType::Url},
        {"x509-fingerprint-sha1", IndicatorType::CertificateThumbprint},
        {"Banana", IndicatorType::Unknown},
        {"", IndicatorType::Unknown},
    };
    for (const auto &c : cases)
        QTest::newRow(c.text) << QString::fromLatin1(c.text) << c.type;
}

void TestCsvIntake::typeSynonyms()
{
    QFETCH(QString, text);
    QFETCH(IndicatorType, type);
    QCOMPARE(indicatorTypeFromSynonym(text.toUtf8()), type);
}

void TestCsvIntake::typeColumnSynonymsAreMappedWhenRead()
{
    const Read r = readFixture(QStringLiteral("csv/type-synonyms.tsv"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    const QStringList expected = {
        QStringLiteral("DomainName"),
        QStringLiteral("IpAddress"),
        QStringLiteral("FileSha256"),
        QStringLiteral("DomainName"),
        QStringLiteral("IpAddress"),
        QStringLiteral("FileSha256"),
        QStringLiteral("FileMd5"),
        QStringLiteral("Url"),
        QStringLiteral("DomainName"),
        QStringLiteral("IpAddress"),
        QStringLiteral("Url"),
        QStringLiteral("DomainName"),
        QStringLiteral("CertificateThumbprint"),
        QStringLiteral("Banana"), // not a type anyone uses: kept as written, so validation names it
    };
    QCOMPARE(r.table.rowCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(r.table.text(i, Field::IndicatorType), expected[i]);
}

void TestCsvIntake::severalIndicatorColumnsGiveOneRowEach()
{
    const Read r = readFixture(QStringLiteral("csv/vendor-several-indicators.csv"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QStringList rows;
    for (int i = 0; i < r.table.rowCount(); ++i)
        rows.append(rowText(r.table, i));
    const QStringList expected = {
        QStringLiteral("FileSha256=8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f"),
        QStringLiteral("FileSha1=3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4"),
        QStringLiteral("FileMd5=0cc175b9c0f1b6a831c399e269772661"),
        QStringLiteral("IpAddress=203.0.113.45"),
        QStringLiteral("FileSha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        QStringLiteral("DomainName=c2.example.net"),
        QStringLiteral("FileSha256="), // a row without any indicator stays, so its problem is shown
    };
    QCOMPARE(rows, expected);
    // The rows of one source row share its other cells and its line.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(r.table.text(i, Field::Description), QStringLiteral("Loader family"));
        QCOMPARE(r.table.sourceLine(i), 2);
    }
    QCOMPARE(r.table.sourceLine(5), 3);
    QCOMPARE(r.table.text(6, Field::Description), QStringLiteral("no indicators in this row"));
    // The columns that are no field are still named.
    const QString notices = r.report.notices.join(u'\n');
    QVERIFY(notices.contains(QStringLiteral("\"Sample\"")));
    QVERIFY(notices.contains(QStringLiteral("\"First seen\"")));
}

void TestCsvIntake::aChosenMappingWithSeveralValueColumns()
{
    // The mapping dialog's choice: "Sample" is not an indicator, the hash and C2 columns are.
    ReadOptions options;
    ColumnMapping mapping;
    mapping.columns = {std::nullopt,          Field::IndicatorValue, std::nullopt, std::nullopt,
                       Field::IndicatorValue, std::nullopt,          Field::Title};
    options.mapping = mapping;
    options.format = FileFormat::Csv;
    const Read r = readFixture(QStringLiteral("csv/vendor-several-indicators.csv"), options);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 5);
    QCOMPARE(rowText(r.table, 1), QStringLiteral("IpAddress=203.0.113.45"));
    QCOMPARE(r.table.text(1, Field::Title), QStringLiteral("Loader family"));
    QCOMPARE(rowText(r.table, 3), QStringLiteral("DomainName=c2.example.net"));
}

QTEST_GUILESS_MAIN(TestCsvIntake)
#include "TestCsvIntake.moc"
