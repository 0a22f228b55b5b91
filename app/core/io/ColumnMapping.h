// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicator/IndicatorEnums.h"
#include "indicator/IndicatorField.h"
#include "io/CsvRecordReader.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace im {

// Which source column feeds which Indicator field. A column named after a kind of value ("sha256",
// "ip", "domain") also implies the indicator type when the file has no type column.
struct ColumnMapping
{
    std::vector<std::optional<Field>> columns; // one entry per source column
    IndicatorType impliedType = IndicatorType::Unknown;
    bool hasHeader = true;

    [[nodiscard]] bool maps(Field field) const;
    [[nodiscard]] int columnOf(Field field) const; // -1 when unmapped
    bool operator==(const ColumnMapping &other) const
    {
        return columns == other.columns && impliedType == other.impliedType && hasHeader == other.hasHeader;
    }

    // Guesses the mapping from header names (case, spaces and punctuation ignored; English synonyms and
    // the Chinese portal terms). A name used twice maps only its first column.
    static ColumnMapping guess(const QStringList &headers);
    // The mapping for a file without a header row: the column whose values look most like indicators
    // becomes the value; the others stay unmapped.
    static ColumnMapping guessHeaderless(const std::vector<std::vector<QByteArray>> &sampleRows);
    // Exactly the Defender portal template header, in the documented order.
    static bool isPortalTemplateHeader(const QStringList &headers);
    // The key for remembering a user's mapping per header layout.
    static QString layoutKey(const QStringList &headers);
};

// The portal template's column names, in order (shared/spec §6).
const QStringList &portalTemplateHeaders();
const std::vector<Field> &portalTemplateFields();

// Picks the delimiter (comma, tab, semicolon or pipe) that splits the sample lines into the most
// columns consistently, honouring quotes. Comma when nothing is convincing.
CsvDialect sniffDialect(QByteArrayView sample);

} // namespace im
