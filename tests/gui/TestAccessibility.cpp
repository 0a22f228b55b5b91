// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a keyboard or screen-reader user can reach has an accessible name, and every control
// we create has an objectName ending in its kind (filterLineEdit, problemsTreeView), so tests find it.
#include "core/io/CsvPreview.h"
#include "core/preview/SyncPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "support/GuiTestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/find/FindReplaceBar.h"
#include "ui/grid/ExpirationEditor.h"
#include "ui/grid/ListCellEditor.h"
#include "ui/mapping/ColumnMappingDialog.h"
#include "ui/submit/HistoryDialog.h"
#include "ui/tenant/SyncPreviewDialog.h"
#include "ui/tenant/TenantIndicatorsDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

// The suffix an objectName must end with, per kind of control.
QStringList suffixesFor(const QWidget *w)
{
    if (qobject_cast<const QCheckBox *>(w))
        return {QStringLiteral("CheckBox")};
    if (qobject_cast<const QAbstractButton *>(w))
        return {QStringLiteral("Button")};
    if (qobject_cast<const QComboBox *>(w))
        return {QStringLiteral("ComboBox")};
    if (qobject_cast<const QDateTimeEdit *>(w))
        return {QStringLiteral("DateTimeEdit")};
    if (qobject_cast<const QLineEdit *>(w))
        return {QStringLiteral("LineEdit")};
    if (qobject_cast<const QTableView *>(w))
        return {QStringLiteral("TableView")};
    if (qobject_cast<const QTreeView *>(w))
        return {QStringLiteral("TreeView")};
    if (qobject_cast<const QListWidget *>(w))
        return {QStringLiteral("ListWidget")};
    return {};
}

// Qt builds some controls itself: the line edit inside a combo or spin box, buttons of a button box or
// a message box, tool bar buttons for actions. Those are named by Qt and by their text.
bool builtByQt(const QWidget *w)
{
    for (const QObject *p = w->parent(); p; p = p->parent()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QDialogButtonBox *>(p) || qobject_cast<const QToolBar *>(p)
            || qobject_cast<const QMessageBox *>(p))
            return true;
        if (qobject_cast<const QAbstractScrollArea *>(p) && !qobject_cast<const QWidget *>(p)->isWindow()
            && qobject_cast<const QAbstractItemView *>(p) == nullptr && w->parentWidget() == p)
            return true;
    }
    return w->objectName().startsWith(QLatin1String("qt_"));
}

QStringList problemsOf(QWidget *top)
{
    QStringList problems;
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(top) || w->focusPolicy() == Qt::NoFocus)
            continue;
        const QStringList suffixes = suffixesFor(w);
        // Qt's own parts of a composite control (the text field of a date editor) speak through it.
        if (suffixes.isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        const QString id =
            QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (name.trimmed().isEmpty())
            problems.append(id + QStringLiteral(": no accessible name"));
        if (builtByQt(w))
            continue;
        bool named = false;
        for (const QString &s : suffixes)
            named = named || w->objectName().endsWith(s);
        if (!named)
            problems.append(id + QStringLiteral(": objectName should end in ") + suffixes.join(QStringLiteral(" or ")));
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowControlsAreNamed();
    void dialogsAndEditorsAreNamed();
    void toolBarActionsHaveTextAndKeys();

private:
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    isolateSettings(QStringLiteral("tst_accessibility"));
}

void TestAccessibility::mainWindowControlsAreNamed()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, QStringLiteral(IM_SAMPLE_TABLE)));
    test::findBar(window)->showReplace();
    test::submitDock(window)->show();
    const QStringList problems = problemsOf(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::dialogsAndEditorsAreNamed()
{
    BulkEditDialog bulk(3);
    bulk.show();
    QStringList problems = problemsOf(&bulk);

    const QString feed =
        writeFile(m_dir, QStringLiteral("feed.csv"), "ioc,seen,notes\r\nevil.example.com,monday,x\r\n");
    ColumnMappingDialog mapping(feed, CsvPreview::read(feed), std::nullopt);
    mapping.show();
    problems += problemsOf(&mapping);

    ImportHistory history(m_dir.filePath(QStringLiteral("history.sqlite")));
    HistoryDialog historyDialog(&history);
    historyDialog.show();
    problems += problemsOf(&historyDialog);
    TenantIndicatorsDialog tenant(nullptr);
    tenant.show();
    problems += problemsOf(&tenant);
    const IndicatorTable syncTable;
    TenantSnapshot syncTenant;
    syncTenant.finish();
    const SyncPlan syncPlan;
    SyncPreviewDialog syncPreview(syncTable, syncTenant, syncPlan);
    syncPreview.show();
    problems += problemsOf(&syncPreview);

    QWidget host;
    auto *list = new ListCellEditor(QStringLiteral("device group"), &host);
    list->setText(QStringLiteral("SOC,NOC"));
    auto *expiration = new ExpirationEditor(&host);
    expiration->move(0, 300);
    host.show();
    problems += problemsOf(&host);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::toolBarActionsHaveTextAndKeys()
{
    MainWindow window;
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
    }
    // The standard keys, where the platform has them.
    QCOMPARE(test::mainActions(window)->open->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(test::mainActions(window)->save->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(test::mainActions(window)->undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(test::mainActions(window)->find->shortcut(), QKeySequence(QKeySequence::Find));
    // SVG icons stay sharp: a 64 px rendering is a real 64 px image.
    const QPixmap big = test::mainActions(window)->save->icon().pixmap(QSize(64, 64));
    QCOMPARE(big.size(), QSize(64, 64));
    test::undoStack(window)->setClean();
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
