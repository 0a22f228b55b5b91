// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace im {

// Marks invalid and warning cells: a tinted background from the palette's own hues (so dark mode
// keeps its contrast) and an error or warning icon, driven by IndicatorTableModel::IssueSeverityRole.
class IssueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit IssueDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace im
