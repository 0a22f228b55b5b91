// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/IndicatorTableView.h"

#include "core/model/IndicatorTableModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace im {

IndicatorTableView::IndicatorTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("indicatorTableView"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight); // values: ElideMiddle, see IssueDelegate
    setContextMenuPolicy(Qt::CustomContextMenu);
    setTabKeyNavigation(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Fixed row heights keep a million rows cheap to lay out.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setSortingEnabled(true);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEditable)
            edit(index);
    });
    retranslateUi();
}

void IndicatorTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableView::changeEvent(event);
}

void IndicatorTableView::retranslateUi()
{
    setAccessibleName(tr("Indicators"));
    setAccessibleDescription(tr("One indicator per row. Cells with problems are marked; their tooltip says why."));
}

void IndicatorTableView::setIndicatorModel(IndicatorTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &IndicatorTableView::rememberCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &IndicatorTableView::restoreCurrent);
    connect(model, &IndicatorTableModel::orderChanged, this, &IndicatorTableView::syncSortIndicator);
    applyColumnWidths();
}

void IndicatorTableView::applyColumnWidths()
{
    // Wide enough for the longest usual value (or the header), plus the issue icon and padding.
    const QFontMetrics text = fontMetrics();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    const int padding = text.height() + 20;
    struct Sample
    {
        Column column;
        const char *value;
        bool fixedFont;
    };
    static const Sample kSamples[] = {
        {Column::Status, "99 warnings", false},
        {Column::IndicatorType, "CertificateThumbprint", false},
        {Column::IndicatorValue, "0f4c2b9e8d7a6c5b4a3f2e1d0c9b8a7f6e5d4c3b00", true},
        {Column::Action, "BlockAndRemediate", false},
        {Column::Severity, "Informational", false},
        {Column::Title, "Known ransomware loader", false},
        {Column::Description, "Dropper seen in the phishing wave", false},
        {Column::RecommendedActions, "Isolate the device and collect", false},
        {Column::ExpirationTime, "2027-12-31T00:00:00Z", false},
        {Column::RbacGroupNames, "Finance, Servers", false},
        {Column::GenerateAlert, "false", false},
        {Column::Category, "CommandAndControl", false},
        {Column::MitreTechniques, "T1566.001, T1204", false},
        {Column::Application, "installer.exe", false},
        {Column::EducateUrl, "https://intranet.example/why", false},
        {Column::ExternalId, "case-12345", false},
    };
    for (const Sample &s : kSamples) {
        const int column = static_cast<int>(s.column);
        const QString value = QString::fromLatin1(s.value);
        const int valueWidth = (s.fixedFont ? fixed : text).horizontalAdvance(value);
        const int headerWidth = header.horizontalAdvance(IndicatorTableModel::columnTitle(column)) + 24;
        setColumnWidth(column, std::max(valueWidth + padding, headerWidth));
    }
}

void IndicatorTableView::syncSortIndicator()
{
    // Follow the model (a new document is unsorted) without sorting again.
    const QSignalBlocker block(horizontalHeader());
    horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    horizontalHeader()->viewport()->update();
}

void IndicatorTableView::rememberCurrent()
{
    const QModelIndex current = currentIndex();
    m_rememberedRow = current.isValid() ? m_model->rowIdAt(current.row()) : 0;
    m_rememberedColumn = current.isValid() ? current.column() : -1;
}

void IndicatorTableView::restoreCurrent()
{
    if (m_rememberedRow == 0)
        return;
    const QModelIndex index = m_model->indexOf(m_rememberedRow, m_rememberedColumn);
    if (index.isValid()) {
        setCurrentIndex(index);
        scrollTo(index);
    }
}

void IndicatorTableView::goToCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    setFocus(Qt::OtherFocusReason);
}

std::vector<int> IndicatorTableView::selectedViewRows() const
{
    return rowsOf(selectedOrCurrent());
}

std::vector<int> IndicatorTableView::rowsOf(const QModelIndexList &indexes)
{
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(indexes.size()));
    for (const QModelIndex &i : indexes)
        rows.push_back(i.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QModelIndexList IndicatorTableView::selectedOrCurrent() const
{
    QModelIndexList indexes = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes.append(currentIndex());
    return indexes;
}

void IndicatorTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    // Enter commits and moves down, as in a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex current = currentIndex();
        const QModelIndex below = current.sibling(current.row() + 1, current.column());
        if (below.isValid())
            setCurrentIndex(below);
    }
}

void IndicatorTableView::keyPressEvent(QKeyEvent *event)
{
    // Home/End go to the first/last cell of the row, Ctrl+Home/End to the table's corners.
    if ((event->key() == Qt::Key_Home || event->key() == Qt::Key_End) && m_model && m_model->rowCount() > 0) {
        const bool toEnd = event->key() == Qt::Key_End;
        const QModelIndex current = currentIndex();
        const int row = event->modifiers() & Qt::ControlModifier ? (toEnd ? m_model->rowCount() - 1 : 0)
                                                                 : std::max(0, current.row());
        const int column = toEnd ? m_model->columnCount() - 1 : 0;
        setCurrentIndex(m_model->index(row, column));
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace im
