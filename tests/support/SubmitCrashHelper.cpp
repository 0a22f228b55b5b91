// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for a session that submits and may die: signs in to a sandbox, opens a file, submits every
// row with the given journal folder, says "submitting" on stdout, and "finished N" (N rows succeeded,
// counting those an earlier, killed run had already imported) when the run ends; then it waits to be
// killed by the test (tst_submit).
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SandboxSignIn.h"
#include "ui/submit/SubmitController.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: im-submit-crash-helper APP-NAME FILE SANDBOX-URL JOURNAL-DIR\n");
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("IndicatorManagerTests"));
    QApplication::setApplicationName(args[1]);
    QStandardPaths::setTestModeEnabled(true);

    QNetworkAccessManager manager;
    im::ApiClient client(&manager);
    im::ConnectionStatusWidget status;
    im::MainWindow window;
    window.setInteractive(false);
    window.setApiClient(&client);
    window.setProfileName(QStringLiteral("sandbox"));
    im::ImportOptions options;
    options.batchSize = 100;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 200;
    options.journalDirectory = args[4];
    im::test::submitter(window)->setOptions(options);
    window.show();

    QObject::connect(&window, &im::MainWindow::fileLoaded, &window, [&window](bool ok) {
        if (!ok)
            QApplication::exit(3);
        std::vector<im::RowId> rows;
        const im::IndicatorTable &table = im::test::gridModel(window)->document().table();
        for (int r = 0; r < table.rowCount(); ++r)
            rows.push_back(table.rowId(r));
        window.submitRows(rows);
        if (!im::test::submitter(window)->isRunning())
            QApplication::exit(4);
        std::printf("submitting\n");
        std::fflush(stdout);
    });
    QObject::connect(im::test::submitter(window), &im::SubmitController::finished, &window,
                     [](const im::SubmitController::Summary &summary) {
                         std::printf("finished %d\n", summary.succeeded);
                         std::fflush(stdout);
                     });
    im::SandboxSignIn signIn(&client, &status);
    QObject::connect(&signIn, &im::SandboxSignIn::finished, &window, [&window, args](bool signedIn) {
        if (!signedIn)
            QApplication::exit(5);
        window.openFile(args[2]);
    });
    signIn.start(args[3]);
    return QApplication::exec();
}
