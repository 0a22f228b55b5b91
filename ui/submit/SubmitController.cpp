// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/SubmitController.h"

#include "core/io/ReportWriter.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/submit/ImportHistory.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace im {

SubmitController::SubmitController(IndicatorTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Another file replaced the table: its RowIds mean other rows now, so the run stops and its
    // outcomes are not put on them.
    connect(m_model, &IndicatorTableModel::documentReplaced, this, [this] {
        m_documentReplaced = true;
        if (isRunning())
            m_run->cancel();
    });
}

SubmitController::~SubmitController() = default;

void SubmitController::setClient(ApiClient *client)
{
    if (isRunning())
        m_run->cancel();
    m_client = client;
    m_run.reset();
    if (!client)
        return;
    m_run = std::make_unique<SubmissionRun>(client);
    m_run->setOptions(m_options);
    connect(m_run.get(), &SubmissionRun::started, this, &SubmitController::started);
    connect(m_run.get(), &SubmissionRun::progress, this, &SubmitController::progress);
    connect(m_run.get(), &SubmissionRun::waitingForRateLimit, this, &SubmitController::waitingForRateLimit);
    connect(m_run.get(), &SubmissionRun::rateLimitWaitEnded, this, &SubmitController::rateLimitWaitEnded);
    connect(m_run.get(), &SubmissionRun::finished, this, &SubmitController::onFinished);
}

void SubmitController::setOptions(const ImportOptions &options)
{
    m_options = options;
    if (m_run)
        m_run->setOptions(options);
}

bool SubmitController::start(const std::vector<RowId> &rows, const std::vector<LeftOutRow> &leftOut)
{
    m_problem.clear();
    if (!m_run) {
        m_problem = tr("Sign in to a tenant first (Sign in menu).");
        return false;
    }
    // RowIds to the table rows they have now; the run knows rows by these positions.
    const IndicatorTable &table = m_model->document().table();
    std::vector<int> sendRows;
    std::vector<RowId> runIds;
    for (RowId id : rows) {
        const int row = table.rowOf(id);
        if (row < 0)
            continue;
        sendRows.push_back(row);
        runIds.push_back(id);
    }
    std::vector<PlannedLeftOut> left;
    for (const LeftOutRow &l : leftOut) {
        const int row = table.rowOf(l.row);
        if (row < 0)
            continue;
        left.emplace_back(row, l.why, QString(), l.issue);
        runIds.push_back(l.row);
    }
    m_documentReplaced = false;
    if (!m_run->start(table, sendRows, left)) {
        m_problem = m_run->problem();
        return false;
    }
    m_rows = std::move(runIds);
    return true;
}

int SubmitController::resendableCount() const
{
    if (!m_model->outcomes())
        return 0;
    const IndicatorTable &table = m_model->document().table();
    const std::vector<RowId> candidates = m_model->outcomes()->toResend();
    return static_cast<int>(
        std::count_if(candidates.begin(), candidates.end(), [&table](RowId id) { return table.rowOf(id) >= 0; }));
}

std::vector<std::pair<QString, int>> SubmitController::notSentGroups() const
{
    if (!m_model->outcomes())
        return {};
    std::vector<RowOutcome> outcomes;
    for (RowId id : m_rows)
        outcomes.push_back(m_model->outcomes()->outcome(id));
    return SubmitOutcomes::groupReasons(outcomes, RowStatus::NotSent);
}

bool SubmitController::resubmitFailed()
{
    if (!m_model->outcomes()) {
        m_problem = tr("Nothing has been submitted yet.");
        return false;
    }
    std::vector<RowId> candidates = m_model->outcomes()->toResend();
    // In the grid's order, so the run goes like the table.
    const IndicatorTable &table = m_model->document().table();
    std::sort(candidates.begin(), candidates.end(),
              [&table](RowId a, RowId b) { return table.rowOf(a) < table.rowOf(b); });
    std::vector<RowId> rows;
    std::vector<LeftOutRow> leftOut;
    for (RowId id : candidates) {
        const int row = table.rowOf(id);
        if (row < 0)
            continue; // deleted since
        if (table.issues(row).hasErrors())
            leftOut.emplace_back(id, PlanOutcome::Invalid, table.issues(row).firstError());
        else
            rows.push_back(id);
    }
    if (rows.empty() && !leftOut.empty()) {
        m_problem = tr("Every row left to send has errors; fix them first.");
        return false;
    }
    return start(rows, leftOut);
}

void SubmitController::cancel()
{
    if (m_run)
        m_run->cancel();
}

bool SubmitController::resume()
{
    m_problem.clear();
    if (!canResume())
        return false;
    if (!m_run->resume()) {
        m_problem = m_run->problem();
        return false;
    }
    return true;
}

void SubmitController::onFinished()
{
    auto outcomes = std::make_shared<SubmitOutcomes>(m_model->outcomes() ? *m_model->outcomes() : SubmitOutcomes());
    // The run knows rows by the table position they had at start(); rows may have moved since
    // (inserted or deleted meanwhile), so the outcomes go to the RowIds recorded then.
    const std::vector<int> &runRows = m_run->rows();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const RowOutcome o = m_run->outcome(runRows[i]);
        if (o.leftOut)
            outcomes->setLeftOut({m_rows[i], *o.leftOut, o.issue});
        else
            outcomes->set(m_rows[i], o);
    }
    std::vector<RowOutcome> reported;
    reported.reserve(m_rows.size());
    for (RowId id : m_rows)
        reported.push_back(outcomes->outcome(id));
    m_summary = m_run->summarize(reported);
    m_imported.clear();
    if (m_documentReplaced) {
        m_rows.clear(); // nothing left to report on or resume
    } else {
        const IndicatorTable &table = m_model->document().table();
        std::vector<int> succeeded;
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const int row = table.rowOf(m_rows[i]);
            if (row >= 0 && reported[i].status == RowStatus::Succeeded)
                succeeded.push_back(row);
        }
        std::sort(succeeded.begin(), succeeded.end());
        m_imported = AfterRun::indicatorsOf(table, succeeded);
        m_model->setOutcomes(std::move(outcomes));
        recordHistory();
    }
    Q_EMIT finished(m_summary);
}

void SubmitController::recordHistory()
{
    m_historyId = 0;
    if (!m_history)
        return;
    HistoryEntry entry;
    entry.when = QDateTime::currentDateTimeUtc().addMSecs(-m_summary.durationMs);
    entry.profile = m_profile;
    entry.tenant = m_client ? m_client->settings().tenantId : QString();
    entry.file = m_file;
    entry.succeeded = m_summary.succeeded;
    entry.failed = m_summary.failed;
    entry.notSent = m_summary.notSent;
    entry.durationMs = m_summary.durationMs;
    entry.throttled = m_summary.rateLimitWaits;
    const IndicatorTable &table = m_model->document().table();
    const std::vector<int> rows = reportedTableRows();
    std::vector<RowOutcome> outcomes;
    outcomes.reserve(rows.size());
    for (int row : rows)
        outcomes.push_back(m_model->outcomes()->outcome(table.rowId(row)));
    QString error;
    m_historyId = m_history->record(entry, table, rows, outcomes, &error);
    if (m_historyId == 0)
        Q_EMIT historyProblem(error);
}

std::vector<int> SubmitController::reportedTableRows() const
{
    const IndicatorTable &table = m_model->document().table();
    std::vector<int> rows;
    for (RowId id : m_rows) {
        const int row = table.rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool SubmitController::writeReport(const QString &path, bool json, QString *error) const
{
    const IndicatorTable &table = m_model->document().table();
    IndicatorTable rows;
    std::vector<RowOutcome> outcomes;
    for (int row : reportedTableRows()) {
        rows.appendIndicator(table.indicator(row));
        outcomes.push_back(m_model->outcomes() ? m_model->outcomes()->outcome(table.rowId(row)) : RowOutcome());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const auto outcome = [&outcomes](int row) { return outcomes[static_cast<size_t>(row)]; };
    const bool ok = json ? ReportWriter::writeJson(rows, outcome, file) : ReportWriter::writeCsv(rows, outcome, file);
    if (!ok || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace im
