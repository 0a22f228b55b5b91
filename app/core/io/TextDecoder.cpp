// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TextDecoder.h"

#include <cstring>

namespace im {
namespace {

bool startsWith(QByteArrayView data, const char *prefix, qsizetype n)
{
    return data.size() >= n && std::memcmp(data.data(), prefix, static_cast<size_t>(n)) == 0;
}

// Length of a valid UTF-8 sequence at data[i], 0 when invalid, -1 when truncated by the end.
int utf8SequenceAt(QByteArrayView data, qsizetype i)
{
    const auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80)
        return 1;
    int n = 0;
    unsigned min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    unsigned cp = c & (0xff >> (n + 1));
    for (int k = 1; k < n; ++k) {
        if (i + k >= data.size())
            return -1;
        const auto d = static_cast<unsigned char>(data[i + k]);
        if ((d & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

} // namespace

qsizetype validUtf8Prefix(QByteArrayView text, bool allowTruncatedTail, bool *truncatedTail)
{
    if (truncatedTail)
        *truncatedTail = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const char *p = text.data();
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ull) != 0)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (static_cast<unsigned char>(p[i]) < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceAt(text, i);
        if (len > 0) {
            i += len;
            continue;
        }
        if (len < 0 && allowTruncatedTail) {
            if (truncatedTail)
                *truncatedTail = true;
            return i;
        }
        return i;
    }
    return n;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("UTF-8 BOM");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

bool encodingFromName(const QString &name, TextEncoding *out)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_').remove(u' ');
    struct Entry
    {
        const char *name;
        TextEncoding encoding;
    };
    static const Entry kEntries[] = {
        {"auto", TextEncoding::Auto},
        {"utf8", TextEncoding::Utf8},
        {"utf8bom", TextEncoding::Utf8Bom},
        {"utf16le", TextEncoding::Utf16LE},
        {"utf16be", TextEncoding::Utf16BE},
        {"utf16", TextEncoding::Utf16LE},
        {"gb18030", TextEncoding::Gb18030},
        {"gbk", TextEncoding::Gb18030},
        {"gb2312", TextEncoding::Gb18030},
        {"windows1252", TextEncoding::Windows1252},
        {"cp1252", TextEncoding::Windows1252},
        {"latin1", TextEncoding::Windows1252},
        {"iso88591", TextEncoding::Windows1252},
    };
    for (const Entry &e : kEntries) {
        if (n == QLatin1String(e.name)) {
            *out = e.encoding;
            return true;
        }
    }
    return false;
}

TextEncoding TextDecoder::detect(QByteArrayView sample, bool sampleIsWholeFile, QString *error)
{
    if (startsWith(sample, "\xEF\xBB\xBF", 3))
        return TextEncoding::Utf8Bom;
    if (startsWith(sample, "\xFF\xFE", 2))
        return TextEncoding::Utf16LE;
    if (startsWith(sample, "\xFE\xFF", 2))
        return TextEncoding::Utf16BE;

    // UTF-16 without a BOM shows up as NUL bytes in every other position.
    qsizetype nulEven = 0;
    qsizetype nulOdd = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c == 0)
            ++((i % 2 == 0) ? nulEven : nulOdd);
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            ++controls;
    }
    const qsizetype half = sample.size() / 2;
    if (half > 0 && nulOdd > half * 9 / 10 && nulEven == 0)
        return TextEncoding::Utf16LE;
    if (half > 0 && nulEven > half * 9 / 10 && nulOdd == 0)
        return TextEncoding::Utf16BE;
    if (nulEven + nulOdd > 0 || controls > sample.size() / 100 + 1) {
        if (error)
            *error = tr("The file contains binary data (NUL or control bytes); it is not a text table.");
        return TextEncoding::Auto;
    }

    bool truncated = false;
    const qsizetype valid = validUtf8Prefix(sample, !sampleIsWholeFile, &truncated);
    if (valid == sample.size() || truncated)
        return TextEncoding::Utf8;

    // Invalid UTF-8. GB18030/GBK text is made of byte pairs (and rare four-byte sequences), mostly in the
    // GB2312 area (both bytes 0xA1-0xFE); some of those pairs happen to form valid UTF-8 (CE AA, D4 B1), so
    // this is asked first.
    qsizetype pairs = 0;
    qsizetype gb2312Pairs = 0;
    bool allPaired = true;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c < 0x80)
            continue;
        if (i + 1 >= sample.size()) {
            allPaired = sampleIsWholeFile ? false : allPaired;
            break;
        }
        const auto d = static_cast<unsigned char>(sample[i + 1]);
        if (c >= 0x81 && c <= 0xfe && d >= 0x40 && d <= 0xfe && d != 0x7f) {
            ++pairs;
            if (c >= 0xa1 && d >= 0xa1)
                ++gb2312Pairs;
            ++i;
        } else if (c >= 0x81 && c <= 0xfe && d >= 0x30 && d <= 0x39 && i + 3 < sample.size()
                   && static_cast<unsigned char>(sample[i + 2]) >= 0x81
                   && static_cast<unsigned char>(sample[i + 2]) <= 0xfe
                   && static_cast<unsigned char>(sample[i + 3]) >= 0x30
                   && static_cast<unsigned char>(sample[i + 3]) <= 0x39) {
            ++pairs; // a four-byte sequence
            i += 3;
        } else {
            allPaired = false;
            break;
        }
    }
    if (allPaired && pairs > 0 && gb2312Pairs * 10 >= pairs * 8)
        return TextEncoding::Gb18030;

    // Otherwise well-formed multi-byte sequences mean UTF-8 with damage, which we refuse rather than
    // guess (Windows-1252 text almost never contains one); without them it is Windows-1252, whose lone
    // high bytes sit next to ASCII.
    bool hasMultiByte = false;
    for (qsizetype i = 0; i < sample.size() && !hasMultiByte; ++i) {
        if (static_cast<unsigned char>(sample[i]) >= 0xc2)
            hasMultiByte = utf8SequenceAt(sample, i) > 1;
    }
    if (hasMultiByte) {
        if (error)
            *error = tr("The file is not valid UTF-8: the byte at offset %1 cannot be decoded.").arg(valid);
        return TextEncoding::Auto;
    }
    return TextEncoding::Windows1252;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE: m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE); break;
    case TextEncoding::Utf16BE: m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE); break;
    case TextEncoding::Gb18030: m_decoder = std::make_unique<QStringDecoder>("GB18030"); break;
    case TextEncoding::Windows1252: m_decoder = std::make_unique<QStringDecoder>("windows-1252"); break;
    default: break;
    }
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::checkNoNul(QByteArrayView utf8, qint64 baseOffset, bool exactOffsets)
{
    if (utf8.isEmpty())
        return true; // memchr must not see the null data of an empty view
    const void *nul = std::memchr(utf8.data(), 0, static_cast<size_t>(utf8.size()));
    if (nul == nullptr)
        return true;
    if (exactOffsets) {
        const qint64 at = baseOffset + (static_cast<const char *>(nul) - utf8.data());
        m_error = tr("The file contains a NUL character at byte offset %1; it is not a text table.").arg(at);
    } else {
        // Converted text has no byte-for-byte map back to the file: name the chunk it came from.
        m_error = tr("The file contains a NUL character near byte offset %1; it is not a text table.").arg(baseOffset);
    }
    return false;
}

bool TextDecoder::decodeUtf8(QByteArrayView in, QByteArray &out, bool last)
{
    QByteArray joined;
    QByteArrayView data = in;
    if (!m_pending.isEmpty()) {
        joined = m_pending + QByteArray(in.data(), in.size());
        data = joined;
        m_pending.clear();
    }
    if (!m_bomChecked) {
        if (data.size() < 3 && !last) {
            m_pending = QByteArray(data.data(), data.size());
            return true;
        }
        m_bomChecked = true;
        if (startsWith(data, "\xEF\xBB\xBF", 3)) {
            data = data.sliced(3);
            m_offset += 3;
        }
    }
    bool truncated = false;
    const qsizetype valid = validUtf8Prefix(data, !last, &truncated);
    if (valid < data.size() && !truncated) {
        m_error = tr("The file is not valid UTF-8: the byte at offset %1 cannot be decoded.").arg(m_offset + valid);
        return false;
    }
    if (!checkNoNul(data.first(valid), m_offset, true))
        return false;
    out.append(data.data(), valid);
    m_pending = QByteArray(data.data() + valid, data.size() - valid);
    m_offset += valid;
    return true;
}

void TextDecoder::trackIncompleteTail(QByteArrayView data)
{
    switch (m_encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: m_incompleteTail = static_cast<int>((m_incompleteTail + data.size()) % 2); break;
    case TextEncoding::Gb18030:
        // 0: between characters; 1: after a lead byte; 2 and 3: inside a four-byte sequence
        // (lead, digit, lead, digit). Malformed bytes are the decoder's to report.
        for (const char ch : data) {
            const auto c = static_cast<unsigned char>(ch);
            switch (m_incompleteTail) {
            case 0: m_incompleteTail = c >= 0x81 && c <= 0xfe ? 1 : 0; break;
            case 1: m_incompleteTail = c >= 0x30 && c <= 0x39 ? 2 : 0; break;
            case 2: m_incompleteTail = 3; break;
            default: m_incompleteTail = 0; break;
            }
        }
        break;
    default: break;
    }
}

bool TextDecoder::decode(QByteArrayView in, QByteArray &out, bool last)
{
    if (!m_decoder)
        return decodeUtf8(in, out, last);

    QByteArrayView data = in;
    if (!m_bomChecked && (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE)) {
        // Skip a BOM ourselves so it never becomes a U+FEFF in the first header name.
        if (!m_pending.isEmpty() || (data.size() < 2 && !last)) {
            m_pending += QByteArray(data.data(), data.size());
            if (m_pending.size() < 2 && !last)
                return true;
            data = m_pending;
        }
        m_bomChecked = true;
        if (startsWith(data, "\xFF\xFE", 2) || startsWith(data, "\xFE\xFF", 2))
            data = data.sliced(2);
    }
    QString text = m_decoder->decode(data);
    trackIncompleteTail(data);
    const qsizetype consumed = data.size(); // data may point into m_pending
    m_pending.clear();
    if (last) {
        // Flush: an incomplete sequence at the end of the file is an error. Qt's converters keep such
        // bytes for a next chunk that never comes and report nothing, hence our own count.
        text += m_decoder->decode(QByteArrayView());
    }
    // A surrogate pair split between two chunks must not become two replacement characters in UTF-8.
    if (!m_highSurrogate.isNull()) {
        text.prepend(m_highSurrogate);
        m_highSurrogate = QChar();
    }
    if (!last && !text.isEmpty() && text.back().isHighSurrogate()) {
        m_highSurrogate = text.back();
        text.chop(1);
    }
    if (m_decoder->hasError() || (last && m_incompleteTail != 0)) {
        m_error = tr("The file cannot be decoded as %1 near byte offset %2.")
                      .arg(encodingName(m_encoding))
                      .arg(m_offset + consumed);
        return false;
    }
    const QByteArray utf8 = text.toUtf8();
    if (!checkNoNul(utf8, m_offset, false))
        return false;
    out.append(utf8);
    m_offset += consumed;
    return true;
}

} // namespace im
