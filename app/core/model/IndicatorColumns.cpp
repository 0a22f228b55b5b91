// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IndicatorColumns.h"

#include <array>

namespace im {
namespace {

constexpr std::array<Field, ColumnCount - 1> kFields = {
    Field::IndicatorType, Field::IndicatorValue,     Field::Action,         Field::Severity,       Field::Title,
    Field::Description,   Field::RecommendedActions, Field::ExpirationTime, Field::RbacGroupNames, Field::GenerateAlert,
    Field::Category,      Field::MitreTechniques,    Field::Application,    Field::EducateUrl,     Field::ExternalId,
};

} // namespace

std::optional<Field> fieldOfColumn(int column)
{
    if (column <= 0 || column >= ColumnCount)
        return std::nullopt;
    return kFields[static_cast<size_t>(column - 1)];
}

int columnOfField(Field field)
{
    for (size_t i = 0; i < kFields.size(); ++i) {
        if (kFields[i] == field)
            return static_cast<int>(i) + 1;
    }
    return -1;
}

} // namespace im
