// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for a session that dies: opens a file, edits a title, writes the recovery snapshot, says
// "autosaved" on stdout and then waits to be killed by the test (tst_filesrecovery).
#include "core/model/IndicatorTableModel.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/grid/GridEditor.h"
#include "ui/recovery/AutosaveController.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: im-autosave-crash-helper APP-NAME FILE NEW-TITLE\n");
        return 2;
    }
    // The same settings and recovery folder as the test that starts us.
    QApplication::setOrganizationName(QStringLiteral("IndicatorManagerTests"));
    QApplication::setApplicationName(args[1]);
    QStandardPaths::setTestModeEnabled(true);

    im::MainWindow window;
    window.show();
    QObject::connect(&window, &im::MainWindow::fileLoaded, &window, [&window, args](bool ok) {
        if (!ok)
            QApplication::exit(3);
        const QModelIndex title = im::test::gridModel(window)->index(0, im::columnOfField(im::Field::Title));
        im::test::gridEditor(window)->setCell(title, args[3]);
        if (!im::test::autosave(window)->saveNow())
            QApplication::exit(4);
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    window.openFile(args[2]);
    return QApplication::exec();
}
