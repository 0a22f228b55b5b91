// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/MispReader.h"
#include "core/io/TableReader.h"
#include "support/ReaderTestSupport.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QtTest>

using namespace im;
using test::Read;
using test::readBytes;
using test::readFixture;

Q_DECLARE_METATYPE(im::IndicatorType)

namespace {

int rowOfValue(const IndicatorTable &table, const QString &value)
{
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.text(r, Field::IndicatorValue) == value)
            return r;
    }
    return -1;
}

bool hasNote(const IndicatorTable &table, int row, IssueCode code)
{
    const auto notes = table.readNotes(row);
    return std::any_of(notes.cbegin(), notes.cend(), [code](const ReadNote &n) { return n.code == code; });
}

} // namespace

class TestMispReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsAttributeTypes_data();
    void mapsAttributeTypes();
    void singleEventBecomesOneRowPerIndicator();
    void eventInfoTagsAndGalaxiesFeedTheRow();
    void notForDetectionIsReadButHeldBack();
    void otherTypesAreCountedNotDropped();
    void responseOfEventsWithInfoAfterTheAttributes();
    void attributeListFromASearch();
    void bareArrayOfAttributes();
    void brokenInputIsRefusedWhole_data();
    void brokenInputIsRefusedWhole();
    void largeEventIsReadInFull();
    void plainImportJsonIsStillDefenderJson();
};

void TestMispReader::mapsAttributeTypes_data()
{
    QTest::addColumn<QString>("misp");
    QTest::addColumn<IndicatorType>("type");
    QTest::newRow("md5") << "md5" << IndicatorType::FileMd5;
    QTest::newRow("sha1") << "sha1" << IndicatorType::FileSha1;
    QTest::newRow("sha256") << "sha256" << IndicatorType::FileSha256;
    QTest::newRow("ip-src") << "ip-src" << IndicatorType::IpAddress;
    QTest::newRow("ip-dst") << "ip-dst" << IndicatorType::IpAddress;
    QTest::newRow("domain") << "domain" << IndicatorType::DomainName;
    QTest::newRow("hostname") << "hostname" << IndicatorType::DomainName;
    QTest::newRow("url") << "url" << IndicatorType::Url;
    QTest::newRow("uri") << "uri" << IndicatorType::Url;
    QTest::newRow("x509-fingerprint-sha1") << "x509-fingerprint-sha1" << IndicatorType::CertificateThumbprint;
    QTest::newRow("filename") << "filename" << IndicatorType::Unknown;
    QTest::newRow("email-src") << "email-src" << IndicatorType::Unknown;
    QTest::newRow("ssdeep") << "ssdeep" << IndicatorType::Unknown;
}

void TestMispReader::mapsAttributeTypes()
{
    QFETCH(QString, misp);
    QFETCH(IndicatorType, type);
    QCOMPARE(MispReader::indicatorType(misp), type);
}

void TestMispReader::singleEventBecomesOneRowPerIndicator()
{
    const Read r = readFixture(QStringLiteral("misp/event.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Misp);
    QCOMPARE(formatName(r.report.format), QStringLiteral("misp"));
    // 10 attributes: sha256, ip-dst, domain|ip (2 rows), filename|sha1, ip-dst|port, url, text (none),
    // email-src (none), x509-fingerprint-sha1, hostname; and the file object's md5 (its filename is none).
    QCOMPARE(r.table.rowCount(), 10);
    const struct
    {
        const char *value;
        const char *type;
    } expected[] = {
        {"8a1f2f3c9b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f", "FileSha256"},
        {"203.0.113.45", "IpAddress"},
        {"update-check.example.net", "DomainName"},
        {"198.51.100.7", "IpAddress"},
        {"3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4", "FileSha1"},
        {"192.0.2.200", "IpAddress"},
        {"https://login-verify.example.org/o365/index.php?session=1", "Url"},
        {"a1b2c3d4e5f60718293a4b5c6d7e8f9011223344", "CertificateThumbprint"},
        {"cdn7.example.net", "DomainName"},
        {"0cc175b9c0f1b6a831c399e269772661", "FileMd5"},
    };
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(r.table.text(i, Field::IndicatorValue), QString::fromLatin1(expected[i].value));
        QCOMPARE(r.table.text(i, Field::IndicatorType), QString::fromLatin1(expected[i].type));
        QVERIFY(r.table.sourceLine(i) > 15);
    }
    // Each row records the line its attribute starts on.
    QCOMPARE(r.table.sourceLine(0), 19);
    QCOMPARE(r.table.sourceLine(2), r.table.sourceLine(3));
}

void TestMispReader::eventInfoTagsAndGalaxiesFeedTheRow()
{
    const Read r = readFixture(QStringLiteral("misp/event.json"));
    QVERIFY(r.report.ok());
    const int sha256 = 0;
    QCOMPARE(r.table.text(sha256, Field::Title), QStringLiteral("Phishing wave delivering a loader"));
    QCOMPARE(r.table.text(sha256, Field::Description), QStringLiteral("Loader dropped by the macro"));
    // The row's context is the event's info and the attribute, with the value where it stands.
    const auto context = r.table.sourceContext(sha256);
    QVERIFY2(context.text.startsWith(QStringLiteral("Phishing wave delivering a loader\n")), qPrintable(context.text));
    QVERIFY(context.text.endsWith(QStringLiteral("\nLoader dropped by the macro")));
    QCOMPARE(context.text.mid(context.start, context.length), r.table.text(sha256, Field::IndicatorValue));
    // The event's tag and galaxy (read after the attributes) reach every row.
    QCOMPARE(Indicator::splitList(r.table.text(sha256, Field::MitreTechniques)),
             (QStringList{QStringLiteral("T1566"), QStringLiteral("T1204"), QStringLiteral("T1204.002")}));
    // Without a comment the description is the event's info; the attribute's own tag adds its technique.
    const int ip = rowOfValue(r.table, QStringLiteral("203.0.113.45"));
    QCOMPARE(r.table.text(ip, Field::Description), QStringLiteral("Phishing wave delivering a loader"));
    const QStringList ipTechniques = Indicator::splitList(r.table.text(ip, Field::MitreTechniques));
    QVERIFY(ipTechniques.contains(QStringLiteral("T1071.001")));
    QVERIFY(ipTechniques.contains(QStringLiteral("T1566")));
    // A composite's comment goes to both of its rows.
    QCOMPARE(r.table.text(rowOfValue(r.table, QStringLiteral("198.51.100.7")), Field::Description),
             QStringLiteral("C2 pair"));
}

void TestMispReader::notForDetectionIsReadButHeldBack()
{
    const Read r = readFixture(QStringLiteral("misp/event.json"));
    QVERIFY(r.report.ok());
    const int url = rowOfValue(r.table, QStringLiteral("https://login-verify.example.org/o365/index.php?session=1"));
    const int host = rowOfValue(r.table, QStringLiteral("cdn7.example.net"));
    QVERIFY(url >= 0 && host >= 0);
    QVERIFY(hasNote(r.table, url, IssueCode::ReadNotForDetection));
    QVERIFY(hasNote(r.table, host, IssueCode::ReadNotForDetection)); // "to_ids": "0", as older MISP writes it
    QVERIFY(!hasNote(r.table, 0, IssueCode::ReadNotForDetection));
    QVERIFY(r.report.notices.join(u'\n').contains(QStringLiteral("2 attribute(s) are marked not for detection")));
    // The note is an error of the row, so the row is not sent until the user checks it.
    Read moved = readFixture(QStringLiteral("misp/event.json"));
    IndicatorDocument document(std::move(moved.table));
    document.setNow(test::kTestNow);
    QVERIFY(document.validateAll());
    QVERIFY(document.issues(url).contains(IssueCode::ReadNotForDetection));
    QVERIFY(document.issues(url).hasErrors());
    QVERIFY(!document.issues(0).contains(IssueCode::ReadNotForDetection));
}

void TestMispReader::otherTypesAreCountedNotDropped()
{
    const Read r = readFixture(QStringLiteral("misp/event.json"));
    QVERIFY(r.report.ok());
    const QString notices = r.report.notices.join(u'\n');
    QVERIFY2(notices.contains(QStringLiteral("1 MISP attribute(s) of type \"text\" were not imported")),
             qPrintable(notices));
    QVERIFY(notices.contains(QStringLiteral("\"email-src\"")));
    QVERIFY(notices.contains(QStringLiteral("\"filename\"")));
}

void TestMispReader::responseOfEventsWithInfoAfterTheAttributes()
{
    const Read r = readFixture(QStringLiteral("misp/response.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 2);
    QCOMPARE(r.table.text(0, Field::Title), QStringLiteral("First event"));
    QCOMPARE(r.table.text(0, Field::MitreTechniques), QString());
    QCOMPARE(r.table.text(1, Field::IndicatorValue), QStringLiteral("bad.example.com"));
    QCOMPARE(r.table.text(1, Field::Title), QStringLiteral("Second event, info after the attributes"));
    QCOMPARE(r.table.text(1, Field::Description), QStringLiteral("Second event, info after the attributes"));
    QCOMPARE(r.table.text(1, Field::MitreTechniques), QStringLiteral("T1041"));
}

void TestMispReader::attributeListFromASearch()
{
    const Read r = readFixture(QStringLiteral("misp/attributes.json"));
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 2);
    QCOMPARE(r.table.text(0, Field::IndicatorType), QStringLiteral("IpAddress"));
    QCOMPARE(r.table.text(0, Field::Title), QStringLiteral("Scanning activity"));
    QCOMPARE(r.table.text(0, Field::Description), QStringLiteral("Scanner"));
    QCOMPARE(r.table.text(1, Field::IndicatorType), QStringLiteral("FileSha256"));
    QCOMPARE(r.table.text(1, Field::Title), QString());
}

void TestMispReader::bareArrayOfAttributes()
{
    const Read r = readBytes(R"([{"type": "sha1", "value": "3c1f7e2a9b8d4c6e0f1a2b3c4d5e6f708192a3b4", "to_ids": true},
 {"type": "url", "value": "http://198.51.100.9:8080/gate.php?id=1", "to_ids": true}])");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Misp);
    QCOMPARE(r.table.rowCount(), 2);
    QCOMPARE(r.table.sourceLine(1), 2);
    QCOMPARE(r.table.text(1, Field::IndicatorType), QStringLiteral("Url"));
}

void TestMispReader::brokenInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated") << test::readData(QStringLiteral("misp/truncated.json")) << "ends too early";
    QTest::newRow("missing comma") << QByteArray(R"({"Event": {"info": "x" "Attribute": []}})") << "malformed";
    QTest::newRow("no attributes") << QByteArray(R"({"Event": {"info": "x", "Attribute": []}})") << "no attributes";
    QTest::newRow("trailing text") << QByteArray(
        R"({"Event": {"Attribute": [{"type": "md5", "value": "d41d8cd98f00b204e9800998ecf8427e"}]}} x)")
                                   << "after the end";
    QByteArray deep = "{\"Event\": ";
    for (int i = 0; i < 100; ++i)
        deep += "{\"Object\": [";
    QTest::newRow("nested too deep") << deep << "nested more than";
}

void TestMispReader::brokenInputIsRefusedWhole()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Read r = readBytes(bytes);
    QVERIFY(!r.report.ok());
    QVERIFY2(r.report.error.contains(error), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), 0);
}

void TestMispReader::largeEventIsReadInFull()
{
    // Bigger than the 1 MiB a single JSON element may take: the attributes are read one by one.
    QByteArray json = "{\"Event\": {\"info\": \"Large\", \"Attribute\": [\n";
    constexpr int kCount = 20000;
    for (int i = 0; i < kCount; ++i) {
        if (i > 0)
            json += ",\n";
        json += "{\"type\": \"sha256\", \"to_ids\": true, \"value\": \"" + QByteArray::number(i).rightJustified(64, '0')
                + "\"}";
    }
    json += "]}}\n";
    QVERIFY(json.size() > 2 * 1024 * 1024);
    const Read r = readBytes(json);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.table.rowCount(), kCount);
    QCOMPARE(r.table.text(kCount - 1, Field::IndicatorValue), QString::number(kCount - 1).rightJustified(64, u'0'));
    QCOMPARE(r.table.sourceLine(kCount - 1), kCount + 1);
    QCOMPARE(r.table.text(kCount - 1, Field::Title), QStringLiteral("Large"));
}

void TestMispReader::plainImportJsonIsStillDefenderJson()
{
    const Read r = readBytes(R"({"Indicators": [{"indicatorValue": "203.0.113.45", "indicatorType": "IpAddress"}]})");
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    QCOMPARE(r.report.format, FileFormat::Json);
}

QTEST_GUILESS_MAIN(TestMispReader)
#include "TestMispReader.moc"
