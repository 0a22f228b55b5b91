// SPDX-License-Identifier: GPL-3.0-or-later
// The after-run panel of the Submission dock, after a submission to the sandbox as a real process: when
// each kind of imported indicator takes effect, what the devices need, and the advanced hunting query
// built from the rows that succeeded, which the Copy button puts on the clipboard. Screenshots in
// English, Simplified and Traditional Chinese.
#include "core/i18n/Translations.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/submit/AfterRun.h"
#include "core/submit/ImportHistory.h"
#include "support/GuiTestSupport.h"
#include "support/SandboxProcess.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/submit/AfterRunWidget.h"
#include "ui/submit/SubmitController.h"

#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

constexpr double kTimeScale = 20;

Indicator indicator(const char *type, const char *value, const char *action)
{
    Indicator ind;
    ind[Field::IndicatorType] = QString::fromLatin1(type);
    ind[Field::IndicatorValue] = QString::fromLatin1(value);
    ind[Field::Action] = QString::fromLatin1(action);
    ind[Field::Title] = QStringLiteral("Campaign 7");
    ind[Field::Description] = QStringLiteral("From the weekly feed");
    return ind;
}

// Files, a certificate and network indicators, and one row the service refuses.
std::vector<Indicator> mixedRows()
{
    return {
        indicator("FileSha256", "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", "Block"),
        indicator("FileMd5", "0cc175b9c0f1b6a831c399e269772661", "Block"),
        indicator("CertificateThumbprint", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "BlockAndRemediate"),
        indicator("IpAddress", "93.184.216.34", "Block"),
        indicator("DomainName", "malware.example.net", "Block"),
        indicator("Url", "https://files.example.net/drop/payload", "Warn"),
        indicator("FileSha256", "not-a-hash", "Block"),
    };
}

} // namespace

class TestAfterRunPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void panelShowsDelaysNeedsAndCopiesTheQuery();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<MainWindow> submittedWindow();

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    SandboxClient m_client;
};

void TestAfterRunPanel::initTestCase()
{
    isolateSettings(QStringLiteral("tst_afterrunpanel"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QString::number(kTimeScale)}),
             qPrintable(m_sandbox.error()));
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
}

void TestAfterRunPanel::init()
{
    QVERIFY(m_sandbox.reset());
    MessageBox::instance().reset();
    QFile::remove(ImportHistory::defaultPath());
    QVERIFY(m_client.signIn(m_sandbox.url(), kTimeScale));
}

std::unique_ptr<MainWindow> TestAfterRunPanel::submittedWindow()
{
    auto window = sandboxWindow(m_client.get(), m_dir, m_dir.filePath(QStringLiteral("journals")), mixedRows());
    if (!window)
        return nullptr;
    // Every row, the broken one too: the service refuses it, so it is not in the query.
    std::vector<RowId> rows;
    const IndicatorTable &table = test::gridModel(*window)->document().table();
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.rowId(r));
    QSignalSpy finished(test::submitter(*window), &SubmitController::finished);
    window->submitRows(rows);
    if (!test::submitter(*window)->isRunning() || !finished.wait(60000))
        return nullptr;
    return window;
}

void TestAfterRunPanel::panelShowsDelaysNeedsAndCopiesTheQuery()
{
    auto window = submittedWindow();
    QVERIFY(window);
    const SubmitController::Summary &summary = test::submitter(*window)->summary();
    QString why;
    for (const auto &[reason, count] : summary.failureGroups)
        why += reason + u' ';
    QVERIFY2(summary.succeeded == 6, qPrintable(QString::number(summary.succeeded) + u' ' + why));
    AfterRunWidget *panel = test::submitDock(*window)->findChild<AfterRunWidget *>(QStringLiteral("afterRunPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());

    const QString expectations = panel->findChild<QLabel *>(QStringLiteral("afterRunExpectationsLabel"))->text();
    QVERIFY2(expectations.contains(QStringLiteral("Files (2 imported)")), qPrintable(expectations));
    QVERIFY2(expectations.contains(QStringLiteral("Certificates (1 imported)")), qPrintable(expectations));
    QVERIFY2(expectations.contains(QStringLiteral("IP addresses, domains and URLs (3 imported)")),
             qPrintable(expectations));
    QVERIFY2(expectations.contains(QStringLiteral("at most 48 hours")), qPrintable(expectations));
    QVERIFY2(expectations.contains(QStringLiteral("Network protection in block mode")), qPrintable(expectations));
    QVERIFY2(expectations.contains(QStringLiteral("File hash computation on")), qPrintable(expectations));

    auto *edit = panel->findChild<QPlainTextEdit *>(QStringLiteral("huntingQueryEdit"));
    QVERIFY(edit);
    const QString query = edit->toPlainText();
    QVERIFY(query.startsWith(QStringLiteral("// Have the imported indicators fired?")));
    QVERIFY(query.contains(QStringLiteral("\"0cc175b9c0f1b6a831c399e269772661\"")));
    QVERIFY(query.contains(QStringLiteral("\"https://files.example.net/drop/payload\"")));
    QVERIFY(
        query.contains(QStringLiteral("let certificates = dynamic([\"a94a8fe5ccb19ba61c4c0873d391e987982fbbd3\"]);")));
    QVERIFY2(!query.contains(QStringLiteral("not-a-hash")), "a row the service refused is not in the query");

    QGuiApplication::clipboard()->clear();
    auto *copy = panel->findChild<QPushButton *>(QStringLiteral("copyHuntingQueryButton"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), query);

    // A new table: the panel belonged to the old one.
    const QString path =
        writeFile(m_dir, QStringLiteral("other.csv"), portalCsv({indicator("IpAddress", "198.51.100.9", "Block")}));
    QVERIFY(openAndWait(*window, path));
    QVERIFY(!panel->isVisible());
    QVERIFY(panel->query().isEmpty());
}

void TestAfterRunPanel::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestAfterRunPanel::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    auto window = submittedWindow();
    QVERIFY(window);
    window->resize(1280, 800);
    AfterRunWidget *panel = test::submitDock(*window)->findChild<AfterRunWidget *>(QStringLiteral("afterRunPanel"));
    QVERIFY(panel && panel->isVisible());
    if (language != QLatin1String("en")) {
        // Translated: no English text left in the panel's labels (the query is code and stays as it is).
        const QString expectations = panel->findChild<QLabel *>(QStringLiteral("afterRunExpectationsLabel"))->text();
        QVERIFY2(!expectations.contains(QStringLiteral("Takes effect")), qPrintable(expectations));
        QVERIFY2(!expectations.contains(QStringLiteral("Devices need")), qPrintable(expectations));
    }
    QCoreApplication::processEvents();
    const QString suffix = language == QLatin1String("en") ? QString() : u'-' + language;
    QVERIFY(test::submitDock(*window)->grab().save(
        QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(QStringLiteral("after-run%1.png").arg(suffix))));
    QVERIFY(Translations::install(QStringLiteral("en")));
}

QTEST_MAIN(TestAfterRunPanel)
#include "TestAfterRunPanel.moc"
