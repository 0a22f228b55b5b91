// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/DocumentLoader.h"

#include "core/defaults/ImportDefaults.h"
#include "core/io/TableReader.h"

#include <QFileInfo>

namespace im {

LoadResult loadDocument(const QString &path, const ReadOptions &options, qint64 nowMsecs,
                        const std::function<bool(int rowsValidated, int rows)> &validationProgress)
{
    LoadResult result;
    IndicatorTable table;
    result.report = TableReader::readFile(path, table, options);
    if (!result.report.ok())
        return result;
    if (options.defaults)
        options.defaults->apply(table, QFileInfo(path).fileName(), nowMsecs);
    auto document = std::make_unique<IndicatorDocument>(std::move(table));
    if (nowMsecs != 0)
        document->setNow(nowMsecs);
    const int rows = document->rowCount();
    const bool finished = document->validateAll([&](int done) {
        if (validationProgress)
            return validationProgress(done, rows);
        return !options.progress || options.progress(-1);
    });
    if (!finished) {
        result.report.cancelled = true;
        return result;
    }
    result.document = std::move(document);
    return result;
}

} // namespace im
