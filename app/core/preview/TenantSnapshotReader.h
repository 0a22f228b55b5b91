// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/preview/TenantSnapshot.h"
#include "core/tenant/IndicatorPager.h"

#include <QObject>

namespace im {

class ApiClient;

// Reads every indicator the client can see, 10,000 a page, into a TenantSnapshot for the preview's
// comparison. Emits finished() once; error() says whether it failed.
class TenantSnapshotReader : public QObject
{
    Q_OBJECT

public:
    explicit TenantSnapshotReader(ApiClient *client, QObject *parent = nullptr);

    void start();
    void cancel() { m_pager.cancel(); }
    [[nodiscard]] bool isRunning() const { return m_pager.isRunning(); }
    [[nodiscard]] const ApiError &error() const { return m_pager.error(); }
    [[nodiscard]] const TenantSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] int pagesRead() const { return m_pager.pagesRead(); }

Q_SIGNALS:
    void progress(int indicatorsRead);
    void finished();

private:
    IndicatorPager m_pager;
    TenantSnapshot m_snapshot;
};

} // namespace im
