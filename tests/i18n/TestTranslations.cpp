// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues compiled into the binaries actually translate what the code asks for at run time.
// The gate (check-translations.cmake) proves the .ts files are complete; this proves the contexts and
// plural forms the code uses find them, which a complete catalogue with wrong contexts would not.
#include "core/i18n/LocaleFormat.h"
#include "core/i18n/Translations.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/TableReader.h"
#include "core/model/IndicatorTableModel.h"
#include "core/validation/Fixes.h"
#include "core/validation/IssueMessages.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

using namespace im;

namespace {

bool hasCjk(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

QString readError(const QByteArray &content)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable table;
    return TableReader::read(buffer, table).error;
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    bool numerus = false;
};

QList<Message> messagesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> result;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (!current.numerus)
                current.translation = xml.readElementText();
            result.append(current);
        }
    }
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyCatalogueEntryResolvesAtRunTime_data();
    void everyCatalogueEntryResolvesAtRunTime();
    void traditionalChineseUsesTaiwanTerms();
    void coreClassesSpeakChinese();
    void englishPluralsReadNaturally();
    void chinesePluralsUseTheirSingleForm();
    void unknownLanguageFallsBackToEnglish();
    void systemLocaleChoosesTheLanguage_data();
    void systemLocaleChoosesTheLanguage();
    void shortTimesHaveNoStrayDayPeriodLetter();
};

void TestTranslations::cleanup()
{
    Translations::install(QString());
}

void TestTranslations::everyCatalogueEntryResolvesAtRunTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestTranslations::everyCatalogueEntryResolvesAtRunTime()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    const QList<Message> messages =
        messagesOf(QStringLiteral(IM_TEST_DATA_DIR "/../../translations/indicator-manager_%1.ts").arg(language));
    QVERIFY(messages.size() > 100);
    for (const Message &m : messages) {
        if (m.numerus)
            continue;
        const QString actual =
            QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                        m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
        QVERIFY2(actual == m.translation, qPrintable(m.context + QStringLiteral(": ") + m.source));
    }
}

void TestTranslations::coreClassesSpeakChinese()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));

    // One call into each class that translates, through the context the code really uses.
    IndicatorTable table = test::tableOf({test::indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}})});
    const QStringList texts = {
        IssueMessages::ruleTitle(IssueCode::HashLength),
        IssueMessages::describe(table, 0, IssueCode::HashLength, nullptr),
        IssueMessages::fieldLabel(Field::IndicatorValue),
        Fixes::suggest(table.cells(0), IssueCode::ValueDefanged).value_or(Fix{}).label,
        IndicatorTableModel::columnTitle(0),
        readError(QByteArray()),                                                // TableReader
        readError(QByteArray("a,b\n\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f")), // TextDecoder
        readError(QByteArray("x") + QByteArray(2 << 20, 'y')),                  // CsvRecordReader
        readError(QByteArray("name,comment\nfoo,bar\n")),                       // CsvTableReader
        readError(QByteArray("{\"x\": 1}")),                                    // JsonTableReader
    };
    for (const QString &text : texts)
        QVERIFY2(hasCjk(text), qPrintable(text));
}

// zh_TW is not a character conversion of zh_CN: the portal's Taiwan words, and 列 for a row.
void TestTranslations::traditionalChineseUsesTaiwanTerms()
{
    QVERIFY(Translations::install(QStringLiteral("zh_TW")));
    QCOMPARE(Translations::current(), QStringLiteral("zh_TW"));
    QCOMPARE(IssueMessages::fieldLabel(Field::IndicatorValue), QStringLiteral("指標值"));
    QCOMPARE(IssueMessages::fieldLabel(Field::RbacGroupNames), QStringLiteral("裝置群組"));
    QCOMPARE(IssueMessages::fieldLabel(Field::ExpirationTime), QStringLiteral("到期時間"));
    QCOMPARE(QCoreApplication::translate("im::IndicatorTableModel", "%n error(s)", nullptr, 2),
             QStringLiteral("2 個錯誤"));
    QCOMPARE(QCoreApplication::translate("im::FilterBar", "%n row(s)", nullptr, 3), QStringLiteral("3 列"));
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QCOMPARE(IssueMessages::fieldLabel(Field::IndicatorValue), QStringLiteral("指示器值"));
    QCOMPARE(QCoreApplication::translate("im::FilterBar", "%n row(s)", nullptr, 3), QStringLiteral("3 行"));
}

void TestTranslations::englishPluralsReadNaturally()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("im::IndicatorTableModel", "%n error(s)", nullptr, 1),
             QStringLiteral("1 error"));
    QCOMPARE(QCoreApplication::translate("im::IndicatorTableModel", "%n error(s)", nullptr, 3),
             QStringLiteral("3 errors"));
}

void TestTranslations::chinesePluralsUseTheirSingleForm()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    const QString one = QCoreApplication::translate("im::IndicatorTableModel", "%n error(s)", nullptr, 1);
    const QString many = QCoreApplication::translate("im::IndicatorTableModel", "%n error(s)", nullptr, 5);
    QVERIFY2(hasCjk(one) && one.contains(u'1'), qPrintable(one));
    QVERIFY2(hasCjk(many) && many.contains(u'5'), qPrintable(many));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QVERIFY(!Translations::install(QStringLiteral("xx_YY")));
    QCOMPARE(IssueMessages::ruleTitle(IssueCode::HashLength), QStringLiteral("Hash has the wrong length"));
}

void TestTranslations::systemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Simplified Chinese in China") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("Simplified Chinese in Singapore") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("Traditional Chinese in Taiwan") << QStringLiteral("zh_TW") << QStringLiteral("zh_TW");
    QTest::newRow("Traditional Chinese in Hong Kong") << QStringLiteral("zh_HK") << QStringLiteral("zh_TW");
    QTest::newRow("Traditional script") << QStringLiteral("zh_Hant") << QStringLiteral("zh_TW");
    QTest::newRow("English") << QStringLiteral("en_US") << QString();
    QTest::newRow("German falls back to English") << QStringLiteral("de_DE") << QString();
}

void TestTranslations::systemLocaleChoosesTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Translations::bestMatch(locale), language);
}

// Qt 6.4 prints the CLDR day period "B" of zh_TW's short formats as a letter ("B3:04").
void TestTranslations::shortTimesHaveNoStrayDayPeriodLetter()
{
    const QLocale taiwan(QStringLiteral("zh_TW"));
    const QDateTime afternoon(QDate(2026, 11, 23), QTime(15, 4));
    const QString time = LocaleFormat::shortTime(taiwan, afternoon.time());
    QVERIFY2(!time.contains(u'B') && time.contains(QStringLiteral("下午")) && time.contains(QStringLiteral("3:04")),
             qPrintable(time));
    const QString dateTime = LocaleFormat::shortDateTime(taiwan, afternoon);
    QVERIFY2(dateTime.startsWith(QStringLiteral("2026/11/23")) && !dateTime.contains(u'B'), qPrintable(dateTime));
    // Other languages keep Qt's own wording; quoted text stays literal.
    const QLocale china(QStringLiteral("zh_CN"));
    QCOMPARE(LocaleFormat::shortDateTime(china, afternoon), china.toString(afternoon, QLocale::ShortFormat));
    QCOMPARE(LocaleFormat::withoutDayPeriod(QStringLiteral("'B'h B")), QStringLiteral("'B'h AP"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
