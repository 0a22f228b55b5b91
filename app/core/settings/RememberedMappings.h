// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/CsvRecordReader.h"
#include "core/io/TextDecoder.h"

#include <QStringList>

#include <optional>

class QSettings;

namespace im {

// A column mapping the analyst confirmed for one header layout, with the delimiter and encoding.
struct RememberedMapping
{
    CsvDialect dialect;
    TextEncoding encoding = TextEncoding::Auto;
    ColumnMapping mapping;
};

// Remembers mappings per header layout (ColumnMapping::layoutKey) in QSettings, so that the next file
// with the same columns opens without asking again.
class RememberedMappings
{
public:
    explicit RememberedMappings(QSettings &settings);

    [[nodiscard]] std::optional<RememberedMapping> find(const QStringList &headers) const;
    void remember(const QStringList &headers, const RememberedMapping &mapping);
    void forget(const QStringList &headers);

private:
    [[nodiscard]] static QString groupFor(const QStringList &headers);

    QSettings &m_settings;
};

} // namespace im
