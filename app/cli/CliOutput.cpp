// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOutput.h"

#include <QJsonDocument>

namespace im::cli {

CliOutput::CliOutput(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly);
}

CliOutput &CliOutput::operator<<(const QString &text)
{
    m_file.write(text.toUtf8());
    return *this;
}

CliOutput &CliOutput::operator<<(const QByteArray &bytes)
{
    m_file.write(bytes);
    return *this;
}

CliOutput &out()
{
    static CliOutput o(stdout);
    return o;
}

CliOutput &err()
{
    static CliOutput o(stderr);
    return o;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace im::cli
