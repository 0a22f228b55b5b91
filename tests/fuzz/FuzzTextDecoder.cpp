// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder::detect, then decode in chunks of random sizes: the result must not depend on where the
// chunks end. Input layout: one byte choosing the encoding (0 = detect), one seeding the chunk sizes,
// then the file.
#include "FuzzSupport.h"

#include "core/indicator/IndicatorEnums.h"

using namespace im;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int choice = data[0] % 7;
    quint32 seed = data[1] * 2654435761u + 1;
    const QByteArray input = fuzz::bytesOf(data + 2, size - 2);

    QString detectError;
    const TextEncoding detected = TextDecoder::detect(input, true, &detectError);
    IM_FUZZ_CHECK((detected == TextEncoding::Auto) == !detectError.isEmpty());
    // A prefix of the file never contradicts a clean verdict on the whole: it may only be less sure.
    QString prefixError;
    (void)TextDecoder::detect(input.first(input.size() / 2), false, &prefixError);

    TextEncoding encoding = static_cast<TextEncoding>(choice);
    if (encoding == TextEncoding::Auto) {
        if (detected == TextEncoding::Auto)
            return 0;
        encoding = detected;
    }

    QByteArray whole;
    TextDecoder oneGo(encoding);
    const bool wholeOk = oneGo.decode(input, whole, true);
    IM_FUZZ_CHECK(wholeOk == oneGo.errorString().isEmpty());

    QByteArray chunked;
    TextDecoder inChunks(encoding);
    bool chunksOk = true;
    qsizetype pos = 0;
    do {
        seed = seed * 1103515245u + 12345u;
        const qsizetype n = std::min<qsizetype>(input.size() - pos, (seed >> 16) % 9);
        const bool last = pos + n == input.size();
        chunksOk = inChunks.decode(input.sliced(pos, n), chunked, last);
        pos += n;
        if (last)
            break;
    } while (chunksOk);

    IM_FUZZ_CHECK(chunksOk == wholeOk);
    if (wholeOk) {
        IM_FUZZ_CHECK(chunked == whole);
        IM_FUZZ_CHECK(validUtf8Prefix(whole, false) == whole.size());
        IM_FUZZ_CHECK(!whole.contains('\0'));

        // What was decoded, one value per line, through the rules.
        IndicatorTable table;
        const QList<QByteArray> lines = whole.split('\n');
        for (int i = 0; i < lines.size() && i < 64; ++i) {
            IndicatorTable::Cells cells;
            const QByteArray type(apiName(static_cast<IndicatorType>(static_cast<quint8>(i % IndicatorTypeCount))));
            cells[static_cast<size_t>(fieldIndex(Field::IndicatorValue))] = lines[i];
            cells[static_cast<size_t>(fieldIndex(Field::IndicatorType))] = type;
            cells[static_cast<size_t>(fieldIndex(Field::Title))] = lines[i];
            cells[static_cast<size_t>(fieldIndex(Field::ExpirationTime))] = lines[i];
            table.appendRow(cells);
        }
        fuzz::validate(std::move(table));
    }
    return 0;
}
