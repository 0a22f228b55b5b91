// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/problems/ProblemsPanel.h"

#include "core/model/IndicatorTableModel.h"
#include "core/validation/Fixes.h"
#include "ui/problems/ProblemsModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace im {

ProblemsPanel::ProblemsPanel(IndicatorTableModel *grid, QWidget *parent)
    : QWidget(parent)
    , m_grid(grid)
    , m_model(new ProblemsModel(grid, this))
    , m_treeView(new QTreeView(this))
    , m_summaryLabel(new QLabel(this))
    , m_fixButton(new QPushButton(this))
    , m_fixAllButton(new QPushButton(this))
    , m_filterButton(new QPushButton(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_treeView->setObjectName(QStringLiteral("problemsTreeView"));
    m_treeView->setModel(m_model);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setExpandsOnDoubleClick(true);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(ProblemsModel::ProblemColumn, QHeaderView::Stretch);
    m_treeView->header()->setSectionResizeMode(ProblemsModel::RowsColumn, QHeaderView::ResizeToContents);
    m_summaryLabel->setObjectName(QStringLiteral("problemsSummaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixButton->setObjectName(QStringLiteral("fixRowButton"));
    m_fixButton->setIcon(QIcon(QStringLiteral(":/icons/fix.svg")));
    m_fixAllButton->setObjectName(QStringLiteral("fixAllButton"));
    m_fixAllButton->setIcon(QIcon(QStringLiteral(":/icons/fix-all.svg")));
    m_filterButton->setObjectName(QStringLiteral("filterProblemButton"));
    m_filterButton->setIcon(QIcon(QStringLiteral(":/icons/filter.svg")));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summaryLabel, 1);
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_fixAllButton);
    buttons->addWidget(m_filterButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_treeView, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProblemsPanel::refreshNow);
    connect(m_grid, &IndicatorTableModel::issuesChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    // Row numbers in the list follow the grid's order.
    connect(m_grid, &IndicatorTableModel::orderChanged, m_treeView->viewport(), qOverload<>(&QWidget::update));
    connect(m_treeView, &QTreeView::clicked, this, &ProblemsPanel::activate);
    connect(m_treeView, &QTreeView::activated, this, &ProblemsPanel::activate);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProblemsPanel::updateButtons);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        if (const auto code = selectedCode(); code && selectedRow() != 0)
            Q_EMIT fixRowRequested(selectedRow(), *code);
    });
    connect(m_fixAllButton, &QPushButton::clicked, this, [this] {
        if (const auto code = selectedCode())
            Q_EMIT fixAllRequested(*code);
    });
    connect(m_filterButton, &QPushButton::clicked, this, [this] {
        if (const auto code = selectedCode())
            Q_EMIT filterRequested(*code);
    });
    retranslateUi();
    refreshNow();
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslateUi()
{
    setAccessibleName(tr("Problems"));
    m_treeView->setAccessibleName(tr("Problems by rule"));
    m_fixButton->setText(tr("&Fix this row"));
    m_fixButton->setAccessibleName(tr("Fix this row"));
    m_fixAllButton->setText(tr("Fix &all rows..."));
    m_fixAllButton->setAccessibleName(tr("Fix all rows with this problem"));
    m_fixAllButton->setToolTip(tr("Apply the suggested fix to every row with the selected problem"));
    m_filterButton->setText(tr("&Show only these rows"));
    m_filterButton->setAccessibleName(tr("Show only rows with this problem"));
    updateButtons();
    updateSummary();
}

std::optional<IssueCode> ProblemsPanel::selectedCode() const
{
    const QModelIndex current = m_treeView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return static_cast<IssueCode>(current.data(ProblemsModel::IssueCodeRole).toInt());
}

RowId ProblemsPanel::selectedRow() const
{
    return m_treeView->currentIndex().data(ProblemsModel::RowIdRole).value<RowId>();
}

void ProblemsPanel::refreshNow()
{
    m_refreshTimer->stop();
    // Keep what the analyst had open and selected across the recount.
    std::set<int> expanded;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex rule = m_model->index(r, 0);
        if (m_treeView->isExpanded(rule))
            expanded.insert(rule.data(ProblemsModel::IssueCodeRole).toInt());
    }
    const std::optional<IssueCode> code = selectedCode();
    const RowId row = selectedRow();
    const int childRow = m_treeView->currentIndex().parent().isValid() ? m_treeView->currentIndex().row() : -1;

    m_model->refresh();

    for (int c : expanded) {
        const QModelIndex rule = m_model->indexOfCode(static_cast<IssueCode>(c));
        if (rule.isValid())
            m_treeView->expand(rule);
    }
    if (code) {
        QModelIndex restore = m_model->indexOfCode(*code);
        if (restore.isValid() && row != 0) {
            // The same row if it still has the problem, else the one that took its place.
            QModelIndex child;
            for (int r = 0; r < m_model->rowCount(restore) && !child.isValid(); ++r) {
                if (m_model->index(r, 0, restore).data(ProblemsModel::RowIdRole).value<RowId>() == row)
                    child = m_model->index(r, 0, restore);
            }
            if (!child.isValid() && childRow >= 0)
                child = m_model->index(std::min(childRow, m_model->rowCount(restore) - 1), 0, restore);
            if (child.isValid())
                restore = child;
        }
        if (restore.isValid())
            m_treeView->setCurrentIndex(restore);
    }
    updateSummary();
    updateButtons();
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto code = static_cast<IssueCode>(index.data(ProblemsModel::IssueCodeRole).toInt());
    RowId row = index.data(ProblemsModel::RowIdRole).value<RowId>();
    if (!index.parent().isValid()) {
        // A rule: go to its first row.
        const QModelIndex first = m_model->index(0, 0, index.siblingAtColumn(0));
        row = first.data(ProblemsModel::RowIdRole).value<RowId>();
    } else if (row == 0) {
        // "... and N more": show them all in the grid.
        Q_EMIT filterRequested(code);
        return;
    }
    if (row != 0)
        Q_EMIT jumpRequested(row, code);
}

void ProblemsPanel::updateButtons()
{
    const std::optional<IssueCode> code = selectedCode();
    // The fix buttons offer only what validation can fix; the tool tip names the fix.
    std::optional<Fix> fix;
    const IndicatorTable &table = m_grid->document().table();
    const int row = selectedRow() != 0 ? table.rowOf(selectedRow()) : -1;
    if (code && row >= 0)
        fix = Fixes::suggest(table.cells(row), *code);
    m_fixButton->setEnabled(fix.has_value());
    m_fixButton->setToolTip(fix ? tr("Apply: %1").arg(fix->label)
                                : tr("Select a row whose problem has a suggested fix"));
    m_fixAllButton->setEnabled(code && Fixes::canFix(*code));
    m_filterButton->setEnabled(code.has_value());
}

void ProblemsPanel::updateSummary()
{
    const IssueStatistics &stats = m_model->statistics();
    const ValidationSummary &s = stats.summary;
    if (s.errors == 0 && s.warnings == 0) {
        m_summaryLabel->setText(s.rows == 0 ? tr("No indicators") : tr("No problems"));
        return;
    }
    //: %1 and %2 are complete phrases such as "3 errors" and "2 warnings"
    m_summaryLabel->setText(tr("%1, %2 in %n row(s)", nullptr, stats.rowsWithIssues)
                                .arg(tr("%n error(s)", nullptr, s.errors), tr("%n warning(s)", nullptr, s.warnings)));
}

} // namespace im
