// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/IssueDelegate.h"

#include "model/IndicatorTableModel.h"


namespace im {
namespace {

QColor tint(const QColor &base, const QColor &hue, qreal strength)
{
    return QColor::fromRgbF(base.redF() * (1 - strength) + hue.redF() * strength,
                            base.greenF() * (1 - strength) + hue.greenF() * strength,
                            base.blueF() * (1 - strength) + hue.blueF() * strength);
}

} // namespace

IssueDelegate::IssueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_errorIcon(QStringLiteral(":/icons/error.svg"))
    , m_warningIcon(QStringLiteral(":/icons/warning.svg"))
{
}

void IssueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto severity = static_cast<IndicatorTableModel::CellSeverity>(
        index.data(IndicatorTableModel::IssueSeverityRole).toInt());
    if (severity == IndicatorTableModel::CellSeverity::None)
        return;
    const bool error = severity == IndicatorTableModel::CellSeverity::Error;
    option->icon = error ? m_errorIcon : m_warningIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QColor base = option->palette.color(QPalette::Base);
    const QColor hue = error ? QColor(220, 40, 40) : QColor(230, 160, 0);
    option->backgroundBrush = tint(base, hue, base.lightnessF() < 0.5 ? 0.35 : 0.18);
}

} // namespace im
