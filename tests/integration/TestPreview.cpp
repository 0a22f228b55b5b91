// SPDX-License-Identifier: GPL-3.0-or-later
// The preview's figures against the sandbox as a real process, seeded with known indicators: the
// snapshot read through List with paging, the comparison by matching key (new, update, unchanged),
// the plan's exclusions by reason, batches, calls and quota, the expiration forecast, the first-K way
// out, and the clean-up through BatchDelete.
#include "core/batch/BatchPlanner.h"
#include "core/document/IndicatorDocument.h"
#include "core/io/IndicatorJson.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/preview/QuotaOutlook.h"
#include "core/preview/TenantComparison.h"
#include "core/preview/TenantSnapshotReader.h"
#include "core/tenant/BatchDeleter.h"
#include "support/PreviewScenario.h"
#include "support/SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

std::unique_ptr<IndicatorDocument> documentOf(const std::vector<Indicator> &rows)
{
    IndicatorTable table;
    for (const Indicator &row : rows)
        table.appendIndicator(row);
    auto document = std::make_unique<IndicatorDocument>(std::move(table));
    document->validateAll();
    return document;
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void comparesTheTableWithTheTenant();
    void sendingUnchangedRowsCountsThemAsUpdates();
    void rowsLeftOutByTheUserAreCountedApart();
    void batchesCallsAndMinimumTime();
    void forecastFollowsExpirations();
    void overTheLimitFirstRowsAndCleanup();
    void transientFailuresAreRetriedAndCancelStopsAWaitingRetry();

private:
    bool readSnapshot(TenantSnapshotReader &reader);

    QNetworkAccessManager m_manager;
    ApiClient m_client{&m_manager};
    SandboxProcess m_sandbox;
};

void TestPreview::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_sandbox.signIn(m_client));
}

void TestPreview::init()
{
    QVERIFY(m_sandbox.reset());
}

bool TestPreview::readSnapshot(TenantSnapshotReader &reader)
{
    QSignalSpy finished(&reader, &TenantSnapshotReader::finished);
    reader.start();
    return finished.wait(60000) && !reader.error().isError();
}

void TestPreview::comparesTheTableWithTheTenant()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    QCOMPARE(reader.snapshot().size(), 6);
    QCOMPARE(reader.pagesRead(), 1);

    const auto document = documentOf(scenarioRows());
    const IndicatorTable &table = document->table();
    const TenantComparison comparison = TenantComparison::compare(table, reader.snapshot());
    QCOMPARE(comparison.matchedRows, 4);
    const std::vector<bool> updates{false, true, false, true, false, false, false, false, false, false, false};
    const std::vector<bool> unchanged{true, false, true, false, false, false, false, false, false, false, false};
    QCOMPARE(comparison.updatesExisting, updates);
    QCOMPARE(comparison.unchanged, unchanged);
    // The four file indicators are matched, the two domains are not.
    QCOMPARE(std::count(comparison.tenantMatched.begin(), comparison.tenantMatched.end(), true), 4L);

    BatchPlanner::Options options;
    options.activeBefore = reader.snapshot().size();
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    options.recordOutcomes = true;
    const BatchPlan plan = BatchPlanner::plan(table, options);
    QCOMPARE(plan.rows, 11);
    QCOMPARE(plan.newIndicators, 5);
    QCOMPARE(plan.updates, 2);
    QCOMPARE(plan.excludedUnchanged, 2);
    QCOMPARE(plan.excludedInvalid, 1);
    QCOMPARE(plan.excludedDuplicate, 1);
    QCOMPARE(plan.excludedByUser, 0);
    QCOMPARE(plan.excludedOverLimit, 0);
    QCOMPARE(plan.sendable(), 7);
    QCOMPARE(plan.batches.size(), size_t(1));
    QCOMPARE(plan.batches[0], (std::vector<int>{1, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(plan.calls, 1);
    QCOMPARE(plan.minimumSeconds, qint64(0));
    QCOMPARE(plan.activeBefore, 6);
    QCOMPARE(plan.activeAfter, 11);
    QCOMPARE(plan.overLimitBy(), 0);
    const std::vector<PlanOutcome> outcomes{PlanOutcome::Unchanged, PlanOutcome::Update,   PlanOutcome::Unchanged,
                                            PlanOutcome::Update,    PlanOutcome::New,      PlanOutcome::New,
                                            PlanOutcome::New,       PlanOutcome::New,      PlanOutcome::New,
                                            PlanOutcome::Invalid,   PlanOutcome::Duplicate};
    QVERIFY(plan.outcomes == outcomes);
}

void TestPreview::sendingUnchangedRowsCountsThemAsUpdates()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    const auto document = documentOf(scenarioRows());
    const TenantComparison comparison = TenantComparison::compare(document->table(), reader.snapshot());
    BatchPlanner::Options options;
    options.activeBefore = reader.snapshot().size();
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    options.skipUnchanged = false;
    const BatchPlan plan = BatchPlanner::plan(document->table(), options);
    QCOMPARE(plan.sendable(), 9);
    QCOMPARE(plan.newIndicators, 5);
    QCOMPARE(plan.updates, 4);
    QCOMPARE(plan.excludedUnchanged, 0);
    QCOMPARE(plan.activeAfter, 11);
}

void TestPreview::rowsLeftOutByTheUserAreCountedApart()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    const auto document = documentOf(scenarioRows());
    const TenantComparison comparison = TenantComparison::compare(document->table(), reader.snapshot());
    BatchPlanner::Options options;
    options.activeBefore = reader.snapshot().size();
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    options.excludedRows = std::vector<bool>(11, false);
    options.excludedRows[1] = true; // an update
    options.excludedRows[5] = true; // a new one
    options.excludedRows[9] = true; // the invalid row: the user's choice is the reason shown
    const BatchPlan plan = BatchPlanner::plan(document->table(), options);
    QCOMPARE(plan.excludedByUser, 3);
    QCOMPARE(plan.excludedInvalid, 0);
    QCOMPARE(plan.newIndicators, 4);
    QCOMPARE(plan.updates, 1);
    QCOMPARE(plan.sendable(), 5);
    QCOMPARE(plan.activeAfter, 10);
}

void TestPreview::batchesCallsAndMinimumTime()
{
    // 16,234 new rows against an empty tenant: 33 batches, the last of 234; 33 calls take a minute at
    // 30 a minute; 1,234 over the limit.
    std::vector<Indicator> rows;
    for (int n = 0; n < 16234; ++n)
        rows.push_back(fileIndicator(1000 + n));
    const auto document = documentOf(rows);
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    QCOMPARE(reader.snapshot().size(), 0);
    const TenantComparison comparison = TenantComparison::compare(document->table(), reader.snapshot());
    BatchPlanner::Options options;
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    const BatchPlan plan = BatchPlanner::plan(document->table(), options);
    QCOMPARE(plan.batches.size(), size_t(33));
    QCOMPARE(plan.batches.front().size(), size_t(500));
    QCOMPARE(plan.batches.back().size(), size_t(234));
    QCOMPARE(plan.calls, 33);
    QCOMPARE(plan.minimumSeconds, qint64(60));
    QCOMPARE(plan.activeAfter, 16234);
    QCOMPARE(plan.overLimitBy(), 1234);
    QCOMPARE(BatchPlanner::rowsWithinLimit(document->table(), options), 15000);
}

void TestPreview::forecastFollowsExpirations()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // 11 after the scenario's import; one domain goes on day 2, the other on day 3.
    QCOMPARE(QuotaOutlook::activeByDay(reader.snapshot(), 11, now, 5), (std::vector<int>{11, 11, 10, 9, 9, 9}));
    const std::vector<bool> keep(6, false);
    const std::vector<int> two = QuotaOutlook::cleanupCandidates(reader.snapshot(), keep, 5, now, 7);
    QCOMPARE(two.size(), size_t(2)); // only the two domains expire at all
    QCOMPARE(reader.snapshot().at(two[0]).value, QStringLiteral("expiring-1.example.com"));
    QCOMPARE(reader.snapshot().at(two[1]).value, QStringLiteral("expiring-2.example.com"));
    QVERIFY(QuotaOutlook::cleanupCandidates(reader.snapshot(), keep, 5, now, 1).empty()); // none within a day
    std::vector<bool> keepFirst(6, false);
    keepFirst[static_cast<size_t>(two[0])] = true; // the table updates it: never deleted
    const std::vector<int> one = QuotaOutlook::cleanupCandidates(reader.snapshot(), keepFirst, 5, now, 7);
    QCOMPARE(one, std::vector<int>{two[1]});
}

void TestPreview::overTheLimitFirstRowsAndCleanup()
{
    QVERIFY(m_sandbox.seed(14990));
    QVERIFY(seedScenarioTenant(m_sandbox)); // 14,996 active
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    QCOMPARE(reader.snapshot().size(), 14996);
    QCOMPARE(reader.pagesRead(), 2); // 10,000 + 4,996

    const auto document = documentOf(scenarioRows());
    const IndicatorTable &table = document->table();
    TenantComparison comparison = TenantComparison::compare(table, reader.snapshot());
    BatchPlanner::Options options;
    options.activeBefore = reader.snapshot().size();
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    const BatchPlan over = BatchPlanner::plan(table, options);
    QCOMPARE(over.activeAfter, 15001);
    QCOMPARE(over.overLimitBy(), 1);

    // Way out 1: the first K rows. Room for 4 new ones: rows 1 and 3 (updates) and 4-7 fit, row 8 does not.
    const int k = BatchPlanner::rowsWithinLimit(table, options);
    QCOMPARE(k, 6);
    BatchPlanner::Options firstK = options;
    firstK.maxRows = k;
    const BatchPlan cut = BatchPlanner::plan(table, firstK);
    QCOMPARE(cut.sendable(), 6);
    QCOMPARE(cut.excludedOverLimit, 1);
    QCOMPARE(cut.activeAfter, 15000);
    QCOMPARE(cut.overLimitBy(), 0);

    // Way out 2: delete the indicator that expires soonest, through BatchDelete.
    const std::vector<int> picks = QuotaOutlook::cleanupCandidates(
        reader.snapshot(), comparison.tenantMatched, over.overLimitBy(), QDateTime::currentMSecsSinceEpoch(), 7);
    QCOMPARE(picks.size(), size_t(1));
    const TenantIndicator doomed = reader.snapshot().at(picks[0]);
    QCOMPARE(doomed.value, QStringLiteral("expiring-1.example.com"));
    BatchDeleter deleter(&m_client);
    QSignalSpy deleted(&deleter, &BatchDeleter::finished);
    deleter.start({doomed.id});
    QVERIFY(deleted.wait(30000));
    QVERIFY2(!deleter.error().isError(), qPrintable(deleter.error().message()));
    QCOMPARE(deleter.deleted(), 1);
    QCOMPARE(deleter.calls(), 1);

    QVERIFY(readSnapshot(reader));
    QCOMPARE(reader.snapshot().size(), 14995);
    comparison = TenantComparison::compare(table, reader.snapshot());
    options.activeBefore = reader.snapshot().size();
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    const BatchPlan after = BatchPlanner::plan(table, options);
    QCOMPARE(after.activeAfter, 15000);
    QCOMPARE(after.overLimitBy(), 0);
}

void TestPreview::transientFailuresAreRetriedAndCancelStopsAWaitingRetry()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    const auto calls = [this](const char *endpoint) {
        return m_sandbox.stats()
            .value(QStringLiteral("calls"))
            .toObject()
            .value(QLatin1String(endpoint))
            .toArray()
            .size();
    };
    // One List and one BatchDelete call fail with a 5xx: each job tries again and completes.
    QVERIFY(m_sandbox.setFaults(
        {QStringLiteral("5xx:count=1,endpoint=list"), QStringLiteral("5xx:count=1,endpoint=batchdelete")}));
    TenantSnapshotReader reader(&m_client);
    QVERIFY(readSnapshot(reader));
    QCOMPARE(reader.snapshot().size(), 6);
    QCOMPARE(calls("list"), 2);
    BatchDeleter deleter(&m_client);
    QSignalSpy deleted(&deleter, &BatchDeleter::finished);
    deleter.start({reader.snapshot().at(0).id});
    QVERIFY(deleted.wait(30000));
    QVERIFY2(!deleter.error().isError(), qPrintable(deleter.error().message()));
    QCOMPARE(deleter.deleted(), 1);
    QCOMPARE(deleter.calls(), 2);

    // Cancelled while it waits to retry, the reader finishes at once and sends nothing more.
    QVERIFY(m_sandbox.setFaults({QStringLiteral("5xx:count=1,endpoint=list")}));
    QSignalSpy finished(&reader, &TenantSnapshotReader::finished);
    const qsizetype before = calls("list");
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(calls("list"), before + 1, 10000);
    // The failed reply reaches the reader at once over loopback; its retry waits at least half of
    // the base delay (RetryPolicy). Once no call of the client is left, the reader is in that pause.
    QTRY_VERIFY(m_client.findChildren<ApiCall *>().isEmpty());
    QVERIFY(reader.isRunning());
    QCOMPARE(finished.count(), 0);
    reader.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(reader.error().kind(), ApiError::Kind::Cancelled);
    // A retry that survived the cancel would come on its own timer, after the policy's delay: nothing
    // but that time passing shows it did not.
    QTest::qWait(static_cast<int>(limits::kRetryBaseDelayMs) + 200);
    QCOMPARE(calls("list"), before + 1);
}

QTEST_GUILESS_MAIN(TestPreview)
#include "TestPreview.moc"
