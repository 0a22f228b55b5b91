// SPDX-License-Identifier: GPL-3.0-or-later
// The column-mapping dialog for CSV files that are not the portal template: preview, delimiter,
// header row, column roles, remembered per header layout.
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/ModalDialogDriver.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/mapping/ColumnMappingDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

const QByteArray kFeed = "Observable;Notes;Seen by;Kind\r\n"
                         "evil.example.com;phishing kit;SOC;DomainName\r\n"
                         "185.220.101.47;\"exit; node\";NOC;IpAddress\r\n"
                         "https://bad.example.org/x;payload;SOC;Url\r\n";

QString text(MainWindow &window, int row, Field field)
{
    return cellOf(window, row, field).data().toString();
}

int roleOf(QComboBox *combo)
{
    return combo->currentData().toInt();
}

} // namespace

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAFeedThroughTheDialogAndRemembersTheChoice();
    void delimiterAndHeaderChangeThePreview();
    void cancellingKeepsTheCurrentTable();
    void portalTemplateOpensWithoutAsking();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestColumnMappingDialog::initTestCase()
{
    isolateSettings(QStringLiteral("tst_columnmappingdialog"));
}

void TestColumnMappingDialog::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestColumnMappingDialog::cleanup()
{
    ModalDialogDriver::stopAll();
    test::undoStack(*m_window)->setClean();
    m_window.reset();
}

void TestColumnMappingDialog::opensAFeedThroughTheDialogAndRemembersTheChoice()
{
    const QString path = writeFile(m_dir, QStringLiteral("feed.txt"), kFeed);
    QStringList previewHeader;
    int previewRows = 0;
    const auto answered = ModalDialogDriver::expect(QStringLiteral("columnMappingDialog"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<ColumnMappingDialog *>(widget);
        QCOMPARE(dialog->delimiterComboBox()->currentData().toString(), QStringLiteral(";"));
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTableView"));
        previewRows = preview->model()->rowCount();
        for (int c = 0; c < preview->model()->columnCount(); ++c)
            previewHeader.append(preview->model()->headerData(c, Qt::Horizontal).toString());
        // Guessed from the header: Observable -> value, Notes -> description, Kind -> type; "Seen by" unknown.
        QCOMPARE(roleOf(dialog->roleComboBox(0)), fieldIndex(Field::IndicatorValue));
        QCOMPARE(roleOf(dialog->roleComboBox(1)), fieldIndex(Field::Description));
        QCOMPARE(roleOf(dialog->roleComboBox(2)), -1);
        QCOMPARE(roleOf(dialog->roleComboBox(3)), fieldIndex(Field::IndicatorType));
        // The analyst makes "Seen by" the title and takes the description away from Notes.
        QComboBox *seenBy = dialog->roleComboBox(2);
        seenBy->setCurrentIndex(seenBy->findData(fieldIndex(Field::Title)));
        QComboBox *notes = dialog->roleComboBox(1);
        notes->setCurrentIndex(notes->findData(fieldIndex(Field::RecommendedActions)));
        ModalDialogDriver::findButton(dialog, QStringLiteral("Open"))->click();
    });
    QVERIFY(openAndWait(*m_window, path));
    QVERIFY(*answered);
    QCOMPARE(previewRows, 3);
    QCOMPARE(previewHeader.value(0), QStringLiteral("Observable\n→ Indicator value"));
    QCOMPARE(previewHeader.value(2), QStringLiteral("Seen by\n→ not imported"));

    QCOMPARE(test::gridModel(*m_window)->rowCount(), 3);
    QCOMPARE(text(*m_window, 0, Field::IndicatorValue), QStringLiteral("evil.example.com"));
    QCOMPARE(text(*m_window, 1, Field::RecommendedActions), QStringLiteral("exit; node"));
    QCOMPARE(text(*m_window, 1, Field::Title), QStringLiteral("NOC"));
    QCOMPARE(text(*m_window, 2, Field::IndicatorType), QStringLiteral("Url"));

    // Another file with the same columns opens the same way without asking.
    const QString again = writeFile(m_dir, QStringLiteral("feed-2.txt"),
                                    "observable;notes;seen by;kind\r\nother.example.net;x;CERT;DomainName\r\n");
    const auto asked = ModalDialogDriver::clickButton(QStringLiteral("columnMappingDialog"), QStringLiteral("Cancel"));
    QVERIFY(openAndWait(*m_window, again));
    QCOMPARE(text(*m_window, 0, Field::Title), QStringLiteral("CERT"));
    // The dialog would have come before the file loaded, so the load settles it.
    QVERIFY(!*asked);
}

void TestColumnMappingDialog::delimiterAndHeaderChangeThePreview()
{
    const QString path =
        writeFile(m_dir, QStringLiteral("pipes.csv"), "evil.example.com|first seen monday\n8.8.4.4|resolver\n");
    const auto answered = ModalDialogDriver::expect(QStringLiteral("columnMappingDialog"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<ColumnMappingDialog *>(widget);
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTableView"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("mappingProblemLabel"));
        QAbstractButton *open = ModalDialogDriver::findButton(dialog, QStringLiteral("Open"));
        QCOMPARE(preview->model()->columnCount(), 2);
        // The first row is data: with it as a header nothing maps to the value.
        QVERIFY(!open->isEnabled());
        QVERIFY(problem->isVisible());
        dialog->headerCheckBox()->click();
        QCOMPARE(preview->model()->rowCount(), 2);
        QCOMPARE(roleOf(dialog->roleComboBox(0)), fieldIndex(Field::IndicatorValue));
        QVERIFY(open->isEnabled());
        // A wrong delimiter shows one column.
        QComboBox *delimiter = dialog->delimiterComboBox();
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        QCOMPARE(preview->model()->columnCount(), 1);
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("|")));
        QCOMPARE(preview->model()->columnCount(), 2);
        QComboBox *second = dialog->roleComboBox(1);
        second->setCurrentIndex(second->findData(fieldIndex(Field::Description)));
        open->click();
    });
    QVERIFY(openAndWait(*m_window, path));
    QVERIFY(*answered);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
    QCOMPARE(text(*m_window, 0, Field::IndicatorType), QStringLiteral("DomainName"));
    QCOMPARE(text(*m_window, 1, Field::Description), QStringLiteral("resolver"));
}

void TestColumnMappingDialog::cancellingKeepsTheCurrentTable()
{
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("portal.csv"), portalCsv({validIndicator()}))));
    const QString path = writeFile(m_dir, QStringLiteral("unknown.csv"), "Foo,Bar\nevil.example.com,x\n");
    const auto answered =
        ModalDialogDriver::clickButton(QStringLiteral("columnMappingDialog"), QStringLiteral("Cancel"));
    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    m_window->openFile(path);
    QVERIFY(*answered);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).toBool(), false);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 1);
    QVERIFY(test::currentPath(*m_window).endsWith(QStringLiteral("portal.csv")));
}

void TestColumnMappingDialog::portalTemplateOpensWithoutAsking()
{
    const auto asked = ModalDialogDriver::clickButton(QStringLiteral("columnMappingDialog"), QStringLiteral("Cancel"));
    QVERIFY(openAndWait(*m_window, writeFile(m_dir, QStringLiteral("template.csv"), portalCsv({validIndicator()}))));
    // The dialog would have come before the file loaded, so the load settles it.
    QVERIFY(!*asked);
    ModalDialogDriver::stopAll();
    // Unless the analyst asks for the dialog.
    const auto forced = ModalDialogDriver::clickButton(QStringLiteral("columnMappingDialog"), QStringLiteral("Open"));
    QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
    m_window->openFileWithMapping(m_dir.filePath(QStringLiteral("template.csv")));
    QVERIFY(loaded.count() == 1 || loaded.wait(20000));
    QVERIFY(*forced);
    QCOMPARE(loaded.last().at(0).toBool(), true);
}

QTEST_MAIN(TestColumnMappingDialog)
#include "TestColumnMappingDialog.moc"
