// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace im {

// Finds a piece of text in UTF-8 cells, as the filter bar and find-and-replace need it: straight on
// the table's bytes, without making a QString per cell, so a million rows are searched in a blink.
// Case folding is ASCII-fast; needles with other letters fold through QString.
class TextMatcher
{
public:
    TextMatcher() = default;
    explicit TextMatcher(const QString &needle, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive,
                         bool wholeCell = false);

    [[nodiscard]] bool isEmpty() const { return m_needle.isEmpty(); }
    [[nodiscard]] const QString &needle() const { return m_needle; }
    [[nodiscard]] Qt::CaseSensitivity sensitivity() const { return m_sensitivity; }
    [[nodiscard]] bool wholeCell() const { return m_wholeCell; }

    [[nodiscard]] bool matches(QByteArrayView cell) const;
    // Whether any of a row's cells matches. The cells lie back to back in the table's arena, so the
    // row is searched in one sweep and only a hit is checked against the cell boundaries.
    [[nodiscard]] bool matchesAnyOf(const IndicatorTable::Cells &cells) const;
    // The cell with every match replaced, or nothing when the cell does not match.
    [[nodiscard]] std::optional<QByteArray> replaced(QByteArrayView cell, const QString &replacement) const;

private:
    [[nodiscard]] qsizetype indexIn(QByteArrayView cell, qsizetype from) const;

    QString m_needle;
    QByteArray m_utf8; // the needle as UTF-8; lower-cased when folding ASCII
    Qt::CaseSensitivity m_sensitivity = Qt::CaseInsensitive;
    bool m_wholeCell = false;
    bool m_asciiFold = false; // case-insensitive with an ASCII-only needle
};

} // namespace im
