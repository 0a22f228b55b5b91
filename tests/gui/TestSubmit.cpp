// SPDX-License-Identifier: GPL-3.0-or-later
// Submitting from the main window against the sandbox as a real process: each row's result in the grid,
// every fault kind, cancel and resume, resubmitting fixed rows, the summary, the reports and the history.
#include "core/i18n/Translations.h"
#include "core/model/IndicatorColumns.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/submit/ImportHistory.h"
#include "core/tenant/TenantIndicators.h"
#include "support/GuiTestSupport.h"
#include "support/ImportHarness.h"
#include "support/ModalDialogDriver.h"
#include "support/SandboxProcess.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/filter/FilterBar.h"
#include "ui/submit/HistoryDialog.h"
#include "ui/submit/SubmitController.h"
#include "ui/submit/SubmitProgressWidget.h"
#include "ui/submit/SubmitSummaryWidget.h"
#include "ui/tenant/TenantIndicatorsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace im;
using namespace im::test;

namespace {

constexpr double kTimeScale = 20;

Indicator invalidHash()
{
    Indicator ind;
    ind[Field::IndicatorType] = QStringLiteral("FileSha256");
    ind[Field::IndicatorValue] = QStringLiteral("not-a-hash");
    ind[Field::Action] = QStringLiteral("Block");
    ind[Field::Title] = QStringLiteral("Broken hash");
    ind[Field::Description] = QStringLiteral("A value that is no hash");
    return ind;
}

std::vector<Indicator> indicatorsOf(const IndicatorTable &table)
{
    std::vector<Indicator> rows;
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    return rows;
}

QString statusText(MainWindow &window, int viewRow)
{
    return test::gridModel(window)->index(viewRow, static_cast<int>(Column::Status)).data().toString();
}

// Selects the tenant view's first `count` rows, clicks Delete and confirms. Returns what
// TenantIndicators::removed said (count, ok), or nothing when it was not asked or did not finish.
QList<QVariant> deleteFirstRows(TenantIndicatorsDialog &dialog, int count)
{
    QTableView *view = dialog.view();
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(count - 1, 0)),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy removed(dialog.indicators(), &TenantIndicators::removed);
    MessageBox::instance().setNextAnswer(QStringLiteral("confirmDeleteButton"));
    dialog.findChild<QPushButton *>(QStringLiteral("tenantDeleteButton"))->click();
    if (!askedLast(QStringLiteral("tenantDeleteConfirmation")) || !removed.wait(60000))
        return {};
    return removed.at(0);
}

} // namespace

class TestSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void submitsValidRowsAndShowsEachRowsResult();
    void submitGoesThroughThePlanAndNamesTheTenant();
    void showsServiceReasonsGroupsThemAndExportsReports();
    void everyFaultKindEndsWithEachRowSettled_data();
    void everyFaultKindEndsWithEachRowSettled();
    void cancelsAndResumes();
    void killedMidRunResumesWithEachIndicatorOnce();
    void showsRateLimitWaitsAsSuch();
    void staysOpenWhileRunningAndStopsWhenTheTableIsReplaced();
    void resubmitsOnlyTheFailedRowsAfterFixing();
    void historyKeepsEachRunAndReopensItsReport();
    void corruptHistoryIsReportedAndNeverBlocksSubmitting();
    void lockedHistoryIsReportedAndNeverBlocksSubmitting();
    void tenantViewListsFiltersSortsExportsAndDeletes();
    void tenantViewDeletesTheRestWhenSomeAreAlreadyGone();
    void screenshots_data();
    void screenshots();

private:
    // A window with `rows` loaded, signed in to the sandbox, with test-speed retries.
    std::unique_ptr<MainWindow> makeWindow(const std::vector<Indicator> &rows);
    bool submitAll(MainWindow &window);
    bool waitForRun(MainWindow &window, int timeoutMs = 120000);
    // The last run's JSON report, written to `name` in the test's folder and read back: its "rows".
    std::optional<QJsonArray> jsonReportRows(MainWindow &window, const QString &name);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    SandboxClient m_client;
};

void TestSubmit::initTestCase()
{
    isolateSettings(QStringLiteral("tst_submit"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}),
             qPrintable(m_sandbox.error()));
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
}

void TestSubmit::init()
{
    QVERIFY(m_sandbox.reset());
    MessageBox::instance().reset();
    QFile::remove(ImportHistory::defaultPath());
    QVERIFY(m_client.signIn(m_sandbox.url(), kTimeScale));
}

void TestSubmit::cleanup()
{
    MessageBox::instance().reset();
    m_sandbox.setFaults({});
}

std::unique_ptr<MainWindow> TestSubmit::makeWindow(const std::vector<Indicator> &rows)
{
    return sandboxWindow(m_client.get(), m_dir, m_dir.filePath(QStringLiteral("journals")), rows);
}

bool TestSubmit::waitForRun(MainWindow &window, int timeoutMs)
{
    if (!test::submitter(window)->isRunning())
        return true;
    QSignalSpy finished(test::submitter(window), &SubmitController::finished);
    return finished.wait(timeoutMs);
}

std::optional<QJsonArray> TestSubmit::jsonReportRows(MainWindow &window, const QString &name)
{
    QString error;
    const QString path = m_dir.filePath(name);
    if (!test::submitter(window)->writeReport(path, true, &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rows")).toArray();
}

bool TestSubmit::submitAll(MainWindow &window)
{
    std::vector<RowId> rows;
    const IndicatorTable &table = test::gridModel(window)->document().table();
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.rowId(r));
    window.submitRows(rows);
    return test::submitter(window)->isRunning() && waitForRun(window);
}

void TestSubmit::submitsValidRowsAndShowsEachRowsResult()
{
    std::vector<Indicator> rows = indicatorsOf(validRows(3));
    rows.insert(rows.begin() + 1, invalidHash());
    Indicator titleOnly; // no type, value or action
    titleOnly[Field::Title] = QStringLiteral("Only a title");
    rows.push_back(titleOnly);
    auto window = makeWindow(rows);
    QVERIFY(window);

    MessageBox::instance().setNextAnswer(QStringLiteral("confirmSubmitButton"));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    test::mainActions(*window)->submit->trigger(); // reads the tenant to plan, then asks
    QTRY_VERIFY_WITH_TIMEOUT(askedLast(QStringLiteral("submitConfirmation")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);

    const QJsonArray tenant = m_sandbox.listAll();
    QCOMPARE(tenant.size(), 3);
    QStringList ids;
    for (const QJsonValue &v : tenant)
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    // Valid rows: Succeeded with the id the tenant holds; rows with errors were not sent and keep their status.
    for (int r : {0, 2, 3}) {
        const QString text = statusText(*window, r);
        QVERIFY2(text.startsWith(QStringLiteral("Succeeded (id ")), qPrintable(text));
        const QString id = text.section(QStringLiteral("id "), 1).chopped(1);
        QVERIFY2(ids.contains(id), qPrintable(id));
        QCOMPARE(test::gridModel(*window)->index(r, 2).data(IndicatorTableModel::SubmitStateRole).toInt(),
                 static_cast<int>(SubmitState::Succeeded));
        // A row the tenant took is no longer edited here.
        QVERIFY(!(test::gridModel(*window)->flags(cellOf(*window, r, Field::Title)) & Qt::ItemIsEditable));
    }
    // Rows with errors were left out: Not sent, with why, and still editable.
    // Each names its error.
    const QString errorOf[] = {
        {}, QStringLiteral("Hash is not hexadecimal"), {}, {}, QStringLiteral("Indicator value is missing")};
    for (int r : {1, 4}) {
        QCOMPARE(statusText(*window, r),
                 QStringLiteral("Not sent: It had errors when it was submitted (%1); fix them and resubmit.")
                     .arg(errorOf[r]));
        QCOMPARE(test::gridModel(*window)->index(r, 2).data(IndicatorTableModel::SubmitStateRole).toInt(),
                 static_cast<int>(SubmitState::NotSent));
        QVERIFY(test::gridModel(*window)->flags(cellOf(*window, r, Field::Title)) & Qt::ItemIsEditable);
    }
    QVERIFY(test::submitDock(*window)->isVisible());
    QCOMPARE(test::submitSummary(*window)->countsText(), QStringLiteral("3 succeeded · 0 failed · 2 not sent"));
    // The report accounts for every row of the table, in the table's order.
    const std::optional<QJsonArray> reportedRows = jsonReportRows(*window, QStringLiteral("every-row.json"));
    QVERIFY(reportedRows);
    const QJsonArray &reported = *reportedRows;
    QCOMPARE(reported.size(), 5);
    const QStringList expectedStates{QStringLiteral("Succeeded"), QStringLiteral("NotSent"),
                                     QStringLiteral("Succeeded"), QStringLiteral("Succeeded"),
                                     QStringLiteral("NotSent")};
    for (int r = 0; r < 5; ++r)
        QCOMPARE(reported[r].toObject().value(QStringLiteral("status")).toString(), expectedStates[r]);

    // "Resubmit failed" with only rows that still have errors sends nothing and says why.
    QVERIFY(!test::submitter(*window)->resubmitFailed());
    QCOMPARE(test::submitter(*window)->problem(), QStringLiteral("Every row left to send has errors; fix them first."));

    // The filter bar shows each result on its own.
    auto *results = test::filterBar(*window)->findChild<QComboBox *>(QStringLiteral("resultFilterComboBox"));
    QVERIFY(results);
    results->setCurrentIndex(results->findText(QStringLiteral("Succeeded")));
    QCOMPARE(test::gridModel(*window)->rowCount(), 3);
    results->setCurrentIndex(results->findText(QStringLiteral("Failed")));
    QCOMPARE(test::gridModel(*window)->rowCount(), 0);
}

void TestSubmit::submitGoesThroughThePlanAndNamesTheTenant()
{
    const IndicatorTable valid = validRows(3);
    std::vector<Indicator> rows = indicatorsOf(valid);
    Indicator repeat = rows[0]; // the same indicator again, with another title: "only the first is sent"
    repeat[Field::Title] = QStringLiteral("A later repeat");
    rows.push_back(repeat);
    auto window = makeWindow(rows);
    QVERIFY(window);

    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("confirmSubmitButton"));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    test::mainActions(*window)->submit->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(askedLast(QStringLiteral("submitConfirmation")), 20000);
    const QString question = boxes.asked().constLast().text;
    const QString details = boxes.asked().constLast().informativeText;
    // Enter must not send: the default button is Cancel.
    QCOMPARE(boxes.asked().constLast().defaultButton, MessageBox::Choice(QMessageBox::Cancel));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    const QString tenantId = m_client->settings().tenantId;
    QVERIFY2(question.contains(QStringLiteral("Send 3 rows")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("profile sandbox")) && question.contains(tenantId), qPrintable(question));
    QVERIFY2(details.contains(QStringLiteral("1 repeats")), qPrintable(details));

    // The repeat was not sent: the tenant holds the first row's title.
    const QJsonArray tenant = m_sandbox.listAll();
    QCOMPARE(tenant.size(), 3);
    for (const QJsonValue &v : tenant)
        QVERIFY(v.toObject().value(QStringLiteral("title")).toString() != QStringLiteral("A later repeat"));
    QVERIFY2(statusText(*window, 3).startsWith(QStringLiteral("Not sent: ")), qPrintable(statusText(*window, 3)));

    // Submit... again: the rows already imported and the repeat leave nothing to send; nothing is asked or sent.
    const int importsBefore =
        m_sandbox.stats().value(QStringLiteral("calls")).toObject().value(QStringLiteral("import")).toArray().size();
    test::mainActions(*window)->submit->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::noticeBar(*window)->text().contains(QStringLiteral("Nothing to send")), 20000);
    QVERIFY(!test::submitter(*window)->isRunning());
    QCOMPARE(
        m_sandbox.stats().value(QStringLiteral("calls")).toObject().value(QStringLiteral("import")).toArray().size(),
        importsBefore);
}

void TestSubmit::showsServiceReasonsGroupsThemAndExportsReports()
{
    std::vector<Indicator> rows = indicatorsOf(validRows(2));
    rows[0][Field::Title] = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    rows.push_back(invalidHash());
    rows.push_back(invalidHash());
    rows.back()[Field::IndicatorValue] = QStringLiteral("still-not-a-hash");
    Indicator privateIp;
    privateIp[Field::IndicatorType] = QStringLiteral("IpAddress");
    privateIp[Field::IndicatorValue] = QStringLiteral("10.1.2.3");
    privateIp[Field::Action] = QStringLiteral("Block");
    privateIp[Field::Title] = QStringLiteral("Internal");
    privateIp[Field::Description] = QStringLiteral("An internal address");
    rows.push_back(privateIp);
    auto window = makeWindow(rows);
    QVERIFY(window);
    // The preview may send rows the editor flags; the service's own reasons come back verbatim.
    QVERIFY(submitAll(*window));

    QVERIFY(statusText(*window, 0).startsWith(QStringLiteral("Succeeded (id ")));
    QCOMPARE(statusText(*window, 2), QStringLiteral("Failed: Hash value not-a-hash is invalid"));
    QCOMPARE(statusText(*window, 3), QStringLiteral("Failed: Hash value still-not-a-hash is invalid"));
    QCOMPARE(
        statusText(*window, 4),
        QStringLiteral("Failed: Ip address 10.1.2.3 is not a public address; internal addresses cannot be indicators"));
    const QString tip =
        test::gridModel(*window)->index(4, static_cast<int>(Column::Status)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Suggested fix: Use the public address")), qPrintable(tip));
    QCOMPARE(test::gridModel(*window)->index(4, 2).data(IndicatorTableModel::SubmitStateRole).toInt(),
             static_cast<int>(SubmitState::Failed));

    SubmitSummaryWidget *summary = test::submitSummary(*window);
    QCOMPARE(summary->countsText(), QStringLiteral("2 succeeded · 3 failed · 0 not sent"));
    QListWidget *reasons = summary->reasonList();
    QCOMPARE(reasons->count(), 3);
    QListWidgetItem *ipGroup = nullptr;
    for (int i = 0; i < reasons->count(); ++i) {
        if (reasons->item(i)->text().startsWith(QStringLiteral("Ip address")))
            ipGroup = reasons->item(i);
    }
    QVERIFY(ipGroup);
    QVERIFY2(ipGroup->text().endsWith(QStringLiteral(")")) && ipGroup->text().contains(QStringLiteral("(1 row")),
             qPrintable(ipGroup->text()));
    // Clicking a group shows only its rows in the grid.
    const QRect rect = reasons->visualItemRect(ipGroup);
    test::submitDock(*window)->show();
    QTest::mouseClick(reasons->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(test::gridModel(*window)->rowCount(), 1);
    QVERIFY(statusText(*window, 0).startsWith(QStringLiteral("Failed: Ip address 10.1.2.3")));
    test::filterBar(*window)->clear();

    // Reports: CSV with formulas neutralised, JSON with every row's outcome.
    QString error;
    const QString csvPath = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY2(test::submitter(*window)->writeReport(csvPath, false, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QVERIFY(csvText.contains("'=HYPERLINK"));
    QVERIFY(!csvText.contains(",=HYPERLINK"));
    QVERIFY(csvText.contains("Hash value not-a-hash is invalid"));
    const std::optional<QJsonArray> reportRows = jsonReportRows(*window, QStringLiteral("results.json"));
    QVERIFY(reportRows);
    const QJsonArray &jsonRows = *reportRows;
    QCOMPARE(jsonRows.size(), 5);
    QCOMPARE(jsonRows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    QVERIFY(!jsonRows[0].toObject().value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(jsonRows[2].toObject().value(QStringLiteral("failureReason")).toString(),
             QStringLiteral("Hash value not-a-hash is invalid"));
    QCOMPARE(jsonRows[2]
                 .toObject()
                 .value(QStringLiteral("indicator"))
                 .toObject()
                 .value(QStringLiteral("indicatorValue"))
                 .toString(),
             QStringLiteral("not-a-hash"));
}

void TestSubmit::everyFaultKindEndsWithEachRowSettled_data()
{
    QTest::addColumn<QString>("fault");
    for (const char *kind :
         {"5xx", "reset-before", "reset-after", "slow:delay=400", "malformed-json", "missing-results",
          "reorder-results", "wrong-types", "expire-token", "truncated", "huge", "non-json", "html"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestSubmit::everyFaultKindEndsWithEachRowSettled()
{
    QFETCH(QString, fault);
    const IndicatorTable table = validRows(40, 7);
    auto window = makeWindow(indicatorsOf(table));
    QVERIFY(window);
    const QString spec = fault + (fault.contains(u':') ? QStringLiteral(",count=1") : QStringLiteral(":count=1"));
    QVERIFY(m_sandbox.setFaults({spec}));
    QVERIFY(submitAll(*window));
    // One bad reply is retried or resent: every row ends Succeeded with the tenant's id, none twice.
    QCOMPARE(test::submitter(*window)->summary().succeeded, 40);
    for (int r = 0; r < 40; ++r)
        QVERIFY2(statusText(*window, r).startsWith(QStringLiteral("Succeeded (id ")),
                 qPrintable(statusText(*window, r)));
    QCOMPARE(m_sandbox.listAll().size(), 40);
    // The fault really happened.
    const QJsonArray faults = m_sandbox.stats().value(QStringLiteral("faults")).toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults[0].toObject().value(QStringLiteral("fired")).toInt(), 1);
}

void TestSubmit::cancelsAndResumes()
{
    auto window = makeWindow(indicatorsOf(validRows(1200, 3)));
    QVERIFY(window);
    // The first batch is slow, so Cancel comes while it is in flight.
    QVERIFY(m_sandbox.setFaults({QStringLiteral("slow:delay=1500,count=1")}));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    std::vector<RowId> rows;
    for (int r = 0; r < 1200; ++r)
        rows.push_back(test::gridModel(*window)->rowIdAt(r));
    window->submitRows(rows);
    QVERIFY(test::submitter(*window)->isRunning());
    auto *cancel = test::submitProgress(*window)->findChild<QPushButton *>(QStringLiteral("submitCancelButton"));
    auto *resume = test::submitProgress(*window)->findChild<QPushButton *>(QStringLiteral("submitResumeButton"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!resume->isEnabled());
    // The window answers while the run goes on.
    QTRY_VERIFY2(
        test::submitProgress(*window)->rowsText().contains(QStringLiteral("of %1 rows").arg(QLocale().toString(1200))),
        qPrintable(test::submitProgress(*window)->rowsText()));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const SubmitController::Summary first = test::submitter(*window)->summary();
    QVERIFY(first.notSent > 0);
    QCOMPARE(first.succeeded + first.notSent, 1200);
    QVERIFY(first.stopMessage.startsWith(QStringLiteral("Cancelled")));
    QCOMPARE(statusText(*window, 1199), QStringLiteral("Not sent: The import was cancelled before this row was sent."));
    QVERIFY(resume->isEnabled());

    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QCOMPARE(test::submitter(*window)->summary().succeeded, 1200);
    QCOMPARE(statusText(*window, 1199).left(14), QStringLiteral("Succeeded (id "));
    QCOMPARE(m_sandbox.listAll().size(), 1200);
}

void TestSubmit::killedMidRunResumesWithEachIndicatorOnce()
{
    // --no-upsert: a row sent twice would be two indicators. A session submitting 1,000 rows in
    // batches of 100 is killed hard once its third batch is on the wire; a new session on the same
    // file and journal finishes the run.
    SandboxProcess tenant;
    QVERIFY2(tenant.start(
                 {QStringLiteral("--no-upsert"), QStringLiteral("--fault"), QStringLiteral("slow:rate=1,delay=400")}),
             qPrintable(tenant.error()));
    const IndicatorTable table = validRows(1000, 7000);
    const QString file = writeFile(m_dir, QStringLiteral("killed.csv"), portalCsv(indicatorsOf(table)));
    const QString journals = m_dir.filePath(QStringLiteral("killed-journals"));
    auto importCalls = [&tenant]() {
        return tenant.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("import")).toArray().size();
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList arguments{QCoreApplication::applicationName(), file, tenant.url(), journals};

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(IM_SUBMIT_HELPER_PATH), arguments);
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(importCalls() >= 3, 30000);
    first.kill(); // SIGKILL: no chance to settle anything
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const qsizetype before = tenant.listAll().size();
    QVERIFY2(before >= 200 && before < 1000, qPrintable(QString::number(before)));

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(IM_SUBMIT_HELPER_PATH), arguments);
    QVERIFY(second.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += second.readAllStandardOutput()).contains("finished") && said.endsWith('\n'),
                              qPrintable(QString::fromLocal8Bit(said + second.readAllStandardError())), 120000);
    QVERIFY2(said.contains("finished 1000"), said.constData());
    second.kill();
    QVERIFY(second.waitForFinished(5000));

    // Each indicator is in the tenant exactly once.
    const QJsonArray all = tenant.listAll();
    QCOMPARE(all.size(), 1000);
    QSet<QString> values;
    for (const QJsonValue &v : all)
        values.insert(v.toObject().value(QLatin1String("indicatorValue")).toString());
    QCOMPARE(values.size(), 1000);
    for (int r = 0; r < table.rowCount(); ++r)
        QVERIFY2(values.contains(table.indicator(r)[Field::IndicatorValue]),
                 qPrintable(table.indicator(r)[Field::IndicatorValue]));
}

void TestSubmit::showsRateLimitWaitsAsSuch()
{
    auto window = makeWindow(indicatorsOf(validRows(400, 5)));
    QVERIFY(window);
    // Batches of 10: 40 Import calls, more than the 30 a (scaled) minute allows.
    ImportOptions options;
    options.batchSize = 10;
    options.retry.baseDelayMs = 20;
    options.journalDirectory = m_dir.filePath(QStringLiteral("journals"));
    test::submitter(*window)->setOptions(options);
    // What the panel says as each wait begins: read at once, because a time-scaled wait may be over
    // before a polling check looks (the panel's own connection was made first, so it has updated).
    QStringList shownTexts;
    connect(test::submitter(*window), &SubmitController::waitingForRateLimit, window.get(),
            [&shownTexts, &window] { shownTexts << test::submitProgress(*window)->waitText(); });
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    std::vector<RowId> rows;
    for (int r = 0; r < 400; ++r)
        rows.push_back(test::gridModel(*window)->rowIdAt(r));
    window->submitRows(rows);
    QTRY_VERIFY_WITH_TIMEOUT(!shownTexts.isEmpty(), 60000);
    const QString shown = shownTexts.constFirst();
    QVERIFY2(shown.startsWith(QStringLiteral("Waiting ")) && shown.contains(QStringLiteral("rate limit")),
             qPrintable(shown));
    // Filtering the grid meanwhile does not disturb the run.
    test::filterBar(*window)->textEdit()->setText(QStringLiteral("example"));
    test::filterBar(*window)->clear();
    QVERIFY(finished.wait(120000));
    const SubmitController::Summary summary = test::submitter(*window)->summary();
    QCOMPARE(summary.succeeded, 400);
    QVERIFY(summary.rateLimitWaits >= 1);
    QVERIFY(summary.rateLimitWaitMs > 0);
    QCOMPARE(test::submitProgress(*window)->waitText(), QString());
    const QJsonArray calls =
        m_sandbox.stats().value(QStringLiteral("calls")).toObject().value(QStringLiteral("import")).toArray();
    QVERIFY(calls.size() >= 40);
}

void TestSubmit::staysOpenWhileRunningAndStopsWhenTheTableIsReplaced()
{
    auto window = makeWindow(indicatorsOf(validRows(1200, 61)));
    QVERIFY(window);
    QVERIFY(m_sandbox.setFaults({QStringLiteral("slow:delay=1500,count=1")}));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    std::vector<RowId> rows;
    for (int r = 0; r < 1200; ++r)
        rows.push_back(test::gridModel(*window)->rowIdAt(r));
    window->submitRows(rows);
    QVERIFY(test::submitter(*window)->isRunning());
    QVERIFY(!window->close()); // the results of what is being sent would be lost
    QVERIFY(window->isVisible());

    // Another file replaces the table: the run stops and its outcomes stay off the new rows.
    const QString other = writeFile(m_dir, QStringLiteral("other.csv"), portalCsv(indicatorsOf(validRows(5, 62))));
    QVERIFY(openAndWait(*window, other));
    QVERIFY(finished.wait(60000));
    QVERIFY(!test::gridModel(*window)->outcomes());
    for (int r = 0; r < 5; ++r)
        QCOMPARE(test::gridModel(*window)->index(r, 2).data(IndicatorTableModel::SubmitStateRole).toInt(),
                 static_cast<int>(SubmitState::None));
    QVERIFY(!test::submitter(*window)->canResume());
}

void TestSubmit::resubmitsOnlyTheFailedRowsAfterFixing()
{
    std::vector<Indicator> rows = indicatorsOf(validRows(3, 11));
    rows.push_back(invalidHash());
    auto window = makeWindow(rows);
    QVERIFY(window);
    QVERIFY(submitAll(*window));
    QCOMPARE(test::submitter(*window)->summary().failed, 1);
    const QString firstId = statusText(*window, 0);

    // Fix the failed row in the grid; the succeeded ones stay as they were.
    QVERIFY(test::gridModel(*window)->setData(
        cellOf(*window, 3, Field::IndicatorValue),
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")));
    QVERIFY2(statusText(*window, 3).startsWith(QStringLiteral("Edited since it failed: ")),
             qPrintable(statusText(*window, 3)));
    const auto importCalls = [this] {
        return m_sandbox.stats().value(QStringLiteral("calls")).toObject().value(QStringLiteral("import")).toArray();
    };
    const int callsBefore = static_cast<int>(importCalls().size());
    QVERIFY(callsBefore >= 1);
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    QPushButton *resubmit =
        test::submitSummary(*window)->findChild<QPushButton *>(QStringLiteral("resubmitFailedButton"));
    QVERIFY(resubmit->isEnabled());
    QTest::mouseClick(resubmit, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(test::submitter(*window)->summary().rows, 1);
    QCOMPARE(test::submitter(*window)->summary().succeeded, 1);
    QVERIFY(statusText(*window, 3).startsWith(QStringLiteral("Succeeded (id ")));
    QCOMPARE(statusText(*window, 0), firstId);
    QCOMPARE(m_sandbox.listAll().size(), 4);
    // One more Import call, carrying only the fixed row.
    const QJsonArray calls = importCalls();
    QCOMPARE(calls.size(), callsBefore + 1);
    QCOMPARE(calls.last().toArray().at(1).toInt(), 1);
}

void TestSubmit::historyKeepsEachRunAndReopensItsReport()
{
    std::vector<Indicator> rows = indicatorsOf(validRows(2, 21));
    rows.push_back(invalidHash());
    auto window = makeWindow(rows);
    QVERIFY(window);
    QVERIFY(submitAll(*window));
    QVERIFY(test::submitter(*window)->lastHistoryId() > 0);

    ImportHistory history; // the file the window records its runs in
    HistoryDialog dialog(&history, window.get());
    QCOMPARE(dialog.problem(), QString());
    QTableWidget *entries = dialog.entryTable();
    QCOMPARE(entries->rowCount(), 1);
    QCOMPARE(entries->item(0, 1)->text(), QStringLiteral("sandbox"));
    QCOMPARE(entries->item(0, 2)->text(), m_client->settings().tenantId);
    QCOMPARE(entries->item(0, 3)->text(), QStringLiteral("rows.csv"));
    QCOMPARE(entries->item(0, 4)->text(), QStringLiteral("2"));
    QCOMPARE(entries->item(0, 5)->text(), QStringLiteral("1"));
    QTableWidget *report = dialog.reportTable();
    QCOMPARE(report->rowCount(), 3);
    QCOMPARE(report->item(0, 2)->text(), QStringLiteral("Succeeded"));
    QVERIFY(!report->item(0, 3)->text().isEmpty());
    QCOMPARE(report->item(2, 1)->text(), QStringLiteral("not-a-hash"));
    QCOMPARE(report->item(2, 2)->text(), QStringLiteral("Failed"));
    QCOMPARE(report->item(2, 4)->text(), QStringLiteral("Hash value not-a-hash is invalid"));

    MessageBox::instance().setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QPushButton *>(QStringLiteral("clearHistoryButton"))->click();
    QVERIFY(askedLast(QStringLiteral("clearHistoryConfirmation")));
    QVERIFY(MessageBox::instance().asked().constLast().standardButtons.testFlag(QMessageBox::Yes));
    QCOMPARE(entries->rowCount(), 0);
    QString error;
    QVERIFY(history.entries(&error).empty());
    QCOMPARE(error, QString());
}

void TestSubmit::corruptHistoryIsReportedAndNeverBlocksSubmitting()
{
    QVERIFY(QDir().mkpath(QFileInfo(ImportHistory::defaultPath()).absolutePath()));
    QFile garbage(ImportHistory::defaultPath());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    auto window = makeWindow(indicatorsOf(validRows(3, 31)));
    QVERIFY(window);
    QVERIFY(submitAll(*window));
    QCOMPARE(test::submitter(*window)->summary().succeeded, 3);
    QCOMPARE(test::submitter(*window)->lastHistoryId(), 0);
    const QString notice = test::noticeBar(*window)->text();
    QVERIFY2(notice.contains(QStringLiteral("The import history is damaged")), qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("Submitting works as usual")));
    ImportHistory history; // the file the window records its runs in
    HistoryDialog dialog(&history, window.get());
    QVERIFY(dialog.problem().contains(QStringLiteral("damaged")));
}

void TestSubmit::lockedHistoryIsReportedAndNeverBlocksSubmitting()
{
    auto window = makeWindow(indicatorsOf(validRows(3, 41)));
    QVERIFY(window);
    // The window's history is open (File > Import History opens it) before another program locks it.
    QString error;
    const auto opened = ModalDialogDriver::expect(QStringLiteral("historyDialog"), [&error](QWidget *dialog) {
        error = qobject_cast<HistoryDialog *>(dialog)->problem();
        dialog->close();
    });
    test::mainActions(*window)->history->trigger();
    QVERIFY(*opened);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        // Another program holds the database with a write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(ImportHistory::defaultPath());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(submitAll(*window));
        QCOMPARE(test::submitter(*window)->summary().succeeded, 3);
        QCOMPARE(test::submitter(*window)->lastHistoryId(), 0);
        const QString notice = test::noticeBar(*window)->text();
        QVERIFY2(notice.contains(QStringLiteral("not added to the history")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("locked")), qPrintable(notice));
        lock.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Once the lock is gone, history works again.
    QVERIFY(submitAll(*window));
    QVERIFY(test::submitter(*window)->lastHistoryId() > 0);
}

void TestSubmit::tenantViewListsFiltersSortsExportsAndDeletes()
{
    QVERIFY(m_sandbox.seed(1200));
    MainWindow window;
    window.setApiClient(m_client.get());
    TenantIndicatorsDialog dialog(m_client.get(), &window);
    dialog.indicators()->setPageSize(500);
    QSignalSpy loaded(dialog.indicators(), &TenantIndicators::loaded);
    QSignalSpy pages(dialog.indicators(), &TenantIndicators::pageLoaded);
    dialog.refresh();
    QVERIFY(loaded.wait(60000));
    QVERIFY(loaded.at(0).at(0).toBool());
    QCOMPARE(pages.size(), 3); // 500 + 500 + 200
    QTableView *view = dialog.view();
    // The seeded indicators are portal-made: the view opens on ours, so none shows until all are asked for.
    QCOMPARE(view->model()->rowCount(), 0);
    dialog.ownershipCombo()->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 1200);
    const QString all = QLocale().toString(1200);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("%1 of %1 indicator").arg(all)),
             qPrintable(dialog.statusText()));

    // Sort by value, then filter by one indicator's value.
    view->sortByColumn(2, Qt::AscendingOrder);
    const QString first = view->model()->index(0, 2).data().toString();
    const QString second = view->model()->index(1, 2).data().toString();
    QVERIFY(first.compare(second, Qt::CaseInsensitive) <= 0);
    dialog.filterEdit()->setText(first);
    QVERIFY(view->model()->rowCount() >= 1);
    QCOMPARE(view->model()->index(0, 2).data().toString(), first);
    const QString exportPath = m_dir.filePath(QStringLiteral("tenant.csv"));
    QString error;
    QVERIFY2(dialog.exportCsv(exportPath, &error), qPrintable(error));
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), view->model()->rowCount() + 1);
    QVERIFY(lines.first().startsWith("id,indicatorType,indicatorValue"));
    dialog.filterEdit()->clear();

    // Delete 600 selected indicators: two BatchDelete calls (at most 500 ids each), after confirming.
    const QList<QVariant> removed = deleteFirstRows(dialog, 600);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).toInt(), 600);
    QVERIFY(removed.at(1).toBool());
    QCOMPARE(dialog.indicators()->batchDeleteCalls(), 2);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(view->model()->rowCount(), 600);
    QCOMPARE(m_sandbox.listAll().size(), 600);
}

void TestSubmit::tenantViewDeletesTheRestWhenSomeAreAlreadyGone()
{
    // Two of the six indicators chosen in the tenant view are deleted elsewhere (the portal, another
    // tool) before Delete is clicked. BatchDelete refuses the whole call for an unknown id; the view
    // then deletes id by id, like the CLI, so the other four go and the rest of the tenant stays.
    QVERIFY(m_sandbox.seed(12));
    MainWindow window;
    window.setApiClient(m_client.get());
    TenantIndicatorsDialog dialog(m_client.get(), &window);
    QSignalSpy loaded(dialog.indicators(), &TenantIndicators::loaded);
    dialog.refresh();
    QVERIFY(loaded.wait(60000));
    QTableView *view = dialog.view();
    // The seeded indicators are portal-made: hand-picked from all creators, as the view allows.
    dialog.ownershipCombo()->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 12);
    QStringList chosen;
    for (int row = 0; row < 6; ++row)
        chosen.append(view->model()->index(row, 0).data().toString());
    ApiCall *elsewhere = m_client->batchDelete({chosen[1], chosen[4]});
    QSignalSpy elsewhereDone(elsewhere, &ApiCall::finished);
    QVERIFY(elsewhereDone.wait(30000));
    QVERIFY2(elsewhere->result().ok(), qPrintable(elsewhere->result().error.message()));
    QCOMPARE(m_sandbox.listAll().size(), 10);

    const QList<QVariant> removed = deleteFirstRows(dialog, 6);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).toInt(), 4);
    QVERIFY(removed.at(1).toBool());                          // no error: the two unknown ids are simply gone
    QCOMPARE(dialog.indicators()->batchDeleteCalls(), 1 + 6); // the refused BatchDelete, then id by id
    QVERIFY(loaded.wait(60000));
    QCOMPARE(view->model()->rowCount(), 6);
    const QJsonArray left = m_sandbox.listAll();
    QCOMPARE(left.size(), 6);
    for (const QJsonValue &v : left)
        QVERIFY(!chosen.contains(v.toObject().value(QLatin1String("id")).toString()));
}

void TestSubmit::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestSubmit::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    std::vector<Indicator> rows = indicatorsOf(validRows(1100, 51));
    rows.insert(rows.begin() + 2, invalidHash()); // sent: the service refuses it
    Indicator titleOnly;                          // left out: Not sent, with why
    titleOnly[Field::Title] = QStringLiteral("Only a title");
    rows.insert(rows.begin() + 4, titleOnly);
    auto window = makeWindow(rows);
    QVERIFY(window);
    window->resize(1400, 800);
    // A slow second batch, so the progress view is caught mid-run.
    QVERIFY(m_sandbox.setFaults({QStringLiteral("slow:delay=1500,count=1,after=1")}));
    QSignalSpy progress(test::submitter(*window), &SubmitController::progress);
    std::vector<RowId> ids;
    for (int r = 0; r < test::gridModel(*window)->rowCount(); ++r) {
        if (r != 4)
            ids.push_back(test::gridModel(*window)->rowIdAt(r));
    }
    window->submitRows(ids, {{test::gridModel(*window)->rowIdAt(4), PlanOutcome::Invalid}});
    QVERIFY(test::submitter(*window)->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() > 0, 60000);
    QCoreApplication::processEvents(); // the panel took the figures from the signal; let it lay them out
    const QString suffix = language == QLatin1String("en") ? QString() : u'-' + language;
    QVERIFY(test::submitProgress(*window)->grab().save(
        QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(QStringLiteral("submit-progress%1.png").arg(suffix))));
    QVERIFY(waitForRun(*window));
    test::filterBar(*window)->showResult(ResultFilter::Any);
    QVERIFY(window->grab().save(
        QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(QStringLiteral("submit-results%1.png").arg(suffix))));
    QVERIFY(test::submitDock(*window)->grab().save(
        QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(QStringLiteral("submit-summary%1.png").arg(suffix))));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

QTEST_MAIN(TestSubmit)
#include "TestSubmit.moc"
