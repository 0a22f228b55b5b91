// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "connection/ConnectionStatusWidget.h"
#include "connection/SandboxSignIn.h"
#include "i18n/Translations.h"
#include "net/ApiClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {

// --screenshot: save a picture of the window once the file is loaded and validated (and signed in to
// the sandbox, if asked), then quit.
void scheduleScreenshot(im::MainWindow &window, const QString &path, bool waitForFile, const im::SandboxSignIn &signIn)
{
    auto grab = [&window, path, &signIn]() {
        QTimer::singleShot(300, &window, [&window, path, &signIn]() {
            if (signIn.isPending())
                return scheduleScreenshot(window, path, false, signIn);
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QApplication::translate("main", "indicator-manager: cannot write %1").arg(path)));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (waitForFile)
        QObject::connect(&window, &im::MainWindow::fileLoaded, &window, grab);
    else
        grab();
}

// The language is needed before the command line is parsed, so that --help is translated too.
QString requestedLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return im::Translations::bestMatch(QLocale::system().name());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("indicator-manager"));
    QApplication::setOrganizationName(QStringLiteral("IndicatorManager"));
    QApplication::setApplicationDisplayName(QStringLiteral("Indicator Manager"));
    QApplication::setApplicationVersion(QStringLiteral(IM_VERSION));
    // Matches the installed .desktop entry, so desktops show its name and icon for the window.
    QApplication::setDesktopFileName(QStringLiteral(IM_APP_ID));

    const QString language = requestedLanguage(QApplication::arguments());
    if (!im::Translations::install(language))
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "indicator-manager: language %1 is not available; "
                                                                "using English")
                                    .arg(language)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Edit, validate and submit Microsoft Defender for Endpoint indicators."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "User interface language (en, zh_CN)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a PNG of the window once FILE is loaded and validated, "
                                                      "then quit."),
                      QStringLiteral("png")});
    parser.addOption({QStringLiteral("sandbox"),
                      QApplication::translate("main", "Sign in to the indicator-sandbox at this URL."), QStringLiteral("url")});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "An indicator file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    im::MainWindow window;
    QNetworkAccessManager network;
    im::ApiClient client(&network);
    auto *connection = new im::ConnectionStatusWidget(&window);
    window.statusBar()->addWidget(connection);
    im::SandboxSignIn signIn(&client, connection);
    if (parser.isSet(QStringLiteral("sandbox")))
        signIn.start(parser.value(QStringLiteral("sandbox")));
    window.show();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("screenshot")))
        scheduleScreenshot(window, parser.value(QStringLiteral("screenshot")), !files.isEmpty(), signIn);
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    return QApplication::exec();
}
