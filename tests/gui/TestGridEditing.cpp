// SPDX-License-Identifier: GPL-3.0-or-later
// Editing in the grid through the real widgets: editors per column, paste, bulk edit, rows, find and
// replace, each change undoable.
#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"
#include "support/GuiTestSupport.h"
#include "support/ModalDialogDriver.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/find/FindReplaceBar.h"
#include "ui/grid/ExpirationEditor.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/ListCellEditor.h"
#include "ui/problems/ProblemsModel.h"
#include "ui/problems/ProblemsPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

using Mark = IndicatorTableModel::CellSeverity;

Indicator numbered(int i)
{
    return indicatorWith({{Field::IndicatorValue, QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'))},
                          {Field::Title, QStringLiteral("Row %1").arg(i)}});
}

std::vector<Indicator> numberedRows(int count)
{
    std::vector<Indicator> rows;
    for (int i = 0; i < count; ++i)
        rows.push_back(numbered(i));
    return rows;
}

int severity(const QModelIndex &index)
{
    return index.data(IndicatorTableModel::IssueSeverityRole).toInt();
}

QString text(MainWindow &window, int row, Field field)
{
    return cellOf(window, row, field).data(Qt::EditRole).toString();
}

} // namespace

class TestGridEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheInvalidCellsOfAFile();
    void typingAFixClearsTheErrorAndUndoBringsItBack();
    void pastesA3x2BlockInOneStep();
    void pasteBeyondTheLastRowAddsRows();
    void pastesARawIocListAsNewRows();
    void copiesTheSelectionAsTsv();
    void bulkEditsAHundredRowsInOneUndoStep();
    void bulkEditOfManyRowsRunsInTheBackground();
    void actionEditorOffersOnlyWhatTheTypeAllows();
    void checkBoxTogglesGenerateAlert();
    void listEditorAddsADeviceGroup();
    void expirationEditorSetsNever();
    void addsInsertsDuplicatesAndDeletesRows();
    void findsAndReplacesAcrossTheTable();
    void deleteKeyClearsTheSelectedCells();

private:
    void load(const std::vector<Indicator> &rows);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;
};

void TestGridEditing::initTestCase()
{
    isolateSettings(QStringLiteral("tst_gridediting"));
    QVERIFY(m_dir.isValid());
}

void TestGridEditing::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGridEditing::cleanup()
{
    ModalDialogDriver::stopAll();
    test::undoStack(*m_window)->setClean(); // no unsaved-changes question on close
    m_window.reset();
}

void TestGridEditing::load(const std::vector<Indicator> &rows)
{
    const QString path = writeFile(m_dir, QStringLiteral("grid-%1.csv").arg(++m_files), portalCsv(rows));
    QVERIFY(openAndWait(*m_window, path));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), static_cast<int>(rows.size()));
}

void TestGridEditing::showsTheInvalidCellsOfAFile()
{
    load({numbered(1), indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}}),
          indicatorWith({{Field::IndicatorType, QStringLiteral("IpAddress")},
                         {Field::IndicatorValue, QStringLiteral("10.1.2.3")}})});
    QCOMPARE(severity(cellOf(*m_window, 0, Field::IndicatorValue)), int(Mark::None));
    QCOMPARE(severity(cellOf(*m_window, 1, Field::IndicatorValue)), int(Mark::Error));
    QCOMPARE(severity(cellOf(*m_window, 1, Field::Title)), int(Mark::None));
    QVERIFY(cellOf(*m_window, 2, Field::IndicatorValue)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("10.0.0.0/8")));
    const QModelIndex status = test::gridModel(*m_window)->index(1, static_cast<int>(Column::Status));
    QCOMPARE(severity(status), int(Mark::Error));
    // The Problems panel groups them by rule, with counts.
    const ProblemsModel *problems = test::problemsPanel(*m_window)->problemsModel();
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->statistics().rowsWithCode(IssueCode::HashLength), 1);
    QCOMPARE(problems->statistics().rowsWithCode(IssueCode::IpNotPublic), 1);
}

void TestGridEditing::typingAFixClearsTheErrorAndUndoBringsItBack()
{
    load({numbered(1), indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}})});
    IndicatorTableView *view = test::gridView(*m_window);
    const QModelIndex bad = cellOf(*m_window, 1, Field::IndicatorValue);
    QCOMPARE(severity(bad), int(Mark::Error));

    view->scrollTo(bad);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(bad).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(bad).center());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QString(64, u'c'));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(severity(bad), int(Mark::None));
    QCOMPARE(bad.data().toString(), QString(64, u'c'));
    QTRY_COMPARE(test::problemsPanel(*m_window)->problemsModel()->statistics().rowsWithIssues, 0);
    QVERIFY(m_window->isWindowModified());

    // Ctrl+Z on the grid.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(bad.data().toString(), QStringLiteral("abc"));
    QCOMPARE(severity(bad), int(Mark::Error));
    QTRY_COMPARE(test::problemsPanel(*m_window)->problemsModel()->statistics().rowsWithIssues, 1);
    QVERIFY(!m_window->isWindowModified());
    // And redo.
    QTest::keySequence(view, test::mainActions(*m_window)->redo->shortcut());
    QCOMPARE(severity(bad), int(Mark::None));
}

void TestGridEditing::pastesA3x2BlockInOneStep()
{
    load(numberedRows(5));
    IndicatorTableView *view = test::gridView(*m_window);
    QApplication::clipboard()->setText(QStringLiteral("T1\tD1\r\nT2\t\"D2, with \"\"quotes\"\"\"\r\nT3\tD3\r\n"));
    view->setCurrentIndex(cellOf(*m_window, 1, Field::Title));
    const int steps = test::undoStack(*m_window)->count();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(text(*m_window, 0, Field::Title), QStringLiteral("Row 0"));
    QCOMPARE(text(*m_window, 1, Field::Title), QStringLiteral("T1"));
    QCOMPARE(text(*m_window, 1, Field::Description), QStringLiteral("D1"));
    QCOMPARE(text(*m_window, 2, Field::Description), QStringLiteral("D2, with \"quotes\""));
    QCOMPARE(text(*m_window, 3, Field::Title), QStringLiteral("T3"));
    QCOMPARE(text(*m_window, 4, Field::Title), QStringLiteral("Row 4"));
    QCOMPARE(test::undoStack(*m_window)->count(), steps + 1);
    // The pasted block is selected.
    QCOMPARE(view->selectionModel()->selectedIndexes().size(), 6);

    test::undoStack(*m_window)->undo();
    for (int r = 1; r <= 3; ++r)
        QCOMPARE(text(*m_window, r, Field::Title), QStringLiteral("Row %1").arg(r));
}

void TestGridEditing::pasteBeyondTheLastRowAddsRows()
{
    load(numberedRows(2));
    test::gridView(*m_window)->setCurrentIndex(cellOf(*m_window, 1, Field::IndicatorType));
    QApplication::clipboard()->setText(QStringLiteral("DomainName\tone.example.net\nDomainName\ttwo.example.net\n"));
    test::mainActions(*m_window)->paste->trigger();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 3);
    QCOMPARE(text(*m_window, 1, Field::IndicatorValue), QStringLiteral("one.example.net"));
    QCOMPARE(text(*m_window, 2, Field::IndicatorValue), QStringLiteral("two.example.net"));
    test::undoStack(*m_window)->undo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
    QCOMPARE(text(*m_window, 1, Field::IndicatorType), QStringLiteral("FileSha256"));
}

void TestGridEditing::pastesARawIocListAsNewRows()
{
    load(numberedRows(2));
    test::gridView(*m_window)->setCurrentIndex(cellOf(*m_window, 0, Field::Title));
    QApplication::clipboard()->setText(
        QStringLiteral("# from the report\nevil.example.com\n185.220.101.47\nhxxps://bad[.]example.org/x\n"));
    QTest::keyClick(test::gridView(*m_window), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 5);
    QCOMPARE(text(*m_window, 1, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(text(*m_window, 1, Field::IndicatorType), QStringLiteral("DomainName"));
    QCOMPARE(text(*m_window, 2, Field::IndicatorType), QStringLiteral("IpAddress"));
    // Defanged values are kept as written, and flagged with a fix.
    QCOMPARE(text(*m_window, 3, Field::IndicatorValue), QStringLiteral("hxxps://bad[.]example.org/x"));
    QVERIFY(cellOf(*m_window, 3, Field::IndicatorValue)
                .data(IndicatorTableModel::IssueCodesRole)
                .toStringList()
                .contains(QStringLiteral("value.defanged")));
    test::undoStack(*m_window)->undo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
}

void TestGridEditing::copiesTheSelectionAsTsv()
{
    load({numbered(1), indicatorWith({{Field::Title, QStringLiteral("tab\there")}})});
    IndicatorTableView *view = test::gridView(*m_window);
    view->selectionModel()->select(
        QItemSelection(cellOf(*m_window, 0, Field::Severity), cellOf(*m_window, 1, Field::Title)),
        QItemSelectionModel::ClearAndSelect);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("High\tRow 1\nHigh\t\"tab\there\"\n"));
}

void TestGridEditing::bulkEditsAHundredRowsInOneUndoStep()
{
    load(numberedRows(120));
    IndicatorTableView *view = test::gridView(*m_window);
    view->setCurrentIndex(cellOf(*m_window, 10, Field::Action));
    view->selectionModel()->select(
        QItemSelection(cellOf(*m_window, 10, Field::Action), cellOf(*m_window, 109, Field::Action)),
        QItemSelectionModel::ClearAndSelect);
    const int steps = test::undoStack(*m_window)->count();

    const auto answered = ModalDialogDriver::expect(QStringLiteral("bulkEditDialog"), [](QWidget *dialog) {
        auto *bulk = qobject_cast<BulkEditDialog *>(dialog);
        QTest::mouseClick(bulk->actionCheckBox(), Qt::LeftButton, {}, QPoint(4, bulk->actionCheckBox()->height() / 2));
        bulk->actionComboBox()->setCurrentIndex(bulk->actionComboBox()->findData(QStringLiteral("Warn")));
        QTest::mouseClick(bulk->severityCheckBox(), Qt::LeftButton, {},
                          QPoint(4, bulk->severityCheckBox()->height() / 2));
        bulk->severityComboBox()->setCurrentIndex(bulk->severityComboBox()->findData(QStringLiteral("Low")));
        ModalDialogDriver::findButton(dialog, QStringLiteral("Apply"))->click();
    });
    test::mainActions(*m_window)->bulkEdit->trigger();
    QVERIFY(*answered);

    QCOMPARE(test::undoStack(*m_window)->count(), steps + 1);
    for (int r = 10; r < 110; ++r) {
        QCOMPARE(text(*m_window, r, Field::Action), QStringLiteral("Warn"));
        QCOMPARE(text(*m_window, r, Field::Severity), QStringLiteral("Low"));
    }
    QCOMPARE(text(*m_window, 9, Field::Action), QStringLiteral("Block"));
    QCOMPARE(text(*m_window, 110, Field::Severity), QStringLiteral("High"));

    test::undoStack(*m_window)->undo();
    for (int r = 10; r < 110; ++r)
        QCOMPARE(text(*m_window, r, Field::Action), QStringLiteral("Block"));
}

void TestGridEditing::bulkEditOfManyRowsRunsInTheBackground()
{
    // Enough rows for a large edit; the last repeats the first's value with another action: a conflict
    // that the bulk edit turns into a duplicate.
    std::vector<Indicator> rows = numberedRows(6000);
    rows.back()[Field::IndicatorValue] = rows.front()[Field::IndicatorValue];
    rows.back()[Field::Action] = QStringLiteral("Allowed");
    load(rows);
    const auto statusCodes = [this] {
        return cellOf(*m_window, 5999, Field::IndicatorValue).data(IndicatorTableModel::IssueCodesRole).toStringList();
    };
    QVERIFY2(statusCodes().contains(QStringLiteral("row.conflict")), qPrintable(statusCodes().join(u',')));
    test::gridView(*m_window)->selectAll();
    const int steps = test::undoStack(*m_window)->count();
    TaskRunner *runner = test::taskRunner(*m_window);

    const auto answered = ModalDialogDriver::expect(QStringLiteral("bulkEditDialog"), [](QWidget *dialog) {
        auto *bulk = qobject_cast<BulkEditDialog *>(dialog);
        QTest::mouseClick(bulk->actionCheckBox(), Qt::LeftButton, {}, QPoint(4, bulk->actionCheckBox()->height() / 2));
        bulk->actionComboBox()->setCurrentIndex(bulk->actionComboBox()->findData(QStringLiteral("Warn")));
        ModalDialogDriver::findButton(dialog, QStringLiteral("Apply"))->click();
    });
    test::mainActions(*m_window)->bulkEdit->trigger();
    QVERIFY(*answered);
    // Back from the dialog while the worker applies it: the grid shows the table as it was, and
    // nothing may change it until the edit is in.
    QVERIFY(runner->isBusy());
    QVERIFY(test::gridEditor(*m_window)->isLocked());
    QVERIFY(!test::mainActions(*m_window)->undo->isEnabled());
    QCOMPARE(text(*m_window, 0, Field::Action), QStringLiteral("Block"));

    QTRY_VERIFY(!runner->isBusy());
    QCOMPARE(test::undoStack(*m_window)->count(), steps + 1);
    QVERIFY(test::mainActions(*m_window)->undo->isEnabled());
    for (int r : {0, 1, 2999, 5998, 5999})
        QCOMPARE(text(*m_window, r, Field::Action), QStringLiteral("Warn"));
    QVERIFY2(statusCodes().contains(QStringLiteral("row.duplicate")), qPrintable(statusCodes().join(u',')));
    QVERIFY(!statusCodes().contains(QStringLiteral("row.conflict")));

    // Undo runs in the background too, with undo and redo off until it is done.
    test::mainActions(*m_window)->undo->trigger();
    QVERIFY(runner->isBusy());
    QVERIFY(!test::mainActions(*m_window)->redo->isEnabled());
    QTRY_VERIFY(!runner->isBusy());
    QVERIFY(test::mainActions(*m_window)->redo->isEnabled());
    QCOMPARE(text(*m_window, 0, Field::Action), QStringLiteral("Block"));
    QCOMPARE(text(*m_window, 5999, Field::Action), QStringLiteral("Allowed"));
    QVERIFY2(statusCodes().contains(QStringLiteral("row.conflict")), qPrintable(statusCodes().join(u',')));
}

void TestGridEditing::actionEditorOffersOnlyWhatTheTypeAllows()
{
    load({indicatorWith({{Field::IndicatorType, QStringLiteral("CertificateThumbprint")},
                         {Field::IndicatorValue, QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678")},
                         {Field::Action, QStringLiteral("Allowed")}})});
    IndicatorTableView *view = test::gridView(*m_window);
    const QModelIndex action = cellOf(*m_window, 0, Field::Action);
    view->setCurrentIndex(action);
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = view->findChild<QComboBox *>(QStringLiteral("cellComboBox"));
    QVERIFY(combo);
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered.append(combo->itemData(i).toString());
    QCOMPARE(offered, (QStringList{QStringLiteral("Allowed"), QStringLiteral("BlockAndRemediate")}));
    QCOMPARE(combo->currentText(), QStringLiteral("Allowed"));
    // The list opens at once; Down and Enter pick the next action and commit.
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QTRY_COMPARE(action.data().toString(), QStringLiteral("BlockAndRemediate"));
    QTRY_VERIFY(!view->isEditing());
}

void TestGridEditing::checkBoxTogglesGenerateAlert()
{
    load({numbered(1)});
    IndicatorTableView *view = test::gridView(*m_window);
    const QModelIndex alert = cellOf(*m_window, 0, Field::GenerateAlert);
    QCOMPARE(alert.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    view->setCurrentIndex(alert);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(alert.data(Qt::EditRole).toString(), QStringLiteral("true"));
    QCOMPARE(alert.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(alert.data(Qt::EditRole).toString(), QStringLiteral("false"));
    test::undoStack(*m_window)->undo();
    test::undoStack(*m_window)->undo();
    QCOMPARE(alert.data(Qt::EditRole).toString(), QString());
}

void TestGridEditing::listEditorAddsADeviceGroup()
{
    load({indicatorWith({{Field::RbacGroupNames, QStringLiteral("Finance, Servers")}})});
    IndicatorTableView *view = test::gridView(*m_window);
    const QModelIndex groups = cellOf(*m_window, 0, Field::RbacGroupNames);
    view->scrollTo(groups);
    view->setCurrentIndex(groups);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<ListCellEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->items(), (QStringList{QStringLiteral("Finance"), QStringLiteral("Servers")}));
    auto *add = editor->findChild<QLineEdit *>(QStringLiteral("addItemLineEdit"));
    QVERIFY(add->hasFocus());
    QTest::keyClicks(add, QStringLiteral("SOC Tier 2"));
    QTest::keyClick(add, Qt::Key_Return);
    QTRY_COMPARE(groups.data().toString(), QStringLiteral("Finance,Servers,SOC Tier 2"));
}

void TestGridEditing::expirationEditorSetsNever()
{
    load({indicatorWith({{Field::ExpirationTime, QStringLiteral("2027-12-31T00:00:00Z")}})});
    IndicatorTableView *view = test::gridView(*m_window);
    const QModelIndex expiration = cellOf(*m_window, 0, Field::ExpirationTime);
    view->scrollTo(expiration);
    view->setCurrentIndex(expiration);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<ExpirationEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("2027-12-31T00:00:00Z"));
    auto *never = editor->findChild<QCheckBox *>(QStringLiteral("neverCheckBox"));
    QVERIFY(!never->isChecked());
    QTest::mouseClick(never, Qt::LeftButton, {}, QPoint(4, never->height() / 2));
    QTest::keyClick(never, Qt::Key_Return);
    QTRY_COMPARE(expiration.data().toString(), QString());
    test::undoStack(*m_window)->undo();
    QCOMPARE(expiration.data().toString(), QStringLiteral("2027-12-31T00:00:00Z"));
}

void TestGridEditing::addsInsertsDuplicatesAndDeletesRows()
{
    load(numberedRows(3));
    MainActions *a = test::mainActions(*m_window);
    IndicatorTableView *view = test::gridView(*m_window);

    a->addRow->trigger();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 4);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(text(*m_window, 3, Field::IndicatorValue), QString());

    view->selectionModel()->setCurrentIndex(cellOf(*m_window, 1, Field::Title), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 5);
    QCOMPARE(text(*m_window, 1, Field::Title), QString());
    QCOMPARE(text(*m_window, 2, Field::Title), QStringLiteral("Row 1"));

    view->selectionModel()->setCurrentIndex(cellOf(*m_window, 2, Field::Title), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 6);
    QCOMPARE(text(*m_window, 3, Field::Title), QStringLiteral("Row 1"));
    // A duplicate is marked as one.
    QVERIFY(test::gridModel(*m_window)
                ->document()
                .issues(test::gridModel(*m_window)->tableRow(3))
                .contains(IssueCode::RowDuplicate));

    view->selectionModel()->select(
        QItemSelection(cellOf(*m_window, 0, Field::Title), cellOf(*m_window, 1, Field::Title)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 4);
    QCOMPARE(text(*m_window, 0, Field::Title), QStringLiteral("Row 1"));

    // Every step undoes, back to the file as opened.
    while (test::undoStack(*m_window)->canUndo())
        test::undoStack(*m_window)->undo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(text(*m_window, r, Field::Title), QStringLiteral("Row %1").arg(r));
    while (test::undoStack(*m_window)->canRedo())
        test::undoStack(*m_window)->redo();
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 4);
}

void TestGridEditing::findsAndReplacesAcrossTheTable()
{
    load({indicatorWith({{Field::IndicatorType, QStringLiteral("DomainName")},
                         {Field::IndicatorValue, QStringLiteral("a.old-c2.net")}}),
          numbered(2),
          indicatorWith({{Field::IndicatorType, QStringLiteral("DomainName")},
                         {Field::IndicatorValue, QStringLiteral("b.OLD-c2.net")},
                         {Field::Title, QStringLiteral("Old C2")}})});
    IndicatorTableView *view = test::gridView(*m_window);
    view->setCurrentIndex(cellOf(*m_window, 0, Field::IndicatorType));
    QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier);
    FindReplaceBar *bar = test::findBar(*m_window);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findEdit()->hasFocus());
    bar->findEdit()->clear();
    QTest::keyClicks(bar->findEdit(), QStringLiteral("old-c2"));
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    QCOMPARE(view->currentIndex(), cellOf(*m_window, 0, Field::IndicatorValue));
    QTest::keyClick(bar->findEdit(), Qt::Key_F3);
    QCOMPARE(view->currentIndex(), cellOf(*m_window, 2, Field::IndicatorValue));

    QTest::keyClicks(bar->replaceEdit(), QStringLiteral("new-c2"));
    const int steps = test::undoStack(*m_window)->count();
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("replaceAllButton")), Qt::LeftButton);
    QCOMPARE(text(*m_window, 0, Field::IndicatorValue), QStringLiteral("a.new-c2.net"));
    QCOMPARE(text(*m_window, 2, Field::IndicatorValue), QStringLiteral("b.new-c2.net"));
    QCOMPARE(text(*m_window, 2, Field::Title), QStringLiteral("Old C2"));
    QCOMPARE(test::undoStack(*m_window)->count(), steps + 1);
    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestGridEditing::deleteKeyClearsTheSelectedCells()
{
    load(numberedRows(3));
    IndicatorTableView *view = test::gridView(*m_window);
    view->setCurrentIndex(cellOf(*m_window, 0, Field::Title));
    view->selectionModel()->select(
        QItemSelection(cellOf(*m_window, 0, Field::Title), cellOf(*m_window, 1, Field::Description)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(text(*m_window, 0, Field::Title), QString());
    QCOMPARE(text(*m_window, 1, Field::Description), QString());
    QCOMPARE(severity(cellOf(*m_window, 0, Field::Title)), int(Mark::Error));
    QCOMPARE(text(*m_window, 2, Field::Title), QStringLiteral("Row 2"));
    test::undoStack(*m_window)->undo();
    QCOMPARE(text(*m_window, 1, Field::Description), QStringLiteral("Seen in the March campaign"));
}

QTEST_MAIN(TestGridEditing)
#include "TestGridEditing.moc"
