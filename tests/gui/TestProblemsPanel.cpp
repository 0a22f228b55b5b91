// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems panel: grouping by rule, jumping to a cell, fixing one row and every row.
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/ModalDialogDriver.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/problems/ProblemsModel.h"
#include "ui/problems/ProblemsPanel.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

Indicator upperHash(int i)
{
    return indicatorWith({{Field::IndicatorValue, QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('A')).toUpper()}});
}

} // namespace

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groupsProblemsByRuleWithCounts();
    void clickingAnOccurrenceJumpsToTheCell();
    void fixAllAsksFirstThenFixesEveryRowInOneStep();
    void cancellingFixAllChangesNothing();
    void fixThisRowFixesOnlyThatRow();
    void cellMenuOffersTheFixByName();
    void nextProblemWalksThroughTheCells();

private:
    QModelIndex ruleIndex(IssueCode code) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ProblemsPanel *m_panel = nullptr;
    QTreeView *m_tree = nullptr;
};

void TestProblemsPanel::initTestCase()
{
    isolateSettings(QStringLiteral("tst_problemspanel"));
}

void TestProblemsPanel::init()
{
    MessageBox::instance().reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    std::vector<Indicator> rows;
    for (int i = 0; i < 6; ++i)
        rows.push_back(i % 2 == 0 ? upperHash(i)
                                  : indicatorWith({{Field::IndicatorValue,
                                                    QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'))}}));
    rows.push_back(indicatorWith({{Field::Severity, QStringLiteral("high")}}));
    rows.push_back(indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}}));
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("problems.csv"), portalCsv(rows))));
    m_panel = test::problemsPanel(*m_window);
    m_tree = m_panel->findChild<QTreeView *>(QStringLiteral("problemsTreeView"));
    QVERIFY(m_tree);
}

void TestProblemsPanel::cleanup()
{
    ModalDialogDriver::stopAll();
    MessageBox::instance().reset();
    test::undoStack(*m_window)->setClean();
    m_window.reset();
}

QModelIndex TestProblemsPanel::ruleIndex(IssueCode code) const
{
    return m_panel->problemsModel()->indexOfCode(code);
}

void TestProblemsPanel::groupsProblemsByRuleWithCounts()
{
    const ProblemsModel *model = m_panel->problemsModel();
    QCOMPARE(model->rowCount(), 3);
    // Errors first, then warnings.
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Upper-case hash"));
    QCOMPARE(model->index(2, ProblemsModel::RowsColumn).data().toString(), QStringLiteral("3"));
    const QModelIndex upper = ruleIndex(IssueCode::HashUppercase);
    QCOMPARE(model->rowCount(upper), 3);
    QVERIFY(model->index(0, 0, upper).data().toString().startsWith(QStringLiteral("Row 1: ")));
}

void TestProblemsPanel::clickingAnOccurrenceJumpsToTheCell()
{
    const QModelIndex rule = ruleIndex(IssueCode::HashUppercase);
    m_tree->expand(rule);
    const QModelIndex second = m_panel->problemsModel()->index(1, 0, rule);
    m_tree->scrollTo(second);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(second).center());
    QCOMPARE(test::gridView(*m_window)->currentIndex(), cellOf(*m_window, 2, Field::IndicatorValue));
    QVERIFY(test::gridView(*m_window)->hasFocus());

    // Clicking the rule goes to its first row; one hidden by the filter is shown again.
    RowFilter onlyRow5;
    onlyRow5.text = QStringLiteral("high");
    test::gridModel(*m_window)->setFilter(onlyRow5);
    const QModelIndex severityRule = ruleIndex(IssueCode::SeverityUnknown);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(severityRule).center());
    QCOMPARE(test::gridView(*m_window)->currentIndex().data(Qt::EditRole).toString(), QStringLiteral("high"));
    const QModelIndex hashRule = ruleIndex(IssueCode::HashLength);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(hashRule).center());
    QCOMPARE(test::gridView(*m_window)->currentIndex().data().toString(), QStringLiteral("abc"));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 8);
}

void TestProblemsPanel::fixAllAsksFirstThenFixesEveryRowInOneStep()
{
    m_tree->setCurrentIndex(ruleIndex(IssueCode::HashUppercase));
    auto *fixAll = m_panel->findChild<QPushButton *>(QStringLiteral("fixAllButton"));
    QVERIFY(fixAll->isEnabled());
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("applyFixesButton"));
    const int steps = test::undoStack(*m_window)->count();
    QTest::mouseClick(fixAll, Qt::LeftButton);
    QVERIFY(askedLast(QStringLiteral("confirmFixesMessageBox")));
    const QString question = boxes.asked().constLast().text + u'\n' + boxes.asked().constLast().informativeText;
    QVERIFY2(question.contains(QStringLiteral("Write the hash in lower case (3 row")), qPrintable(question));
    QCOMPARE(test::undoStack(*m_window)->count(), steps + 1);
    for (int r = 0; r < 6; r += 2)
        QCOMPARE(cellOf(*m_window, r, Field::IndicatorValue).data(IndicatorTableModel::IssueSeverityRole).toInt(), 0);
    QTRY_VERIFY(!ruleIndex(IssueCode::HashUppercase).isValid());

    test::undoStack(*m_window)->undo();
    QTRY_COMPARE(m_panel->problemsModel()->statistics().rowsWithCode(IssueCode::HashUppercase), 3);
}

void TestProblemsPanel::cancellingFixAllChangesNothing()
{
    MessageBox::instance().setNextAnswer(QMessageBox::Cancel);
    const int steps = test::undoStack(*m_window)->count();
    Q_EMIT m_panel->fixAllRequested(IssueCode::HashUppercase);
    QVERIFY(askedLast(QStringLiteral("confirmFixesMessageBox")));
    QCOMPARE(test::undoStack(*m_window)->count(), steps);
    QCOMPARE(m_panel->problemsModel()->statistics().rowsWithCode(IssueCode::HashUppercase), 3);
}

void TestProblemsPanel::fixThisRowFixesOnlyThatRow()
{
    const QModelIndex rule = ruleIndex(IssueCode::SeverityUnknown);
    m_tree->expand(rule);
    m_tree->setCurrentIndex(m_panel->problemsModel()->index(0, 0, rule));
    auto *fixRow = m_panel->findChild<QPushButton *>(QStringLiteral("fixRowButton"));
    QVERIFY(fixRow->isEnabled());
    QTest::mouseClick(fixRow, Qt::LeftButton);
    QCOMPARE(cellOf(*m_window, 6, Field::Severity).data().toString(), QStringLiteral("High"));
    QTRY_VERIFY(!ruleIndex(IssueCode::SeverityUnknown).isValid());
    // The hash error has no automatic fix: the row stays as it is.
    const QModelIndex hash = ruleIndex(IssueCode::HashLength);
    m_tree->expand(hash);
    m_tree->setCurrentIndex(m_panel->problemsModel()->index(0, 0, hash));
    QTest::mouseClick(fixRow, Qt::LeftButton);
    QCOMPARE(cellOf(*m_window, 7, Field::IndicatorValue).data().toString(), QStringLiteral("abc"));
}

void TestProblemsPanel::cellMenuOffersTheFixByName()
{
    IndicatorTableView *view = test::gridView(*m_window);
    view->setCurrentIndex(cellOf(*m_window, 6, Field::Severity));
    // Ctrl+. with a single fix applies it; its name was on the menu and in the status bar.
    QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
    QCOMPARE(cellOf(*m_window, 6, Field::Severity).data().toString(), QStringLiteral("High"));
    test::undoStack(*m_window)->undo();

    // The context menu lists it by name, next to "fix all rows with ...".
    const QModelIndex upper = cellOf(*m_window, 0, Field::IndicatorValue);
    QStringList entries;
    const auto menuRead = ModalDialogDriver::expect(QStringLiteral("gridContextMenu"), [&entries](QWidget *menu) {
        for (QAction *a : menu->actions())
            entries.append(a->text());
        qobject_cast<QMenu *>(menu)->close();
    });
    QMetaObject::invokeMethod(view, "customContextMenuRequested", Qt::QueuedConnection,
                              Q_ARG(QPoint, view->visualRect(upper).center()));
    QTRY_VERIFY(*menuRead);
    QVERIFY2(entries.contains(QStringLiteral("Write the hash in lower case")), qPrintable(entries.join(u'|')));
    QVERIFY2(entries.contains(QStringLiteral("Fix all 3 rows with \"Upper-case hash\"...")),
             qPrintable(entries.join(u'|')));
}

void TestProblemsPanel::nextProblemWalksThroughTheCells()
{
    IndicatorTableView *view = test::gridView(*m_window);
    view->setCurrentIndex(cellOf(*m_window, 0, Field::IndicatorValue));
    QTest::keyClick(view, Qt::Key_F8);
    QCOMPARE(view->currentIndex(), cellOf(*m_window, 2, Field::IndicatorValue));
    QTest::keyClick(view, Qt::Key_F8);
    QTest::keyClick(view, Qt::Key_F8);
    QCOMPARE(view->currentIndex(), cellOf(*m_window, 6, Field::Severity));
    QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex(), cellOf(*m_window, 4, Field::IndicatorValue));
}

QTEST_MAIN(TestProblemsPanel)
#include "TestProblemsPanel.moc"
