// SPDX-License-Identifier: GPL-3.0-or-later
// The source panel: the line a report's row came from, with the value highlighted, following the grid.
#include "core/model/IndicatorColumns.h"
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/PdfFixtures.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/common/NoticeBar.h"
#include "ui/grid/IndicatorTableView.h"
#include "ui/source/SourcePanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

class TestSourcePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheSentenceOfTheCurrentRow();
    void followsTheCurrentRowThroughSorting();
    void hiddenForATableWithoutContext();
    void appendedRowsKeepTheirSource();
    void highlightsTheRowsOwnMention();

private:
    void selectValue(const QString &value);
    QString location() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSourcePanel::initTestCase()
{
    isolateSettings(QStringLiteral("tst_sourcepanel"));
}

void TestSourcePanel::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QByteArray pdf = pdfFromHtml(QStringLiteral("<p>The loader calls update-check.example.net every hour.</p>"
                                                      "<p style='page-break-before: always'>Intro line.</p>"
                                                      "<p>Stolen data goes to 203.0.113.9 &amp; nowhere else.</p>"),
                                       QPageSize::A4);
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("report.pdf"), pdf)));
}

void TestSourcePanel::cleanup()
{
    m_window.reset();
}

void TestSourcePanel::selectValue(const QString &value)
{
    IndicatorTableModel *model = test::gridModel(*m_window);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, columnOfField(Field::IndicatorValue));
        if (index.data().toString() == value) {
            test::gridView(*m_window)->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row holds %1").arg(value)));
}

QString TestSourcePanel::location() const
{
    return test::sourcePanel(*m_window)->findChild<QLabel *>(QStringLiteral("sourceLocationLabel"))->text();
}

void TestSourcePanel::showsTheSentenceOfTheCurrentRow()
{
    QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sourceDockWidget"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    SourcePanel *panel = test::sourcePanel(*m_window);
    selectValue(QStringLiteral("203.0.113.9"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("203.0.113.9"));
    QCOMPARE(panel->plainText(), QStringLiteral("Stolen data goes to 203.0.113.9 & nowhere else."));
    QCOMPARE(location(), QStringLiteral("Page 2, line 2"));

    selectValue(QStringLiteral("update-check.example.net"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("update-check.example.net"));
    QCOMPARE(panel->plainText(), QStringLiteral("The loader calls update-check.example.net every hour."));
    QCOMPARE(location(), QStringLiteral("Page 1, line 1"));
}

void TestSourcePanel::followsTheCurrentRowThroughSorting()
{
    SourcePanel *panel = test::sourcePanel(*m_window);
    IndicatorTableModel *model = test::gridModel(*m_window);
    selectValue(QStringLiteral("update-check.example.net"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("update-check.example.net"));
    // Sorted by value the address comes first; the panel reads the row shown, not the table's order.
    model->sort(columnOfField(Field::IndicatorValue));
    test::gridView(*m_window)->setCurrentIndex(model->index(0, columnOfField(Field::IndicatorValue)));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("203.0.113.9"));
}

void TestSourcePanel::hiddenForATableWithoutContext()
{
    const std::vector<Indicator> rows{validIndicator()};
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("plain.csv"), portalCsv(rows))));
    QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sourceDockWidget"));
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(test::sourcePanel(*m_window)->plainText().isEmpty());
}

void TestSourcePanel::appendedRowsKeepTheirSource()
{
    // A table without context (and with every field an import needs), then a report appended to it.
    const std::vector<Indicator> rows{validIndicator()};
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("plain.csv"), portalCsv(rows))));
    QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sourceDockWidget"));
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(!test::noticeBar(*m_window)->isVisible());

    const QString report = writeFile(m_dir, QStringLiteral("report.txt"),
                                     "The campaign began in March with phishing mails from several senders.\n"
                                     "Stolen files went to 198.51.100.77 and later to drop.badhost.xyz for months.\n");
    QSignalSpy appended(m_window.get(), &MainWindow::fileAppended);
    m_window->appendFile(report);
    QVERIFY(appended.wait(20000));
    QVERIFY2(appended.last().at(0).toBool(), qPrintable(appended.last().at(1).toString()));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 3);

    // The source panel opens for the appended rows and shows their line, as after Open.
    QTRY_VERIFY(dock->isVisible());
    SourcePanel *panel = test::sourcePanel(*m_window);
    const QString line = QStringLiteral("Stolen files went to 198.51.100.77 and later to drop.badhost.xyz for months.");
    selectValue(QStringLiteral("drop.badhost.xyz"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("drop.badhost.xyz"));
    QCOMPARE(panel->plainText(), line);
    QCOMPARE(location(), QStringLiteral("Line 2"));
    // The opened row has no context of its own.
    test::gridView(*m_window)->setCurrentIndex(
        test::gridModel(*m_window)->index(0, columnOfField(Field::IndicatorValue)));
    QTRY_VERIFY(panel->plainText().isEmpty());

    // The appended rows lack action, title and description: the same offer as after Open.
    QTRY_VERIFY(test::noticeBar(*m_window)->isVisible());
    QVERIFY2(
        test::noticeBar(*m_window)->text().contains(QStringLiteral("leave the action, title or description empty")),
        qPrintable(test::noticeBar(*m_window)->text()));

    // Undo and redo of the append keep the context with the rows.
    test::undoStack(*m_window)->undo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 1);
    test::undoStack(*m_window)->redo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 3);
    selectValue(QStringLiteral("198.51.100.77"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("198.51.100.77"));
    QCOMPARE(panel->plainText(), line);
}

void TestSourcePanel::highlightsTheRowsOwnMention()
{
    // The domain stands first inside the URL, then alone: its row is the second mention.
    const QString report =
        writeFile(m_dir, QStringLiteral("twice.md"),
                  "# Notes on the dropper seen in the spring\n"
                  "The dropper fetched http://cdn.badhost.xyz/a.bin and later cdn.badhost.xyz served it.\n");
    QVERIFY(openAndWait(*m_window, report));
    SourcePanel *panel = test::sourcePanel(*m_window);
    selectValue(QStringLiteral("cdn.badhost.xyz"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("cdn.badhost.xyz"));
    QCOMPARE(panel->highlightedPosition(), panel->plainText().lastIndexOf(QStringLiteral("cdn.badhost.xyz")));
    QVERIFY(panel->highlightedPosition() > panel->plainText().indexOf(QStringLiteral("cdn.badhost.xyz")));
    selectValue(QStringLiteral("http://cdn.badhost.xyz/a.bin"));
    QTRY_COMPARE(panel->highlightedText(), QStringLiteral("http://cdn.badhost.xyz/a.bin"));
    QCOMPARE(panel->highlightedPosition(), panel->plainText().indexOf(QStringLiteral("http://")));
}

QTEST_MAIN(TestSourcePanel)
#include "TestSourcePanel.moc"
