// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mapping/CsvPreviewModel.h"

#include "core/validation/IssueMessages.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace im {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setRecords(const QList<QStringList> &records, bool hasHeader)
{
    beginResetModel();
    m_records = records;
    m_hasHeader = hasHeader;
    m_columns = 0;
    for (const QStringList &r : records)
        m_columns = std::max(m_columns, static_cast<int>(r.size()));
    m_roles.assign(static_cast<size_t>(m_columns), std::nullopt);
    endResetModel();
}

void CsvPreviewModel::setRoles(const std::vector<std::optional<Field>> &roles)
{
    m_roles = roles;
    m_roles.resize(static_cast<size_t>(m_columns));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, m_columns - 1));
    if (m_columns > 0 && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

QString CsvPreviewModel::columnName(int column) const
{
    if (m_hasHeader && !m_records.isEmpty() && column < m_records.first().size()) {
        QString name = m_records.first().at(column).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("Column %1").arg(column + 1);
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return std::max(0, static_cast<int>(m_records.size()) - (m_hasHeader ? 1 : 0));
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QStringList &record = m_records.at(index.row() + (m_hasHeader ? 1 : 0));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return index.column() < record.size() ? record.at(index.column()) : QString();
    case Qt::ForegroundRole:
        if (!m_roles[static_cast<size_t>(index.column())])
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole || section >= m_columns)
        return {};
    const auto &field = m_roles[static_cast<size_t>(section)];
    //: Preview column header: a file's column name and, below it, the field it feeds
    return tr("%1\n→ %2").arg(columnName(section), field ? IssueMessages::fieldLabel(*field) : tr("not imported"));
}

} // namespace im
