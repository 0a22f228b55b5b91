// SPDX-License-Identifier: GPL-3.0-or-later
// Writes pictures of the main window (with its find and replace bar), the Problems panel and every dialog
// (column mapping, bulk edit, about, sign-in), a PDF report with the source panel, in English, Simplified and Traditional Chinese (and the main
// window in a dark palette), into build/screenshots for people to look at.
#include "core/i18n/Translations.h"
#include "core/io/CsvPreview.h"
#include "core/io/XlsxReader.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/validation/Fixes.h"
#include "support/GuiTestSupport.h"
#include "support/PdfFixtures.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/AboutDialog.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/files/SheetPickerDialog.h"
#include "ui/mapping/ColumnMappingDialog.h"
#include "ui/problems/ProblemsModel.h"
#include "ui/problems/ProblemsPanel.h"
#include "ui/signin/SignInDialog.h"
#include "ui/source/SourcePanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 43));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool save(QWidget *widget, const QString &name)
{
    const QString path = QDir(QStringLiteral(IM_SCREENSHOT_DIR)).filePath(name);
    const QImage image = widget->grab().toImage();
    return !image.isNull() && image.width() > 200 && image.save(path, "PNG");
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheMainWindowPanelAndDialogs_data();
    void writesTheMainWindowPanelAndDialogs();

private:
    QTemporaryDir m_dir;
};

void TestScreenshots::initTestCase()
{
    isolateSettings(QStringLiteral("tst_screenshots"));
    QVERIFY(QDir().mkpath(QStringLiteral(IM_SCREENSHOT_DIR)));
}

void TestScreenshots::writesTheMainWindowPanelAndDialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en") << QStringLiteral("en") << false;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << false;
    QTest::newRow("en-dark") << QStringLiteral("en") << true;
}

void TestScreenshots::writesTheMainWindowPanelAndDialogs()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QVERIFY(Translations::install(language));
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    const QString suffix = QString::fromLatin1(QTest::currentDataTag());

    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, QStringLiteral(IM_SAMPLE_TABLE)));
        // Open two problems and pick a row, as an analyst at work would have them.
        ProblemsPanel *panel = test::problemsPanel(window);
        auto *tree = panel->findChild<QTreeView *>(QStringLiteral("problemsTreeView"));
        // The first problem with a suggested fix, so the fix buttons show enabled.
        QModelIndex rule = panel->problemsModel()->index(0, 0);
        for (int r = 0; r < panel->problemsModel()->rowCount(); ++r) {
            const QModelIndex candidate = panel->problemsModel()->index(r, 0);
            if (Fixes::canFix(static_cast<IssueCode>(candidate.data(ProblemsModel::IssueCodeRole).toInt()))) {
                rule = candidate;
                break;
            }
        }
        tree->expand(rule);
        tree->setCurrentIndex(panel->problemsModel()->index(0, 0, rule));
        test::gridView(window)->setCurrentIndex(
            test::gridModel(window)->index(6, columnOfField(Field::IndicatorValue)));
        // The problems list refreshes on a timer after validation; the picture shows it settled.
        QTRY_VERIFY(panel->problemsModel()->rowCount() > 0 && tree->isExpanded(rule));
        QCoreApplication::processEvents();
        QVERIFY(save(&window, QStringLiteral("main-%1.png").arg(suffix)));
        if (!dark)
            QVERIFY(save(window.findChild<QDockWidget *>(QStringLiteral("problemsDockWidget")),
                         QStringLiteral("problems-%1.png").arg(suffix)));

        if (!dark) {
            const QString feed = writeFile(
                m_dir, QStringLiteral("threat-feed.csv"),
                "indicator,type,confidence,first_seen,tags\r\n"
                "evil.example.com,domain,high,2026-05-02,phishing\r\n"
                "185.220.101.47,ip,medium,2026-05-03,\"tor,exit\"\r\n"
                "https://bad.example.org/payload.bin,url,high,2026-05-04,loader\r\n"
                "5b2d1c7a3e8f90d4c6b1a2e3f4d5c6b7a8e9f0d1c2b3a4e5f6d7c8b9a0e1f2d3,sha256,low,2026-05-04,\r\n");
            ColumnMappingDialog mapping(feed, CsvPreview::read(feed), std::nullopt, &window);
            mapping.show();
            QVERIFY(QTest::qWaitForWindowExposed(&mapping));
            QCoreApplication::processEvents(); // its preview table lays out from posted events
            QVERIFY(save(&mapping, QStringLiteral("mapping-%1.png").arg(suffix)));

            BulkEditDialog bulk(100, &window);
            bulk.show();
            QVERIFY(QTest::qWaitForWindowExposed(&bulk));
            QVERIFY(save(&bulk, QStringLiteral("bulk-edit-%1.png").arg(suffix)));
            bulk.close();

            // The sheet picker of a workbook with notes, indicators and an empty sheet, as the reader sees it.
            QFile workbook(dataPath(QStringLiteral("xlsx/sheets.xlsx")));
            QVERIFY(workbook.open(QIODevice::ReadOnly));
            QString surveyError;
            const std::vector<XlsxReader::SheetSummary> sheets = XlsxReader::survey(workbook, &surveyError);
            QVERIFY2(sheets.size() == 3, qPrintable(surveyError));
            SheetPickerDialog picker(QStringLiteral("sheets.xlsx"), sheets, &window);
            picker.show();
            QVERIFY(QTest::qWaitForWindowExposed(&picker));
            QVERIFY(save(&picker, QStringLiteral("sheet-picker-%1.png").arg(suffix)));
            picker.close();

            AboutDialog about(&window);
            about.show();
            QVERIFY(QTest::qWaitForWindowExposed(&about));
            QVERIFY(save(&about, QStringLiteral("about-%1.png").arg(suffix)));
            about.close();

            QNetworkAccessManager network;
            ApiClient client(&network);
            KeychainSecretStore store;
            ProfileSignIn signIn(&client, &store);
            SignInDialog signInDialog(&signIn, &window);
            signInDialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&signInDialog));
            QVERIFY(save(&signInDialog, QStringLiteral("sign-in-%1.png").arg(suffix)));
            signInDialog.close();

            test::mainActions(window)->replace->trigger();
            QCoreApplication::processEvents(); // the find bar lays out from posted events
            QVERIFY(save(&window, QStringLiteral("main-find-%1.png").arg(suffix)));

            // A report opened with the source panel showing the sentence of the current row.
            const QString report = writeFile(
                m_dir, QStringLiteral("report-%1.pdf").arg(suffix),
                pdfFromHtml(QStringLiteral("<h3>Operation Example: loader campaign</h3>"
                                           "<p>The macro drops a loader (SHA-256 "
                                           "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855) that "
                                           "calls hxxps://cdn-update[.]example[.]net/check.php every hour.</p>"
                                           "<p>Stolen data goes to 185.220.101.47; the victim's own mail server "
                                           "mail.victim-corp.com only relayed it.</p>"),
                            QPageSize::A4));
            QVERIFY(openAndWait(window, report));
            QDockWidget *sourceDock = window.findChild<QDockWidget *>(QStringLiteral("sourceDockWidget"));
            QTRY_VERIFY(sourceDock->isVisible());
            for (int r = 0; r < test::gridModel(window)->rowCount(); ++r) {
                const QModelIndex value = test::gridModel(window)->index(r, columnOfField(Field::IndicatorValue));
                if (value.data().toString() == QLatin1String("185.220.101.47"))
                    test::gridView(window)->setCurrentIndex(value);
            }
            QTRY_COMPARE(test::sourcePanel(window)->highlightedText(), QStringLiteral("185.220.101.47"));
            QCoreApplication::processEvents();
            QVERIFY(save(&window, QStringLiteral("source-main-%1.png").arg(suffix)));
            QVERIFY(save(sourceDock, QStringLiteral("source-%1.png").arg(suffix)));
        }
    }
    QApplication::setPalette(original);
    QVERIFY(Translations::install(QStringLiteral("en")));
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
