// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvPreview.h"
#include "core/settings/RememberedMappings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

class TestColumnMappingMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remembersAMappingPerHeaderLayout();
    void previewReadsTheFirstRecordsWithTheChosenDelimiter();
    void previewRecognisesThePortalTemplate();
};

void TestColumnMappingMemory::remembersAMappingPerHeaderLayout()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RememberedMappings memory(settings);
    const QStringList headers{QStringLiteral("Observable"), QStringLiteral("Notes"), QStringLiteral("Seen by")};
    QVERIFY(!memory.find(headers));

    RememberedMapping chosen;
    chosen.dialect.delimiter = ';';
    chosen.encoding = TextEncoding::Gb18030;
    chosen.mapping.columns = {Field::IndicatorValue, std::nullopt, Field::Description};
    chosen.mapping.impliedType = IndicatorType::DomainName;
    memory.remember(headers, chosen);
    settings.sync();

    QSettings reread(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    // The same layout key, written differently.
    const auto found = RememberedMappings(reread).find(
        {QStringLiteral("observable"), QStringLiteral("NOTES"), QStringLiteral("Seen-by")});
    QVERIFY(found);
    QCOMPARE(found->dialect.delimiter, ';');
    QCOMPARE(found->encoding, TextEncoding::Gb18030);
    QVERIFY(found->mapping == chosen.mapping);
    QVERIFY(!RememberedMappings(reread).find({QStringLiteral("Observable"), QStringLiteral("Notes")}));

    RememberedMappings(reread).forget(headers);
    QVERIFY(!RememberedMappings(reread).find(headers));
}

void TestColumnMappingMemory::previewReadsTheFirstRecordsWithTheChosenDelimiter()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("feed.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Observable;Notes;Seen by\r\nevil.example.com;\"a;b\";SOC\r\n8.8.8.8;resolver;NOC\r\n");
    file.close();

    const CsvPreview sniffed = CsvPreview::read(file.fileName());
    QCOMPARE(sniffed.error, QString());
    QCOMPARE(sniffed.format, FileFormat::Csv);
    QCOMPARE(sniffed.dialect.delimiter, ';');
    QCOMPARE(sniffed.records.size(), 3);
    QCOMPARE(sniffed.records[1],
             (QStringList{QStringLiteral("evil.example.com"), QStringLiteral("a;b"), QStringLiteral("SOC")}));
    QVERIFY(sniffed.wholeFile);

    const CsvPreview comma = CsvPreview::read(file.fileName(), TextEncoding::Auto, CsvDialect{',', '"'});
    QCOMPARE(comma.records.first().size(), 1);
    QCOMPARE(CsvPreview::read(file.fileName(), TextEncoding::Auto, std::nullopt, 1).records.size(), 1);
    QVERIFY(!CsvPreview::read(dir.filePath(QStringLiteral("missing.csv"))).error.isEmpty());
}

void TestColumnMappingMemory::previewRecognisesThePortalTemplate()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("portal.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
               "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n");
    file.close();
    QCOMPARE(CsvPreview::read(file.fileName()).format, FileFormat::PortalCsv);
}

QTEST_GUILESS_MAIN(TestColumnMappingMemory)
#include "TestColumnMappingMemory.moc"
