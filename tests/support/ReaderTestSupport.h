// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/io/TableReader.h"
#include "support/TestSupport.h"

#include <QBuffer>

// How the reader tests open their input: through TableReader, as the application does.
namespace im::test {

struct Read
{
    ReadReport report;
    IndicatorTable table;
};

inline Read readBytes(const QByteArray &bytes, const ReadOptions &options = {})
{
    Read r;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    r.report = TableReader::read(buffer, r.table, options);
    return r;
}

inline Read readPath(const QString &path, const ReadOptions &options = {})
{
    Read r;
    r.report = TableReader::readFile(path, r.table, options);
    return r;
}

// A file under tests/data.
inline Read readFixture(const QString &relative, const ReadOptions &options = {})
{
    return readPath(dataPath(relative), options);
}

} // namespace im::test
