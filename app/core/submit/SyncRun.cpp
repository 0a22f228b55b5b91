// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/SyncRun.h"

#include "core/net/ApiClient.h"

namespace im {

SyncRun::SyncRun(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_submission(client)
    , m_deleter(client)
{
    connect(&m_deleter, &BatchDeleter::finished, this, &SyncRun::onDeleted);
    connect(&m_submission, &SubmissionRun::finished, this, &SyncRun::finish);
}

bool SyncRun::start(const IndicatorTable &table, const SyncPlan &plan, const std::vector<PlannedLeftOut> &leftOut)
{
    m_problem.clear();
    if (!m_client || !m_client->isSignedIn()) {
        m_problem = SubmissionRun::tr("Sign in to a tenant first (Sign in menu).");
        return false;
    }
    if (isRunning()) {
        m_problem = SubmissionRun::tr("A submission is already running.");
        return false;
    }
    m_table = &table;
    m_rows.clear();
    for (const auto &batch : plan.import.plan.batches)
        m_rows.insert(m_rows.end(), batch.begin(), batch.end());
    m_leftOut = leftOut;
    m_cancelled = false;
    m_imported = false;
    m_phase = Phase::Deleting;
    Q_EMIT phaseChanged(m_phase);
    m_deleter.start(plan.deleteIds);
    return true;
}

void SyncRun::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_phase == Phase::Importing)
        m_submission.cancel();
}

void SyncRun::onDeleted()
{
    if (m_cancelled || m_deleter.error().isError() || m_rows.empty()) {
        finish();
        return;
    }
    m_phase = Phase::Importing;
    Q_EMIT phaseChanged(m_phase);
    if (!m_submission.start(*m_table, m_rows, m_leftOut)) {
        m_problem = m_submission.problem();
        finish();
        return;
    }
    m_imported = true;
}

void SyncRun::finish()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle)
        return;
    m_phase = Phase::Done;
    Q_EMIT phaseChanged(m_phase);
    Q_EMIT finished();
}

ApiError SyncRun::error() const
{
    if (m_deleter.error().isError())
        return m_deleter.error();
    if (m_imported) {
        const ImportEngine::Stop stop = m_submission.engine().stopReason();
        if (stop == ImportEngine::Stop::SignIn || stop == ImportEngine::Stop::Connection)
            return m_submission.engine().lastError();
    }
    return ApiError();
}

int SyncRun::calls() const
{
    return m_deleter.calls() + (m_imported ? m_submission.engine().stats().calls : 0);
}

} // namespace im
