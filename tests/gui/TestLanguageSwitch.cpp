// SPDX-License-Identifier: GPL-3.0-or-later
// View > Language switches the running window at once: menus, actions, panels, bars, model headers and
// Qt's own buttons reword without a restart, QLocale follows, and the choice is remembered.
#include "core/i18n/Translations.h"
#include "core/io/CsvPreview.h"
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/WindowParts.h"
#include "ui/AboutDialog.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/i18n/LanguageMenu.h"
#include "ui/mapping/ColumnMappingDialog.h"
#include "ui/source/SourcePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

QString menuTitle(MainWindow &window, const char *objectName)
{
    auto *menu = window.findChild<QMenu *>(QLatin1String(objectName));
    return menu ? menu->title() : QString();
}

// Picks an entry of View > Language as a user would, then lets the posted LanguageChange events arrive.
void choose(MainWindow &window, const char *actionName)
{
    auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    auto *action = menu->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    action->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void switchesTheRunningWindowAtOnce();
    void choiceIsRememberedAndSystemFollowsTheLocale();
    void openDialogRetranslates();
    void sourceDockSpeaksTheLanguage();
    void qtButtonsSpeakTheLanguage_data();
    void qtButtonsSpeakTheLanguage();
};

void TestLanguageSwitch::initTestCase()
{
    isolateSettings(QStringLiteral("tst_languageswitch"));
    Translations::apply(QStringLiteral("en"));
}

void TestLanguageSwitch::cleanup()
{
    Translations::apply(QStringLiteral("en"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestLanguageSwitch::switchesTheRunningWindowAtOnce()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, QStringLiteral(IM_SAMPLE_TABLE)));
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    auto *fixAll = window.findChild<QPushButton *>(QStringLiteral("fixAllButton"));
    QVERIFY(status && fixAll);
    const int valueColumn = columnOfField(Field::IndicatorValue);
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(test::gridModel(window)->headerData(valueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Indicator value"));

    QSignalSpy headers(test::gridModel(window), &QAbstractItemModel::headerDataChanged);
    choose(window, "language_zh_CN_Action");
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("文件(&F)"));
    QCOMPARE(menuTitle(window, "rowsMenu"), QStringLiteral("行(&R)"));
    QCOMPARE(menuTitle(window, "languageMenu"), QStringLiteral("语言(&L)"));
    QCOMPARE(test::mainActions(window)->open->text(), QStringLiteral("打开(&O)..."));
    QCOMPARE(test::gridModel(window)->headerData(valueColumn, Qt::Horizontal).toString(), QStringLiteral("指示器值"));
    QVERIFY(headers.count() >= 1);
    QCOMPARE(status->itemText(1), QStringLiteral("有错误的行"));
    QCOMPARE(fixAll->text(), QStringLiteral("修正所有行(&A)..."));
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" - 指示器管理器")), qPrintable(window.windowTitle()));
    // The docks and their View toggles too, also the Submission panel that is hidden until the first run.
    QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("submitDockWidget"))->windowTitle(),
             QStringLiteral("提交"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("toggleSubmissionAction"))->text(),
             QStringLiteral("提交面板(&U)"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("toggleProblemsAction"))->text(),
             QStringLiteral("问题面板(&P)"));
    // Dates and numbers follow the chosen language.
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QVERIFY(QLocale().toString(QDate(2026, 1, 31), QLocale::LongFormat).contains(u'年'));

    choose(window, "language_zh_TW_Action");
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("檔案(&F)"));
    QCOMPARE(menuTitle(window, "rowsMenu"), QStringLiteral("列(&R)"));
    QCOMPARE(test::gridModel(window)->headerData(valueColumn, Qt::Horizontal).toString(), QStringLiteral("指標值"));
    QCOMPARE(status->itemText(1), QStringLiteral("有錯誤的列"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_TW"));

    choose(window, "language_en_Action");
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(test::mainActions(window)->open->text(), QStringLiteral("&Open..."));
    QCOMPARE(status->itemText(1), QStringLiteral("Rows with errors"));
    QCOMPARE(fixAll->text(), QStringLiteral("Fix &all rows..."));
    QCOMPARE(test::gridModel(window)->headerData(valueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Indicator value"));
}

void TestLanguageSwitch::choiceIsRememberedAndSystemFollowsTheLocale()
{
    MainWindow window;
    choose(window, "language_zh_TW_Action");
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_TW"));
    QCOMPARE(Translations::savedChoice(), QStringLiteral("zh_TW"));
    // A new window (the next start) shows the remembered choice checked.
    LanguageMenu menu;
    const QList<QAction *> entries = menu.actions();
    const auto checked = std::find_if(entries.cbegin(), entries.cend(), [](QAction *a) { return a->isChecked(); });
    QVERIFY(checked != entries.cend());
    QCOMPARE((*checked)->data().toString(), QStringLiteral("zh_TW"));

    choose(window, "languageSystemAction");
    QCOMPARE(Translations::savedChoice(), QString());
    QCOMPARE(Translations::current(), Translations::bestMatch(QLocale::system().name()));
    QCOMPARE(QLocale(), QLocale::system());
}

// A dialog open while the language changes (e.g. from a second window) rewords itself too.
void TestLanguageSwitch::openDialogRetranslates()
{
    BulkEditDialog dialog(3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("bulkEditButtonBox"));
    QVERIFY(buttons);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit 3 Rows"));
    QCOMPARE(dialog.actionCheckBox()->text(), QStringLiteral("Action"));
    Translations::apply(QStringLiteral("zh_TW"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("編輯 3 列"));
    QCOMPARE(dialog.actionCheckBox()->text(), QStringLiteral("動作"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("套用(&A)"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("取消"));

    AboutDialog about;
    QCOMPARE(about.windowTitle(), QStringLiteral("關於指標管理器"));
    Translations::apply(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(about.windowTitle(), QStringLiteral("关于指示器管理器"));
    QVERIFY2(about.componentList()->item(0)->text().contains(QStringLiteral("指示器管理器")),
             qPrintable(about.componentList()->item(0)->text()));

    QTemporaryDir dir;
    const QString feed = writeFile(dir, QStringLiteral("feed.csv"), "indicator,tags\r\nevil.example.com,phishing\r\n");
    ColumnMappingDialog mapping(feed, CsvPreview::read(feed), std::nullopt);
    auto *mappingButtons = mapping.findChild<QDialogButtonBox *>(QStringLiteral("mappingButtonBox"));
    auto *role = mapping.findChild<QComboBox *>(QStringLiteral("column1RoleComboBox"));
    QVERIFY(mappingButtons && role);
    QCOMPARE(mapping.windowTitle(), QStringLiteral("列映射"));
    Translations::apply(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(mapping.windowTitle(), QStringLiteral("Column Mapping"));
    QCOMPARE(mappingButtons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Open"));
    QCOMPARE(role->itemText(0), QStringLiteral("Not imported"));
}

void TestLanguageSwitch::sourceDockSpeaksTheLanguage()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        openAndWait(window, writeFile(dir, QStringLiteral("report.txt"),
                                      "The campaign began in March with mails from several senders.\n"
                                      "Stolen files went to 45.77.10.20 and later to drop.badhost.xyz for months.\n")));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sourceDockWidget"));
    auto *toggle = window.findChild<QAction *>(QStringLiteral("toggleSourceAction"));
    auto *location = test::sourcePanel(window)->findChild<QLabel *>(QStringLiteral("sourceLocationLabel"));
    QVERIFY(dock && toggle && location);
    QTRY_VERIFY(dock->isVisible());
    test::gridView(window)->setCurrentIndex(test::gridModel(window)->index(0, columnOfField(Field::IndicatorValue)));
    QTRY_COMPARE(location->text(), QStringLiteral("Line 2"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Source"));
    QCOMPARE(toggle->text(), QStringLiteral("S&ource Panel"));

    choose(window, "language_zh_CN_Action");
    QCOMPARE(dock->windowTitle(), QStringLiteral("来源"));
    QCOMPARE(dock->accessibleName(), QStringLiteral("来源"));
    QCOMPARE(toggle->text(), QStringLiteral("来源面板(&O)"));
    QVERIFY2(toggle->toolTip().startsWith(QStringLiteral("来源面板")), qPrintable(toggle->toolTip()));
    QCOMPARE(location->text(), QStringLiteral("第 2 行"));

    choose(window, "language_zh_TW_Action");
    QCOMPARE(dock->windowTitle(), QStringLiteral("來源"));
    QCOMPARE(toggle->text(), QStringLiteral("來源面板(&O)"));
    QCOMPARE(location->text(), QStringLiteral("第 2 行"));
    // The panel's own words for a row without context.
    test::gridView(window)->setCurrentIndex(QModelIndex());
    test::sourcePanel(window)->showRow(-1);
    QCOMPARE(location->text(), QStringLiteral("目前的列不是從報告、MISP 或 STIX 讀取的。"));

    choose(window, "language_en_Action");
    QCOMPARE(dock->windowTitle(), QStringLiteral("Source"));
    QCOMPARE(toggle->text(), QStringLiteral("S&ource Panel"));
    QCOMPARE(location->text(), QStringLiteral("The current row was not read from a report, MISP or STIX."));
}

void TestLanguageSwitch::qtButtonsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("取消");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("取消");
}

// Qt's standard buttons come from qtbase_<lang>.qm (package qt6-translations-l10n), not from our catalogue.
void TestLanguageSwitch::qtButtonsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QCOMPARE(Translations::apply(language), language == QLatin1String("en") ? QString() : language);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QString text = box.button(QDialogButtonBox::Cancel)->text();
    QCOMPARE(text.remove(u'&'), cancel.remove(u'&'));
}

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
