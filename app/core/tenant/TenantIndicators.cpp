// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenant/TenantIndicators.h"

#include "core/net/ApiClient.h"

namespace im {

TenantIndicators::TenantIndicators(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pager(client)
    , m_deleter(client)
{
    m_pager.setPageSize(1000); // smaller pages than the CLI's, so the view shows progress
    connect(&m_pager, &IndicatorPager::pageRead, this, [this](const QJsonArray &items) {
        for (const auto &item : items)
            m_building.append(item);
        Q_EMIT pageLoaded(static_cast<int>(m_building.size()));
    });
    connect(&m_pager, &IndicatorPager::finished, this, [this] {
        m_error = m_pager.error();
        const bool ok = !m_error.isError();
        if (ok)
            m_items = m_building;
        m_building = QJsonArray();
        Q_EMIT loaded(ok);
    });
    connect(&m_deleter, &BatchDeleter::finished, this, [this] {
        m_error = m_deleter.error();
        Q_EMIT removed(m_deleter.deleted(), !m_error.isError());
    });
}

bool TenantIndicators::canStart() const
{
    return !isBusy() && m_client && m_client->isSignedIn();
}

bool TenantIndicators::refresh(const QString &filter)
{
    if (!canStart())
        return false;
    m_building = QJsonArray();
    m_error = ApiError();
    m_pager.start(filter);
    return true;
}

bool TenantIndicators::remove(const QStringList &ids)
{
    if (ids.isEmpty() || !canStart())
        return false;
    m_error = ApiError();
    m_deleter.start(ids);
    return true;
}

} // namespace im
