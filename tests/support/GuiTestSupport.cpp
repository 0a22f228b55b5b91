// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/GuiTestSupport.h"

#include "core/document/RecoveryStore.h"
#include "core/io/ColumnMapping.h"
#include "core/io/CsvWriter.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/net/TlsPolicy.h"
#include "core/submit/ImportHistory.h"
#include "core/tenant/TenantIndicators.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SandboxSignIn.h"
#include "ui/preview/PreviewDialog.h"
#include "ui/signin/DeviceCodeDialog.h"
#include "ui/submit/HistoryDialog.h"
#include "ui/submit/SubmitController.h"
#include "ui/tenant/TenantIndicatorsDialog.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace im::test {

void isolateSettings(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("IndicatorManagerTests"));
    QCoreApplication::setApplicationName(applicationName);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
}

QByteArray portalCsv(const std::vector<Indicator> &rows)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    std::vector<QByteArray> header;
    for (const QString &h : portalTemplateHeaders())
        header.push_back(h.toLatin1());
    writer.writeRecord(std::vector<QByteArrayView>(header.begin(), header.end()));
    for (const Indicator &row : rows) {
        std::vector<QByteArray> cells;
        for (Field f : portalTemplateFields())
            cells.push_back(row[f].toUtf8());
        writer.writeRecord(std::vector<QByteArrayView>(cells.begin(), cells.end()));
    }
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(content);
    return file.fileName();
}

bool openAndWait(MainWindow &window, const QString &path, int timeoutMs)
{
    QSignalSpy loaded(&window, &MainWindow::fileLoaded);
    window.openFile(path);
    if (loaded.isEmpty() && !loaded.wait(timeoutMs))
        return false;
    return loaded.last().at(0).toBool();
}

std::unique_ptr<MainWindow> sandboxWindow(ApiClient *client, const QTemporaryDir &dir, const QString &journalDirectory,
                                          const std::vector<Indicator> &rows)
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->setApiClient(client);
    window->setProfileName(QStringLiteral("sandbox"));
    ImportOptions options;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 200;
    options.journalDirectory = journalDirectory;
    test::submitter(*window)->setOptions(options);
    window->show();
    const QString path = writeFile(dir, QStringLiteral("rows.csv"), portalCsv(rows));
    if (!openAndWait(*window, path))
        return nullptr;
    return window;
}

SandboxClient::SandboxClient() = default;
SandboxClient::~SandboxClient() = default;

bool SandboxClient::signIn(const QString &url, double timeScale)
{
    m_client = std::make_unique<ApiClient>(&m_manager);
    m_client->setTimeScale(timeScale);
    m_status = std::make_unique<ConnectionStatusWidget>();
    SandboxSignIn signIn(m_client.get(), m_status.get());
    QSignalSpy finished(&signIn, &SandboxSignIn::finished);
    signIn.start(url);
    return finished.wait(20000) && finished.at(0).at(0).toBool();
}

QModelIndex cellOf(MainWindow &window, int row, Field field)
{
    return test::gridModel(window)->index(row, columnOfField(field));
}

bool askedLast(const QString &objectName)
{
    const MessageBox &boxes = MessageBox::instance();
    return !boxes.asked().isEmpty() && boxes.asked().constLast().objectName == objectName
           && boxes.pendingAnswers() == 0;
}

QString visitSubmissionWindows(MainWindow &window, ApiClient &client,
                               const std::function<void(const QString &, QWidget *)> &visit)
{
    window.setApiClient(nullptr); // the preview plans offline from a typed count
    test::mainActions(window)->previewImport->trigger();
    PreviewDialog *preview = test::previewDialog(window);
    if (!preview || !QTest::qWaitForWindowExposed(preview)
        || !QTest::qWaitFor([preview] { return preview->plan().rows > 0; }, 10000))
        return QStringLiteral("the preview did not open with a plan");
    visit(QStringLiteral("preview import"), preview);
    preview->close();

    // A real run fills both panels: the progress with its last figures, the summary with counts and
    // the service's reasons for the rows it refused.
    window.setApiClient(&client);
    window.setProfileName(QStringLiteral("sandbox"));
    std::vector<RowId> rows;
    const IndicatorTable &table = test::gridModel(window)->document().table();
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.rowId(r));
    QSignalSpy finished(test::submitter(window), &SubmitController::finished);
    window.submitRows(rows);
    if (!finished.wait(60000))
        return QStringLiteral("the submission did not finish");
    if (!QTest::qWaitForWindowExposed(test::submitDock(window)))
        return QStringLiteral("the submission dock is not shown");
    visit(QStringLiteral("submission"), test::submitDock(window));

    ImportHistory store; // the file the window records its runs in
    HistoryDialog history(&store, &window);
    if (history.entryTable()->rowCount() < 1)
        return QStringLiteral("the history does not hold the run: ") + history.problem();
    history.openReport(0);
    history.show();
    if (!QTest::qWaitForWindowExposed(&history))
        return QStringLiteral("the history did not open");
    visit(QStringLiteral("history"), &history);
    history.close();

    TenantIndicatorsDialog tenant(&client, &window);
    QSignalSpy loaded(tenant.indicators(), &TenantIndicators::loaded);
    tenant.refresh();
    tenant.show();
    if (!QTest::qWaitForWindowExposed(&tenant) || (loaded.isEmpty() && !loaded.wait(20000))
        || !loaded.at(0).at(0).toBool())
        return QStringLiteral("the tenant indicators did not load: ") + tenant.statusText();
    visit(QStringLiteral("tenant indicators"), &tenant);
    tenant.close();

    QNetworkAccessManager manager;
    TlsPolicy tls;
    DeviceCodeDialog deviceCode(&manager, &tls, client.settings(), &window);
    DeviceCodeFlow::Code code;
    code.userCode = QStringLiteral("HKQX-7RMP");
    code.verificationUri = QUrl(QStringLiteral("https://login.example.com/devicelogin"));
    code.expiresInSeconds = 900;
    Q_EMIT deviceCode.flow()->codeReady(code);
    deviceCode.show();
    if (!QTest::qWaitForWindowExposed(&deviceCode))
        return QStringLiteral("the device-code dialog did not open");
    visit(QStringLiteral("device code"), &deviceCode);
    deviceCode.close();
    return {};
}

} // namespace im::test
