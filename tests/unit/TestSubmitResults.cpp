// SPDX-License-Identifier: GPL-3.0-or-later
// Submission results without a network: outcomes by RowId, failure advice, filtering by result, and
// the SQLite import history (round trip, clear, damaged file).
#include "core/indicator/IndicatorTable.h"
#include "core/submit/FailureAdvice.h"
#include "core/submit/ImportHistory.h"
#include "core/submit/SubmitOutcomes.h"
#include "core/view/RowMatcher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

class TestSubmitResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsFailureReasonsMostFrequentFirst();
    void rowsLeftOutAreNotSentAndResentOnlyWhenTheyHadErrors();
    void notSentReasonsNameTheErrorAndAreGrouped();
    void advisesOnKnownReasonsOnly_data();
    void advisesOnKnownReasonsOnly();
    void filtersRowsByResultAndReason();
    void historyKeepsRunsAndReports();
    void damagedHistorySaysSoAndClearDoesNotCrash();
};

void TestSubmitResults::groupsFailureReasonsMostFrequentFirst()
{
    SubmitOutcomes o;
    o.set(1, {RowStatus::Succeeded, QStringLiteral("10"), {}});
    o.set(2, {RowStatus::Failed, {}, QStringLiteral("B reason")});
    o.set(3, {RowStatus::Failed, {}, QStringLiteral("A reason")});
    o.set(4, {RowStatus::Failed, {}, QStringLiteral("B reason")});
    o.set(5, {RowStatus::NotSent, {}, QStringLiteral("cancelled")});
    QCOMPARE(o.state(1), SubmitState::Succeeded);
    QCOMPARE(o.state(5), SubmitState::NotSent);
    QCOMPARE(o.state(99), SubmitState::None);
    QCOMPARE(o.count(SubmitState::Failed), 3);
    const auto groups = o.failureGroups();
    QCOMPARE(groups.size(), size_t(2));
    QCOMPARE(groups[0].first, QStringLiteral("B reason"));
    QCOMPARE(groups[0].second, 2);
    QCOMPARE(groups[1].first, QStringLiteral("A reason"));
    std::vector<RowId> resend = o.toResend();
    std::sort(resend.begin(), resend.end());
    QCOMPARE(resend, (std::vector<RowId>{2, 3, 4, 5}));
}

void TestSubmitResults::rowsLeftOutAreNotSentAndResentOnlyWhenTheyHadErrors()
{
    SubmitOutcomes o;
    o.set(1, {RowStatus::Succeeded, QStringLiteral("10"), {}});
    o.setLeftOut({1, PlanOutcome::Unchanged}); // a row the tenant took keeps that outcome
    o.setLeftOut({2, PlanOutcome::Invalid});
    o.setLeftOut({3, PlanOutcome::Duplicate});
    o.setLeftOut({4, PlanOutcome::ExcludedByUser});
    o.setLeftOut({5, PlanOutcome::Unchanged});
    o.setLeftOut({6, PlanOutcome::OverLimit});
    o.setLeftOut({7, PlanOutcome::New}); // sent: no outcome from the plan
    QCOMPARE(o.state(1), SubmitState::Succeeded);
    QCOMPARE(o.outcome(1).id, QStringLiteral("10"));
    for (RowId row : {2u, 3u, 4u, 5u, 6u})
        QCOMPARE(o.state(row), SubmitState::NotSent);
    QCOMPARE(o.state(7), SubmitState::None);
    QCOMPARE(o.outcome(2).reason(), QStringLiteral("It had errors when it was submitted; fix them and resubmit."));
    QCOMPARE(o.outcome(5).reason(), QStringLiteral("The tenant already held it unchanged."));
    QCOMPARE(o.count(SubmitState::NotSent), 5);
    // Only the row left out for its errors is sent again; the others were left out on purpose.
    QCOMPARE(o.toResend(), std::vector<RowId>{2});
    // Sent later, a row left out on purpose is an ordinary outcome again.
    o.set(3, {RowStatus::Failed, {}, QStringLiteral("A reason")});
    std::vector<RowId> resend = o.toResend();
    std::sort(resend.begin(), resend.end());
    QCOMPARE(resend, (std::vector<RowId>{2, 3}));
}

void TestSubmitResults::notSentReasonsNameTheErrorAndAreGrouped()
{
    IndicatorTable table;
    std::vector<RowId> ids;
    for (int i = 0; i < 4; ++i)
        ids.push_back(table.appendIndicator(Indicator()));
    auto o = std::make_shared<SubmitOutcomes>();
    o->setLeftOut({ids[0], PlanOutcome::Invalid, IssueCode::ValueDefanged});
    o->setLeftOut({ids[1], PlanOutcome::Invalid, IssueCode::ValueDefanged});
    o->setLeftOut({ids[2], PlanOutcome::Duplicate});
    o->set(ids[3], {RowStatus::Failed, {}, QStringLiteral("A reason")});
    const QString defanged =
        QStringLiteral("It had errors when it was submitted (Defanged value); fix them and resubmit.");
    QCOMPARE(o->outcome(ids[0]).reason(), defanged);
    const auto groups = o->notSentGroups();
    QCOMPARE(groups.size(), size_t(2));
    QCOMPARE(groups[0], std::make_pair(defanged, 2));
    QCOMPARE(groups[1], std::make_pair(QStringLiteral("It repeats an earlier row of the table."), 1));

    // A reason picked in the Submission panel shows the rows not sent for it, as it does failed rows.
    RowFilter filter;
    filter.outcomes = o;
    filter.failureReason = defanged;
    const RowMatcher matcher(filter);
    QList<int> shown;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (matcher.matches(table, row))
            shown.append(row);
    }
    QCOMPARE(shown, (QList<int>{0, 1}));
}

void TestSubmitResults::advisesOnKnownReasonsOnly_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("fixContains"); // empty: no advice
    QTest::newRow("capacity") << "Max capacity exceeded"
                              << "Delete indicators";
    QTest::newRow("empty value") << "Recieved an empty indicator value."
                                 << "Enter the value";
    QTest::newRow("private ip")
        << "Ip address 10.0.0.1 is not a public address; internal addresses cannot be indicators"
        << "public address";
    QTest::newRow("cidr") << "Ip address 1.2.3.0/24 is invalid: CIDR notation is not supported"
                          << "its own row";
    QTest::newRow("hash") << "Hash value abc is invalid"
                          << "hexadecimal";
    QTest::newRow("missing") << "Parameter title is missing"
                             << "Fill in title";
    QTest::newRow("too long") << "Field title exceeds the maximum length of 256"
                              << "at most 256";
    QTest::newRow("action") << "Action Block is not supported for indicator type CertificateThumbprint"
                            << "actions";
    QTest::newRow("audit") << "generateAlert must be true when action is Audit"
                           << "Generate alert";
    QTest::newRow("input") << "Invalid input Critical for severity"
                           << "severity";
    QTest::newRow("unknown") << "Something the service never said"
                             << "";
}

void TestSubmitResults::advisesOnKnownReasonsOnly()
{
    QFETCH(QString, reason);
    QFETCH(QString, fixContains);
    const FailureAdvice advice = FailureAdvice::forReason(reason);
    QCOMPARE(advice.isEmpty(), fixContains.isEmpty());
    if (!fixContains.isEmpty())
        QVERIFY2(advice.fix.contains(fixContains), qPrintable(advice.fix));
}

void TestSubmitResults::filtersRowsByResultAndReason()
{
    IndicatorTable table;
    std::vector<RowId> ids;
    for (int i = 0; i < 4; ++i) {
        Indicator ind;
        ind[Field::Title] = QStringLiteral("row %1").arg(i);
        ids.push_back(table.appendIndicator(ind));
    }
    auto outcomes = std::make_shared<SubmitOutcomes>();
    outcomes->set(ids[0], {RowStatus::Succeeded, QStringLiteral("1"), {}});
    outcomes->set(ids[1], {RowStatus::Failed, {}, QStringLiteral("X")});
    outcomes->set(ids[2], {RowStatus::Failed, {}, QStringLiteral("Y")});
    // Row 3 was never sent.
    const auto matching = [&](ResultFilter result, std::optional<QString> reason) {
        RowFilter f;
        f.result = result;
        f.failureReason = std::move(reason);
        f.outcomes = outcomes;
        RowMatcher m(f);
        QList<int> rows;
        for (int r = 0; r < table.rowCount(); ++r) {
            if (m.matches(table, r))
                rows.append(r);
        }
        return rows;
    };
    QCOMPARE(matching(ResultFilter::Any, std::nullopt), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(matching(ResultFilter::Succeeded, std::nullopt), QList<int>{0});
    QCOMPARE(matching(ResultFilter::Failed, std::nullopt), (QList<int>{1, 2}));
    QCOMPARE(matching(ResultFilter::Unsuccessful, std::nullopt), (QList<int>{1, 2}));
    QCOMPARE(matching(ResultFilter::NotSent, std::nullopt), QList<int>{});
    QCOMPARE(matching(ResultFilter::Failed, QStringLiteral("Y")), QList<int>{2});
    RowFilter a;
    a.result = ResultFilter::Failed;
    RowFilter b = a;
    QVERIFY(a == b && !a.isEmpty());
    b.failureReason = QStringLiteral("Y");
    QVERIFY(a != b);
    QVERIFY(!b.narrows(a)); // another reason is not a narrower text filter
}

void TestSubmitResults::historyKeepsRunsAndReports()
{
    QTemporaryDir dir;
    ImportHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    IndicatorTable table;
    Indicator ind;
    ind[Field::IndicatorType] = QStringLiteral("DomainName");
    ind[Field::IndicatorValue] = QStringLiteral("evil.example");
    ind[Field::Title] = QStringLiteral("=cmd|' /C calc'!A0");
    table.appendIndicator(ind);
    ind[Field::IndicatorValue] = QStringLiteral("worse.example");
    table.appendIndicator(ind);
    HistoryEntry entry;
    entry.when = QDateTime::currentDateTimeUtc();
    entry.profile = QStringLiteral("soc");
    entry.tenant = QStringLiteral("tenant-1");
    entry.file = QStringLiteral("/data/feed.csv");
    entry.succeeded = 1;
    entry.failed = 1;
    QString error;
    const qint64 id = history.record(entry, table, {1, 0},
                                     {{RowStatus::Succeeded, QStringLiteral("7"), {}},
                                      {RowStatus::Failed, {}, QStringLiteral("Domain name evil.example is invalid")}},
                                     &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto entries = history.entries(&error);
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].profile, QStringLiteral("soc"));
    QCOMPARE(entries[0].tenant, QStringLiteral("tenant-1"));
    QCOMPARE(entries[0].file, QStringLiteral("/data/feed.csv"));
    QCOMPARE(entries[0].failed, 1);
    QCOMPARE(entries[0].when.toSecsSinceEpoch(), entry.when.toSecsSinceEpoch());
    HistoryReport report;
    QVERIFY(history.report(id, &report, &error));
    QCOMPARE(report.table.rowCount(), 2);
    // In sending order: table row 1 first.
    QCOMPARE(report.table.text(0, Field::IndicatorValue), QStringLiteral("worse.example"));
    QCOMPARE(report.table.text(1, Field::Title), QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(report.outcomes[0].id, QStringLiteral("7"));
    QCOMPARE(report.outcomes[1].failureReason, QStringLiteral("Domain name evil.example is invalid"));
    QVERIFY(history.clear(&error));
    QVERIFY(history.entries(&error).empty());
    QVERIFY(!history.report(id, &report, &error) || report.table.rowCount() == 0);
}

void TestSubmitResults::damagedHistorySaysSoAndClearDoesNotCrash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3\0 but then garbage" + QByteArray(4096, '\x7f'));
    file.close();
    ImportHistory history(path);
    QString error;
    QVERIFY(!history.open(&error));
    QVERIFY2(error.contains(QStringLiteral("damaged")) || error.contains(QStringLiteral("cannot be opened")),
             qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("Submitting works as usual")));
    error.clear();
    QVERIFY(!history.clear(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(history.entries(&error).empty());
}

QTEST_GUILESS_MAIN(TestSubmitResults)
#include "TestSubmitResults.moc"
