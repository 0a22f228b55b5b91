// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace im {

// Loads the application's and Qt's own translations for a language. The .qm files are compiled into
// the binaries (resource prefix /i18n), so an installed program needs nothing beside itself.
class Translations
{
public:
    // UI languages we ship besides English ("zh_CN", ...).
    static QStringList available();
    // "zh_CN" for a system locale of zh_CN / zh_Hans_CN / zh_SG; "" for English or anything unknown.
    static QString bestMatch(const QString &localeName);
    // Replaces the installed translators with those for `language` ("" or "en" for English).
    // Returns false when the language is not available (English stays).
    static bool install(const QString &language);
    static QString current();

    // A user's choice: "" follows the system locale, "en", "zh_CN" or "zh_TW" is fixed. Installs the
    // translators and makes the matching QLocale the default, so dates and numbers follow the language.
    // Returns the language installed ("" for English).
    static QString apply(const QString &choice);
    // The choice remembered in QSettings ("" when none was made: follow the system).
    static QString savedChoice();
    static void saveChoice(const QString &choice);
};

} // namespace im
