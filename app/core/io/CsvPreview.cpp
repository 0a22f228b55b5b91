// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvPreview.h"

#include "core/io/ColumnMapping.h"
#include "core/io/DecodedStream.h"
#include "core/io/TableReader.h"

#include <QBuffer>
#include <QFile>

namespace im {

CsvPreview CsvPreview::read(const QString &path, TextEncoding encoding, std::optional<CsvDialect> dialect,
                            int maxRecords)
{
    constexpr qint64 kSampleSize = 256LL * 1024;
    CsvPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("The file \"%1\" cannot be opened: %2").arg(path, file.errorString());
        return preview;
    }
    const QByteArray raw = file.read(kSampleSize);
    preview.wholeFile = file.atEnd();
    if (raw.isEmpty()) {
        preview.error = tr("The file is empty.");
        return preview;
    }
    preview.encoding = encoding;
    if (encoding == TextEncoding::Auto) {
        preview.encoding = TextDecoder::detect(raw, preview.wholeFile, &preview.error);
        if (!preview.error.isEmpty())
            return preview;
    }
    QByteArray utf8;
    TextDecoder decoder(preview.encoding);
    if (!decoder.decode(raw, utf8, preview.wholeFile)) {
        preview.error = decoder.errorString();
        return preview;
    }
    CsvDialect sniffed;
    preview.format = TableReader::detectFormat(utf8, path, &sniffed);
    preview.dialect = dialect.value_or(sniffed);

    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    DecodedStream stream(&buffer, TextEncoding::Utf8);
    CsvRecordReader reader(stream, preview.dialect);
    while (preview.records.size() < maxRecords + 1) {
        const auto result = reader.next();
        if (result != CsvRecordReader::Result::Record)
            break;
        if (reader.isBlank())
            continue;
        QStringList fields;
        for (const QByteArrayView &f : reader.fields())
            fields.append(QString::fromUtf8(f));
        preview.records.append(fields);
    }
    // The sample may end inside the last record it holds.
    if (!preview.wholeFile && preview.records.size() > 1 && preview.records.size() <= maxRecords)
        preview.records.removeLast();
    while (preview.records.size() > maxRecords)
        preview.records.removeLast();
    return preview;
}

} // namespace im
