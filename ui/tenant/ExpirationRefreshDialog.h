// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tenant/ExpirationRefresh.h"
#include "core/tenant/Ownership.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace im {

class IndicatorTable;
class TenantSnapshot;

// Extend Expiration...: the user picks the new expiration (the import defaults' presets: 30, 90 or 180
// days from now, never, or a date) and sees at once every row the tenant holds with its type, value,
// current and new expiration and what happens to it, with the counts and the calls it takes. Nothing
// happens unless the user presses Extend; Cancel is the default.
class ExpirationRefreshDialog : public QDialog
{
    Q_OBJECT

public:
    ExpirationRefreshDialog(const IndicatorTable &table, const TenantSnapshot &snapshot, const Ownership &ownership,
                            QWidget *parent = nullptr);

    [[nodiscard]] const ExpirationPlan &plan() const { return m_plan; }
    [[nodiscard]] QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void replan();
    void fill();
    [[nodiscard]] QString target() const;

    const IndicatorTable &m_table;
    const TenantSnapshot &m_snapshot;
    Ownership m_ownership;
    ExpirationPlan m_plan;
    QLabel *m_presetLabel;
    QComboBox *m_preset;
    QDateTimeEdit *m_date;
    QCheckBox *m_shorten;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QPushButton *m_extendButton;
    QPushButton *m_cancelButton;
};

} // namespace im
