// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/preview/SyncPlanner.h"
#include "core/submit/ImportEngine.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace im {

class ApiClient;
class IndicatorTable;
class SyncRun;
class TenantSnapshotReader;

// The window's Sync with Tenant...: reads the tenant, plans the sync (SyncPlanner), shows the preview
// (SyncPreviewDialog) and, only when the user confirms there, runs it (SyncRun). It says how it went
// with message(); the table must stay open until finished().
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QWidget *window);
    ~SyncController() override;

    void setClient(ApiClient *client);
    void setOptions(const ImportOptions &options) { m_options = options; }
    // Starts reading the tenant; false, with message() emitted, when not signed in or busy.
    bool start(const IndicatorTable &table);
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const SyncPlan &plan() const { return m_plan; }
    [[nodiscard]] SyncRun *run() const { return m_run.get(); }

Q_SIGNALS:
    // kind: 0 information, 1 warning (NoticeBar::Kind).
    void message(int kind, const QString &text);
    // After the run, or when the preview was cancelled or nothing could be planned.
    void finished(bool ran);

private:
    void onTenantRead();
    void onRunFinished();

    QWidget *m_window;
    ApiClient *m_client = nullptr;
    ImportOptions m_options;
    const IndicatorTable *m_table = nullptr;
    std::unique_ptr<TenantSnapshotReader> m_reader;
    std::unique_ptr<SyncRun> m_run;
    SyncPlan m_plan;
};

} // namespace im
