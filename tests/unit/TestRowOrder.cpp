// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"
#include "core/model/IndicatorColumns.h"
#include "core/view/CellFinder.h"
#include "core/view/RowOrder.h"
#include "core/view/RowSorter.h"
#include "core/view/TextMatcher.h"
#include "support/TestSupport.h"

#include <QtTest>

#include <numeric>
#include <random>

using namespace im;

namespace {

Indicator row(const char *type, const QString &value, const char *title, const char *action = "Block")
{
    return test::indicatorWith({{Field::IndicatorType, QString::fromLatin1(type)},
                                {Field::IndicatorValue, value},
                                {Field::Title, QString::fromLatin1(title)},
                                {Field::Action, QString::fromLatin1(action)}});
}

IndicatorDocument validated(IndicatorTable &&table)
{
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    doc.validateAll();
    return doc;
}

QStringList column(const IndicatorTable &table, const std::vector<int> &rows, Field field)
{
    QStringList out;
    for (int r : rows)
        out.append(table.text(r, field));
    return out;
}

} // namespace

class TestRowOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsByTextIgnoringCase();
    void sortsDescendingAndStaysStable();
    void sortsLongCellsThatShareAPrefix();
    void sortsByStatusWithErrorsLast();
    void sortsAHundredThousandRowsLikeStdSort();
    void filtersByTextTypeStatusAndProblem();
    void narrowingFilterOnlyLooksAtShownRows();
    void sortKeepsTheFilter();
    void renumbersAfterRemovalAndInsertion();
    void tableOrderCostsNothingUntilChanged();
    void textMatcherFoldsCaseAndReplaces();
    void cellFinderWrapsAroundInViewOrder();
};

void TestRowOrder::sortsByTextIgnoringCase()
{
    IndicatorTable table = test::tableOf({row("DomainName", QStringLiteral("b.example.com"), "x"),
                                          row("DomainName", QStringLiteral("A.example.com"), "y"),
                                          row("DomainName", QStringLiteral("c.example.com"), "z")});
    std::vector<int> rows{0, 1, 2};
    RowSorter::sort(table, Field::IndicatorValue, Qt::AscendingOrder, rows);
    QCOMPARE(rows, (std::vector<int>{1, 0, 2}));
}

void TestRowOrder::sortsDescendingAndStaysStable()
{
    IndicatorTable table =
        test::tableOf({row("FileSha256", QString(64, u'a'), "same"), row("FileSha256", QString(64, u'b'), "same"),
                       row("FileSha256", QString(64, u'c'), "other"), row("FileSha256", QString(64, u'd'), "same")});
    std::vector<int> rows{0, 1, 2, 3};
    RowSorter::sort(table, Field::Title, Qt::DescendingOrder, rows);
    QCOMPARE(rows, (std::vector<int>{0, 1, 3, 2}));
    RowSorter::sort(table, Field::Title, Qt::AscendingOrder, rows);
    QCOMPARE(rows, (std::vector<int>{2, 0, 1, 3}));
}

void TestRowOrder::sortsLongCellsThatShareAPrefix()
{
    // Beyond the 16 bytes of the key the whole cell decides.
    IndicatorTable table = test::tableOf({row("Url", QStringLiteral("https://example.com/payload/9"), "a"),
                                          row("Url", QStringLiteral("https://example.com/payload/10"), "b"),
                                          row("Url", QStringLiteral("https://example.com/PAYLOAD/1"), "c"),
                                          row("Url", QStringLiteral("https://example.com/payload"), "d")});
    std::vector<int> rows{0, 1, 2, 3};
    RowSorter::sort(table, Field::IndicatorValue, Qt::AscendingOrder, rows);
    QCOMPARE(column(table, rows, Field::Title),
             (QStringList{QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
}

void TestRowOrder::sortsByStatusWithErrorsLast()
{
    IndicatorTable table =
        test::tableOf({row("FileSha256", QStringLiteral("abc"), "error"),
                       row("FileSha256", QString(64, u'A'), "warning"), row("FileSha256", QString(64, u'e'), "clean")});
    const IndicatorDocument doc = validated(std::move(table));
    std::vector<int> rows{0, 1, 2};
    RowSorter::sort(doc.table(), std::nullopt, Qt::AscendingOrder, rows);
    QCOMPARE(column(doc.table(), rows, Field::Title),
             (QStringList{QStringLiteral("clean"), QStringLiteral("warning"), QStringLiteral("error")}));
}

void TestRowOrder::sortsAHundredThousandRowsLikeStdSort()
{
    // Big enough for the parallel key extraction and the two-way merge.
    IndicatorTable table;
    std::mt19937 rng(7);
    for (int i = 0; i < 120000; ++i) {
        Indicator indicator;
        const int length = 1 + static_cast<int>(rng() % 30);
        QString value;
        for (int k = 0; k < length; ++k)
            value.append(QChar(u'a' + static_cast<char16_t>(rng() % 3)));
        indicator[Field::Title] = value;
        table.appendIndicator(indicator);
    }
    std::vector<int> rows(static_cast<size_t>(table.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    RowSorter::sort(table, Field::Title, Qt::AscendingOrder, rows);
    std::vector<int> expected(rows.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(),
                     [&](int a, int b) { return table.cell(a, Field::Title) < table.cell(b, Field::Title); });
    QVERIFY(rows == expected);
}

void TestRowOrder::filtersByTextTypeStatusAndProblem()
{
    IndicatorTable table = test::tableOf({row("IpAddress", QStringLiteral("10.1.2.3"), "Internal lab"),
                                          row("IpAddress", QStringLiteral("45.77.10.20"), "Relay"),
                                          row("DomainName", QStringLiteral("evil.example.net"), "C2 domain"),
                                          row("FileSha256", QStringLiteral("abc"), "Short hash")});
    const IndicatorDocument doc = validated(std::move(table));
    RowOrder order;
    order.reset(doc.rowCount());
    auto visible = [&](const RowFilter &filter) {
        order.setFilter(doc.table(), filter);
        return column(doc.table(), order.visibleRows(), Field::Title);
    };
    RowFilter text;
    text.text = QStringLiteral("EXAMPLE");
    QCOMPARE(visible(text), QStringList{QStringLiteral("C2 domain")});
    RowFilter type;
    type.type = IndicatorType::IpAddress;
    QCOMPARE(visible(type), (QStringList{QStringLiteral("Internal lab"), QStringLiteral("Relay")}));
    RowFilter errors;
    errors.status = StatusFilter::Errors;
    QCOMPARE(visible(errors), (QStringList{QStringLiteral("Internal lab"), QStringLiteral("Short hash")}));
    RowFilter clean;
    clean.status = StatusFilter::Clean;
    QCOMPARE(visible(clean), (QStringList{QStringLiteral("Relay"), QStringLiteral("C2 domain")}));
    RowFilter problem;
    problem.problem = IssueCode::HashLength;
    QCOMPARE(visible(problem), QStringList{QStringLiteral("Short hash")});
    QCOMPARE(order.viewRow(3), 0);
    QCOMPARE(order.viewRow(0), -1);
    QCOMPARE(visible(RowFilter()).size(), 4);
}

void TestRowOrder::narrowingFilterOnlyLooksAtShownRows()
{
    RowFilter wide;
    wide.text = QStringLiteral("ev");
    RowFilter narrow;
    narrow.text = QStringLiteral("Evil");
    QVERIFY(narrow.narrows(wide));
    QVERIFY(!wide.narrows(narrow));
    narrow.status = StatusFilter::Errors;
    QVERIFY(!narrow.narrows(wide));

    IndicatorTable table = test::tableOf({row("DomainName", QStringLiteral("evil.example.net"), "one"),
                                          row("DomainName", QStringLiteral("even.example.net"), "two")});
    const IndicatorDocument doc = validated(std::move(table));
    RowOrder order;
    order.reset(2);
    order.setFilter(doc.table(), wide);
    QCOMPARE(order.visibleCount(), 2);
    RowFilter narrower;
    narrower.text = QStringLiteral("evi");
    order.setFilter(doc.table(), narrower);
    QCOMPARE(order.visibleRows(), std::vector<int>{0});
}

void TestRowOrder::sortKeepsTheFilter()
{
    IndicatorTable table = test::tableOf({row("DomainName", QStringLiteral("c.example.net"), "c"),
                                          row("DomainName", QStringLiteral("a.example.org"), "a"),
                                          row("DomainName", QStringLiteral("b.example.net"), "b")});
    const IndicatorDocument doc = validated(std::move(table));
    RowOrder order;
    order.reset(3);
    RowFilter filter;
    filter.text = QStringLiteral(".net");
    order.setFilter(doc.table(), filter);
    order.sort(doc.table(), Field::IndicatorValue, Qt::AscendingOrder);
    QCOMPARE(order.visibleRows(), (std::vector<int>{2, 0}));
    QCOMPARE(order.orderedRows(), (std::vector<int>{1, 2, 0}));
    order.setFilter(doc.table(), RowFilter());
    QCOMPARE(order.visibleRows(), (std::vector<int>{1, 2, 0}));
}

void TestRowOrder::renumbersAfterRemovalAndInsertion()
{
    RowOrder order;
    order.reset(5);
    // Pretend a sort put the rows in reverse.
    order.placeInOrder({});
    order.hideVisible(1, 2); // view rows 1 and 2 (table rows 1, 2) leave the view
    QCOMPARE(order.visibleRows(), (std::vector<int>{0, 3, 4}));
    order.tableRowsRemoved({1, 2});
    QCOMPARE(order.visibleRows(), (std::vector<int>{0, 1, 2}));
    QCOMPARE(order.orderedRows(), (std::vector<int>{0, 1, 2}));
    QCOMPARE(order.tableRowCount(), 3);

    // Two rows come back at table positions 1 and 2.
    order.tableRowsInserted({1, 2});
    QCOMPARE(order.visibleRows(), (std::vector<int>{0, 3, 4}));
    order.placeInOrder({{1, 1}, {2, 2}});
    order.showVisible({{1, 1}, {2, 2}});
    QCOMPARE(order.visibleRows(), (std::vector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(order.viewRow(4), 4);
    QCOMPARE(order.orderPositions({3, 0}), (std::vector<int>{3, 0}));
}

void TestRowOrder::tableOrderCostsNothingUntilChanged()
{
    RowOrder order;
    order.reset(4);
    QCOMPARE(order.visibleCount(), 4);
    QCOMPARE(order.tableRow(3), 3);
    QCOMPARE(order.viewRow(2), 2);
    QCOMPARE(order.viewRow(4), -1);
    // A row inserted into the table is not in view until placed.
    order.tableRowsInserted({1});
    QCOMPARE(order.visibleRows(), (std::vector<int>{0, 2, 3, 4}));
    order.placeInOrder({{1, 1}});
    order.showVisible({{1, 1}});
    QCOMPARE(order.visibleRows(), (std::vector<int>{0, 1, 2, 3, 4}));
    order.reset(2);
    QCOMPARE(order.orderedRows(), (std::vector<int>{0, 1}));
}

void TestRowOrder::textMatcherFoldsCaseAndReplaces()
{
    const TextMatcher matcher(QStringLiteral("Evil"));
    QVERIFY(matcher.matches("very EVIL host"));
    QVERIFY(!matcher.matches("evi"));
    QCOMPARE(*matcher.replaced("evil.evil.com", QStringLiteral("good")), QByteArray("good.good.com"));
    QVERIFY(!matcher.replaced("other", QStringLiteral("x")));

    const TextMatcher exact(QStringLiteral("Block"), Qt::CaseSensitive, true);
    QVERIFY(exact.matches("Block"));
    QVERIFY(!exact.matches("block"));
    QVERIFY(!exact.matches("BlockAndRemediate"));

    const TextMatcher chinese(QStringLiteral("钓鱼"));
    QVERIFY(chinese.matches(QStringLiteral("网络钓鱼邮件").toUtf8()));
    const TextMatcher greek(QStringLiteral("ΑΒΓ"));
    QVERIFY(greek.matches(QStringLiteral("xαβγx").toUtf8()));
}

void TestRowOrder::cellFinderWrapsAroundInViewOrder()
{
    IndicatorTable table = test::tableOf({row("DomainName", QStringLiteral("one.example"), "needle"),
                                          row("DomainName", QStringLiteral("two.example"), "hay"),
                                          row("DomainName", QStringLiteral("needle.example"), "hay")});
    RowOrder order;
    order.reset(3);
    const TextMatcher matcher(QStringLiteral("needle"));
    const std::vector<int> columns{columnOfField(Field::IndicatorValue), columnOfField(Field::Title)};
    const GridCell title0{0, columnOfField(Field::Title)};
    const GridCell value2{2, columnOfField(Field::IndicatorValue)};
    QCOMPARE(*CellFinder::find(table, order, matcher, title0, false, columns), value2);
    QCOMPARE(*CellFinder::find(table, order, matcher, value2, false, columns), title0);
    QCOMPARE(*CellFinder::find(table, order, matcher, title0, true, columns), value2);
    QCOMPARE(*CellFinder::find(table, order, matcher, GridCell{}, false, columns), title0);
    QVERIFY(!CellFinder::find(table, order, TextMatcher(QStringLiteral("absent")), title0, false, columns));

    const RowEdits edits = CellFinder::replaceAll(table, {0, 1, 2}, matcher, QStringLiteral("pin"), columns);
    QCOMPARE(edits.size(), size_t(2));
    QCOMPARE(edits[1].cells.front().second, QByteArray("pin.example"));
}

QTEST_GUILESS_MAIN(TestRowOrder)
#include "TestRowOrder.moc"
