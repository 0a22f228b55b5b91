// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/ImportEngine.h"

#include "indicator/IndicatorTable.h"
#include "io/IndicatorJson.h"
#include "net/ApiCall.h"
#include "net/ApiClient.h"
#include "submit/ImportResultMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace im {

ImportEngine::ImportEngine(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this]() {
        if (m_cancelRequested)
            return stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent."));
        sendBatch();
    });
}

ImportEngine::~ImportEngine()
{
    if (m_call)
        m_call->disconnect(this);
    delete m_call;
}

void ImportEngine::setState(Item &item, RowState state)
{
    --m_stateCounts[static_cast<size_t>(item.state)];
    item.state = state;
    ++m_stateCounts[static_cast<size_t>(state)];
}

bool ImportEngine::start(const IndicatorTable &table, const std::vector<int> &rows, const Options &options)
{
    if (m_running)
        return false;
    m_options = options;
    m_options.batchSize = std::clamp(options.batchSize, 1, limits::kMaxIndicatorsPerImport);
    m_items.clear();
    m_items.reserve(rows.size());
    m_itemOfRow.clear();
    m_counters = Stats();
    m_stateCounts = {};
    m_lastError = ApiError();
    m_journalProblem.clear();
    std::vector<QByteArray> bodies;
    bodies.reserve(rows.size());
    for (int row : rows) {
        if (row < 0 || row >= table.rowCount() || m_itemOfRow.contains(row))
            continue;
        Item item;
        item.tableRow = row;
        const Indicator indicator = table.indicator(row);
        item.json = IndicatorJson::toJson(indicator);
        item.key = ImportResultMatcher::valueKey(indicator[Field::IndicatorValue]);
        bodies.push_back(QJsonDocument(item.json).toJson(QJsonDocument::Compact));
        m_itemOfRow.insert(row, static_cast<int>(m_items.size()));
        m_items.push_back(std::move(item));
    }
    m_stateCounts[static_cast<size_t>(RowState::Pending)] = static_cast<int>(m_items.size());
    m_identity = ImportJournal::identity(m_client->settings(), bodies);
    openJournal();
    return resume();
}

void ImportEngine::openJournal()
{
    m_journal.reset();
    if (!m_options.useJournal)
        return;
    auto journal = std::make_unique<ImportJournal>(m_options.journalDirectory);
    QString error;
    if (!journal->open(m_identity, static_cast<int>(m_items.size()), m_client->settings(), &error)) {
        // The import still works; only a crash could no longer be resumed without resending.
        m_journalProblem = error;
        return;
    }
    for (const ImportJournal::Entry &entry : journal->recovered()) {
        Item &item = m_items[static_cast<size_t>(entry.position)];
        if (item.state == RowState::Succeeded)
            continue;
        setState(item, RowState::Succeeded);
        item.id = entry.id;
        item.reason.clear();
        ++m_counters.fromJournal;
    }
    m_journal = std::move(journal);
}

bool ImportEngine::resume()
{
    if (m_running || m_items.empty())
        return false;
    if (m_options.useJournal && !m_journal)
        openJournal(); // removed when the last run left nothing to resume
    m_queue.clear();
    for (size_t i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.state == RowState::Succeeded)
            continue;
        setState(item, RowState::Pending);
        item.id.clear();
        item.reason.clear();
        item.resends = 0;
        item.lastProblem.clear();
        m_queue.push_back(static_cast<int>(i));
    }
    m_running = true;
    m_cancelRequested = false;
    m_stop = Stop::None;
    m_failures = 0;
    QTimer::singleShot(0, this, &ImportEngine::scheduleNext);
    return true;
}

void ImportEngine::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        QTimer::singleShot(0, this, [this]() { stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent.")); });
    } else if (m_call && !m_call->isInFlight()) {
        m_call->cancel(); // still waiting for a token or a slot: nothing was sent
    }
    // A batch on the wire is let finish, so its rows learn their fate; scheduleNext() then stops.
}

void ImportEngine::scheduleNext()
{
    if (!m_running)
        return;
    if (m_cancelRequested)
        return stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent."));

    // Two rows with the same value never share a batch: results are matched on the value.
    m_batch.clear();
    QSet<QString> keys;
    std::vector<int> deferred;
    while (!m_queue.empty() && static_cast<int>(m_batch.size()) < m_options.batchSize) {
        const int i = m_queue.front();
        m_queue.pop_front();
        const Item &item = m_items[static_cast<size_t>(i)];
        if (item.state != RowState::Pending)
            continue;
        if (keys.contains(item.key)) {
            deferred.push_back(i);
            continue;
        }
        keys.insert(item.key);
        m_batch.push_back(i);
    }
    for (auto it = deferred.rbegin(); it != deferred.rend(); ++it)
        m_queue.push_front(*it);

    if (m_batch.empty())
        return finishRun();
    m_failures = 0;
    sendBatch();
}

void ImportEngine::sendBatch()
{
    QJsonArray indicators;
    for (int i : m_batch)
        indicators.append(m_items[static_cast<size_t>(i)].json);
    m_call = m_client->importIndicators(indicators);
    connect(m_call, &ApiCall::finished, this, &ImportEngine::onBatchFinished);
    connect(m_call, &ApiCall::throttled, this, [this](qint64 waitMs) {
        ++m_counters.throttled;
        Q_EMIT throttled(waitMs);
    });
}

void ImportEngine::onBatchFinished()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    const ApiResult result = call->result();
    m_counters.calls += result.attempts;
    if (result.ok())
        return settleBatch(result.json);

    const ApiError &error = result.error;
    m_lastError = error;
    if (error.kind() == ApiError::Kind::Cancelled || m_cancelRequested)
        return stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent."));
    if (error.kind() == ApiError::Kind::Rejected) {
        // The service refused the whole request (400): its reason is every row's reason. Sending the
        // same body again would only be refused again.
        const QString reason = error.serviceMessage.isEmpty() ? error.message() : error.serviceMessage;
        for (int i : m_batch) {
            Item &item = m_items[static_cast<size_t>(i)];
            setState(item, RowState::Failed);
            item.reason = reason;
        }
        ++m_counters.batches;
        m_batch.clear();
        emitProgress();
        return scheduleNext();
    }
    retryOrStop(error);
}

void ImportEngine::retryOrStop(const ApiError &error)
{
    m_lastError = error;
    if (error.isSignInProblem() || error.kind() == ApiError::Kind::InvalidSettings)
        return stopRun(Stop::SignIn, error.message());
    ++m_failures;
    if (!m_options.retry.shouldRetry(error, m_failures))
        return stopRun(Stop::Connection, error.message());
    ++m_counters.retries;
    m_retryTimer.start(static_cast<int>(m_options.retry.delayMs(m_failures)));
}

void ImportEngine::settleBatch(const QJsonObject &reply)
{
    std::vector<QString> keys;
    keys.reserve(m_batch.size());
    for (int i : m_batch)
        keys.push_back(m_items[static_cast<size_t>(i)].key);
    std::vector<ImportResultMatcher::RowResult> results;
    QString problem;
    if (!ImportResultMatcher::match(reply, keys, &results, &problem)) {
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::Api);
        error.host = m_client->settings().apiUrl.host();
        error.httpStatus = 200;
        error.detail = problem;
        return retryOrStop(error);
    }

    using Kind = ImportResultMatcher::RowResult::Kind;
    std::vector<ImportJournal::Entry> succeeded;
    for (size_t j = 0; j < m_batch.size(); ++j) {
        const int index = m_batch[j];
        Item &item = m_items[static_cast<size_t>(index)];
        const ImportResultMatcher::RowResult &r = results[j];
        switch (r.kind) {
        case Kind::Succeeded:
            setState(item, RowState::Succeeded);
            item.id = r.id;
            item.reason.clear();
            succeeded.push_back(ImportJournal::Entry{index, r.id});
            break;
        case Kind::Failed:
            setState(item, RowState::Failed);
            item.reason = r.reason;
            break;
        case Kind::Missing:
        case Kind::Malformed:
            // No usable result: send the row again in a later batch (safe, Import is an upsert).
            item.lastProblem = r.kind == Kind::Missing ? tr("the service's replies had no result for this row.")
                                                       : r.reason;
            if (++item.resends > m_options.maxResends) {
                setState(item, RowState::NotSent);
                item.reason = tr("No usable result after %n attempt(s): %1", nullptr, item.resends).arg(item.lastProblem);
            } else {
                ++m_counters.resentRows;
                m_queue.push_back(index);
            }
            break;
        }
    }
    if (m_journal && !m_journal->append(succeeded))
        m_journalProblem = tr("The import journal %1 could not be written; an interrupted import would resend "
                              "rows that already succeeded.")
                               .arg(m_journal->path());
    ++m_counters.batches;
    m_batch.clear();
    m_failures = 0;
    emitProgress();
    scheduleNext();
}

void ImportEngine::stopRun(Stop stop, const QString &reason)
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    for (Item &item : m_items) {
        if (item.state != RowState::Pending)
            continue;
        setState(item, RowState::NotSent);
        item.reason = reason;
    }
    m_stop = stop;
    finishRun();
}

void ImportEngine::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_batch.clear();
    m_queue.clear();
    if (m_stop == Stop::None)
        m_stop = Stop::Completed;
    // Keep the journal only while there is something to resume.
    if (m_journal && m_stateCounts[static_cast<size_t>(RowState::NotSent)] == 0) {
        m_journal->remove();
        m_journal.reset();
    }
    emitProgress();
    Q_EMIT finished();
}

void ImportEngine::emitProgress()
{
    const int total = static_cast<int>(m_items.size());
    Q_EMIT progress(total - m_stateCounts[static_cast<size_t>(RowState::Pending)], total);
}

ImportEngine::Stats ImportEngine::stats() const
{
    Stats s = m_counters;
    s.rows = static_cast<int>(m_items.size());
    s.pending = m_stateCounts[static_cast<size_t>(RowState::Pending)];
    s.succeeded = m_stateCounts[static_cast<size_t>(RowState::Succeeded)];
    s.failed = m_stateCounts[static_cast<size_t>(RowState::Failed)];
    s.notSent = m_stateCounts[static_cast<size_t>(RowState::NotSent)];
    return s;
}

ImportEngine::RowState ImportEngine::state(int tableRow) const
{
    const auto it = m_itemOfRow.constFind(tableRow);
    return it == m_itemOfRow.constEnd() ? RowState::Pending : m_items[static_cast<size_t>(*it)].state;
}

RowOutcome ImportEngine::outcome(int tableRow) const
{
    const auto it = m_itemOfRow.constFind(tableRow);
    if (it == m_itemOfRow.constEnd())
        return {};
    const Item &item = m_items[static_cast<size_t>(*it)];
    return RowOutcome{item.state, item.id, item.reason, std::nullopt};
}

} // namespace im
