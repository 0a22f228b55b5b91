// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/tenant/BatchDeleter.h"
#include "core/tenant/IndicatorPager.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

namespace im {

class ApiClient;

// The tenant's own indicators for the tenant view: read through List page by page and deleted through
// BatchDelete in chunks of at most 500 ids, both retrying transient failures. Asynchronous on the
// event loop, one operation at a time.
class TenantIndicators : public QObject
{
    Q_OBJECT

public:
    explicit TenantIndicators(ApiClient *client, QObject *parent = nullptr);

    void setPageSize(int top) { m_pager.setPageSize(top); } // 1..10,000 (the service's largest $top)
    // Reads every indicator matching the OData `filter` (empty: all). False when busy or not signed in.
    bool refresh(const QString &filter = QString());
    // Deletes these ids. False when busy, empty or not signed in.
    bool remove(const QStringList &ids);

    [[nodiscard]] bool isBusy() const { return m_pager.isRunning() || m_deleter.isRunning(); }
    [[nodiscard]] const QJsonArray &items() const { return m_items; }
    [[nodiscard]] const ApiError &lastError() const { return m_error; }
    [[nodiscard]] int batchDeleteCalls() const { return m_deleter.calls(); }

Q_SIGNALS:
    void pageLoaded(int itemsSoFar);
    void loaded(bool ok);
    void removed(int count, bool ok);

private:
    [[nodiscard]] bool canStart() const;

    ApiClient *m_client;
    IndicatorPager m_pager;
    BatchDeleter m_deleter;
    QJsonArray m_items;
    QJsonArray m_building;
    ApiError m_error;
};

} // namespace im
