// SPDX-License-Identifier: GPL-3.0-or-later
// A file that is no table dropped on the window: its hashes (or a certificate's thumbprint) are offered
// as new rows, in one undo step; tables still open as before.
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/TestCertificates.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"

#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace im;
using namespace im::test;

class TestDropFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void droppedExecutableOffersItsHashes();
    void cancelAddsNothing();
    void droppedCaCertificateWarns();

private:
    void drop(const QString &path);
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    TestCertificates m_certs;
};

void TestDropFingerprint::initTestCase()
{
    isolateSettings(QStringLiteral("tst_dropfingerprint"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
}

void TestDropFingerprint::init()
{
    MessageBox::instance().reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("start.csv"), portalCsv({validIndicator()}))));
}

void TestDropFingerprint::cleanup()
{
    MessageBox::instance().reset();
    m_window.reset();
}

void TestDropFingerprint::drop(const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropEvent);
}

void TestDropFingerprint::droppedExecutableOffersItsHashes()
{
    const QString exe = writeFile(m_dir, QStringLiteral("tool.exe"), QByteArray("MZ\0\0abc", 7));
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("addFingerprintButton"));
    drop(exe);
    QTRY_COMPARE(boxes.asked().size(), qsizetype(1));
    QCOMPARE(boxes.asked().at(0).objectName, QStringLiteral("fingerprintBox"));
    const QString offered = boxes.asked().at(0).text;
    QVERIFY2(offered.contains(QStringLiteral("tool.exe")), qPrintable(offered));
    QVERIFY(offered.contains(QStringLiteral("FileSha256")));
    const IndicatorTable &table = test::gridModel(*m_window)->document().table();
    QTRY_COMPARE(table.rowCount(), 3);
    QCOMPARE(table.text(1, Field::IndicatorType), QStringLiteral("FileSha256"));
    QCOMPARE(table.text(2, Field::IndicatorType), QStringLiteral("FileSha1"));
    QCOMPARE(table.text(1, Field::Title), QStringLiteral("tool.exe"));
    QCOMPARE(table.text(1, Field::IndicatorValue).size(), 64);
    // One undo step takes both rows away.
    auto *undo = m_window->findChild<QUndoStack *>();
    QVERIFY(undo);
    undo->undo();
    QCOMPARE(test::gridModel(*m_window)->document().table().rowCount(), 1);
}

void TestDropFingerprint::cancelAddsNothing()
{
    const QString pdf = writeFile(m_dir, QStringLiteral("report.pdf"), QByteArrayLiteral("%PDF-1.7 binary"));
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QMessageBox::Cancel);
    drop(pdf);
    QTRY_COMPARE(boxes.asked().size(), qsizetype(1));
    QCOMPARE(boxes.asked().at(0).objectName, QStringLiteral("fingerprintBox"));
    QCOMPARE(test::gridModel(*m_window)->document().table().rowCount(), 1);
}

void TestDropFingerprint::droppedCaCertificateWarns()
{
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("addFingerprintButton"));
    drop(m_certs.caFile());
    QTRY_COMPARE(boxes.asked().size(), qsizetype(1));
    QCOMPARE(boxes.asked().at(0).objectName, QStringLiteral("fingerprintBox"));
    const QString offered = boxes.asked().at(0).text;
    QVERIFY2(offered.contains(QStringLiteral("not a leaf certificate")), qPrintable(offered));
    const IndicatorTable &table = test::gridModel(*m_window)->document().table();
    QTRY_COMPARE(table.rowCount(), 2);
    QCOMPARE(table.text(1, Field::IndicatorType), QStringLiteral("CertificateThumbprint"));
}

QTEST_MAIN(TestDropFingerprint)
#include "TestDropFingerprint.moc"
