// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenant/ExpirationController.h"

#include "core/indicator/IndicatorTable.h"
#include "core/net/ApiClient.h"
#include "core/preview/TenantSnapshotReader.h"
#include "core/tenant/Ownership.h"
#include "ui/tenant/ExpirationRefreshDialog.h"

#include <QWidget>

namespace im {

ExpirationController::ExpirationController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

ExpirationController::~ExpirationController() = default;

void ExpirationController::setClient(ApiClient *client)
{
    if (isBusy())
        return;
    m_client = client;
    m_reader.reset();
}

bool ExpirationController::isBusy() const
{
    return m_reader && m_reader->isRunning();
}

bool ExpirationController::start(const IndicatorTable &table)
{
    if (!m_client || !m_client->isSignedIn()) {
        Q_EMIT message(1, tr("No expiration was extended: %1").arg(tr("Sign in to a tenant first (Sign in menu).")));
        return false;
    }
    if (isBusy())
        return false;
    m_table = &table;
    m_reader = std::make_unique<TenantSnapshotReader>(m_client);
    connect(m_reader.get(), &TenantSnapshotReader::finished, this, &ExpirationController::onTenantRead);
    m_reader->start();
    return true;
}

void ExpirationController::onTenantRead()
{
    if (m_reader->error().isError()) {
        Q_EMIT message(1, tr("No expiration was extended: the tenant's indicators could not be read: %1")
                              .arg(m_reader->error().message()));
        return;
    }
    ExpirationRefreshDialog dialog(*m_table, m_reader->snapshot(), Ownership::of(*m_client), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.plan().changesNothing())
        return;
    const ExpirationPlan &plan = dialog.plan();
    std::vector<RowId> rows;
    rows.reserve(plan.rows.size());
    for (int row : plan.rows)
        rows.push_back(m_table->rowId(row));
    Q_EMIT confirmed(plan.edits(*m_table), rows);
}

} // namespace im
