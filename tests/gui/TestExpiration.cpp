// SPDX-License-Identifier: GPL-3.0-or-later
// Extend Expiration... in the window, on real widgets against the sandbox seeded with indicators of
// other creators: the preview lists each row the tenant holds with its current and new expiration and
// changes nothing until Extend is pressed; then our rows get the new expiration in the tenant and in the
// table, as a submission with per-row results, and others' indicators are untouched. Screenshots of the
// preview in English, Simplified and Traditional Chinese.
#include "core/i18n/Translations.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/RowOutcome.h"
#include "core/submit/SubmitOutcomes.h"
#include "core/tenant/Ownership.h"
#include "support/GuiTestSupport.h"
#include "support/ImportHarness.h"
#include "support/ModalDialogDriver.h"
#include "support/SandboxProcess.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SandboxSignIn.h"
#include "ui/submit/SubmitController.h"
#include "ui/tenant/ExpirationRefreshDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

constexpr double kTimeScale = 20;
constexpr int kPerCreator = 2;
const QString kLater = QStringLiteral("2031-01-01T00:00:00Z");

} // namespace

class TestExpiration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewChangesNothingUntilConfirmed();
    void screenshots_data();
    void screenshots();

private:
    // Rows 0..2 expire in ten days, row 3 in 2031 (0..3 imported as ours), row 4 is not in the tenant,
    // and row 5 carries an indicator an analyst made in the portal.
    std::vector<Indicator> prepare();
    QHash<QString, QJsonObject> tenant();

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionStatusWidget> m_status;
};

void TestExpiration::initTestCase()
{
    isolateSettings(QStringLiteral("tst_expiration"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}),
             qPrintable(m_sandbox.error()));
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
}

void TestExpiration::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.seedOtherCreators(kPerCreator));
    MessageBox::instance().reset();
    m_client = std::make_unique<ApiClient>(&m_manager);
    m_client->setTimeScale(kTimeScale);
    m_status = std::make_unique<ConnectionStatusWidget>();
    SandboxSignIn signIn(m_client.get(), m_status.get());
    QSignalSpy finished(&signIn, &SandboxSignIn::finished);
    signIn.start(m_sandbox.url());
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.at(0).at(0).toBool());
}

void TestExpiration::cleanup()
{
    ModalDialogDriver::stopAll();
    MessageBox::instance().reset();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

QHash<QString, QJsonObject> TestExpiration::tenant()
{
    QHash<QString, QJsonObject> byValue;
    for (const QJsonValue &v : m_sandbox.listAll())
        byValue.insert(v.toObject().value(QLatin1String("indicatorValue")).toString(), v.toObject());
    return byValue;
}

std::vector<Indicator> TestExpiration::prepare()
{
    const IndicatorTable table = validRows(5, 31);
    std::vector<Indicator> rows;
    const QString soon = QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate);
    for (int r = 0; r < table.rowCount(); ++r) {
        Indicator ind = table.indicator(r);
        ind[Field::ExpirationTime] = r == 3 ? kLater : soon;
        rows.push_back(ind);
    }
    ImportHarness harness(m_sandbox, kTimeScale);
    IndicatorTable ours;
    for (int r = 0; r < 4; ++r)
        ours.appendIndicator(rows[static_cast<size_t>(r)]);
    if (!harness.run(ours) || harness.engine().stats().succeeded != 4)
        return {};
    for (const QJsonValue &v : m_sandbox.listAll()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("createdBySource")).toString() != QLatin1String("Portal"))
            continue;
        Indicator theirs;
        theirs[Field::IndicatorType] = o.value(QLatin1String("indicatorType")).toString();
        theirs[Field::IndicatorValue] = o.value(QLatin1String("indicatorValue")).toString();
        theirs[Field::Action] = o.value(QLatin1String("action")).toString();
        theirs[Field::Title] = QStringLiteral("Their indicator");
        theirs[Field::Description] = QStringLiteral("Made in the portal");
        theirs[Field::ExpirationTime] = soon;
        rows.push_back(theirs);
        break;
    }
    return rows.size() == 6 ? rows : std::vector<Indicator>();
}

void TestExpiration::previewChangesNothingUntilConfirmed()
{
    const std::vector<Indicator> rows = prepare();
    QVERIFY(!rows.empty());
    MainWindow window;
    window.setInteractive(false);
    window.setApiClient(m_client.get());
    window.setProfileName(QStringLiteral("sandbox"));
    window.show();
    QVERIFY(openAndWait(window, writeFile(m_dir, QStringLiteral("feed.csv"), portalCsv(rows))));
    const QHash<QString, QJsonObject> before = tenant();
    auto *action = window.findChild<QAction *>(QStringLiteral("extendExpirationAction"));
    QVERIFY(action);

    QString summary;
    QStringList steps;
    QStringList newExpirations;
    auto cancelled = ModalDialogDriver::expect(QStringLiteral("expirationRefreshDialog"), [&](QWidget *dialog) {
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("extendPresetCombo"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("180d")));
        summary = dialog->findChild<QLabel *>(QStringLiteral("extendSummaryLabel"))->text();
        auto *view = dialog->findChild<QTableWidget *>(QStringLiteral("extendRowsTableView"));
        for (int r = 0; r < view->rowCount(); ++r) {
            steps << view->item(r, 0)->text();
            newExpirations << view->item(r, 4)->text();
        }
        ModalDialogDriver::findButton(dialog, QStringLiteral("extendCancelButton"))->click();
    });
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(*cancelled, 20000);
    QVERIFY2(summary.contains(QStringLiteral("Extend: 3")) && summary.contains(QStringLiteral("later: 1"))
                 && summary.contains(QStringLiteral("Made by others: 1"))
                 && summary.contains(QStringLiteral("Not in the tenant: 1")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 call")), qPrintable(summary));
    QCOMPARE(steps.size(), 5); // the rows the tenant holds
    QCOMPARE(steps.count(QStringLiteral("Extend")), 3);
    QCOMPARE(tenant(), before); // cancelled: nothing changed

    auto *submitter = window.findChild<SubmitController *>();
    QVERIFY(submitter);
    QSignalSpy finished(submitter, &SubmitController::finished);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto confirmed = ModalDialogDriver::expect(QStringLiteral("expirationRefreshDialog"), [](QWidget *dialog) {
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("extendPresetCombo"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("180d")));
        ModalDialogDriver::findButton(dialog, QStringLiteral("extendConfirmButton"))->click();
    });
    action->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(*confirmed);

    // In the tenant: ours that expired sooner now expire in 180 days; the rest is as it was.
    const QHash<QString, QJsonObject> after = tenant();
    QCOMPARE(after.size(), before.size());
    for (int r = 0; r < 3; ++r) {
        const QString value = rows[static_cast<size_t>(r)][Field::IndicatorValue];
        const QDateTime expires = QDateTime::fromString(
            after.value(value).value(QLatin1String("expirationTime")).toString(), Qt::ISODateWithMs);
        QVERIFY2(expires >= started.addDays(180).addSecs(-5), qPrintable(expires.toString(Qt::ISODate)));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        bool extended = false;
        for (int r = 0; r < 3; ++r)
            extended |= it.key() == rows[static_cast<size_t>(r)][Field::IndicatorValue];
        if (!extended)
            QCOMPARE(after.value(it.key()), it.value());
    }
    // In the table: the new expiration, and each sent row's result as after a submit.
    auto *model = window.findChild<IndicatorTableModel *>();
    QVERIFY(model && model->outcomes());
    const IndicatorTable &table = model->document().table();
    for (int r = 0; r < 3; ++r) {
        const QDateTime cell = QDateTime::fromString(table.text(r, Field::ExpirationTime), Qt::ISODate);
        QVERIFY2(cell >= started.addDays(180).addSecs(-5), qPrintable(table.text(r, Field::ExpirationTime)));
        QCOMPARE(model->outcomes()->outcome(table.rowId(r)).status, RowStatus::Succeeded);
    }
    QCOMPARE(table.text(3, Field::ExpirationTime), kLater);
    QCOMPARE(model->outcomes()->outcome(table.rowId(4)).status, RowStatus::None);
}

void TestExpiration::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestExpiration::screenshots()
{
    QFETCH(QString, language);
    const std::vector<Indicator> rows = prepare();
    QVERIFY(!rows.empty());
    QVERIFY(Translations::install(language == QLatin1String("en") ? QString() : language));
    TenantSnapshot snapshot;
    for (const QJsonValue &v : m_sandbox.listAll())
        snapshot.add(v.toObject());
    snapshot.finish();
    IndicatorTable table;
    for (const Indicator &ind : rows)
        table.appendIndicator(ind);
    ExpirationRefreshDialog preview(table, snapshot, Ownership::of(*m_client));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(preview.plan().extend, 3);
    QCOMPARE(preview.findChild<QTableWidget *>(QStringLiteral("extendRowsTableView"))->rowCount(), 5);
    if (language != QLatin1String("en"))
        QVERIFY2(!preview.summaryText().contains(QStringLiteral("Extend:")), qPrintable(preview.summaryText()));
    const QDir shots(QStringLiteral(IM_SCREENSHOT_DIR));
    QVERIFY(
        preview.grab().save(shots.filePath(QStringLiteral("extend-expiration-preview-%1.png").arg(language)), "PNG"));
}

QTEST_MAIN(TestExpiration)
#include "TestExpiration.moc"
