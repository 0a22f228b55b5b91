// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar and column sorting, driven through the real widgets.
#include "core/model/IndicatorTableModel.h"
#include "support/GuiTestSupport.h"
#include "support/TestSupport.h"
#include "support/WindowParts.h"
#include "ui/MainWindow.h"
#include "ui/filter/FilterBar.h"
#include "ui/grid/GridEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

Indicator row(const char *type, const char *value, const char *title)
{
    return indicatorWith({{Field::IndicatorType, QString::fromLatin1(type)},
                          {Field::IndicatorValue, QString::fromLatin1(value)},
                          {Field::Title, QString::fromLatin1(title)}});
}

QStringList column(MainWindow &window, Field field)
{
    QStringList out;
    for (int r = 0; r < test::gridModel(window)->rowCount(); ++r)
        out.append(cellOf(window, r, field).data().toString());
    return out;
}

void clickHeader(MainWindow &window, Field field)
{
    QHeaderView *header = test::gridView(window)->horizontalHeader();
    const int section = columnOfField(field);
    test::gridView(window)->scrollTo(test::gridModel(window)->index(0, section));
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class TestFilterAndSort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingFiltersRowsAndClearingShowsThemAll();
    void filtersByStatusTypeAndProblem();
    void clickingAHeaderSortsAndAgainReverses();
    void sortAndFilterTogetherKeepTheCurrentRow();
    void editedRowStaysInViewUntilTheFilterChanges();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    FilterBar *m_bar = nullptr;
};

void TestFilterAndSort::initTestCase()
{
    isolateSettings(QStringLiteral("tst_filtersort"));
}

void TestFilterAndSort::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString path = writeFile(
        m_dir, QStringLiteral("mixed.csv"),
        portalCsv({row("DomainName", "charlie.example.net", "Charlie C2"), row("IpAddress", "10.9.8.7", "Lab box"),
                   row("DomainName", "alpha.example.org", "Alpha phishing"),
                   row("FileSha256", "abc", "Bravo short hash"),
                   row("IpAddress", "185.220.101.47", "Delta exit node")}));
    QVERIFY(openAndWait(*m_window, path));
    m_bar = test::filterBar(*m_window);
}

void TestFilterAndSort::cleanup()
{
    test::undoStack(*m_window)->setClean();
    m_window.reset();
}

void TestFilterAndSort::typingFiltersRowsAndClearingShowsThemAll()
{
    QLineEdit *text = m_bar->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(text);
    // Ctrl+L puts the cursor in the filter.
    QTest::keyClick(test::gridView(*m_window), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("EXAMPLE"));
    QCOMPARE(column(*m_window, Field::Title),
             (QStringList{QStringLiteral("Charlie C2"), QStringLiteral("Alpha phishing")}));
    QTest::keyClicks(text, QStringLiteral(".org"));
    QCOMPARE(column(*m_window, Field::Title), QStringList{QStringLiteral("Alpha phishing")});
    auto *count = m_bar->findChild<QLabel *>(QStringLiteral("filterCountLabel"));
    QVERIFY2(count->text().startsWith(QStringLiteral("1 of 5")), qPrintable(count->text()));
    // Backspace widens again.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(text, Qt::Key_Backspace);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
    QTest::keyClick(test::gridView(*m_window), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 5);
    QVERIFY(text->text().isEmpty());
}

void TestFilterAndSort::filtersByStatusTypeAndProblem()
{
    auto *status = m_bar->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    auto *type = m_bar->findChild<QComboBox *>(QStringLiteral("typeFilterComboBox"));
    auto *problem = m_bar->findChild<QComboBox *>(QStringLiteral("problemFilterComboBox"));
    QVERIFY(status && type && problem);

    status->setCurrentIndex(status->findData(static_cast<int>(StatusFilter::Errors)));
    QCOMPARE(column(*m_window, Field::Title),
             (QStringList{QStringLiteral("Lab box"), QStringLiteral("Bravo short hash")}));
    type->setCurrentIndex(type->findText(QStringLiteral("IpAddress")));
    QCOMPARE(column(*m_window, Field::Title), QStringList{QStringLiteral("Lab box")});
    status->setCurrentIndex(0);
    QCOMPARE(column(*m_window, Field::Title),
             (QStringList{QStringLiteral("Lab box"), QStringLiteral("Delta exit node")}));
    type->setCurrentIndex(0);

    // The problem list names the problems that occur, with their counts.
    QStringList offered;
    for (int i = 1; i < problem->count(); ++i)
        offered.append(problem->itemText(i));
    QVERIFY2(offered.contains(QStringLiteral("Hash has the wrong length (1)")), qPrintable(offered.join(u'|')));
    problem->setCurrentIndex(problem->findData(static_cast<int>(IssueCode::IpNotPublic)));
    QCOMPARE(column(*m_window, Field::Title), QStringList{QStringLiteral("Lab box")});
}

void TestFilterAndSort::clickingAHeaderSortsAndAgainReverses()
{
    clickHeader(*m_window, Field::IndicatorValue);
    QCOMPARE(column(*m_window, Field::IndicatorValue),
             (QStringList{QStringLiteral("10.9.8.7"), QStringLiteral("185.220.101.47"), QStringLiteral("abc"),
                          QStringLiteral("alpha.example.org"), QStringLiteral("charlie.example.net")}));
    QCOMPARE(test::gridView(*m_window)->horizontalHeader()->sortIndicatorSection(),
             columnOfField(Field::IndicatorValue));
    clickHeader(*m_window, Field::IndicatorValue);
    QCOMPARE(column(*m_window, Field::IndicatorValue).first(), QStringLiteral("charlie.example.net"));

    // The status column sorts clean rows first, errors last.
    clickHeader(*m_window, Field::IndicatorValue);
    QHeaderView *header = test::gridView(*m_window)->horizontalHeader();
    test::gridView(*m_window)->scrollTo(test::gridModel(*m_window)->index(0, 0));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
    const QStringList titles = column(*m_window, Field::Title);
    QVERIFY(titles.indexOf(QStringLiteral("Lab box")) >= 3);
    QVERIFY(titles.indexOf(QStringLiteral("Bravo short hash")) >= 3);
}

void TestFilterAndSort::sortAndFilterTogetherKeepTheCurrentRow()
{
    clickHeader(*m_window, Field::Title); // Alpha, Bravo, Charlie, Delta, Lab
    test::gridView(*m_window)->setCurrentIndex(cellOf(*m_window, 2, Field::Title));
    QCOMPARE(test::gridView(*m_window)->currentIndex().data().toString(), QStringLiteral("Charlie C2"));
    auto *text = m_bar->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    text->setText(QStringLiteral("a"));
    // Sorted order survives the filter, and the current cell follows its row.
    QCOMPARE(column(*m_window, Field::Title).first(), QStringLiteral("Alpha phishing"));
    QCOMPARE(test::gridView(*m_window)->currentIndex().data().toString(), QStringLiteral("Charlie C2"));
    text->setText(QStringLiteral("delta"));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 1);
    text->clear();
    QCOMPARE(column(*m_window, Field::Title),
             (QStringList{QStringLiteral("Alpha phishing"), QStringLiteral("Bravo short hash"),
                          QStringLiteral("Charlie C2"), QStringLiteral("Delta exit node"), QStringLiteral("Lab box")}));
}

void TestFilterAndSort::editedRowStaysInViewUntilTheFilterChanges()
{
    auto *status = m_bar->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    status->setCurrentIndex(status->findData(static_cast<int>(StatusFilter::Errors)));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
    // Fixing the row does not make it vanish under the cursor.
    QVERIFY(test::gridEditor(*m_window)->setCell(cellOf(*m_window, 0, Field::IndicatorValue),
                                                 QStringLiteral("45.77.10.20")));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 2);
    QCOMPARE(cellOf(*m_window, 0, Field::IndicatorValue).data(IndicatorTableModel::IssueSeverityRole).toInt(), 0);
    status->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(static_cast<int>(StatusFilter::Errors)));
    QCOMPARE(test::gridModel(*m_window)->rowCount(), 1);
}

QTEST_MAIN(TestFilterAndSort)
#include "TestFilterAndSort.moc"
