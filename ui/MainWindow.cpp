// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "document/DocumentLoader.h"
#include "grid/IssueDelegate.h"
#include "model/IndicatorTableModel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTableView>
#include <QThread>

namespace im {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new IndicatorTableModel(this))
    , m_view(new QTableView(this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Indicator Manager"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/indicator-manager.svg")));

    m_view->setObjectName(QStringLiteral("indicatorTableView"));
    m_view->setAccessibleName(tr("Indicators"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new IssueDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setCentralWidget(m_view);

    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addPermanentWidget(m_summaryLabel);

    createActions();
    connect(m_model, &IndicatorTableModel::issuesChanged, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1200, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open..."), this, &MainWindow::chooseFile);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Indicator Manager"), this, &MainWindow::showAbout);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Indicators"), QString(),
        tr("Indicator files (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    QPointer<MainWindow> self(this);
    auto *worker = QThread::create([self, path]() {
        auto result = std::make_shared<LoadResult>(loadDocument(path));
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self, [self, path, result]() {
                if (self)
                    self->finishLoad(path, *result);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void MainWindow::finishLoad(const QString &path, LoadResult &result)
{
    statusBar()->clearMessage();
    if (!result.document) {
        // A failed open keeps the table that was there.
        const QString message = tr("\"%1\" could not be opened.\n\n%2").arg(QFileInfo(path).fileName(),
                                                                           result.report.error);
        Q_EMIT fileLoaded(false, result.report.error);
        if (QApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::warning(this, tr("Open Indicators"), message);
        return;
    }
    m_currentPath = path;
    m_model->setDocument(std::move(result.document));
    setWindowTitle(tr("%1 - Indicator Manager").arg(QFileInfo(path).fileName()));
    Q_EMIT fileLoaded(true, QString());
}

void MainWindow::updateStatus()
{
    const ValidationSummary s = m_model->document().summary();
    //: Status bar summary: row count, invalid rows, warnings.
    m_summaryLabel->setText(tr("%1 · %2 · %3")
                                .arg(tr("%n row(s)", nullptr, s.rows), tr("%n invalid", nullptr, s.invalid),
                                     tr("%n warning(s)", nullptr, s.warnings)));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace im
