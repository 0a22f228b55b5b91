// SPDX-License-Identifier: GPL-3.0-or-later
// A session killed while it saves: opens SOURCE in the real main window, says "saving" on stdout and saves
// the table to TARGET as the Save command does (in the background, through QSaveFile), then waits to be
// killed by the test (tst_datasafety) before or after the save ends.
#include "core/io/TableWriter.h"
#include "core/tasks/TaskRunner.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTimer>

#include <functional>
#include <memory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: im-save-crash-helper APP-NAME SOURCE TARGET\n");
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("IndicatorManagerTests"));
    QApplication::setApplicationName(args[1]);
    QStandardPaths::setTestModeEnabled(true);

    im::MainWindow window;
    window.setInteractive(false);
    window.show();
    QObject::connect(&window, &im::MainWindow::fileLoaded, &window, [&window, args](bool ok) {
        if (!ok)
            QApplication::exit(3);
        // Saving waits for the background work that follows loading (validation) to end, as the Save
        // command does.
        auto saveWhenIdle = std::make_shared<std::function<void()>>();
        *saveWhenIdle = [&window, args, saveWhenIdle]() {
            if (im::test::taskRunner(window)->isBusy()) {
                QTimer::singleShot(20, &window, *saveWhenIdle);
                return;
            }
            std::printf("saving\n");
            std::fflush(stdout);
            window.saveTo(args[3], im::SaveFormat::FullCsv);
        };
        (*saveWhenIdle)();
    });
    QObject::connect(&window, &im::MainWindow::fileSaved, &window, [](bool ok) {
        std::printf(ok ? "saved\n" : "failed\n");
        std::fflush(stdout);
    });
    window.openFile(args[2]);
    return QApplication::exec();
}
