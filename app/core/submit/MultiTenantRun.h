// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/net/ApiClient.h"
#include "core/net/ApiError.h"
#include "core/preview/SyncPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/profiles/Profile.h"
#include "core/secrets/SecretStore.h"
#include "core/submit/ImportEngine.h"
#include "core/submit/RowOutcome.h"
#include "core/submit/SubmissionRun.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace im {

class ImportHistory;
class IndicatorPager;
class IndicatorTable;
class ProfileSignIn;
class SyncRun;

// What one tenant of a MultiTenantRun came to: how far it got, why it stopped early, its plan's figures
// and every table row's outcome.
struct TenantResult
{
    enum class Step : quint8 { Waiting, SigningIn, Reading, Sending, Done };

    Profile profile;
    Step step = Step::Waiting;
    ApiError error;         // sign-in, reading the tenant, or a lasting failure of the run
    QString problem;        // why the tenant's run stopped early, in words (quota, sign-in, network); empty when none
    bool overQuota = false; // the plan passes the tenant's limit of active indicators: nothing was sent
    bool ran = false;       // rows were sent (or, for a sync, deletes made)
    bool cancelled = false;

    int rows = 0;
    int sent = 0;      // rows the plan sends
    int created = 0;   // sent rows that created an indicator and succeeded
    int updated = 0;   // sent rows that updated an existing indicator and succeeded
    int unchanged = 0; // rows the tenant holds as they are: not sent
    int failed = 0;
    int notSent = 0; // every other row that did not succeed (left out by the plan, or not reached)
    int invalid = 0; // rows with errors
    int deleted = 0; // sync: our indicators the table no longer holds, deleted
    int alreadyGone = 0;
    int toCreate = 0; // the plan's figures: rows it creates, updates, leaves out for another reason
    int toUpdate = 0;
    int plannedNotSent = 0;
    int plannedDeletes = 0;
    int othersKept = 0;
    int plannedCalls = 0;
    QStringList deleteIds;
    int calls = 0;
    int retries = 0;
    int throttled = 0;
    int resumed = 0;
    qint64 durationMs = 0;
    qint64 historyId = 0;
    QString historyProblem;
    std::vector<RowOutcome> outcomes; // by table row

    [[nodiscard]] bool succeededFully() const { return step == Step::Done && problem.isEmpty() && failed == 0; }
};

// One table sent to several tenants (saved profiles) in turn, the same for the window and the CLI. Each
// tenant has its own client (so its own rate limiter and token), signs in with its profile's secrets,
// has its indicators read for its own plan (quota, unchanged rows, or a sync's creates, updates and
// deletes), then an ordinary SubmissionRun or SyncRun (with its own journal) sends. A tenant that
// cannot sign in, is over its quota or cannot be reached is reported as such and the run goes on to
// the next. Each tenant's run is added to the import history under its profile name.
class MultiTenantRun : public QObject
{
    Q_OBJECT

public:
    enum class Mode : quint8 { Import, Sync };
    // The rows a plan leaves out, each with its specific reason (the caller knows the document).
    using LeftOutFor = std::function<std::vector<PlannedLeftOut>(const BatchPlan &plan)>;

    MultiTenantRun(QNetworkAccessManager *manager, SecretStore *store, QObject *parent = nullptr);
    ~MultiTenantRun() override;

    void setMode(Mode mode) { m_mode = mode; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    // Sync only: plan each tenant and change nothing.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    void setOptions(const ImportOptions &options) { m_options = options; }
    void setHistory(ImportHistory *history) { m_history = history; }
    void setFileName(const QString &file) { m_file = file; }
    void setLeftOutFor(LeftOutFor leftOutFor) { m_leftOutFor = std::move(leftOutFor); }

    // Starts with the first profile; `table` must outlive the run. False when already running or
    // there is no profile.
    bool start(const IndicatorTable &table, const QList<Profile> &profiles);
    // Stops the tenant in flight after its call in flight; the tenants after it are not started.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] const std::vector<TenantResult> &results() const { return m_results; }

Q_SIGNALS:
    void tenantStarted(int index, const QString &profile);
    void stepChanged(int index, im::TenantResult::Step step);
    // settled of total rows sent to the tenant in flight.
    void progress(int index, int settled, int total);
    void tenantFinished(int index);
    void finished();

private:
    void startTenant();
    void setStep(TenantResult::Step step);
    void onSignedIn(bool ok);
    void onRead();
    void plan();
    void onSent();
    void finishTenant();
    void record(TenantResult &r);

    QNetworkAccessManager *m_manager;
    QPointer<SecretStore> m_store;
    ImportHistory *m_history = nullptr;
    Mode m_mode = Mode::Import;
    bool m_dryRun = false;
    ImportOptions m_options;
    QString m_file;
    LeftOutFor m_leftOutFor;
    const IndicatorTable *m_table = nullptr;
    std::vector<TenantResult> m_results;
    int m_current = -1;
    bool m_running = false;
    bool m_cancelled = false;

    // The tenant in flight.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProfileSignIn> m_signIn;
    std::unique_ptr<IndicatorPager> m_pager;
    TenantSnapshot m_snapshot;
    std::vector<PlanOutcome> m_planned; // by table row
    std::vector<int> m_rows;            // the rows sent, in sending order
    std::unique_ptr<SubmissionRun> m_submission;
    std::unique_ptr<SyncRun> m_sync;
};

} // namespace im
