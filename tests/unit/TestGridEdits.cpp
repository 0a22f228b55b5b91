// SPDX-License-Identifier: GPL-3.0-or-later
// The core side of the grid's bulk changes: fix plans, bulk edits and issue statistics.
#include "core/document/BulkEdit.h"
#include "core/document/FixPlan.h"
#include "core/document/IndicatorDocument.h"
#include "core/document/IssueStatistics.h"
#include "core/document/ValidationThreads.h"
#include "support/TestSupport.h"

#include <QScopeGuard>
#include <QtTest>

#include <numeric>

using namespace im;

namespace {

IndicatorDocument validated(IndicatorTable &&table)
{
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    return doc;
}

std::vector<int> allRows(const IndicatorDocument &doc)
{
    std::vector<int> rows(static_cast<size_t>(doc.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

QByteArray cellOf(const RowEdit &edit, Field field)
{
    for (const auto &[f, value] : edit.cells) {
        if (f == field)
            return value;
    }
    return "<none>";
}

} // namespace

class TestGridEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statisticsCountRowsPerProblem();
    void fixPlanCoversEveryRowWithTheProblem();
    void fixesOfOneCellCompose();
    void fixPlanCountsRowsWithoutAFix();
    void bulkEditSetsOnlyTickedFields();
    void bulkEditAddsAndRemovesDeviceGroups();
    void bulkEditListsEveryRowInOrderOnSeveralThreads();
};

void TestGridEdits::statisticsCountRowsPerProblem()
{
    const IndicatorDocument doc =
        validated(test::tableOf({test::validIndicator(), test::validIndicator(),
                                 test::indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}}),
                                 test::indicatorWith({{Field::IndicatorValue, QString(64, u'A')},
                                                      {Field::Severity, QStringLiteral("high")}})}));
    const IssueStatistics stats = IssueStatistics::of(doc.table());
    QCOMPARE(stats.summary.rows, 4);
    QCOMPARE(stats.summary.invalid, 2);
    QCOMPARE(stats.rowsWithIssues, 3);
    QCOMPARE(stats.rowsWithCode(IssueCode::RowDuplicate), 1);
    QCOMPARE(stats.rowsWithCode(IssueCode::HashLength), 1);
    const std::vector<IssueCode> codes = stats.presentCodes();
    QCOMPARE(codes.size(), size_t(4));
    QCOMPARE(issueInfo(codes.front()).severity, IssueSeverity::Error); // errors first
    QCOMPARE(issueInfo(codes.back()).severity, IssueSeverity::Warning);
    QCOMPARE(IssueStatistics::rowsWithIssue(doc.table(), IssueCode::RowDuplicate), std::vector<int>{1});
    QCOMPARE(IssueStatistics::rowsWithIssue(doc.table(), IssueCode::HashUppercase, 1).size(), size_t(1));
}

void TestGridEdits::fixPlanCoversEveryRowWithTheProblem()
{
    const IndicatorDocument doc = validated(
        test::tableOf({test::indicatorWith({{Field::IndicatorValue, QString(64, u'A')}}), test::validIndicator(),
                       test::indicatorWith({{Field::IndicatorValue, QString(64, u'B')}})}));
    const FixPlan plan =
        FixPlan::build(doc.table(), allRows(doc), [](IssueCode c) { return c == IssueCode::HashUppercase; });
    QCOMPARE(plan.rowsWithProblem, 2);
    QCOMPARE(plan.rowsFixed(), 2);
    QCOMPARE(plan.rowsWithoutFix, 0);
    QCOMPARE(cellOf(plan.edits[0], Field::IndicatorValue), QByteArray(64, 'a'));
    QCOMPARE(plan.edits[1].row, doc.table().rowId(2));
    QCOMPARE(plan.describe(), QStringList{QStringLiteral("Write the hash in lower case (2 row(s))")});
}

void TestGridEdits::fixesOfOneCellCompose()
{
    // Spaces around an upper-case hash: trimming and lower-casing both edit the value.
    const IndicatorDocument doc = validated(test::tableOf({test::indicatorWith(
        {{Field::IndicatorValue, QStringLiteral("  ") + QString(64, u'C') + QStringLiteral(" ")}})}));
    const FixPlan plan = FixPlan::build(doc.table(), {0}, [](IssueCode) { return true; });
    QCOMPARE(plan.rowsFixed(), 1);
    QCOMPARE(plan.edits[0].cells.back().second, QByteArray(64, 'c'));
}

void TestGridEdits::fixPlanCountsRowsWithoutAFix()
{
    const IndicatorDocument doc =
        validated(test::tableOf({test::indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}})}));
    const FixPlan plan = FixPlan::build(doc.table(), {0}, [](IssueCode) { return true; });
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.rowsWithProblem, 1);
    QCOMPARE(plan.rowsWithoutFix, 1);
}

void TestGridEdits::bulkEditSetsOnlyTickedFields()
{
    const IndicatorTable table = test::tableOf({test::validIndicator(), test::validIndicator()});
    BulkEdit edit;
    QVERIFY(edit.isEmpty());
    edit.action = QStringLiteral("Warn");
    edit.expirationTime = QString();
    const RowEdits edits = edit.editsFor(table, {1});
    QCOMPARE(edits.size(), size_t(1));
    QCOMPARE(edits[0].row, table.rowId(1));
    QCOMPARE(edits[0].cells.size(), size_t(2));
    QCOMPARE(cellOf(edits[0], Field::Action), QByteArray("Warn"));
    QCOMPARE(cellOf(edits[0], Field::ExpirationTime), QByteArray());
    QCOMPARE(cellOf(edits[0], Field::Severity), QByteArray("<none>"));
}

void TestGridEdits::bulkEditAddsAndRemovesDeviceGroups()
{
    const IndicatorTable table = test::tableOf(
        {test::indicatorWith({{Field::RbacGroupNames, QStringLiteral("SOC, NOC")}}), test::validIndicator()});
    BulkEdit add;
    add.deviceGroups = QStringList{QStringLiteral("NOC"), QStringLiteral("Tier 2")};
    add.deviceGroupsMode = BulkEdit::ListMode::Add;
    RowEdits edits = add.editsFor(table, {0, 1});
    QCOMPARE(cellOf(edits[0], Field::RbacGroupNames), QByteArray("SOC,NOC,Tier 2"));
    QCOMPARE(cellOf(edits[1], Field::RbacGroupNames), QByteArray("NOC,Tier 2"));

    BulkEdit remove = add;
    remove.deviceGroupsMode = BulkEdit::ListMode::Remove;
    edits = remove.editsFor(table, {0});
    QCOMPARE(cellOf(edits[0], Field::RbacGroupNames), QByteArray("SOC"));

    BulkEdit replace = add;
    replace.deviceGroupsMode = BulkEdit::ListMode::Replace;
    edits = replace.editsFor(table, {0});
    QCOMPARE(cellOf(edits[0], Field::RbacGroupNames), QByteArray("NOC,Tier 2"));
}

void TestGridEdits::bulkEditListsEveryRowInOrderOnSeveralThreads()
{
    // Stretches of 256 rows on three threads, the rows given backwards: every edit in the order asked,
    // each with its row's own device groups.
    ValidationThreads::set(3, 256);
    const auto restore = qScopeGuard([] { ValidationThreads::set(0); });
    IndicatorTable table;
    for (int i = 0; i < 3000; ++i)
        table.appendIndicator(test::indicatorWith({{Field::RbacGroupNames, QStringLiteral("G%1").arg(i)}}));
    std::vector<int> rows(3000);
    std::iota(rows.rbegin(), rows.rend(), 0);
    BulkEdit edit;
    edit.action = QStringLiteral("Audit");
    edit.deviceGroups = QStringList{QStringLiteral("SOC")};
    edit.deviceGroupsMode = BulkEdit::ListMode::Add;
    const RowEdits edits = edit.editsFor(table, rows);
    QCOMPARE(edits.size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(edits[i].row, table.rowId(rows[i]));
        QCOMPARE(edits[i].cells.size(), size_t(2));
        QCOMPARE(cellOf(edits[i], Field::Action), QByteArray("Audit"));
        QCOMPARE(cellOf(edits[i], Field::RbacGroupNames), QStringLiteral("G%1,SOC").arg(rows[i]).toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestGridEdits)
#include "TestGridEdits.moc"
