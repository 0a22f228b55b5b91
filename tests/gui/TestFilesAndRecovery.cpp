// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, saving, the unsaved-changes prompt, background loading with cancel, drag and drop, recent
// files, and recovery after a crash (a real child process killed after it autosaved).
#include "core/document/RecoveryStore.h"
#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"
#include "support/GuiTestSupport.h"
#include "support/ModalDialogDriver.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/grid/GridEditor.h"
#include "ui/recovery/AutosaveController.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

std::vector<Indicator> sampleRows()
{
    return {indicatorWith({{Field::Title, QStringLiteral("Loader")},
                           {Field::RbacGroupNames, QStringLiteral("SOC,Tier 2")},
                           {Field::ExpirationTime, QStringLiteral("2027-01-01T00:00:00Z")},
                           {Field::GenerateAlert, QStringLiteral("true")}}),
            indicatorWith({{Field::IndicatorType, QStringLiteral("DomainName")},
                           {Field::IndicatorValue, QStringLiteral("evil.example.net")},
                           {Field::Description, QStringLiteral("多行\n\"quoted\", text")}})};
}

std::vector<Indicator> tableOf(const MainWindow &window)
{
    std::vector<Indicator> rows;
    const IndicatorTable &table = test::gridModel(window)->document().table();
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    return rows;
}

bool saveAndWait(MainWindow &window, const QString &path, SaveFormat format)
{
    QSignalSpy saved(&window, &MainWindow::fileSaved);
    window.saveTo(path, format);
    if (saved.isEmpty() && !saved.wait(20000))
        return false;
    return saved.last().at(0).toBool();
}

QStringList recoveryFiles()
{
    return QDir(RecoveryStore::defaultDirectory())
        .entryList({QStringLiteral("*.json"), QStringLiteral("*.csv")}, QDir::Files);
}

} // namespace

class TestFilesAndRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesAndReloadsEveryField_data();
    void savesAndReloadsEveryField();
    void warnsBeforeAPortalCsvDropsColumns();
    void asksBeforeUnsavedChangesAreLost();
    void failedOpenKeepsTheCurrentTable();
    void cancelledOpenKeepsTheCurrentTable();
    void opensADroppedFile();
    void appendsAnotherFileAsOneUndoStep();
    void failedAppendAppendsNothing();
    void asksWhichSheetOfAWorkbook();
    void remembersRecentFiles();
    void autosaveWritesASnapshotThatSavingRemoves();
    void restoresTheWorkOfAKilledSession();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestFilesAndRecovery::initTestCase()
{
    isolateSettings(QStringLiteral("tst_filesrecovery"));
    QVERIFY(m_dir.isValid());
}

void TestFilesAndRecovery::init()
{
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
    MessageBox::instance().reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("start.csv"), portalCsv(sampleRows()))));
}

void TestFilesAndRecovery::cleanup()
{
    ModalDialogDriver::stopAll();
    MessageBox::instance().reset();
    if (m_window)
        test::undoStack(*m_window)->setClean();
    m_window.reset();
}

void TestFilesAndRecovery::savesAndReloadsEveryField_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("portal CSV") << int(SaveFormat::PortalCsv) << QStringLiteral("saved.csv");
    QTest::newRow("full CSV") << int(SaveFormat::FullCsv) << QStringLiteral("saved-full.csv");
    QTest::newRow("Import JSON") << int(SaveFormat::ImportJson) << QStringLiteral("saved.json");
}

void TestFilesAndRecovery::savesAndReloadsEveryField()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    QVERIFY(test::gridEditor(*m_window)->setCell(cellOf(*m_window, 1, Field::Title),
                                                 QStringLiteral("Edited, with a comma")));
    QVERIFY(m_window->isWindowModified());
    const QString path = m_dir.filePath(name);
    QVERIFY(saveAndWait(*m_window, path, static_cast<SaveFormat>(format)));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(test::currentPath(*m_window), path);
    QVERIFY(m_window->windowTitle().startsWith(name));

    MainWindow reopened;
    QVERIFY(openAndWait(reopened, path));
    QCOMPARE(tableOf(reopened), tableOf(*m_window));
    // Save in the file's own format writes the same bytes again.
    QFile first(path);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    first.close();
    QCOMPARE(test::currentSaveFormat(reopened), std::optional<SaveFormat>(static_cast<SaveFormat>(format)));
    QSignalSpy saved(&reopened, &MainWindow::fileSaved);
    reopened.save();
    QVERIFY(saved.wait(20000));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), bytes);
}

void TestFilesAndRecovery::warnsBeforeAPortalCsvDropsColumns()
{
    QVERIFY(
        test::gridEditor(*m_window)->setCell(cellOf(*m_window, 0, Field::Application), QStringLiteral("setup.exe")));
    // Keep them: the file gets the extra columns.
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("keepExtraColumnsButton"));
    QVERIFY(saveAndWait(*m_window, m_dir.filePath(QStringLiteral("kept.csv")), SaveFormat::PortalCsv));
    QVERIFY(askedLast(QStringLiteral("portalCsvWarningMessageBox")));
    QCOMPARE(test::currentSaveFormat(*m_window), std::optional<SaveFormat>(SaveFormat::FullCsv));
    QFile kept(m_dir.filePath(QStringLiteral("kept.csv")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readLine().contains("Application"));

    // Without them: the portal template, as asked.
    boxes.setNextAnswer(QStringLiteral("dropExtraColumnsButton"));
    QVERIFY(saveAndWait(*m_window, m_dir.filePath(QStringLiteral("dropped.csv")), SaveFormat::PortalCsv));
    QVERIFY(askedLast(QStringLiteral("portalCsvWarningMessageBox")));
    QFile dropped(m_dir.filePath(QStringLiteral("dropped.csv")));
    QVERIFY(dropped.open(QIODevice::ReadOnly));
    QVERIFY(!dropped.readAll().contains("setup.exe"));

    // Cancel: nothing is written.
    boxes.setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!saveAndWait(*m_window, m_dir.filePath(QStringLiteral("never.csv")), SaveFormat::PortalCsv));
    QVERIFY(askedLast(QStringLiteral("portalCsvWarningMessageBox")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

void TestFilesAndRecovery::asksBeforeUnsavedChangesAreLost()
{
    const QString other = writeFile(m_dir, QStringLiteral("other.csv"),
                                    portalCsv({indicatorWith({{Field::Title, QStringLiteral("Other")}})}));
    QVERIFY(test::gridEditor(*m_window)->setCell(cellOf(*m_window, 0, Field::Title), QStringLiteral("Unsaved")));

    // Cancel keeps everything as it is.
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QMessageBox::Cancel);
    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    m_window->openFile(other);
    QVERIFY(askedLast(QStringLiteral("unsavedChangesMessageBox")));
    QCoreApplication::processEvents(); // a load would have started before the answer returned
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(cellOf(*m_window, 0, Field::Title).data().toString(), QStringLiteral("Unsaved"));

    // Save writes the file, then opens the other one.
    boxes.setNextAnswer(QMessageBox::Save);
    m_window->openFile(other);
    QVERIFY(askedLast(QStringLiteral("unsavedChangesMessageBox")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(cellOf(*m_window, 0, Field::Title).data().toString(), QStringLiteral("Other"));
    MainWindow check;
    QVERIFY(openAndWait(check, m_dir.filePath(QStringLiteral("start.csv"))));
    QCOMPARE(cellOf(check, 0, Field::Title).data().toString(), QStringLiteral("Unsaved"));

    // Closing asks too; Discard closes.
    QVERIFY(test::gridEditor(*m_window)->setCell(cellOf(*m_window, 0, Field::Title), QStringLiteral("Thrown away")));
    boxes.setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QVERIFY(askedLast(QStringLiteral("unsavedChangesMessageBox")));
    QVERIFY(!m_window->isVisible());
}

void TestFilesAndRecovery::failedOpenKeepsTheCurrentTable()
{
    const std::vector<Indicator> before = tableOf(*m_window);
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(static_cast<char>(i % 5 == 0 ? 0 : i % 251));
    QVERIFY(!openAndWait(*m_window, writeFile(m_dir, QStringLiteral("junk.csv"), junk)));
    QCOMPARE(tableOf(*m_window), before);
    QVERIFY(test::noticeBar(*m_window)->text().contains(QStringLiteral("junk.csv")));
    QVERIFY(test::currentPath(*m_window).endsWith(QStringLiteral("start.csv")));
    QVERIFY(!openAndWait(*m_window, m_dir.filePath(QStringLiteral("missing.csv"))));
    QCOMPARE(tableOf(*m_window), before);
}

void TestFilesAndRecovery::cancelledOpenKeepsTheCurrentTable()
{
    // Big enough to take a moment: 300,000 rows.
    QByteArray big = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
                     "RbacGroups,Category,MitreTechniques,GenerateAlert\n";
    for (int i = 0; i < 300000; ++i)
        big += "DomainName,host-" + QByteArray::number(i) + ".example.net,,Block,High,Bulk row,Seen in a feed,,,,,\n";
    const QString path = writeFile(m_dir, QStringLiteral("big.csv"), big);
    const std::vector<Indicator> before = tableOf(*m_window);

    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    m_window->openFile(path);
    QVERIFY(test::taskRunner(*m_window)->isBusy());
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("taskProgressBar"));
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("taskCancelButton"));
    QVERIFY(progress && cancel);
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().at(0).toBool(), false);
    QVERIFY(loaded.last().at(1).toString().contains(QStringLiteral("cancelled")));
    QCOMPARE(tableOf(*m_window), before);
    QVERIFY(!progress->isVisible());
    // Editing works again.
    QVERIFY(test::gridEditor(*m_window)->setCell(cellOf(*m_window, 0, Field::Title), QStringLiteral("After cancel")));
}

void TestFilesAndRecovery::opensADroppedFile()
{
    const QString dropped = writeFile(m_dir, QStringLiteral("dropped-in.csv"),
                                      portalCsv({indicatorWith({{Field::Title, QStringLiteral("Dropped")}})}));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(cellOf(*m_window, 0, Field::Title).data().toString(), QStringLiteral("Dropped"));
}

void TestFilesAndRecovery::appendsAnotherFileAsOneUndoStep()
{
    // A report in prose, another format than the open CSV: one indicator repeats a row already there.
    const QString report = writeFile(m_dir, QStringLiteral("report.txt"),
                                     "Seen on the wire today.\n"
                                     "The loader called evil.example.net over HTTPS.\n"
                                     "It also reached 203.0.113.7 before it stopped.\n");
    const int before = test::gridModel(*m_window)->rowCount();
    const int undoSteps = test::undoStack(*m_window)->count();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("appendAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QSignalSpy appended(m_window.get(), &MainWindow::fileAppended);
    FileDialog::instance().setNextFileName(report);
    action->trigger();
    QVERIFY(test::taskRunner(*m_window)->isBusy());
    QVERIFY(!action->isEnabled()); // no second append (or open) while one reads
    QVERIFY(appended.wait(20000));
    QVERIFY2(appended.last().at(0).toBool(), qPrintable(appended.last().at(1).toString()));
    QVERIFY(action->isEnabled());

    const IndicatorTable &table = test::gridModel(*m_window)->document().table();
    QCOMPARE(table.rowCount(), before + 2);
    QCOMPARE(test::undoStack(*m_window)->count(), undoSteps + 1);
    QCOMPARE(test::currentPath(*m_window), m_dir.filePath(QStringLiteral("start.csv"))); // still the open file
    QCOMPARE(table.text(before, Field::IndicatorValue), QStringLiteral("evil.example.net"));
    QCOMPARE(table.sourceFile(before), QStringLiteral("report.txt"));
    QCOMPARE(table.sourceLine(before), 2);
    QCOMPARE(table.sourceLine(before + 1), 3);
    QVERIFY(table.sourceFile(0).isEmpty());
    const QString tip = test::gridModel(*m_window)->headerData(before, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("report.txt")) && tip.contains(QStringLiteral("2")), qPrintable(tip));
    // Repeats are found across the open rows and the appended ones (the report's row has no action, so
    // it conflicts with the open row rather than duplicating it).
    const auto repeats = [&table](int row) {
        return table.issues(row).contains(IssueCode::RowDuplicate)
               || table.issues(row).contains(IssueCode::RowConflict);
    };
    QVERIFY(repeats(before) || repeats(1));

    test::undoStack(*m_window)->undo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), before);
    QVERIFY(!repeats(1));
    test::undoStack(*m_window)->redo();
    QCOMPARE(table.rowCount(), before + 2);
    QCOMPARE(table.sourceFile(before + 1), QStringLiteral("report.txt"));
    QCOMPARE(table.sourceLine(before + 1), 3);
}

void TestFilesAndRecovery::failedAppendAppendsNothing()
{
    // A truncated workbook: the reader fails, and the open table stays as it was.
    const QString broken = writeFile(m_dir, QStringLiteral("broken.xlsx"), QByteArrayLiteral("PK\x03\x04 truncated"));
    const std::vector<Indicator> before = tableOf(*m_window);
    const int undoSteps = test::undoStack(*m_window)->count();
    QSignalSpy appended(m_window.get(), &MainWindow::fileAppended);
    m_window->appendFile(broken);
    QVERIFY(appended.wait(20000));
    QCOMPARE(appended.last().at(0).toBool(), false);
    QCOMPARE(tableOf(*m_window), before);
    QCOMPARE(test::undoStack(*m_window)->count(), undoSteps);
    QTRY_VERIFY(test::noticeBar(*m_window)->isVisible());
    QCOMPARE(test::noticeBar(*m_window)->kind(), NoticeBar::Kind::Error);
    QVERIFY2(test::noticeBar(*m_window)->text().contains(QStringLiteral("broken.xlsx")),
             qPrintable(test::noticeBar(*m_window)->text()));
}

void TestFilesAndRecovery::asksWhichSheetOfAWorkbook()
{
    // Notes first, the indicators second, an empty sheet third.
    const QString workbook = dataPath(QStringLiteral("xlsx/sheets.xlsx"));
    const std::vector<Indicator> before = tableOf(*m_window);
    const auto cancelled =
        ModalDialogDriver::clickButton(QStringLiteral("sheetPickerDialog"), QStringLiteral("Cancel"));
    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    m_window->openFile(workbook);
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(*cancelled);
    QCOMPARE(loaded.last().at(0).toBool(), false);
    QCOMPARE(tableOf(*m_window), before);

    QStringList offered;
    int first = -1;
    bool emptyChoosable = true;
    const auto answered = ModalDialogDriver::expect(QStringLiteral("sheetPickerDialog"), [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("sheetList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i)
            offered.append(list->item(i)->text());
        first = list->currentRow();
        emptyChoosable = list->item(2)->flags().testFlag(Qt::ItemIsEnabled);
        ModalDialogDriver::findButton(dialog, QStringLiteral("readSheetButton"))->click();
    });
    QVERIFY(openAndWait(*m_window, workbook));
    QVERIFY(*answered);
    QCOMPARE(offered.size(), 3);
    QVERIFY2(offered.at(0).startsWith(QStringLiteral("Notes")) && offered.at(1) == QStringLiteral("IOCs"),
             qPrintable(offered.join(u'|')));
    QCOMPARE(first, 1); // the first sheet with an indicator column
    QVERIFY(!emptyChoosable);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
    QCOMPARE(cellOf(*m_window, 0, Field::IndicatorValue).data().toString(), QStringLiteral("login-update.example.org"));
}

void TestFilesAndRecovery::remembersRecentFiles()
{
    const QString second = writeFile(m_dir, QStringLiteral("second.csv"),
                                     portalCsv({indicatorWith({{Field::Title, QStringLiteral("Second")}})}));
    QVERIFY(openAndWait(*m_window, second));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
    QVERIFY(menu);
    QStringList entries;
    for (QAction *a : menu->actions())
        entries.append(a->text());
    QVERIFY2(entries.value(0).endsWith(QStringLiteral("second.csv")), qPrintable(entries.join(u'|')));
    QVERIFY2(entries.value(1).endsWith(QStringLiteral("start.csv")), qPrintable(entries.join(u'|')));
    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    menu->actions().at(1)->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(cellOf(*m_window, 0, Field::Title).data().toString(), QStringLiteral("Loader"));
}

void TestFilesAndRecovery::autosaveWritesASnapshotThatSavingRemoves()
{
    QVERIFY(!test::autosave(*m_window)->saveNow()); // nothing unsaved yet
    QVERIFY(test::gridEditor(*m_window)->setCell(cellOf(*m_window, 0, Field::Title), QStringLiteral("Autosaved")));
    QSignalSpy written(test::autosave(*m_window), &AutosaveController::snapshotWritten);
    // The timer writes it on its own.
    test::autosave(*m_window)->setIntervalSeconds(1);
    QVERIFY(written.wait(5000));
    QCOMPARE(recoveryFiles().size(), 2);
    // Undo back to the saved state removes it; so does saving.
    test::undoStack(*m_window)->undo();
    QCOMPARE(recoveryFiles().size(), 0);
    test::undoStack(*m_window)->redo();
    QVERIFY(test::autosave(*m_window)->saveNow());
    QVERIFY(saveAndWait(*m_window, m_dir.filePath(QStringLiteral("start.csv")), SaveFormat::PortalCsv));
    QCOMPARE(recoveryFiles().size(), 0);
}

void TestFilesAndRecovery::restoresTheWorkOfAKilledSession()
{
    const QString file = m_dir.filePath(QStringLiteral("start.csv"));
    QProcess session;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    session.setProcessEnvironment(env);
    session.start(QStringLiteral(IM_CRASH_HELPER_PATH),
                  {QCoreApplication::applicationName(), file, QStringLiteral("Edited before the crash")});
    QVERIFY(session.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += session.readAllStandardOutput()).contains("autosaved"),
                              qPrintable(QString::fromLocal8Bit(said + session.readAllStandardError())), 30000);
    session.kill();
    QVERIFY(session.waitForFinished());
    QCOMPARE(recoveryFiles().size(), 2);

    // "Later" keeps it for the next start.
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("laterButton"));
    m_window->offerRecovery();
    QVERIFY(askedLast(QStringLiteral("restoreMessageBox")));
    QCOMPARE(recoveryFiles().size(), 2);

    // A fresh window, as after a restart, offers the work back.
    m_window.reset();
    MainWindow restarted;
    restarted.show();
    boxes.setNextAnswer(QStringLiteral("restoreButton"));
    QSignalSpy loaded(&restarted, &MainWindow::fileLoaded);
    restarted.offerRecovery();
    QVERIFY(askedLast(QStringLiteral("restoreMessageBox")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().at(0).toBool(), true);
    QCOMPARE(cellOf(restarted, 0, Field::Title).data().toString(), QStringLiteral("Edited before the crash"));
    QCOMPARE(tableOf(restarted).size(), sampleRows().size());
    QCOMPARE(cellOf(restarted, 1, Field::Description).data().toString(), QStringLiteral("多行\n\"quoted\", text"));
    // Still unsaved, it saves back to the file it came from, and is safe in a snapshot of its own.
    QVERIFY(restarted.isWindowModified());
    QCOMPARE(test::currentPath(restarted), file);
    QCOMPARE(test::currentSaveFormat(restarted), std::optional<SaveFormat>(SaveFormat::PortalCsv));
    QVERIFY(test::autosave(restarted)->store().hasSnapshot());
    QCOMPARE(recoveryFiles().size(), 2);
    QVERIFY(test::autosave(restarted)->store().orphans().isEmpty());

    QVERIFY(saveAndWait(restarted, file, SaveFormat::PortalCsv));
    QCOMPARE(recoveryFiles().size(), 0);
    // Nothing is offered again.
    MainWindow later;
    QVERIFY(test::autosave(later)->store().orphans().isEmpty());
}

QTEST_MAIN(TestFilesAndRecovery)
#include "TestFilesAndRecovery.moc"
