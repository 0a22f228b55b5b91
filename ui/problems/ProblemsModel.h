// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/IssueStatistics.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <vector>

namespace im {

class IndicatorTableModel;

// The Problems panel's tree: one top-level item per rule that some row breaks, with how many rows
// break it, and below it the rows themselves (the first few hundred; a last item counts the rest).
// Rows are listed by RowId, so they still lead to the right cell after sorting or editing.
class ProblemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IssueCodeRole = Qt::UserRole + 1, // int IssueCode, on every item
        RowIdRole,                        // RowId of an occurrence; 0 on rule items and the "more" item
    };
    enum ProblemsColumn { ProblemColumn, RowsColumn, ColumnCountOfProblems };

    explicit ProblemsModel(const IndicatorTableModel *grid, QObject *parent = nullptr);

    // Recounts from the grid's document (a few milliseconds for a million rows).
    void refresh();
    // The language changed: headers and rule titles are worded anew.
    void retranslate();
    [[nodiscard]] const IssueStatistics &statistics() const { return m_stats; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] QModelIndex indexOfCode(IssueCode code) const;

    static constexpr int kListedRows = 500;

private:
    struct Rule
    {
        IssueCode code;
        mutable bool loaded = false;
        mutable std::vector<RowId> rows; // the first kListedRows occurrences, in table order
    };
    void load(const Rule &rule) const;
    [[nodiscard]] int childCount(const Rule &rule) const;

    const IndicatorTableModel *m_grid;
    IssueStatistics m_stats;
    std::vector<Rule> m_rules;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace im
