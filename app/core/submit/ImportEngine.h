// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/ServiceLimits.h"
#include "core/net/ApiError.h"
#include "core/net/RetryPolicy.h"
#include "core/submit/ImportJournal.h"
#include "core/submit/RowOutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace im {

class ApiCall;
class ApiClient;
class IndicatorPager;
class IndicatorTable;

struct ImportOptions
{
    int batchSize = limits::kMaxIndicatorsPerImport; // clamped to 1..500
    RetryPolicy retry;
    int maxResends = limits::kMaxRowResends; // times a row without a result is sent again before it is given up
    bool useJournal = true;
    QString journalDirectory; // empty: ImportJournal::defaultDirectory()
};

// Sends rows of a table to the Import API and settles every one of them: each row ends Succeeded
// (with the indicator id), Failed (with the service's reason, verbatim) or NotSent (with why).
//
// Batches hold at most 500 rows and go out as fast as the client's rate limiter allows (30 calls a
// minute, shared/spec §3.1). Transient failures are retried with backoff and jitter; a reply that
// omits, reorders or garbles results is matched row by row, and rows left without a result are sent
// again. Nothing is resent blindly: whether the service upserts is undocumented, and some create a
// second indicator for a repeated row. A batch is marked in flight in the journal before it leaves;
// when its reply is lost (a reset, a timeout, a 5xx, an unreadable reply, missing results) or the
// process dies, its rows are first looked up in the tenant through List (the indicators created since
// the batch left, ImportEngine.cpp: kReconcileLookBackMs) and only the rows not found there go again.
// A row found with the same matching key and every sent field equal is Succeeded with that id
// ("confirmed", counted in Stats::confirmed).
//
// A 400 for the whole body ("usually incorrect body") is narrowed down: the batch's halves go on their
// own, and the halves of a refused half, until the rows that cause it stand alone and fail with the
// service's text while the others succeed (at most kMaxSplitCallsPerBatch calls a batch, within the
// rate limit like any other call).
//
// Expiration is checked at submit time against the earliest moment each row's batch can leave under
// the rate limit (batch b: b / 30 whole minutes on), and again as each batch leaves: a row whose
// expiration time comes first is NotSent with that reason.
//
// Everything runs on the event loop of the calling thread; nothing blocks.
class ImportEngine : public QObject
{
    Q_OBJECT

public:
    using RowState = RowStatus; // a row given to start() is Pending until it settles
    enum class Stop : quint8 {
        None,      // still running, or never started
        Completed, // every row was tried
        Cancelled,
        SignIn,     // signing in or a permission failed (CLI exit code 3)
        Connection, // the service could not be reached or kept failing (CLI exit code 4)
    };

    using Options = ImportOptions;

    struct Stats
    {
        int rows = 0;
        int succeeded = 0;
        int failed = 0;
        int notSent = 0;
        int pending = 0;
        int calls = 0;           // Import requests made, retries and resends included
        int batches = 0;         // batches settled
        int retries = 0;         // batches sent again after a transient failure
        int resentRows = 0;      // rows sent again because their result was missing or broken
        int throttled = 0;       // 429 answers met (waited out)
        int fromJournal = 0;     // rows an interrupted run had already imported (journaled, or found in the tenant)
        int confirmed = 0;       // rows found in the tenant after a lost reply or an interrupted run, not sent again
        int reconciliations = 0; // List reads made to look for rows whose reply was lost
        int splitCalls = 0;      // Import calls of halves sent to find the rows that made the service refuse a batch
    };

    explicit ImportEngine(ApiClient *client, QObject *parent = nullptr);
    ~ImportEngine() override;

    // Starts sending `rows` (table row numbers, in order). The rows' content is copied, so the table
    // may change afterwards. Returns false (and does nothing) while a run is going on.
    bool start(const IndicatorTable &table, const std::vector<int> &rows, const Options &options = Options());
    // Stops after the batch in flight; rows not sent become NotSent.
    void cancel();
    // Sends again every row that did not succeed (Failed and NotSent), in their original order.
    bool resume();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] Stop stopReason() const { return m_stop; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    [[nodiscard]] Stats stats() const;
    [[nodiscard]] QString journalPath() const { return m_journal ? m_journal->path() : QString(); }
    [[nodiscard]] QString journalProblem() const { return m_journalProblem; }

    // The outcome of a table row given to start(); rows not given get an empty status.
    [[nodiscard]] RowOutcome outcome(int tableRow) const;
    [[nodiscard]] RowState state(int tableRow) const;

Q_SIGNALS:
    void progress(int settled, int total);
    void throttled(qint64 waitMs);
    void finished();

private:
    struct Item
    {
        int tableRow = 0;
        QJsonObject json;
        QString key;
        RowState state = RowState::Pending;
        QString id;
        QString reason;
        int resends = 0;
        QString lastProblem;            // why the last result for this row was unusable
        quint64 keyHash = 0;            // hashKey() of the matching key with the action
        quint64 fieldsHash = 0;         // sentFieldsHash()
        qint64 uncertainSinceMs = 0;    // sent at this time (ms since the epoch) without a usable answer; 0: not
        bool inFlightAtRestart = false; // an interrupted run had it on the wire
    };

    void scheduleNext();
    void sendBatch();
    void onBatchFinished();
    void settleBatch(const QJsonObject &reply);
    void stopRun(Stop stop, const QString &reason);
    void finishRun();
    void emitProgress();
    void dropRowsExpiringBeforeTheirBatch();
    void setState(Item &item, RowState state);
    void retryOrStop(const ApiError &error);
    void openJournal();
    bool dropExpiredRows(); // true when nothing of the batch is left to send (the run moved on)
    void markUncertain(const std::vector<int> &items);
    void reconcileBatch();
    void onReconciled();
    void settleInJournal(const std::vector<int> &cleared, const std::vector<ImportJournal::Entry> &succeeded);

    ApiClient *m_client;
    Options m_options;
    std::vector<Item> m_items;
    QHash<int, int> m_itemOfRow;
    std::deque<int> m_queue;               // items waiting to be sent
    std::vector<int> m_batch;              // items of the batch being sent
    std::deque<std::vector<int>> m_splits; // halves of a refused batch, to be sent before the queue
    int m_splitBudget = 0;                 // split calls left for the batch being narrowed down
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    int m_failures = 0; // consecutive transient failures of the current batch
    bool m_running = false;
    bool m_cancelRequested = false;
    Stop m_stop = Stop::None;
    ApiError m_lastError;
    Stats m_counters;
    std::array<int, 5> m_stateCounts{}; // items per RowState
    QByteArray m_identity;
    std::unique_ptr<ImportJournal> m_journal;
    QString m_journalProblem;
    IndicatorPager *m_pager = nullptr;         // reads the tenant to reconcile rows whose reply was lost
    std::vector<QJsonObject> m_reconcileItems; // what the pager has read so far
    qint64 m_batchSentAtMs = 0;
};

} // namespace im
