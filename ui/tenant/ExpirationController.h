// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"

#include <QObject>

#include <memory>
#include <vector>

class QWidget;

namespace im {

class ApiClient;
class IndicatorTable;
class TenantSnapshotReader;

// The window's Extend Expiration...: reads the tenant, shows the choice of expiration with the preview
// (ExpirationRefreshDialog) and, only when the user confirms there, hands the new expirations (one edit
// of the table) and the rows to send to the window, which sends them as a submission (progress, per-row
// results, history, journal and resume as for Submit).
class ExpirationController : public QObject
{
    Q_OBJECT

public:
    explicit ExpirationController(QWidget *window);
    ~ExpirationController() override;

    void setClient(ApiClient *client);
    // Starts reading the tenant; false, with message() emitted, when not signed in or busy.
    bool start(const IndicatorTable &table);
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    // kind: 0 information, 1 warning (NoticeBar::Kind).
    void message(int kind, const QString &text);
    // The user confirmed: write `edits` into the table, then send `rows`.
    void confirmed(const im::RowEdits &edits, const std::vector<im::RowId> &rows);

private:
    void onTenantRead();

    QWidget *m_window;
    ApiClient *m_client = nullptr;
    const IndicatorTable *m_table = nullptr;
    std::unique_ptr<TenantSnapshotReader> m_reader;
};

} // namespace im
