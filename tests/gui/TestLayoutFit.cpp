// SPDX-License-Identifier: GPL-3.0-or-later
// No label, button or column header is clipped at the default size, in English and both Chinese
// languages: every visible label and button gets at least its size hint, and every header section is
// wide enough for its text. Chinese runs shorter than English but taller, and fonts differ, so each
// language is checked on its own.
#include "core/i18n/Translations.h"
#include "core/io/CsvPreview.h"
#include "core/net/ApiClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/submit/ImportHistory.h"
#include "support/GuiTestSupport.h"
#include "support/SandboxProcess.h"
#include "support/WindowParts.h"
#include "ui/AboutDialog.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/mapping/ColumnMappingDialog.h"
#include "ui/signin/SignInDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStyle>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

QString describe(const QWidget *w, const QString &text, QSize wanted, QSize got)
{
    return QStringLiteral("%1 \"%2\" (%3) needs %4x%5, has %6x%7")
        .arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName())
        .arg(wanted.width())
        .arg(wanted.height())
        .arg(got.width())
        .arg(got.height());
}

// Every visible text in `top` that is cut: labels and buttons smaller than their size hint, header
// sections narrower than their title.
QStringList clipped(QWidget *top, int &checked)
{
    QStringList found;
    const auto labels = top->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        // Word-wrapped labels trade width for height, which their layout gives them.
        if (!label->isVisibleTo(top) || label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            continue;
        ++checked;
        const QSize hint = label->sizeHint();
        if (hint.width() > label->width() || hint.height() > label->height())
            found << describe(label, label->text(), hint, label->size());
    }
    const auto buttons = top->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(top) || button->text().isEmpty())
            continue;
        ++checked;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() || hint.height() > button->height())
            found << describe(button, button->text(), hint, button->size());
    }
    const auto headers = top->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (!header->isVisibleTo(top) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            ++checked;
            const int wanted = header->fontMetrics().horizontalAdvance(text) + margin;
            if (wanted > header->sectionSize(i))
                found << describe(header, text, QSize(wanted, header->height()),
                                  QSize(header->sectionSize(i), header->height()));
        }
    }
    return found;
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void nothingIsClipped_data();
    void nothingIsClipped();

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
};

void TestLayoutFit::initTestCase()
{
    isolateSettings(QStringLiteral("tst_layoutfit"));
    // The submission windows are measured after a real run against the sandbox.
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_sandbox.signIn(m_client));
}

void TestLayoutFit::cleanup()
{
    Translations::apply(QStringLiteral("en"));
}

void TestLayoutFit::nothingIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestLayoutFit::nothingIsClipped()
{
    QFETCH(QString, language);
    Translations::apply(language);
    QVERIFY(m_sandbox.reset());
    QFile::remove(ImportHistory::defaultPath()); // the history holds only this language's run
    QStringList problems;
    int checked = 0;
    const auto check = [&problems, &checked](const QString &window, QWidget *widget) {
        const QStringList found = clipped(widget, checked);
        for (const QString &f : found)
            problems << window + QStringLiteral(": ") + f;
    };

    MainWindow window; // at its default size
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, QStringLiteral(IM_SAMPLE_TABLE)));
    test::mainActions(window)->replace->trigger(); // the find bar with its replace row
    // Nothing is on a timer: running the posted show and layout events settles the bar.
    QCoreApplication::processEvents();
    check(QStringLiteral("main window"), &window);

    const QString feed =
        writeFile(m_dir, QStringLiteral("feed.csv"), "indicator,type,tags\r\nevil.example.com,domain,phishing\r\n");
    ColumnMappingDialog mapping(feed, CsvPreview::read(feed), std::nullopt, &window);
    mapping.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mapping));
    check(QStringLiteral("column mapping"), &mapping);

    BulkEditDialog bulk(12, &window);
    bulk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bulk));
    check(QStringLiteral("bulk edit"), &bulk);

    AboutDialog about(&window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    check(QStringLiteral("about"), &about);

    QNetworkAccessManager network;
    ApiClient client(&network);
    KeychainSecretStore store;
    ProfileSignIn signIn(&client, &store);
    SignInDialog signInDialog(&signIn, &window);
    signInDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signInDialog));
    check(QStringLiteral("sign in"), &signInDialog);
    signInDialog.close();

    QStringList visited;
    QStringList unsaved;
    const QDir shots(QStringLiteral(IM_SCREENSHOT_DIR));
    const auto visit = [&](const QString &name, QWidget *w) {
        const int before = checked;
        check(name, w);
        visited << QStringLiteral("%1 (%2)").arg(name).arg(checked - before);
        // The two dialogs no other test pictures, to look at in each language (history-zh_TW.png, ...).
        if (name == QLatin1String("history") || name == QLatin1String("tenant indicators")) {
            const QString file =
                shots.filePath(QString(name).replace(u' ', u'-') + u'-' + language + QStringLiteral(".png"));
            if (!w->grab().save(file, "PNG"))
                unsaved << file;
        }
    };
    QVERIFY(QDir().mkpath(shots.path()));
    const QString failed = visitSubmissionWindows(window, m_client, visit);
    QVERIFY2(unsaved.isEmpty(), qPrintable(unsaved.join(QLatin1Char(' '))));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(visited.size(), 5);

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The windows were really looked at: the main window alone shows dozens of labels, buttons and headers.
    QVERIFY2(checked > 80, qPrintable(QString::number(checked)));
    qInfo("%d labels, buttons and header sections fit in %s; of them in %s", checked, qPrintable(language),
          qPrintable(visited.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestLayoutFit)
#include "TestLayoutFit.moc"
