// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/IndicatorDocument.h"
#include "core/io/ReadReport.h"

#include <functional>
#include <memory>

namespace im {

struct LoadResult
{
    std::unique_ptr<IndicatorDocument> document; // null when the file could not be read
    ReadReport report;
    // Rows lacking an action, title or description, which the window offers import defaults for:
    // counted on the window's worker as it reads (a pass over every row), -1 where nobody counted.
    int rowsLackingRequired = -1;
};

// Reads a file into a new document and validates it: the one path the GUI (on a worker thread), the
// CLI and the tests all take, so they agree on every row and issue. validationProgress, when given,
// hears how far validation got and may cancel; otherwise options.progress is asked with -1.
LoadResult loadDocument(const QString &path, const ReadOptions &options = {}, qint64 nowMsecs = 0,
                        const std::function<bool(int rowsValidated, int rows)> &validationProgress = {});

} // namespace im
