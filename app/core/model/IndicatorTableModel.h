// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/IndicatorDocument.h"
#include "core/document/RowEdit.h"
#include "core/model/IndicatorColumns.h"
#include "core/model/RemovedRows.h"
#include "core/view/RowOrder.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>
#include <optional>

namespace im {

// The grid's model over an IndicatorDocument. It lives in the GUI-free core (QAbstractTableModel is
// part of QtCore), so it is tested without widgets; colours and icons are chosen by the view's
// delegate from IssueSeverityRole.
//
// Model rows are view rows: RowOrder maps them to table rows, so sorting and filtering happen here
// without a proxy. Every change goes through the document (validation and the duplicate index stay
// current) and names rows by RowId, which is what undo commands keep.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IssueSeverityRole = Qt::UserRole + 1, // int: 0 none, 1 warning, 2 error (for the cell; row for Status)
        IssueCodesRole,                       // QStringList of stable issue codes in the cell
        RowIdRole,                            // RowId of the row
        FieldRole,                            // int Field of the column, -1 for Status
        SourceLineRole,                       // line in the source file
        SubmitStateRole,                      // int SubmitState of the row's last submission
        SourceFileRole,                       // file an appended row came from; empty for the document's own
    };
    enum class CellSeverity { None = 0, Warning = 1, Error = 2 };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    ~IndicatorTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits one cell directly (no undo); the grid goes through GridEditor instead.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] const IndicatorDocument &document() const { return *m_document; }
    // Takes over a loaded and validated document (the old one is handed back, e.g. to free it elsewhere).
    std::unique_ptr<IndicatorDocument> setDocument(std::unique_ptr<IndicatorDocument> document);

    // The outcomes of the last submissions, shown in the Status column; a new document clears them.
    void setOutcomes(std::shared_ptr<const SubmitOutcomes> outcomes);
    [[nodiscard]] const std::shared_ptr<const SubmitOutcomes> &outcomes() const { return m_outcomes; }

    // Applies a suggested fix to a (view) row and refreshes every row whose issues changed.
    void applyFix(int row, const Fix &fix);

    // View order.
    void setFilter(const RowFilter &filter);
    [[nodiscard]] const RowFilter &filter() const { return m_order.filter(); }
    [[nodiscard]] const RowOrder &order() const { return m_order; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    [[nodiscard]] int tableRow(int viewRow) const { return m_order.tableRow(viewRow); }
    [[nodiscard]] int viewRow(int tableRow) const { return m_order.viewRow(tableRow); }
    [[nodiscard]] RowId rowIdAt(int viewRow) const;
    // The index of a row's cell, invalid when the row is gone or hidden by the filter.
    [[nodiscard]] QModelIndex indexOf(RowId row, int column) const;

    // Changes. Each returns what undoes it.
    RowEdits applyEdits(const RowEdits &edits);

    // applyEdits() of an edit of a large share of the rows in two steps, so the first can run on a
    // worker while the grid goes on painting this document: prepareLargeEdit() only reads the document
    // (nothing may change it meanwhile) and gives nullopt when the edit must go row by row (read notes,
    // a row edited twice); applyPrepared() then takes the result over and returns what undoes it.
    struct PreparedEdit
    {
        const IndicatorDocument *from = nullptr;
        std::shared_ptr<IndicatorDocument> edited; // null when no cell changes
        RowEdits undo;
        std::vector<RowId> changedRows;
    };
    [[nodiscard]] bool isLargeEdit(size_t rows) const { return m_document->isLargeEdit(rows); }
    // Call on the model's thread before handing prepareLargeEdit() to a worker.
    void readyForPreparation() const;
    [[nodiscard]] std::optional<PreparedEdit> prepareLargeEdit(const RowEdits &edits) const;
    // False (and nothing done) when the document was replaced since the preparation.
    bool applyPrepared(PreparedEdit &&prepared, RowEdits *undo);
    // Inserts before view row `viewRow` (rowCount() appends). Ids are new unless given (redo).
    std::vector<RowId> insertIndicators(int viewRow, const std::vector<Indicator> &indicators,
                                        const std::vector<RowId> &ids = {});
    RemovedRows removeRowsById(const std::vector<RowId> &rows);
    // Gives rows appended from another file their origin there: line, page, file and the reader's notes.
    void setRowSources(const std::vector<RowId> &rows, const IndicatorTable &from, const QString &file);
    void restoreRows(const RemovedRows &removed);

    static QString columnTitle(int column);
    // The language changed: headers, the Status column and tool tips are worded anew.
    void retranslate();

Q_SIGNALS:
    // Issues changed somewhere (after an edit or a new document): summaries should refresh.
    void issuesChanged();
    // The sort or the filter changed which rows are shown, or in which order.
    void orderChanged();
    // New submission outcomes (a filter by result must be applied again).
    void outcomesChanged();
    // setDocument() put another table in: RowIds of the old one mean nothing now.
    void documentReplaced();

private:
    void refreshTableRows(const std::vector<int> &tableRows);

    [[nodiscard]] QVariant outcomeData(RowId row, int role) const;

    std::unique_ptr<IndicatorDocument> m_document;
    std::shared_ptr<const SubmitOutcomes> m_outcomes;
    // Failed or unsent rows changed since their outcome: the outcome is history until they go again.
    QSet<RowId> m_editedSinceOutcome;
    RowOrder m_order;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace im
