// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorTable.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <utility>

namespace im::test {

// A fixed "now" for tests: 2026-06-01T00:00:00Z, so expirations in 2027 are in the future and those
// in 2025 in the past, whatever day the tests run.
inline constexpr qint64 kTestNow = 1780272000000LL;

QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

// A row that passes every rule: FileSha256, Block, High, with title and description.
Indicator validIndicator();
// validIndicator() with some cells replaced.
Indicator indicatorWith(std::initializer_list<std::pair<Field, QString>> cells);

// A table holding the given indicators.
IndicatorTable tableOf(std::initializer_list<Indicator> indicators);

// Codes of the issues in a set, sorted, as "a,b,c" (stable strings such as "hash.length").
QString codesOf(const IssueSet &issues);

} // namespace im::test
