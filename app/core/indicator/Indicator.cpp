// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/Indicator.h"

namespace im {

bool Indicator::isEmpty() const
{
    for (const QString &cell : m_cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

QStringList Indicator::splitList(const QString &cell)
{
    QStringList items;
    const auto parts = QStringView(cell).split(u',');
    for (QStringView part : parts) {
        part = part.trimmed();
        if (!part.isEmpty())
            items.append(part.toString());
    }
    return items;
}

QString Indicator::joinList(const QStringList &items)
{
    return items.join(u',');
}

} // namespace im
