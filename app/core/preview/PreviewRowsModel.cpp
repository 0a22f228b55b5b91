// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/PreviewRowsModel.h"

#include "core/preview/TenantSnapshot.h"

#include <QLocale>

#include <array>

namespace im {

PreviewRowsModel::PreviewRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewRowsModel::setTenantOpposing(std::vector<int> opposing, const TenantSnapshot *snapshot)
{
    m_opposing = std::move(opposing);
    m_snapshot = snapshot;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn));
}

void PreviewRowsModel::setPlan(const IndicatorTable *table, const BatchPlan &plan)
{
    const std::vector<int> before = m_visible;
    const bool sameTable = table == m_table && table && static_cast<int>(m_outcomes.size()) == table->rowCount();
    if (!sameTable)
        beginResetModel();
    m_table = table;
    m_outcomes = plan.outcomes;
    const int rows = table ? table->rowCount() : 0;
    m_batchOf.assign(static_cast<size_t>(rows), -1);
    for (size_t b = 0; b < plan.batches.size(); ++b)
        for (int row : plan.batches[b])
            m_batchOf[static_cast<size_t>(row)] = static_cast<int>(b);
    rebuildVisible();
    if (!sameTable) {
        endResetModel();
    } else if (before != m_visible) {
        // Rows moved in or out of the shown set: the view must start over.
        beginResetModel();
        endResetModel();
    } else if (rowCount() > 0) {
        // Same rows (a tick box or an option changed): keep the view's place, refresh the texts.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NumColumns - 1));
    }
}

void PreviewRowsModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    rebuildVisible();
    endResetModel();
}

void PreviewRowsModel::rebuildVisible()
{
    m_visible.clear();
    const int rows = static_cast<int>(m_outcomes.size());
    m_visible.reserve(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const bool sent = m_batchOf[static_cast<size_t>(row)] >= 0;
        if (m_show == Show::All || (m_show == Show::Sent) == sent)
            m_visible.push_back(row);
    }
}

std::vector<bool> PreviewRowsModel::excludedRows(const IndicatorTable &table) const
{
    if (m_excluded.isEmpty())
        return {};
    std::vector<bool> rows(static_cast<size_t>(table.rowCount()));
    for (int row = 0; row < table.rowCount(); ++row)
        rows[static_cast<size_t>(row)] = m_excluded.contains(table.rowId(row));
    return rows;
}

void PreviewRowsModel::setExcluded(int tableRow, bool excluded)
{
    if (!m_table || tableRow < 0 || tableRow >= m_table->rowCount())
        return;
    if (excluded)
        m_excluded.insert(m_table->rowId(tableRow));
    else
        m_excluded.remove(m_table->rowId(tableRow));
    Q_EMIT exclusionChanged();
}

void PreviewRowsModel::clearExclusions()
{
    m_excluded.clear();
    Q_EMIT exclusionChanged();
}

RowId PreviewRowsModel::rowId(int modelRow) const
{
    return m_table->rowId(tableRow(modelRow));
}

int PreviewRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int PreviewRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QString PreviewRowsModel::outcomeText(PlanOutcome outcome)
{
    switch (outcome) {
    case PlanOutcome::New: return tr("New indicator");
    case PlanOutcome::Update: return tr("Updates an indicator");
    case PlanOutcome::ExcludedByUser: return tr("Not sent: left out by you");
    case PlanOutcome::Invalid: return tr("Not sent: invalid");
    case PlanOutcome::Duplicate: return tr("Not sent: repeats an earlier row");
    case PlanOutcome::Unchanged: return tr("Not sent: unchanged in the tenant");
    case PlanOutcome::OverLimit: return tr("Not sent: beyond the first rows that fit the quota");
    case PlanOutcome::Succeeded: return tr("Not sent: already imported by an earlier submission");
    }
    return {};
}

std::vector<PlanOutcome> PreviewRowsModel::outcomesInPlan() const
{
    std::array<bool, 256> seen{};
    for (PlanOutcome outcome : m_outcomes)
        seen[static_cast<size_t>(outcome)] = true;
    std::vector<PlanOutcome> outcomes;
    for (size_t i = 0; i < seen.size(); ++i) {
        if (seen[i])
            outcomes.push_back(static_cast<PlanOutcome>(i));
    }
    return outcomes;
}

QVariant PreviewRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_table || index.row() >= rowCount())
        return {};
    const int row = tableRow(index.row());
    if (row >= m_table->rowCount())
        return {};
    const PlanOutcome outcome = m_outcomes[static_cast<size_t>(row)];
    if (role == Qt::CheckStateRole && index.column() == SendColumn)
        return m_excluded.contains(m_table->rowId(row)) ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ToolTipRole && index.column() == SendColumn)
        return tr("Untick to leave this row out of the import.");
    const int opposing =
        m_snapshot && static_cast<size_t>(row) < m_opposing.size() ? m_opposing[static_cast<size_t>(row)] : -1;
    if (opposing >= 0 && opposing < m_snapshot->size() && index.column() == OutcomeColumn) {
        const TenantIndicator &held = m_snapshot->at(opposing);
        if (role == Qt::ToolTipRole)
            //: %1 is the action the tenant's indicator has (such as Allowed), %2 its id
            return tr("The tenant holds this value as %1 (id %2) for devices this row also reaches. Defender keeps "
                      "both: for IPs, domains and URLs Allowed wins where both apply; for files the device-group "
                      "indicator wins over the one for all devices. Delete one of them, or give each device group "
                      "one action.")
                .arg(held.action, held.id);
        if (role == Qt::DisplayRole)
            //: Appended to what the import does with a row; %1 is the tenant's action, %2 the indicator's id
            return tr("%1 · the tenant has it as %2 (id %3)").arg(outcomeText(outcome), held.action, held.id);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return QLocale().toString(row + 1);
    case TypeColumn: return m_table->text(row, Field::IndicatorType);
    case ValueColumn: return m_table->text(row, Field::IndicatorValue);
    case OutcomeColumn: return outcomeText(outcome);
    case BatchColumn: {
        const int batch = m_batchOf[static_cast<size_t>(row)];
        return batch < 0 ? QVariant() : QVariant(QLocale().toString(batch + 1));
    }
    default: return {};
    }
}

QVariant PreviewRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SendColumn: return tr("Send");
    case RowColumn: return tr("Row");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    case OutcomeColumn: return tr("What happens");
    case BatchColumn: return tr("Batch");
    default: return {};
    }
}

Qt::ItemFlags PreviewRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == SendColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool PreviewRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != SendColumn || index.row() >= rowCount())
        return false;
    setExcluded(tableRow(index.row()), value.toInt() == Qt::Unchecked);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

void PreviewRowsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, NumColumns - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NumColumns - 1));
}

} // namespace im
