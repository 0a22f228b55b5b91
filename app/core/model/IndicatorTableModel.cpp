// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/IndicatorTableModel.h"

#include "validation/IssueMessages.h"

namespace im {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(std::make_unique<IndicatorDocument>())
{
}

IndicatorTableModel::~IndicatorTableModel() = default;

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->rowCount();
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorTableModel::columnTitle(int column)
{
    if (column == static_cast<int>(Column::Status))
        return tr("Status");
    if (const auto field = fieldOfColumn(column))
        return IssueMessages::fieldLabel(*field);
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        if (const auto field = fieldOfColumn(section))
            return QString::fromLatin1(apiName(*field));
        return {};
    case FieldRole:
        if (const auto field = fieldOfColumn(section))
            return fieldIndex(*field);
        return -1;
    default:
        return {};
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (fieldOfColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const auto field = fieldOfColumn(index.column());
    const IndicatorTable &table = m_document->table();
    const IssueSet &rowIssues = table.issues(row);
    const IssueSet cellIssues = field ? rowIssues.forField(*field) : rowIssues;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (field)
            return table.text(row, *field);
        if (role == Qt::EditRole)
            return {};
        if (rowIssues.hasErrors()) {
            int errors = 0;
            rowIssues.forEach([&errors](IssueCode c) { errors += issueInfo(c).severity == IssueSeverity::Error; });
            return tr("%n error(s)", nullptr, errors);
        }
        if (rowIssues.hasWarnings())
            return tr("%n warning(s)", nullptr, rowIssues.count());
        return tr("Valid");
    case Qt::ToolTipRole: {
        if (cellIssues.isEmpty())
            return {};
        QStringList lines;
        cellIssues.forEach([&](IssueCode code) {
            lines.append(IssueMessages::describe(table, row, code, &m_document->duplicates()));
        });
        return lines.join(u'\n');
    }
    case IssueSeverityRole:
        if (cellIssues.isEmpty())
            return static_cast<int>(CellSeverity::None);
        return static_cast<int>(cellIssues.hasErrors() ? CellSeverity::Error : CellSeverity::Warning);
    case IssueCodesRole: {
        QStringList codes;
        cellIssues.forEach([&codes](IssueCode c) { codes.append(QString::fromLatin1(issueInfo(c).code)); });
        return codes;
    }
    case RowIdRole:
        return table.rowId(row);
    case FieldRole:
        return field ? fieldIndex(*field) : -1;
    case SourceLineRole:
        return table.sourceLine(row);
    default:
        return {};
    }
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto field = fieldOfColumn(index.column());
    if (!index.isValid() || role != Qt::EditRole || !field)
        return false;
    const QString text = value.toString();
    if (m_document->table().text(index.row(), *field) == text)
        return false;
    const std::vector<int> others = m_document->setText(index.row(), *field, text);
    refreshRows(index.row(), others);
    return true;
}

void IndicatorTableModel::applyFix(int row, const Fix &fix)
{
    const std::vector<int> others = m_document->applyFix(row, fix);
    refreshRows(row, others);
}

void IndicatorTableModel::refreshRows(int editedRow, const std::vector<int> &otherRows)
{
    Q_EMIT dataChanged(index(editedRow, 0), index(editedRow, ColumnCount - 1));
    for (int r : otherRows)
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    Q_EMIT issuesChanged();
}

void IndicatorTableModel::setDocument(std::unique_ptr<IndicatorDocument> document)
{
    beginResetModel();
    m_document = std::move(document);
    endResetModel();
    Q_EMIT issuesChanged();
}

} // namespace im
