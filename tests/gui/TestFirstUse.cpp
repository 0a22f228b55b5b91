// SPDX-License-Identifier: GPL-3.0-or-later
// What a new analyst meets first, driven through real widgets against the sandbox as a real process:
// file names refused as domains, Enter never deleting or clearing anything, ids sorted as numbers, the
// Open dialog listing hash and IOC lists, and the Submission panel forgetting the previous table.
#include "core/i18n/Translations.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/submit/ImportHistory.h"
#include "core/tenant/TenantIndicators.h"
#include "core/validation/Fixes.h"
#include "core/validation/IssueCode.h"
#include "support/GuiTestSupport.h"
#include "support/ImportHarness.h"
#include "support/ModalDialogDriver.h"
#include "support/SandboxProcess.h"
#include "support/WindowParts.h"
#include "ui/AboutDialog.h"
#include "ui/AppShell.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SignInController.h"
#include "ui/files/DocumentSession.h"
#include "ui/grid/IndicatorTableView.h"
#include "ui/preview/OverLimitPanel.h"
#include "ui/preview/PreviewDialog.h"
#include "ui/problems/ProblemsModel.h"
#include "ui/problems/ProblemsPanel.h"
#include "ui/submit/HistoryDialog.h"
#include "ui/submit/SubmitController.h"
#include "ui/submit/SubmitSummaryWidget.h"
#include "ui/tenant/TenantIndicatorsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

Indicator row(const QString &type, const QString &value)
{
    Indicator ind;
    ind[Field::IndicatorType] = type;
    ind[Field::IndicatorValue] = value;
    ind[Field::Action] = QStringLiteral("Block");
    ind[Field::Title] = QStringLiteral("First use");
    ind[Field::Description] = QStringLiteral("A row a new analyst typed");
    return ind;
}

std::vector<Indicator> indicatorsOf(const IndicatorTable &table)
{
    std::vector<Indicator> rows;
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    return rows;
}

} // namespace

class TestFirstUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusesFileNamesAsDomainsAndNeverFixesThemIntoOne();
    void enterInTheTenantViewDeletesNothing();
    void tenantViewSortsIdsAsNumbers();
    void enterInTheHistoryClearsNothing();
    void openDialogListsHashAndIocLists();
    void submissionPanelForgetsThePreviousTableAndOffersResubmitOnlyWithFailures();
    void redoIsOnCtrlYAndTheSubmissionPanelHasAViewToggle();
    void neverOffersToSendTheFirstZeroRows();
    void bulkEditSetsTheTextFieldsARawListLacks();
    void everyWindowShowsItsButtonsOnASmallScreen();
    void fillsDownOnItsOwnKeyAndCtrlDStillDuplicates();
    void rowNumbersStayTheTablesWhenSorted();
    void signOutIsOfferedWhenSignedInToTheSandbox();
    void windowKeepsItsSizeWhenTheSubmissionPanelComesAndGoes();
    void picturesFillTheScreen_data();
    void picturesFillTheScreen();

private:
    std::unique_ptr<MainWindow> makeWindow(const std::vector<Indicator> &rows, const QString &name);
    bool loadTenantDialog(TenantIndicatorsDialog &dialog);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    SandboxClient m_client;
};

void TestFirstUse::initTestCase()
{
    // tst_firstuse_smallscreen runs this executable too, maybe at the same time: its own settings and history.
    const QSize screen = QGuiApplication::primaryScreen()->size();
    isolateSettings(screen == QSize(1024, 600)    ? QStringLiteral("tst_firstuse_smallscreen")
                    : screen == QSize(1920, 1080) ? QStringLiteral("tst_firstuse_fullhd")
                                                  : QStringLiteral("tst_firstuse"));
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("20")}), qPrintable(m_sandbox.error()));
}

void TestFirstUse::init()
{
    QVERIFY(m_sandbox.reset());
    MessageBox::instance().reset();
    QFile::remove(ImportHistory::defaultPath());
    QVERIFY(m_client.signIn(m_sandbox.url(), 20));
}

void TestFirstUse::cleanup()
{
    ModalDialogDriver::stopAll();
    MessageBox::instance().reset();
}

std::unique_ptr<MainWindow> TestFirstUse::makeWindow(const std::vector<Indicator> &rows, const QString &name)
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->setApiClient(m_client.get());
    window->setProfileName(QStringLiteral("sandbox"));
    window->show();
    if (!openAndWait(*window, writeFile(m_dir, name, portalCsv(rows))))
        return nullptr;
    return window;
}

bool TestFirstUse::loadTenantDialog(TenantIndicatorsDialog &dialog)
{
    QSignalSpy loaded(dialog.indicators(), &TenantIndicators::loaded);
    dialog.show();
    dialog.refresh();
    // The seeded indicators are portal-made: show every creator, not only ours.
    dialog.ownershipCombo()->setCurrentIndex(1);
    return loaded.wait(30000) && loaded.at(0).at(0).toBool();
}

void TestFirstUse::refusesFileNamesAsDomainsAndNeverFixesThemIntoOne()
{
    auto window = makeWindow({row(QStringLiteral("DomainName"), QStringLiteral("HTTPParser.dll")),
                              row(QStringLiteral("DomainName"), QStringLiteral("update.zip")),
                              row(QStringLiteral("Filename"), QStringLiteral("SystemDiskClean.vbs")),
                              row(QString(), QStringLiteral("setup.exe"))},
                             QStringLiteral("file-names.csv"));
    QVERIFY(window);
    const IndicatorDocument &doc = test::gridModel(*window)->document();
    QVERIFY(doc.issues(0).contains(IssueCode::DomainUnknownTopLevel));
    const QString tip = cellOf(*window, 0, Field::IndicatorValue).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("\".dll\" is not a top-level domain")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("FileSha256")), qPrintable(tip));
    // .zip is a real top-level domain.
    QVERIFY2(!doc.issues(1).hasErrors(),
             qPrintable(cellOf(*window, 1, Field::IndicatorValue).data(Qt::ToolTipRole).toString()));
    // A Filename row and a file name without a type are no domain, and no fix makes them one.
    QVERIFY(doc.issues(2).contains(IssueCode::TypeUnknown));
    QVERIFY(!Fixes::suggest(doc.table().cells(2), IssueCode::TypeUnknown).has_value());
    QVERIFY(doc.issues(3).contains(IssueCode::TypeMissing));
    QVERIFY(!Fixes::suggest(doc.table().cells(3), IssueCode::TypeMissing).has_value());
    // "Fix all" over the whole table changes neither type.
    test::gridView(*window)->selectRow(2);
    test::gridView(*window)->selectionModel()->select(
        QItemSelection(cellOf(*window, 2, Field::IndicatorType), cellOf(*window, 3, Field::IndicatorValue)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QMessageBox::Ok);
    test::mainActions(*window)->fixSelection->trigger();
    QCOMPARE(boxes.pendingAnswers(), qsizetype(0));
    const QString told = boxes.asked().constLast().text;
    QVERIFY2(told.contains(QStringLiteral("No automatic fix")), qPrintable(told));
    QCOMPARE(doc.table().text(2, Field::IndicatorType), QStringLiteral("Filename"));
    QCOMPARE(doc.table().text(3, Field::IndicatorType), QString());
}

void TestFirstUse::enterInTheTenantViewDeletesNothing()
{
    QVERIFY(m_sandbox.seed(12));
    MainWindow window;
    window.setApiClient(m_client.get());
    TenantIndicatorsDialog dialog(m_client.get(), &window);
    QVERIFY(loadTenantDialog(dialog));
    QTableView *view = dialog.view();
    QCOMPARE(view->model()->rowCount(), 12);
    auto *deleteButton = dialog.findChild<QPushButton *>(QStringLiteral("tenantDeleteButton"));
    QVERIFY(deleteButton);
    QVERIFY(!deleteButton->isDefault());
    QVERIFY(!deleteButton->autoDefault());

    // Enter on a selected row asks nothing. Should a confirmation come anyway, it takes Cancel (what Enter
    // would press) rather than waiting for the analyst.
    view->selectRow(0);
    view->setFocus();
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(boxes.asked().isEmpty());
    boxes.reset();
    QVERIFY(!dialog.indicators()->isBusy());
    QCOMPARE(m_sandbox.listAll().size(), 12);

    // Delete Selected..., then Enter in its confirmation: Cancel is the default.
    dialog.show();
    view->selectRow(0);
    const auto answered = ModalDialogDriver::expect(QStringLiteral("tenantDeleteConfirmation"), [](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Return);
    });
    deleteButton->click();
    QVERIFY(*answered);
    QVERIFY(!dialog.indicators()->isBusy());
    QCOMPARE(m_sandbox.listAll().size(), 12);
}

void TestFirstUse::tenantViewSortsIdsAsNumbers()
{
    QVERIFY(m_sandbox.seed(25));
    TenantIndicatorsDialog dialog(m_client.get());
    QVERIFY(loadTenantDialog(dialog));
    QTableView *view = dialog.view();
    QCOMPARE(view->model()->rowCount(), 25);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(view->horizontalHeader()->sectionViewportPosition(0) + 5, 5));
        if (view->horizontalHeader()->sortIndicatorOrder() != order)
            QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                              QPoint(view->horizontalHeader()->sectionViewportPosition(0) + 5, 5));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), order);
        std::vector<qlonglong> ids;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            ids.push_back(view->model()->index(r, 0).data().toString().toLongLong());
        QVERIFY(*std::max_element(ids.begin(), ids.end()) >= 10); // text order would put 10 before 2
        if (order == Qt::AscendingOrder)
            QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        else
            QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));
    }
}

void TestFirstUse::enterInTheHistoryClearsNothing()
{
    ImportHistory history;
    QString error;
    QVERIFY2(history.open(&error), qPrintable(error));
    HistoryEntry entry;
    entry.when = QDateTime::currentDateTimeUtc();
    entry.profile = QStringLiteral("sandbox");
    entry.tenant = QStringLiteral("tenant");
    entry.file = QStringLiteral("rows.csv");
    entry.succeeded = 1;
    IndicatorTable table = validRows(1);
    QVERIFY(history.record(entry, table, {0}, {RowOutcome{RowStatus::Succeeded, QStringLiteral("1"), {}}}, &error) > 0);

    HistoryDialog dialog(&history);
    dialog.show();
    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearHistoryButton"));
    QVERIFY(clear && clear->isEnabled());
    QVERIFY(!clear->isDefault());
    QVERIFY(!clear->autoDefault());
    // Enter in the dialog does not clear.
    dialog.findChild<QTableWidget *>()->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(history.entries(&error).size(), size_t(1));

    // Clear History..., then Enter in its question: No is the default.
    dialog.show();
    const auto answered = ModalDialogDriver::expect(QStringLiteral("clearHistoryConfirmation"), [](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        QTest::keyClick(box, Qt::Key_Return);
    });
    clear->click();
    QVERIFY(*answered);
    QCOMPARE(history.entries(&error).size(), size_t(1));
}

void TestFirstUse::openDialogListsHashAndIocLists()
{
    auto window = makeWindow(indicatorsOf(validRows(1)), QStringLiteral("first.csv"));
    QVERIFY(window);
    QByteArray hashes;
    const IndicatorTable rows = validRows(3, 7);
    for (int r = 0; r < rows.rowCount(); ++r)
        hashes += rows.text(r, Field::IndicatorValue).toUtf8() + '\n';
    const QString list = writeFile(m_dir, QStringLiteral("feed.sha256"), hashes);
    FileDialog::instance().setNextFileName(list);
    test::mainActions(*window)->open->trigger();
    const QString filter = FileDialog::instance().offeredFilter();
    for (const char *pattern : {"*.sha256", "*.sha1", "*.md5", "*.ioc", "*.csv", "*.txt", "*.json"})
        QVERIFY2(filter.section(QStringLiteral(";;"), 0, 0).contains(QLatin1String(pattern)), qPrintable(filter));
    QTRY_COMPARE_WITH_TIMEOUT(test::gridModel(*window)->rowCount(), 3, 20000);
    QCOMPARE(test::gridModel(*window)->document().table().text(0, Field::IndicatorValue),
             rows.text(0, Field::IndicatorValue));
}

void TestFirstUse::submissionPanelForgetsThePreviousTableAndOffersResubmitOnlyWithFailures()
{
    std::vector<Indicator> rows = indicatorsOf(validRows(2, 51));
    rows.push_back(rows.front()); // a repeat: left out on purpose, never resent
    auto window = makeWindow(rows, QStringLiteral("sent.csv"));
    QVERIFY(window);
    auto *summary = window->findChild<SubmitSummaryWidget *>(QStringLiteral("submitSummary"));
    QVERIFY(summary);
    auto *resubmit = summary->findChild<QPushButton *>(QStringLiteral("resubmitFailedButton"));
    QVERIFY(resubmit);
    QCOMPARE(summary->countsText(), QStringLiteral("Nothing submitted yet."));

    std::vector<RowId> ids;
    const IndicatorTable &table = test::gridModel(*window)->document().table();
    for (int r = 0; r < 2; ++r)
        ids.push_back(table.rowId(r));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    window->submitRows(ids, {{table.rowId(2), PlanOutcome::Duplicate}});
    QVERIFY(test::submitter(*window)->isRunning());
    // During the run the panel shows no earlier figures.
    QVERIFY2(summary->countsText().startsWith(QStringLiteral("Submitting")), qPrintable(summary->countsText()));
    QVERIFY(finished.wait(60000));
    QVERIFY2(summary->countsText().startsWith(QStringLiteral("2 succeeded")), qPrintable(summary->countsText()));
    QVERIFY2(summary->countsText().contains(QStringLiteral("1 not sent")), qPrintable(summary->countsText()));
    // Why it was not sent is listed with the failure reasons, and picks its rows.
    QCOMPARE(summary->reasonList()->count(), 1);
    QCOMPARE(summary->reasonList()->item(0)->text(),
             QStringLiteral("Not sent: It repeats an earlier row of the table. (1 row)"));
    // Nothing failed, and the repeat is not resent: nothing to resubmit.
    QVERIFY(!resubmit->isEnabled());
    QVERIFY(!test::mainActions(*window)->resubmitFailed->isEnabled());

    // Export CSV proposes a name next to the table.
    const QString expected = QDir(m_dir.path()).filePath(QStringLiteral("sent-results.csv"));
    FileDialog::instance().setNextFileName(expected);
    summary->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->click();
    QCOMPARE(FileDialog::instance().offeredPath(), expected);
    QTRY_VERIFY(QFile::exists(expected));

    // Another table: the panel forgets the run.
    QVERIFY(
        openAndWait(*window, writeFile(m_dir, QStringLiteral("next.csv"), portalCsv(indicatorsOf(validRows(1, 61))))));
    QTRY_COMPARE(summary->countsText(), QStringLiteral("Nothing submitted yet."));
    QVERIFY(summary->reasonList()->count() == 0);
    QVERIFY(!resubmit->isEnabled());
}

void TestFirstUse::redoIsOnCtrlYAndTheSubmissionPanelHasAViewToggle()
{
    auto window = makeWindow(indicatorsOf(validRows(2, 71)), QStringLiteral("undo.csv"));
    QVERIFY(window);
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    const QModelIndex title = cellOf(*window, 0, Field::Title);
    const QString before = title.data().toString();
    QVERIFY(!before.isEmpty());
    test::gridView(*window)->setFocus();
    test::gridView(*window)->setCurrentIndex(title);
    QTest::keyClick(test::gridView(*window), Qt::Key_Delete);
    QTRY_COMPARE(cellOf(*window, 0, Field::Title).data().toString(), QString());
    QTest::keyClick(test::gridView(*window), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(cellOf(*window, 0, Field::Title).data().toString(), before);
    QTest::keyClick(test::gridView(*window), Qt::Key_Y, Qt::ControlModifier);
    QTRY_COMPARE(cellOf(*window, 0, Field::Title).data().toString(), QString());

    // View > Submission Panel shows and hides the dock.
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("submitDockWidget"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    auto *viewMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu);
    QAction *toggle = nullptr;
    for (QAction *action : viewMenu->actions()) {
        if (action->objectName() == QLatin1String("toggleSubmissionAction"))
            toggle = action;
    }
    QVERIFY(toggle);
    toggle->trigger();
    QTRY_VERIFY(dock->isVisible());
    toggle->trigger();
    QTRY_VERIFY(!dock->isVisible());
}

void TestFirstUse::neverOffersToSendTheFirstZeroRows()
{
    OverLimitPanel panel;
    panel.show();
    auto *first = panel.findChild<QCheckBox *>(QStringLiteral("firstRowsCheck"));
    QVERIFY(first);
    OverLimitPanel::Figures figures;
    figures.overBy = 130;
    figures.limit = 15000;
    figures.firstRows = 0;
    panel.setFigures(figures);
    QVERIFY(panel.isVisible());
    QVERIFY(!first->isEnabled());
    QVERIFY2(!first->text().contains(QStringLiteral("first 0")), qPrintable(first->text()));
    QVERIFY2(first->text().startsWith(QStringLiteral("No row fits")), qPrintable(first->text()));
    figures.firstRows = 12;
    panel.setFigures(figures);
    QVERIFY(first->isEnabled());
    QCOMPARE(first->text(), QStringLiteral("Send only the first 12 rows, which fit the quota"));
}

void TestFirstUse::bulkEditSetsTheTextFieldsARawListLacks()
{
    // A raw hash list: values only.
    std::vector<Indicator> rows;
    const IndicatorTable hashes = validRows(5, 81);
    for (int r = 0; r < hashes.rowCount(); ++r) {
        Indicator ind;
        ind[Field::IndicatorType] = hashes.text(r, Field::IndicatorType);
        ind[Field::IndicatorValue] = hashes.text(r, Field::IndicatorValue);
        ind[Field::Action] = QStringLiteral("Block");
        rows.push_back(ind);
    }
    auto window = makeWindow(rows, QStringLiteral("raw.csv"));
    QVERIFY(window);
    QVERIFY(test::gridModel(*window)->document().issues(0).contains(IssueCode::TitleMissing));
    test::gridView(*window)->setCurrentIndex(cellOf(*window, 0, Field::Title));
    test::gridView(*window)->selectAll();
    const int steps = test::undoStack(*window)->count();
    const auto answered = ModalDialogDriver::expect(QStringLiteral("bulkEditDialog"), [](QWidget *dialog) {
        auto tick = [dialog](const char *name) {
            auto *check = dialog->findChild<QCheckBox *>(QLatin1String(name));
            QVERIFY2(check, name);
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
            QVERIFY(check->isChecked());
        };
        tick("titleCheckBox");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Loader hashes"));
        tick("descriptionCheckBox");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit")),
                         QStringLiteral("From the vendor's report"));
        tick("recommendedActionsCheckBox");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("recommendedActionsLineEdit")),
                         QStringLiteral("Isolate the device"));
        tick("categoryCheckBox");
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryComboBox"));
        QVERIFY(category && category->isEnabled());
        category->setCurrentIndex(category->findData(QStringLiteral("Malware")));
        ModalDialogDriver::findButton(dialog, QStringLiteral("Apply"))->click();
    });
    test::mainActions(*window)->bulkEdit->trigger();
    QVERIFY(*answered);
    QCOMPARE(test::undoStack(*window)->count(), steps + 1);
    const IndicatorDocument &doc = test::gridModel(*window)->document();
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(doc.table().text(r, Field::Title), QStringLiteral("Loader hashes"));
        QCOMPARE(doc.table().text(r, Field::Description), QStringLiteral("From the vendor's report"));
        QCOMPARE(doc.table().text(r, Field::RecommendedActions), QStringLiteral("Isolate the device"));
        QCOMPARE(doc.table().text(r, Field::Category), QStringLiteral("Malware"));
        QVERIFY2(!doc.issues(r).hasErrors(),
                 qPrintable(cellOf(*window, r, Field::Title).data(Qt::ToolTipRole).toString()));
    }
}

void TestFirstUse::fillsDownOnItsOwnKeyAndCtrlDStillDuplicates()
{
    auto window = makeWindow(indicatorsOf(validRows(4, 101)), QStringLiteral("fill.csv"));
    QVERIFY(window);
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    IndicatorTableView *view = test::gridView(*window);
    view->setFocus();
    const IndicatorDocument &doc = test::gridModel(*window)->document();
    const QString title = doc.table().text(0, Field::Title);
    const QString severity = doc.table().text(0, Field::Severity);
    // Severity and Title (side by side) of rows 1-4 selected: the first row's values go down.
    QCOMPARE(std::abs(cellOf(*window, 0, Field::Severity).column() - cellOf(*window, 0, Field::Title).column()), 1);
    view->setCurrentIndex(cellOf(*window, 0, Field::Title));
    view->selectionModel()->select(QItemSelection(cellOf(*window, 0, Field::Title), cellOf(*window, 3, Field::Title)),
                                   QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->select(
        QItemSelection(cellOf(*window, 0, Field::Severity), cellOf(*window, 3, Field::Severity)),
        QItemSelectionModel::Select);
    const int steps = test::undoStack(*window)->count();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(test::undoStack(*window)->count(), steps + 1);
    QCOMPARE(test::gridModel(*window)->rowCount(), 4);
    for (int r = 1; r < 4; ++r) {
        QCOMPARE(doc.table().text(r, Field::Title), title);
        QCOMPARE(doc.table().text(r, Field::Severity), severity);
    }
    // Ctrl+D keeps duplicating rows, as the tool tip says next to Fill Down's key.
    QVERIFY(test::mainActions(*window)->duplicateRows->toolTip().contains(QStringLiteral("Ctrl+Shift+D")));
    view->selectionModel()->select(cellOf(*window, 0, Field::Title), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(test::gridModel(*window)->rowCount(), 5);
}

void TestFirstUse::rowNumbersStayTheTablesWhenSorted()
{
    std::vector<Indicator> rows = indicatorsOf(validRows(2, 111));
    rows[0][Field::Title] = QStringLiteral("A first");
    rows[1][Field::Title] = QStringLiteral("B second");
    Indicator repeat = rows[0];
    repeat[Field::Title] = QStringLiteral("C repeat");
    rows.push_back(repeat);
    auto window = makeWindow(rows, QStringLiteral("numbers.csv"));
    QVERIFY(window);
    // Sort by title, twice: descending puts the repeat (table row 3) first.
    QHeaderView *header = test::gridView(*window)->horizontalHeader();
    const int section = cellOf(*window, 0, Field::Title).column();
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(cellOf(*window, 0, Field::Title).data().toString(), QStringLiteral("C repeat"));
    QCOMPARE(test::gridModel(*window)->headerData(0, Qt::Vertical).toInt(), 3);
    QCOMPARE(test::gridModel(*window)->headerData(2, Qt::Vertical).toInt(), 1);

    // The Problems panel names the same numbers as the row headers.
    ProblemsModel *problems = window->findChild<ProblemsPanel *>()->problemsModel();
    QStringList texts;
    for (int r = 0; r < problems->rowCount(); ++r) {
        const QModelIndex rule = problems->index(r, 0);
        for (int c = 0; c < problems->rowCount(rule); ++c)
            texts << problems->index(c, 0, rule).data().toString();
    }
    QVERIFY2(texts.contains(QStringLiteral("Row 3: Same indicator as row 1 (type, value, action and device groups). "
                                           "Only the first is sent.")),
             qPrintable(texts.join(u'\n')));
}

namespace {

// Every visible button of `window` lies on the screen, and so does the window.
QString offScreenParts(QWidget *window)
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QStringList problems;
    if (!screen.contains(window->frameGeometry()))
        problems << QStringLiteral("%1 at %2,%3 %4x%5")
                        .arg(window->objectName())
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height());
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(window) || button->window() != window)
            continue;
        const QRect rect(button->mapToGlobal(QPoint(0, 0)), button->size());
        if (!screen.contains(rect))
            problems << QStringLiteral("%1 \"%2\"").arg(button->objectName(), button->text());
    }
    return problems.join(QStringLiteral(", "));
}

} // namespace

void TestFirstUse::everyWindowShowsItsButtonsOnASmallScreen()
{
    // ctest runs this once more on a 1024x600 screen (tst_firstuse_smallscreen).
    if (QGuiApplication::primaryScreen()->size() != QSize(1024, 600)) {
        // QSKIP without its optional argument does not compile with clang -Wpedantic.
        QTest::qSkip("needs the 1024x600 screen of tst_firstuse_smallscreen", __FILE__, __LINE__);
        return;
    }
    auto window = makeWindow(indicatorsOf(validRows(3, 91)), QStringLiteral("small.csv"));
    QVERIFY(window);
    QVERIFY2(offScreenParts(window.get()).isEmpty(), qPrintable(offScreenParts(window.get())));

    test::mainActions(*window)->previewImport->trigger();
    PreviewDialog *preview = test::previewDialog(*window);
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY2(offScreenParts(preview).isEmpty(), qPrintable(offScreenParts(preview)));
    preview->close();

    TenantIndicatorsDialog tenant(m_client.get(), window.get());
    tenant.show();
    QVERIFY2(offScreenParts(&tenant).isEmpty(), qPrintable(offScreenParts(&tenant)));
    ImportHistory history;
    HistoryDialog historyDialog(&history, window.get());
    historyDialog.show();
    QVERIFY2(offScreenParts(&historyDialog).isEmpty(), qPrintable(offScreenParts(&historyDialog)));
    AboutDialog about(window.get());
    about.show();
    QVERIFY2(offScreenParts(&about).isEmpty(), qPrintable(offScreenParts(&about)));

    test::gridView(*window)->setCurrentIndex(cellOf(*window, 0, Field::Title));
    test::gridView(*window)->selectAll();
    QString bulkProblems = QStringLiteral("not shown");
    const auto answered = ModalDialogDriver::expect(QStringLiteral("bulkEditDialog"), [&bulkProblems](QWidget *dialog) {
        bulkProblems = offScreenParts(dialog);
        qobject_cast<QDialog *>(dialog)->reject();
    });
    test::mainActions(*window)->bulkEdit->trigger();
    QVERIFY(*answered);
    QVERIFY2(bulkProblems.isEmpty(), qPrintable(bulkProblems));
}

void TestFirstUse::signOutIsOfferedWhenSignedInToTheSandbox()
{
    // Built as main() builds it: the status bar says "Signed in", so the Tenant menu offers Sign out.
    AppShell shell;
    shell.window().setInteractive(false);
    shell.window().show();
    QAction *signOut = shell.window().findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    QVERIFY(!signOut->isEnabled());
    shell.signInToSandbox(m_sandbox.url());
    QTRY_VERIFY_WITH_TIMEOUT(shell.client().isSignedIn(), 20000);
    QVERIFY(!shell.isSigningIn());
    QVERIFY(shell.connectionStatus().text().contains(QStringLiteral("Signed in")));
    QVERIFY(signOut->isEnabled());

    signOut->trigger();
    QVERIFY(!shell.client().isSignedIn());
    QVERIFY(!signOut->isEnabled());
    QVERIFY2(!shell.connectionStatus().text().contains(QStringLiteral("Signed in")),
             qPrintable(shell.connectionStatus().text()));
}

void TestFirstUse::windowKeepsItsSizeWhenTheSubmissionPanelComesAndGoes()
{
    // On the 1024x600 screen of tst_firstuse_smallscreen: a window narrower than the screen, with both panels.
    if (QGuiApplication::primaryScreen()->size() != QSize(1024, 600)) {
        QTest::qSkip("needs the 1024x600 screen of tst_firstuse_smallscreen", __FILE__, __LINE__);
        return;
    }
    auto window = makeWindow(indicatorsOf(validRows(2, 121)), QStringLiteral("docks.csv"));
    QVERIFY(window);
    window->resize(1000, 580);
    QTRY_COMPARE(window->size(), QSize(1000, 580));
    const QSize before = window->size();
    QAction *toggle = window->findChild<QAction *>(QStringLiteral("toggleSubmissionAction"));
    QVERIFY(toggle);
    for (int round = 0; round < 3; ++round) {
        toggle->trigger();
        QTRY_VERIFY(window->findChild<QDockWidget *>(QStringLiteral("submitDockWidget"))->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(window->size(), before);
        QVERIFY2(window->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        toggle->trigger();
        QTRY_VERIFY(!window->findChild<QDockWidget *>(QStringLiteral("submitDockWidget"))->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(window->size(), before);
    }
}

void TestFirstUse::picturesFillTheScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "zh_CN", "zh_TW"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// The main window, the preview and the results of a run, filling a netbook's and a full HD screen, in
// every language (ctest runs it on those screens: tst_firstuse_smallscreen and tst_firstuse_fullhd).
void TestFirstUse::picturesFillTheScreen()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    if (screen.size() != QSize(1024, 600) && screen.size() != QSize(1920, 1080)) {
        QTest::qSkip("needs the 1024x600 or 1920x1080 screen of tst_firstuse_smallscreen or _fullhd", __FILE__,
                     __LINE__);
        return;
    }
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    const auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
    std::vector<Indicator> rows = indicatorsOf(validRows(8, 141));
    rows.push_back(rows.front());                                                        // a repeat: left out
    rows.push_back(row(QStringLiteral("DomainName"), QStringLiteral("HTTPParser.dll"))); // an error: left out
    auto window = makeWindow(rows, QStringLiteral("pictures.csv"));
    QVERIFY(window);
    window->setGeometry(screen);
    QTRY_COMPARE(window->size(), screen.size());
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
    const QString tag = QStringLiteral("%1x%2-%3").arg(screen.width()).arg(screen.height()).arg(language);
    const auto save = [&tag](QWidget *widget, const QString &what) {
        return widget->grab().save(
            QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(what + u'-' + tag + QStringLiteral(".png")));
    };
    QVERIFY(save(window.get(), QStringLiteral("screen-main")));

    test::mainActions(*window)->previewImport->trigger();
    PreviewDialog *preview = test::previewDialog(*window);
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading() && preview->plan().rows == 10, 30000);
    QVERIFY2(offScreenParts(preview).isEmpty(), qPrintable(offScreenParts(preview)));
    QVERIFY(save(preview, QStringLiteral("screen-preview")));
    preview->close();

    const IndicatorTable &table = test::gridModel(*window)->document().table();
    std::vector<RowId> sent;
    for (int r = 0; r < 8; ++r)
        sent.push_back(table.rowId(r));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    window->submitRows(sent, {{table.rowId(8), PlanOutcome::Duplicate},
                              {table.rowId(9), PlanOutcome::Invalid, table.issues(9).firstError()}});
    QVERIFY(finished.wait(60000));
    QCOMPARE(window->size(), screen.size());
    QVERIFY(save(window.get(), QStringLiteral("screen-results")));
}

QTEST_MAIN(TestFirstUse)
#include "TestFirstUse.moc"
