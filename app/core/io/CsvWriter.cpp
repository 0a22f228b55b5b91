// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvWriter.h"

#include "core/validation/ValueRules.h"

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
    if (rules::startsLikeFormula(field))
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
