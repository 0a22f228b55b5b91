// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/GridClipboard.h"

#include "core/io/TableReader.h"
#include "core/io/TsvText.h"
#include "core/model/IndicatorTableModel.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/IndicatorTableView.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QItemSelectionModel>

#include <algorithm>
#include <map>
#include <set>

namespace im {

GridClipboard::GridClipboard(IndicatorTableView *view, GridEditor *editor, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_editor(editor)
{
}

QString GridClipboard::selectionText() const
{
    const QModelIndexList cells = m_view->selectedOrCurrent();
    if (cells.isEmpty())
        return {};
    std::set<int> rows;
    std::set<int> columns;
    std::set<std::pair<int, int>> selected;
    for (const QModelIndex &i : cells) {
        rows.insert(i.row());
        columns.insert(i.column());
        selected.emplace(i.row(), i.column());
    }
    const QAbstractItemModel *model = m_view->model();
    QList<QStringList> block;
    for (int r : rows) {
        QStringList line;
        for (int c : columns) {
            // The Status column copies what it shows; field columns copy the cell text exactly.
            const QModelIndex index = model->index(r, c);
            const int role = fieldOfColumn(c) ? Qt::EditRole : Qt::DisplayRole;
            line.append(selected.count({r, c}) ? index.data(role).toString() : QString());
        }
        block.append(line);
    }
    return TsvText::format(block);
}

void GridClipboard::copy() const
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void GridClipboard::cut()
{
    copy();
    m_editor->fillCells(m_view->selectedOrCurrent(), QString(), tr("Cut"));
}

bool GridClipboard::paste()
{
    return paste(QApplication::clipboard()->text());
}

bool GridClipboard::paste(const QString &text)
{
    const QList<QStringList> block = TsvText::parse(text);
    if (block.isEmpty())
        return false;
    const QModelIndexList selection = m_view->selectedOrCurrent();
    if (block.size() == 1 && block.first().size() == 1 && selection.size() > 1)
        return m_editor->fillCells(selection, block.first().first(), tr("Paste"));

    int row = m_view->model()->rowCount();
    int column = 1;
    if (!selection.isEmpty()) {
        row = selection.first().row();
        column = selection.first().column();
        for (const QModelIndex &i : selection) {
            row = std::min(row, i.row());
            column = std::min(column, i.column());
        }
    }
    if (!m_editor->pasteBlock(row, column, block))
        return false;
    // Select what was pasted, as spreadsheets do.
    const int lastRow = std::min(row + static_cast<int>(block.size()), m_view->model()->rowCount()) - 1;
    int width = 0;
    for (const QStringList &line : block)
        width = std::max(width, static_cast<int>(line.size()));
    const int firstColumn = std::max(column, 1);
    const int lastColumn = std::min(firstColumn + width, m_view->model()->columnCount()) - 1;
    const QItemSelection pasted(m_view->model()->index(row, firstColumn), m_view->model()->index(lastRow, lastColumn));
    m_view->setCurrentIndex(m_view->model()->index(row, firstColumn));
    m_view->selectionModel()->select(pasted, QItemSelectionModel::ClearAndSelect);
    return true;
}

QString GridClipboard::pasteAsRows()
{
    return pasteAsRows(QApplication::clipboard()->text());
}

QString GridClipboard::pasteAsRows(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.trimmed().isEmpty())
        return tr("The clipboard holds no text.");
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    IndicatorTable table;
    ReadOptions options;
    options.encoding = TextEncoding::Utf8;
    const ReadReport report = TableReader::read(buffer, table, options);
    if (!report.ok())
        return report.error;
    std::vector<Indicator> rows;
    rows.reserve(static_cast<size_t>(table.rowCount()));
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    const std::vector<int> selected = m_view->selectedViewRows();
    const int at = selected.empty() ? m_view->model()->rowCount() : selected.back() + 1;
    const int count = static_cast<int>(rows.size());
    const std::vector<RowId> ids =
        m_editor->insertRows(at, std::move(rows), tr("Paste %n indicator(s)", nullptr, count));
    if (ids.empty())
        return tr("The table cannot be changed right now.");
    auto *model = m_view->indicatorModel();
    const QModelIndex first = model->indexOf(ids.front(), columnOfField(Field::IndicatorValue));
    const QModelIndex last = model->indexOf(ids.back(), columnOfField(Field::IndicatorValue));
    if (first.isValid() && last.isValid()) {
        m_view->setCurrentIndex(first);
        m_view->selectionModel()->select(
            QItemSelection(first.siblingAtColumn(0), last.siblingAtColumn(ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(first);
    }
    return {};
}

} // namespace im
