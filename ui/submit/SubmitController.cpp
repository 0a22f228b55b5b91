// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/SubmitController.h"

#include "io/ReportWriter.h"
#include "model/IndicatorTableModel.h"
#include "net/ApiClient.h"
#include "net/CallLimiter.h"
#include "submit/ImportHistory.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace im {

SubmitController::SubmitController(IndicatorTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // The client's limiter holds a batch back without a word; looking at it shows that wait too.
    m_waitProbe.setInterval(250);
    connect(&m_waitProbe, &QTimer::timeout, this, &SubmitController::probeRateLimit);
    // Another file replaced the table: its RowIds mean other rows now, so the run stops and its
    // outcomes are not put on them.
    connect(m_model, &IndicatorTableModel::documentReplaced, this, [this] {
        m_documentReplaced = true;
        if (isRunning())
            m_engine->cancel();
    });
}

SubmitController::~SubmitController() = default;

void SubmitController::setClient(ApiClient *client)
{
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    m_client = client;
    m_engine.reset();
    if (!client)
        return;
    m_engine = std::make_unique<ImportEngine>(client);
    connect(m_engine.get(), &ImportEngine::progress, this, &SubmitController::onProgress);
    connect(m_engine.get(), &ImportEngine::throttled, this, [this](qint64 waitMs) {
        ++m_waits;
        m_waitMs += waitMs;
        Q_EMIT waitingForRateLimit(waitMs);
    });
    connect(m_engine.get(), &ImportEngine::finished, this, &SubmitController::onFinished);
}

bool SubmitController::canResume() const
{
    return m_engine && !m_engine->isRunning() && !m_rows.empty() && m_engine->stopReason() != ImportEngine::Stop::Completed
           && m_engine->stopReason() != ImportEngine::Stop::None;
}

bool SubmitController::start(const std::vector<RowId> &rows, const std::vector<LeftOutRow> &leftOut)
{
    m_problem.clear();
    if (!m_client || !m_engine || !m_client->isSignedIn()) {
        m_problem = tr("Sign in to a tenant first (Sign in menu).");
        return false;
    }
    if (m_engine->isRunning()) {
        m_problem = tr("A submission is already running.");
        return false;
    }
    const IndicatorTable &table = m_model->document().table();
    std::vector<int> tableRows;
    m_rows.clear();
    for (RowId id : rows) {
        const int row = table.rowOf(id);
        if (row < 0)
            continue;
        tableRows.push_back(row);
        m_rows.push_back(id);
    }
    m_runRows = tableRows;
    if (tableRows.empty()) {
        m_problem = tr("There are no rows to send.");
        return false;
    }
    if (!m_engine->start(table, tableRows, m_options)) {
        m_problem = tr("The submission could not start.");
        return false;
    }
    m_leftOut = leftOut;
    m_elapsedBefore = 0;
    m_waits = 0;
    m_waitMs = 0;
    m_limiterWaiting = false;
    m_documentReplaced = false;
    m_clock.start();
    m_waitProbe.start();
    Q_EMIT started(static_cast<int>(m_rows.size()));
    onProgress(0, static_cast<int>(m_rows.size()));
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

bool SubmitController::resubmitFailed()
{
    if (!m_model->outcomes()) {
        m_problem = tr("Nothing has been submitted yet.");
        return false;
    }
    std::vector<RowId> candidates = m_model->outcomes()->toResend();
    // In the grid's order, so the run goes like the table.
    const IndicatorTable &table = m_model->document().table();
    std::sort(candidates.begin(), candidates.end(), [&table](RowId a, RowId b) { return table.rowOf(a) < table.rowOf(b); });
    std::vector<RowId> rows;
    std::vector<LeftOutRow> leftOut;
    for (RowId id : candidates) {
        const int row = table.rowOf(id);
        if (row < 0)
            continue; // deleted since
        if (table.issues(row).hasErrors())
            leftOut.push_back({id, PlanOutcome::Invalid});
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
    if (m_engine)
        m_engine->cancel();
}

bool SubmitController::resume()
{
    if (!canResume())
        return false;
    if (!m_client->isSignedIn()) {
        m_problem = tr("Sign in to a tenant first (Sign in menu).");
        return false;
    }
    m_elapsedBefore = m_summary.durationMs;
    m_clock.start();
    if (!m_engine->resume())
        return false;
    m_waitProbe.start();
    Q_EMIT started(static_cast<int>(m_rows.size()));
    return true;
}

void SubmitController::probeRateLimit()
{
    if (!m_client || !m_engine || !m_engine->isRunning())
        return;
    const qint64 delay = m_client->limiter(ApiEndpoint::Import).delayMs(m_client->now());
    if (delay > 0) {
        if (!m_limiterWaiting) {
            ++m_waits;
            m_waitMs += delay;
            m_limiterWaiting = true;
        }
        Q_EMIT waitingForRateLimit(delay);
    } else if (m_limiterWaiting) {
        m_limiterWaiting = false;
        Q_EMIT rateLimitWaitEnded();
    }
}

void SubmitController::onProgress(int settled, int total)
{
    const int batchSize = std::clamp(m_options.batchSize, 1, limits::kMaxIndicatorsPerImport);
    const int batchesTotal = (total + batchSize - 1) / batchSize;
    const ImportEngine::Stats stats = m_engine->stats();
    const qint64 elapsed = m_clock.elapsed();
    const int done = settled - stats.fromJournal;
    const qint64 left = done > 0 && settled < total ? elapsed * (total - settled) / done : (settled >= total ? 0 : -1);
    Q_EMIT progress(settled, total, std::min(stats.batches, batchesTotal), batchesTotal, left);
}

void SubmitController::onFinished()
{
    m_waitProbe.stop();
    m_limiterWaiting = false;
    auto outcomes = std::make_shared<SubmitOutcomes>(m_model->outcomes() ? *m_model->outcomes() : SubmitOutcomes());
    // The engine knows rows by the table position they had at start(); rows may have moved since
    // (inserted or deleted meanwhile), so the outcomes go to the RowIds recorded then.
    for (size_t i = 0; i < m_rows.size(); ++i)
        outcomes->set(m_rows[i], m_engine->outcome(m_runRows[i]));
    for (const LeftOutRow &left : m_leftOut)
        outcomes->setLeftOut(left);
    const bool replaced = m_documentReplaced;

    const std::vector<RowId> reported = reportedRows();
    Summary s;
    s.rows = static_cast<int>(reported.size());
    for (RowId id : reported) {
        switch (outcomes->state(id)) {
        case SubmitState::Succeeded:
            ++s.succeeded;
            break;
        case SubmitState::Failed:
            ++s.failed;
            break;
        case SubmitState::NotSent:
        case SubmitState::None:
            ++s.notSent;
            break;
        }
    }
    SubmitOutcomes run;
    for (RowId id : reported)
        run.set(id, outcomes->outcome(id));
    s.failureGroups = run.failureGroups();
    s.durationMs = m_elapsedBefore + m_clock.elapsed();
    s.rateLimitWaits = m_waits;
    s.rateLimitWaitMs = m_waitMs;
    s.stop = m_engine->stopReason();
    if (s.stop == ImportEngine::Stop::Cancelled)
        s.stopMessage = tr("Cancelled: the rows not sent can be sent with Resume.");
    else if (s.stop != ImportEngine::Stop::Completed)
        s.stopMessage = m_engine->lastError().message();
    m_summary = s;
    if (replaced) {
        m_rows.clear(); // nothing left to report on or resume
        m_runRows.clear();
        m_leftOut.clear();
    } else {
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
    for (int row : rows)
        outcomes.push_back(m_model->outcomes()->outcome(table.rowId(row)));
    QString error;
    m_historyId = m_history->record(entry, table, rows, outcomes, &error);
    if (m_historyId == 0)
        Q_EMIT historyProblem(error);
}

std::vector<RowId> SubmitController::reportedRows() const
{
    std::vector<RowId> rows = m_rows;
    rows.reserve(m_rows.size() + m_leftOut.size());
    for (const LeftOutRow &left : m_leftOut)
        rows.push_back(left.row);
    return rows;
}

std::vector<int> SubmitController::reportedTableRows() const
{
    const IndicatorTable &table = m_model->document().table();
    std::vector<int> rows;
    for (RowId id : reportedRows()) {
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
