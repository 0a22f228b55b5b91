// SPDX-License-Identifier: GPL-3.0-or-later
// The grid editor at a million rows: opens a generated portal CSV in the real main window (offscreen)
// and prints how long the things an analyst waits for take. Figures only; nothing is asserted.
#include "core/document/BulkEdit.h"
#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"
#include "core/view/RowOrder.h"
#include "support/PdfFixtures.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/filter/FilterBar.h"
#include "ui/grid/GridEditor.h"
#include "ui/problems/ProblemsPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace im;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void line(const char *what, double value, const char *unit, const char *goal)
{
    std::printf("  %-52s %10.1f %-3s  (goal: %s)\n", what, value, unit, goal);
    std::fflush(stdout);
}

// Returns once an event was handled, sleeping until one comes as the application's event loop does.
// A loop that polls instead keeps a core busy that the work being timed needs.
void handleNextEvents()
{
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Records the longest gap between ticks of a 1 ms timer on the UI thread: how long the UI was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        return m_longest / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Counts paint events of the grid, to tell when the first screen of rows is on screen.
class PaintWatch : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IndicatorManagerBench"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Grid editor benchmark (figures only)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the generated file."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("file"), QStringLiteral("Use this file instead of generating one."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("pdf-pages"),
                      QStringLiteral("Open a generated PDF report of this many pages instead (18 indicators a page)."),
                      QStringLiteral("n")});
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("file"));
    if (parser.isSet(QStringLiteral("pdf-pages"))) {
        path = dir.filePath(QStringLiteral("report.pdf"));
        QFile pdf(path);
        if (!pdf.open(QIODevice::WriteOnly)
            || pdf.write(test::longReportPdf(parser.value(QStringLiteral("pdf-pages")).toInt())) <= 0) {
            std::fprintf(stderr, "writing the report failed\n");
            return 1;
        }
    } else if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.csv"));
        QProcess generator;
        generator.start(QStringLiteral(IM_GENERATOR_PATH),
                        {QStringLiteral("--rows"), parser.value(QStringLiteral("rows")), QStringLiteral("-o"), path});
        if (!generator.waitForFinished(300000) || generator.exitCode() != 0) {
            std::fprintf(stderr, "generating the file failed\n");
            return 1;
        }
    }
    const double fileMb = QFileInfo(path).size() / 1048576.0;
    const double baseMb = peakRssMb();

    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    IndicatorTableModel *model = test::gridModel(window);
    PaintWatch paints;
    test::gridView(window)->viewport()->installEventFilter(&paints);

    // Open and first paint, and how long the UI thread was blocked meanwhile.
    StallMeter stall;
    bool loaded = false;
    QObject::connect(&window, &MainWindow::fileLoaded, &window, [&loaded](bool ok) { loaded = ok; });
    QElapsedTimer timer;
    stall.start();
    timer.start();
    window.openFile(path);
    while (!loaded)
        handleNextEvents();
    const double loadedMs = ms(timer);
    const int paintsBefore = paints.paints;
    test::gridView(window)->viewport()->update();
    while (paints.paints == paintsBefore)
        handleNextEvents();
    const double firstPaintMs = ms(timer);
    const double stallMs = stall.stopMs();
    const int rows = model->rowCount();

    std::printf("Grid benchmark: %d rows, file %.1f MB, %d cores\n", rows, fileMb, QThread::idealThreadCount());
    line("open: read + validate (until loaded)", loadedMs, "ms", "-");
    line("open and first paint", firstPaintMs, "ms", "<= 1200 ms");
    line("longest UI-thread stall while loading", stallMs, "ms", "<= 50 ms");

    // Sorting by value (the header click calls the same sort()).
    const int valueColumn = columnOfField(Field::IndicatorValue);
    timer.start();
    model->sort(valueColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    line("sort by value, ascending", ms(timer), "ms", "<= 1000 ms");
    timer.start();
    model->sort(valueColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    line("sort by value, descending", ms(timer), "ms", "<= 1000 ms");
    timer.start();
    model->sort(columnOfField(Field::Title), Qt::AscendingOrder);
    QCoreApplication::processEvents();
    line("sort by title", ms(timer), "ms", "<= 1000 ms");

    // Filter keystrokes, typed into the filter bar.
    QLineEdit *filter = test::filterBar(window)->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    double worstKey = 0;
    // From the key press until the grid has painted the rows that are left.
    auto keystroke = [&](QChar c, const char *what) {
        const int before = paints.paints;
        timer.start();
        QTest::keyClick(filter, c.toLatin1());
        test::gridView(window)->viewport()->update();
        while (paints.paints == before)
            handleNextEvents();
        const double t = ms(timer);
        worstKey = std::max(worstKey, t);
        char label[96];
        std::snprintf(label, sizeof label, "filter keystroke '%s' -> %d rows", what, model->rowCount());
        line(label, t, "ms", "<= 150 ms");
    };
    keystroke(u'c', "c");
    keystroke(u'2', "c2");
    keystroke(u'-', "c2-");
    filter->clear();
    keystroke(u'q', "q (no row matches: a full scan)");
    keystroke(u'x', "qx");
    timer.start();
    filter->clear();
    line("clearing the filter", ms(timer), "ms", "-");
    line("worst filter keystroke", worstKey, "ms", "<= 150 ms");
    {
        // The core's share of a keystroke: RowOrder alone, on every core, without the views.
        RowOrder order;
        order.reset(model->document().rowCount());
        RowFilter f;
        f.text = QStringLiteral("q");
        timer.start();
        order.setFilter(model->document().table(), f);
        line("  of which RowOrder::setFilter (full scan, no match)", ms(timer), "ms", "-");
    }

    // Single cell edits, revalidated with their duplicates, through the undo stack like the grid does.
    std::mt19937 rng(1);
    std::vector<double> edits;
    for (int i = 0; i < 200; ++i) {
        const int row = static_cast<int>(rng() % static_cast<unsigned>(rows));
        // Every other edit copies another row's value: a new duplicate, then the old one is released.
        const QString value =
            i % 2 == 0
                ? model->index(static_cast<int>(rng() % static_cast<unsigned>(rows)), valueColumn).data().toString()
                : QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('e'));
        timer.start();
        test::gridEditor(window)->setCell(model->index(row, valueColumn), value);
        edits.push_back(ms(timer));
    }
    std::sort(edits.begin(), edits.end());
    double sum = 0;
    for (double e : edits)
        sum += e;
    line("single cell edit revalidated, mean of 200", sum / edits.size(), "ms", "<= 5 ms");
    line("single cell edit revalidated, median", edits[edits.size() / 2], "ms", "<= 5 ms");
    line("single cell edit revalidated, slowest", edits.back(), "ms", "<= 5 ms");
    timer.start();
    test::problemsPanel(window)->refreshNow();
    line("Problems panel recount after edits (debounced)", ms(timer), "ms", "-");

    // A bulk edit of the Action column of every row (Ctrl+E on the whole table), as MainWindow applies
    // the dialog's choice: one undo step, listed, applied and every row revalidated with its duplicates
    // on the background runner, timed until the grid has painted the result.
    {
        const IndicatorTable &table = model->document().table();
        std::vector<int> allRows(static_cast<size_t>(table.rowCount()));
        for (int r = 0; r < table.rowCount(); ++r)
            allRows[static_cast<size_t>(r)] = r;
        for (const char *action : {"Audit", "Block"}) {
            BulkEdit bulk;
            bulk.action = QString::fromLatin1(action);
            StallMeter bulkStall;
            bulkStall.start();
            timer.start();
            const int paintsBeforeBulk = paints.paints;
            test::gridEditor(window)->applyEditsInBackground([&] { return bulk.editsFor(table, allRows); },
                                                             allRows.size(), QStringLiteral("Bulk edit"));
            while (test::taskRunner(window)->isBusy())
                handleNextEvents();
            test::gridView(window)->viewport()->update();
            while (paints.paints == paintsBeforeBulk)
                handleNextEvents();
            char label[96];
            std::snprintf(label, sizeof label, "bulk edit: Action = %s on all %d rows, revalidated", action, rows);
            line(label, ms(timer), "ms", "<= 1000 ms");
            line("  longest UI-thread stall during it", bulkStall.stopMs(), "ms", "<= 50 ms");
        }
        StallMeter undoStall;
        undoStall.start();
        timer.start();
        test::undoStack(window)->undo();
        while (test::taskRunner(window)->isBusy())
            handleNextEvents();
        QCoreApplication::processEvents();
        line("undo of that bulk edit", ms(timer), "ms", "-");
        line("  longest UI-thread stall during it", undoStall.stopMs(), "ms", "<= 50 ms");
    }

    const double peak = peakRssMb();
    line("peak memory (resident)", peak, "MB", "<= 2 x file + 100 MB");
    line("  of which before opening (Qt, window)", baseMb, "MB", "-");
    line("  budget: 2 x file + 100 MB", 2 * fileMb + 100, "MB", "-");
    test::undoStack(window)->setClean();
    return 0;
}
