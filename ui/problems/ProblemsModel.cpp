// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/problems/ProblemsModel.h"

#include "core/model/IndicatorTableModel.h"
#include "core/validation/IssueMessages.h"

#include <QLocale>

namespace im {
namespace {

// Top-level items have an internal id of 0; a child stores its rule's position + 1.
quintptr ruleTag(size_t rule)
{
    return static_cast<quintptr>(rule) + 1;
}

} // namespace

ProblemsModel::ProblemsModel(const IndicatorTableModel *grid, QObject *parent)
    : QAbstractItemModel(parent)
    , m_grid(grid)
    , m_errorIcon(QStringLiteral(":/icons/error.svg"))
    , m_warningIcon(QStringLiteral(":/icons/warning.svg"))
{
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_stats = IssueStatistics::of(m_grid->document().table());
    m_rules.clear();
    for (IssueCode code : m_stats.presentCodes())
        m_rules.push_back(Rule{code, false, {}});
    endResetModel();
}

void ProblemsModel::load(const Rule &rule) const
{
    if (rule.loaded)
        return;
    const IndicatorTable &table = m_grid->document().table();
    for (int row : IssueStatistics::rowsWithIssue(table, rule.code, kListedRows))
        rule.rows.push_back(table.rowId(row));
    rule.loaded = true;
}

int ProblemsModel::childCount(const Rule &rule) const
{
    const int total = m_stats.rowsWithCode(rule.code);
    return std::min(total, kListedRows) + (total > kListedRows ? 1 : 0);
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCountOfProblems)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_rules.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= static_cast<int>(m_rules.size()))
        return {};
    if (row >= childCount(m_rules[static_cast<size_t>(parent.row())]))
        return {};
    return createIndex(row, column, ruleTag(static_cast<size_t>(parent.row())));
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rules.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return childCount(m_rules[static_cast<size_t>(parent.row())]);
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCountOfProblems;
}

bool ProblemsModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() || (parent.internalId() == 0 && parent.column() == 0);
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ProblemColumn ? tr("Problem") : tr("Rows");
}

QModelIndex ProblemsModel::indexOfCode(IssueCode code) const
{
    for (size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].code == code)
            return createIndex(static_cast<int>(i), 0, quintptr(0));
    }
    return {};
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isRule = index.internalId() == 0;
    const Rule &rule = m_rules[static_cast<size_t>(isRule ? index.row() : static_cast<int>(index.internalId() - 1))];
    const IssueInfo &info = issueInfo(rule.code);
    if (role == IssueCodeRole)
        return static_cast<int>(rule.code);

    if (isRule) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ProblemColumn)
                return IssueMessages::ruleTitle(rule.code);
            return QLocale().toString(m_stats.rowsWithCode(rule.code));
        case Qt::DecorationRole:
            if (index.column() == ProblemColumn)
                return info.severity == IssueSeverity::Error ? m_errorIcon : m_warningIcon;
            return {};
        case Qt::ToolTipRole:
            //: %1 is a column such as "Indicator value", %2 "Error" or "Warning"
            return tr("%1 column; %2. Click to go to the first row, double-click to list the rows.")
                .arg(IssueMessages::fieldLabel(info.field), IssueMessages::severityName(info.severity));
        case Qt::TextAlignmentRole:
            return index.column() == RowsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::AccessibleTextRole:
            return tr("%1: %n row(s)", nullptr, m_stats.rowsWithCode(rule.code))
                .arg(IssueMessages::ruleTitle(rule.code));
        default: return {};
        }
    }

    load(rule);
    const bool more = index.row() >= static_cast<int>(rule.rows.size());
    if (more) {
        if (role == Qt::DisplayRole && index.column() == ProblemColumn)
            return tr("... and %n more row(s): filter the grid to see them all", nullptr,
                      std::max(0, m_stats.rowsWithCode(rule.code) - static_cast<int>(rule.rows.size())));
        return {};
    }
    const RowId id = rule.rows[static_cast<size_t>(index.row())];
    if (role == RowIdRole)
        return id;
    const IndicatorTable &table = m_grid->document().table();
    const int tableRow = table.rowOf(id);
    if (tableRow < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == ProblemColumn) {
            const QString message =
                IssueMessages::describe(table, tableRow, rule.code, &m_grid->document().duplicates());
            if (role == Qt::ToolTipRole)
                return message;
            const int view = m_grid->viewRow(tableRow);
            //: An occurrence in the Problems panel; %1 is the row's number in the table (its row header), %2 the explanation
            return view >= 0 ? tr("Row %1: %2").arg(QString::number(tableRow + 1), message)
                             : tr("Hidden row: %1").arg(message);
        }
        return {};
    default: return {};
    }
}

void ProblemsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    refresh();
}

} // namespace im
