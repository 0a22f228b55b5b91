// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace im::cli {

// --defaults PRESET|FILE.json and --set FIELD=VALUE, shared by validate, plan, import and convert: what to
// put in the cells a file leaves empty (see ImportDefaults). --set wins over --defaults. Also --sheet
// NAME|NUMBER, which sheet of a workbook these commands read.
class DefaultsOptions
{
    Q_DECLARE_TR_FUNCTIONS(DefaultsOptions)

public:
    static void add(QCommandLineParser &parser);
    // Fills options->defaults; false with a translated *error when a preset, file or value is wrong.
    static bool read(const QCommandLineParser &parser, ReadOptions *options, QString *error);
};

} // namespace im::cli
