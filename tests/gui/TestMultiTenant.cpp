// SPDX-License-Identifier: GPL-3.0-or-later
// Submit to several tenants in the window: two sandboxes (two processes, two tenant ids), a saved
// profile for each with its secret in the system keychain (a private GNOME Keyring started by the test
// command), the dialog's real widgets offscreen: tick both profiles, start, and the results stand side
// by side, one column per tenant, with each tenant's rows not sent listed; both tenants hold the rows
// and the history has a run per profile. A tenant out of reach fails in its column while the other
// succeeds. Screenshots of the results in English, Simplified and Traditional Chinese.
#include "core/i18n/Translations.h"
#include "core/indicator/IndicatorTable.h"
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretKeys.h"
#include "core/submit/ImportHistory.h"
#include "support/GuiTestSupport.h"
#include "support/ImportHarness.h"
#include "support/ModalDialogDriver.h"
#include "support/SandboxProcess.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/submit/MultiTenantDialog.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

const QString kTenantB = QStringLiteral("bbbbbbbb-2222-4222-8222-222222222222");

// The side-by-side table's cell for a line (Created 0, Updated 1, Unchanged 2, Failed 3, Skipped 4,
// Deleted 5, Result 6) and a tenant's column.
QString cell(QTableWidget *results, int line, int column)
{
    const QTableWidgetItem *item = results->item(line, column);
    return item ? item->text() : QString();
}

std::vector<Indicator> indicatorsOf(const IndicatorTable &table)
{
    std::vector<Indicator> list;
    for (int row = 0; row < table.rowCount(); ++row)
        list.push_back(table.indicator(row));
    return list;
}

} // namespace

class TestMultiTenant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void submitsToTwoProfilesSideBySide();
    void unreachableTenantFailsInItsColumnOnly();
    void submitMenuOpensTheDialog();
    void screenshots_data();
    void screenshots();

private:
    bool saveProfile(const QString &name, const QString &url, const QString &tenant);
    // A table of three valid rows and one the service refuses (this table is not validated first, so the
    // row is sent and fails: a per-tenant failure to list).
    IndicatorTable table() const;
    // Ticks `profiles`, answers the confirmation and runs; true once every tenant is done.
    bool runDialog(MultiTenantDialog &dialog, const QStringList &profiles);

    QTemporaryDir m_dir;
    SandboxProcess m_a;
    SandboxProcess m_b;
    KeychainSecretStore m_store;
};

void TestMultiTenant::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("IM_KEYCHAIN_EXPECT") == QLatin1String("unlocked"),
             "run through ctest (private keyring)");
    isolateSettings(QStringLiteral("tst_multitenant"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_a.start({QStringLiteral("--time-scale"), QStringLiteral("60")}), qPrintable(m_a.error()));
    QVERIFY2(m_b.start({QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--tenant-id"), kTenantB}),
             qPrintable(m_b.error()));
    QVERIFY(saveProfile(QStringLiteral("alpha"), m_a.url(), QLatin1String(demo::kTenantId)));
    QVERIFY(saveProfile(QStringLiteral("beta"), m_b.url(), kTenantB));
    // Nothing listens on port 9 of this computer.
    QVERIFY(saveProfile(QStringLiteral("offline"), QStringLiteral("http://127.0.0.1:9"), kTenantB));
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
}

void TestMultiTenant::init()
{
    QVERIFY(m_a.reset());
    QVERIFY(m_b.reset());
    MessageBox::instance().reset();
}

void TestMultiTenant::cleanup()
{
    ModalDialogDriver::stopAll();
}

bool TestMultiTenant::saveProfile(const QString &name, const QString &url, const QString &tenant)
{
    Profile p;
    p.name = name;
    p.connection = m_a.settings();
    p.connection.apiUrl = QUrl(url);
    p.connection.loginUrl = QUrl(url);
    p.connection.tenantId = tenant;
    p.method = SignInMethod::ClientSecret;
    if (!p.check().isEmpty())
        return false;
    ProfileStore().save(p);
    bool done = false;
    SecretError error;
    QObject context;
    m_store.write(SecretKeys::key(p, SecretKind::ClientSecret), SandboxProcess::demoSecret(), &context,
                  [&](const SecretError &e) {
                      error = e;
                      done = true;
                  });
    return QTest::qWaitFor([&done] { return done; }, 30000) && !error.isError();
}

IndicatorTable TestMultiTenant::table() const
{
    IndicatorTable t = validRows(3, 41);
    Indicator bad = t.indicator(0);
    bad[Field::IndicatorType] = QStringLiteral("FileSha256");
    bad[Field::IndicatorValue] = QStringLiteral("abc"); // not a SHA-256
    t.appendIndicator(bad);
    return t;
}

bool TestMultiTenant::runDialog(MultiTenantDialog &dialog, const QStringList &profiles)
{
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("multiTenantProfiles"));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("multiTenantStartButton"));
    if (!list || !start)
        return false;
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(profiles.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    if (!start->isEnabled())
        return false;
    MessageBox::instance().setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(start, Qt::LeftButton);
    if (!askedLast(QStringLiteral("multiTenantConfirm")) || !dialog.run().isRunning())
        return false;
    return QTest::qWaitFor([&dialog] { return !dialog.run().isRunning(); }, 120000);
}

void TestMultiTenant::submitsToTwoProfilesSideBySide()
{
    const IndicatorTable rows = table();
    ImportHistory history(m_dir.filePath(QStringLiteral("history-two.sqlite")));
    MultiTenantDialog dialog(rows, m_dir.filePath(QStringLiteral("feed.csv")), &history);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("multiTenantProfiles"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("multiTenantStartButton"))->isEnabled());
    QVERIFY(runDialog(dialog, {QStringLiteral("alpha"), QStringLiteral("beta")}));

    auto *results = dialog.findChild<QTableWidget *>(QStringLiteral("multiTenantResults"));
    QVERIFY(results);
    QCOMPARE(results->columnCount(), 2);
    QCOMPARE(results->horizontalHeaderItem(0)->text(), QStringLiteral("alpha"));
    QCOMPARE(results->horizontalHeaderItem(1)->text(), QStringLiteral("beta"));
    for (int column = 0; column < 2; ++column) {
        QCOMPARE(cell(results, 0, column), QStringLiteral("3")); // created
        QCOMPARE(cell(results, 1, column), QStringLiteral("0")); // updated
        QCOMPARE(cell(results, 2, column), QStringLiteral("0")); // unchanged
        QCOMPARE(cell(results, 3, column), QStringLiteral("1")); // failed: the row the service refused
        QCOMPARE(cell(results, 4, column), QStringLiteral("0")); // skipped
    }
    QVERIFY(results->isRowHidden(5)); // no deletes in a submission
    QCOMPARE(m_a.stats().value(QLatin1String("indicators")).toInt(), 3);
    QCOMPARE(m_b.stats().value(QLatin1String("indicators")).toInt(), 3);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("multiTenantProgressLabel"));
    QCOMPARE(label->text(), QStringLiteral("Done: 2 tenants."));

    // Picking beta's column lists its row that failed, with the service's reason.
    auto *failedRows = dialog.findChild<QListWidget *>(QStringLiteral("multiTenantFailedRows"));
    QVERIFY(failedRows);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(3, 1)).center());
    QTRY_COMPARE(failedRows->count(), 1);
    QVERIFY2(failedRows->item(0)->text().startsWith(QLatin1String("Row 4 failed: ")),
             qPrintable(failedRows->item(0)->text()));

    // A run per tenant in the history, each under its profile and tenant id.
    QString error;
    const std::vector<HistoryEntry> entries = history.entries(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[0].profile, QStringLiteral("beta"));
    QCOMPARE(entries[0].tenant, kTenantB);
    QCOMPARE(entries[0].succeeded, 3);
    QCOMPARE(entries[0].failed, 1);
    QCOMPARE(entries[1].profile, QStringLiteral("alpha"));
    QCOMPARE(entries[1].tenant, QLatin1String(demo::kTenantId));
    QCOMPARE(entries[1].succeeded, 3);
}

void TestMultiTenant::unreachableTenantFailsInItsColumnOnly()
{
    const IndicatorTable rows = table();
    ImportHistory history(m_dir.filePath(QStringLiteral("history-offline.sqlite")));
    MultiTenantDialog dialog(rows, QString(), &history);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(runDialog(dialog, {QStringLiteral("offline"), QStringLiteral("alpha")}));
    auto *results = dialog.findChild<QTableWidget *>(QStringLiteral("multiTenantResults"));
    // The profiles' order in the list: alpha, then offline.
    QCOMPARE(results->horizontalHeaderItem(0)->text(), QStringLiteral("alpha"));
    QCOMPARE(results->horizontalHeaderItem(1)->text(), QStringLiteral("offline"));
    QCOMPARE(cell(results, 0, 0), QStringLiteral("3"));
    QCOMPARE(cell(results, 6, 0), QStringLiteral("Done, with rows that failed."));
    QCOMPARE(cell(results, 0, 1), QStringLiteral("0"));
    QCOMPARE(cell(results, 4, 1), QStringLiteral("4"));
    QVERIFY(!cell(results, 6, 1).startsWith(QLatin1String("Done")));
    QVERIFY(!cell(results, 6, 1).isEmpty());
    QCOMPARE(m_a.stats().value(QLatin1String("indicators")).toInt(), 3);
    QString error;
    QCOMPARE(history.entries(&error).size(), size_t(2));
}

void TestMultiTenant::submitMenuOpensTheDialog()
{
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    QVERIFY(m_a.signIn(client));
    const std::unique_ptr<MainWindow> window =
        sandboxWindow(&client, m_dir, m_dir.filePath(QStringLiteral("journals")), indicatorsOf(validRows(2, 7)));
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("submitToTenantsAction"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    int profiles = -1;
    const auto opened = ModalDialogDriver::expect(QStringLiteral("multiTenantDialog"), [&profiles](QWidget *dialog) {
        profiles = dialog->findChild<QListWidget *>(QStringLiteral("multiTenantProfiles"))->count();
        static_cast<QDialog *>(dialog)->reject();
    });
    action->trigger();
    QTRY_VERIFY(*opened);
    QCOMPARE(profiles, 3);
}

void TestMultiTenant::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestMultiTenant::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language == QLatin1String("en") ? QString() : language));
    const IndicatorTable rows = table();
    ImportHistory history(m_dir.filePath(QStringLiteral("history-shots.sqlite")));
    MultiTenantDialog dialog(rows, QString(), &history);
    dialog.resize(900, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(runDialog(dialog, {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("offline")}));
    auto *results = dialog.findChild<QTableWidget *>(QStringLiteral("multiTenantResults"));
    QCOMPARE(results->columnCount(), 3);
    results->setCurrentCell(4, 2);
    const QDir shots(QStringLiteral(IM_SCREENSHOT_DIR));
    QVERIFY(dialog.grab().save(shots.filePath(QStringLiteral("multi-tenant-%1.png").arg(language)), "PNG"));
    QVERIFY(Translations::install(QString()));
}

QTEST_MAIN(TestMultiTenant)
#include "TestMultiTenant.moc"
