// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/SubmissionRun.h"

#include "core/indicator/IndicatorTable.h"
#include "core/net/ApiClient.h"
#include "core/net/CallLimiter.h"
#include "core/submit/SubmitOutcomes.h"

#include <algorithm>

namespace im {

SubmissionRun::SubmissionRun(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_engine(client)
{
    // The client's limiter holds a batch back without a word; looking at it shows that wait too.
    m_waitProbe.setInterval(250);
    connect(&m_waitProbe, &QTimer::timeout, this, &SubmissionRun::probeRateLimit);
    connect(&m_engine, &ImportEngine::progress, this, &SubmissionRun::onProgress);
    connect(&m_engine, &ImportEngine::throttled, this, [this](qint64 waitMs) {
        ++m_waits;
        m_waitMs += waitMs;
        Q_EMIT waitingForRateLimit(waitMs);
    });
    connect(&m_engine, &ImportEngine::finished, this, &SubmissionRun::onFinished);
}

SubmissionRun::~SubmissionRun() = default;

bool SubmissionRun::canResume() const
{
    const ImportEngine::Stop stop = m_engine.stopReason();
    return !m_engine.isRunning() && m_sent > 0 && stop != ImportEngine::Stop::Completed
           && stop != ImportEngine::Stop::None;
}

bool SubmissionRun::start(const IndicatorTable &table, const std::vector<int> &rows,
                          const std::vector<PlannedLeftOut> &leftOut)
{
    m_problem.clear();
    if (!m_client || !m_client->isSignedIn()) {
        m_problem = tr("Sign in to a tenant first (Sign in menu).");
        return false;
    }
    if (m_engine.isRunning()) {
        m_problem = tr("A submission is already running.");
        return false;
    }
    if (rows.empty()) {
        m_problem = tr("There are no rows to send.");
        return false;
    }
    if (!m_engine.start(table, rows, m_options)) {
        m_problem = tr("The submission could not start.");
        return false;
    }
    m_rows = rows;
    m_sent = static_cast<int>(rows.size());
    m_leftOut = leftOut;
    m_leftOutIndex.clear();
    for (size_t i = 0; i < leftOut.size(); ++i) {
        m_rows.push_back(leftOut[i].row);
        m_leftOutIndex.insert(leftOut[i].row, static_cast<int>(i));
    }
    m_elapsedBefore = 0;
    m_durationMs = 0;
    m_waits = 0;
    m_waitMs = 0;
    m_limiterWaiting = false;
    m_clock.start();
    m_waitProbe.start();
    Q_EMIT started(m_sent);
    onProgress(0, m_sent);
    return true;
}

void SubmissionRun::cancel()
{
    m_engine.cancel();
}

bool SubmissionRun::resume()
{
    m_problem.clear();
    if (!canResume())
        return false;
    if (!m_client->isSignedIn()) {
        m_problem = tr("Sign in to a tenant first (Sign in menu).");
        return false;
    }
    m_elapsedBefore = m_durationMs;
    m_clock.start();
    if (!m_engine.resume())
        return false;
    m_waitProbe.start();
    Q_EMIT started(m_sent);
    return true;
}

RowOutcome SubmissionRun::outcome(int tableRow) const
{
    const auto it = m_leftOutIndex.constFind(tableRow);
    if (it == m_leftOutIndex.cend())
        return m_engine.outcome(tableRow);
    const PlannedLeftOut &left = m_leftOut[static_cast<size_t>(*it)];
    RowOutcome o;
    o.status = RowStatus::NotSent;
    o.leftOut = left.why;
    o.failureReason = left.detail;
    o.issue = left.issue;
    return o;
}

void SubmissionRun::probeRateLimit()
{
    if (!m_client || !m_engine.isRunning())
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

void SubmissionRun::onProgress(int settled, int total)
{
    const int batchSize = std::clamp(m_options.batchSize, 1, limits::kMaxIndicatorsPerImport);
    const int batchesTotal = (total + batchSize - 1) / batchSize;
    const ImportEngine::Stats stats = m_engine.stats();
    const qint64 elapsed = m_clock.elapsed();
    const int done = settled - stats.fromJournal;
    const qint64 left = done > 0 && settled < total ? elapsed * (total - settled) / done : (settled >= total ? 0 : -1);
    Q_EMIT progress(settled, total, std::min(stats.batches, batchesTotal), batchesTotal, left);
}

void SubmissionRun::onFinished()
{
    m_waitProbe.stop();
    m_limiterWaiting = false;
    m_durationMs = m_elapsedBefore + m_clock.elapsed();
    Q_EMIT finished();
}

SubmissionRun::Summary SubmissionRun::summarize(const std::vector<RowOutcome> &outcomes) const
{
    Summary s;
    s.rows = static_cast<int>(outcomes.size());
    for (const RowOutcome &o : outcomes) {
        switch (o.status) {
        case RowStatus::Succeeded: ++s.succeeded; break;
        case RowStatus::Failed: ++s.failed; break;
        case RowStatus::NotSent:
        case RowStatus::Pending:
        case RowStatus::None: ++s.notSent; break;
        }
    }
    s.failureGroups = SubmitOutcomes::groupFailures(outcomes);
    s.durationMs = m_durationMs;
    s.rateLimitWaits = m_waits;
    s.rateLimitWaitMs = m_waitMs;
    s.stop = m_engine.stopReason();
    if (s.stop == ImportEngine::Stop::Cancelled)
        s.stopMessage = tr("Cancelled: the rows not sent can be sent with Resume.");
    else if (s.stop != ImportEngine::Stop::Completed)
        s.stopMessage = m_engine.lastError().message();
    return s;
}

} // namespace im
