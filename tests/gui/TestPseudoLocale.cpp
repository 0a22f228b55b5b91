// SPDX-License-Identifier: GPL-3.0-or-later
// With the pseudo-locale installed (every translation is ⟦source⟧, generated at build time from a fresh
// lupdate), every text a window or dialog shows must carry the markers: labels, buttons, menus and
// actions, window titles, tool tips, header labels, placeholder texts and combo items. A text without
// them was never passed through tr() and would stay English in every language.
#include "core/io/CsvPreview.h"
#include "core/net/ApiClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/secrets/KeychainSecretStore.h"
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
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

// Texts that are right without translation. Each is data or a name, not a sentence of ours.
bool allowed(const QString &text)
{
    static const QRegularExpression dataOnly(QStringLiteral(
        "^("
        "[\\d\\s.,:/%+()-]*"                                                          // numbers, counts, dates
        "|FileSha1|FileSha256|FileMd5|CertificateThumbprint|IpAddress|DomainName|Url" // indicator types (API values)
        "|Allowed|Audit|Warn|Block|BlockAndRemediate|Alert|AlertAndBlock"             // actions (API values)
        "|Informational|Low|Medium|High"                                              // severities (API values)
        "|General|CommandAndControl|Collection|CredentialAccess|DefenseEvasion|Discovery|Exfiltration|Exploit"
        "|Execution|InitialAccess|LateralMovement|Malware|Persistence|PrivilegeEscalation|Ransomware"
        "|SuspiciousActivity|None" // categories (API values, as the grid's editor shows them)
        "|true|false"              // GenerateAlert values, as the cells hold them
        "|UTF-8( BOM)?|UTF-16LE|UTF-16BE|UTF-16|Windows-125\\d|GB18030|ISO-8859-1|Big5|Shift_JIS|System" // encodings
        "|\\d+  .+"                  // File > Open Recent: number and file name
        "|Indicator Manager"         // the product name
        "|Qt|QtKeychain|Qt \\d.*"    // third-party names in About
        "|English|简体中文|繁體中文" // languages, each named in itself
        ")$"));
    return dataOnly.match(text.trimmed()).hasMatch();
}

struct Finding
{
    QStringList untranslated;
    int checked = 0;

    void check(const QString &where, const QString &text)
    {
        const QString plain = QString(text).remove(u'&');
        if (plain.trimmed().isEmpty())
            return;
        ++checked;
        if (plain.contains(u'⟦') || allowed(plain))
            return;
        untranslated << QStringLiteral("%1: \"%2\"").arg(where, text);
    }

    void menu(const QString &where, QMenu *m)
    {
        check(where + QStringLiteral(" menu title"), m->title());
        const auto actions = m->actions();
        for (QAction *a : actions) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                menu(where, a->menu());
            else if (!a->data().isValid() || a->data().typeId() != QMetaType::QString) // recent files are paths
                check(where + QStringLiteral(" action ") + a->objectName(), a->text());
        }
    }

    void widget(const QString &where, QWidget *top)
    {
        check(where + QStringLiteral(" window title"), top->windowTitle().remove(QStringLiteral("[*]")));
        const auto children = top->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (!w->isVisibleTo(top))
                continue;
            const QString name = where + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())
                                 + QLatin1Char('#') + w->objectName();
            check(name + QStringLiteral(" tool tip"), w->toolTip());
            // Data, not sentences: the file's own column names (column mapping), a sign-in code and the
            // address to enter it at (device code).
            static const QStringList dataLabels{QStringLiteral("columnNameLabel"), QStringLiteral("codeLabel"),
                                                QStringLiteral("linkLabel")};
            if (auto *label = qobject_cast<QLabel *>(w); label && !dataLabels.contains(label->objectName()))
                check(name, label->text());
            // Standard buttons (Cancel, Close) are Qt's own, translated by qtbase_<lang>.qm (tst_languageswitch).
            auto *buttonBox = qobject_cast<QDialogButtonBox *>(w->parentWidget());
            auto *button = qobject_cast<QAbstractButton *>(w);
            if (button && !(buttonBox && buttonBox->standardButton(button) != QDialogButtonBox::NoButton))
                check(name, button->text());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                check(name, box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(name + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
                for (int i = 0; i < combo->count(); ++i)
                    check(name + QStringLiteral(" item"), combo->itemText(i));
            }
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                check(name + QStringLiteral(" title"), dock->windowTitle());
            if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
                for (int i = 0; i < header->count(); ++i) {
                    if (header->orientation() == Qt::Horizontal)
                        check(name + QStringLiteral(" header"),
                              header->model()->headerData(i, Qt::Horizontal).toString());
                }
            }
        }
        const auto actions = top->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (!a->isSeparator() && !a->menu() && !a->text().isEmpty() && !a->objectName().isEmpty())
                check(where + QStringLiteral(" action tool tip ") + a->objectName(), a->toolTip());
        }
    }
};

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyVisibleTextWentThroughTr();

private:
    QTranslator m_pseudo;
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
};

void TestPseudoLocale::initTestCase()
{
    isolateSettings(QStringLiteral("tst_pseudolocale"));
    QVERIFY2(m_pseudo.load(QStringLiteral(IM_PSEUDO_QM)), IM_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    // The catalogue really marks what it translates.
    QCOMPARE(QCoreApplication::translate("im::MainActions", "&Open..."), QStringLiteral("⟦&Open...⟧"));
    QCOMPARE(QCoreApplication::translate("im::FilterBar", "%n row(s)", nullptr, 2), QStringLiteral("⟦2 row(s)⟧"));
    // The submission windows are read after a real run against the sandbox.
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_sandbox.signIn(m_client));
}

void TestPseudoLocale::everyVisibleTextWentThroughTr()
{
    Finding finding;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, QStringLiteral(IM_SAMPLE_TABLE)));
    test::mainActions(window)->replace->trigger(); // the find bar with its replace row
    // Nothing is on a timer: running the posted show and layout events settles the bar.
    QCoreApplication::processEvents();
    finding.widget(QStringLiteral("main window"), &window);
    const auto menus = window.menuBar()->actions();
    for (QAction *a : menus) {
        if (a->menu())
            finding.menu(QStringLiteral("main window"), a->menu());
    }

    const QString feed =
        writeFile(m_dir, QStringLiteral("feed.csv"), "indicator,type,tags\r\nevil.example.com,domain,phishing\r\n");
    ColumnMappingDialog mapping(feed, CsvPreview::read(feed), std::nullopt, &window);
    mapping.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mapping));
    finding.widget(QStringLiteral("column mapping"), &mapping);

    BulkEditDialog bulk(12, &window);
    bulk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bulk));
    finding.widget(QStringLiteral("bulk edit"), &bulk);

    AboutDialog about(&window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    finding.widget(QStringLiteral("about"), &about);

    QNetworkAccessManager network;
    ApiClient client(&network);
    KeychainSecretStore store;
    ProfileSignIn signIn(&client, &store);
    SignInDialog signInDialog(&signIn, &window);
    signInDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signInDialog));
    finding.widget(QStringLiteral("sign in"), &signInDialog);
    signInDialog.close();

    QStringList visited;
    const QString failed =
        visitSubmissionWindows(window, m_client, [&finding, &visited](const QString &name, QWidget *w) {
            finding.widget(name, w);
            visited << name;
        });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(visited.size(), 5);

    QVERIFY2(finding.untranslated.isEmpty(), qPrintable(finding.untranslated.join(QLatin1Char('\n'))));
    // The windows were really read: menus alone hold dozens of texts.
    QVERIFY2(finding.checked > 200, qPrintable(QString::number(finding.checked)));
    qInfo("%d texts carry the markers or are data", finding.checked);
}

QTEST_MAIN(TestPseudoLocale)
#include "TestPseudoLocale.moc"
