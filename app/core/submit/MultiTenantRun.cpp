// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/MultiTenantRun.h"

#include "core/indicator/IndicatorTable.h"
#include "core/net/ApiClient.h"
#include "core/preview/ImportPlanner.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/submit/ImportHistory.h"
#include "core/submit/SyncRun.h"
#include "core/tenant/IndicatorPager.h"
#include "core/tenant/Ownership.h"

#include <QDateTime>
#include <QJsonArray>

namespace im {
namespace {

// The rows a plan leaves out, with the plan's reason only.
std::vector<PlannedLeftOut> plainLeftOut(const BatchPlan &plan)
{
    std::vector<PlannedLeftOut> leftOut;
    for (size_t row = 0; row < plan.outcomes.size(); ++row) {
        if (plan.outcomes[row] != PlanOutcome::New && plan.outcomes[row] != PlanOutcome::Update)
            leftOut.emplace_back(static_cast<int>(row), plan.outcomes[row]);
    }
    return leftOut;
}

} // namespace

MultiTenantRun::MultiTenantRun(QNetworkAccessManager *manager, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_store(store)
{
}

MultiTenantRun::~MultiTenantRun() = default;

bool MultiTenantRun::start(const IndicatorTable &table, const QList<Profile> &profiles)
{
    if (m_running || profiles.isEmpty())
        return false;
    m_table = &table;
    m_results.clear();
    for (const Profile &profile : profiles) {
        TenantResult r;
        r.profile = profile;
        r.rows = table.rowCount();
        r.outcomes.resize(static_cast<size_t>(table.rowCount()));
        m_results.push_back(std::move(r));
    }
    m_running = true;
    m_cancelled = false;
    m_current = 0;
    startTenant();
    return true;
}

void MultiTenantRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_pager && m_pager->isRunning())
        m_pager->cancel();
    if (m_submission)
        m_submission->cancel();
    if (m_sync)
        m_sync->cancel();
}

void MultiTenantRun::setStep(TenantResult::Step step)
{
    m_results[static_cast<size_t>(m_current)].step = step;
    Q_EMIT stepChanged(m_current, step);
}

void MultiTenantRun::startTenant()
{
    TenantResult &r = m_results[static_cast<size_t>(m_current)];
    Q_EMIT tenantStarted(m_current, r.profile.name);
    if (m_cancelled) {
        r.cancelled = true;
        r.problem = tr("Not started: the run was cancelled.");
        finishTenant();
        return;
    }
    // A client of its own: its own token and its own rate limiter.
    m_client = std::make_unique<ApiClient>(m_manager);
    m_signIn = std::make_unique<ProfileSignIn>(m_client.get(), m_store.data());
    connect(m_signIn.get(), &ProfileSignIn::finished, this, &MultiTenantRun::onSignedIn, Qt::QueuedConnection);
    setStep(TenantResult::Step::SigningIn);
    m_signIn->signIn(r.profile, ProfileSignIn::Token::Now);
}

void MultiTenantRun::onSignedIn(bool ok)
{
    TenantResult &r = m_results[static_cast<size_t>(m_current)];
    if (!ok) {
        r.error = m_signIn->apiError();
        r.problem = m_signIn->errorMessage();
        finishTenant();
        return;
    }
    setStep(TenantResult::Step::Reading);
    m_snapshot.clear();
    m_pager = std::make_unique<IndicatorPager>(m_client.get());
    connect(m_pager.get(), &IndicatorPager::pageRead, this, [this](const QJsonArray &items) {
        for (const auto &item : items)
            m_snapshot.add(item.toObject());
    });
    connect(m_pager.get(), &IndicatorPager::finished, this, &MultiTenantRun::onRead, Qt::QueuedConnection);
    m_pager->start();
}

void MultiTenantRun::onRead()
{
    TenantResult &r = m_results[static_cast<size_t>(m_current)];
    if (m_pager->error().isError()) {
        r.cancelled = m_cancelled;
        r.error = m_pager->error();
        r.problem = m_cancelled ? tr("Cancelled while reading the tenant.") : r.error.message();
        finishTenant();
        return;
    }
    m_snapshot.finish();
    plan();
}

void MultiTenantRun::plan()
{
    TenantResult &r = m_results[static_cast<size_t>(m_current)];
    const IndicatorTable &table = *m_table;
    BatchPlan batchPlan;
    SyncPlan syncPlan;
    if (m_mode == Mode::Import) {
        ImportPlanner planner;
        planner.setTenant(&m_snapshot);
        planner.compare(table);
        batchPlan = planner.plan(table, nullptr, ImportPlanner::Choices()).plan;
    } else {
        syncPlan = SyncPlanner::plan(table, m_snapshot, Ownership::of(*m_client));
        batchPlan = syncPlan.import.plan;
        r.plannedDeletes = syncPlan.deleteCount();
        r.deleteIds = syncPlan.deleteIds;
        r.othersKept = syncPlan.othersKept;
    }
    r.plannedCalls = m_mode == Mode::Import ? batchPlan.calls : syncPlan.calls();
    m_planned = batchPlan.outcomes;
    m_rows.clear();
    for (const auto &batch : batchPlan.batches)
        m_rows.insert(m_rows.end(), batch.begin(), batch.end());
    r.sent = static_cast<int>(m_rows.size());
    const std::vector<PlannedLeftOut> leftOut = m_leftOutFor ? m_leftOutFor(batchPlan) : plainLeftOut(batchPlan);
    for (const PlannedLeftOut &left : leftOut) {
        r.outcomes[static_cast<size_t>(left.row)] = RowOutcome{RowStatus::NotSent, QString(), left.detail, left.why};
        if (left.why == PlanOutcome::Invalid)
            ++r.invalid;
        if (left.why != PlanOutcome::Unchanged)
            ++r.plannedNotSent;
    }
    for (int row : m_rows)
        ++(m_planned[static_cast<size_t>(row)] == PlanOutcome::Update ? r.toUpdate : r.toCreate);
    if (batchPlan.overLimitBy() > 0) {
        // The tenant's own quota: sending would pass its limit of active indicators.
        r.overQuota = true;
        r.problem = tr("Over the tenant's quota: %1 active indicators after the import, %2 allowed. Nothing was "
                       "sent to this tenant.")
                        .arg(batchPlan.activeAfter)
                        .arg(batchPlan.limit);
        for (int row : m_rows)
            r.outcomes[static_cast<size_t>(row)] = RowOutcome{RowStatus::NotSent, QString(), r.problem};
        finishTenant();
        return;
    }
    const bool nothingToDo = m_mode == Mode::Import ? m_rows.empty() : (syncPlan.changesNothing() || m_dryRun);
    if (nothingToDo) {
        finishTenant();
        return;
    }
    setStep(TenantResult::Step::Sending);
    if (m_mode == Mode::Import) {
        m_submission = std::make_unique<SubmissionRun>(m_client.get());
        m_submission->setOptions(m_options);
        connect(m_submission.get(), &SubmissionRun::progress, this,
                [this](int settled, int total) { Q_EMIT progress(m_current, settled, total); });
        connect(m_submission.get(), &SubmissionRun::finished, this, &MultiTenantRun::onSent, Qt::QueuedConnection);
        if (!m_submission->start(table, m_rows, leftOut)) {
            r.problem = m_submission->problem();
            m_submission.reset();
            finishTenant();
        }
        return;
    }
    m_sync = std::make_unique<SyncRun>(m_client.get());
    m_sync->submission().setOptions(m_options);
    connect(&m_sync->submission(), &SubmissionRun::progress, this,
            [this](int settled, int total) { Q_EMIT progress(m_current, settled, total); });
    connect(m_sync.get(), &SyncRun::finished, this, &MultiTenantRun::onSent, Qt::QueuedConnection);
    if (!m_sync->start(table, syncPlan, leftOut)) {
        r.problem = m_sync->problem();
        m_sync.reset();
        finishTenant();
    }
}

void MultiTenantRun::onSent()
{
    TenantResult &r = m_results[static_cast<size_t>(m_current)];
    r.ran = true;
    const SubmissionRun *run =
        m_submission ? m_submission.get() : (m_sync && m_sync->imported() ? &m_sync->submission() : nullptr);
    if (run) {
        for (int row : m_rows)
            r.outcomes[static_cast<size_t>(row)] = run->outcome(row);
        const ImportEngine::Stats stats = run->engine().stats();
        r.calls = stats.calls;
        r.retries = stats.retries;
        r.throttled = stats.throttled;
        r.resumed = stats.fromJournal;
        r.durationMs = run->summarize({}).durationMs;
        r.cancelled = run->engine().stopReason() == ImportEngine::Stop::Cancelled;
        const ImportEngine::Stop stop = run->engine().stopReason();
        if (stop == ImportEngine::Stop::SignIn || stop == ImportEngine::Stop::Connection) {
            r.error = run->engine().lastError();
            r.problem = r.error.message();
        }
    } else {
        // A sync whose import part did not run: the rows it would have sent were not sent.
        for (int row : m_rows)
            r.outcomes[static_cast<size_t>(row)] = RowOutcome{RowStatus::NotSent, QString(), QString()};
    }
    if (m_sync) {
        r.deleted = m_sync->deleter().deleted();
        r.alreadyGone = static_cast<int>(m_sync->deleter().notFound().size());
        r.calls = m_sync->calls();
        r.cancelled = r.cancelled || m_sync->wasCancelled();
        if (const ApiError error = m_sync->error(); error.isError()) {
            r.error = error;
            r.problem = error.message();
        }
    }
    if (r.cancelled && r.problem.isEmpty())
        r.problem = tr("Cancelled: the rest is done by running it again.");
    finishTenant();
}

void MultiTenantRun::finishTenant()
{
    TenantResult &r = m_results[static_cast<size_t>(m_current)];
    if (r.problem.isEmpty() && r.error.isError())
        r.problem = r.error.message();
    r.created = r.updated = r.unchanged = r.failed = r.notSent = 0;
    for (size_t row = 0; row < r.outcomes.size(); ++row) {
        RowOutcome &o = r.outcomes[row];
        const PlanOutcome planned = row < m_planned.size() ? m_planned[row] : PlanOutcome::Invalid;
        if (o.status == RowStatus::None) // never planned: sign-in or reading failed
            o = RowOutcome{RowStatus::NotSent, QString(), r.problem};
        switch (o.status) {
        case RowStatus::Succeeded: ++(planned == PlanOutcome::Update ? r.updated : r.created); break;
        case RowStatus::Failed: ++r.failed; break;
        default:
            if (o.leftOut == PlanOutcome::Unchanged)
                ++r.unchanged;
            else
                ++r.notSent;
            break;
        }
    }
    r.step = TenantResult::Step::Done;
    Q_EMIT stepChanged(m_current, r.step);
    if (!(m_mode == Mode::Sync && m_dryRun))
        record(r);
    m_planned.clear();
    m_rows.clear();
    // The objects of this tenant may be on the stack of the signal that ended it: delete them later.
    for (QObject *done : std::initializer_list<QObject *>{m_submission.release(), m_sync.release(), m_pager.release(),
                                                          m_signIn.release(), m_client.release()}) {
        if (done)
            done->deleteLater();
    }
    Q_EMIT tenantFinished(m_current);
    if (m_current + 1 < static_cast<int>(m_results.size())) {
        ++m_current;
        startTenant();
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

void MultiTenantRun::record(TenantResult &r)
{
    if (!m_history)
        return;
    HistoryEntry entry;
    entry.when = QDateTime::currentDateTimeUtc().addMSecs(-r.durationMs);
    entry.profile = r.profile.name;
    entry.tenant = r.profile.connection.tenantId;
    entry.file = m_file;
    entry.succeeded = r.created + r.updated;
    entry.failed = r.failed;
    entry.notSent = r.notSent + r.unchanged;
    entry.durationMs = r.durationMs;
    entry.throttled = r.throttled;
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(r.rows));
    for (int row = 0; row < r.rows; ++row)
        rows.push_back(row);
    r.historyId = m_history->record(entry, *m_table, rows, r.outcomes, &r.historyProblem);
}

} // namespace im
