// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/BenignValues.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace im::test {

// Points the configuration folder (XDG_CONFIG_HOME) at configDir and writes the user's list of
// well-known benign values there, before the validator first reads it. False when it cannot be written.
inline bool useBenignValuesFile(const QString &configDir, const QByteArray &lines)
{
    qputenv("XDG_CONFIG_HOME", configDir.toUtf8());
    const QString path = rules::BenignValues::userFilePath();
    if (!path.startsWith(configDir) || !QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(lines) == lines.size();
}

} // namespace im::test
