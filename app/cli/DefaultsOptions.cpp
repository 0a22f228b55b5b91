// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DefaultsOptions.h"

#include "core/defaults/ImportDefaults.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace im::cli {

void DefaultsOptions::add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("defaults"),
                      tr("Fill the cells the file leaves empty from this saved preset or JSON file."),
                      QStringLiteral("preset")});
    parser.addOption({QStringLiteral("set"),
                      tr("Fill this field where the file leaves it empty, e.g. action=Block, expiration=90d, "
                         "title=\"{source}: {type}\". May be repeated."),
                      QStringLiteral("field=value")});
    parser.addOption({QStringLiteral("sheet"),
                      tr("In an Excel workbook, read this sheet (its name, or its number from 1) instead of the "
                         "first."),
                      QStringLiteral("name|number")});
}

bool DefaultsOptions::read(const QCommandLineParser &parser, ReadOptions *options, QString *error)
{
    // The reader resolves the name, since only the workbook knows its sheets.
    if (parser.isSet(QStringLiteral("sheet"))) {
        options->sheetName = parser.value(QStringLiteral("sheet"));
        if (options->sheetName.trimmed().isEmpty()) {
            *error = tr("--sheet takes a sheet's name or number.");
            return false;
        }
    }
    ImportDefaults defaults;
    if (parser.isSet(QStringLiteral("defaults"))) {
        const QString name = parser.value(QStringLiteral("defaults"));
        std::optional<ImportDefaults> loaded;
        if (QFileInfo(name).isFile()) {
            loaded = ImportDefaults::fromFile(name, error);
            if (!loaded)
                return false;
        } else {
            QSettings settings;
            loaded = DefaultsPresets::load(settings, name);
            if (!loaded) {
                *error = tr("There is no defaults preset or file \"%1\".").arg(name);
                return false;
            }
        }
        defaults = *loaded;
    }
    for (const QString &assignment : parser.values(QStringLiteral("set"))) {
        if (!defaults.setAssignment(assignment, error))
            return false;
    }
    if (!defaults.isEmpty())
        options->defaults = std::make_shared<const ImportDefaults>(defaults);
    return true;
}

} // namespace im::cli
