// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/ValidationReport.h"

#include "validation/IssueMessages.h"

namespace im {

void ValidationReport::forEachIssue(const IndicatorTable &table, const std::function<void(const Issue &)> &visit)
{
    const int rows = table.rowCount();
    for (int row = 0; row < rows; ++row) {
        const IssueSet &issues = table.issues(row);
        if (issues.isEmpty())
            continue;
        issues.forEach([&](IssueCode code) { visit(Issue{row, code}); });
    }
}

void ValidationReport::writeJson(JsonStreamWriter &w, const QString &file, const ReadReport &report,
                                 const IndicatorDocument &document)
{
    const IndicatorTable &table = document.table();
    const ValidationSummary s = document.summary();
    // Keys in the order validate --json has always printed them (a QJsonObject's sorted order).
    w.beginObject();
    w.key(QLatin1StringView("duplicates"));
    w.value(s.duplicates);
    w.key(QLatin1StringView("encoding"));
    w.value(encodingName(report.encoding));
    w.key(QLatin1StringView("file"));
    w.value(file);
    w.key(QLatin1StringView("format"));
    w.value(formatName(report.format));
    w.key(QLatin1StringView("invalid"));
    w.value(s.invalid);
    w.key(QLatin1StringView("notices"));
    w.beginArray();
    for (const QString &notice : report.notices)
        w.value(notice);
    w.endArray();
    w.key(QLatin1StringView("rows"));
    w.value(s.rows);
    w.key(QLatin1StringView("valid"));
    w.value(s.valid);
    w.key(QLatin1StringView("warnings"));
    w.value(s.warnings);
    w.key(QLatin1StringView("issues"));
    w.beginArray(JsonStreamWriter::Layout::OneElementPerLine);
    forEachIssue(table, [&](const Issue &issue) {
        const IssueInfo &info = issueInfo(issue.code);
        w.beginObject();
        w.key(QLatin1StringView("code"));
        w.latin1Value(QLatin1StringView(info.code));
        w.key(QLatin1StringView("column"));
        w.latin1Value(QLatin1StringView(apiName(info.field)));
        w.key(QLatin1StringView("line"));
        w.value(table.sourceLine(issue.row));
        w.key(QLatin1StringView("message"));
        w.value(IssueMessages::describe(table, issue.row, issue.code, &document.duplicates()));
        w.key(QLatin1StringView("row"));
        w.value(issue.row + 1);
        w.key(QLatin1StringView("severity"));
        w.latin1Value(info.severity == IssueSeverity::Error ? QLatin1StringView("error") : QLatin1StringView("warning"));
        w.endObject();
    });
    w.endArray();
    w.endObject();
}

} // namespace im
