// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IndicatorTableModel.h"

#include "core/document/ValidationThreads.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/submit/FailureAdvice.h"
#include "core/tasks/ParallelParts.h"
#include "core/validation/IssueMessages.h"

#include <algorithm>
#include <iterator>

namespace im {
namespace {

// Contiguous runs of ascending positions, as (first, last) pairs.
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &sorted)
{
    std::vector<std::pair<int, int>> runs;
    for (int p : sorted) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else
            runs.emplace_back(p, p);
    }
    return runs;
}

// The cells of an edit that differ from the row's, and the edit that puts the row back.
IndicatorDocument::CellChanges changesOf(const IndicatorTable &table, int row, const RowEdit &edit, RowEdit *inverse)
{
    IndicatorDocument::CellChanges changed;
    for (const auto &[field, value] : edit.cells) {
        const QByteArrayView current = table.cell(row, field);
        if (current == QByteArrayView(value))
            continue;
        inverse->cells.emplace_back(field, current.toByteArray());
        changed.emplace_back(field, value);
    }
    // Undo restores the fields in reverse, so a field set twice ends at its first old value.
    std::reverse(inverse->cells.begin(), inverse->cells.end());
    return changed;
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(std::make_unique<IndicatorDocument>())
{
}

IndicatorTableModel::~IndicatorTableModel() = default;

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_order.visibleCount();
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
        // The table's own row number, as in a spreadsheet: a sort or filter moves rows, not their numbers,
        // so "row 12" in a message is the row headed 12.
        if (role == Qt::DisplayRole)
            return section >= 0 && section < rowCount() ? m_order.tableRow(section) + 1 : section + 1;
        // Rows appended from another file say which, since the window names only the first.
        if (role == Qt::ToolTipRole && section >= 0 && section < rowCount()) {
            const IndicatorTable &table = m_document->table();
            const int row = m_order.tableRow(section);
            const QString file = table.sourceFile(row);
            if (file.isEmpty())
                return {};
            if (table.sourceLine(row) > 0)
                //: Tool tip of a row appended from another file; %1 is its file name, %2 the line
                return tr("From %1, line %2").arg(file).arg(table.sourceLine(row));
            return tr("From %1").arg(file);
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return columnTitle(section);
    case Qt::ToolTipRole:
        if (const auto field = fieldOfColumn(section))
            return QString::fromLatin1(apiName(*field));
        return {};
    case FieldRole:
        if (const auto field = fieldOfColumn(section))
            return fieldIndex(*field);
        return -1;
    default: return {};
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // A row the service took is read-only: editing it here would no longer match the tenant. Failed
    // and unsent rows stay editable so they can be fixed and sent again.
    const bool submitted =
        m_outcomes && index.row() < rowCount() && m_outcomes->state(rowIdAt(index.row())) == SubmitState::Succeeded;
    if (fieldOfColumn(index.column()) && !submitted)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = m_order.tableRow(index.row());
    const auto field = fieldOfColumn(index.column());
    const IndicatorTable &table = m_document->table();
    const IssueSet &rowIssues = table.issues(row);
    const IssueSet cellIssues = field ? rowIssues.forField(*field) : rowIssues;
    if (role == SubmitStateRole)
        return static_cast<int>(m_outcomes ? m_outcomes->state(table.rowId(row)) : SubmitState::None);
    if (!field && m_outcomes && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        QVariant result = outcomeData(table.rowId(row), role);
        if (result.isValid())
            return result;
    }

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
    case Qt::CheckStateRole:
        if (field == Field::GenerateAlert)
            return parseBoolCell(table.cell(row, *field)) == BoolCell::True ? Qt::Checked : Qt::Unchecked;
        return {};
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
    case RowIdRole: return table.rowId(row);
    case FieldRole: return field ? fieldIndex(*field) : -1;
    case SourceLineRole: return table.sourceLine(row);
    case SourceFileRole: return table.sourceFile(row);
    default: return {};
    }
}

QVariant IndicatorTableModel::outcomeData(RowId row, int role) const
{
    const RowOutcome o = m_outcomes->outcome(row);
    const bool edited = m_editedSinceOutcome.contains(row);
    const QString reason = o.reason();
    switch (o.status) {
    case RowStatus::None:
    case RowStatus::Pending: return {};
    case RowStatus::Succeeded:
        if (role == Qt::DisplayRole)
            //: Status column after submitting; %1 is the indicator id the service gave
            return tr("Succeeded (id %1)").arg(o.id);
        return tr("The service took this indicator; its id is %1.").arg(o.id);
    case RowStatus::NotSent:
        if (edited && role == Qt::DisplayRole)
            //: Status column: a row left out of the last submission and changed since; %1 is why it was left out
            return tr("Edited since it was not sent: %1").arg(reason);
        if (role == Qt::DisplayRole)
            return tr("Not sent: %1").arg(reason);
        if (edited)
            return tr("This row was not sent: %1\nIt has been edited since.").arg(reason);
        return tr("This row was not sent: %1").arg(reason);
    case RowStatus::Failed: {
        if (edited && role == Qt::DisplayRole)
            //: Status column: a row the service refused and that was changed since; %1 is the service's reason
            return tr("Edited since it failed: %1").arg(reason);
        if (role == Qt::DisplayRole)
            return tr("Failed: %1").arg(reason);
        if (edited)
            return tr("The service refused this row: %1\nIt has been edited since; Resubmit Failed sends it again.")
                .arg(reason);
        QString tip = tr("The service refused this row: %1").arg(reason);
        const FailureAdvice advice = FailureAdvice::forReason(reason);
        if (!advice.isEmpty())
            tip += u'\n' + advice.explanation + u'\n' + tr("Suggested fix: %1").arg(advice.fix);
        return tip;
    }
    }
    return {};
}

void IndicatorTableModel::setOutcomes(std::shared_ptr<const SubmitOutcomes> outcomes)
{
    m_outcomes = std::move(outcomes);
    m_editedSinceOutcome.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT outcomesChanged();
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto field = fieldOfColumn(index.column());
    if (!index.isValid() || role != Qt::EditRole || !field)
        return false;
    const QString text = value.toString();
    const int row = m_order.tableRow(index.row());
    if (m_document->table().text(row, *field) == text)
        return false;
    applyEdits({RowEdit{m_document->table().rowId(row), {{*field, text.toUtf8()}}, std::nullopt}});
    return true;
}

void IndicatorTableModel::applyFix(int row, const Fix &fix)
{
    RowEdit edit{rowIdAt(row), fix.edits, std::nullopt};
    if (fix.dismissReadNotes)
        edit.readNotes = fix.readNotesAfter();
    applyEdits({edit});
}

RowId IndicatorTableModel::rowIdAt(int viewRow) const
{
    return m_document->table().rowId(m_order.tableRow(viewRow));
}

QModelIndex IndicatorTableModel::indexOf(RowId row, int column) const
{
    const int tableRow = m_document->table().rowOf(row);
    const int view = tableRow < 0 ? -1 : m_order.viewRow(tableRow);
    return view < 0 ? QModelIndex() : index(view, column);
}

std::unique_ptr<IndicatorDocument> IndicatorTableModel::setDocument(std::unique_ptr<IndicatorDocument> document)
{
    beginResetModel();
    std::swap(m_document, document);
    m_outcomes.reset();
    m_editedSinceOutcome.clear();
    m_order.reset(m_document->rowCount());
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    endResetModel();
    Q_EMIT documentReplaced();
    Q_EMIT orderChanged();
    Q_EMIT issuesChanged();
    return document;
}

void IndicatorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the current cell, the selection) follow their rows.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> tableRows;
    tableRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &i : before)
        tableRows.push_back(m_order.tableRow(i.row()));
    m_order.sort(m_document->table(), fieldOfColumn(column), order);
    m_sortColumn = column;
    m_sortOrder = order;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int view = m_order.viewRow(tableRows[static_cast<size_t>(i)]);
        after.append(view < 0 ? QModelIndex() : index(view, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT orderChanged();
}

void IndicatorTableModel::setFilter(const RowFilter &filter)
{
    if (filter == m_order.filter())
        return;
    beginResetModel();
    m_order.setFilter(m_document->table(), filter);
    endResetModel();
    Q_EMIT orderChanged();
}

void IndicatorTableModel::refreshTableRows(const std::vector<int> &tableRows)
{
    std::vector<int> views;
    views.reserve(tableRows.size());
    for (int r : tableRows) {
        const int v = m_order.viewRow(r);
        if (v >= 0)
            views.push_back(v);
    }
    std::sort(views.begin(), views.end());
    views.erase(std::unique(views.begin(), views.end()), views.end());
    // Views repaint what they show; one signal for a big change is cheaper than thousands.
    if (views.size() > 64) {
        Q_EMIT dataChanged(index(views.front(), 0), index(views.back(), ColumnCount - 1));
    } else {
        for (int v : views)
            Q_EMIT dataChanged(index(v, 0), index(v, ColumnCount - 1));
    }
    Q_EMIT issuesChanged();
}

RowEdits IndicatorTableModel::applyEdits(const RowEdits &edits)
{
    if (isLargeEdit(edits.size())) {
        readyForPreparation();
        if (std::optional<PreparedEdit> prepared = prepareLargeEdit(edits)) {
            RowEdits undo;
            applyPrepared(std::move(*prepared), &undo);
            return undo;
        }
    }
    RowEdits undo;
    undo.reserve(edits.size());
    std::vector<int> touched;
    const IndicatorTable &table = m_document->table();
    for (const RowEdit &edit : edits) {
        const int row = table.rowOf(edit.row);
        if (row < 0)
            continue;
        RowEdit inverse{edit.row, {}, std::nullopt};
        const IndicatorDocument::CellChanges changed = changesOf(table, row, edit, &inverse);
        if (edit.readNotes) {
            inverse.readNotes = table.readNotes(row);
            m_document->setReadNotes(row, *edit.readNotes);
        }
        if (!changed.empty()) {
            if (m_outcomes && m_outcomes->state(edit.row) != SubmitState::None)
                m_editedSinceOutcome.insert(edit.row);
            const std::vector<int> others = m_document->setCells(row, changed);
            touched.insert(touched.end(), others.begin(), others.end());
        }
        if (changed.empty() && !edit.readNotes)
            continue;
        touched.push_back(row);
        undo.push_back(std::move(inverse));
    }
    std::reverse(undo.begin(), undo.end());
    if (!touched.empty())
        refreshTableRows(touched);
    return undo;
}

void IndicatorTableModel::readyForPreparation() const
{
    m_document->table().buildRowIndex();
}

std::optional<IndicatorTableModel::PreparedEdit> IndicatorTableModel::prepareLargeEdit(const RowEdits &edits) const
{
    // Cells only, each row once: read notes and a row edited twice keep the row-by-row way, where
    // each edit sees the one before.
    const IndicatorTable &table = m_document->table();
    std::vector<int> rows(edits.size());
    std::vector<bool> seen(static_cast<size_t>(table.rowCount()), false);
    for (size_t i = 0; i < edits.size(); ++i) {
        const int row = table.rowOf(edits[i].row);
        if (edits[i].readNotes || (row >= 0 && seen[static_cast<size_t>(row)]))
            return std::nullopt;
        if (row >= 0)
            seen[static_cast<size_t>(row)] = true;
        rows[i] = row;
    }

    // What each edit changes and the edit that puts it back, worked out in stretches of edits on every
    // core and joined in order.
    struct Stretch
    {
        std::vector<std::pair<int, IndicatorDocument::CellChanges>> changes;
        RowEdits undo;
        std::vector<RowId> changedRows;
    };
    const int parts = ValidationThreads::forRows(static_cast<int>(edits.size()));
    std::vector<Stretch> stretches(static_cast<size_t>(parts));
    runSlices(edits.size(), parts, [&](size_t begin, size_t end, int part) {
        Stretch &stretch = stretches[static_cast<size_t>(part)];
        stretch.changes.reserve(end - begin);
        stretch.undo.reserve(end - begin);
        stretch.changedRows.reserve(end - begin);
        for (size_t i = begin; i < end; ++i) {
            if (rows[i] < 0)
                continue;
            RowEdit inverse{edits[i].row, {}, std::nullopt};
            IndicatorDocument::CellChanges changed = changesOf(table, rows[i], edits[i], &inverse);
            if (changed.empty())
                continue;
            stretch.changedRows.push_back(edits[i].row);
            stretch.changes.emplace_back(rows[i], std::move(changed));
            stretch.undo.push_back(std::move(inverse));
        }
    });

    PreparedEdit prepared;
    prepared.from = m_document.get();
    std::vector<std::pair<int, IndicatorDocument::CellChanges>> changes;
    changes.reserve(edits.size());
    prepared.undo.reserve(edits.size());
    // Undo puts the rows back last edit first.
    for (auto stretch = stretches.rbegin(); stretch != stretches.rend(); ++stretch) {
        std::move(stretch->undo.rbegin(), stretch->undo.rend(), std::back_inserter(prepared.undo));
        stretch->undo = {};
    }
    for (Stretch &stretch : stretches) {
        std::move(stretch.changes.begin(), stretch.changes.end(), std::back_inserter(changes));
        prepared.changedRows.insert(prepared.changedRows.end(), stretch.changedRows.begin(), stretch.changedRows.end());
    }
    stretches = {}; // before the table's copy is made: the moment of most memory
    if (!changes.empty())
        prepared.edited = std::make_shared<IndicatorDocument>(m_document->withCellsOfRows(changes));
    return prepared;
}

bool IndicatorTableModel::applyPrepared(PreparedEdit &&prepared, RowEdits *undo)
{
    if (prepared.from != m_document.get())
        return false;
    *undo = std::move(prepared.undo);
    if (!prepared.edited)
        return true;
    if (m_outcomes) {
        for (RowId row : prepared.changedRows) {
            if (m_outcomes->state(row) != SubmitState::None)
                m_editedSinceOutcome.insert(row);
        }
    }
    m_document->adopt(std::move(*prepared.edited));
    prepared.edited.reset();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT issuesChanged();
    return true;
}

std::vector<RowId> IndicatorTableModel::insertIndicators(int viewRow, const std::vector<Indicator> &indicators,
                                                         const std::vector<RowId> &ids)
{
    if (indicators.empty())
        return {};
    viewRow = std::clamp(viewRow, 0, rowCount());
    const int count = static_cast<int>(indicators.size());
    const int tableRow = viewRow < rowCount() ? m_order.tableRow(viewRow) : m_document->rowCount();

    const std::vector<int> others = m_document->insertIndicators(tableRow, indicators, ids);
    std::vector<int> inserted(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        inserted[static_cast<size_t>(i)] = tableRow + i;
    m_order.tableRowsInserted(inserted);

    // In the full order the rows go just before the row they were inserted above.
    const int orderPosition = viewRow < rowCount() ? m_order.orderPositions({m_order.tableRow(viewRow)}).front()
                                                   : static_cast<int>(m_order.orderedRows().size());
    std::vector<std::pair<int, int>> inOrder;
    std::vector<std::pair<int, int>> inView;
    for (int i = 0; i < count; ++i) {
        inOrder.emplace_back(orderPosition + i, tableRow + i);
        inView.emplace_back(viewRow + i, tableRow + i);
    }
    m_order.placeInOrder(inOrder);
    beginInsertRows({}, viewRow, viewRow + count - 1);
    m_order.showVisible(inView);
    endInsertRows();

    std::vector<RowId> result;
    result.reserve(indicators.size());
    for (int i = 0; i < count; ++i)
        result.push_back(m_document->table().rowId(tableRow + i));
    refreshTableRows(others);
    return result;
}

void IndicatorTableModel::setRowSources(const std::vector<RowId> &rows, const IndicatorTable &from, const QString &file)
{
    const int count = std::min(static_cast<int>(rows.size()), from.rowCount());
    std::vector<int> touched;
    for (int i = 0; i < count; ++i) {
        const int row = m_document->table().rowOf(rows[static_cast<size_t>(i)]);
        if (row < 0)
            continue;
        m_document->setSource(row, from.sourceLine(i), from.sourcePage(i), file, from.sourceContext(i));
        const QList<ReadNote> notes = from.readNotes(i);
        if (!notes.isEmpty()) {
            const std::vector<int> others = m_document->setReadNotes(row, notes);
            touched.insert(touched.end(), others.begin(), others.end());
            touched.push_back(row);
        }
    }
    if (!touched.empty())
        refreshTableRows(touched);
}

RemovedRows IndicatorTableModel::removeRowsById(const std::vector<RowId> &rows)
{
    const IndicatorTable &table = m_document->table();
    std::vector<int> tableRows;
    tableRows.reserve(rows.size());
    for (RowId id : rows) {
        const int r = table.rowOf(id);
        if (r >= 0)
            tableRows.push_back(r);
    }
    std::sort(tableRows.begin(), tableRows.end());
    tableRows.erase(std::unique(tableRows.begin(), tableRows.end()), tableRows.end());
    RemovedRows removed;
    if (tableRows.empty())
        return removed;

    removed.orderPositions = m_order.orderPositions(tableRows);
    removed.viewPositions.reserve(tableRows.size());
    std::vector<int> views;
    for (int r : tableRows) {
        const int v = m_order.viewRow(r);
        removed.viewPositions.push_back(v);
        if (v >= 0)
            views.push_back(v);
    }
    std::sort(views.begin(), views.end());
    // Views learn of the rows leaving run by run, from the bottom up; the table changes afterwards.
    const auto runs = runsOf(views);
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_order.hideVisible(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    std::vector<int> changed;
    removed.rows = m_document->takeRows(tableRows, &changed);
    m_order.tableRowsRemoved(tableRows);
    refreshTableRows(changed);
    return removed;
}

void IndicatorTableModel::restoreRows(const RemovedRows &removed)
{
    if (removed.isEmpty())
        return;
    const std::vector<int> others = m_document->putBackRows(removed.rows);
    std::vector<int> positions;
    positions.reserve(removed.rows.size());
    for (const auto &row : removed.rows)
        positions.push_back(row.position);
    m_order.tableRowsInserted(positions);

    std::vector<std::pair<int, int>> inOrder;
    std::vector<std::pair<int, int>> inView;
    for (size_t i = 0; i < removed.rows.size(); ++i) {
        inOrder.emplace_back(removed.orderPositions[i], positions[i]);
        if (removed.viewPositions[i] >= 0)
            inView.emplace_back(removed.viewPositions[i], positions[i]);
    }
    std::sort(inOrder.begin(), inOrder.end());
    std::sort(inView.begin(), inView.end());
    m_order.placeInOrder(inOrder);

    // Back into view run by run, from the top down, each at its final position.
    size_t i = 0;
    while (i < inView.size()) {
        size_t j = i + 1;
        while (j < inView.size() && inView[j].first == inView[j - 1].first + 1)
            ++j;
        beginInsertRows({}, inView[i].first, inView[j - 1].first);
        m_order.showVisible(std::vector<std::pair<int, int>>(inView.begin() + static_cast<std::ptrdiff_t>(i),
                                                             inView.begin() + static_cast<std::ptrdiff_t>(j)));
        endInsertRows();
        i = j;
    }
    std::vector<int> touched = others;
    touched.insert(touched.end(), positions.begin(), positions.end());
    refreshTableRows(touched);
}

void IndicatorTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace im
