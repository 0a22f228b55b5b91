// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/ImportEngine.h"

#include "core/indicator/IndicatorTable.h"
#include "core/io/IndicatorJson.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/ImportResultMatcher.h"
#include "core/tenant/IndicatorPager.h"
#include "core/validation/MatchingKey.h"
#include "core/validation/ValueRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <utility>

namespace im {
namespace {

// Rows whose reply was lost are looked up among the indicators created since the batch left, minus
// this much for the difference between our clock and the service's. Undocumented choice: the lookup
// uses `creationTimeDateTimeUtc ge` (a documented $filter field and operator) rather than the rows'
// values, because `or` is not documented for List and one call per value would cost 500 List calls a
// batch. Only creations can duplicate; a lost update found nowhere is simply sent again.
constexpr qint64 kReconcileLookBackMs = 10LL * 60 * 1000;

// A batch the service refuses as a whole is split in halves until the rows that cause it stand alone.
// Each such row costs about two calls per halving (18 for a batch of 500); beyond this many calls the
// halves still refused fail whole with the service's text, so a body refused for every row cannot
// take 999 calls (over half an hour at 30 a minute).
constexpr int kMaxSplitCallsPerBatch = 100;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Whether a failed Import may nevertheless have been committed: the request left and no clear
// answer came back. Refused connections, TLS and sign-in failures and 4xx answers were not processed.
bool mayHaveBeenProcessed(const ApiError &error)
{
    if (error.stage() != ApiError::Stage::Api)
        return false;
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ConnectionClosed:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::MalformedReply:
    case ApiError::Kind::HtmlReply:
    case ApiError::Kind::ReplyTooLarge: return true;
    default: return false;
    }
}

} // namespace

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
    if (m_pager) {
        m_pager->disconnect(this);
        delete m_pager;
    }
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
        QByteArray scratch;
        const IndicatorTable::Cells cells = table.cells(row);
        if (buildMatchingKey(cells, KeyScope::WithAction, scratch))
            item.keyHash = hashKey(scratch);
        item.fieldsHash = sentFieldsHash(cells, scratch);
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
    // The batch the interrupted run had on the wire: found in the tenant, or sent again.
    for (int position : journal->recoveredInFlight()) {
        Item &item = m_items[static_cast<size_t>(position)];
        if (item.state == RowState::Succeeded)
            continue;
        item.uncertainSinceMs = std::max<qint64>(1, journal->recoveredInFlightSinceMs());
        item.inFlightAtRestart = true;
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
    m_splits.clear();
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
    dropRowsExpiringBeforeTheirBatch();
    m_running = true;
    m_cancelRequested = false;
    m_stop = Stop::None;
    m_failures = 0;
    QTimer::singleShot(0, this, &ImportEngine::scheduleNext);
    return true;
}

// At submit time: batch b cannot leave before the rate limit has let b calls go, i.e. b / 30 whole
// minutes from now (the first 30 go at once). A row whose expiration time comes before the earliest
// moment its batch can leave would only be refused or deleted at once, so it stays home now rather
// than holding its place in the queue. The estimate never overstates the wait (repeated values and
// retries only make batches later), so a row that could still make it is always sent, and the check
// as each batch leaves (dropExpiredRows) catches the rest.
void ImportEngine::dropRowsExpiringBeforeTheirBatch()
{
    const qint64 now = nowMs();
    const double windowMs = limits::kRateWindowSeconds * 1000.0 / std::max(1.0, m_client->timeScale());
    std::vector<int> expiring;
    std::deque<int> keep;
    int position = 0;
    for (int i : m_queue) {
        Item &item = m_items[static_cast<size_t>(i)];
        const int batch = position / m_options.batchSize;
        const int wholeWindows = batch / limits::kImportCallsPerMinute;
        const auto earliestMs = now + static_cast<qint64>(wholeWindows * windowMs);
        const QString text = item.json.value(QLatin1String("expirationTime")).toString();
        const auto expiresMs = text.isEmpty() ? std::nullopt : rules::parseExpirationTime(text.toUtf8());
        if (!expiresMs || *expiresMs > earliestMs) {
            keep.push_back(i);
            ++position;
            continue;
        }
        setState(item, RowState::NotSent);
        item.reason = *expiresMs <= now
                          ? tr("Its expiration time %1 had passed when it was to be sent.").arg(text)
                          : tr("Its expiration time %1 comes before its batch (number %2) can be sent under the "
                               "service's limit of %3 imports a minute.")
                                .arg(text)
                                .arg(batch + 1)
                                .arg(limits::kImportCallsPerMinute);
        item.uncertainSinceMs = 0;
        expiring.push_back(i);
    }
    if (expiring.empty())
        return;
    m_queue = std::move(keep);
    settleInJournal(expiring, {});
}

void ImportEngine::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        QTimer::singleShot(
            0, this, [this]() { stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent.")); });
    } else if (m_call && !m_call->isInFlight()) {
        m_call->cancel(); // still waiting for a token or a slot: nothing was sent
    } else if (m_pager && m_pager->isRunning()) {
        m_pager->cancel(); // finishes through onReconciled(); the rows stay in flight in the journal
    }
    // A batch on the wire is let finish, so its rows learn their fate; scheduleNext() then stops.
}

void ImportEngine::scheduleNext()
{
    if (!m_running)
        return;
    if (m_cancelRequested)
        return stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent."));

    if (!m_splits.empty()) { // narrowing down a refused batch comes first
        m_batch = std::move(m_splits.front());
        m_splits.pop_front();
        --m_splitBudget;
        ++m_counters.splitCalls;
        m_failures = 0;
        return sendBatch();
    }
    m_splitBudget = kMaxSplitCallsPerBatch;

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
    if (dropExpiredRows())
        return;
    for (int i : m_batch) {
        if (m_items[static_cast<size_t>(i)].uncertainSinceMs > 0)
            return reconcileBatch(); // look before sending again: it may have been created already
    }
    QJsonArray indicators;
    std::vector<int> positions;
    for (int i : m_batch) {
        indicators.append(m_items[static_cast<size_t>(i)].json);
        positions.push_back(i);
    }
    // Write-ahead: the rows are in flight before the request can reach the service.
    m_batchSentAtMs = nowMs();
    if (m_journal && !m_journal->markInFlight(positions, m_batchSentAtMs))
        m_journalProblem = tr("The import journal %1 could not be written; an interrupted import would resend "
                              "rows that already succeeded.")
                               .arg(m_journal->path());
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
    // The request may have reached the service and been committed before the reply was lost: look
    // for its rows before sending them again, in this run or the next.
    if (mayHaveBeenProcessed(error))
        markUncertain(m_batch);
    if (error.kind() == ApiError::Kind::Cancelled || m_cancelRequested)
        return stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent."));
    if (error.kind() == ApiError::Kind::Rejected) {
        // The service refused the whole request (400): nothing of it was processed. Sending the same
        // body again would only be refused again; its halves may not be.
        settleInJournal(m_batch, {});
        if (m_batch.size() > 1 && m_splitBudget >= 2) {
            const auto middle = m_batch.begin() + static_cast<std::ptrdiff_t>(m_batch.size() / 2);
            m_splits.emplace_front(middle, m_batch.end());
            m_splits.emplace_front(m_batch.begin(), middle);
            m_batch.clear();
            return scheduleNext();
        }
        // One row alone (or no calls left to narrow it down): the service's reason is its reason.
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

// Time-dependent rules are checked again when a batch is about to leave, not only when the row was
// loaded or edited (a window left open overnight, a run longer than a row's life): a row whose
// expiration time has passed is not sent.
bool ImportEngine::dropExpiredRows()
{
    const qint64 now = nowMs();
    std::vector<int> keep;
    std::vector<int> expired;
    for (int i : m_batch) {
        Item &item = m_items[static_cast<size_t>(i)];
        const QString text = item.json.value(QLatin1String("expirationTime")).toString();
        const auto expiresMs = text.isEmpty() ? std::nullopt : rules::parseExpirationTime(text.toUtf8());
        if (!expiresMs || *expiresMs > now) {
            keep.push_back(i);
            continue;
        }
        setState(item, RowState::NotSent);
        item.reason = tr("Its expiration time %1 had passed when it was to be sent.").arg(text);
        item.uncertainSinceMs = 0;
        expired.push_back(i);
    }
    if (expired.empty())
        return false;
    settleInJournal(expired, {});
    m_batch = keep;
    if (!m_batch.empty())
        return false;
    ++m_counters.batches;
    emitProgress();
    scheduleNext();
    return true;
}

void ImportEngine::markUncertain(const std::vector<int> &items)
{
    for (int i : items) {
        Item &item = m_items[static_cast<size_t>(i)];
        if (item.uncertainSinceMs == 0)
            item.uncertainSinceMs = std::max<qint64>(1, m_batchSentAtMs);
    }
}

void ImportEngine::settleInJournal(const std::vector<int> &cleared, const std::vector<ImportJournal::Entry> &succeeded)
{
    if (m_journal && !m_journal->settle(cleared, succeeded))
        m_journalProblem = tr("The import journal %1 could not be written; an interrupted import would resend "
                              "rows that already succeeded.")
                               .arg(m_journal->path());
}

void ImportEngine::reconcileBatch()
{
    qint64 since = 0;
    for (int i : m_batch) {
        const qint64 t = m_items[static_cast<size_t>(i)].uncertainSinceMs;
        if (t > 0 && (since == 0 || t < since))
            since = t;
    }
    if (!m_pager) {
        m_pager = new IndicatorPager(m_client, this);
        connect(m_pager, &IndicatorPager::pageRead, this, [this](const QJsonArray &items) {
            for (const auto &v : items)
                m_reconcileItems.push_back(v.toObject());
        });
        connect(m_pager, &IndicatorPager::finished, this, &ImportEngine::onReconciled);
    }
    m_reconcileItems.clear();
    ++m_counters.reconciliations;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(std::max<qint64>(0, since - kReconcileLookBackMs), Qt::UTC);
    m_pager->start(
        QStringLiteral("creationTimeDateTimeUtc ge %1").arg(from.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))));
}

void ImportEngine::onReconciled()
{
    const ApiError error = m_pager->error();
    if (error.kind() == ApiError::Kind::Cancelled || m_cancelRequested)
        return stopRun(Stop::Cancelled, tr("The import was cancelled before this row was sent."));
    if (error.isError()) {
        // Sending the rows again without knowing could create them twice: stop, and leave them in
        // flight in the journal for the next run to look for.
        m_lastError = error;
        if (error.isSignInProblem() || error.kind() == ApiError::Kind::InvalidSettings)
            return stopRun(Stop::SignIn, error.message());
        return stopRun(Stop::Connection,
                       tr("Could not check whether the service had already created this row: %1").arg(error.message()));
    }
    TenantSnapshot snapshot;
    snapshot.reserve(static_cast<int>(m_reconcileItems.size()));
    for (const QJsonObject &o : m_reconcileItems)
        snapshot.add(o);
    m_reconcileItems.clear();
    QMultiHash<quint64, int> byKey;
    for (int k = 0; k < snapshot.size(); ++k)
        byKey.insert(snapshot.at(k).key, k);
    QSet<QString> claimed;
    std::vector<int> remaining;
    std::vector<int> cleared;
    std::vector<ImportJournal::Entry> found;
    for (int i : m_batch) {
        Item &item = m_items[static_cast<size_t>(i)];
        if (item.uncertainSinceMs == 0) {
            remaining.push_back(i);
            continue;
        }
        item.uncertainSinceMs = 0;
        const bool atRestart = std::exchange(item.inFlightAtRestart, false);
        QString id;
        for (auto it = byKey.constFind(item.keyHash); it != byKey.constEnd() && it.key() == item.keyHash; ++it) {
            const TenantIndicator &t = snapshot.at(it.value());
            if (item.keyHash != 0 && t.fields == item.fieldsHash && !claimed.contains(t.id)) {
                id = t.id;
                break;
            }
        }
        if (id.isEmpty()) {
            remaining.push_back(i);
            continue;
        }
        claimed.insert(id);
        setState(item, RowState::Succeeded);
        item.id = id;
        item.reason.clear();
        ++m_counters.confirmed;
        if (atRestart)
            ++m_counters.fromJournal; // the interrupted run had imported it
        cleared.push_back(i);
        found.push_back(ImportJournal::Entry{i, id});
    }
    settleInJournal(cleared, found);
    m_batch = remaining;
    emitProgress();
    if (m_batch.empty()) {
        ++m_counters.batches;
        m_failures = 0;
        return scheduleNext();
    }
    sendBatch();
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
        markUncertain(m_batch);
        return retryOrStop(error);
    }

    using Kind = ImportResultMatcher::RowResult::Kind;
    std::vector<ImportJournal::Entry> succeeded;
    std::vector<int> settled; // rows with a definite answer, no longer in flight
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
            settled.push_back(index);
            break;
        case Kind::Failed:
            setState(item, RowState::Failed);
            item.reason = r.reason;
            settled.push_back(index);
            break;
        case Kind::Missing:
        case Kind::Malformed:
            // No usable result: the row may have been created. It is looked for in the tenant before it
            // goes again in a later batch, and stays in flight in the journal until then.
            markUncertain({index});
            item.lastProblem =
                r.kind == Kind::Missing ? tr("the service's replies had no result for this row.") : r.reason;
            if (++item.resends > m_options.maxResends) {
                setState(item, RowState::NotSent);
                item.reason =
                    tr("No usable result after %n attempt(s): %1", nullptr, item.resends).arg(item.lastProblem);
            } else {
                ++m_counters.resentRows;
                m_queue.push_back(index);
            }
            break;
        }
    }
    settleInJournal(settled, succeeded);
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
    m_splits.clear();
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
