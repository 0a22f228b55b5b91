// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/indicator/IndicatorTable.h"
#include "core/preview/ImportPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/SubmitOutcomes.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace im {

class ApiClient;
class BatchDeleter;
class ForecastChart;
class IndicatorTableModel;
class OverLimitPanel;
class PreviewRowsModel;
class QuotaGauge;
class TenantSnapshotReader;

// What an import of the table would do, before anything is sent: the rows that go and those that do
// not (with why), the batches, calls and minimum time, the tenant's quota before and after as a gauge,
// a forecast of expirations, and the ways out when the import would pass the limit. Signed in, the
// tenant's indicators are read through List and compared by matching key; offline, the user types the
// active count. "Submit..." hands the chosen rows on through submitRequested().
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Days the forecast covers, and how far ahead an expiring indicator may be picked for deletion.
    static constexpr int kForecastDays = 30;
    static constexpr int kCleanupHorizonDays = 7;

    PreviewDialog(IndicatorTableModel *model, ApiClient *client, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    [[nodiscard]] const BatchPlan &plan() const { return m_plan; }
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool isReading() const;
    [[nodiscard]] const TenantSnapshot *snapshot() const;
    // The rows to send, in sending order.
    [[nodiscard]] std::vector<RowId> rowsToSend() const;
    // The rows the plan leaves out, with its reason, in table order.
    [[nodiscard]] std::vector<LeftOutRow> rowsLeftOut() const;
    // The profile the submission confirmation names (empty: signed in without one).
    void setProfile(const QString &profile) { m_profile = profile; }
    // Tenant indicators the clean-up would delete now (ids).
    [[nodiscard]] QStringList cleanupIds() const;

public Q_SLOTS:
    // Reads the tenant again (signed in) and plans again.
    void refreshTenant();
    // Plans again from the table as it stands.
    void replan();

Q_SIGNALS:
    void submitRequested(const std::vector<RowId> &rows, const std::vector<LeftOutRow> &leftOut);
    void goToRowRequested(im::RowId row);
    // After each plan, for tests and the window's status bar.
    void planUpdated();
    void cleanupFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslateUi();
    void updateFigures();
    void fitOutcomeColumn();
    void startCleanup();
    // Signed in: compare with the tenant; signed out: plan with a count the user types.
    void setOnline(bool online);
    void onSnapshotRead();
    void onCleanupFinished();
    void goToCurrentRow();

    IndicatorTableModel *m_model;
    ApiClient *m_client;
    TenantSnapshotReader *m_reader = nullptr;
    BatchDeleter *m_deleter = nullptr;
    bool m_online = false;
    bool m_readAgain = false; // signed in again while a read was going
    ImportPlanner m_planner;
    BatchPlan m_plan;
    int m_firstRowsWithinLimit = 0;
    int m_wholeOverBy = 0; // how far the import without the first-rows cut would pass the limit
    QString m_tenantError;
    QString m_profile;

    QGroupBox *m_tenantBox;
    QLabel *m_tenantLabel;
    QPushButton *m_refreshButton;
    QLabel *m_activeLabel;
    QSpinBox *m_activeSpin;
    QCheckBox *m_skipUnchanged;
    QGroupBox *m_summaryBox;
    QFormLayout *m_summaryForm;
    QLabel *m_rowsValue;
    QLabel *m_sendValue;
    QLabel *m_notSentValue;
    QLabel *m_batchesValue;
    QLabel *m_callsValue;
    QLabel *m_timeValue;
    QGroupBox *m_quotaBox;
    QuotaGauge *m_gauge;
    QLabel *m_quotaLabel;
    QLabel *m_forecastLabel;
    ForecastChart *m_chart;
    OverLimitPanel *m_overPanel;
    QGroupBox *m_rowsBox;
    QComboBox *m_showCombo;
    QTableView *m_rowsView;
    PreviewRowsModel *m_rowsModel;
    QPushButton *m_goToRowButton;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submitButton;
};

} // namespace im
