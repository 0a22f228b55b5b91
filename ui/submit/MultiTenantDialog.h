// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/submit/MultiTenantRun.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace im {

class ImportHistory;
class IndicatorTable;
class SecretStore;

// Submit or sync the table to several saved profiles in turn (Submit > Submit to Several Tenants…): the
// analyst ticks the profiles, the run goes through them one after the other (MultiTenantRun: each its
// own sign-in, rate limit, quota check and journal) with progress naming the tenant, and the results
// stand side by side, one column per tenant; picking a column lists that tenant's rows that failed or
// were not sent. Each tenant's run goes into the import history under its profile.
class MultiTenantDialog : public QDialog
{
    Q_OBJECT

public:
    MultiTenantDialog(const IndicatorTable &table, const QString &fileName, ImportHistory *history,
                      QWidget *parent = nullptr);
    ~MultiTenantDialog() override;

    // Ticks these profiles (and unticks the others), as a click on each would.
    void setCheckedProfiles(const QStringList &names);
    [[nodiscard]] QStringList checkedProfiles() const;
    void setSyncMode(bool sync);
    // Starts the run with the ticked profiles; false when none is ticked or the analyst said no.
    bool start();
    [[nodiscard]] const MultiTenantRun &run() const { return *m_run; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showProgress(int index, TenantResult::Step step);
    void showResults();
    void showDone();
    void showTenantRows(int column);
    [[nodiscard]] QString stepText(int index, TenantResult::Step step) const;

    const IndicatorTable &m_table;
    QString m_fileName;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<MultiTenantRun> m_run;

    QLabel *m_intro;
    QListWidget *m_profiles;
    QRadioButton *m_importMode;
    QRadioButton *m_syncMode;
    QCheckBox *m_dryRun;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QTableWidget *m_results;
    QLabel *m_rowsLabel;
    QListWidget *m_rows;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    int m_sent = 0; // rows settled in the tenant in flight
    int m_total = 0;
};

} // namespace im
