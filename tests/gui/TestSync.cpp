// SPDX-License-Identifier: GPL-3.0-or-later
// Ownership and sync in the window, on real widgets against the sandbox seeded with indicators from
// three more creators: the tenant view shows ours first and marks the others; Sync with Tenant shows
// the preview with its figures and changes nothing until Sync is pressed, then deletes only ours; and
// screenshots of both in English, Simplified and Traditional Chinese.
#include "core/i18n/Translations.h"
#include "core/net/ApiClient.h"
#include "core/preview/SyncPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/SyncRun.h"
#include "core/tenant/Ownership.h"
#include "core/tenant/TenantIndicators.h"
#include "support/GuiTestSupport.h"
#include "support/ImportHarness.h"
#include "support/ModalDialogDriver.h"
#include "support/SandboxProcess.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/tenant/SyncController.h"
#include "ui/tenant/SyncPreviewDialog.h"
#include "ui/tenant/TenantIndicatorsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

constexpr double kTimeScale = 20;
constexpr int kPerCreator = 2;

std::vector<Indicator> indicatorsOf(const IndicatorTable &table, int first, int count)
{
    std::vector<Indicator> rows;
    for (int r = first; r < first + count; ++r)
        rows.push_back(table.indicator(r));
    return rows;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tenantViewShowsOursFirstAndMarksOthers();
    void syncPreviewChangesNothingUntilConfirmed();
    void screenshots_data();
    void screenshots();

private:
    // Imports rows [first, first + count) of the fixed table as the demo app (ours).
    bool importOurs(int first, int count);
    QMap<Ownership::Kind, int> byCreator();

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    SandboxClient m_client;
    IndicatorTable m_rows = validRows(12, 19);
};

void TestSync::initTestCase()
{
    isolateSettings(QStringLiteral("tst_sync"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}),
             qPrintable(m_sandbox.error()));
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
}

void TestSync::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.seedOtherCreators(kPerCreator));
    MessageBox::instance().reset();
    QVERIFY(m_client.signIn(m_sandbox.url(), kTimeScale));
}

void TestSync::cleanup()
{
    ModalDialogDriver::stopAll();
    MessageBox::instance().reset();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

bool TestSync::importOurs(int first, int count)
{
    ImportHarness harness(m_sandbox, kTimeScale);
    IndicatorTable part;
    for (const Indicator &ind : indicatorsOf(m_rows, first, count))
        part.appendIndicator(ind);
    return harness.run(part) && harness.engine().stats().succeeded == count;
}

QMap<Ownership::Kind, int> TestSync::byCreator()
{
    const Ownership ownership = Ownership::of(*m_client);
    QMap<Ownership::Kind, int> counts;
    for (const QJsonValue &v : m_sandbox.listAll())
        ++counts[ownership.classify(Creator::fromListItem(v.toObject()))];
    return counts;
}

void TestSync::tenantViewShowsOursFirstAndMarksOthers()
{
    QVERIFY(importOurs(0, 3));
    TenantIndicatorsDialog dialog(m_client.get());
    dialog.show();
    dialog.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.indicators()->isBusy(), 20000);
    // Ours before any delete: the three rows this app made, none of the six of others.
    QCOMPARE(dialog.ownershipCombo()->currentIndex(), 0);
    QCOMPARE(dialog.view()->model()->rowCount(), 3);
    const int creatorColumn = dialog.view()->model()->columnCount() - 1;
    for (int r = 0; r < 3; ++r)
        QCOMPARE(dialog.view()->model()->index(r, creatorColumn).data().toString(), QStringLiteral("Ours"));
    dialog.ownershipCombo()->setCurrentIndex(1); // all creators
    QCOMPARE(dialog.view()->model()->rowCount(), 3 + 3 * kPerCreator);
    int marked = 0;
    for (int r = 0; r < dialog.view()->model()->rowCount(); ++r)
        marked += !dialog.view()->model()->index(r, creatorColumn).data(Qt::DecorationRole).isNull();
    QCOMPARE(marked, 3 * kPerCreator);
    const int portal = dialog.ownershipCombo()->findData(static_cast<int>(Ownership::Kind::Portal));
    dialog.ownershipCombo()->setCurrentIndex(portal);
    QCOMPARE(dialog.view()->model()->rowCount(), kPerCreator);

    // Picking one of them by hand deletes it, and the question says it is not ours.
    dialog.view()->selectRow(0);
    MessageBox::instance().setNextAnswer(QStringLiteral("confirmDeleteButton"));
    dialog.deleteSelected();
    QVERIFY(MessageBox::instance().asked().constLast().text.contains(QStringLiteral("made by someone else")));
    QTRY_COMPARE_WITH_TIMEOUT(byCreator().value(Ownership::Kind::Portal), kPerCreator - 1, 20000);
    QCOMPARE(byCreator().value(Ownership::Kind::Ours), 3);
}

void TestSync::syncPreviewChangesNothingUntilConfirmed()
{
    // Ours in the tenant: rows 0..4. The table: rows 2..7 (2..4 unchanged, 5..7 new); 0 and 1 go.
    QVERIFY(importOurs(0, 5));
    MainWindow window;
    window.setInteractive(false);
    window.setApiClient(m_client.get());
    window.setProfileName(QStringLiteral("sandbox"));
    window.show();
    const QString path = writeFile(m_dir, QStringLiteral("feed.csv"), portalCsv(indicatorsOf(m_rows, 2, 6)));
    QVERIFY(openAndWait(window, path));
    const QJsonArray before = m_sandbox.listAll();

    QString summary;
    int listed = 0;
    auto cancelled = ModalDialogDriver::expect(QStringLiteral("syncPreviewDialog"), [&](QWidget *dialog) {
        summary = dialog->findChild<QLabel *>(QStringLiteral("syncSummaryLabel"))->text();
        listed = dialog->findChild<QTableWidget *>(QStringLiteral("syncRowsTableView"))->rowCount();
        ModalDialogDriver::findButton(dialog, QStringLiteral("syncCancelButton"))->click();
    });
    QSignalSpy finished(test::syncController(window), &SyncController::finished);
    test::mainActions(window)->syncTenant->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY(*cancelled);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(summary.contains(QStringLiteral("Create: 3")) && summary.contains(QStringLiteral("Unchanged: 3"))
                 && summary.contains(QStringLiteral("no longer in the table): 2")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 calls")), qPrintable(summary)); // one Import, one BatchDelete
    QCOMPARE(listed, 6 + 2);
    QCOMPARE(m_sandbox.listAll(), before); // cancelled: nothing changed

    auto confirmed =
        ModalDialogDriver::clickButton(QStringLiteral("syncPreviewDialog"), QStringLiteral("syncConfirmButton"));
    test::mainActions(window)->syncTenant->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(*confirmed);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(test::syncController(window)->run()->deleter().deleted(), 2);
    const QMap<Ownership::Kind, int> counts = byCreator();
    QCOMPARE(counts.value(Ownership::Kind::Ours), 6);
    QCOMPARE(counts.value(Ownership::Kind::Portal), kPerCreator);
    QCOMPARE(counts.value(Ownership::Kind::CloudApps), kPerCreator);
    QCOMPARE(counts.value(Ownership::Kind::OtherApp), kPerCreator);
}

void TestSync::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestSync::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(importOurs(0, 5));
    QVERIFY(Translations::install(language == QLatin1String("en") ? QString() : language));
    const QDir shots(QStringLiteral(IM_SCREENSHOT_DIR));

    TenantIndicatorsDialog view(m_client.get());
    view.resize(1000, 560);
    view.show();
    view.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!view.indicators()->isBusy(), 20000);
    view.ownershipCombo()->setCurrentIndex(1);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(shots.filePath(QStringLiteral("tenant-ownership-%1.png").arg(language)), "PNG"));

    TenantSnapshot snapshot;
    for (const QJsonValue &v : m_sandbox.listAll())
        snapshot.add(v.toObject());
    snapshot.finish();
    IndicatorTable table;
    for (const Indicator &ind : indicatorsOf(m_rows, 2, 6))
        table.appendIndicator(ind);
    table.setText(0, Field::Title, QStringLiteral("Renamed in the feed"));
    const SyncPlan plan = SyncPlanner::plan(table, snapshot, Ownership::of(*m_client));
    QCOMPARE(plan.deleteCount(), 2);
    SyncPreviewDialog preview(table, snapshot, plan);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(preview.rowsView()->rowCount(), 8);
    QVERIFY(preview.grab().save(shots.filePath(QStringLiteral("sync-preview-%1.png").arg(language)), "PNG"));
}

QTEST_MAIN(TestSync)
#include "TestSync.moc"
