// SPDX-License-Identifier: GPL-3.0-or-later
// The preview dialog driven through its widgets, signed in to the sandbox as a real process: every
// figure it shows for a known tenant and table, leaving rows out, going to a row, the submit hand-over,
// the over-quota path with the first-K way out and the BatchDelete clean-up (cancelled, then
// confirmed), offline planning with a typed count, and screenshots in English and Chinese.
#include "core/i18n/Translations.h"
#include "core/io/IndicatorJson.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"
#include "core/preview/PreviewRowsModel.h"
#include "support/GuiTestSupport.h"
#include "support/PreviewScenario.h"
#include "support/SandboxProcess.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/preview/ForecastChart.h"
#include "ui/preview/PreviewDialog.h"
#include "ui/preview/QuotaGauge.h"
#include "ui/submit/SubmitController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace im;
using namespace im::test;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString textOf(QWidget *dialog, const char *name)
{
    return child<QLabel>(dialog, name)->text();
}

} // namespace

class TestPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryFigureOfTheTenantAndTable();
    void leavingRowsOutGoingToARowAndSubmitting();
    void exclusionsFollowTheirRowsThroughEdits();
    void overQuotaOffersFirstRowsAndCleanup();
    void offlineUsesTheTypedCount();
    void signingInOrOutWhileOpenChangesWhatItCompares();
    void screenshots_data();
    void screenshots();

private:
    PreviewDialog *openPreview(MainWindow &window, bool online);

    QTemporaryDir m_dir;
    QString m_table;
    QNetworkAccessManager m_manager;
    ApiClient m_client{&m_manager};
    SandboxProcess m_sandbox;
};

void TestPreviewDialog::initTestCase()
{
    isolateSettings(QStringLiteral("tst_previewdialog"));
    QVERIFY(m_dir.isValid());
    m_table = writeFile(m_dir, QStringLiteral("scenario.csv"), portalCsv(scenarioRows()));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_sandbox.signIn(m_client));
}

void TestPreviewDialog::init()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY(m_sandbox.reset());
    MessageBox::instance().reset();
}

void TestPreviewDialog::cleanup()
{
    MessageBox::instance().reset();
}

PreviewDialog *TestPreviewDialog::openPreview(MainWindow &window, bool online)
{
    window.setApiClient(online ? &m_client : nullptr);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !openAndWait(window, m_table))
        return nullptr;
    test::mainActions(window)->previewImport->trigger();
    PreviewDialog *dialog = test::previewDialog(window);
    if (!dialog)
        return nullptr;
    // Signed in, the first plan comes once the tenant has been read.
    if (!QTest::qWaitFor([dialog] { return !dialog->isReading() && dialog->plan().rows == 11; }, 60000))
        return nullptr;
    return dialog;
}

void TestPreviewDialog::showsEveryFigureOfTheTenantAndTable()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    MainWindow window;
    PreviewDialog *dialog = openPreview(window, true);
    QVERIFY(dialog);
    QVERIFY(dialog->isOnline());
    QVERIFY(dialog->isVisible());
    // New plural texts read "(s)" in English until the translation files carry them, so only their
    // number and wording are checked.
    QVERIFY(textOf(dialog, "tenantLabel").startsWith(QStringLiteral("Signed in: 6 active indicator")));
    QCOMPARE(textOf(dialog, "rowsValue"), QStringLiteral("11"));
    QCOMPARE(textOf(dialog, "sendValue"), QStringLiteral("7 (5 new, 2 updates)"));
    QCOMPARE(textOf(dialog, "notSentValue"),
             QStringLiteral("4: 1 invalid, 1 repeats, 0 left out by you, 2 unchanged, 0 beyond the quota"));
    QVERIFY(textOf(dialog, "batchesValue").startsWith(QStringLiteral("1 batch")));
    QVERIFY(textOf(dialog, "batchesValue").endsWith(QStringLiteral(" of 7, in table order")));
    QCOMPARE(textOf(dialog, "callsValue"), QStringLiteral("1"));
    QVERIFY(textOf(dialog, "timeValue").startsWith(QStringLiteral("0 second")));
    QCOMPARE(textOf(dialog, "quotaLabel"), QStringLiteral("6 active now, 11 after the import, of 15,000 allowed."));
    auto *gauge = child<QuotaGauge>(dialog, "quotaGauge");
    QCOMPARE(gauge->before(), 6);
    QCOMPARE(gauge->after(), 11);
    QCOMPARE(gauge->limit(), 15000);
    // The two domains expire on days 2 and 3.
    const std::vector<int> &forecast = child<ForecastChart>(dialog, "forecastChart")->forecast();
    QCOMPARE(forecast.size(), size_t(PreviewDialog::kForecastDays + 1));
    QCOMPARE(forecast[0], 11);
    QCOMPARE(forecast[1], 11);
    QCOMPARE(forecast[2], 10);
    QCOMPARE(forecast[3], 9);
    QCOMPARE(forecast.back(), 9);
    QVERIFY(!child<QGroupBox>(dialog, "overLimitBox")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "submitButton")->isEnabled());

    auto *rows = child<QTableView>(dialog, "previewRowsView");
    QCOMPARE(rows->model()->rowCount(), 11);
    const QStringList expected{QStringLiteral("Not sent: unchanged in the tenant"),
                               QStringLiteral("Updates an indicator"),
                               QStringLiteral("Not sent: unchanged in the tenant"),
                               QStringLiteral("Updates an indicator"),
                               QStringLiteral("New indicator"),
                               QStringLiteral("New indicator"),
                               QStringLiteral("New indicator"),
                               QStringLiteral("New indicator"),
                               QStringLiteral("New indicator"),
                               QStringLiteral("Not sent: invalid"),
                               QStringLiteral("Not sent: repeats an earlier row")};
    for (int r = 0; r < 11; ++r)
        QCOMPARE(rows->model()->index(r, 4).data().toString(), expected[r]);
    QCOMPARE(rows->model()->index(1, 5).data().toString(), QStringLiteral("1"));
    QVERIFY(!rows->model()->index(0, 5).data().isValid());

    // Only the rows not sent.
    auto *show = child<QComboBox>(dialog, "showRowsCombo");
    show->setCurrentIndex(2);
    QCOMPARE(rows->model()->rowCount(), 4);

    // Unticking "skip unchanged" sends them as updates.
    QTest::mouseClick(child<QCheckBox>(dialog, "skipUnchangedCheck"), Qt::LeftButton);
    QCOMPARE(textOf(dialog, "sendValue"), QStringLiteral("9 (5 new, 4 updates)"));
    QVERIFY(textOf(dialog, "batchesValue").endsWith(QStringLiteral(" of 9, in table order")));
    QCOMPARE(rows->model()->rowCount(), 2);
}

void TestPreviewDialog::leavingRowsOutGoingToARowAndSubmitting()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    MainWindow window;
    PreviewDialog *dialog = openPreview(window, true);
    QVERIFY(dialog);
    auto *rows = child<QTableView>(dialog, "previewRowsView");
    // Untick row 6 (a new one).
    QVERIFY(rows->model()->setData(rows->model()->index(5, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(dialog->plan().excludedByUser, 1);
    QCOMPARE(textOf(dialog, "sendValue"), QStringLiteral("6 (4 new, 2 updates)"));
    QCOMPARE(rows->model()->index(5, 4).data().toString(), QStringLiteral("Not sent: left out by you"));
    QCOMPARE(dialog->plan().activeAfter, 10);

    // Go to the invalid row in the grid.
    rows->setCurrentIndex(rows->model()->index(9, 3));
    QTest::mouseClick(child<QPushButton>(dialog, "goToRowButton"), Qt::LeftButton);
    const IndicatorTable &table = test::gridModel(window)->document().table();
    QCOMPARE(test::gridModel(window)->rowIdAt(test::gridView(window)->currentIndex().row()), table.rowId(9));

    // Submit asks first, naming the tenant; Cancel sends nothing and keeps the preview open.
    QSignalSpy submitted(&window, &MainWindow::submitRequested);
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    QVERIFY(askedLast(QStringLiteral("submitConfirmation")));
    const QString question = boxes.asked().constLast().text;
    QVERIFY2(question.startsWith(QStringLiteral("Send 6 rows to ")), qPrintable(question));
    QVERIFY2(question.contains(m_client.settings().tenantId), qPrintable(question));
    QCOMPARE(submitted.count(), 0);
    QVERIFY(test::previewDialog(window));

    // Confirmed, it hands the rows on, in sending order.
    boxes.setNextAnswer(QStringLiteral("confirmSubmitButton"));
    QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    QVERIFY(askedLast(QStringLiteral("submitConfirmation")));
    QCOMPARE(submitted.count(), 1);
    const auto ids = submitted.at(0).at(0).value<std::vector<RowId>>();
    const std::vector<RowId> expected{table.rowId(1), table.rowId(3), table.rowId(4),
                                      table.rowId(6), table.rowId(7), table.rowId(8)};
    QVERIFY(ids == expected);
    // ...and the rows it leaves out, with the plan's reason, so they end up Not sent with why.
    const auto leftOut = submitted.at(0).at(1).value<std::vector<LeftOutRow>>();
    QCOMPARE(leftOut.size(), size_t(table.rowCount()) - expected.size());
    const auto whyLeftOut = [&leftOut](RowId row) {
        const auto it =
            std::find_if(leftOut.begin(), leftOut.end(), [row](const LeftOutRow &l) { return l.row == row; });
        return it == leftOut.end() ? PlanOutcome::New : it->why;
    };
    QCOMPARE(whyLeftOut(table.rowId(5)), PlanOutcome::ExcludedByUser);
    QCOMPARE(whyLeftOut(table.rowId(9)), PlanOutcome::Invalid);
    QTRY_VERIFY(!test::previewDialog(window));
    // The window sends them (it is signed in): wait for the run, so that no call of it reaches the
    // sandbox after the next test has reset it.
    QTRY_VERIFY_WITH_TIMEOUT(!test::submitter(window)->isRunning(), 60000);
    QCOMPARE(test::submitter(window)->summary().succeeded, 6);
    QCOMPARE(test::submitter(window)->summary().notSent, table.rowCount() - 6);
    QCOMPARE(test::gridModel(window)->outcomes()->outcome(table.rowId(5)).reason(),
             QStringLiteral("It was left out in the preview."));
}

void TestPreviewDialog::exclusionsFollowTheirRowsThroughEdits()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    MainWindow window;
    PreviewDialog *dialog = openPreview(window, true);
    QVERIFY(dialog);
    auto *rows = child<QTableView>(dialog, "previewRowsView");
    const RowId unticked = test::gridModel(window)->document().table().rowId(5);
    QVERIFY(rows->model()->setData(rows->model()->index(5, 0), Qt::Unchecked, Qt::CheckStateRole));
    // A blank row inserted above in the grid: the unticked row moves down and stays unticked; the
    // blank row is invalid. The preview follows without being asked.
    QSignalSpy planned(dialog, &PreviewDialog::planUpdated);
    test::gridView(window)->setCurrentIndex(cellOf(window, 0, Field::Title));
    test::mainActions(window)->insertRow->trigger();
    QVERIFY(planned.wait(5000));
    QCOMPARE(dialog->plan().rows, 12);
    QCOMPARE(dialog->plan().excludedByUser, 1);
    QCOMPARE(dialog->plan().excludedInvalid, 2);
    QCOMPARE(rows->model()->index(6, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const std::vector<RowId> send = dialog->rowsToSend();
    QCOMPARE(send.size(), size_t(6));
    QVERIFY(std::find(send.begin(), send.end(), unticked) == send.end());
}

void TestPreviewDialog::overQuotaOffersFirstRowsAndCleanup()
{
    QVERIFY(m_sandbox.seed(14990));
    QVERIFY(seedScenarioTenant(m_sandbox)); // 14,996 active: five new rows pass 15,000 by one
    MainWindow window;
    PreviewDialog *dialog = openPreview(window, true);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().activeBefore, 14996);
    QCOMPARE(dialog->plan().activeAfter, 15001);
    auto *over = child<QGroupBox>(dialog, "overLimitBox");
    QVERIFY(over->isVisible());
    QVERIFY(textOf(dialog, "overLimitLabel")
                .startsWith(QStringLiteral("The import would pass the limit of 15,000 by 1 indicator")));
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(!submit->isEnabled());

    // Way out 1: the first rows that fit.
    auto *firstRows = child<QCheckBox>(dialog, "firstRowsCheck");
    QVERIFY(firstRows->text().startsWith(QStringLiteral("Send only the first 6 row")));
    QTest::mouseClick(firstRows, Qt::LeftButton);
    QCOMPARE(dialog->plan().sendable(), 6);
    QCOMPARE(dialog->plan().excludedOverLimit, 1);
    QCOMPARE(dialog->plan().activeAfter, 15000);
    QVERIFY(submit->isEnabled());
    QVERIFY(over->isVisible()); // so the choice can be taken back
    QTest::mouseClick(firstRows, Qt::LeftButton);
    QVERIFY(!submit->isEnabled());

    // Way out 2: delete the indicator that expires soonest. Cancelling deletes nothing.
    auto *cleanup = child<QPushButton>(dialog, "cleanupButton");
    QVERIFY(cleanup->isEnabled());
    QVERIFY(cleanup->text().startsWith(QStringLiteral("&Delete 1 expired or soon-expiring indicator")));
    QCOMPARE(dialog->cleanupIds().size(), 1);
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(cleanup, Qt::LeftButton);
    QVERIFY(askedLast(QStringLiteral("cleanupConfirmation")));
    const QList<MessageBox::Button> offered = boxes.asked().constLast().buttons;
    QVERIFY(std::any_of(offered.cbegin(), offered.cend(),
                        [](const MessageBox::Button &b) { return b.name == QStringLiteral("confirmDeleteButton"); }));
    QCOMPARE(m_sandbox.listAll().size(), 14996);

    QSignalSpy finished(dialog, &PreviewDialog::cleanupFinished);
    boxes.setNextAnswer(QStringLiteral("confirmDeleteButton"));
    QTest::mouseClick(cleanup, Qt::LeftButton);
    QVERIFY(askedLast(QStringLiteral("cleanupConfirmation")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(textOf(dialog, "cleanupStatus").startsWith(QStringLiteral("Deleted 1 indicator")));
    // The numbers follow the tenant as it is now.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading() && dialog->plan().activeBefore == 14995, 30000);
    QCOMPARE(dialog->plan().activeAfter, 15000);
    QVERIFY(!over->isVisible());
    QVERIFY(submit->isEnabled());
    const QJsonArray left = m_sandbox.listAll();
    QCOMPARE(left.size(), 14995);
    for (const QJsonValue &v : left)
        QVERIFY(v.toObject().value(QLatin1String("indicatorValue")).toString()
                != QLatin1String("expiring-1.example.com"));
}

void TestPreviewDialog::offlineUsesTheTypedCount()
{
    MainWindow window;
    PreviewDialog *dialog = openPreview(window, false);
    QVERIFY(dialog);
    QVERIFY(!dialog->isOnline());
    auto *spin = child<QSpinBox>(dialog, "activeCountSpin");
    QVERIFY(spin->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "refreshTenantButton")->isVisible());
    // Offline every valid row counts as new.
    QCOMPARE(textOf(dialog, "sendValue"), QStringLiteral("9 (9 new, 0 updates)"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("14999"));
    QCOMPARE(dialog->plan().activeBefore, 14999);
    QCOMPARE(dialog->plan().activeAfter, 15008);
    QCOMPARE(dialog->plan().overLimitBy(), 8);
    QVERIFY(child<QGroupBox>(dialog, "overLimitBox")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "cleanupButton")->isEnabled()); // nothing to pick offline
    QVERIFY(child<ForecastChart>(dialog, "forecastChart")->forecast().empty());
    auto *firstRows = child<QCheckBox>(dialog, "firstRowsCheck");
    QVERIFY(firstRows->text().startsWith(QStringLiteral("Send only the first 1 row")));
    QTest::mouseClick(firstRows, Qt::LeftButton);
    QCOMPARE(dialog->plan().sendable(), 1);
    QVERIFY(child<QPushButton>(dialog, "submitButton")->isEnabled());
    // The longest outcome of the plan fits its column.
    auto *view = child<QTableView>(dialog, "previewRowsView");
    const int needed = view->fontMetrics().horizontalAdvance(PreviewRowsModel::outcomeText(PlanOutcome::OverLimit));
    QVERIFY2(
        view->columnWidth(PreviewRowsModel::OutcomeColumn) > needed,
        qPrintable(QStringLiteral("%1 <= %2").arg(view->columnWidth(PreviewRowsModel::OutcomeColumn)).arg(needed)));
}

void TestPreviewDialog::signingInOrOutWhileOpenChangesWhatItCompares()
{
    QVERIFY(seedScenarioTenant(m_sandbox));
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    QVERIFY(client.configure(m_sandbox.settings(), SandboxProcess::demoSecret()).isEmpty());
    MainWindow window;
    window.setApiClient(&client); // configured, not signed in yet
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_table));
    test::mainActions(window)->previewImport->trigger();
    PreviewDialog *dialog = test::previewDialog(window);
    QVERIFY(dialog);
    QVERIFY(!dialog->isOnline());
    QVERIFY(child<QSpinBox>(dialog, "activeCountSpin")->isVisible());
    QCOMPARE(textOf(dialog, "sendValue"), QStringLiteral("9 (9 new, 0 updates)"));

    // Signing in reads the tenant at once: the seeded rows are recognised.
    std::unique_ptr<ApiCall> call(client.signIn());
    QSignalSpy signedIn(call.get(), &ApiCall::finished);
    QVERIFY(signedIn.wait(20000));
    QVERIFY(call->result().ok());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isOnline() && !dialog->isReading() && dialog->snapshot(), 30000);
    QCOMPARE(dialog->snapshot()->size(), 6);
    QVERIFY(dialog->plan().updates + dialog->plan().excludedUnchanged > 0);
    QVERIFY(child<QPushButton>(dialog, "refreshTenantButton")->isVisible());
    QVERIFY(!child<QSpinBox>(dialog, "activeCountSpin")->isVisible());

    // Signing out falls back to the typed count.
    client.tokens()->signOut();
    QVERIFY(!dialog->isOnline());
    QVERIFY(!dialog->snapshot());
    QVERIFY(child<QSpinBox>(dialog, "activeCountSpin")->isVisible());
    QCOMPARE(textOf(dialog, "sendValue"), QStringLiteral("9 (9 new, 0 updates)"));
    delete dialog; // before the client it listens to
}

void TestPreviewDialog::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestPreviewDialog::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    QVERIFY(m_sandbox.seed(14990));
    QVERIFY(seedScenarioTenant(m_sandbox));
    MainWindow window;
    PreviewDialog *dialog = openPreview(window, true);
    QVERIFY(dialog);
    QVERIFY(child<QGroupBox>(dialog, "overLimitBox")->isVisible());
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
    const QImage image = dialog->grab().toImage();
    QVERIFY(image.width() > 600);
    QVERIFY(image.save(QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(QStringLiteral("preview-%1.png").arg(language)),
                       "PNG"));
}

QTEST_MAIN(TestPreviewDialog)
#include "TestPreviewDialog.moc"
