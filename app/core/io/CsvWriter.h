// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class QIODevice;

namespace im {

// Writes RFC 4180 records: a field is quoted only when it must be (delimiter, quote, line break, or
// surrounding spaces), quotes are doubled, records end in CRLF. The same cells always give the same
// bytes, which is what makes load-then-save of our own files byte-stable.
class CsvWriter
{
public:
    enum class FormulaSafety {
        Off,
        // Spreadsheet formula injection: a cell that startsLikeFormula() (ValueRules.h) is prefixed
        // with an apostrophe so Excel and LibreOffice show it as text (OWASP "CSV injection").
        Neutralize,
    };

    explicit CsvWriter(QIODevice &device, char delimiter = ',', FormulaSafety safety = FormulaSafety::Off);

    void writeRecord(const std::vector<QByteArrayView> &fields);
    [[nodiscard]] bool hasError() const { return m_error; }

    static QByteArray neutralizeFormula(QByteArrayView field);

private:
    void appendField(QByteArrayView field);

    QIODevice &m_device;
    char m_delimiter;
    FormulaSafety m_safety;
    QByteArray m_line;
    bool m_error = false;
};

} // namespace im
