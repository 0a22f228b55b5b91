// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorField.h"
#include "core/io/CsvRecordReader.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace im {

// Which source column feeds which Indicator field. A column named after a kind of value ("sha256",
// "ip", "domain") also implies the indicator type when the file has no type column.
//
// Several columns may hold indicator values (a vendor's row per sample with SHA256, SHA1, MD5 and C2
// columns): the first is the row's value, and each further one with a value in a row gives another row
// that shares the row's other cells, its type implied by its header or inferred from the value.
struct ColumnMapping
{
    std::vector<std::optional<Field>> columns; // one entry per source column
    IndicatorType impliedType = IndicatorType::Unknown;
    bool hasHeader = true;

    [[nodiscard]] bool maps(Field field) const;
    [[nodiscard]] int columnOf(Field field) const; // -1 when unmapped
    // The columns mapped to IndicatorValue after the first, in order.
    [[nodiscard]] std::vector<int> moreValueColumns() const;
    bool operator==(const ColumnMapping &other) const
    {
        return columns == other.columns && impliedType == other.impliedType && hasHeader == other.hasHeader;
    }

    // Guesses the mapping from header names (case, spaces and punctuation ignored; English synonyms and
    // the Chinese portal terms). A name used twice maps only its first column; differently named value
    // columns ("SHA256", "MD5", "C2 server") all map to IndicatorValue.
    static ColumnMapping guess(const QStringList &headers);
    // The mapping for a file without a header row: the column whose values look most like indicators
    // becomes the value; the others stay unmapped.
    static ColumnMapping guessHeaderless(const std::vector<std::vector<QByteArray>> &sampleRows);
    // Exactly the Defender portal template header, in the documented order.
    static bool isPortalTemplateHeader(const QStringList &headers);
    // The key for remembering a user's mapping per header layout.
    static QString layoutKey(const QStringList &headers);
    // The type a value column's header implies ("sha256" -> FileSha256); Unknown for a generic name.
    static IndicatorType typeOfHeader(const QString &header);
};

// Defender's type for a type cell written the way analysts and tools write it: "Domain", "hostname",
// "FQDN", "IP", "IPv4", "ip-dst", "SHA256", "sha-256", "MD5", "URL", "uri", "x509-fingerprint-sha1", ...
// (letter case, spaces and punctuation ignored). Unknown when the text is none of them.
IndicatorType indicatorTypeFromSynonym(QByteArrayView text);

// The portal template's column names, in order (shared/spec §6).
const QStringList &portalTemplateHeaders();
const std::vector<Field> &portalTemplateFields();

// Picks the delimiter (comma, tab, semicolon or pipe) that splits the sample lines into the most
// columns consistently, honouring quotes. Comma when nothing is convincing.
CsvDialect sniffDialect(QByteArrayView sample);

} // namespace im
