// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IndicatorTableModel.h"
#include "core/submit/SubmitOutcomes.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace im;

namespace {

std::unique_ptr<IndicatorDocument> documentOf(std::initializer_list<Indicator> rows)
{
    auto doc = std::make_unique<IndicatorDocument>(test::tableOf(rows));
    doc->setNow(test::kTestNow);
    doc->validateAll();
    return doc;
}

int severityOf(const IndicatorTableModel &model, int row, Column column)
{
    return model.index(row, static_cast<int>(column)).data(IndicatorTableModel::IssueSeverityRole).toInt();
}

} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void showsEveryFieldAndAStatus();
    void marksOnlyTheInvalidCell();
    void tooltipExplainsTheProblem();
    void editRevalidatesTheCellAndItsDuplicates();
    void statusColumnIsReadOnly();
    void headersNameFieldsAndApiNames();
    void editedFailedRowsSayTheirOutcomeIsHistory();
};

void TestTableModel::passesTheModelTester()
{
    IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(documentOf({test::validIndicator(), test::indicatorWith({{Field::Title, QString()}})}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), ColumnCount);
    QVERIFY(model.setData(model.index(1, columnOfField(Field::Title)), QStringLiteral("Now titled")));
    model.setDocument(documentOf({}));
    QCOMPARE(model.rowCount(), 0);
}

void TestTableModel::showsEveryFieldAndAStatus()
{
    IndicatorTableModel model;
    const Indicator row = test::indicatorWith(
        {{Field::Application, QStringLiteral("demo-test")}, {Field::ExternalId, QStringLiteral("case-17")}});
    model.setDocument(documentOf({row}));
    for (Field f : allFields())
        QCOMPARE(model.index(0, columnOfField(f)).data().toString(), row[f]);
    QCOMPARE(model.index(0, static_cast<int>(Column::Status)).data().toString(), QStringLiteral("Valid"));
}

void TestTableModel::marksOnlyTheInvalidCell()
{
    IndicatorTableModel model;
    model.setDocument(documentOf({test::indicatorWith({{Field::IndicatorValue, QStringLiteral("abc")}})}));
    QCOMPARE(severityOf(model, 0, Column::IndicatorValue), int(IndicatorTableModel::CellSeverity::Error));
    QCOMPARE(severityOf(model, 0, Column::Title), int(IndicatorTableModel::CellSeverity::None));
    QCOMPARE(severityOf(model, 0, Column::Status), int(IndicatorTableModel::CellSeverity::Error));
    QCOMPARE(model.index(0, static_cast<int>(Column::IndicatorValue))
                 .data(IndicatorTableModel::IssueCodesRole)
                 .toStringList(),
             QStringList{QStringLiteral("hash.length")});
    QCOMPARE(model.index(0, static_cast<int>(Column::Status)).data().toString(), QStringLiteral("1 error(s)"));
}

void TestTableModel::tooltipExplainsTheProblem()
{
    IndicatorTableModel model;
    model.setDocument(documentOf({test::indicatorWith(
        {{Field::IndicatorType, QStringLiteral("IpAddress")}, {Field::IndicatorValue, QStringLiteral("10.1.2.3")}})}));
    const QString tip = model.index(0, static_cast<int>(Column::IndicatorValue)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("10.0.0.0/8")), qPrintable(tip));
    QVERIFY(model.index(0, static_cast<int>(Column::Title)).data(Qt::ToolTipRole).isNull());
}

void TestTableModel::editRevalidatesTheCellAndItsDuplicates()
{
    IndicatorTableModel model;
    const Indicator other = test::indicatorWith({{Field::IndicatorValue, QString(64, u'b')}});
    model.setDocument(documentOf({test::validIndicator(), test::validIndicator(), other}));
    QVERIFY(model.document().issues(1).contains(IssueCode::RowDuplicate));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy issues(&model, &IndicatorTableModel::issuesChanged);
    // Row 0 becomes a copy of row 2: row 1 is no longer a duplicate, row 2 now is the first of a pair.
    QVERIFY(model.setData(model.index(0, columnOfField(Field::IndicatorValue)), QString(64, u'b')));
    QVERIFY(!model.document().issues(1).contains(IssueCode::RowDuplicate));
    QVERIFY(model.document().issues(2).contains(IssueCode::RowDuplicate));
    QVERIFY(!model.document().issues(0).contains(IssueCode::RowDuplicate));
    QList<int> rows;
    for (const auto &args : changed)
        rows.append(args.at(0).toModelIndex().row());
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{0, 1, 2}));
    QCOMPARE(issues.count(), 1);

    // Setting the same text again changes nothing.
    changed.clear();
    QVERIFY(!model.setData(model.index(0, columnOfField(Field::IndicatorValue)), QString(64, u'b')));
    QCOMPARE(changed.count(), 0);
}

void TestTableModel::statusColumnIsReadOnly()
{
    IndicatorTableModel model;
    model.setDocument(documentOf({test::validIndicator()}));
    const QModelIndex status = model.index(0, static_cast<int>(Column::Status));
    QVERIFY(!(model.flags(status) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(status, QStringLiteral("x")));
    QVERIFY(model.flags(model.index(0, columnOfField(Field::Title))) & Qt::ItemIsEditable);
}

void TestTableModel::headersNameFieldsAndApiNames()
{
    IndicatorTableModel model;
    QCOMPARE(model.headerData(columnOfField(Field::IndicatorValue), Qt::Horizontal).toString(),
             QStringLiteral("Indicator value"));
    QCOMPARE(model.headerData(columnOfField(Field::IndicatorValue), Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("indicatorValue"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

// A failed or unsent row that the analyst has changed no longer shows the old outcome as if it were
// current; a new submission's outcomes replace the mark.
void TestTableModel::editedFailedRowsSayTheirOutcomeIsHistory()
{
    IndicatorTableModel model;
    model.setDocument(documentOf({test::validIndicator(), test::validIndicator(), test::validIndicator()}));
    const RowId failed = model.rowIdAt(0);
    const RowId notSent = model.rowIdAt(1);
    const RowId untouched = model.rowIdAt(2);
    auto outcomes = std::make_shared<SubmitOutcomes>();
    outcomes->set(failed, {RowStatus::Failed, {}, QStringLiteral("Bad value")});
    outcomes->set(notSent, {RowStatus::NotSent, {}, QStringLiteral("Cancelled")});
    outcomes->set(untouched, {RowStatus::Failed, {}, QStringLiteral("Bad value")});
    model.setOutcomes(outcomes);
    const auto status = [&model](int row, int role = Qt::DisplayRole) {
        return model.index(row, static_cast<int>(Column::Status)).data(role).toString();
    };
    QCOMPARE(status(0), QStringLiteral("Failed: Bad value"));
    QCOMPARE(status(1), QStringLiteral("Not sent: Cancelled"));

    QVERIFY(model.setData(model.index(0, static_cast<int>(Column::Title)), QStringLiteral("fixed"), Qt::EditRole));
    QVERIFY(model.setData(model.index(1, static_cast<int>(Column::Title)), QStringLiteral("fixed"), Qt::EditRole));
    QCOMPARE(status(0), QStringLiteral("Edited since it failed: Bad value"));
    QVERIFY(status(0, Qt::ToolTipRole).contains(QStringLiteral("edited since; Resubmit Failed sends it again")));
    QCOMPARE(status(1), QStringLiteral("Edited since it was not sent: Cancelled"));
    QCOMPARE(status(2), QStringLiteral("Failed: Bad value"));
    // Still a failed row for the status filter and for Resubmit Failed.
    QCOMPARE(model.index(0, 0).data(IndicatorTableModel::SubmitStateRole).toInt(),
             static_cast<int>(SubmitState::Failed));

    model.setOutcomes(std::make_shared<SubmitOutcomes>(*outcomes));
    QCOMPARE(status(0), QStringLiteral("Failed: Bad value"));
    QCOMPARE(status(1), QStringLiteral("Not sent: Cancelled"));
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "TestTableModel.moc"
