// SPDX-License-Identifier: GPL-3.0-or-later
// Import defaults in the window: the notice after opening a file that lacks required fields, the dialog
// under Edit filling empty cells as one undo step, presets; and screenshots of the dialog and of a MISP
// event and a report opened, in English, Simplified and Traditional Chinese.
#include "core/i18n/Translations.h"
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/ModalDialogDriver.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/common/NoticeBar.h"
#include "ui/defaults/ImportDefaultsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

void choose(QWidget *dialog, const char *name, const QString &data)
{
    auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
    QVERIFY2(combo, name);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestImportDefaultsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void openingAHashListPointsToTheDefaults();
    void defaultsFillEmptyCellsInOneUndoStep();
    void presetsAreSavedAndChosen();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestImportDefaultsDialog::initTestCase()
{
    isolateSettings(QStringLiteral("tst_importdefaultsdialog"));
    QVERIFY(m_dir.isValid());
}

void TestImportDefaultsDialog::cleanup()
{
    ModalDialogDriver::stopAll();
    Translations::install(QString());
}

void TestImportDefaultsDialog::openingAHashListPointsToTheDefaults()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString list = writeFile(m_dir, QStringLiteral("hashes.txt"),
                                   "0cc175b9c0f1b6a831c399e269772661\n"
                                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n");
    QVERIFY(openAndWait(window, list));
    QTRY_VERIFY(test::noticeBar(window)->isVisible());
    QVERIFY2(
        test::noticeBar(window)->text().contains(QStringLiteral("2 rows leave the action, title or description empty"))
            || test::noticeBar(window)->text().contains(QStringLiteral("2 row(s) leave")),
        qPrintable(test::noticeBar(window)->text()));
}

void TestImportDefaultsDialog::defaultsFillEmptyCellsInOneUndoStep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString csv = writeFile(m_dir, QStringLiteral("feed.csv"),
                                  "IndicatorValue,Action,Title\n"
                                  "0cc175b9c0f1b6a831c399e269772661,,\n"
                                  "evil.example.com,Warn,Kept title\n");
    QVERIFY(openAndWait(window, csv));
    auto answered = ModalDialogDriver::expect(QStringLiteral("importDefaultsDialog"), [](QWidget *dialog) {
        choose(dialog, "defaultAction", QStringLiteral("Block"));
        choose(dialog, "defaultSeverity", QStringLiteral("High"));
        choose(dialog, "defaultExpiration", QStringLiteral("90d"));
        dialog->findChild<QLineEdit *>(QStringLiteral("defaultTitle"))->setText(QStringLiteral("{source}: {type}"));
        dialog->findChild<QLineEdit *>(QStringLiteral("defaultDescription"))->setText(QStringLiteral("From {source}"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.findChild<QAction *>(QStringLiteral("importDefaultsAction"))->trigger();
    QVERIFY(*answered);
    const IndicatorTable &table = test::gridModel(window)->document().table();
    QCOMPARE(table.text(0, Field::Action), QStringLiteral("Block"));
    QCOMPARE(table.text(0, Field::Title), QStringLiteral("feed.csv: FileMd5"));
    QCOMPARE(table.text(0, Field::Description), QStringLiteral("From feed.csv"));
    QCOMPARE(table.text(0, Field::Severity), QStringLiteral("High"));
    QVERIFY(!table.text(0, Field::ExpirationTime).isEmpty());
    // The file's own values stay.
    QCOMPARE(table.text(1, Field::Action), QStringLiteral("Warn"));
    QCOMPARE(table.text(1, Field::Title), QStringLiteral("Kept title"));
    QCOMPARE(table.text(1, Field::Description), QStringLiteral("From feed.csv"));
    // One undo step.
    auto *undo = window.findChild<QUndoStack *>();
    QVERIFY(undo);
    undo->undo();
    QCOMPARE(test::gridModel(window)->document().table().text(0, Field::Action), QString());
    QCOMPARE(test::gridModel(window)->document().table().text(1, Field::Description), QString());
}

void TestImportDefaultsDialog::presetsAreSavedAndChosen()
{
    {
        QSettings settings;
        ImportDefaults d;
        QString error;
        QVERIFY(d.set(QStringLiteral("action"), QStringLiteral("Audit"), &error));
        QVERIFY(d.set(QStringLiteral("generateAlert"), QStringLiteral("true"), &error));
        DefaultsPresets::save(settings, QStringLiteral("SOC audit"), d);
    }
    ImportDefaultsDialog dialog;
    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("defaultsPreset"));
    QVERIFY(preset);
    const int index = preset->findData(QStringLiteral("SOC audit"));
    QVERIFY(index > 0);
    preset->setCurrentIndex(index);
    Q_EMIT preset->activated(index);
    QCOMPARE(dialog.defaults().value(Field::Action), QStringLiteral("Audit"));
    QCOMPARE(dialog.defaults().value(Field::GenerateAlert), QStringLiteral("true"));
    dialog.findChild<QPushButton *>(QStringLiteral("deletePresetButton"))->click();
    QSettings settings;
    QVERIFY(!DefaultsPresets::names(settings).contains(QStringLiteral("SOC audit")));
}

void TestImportDefaultsDialog::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestImportDefaultsDialog::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language == QLatin1String("en") ? QString() : language));
    const QDir shots(QStringLiteral(IM_SCREENSHOT_DIR));
    QVERIFY(QDir().mkpath(shots.path()));

    ImportDefaultsDialog dialog;
    dialog.setRowsLacking(289);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(shots.filePath(QStringLiteral("import-defaults-%1.png").arg(language)), "PNG"));

    for (const auto &[fixture, name] :
         {std::pair{"misp/event.json", "misp-event"}, std::pair{"text/report.md", "report"}}) {
        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, dataPath(QLatin1String(fixture))));
        QTRY_VERIFY(test::noticeBar(window)->isVisible());
        QVERIFY(
            window.grab().save(shots.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), language)), "PNG"));
    }
}

QTEST_MAIN(TestImportDefaultsDialog)
#include "TestImportDefaultsDialog.moc"
