// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace im {

class ApiClient;
class TenantIndicators;

// The tenant's own indicators: listed through List (every page), filtered and sorted here, exported as
// CSV, and the selected ones deleted through BatchDelete after a confirmation. Each shows who made it
// (Ownership); only ours are shown at first, and the indicators of others are marked and deleted only
// when picked one by one, with the confirmation saying how many of them are not ours.
class TenantIndicatorsDialog : public QDialog
{
    Q_OBJECT

public:
    TenantIndicatorsDialog(ApiClient *client, QWidget *parent = nullptr);
    ~TenantIndicatorsDialog() override;

    [[nodiscard]] TenantIndicators *indicators() const { return m_indicators; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    // Whose indicators are shown: ours (the default, before any delete), all, or one other creator.
    [[nodiscard]] QComboBox *ownershipCombo() const { return m_ownership; }
    [[nodiscard]] QString statusText() const;
    // Writes the rows shown (filtered and sorted) as CSV, formulas neutralised.
    bool exportCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void refresh();
    void deleteSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The translated header label of a List field.
    static QString columnLabel(const char *apiName);
    void fill();
    void updateStatus();

    ApiClient *m_client;
    TenantIndicators *m_indicators;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_ownership;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_refreshButton;
    QPushButton *m_exportButton;
    QPushButton *m_deleteButton;
    QPushButton *m_closeButton;
    QString m_problem;
};

} // namespace im
