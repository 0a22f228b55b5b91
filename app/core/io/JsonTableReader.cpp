// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/JsonTableReader.h"

#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/io/IndicatorJson.h"
#include "core/io/JsonCursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>

namespace im {

using jsonscan::Cursor;
using jsonscan::Skip;

namespace jsonscan {

QString describeSkip(Skip s, qint64 line)
{
    switch (s) {
    case Skip::TooDeep:
        return JsonTableReader::tr("The JSON is nested more than %1 levels deep near line %2.")
            .arg(limits::kMaxJsonDepth)
            .arg(line);
    case Skip::TooLong:
        return JsonTableReader::tr("A JSON element near line %1 is larger than %2 MiB.")
            .arg(line)
            .arg(limits::kMaxRecordBytes / (1024LL * 1024));
    case Skip::End: return JsonTableReader::tr("The JSON ends too early, near line %1.").arg(line);
    default: return JsonTableReader::tr("The JSON is malformed near line %1.").arg(line);
    }
}

} // namespace jsonscan

void JsonTableReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::Json;
    Cursor c(stream);
    QMap<QString, int> unknownKeys;

    auto fail = [&](const QString &message) {
        if (c.failed())
            report.error = c.streamError();
        else
            report.error = message;
    };
    auto describe = [&](Skip s) { return describeSkip(s, c.line()); };

    auto addElement = [&](const QByteArray &text, qint64 line) -> bool {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
        if (error.error != QJsonParseError::NoError) {
            report.error = tr("The JSON is malformed near line %1: %2.").arg(line).arg(error.errorString());
            return false;
        }
        const IndicatorJson::ReadRow row = IndicatorJson::fromJson(doc.array().at(0));
        table.appendIndicator(row.indicator);
        const int r = table.rowCount() - 1;
        table.setSourceLine(r, line);
        for (const ReadNote &note : row.notes)
            table.addReadNote(r, note);
        for (const QString &key : row.unknownKeys)
            ++unknownKeys[key];
        return true;
    };

    // depth: how deep the array itself is nested (1 for a bare array, 2 inside the wrapper object).
    auto readArray = [&](int depth) -> bool {
        // At '['.
        c.advance();
        c.skipWhitespace();
        if (c.peek() == ']') {
            c.advance();
            return true;
        }
        qint64 nextProgress = 0;
        for (;;) {
            c.skipWhitespace();
            const qint64 line = c.line();
            c.setMark();
            const Skip s = jsonscan::skipValue(c, depth);
            if (s != Skip::Ok) {
                fail(describe(s));
                return false;
            }
            if (table.rowCount() >= limits::kMaxRows) {
                fail(tr("The file has more than %L1 rows, more than this tool opens at once.").arg(limits::kMaxRows));
                return false;
            }
            if (!addElement(c.sinceMark(), line))
                return false;
            c.skipWhitespace();
            const char ch = c.peek();
            c.advance();
            if (ch == ']')
                return true;
            if (ch != ',') {
                fail(describe(ch == 0 ? Skip::End : Skip::Malformed));
                return false;
            }
            if (options.progress && stream.bytesRead() >= nextProgress) {
                nextProgress = stream.bytesRead() + DecodedStream::kBlockSize;
                if (!options.progress(stream.bytesRead())) {
                    report.cancelled = true;
                    return false;
                }
            }
        }
    };

    c.skipWhitespace();
    const char first = c.peek();
    if (first == '[') {
        if (!readArray(1))
            return;
    } else if (first == '{') {
        // Look for the Indicators (Import body) or value (List response) array among the members.
        c.advance();
        bool foundArray = false;
        bool sawIndicatorField = false;
        for (;;) {
            c.skipWhitespace();
            if (c.peek() == '}') {
                c.advance();
                break;
            }
            QString key;
            if (!jsonscan::readKey(c, &key)) {
                fail(describe(c.peek() == 0 ? Skip::End : Skip::Malformed));
                return;
            }
            c.skipWhitespace();
            if (c.peek() != ':') {
                fail(describe(Skip::Malformed));
                return;
            }
            c.advance();
            c.skipWhitespace();
            const bool isList = key.compare(QLatin1String("Indicators"), Qt::CaseInsensitive) == 0
                                || key.compare(QLatin1String("value"), Qt::CaseInsensitive) == 0;
            if (isList && c.peek() == '[' && !foundArray) {
                foundArray = true;
                if (!readArray(2))
                    return;
            } else {
                Field field;
                sawIndicatorField =
                    sawIndicatorField || fieldFromApiName(key.toLatin1().constData(), key.size(), &field);
                c.setMark();
                const Skip s = jsonscan::skipValue(c, 1);
                if (s != Skip::Ok) {
                    fail(describe(s));
                    return;
                }
            }
            c.skipWhitespace();
            const char ch = c.peek();
            c.advance();
            if (ch == '}')
                break;
            if (ch != ',') {
                fail(describe(ch == 0 ? Skip::End : Skip::Malformed));
                return;
            }
        }
        if (!foundArray) {
            if (!sawIndicatorField) {
                fail(tr("The JSON object has no \"Indicators\" or \"value\" array and is not an indicator."));
                return;
            }
            // A single indicator object (a Submit body).
            fail(tr("The JSON holds a single indicator object. Put it in an array or in {\"Indicators\": [...]} "
                    "to import it."));
            return;
        }
    } else if (first == 0 && !c.failed()) {
        fail(tr("The file is empty."));
        return;
    } else {
        fail(tr("The file is not JSON: it must start with [ or {."));
        return;
    }
    c.skipWhitespace();
    if (c.peek() != 0) {
        fail(tr("There is text after the end of the JSON, near line %1.").arg(c.line()));
        table.clear();
        return;
    }
    if (c.failed()) {
        fail(QString());
        return;
    }
    for (auto it = unknownKeys.cbegin(); it != unknownKeys.cend(); ++it)
        report.notices.append(
            tr("The property \"%1\" is not an indicator field and was not imported (%n row(s)).", nullptr, it.value())
                .arg(it.key()));
}

} // namespace im
