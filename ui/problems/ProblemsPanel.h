// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/validation/IssueCode.h"

#include <QWidget>

#include <optional>

class QLabel;
class QModelIndex;
class QPushButton;
class QTimer;
class QTreeView;

namespace im {

class IndicatorTableModel;
class ProblemsModel;

// The Problems panel: every rule broken somewhere, grouped with its row count. Clicking a row's
// problem jumps to the cell; the buttons fix that one row, fix every row with the problem (after the
// analyst confirms), or filter the grid to those rows.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(IndicatorTableModel *grid, QWidget *parent = nullptr);

    [[nodiscard]] ProblemsModel *problemsModel() const { return m_model; }
    // The problem of the selected item, if any.
    [[nodiscard]] std::optional<IssueCode> selectedCode() const;
    [[nodiscard]] RowId selectedRow() const;

public Q_SLOTS:
    // Recount now (after loading a file); edits recount after a short pause on their own.
    void refreshNow();

Q_SIGNALS:
    void jumpRequested(im::RowId row, im::IssueCode code);
    void fixRowRequested(im::RowId row, im::IssueCode code);
    void fixAllRequested(im::IssueCode code);
    void filterRequested(im::IssueCode code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void activate(const QModelIndex &index);
    void updateButtons();
    void updateSummary();

    IndicatorTableModel *m_grid;
    ProblemsModel *m_model;
    QTreeView *m_treeView;
    QLabel *m_summaryLabel;
    QPushButton *m_fixButton;
    QPushButton *m_fixAllButton;
    QPushButton *m_filterButton;
    QTimer *m_refreshTimer;
};

} // namespace im
