// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
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

    static CliOutput &out();
    static CliOutput &err();

private:
    QFile m_file;
};

} // namespace im::cli
