// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/IssueDelegate.h"

#include "core/model/IndicatorTableModel.h"

#include <QFontDatabase>

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
    const int field = index.data(IndicatorTableModel::FieldRole).toInt();
    if (field == fieldIndex(Field::GenerateAlert)) {
        // The check box says it; only text that is not true/false is shown beside it.
        if (option->text == QLatin1String("true") || option->text == QLatin1String("false"))
            option->text.clear();
    } else if (field == fieldIndex(Field::IndicatorValue)) {
        // Both ends of a hash or a URL tell it apart; of prose (every other column), the start does.
        option->textElideMode = Qt::ElideMiddle;
        // Hashes and addresses are easier to compare in a fixed-width font.
        const QFont base = option->font;
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        // The same height as the other columns' text, whichever size the fixed font comes in.
        if (base.pointSizeF() > 0)
            option->font.setPointSizeF(base.pointSizeF() * 0.95);
        else if (base.pixelSize() > 0)
            option->font.setPixelSize(base.pixelSize());
        option->fontMetrics = QFontMetrics(option->font);
    }
    const auto severity =
        static_cast<IndicatorTableModel::CellSeverity>(index.data(IndicatorTableModel::IssueSeverityRole).toInt());
    const QColor base = option->palette.color(QPalette::Base);
    const qreal strength = base.lightnessF() < 0.5 ? 0.35 : 0.18;
    if (severity == IndicatorTableModel::CellSeverity::None) {
        // The whole row takes the colour of its last submission's outcome.
        const auto state = static_cast<SubmitState>(index.data(IndicatorTableModel::SubmitStateRole).toInt());
        if (state == SubmitState::Succeeded)
            option->backgroundBrush = tint(base, QColor(40, 160, 70), strength);
        else if (state == SubmitState::Failed)
            option->backgroundBrush = tint(base, QColor(220, 40, 40), strength);
        else if (state == SubmitState::NotSent)
            option->backgroundBrush = tint(base, QColor(120, 120, 140), strength);
        return;
    }
    const bool error = severity == IndicatorTableModel::CellSeverity::Error;
    option->icon = error ? m_errorIcon : m_warningIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QColor hue = error ? QColor(220, 40, 40) : QColor(230, 160, 0);
    option->backgroundBrush = tint(base, hue, strength);
}

} // namespace im
