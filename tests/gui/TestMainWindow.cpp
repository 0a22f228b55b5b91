// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IndicatorTableModel.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"

#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

namespace {

const QByteArray kFile = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                         "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n"
                         "FileSha256,2233223322332233223322332233223322332233223322332233223322332222,,Block,High,"
                         "Loader,Campaign,,,,,\r\n"
                         "IpAddress,10.1.2.3,,Block,High,Internal,Lab,,,,,\r\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    file.write(content);
    return file.fileName();
}

// The average colour of a cell's background, sampled away from its text and icon.
QColor cellColour(QTableView *view, const QModelIndex &index)
{
    const QRect rect = view->visualRect(index);
    const QImage image = view->viewport()->grab().toImage();
    return image.pixelColor(rect.right() - 3, rect.center().y());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAFileAndMarksItsInvalidCells();
    void failedOpenKeepsTheCurrentTable();
    void screenshotOptionWritesThePicture();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::opensAFileAndMarksItsInvalidCells()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::fileLoaded);
    window.openFile(write(m_dir, QStringLiteral("mixed.csv"), kFile));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toBool(), true);

    QTableView *view = test::gridView(window);
    QCOMPARE(view->model()->rowCount(), 2);
    const int valueColumn = columnOfField(Field::IndicatorValue);
    const QModelIndex good = view->model()->index(0, valueColumn);
    const QModelIndex bad = view->model()->index(1, valueColumn);
    QCOMPARE(bad.data().toString(), QStringLiteral("10.1.2.3"));
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("10.0.0.0/8")));

    // The invalid cell is painted in a reddish tint; the valid one is not.
    view->scrollTo(bad);
    QApplication::processEvents();
    const QColor badColour = cellColour(view, bad);
    const QColor goodColour = cellColour(view, good);
    QVERIFY2(badColour.red() > badColour.blue() + 20,
             qPrintable(QStringLiteral("invalid cell colour %1").arg(badColour.name())));
    QVERIFY2(qAbs(goodColour.red() - goodColour.blue()) < 20,
             qPrintable(QStringLiteral("valid cell colour %1").arg(goodColour.name())));

    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("1 invalid")), qPrintable(summary->text()));
}

void TestMainWindow::failedOpenKeepsTheCurrentTable()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::fileLoaded);
    window.openFile(write(m_dir, QStringLiteral("good.csv"), kFile));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(test::gridView(window)->model()->rowCount(), 2);

    QByteArray junk;
    for (int i = 0; i < 2048; ++i)
        junk.append(static_cast<char>(i % 7 == 0 ? 0 : i % 256));
    window.openFile(write(m_dir, QStringLiteral("junk.csv"), junk));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toBool(), false);
    QVERIFY(loaded.last().at(1).toString().contains(QStringLiteral("binary")));
    QCOMPARE(test::gridView(window)->model()->rowCount(), 2);
    QCOMPARE(test::gridView(window)->model()->index(1, columnOfField(Field::IndicatorValue)).data().toString(),
             QStringLiteral("10.1.2.3"));
}

void TestMainWindow::screenshotOptionWritesThePicture()
{
    const QString file = write(m_dir, QStringLiteral("shot.csv"), kFile);
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess app;
    // The window fits itself to the screen: picture it on a laptop's, not on the offscreen default 800x600.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               QStringLiteral("offscreen:configfile=" IM_TEST_DATA_DIR "/screens/1280x800.json"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(IM_GUI_PATH), {file, QStringLiteral("--screenshot"), png});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
