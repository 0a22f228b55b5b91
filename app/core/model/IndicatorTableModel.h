// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/IndicatorDocument.h"
#include "model/IndicatorColumns.h"

#include <QAbstractTableModel>

#include <memory>

namespace im {

// The grid's model over an IndicatorDocument. It lives in the GUI-free core (QAbstractTableModel is
// part of QtCore), so it is tested without widgets; colours and icons are chosen by the view's
// delegate from IssueSeverityRole.
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
    };
    enum class CellSeverity { None = 0, Warning = 1, Error = 2 };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    ~IndicatorTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] const IndicatorDocument &document() const { return *m_document; }
    // Takes over a loaded and validated document (the old one is dropped).
    void setDocument(std::unique_ptr<IndicatorDocument> document);

    // Applies a suggested fix to a row and refreshes every row whose issues changed.
    void applyFix(int row, const Fix &fix);

    static QString columnTitle(int column);

Q_SIGNALS:
    // Issues changed somewhere (after an edit or a new document): summaries should refresh.
    void issuesChanged();

private:
    void refreshRows(int editedRow, const std::vector<int> &otherRows);

    std::unique_ptr<IndicatorDocument> m_document;
};

} // namespace im
