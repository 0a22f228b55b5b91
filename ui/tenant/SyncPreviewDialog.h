// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace im {

class IndicatorTable;
class TenantSnapshot;
struct SyncPlan;

// The preview of a sync before anything changes: how many rows will be created, updated and left
// unchanged, how many of our indicators deleted (no longer in the table), how many of others' left
// alone, the calls it takes, and every row and indicator with what will happen to it. Nothing happens
// unless the user presses Sync; Cancel is the default.
class SyncPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    SyncPreviewDialog(const IndicatorTable &table, const TenantSnapshot &snapshot, const SyncPlan &plan,
                      QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *rowsView() const { return m_rows; }
    [[nodiscard]] QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    const IndicatorTable &m_table;
    const TenantSnapshot &m_snapshot;
    const SyncPlan &m_plan;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QPushButton *m_syncButton;
    QPushButton *m_cancelButton;
};

} // namespace im
