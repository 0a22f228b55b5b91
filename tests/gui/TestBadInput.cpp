// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input catalogue over the window's entry points, with real widgets: opening a file, dropping it
// on the window, and pasting its text as rows. Every bad input gets a clear message, the open table stays
// as it was, and nothing is written. Hostile text that is a valid table (formula payloads, control
// characters, right-to-left overrides) loads, is shown as it is and is flagged. The CLI's side of the
// catalogue is in tests/cli/TestCli.cpp.
#include "core/i18n/Translations.h"
#include "core/model/IndicatorTableModel.h"
#include "core/validation/IssueMessages.h"
#include "support/GuiTestSupport.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/common/NoticeBar.h"
#include "ui/grid/GridClipboard.h"
#include "ui/grid/IndicatorTableView.h"

#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace im;
using namespace im::test;

namespace {

const QByteArray kHeader = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                           "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\n";

std::vector<Indicator> tableOf(const MainWindow &window)
{
    std::vector<Indicator> rows;
    const IndicatorTable &table = test::gridModel(window)->document().table();
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    return rows;
}

// Every file in the folder with its content.
QMap<QString, QByteArray> folderContent(const QTemporaryDir &dir)
{
    QMap<QString, QByteArray> content;
    for (const QFileInfo &info : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            content.insert(info.fileName(), file.readAll());
    }
    return content;
}

// Drops a file on the window as a file manager does; returns what fileLoaded said.
bool dropAndWait(MainWindow &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QSignalSpy loaded(&window, &MainWindow::fileLoaded);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    if (loaded.isEmpty() && !loaded.wait(20000))
        return false;
    return loaded.last().at(0).toBool();
}

bool hasIssue(const MainWindow &window, int row, IssueCode code)
{
    return test::gridModel(window)->document().issues(row).contains(code);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badFilesAreRefusedEverywhere_data();
    void badFilesAreRefusedEverywhere();
    void refusalsAreTranslated();
    void hostileTextLoadsAsTextAndIsFlagged();
    void absurdPastesLeaveTheTableUsable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestBadInput::initTestCase()
{
    isolateSettings(QStringLiteral("tst_badinput"));
    QVERIFY(m_dir.isValid());
}

void TestBadInput::init()
{
    Translations::install(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    // No dialog may wait for an answer (a column mapping for an odd file): every open uses its guess.
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("start.csv"), portalCsv({validIndicator()}))));
}

void TestBadInput::cleanup()
{
    Translations::install(QStringLiteral("en"));
    m_window.reset();
}

void TestBadInput::badFilesAreRefusedEverywhere_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("asText"); // also pasted as rows (the clipboard holds text, not bytes)

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919) % 256));
    QByteArray wide = "IndicatorValue";
    for (int i = 0; i < 10000; ++i)
        wide += ",c" + QByteArray::number(i);
    // Just over the longest record the readers take (1 MiB), generated so the test stays quick.
    const QByteArray huge = "IndicatorValue,Title\n" + QByteArray(1024 * 1024 + 10, 'a') + ",x\n";

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.csv") << QStringLiteral("empty") << false;
    QTest::newRow("binary") << binary << QStringLiteral("junk.csv") << QStringLiteral("binary") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("IndicatorValue,Title\n\xc3\xa9t\xc3\xa9,ok\nbad\xff\xfe,x\n")
                                   << QStringLiteral("utf8.csv") << QStringLiteral("not valid UTF-8") << false;
    QTest::newRow("NUL bytes") << QByteArray("IndicatorValue\n8.8.8.8\0\n", 24) << QStringLiteral("nul.csv")
                               << QStringLiteral("binary") << false;
    QTest::newRow("10,000 columns") << (wide + "\n") << QStringLiteral("wide.csv") << QStringLiteral("columns") << true;
    QTest::newRow("huge line") << huge << QStringLiteral("huge.csv") << QStringLiteral("longer than") << true;
    QTest::newRow("deeply nested JSON") << (QByteArray(10000, '[') + QByteArray(10000, ']'))
                                        << QStringLiteral("nested.json") << QStringLiteral("nested") << true;
    QTest::newRow("truncated JSON") << QByteArray(R"({"Indicators":[{"indicatorValue":"x")")
                                    << QStringLiteral("cut.json") << QStringLiteral("ends too early") << true;
    QTest::newRow("only a header") << kHeader << QStringLiteral("header.csv") << QStringLiteral("no indicators")
                                   << true;
}

void TestBadInput::badFilesAreRefusedEverywhere()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(bool, asText);
    const QString path = writeFile(m_dir, name, content);
    const std::vector<Indicator> before = tableOf(*m_window);
    const QMap<QString, QByteArray> files = folderContent(m_dir);
    const QString current = test::currentPath(*m_window);

    // File > Open.
    QVERIFY(!openAndWait(*m_window, path));
    QCOMPARE(tableOf(*m_window), before);
    QCOMPARE(test::currentPath(*m_window), current);
    const QString notice = test::noticeBar(*m_window)->text();
    QVERIFY2(notice.contains(message, Qt::CaseInsensitive), qPrintable(notice));
    QVERIFY2(notice.contains(name), qPrintable(notice));
    QVERIFY(test::noticeBar(*m_window)->isVisible());

    // Dropped on the window.
    QVERIFY(!dropAndWait(*m_window, path));
    QCOMPARE(tableOf(*m_window), before);
    QCOMPARE(test::currentPath(*m_window), current);
    QVERIFY2(test::noticeBar(*m_window)->text().contains(message, Qt::CaseInsensitive),
             qPrintable(test::noticeBar(*m_window)->text()));

    // Pasted as rows. Bytes that are no text never reach the clipboard as such: it holds decoded text.
    if (asText) {
        const QString pasted = test::gridClipboard(*m_window)->pasteAsRows(QString::fromUtf8(content));
        QVERIFY2(pasted.contains(message, Qt::CaseInsensitive), qPrintable(pasted));
        QCOMPARE(tableOf(*m_window), before);
    }

    // Nothing was written anywhere, and editing still works.
    QCOMPARE(folderContent(m_dir), files);
    QVERIFY(test::gridEditor(*m_window) != nullptr);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), int(before.size()));
}

void TestBadInput::refusalsAreTranslated()
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919) % 256));
    const QString path = writeFile(m_dir, QStringLiteral("junk.csv"), binary);
    QVERIFY(!openAndWait(*m_window, path));
    const QString english = test::noticeBar(*m_window)->text();
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QVERIFY(!openAndWait(*m_window, path));
    const QString chinese = test::noticeBar(*m_window)->text();
    QVERIFY2(chinese != english, qPrintable(chinese));
    QVERIFY2(std::any_of(chinese.cbegin(), chinese.cend(),
                         [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }),
             qPrintable(chinese));
    QVERIFY(chinese.contains(QStringLiteral("junk.csv")));
}

void TestBadInput::hostileTextLoadsAsTextAndIsFlagged()
{
    // Attackers write feeds: formulas for the spreadsheet that opens an export, terminal escapes, and a
    // right-to-left override (U+202E) that makes "invoice<RLO>fdp.exe" read as "invoiceexe.pdf".
    const QByteArray hostile = kHeader
                               + "DomainName,formula.example,,Block,High,\"=HYPERLINK(\"\"http://"
                                 "evil.example\"\",\"\"click\"\")\",@SUM(1),,,,,\n"
                                 "DomainName,rlo.example,,Block,High,invoice\xe2\x80\xae"
                                 "fdp.exe,Sent by mail,,,,,\n"
                                 "DomainName,escape.example,,Block,High,\x1b[2Jcleared,Bell\x07,,,,,\n"
                                 "DomainName,\xe2\x80\xaeol.example,,Block,High,Value with an override,,,,,,\n";
    const QString path = writeFile(m_dir, QStringLiteral("hostile.csv"), hostile);
    const QMap<QString, QByteArray> files = folderContent(m_dir);
    QVERIFY(openAndWait(*m_window, path));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 4);
    const IndicatorTable &table = test::gridModel(*m_window)->document().table();

    // Formulas are text: kept as they are, never evaluated or changed.
    QCOMPARE(table.text(0, Field::Title), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"));
    QCOMPARE(table.text(0, Field::Description), QStringLiteral("@SUM(1)"));
    // ... and flagged, so the analyst decides before they reach the alerts others export.
    QVERIFY(hasIssue(*m_window, 0, IssueCode::TitleFormula));
    QVERIFY(hasIssue(*m_window, 0, IssueCode::DescriptionFormula));
    QCOMPARE(IssueMessages::ruleTitle(IssueCode::TitleFormula),
             QStringLiteral("Title starts like a spreadsheet formula"));
    // Overrides and control characters are flagged, with the message the problems list shows.
    QVERIFY(hasIssue(*m_window, 1, IssueCode::TitleControlChars));
    QVERIFY(hasIssue(*m_window, 2, IssueCode::TitleControlChars));
    QVERIFY(hasIssue(*m_window, 2, IssueCode::DescriptionControlChars));
    QVERIFY(hasIssue(*m_window, 3, IssueCode::ValueControlChars));
    QCOMPARE(IssueMessages::ruleTitle(IssueCode::TitleControlChars),
             QStringLiteral("Invisible characters in the title"));
    // Loading wrote nothing.
    QCOMPARE(folderContent(m_dir), files);
}

void TestBadInput::absurdPastesLeaveTheTableUsable()
{
    const int columns = test::gridModel(*m_window)->columnCount();
    const std::vector<Indicator> before = tableOf(*m_window);
    // One row of 10,000 cells, and 2,000 rows of control characters and overrides, pasted as cells.
    QStringList wide;
    for (int i = 0; i < 10000; ++i)
        wide << QStringLiteral("c%1").arg(i);
    test::gridView(*m_window)->setCurrentIndex(cellOf(*m_window, 0, Field::Title));
    test::gridClipboard(*m_window)->paste(wide.join(u'\t'));
    QCOMPARE(test::gridModel(*m_window)->columnCount(), columns);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), int(before.size()));

    QString block;
    for (int i = 0; i < 2000; ++i)
        block += QStringLiteral("a\u202Eb\x1b[2J%1\tx\x07\n").arg(i);
    test::gridView(*m_window)->setCurrentIndex(cellOf(*m_window, 0, Field::Title));
    QVERIFY(test::gridClipboard(*m_window)->paste(block));
    QCOMPARE(test::gridModel(*m_window)->columnCount(), columns);
    QVERIFY(test::gridModel(*m_window)->rowCount() >= 1);
    QTRY_VERIFY(hasIssue(*m_window, 0, IssueCode::TitleControlChars));
    // Undo takes it all back.
    while (test::undoStack(*m_window)->canUndo())
        test::undoStack(*m_window)->undo();
    QTRY_COMPARE(tableOf(*m_window), before);
}

QTEST_MAIN(TestBadInput)
#include "TestBadInput.moc"
