// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace im {
namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language;
    return language;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString Translations::bestMatch(const QString &localeName)
{
    const QLocale locale(localeName);
    if (locale.language() != QLocale::Chinese)
        return {};
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
                             || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                             || locale.territory() == QLocale::Macao;
    const QString wanted = traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    return available().contains(wanted) ? wanted : QString();
}

bool Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    for (auto &t : installed())
        app->removeTranslator(t.get());
    installed().clear();
    currentLanguage().clear();
    if (language.isEmpty() || language == QLatin1String("en") || language.startsWith(QLatin1String("en_"))) {
        // English source texts are final; the catalogue only supplies "1 row" / "2 rows" plural forms.
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(QStringLiteral(":/i18n/indicator-manager_en.qm"))) {
            app->installTranslator(plurals.get());
            installed().push_back(std::move(plurals));
        }
        return true;
    }
    if (!available().contains(language))
        return false;

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/indicator-manager_%1.qm").arg(language)))
        return false;
    app->installTranslator(own.get());
    installed().push_back(std::move(own));

    // Qt's own strings (standard buttons, file dialogs); optional, since they live outside our binary.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    currentLanguage() = language;
    return true;
}

QString Translations::current()
{
    return currentLanguage();
}

QString Translations::apply(const QString &choice)
{
    const QString language = choice.isEmpty() ? bestMatch(QLocale::system().name()) : choice;
    if (!install(language))
        install(QString());
    QString installed = currentLanguage();
    if (choice.isEmpty())
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(installed.isEmpty() ? QStringLiteral("en_US") : installed));
    return installed;
}

QString Translations::savedChoice()
{
    const QString choice = QSettings().value(QStringLiteral("ui/language")).toString();
    return choice == QLatin1String("en") || available().contains(choice) ? choice : QString();
}

void Translations::saveChoice(const QString &choice)
{
    QSettings().setValue(QStringLiteral("ui/language"), choice);
}

} // namespace im
