// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/net/ApiClient.h"
#include "core/submit/AfterRun.h"
#include "core/submit/SubmissionRun.h"
#include "core/submit/SubmitOutcomes.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace im {

class ImportHistory;
class IndicatorTableModel;

// Sends rows of the grid to the tenant and brings each row's outcome back into the grid. The preview's
// "Submit…" and the main window's actions all come here with the rows to send; a SubmissionRun (the
// same the CLI's import uses) does the sending, on the event loop, so the window stays responsive. When a run ends its outcomes join
// the grid's (by RowId) and the run is added to the import history; a history that cannot be written
// is reported and never stops the submission.
class SubmitController : public QObject
{
    Q_OBJECT

public:
    using Summary = SubmissionRun::Summary;

    SubmitController(IndicatorTableModel *model, QObject *parent = nullptr);
    ~SubmitController() override;

    // The connection to send through; set before start() (the run is made for it).
    void setClient(ApiClient *client);
    [[nodiscard]] ApiClient *client() const { return m_client; }
    void setOptions(const ImportOptions &options);
    void setHistory(ImportHistory *history) { m_history = history; }
    void setProfile(const QString &profile) { m_profile = profile; }
    [[nodiscard]] QString profile() const { return m_profile; }
    void setFileName(const QString &file) { m_file = file; }

    // Sends these rows (in this order); the rows left out get a Not sent outcome with the reason when
    // the run ends. False, with problem() saying why, when nothing was started.
    bool start(const std::vector<RowId> &rows, const std::vector<LeftOutRow> &leftOut = {});
    // Sends again, as they are now, the rows of the grid that failed or were not sent (rows left out
    // on purpose excepted); those that have errors now are left out again.
    bool resubmitFailed();
    // How many rows of the grid resubmitFailed() would consider (failed or not sent, still in the table).
    [[nodiscard]] int resendableCount() const;
    // Why the last run's rows were not sent, worded now, with how many rows each; the most frequent first.
    [[nodiscard]] std::vector<std::pair<QString, int>> notSentGroups() const;
    void cancel();
    // Sends the rows a cancelled or interrupted run did not settle.
    bool resume();

    [[nodiscard]] bool isRunning() const { return m_run && m_run->isRunning(); }
    [[nodiscard]] bool canResume() const { return m_run && !m_rows.empty() && m_run->canResume(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] const Summary &summary() const { return m_summary; }
    // The indicators the last run imported (its rows that succeeded), for the after-run panel.
    [[nodiscard]] const std::vector<AfterRun::Indicator> &imported() const { return m_imported; }
    [[nodiscard]] qint64 lastHistoryId() const { return m_historyId; }

    // The last run's rows, sent and left out, in the grid's order, with their outcomes, as a report.
    bool writeReport(const QString &path, bool json, QString *error) const;

Q_SIGNALS:
    void started(int rows);
    // settled of total rows; batches done of about batchesTotal; msLeft -1 while unknown.
    void progress(int settled, int total, int batchesDone, int batchesTotal, qint64 msLeft);
    // The run waits this long for the rate limit (the service's 429, or our own limiter holding the
    // next batch back so as not to cause one): it has not hung.
    void waitingForRateLimit(qint64 waitMs);
    void rateLimitWaitEnded();
    void finished(const SubmitController::Summary &summary);
    // The history could not be opened or written; the submission itself is unaffected.
    void historyProblem(const QString &message);

private:
    void onFinished();
    void recordHistory();
    // The last run's rows as table rows, in table order (rows deleted since are skipped).
    [[nodiscard]] std::vector<int> reportedTableRows() const;

    IndicatorTableModel *m_model;
    QPointer<ApiClient> m_client;
    std::unique_ptr<SubmissionRun> m_run;
    ImportOptions m_options;
    ImportHistory *m_history = nullptr;
    QString m_profile;
    QString m_file;
    std::vector<RowId> m_rows; // the run's rows, sent then left out, as SubmissionRun::rows() has them
    bool m_documentReplaced = false;
    QString m_problem;
    Summary m_summary;
    std::vector<AfterRun::Indicator> m_imported;
    qint64 m_historyId = 0;
};

} // namespace im
