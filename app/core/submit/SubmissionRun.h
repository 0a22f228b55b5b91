// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/submit/ImportEngine.h"
#include "core/submit/RowOutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <utility>
#include <vector>

namespace im {

class ApiClient;
class IndicatorTable;

// A row of the table the plan leaves out, by table row, with the plan's reason and, when there is one,
// the specific problem (the row's first error, say).
struct PlannedLeftOut
{
    PlannedLeftOut() = default;
    PlannedLeftOut(int row_, PlanOutcome why_, QString detail_ = QString(),
                   std::optional<IssueCode> issue_ = std::nullopt)
        : row(row_)
        , why(why_)
        , detail(std::move(detail_))
        , issue(issue_)
    {
    }

    int row = 0;
    PlanOutcome why = PlanOutcome::Invalid;
    QString detail;                 // a specific reason in words (the CLI names the error in full)
    std::optional<IssueCode> issue; // Invalid: the row's first error, named in the language of the moment
};

// One submission, the same for the window and the CLI: the plan's rows go to the tenant through the
// ImportEngine, the rows the plan leaves out are settled Not sent with why, so every row of the run
// has exactly one outcome (RowOutcome). It reports progress with batches and the time left, and waits
// for the rate limit as such (a 429's Retry-After, or the client's own limiter holding a batch back,
// which would otherwise look like a hang). Everything runs on the event loop; nothing blocks.
class SubmissionRun : public QObject
{
    Q_OBJECT

public:
    // A finished run, for the summary, the history and the CLI's figures.
    struct Summary
    {
        int rows = 0;
        int succeeded = 0;
        int failed = 0;
        int notSent = 0;
        std::vector<std::pair<QString, int>> failureGroups; // the service's reason, rows; most frequent first
        qint64 durationMs = 0;
        int rateLimitWaits = 0;
        qint64 rateLimitWaitMs = 0;
        ImportEngine::Stop stop = ImportEngine::Stop::None;
        QString stopMessage; // why the run ended early; empty when every row was tried
    };

    explicit SubmissionRun(ApiClient *client, QObject *parent = nullptr);
    ~SubmissionRun() override;

    void setOptions(const ImportOptions &options) { m_options = options; }
    [[nodiscard]] const ImportOptions &options() const { return m_options; }

    // Sends `rows` (table rows, in sending order) and settles `leftOut` as Not sent. False, with
    // problem() saying why, when nothing was started (not signed in, already running, no rows).
    bool start(const IndicatorTable &table, const std::vector<int> &rows,
               const std::vector<PlannedLeftOut> &leftOut = {});
    // Stops after the batch in flight; the rows not sent become Not sent and can be resumed.
    void cancel();
    // Sends the rows a cancelled or interrupted run did not settle.
    bool resume();

    [[nodiscard]] bool isRunning() const { return m_engine.isRunning(); }
    [[nodiscard]] bool canResume() const;
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] const ImportEngine &engine() const { return m_engine; }
    [[nodiscard]] ApiClient *client() const { return m_client; }

    // The outcome of a table row given to start() (sent or left out); rows not given: status None.
    [[nodiscard]] RowOutcome outcome(int tableRow) const;
    // The rows given to start(): those sent, in sending order, then those left out.
    [[nodiscard]] const std::vector<int> &rows() const { return m_rows; }

    // The figures of a finished run over these outcomes (the run's own, or as the grid merged them).
    [[nodiscard]] Summary summarize(const std::vector<RowOutcome> &outcomes) const;

Q_SIGNALS:
    void started(int rows);
    // settled of total rows sent; batches done of batchesTotal; msLeft -1 while unknown.
    void progress(int settled, int total, int batchesDone, int batchesTotal, qint64 msLeft);
    void waitingForRateLimit(qint64 waitMs);
    void rateLimitWaitEnded();
    void finished();

private:
    void onProgress(int settled, int total);
    void onFinished();
    void probeRateLimit();

    QPointer<ApiClient> m_client;
    ImportEngine m_engine;
    ImportOptions m_options;
    std::vector<int> m_rows;
    int m_sent = 0;
    std::vector<PlannedLeftOut> m_leftOut;
    QHash<int, int> m_leftOutIndex; // table row -> index in m_leftOut
    QElapsedTimer m_clock;
    qint64 m_elapsedBefore = 0; // time spent by the run before a resume
    qint64 m_durationMs = 0;
    QTimer m_waitProbe;
    bool m_limiterWaiting = false;
    int m_waits = 0;
    qint64 m_waitMs = 0;
    QString m_problem;
};

} // namespace im
