// SPDX-License-Identifier: GPL-3.0-or-later
// The status-bar connection widget and the app's --sandbox option, against the sandbox as a real process.
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "core/net/TokenClient.h"
#include "support/SandboxProcess.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SandboxSignIn.h"

#include <QImage>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsNotConnectedWithoutAClient();
    void showsTenantHostAndSignedIn();
    void showsWhySignInFailed();
    void appSignsInToTheSandboxBeforeItsScreenshot();

private:
    SandboxProcess m_sandbox;
};

void TestConnectionStatus::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestConnectionStatus::showsNotConnectedWithoutAClient()
{
    ConnectionStatusWidget widget;
    QCOMPARE(widget.text(), QStringLiteral("Not connected"));
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("connectionLabel")));
}

void TestConnectionStatus::showsTenantHostAndSignedIn()
{
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ConnectionStatusWidget widget;
    SandboxSignIn signIn(&client, &widget);
    QSignalSpy finished(&signIn, &SandboxSignIn::finished);
    signIn.start(m_sandbox.url());
    QVERIFY(widget.text().startsWith(QStringLiteral("Signing in...")));
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const QString host = QUrl(m_sandbox.url()).host() + u':' + QString::number(QUrl(m_sandbox.url()).port());
    QCOMPARE(widget.text(), QStringLiteral("Signed in · tenant %1 · %2").arg(QLatin1String(demo::kTenantId), host));
    const QString tip = widget.findChild<QLabel *>(QStringLiteral("connectionLabel"))->toolTip();
    QVERIFY(tip.contains(QStringLiteral("Permissions: Ti.ReadWrite.All")));
    QVERIFY(!tip.contains(QLatin1String(demo::kClientSecret)));
    client.tokens()->signOut();
    QVERIFY(widget.text().startsWith(QStringLiteral("Signed out")));
}

void TestConnectionStatus::showsWhySignInFailed()
{
    SandboxProcess gone;
    QVERIFY(gone.start());
    const QString url = gone.url();
    gone.stop();
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ConnectionStatusWidget widget;
    SandboxSignIn signIn(&client, &widget);
    QSignalSpy finished(&signIn, &SandboxSignIn::finished);
    signIn.start(url);
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(widget.text().startsWith(QStringLiteral("Sign-in failed")));
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("connectionLabel"))
                ->toolTip()
                .contains(QStringLiteral("Cannot connect")));
}

void TestConnectionStatus::appSignsInToTheSandboxBeforeItsScreenshot()
{
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    QProcess app;
    app.start(QStringLiteral(IM_GUI_PATH),
              {QStringLiteral("--sandbox"), m_sandbox.url(), QStringLiteral("--screenshot"), shot});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QImage(shot).isNull());
    QVERIFY(m_sandbox.stats().value(QLatin1String("tokensIssued")).toInt() >= 1);
}

QTEST_MAIN(TestConnectionStatus)
#include "TestConnectionStatus.moc"
