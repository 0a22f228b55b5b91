// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorField.h"

#include <QString>
#include <QStringList>

#include <array>

namespace im {

// One indicator as plain text cells: the exchange form between the table, the API and the tests.
// Cells keep exactly what the user or the file gave; parsing happens in validation.
// List fields (rbacGroupNames, mitreTechniques) hold a comma-separated list, as the portal CSV does.
class Indicator
{
public:
    Indicator() = default;

    [[nodiscard]] const QString &operator[](Field f) const { return m_cells[static_cast<size_t>(f)]; }
    QString &operator[](Field f) { return m_cells[static_cast<size_t>(f)]; }

    bool operator==(const Indicator &other) const { return m_cells == other.m_cells; }
    bool operator!=(const Indicator &other) const { return !(*this == other); }

    [[nodiscard]] bool isEmpty() const;

    // Splits a comma-separated list cell into trimmed items, dropping empty ones.
    static QStringList splitList(const QString &cell);
    static QString joinList(const QStringList &items);

private:
    std::array<QString, FieldCount> m_cells;
};

} // namespace im
