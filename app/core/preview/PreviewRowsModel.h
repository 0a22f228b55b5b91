// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/indicator/IndicatorTable.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace im {

class TenantSnapshot;

// The preview's list of rows: every row of the table (or only those sent, or only those not sent)
// with what the plan does with it and why, and a tick box to leave a row out. Reads the table in
// place, so a million rows cost a few bytes each.
class PreviewRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SendColumn, RowColumn, TypeColumn, ValueColumn, OutcomeColumn, BatchColumn, NumColumns };
    enum class Show { All, Sent, NotSent };

    explicit PreviewRowsModel(QObject *parent = nullptr);

    // The table must outlive the model or be replaced with setPlan() before it goes.
    void setPlan(const IndicatorTable *table, const BatchPlan &plan);
    // What the tenant holds against each row: the snapshot index of an indicator with the same value and
    // the opposite stance (TenantComparison::opposing; empty without a tenant), and the snapshot, which
    // must outlive the model's use of it.
    void setTenantOpposing(std::vector<int> opposing, const TenantSnapshot *snapshot);
    void setShow(Show show);
    [[nodiscard]] Show show() const { return m_show; }

    // By table row: rows the user unticked (kept by row id, so they stay unticked while rows are
    // inserted, deleted or sorted in the grid).
    [[nodiscard]] std::vector<bool> excludedRows(const IndicatorTable &table) const;
    void setExcluded(int tableRow, bool excluded);
    void clearExclusions();

    [[nodiscard]] int tableRow(int modelRow) const { return m_visible[static_cast<size_t>(modelRow)]; }
    [[nodiscard]] RowId rowId(int modelRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    static QString outcomeText(PlanOutcome outcome);
    // The outcomes the plan gives any row, shown or not.
    [[nodiscard]] std::vector<PlanOutcome> outcomesInPlan() const;
    // Headers and outcome texts come from tr() at paint time; this repaints them after a language change.
    void retranslate();

Q_SIGNALS:
    // The user ticked or unticked a row; the plan must be made again.
    void exclusionChanged();

private:
    void rebuildVisible();

    const IndicatorTable *m_table = nullptr;
    std::vector<PlanOutcome> m_outcomes;
    std::vector<int> m_batchOf;  // by table row; -1 when not sent
    std::vector<int> m_opposing; // by table row; -1: the tenant holds nothing against it
    const TenantSnapshot *m_snapshot = nullptr;
    QSet<RowId> m_excluded;
    std::vector<int> m_visible;
    Show m_show = Show::All;
};

} // namespace im
