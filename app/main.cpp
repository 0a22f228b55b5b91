// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"
#include "core/secrets/CoreDumps.h"
#include "ui/AppShell.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/connection/SignInController.h"
#include "ui/i18n/LanguageMenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

// --screenshot: save a picture of the window once the file is loaded and validated (and signed in to
// the sandbox, if asked), then quit.
void scheduleScreenshot(const im::AppShell &shell, const QString &path, bool waitForFile)
{
    im::MainWindow &window = shell.window();
    auto grab = [&shell, &window, path]() {
        QTimer::singleShot(300, &window, [&shell, &window, path]() {
            if (shell.isSigningIn())
                return scheduleScreenshot(shell, path, false);
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(QApplication::translate("main", "indicator-manager: cannot write %1").arg(path)));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (waitForFile)
        QObject::connect(&window, &im::MainWindow::fileLoaded, &window, grab);
    else
        grab();
}

// The language is needed before the command line is parsed, so that --help is translated too. --lang
// wins over the choice made in the View > Language menu, which wins over the system locale.
QString requestedLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return im::Translations::savedChoice(); // "" follows the system locale
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything is read: a core dump would hold the secret and tokens.
    im::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("indicator-manager"));
    QApplication::setOrganizationName(QStringLiteral("IndicatorManager"));
    QApplication::setApplicationDisplayName(QStringLiteral("Indicator Manager"));
    QApplication::setApplicationVersion(QStringLiteral(IM_VERSION));
    // Matches the installed .desktop entry, so desktops show its name and icon for the window.
    QApplication::setDesktopFileName(QStringLiteral(IM_APP_ID));

    const QString language = requestedLanguage(QApplication::arguments());
    const QString installed = im::Translations::apply(language);
    const bool english = language == QLatin1String("en") || language.startsWith(QLatin1String("en_"));
    if (!language.isEmpty() && !english && installed != language)
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "indicator-manager: language %1 is not available; "
                                                                "using English")
                                    .arg(language)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Edit, validate and submit Microsoft Defender for Endpoint indicators."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "User interface language (en, zh_CN, zh_TW)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a PNG of the window once FILE is loaded and validated, "
                                                      "then quit."),
                      QStringLiteral("png")});
    parser.addOption({QStringLiteral("sandbox"),
                      QApplication::translate("main", "Sign in to the indicator-sandbox at this URL."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("profile"),
                      QApplication::translate("main", "Sign in as this saved profile (its secret comes from the system "
                                                      "keychain)."),
                      QStringLiteral("name")});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "An indicator file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    im::AppShell shell;
    im::MainWindow &window = shell.window();
    if (language != im::Translations::savedChoice()) // --lang: View > Language shows it, without saving it
        window.actions()->languageMenu->showChoice(language);
    if (parser.isSet(QStringLiteral("sandbox")))
        shell.signInToSandbox(parser.value(QStringLiteral("sandbox")));
    else if (parser.isSet(QStringLiteral("profile")))
        shell.signIn().signInWithProfile(parser.value(QStringLiteral("profile")));
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    window.setInteractive(!screenshot); // no dialogs may wait for an answer while taking a picture
    window.show();
    const QStringList files = parser.positionalArguments();
    if (screenshot)
        scheduleScreenshot(shell, parser.value(QStringLiteral("screenshot")), !files.isEmpty());
    else
        QTimer::singleShot(0, &window, &im::MainWindow::offerRecovery);
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    return QApplication::exec();
}
