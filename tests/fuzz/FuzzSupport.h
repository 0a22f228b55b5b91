// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/IndicatorDocument.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/ReadReport.h"
#include "core/io/TextDecoder.h"
#include "core/validation/Fixes.h"
#include "core/validation/IssueMessages.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Stops the run when a promise of the code under test is broken; libFuzzer keeps the input as a crash.
#define IM_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace im::fuzz {

// Some Qt paths (translation lookups, codecs) expect an application object.
inline void ensureApplication()
{
    if (QCoreApplication::instance() != nullptr)
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    // Reachable through this pointer until the process ends, so never reported as a leak.
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application)
}

// The input without a copy, so the sanitizers see every read past its end.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// 2026-06-01T00:00:00Z, so validation does not depend on the day of the run.
inline constexpr qint64 kNow = 1780272000000LL;

// What every reader promises about its table.
inline void checkTable(const ReadReport &report, const IndicatorTable &table)
{
    if (report.ok())
        IM_FUZZ_CHECK(!table.isEmpty());
    else
        IM_FUZZ_CHECK(!report.error.isEmpty() || report.cancelled);
    for (int row = 0; row < table.rowCount(); ++row) {
        IM_FUZZ_CHECK(table.sourceLine(row) >= 1);
        for (Field f : allFields()) {
            const QByteArrayView cell = table.cell(row, f);
            IM_FUZZ_CHECK(validUtf8Prefix(cell, false) == cell.size());
        }
    }
}

// Runs every rule on the rows, builds each issue's message and asks for its fix, so validation is fuzzed
// with whatever the readers let through.
inline void validate(IndicatorTable &&table)
{
    IndicatorDocument document(std::move(table));
    document.setNow(kNow);
    IM_FUZZ_CHECK(document.validateAll());
    const ValidationSummary summary = document.summary();
    IM_FUZZ_CHECK(summary.rows == document.rowCount());
    IM_FUZZ_CHECK(summary.valid + summary.invalid == summary.rows);
    const int rows = std::min(document.rowCount(), 64);
    for (int row = 0; row < rows; ++row) {
        const IndicatorTable::Cells cells = document.table().cells(row);
        document.issues(row).forEach([&](IssueCode code) {
            IM_FUZZ_CHECK(!IssueMessages::describe(document.table(), row, code, &document.duplicates()).isEmpty());
            (void)Fixes::suggest(cells, code);
        });
    }
}

} // namespace im::fuzz
