// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/TenantSnapshotReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace im {

TenantSnapshotReader::TenantSnapshotReader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_pager(client)
{
    connect(&m_pager, &IndicatorPager::pageRead, this, [this](const QJsonArray &items) {
        m_snapshot.reserve(m_snapshot.size() + static_cast<int>(items.size()));
        for (const auto &item : items)
            m_snapshot.add(item.toObject());
        Q_EMIT progress(m_snapshot.size());
    });
    connect(&m_pager, &IndicatorPager::finished, this, [this] {
        if (!m_pager.error().isError())
            m_snapshot.finish();
        Q_EMIT finished();
    });
}

void TenantSnapshotReader::start()
{
    if (m_pager.isRunning())
        return;
    m_snapshot.clear();
    m_pager.start();
}

} // namespace im
