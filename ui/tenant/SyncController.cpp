// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenant/SyncController.h"

#include "core/net/ApiClient.h"
#include "core/preview/TenantSnapshotReader.h"
#include "core/submit/SyncRun.h"
#include "core/tenant/Ownership.h"
#include "ui/tenant/SyncPreviewDialog.h"

#include <QWidget>

namespace im {

SyncController::SyncController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

SyncController::~SyncController() = default;

void SyncController::setClient(ApiClient *client)
{
    if (isBusy())
        return;
    m_client = client;
    m_reader.reset();
    m_run.reset();
}

bool SyncController::isBusy() const
{
    return (m_reader && m_reader->isRunning()) || (m_run && m_run->isRunning());
}

bool SyncController::start(const IndicatorTable &table)
{
    if (!m_client || !m_client->isSignedIn()) {
        Q_EMIT message(1, tr("Nothing was synced: %1").arg(tr("Sign in to a tenant first (Sign in menu).")));
        return false;
    }
    if (isBusy())
        return false;
    m_table = &table;
    m_reader = std::make_unique<TenantSnapshotReader>(m_client);
    connect(m_reader.get(), &TenantSnapshotReader::finished, this, &SyncController::onTenantRead);
    m_reader->start();
    return true;
}

void SyncController::onTenantRead()
{
    if (m_reader->error().isError()) {
        Q_EMIT message(
            1,
            tr("Nothing was synced: the tenant's indicators could not be read: %1").arg(m_reader->error().message()));
        Q_EMIT finished(false);
        return;
    }
    m_plan = SyncPlanner::plan(*m_table, m_reader->snapshot(), Ownership::of(*m_client));
    SyncPreviewDialog preview(*m_table, m_reader->snapshot(), m_plan, m_window);
    if (preview.exec() != QDialog::Accepted || m_plan.changesNothing()) {
        Q_EMIT finished(false);
        return;
    }
    std::vector<PlannedLeftOut> leftOut;
    const std::vector<PlanOutcome> &outcomes = m_plan.import.plan.outcomes;
    for (size_t row = 0; row < outcomes.size(); ++row) {
        if (outcomes[row] != PlanOutcome::New && outcomes[row] != PlanOutcome::Update)
            leftOut.emplace_back(static_cast<int>(row), outcomes[row]);
    }
    m_run = std::make_unique<SyncRun>(m_client);
    m_run->submission().setOptions(m_options);
    connect(m_run.get(), &SyncRun::finished, this, &SyncController::onRunFinished);
    if (!m_run->start(*m_table, m_plan, leftOut)) {
        Q_EMIT message(1, tr("Nothing was synced: %1").arg(m_run->problem()));
        Q_EMIT finished(false);
    }
}

void SyncController::onRunFinished()
{
    const int sent = m_plan.creates + m_plan.updates;
    const int succeeded = m_run->imported() ? m_run->submission().engine().stats().succeeded : 0;
    const int deleted = m_run->deleter().deleted();
    QString text = tr("Sync: %1 of %n row(s) created or updated", nullptr, sent).arg(succeeded) + QStringLiteral("; ")
                   + tr("%1 of %n indicator(s) of ours deleted", nullptr, m_plan.deleteCount()).arg(deleted)
                   + QStringLiteral("; ") + tr("%n call(s)", nullptr, m_run->calls()) + QLatin1Char('.');
    const ApiError error = m_run->error();
    if (error.isError())
        text += QLatin1Char(' ') + tr("Stopped: %1").arg(error.message());
    const bool complete =
        !error.isError() && succeeded == sent && deleted + m_run->deleter().notFound().size() == m_plan.deleteCount();
    if (!complete && !error.isError())
        text += QLatin1Char(' ') + tr("Run Sync with Tenant again to finish.");
    Q_EMIT message(complete ? 0 : 1, text);
    Q_EMIT finished(true);
}

} // namespace im
