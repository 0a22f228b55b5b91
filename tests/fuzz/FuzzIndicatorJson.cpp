// SPDX-License-Identifier: GPL-3.0-or-later
// IndicatorJson::fromJson on whatever QJsonDocument makes of the input, and toJson back: writing what was
// read and reading it again changes nothing more.
#include "FuzzSupport.h"

#include "core/io/IndicatorJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace im;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    QJsonArray elements;
    if (document.isArray())
        elements = document.array();
    else if (document.isObject())
        elements.append(document.object());
    else
        return 0;

    IndicatorTable table;
    for (const QJsonValue &element : elements) {
        const IndicatorJson::ReadRow row = IndicatorJson::fromJson(element);
        IM_FUZZ_CHECK(element.isObject() || row.indicator.isEmpty());
        const QJsonObject written = IndicatorJson::toJson(row.indicator);
        const IndicatorJson::ReadRow reread = IndicatorJson::fromJson(written);
        IM_FUZZ_CHECK(reread.unknownKeys.isEmpty());
        IM_FUZZ_CHECK(IndicatorJson::toJson(reread.indicator) == written);
        for (const ReadNote &note : reread.notes)
            IM_FUZZ_CHECK(note.code != IssueCode::ReadNotObject && note.code != IssueCode::ReadUnknownCategoryNumber);

        table.appendIndicator(row.indicator);
        table.setSourceLine(table.rowCount() - 1, table.rowCount());
        for (const ReadNote &note : row.notes)
            table.addReadNote(table.rowCount() - 1, note);
    }
    fuzz::validate(std::move(table));
    return 0;
}
