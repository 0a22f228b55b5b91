// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace im {

// Every property of the Indicator entity that a user can set (see shared/spec §1.1, §1.3).
// The numeric order is the storage order inside IndicatorTable; keep it stable.
enum class Field : quint8 {
    IndicatorValue,
    IndicatorType,
    Action,
    Severity,
    Title,
    Description,
    RecommendedActions,
    Application,
    ExpirationTime,
    RbacGroupNames,
    GenerateAlert,
    Category,
    MitreTechniques,
    EducateUrl,
    ExternalId,
};

inline constexpr int FieldCount = 15;

inline constexpr std::array<Field, FieldCount> allFields()
{
    std::array<Field, FieldCount> fields{};
    for (int i = 0; i < FieldCount; ++i)
        fields[static_cast<size_t>(i)] = static_cast<Field>(i);
    return fields;
}

constexpr int fieldIndex(Field f)
{
    return static_cast<int>(f);
}

// The API's camelCase property name ("indicatorValue"); data, never translated.
const char *apiName(Field f);

// Parses an API property name exactly (case-sensitive, as the service does).
bool fieldFromApiName(const char *name, qsizetype length, Field *out);

} // namespace im
