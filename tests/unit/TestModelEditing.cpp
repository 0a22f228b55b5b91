// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/ValidationThreads.h"
#include "core/model/IndicatorTableModel.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace im;

namespace {

Indicator titled(const QString &title, QChar hashDigit)
{
    return test::indicatorWith({{Field::Title, title}, {Field::IndicatorValue, QString(64, hashDigit)}});
}

std::unique_ptr<IndicatorDocument> documentOf(const std::vector<Indicator> &rows)
{
    IndicatorTable table;
    for (const Indicator &i : rows)
        table.appendIndicator(i);
    auto doc = std::make_unique<IndicatorDocument>(std::move(table));
    doc->setNow(test::kTestNow);
    doc->validateAll();
    return doc;
}

QStringList titles(const IndicatorTableModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, columnOfField(Field::Title)).data().toString());
    return out;
}

QStringList tableTitles(const IndicatorTableModel &model)
{
    QStringList out;
    for (int r = 0; r < model.document().rowCount(); ++r)
        out.append(model.document().table().text(r, Field::Title));
    return out;
}

// Rows whose values repeat every `period` rows, all blocked, so that an edit of the action makes
// duplicates and conflicts.
std::unique_ptr<IndicatorDocument> repeatingDocument(int rows, int period)
{
    std::vector<Indicator> indicators;
    for (int i = 0; i < rows; ++i)
        indicators.push_back(
            test::indicatorWith({{Field::IndicatorValue, QString::number(i % period).rightJustified(64, u'0')}}));
    return documentOf(indicators);
}

RowEdits actionEdits(const IndicatorTableModel &model, int from, int to, int period)
{
    RowEdits edits;
    for (int row = from; row < to; ++row) {
        const QByteArray action = row % period < period / 3 ? "Audit" : row % 7 != 0 ? "Allowed" : "Block";
        edits.push_back(RowEdit{model.document().table().rowId(row), {{Field::Action, action}}, {}});
    }
    return edits;
}

QStringList issueLines(const IndicatorDocument &doc)
{
    QStringList out;
    for (int row = 0; row < doc.rowCount(); ++row)
        out.append(test::codesOf(doc.issues(row)));
    return out;
}

} // namespace

class TestModelEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sortingMovesRowsAndTheCurrentIndex();
    void filterShowsMatchingRowsOnly();
    void insertsWhereTheAnalystPoints();
    void removesScatteredRowsAndRestoresThemInPlace();
    void removedDuplicateStopsMarkingItsTwin();
    void editsReturnTheirUndo();
    void editNamesRowsByIdAcrossSorting();
    void fixThatDismissesReadNotesIsUndoable();
    void largeEditIsJudgedAsRowByRow_data();
    void largeEditIsJudgedAsRowByRow();

private:
    std::unique_ptr<IndicatorTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestModelEditing::init()
{
    m_model = std::make_unique<IndicatorTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDocument(documentOf({titled(QStringLiteral("delta"), u'd'), titled(QStringLiteral("alpha"), u'a'),
                                     titled(QStringLiteral("charlie"), u'c'), titled(QStringLiteral("bravo"), u'b')}));
}

void TestModelEditing::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestModelEditing::sortingMovesRowsAndTheCurrentIndex()
{
    const QPersistentModelIndex charlie = m_model->index(2, columnOfField(Field::Title));
    QSignalSpy order(m_model.get(), &IndicatorTableModel::orderChanged);
    m_model->sort(columnOfField(Field::Title), Qt::AscendingOrder);
    QCOMPARE(titles(*m_model), (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"),
                                            QStringLiteral("delta")}));
    QCOMPARE(charlie.row(), 2);
    QCOMPARE(charlie.data().toString(), QStringLiteral("charlie"));
    m_model->sort(columnOfField(Field::Title), Qt::DescendingOrder);
    QCOMPARE(titles(*m_model).first(), QStringLiteral("delta"));
    QCOMPARE(charlie.row(), 1);
    QCOMPARE(order.count(), 2);
    QCOMPARE(m_model->sortColumn(), columnOfField(Field::Title));
    // The table itself keeps its order: sorting is a view.
    QCOMPARE(tableTitles(*m_model).first(), QStringLiteral("delta"));
}

void TestModelEditing::filterShowsMatchingRowsOnly()
{
    RowFilter filter;
    filter.text = QStringLiteral("A");
    m_model->setFilter(filter);
    QCOMPARE(titles(*m_model), (QStringList{QStringLiteral("delta"), QStringLiteral("alpha"), QStringLiteral("charlie"),
                                            QStringLiteral("bravo")}));
    filter.text = QStringLiteral("li");
    m_model->setFilter(filter);
    QCOMPARE(titles(*m_model), QStringList{QStringLiteral("charlie")});
    QCOMPARE(m_model->viewRow(0), -1);
    QCOMPARE(m_model->viewRow(2), 0);
    QVERIFY(!m_model->indexOf(m_model->document().table().rowId(0), 1).isValid());
    m_model->setFilter(RowFilter());
    QCOMPARE(m_model->rowCount(), 4);
}

void TestModelEditing::insertsWhereTheAnalystPoints()
{
    m_model->sort(columnOfField(Field::Title), Qt::AscendingOrder); // alpha bravo charlie delta
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const std::vector<RowId> ids = m_model->insertIndicators(1, {titled(QStringLiteral("new"), u'e')});
    QCOMPARE(ids.size(), size_t(1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(titles(*m_model), (QStringList{QStringLiteral("alpha"), QStringLiteral("new"), QStringLiteral("bravo"),
                                            QStringLiteral("charlie"), QStringLiteral("delta")}));
    // In the table it went just above "bravo".
    QCOMPARE(tableTitles(*m_model),
             (QStringList{QStringLiteral("delta"), QStringLiteral("alpha"), QStringLiteral("charlie"),
                          QStringLiteral("new"), QStringLiteral("bravo")}));
    QCOMPARE(m_model->indexOf(ids.front(), 0).row(), 1);

    m_model->insertIndicators(m_model->rowCount(), {titled(QStringLiteral("last"), u'f')});
    QCOMPARE(titles(*m_model).last(), QStringLiteral("last"));
    QCOMPARE(tableTitles(*m_model).last(), QStringLiteral("last"));
}

void TestModelEditing::removesScatteredRowsAndRestoresThemInPlace()
{
    m_model->sort(columnOfField(Field::Title), Qt::AscendingOrder); // alpha bravo charlie delta
    RowFilter filter;
    filter.text = QStringLiteral("a"); // alpha bravo charlie delta all contain "a"
    m_model->setFilter(filter);
    const QStringList before = titles(*m_model);
    const QStringList tableBefore = tableTitles(*m_model);

    std::vector<RowId> ids{m_model->rowIdAt(0), m_model->rowIdAt(2)}; // alpha, charlie
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const RemovedRows taken = m_model->removeRowsById(ids);
    QCOMPARE(taken.count(), 2);
    QCOMPARE(removed.count(), 2); // two separate runs
    QCOMPARE(titles(*m_model), (QStringList{QStringLiteral("bravo"), QStringLiteral("delta")}));
    QCOMPARE(m_model->document().rowCount(), 2);

    m_model->restoreRows(taken);
    QCOMPARE(titles(*m_model), before);
    QCOMPARE(tableTitles(*m_model), tableBefore);
    QCOMPARE(m_model->indexOf(ids.front(), 0).row(), 0);
}

void TestModelEditing::removedDuplicateStopsMarkingItsTwin()
{
    m_model->setDocument(documentOf({titled(QStringLiteral("first"), u'a'), titled(QStringLiteral("second"), u'a')}));
    QVERIFY(m_model->document().issues(1).contains(IssueCode::RowDuplicate));
    const RemovedRows taken = m_model->removeRowsById({m_model->rowIdAt(0)});
    QVERIFY(!m_model->document().issues(0).contains(IssueCode::RowDuplicate));
    m_model->restoreRows(taken);
    QVERIFY(!m_model->document().issues(0).contains(IssueCode::RowDuplicate));
    QVERIFY(m_model->document().issues(1).contains(IssueCode::RowDuplicate));
}

void TestModelEditing::editsReturnTheirUndo()
{
    const RowId alpha = m_model->rowIdAt(1);
    QSignalSpy issues(m_model.get(), &IndicatorTableModel::issuesChanged);
    const RowEdits undo =
        m_model->applyEdits({RowEdit{alpha, {{Field::IndicatorValue, "abc"}, {Field::Title, "A"}}, {}}});
    QCOMPARE(issues.count(), 1);
    QCOMPARE(m_model->index(1, static_cast<int>(Column::Status)).data(IndicatorTableModel::IssueSeverityRole).toInt(),
             int(IndicatorTableModel::CellSeverity::Error));
    QCOMPARE(undo.size(), size_t(1));
    const RowEdits redo = m_model->applyEdits(undo);
    QCOMPARE(m_model->index(1, columnOfField(Field::Title)).data().toString(), QStringLiteral("alpha"));
    QVERIFY(m_model->document().issues(1).isEmpty());
    m_model->applyEdits(redo);
    QCOMPARE(m_model->index(1, columnOfField(Field::Title)).data().toString(), QStringLiteral("A"));
    // Unchanged cells produce no undo entry.
    QVERIFY(m_model->applyEdits({RowEdit{alpha, {{Field::Title, "A"}}, {}}}).empty());
}

void TestModelEditing::editNamesRowsByIdAcrossSorting()
{
    const RowId delta = m_model->rowIdAt(0);
    const RowEdits undo = m_model->applyEdits({RowEdit{delta, {{Field::Title, "zulu"}}, {}}});
    m_model->sort(columnOfField(Field::Title), Qt::AscendingOrder);
    QCOMPARE(titles(*m_model).last(), QStringLiteral("zulu"));
    m_model->applyEdits(undo);
    QCOMPARE(titles(*m_model).last(), QStringLiteral("delta"));
}

void TestModelEditing::fixThatDismissesReadNotesIsUndoable()
{
    IndicatorTable table = test::tableOf({test::validIndicator()});
    table.addReadNote(0, ReadNote{IssueCode::ReadExtraFields, QStringLiteral("\"x\"")});
    auto doc = std::make_unique<IndicatorDocument>(std::move(table));
    doc->validateAll();
    m_model->setDocument(std::move(doc));
    QVERIFY(m_model->document().issues(0).contains(IssueCode::ReadExtraFields));
    const RowEdits undo = m_model->applyEdits({RowEdit{m_model->rowIdAt(0), {}, QList<ReadNote>()}});
    QVERIFY(m_model->document().issues(0).isEmpty());
    m_model->applyEdits(undo);
    QVERIFY(m_model->document().issues(0).contains(IssueCode::ReadExtraFields));
}

void TestModelEditing::largeEditIsJudgedAsRowByRow_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    // Stretches of 256 edits on three threads: the edit is worked out in parts, joined in order.
    QTest::newRow("three threads") << 3;
}

void TestModelEditing::largeEditIsJudgedAsRowByRow()
{
    QFETCH(int, threads);
    ValidationThreads::set(threads, threads > 1 ? 256 : ValidationThreads::kDefaultChunkRows);
    const auto restore = qScopeGuard([] { ValidationThreads::set(0); });
    constexpr int kRows = 6000;
    constexpr int kPeriod = 2500;
    // The same action edit of 5,000 rows: in one piece (validated once for the whole table), and in
    // pieces small enough to go row by row.
    IndicatorTableModel large;
    large.setDocument(repeatingDocument(kRows, kPeriod));
    const QStringList before = issueLines(large.document());
    IndicatorTableModel byRow;
    byRow.setDocument(repeatingDocument(kRows, kPeriod));
    QVERIFY(large.document().isLargeEdit(5000));
    QVERIFY(!byRow.document().isLargeEdit(2500));

    QSignalSpy issues(&large, &IndicatorTableModel::issuesChanged);
    const RowEdits undo = large.applyEdits(actionEdits(large, 0, 5000, kPeriod));
    QCOMPARE(issues.count(), 1);
    byRow.applyEdits(actionEdits(byRow, 0, 2500, kPeriod));
    byRow.applyEdits(actionEdits(byRow, 2500, 5000, kPeriod));

    const QStringList after = issueLines(large.document());
    QCOMPARE(after, issueLines(byRow.document()));
    QVERIFY(after.contains(QStringLiteral("row.duplicate")));
    QVERIFY(after.contains(QStringLiteral("row.conflict")));
    QVERIFY(after != before);
    QCOMPARE(large.document().table().text(0, Field::Action), QStringLiteral("Audit"));

    // Its undo is large too (a row that stays Block has no entry), and brings back the cells and issues.
    // Last edited row first, as row-by-row undo lists them.
    std::vector<RowId> changed;
    for (const RowEdit &edit : actionEdits(byRow, 0, 5000, kPeriod)) {
        if (edit.cells.front().second != "Block")
            changed.push_back(edit.row);
    }
    std::reverse(changed.begin(), changed.end());
    std::vector<RowId> undone;
    for (const RowEdit &edit : undo) {
        QCOMPARE(edit.cells.size(), size_t(1));
        QCOMPARE(edit.cells.front().second, QByteArray("Block"));
        undone.push_back(edit.row);
    }
    QCOMPARE(undone, changed);
    QVERIFY(large.document().isLargeEdit(undo.size()));
    large.applyEdits(undo);
    QCOMPARE(issueLines(large.document()), before);
    QCOMPARE(large.document().table().text(0, Field::Action), QStringLiteral("Block"));
}

QTEST_GUILESS_MAIN(TestModelEditing)
#include "TestModelEditing.moc"
