// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"

#include <QCoreApplication>
#include <QString>

namespace im {

// Display labels of the action and severity values, in the portal's words for the UI language. The API
// values themselves are data: cells, files and replies keep them in English.
class EnumLabels
{
    Q_DECLARE_TR_FUNCTIONS(EnumLabels)

public:
    [[nodiscard]] static QString label(Action action);
    [[nodiscard]] static QString label(Severity severity);
    // What a choice list shows: the label, followed by the API value when the two differ
    // ("阻止 (Block)"), so the analyst sees both the portal's word and what goes into the file.
    [[nodiscard]] static QString choice(Action action);
    [[nodiscard]] static QString choice(Severity severity);
};

} // namespace im
