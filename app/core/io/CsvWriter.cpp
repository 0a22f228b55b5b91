// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvWriter.h"

#include <QIODevice>

namespace im {

CsvWriter::CsvWriter(QIODevice &device, char delimiter, FormulaSafety safety)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_safety(safety)
{
}

QByteArray CsvWriter::neutralizeFormula(QByteArrayView field)
{
    // Spreadsheets skip leading spaces before a formula and some also take the full-width signs
    // (U+FF1D = , U+FF0B + , U+FF0D - , U+FF20 @) typed with East Asian input methods.
    qsizetype i = 0;
    while (i < field.size() && field[i] == ' ')
        ++i;
    bool risky = false;
    if (!field.isEmpty() && (field[0] == '\t' || field[0] == '\r'))
        risky = true;
    else if (i < field.size()) {
        const char c = field[i];
        risky = c == '=' || c == '+' || c == '-' || c == '@';
        if (!risky && i + 2 < field.size() && static_cast<unsigned char>(c) == 0xef
            && static_cast<unsigned char>(field[i + 1]) == 0xbc) {
            const auto d = static_cast<unsigned char>(field[i + 2]);
            risky = d == 0x9d || d == 0x8b || d == 0x8d || d == 0xa0;
        }
    }
    if (risky)
        return '\'' + QByteArray(field.data(), field.size());
    return QByteArray(field.data(), field.size());
}

void CsvWriter::appendField(QByteArrayView field)
{
    bool quote = !field.isEmpty() && (field.front() == ' ' || field.back() == ' ');
    for (char c : field) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_line.append(field.data(), field.size());
        return;
    }
    m_line.append('"');
    for (char c : field) {
        if (c == '"')
            m_line.append('"');
        m_line.append(c);
    }
    m_line.append('"');
}

void CsvWriter::writeRecord(const std::vector<QByteArrayView> &fields)
{
    m_line.clear();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.append(m_delimiter);
        if (m_safety == FormulaSafety::Neutralize)
            appendField(neutralizeFormula(fields[i]));
        else
            appendField(fields[i]);
    }
    m_line.append("\r\n");
    if (m_device.write(m_line) != m_line.size())
        m_error = true;
}

} // namespace im
