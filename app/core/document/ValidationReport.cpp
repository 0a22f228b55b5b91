// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/ValidationReport.h"

#include "core/document/ValidationThreads.h"
#include "core/validation/IssueMessages.h"

#include <QStringEncoder>

#include <algorithm>
#include <charconv>
#include <deque>
#include <future>
#include <vector>

namespace im {

namespace {

// The bytes of an issue object around its numbers and message, the same for every issue of a code:
// {"code":"…","column":"…","line":N,"message":"…","row":N,"severity":"…"}
struct IssueObjectParts
{
    QByteArray beforeLine; // {"code":"…","column":"…","line":
    QByteArray afterRow;   // ,"severity":"…"}
};

const IssueObjectParts &issueObjectParts(IssueCode code)
{
    static const std::vector<IssueObjectParts> parts = [] {
        std::vector<IssueObjectParts> all(static_cast<size_t>(IssueCode::Count));
        for (size_t i = 0; i < all.size(); ++i) {
            const IssueInfo &info = issueInfo(static_cast<IssueCode>(i));
            IssueObjectParts &p = all[i];
            p.beforeLine = "{\"code\":";
            JsonStreamWriter::appendEscaped(p.beforeLine, QByteArrayView(info.code));
            p.beforeLine += ",\"column\":";
            JsonStreamWriter::appendEscaped(p.beforeLine, QByteArrayView(apiName(info.field)));
            p.beforeLine += ",\"line\":";
            p.afterRow = ",\"severity\":";
            p.afterRow +=
                info.severity == IssueSeverity::Error ? QByteArrayView("\"error\"}") : QByteArrayView("\"warning\"}");
        }
        return all;
    }();
    return parts[static_cast<size_t>(code)];
}

void appendNumber(QByteArray &out, qint64 number)
{
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
    Q_UNUSED(error)
    out.append(digits, end - digits);
}

// The issues of rows [begin, end) appended to `text`, joined by ",\n" as the writer joins the elements
// of a one-element-per-line array, so that it takes the whole chunk as one piece. Each object is put
// together from its code's constant parts, its numbers and its message.
void appendIssueObjects(QByteArray &text, const IndicatorDocument &document, int begin, int end)
{
    const IndicatorTable &table = document.table();
    IssueMessages::Templates templates;
    // Stateless: each message is whole, so one encoder serves them all.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    QByteArray message;
    for (int row = begin; row < end; ++row) {
        const IssueSet &issues = table.issues(row);
        if (issues.isEmpty())
            continue;
        issues.forEach([&](IssueCode code) {
            const IssueObjectParts &parts = issueObjectParts(code);
            const QString description = IssueMessages::describe(table, row, code, &document.duplicates(), templates);
            message.resize(description.size() * 3);
            message.resize(encoder.appendToBuffer(message.data(), description) - message.data());
            if (!text.isEmpty())
                text += ",\n";
            text += parts.beforeLine;
            appendNumber(text, table.sourceLine(row));
            text += ",\"message\":";
            JsonStreamWriter::appendEscaped(text, message);
            text += ",\"row\":";
            appendNumber(text, row + 1);
            text += parts.afterRow;
        });
    }
}

} // namespace

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
    // Rows in chunks; with several threads the chunks are formatted ahead, a few at a time, and
    // written in table order, so the bytes do not depend on the thread count.
    const int rows = table.rowCount();
    const int chunkRows = 2 * ValidationThreads::chunkRows();
    const int chunks = (rows + chunkRows - 1) / chunkRows;
    const int threads = ValidationThreads::forRows(rows / 2);
    // Each chunk's text goes into a buffer handed back once written, so that a few buffers serve
    // every chunk instead of one fresh allocation (and its page faults) each.
    auto format = [&document, rows, chunkRows](int chunk, QByteArray text) {
        text.resize(0); // keeps the capacity
        const int begin = chunk * chunkRows;
        const int end = std::min(rows, begin + chunkRows);
        appendIssueObjects(text, document, begin, end);
        // From the first row on: a duplicate's message reads the earlier row it repeats.
        document.table().releaseBackingPages(0, end);
        return text;
    };
    auto write = [&w](const QByteArray &text) {
        if (!text.isEmpty())
            w.rawValue(text);
    };
    if (threads <= 1) {
        QByteArray text;
        for (int chunk = 0; chunk < chunks; ++chunk) {
            text = format(chunk, std::move(text));
            write(text);
        }
    } else {
        table.buildRowIndex(); // the duplicate messages read it
        std::deque<std::future<QByteArray>> ahead;
        std::vector<QByteArray> spare;
        int next = 0;
        for (int chunk = 0; chunk < chunks; ++chunk) {
            while (next < chunks && static_cast<int>(ahead.size()) < 2 * threads) {
                QByteArray text;
                if (!spare.empty()) {
                    text = std::move(spare.back());
                    spare.pop_back();
                }
                ahead.push_back(std::async(std::launch::async, format, next++, std::move(text)));
            }
            QByteArray text = ahead.front().get();
            ahead.pop_front();
            write(text);
            spare.push_back(std::move(text));
        }
    }
    w.endArray();
    w.endObject();
}

} // namespace im
