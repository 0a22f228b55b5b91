// SPDX-License-Identifier: GPL-3.0-or-later
// The import engine against the sandbox as a real process, over HTTP and HTTPS: one run per fault kind,
// each checking the final state of every row and that the tenant holds every indicator exactly once.
#include "core/io/ReportWriter.h"
#include "core/net/ApiCall.h"
#include "core/submit/ImportJournal.h"
#include "core/submit/ImportResultMatcher.h"
#include "support/ImportHarness.h"
#include "support/SandboxProcess.h"
#include "support/TestCertificates.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

constexpr double kTimeScale = 60; // rate windows of one second

// Checks every row's final state and the tenant: each succeeded row's indicator is there once, with the
// id the row got, and nothing else is.
void verifyAllSucceeded(ImportEngine &engine, const IndicatorTable &table, SandboxProcess &sandbox)
{
    const ImportEngine::Stats stats = engine.stats();
    QCOMPARE(stats.rows, table.rowCount());
    QCOMPARE(stats.succeeded, table.rowCount());
    QCOMPARE(stats.failed + stats.notSent + stats.pending, 0);

    const QJsonArray listed = sandbox.listAll();
    QCOMPARE(listed.size(), table.rowCount());
    QHash<QString, QString> idOfValue;
    QSet<QString> keys;
    for (const QJsonValue &v : listed) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("indicatorType")).toString() + u'|'
                            + o.value(QLatin1String("indicatorValue")).toString().toLower() + u'|'
                            + o.value(QLatin1String("action")).toString();
        QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("duplicate in the tenant: ") + key));
        keys.insert(key);
        idOfValue.insert(o.value(QLatin1String("indicatorValue")).toString(), o.value(QLatin1String("id")).toString());
    }
    for (int row = 0; row < table.rowCount(); ++row) {
        const RowOutcome outcome = engine.outcome(row);
        QCOMPARE(outcome.statusName(), QStringLiteral("Succeeded"));
        QVERIFY(outcome.failureReason.isEmpty());
        QCOMPARE(outcome.id, idOfValue.value(table.text(row, Field::IndicatorValue)));
    }
}

int importedRows(SandboxProcess &sandbox)
{
    int rows = 0;
    const QJsonArray calls =
        sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray();
    for (const QJsonValue &c : calls)
        rows += c.toArray().at(2).toInt() == 200 ? c.toArray().at(1).toInt() : 0;
    return rows;
}

} // namespace

class TestImportEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRowSettlesUnderEachFault_data();
    void everyRowSettlesUnderEachFault();
    void tokensThatExpireMidRunAreRenewed();
    void invalidRowsFailWithTheServiceReasonVerbatim();
    void badRepliesGiveAClearErrorAndLoseNoRow_data();
    void badRepliesGiveAClearErrorAndLoseNoRow();
    void rowsWithTheSameValueNeverShareABatch();
    void rowsBeyondCapacityFailWithTheServiceText();
    void cancelStopsAfterTheBatchInFlight();
    void resumeSendsOnlyRowsThatDidNotSucceed();
    void journalLetsACrashedImportResumeWithoutResending();
    void lostRepliesAreLookedUpBeforeAnyResend();
    void journalRecordsBatchesInFlightBeforeTheyLeave();
    void wholeBatchRefusalIsNarrowedToTheRowsThatCauseIt();
    void normalisedEchoesFindTheirRows();
    void resultsFallBackToOrderOnlyWhenOnePerRowInOrder();
    void rowsThatExpireDuringTheRunAreNotSent();
    void rowsThatExpireBeforeTheirBatchCanLeaveStayHome();
    void tornJournalRecordIsCutOffAndEarlierOnesSurvive();
    void resultsAreWrittenWithTheReportWriter();
    void unreachableServiceStopsWithEveryRowNotSent();

private:
    TestCertificates m_certs;
};

void TestImportEngine::initTestCase()
{
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
}

void TestImportEngine::everyRowSettlesUnderEachFault_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("noUpsert");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<int>("timeoutMs");

    const QList<QPair<const char *, QStringList>> cases = {
        {"no fault", {}},
        {"5xx three times", {QStringLiteral("5xx:count=3")}},
        {"503 on a third of calls", {QStringLiteral("5xx:rate=0.3,status=503")}},
        {"reset before processing", {QStringLiteral("reset-before:count=4")}},
        {"reset after commit", {QStringLiteral("reset-after:count=4")}},
        {"slow replies beyond the timeout", {QStringLiteral("slow:count=2,delay=1500")}},
        {"malformed JSON", {QStringLiteral("malformed-json:count=2")}},
        {"results missing", {QStringLiteral("missing-results:count=4,fraction=0.2")}},
        {"results reordered", {QStringLiteral("reorder-results:rate=1")}},
        {"results of the wrong type", {QStringLiteral("wrong-types:count=2,fraction=0.3")}},
        {"token expires mid-run",
         {QStringLiteral("expire-token:count=1,after=2,endpoint=import"),
          QStringLiteral("expire-token:count=1,after=6,endpoint=import")}},
        {"truncated replies", {QStringLiteral("truncated:count=2")}},
        {"huge reply", {QStringLiteral("huge:count=1")}},
        {"plain text reply", {QStringLiteral("non-json:count=2")}},
        {"HTML error page", {QStringLiteral("html:count=2")}},
        // Every kind in one run, each on its own request (`after` spaces them out), so one import meets
        // them all one after the other.
        {"every fault in one run",
         {QStringLiteral("5xx:count=1,after=1"), QStringLiteral("reset-before:count=1,after=2"),
          QStringLiteral("reset-after:count=1,after=3"), QStringLiteral("malformed-json:count=1,after=4"),
          QStringLiteral("missing-results:count=1,after=5,fraction=0.3"),
          QStringLiteral("reorder-results:count=1,after=6"), QStringLiteral("wrong-types:count=1,after=7,fraction=0.3"),
          QStringLiteral("expire-token:count=1,after=8,endpoint=import"), QStringLiteral("truncated:count=1,after=9"),
          QStringLiteral("huge:count=1,after=10"), QStringLiteral("non-json:count=1,after=11"),
          QStringLiteral("html:count=1,after=12"), QStringLiteral("5xx:count=1,after=13,status=503")}},
    };
    // "no-upsert": a service where every Import row creates a new indicator, so a row sent twice is
    // a duplicate in the tenant (verifyAllSucceeded() finds it).
    for (const auto &[https, noUpsert] : {std::pair{false, false}, std::pair{true, false}, std::pair{false, true}}) {
        for (const auto &[name, faults] : cases) {
            const QByteArray tag = QByteArray(https ? "https: " : "http: ") + (noUpsert ? "no-upsert: " : "") + name;
            QTest::newRow(tag.constData())
                << https << noUpsert << faults << (faults.value(0).startsWith(QLatin1String("slow")) ? 700 : 5000);
        }
    }
}

void TestImportEngine::everyRowSettlesUnderEachFault()
{
    QFETCH(bool, https);
    QFETCH(bool, noUpsert);
    QFETCH(QStringList, faults);
    QFETCH(int, timeoutMs);

    SandboxProcess sandbox;
    QStringList args{QStringLiteral("--time-scale"), QString::number(kTimeScale)};
    if (noUpsert)
        args << QStringLiteral("--no-upsert");
    for (const QString &f : faults)
        args << QStringLiteral("--fault") << f;
    if (https)
        args << QStringLiteral("--tls-cert") << m_certs.serverCert() << QStringLiteral("--tls-key")
             << m_certs.serverKey();
    QVERIFY2(sandbox.start(args, https ? m_certs.caFile() : QString()), qPrintable(sandbox.error()));
    QCOMPARE(sandbox.url().startsWith(QLatin1String("https://")), https);

    const IndicatorTable table = validRows(1000, 7);
    ImportHarness harness(sandbox, kTimeScale, timeoutMs);
    // Smaller batches when many faults take turns, so there are calls enough for each of them.
    harness.options().batchSize = faults.size() > 2 ? 50 : 100;
    QVERIFY(harness.run(table));
    QCOMPARE(harness.engine().stopReason(), ImportEngine::Stop::Completed);
    verifyAllSucceeded(harness.engine(), table, sandbox);
    // The service processed every row exactly once: a row whose reply was lost was looked up in the
    // tenant, not sent again.
    QCOMPARE(importedRows(sandbox), table.rowCount());
    // Every fault really happened.
    const QJsonArray described = sandbox.stats().value(QLatin1String("faults")).toArray();
    QCOMPARE(described.size(), faults.size());
    for (const QJsonValue &rule : described)
        QVERIFY2(rule.toObject().value(QLatin1String("fired")).toInt() > 0,
                 qPrintable(rule.toObject().value(QLatin1String("spec")).toString()));
}

void TestImportEngine::tokensThatExpireMidRunAreRenewed()
{
    // Tokens live one second; the run lasts longer, so the client must renew before expiry (and, should
    // the clock race it, once on a 401).
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--token-lifetime"),
                       QStringLiteral("1"), QStringLiteral("--fault"), QStringLiteral("slow:rate=1,delay=150")}));
    const IndicatorTable table = validRows(1000, 8);
    ImportHarness harness(sandbox, kTimeScale);
    harness.options().batchSize = 100;
    QVERIFY(harness.run(table));
    verifyAllSucceeded(harness.engine(), table, sandbox);
    QVERIFY(sandbox.stats().value(QLatin1String("tokensIssued")).toInt() >= 2);
}

void TestImportEngine::invalidRowsFailWithTheServiceReasonVerbatim()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}));
    IndicatorTable table = validRows(3, 2);
    Indicator internal = table.indicator(0);
    internal[Field::IndicatorType] = QStringLiteral("IpAddress");
    internal[Field::IndicatorValue] = QStringLiteral("10.1.2.3");
    table.appendIndicator(internal);
    Indicator shortHash = table.indicator(0);
    shortHash[Field::IndicatorValue] = QStringLiteral("abc123");
    table.appendIndicator(shortHash);

    ImportHarness harness(sandbox, kTimeScale);
    QVERIFY(harness.run(table));
    ImportEngine &engine = harness.engine();
    for (int row = 0; row < 3; ++row)
        QCOMPARE(engine.outcome(row).statusName(), QStringLiteral("Succeeded"));
    QCOMPARE(engine.outcome(3).statusName(), QStringLiteral("Failed"));
    QCOMPARE(engine.outcome(3).failureReason,
             QStringLiteral("Ip address 10.1.2.3 is not a public address; internal addresses cannot be indicators"));
    QVERIFY(engine.outcome(3).id.isEmpty());
    QCOMPARE(engine.outcome(4).statusName(), QStringLiteral("Failed"));
    QCOMPARE(engine.outcome(4).failureReason, QStringLiteral("Hash value abc123 is invalid"));
    QCOMPARE(sandbox.listAll().size(), 3);

    // Resume sends only the rows that did not succeed.
    const int before = importedRows(sandbox);
    QVERIFY(engine.resume());
    QVERIFY(harness.wait());
    QCOMPARE(importedRows(sandbox) - before, 2);
    QCOMPARE(engine.stats().failed, 2);
}

void TestImportEngine::badRepliesGiveAClearErrorAndLoseNoRow_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << QStringLiteral("non-json:rate=1") << QStringLiteral("malformed-reply")
                              << QStringLiteral("not JSON");
    QTest::newRow("truncated") << QStringLiteral("truncated:rate=1") << QStringLiteral("connection-closed")
                               << QStringLiteral("closed before the whole reply arrived");
    QTest::newRow("huge") << QStringLiteral("huge:rate=1") << QStringLiteral("reply-too-large")
                          << QStringLiteral("larger than");
    QTest::newRow("wrong types in results")
        << QStringLiteral("wrong-types:rate=1,fraction=0.5") << QString() << QStringLiteral("isFailed");
    QTest::newRow("list of the wrong type") << QStringLiteral("wrong-types:rate=1,fraction=1")
                                            << QStringLiteral("malformed-reply") << QStringLiteral("not a list");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed-json:rate=1") << QStringLiteral("malformed-reply")
                                    << QStringLiteral("could not be read");
    QTest::newRow("HTML error page") << QStringLiteral("html:rate=1") << QStringLiteral("html-reply")
                                     << QStringLiteral("web page");
    QTest::newRow("HTML page with 200") << QStringLiteral("html:rate=1,status=200") << QStringLiteral("html-reply")
                                        << QStringLiteral("web page");
}

void TestImportEngine::badRepliesGiveAClearErrorAndLoseNoRow()
{
    QFETCH(QString, fault);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--fault"), fault}));
    const IndicatorTable table = validRows(250, 3);
    ImportHarness harness(sandbox, kTimeScale);
    harness.options().batchSize = 100;
    harness.options().retry.maxAttempts = 2;
    harness.options().maxResends = 1;
    QVERIFY(harness.run(table));
    ImportEngine &engine = harness.engine();
    const ImportEngine::Stats stats = engine.stats();
    // No row disappears: every row is in exactly one final state.
    QCOMPARE(stats.succeeded + stats.failed + stats.notSent, table.rowCount());
    QCOMPARE(stats.pending, 0);
    // Every reply was spoiled after the service had committed the batch: the rows without a usable
    // result are found in the tenant instead of being sent again or given up.
    QCOMPARE(engine.stopReason(), ImportEngine::Stop::Completed);
    QCOMPARE(stats.succeeded, table.rowCount());
    QVERIFY(stats.confirmed > 0);
    QCOMPARE(importedRows(sandbox), table.rowCount());
    // The reply's fault is still named clearly for the report.
    if (!errorCode.isEmpty()) {
        QCOMPARE(engine.lastError().code(), errorCode);
        QVERIFY2(engine.lastError().message().contains(messagePart), qPrintable(engine.lastError().message()));
    }
}

void TestImportEngine::rowsWithTheSameValueNeverShareABatch()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--fault"),
                           QStringLiteral("reorder-results:rate=1")}));
    IndicatorTable table;
    Indicator ind = validRows(1).indicator(0);
    for (const char *action : {"Block", "Warn", "Allowed"}) {
        ind[Field::Action] = QString::fromLatin1(action);
        table.appendIndicator(ind);
    }
    ImportHarness harness(sandbox, kTimeScale);
    QVERIFY(harness.run(table));
    QSet<QString> ids;
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(harness.engine().outcome(row).statusName(), QStringLiteral("Succeeded"));
        ids.insert(harness.engine().outcome(row).id);
    }
    QCOMPARE(ids.size(), 3); // three indicators: same value, three actions
    QCOMPARE(sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size(),
             3);
    QCOMPARE(sandbox.listAll().size(), 3);
}

void TestImportEngine::rowsBeyondCapacityFailWithTheServiceText()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--seed"),
                           QStringLiteral("14990")}));
    const IndicatorTable table = validRows(20, 4);
    ImportHarness harness(sandbox, kTimeScale);
    QVERIFY(harness.run(table));
    for (int row = 0; row < 20; ++row) {
        const RowOutcome o = harness.engine().outcome(row);
        QCOMPARE(o.statusName(), row < 10 ? QStringLiteral("Succeeded") : QStringLiteral("Failed"));
        if (row >= 10)
            QCOMPARE(o.failureReason, QStringLiteral("Max capacity exceeded"));
    }
    QCOMPARE(sandbox.stats().value(QLatin1String("indicators")).toInt(), 15000);
}

void TestImportEngine::cancelStopsAfterTheBatchInFlight()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--fault"),
                           QStringLiteral("slow:rate=1,delay=400")}));
    const IndicatorTable table = validRows(500, 5);
    ImportHarness harness(sandbox, kTimeScale);
    harness.options().batchSize = 100;
    QVERIFY(harness.engine().start(table, ImportHarness::allRows(table), harness.options()));
    // Cancel while the first batch is on the wire.
    QTRY_COMPARE_WITH_TIMEOUT(
        sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size(), 1,
        5000);
    harness.engine().cancel();
    QVERIFY(harness.wait());
    ImportEngine &engine = harness.engine();
    QCOMPARE(engine.stopReason(), ImportEngine::Stop::Cancelled);
    QCOMPARE(engine.stats().succeeded, 100);
    QCOMPARE(engine.stats().notSent, 400);
    for (int row = 100; row < 500; ++row)
        QCOMPARE(engine.outcome(row).failureReason,
                 QStringLiteral("The import was cancelled before this row was sent."));
    QCOMPARE(sandbox.listAll().size(), 100);
}

void TestImportEngine::resumeSendsOnlyRowsThatDidNotSucceed()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--fault"),
                           QStringLiteral("slow:rate=1,delay=300")}));
    const IndicatorTable table = validRows(400, 6);
    ImportHarness harness(sandbox, kTimeScale);
    harness.options().batchSize = 100;
    QVERIFY(harness.engine().start(table, ImportHarness::allRows(table), harness.options()));
    QTRY_COMPARE_WITH_TIMEOUT(
        sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size(), 2,
        5000);
    harness.engine().cancel();
    QVERIFY(harness.wait());
    const int succeededBefore = harness.engine().stats().succeeded;
    QCOMPARE(succeededBefore, 200);
    QVERIFY(QFileInfo::exists(harness.engine().journalPath())); // kept: there is something to resume

    QVERIFY(harness.engine().resume());
    QVERIFY(harness.wait());
    verifyAllSucceeded(harness.engine(), table, sandbox);
    QCOMPARE(importedRows(sandbox), 400);              // the 200 that had succeeded were not sent again
    QVERIFY(harness.engine().journalPath().isEmpty()); // removed: nothing left to resume
}

void TestImportEngine::journalLetsACrashedImportResumeWithoutResending()
{
    // --no-upsert: resending the batch that was on the wire at the crash would leave duplicates.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--fault"),
                           QStringLiteral("slow:rate=1,delay=300"), QStringLiteral("--no-upsert")}));
    const IndicatorTable table = validRows(500, 9);
    QTemporaryDir journals;
    {
        ImportHarness crashing(sandbox, kTimeScale);
        crashing.options().batchSize = 100;
        crashing.options().journalDirectory = journals.path();
        QVERIFY(crashing.engine().start(table, ImportHarness::allRows(table), crashing.options()));
        QTRY_COMPARE_WITH_TIMEOUT(crashing.engine().stats().succeeded, 200, 10000);
        // The "crash": the engine and its connection vanish mid-batch, without finishing anything.
    }
    QCOMPARE(QDir(journals.path()).entryList(QDir::Files).size(), 1);
    const int sentBefore = importedRows(sandbox);
    QVERIFY(sentBefore >= 200);

    ImportHarness resumed(sandbox, kTimeScale);
    resumed.options().batchSize = 100;
    resumed.options().journalDirectory = journals.path();
    QVERIFY(resumed.run(table));
    const ImportEngine::Stats stats = resumed.engine().stats();
    // 200 journaled as succeeded; the batch on the wire was looked up in the tenant first: found
    // (the service had committed it) or sent again (it had not arrived).
    QVERIFY2(stats.fromJournal == 200 || stats.fromJournal == 300, qPrintable(QString::number(stats.fromJournal)));
    QCOMPARE(stats.confirmed, stats.fromJournal - 200);
    QCOMPARE(stats.reconciliations, 1);
    verifyAllSucceeded(resumed.engine(), table, sandbox);
    QCOMPARE(importedRows(sandbox), 500); // every row processed once: nothing was sent twice
    QCOMPARE(QDir(journals.path()).entryList(QDir::Files).size(), 0);
}

void TestImportEngine::lostRepliesAreLookedUpBeforeAnyResend()
{
    // Three replies lost after the service committed the batch, on a service that does not upsert.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--no-upsert"),
                           QStringLiteral("--fault"), QStringLiteral("reset-after:count=3,after=1")}));
    const IndicatorTable table = validRows(600, 12);
    ImportHarness harness(sandbox, kTimeScale);
    harness.options().batchSize = 100;
    QVERIFY(harness.run(table));
    QCOMPARE(harness.engine().stopReason(), ImportEngine::Stop::Completed);
    const QJsonObject serviceStats = sandbox.stats();
    // One List read per lost reply, and none refused for the rate limit.
    QCOMPARE(serviceStats.value(QLatin1String("calls")).toObject().value(QLatin1String("list")).toArray().size(), 3);
    QCOMPARE(serviceStats.value(QLatin1String("throttled")).toObject().value(QLatin1String("list")).toInt(), 0);
    const ImportEngine::Stats stats = harness.engine().stats();
    QCOMPARE(stats.confirmed, 300); // the three lost batches, found in the tenant with their ids
    QCOMPARE(stats.reconciliations, 3);
    QCOMPARE(importedRows(sandbox), 600);
    verifyAllSucceeded(harness.engine(), table, sandbox);
}

void TestImportEngine::journalRecordsBatchesInFlightBeforeTheyLeave()
{
    QTemporaryDir dir;
    ConnectionSettings settings = ConnectionSettings::forCloud(Cloud::Commercial);
    settings.tenantId = QStringLiteral("t");
    settings.clientId = QStringLiteral("c");
    const QByteArray identity = ImportJournal::identity(settings, {"a", "b", "c", "d", "e"});
    QString error;
    {
        ImportJournal journal(dir.path());
        QVERIFY2(journal.open(identity, 5, settings, &error), qPrintable(error));
        QVERIFY(journal.recoveredInFlight().empty());
        QVERIFY(journal.markInFlight({0, 1}, 1000));
        QVERIFY(journal.settle({0, 1}, {{0, QStringLiteral("101")}})); // 1 failed: settled, not succeeded
        QVERIFY(journal.markInFlight({2, 3}, 2000));
        QVERIFY(journal.settle({2}, {{2, QStringLiteral("103")}})); // 3 had no result: still in flight
        QVERIFY(journal.markInFlight({4}, 3000));
        // The process dies here, with 3 and 4 unanswered.
    }
    ImportJournal journal(dir.path());
    QVERIFY(journal.open(identity, 5, settings, &error));
    QCOMPARE(journal.recovered().size(), size_t(2));
    QCOMPARE(journal.recoveredInFlight(), (std::vector<int>{3, 4}));
    QCOMPARE(journal.recoveredInFlightSinceMs(), qint64(2000));
}

void TestImportEngine::wholeBatchRefusalIsNarrowedToTheRowsThatCauseIt()
{
    // A service whose strict parser refuses the whole body (400) for one property of the wrong type.
    // Three rows of 500 carry Generate alert as text, which the engine sends as a JSON string.
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--strict-body")}));
    IndicatorTable table = validRows(500, 13);
    const QList<int> poisoned = {17, 250, 498};
    for (int row : poisoned)
        table.setText(row, Field::GenerateAlert, QStringLiteral("sometimes"));
    ImportHarness harness(sandbox, kTimeScale);
    QVERIFY(harness.run(table));
    ImportEngine &engine = harness.engine();
    QCOMPARE(engine.stopReason(), ImportEngine::Stop::Completed);
    const ImportEngine::Stats stats = engine.stats();
    QCOMPARE(stats.succeeded, 497);
    QCOMPARE(stats.failed, 3);
    QCOMPARE(stats.notSent + stats.pending, 0);
    for (int row = 0; row < table.rowCount(); ++row) {
        const RowOutcome o = engine.outcome(row);
        if (poisoned.contains(row)) {
            QCOMPARE(o.statusName(), QStringLiteral("Failed"));
            // The service's own text, verbatim.
            QVERIFY2(o.failureReason.startsWith(QStringLiteral("Request body is incorrect: Indicators[0]: ")),
                     qPrintable(o.failureReason));
            QVERIFY2(o.failureReason.contains(QStringLiteral("generateAlert")), qPrintable(o.failureReason));
        } else {
            QCOMPARE(o.statusName(), QStringLiteral("Succeeded"));
        }
    }
    QCOMPARE(sandbox.listAll().size(), 497);
    const QJsonObject serviceStats = sandbox.stats();
    QCOMPARE(serviceStats.value(QLatin1String("throttled")).toObject().value(QLatin1String("import")).toInt(), 0);
    const qsizetype calls =
        serviceStats.value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size();
    QCOMPARE(calls, qsizetype(1 + stats.splitCalls));
    QVERIFY(stats.splitCalls > 0);
    QVERIFY(stats.splitCalls <= 60); // about two calls per halving for each poisoned row
    qInfo("500 rows, 3 poisoned: %lld Import calls (%d to narrow down)", static_cast<long long>(calls),
          stats.splitCalls);
}

void TestImportEngine::normalisedEchoesFindTheirRows()
{
    // The service echoes each value as it stores it: lower-case hashes and hosts, compressed IPv6,
    // punycode, no trailing slash. Every row must still get its own result, without a resend.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--echo"),
                           QStringLiteral("normalised"), QStringLiteral("--no-upsert"), QStringLiteral("--fault"),
                           QStringLiteral("reorder-results:rate=0.5")}));
    IndicatorTable table = validRows(400, 21);
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString value = table.text(row, Field::IndicatorValue);
        switch (row % 8) {
        case 0:
        case 1:
            table.setText(row, Field::IndicatorValue, value.toUpper()); // hashes
            break;
        case 2:
            table.setText(row, Field::IndicatorValue, value.toUpper()); // a domain in capitals
            break;
        case 3:
            table.setText(row, Field::IndicatorValue,
                          value.left(8).toUpper() + value.mid(8) + u'/'); // HTTPS://...path/
            break;
        case 6: // an internationalised domain name
            table.setText(row, Field::IndicatorValue, QStringLiteral("bücher-%1.example").arg(row));
            break;
        case 7: // IPv6 in the full form we send; the service echoes it compressed
            table.setText(row, Field::IndicatorType, QStringLiteral("IpAddress"));
            table.setText(row, Field::IndicatorValue, QStringLiteral("2001:4860:4860:0:0:0:0:%1").arg(row, 0, 16));
            table.setText(row, Field::Action, QStringLiteral("Block"));
            break;
        default: break;
        }
    }
    ImportHarness harness(sandbox, kTimeScale);
    harness.options().batchSize = 100;
    QVERIFY(harness.run(table));
    const ImportEngine::Stats stats = harness.engine().stats();
    QCOMPARE(stats.succeeded, 400);
    QCOMPARE(stats.resentRows, 0);
    QCOMPARE(stats.confirmed, 0); // matched on the echo, not looked up
    QCOMPARE(importedRows(sandbox), 400);
    QCOMPARE(sandbox.listAll().size(), 400);
}

void TestImportEngine::resultsFallBackToOrderOnlyWhenOnePerRowInOrder()
{
    using Kind = ImportResultMatcher::RowResult::Kind;
    const std::vector<QString> keys = {ImportResultMatcher::valueKey(QStringLiteral("a.example")),
                                       ImportResultMatcher::valueKey(QStringLiteral("b.example")),
                                       ImportResultMatcher::valueKey(QStringLiteral("c.example"))};
    auto result = [](const QString &echo, const QString &id) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("indicator"), echo},
                           {QStringLiteral("isFailed"), false},
                           {QStringLiteral("failureReason"), QJsonValue::Null}};
    };
    std::vector<ImportResultMatcher::RowResult> results;
    QString problem;
    // One result per row, in order; the middle echo is in a form we do not know: it is the middle row's.
    QVERIFY(ImportResultMatcher::match(
        QJsonObject{
            {QStringLiteral("value"), QJsonArray{result(QStringLiteral("A.EXAMPLE."), QStringLiteral("1")),
                                                 result(QStringLiteral("b.example (normalised)"), QStringLiteral("2")),
                                                 result(QStringLiteral("c.example"), QStringLiteral("3"))}}},
        keys, &results, &problem));
    QCOMPARE(results[0].kind, Kind::Succeeded);
    QCOMPARE(results[0].id, QStringLiteral("1"));
    QCOMPARE(results[1].kind, Kind::Succeeded);
    QCOMPARE(results[1].id, QStringLiteral("2"));
    QCOMPARE(results[2].id, QStringLiteral("3"));
    // The same reply reordered: a recognised echo out of place means the order is not the request's,
    // so the unknown echo ties to no row.
    QVERIFY(ImportResultMatcher::match(
        QJsonObject{
            {QStringLiteral("value"), QJsonArray{result(QStringLiteral("c.example"), QStringLiteral("3")),
                                                 result(QStringLiteral("b.example (normalised)"), QStringLiteral("2")),
                                                 result(QStringLiteral("a.example"), QStringLiteral("1"))}}},
        keys, &results, &problem));
    QCOMPARE(results[0].id, QStringLiteral("1"));
    QCOMPARE(results[1].kind, Kind::Missing);
    QCOMPARE(results[2].id, QStringLiteral("3"));
    // A result short: no position is trusted.
    QVERIFY(ImportResultMatcher::match(
        QJsonObject{{QStringLiteral("value"), QJsonArray{result(QStringLiteral("a.example"), QStringLiteral("1")),
                                                         result(QStringLiteral("unknown"), QStringLiteral("2"))}}},
        keys, &results, &problem));
    QCOMPARE(results[1].kind, Kind::Missing);
    QCOMPARE(results[2].kind, Kind::Missing);
    // Normalised forms of one value share a key; different values do not.
    QCOMPARE(ImportResultMatcher::valueKey(QStringLiteral("2001:4860:4860:0:0:0:0:8888")),
             ImportResultMatcher::valueKey(QStringLiteral("2001:4860:4860::8888")));
    QCOMPARE(ImportResultMatcher::valueKey(QStringLiteral("HTTPS://Bücher.example/a/")),
             ImportResultMatcher::valueKey(QStringLiteral("https://xn--bcher-kva.example/a")));
    QCOMPARE(ImportResultMatcher::valueKey(QStringLiteral("Bücher.Example.")), QStringLiteral("xn--bcher-kva.example"));
    QVERIFY(ImportResultMatcher::valueKey(QStringLiteral("https://a.example/x"))
            != ImportResultMatcher::valueKey(QStringLiteral("https://a.example/y")));
}

void TestImportEngine::rowsThatExpireDuringTheRunAreNotSent()
{
    // The second batch's rows were valid when the run started (2 s left), but the first batch takes
    // 3.5 s: by the time theirs is due their expiration has passed, and they stay home.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale), QStringLiteral("--fault"),
                           QStringLiteral("slow:count=1,delay=3500")}));
    IndicatorTable table = validRows(200, 31);
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    const QString later = QDateTime::currentDateTimeUtc().addDays(30).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    for (int row = 0; row < table.rowCount(); ++row)
        table.setText(row, Field::ExpirationTime, row < 100 ? later : soon);
    ImportHarness harness(sandbox, kTimeScale, 20000);
    harness.options().batchSize = 100;
    QVERIFY(harness.run(table));
    const ImportEngine::Stats stats = harness.engine().stats();
    QCOMPARE(stats.succeeded, 100);
    QCOMPARE(stats.notSent, 100);
    for (int row = 100; row < 200; ++row) {
        const RowOutcome o = harness.engine().outcome(row);
        QCOMPARE(o.statusName(), QStringLiteral("NotSent"));
        QVERIFY2(o.failureReason.contains(soon), qPrintable(o.failureReason));
    }
    QCOMPARE(importedRows(sandbox), 100);
    QCOMPARE(sandbox.listAll().size(), 100);
}

void TestImportEngine::rowsThatExpireBeforeTheirBatchCanLeaveStayHome()
{
    // One row a batch, at the real rate: 30 batches may leave at once, the 31st only a minute later.
    // Every row expires in 40 s, so rows 0-29 are sent and rows 30-31 are NotSent at submit time,
    // before any call, with the estimate as the reason; no call is spent on them.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}));
    IndicatorTable table = validRows(32, 41);
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(40).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    for (int row = 0; row < table.rowCount(); ++row)
        table.setText(row, Field::ExpirationTime, soon);
    ImportHarness harness(sandbox, 1, 20000);
    harness.options().batchSize = 1;
    QVERIFY(harness.engine().start(table, ImportHarness::allRows(table), harness.options()));
    for (int row = 30; row < 32; ++row) {
        const RowOutcome o = harness.engine().outcome(row);
        QCOMPARE(o.statusName(), QStringLiteral("NotSent"));
        QVERIFY2(o.failureReason.contains(soon), qPrintable(o.failureReason));
        // A row that stays home takes no batch, so row 31 would have gone in batch 31 as well.
        QVERIFY2(o.failureReason.contains(QStringLiteral("batch (number 31)")), qPrintable(o.failureReason));
    }
    QCOMPARE(harness.engine().outcome(29).statusName(), QStringLiteral("Pending"));
    QVERIFY(harness.wait(30000));
    const ImportEngine::Stats stats = harness.engine().stats();
    QCOMPARE(stats.succeeded, 30);
    QCOMPARE(stats.notSent, 2);
    QCOMPARE(sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size(),
             30);
    QCOMPARE(sandbox.listAll().size(), 30);
}

void TestImportEngine::tornJournalRecordIsCutOffAndEarlierOnesSurvive()
{
    QTemporaryDir dir;
    ConnectionSettings settings = ConnectionSettings::forCloud(Cloud::Commercial);
    settings.tenantId = QStringLiteral("t");
    settings.clientId = QStringLiteral("c");
    const QByteArray identity = ImportJournal::identity(settings, {"a", "b", "c"});
    QString error;
    QString path;
    {
        ImportJournal journal(dir.path());
        QVERIFY2(journal.open(identity, 3, settings, &error), qPrintable(error));
        QVERIFY(journal.append({{0, QStringLiteral("101")}}));
        QVERIFY(journal.append({{1, QStringLiteral("102")}}));
        path = journal.path();
    }
    // A crash in the middle of the third record.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    const QByteArray record = ImportJournal::encodeRecord(R"({"s":[[2,"103"]]})");
    file.write(record.left(record.size() - 7));
    file.close();
    {
        ImportJournal journal(dir.path());
        QVERIFY(journal.open(identity, 3, settings, &error));
        QCOMPARE(journal.recovered().size(), size_t(2));
        QCOMPARE(journal.recovered()[1].id, QStringLiteral("102"));
        QVERIFY(journal.append({{2, QStringLiteral("103")}}));
    }
    ImportJournal journal(dir.path());
    QVERIFY(journal.open(identity, 3, settings, &error));
    QCOMPARE(journal.recovered().size(), size_t(3));
    // Another import (other rows) never picks up these records.
    ImportJournal other(dir.path());
    QVERIFY(other.open(ImportJournal::identity(settings, {"a", "b", "x"}), 3, settings, &error));
    QCOMPARE(other.recovered().size(), size_t(0));
    // No secret or token is in the file.
    QFile content(path);
    QVERIFY(content.open(QIODevice::ReadOnly));
    const QByteArray text = content.readAll();
    QVERIFY(!text.contains("secret"));
    QVERIFY(!text.contains("eyJ"));
}

void TestImportEngine::resultsAreWrittenWithTheReportWriter()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}));
    IndicatorTable table = validRows(2, 11);
    Indicator bad = table.indicator(0);
    bad[Field::IndicatorValue] = QStringLiteral("=cmd|' /C calc'!A0");
    table.appendIndicator(bad);
    ImportHarness harness(sandbox, kTimeScale);
    QVERIFY(harness.run(table));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReportWriter::writeCsv(
        table, [&](int row) { return harness.engine().outcome(row); }, buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines[0].endsWith("Status,Id,FailureReason\r"));
    QVERIFY(lines[1].contains(QByteArray(",Succeeded," + harness.engine().outcome(0).id.toLatin1() + ",")));
    QVERIFY(lines[3].contains(",Failed,,"));
    QVERIFY(lines[3].contains("'=cmd")); // formula neutralised
}

void TestImportEngine::unreachableServiceStopsWithEveryRowNotSent()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QString url = sandbox.url();
    sandbox.stop(); // nothing listens there any more
    ConnectionSettings settings = sandbox.settings();
    settings.apiUrl = QUrl(url);
    settings.loginUrl = QUrl(url);
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    QVERIFY(client.configure(settings, SandboxProcess::demoSecret()).isEmpty());
    ImportEngine engine(&client);
    ImportOptions options;
    options.useJournal = false;
    options.retry.baseDelayMs = 10; // still retried: a network blip mid-run must not stop an import
    const IndicatorTable table = validRows(10);
    QSignalSpy finished(&engine, &ImportEngine::finished);
    QVERIFY(engine.start(table, ImportHarness::allRows(table), options));
    QVERIFY(finished.wait(10000));
    QCOMPARE(engine.stopReason(), ImportEngine::Stop::Connection);
    QCOMPARE(engine.lastError().kind(), ApiError::Kind::Unreachable);
    QCOMPARE(engine.stats().notSent, 10);
    QVERIFY(engine.outcome(0).failureReason.contains(QStringLiteral("Cannot connect to 127.0.0.1")));
}

QTEST_GUILESS_MAIN(TestImportEngine)
#include "TestImportEngine.moc"
