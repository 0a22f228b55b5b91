// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/DocumentLoader.h"
#include "core/document/IndicatorDocument.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/ColumnMapping.h"
#include "core/io/DecodedStream.h"
#include "core/io/TableReader.h"
#include "core/io/TextDecoder.h"
#include "support/ReaderTestSupport.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace im;
using test::Read;
using test::readBytes;
using test::readFixture;
using test::readPath;

Q_DECLARE_METATYPE(im::FileFormat)
Q_DECLARE_METATYPE(im::TextEncoding)
Q_DECLARE_METATYPE(im::Field)
Q_DECLARE_METATYPE(im::IndicatorType)
Q_DECLARE_METATYPE(im::BoolCell)

namespace {

ReadOptions withFormat(FileFormat format)
{
    ReadOptions options;
    options.format = format;
    return options;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Bytes of a literal including any NUL characters in it.
template<size_t N>
QByteArray rawBytes(const char (&text)[N])
{
    return QByteArray(text, static_cast<qsizetype>(N - 1));
}

QStringList cellsOf(const IndicatorTable &table, int row, std::initializer_list<Field> fields)
{
    QStringList out;
    for (Field f : fields)
        out.append(table.text(row, f));
    return out;
}

QStringList columnOf(const IndicatorTable &table, Field field)
{
    QStringList out;
    for (int r = 0; r < table.rowCount(); ++r)
        out.append(table.text(r, field));
    return out;
}

QList<qint64> sourceLinesOf(const IndicatorTable &table)
{
    QList<qint64> out;
    for (int r = 0; r < table.rowCount(); ++r)
        out.append(table.sourceLine(r));
    return out;
}

QString noteCodes(const IndicatorTable &table, int row)
{
    QStringList codes;
    const auto notes = table.readNotes(row);
    for (const ReadNote &note : notes)
        codes.append(QString::fromLatin1(issueInfo(note.code).code));
    return codes.join(u',');
}

QString noteDetails(const IndicatorTable &table, int row)
{
    QStringList details;
    const auto notes = table.readNotes(row);
    for (const ReadNote &note : notes)
        details.append(note.detail);
    return details.join(u'|');
}

std::unique_ptr<IndicatorDocument> validated(IndicatorTable &table)
{
    auto document = std::make_unique<IndicatorDocument>(std::move(table));
    document->setNow(test::kTestNow);
    document->validateAll();
    return document;
}

QByteArray encodeAs(const QString &text, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: return text.toUtf8();
    case TextEncoding::Utf8Bom: return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case TextEncoding::Utf16LE: {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }
    case TextEncoding::Utf16BE: {
        QStringEncoder encoder(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }
    case TextEncoding::Gb18030: {
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(text);
        if (!encoder.isValid() || encoder.hasError())
            qFatal("GB18030 cannot encode the test text");
        return bytes;
    }
    case TextEncoding::Windows1252: {
        QStringEncoder encoder("windows-1252");
        const QByteArray bytes = encoder.encode(text);
        if (!encoder.isValid() || encoder.hasError())
            qFatal("Windows-1252 cannot encode the test text");
        return bytes;
    }
    }
    return {};
}

// The sample rows of the portal's downloadable template (shared/spec §6), in its column order.
const char kPortalHeader[] = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                             "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert";

const QString kSha256 = QStringLiteral("2233223322332233223322332233223322332233223322332233223322332222");

QString sha256Of(int i)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
}

struct ExpectedRow
{
    QString value;
    QString title;
    QString description;
    qint64 line;
};

// A large file in one of the readers' formats, with its expected rows. Every seventh description spans
// two lines and holds a comma and quotes, so records and characters straddle the 1 MiB read blocks.
QString generatedFile(const QString &format, bool chinese, int rows, std::vector<ExpectedRow> *expected)
{
    QString text;
    qint64 line = 1;
    if (format == QLatin1String("csv")) {
        text += QStringLiteral("IndicatorValue,IndicatorType,Title,Description\r\n");
        ++line;
    } else if (format == QLatin1String("json")) {
        text += QStringLiteral("{\"Indicators\": [\n");
        ++line;
    }
    for (int i = 0; i < rows; ++i) {
        const QString value = sha256Of(i);
        const QString title =
            chinese ? QStringLiteral("勒索软件下载器 第%1号").arg(i) : QStringLiteral("Crème brûlée café n°%1").arg(i);
        const bool multiLine = format != QLatin1String("ioc") && i % 7 == 0;
        const QString description = multiLine ? QStringLiteral("line one, with comma\r\nline \"two\" %1").arg(i)
                                              : QStringLiteral("plain %1").arg(i);
        if (format == QLatin1String("csv")) {
            QString quoted = description;
            quoted.replace(u'"', QStringLiteral("\"\""));
            text += value + QStringLiteral(",FileSha256,") + title + u','
                    + (multiLine ? u'"' + quoted + u'"' : description) + QStringLiteral("\r\n");
            expected->push_back({value, title, description, line});
            line += multiLine ? 2 : 1;
        } else if (format == QLatin1String("json")) {
            QJsonObject object;
            object.insert(QStringLiteral("indicatorValue"), value);
            object.insert(QStringLiteral("indicatorType"), QStringLiteral("FileSha256"));
            object.insert(QStringLiteral("title"), title);
            object.insert(QStringLiteral("description"), description);
            text += QStringLiteral("  ") + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                    + (i + 1 < rows ? QStringLiteral(",\n") : QStringLiteral("\n"));
            expected->push_back({value, title, description, line});
            ++line;
        } else {
            text += value + QStringLiteral(" # ") + title + QStringLiteral("\r\n");
            expected->push_back({value, title, QString(), line});
            ++line;
        }
    }
    if (format == QLatin1String("json"))
        text += QStringLiteral("]}\n");
    return text;
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The Defender portal template
    void readsThePortalTemplateSampleRows_data();
    void readsThePortalTemplateSampleRows();
    void detectsThePortalHeaderInAnyLetterCase_data();
    void detectsThePortalHeaderInAnyLetterCase();
    void reportsAnUnmappedColumnOnlyWhenTheMappingWasGuessed();
    void keepsGroupAndTechniqueListsOfOneQuotedField_data();
    void keepsGroupAndTechniqueListsOfOneQuotedField();
    void acceptsGenerateAlertInAnyLetterCase_data();
    void acceptsGenerateAlertInAnyLetterCase();
    void acceptsExpirationTimesWithUpToSevenFractionDigits_data();
    void acceptsExpirationTimesWithUpToSevenFractionDigits();

    // Other delimited tables
    void sniffsTheDelimiter_data();
    void sniffsTheDelimiter();
    void mapsHeaderSynonyms_data();
    void mapsHeaderSynonyms();
    void takesTheTypeFromAValueColumnNamedAfterIt_data();
    void takesTheTypeFromAValueColumnNamedAfterIt();
    void infersTheTypeWithoutATypeColumn_data();
    void infersTheTypeWithoutATypeColumn();
    void reportsColumnsThatFeedNoField();
    void readsHeaderlessFiles_data();
    void readsHeaderlessFiles();
    void readsExactlyTheColumnLimit();

    // RFC 4180
    void followsRfc4180_data();
    void followsRfc4180();
    void notesExtraFieldsWithTheDroppedValues();
    void notesAnUnterminatedQuoteAtTheEnd_data();
    void notesAnUnterminatedQuoteAtTheEnd();
    void countsLinesAcrossMultiLineFields();
    void readsRecordsSplitAcrossReadBlocks_data();
    void readsRecordsSplitAcrossReadBlocks();

    // Encodings
    void detectsTheEncoding_data();
    void detectsTheEncoding();
    void decodesEveryEncodingToTheSameCells_data();
    void decodesEveryEncodingToTheSameCells();
    void readsSurrogatePairsSplitAcrossReadBlocks_data();
    void readsSurrogatePairsSplitAcrossReadBlocks();
    void readsLargeFilesInEveryEncoding_data();
    void readsLargeFilesInEveryEncoding();
    void rejectsInvalidUtf8NamingTheOffset_data();
    void rejectsInvalidUtf8NamingTheOffset();
    void namesTheByteOffsetOfANulCharacter();
    void rejectsNulBytesAndBinaryData_data();
    void rejectsNulBytesAndBinaryData();

    // JSON
    void readsEveryJsonShape_data();
    void readsEveryJsonShape();
    void ignoresResponseOnlyProperties();
    void readsTypedJsonValues_data();
    void readsTypedJsonValues();
    void notesJsonElementsThatAreNotObjects_data();
    void notesJsonElementsThatAreNotObjects();
    void reportsUnknownJsonPropertiesOnce();
    void rejectsBrokenJson_data();
    void rejectsBrokenJson();
    void limitsJsonNesting_data();
    void limitsJsonNesting();

    // Plain IOC lists
    void readsAMixedIocList_data();
    void readsAMixedIocList();
    void readsIocListLines_data();
    void readsIocListLines();
    void keepsDefangedValuesAsWritten_data();
    void keepsDefangedValuesAsWritten();

    // The API documentation's own example
    void loadsAndValidatesTheImportExample();

    // Bad input
    void rejectsBadInputWithoutRows_data();
    void rejectsBadInputWithoutRows();
    void failsAReadThatBreaksOffMidway_data();
    void failsAReadThatBreaksOffMidway();
    void stopsWhenProgressCancels();

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;
    Read readAsFile(const QByteArray &bytes, const QString &fileName, const ReadOptions &options = {});
};

Read TestReaders::readAsFile(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    const QString dir = m_dir.filePath(QString::number(++m_fileCounter));
    QDir().mkpath(dir);
    const QString path = dir + u'/' + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return readPath(path, options);
}

void TestReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QStringDecoder("GB18030").isValid(), "this Qt has no GB18030 codec");
    QVERIFY2(QStringDecoder("windows-1252").isValid(), "this Qt has no Windows-1252 codec");
}

// ---------------------------------------------------------------------------------------------------
// The Defender portal template

void TestReaders::readsThePortalTemplateSampleRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells"); // in template column order

    QTest::newRow("file SHA1 row with three device groups and three techniques")
        << 0
        << QStringList{QStringLiteral("FileSha1"),
                       QStringLiteral("deadbeafb263b10b284405889fb25dcc3bf1aebb"),
                       QStringLiteral("2018-09-16T12:11:06.2446367Z"),
                       QStringLiteral("BlockAndRemediate"),
                       QStringLiteral("Informational"),
                       QStringLiteral("File SHA1 custom TI example"),
                       QStringLiteral("malware downloader"),
                       QStringLiteral("Recommended actions should be here"),
                       QStringLiteral("GroupName1,GroupName2,GroupName3"),
                       QStringLiteral("SuspiciousActivity"),
                       QStringLiteral("T0000,T0001,T0002"),
                       QStringLiteral("true")};
    QTest::newRow("file SHA256 row with a blank expiration and unquoted title")
        << 1
        << QStringList{QStringLiteral("FileSha256"),
                       QStringLiteral("deadbeafd034a66599407e2fa2ccaf15d11f1079fc0d012bb7b2b8ce66673689"),
                       QString(),
                       QStringLiteral("Audit"),
                       QStringLiteral("Low"),
                       QStringLiteral("File SHA256 custom TI example"),
                       QStringLiteral("Red Team Activity"),
                       QStringLiteral("Recommended actions should be here"),
                       QStringLiteral("GroupName1"),
                       QStringLiteral("Discovery"),
                       QStringLiteral("T1046"),
                       QStringLiteral("true")};
    QTest::newRow("IP address row with empty quoted fields")
        << 2
        << QStringList{QStringLiteral("IpAddress"),
                       QStringLiteral("10.10.10.10"),
                       QStringLiteral("2018-09-16T12:11:06.2446367Z"),
                       QStringLiteral("Allowed"),
                       QStringLiteral("Informational"),
                       QStringLiteral("Ip Address custom TI example"),
                       QStringLiteral("malware downloader"),
                       QStringLiteral("Recommended actions should be here"),
                       QString(),
                       QString(),
                       QString(),
                       QStringLiteral("false")};
    QTest::newRow("URL row") << 3
                             << QStringList{QStringLiteral("Url"),
                                            QStringLiteral("http://www.facebook.com"),
                                            QStringLiteral("2018-09-16T12:11:06.2446367Z"),
                                            QStringLiteral("Block"),
                                            QStringLiteral("Informational"),
                                            QStringLiteral("Url custom TI example"),
                                            QStringLiteral("malware downloader"),
                                            QStringLiteral("Recommended actions should be here"),
                                            QString(),
                                            QString(),
                                            QString(),
                                            QStringLiteral("true")};
    QTest::newRow("domain row with category None, the last line")
        << 4
        << QStringList{QStringLiteral("DomainName"),
                       QStringLiteral("www.facebook.com"),
                       QString(),
                       QStringLiteral("Audit"),
                       QStringLiteral("Low"),
                       QStringLiteral("Domain custom TI example"),
                       QStringLiteral("Red Team Activity"),
                       QStringLiteral("Recommended actions should be here"),
                       QString(),
                       QStringLiteral("None"),
                       QString(),
                       QStringLiteral("true")};
}

void TestReaders::readsThePortalTemplateSampleRows()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);

    const Read r = readFixture(QStringLiteral("csv/portal-template.csv"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::PortalCsv);
    QCOMPARE(r.report.encoding, TextEncoding::Utf8);
    QCOMPARE(r.report.dialect.delimiter, ',');
    QCOMPARE(r.report.headers, portalTemplateHeaders());
    QCOMPARE(r.report.mapping.columns.size(), portalTemplateFields().size());
    for (size_t i = 0; i < portalTemplateFields().size(); ++i)
        QCOMPARE(r.report.mapping.columns[i], std::optional<Field>(portalTemplateFields()[i]));
    QVERIFY(r.report.notices.isEmpty());
    QCOMPARE(r.table.rowCount(), 5);

    QStringList actual;
    for (Field f : portalTemplateFields())
        actual.append(r.table.text(row, f));
    QCOMPARE(actual, cells);
    QCOMPARE(r.table.sourceLine(row), qint64(row + 2));
    QCOMPARE(noteCodes(r.table, row), QString());
    for (Field f : {Field::Application, Field::EducateUrl, Field::ExternalId})
        QCOMPARE(r.table.text(row, f), QString());
}

void TestReaders::detectsThePortalHeaderInAnyLetterCase_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<FileFormat>("format");
    QTest::addColumn<QString>("notice"); // a column name the notices must mention, or empty for none

    QTest::newRow("template header as downloaded") << QByteArray(kPortalHeader) << FileFormat::PortalCsv << QString();
    QTest::newRow("template header in lower case")
        << QByteArray(kPortalHeader).toLower() << FileFormat::PortalCsv << QString();
    QTest::newRow("template header in upper case")
        << QByteArray(kPortalHeader).toUpper() << FileFormat::PortalCsv << QString();
    QTest::newRow("template header in mixed case")
        << QByteArray("indicatortype,INDICATORVALUE,expirationTime,ACTION,severity,Title,DESCRIPTION,"
                      "recommendedactions,RBACGROUPS,category,mitreTechniques,generatealert")
        << FileFormat::PortalCsv << QString();
    QTest::newRow("template header with every name quoted")
        << QByteArray("\"IndicatorType\",\"IndicatorValue\",\"ExpirationTime\",\"Action\",\"Severity\",\"Title\","
                      "\"Description\",\"RecommendedActions\",\"RbacGroups\",\"Category\",\"MitreTechniques\","
                      "\"GenerateAlert\"")
        << FileFormat::PortalCsv << QString();
    QTest::newRow("template header with spaces around names")
        << QByteArray("IndicatorType, IndicatorValue, ExpirationTime, Action, Severity, Title, Description, "
                      "RecommendedActions, RbacGroups, Category, MitreTechniques, GenerateAlert")
        << FileFormat::PortalCsv << QString();
    QTest::newRow("template columns in another order are a generic table")
        << QByteArray("IndicatorValue,IndicatorType,Action,Title,Description,Severity,ExpirationTime,"
                      "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert")
        << FileFormat::Csv << QString();
    QTest::newRow("template without its last column is a generic table")
        << QByteArray("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                      "RecommendedActions,RbacGroups,Category,MitreTechniques")
        << FileFormat::Csv << QString();
    QTest::newRow("template with an extra column is a generic table that reports it")
        << QByteArray(kPortalHeader) + ",Reviewer" << FileFormat::Csv << QStringLiteral("Reviewer");
}

void TestReaders::detectsThePortalHeaderInAnyLetterCase()
{
    QFETCH(QByteArray, header);
    QFETCH(FileFormat, format);
    QFETCH(QString, notice);

    // One data row whose values follow the header's own order.
    const QHash<QString, QByteArray> valueFor = {
        {QStringLiteral("indicatortype"), "FileSha256"},
        {QStringLiteral("indicatorvalue"), kSha256.toLatin1()},
        {QStringLiteral("expirationtime"), "2027-01-31T00:00:00Z"},
        {QStringLiteral("action"), "Block"},
        {QStringLiteral("severity"), "High"},
        {QStringLiteral("title"), "Ransomware loader"},
        {QStringLiteral("description"), "Seen in March"},
        {QStringLiteral("recommendedactions"), "Isolate the device"},
        {QStringLiteral("rbacgroups"), "\"Tier 0,Servers\""},
        {QStringLiteral("category"), "Ransomware"},
        {QStringLiteral("mitretechniques"), "\"T1486,T1490\""},
        {QStringLiteral("generatealert"), "TRUE"},
        {QStringLiteral("reviewer"), "J. Smith"},
    };
    QByteArrayList values;
    const QList<QByteArray> names = header.split(',');
    for (QByteArray name : names) {
        name = name.trimmed().toLower();
        name.replace('"', "");
        values.append(valueFor.value(QString::fromLatin1(name)));
    }
    const Read r = readBytes(header + "\r\n" + values.join(',') + "\r\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, format);
    QCOMPARE(r.table.rowCount(), 1);

    Indicator expected;
    expected[Field::IndicatorType] = QStringLiteral("FileSha256");
    expected[Field::IndicatorValue] = kSha256;
    expected[Field::ExpirationTime] = QStringLiteral("2027-01-31T00:00:00Z");
    expected[Field::Action] = QStringLiteral("Block");
    expected[Field::Severity] = QStringLiteral("High");
    expected[Field::Title] = QStringLiteral("Ransomware loader");
    expected[Field::Description] = QStringLiteral("Seen in March");
    expected[Field::RecommendedActions] = QStringLiteral("Isolate the device");
    expected[Field::RbacGroupNames] = QStringLiteral("Tier 0,Servers");
    expected[Field::Category] = QStringLiteral("Ransomware");
    expected[Field::MitreTechniques] = QStringLiteral("T1486,T1490");
    expected[Field::GenerateAlert] = QStringLiteral("TRUE");
    if (names.size() < 12)
        expected[Field::GenerateAlert].clear();
    QCOMPARE(r.table.indicator(0), expected);

    if (notice.isEmpty()) {
        QCOMPARE(r.report.notices, QStringList());
    } else {
        QCOMPARE(r.report.notices.size(), 1);
        QVERIFY2(r.report.notices.first().contains(notice), qPrintable(r.report.notices.first()));
    }
}

void TestReaders::reportsAnUnmappedColumnOnlyWhenTheMappingWasGuessed()
{
    const QByteArray file = "IndicatorValue,Reviewer\r\n" + kSha256.toLatin1() + ",J. Smith\r\n";
    const Read guessed = readBytes(file);
    QCOMPARE(guessed.report.notices.size(), 1);
    QVERIFY2(guessed.report.notices.first().contains(QStringLiteral("Reviewer")),
             qPrintable(guessed.report.notices.first()));
    // The same mapping chosen in the mapping dialog, "Reviewer" set to "Not imported": nothing to report.
    ReadOptions chosen;
    chosen.mapping = guessed.report.mapping;
    const Read read = readBytes(file, chosen);
    QVERIFY2(read.report.ok(), qPrintable(read.report.error));
    QCOMPARE(read.table.rowCount(), 1);
    QCOMPARE(read.report.notices, QStringList());
}

void TestReaders::keepsGroupAndTechniqueListsOfOneQuotedField_data()
{
    QTest::addColumn<QByteArray>("rbacField");
    QTest::addColumn<QString>("rbacCell");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QByteArray>("mitreField");
    QTest::addColumn<QString>("mitreCell");

    QTest::newRow("three groups and three techniques in quoted fields")
        << QByteArray("\"GroupName1,GroupName2,GroupName3\"") << QStringLiteral("GroupName1,GroupName2,GroupName3")
        << QStringList{QStringLiteral("GroupName1"), QStringLiteral("GroupName2"), QStringLiteral("GroupName3")}
        << QByteArray("\"T0000,T0001,T0002\"") << QStringLiteral("T0000,T0001,T0002");
    QTest::newRow("one group and one technique without quotes")
        << QByteArray("GroupName1") << QStringLiteral("GroupName1") << QStringList{QStringLiteral("GroupName1")}
        << QByteArray("T1046") << QStringLiteral("T1046");
    QTest::newRow("empty quoted fields mean all devices and no techniques")
        << QByteArray("\"\"") << QString() << QStringList() << QByteArray("\"\"") << QString();
    QTest::newRow("spaces after the commas are kept as written")
        << QByteArray("\"Tier 0, Servers\"") << QStringLiteral("Tier 0, Servers")
        << QStringList{QStringLiteral("Tier 0"), QStringLiteral("Servers")} << QByteArray("\"T1486, T1490.001\"")
        << QStringLiteral("T1486, T1490.001");
    QTest::newRow("group name holding doubled quotes")
        << QByteArray("\"Legal \"\"EU\"\",HR\"") << QStringLiteral("Legal \"EU\",HR")
        << QStringList{QStringLiteral("Legal \"EU\""), QStringLiteral("HR")} << QByteArray("T1566")
        << QStringLiteral("T1566");
    QTest::newRow("Chinese group names") << QByteArray("\"财务部,研发部\"") << QStringLiteral("财务部,研发部")
                                         << QStringList{QStringLiteral("财务部"), QStringLiteral("研发部")}
                                         << QByteArray("\"T1059,T1105\"") << QStringLiteral("T1059,T1105");
}

void TestReaders::keepsGroupAndTechniqueListsOfOneQuotedField()
{
    QFETCH(QByteArray, rbacField);
    QFETCH(QString, rbacCell);
    QFETCH(QStringList, groups);
    QFETCH(QByteArray, mitreField);
    QFETCH(QString, mitreCell);

    const QByteArray row = "FileSha256," + kSha256.toLatin1() + ",,Block,High,Loader,Seen," + "Isolate," + rbacField
                           + ",Ransomware," + mitreField + ",true\r\n";
    const Read r = readBytes(QByteArray(kPortalHeader) + "\r\n" + row);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::PortalCsv);
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::RbacGroupNames), rbacCell);
    QCOMPARE(Indicator::splitList(r.table.text(0, Field::RbacGroupNames)), groups);
    QCOMPARE(r.table.text(0, Field::MitreTechniques), mitreCell);
    QCOMPARE(r.table.text(0, Field::Category), QStringLiteral("Ransomware"));
    QCOMPARE(r.table.text(0, Field::GenerateAlert), QStringLiteral("true"));
    QCOMPARE(noteCodes(r.table, 0), QString());
}

void TestReaders::acceptsGenerateAlertInAnyLetterCase_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<BoolCell>("parsed");

    QTest::newRow("template's lower-case true") << QByteArray("true") << BoolCell::True;
    QTest::newRow("template's lower-case false") << QByteArray("false") << BoolCell::False;
    QTest::newRow("documented True") << QByteArray("True") << BoolCell::True;
    QTest::newRow("documented False") << QByteArray("False") << BoolCell::False;
    QTest::newRow("upper-case TRUE from a spreadsheet") << QByteArray("TRUE") << BoolCell::True;
    QTest::newRow("upper-case FALSE from a spreadsheet") << QByteArray("FALSE") << BoolCell::False;
    QTest::newRow("random case tRuE") << QByteArray("tRuE") << BoolCell::True;
    QTest::newRow("blank is not set") << QByteArray() << BoolCell::Blank;
    QTest::newRow("yes is not a boolean") << QByteArray("yes") << BoolCell::Invalid;
    QTest::newRow("1 is not a boolean") << QByteArray("1") << BoolCell::Invalid;
}

void TestReaders::acceptsGenerateAlertInAnyLetterCase()
{
    QFETCH(QByteArray, text);
    QFETCH(BoolCell, parsed);

    const QByteArray row = "FileSha256," + kSha256.toLatin1() + ",,Block,High,Loader,Seen,,,,," + text + "\r\n";
    Read r = readBytes(QByteArray(kPortalHeader) + "\r\n" + row);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::GenerateAlert), QString::fromUtf8(text));
    QCOMPARE(parseBoolCell(r.table.cell(0, Field::GenerateAlert)), parsed);
    const auto document = validated(r.table);
    QCOMPARE(document->issues(0).contains(IssueCode::AlertInvalid), parsed == BoolCell::Invalid);
}

void TestReaders::acceptsExpirationTimesWithUpToSevenFractionDigits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("issues"); // expiration issues after validation at test::kTestNow

    QTest::newRow("no fraction digits") << QByteArray("2027-01-31T12:11:06Z") << QString();
    QTest::newRow("one fraction digit, as the documented .0Z") << QByteArray("2027-01-31T12:11:06.0Z") << QString();
    QTest::newRow("two fraction digits") << QByteArray("2027-01-31T12:11:06.24Z") << QString();
    QTest::newRow("three fraction digits") << QByteArray("2027-01-31T12:11:06.244Z") << QString();
    QTest::newRow("four fraction digits") << QByteArray("2027-01-31T12:11:06.2446Z") << QString();
    QTest::newRow("five fraction digits") << QByteArray("2027-01-31T12:11:06.24463Z") << QString();
    QTest::newRow("six fraction digits") << QByteArray("2027-01-31T12:11:06.244636Z") << QString();
    QTest::newRow("seven fraction digits, as the template") << QByteArray("2027-01-31T12:11:06.2446367Z") << QString();
    QTest::newRow("blank means never expires") << QByteArray() << QString();
    QTest::newRow("the template's own 2018 date is in the past")
        << QByteArray("2018-09-16T12:11:06.2446367Z") << QStringLiteral("expiration.past");
    QTest::newRow("eight fraction digits are too many")
        << QByteArray("2027-01-31T12:11:06.24463671Z") << QStringLiteral("expiration.invalid");
    QTest::newRow("a date without a time") << QByteArray("2027-01-31") << QStringLiteral("expiration.invalid");
}

void TestReaders::acceptsExpirationTimesWithUpToSevenFractionDigits()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, issues);

    const QByteArray row = "FileSha256," + kSha256.toLatin1() + ',' + text + ",Block,High,Loader,Seen,,,,,\r\n";
    Read r = readBytes(QByteArray(kPortalHeader) + "\r\n" + row);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::PortalCsv);
    QCOMPARE(r.table.text(0, Field::ExpirationTime), QString::fromUtf8(text));
    const auto document = validated(r.table);
    QCOMPARE(test::codesOf(document->issues(0).forField(Field::ExpirationTime)), issues);
}

// ---------------------------------------------------------------------------------------------------
// Other delimited tables

void TestReaders::sniffsTheDelimiter_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("titles");

    const QStringList values = {QStringLiteral("evil.example.com"), QStringLiteral("198.51.100.7"),
                                QStringLiteral("bad.example.net")};

    QTest::newRow("comma separated")
        << QByteArray("value,title\nevil.example.com,C2\n198.51.100.7,Scanner\nbad.example.net,Phish\n") << ','
        << values << QStringList{QStringLiteral("C2"), QStringLiteral("Scanner"), QStringLiteral("Phish")};
    QTest::newRow("tab separated with commas in titles")
        << QByteArray("value\ttitle\nevil.example.com\tC2, primary\n198.51.100.7\tScanner, ssh\n"
                      "bad.example.net\tPhish\n")
        << '\t' << values
        << QStringList{QStringLiteral("C2, primary"), QStringLiteral("Scanner, ssh"), QStringLiteral("Phish")};
    QTest::newRow("semicolon separated with commas in titles, as European Excel saves")
        << QByteArray("Value;Title;Severity\r\nevil.example.com;C2, primary;High\r\n198.51.100.7;Scanner, ssh, "
                      "daily;Low\r\nbad.example.net;Phish;Medium\r\n")
        << ';' << values
        << QStringList{QStringLiteral("C2, primary"), QStringLiteral("Scanner, ssh, daily"), QStringLiteral("Phish")};
    QTest::newRow("semicolon separated with blank lines between rows")
        << QByteArray("value;title\n\n\nevil.example.com;C2\n\n\n198.51.100.7;Scanner\n\n\nbad.example.net;Phish\n\n\n")
        << ';' << values << QStringList{QStringLiteral("C2"), QStringLiteral("Scanner"), QStringLiteral("Phish")};
    QTest::newRow("pipe separated")
        << QByteArray("value|title\nevil.example.com|C2\n198.51.100.7|Scanner\nbad.example.net|Phish\n") << '|'
        << values << QStringList{QStringLiteral("C2"), QStringLiteral("Scanner"), QStringLiteral("Phish")};
    QTest::newRow("semicolon separated with quoted semicolons")
        << QByteArray("value;title\nevil.example.com;\"C2; primary\"\n198.51.100.7;\"a;b;c\"\nbad.example.net;Phish\n")
        << ';' << values
        << QStringList{QStringLiteral("C2; primary"), QStringLiteral("a;b;c"), QStringLiteral("Phish")};
    QTest::newRow("comma separated where titles hold semicolons")
        << QByteArray("value,title\nevil.example.com,C2; primary\n198.51.100.7,Scanner; ssh\nbad.example.net,P\n")
        << ',' << values
        << QStringList{QStringLiteral("C2; primary"), QStringLiteral("Scanner; ssh"), QStringLiteral("P")};
    QTest::newRow("comma separated with quoted commas and a multi-line title")
        << QByteArray("value,title\nevil.example.com,\"C2, primary\"\n198.51.100.7,\"line one\nline two\"\n"
                      "bad.example.net,Phish\n")
        << ',' << values
        << QStringList{QStringLiteral("C2, primary"), QStringLiteral("line one\nline two"), QStringLiteral("Phish")};
    QTest::newRow("a single named column") << QByteArray("ioc\nevil.example.com\n198.51.100.7\nbad.example.net\n")
                                           << ',' << values << QStringList{QString(), QString(), QString()};
}

void TestReaders::sniffsTheDelimiter()
{
    QFETCH(QByteArray, file);
    QFETCH(char, delimiter);
    QFETCH(QStringList, values);
    QFETCH(QStringList, titles);

    const Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Csv);
    QCOMPARE(r.report.dialect.delimiter, delimiter);
    QCOMPARE(columnOf(r.table, Field::IndicatorValue), values);
    QCOMPARE(columnOf(r.table, Field::Title), titles);
}

void TestReaders::mapsHeaderSynonyms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("cell");

    auto valueColumn = [](const char *name, Field field) {
        QTest::addRow("value column named \"%s\"", name)
            << QString::fromUtf8(name) + QStringLiteral(",Title\nevil.example.com,C2\n") << field
            << QStringLiteral("evil.example.com");
    };
    auto otherColumn = [](const char *name, Field field, const char *cell) {
        QTest::addRow("%s column named \"%s\"", apiName(field), name)
            << QStringLiteral("IndicatorValue,") + QString::fromUtf8(name) + QStringLiteral("\nevil.example.com,")
                   + QString::fromUtf8(cell) + u'\n'
            << field << QString::fromUtf8(cell);
    };

    for (const char *name : {"IndicatorValue",
                             "indicator_value",
                             "value",
                             "Value",
                             "ioc",
                             "IOC",
                             "IOC Value",
                             "indicator",
                             "Observable",
                             "observable_value",
                             "artifact",
                             "hash",
                             "File Hash",
                             "sha256",
                             "SHA-256",
                             "sha1",
                             "md5",
                             "ip",
                             "IP Address",
                             "ip_address",
                             "IPv4",
                             "domain",
                             "Domain Name",
                             "hostname",
                             "FQDN",
                             "url",
                             "URL",
                             "uri",
                             "thumbprint",
                             "指示器值",
                             "指标值",
                             "指標值"})
        valueColumn(name, Field::IndicatorValue);

    otherColumn("type", Field::IndicatorType, "DomainName");
    otherColumn("IOC Type", Field::IndicatorType, "DomainName");
    otherColumn("indicator_type", Field::IndicatorType, "DomainName");
    otherColumn("kind", Field::IndicatorType, "DomainName");
    otherColumn("指示器类型", Field::IndicatorType, "DomainName");
    otherColumn("指標類型", Field::IndicatorType, "DomainName");
    otherColumn("action", Field::Action, "Block");
    otherColumn("操作", Field::Action, "Block");
    otherColumn("動作", Field::Action, "Block");
    otherColumn("Severity", Field::Severity, "High");
    otherColumn("严重性", Field::Severity, "High");
    otherColumn("name", Field::Title, "C2 server");
    otherColumn("Alert Title", Field::Title, "C2 server");
    otherColumn("标题", Field::Title, "C2 服务器");
    otherColumn("標題", Field::Title, "C2 伺服器");
    otherColumn("desc", Field::Description, "seen in March");
    otherColumn("comment", Field::Description, "seen in March");
    otherColumn("Notes", Field::Description, "seen in March");
    otherColumn("说明", Field::Description, "三月发现");
    otherColumn("描述", Field::Description, "三月发现");
    otherColumn("recommendation", Field::RecommendedActions, "Isolate");
    otherColumn("Recommended Actions", Field::RecommendedActions, "Isolate");
    otherColumn("建议的操作", Field::RecommendedActions, "隔离设备");
    otherColumn("app", Field::Application, "Outlook");
    otherColumn("应用程序", Field::Application, "Outlook");
    otherColumn("expires", Field::ExpirationTime, "2027-01-31T00:00:00Z");
    otherColumn("Expiration Date", Field::ExpirationTime, "2027-01-31T00:00:00Z");
    otherColumn("expiry", Field::ExpirationTime, "2027-01-31T00:00:00Z");
    otherColumn("valid_until", Field::ExpirationTime, "2027-01-31T00:00:00Z");
    otherColumn("过期时间", Field::ExpirationTime, "2027-01-31T00:00:00Z");
    otherColumn("到期時間", Field::ExpirationTime, "2027-01-31T00:00:00Z");
    otherColumn("Device Groups", Field::RbacGroupNames, "Servers");
    otherColumn("rbacGroupNames", Field::RbacGroupNames, "Servers");
    otherColumn("设备组", Field::RbacGroupNames, "服务器");
    otherColumn("Generate Alert", Field::GenerateAlert, "true");
    otherColumn("alert", Field::GenerateAlert, "true");
    otherColumn("生成警报", Field::GenerateAlert, "true");
    otherColumn("category", Field::Category, "Malware");
    otherColumn("类别", Field::Category, "Malware");
    otherColumn("MITRE ATT&CK", Field::MitreTechniques, "T1566");
    otherColumn("TTPs", Field::MitreTechniques, "T1566");
    otherColumn("MITRE 技术", Field::MitreTechniques, "T1566");
    otherColumn("EducateUrl", Field::EducateUrl, "https://help.example.com/");
    otherColumn("External ID", Field::ExternalId, "case-4711");
    otherColumn("external_reference", Field::ExternalId, "case-4711");
}

void TestReaders::mapsHeaderSynonyms()
{
    QFETCH(QString, file);
    QFETCH(Field, field);
    QFETCH(QString, cell);

    const Read r = readBytes(utf8(file));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Csv);
    QVERIFY(r.report.mapping.hasHeader);
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, field), cell);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(r.report.notices, QStringList());
}

void TestReaders::takesTheTypeFromAValueColumnNamedAfterIt_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("types");

    QTest::newRow("sha256 column") << QByteArray("sha256,title\n") + kSha256.toLatin1() + ",a\nnot-a-hash,b\n"
                                   << QStringList{QStringLiteral("FileSha256"), QStringLiteral("FileSha256")};
    QTest::newRow("SHA-1 column") << QByteArray("SHA-1,title\n3395856ce81f2b7382dee72602f798b642f14140,a\n")
                                  << QStringList{QStringLiteral("FileSha1")};
    QTest::newRow("md5 column") << QByteArray("md5\n44d88612fea8a8f36de82e1278abb02f\n")
                                << QStringList{QStringLiteral("FileMd5")};
    QTest::newRow("ip column, even for a value that is not an IP")
        << QByteArray("ip,title\n198.51.100.7,a\nevil.example.com,b\n")
        << QStringList{QStringLiteral("IpAddress"), QStringLiteral("IpAddress")};
    QTest::newRow("domain column") << QByteArray("domain\nevil.example.com\n")
                                   << QStringList{QStringLiteral("DomainName")};
    QTest::newRow("url column") << QByteArray("URL\nhttps://evil.example.com/x\n")
                                << QStringList{QStringLiteral("Url")};
    QTest::newRow("thumbprint column") << QByteArray("thumbprint\n3395856ce81f2b7382dee72602f798b642f14140\n")
                                       << QStringList{QStringLiteral("CertificateThumbprint")};
    QTest::newRow("a type column wins over the value column's name")
        << QByteArray("sha256,type\n3395856ce81f2b7382dee72602f798b642f14140,FileSha1\n,\n")
        << QStringList{QStringLiteral("FileSha1")};
}

void TestReaders::takesTheTypeFromAValueColumnNamedAfterIt()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, types);

    const Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(columnOf(r.table, Field::IndicatorType), types);
}

void TestReaders::infersTheTypeWithoutATypeColumn_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("type");

    QTest::newRow("32 hex digits are MD5")
        << QByteArray("44d88612fea8a8f36de82e1278abb02f") << QStringLiteral("FileMd5");
    QTest::newRow("40 hex digits are SHA1")
        << QByteArray("3395856ce81f2b7382dee72602f798b642f14140") << QStringLiteral("FileSha1");
    QTest::newRow("64 hex digits are SHA256") << kSha256.toLatin1() << QStringLiteral("FileSha256");
    QTest::newRow("upper-case SHA256") << kSha256.toUpper().toLatin1() << QStringLiteral("FileSha256");
    QTest::newRow("IPv4 address") << QByteArray("198.51.100.7") << QStringLiteral("IpAddress");
    QTest::newRow("IPv6 address in full form") << QByteArray("2001:db8:0:0:0:0:0:1") << QStringLiteral("IpAddress");
    QTest::newRow("compressed IPv6 address") << QByteArray("2001:db8::1") << QStringLiteral("IpAddress");
    QTest::newRow("domain name") << QByteArray("evil.example.com") << QStringLiteral("DomainName");
    QTest::newRow("URL with a scheme") << QByteArray("https://evil.example.com/login") << QStringLiteral("Url");
    QTest::newRow("URL without a scheme") << QByteArray("evil.example.com/login") << QStringLiteral("Url");
    QTest::newRow("defanged URL") << QByteArray("hxxp://evil[.]example[.]com/a") << QStringLiteral("Url");
    QTest::newRow("value with surrounding spaces") << QByteArray(" 198.51.100.7 ") << QStringLiteral("IpAddress");
    QTest::newRow("text that is no indicator gets no type") << QByteArray("not an indicator") << QString();
    QTest::newRow("empty value gets no type") << QByteArray() << QString();
}

void TestReaders::infersTheTypeWithoutATypeColumn()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, type);

    const Read r = readBytes("title,value\nrow one,\"" + value + "\"\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QString::fromUtf8(value));
    QCOMPARE(r.table.text(0, Field::IndicatorType), type);
}

void TestReaders::reportsColumnsThatFeedNoField()
{
    const Read r = readBytes("value,first_seen,title,reporter,unused\n"
                             "evil.example.com,2024-03-01,C2,alice,\n"
                             "198.51.100.7,,Scanner,bob,\n");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 2);
    QCOMPARE(r.report.notices.size(), 2);
    QVERIFY2(r.report.notices.at(0).contains(QLatin1String("\"first_seen\"")), qPrintable(r.report.notices.at(0)));
    QVERIFY2(r.report.notices.at(1).contains(QLatin1String("\"reporter\"")), qPrintable(r.report.notices.at(1)));
    // A column without any data is not worth a remark.
    for (const QString &notice : r.report.notices)
        QVERIFY(!notice.contains(QLatin1String("unused")));
    QCOMPARE(r.report.mapping.columns[1], std::optional<Field>());
    QCOMPARE(r.report.mapping.columns[2], std::optional<Field>(Field::Title));
}

void TestReaders::readsHeaderlessFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("fileName"); // empty: read from a buffer
    QTest::addColumn<int>("valueColumn");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("one column of mixed values in a .csv file")
        << QByteArray("evil.example.com\n198.51.100.7\n44d88612fea8a8f36de82e1278abb02f\n") << QStringLiteral("a.csv")
        << 0
        << QStringList{QStringLiteral("evil.example.com"), QStringLiteral("198.51.100.7"),
                       QStringLiteral("44d88612fea8a8f36de82e1278abb02f")}
        << QStringList{QStringLiteral("DomainName"), QStringLiteral("IpAddress"), QStringLiteral("FileMd5")}
        << QList<qint64>{1, 2, 3};
    QTest::newRow("dates first, values second")
        << QByteArray("2024-03-01,evil.example.com\n2024-03-02,198.51.100.7\n\n2024-03-03,bad.example.net\n")
        << QString() << 1
        << QStringList{QStringLiteral("evil.example.com"), QStringLiteral("198.51.100.7"),
                       QStringLiteral("bad.example.net")}
        << QStringList{QStringLiteral("DomainName"), QStringLiteral("IpAddress"), QStringLiteral("DomainName")}
        << QList<qint64>{1, 2, 4};
    QTest::newRow("quoted titles around the values, semicolon separated")
        << QByteArray("\"C2; primary\";evil.example.com;x\n\"Scanner\";198.51.100.7;y\n") << QString() << 1
        << QStringList{QStringLiteral("evil.example.com"), QStringLiteral("198.51.100.7")}
        << QStringList{QStringLiteral("DomainName"), QStringLiteral("IpAddress")} << QList<qint64>{1, 2};

    // More rows than the reader looks at to choose the value column.
    QByteArray many;
    QStringList manyValues;
    QStringList manyTypes;
    QList<qint64> manyLines;
    for (int i = 0; i < 50; ++i) {
        const QString v = QStringLiteral("host%1.example.com").arg(i);
        many += "seen," + v.toLatin1() + "\r\n";
        manyValues << v;
        manyTypes << QStringLiteral("DomainName");
        manyLines << i + 1;
    }
    QTest::newRow("fifty rows, more than the sample used for guessing")
        << many << QString() << 1 << manyValues << manyTypes << manyLines;
    QTest::newRow("hashes in a headerless .csv fixture")
        << test::readData(QStringLiteral("csv/headerless-hashes.csv")) << QStringLiteral("hashes.csv") << 0
        << QStringList{QStringLiteral("44d88612fea8a8f36de82e1278abb02f"),
                       QStringLiteral("3395856ce81f2b7382dee72602f798b642f14140"),
                       QStringLiteral("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f")}
        << QStringList{QStringLiteral("FileMd5"), QStringLiteral("FileSha1"), QStringLiteral("FileSha256")}
        << QList<qint64>{1, 2, 3};
}

void TestReaders::readsHeaderlessFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, fileName);
    QFETCH(int, valueColumn);
    QFETCH(QStringList, values);
    QFETCH(QStringList, types);
    QFETCH(QList<qint64>, lines);

    const Read r = fileName.isEmpty() ? readBytes(file) : readAsFile(file, fileName);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Csv);
    QVERIFY(!r.report.mapping.hasHeader);
    QVERIFY(r.report.headers.isEmpty());
    QCOMPARE(r.report.mapping.columnOf(Field::IndicatorValue), valueColumn);
    QCOMPARE(columnOf(r.table, Field::IndicatorValue), values);
    QCOMPARE(columnOf(r.table, Field::IndicatorType), types);
    QCOMPARE(sourceLinesOf(r.table), lines);
}

void TestReaders::readsExactlyTheColumnLimit()
{
    QByteArrayList header{"value"};
    QByteArrayList row{"evil.example.com"};
    for (int c = 1; c < limits::kMaxColumns; ++c) {
        header.append("c" + QByteArray::number(c));
        row.append(QByteArray::number(c));
    }
    const Read r = readBytes(header.join(',') + '\n' + row.join(',') + '\n');
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.report.headers.size(), limits::kMaxColumns);
    QCOMPARE(r.report.notices.size(), limits::kMaxColumns - 1);
}

// ---------------------------------------------------------------------------------------------------
// RFC 4180

void TestReaders::followsRfc4180_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<QStringList>>("rows"); // value, title, description
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<int>("blankLines");

    auto row = [](const char *v, const char *t, const char *d) {
        return QStringList{QString::fromUtf8(v), QString::fromUtf8(t), QString::fromUtf8(d)};
    };

    QTest::newRow("plain fields") << QByteArray("value,title,description\nevil.example.com,C2,seen\n")
                                  << QList<QStringList>{row("evil.example.com", "C2", "seen")} << QList<qint64>{2} << 0;
    QTest::newRow("quoted field with an embedded comma")
        << QByteArray("value,title,description\nevil.example.com,\"C2, primary\",seen\n")
        << QList<QStringList>{row("evil.example.com", "C2, primary", "seen")} << QList<qint64>{2} << 0;
    QTest::newRow("quoted field with doubled quotes")
        << QByteArray("value,title,description\nevil.example.com,\"The \"\"Cobalt\"\" loader\",\"\"\"\"\n")
        << QList<QStringList>{row("evil.example.com", "The \"Cobalt\" loader", "\"")} << QList<qint64>{2} << 0;
    QTest::newRow("quoted field with an embedded CRLF")
        << QByteArray("value,title,description\r\nevil.example.com,C2,\"line one\r\nline two\"\r\n"
                      "b.example.net,P,x\r\n")
        << QList<QStringList>{row("evil.example.com", "C2", "line one\r\nline two"), row("b.example.net", "P", "x")}
        << QList<qint64>{2, 4} << 0;
    QTest::newRow("quoted field with an embedded LF")
        << QByteArray("value,title,description\nevil.example.com,C2,\"line one\nline two\nline three\"\n"
                      "b.example.net,P,x\n")
        << QList<QStringList>{row("evil.example.com", "C2", "line one\nline two\nline three"),
                              row("b.example.net", "P", "x")}
        << QList<qint64>{2, 5} << 0;
    QTest::newRow("CRLF line ends") << QByteArray(
        "value,title,description\r\nevil.example.com,C2,seen\r\nb.example.net,P,x\r\n")
                                    << QList<QStringList>{row("evil.example.com", "C2", "seen"),
                                                          row("b.example.net", "P", "x")}
                                    << QList<qint64>{2, 3} << 0;
    QTest::newRow("LF line ends") << QByteArray(
        "value,title,description\nevil.example.com,C2,seen\nb.example.net,P,x\n")
                                  << QList<QStringList>{row("evil.example.com", "C2", "seen"),
                                                        row("b.example.net", "P", "x")}
                                  << QList<qint64>{2, 3} << 0;
    QTest::newRow("last line without a line break")
        << QByteArray("value,title,description\nevil.example.com,C2,seen\nb.example.net,P,x")
        << QList<QStringList>{row("evil.example.com", "C2", "seen"), row("b.example.net", "P", "x")}
        << QList<qint64>{2, 3} << 0;
    QTest::newRow("last CRLF line without a line break")
        << QByteArray("value,title,description\r\nevil.example.com,C2,seen\r\nb.example.net,P,x")
        << QList<QStringList>{row("evil.example.com", "C2", "seen"), row("b.example.net", "P", "x")}
        << QList<qint64>{2, 3} << 0;
    QTest::newRow("last line ending in a lone CR")
        << QByteArray("value,title,description\r\nevil.example.com,C2,seen\r")
        << QList<QStringList>{row("evil.example.com", "C2", "seen")} << QList<qint64>{2} << 0;
    QTest::newRow("quoted last field without a line break")
        << QByteArray("value,title,description\nevil.example.com,C2,\"seen, twice\"")
        << QList<QStringList>{row("evil.example.com", "C2", "seen, twice")} << QList<qint64>{2} << 0;
    QTest::newRow("blank lines between rows are skipped and counted")
        << QByteArray("value,title,description\n\nevil.example.com,C2,seen\n\n\nb.example.net,P,x\n")
        << QList<QStringList>{row("evil.example.com", "C2", "seen"), row("b.example.net", "P", "x")}
        << QList<qint64>{3, 6} << 3;
    QTest::newRow("blank CRLF lines and a line of empty fields are skipped")
        << QByteArray("value,title,description\r\n\r\nevil.example.com,C2,seen\r\n,,\r\nb.example.net,P,x\r\n")
        << QList<QStringList>{row("evil.example.com", "C2", "seen"), row("b.example.net", "P", "x")}
        << QList<qint64>{3, 5} << 2;
    QTest::newRow("blank lines before the header and at the end")
        << QByteArray("\n\nvalue,title,description\nevil.example.com,C2,seen\n\n\n")
        << QList<QStringList>{row("evil.example.com", "C2", "seen")} << QList<qint64>{4} << 4;
    QTest::newRow("quoted empty fields") << QByteArray("value,title,description\nevil.example.com,\"\",\"\"\n")
                                         << QList<QStringList>{row("evil.example.com", "", "")} << QList<qint64>{2}
                                         << 0;
    QTest::newRow("missing trailing fields are empty")
        << QByteArray("value,title,description\nevil.example.com\nb.example.net,P\n")
        << QList<QStringList>{row("evil.example.com", "", ""), row("b.example.net", "P", "")} << QList<qint64>{2, 3}
        << 0;
    QTest::newRow("a quote inside an unquoted field is kept")
        << QByteArray("value,title,description\nevil.example.com,6\" nails,it's\n")
        << QList<QStringList>{row("evil.example.com", "6\" nails", "it's")} << QList<qint64>{2} << 0;
    QTest::newRow("text after a closing quote is kept")
        << QByteArray("value,title,description\nevil.example.com,\"quoted\" tail,x\n")
        << QList<QStringList>{row("evil.example.com", "quoted tail", "x")} << QList<qint64>{2} << 0;
    QTest::newRow("spaces around fields are kept")
        << QByteArray("value,title,description\n evil.example.com , C2 ,\" seen \"\n")
        << QList<QStringList>{row(" evil.example.com ", " C2 ", " seen ")} << QList<qint64>{2} << 0;
    QTest::newRow("quoted field holding only a line break")
        << QByteArray("value,title,description\nevil.example.com,\"\n\",x\nb.example.net,P,y\n")
        << QList<QStringList>{row("evil.example.com", "\n", "x"), row("b.example.net", "P", "y")} << QList<qint64>{2, 4}
        << 0;
    QTest::newRow("quoted field holding only the delimiter")
        << QByteArray("value,title,description\nevil.example.com,\",\",x\n")
        << QList<QStringList>{row("evil.example.com", ",", "x")} << QList<qint64>{2} << 0;
    QTest::newRow("quoted field holding a lone CR")
        << QByteArray("value,title,description\nevil.example.com,\"a\rb\",x\n")
        << QList<QStringList>{row("evil.example.com", "a\rb", "x")} << QList<qint64>{2} << 0;
    QTest::newRow("Chinese text in quoted and unquoted fields")
        << QByteArray("value,title,description\nevil.example.com,勒索软件下载器,\"阻止执行，隔离设备\"\n")
        << QList<QStringList>{row("evil.example.com", "勒索软件下载器", "阻止执行，隔离设备")} << QList<qint64>{2} << 0;
    QTest::newRow("CRLF header and LF rows")
        << QByteArray("value,title,description\r\nevil.example.com,C2,seen\nb.example.net,P,x\r\n")
        << QList<QStringList>{row("evil.example.com", "C2", "seen"), row("b.example.net", "P", "x")}
        << QList<qint64>{2, 3} << 0;
    QTest::newRow("quoted header names") << QByteArray(
        "\"value\",\"title\",\"description\"\n\"evil.example.com\",\"C2\",\"seen\"\n")
                                         << QList<QStringList>{row("evil.example.com", "C2", "seen")}
                                         << QList<qint64>{2} << 0;
}

void TestReaders::followsRfc4180()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);
    QFETCH(int, blankLines);

    const Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Csv);
    QCOMPARE(r.table.rowCount(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(cellsOf(r.table, i, {Field::IndicatorValue, Field::Title, Field::Description}), rows[i]);
        QCOMPARE(noteCodes(r.table, i), QString());
    }
    QCOMPARE(sourceLinesOf(r.table), lines);
    QCOMPARE(r.report.blankLinesSkipped, blankLines);
    QCOMPARE(r.report.bytesRead, qint64(file.size()));
}

void TestReaders::notesExtraFieldsWithTheDroppedValues()
{
    Read r = readFixture(QStringLiteral("csv/extra-fields.csv"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 4);
    QCOMPARE(columnOf(r.table, Field::Title), (QStringList{QStringLiteral("C2 domain"), QStringLiteral("Scanner"),
                                                           QStringLiteral("Phishing"), QStringLiteral("Dropper")}));
    QCOMPARE(noteCodes(r.table, 0), QString());
    QCOMPARE(noteCodes(r.table, 1), QStringLiteral("read.extra-fields"));
    QCOMPARE(noteDetails(r.table, 1), QStringLiteral("\"port 22\", \"sweep, daily\""));
    // Trailing empty fields drop nothing.
    QCOMPARE(noteCodes(r.table, 2), QString());
    QCOMPARE(noteCodes(r.table, 3), QStringLiteral("read.extra-fields"));
    QCOMPARE(noteDetails(r.table, 3), QStringLiteral("\"kept\""));

    const auto document = validated(r.table);
    QVERIFY(document->issues(1).contains(IssueCode::ReadExtraFields));
    QVERIFY(!document->issues(2).contains(IssueCode::ReadExtraFields));
    QVERIFY(document->issues(3).contains(IssueCode::ReadExtraFields));
}

void TestReaders::notesAnUnterminatedQuoteAtTheEnd_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("lastValue");
    QTest::addColumn<qint64>("lastLine");

    QTest::newRow("quote opened in the last description")
        << test::readData(QStringLiteral("csv/unterminated-quote.csv")) << 3 << QStringLiteral("bad.example.net")
        << qint64(4);
    QTest::newRow("quote opened in the value of the last row")
        << QByteArray("value,title\nevil.example.com,C2\n\"bad.example.net,Phish\n") << 2
        << QStringLiteral("bad.example.net,Phish\n") << qint64(3);
    QTest::newRow("quote opened in the only row, CRLF") << QByteArray("value,title\r\n\"evil.example.com,C2\r\n") << 1
                                                        << QStringLiteral("evil.example.com,C2\r\n") << qint64(2);
    QTest::newRow("quote opened in a headerless file")
        << QByteArray("evil.example.com,a\n198.51.100.7,\"b\n") << 2 << QStringLiteral("198.51.100.7") << qint64(2);
}

void TestReaders::notesAnUnterminatedQuoteAtTheEnd()
{
    QFETCH(QByteArray, file);
    QFETCH(int, rows);
    QFETCH(QString, lastValue);
    QFETCH(qint64, lastLine);

    Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), rows);
    const int last = rows - 1;
    QCOMPARE(r.table.text(last, Field::IndicatorValue), lastValue);
    QCOMPARE(r.table.sourceLine(last), lastLine);
    QCOMPARE(noteCodes(r.table, last), QStringLiteral("read.unterminated-quote"));
    for (int i = 0; i < last; ++i)
        QCOMPARE(noteCodes(r.table, i), QString());
    const auto document = validated(r.table);
    QVERIFY(document->issues(last).contains(IssueCode::ReadUnterminatedQuote));
}

void TestReaders::countsLinesAcrossMultiLineFields()
{
    const Read r = readFixture(QStringLiteral("csv/multiline-fields.csv"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 3);
    QCOMPARE(sourceLinesOf(r.table), (QList<qint64>{2, 4, 8}));
    QCOMPARE(r.table.text(0, Field::Description), QStringLiteral("first line\r\nsecond line"));
    QCOMPARE(r.table.text(1, Field::Description), QStringLiteral("one\ntwo\nthree"));
    QCOMPARE(r.table.text(2, Field::Title), QStringLiteral("Phishing \"kit\""));
    QCOMPARE(r.report.blankLinesSkipped, 1);
}

void TestReaders::readsRecordsSplitAcrossReadBlocks_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QByteArray>("special");    // bytes placed across the end of the first read block
    QTest::addColumn<int>("bytesInFirstBlock"); // how many of them fall into the first block
    QTest::addColumn<QString>("tail");          // what the cell holds after the padding
    QTest::addColumn<int>("linesInCell");

    QTest::newRow("CRLF split between blocks") << false << QByteArray("\r\n") << 1 << QString() << 0;
    QTest::newRow("quoted CRLF split between blocks")
        << true << QByteArray("\r\nmore\"\r\n") << 1 << QStringLiteral("\r\nmore") << 1;
    QTest::newRow("doubled quote split between blocks")
        << true << QByteArray("\"\"x\"\r\n") << 1 << QStringLiteral("\"x") << 0;
    QTest::newRow("closing quote on the last byte of a block") << true << QByteArray("\"\r\n") << 1 << QString() << 0;
    QTest::newRow("closing quote and CR on the last bytes of a block")
        << true << QByteArray("\"\r\n") << 2 << QString() << 0;
    QTest::newRow("three-byte character split after its first byte")
        << false << QByteArray("中tail\r\n") << 1 << QStringLiteral("中tail") << 0;
    QTest::newRow("three-byte character split after its second byte")
        << false << QByteArray("中tail\r\n") << 2 << QStringLiteral("中tail") << 0;
    QTest::newRow("four-byte character split in a quoted field")
        << true << QByteArray("\xF0\x9F\x9A\xA8\"\r\n") << 2 << QStringLiteral("\U0001F6A8") << 0;
}

void TestReaders::readsRecordsSplitAcrossReadBlocks()
{
    QFETCH(bool, quoted);
    QFETCH(QByteArray, special);
    QFETCH(int, bytesInFirstBlock);
    QFETCH(QString, tail);
    QFETCH(int, linesInCell);

    QByteArray file = "IndicatorValue,Title,Description\r\n";
    int fillers = 0;
    const qsizetype block = DecodedStream::kBlockSize;
    while (file.size() < block - 2000) {
        file += "host" + QByteArray::number(fillers) + ".example.com,filler,some text to fill the block\r\n";
        ++fillers;
    }
    file += "evil.example.com,split,";
    if (quoted)
        file += '"';
    const QByteArray pad(block - bytesInFirstBlock - file.size(), 'p');
    file += pad;
    QCOMPARE(file.size() + bytesInFirstBlock, block);
    file += special;
    file += "after.example.net,next,row\r\n";

    const Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), fillers + 2);
    const int split = fillers;
    QCOMPARE(r.table.text(split, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(r.table.text(split, Field::Description), QString::fromLatin1(pad) + tail);
    QCOMPARE(noteCodes(r.table, split), QString());
    QCOMPARE(r.table.text(split + 1, Field::IndicatorValue), QStringLiteral("after.example.net"));
    QCOMPARE(r.table.text(split + 1, Field::Description), QStringLiteral("row"));
    QCOMPARE(r.table.sourceLine(split), qint64(fillers + 2));
    QCOMPARE(r.table.sourceLine(split + 1), qint64(fillers + 3 + linesInCell));
}

// ---------------------------------------------------------------------------------------------------
// Encodings

void TestReaders::detectsTheEncoding_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("title");

    const QString chinese = QStringLiteral("为钓鱼网站 — 已知的命令与控制服务器");
    const QString accented = QStringLiteral("Crème brûlée café – Überprüfung");
    auto file = [](const QString &title) -> QString {
        return QStringLiteral("value,title\nevil.example.com,") + title + u'\n';
    };

    QTest::newRow("ASCII only is UTF-8") << QByteArray("value,title\nevil.example.com,C2\n") << TextEncoding::Utf8
                                         << QStringLiteral("C2");
    QTest::newRow("UTF-8 without BOM") << encodeAs(file(chinese), TextEncoding::Utf8) << TextEncoding::Utf8 << chinese;
    QTest::newRow("UTF-8 with BOM") << encodeAs(file(chinese), TextEncoding::Utf8Bom) << TextEncoding::Utf8Bom
                                    << chinese;
    QTest::newRow("UTF-16 LE with BOM") << encodeAs(file(chinese), TextEncoding::Utf16LE) << TextEncoding::Utf16LE
                                        << chinese;
    QTest::newRow("UTF-16 BE with BOM") << encodeAs(file(chinese), TextEncoding::Utf16BE) << TextEncoding::Utf16BE
                                        << chinese;
    QTest::newRow("UTF-16 LE without BOM")
        << encodeAs(file(accented), TextEncoding::Utf16LE).mid(2) << TextEncoding::Utf16LE << accented;
    QTest::newRow("UTF-16 BE without BOM")
        << encodeAs(file(accented), TextEncoding::Utf16BE).mid(2) << TextEncoding::Utf16BE << accented;
    QTest::newRow("GB18030 Chinese title")
        << encodeAs(file(chinese), TextEncoding::Gb18030) << TextEncoding::Gb18030 << chinese;
    QTest::newRow("GB18030 title whose byte pairs look like UTF-8")
        << encodeAs(file(QStringLiteral("测试标题远控木马")), TextEncoding::Gb18030) << TextEncoding::Gb18030
        << QStringLiteral("测试标题远控木马");
    QTest::newRow("GB18030 title with a four-byte character")
        << encodeAs(file(QStringLiteral("测试标题 \U0001F6A8 远控木马")), TextEncoding::Gb18030)
        << TextEncoding::Gb18030 << QStringLiteral("测试标题 \U0001F6A8 远控木马");
    QTest::newRow("GB18030 title in fixed bytes")
        << QByteArray("value,title\nevil.example.com,\xC0\xD5\xCB\xF7\xC8\xED\xBC\xFE\n") << TextEncoding::Gb18030
        << QStringLiteral("勒索软件");
    QTest::newRow("Windows-1252 accented title")
        << encodeAs(file(accented), TextEncoding::Windows1252) << TextEncoding::Windows1252 << accented;
    QTest::newRow("Windows-1252 smart quotes and euro sign in fixed bytes")
        << QByteArray("value,title\nevil.example.com,\x93l\x92\xE9t\xE9\x94 \x80 5\n") << TextEncoding::Windows1252
        << QStringLiteral("“l’été” € 5");
}

void TestReaders::detectsTheEncoding()
{
    QFETCH(QByteArray, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, title);

    const Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.encoding, encoding);
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(r.table.text(0, Field::Title), title);
    QCOMPARE(r.report.headers, (QStringList{QStringLiteral("value"), QStringLiteral("title")}));
}

void TestReaders::decodesEveryEncodingToTheSameCells_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<FileFormat>("format");
    QTest::addColumn<QString>("text");

    const QString chinesePortal =
        QString::fromUtf8(kPortalHeader)
        + QStringLiteral(
              "\r\nFileSha256,%1,2027-01-31T00:00:00.0000000Z,Block,High,勒索软件下载器,"
              "\"阻止执行，隔离设备\r\n第二行\",建议隔离,\"财务部,研发部\",Ransomware,\"T1486,T1490\",true\r\n"
              "DomainName,evil.example.com,,Audit,Low,钓鱼网站 — 仿冒银行,为钓鱼网站,,,,,TRUE\r\n")
              .arg(kSha256);
    const QString chineseCsv = QStringLiteral("指示器值;指示器类型;标题;说明;设备组\n"
                                              "evil.example.com;DomainName;命令与控制服务器;三月发现，已阻止;服务器\n"
                                              "198.51.100.7;IpAddress;扫描器;\"端口扫描; 每日\";\n");
    const QString chineseJson = QStringLiteral(
        "{\"Indicators\": [\n"
        "  {\"indicatorValue\": \"evil.example.com\", \"indicatorType\": \"DomainName\", \"action\": \"Block\",\n"
        "   \"title\": \"命令与控制服务器\", \"description\": \"三月发现\\n已阻止\", \"rbacGroupNames\": "
        "[\"财务部\", \"研发部\"], \"generateAlert\": true}\n"
        "]}\n");
    const QString chineseIoc = QStringLiteral("# 事件 2024-117 的指标\n"
                                              "evil.example.com # 钓鱼网站\n"
                                              "198.51.100.7 扫描器\n"
                                              "44d88612fea8a8f36de82e1278abb02f\n");

    const QString accentedPortal =
        QString::fromUtf8(kPortalHeader)
        + QStringLiteral("\r\nFileSha256,%1,,Block,High,Crème brûlée café,\"Überprüfung, Größe\r\nzweite Zeile\","
                         "Isolér l’appareil,\"Équipe A,Équipe B\",Malware,T1486,false\r\n")
              .arg(kSha256);
    const QString accentedCsv = QStringLiteral("Value;Title;Description\r\n"
                                               "evil.example.com;Café façade;Coût: 5 €, «urgent»\r\n"
                                               "198.51.100.7;Señal débil;\"niño; año\"\r\n");
    const QString accentedJson = QStringLiteral("[{\"indicatorValue\": \"evil.example.com\", \"title\": \"Café "
                                                "façade\", \"description\": \"Coût: 5 €\"}]\n");
    const QString accentedIoc = QStringLiteral("evil.example.com # Café façade\n198.51.100.7 Señal débil\n");

    struct Sample
    {
        const char *name;
        FileFormat format;
        QString chinese;
        QString accented;
    };
    const Sample samples[] = {
        {"portal CSV", FileFormat::PortalCsv, chinesePortal, accentedPortal},
        {"semicolon CSV", FileFormat::Csv, chineseCsv, accentedCsv},
        {"Import JSON", FileFormat::Json, chineseJson, accentedJson},
        {"IOC list", FileFormat::IocList, chineseIoc, accentedIoc},
    };
    const TextEncoding unicode[] = {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
                                    TextEncoding::Utf16BE};
    for (const Sample &s : samples) {
        for (TextEncoding e : unicode) {
            QTest::addRow("%s with Chinese text, %s round trip", s.name, qPrintable(encodingName(e)))
                << e << s.format << s.chinese;
            QTest::addRow("%s with accented text, %s round trip", s.name, qPrintable(encodingName(e)))
                << e << s.format << s.accented;
        }
        QTest::addRow("%s with Chinese text, GB18030 round trip", s.name)
            << TextEncoding::Gb18030 << s.format << s.chinese;
        QTest::addRow("%s with accented text, Windows-1252 round trip", s.name)
            << TextEncoding::Windows1252 << s.format << s.accented;
    }
}

void TestReaders::decodesEveryEncodingToTheSameCells()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(FileFormat, format);
    QFETCH(QString, text);

    const Read reference = readBytes(text.toUtf8());
    QVERIFY2(reference.report.ok(), qPrintable(reference.report.error));
    QCOMPARE(reference.report.format, format);
    QVERIFY(reference.table.rowCount() > 0);

    const QByteArray bytes = encodeAs(text, encoding);
    const Read detected = readBytes(bytes);
    QVERIFY2(detected.report.ok(), qPrintable(detected.report.error));
    QCOMPARE(detected.report.encoding, encoding);
    QCOMPARE(detected.report.format, format);

    ReadOptions explicitEncoding;
    explicitEncoding.encoding = encoding;
    const Read told = readBytes(bytes, explicitEncoding);
    QVERIFY2(told.report.ok(), qPrintable(told.report.error));

    for (const Read *r : {&detected, &told}) {
        QCOMPARE(r->table.rowCount(), reference.table.rowCount());
        for (int row = 0; row < reference.table.rowCount(); ++row) {
            QCOMPARE(r->table.indicator(row), reference.table.indicator(row));
            QCOMPARE(r->table.sourceLine(row), reference.table.sourceLine(row));
            QCOMPARE(noteCodes(r->table, row), noteCodes(reference.table, row));
        }
        QCOMPARE(r->report.headers, reference.report.headers);
        QCOMPARE(r->report.notices, reference.report.notices);
        QCOMPARE(r->report.blankLinesSkipped, reference.report.blankLinesSkipped);
        QCOMPARE(r->report.commentLinesSkipped, reference.report.commentLinesSkipped);
    }
}

void TestReaders::readsSurrogatePairsSplitAcrossReadBlocks_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("UTF-16 LE emoji split between blocks") << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16 BE emoji split between blocks") << TextEncoding::Utf16BE;
}

void TestReaders::readsSurrogatePairsSplitAcrossReadBlocks()
{
    QFETCH(TextEncoding, encoding);

    // The BOM and the text before the emoji fill the first block up to its last two bytes, so the high
    // surrogate ends one block and the low surrogate starts the next.
    QString text = QStringLiteral("IndicatorValue,Title,Description\r\n");
    int fillers = 0;
    const qsizetype unitsBeforeEmoji = DecodedStream::kBlockSize / 2 - 2;
    while (text.size() < unitsBeforeEmoji - 1000) {
        text += QStringLiteral("host%1.example.com,filler,填充文字\r\n").arg(fillers);
        ++fillers;
    }
    text += QStringLiteral("evil.example.com,split,");
    const QString pad(unitsBeforeEmoji - text.size(), u'p');
    text += pad + QStringLiteral("\U0001F6A8 tail\r\nafter.example.net,next,row\r\n");
    const QByteArray bytes = encodeAs(text, encoding);
    QCOMPARE(bytes.mid(DecodedStream::kBlockSize - 2, 4), encodeAs(QStringLiteral("\U0001F6A8"), encoding).mid(2));

    const Read r = readBytes(bytes);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.encoding, encoding);
    QCOMPARE(r.table.rowCount(), fillers + 2);
    QCOMPARE(r.table.text(fillers, Field::Description), pad + QStringLiteral("\U0001F6A8 tail"));
    QCOMPARE(r.table.text(fillers + 1, Field::IndicatorValue), QStringLiteral("after.example.net"));
}

void TestReaders::readsLargeFilesInEveryEncoding_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("chinese");

    for (const char *format : {"csv", "json", "ioc"}) {
        QTest::addRow("%s over several read blocks, UTF-8", format)
            << QString::fromLatin1(format) << TextEncoding::Utf8 << true;
        QTest::addRow("%s over several read blocks, UTF-8 with BOM", format)
            << QString::fromLatin1(format) << TextEncoding::Utf8Bom << true;
        QTest::addRow("%s over several read blocks, UTF-16 LE", format)
            << QString::fromLatin1(format) << TextEncoding::Utf16LE << true;
        QTest::addRow("%s over several read blocks, UTF-16 BE", format)
            << QString::fromLatin1(format) << TextEncoding::Utf16BE << false;
        QTest::addRow("%s over several read blocks, GB18030", format)
            << QString::fromLatin1(format) << TextEncoding::Gb18030 << true;
        QTest::addRow("%s over several read blocks, Windows-1252", format)
            << QString::fromLatin1(format) << TextEncoding::Windows1252 << false;
    }
}

void TestReaders::readsLargeFilesInEveryEncoding()
{
    QFETCH(QString, format);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, chinese);

    std::vector<ExpectedRow> expected;
    const QString text = generatedFile(format, chinese, 24000, &expected);
    const QByteArray bytes = encodeAs(text, encoding);
    QVERIFY(bytes.size() > 2 * DecodedStream::kBlockSize);

    const Read r = readBytes(bytes);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.encoding, encoding);
    QCOMPARE(r.report.bytesRead, qint64(bytes.size()));
    QCOMPARE(r.table.rowCount(), int(expected.size()));
    for (int i = 0; i < r.table.rowCount(); ++i) {
        const ExpectedRow &e = expected[static_cast<size_t>(i)];
        QCOMPARE(r.table.text(i, Field::IndicatorValue), e.value);
        QCOMPARE(r.table.text(i, Field::IndicatorType), QStringLiteral("FileSha256"));
        QCOMPARE(r.table.text(i, Field::Title), e.title);
        QCOMPARE(r.table.text(i, Field::Description), e.description);
        QCOMPARE(r.table.sourceLine(i), e.line);
    }
}

void TestReaders::rejectsInvalidUtf8NamingTheOffset_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("offset");

    const QByteArray head = QString(QStringLiteral("value,title\nevil.example.com,勒索软件\n")).toUtf8();
    QTest::newRow("lone continuation byte after Chinese text") << head + "bad.example.net,\x80\n"
                                                               << qint64(head.size() + 16);
    QTest::newRow("Windows-1252 e acute in a UTF-8 file") << head + "bad.example.net,caf\xE9\n"
                                                          << qint64(head.size() + 19);
    QTest::newRow("two bad bytes after two accented letters")
        << QByteArray("IndicatorValue,Title\n\xc3\xa9t\xc3\xa9,ok\nbad\xff\xfe,x\n") << qint64(33);
    QTest::newRow("overlong encoding of a slash") << head + "bad.example.net,\xC0\xAF\n" << qint64(head.size() + 16);
    QTest::newRow("encoded UTF-16 surrogate") << head + "bad.example.net,\xED\xA0\x80\n" << qint64(head.size() + 16);
    QTest::newRow("code point above U+10FFFF") << head + "x,\xF4\x90\x80\x80\n" << qint64(head.size() + 2);
    QTest::newRow("sequence cut off at the very end of the file") << head + "x,\xE4\xB8" << qint64(head.size() + 2);

    QByteArray ascii = "value,title\n";
    while (ascii.size() < 70000)
        ascii += "evil.example.com,plain ascii title\n";
    QTest::newRow("invalid byte after 64 KiB of ASCII") << ascii + "x,\xFF\n" << qint64(ascii.size() + 2);
    QTest::newRow("invalid byte after 64 KiB of ASCII, with a BOM") << "\xEF\xBB\xBF" + ascii + "x,\xFF\n"
                                                                    << qint64(ascii.size() + 5);
    QByteArray big = head;
    while (big.size() < DecodedStream::kBlockSize + 5000)
        big += QString(QStringLiteral("evil.example.com,勒索软件下载器\n")).toUtf8();
    QTest::newRow("invalid byte in the second read block") << big + "x,\xC3\x28\n" << qint64(big.size() + 2);
}

void TestReaders::rejectsInvalidUtf8NamingTheOffset()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, offset);

    const Read r = readBytes(file);
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(QLatin1String("UTF-8")), qPrintable(r.report.error));
    QVERIFY2(r.report.error.contains(QStringLiteral("offset %1").arg(offset)), qPrintable(r.report.error));
}

void TestReaders::namesTheByteOffsetOfANulCharacter()
{
    // A NUL in the first block is found when the encoding is guessed; past it, the decoder names the
    // byte offset from the start of the file, not of the block it is in.
    QByteArray big = "value,title\n";
    while (big.size() < 300000)
        big += "evil.example.com,C2\n";
    const qint64 nulAt = big.size() + 4;
    big += rawBytes("evil\0.example.com,C2\n");
    const Read far = readBytes(big, withFormat(FileFormat::Csv));
    QVERIFY(!far.report.ok());
    QVERIFY2(far.report.error.contains(QStringLiteral("at byte offset %1").arg(nulAt)), qPrintable(far.report.error));
}

void TestReaders::rejectsNulBytesAndBinaryData_data()
{
    QTest::addColumn<QByteArray>("file");

    QTest::newRow("NUL byte in a UTF-8 table") << rawBytes("value,title\nevil.example.com,C2\0\n");
    QTest::newRow("NUL bytes in UTF-16 text, encoded as characters")
        << rawBytes("\xFF\xFEv\0a\0l\0u\0e\0\n\0e\0.\0c\0o\0m\0\0\0\n\0");
    QTest::newRow("NUL character in UTF-16 BE text") << rawBytes("\xFE\xFF\0v\0\n\0\0\0x\0\n");
    QRandomGenerator random(4711);
    QByteArray junk(4096, Qt::Uninitialized);
    for (char &c : junk)
        c = static_cast<char>(random.bounded(256));
    QTest::newRow("random bytes") << junk;
    QTest::newRow("PNG image") << rawBytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFF"
                                           "a\0\0\0\x01sRGB\0\xAE\xCE\x1C\xE9");
    QTest::newRow("XLSX workbook (a ZIP archive)")
        << rawBytes("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0b\xEE\x9Dh^\x01\0\0\x90\x04\0\0\x13\0\x08\x02"
                    "[Content_Types].xml");
    QTest::newRow("control characters without NUL") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\x11");
    QTest::newRow("ELF executable") << rawBytes("\x7F"
                                                "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0");
}

void TestReaders::rejectsNulBytesAndBinaryData()
{
    QFETCH(QByteArray, file);

    for (FileFormat format : {FileFormat::Unknown, FileFormat::Csv, FileFormat::Json, FileFormat::IocList}) {
        const Read r = readBytes(file, withFormat(format));
        QVERIFY2(!r.report.ok(), qPrintable(formatName(format)));
        QVERIFY(!r.report.error.isEmpty());
        QCOMPARE(r.table.rowCount(), 0);
    }
}

// ---------------------------------------------------------------------------------------------------
// JSON

void TestReaders::readsEveryJsonShape_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList importValues = {QStringLiteral("220e7d15b011d7fac48f2bd61114db1022197f7f"), kSha256};
    const QStringList listValues = {QStringLiteral("12.13.14.15"),
                                    QStringLiteral("220e7d15b011d7fac48f2bd61114db1022197f7f")};
    const QStringList arrayValues = {QStringLiteral("evil.example.com"), QStringLiteral("198.51.100.7")};
    const QByteArray importBody = test::readData(QStringLiteral("json/import-example.json"));

    QTest::newRow("Import body") << importBody << importValues << QList<qint64>{3, 15};
    QTest::newRow("Import body on one line")
        << QJsonDocument::fromJson(importBody).toJson(QJsonDocument::Compact) << importValues << QList<qint64>{1, 1};
    QTest::newRow("Import body with a UTF-8 BOM")
        << "\xEF\xBB\xBF" + importBody << importValues << QList<qint64>{3, 15};
    QTest::newRow("Import body after other members")
        << QByteArray("{\"comment\": {\"nested\": [1, 2, {\"x\": \"]\"}]}, \"Indicators\": [{\"indicatorValue\": "
                      "\"evil.example.com\"}, {\"indicatorValue\": \"198.51.100.7\"}], \"tail\": null}")
        << arrayValues << QList<qint64>{1, 1};
    QTest::newRow("List response with @odata.context")
        << test::readData(QStringLiteral("json/list-response.json")) << listValues << QList<qint64>{4, 23};
    QTest::newRow("bare array") << test::readData(QStringLiteral("json/bare-array.json")) << arrayValues
                                << QList<qint64>{2, 3};
    QTest::newRow("bare array with CRLF line ends and tabs")
        << QByteArray("[\r\n\t{\"indicatorValue\": \"evil.example.com\"},\r\n\r\n\t{\"indicatorValue\":\r\n"
                      "\t\"198.51.100.7\"}\r\n]\r\n")
        << arrayValues << QList<qint64>{2, 4};
}

void TestReaders::readsEveryJsonShape()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, values);
    QFETCH(QList<qint64>, lines);

    const Read r = readBytes(file);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Json);
    QCOMPARE(columnOf(r.table, Field::IndicatorValue), values);
    QCOMPARE(sourceLinesOf(r.table), lines);
    QCOMPARE(r.report.notices, QStringList());

    const Read asFile = readAsFile(file, QStringLiteral("indicators.json"));
    QVERIFY2(asFile.report.ok(), qPrintable(asFile.report.error));
    QCOMPARE(columnOf(asFile.table, Field::IndicatorValue), values);
}

void TestReaders::ignoresResponseOnlyProperties()
{
    const Read r = readFixture(QStringLiteral("json/list-response.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 2);
    QCOMPARE(r.report.notices, QStringList());

    Indicator first;
    first[Field::IndicatorValue] = QStringLiteral("12.13.14.15");
    first[Field::IndicatorType] = QStringLiteral("IpAddress");
    first[Field::Action] = QStringLiteral("Alert");
    first[Field::Application] = QStringLiteral("demo-test");
    first[Field::Title] = QStringLiteral("test");
    first[Field::ExpirationTime] = QStringLiteral("2020-12-12T00:00:00Z");
    first[Field::Severity] = QStringLiteral("Informational");
    first[Field::Description] = QStringLiteral("test");
    first[Field::RecommendedActions] = QStringLiteral("test");
    QCOMPARE(r.table.indicator(0), first);
    QCOMPARE(noteCodes(r.table, 0), QString());

    Indicator second;
    second[Field::IndicatorValue] = QStringLiteral("220e7d15b011d7fac48f2bd61114db1022197f7f");
    second[Field::IndicatorType] = QStringLiteral("FileSha1");
    second[Field::Action] = QStringLiteral("AlertAndBlock");
    second[Field::Severity] = QStringLiteral("High");
    second[Field::Application] = QStringLiteral("demo-test");
    second[Field::Title] = QStringLiteral("demo");
    second[Field::Description] = QStringLiteral("demo2");
    second[Field::RecommendedActions] = QStringLiteral("nothing");
    second[Field::RbacGroupNames] = QStringLiteral("group1,group2");
    second[Field::MitreTechniques] = QStringLiteral("T1566,T1204.002");
    second[Field::GenerateAlert] = QStringLiteral("true");
    second[Field::ExternalId] = QStringLiteral("case-4711");
    QCOMPARE(r.table.indicator(1), second);
    // The numeric category of responses has no documented name.
    QCOMPARE(noteCodes(r.table, 1), QStringLiteral("read.unknown-category-number"));
    QCOMPARE(noteDetails(r.table, 1), QStringLiteral("1"));
}

void TestReaders::readsTypedJsonValues_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("detail");

    QTest::newRow("generateAlert true") << QByteArray("\"generateAlert\": true") << Field::GenerateAlert
                                        << QStringLiteral("true") << QString() << QString();
    QTest::newRow("generateAlert false") << QByteArray("\"generateAlert\": false") << Field::GenerateAlert
                                         << QStringLiteral("false") << QString() << QString();
    QTest::newRow("generateAlert as the string True")
        << QByteArray("\"generateAlert\": \"True\"") << Field::GenerateAlert << QStringLiteral("True") << QString()
        << QString();
    QTest::newRow("rbacGroupNames array")
        << QByteArray("\"rbacGroupNames\": [\"group1\", \"group2\"]") << Field::RbacGroupNames
        << QStringLiteral("group1,group2") << QString() << QString();
    QTest::newRow("rbacGroupNames empty array means all devices")
        << QByteArray("\"rbacGroupNames\": []") << Field::RbacGroupNames << QString() << QString() << QString();
    QTest::newRow("rbacGroupNames as a comma-separated string, as the doc's table says")
        << QByteArray("\"rbacGroupNames\": \"group1,group2\"") << Field::RbacGroupNames
        << QStringLiteral("group1,group2") << QString() << QString();
    QTest::newRow("rbacGroupNames array of numbers")
        << QByteArray("\"rbacGroupNames\": [1, 2]") << Field::RbacGroupNames << QStringLiteral("[1,2]")
        << QStringLiteral("read.wrong-json-type") << QStringLiteral("rbacGroupNames");
    QTest::newRow("mitreTechniques array")
        << QByteArray("\"mitreTechniques\": [\"T1566\", \"T1204.002\"]") << Field::MitreTechniques
        << QStringLiteral("T1566,T1204.002") << QString() << QString();
    QTest::newRow("numeric category of a List response")
        << QByteArray("\"category\": 1") << Field::Category << QString()
        << QStringLiteral("read.unknown-category-number") << QStringLiteral("1");
    QTest::newRow("category name") << QByteArray("\"category\": \"Malware\"") << Field::Category
                                   << QStringLiteral("Malware") << QString() << QString();
    QTest::newRow("title as a number") << QByteArray("\"title\": 42") << Field::Title << QStringLiteral("42")
                                       << QStringLiteral("read.wrong-json-type") << QStringLiteral("title");
    QTest::newRow("title as a fraction") << QByteArray("\"title\": 1.5") << Field::Title << QStringLiteral("1.5")
                                         << QStringLiteral("read.wrong-json-type") << QStringLiteral("title");
    QTest::newRow("severity as a boolean")
        << QByteArray("\"severity\": true") << Field::Severity << QStringLiteral("true")
        << QStringLiteral("read.wrong-json-type") << QStringLiteral("severity");
    QTest::newRow("description as an object")
        << QByteArray("\"description\": {\"text\": \"x\"}") << Field::Description << QStringLiteral("{\"text\":\"x\"}")
        << QStringLiteral("read.wrong-json-type") << QStringLiteral("description");
    QTest::newRow("title as an array of strings")
        << QByteArray("\"title\": [\"a\", \"b\"]") << Field::Title << QStringLiteral("[\"a\",\"b\"]")
        << QStringLiteral("read.wrong-json-type") << QStringLiteral("title");
    QTest::newRow("null expirationTime means never")
        << QByteArray("\"expirationTime\": null") << Field::ExpirationTime << QString() << QString() << QString();
    QTest::newRow("property name in another letter case")
        << QByteArray("\"Title\": \"C2\"") << Field::Title << QStringLiteral("C2") << QString() << QString();
    QTest::newRow("externalID as documented for requests")
        << QByteArray("\"externalID\": \"case-1\"") << Field::ExternalId << QStringLiteral("case-1") << QString()
        << QString();
    QTest::newRow("externalId as responses spell it") << QByteArray("\"externalId\": \"case-1\"") << Field::ExternalId
                                                      << QStringLiteral("case-1") << QString() << QString();
    QTest::newRow("unicode escapes") << QByteArray("\"title\": \"\\u52d2\\u7d22 \\ud83d\\udea8\"") << Field::Title
                                     << QStringLiteral("勒索 \U0001F6A8") << QString() << QString();
    QTest::newRow("escaped quotes and a line break")
        << QByteArray("\"description\": \"a \\\"b\\\"\\r\\nc\"") << Field::Description << QStringLiteral("a \"b\"\r\nc")
        << QString() << QString();
    QTest::newRow("two properties of the wrong type")
        << QByteArray("\"title\": 1, \"action\": false") << Field::Action << QStringLiteral("false")
        << QStringLiteral("read.wrong-json-type") << QStringLiteral("action, title");
}

void TestReaders::readsTypedJsonValues()
{
    QFETCH(QByteArray, member);
    QFETCH(Field, field);
    QFETCH(QString, cell);
    QFETCH(QString, notes);
    QFETCH(QString, detail);

    const Read r = readBytes("[{\"indicatorValue\": \"evil.example.com\", " + member + "}]");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(r.table.text(0, field), cell);
    QCOMPARE(noteCodes(r.table, 0), notes);
    QCOMPARE(noteDetails(r.table, 0), detail);
    QCOMPARE(r.report.notices, QStringList());
}

void TestReaders::notesJsonElementsThatAreNotObjects_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<qint64>("line");

    QTest::newRow("an object is a row without a note") << 0 << QString() << qint64(2);
    QTest::newRow("a number") << 1 << QStringLiteral("a number") << qint64(3);
    QTest::newRow("a string") << 2 << QStringLiteral("a string") << qint64(4);
    QTest::newRow("null") << 3 << QStringLiteral("null") << qint64(5);
    QTest::newRow("an array") << 4 << QStringLiteral("an array") << qint64(6);
    QTest::newRow("a boolean") << 5 << QStringLiteral("a boolean") << qint64(7);
}

void TestReaders::notesJsonElementsThatAreNotObjects()
{
    QFETCH(int, row);
    QFETCH(QString, detail);
    QFETCH(qint64, line);

    Read r = readFixture(QStringLiteral("json/not-objects.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 6);
    QCOMPARE(r.table.sourceLine(row), line);
    QCOMPARE(noteCodes(r.table, row), detail.isEmpty() ? QString() : QStringLiteral("read.not-object"));
    QCOMPARE(noteDetails(r.table, row), detail);
    if (row > 0)
        QVERIFY(r.table.indicator(row).isEmpty());
    const auto document = validated(r.table);
    QCOMPARE(document->issues(row).contains(IssueCode::ReadNotObject), row > 0);
}

void TestReaders::reportsUnknownJsonPropertiesOnce()
{
    const Read r = readFixture(QStringLiteral("json/unknown-properties.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 2);
    QCOMPARE(r.report.notices.size(), 2);
    QVERIFY2(r.report.notices.at(0).contains(QLatin1String("\"confidence\"")), qPrintable(r.report.notices.at(0)));
    QVERIFY2(r.report.notices.at(0).contains(QLatin1String("2 row")), qPrintable(r.report.notices.at(0)));
    QVERIFY2(r.report.notices.at(1).contains(QLatin1String("\"tlp\"")), qPrintable(r.report.notices.at(1)));
    QVERIFY2(r.report.notices.at(1).contains(QLatin1String("1 row")), qPrintable(r.report.notices.at(1)));
    QCOMPARE(noteCodes(r.table, 0), QString());
}

void TestReaders::rejectsBrokenJson_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("fileName"); // empty: read from a buffer, without a name
    QTest::addColumn<QString>("error");    // a piece of the expected message
    QTest::addColumn<bool>("noRows");

    const QString json = QStringLiteral("indicators.json");
    QTest::newRow("text after the end of the Import body")
        << test::readData(QStringLiteral("json/trailing-garbage.json")) << QString()
        << QStringLiteral("text after the end") << true;
    QTest::newRow("a second document after a bare array")
        << QByteArray("[{\"indicatorValue\": \"a.example.com\"}]\n[{\"indicatorValue\": \"b.example.com\"}]\n")
        << QString() << QStringLiteral("text after the end") << true;
    QTest::newRow("truncated in the middle of an element") << test::readData(QStringLiteral("json/truncated.json"))
                                                           << QString() << QStringLiteral("ends too early") << false;
    QTest::newRow("truncated after an element") << QByteArray("[{\"indicatorValue\": \"a.example.com\"},") << QString()
                                                << QStringLiteral("ends too early") << false;
    QTest::newRow("truncated inside a string")
        << QByteArray("[{\"indicatorValue\": \"a.exam") << QString() << QStringLiteral("ends too early") << true;
    QTest::newRow("truncated in the wrapper object")
        << QByteArray("{\"Indicators\"") << QString() << QStringLiteral("JSON") << true;
    QTest::newRow("an empty array holds no indicators")
        << QByteArray("[]") << QString() << QStringLiteral("holds no indicators") << true;
    QTest::newRow("an empty Indicators array holds no indicators")
        << test::readData(QStringLiteral("json/empty-array.json")) << QString() << QStringLiteral("holds no indicators")
        << true;
    QTest::newRow("an empty value array holds no indicators")
        << QByteArray("{\"@odata.context\": \"x\", \"value\": []}") << QString()
        << QStringLiteral("holds no indicators") << true;
    QTest::newRow("a single indicator object, as a Submit body")
        << test::readData(QStringLiteral("json/single-object.json")) << QString()
        << QStringLiteral("single indicator object") << true;
    QTest::newRow("an object with neither Indicators nor value")
        << QByteArray("{\"items\": [{\"indicatorValue\": \"a.example.com\"}]}") << QString()
        << QStringLiteral("no \"Indicators\" or \"value\" array") << true;
    QTest::newRow("missing comma between elements")
        << QByteArray("[{\"indicatorValue\": \"a.example.com\"} {\"indicatorValue\": \"b.example.com\"}]") << QString()
        << QStringLiteral("malformed") << false;
    QTest::newRow("invalid literal inside an element")
        << QByteArray("[{\"generateAlert\": tru}]") << QString() << QStringLiteral("malformed") << true;
    QTest::newRow("single quotes instead of double quotes")
        << QByteArray("[{'indicatorValue': 'a.example.com'}]") << QString() << QStringLiteral("malformed") << true;
    QTest::newRow("a raw line break inside a key")
        << QByteArray("{\"Indi\ncators\": []}") << QString() << QStringLiteral("malformed") << true;
    QTest::newRow("a .json file holding CSV")
        << QByteArray("value,title\nevil.example.com,C2\n") << json << QStringLiteral("not JSON") << true;
    QTest::newRow("a .json file holding a bare string")
        << QByteArray("\"evil.example.com\"") << json << QStringLiteral("not JSON") << true;
    QTest::newRow("an empty .json file") << QByteArray() << json << QStringLiteral("empty") << true;
    QTest::newRow("a .json file of white space") << QByteArray("  \n\t\r\n") << json << QStringLiteral("empty") << true;
}

void TestReaders::rejectsBrokenJson()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, fileName);
    QFETCH(QString, error);
    QFETCH(bool, noRows);

    const Read r = fileName.isEmpty() ? readBytes(file) : readAsFile(file, fileName);
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(error, Qt::CaseInsensitive), qPrintable(r.report.error));
    if (noRows)
        QCOMPARE(r.table.rowCount(), 0);
}

void TestReaders::limitsJsonNesting_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("readable");

    // Depth counts every array and object, the outermost included.
    auto importBody = [](int depth) -> QByteArray {
        const int arrays = depth - 3; // wrapper object, Indicators array, element
        return "{\"Indicators\": [{\"indicatorValue\": \"evil.example.com\", \"description\": "
               + QByteArray(arrays, '[') + QByteArray(arrays, ']') + "}]}";
    };
    auto bareArray = [](int depth) -> QByteArray {
        const int arrays = depth - 2; // array, element
        return "[{\"indicatorValue\": \"evil.example.com\", \"description\": " + QByteArray(arrays, '[')
               + QByteArray(arrays, ']') + "}]";
    };
    auto wrapperMember = [](int depth) -> QByteArray {
        const int arrays = depth - 1; // wrapper object
        return "{\"comment\": " + QByteArray(arrays, '[') + QByteArray(arrays, ']')
               + ", \"Indicators\": [{\"indicatorValue\": \"evil.example.com\"}]}";
    };
    const int max = limits::kMaxJsonDepth;
    QTest::newRow("Import body nested exactly to the limit") << importBody(max) << true;
    QTest::newRow("Import body nested one level deeper than the limit") << importBody(max + 1) << false;
    QTest::newRow("bare array nested exactly to the limit") << bareArray(max) << true;
    QTest::newRow("bare array nested one level deeper than the limit") << bareArray(max + 1) << false;
    QTest::newRow("other wrapper member nested exactly to the limit") << wrapperMember(max) << true;
    QTest::newRow("other wrapper member nested one level deeper than the limit") << wrapperMember(max + 1) << false;
    QTest::newRow("a hundred thousand open brackets") << QByteArray(100000, '[') << false;
    QTest::newRow("a hundred thousand nested objects")
        << "{\"Indicators\": [" + QByteArray("{\"a\": ").repeated(100000) << false;
}

void TestReaders::limitsJsonNesting()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, readable);

    const Read r = readBytes(file);
    QCOMPARE(r.report.ok(), readable);
    if (readable) {
        QCOMPARE(r.table.rowCount(), 1);
        QCOMPARE(r.table.text(0, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    } else {
        QVERIFY2(r.report.error.contains(QLatin1String("nested")), qPrintable(r.report.error));
        QCOMPARE(r.table.rowCount(), 0);
    }
}

// ---------------------------------------------------------------------------------------------------
// Plain IOC lists

void TestReaders::readsAMixedIocList_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("line");

    QTest::newRow("MD5 hash") << 0 << QStringLiteral("44d88612fea8a8f36de82e1278abb02f") << QStringLiteral("FileMd5")
                              << QString() << qint64(5);
    QTest::newRow("SHA1 hash with a hash comment")
        << 1 << QStringLiteral("3395856ce81f2b7382dee72602f798b642f14140") << QStringLiteral("FileSha1")
        << QStringLiteral("sha1 of the dropper") << qint64(6);
    QTest::newRow("SHA256 hash") << 2
                                 << QStringLiteral("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f")
                                 << QStringLiteral("FileSha256") << QString() << qint64(7);
    QTest::newRow("IPv4 with a double-slash comment")
        << 3 << QStringLiteral("198.51.100.7") << QStringLiteral("IpAddress") << QStringLiteral("scanner") << qint64(8);
    QTest::newRow("IPv6") << 4 << QStringLiteral("2001:db8:0:0:0:0:0:1") << QStringLiteral("IpAddress") << QString()
                          << qint64(9);
    QTest::newRow("domain with text after a tab")
        << 5 << QStringLiteral("evil.example.com") << QStringLiteral("DomainName")
        << QStringLiteral("phishing landing page") << qint64(11);
    QTest::newRow("URL with a query") << 6 << QStringLiteral("https://bad.example.net/login?next=%2F")
                                      << QStringLiteral("Url") << QString() << qint64(12);
}

void TestReaders::readsAMixedIocList()
{
    QFETCH(int, row);
    QFETCH(QString, value);
    QFETCH(QString, type);
    QFETCH(QString, title);
    QFETCH(qint64, line);

    const Read r = readFixture(QStringLiteral("ioc/mixed.txt"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::IocList);
    QCOMPARE(r.table.rowCount(), 7);
    QCOMPARE(r.report.commentLinesSkipped, 3);
    QCOMPARE(r.report.blankLinesSkipped, 2);
    QCOMPARE(cellsOf(r.table, row, {Field::IndicatorValue, Field::IndicatorType, Field::Title}),
             (QStringList{value, type, title}));
    QCOMPARE(r.table.sourceLine(row), line);
    QCOMPARE(noteCodes(r.table, row), QString());
}

void TestReaders::readsIocListLines_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<QStringList>>("rows"); // value, type, title
    QTest::addColumn<int>("comments");
    QTest::addColumn<int>("blankLines");

    auto row = [](const char *v, const char *t, const char *title) {
        return QStringList{QString::fromUtf8(v), QString::fromUtf8(t), QString::fromUtf8(title)};
    };
    const QStringList domain = row("evil.example.com", "DomainName", "");

    QTest::newRow("hash comment line") << QByteArray("# feed\nevil.example.com\n") << QList<QStringList>{domain} << 1
                                       << 0;
    QTest::newRow("double-slash comment line")
        << QByteArray("// feed\nevil.example.com\n") << QList<QStringList>{domain} << 1 << 0;
    QTest::newRow("semicolon comment line")
        << QByteArray("; feed\nevil.example.com\n") << QList<QStringList>{domain} << 1 << 0;
    QTest::newRow("indented comment line")
        << QByteArray("   # feed\n\t// more\nevil.example.com\n") << QList<QStringList>{domain} << 2 << 0;
    QTest::newRow("first comment holds commas")
        << QByteArray("# Feed from CERT, March 2024, TLP:CLEAR\nevil.example.com\n198.51.100.7\n")
        << QList<QStringList>{domain, row("198.51.100.7", "IpAddress", "")} << 1 << 0;
    QTest::newRow("blank and white-space lines are counted")
        << QByteArray("\nevil.example.com\n   \n\t\n198.51.100.7\n\n")
        << QList<QStringList>{domain, row("198.51.100.7", "IpAddress", "")} << 0 << 4;
    QTest::newRow("inline hash comment becomes the title")
        << QByteArray("evil.example.com # C2 server, primary\n")
        << QList<QStringList>{row("evil.example.com", "DomainName", "C2 server, primary")} << 0 << 0;
    QTest::newRow("inline hash comment without spaces inside")
        << QByteArray("evil.example.com #C2\n") << QList<QStringList>{row("evil.example.com", "DomainName", "C2")} << 0
        << 0;
    QTest::newRow("inline double-slash comment becomes the title")
        << QByteArray("198.51.100.7 // scanner\n") << QList<QStringList>{row("198.51.100.7", "IpAddress", "scanner")}
        << 0 << 0;
    QTest::newRow("text after a tab becomes the title")
        << QByteArray("198.51.100.7\nevil.example.com\tphishing kit\n")
        << QList<QStringList>{row("198.51.100.7", "IpAddress", ""),
                              row("evil.example.com", "DomainName", "phishing kit")}
        << 0 << 0;
    QTest::newRow("Chinese comment becomes the title")
        << QByteArray("evil.example.com # 钓鱼网站\n")
        << QList<QStringList>{row("evil.example.com", "DomainName", "钓鱼网站")} << 0 << 0;
    QTest::newRow("URL fragment is part of the value")
        << QByteArray("https://evil.example.com/a#frag\n")
        << QList<QStringList>{row("https://evil.example.com/a#frag", "Url", "")} << 0 << 0;
    QTest::newRow("CRLF line ends and trailing spaces")
        << QByteArray("evil.example.com  \r\n198.51.100.7\r\n")
        << QList<QStringList>{domain, row("198.51.100.7", "IpAddress", "")} << 0 << 0;
    QTest::newRow("last line without a line break")
        << QByteArray("evil.example.com\n198.51.100.7")
        << QList<QStringList>{domain, row("198.51.100.7", "IpAddress", "")} << 0 << 0;
    QTest::newRow("value that is no indicator keeps an empty type")
        << QByteArray("not_an_indicator\n") << QList<QStringList>{row("not_an_indicator", "", "")} << 0 << 0;
    QTest::newRow("every kind of value")
        << QByteArray("44d88612fea8a8f36de82e1278abb02f\n3395856ce81f2b7382dee72602f798b642f14140\n")
               + kSha256.toLatin1()
               + "\n198.51.100.7\n2001:db8::1\nevil.example.com\nhttps://evil.example.com/x\nevil.example.com/path\n"
        << QList<QStringList>{row("44d88612fea8a8f36de82e1278abb02f", "FileMd5", ""),
                              row("3395856ce81f2b7382dee72602f798b642f14140", "FileSha1", ""),
                              QStringList{kSha256, QStringLiteral("FileSha256"), QString()},
                              row("198.51.100.7", "IpAddress", ""),
                              row("2001:db8::1", "IpAddress", ""),
                              domain,
                              row("https://evil.example.com/x", "Url", ""),
                              row("evil.example.com/path", "Url", "")}
        << 0 << 0;
}

void TestReaders::readsIocListLines()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, comments);
    QFETCH(int, blankLines);

    for (const QString &name : {QString(), QStringLiteral("feed.txt")}) {
        const Read r = name.isEmpty() ? readBytes(file) : readAsFile(file, name);
        QVERIFY2(r.report.ok(), qPrintable(r.report.error));
        QCOMPARE(r.report.format, FileFormat::IocList);
        QCOMPARE(r.table.rowCount(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(cellsOf(r.table, i, {Field::IndicatorValue, Field::IndicatorType, Field::Title}), rows[i]);
        QCOMPARE(r.report.commentLinesSkipped, comments);
        QCOMPARE(r.report.blankLinesSkipped, blankLines);
    }
}

void TestReaders::keepsDefangedValuesAsWritten_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");

    QTest::newRow("hxxp scheme and [.] dots")
        << QByteArray("hxxp://evil[.]example[.]com/payload.exe")
        << QStringLiteral("hxxp://evil[.]example[.]com/payload.exe") << QStringLiteral("Url");
    QTest::newRow("hxxps scheme and (.) dots")
        << QByteArray("hxxps://bad(.)example(.)net/login") << QStringLiteral("hxxps://bad(.)example(.)net/login")
        << QStringLiteral("Url");
    QTest::newRow("domain with [.] dots")
        << QByteArray("evil[.]example[.]org") << QStringLiteral("evil[.]example[.]org") << QStringLiteral("DomainName");
    QTest::newRow("domain with (.) dots")
        << QByteArray("evil(.)example(.)org") << QStringLiteral("evil(.)example(.)org") << QStringLiteral("DomainName");
    QTest::newRow("IPv4 with a [.] dot") << QByteArray("198.51.100[.]7") << QStringLiteral("198.51.100[.]7")
                                         << QStringLiteral("IpAddress");
    QTest::newRow("[:] in the scheme") << QByteArray("hxxp[:]//203.0.113[.]9/gate.php")
                                       << QStringLiteral("hxxp[:]//203.0.113[.]9/gate.php") << QStringLiteral("Url");
    QTest::newRow("upper-case HXXP") << QByteArray("HXXP://evil[.]example[.]com/")
                                     << QStringLiteral("HXXP://evil[.]example[.]com/") << QStringLiteral("Url");
    QTest::newRow("defanged value with a comment")
        << QByteArray("evil[.]example[.]org # fake bank") << QStringLiteral("evil[.]example[.]org")
        << QStringLiteral("DomainName");
}

void TestReaders::keepsDefangedValuesAsWritten()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, value);
    QFETCH(QString, type);

    Read r = readBytes(line + '\n');
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::IocList);
    QCOMPARE(r.table.rowCount(), 1);
    QCOMPARE(r.table.text(0, Field::IndicatorValue), value);
    QCOMPARE(r.table.text(0, Field::IndicatorType), type);
    const auto document = validated(r.table);
    QVERIFY2(document->issues(0).contains(IssueCode::ValueDefanged), qPrintable(test::codesOf(document->issues(0))));

    // The fixture holds the same kinds of values.
    const Read fixture = readFixture(QStringLiteral("ioc/defanged.txt"));
    QVERIFY2(fixture.report.ok(), qPrintable(fixture.report.error));
    QCOMPARE(columnOf(fixture.table, Field::IndicatorType),
             (QStringList{QStringLiteral("Url"), QStringLiteral("Url"), QStringLiteral("DomainName"),
                          QStringLiteral("IpAddress"), QStringLiteral("Url")}));
    QCOMPARE(fixture.table.text(2, Field::Title), QStringLiteral("fake bank"));
}

// ---------------------------------------------------------------------------------------------------
// The API documentation's own example

void TestReaders::loadsAndValidatesTheImportExample()
{
    const LoadResult result =
        loadDocument(test::dataPath(QStringLiteral("json/import-example.json")), {}, test::kTestNow);
    QVERIFY2(result.report.ok(), qPrintable(result.report.error));
    QVERIFY(result.document);
    QCOMPARE(result.report.format, FileFormat::Json);
    QCOMPARE(result.report.notices, QStringList());
    const IndicatorDocument &document = *result.document;
    QCOMPARE(document.rowCount(), 2);

    QCOMPARE(document.table().text(0, Field::RbacGroupNames), QStringLiteral("group1,group2"));
    QCOMPARE(document.table().text(0, Field::Application), QStringLiteral("demo-test"));
    QCOMPARE(document.table().text(1, Field::RbacGroupNames), QString());
    QCOMPARE(document.table().text(1, Field::Severity), QStringLiteral("Medium"));

    for (int row = 0; row < 2; ++row) {
        // Legacy "Alert" and an expiration in 2021: nothing else is wrong with the documented example.
        QCOMPARE(test::codesOf(document.issues(row)), QStringLiteral("action.legacy,expiration.past"));
        QCOMPARE(issueInfo(IssueCode::ActionLegacy).severity, IssueSeverity::Warning);
        QCOMPARE(issueInfo(IssueCode::ExpirationPast).severity, IssueSeverity::Error);
    }
    const ValidationSummary summary = document.summary();
    QCOMPARE(summary.rows, 2);
    QCOMPARE(summary.invalid, 2);
    QCOMPARE(summary.errors, 2);
    QCOMPARE(summary.warnings, 2);
    QCOMPARE(summary.duplicates, 0);
}

// ---------------------------------------------------------------------------------------------------
// Bad input

void TestReaders::rejectsBadInputWithoutRows_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("fileName"); // empty: read from a buffer
    QTest::addColumn<FileFormat>("format");
    QTest::addColumn<QString>("error"); // a piece of the expected message

    const QString csv = QStringLiteral("indicators.csv");
    const QString txt = QStringLiteral("feed.txt");
    const QByteArray huge(limits::kMaxRecordBytes + 10, 'a');

    QTest::newRow("empty buffer") << QByteArray() << QString() << FileFormat::Unknown << QStringLiteral("empty");
    QTest::newRow("empty .csv file") << QByteArray() << csv << FileFormat::Unknown << QStringLiteral("empty");
    QTest::newRow("empty file read as an IOC list")
        << QByteArray() << txt << FileFormat::IocList << QStringLiteral("empty");
    QTest::newRow("empty file read as JSON")
        << QByteArray() << QString() << FileFormat::Json << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << csv << FileFormat::Unknown
                                      << QStringLiteral("holds no indicators");
    QTest::newRow("only comments") << QByteArray("# nothing here\n// nor here\n") << txt << FileFormat::Unknown
                                   << QStringLiteral("holds no indicators");
    QTest::newRow("a header without rows") << QByteArray("IndicatorValue,Title\r\n") << csv << FileFormat::Unknown
                                           << QStringLiteral("holds no indicators");
    QTest::newRow("a header naming no indicator field")
        << QByteArray("first_seen,reporter\n2024-03-01,alice\n") << csv << FileFormat::Csv
        << QStringLiteral("No column holds indicator values");
    QTest::newRow("binary junk") << rawBytes("\x00\x01\x02\xFF\xFE\x00garbage\x00\x9C") << QString()
                                 << FileFormat::Unknown << QStringLiteral("binary");
    QTest::newRow("a first row longer than the record limit") << "value,title\nevil.example.com," + huge + '\n'
                                                              << csv << FileFormat::Unknown << QStringLiteral("longer");
    QTest::newRow("a quoted field longer than the record limit")
        << "value,title\nevil.example.com,\"" + huge + "\"\n"
        << csv << FileFormat::Unknown << QStringLiteral("longer");
    QTest::newRow("an unterminated quote running past the record limit")
        << "value,title\nevil.example.com,\"" + huge << csv << FileFormat::Unknown << QStringLiteral("longer");
    QTest::newRow("a header longer than the record limit") << "value," + huge + '\n'
                                                           << csv << FileFormat::Unknown << QStringLiteral("longer");
    QTest::newRow("an IOC list line longer than the record limit")
        << huge + '\n'
        << txt << FileFormat::Unknown << QStringLiteral("longer");
    QByteArray wide = "value";
    for (int c = 0; c < limits::kMaxColumns; ++c)
        wide += ",c" + QByteArray::number(c);
    QTest::newRow("a header with more columns than the limit")
        << wide + "\nevil.example.com\n"
        << csv << FileFormat::Unknown << QStringLiteral("columns");
    QTest::newRow("a first row with more columns than the limit")
        << "value,title\nevil.example.com" + QByteArray(",x").repeated(limits::kMaxColumns) + '\n'
        << csv << FileFormat::Unknown << QStringLiteral("columns");
    QTest::newRow("a headerless row of empty fields beyond the limit")
        << QByteArray(limits::kMaxColumns * 4, ',') + "\n"
        << QString() << FileFormat::Csv << QStringLiteral("columns");
    QTest::newRow("a JSON element larger than the record limit")
        << "[{\"indicatorValue\": \"a.example.com\", \"title\": \"" + huge + "\"}]" << QString() << FileFormat::Unknown
        << QStringLiteral("larger");
    QTest::newRow("a JSON string key larger than the record limit")
        << "{\"" + huge + "\": 1}" << QString() << FileFormat::Unknown << QStringLiteral("malformed");
    QTest::newRow("deeply nested JSON arrays") << QByteArray(5000, '[') + QByteArray(5000, ']') << QString()
                                               << FileFormat::Unknown << QStringLiteral("nested");
    QTest::newRow("deeply nested JSON objects")
        << "[" + QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray(5000, '}') + "]" << QString()
        << FileFormat::Unknown << QStringLiteral("nested");
}

void TestReaders::rejectsBadInputWithoutRows()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, fileName);
    QFETCH(FileFormat, format);
    QFETCH(QString, error);

    const Read r =
        fileName.isEmpty() ? readBytes(file, withFormat(format)) : readAsFile(file, fileName, withFormat(format));
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(error, Qt::CaseInsensitive), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 0);
}

void TestReaders::failsAReadThatBreaksOffMidway_data()
{
    QTest::addColumn<QByteArray>("file");

    QByteArray rows = "value,title\n";
    while (rows.size() < 100000)
        rows += "evil.example.com,plain title\n";
    QTest::newRow("invalid UTF-8 after many good rows") << rows + "x,\xFF\xFE\n";
    QTest::newRow("NUL byte after many good rows") << rows + rawBytes("x,\0\n");
    QTest::newRow("a line longer than the record limit after many good rows")
        << rows + "x," + QByteArray(limits::kMaxRecordBytes + 10, 'a') + '\n';
    QTest::newRow("too many columns on the third row")
        << "value,title\na.example.com,x\nb.example.com,y\nc.example.com" + QByteArray(",z").repeated(600) + '\n';
    QTest::newRow("JSON truncated after two elements")
        << QByteArray("[{\"indicatorValue\": \"a.example.com\"}, {\"indicatorValue\": \"b.example.com\"}, {\"ind");
    QTest::newRow("JSON with garbage between elements")
        << QByteArray("[{\"indicatorValue\": \"a.example.com\"}, {\"indicatorValue\": \"b.example.com\"}; 3]");
    QString chinese = QStringLiteral("value,title\n");
    while (chinese.size() < 80000)
        chinese += QStringLiteral("evil.example.com,勒索软件下载器\n");
    QTest::newRow("GB18030 file ending in half a character") << encodeAs(chinese, TextEncoding::Gb18030) + "x,\xC0";
    QTest::newRow("UTF-16 LE file with an odd number of bytes") << encodeAs(chinese, TextEncoding::Utf16LE) + "x";
    QByteArray ioc;
    while (ioc.size() < 100000)
        ioc += "evil.example.com # plain title\n";
    QTest::newRow("IOC list with a NUL byte after many good lines") << ioc + rawBytes("x\0\n");
}

void TestReaders::failsAReadThatBreaksOffMidway()
{
    QFETCH(QByteArray, file);

    const Read r = readBytes(file);
    QVERIFY2(!r.report.ok(), "a broken file must not read as a good one");
    QVERIFY(!r.report.error.isEmpty());
    // Whatever rows were read stay out of any document.
    const QString path = m_dir.filePath(QStringLiteral("broken-midway.dat"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(file);
    out.close();
    const LoadResult loaded = loadDocument(path, {}, test::kTestNow);
    QVERIFY(!loaded.report.ok());
    QVERIFY(!loaded.document);
}

void TestReaders::stopsWhenProgressCancels()
{
    for (const QByteArray &file :
         {QByteArray("value\nevil.example.com\nbad.example.net\n"), QByteArray("evil.example.com\nbad.example.net\n"),
          QByteArray("[{\"indicatorValue\": \"a\"}, {\"indicatorValue\": \"b\"}]")}) {
        ReadOptions options;
        int calls = 0;
        options.progress = [&calls](qint64) {
            ++calls;
            return false;
        };
        const Read r = readBytes(file, options);
        QVERIFY(r.report.cancelled);
        QVERIFY(!r.report.ok());
        QCOMPARE(calls, 1);
    }
}

QTEST_GUILESS_MAIN(TestReaders)
#include "TestReaders.moc"
