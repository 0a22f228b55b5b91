// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/grid/IssueDelegate.h"

namespace im {

class GridEditor;

// The grid's delegate: marks issues (IssueDelegate) and gives each column the editor that fits it:
// combo boxes for type, action (only the actions the row's type allows), severity, category and
// Generate alert; a date-time editor with "Never" for the expiration; list editors for device groups
// and MITRE techniques; a check box for Generate alert. Edits are handed to the GridEditor, so each
// one is an undo step.
class IndicatorItemDelegate : public IssueDelegate
{
    Q_OBJECT

public:
    explicit IndicatorItemDelegate(GridEditor *editor, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QWidget *createFieldEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void commitAndClose(QWidget *editor);

    GridEditor *m_gridEditor;
};

} // namespace im
