// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace im::cli {

// Buffered UTF-8 output on a standard stream.
class CliOutput
{
public:
    explicit CliOutput(FILE *stream);

    CliOutput &operator<<(const QString &text);
    CliOutput &operator<<(const QByteArray &bytes);
    void flush() { m_file.flush(); }
    // The stream as a device, for writers that stream straight to it (JsonStreamWriter).
    QIODevice *device() { return &m_file; }

private:
    QFile m_file;
};

CliOutput &out(); // standard output
CliOutput &err(); // standard error

// One JSON object on one line, as every --json output prints it.
QByteArray json(const QJsonObject &object);

} // namespace im::cli
