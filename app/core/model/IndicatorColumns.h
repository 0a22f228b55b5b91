// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorField.h"

#include <optional>

namespace im {

// The grid's columns: a status column, then the fields in the order analysts read them
// (the portal template's order first, then the API-only fields).
enum class Column : int {
    Status,
    IndicatorType,
    IndicatorValue,
    Action,
    Severity,
    Title,
    Description,
    RecommendedActions,
    ExpirationTime,
    RbacGroupNames,
    GenerateAlert,
    Category,
    MitreTechniques,
    Application,
    EducateUrl,
    ExternalId,
    Count
};

inline constexpr int ColumnCount = static_cast<int>(Column::Count);

std::optional<Field> fieldOfColumn(int column);
int columnOfField(Field field);

} // namespace im
