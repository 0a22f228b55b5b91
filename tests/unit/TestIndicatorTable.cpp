// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorTable.h"
#include "support/TestSupport.h"

#include <QtTest>

#include <deque>

using namespace im;

class TestIndicatorTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesEveryFieldOfEveryRow();
    void keepsCellsThatAreEmptyLongOrNonAscii_data();
    void keepsCellsThatAreEmptyLongOrNonAscii();
    void editingACellLeavesTheOtherCellsAlone();
    void rowIdsSurviveInsertAndRemove();
    void reinsertedRowsKeepTheirIds();
    void compactionKeepsEveryCellAndFreesGarbage();
    void aCopyWithCellsSetKeepsEverythingElseOfEveryRow_data();
    void aCopyWithCellsSetKeepsEverythingElseOfEveryRow();
    void rowsReferringToABackingTextReadAndEditLikeCopies();
    void readNotesFollowTheirRow();
    void sourceLinesAreKept();
    void millionRowsCostLittleMoreThanTheirText();
};

void TestIndicatorTable::storesEveryFieldOfEveryRow()
{
    IndicatorTable table;
    std::vector<Indicator> expected;
    for (int r = 0; r < 100; ++r) {
        Indicator i;
        for (Field f : allFields())
            i[f] = QStringLiteral("%1-%2").arg(QString::fromLatin1(apiName(f))).arg(r);
        expected.push_back(i);
        table.appendIndicator(i);
    }
    QCOMPARE(table.rowCount(), 100);
    for (int r = 0; r < 100; ++r) {
        QCOMPARE(table.indicator(r), expected[static_cast<size_t>(r)]);
        for (Field f : allFields())
            QCOMPARE(table.text(r, f), expected[static_cast<size_t>(r)][f]);
    }
}

void TestIndicatorTable::keepsCellsThatAreEmptyLongOrNonAscii_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty cell") << QString();
    QTest::newRow("one character") << QStringLiteral("x");
    QTest::newRow("127 bytes, the largest one-byte length") << QString(127, u'a');
    QTest::newRow("128 bytes, the smallest two-byte length") << QString(128, u'b');
    QTest::newRow("16384 bytes, a three-byte length") << QString(16384, u'c');
    QTest::newRow("one megabyte") << QString(1 << 20, u'd');
    QTest::newRow("Chinese text") << QStringLiteral("勒索软件下载器 — 阻止执行");
    QTest::newRow("emoji outside the BMP") << QStringLiteral("alert \U0001F6A8 now");
    QTest::newRow("line breaks and quotes") << QStringLiteral("line one\r\nline \"two\"");
}

void TestIndicatorTable::keepsCellsThatAreEmptyLongOrNonAscii()
{
    QFETCH(QString, text);
    IndicatorTable table;
    const Indicator i = test::indicatorWith({{Field::Description, text}});
    table.appendIndicator(i);
    table.appendIndicator(test::validIndicator());
    QCOMPARE(table.text(0, Field::Description), text);
    QCOMPARE(table.indicator(0), i);
    QCOMPARE(table.indicator(1), test::validIndicator());
}

void TestIndicatorTable::editingACellLeavesTheOtherCellsAlone()
{
    IndicatorTable table = test::tableOf({test::validIndicator(), test::validIndicator()});
    table.setText(0, Field::Title, QStringLiteral("A much longer title than before, to move the row"));
    table.setText(1, Field::Severity, QString());
    Indicator first = test::validIndicator();
    first[Field::Title] = QStringLiteral("A much longer title than before, to move the row");
    Indicator second = test::validIndicator();
    second[Field::Severity] = QString();
    QCOMPARE(table.indicator(0), first);
    QCOMPARE(table.indicator(1), second);
    QVERIFY(table.garbageBytes() > 0);

    // A cell set from a view into the table itself (copying one cell to another).
    table.setCell(1, Field::Description, table.cell(0, Field::Title));
    QCOMPARE(table.text(1, Field::Description), first[Field::Title]);
}

void TestIndicatorTable::rowIdsSurviveInsertAndRemove()
{
    IndicatorTable table = test::tableOf({test::validIndicator(), test::validIndicator(), test::validIndicator()});
    const RowId a = table.rowId(0);
    const RowId b = table.rowId(1);
    const RowId c = table.rowId(2);
    QVERIFY(a != b && b != c && a != c);

    const RowId inserted = table.insertIndicators(1, {test::indicatorWith({{Field::Title, QStringLiteral("new")}})});
    QCOMPARE(table.rowOf(inserted), 1);
    QCOMPARE(table.rowOf(b), 2);
    QCOMPARE(table.rowOf(c), 3);

    table.removeRows(0, 2);
    QCOMPARE(table.rowOf(a), -1);
    QCOMPARE(table.rowOf(inserted), -1);
    QCOMPARE(table.rowOf(b), 0);
    QCOMPARE(table.rowOf(c), 1);
    const RowId appended = table.appendIndicator(test::validIndicator());
    QVERIFY(appended != a && appended != inserted);
    QCOMPARE(table.rowOf(appended), 2);
}

void TestIndicatorTable::reinsertedRowsKeepTheirIds()
{
    IndicatorTable table = test::tableOf({test::validIndicator(), test::validIndicator()});
    const RowId id = table.rowId(1);
    const Indicator row = table.indicator(1);
    table.removeRows(1, 1);
    table.insertIndicatorsWithIds(0, {row}, {id});
    QCOMPARE(table.rowOf(id), 0);
    QCOMPARE(table.indicator(0), row);
    // New ids never collide with a re-inserted one.
    QVERIFY(table.appendIndicator(row) > id);
}

void TestIndicatorTable::compactionKeepsEveryCellAndFreesGarbage()
{
    IndicatorTable table;
    for (int r = 0; r < 2000; ++r)
        table.appendIndicator(test::indicatorWith({{Field::Title, QStringLiteral("row %1").arg(r)}}));
    for (int round = 0; round < 5; ++round) {
        for (int r = 0; r < 2000; ++r)
            table.setText(r, Field::Description, QStringLiteral("round %1 row %2").arg(round).arg(r));
    }
    QVERIFY(table.garbageBytes() > 0);
    table.compact();
    QCOMPARE(table.garbageBytes(), qsizetype(0));
    for (int r = 0; r < 2000; ++r) {
        QCOMPARE(table.text(r, Field::Title), QStringLiteral("row %1").arg(r));
        QCOMPARE(table.text(r, Field::Description), QStringLiteral("round 4 row %1").arg(r));
    }
}

void TestIndicatorTable::aCopyWithCellsSetKeepsEverythingElseOfEveryRow_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("three threads") << 3;
}

void TestIndicatorTable::aCopyWithCellsSetKeepsEverythingElseOfEveryRow()
{
    QFETCH(int, threads);
    constexpr int kRows = 20000; // several stretches of rows when threads > 1
    IndicatorTable table;
    for (int r = 0; r < kRows; ++r)
        table.appendIndicator(test::indicatorWith({{Field::Title, QStringLiteral("row %1").arg(r)}}));
    table.setText(5, Field::Description, QStringLiteral("garbage behind")); // the copy leaves it out
    table.setSourceLine(7, 70);
    table.setSourcePage(8, 3);
    table.setSourceFile(9, QStringLiteral("other.csv"));
    table.addReadNote(kRows - 1, ReadNote{IssueCode::ReadExtraFields, QStringLiteral("\"x\"")});
    IssueSet issues;
    issues.insert(IssueCode::RowDuplicate);
    table.setIssues(11, issues);

    // Every third row gets a new action, every sixth also a longer description.
    std::vector<std::pair<int, IndicatorTable::CellChanges>> changes;
    std::deque<QByteArray> descriptions; // the changes are views of these
    for (int r = kRows - 1; r >= 0; r -= 3) {
        IndicatorTable::CellChanges cells{{Field::Action, "Audit"}};
        if (r % 2 == 0) {
            descriptions.push_back(QStringLiteral("new %1 ä").arg(r).toUtf8());
            cells.emplace_back(Field::Description, descriptions.back());
        }
        changes.emplace_back(r, std::move(cells));
    }
    const IndicatorTable copy = table.withCells(changes, threads);

    QCOMPARE(copy.rowCount(), kRows);
    QCOMPARE(copy.garbageBytes(), qsizetype(0));
    for (int r = 0; r < kRows; ++r) {
        QCOMPARE(copy.rowId(r), table.rowId(r));
        QCOMPARE(copy.issues(r), table.issues(r));
        QCOMPARE(copy.text(r, Field::Title), QStringLiteral("row %1").arg(r));
        const bool changed = (kRows - 1 - r) % 3 == 0;
        QCOMPARE(copy.text(r, Field::Action), changed ? QStringLiteral("Audit") : table.text(r, Field::Action));
        QCOMPARE(copy.text(r, Field::Description),
                 changed && r % 2 == 0 ? QStringLiteral("new %1 ä").arg(r) : table.text(r, Field::Description));
        QCOMPARE(copy.text(r, Field::IndicatorValue), table.text(r, Field::IndicatorValue));
    }
    QCOMPARE(copy.sourceLine(7), qint64(70));
    QCOMPARE(copy.sourcePage(8), 3);
    QCOMPARE(copy.sourceFile(9), QStringLiteral("other.csv"));
    QCOMPARE(copy.readNotes(kRows - 1).size(), 1);
    QCOMPARE(copy.rowOf(table.rowId(kRows - 1)), kRows - 1);
    // The original is untouched.
    QCOMPARE(table.text(kRows - 1, Field::Action), test::indicatorWith({})[Field::Action]);
}

// Rows whose cells lie in a backing text (a mapped file) are stored as where they lie; cells from
// elsewhere in the same row, edits, copies, compaction and taking rows out behave as with copied rows.
void TestIndicatorTable::rowsReferringToABackingTextReadAndEditLikeCopies()
{
    constexpr int kRows = 9000;
    auto text = std::make_shared<QByteArray>();
    std::vector<std::array<qsizetype, 3>> at; // value, title, description offsets of each row
    for (int r = 0; r < kRows; ++r) {
        const QByteArray value = "host" + QByteArray::number(r) + ".example.com";
        const QByteArray title = "Title \xc3\xa4 " + QByteArray::number(r) + QByteArray(r % 300, 't');
        const QByteArray description = "d" + QByteArray::number(r * 7);
        at.push_back({text->size(), text->size() + value.size() + 1, text->size() + value.size() + title.size() + 2});
        *text += value + ',' + title + ',' + description + '\n';
    }
    const QByteArrayView whole(*text);
    auto piece = [&](int row, int which) {
        const qsizetype start = at[static_cast<size_t>(row)][static_cast<size_t>(which)];
        const qsizetype end = whole.indexOf(which == 2 ? '\n' : ',', start);
        return whole.sliced(start, end - start);
    };
    auto expected = [&](int row, int which) { return QString::fromUtf8(piece(row, which)); };

    IndicatorTable plain;
    IndicatorTable table;
    table.setBacking(text, whole);
    QVERIFY(table.hasBacking());
    const QByteArray action = "Block"; // not in the text: copied into the row
    for (int r = 0; r < kRows; ++r) {
        IndicatorTable::Cells cells;
        // Description before the title in field order: references also go back in the text.
        cells[static_cast<size_t>(fieldIndex(Field::IndicatorValue))] = piece(r, 0);
        cells[static_cast<size_t>(fieldIndex(Field::Title))] = piece(r, 2);
        cells[static_cast<size_t>(fieldIndex(Field::Description))] = piece(r, 1);
        cells[static_cast<size_t>(fieldIndex(Field::Action))] = action;
        table.appendRow(cells);
        plain.appendRow(cells);
    }
    // The references take far less than the copies.
    QVERIFY2(table.memoryUsage() * 2 < plain.memoryUsage(),
             qPrintable(QStringLiteral("%1 vs %2").arg(table.memoryUsage()).arg(plain.memoryUsage())));
    auto check = [&](const IndicatorTable &t, int row) {
        QCOMPARE(t.text(row, Field::IndicatorValue), expected(row, 0));
        QCOMPARE(t.text(row, Field::Title), expected(row, 2));
        QCOMPARE(t.text(row, Field::Description), expected(row, 1));
        QCOMPARE(t.text(row, Field::Action), QStringLiteral("Block"));
        QCOMPARE(t.text(row, Field::Severity), QString());
        const IndicatorTable::Cells cells = t.cells(row);
        QCOMPARE(QString::fromUtf8(cells[static_cast<size_t>(fieldIndex(Field::Title))]), expected(row, 2));
    };
    for (int r = 0; r < kRows; ++r)
        check(table, r);

    // Edits: a cell from elsewhere, a cell from another place in the text, the rest kept.
    table.setText(3, Field::Severity, QStringLiteral("High"));
    table.setCell(4, Field::Title, piece(10, 2));
    QCOMPARE(table.text(3, Field::Severity), QStringLiteral("High"));
    QCOMPARE(table.text(4, Field::Title), expected(10, 2));
    QCOMPARE(table.text(4, Field::Description), expected(4, 1));
    table.setText(4, Field::Title, expected(4, 2));
    table.setText(3, Field::Severity, QString());
    for (int round = 0; round < 4; ++round) { // enough garbage for compaction
        for (int r = 0; r < kRows; r += 2)
            table.setText(r, Field::Action, round % 2 ? QStringLiteral("Block") : QStringLiteral("Audit"));
    }
    table.compact();
    QCOMPARE(table.garbageBytes(), qsizetype(0));

    // A copy with cells set keeps referring; taking rows out and back gives the same cells.
    const IndicatorTable copy = table.withCells({{1, {{Field::Action, "Audit"}}}}, 3);
    QCOMPARE(copy.text(1, Field::Action), QStringLiteral("Audit"));
    auto taken = table.takeRows({0, 5, kRows - 1});
    QCOMPARE(table.rowCount(), kRows - 3);
    table.putBackRows(taken);
    taken.clear();
    text.reset(); // the tables keep the text alive
    for (int r = 0; r < kRows; ++r) {
        check(table, r);
        if (r != 1)
            check(copy, r);
    }
}

void TestIndicatorTable::readNotesFollowTheirRow()
{
    IndicatorTable table = test::tableOf({test::validIndicator(), test::validIndicator()});
    table.addReadNote(1, ReadNote{IssueCode::ReadExtraFields, QStringLiteral("\"x\"")});
    table.insertIndicators(0, {test::validIndicator()});
    QVERIFY(table.readNotes(0).isEmpty());
    QVERIFY(table.readNotes(1).isEmpty());
    QCOMPARE(table.readNotes(2).size(), 1);
    QCOMPARE(table.readNotes(2).first().detail, QStringLiteral("\"x\""));
    table.clearReadNotes(2);
    QVERIFY(table.readNotes(2).isEmpty());
}

void TestIndicatorTable::sourceLinesAreKept()
{
    IndicatorTable table = test::tableOf({test::validIndicator()});
    table.setSourceLine(0, 42);
    QCOMPARE(table.sourceLine(0), qint64(42));
}

void TestIndicatorTable::millionRowsCostLittleMoreThanTheirText()
{
    // Memory, not time: a million typical rows must stay near the size of their text so that the
    // editor can hold them (the benchmark measures the whole process).
    IndicatorTable table;
    table.reserve(1000000);
    const Indicator row = test::validIndicator();
    qsizetype textBytes = 0;
    for (Field f : allFields())
        textBytes += row[f].toUtf8().size();
    for (int r = 0; r < 1000000; ++r)
        table.appendIndicator(row);
    const double perRow = double(table.memoryUsage()) / 1000000.0;
    QVERIFY2(perRow < double(textBytes) + 64.0,
             qPrintable(QStringLiteral("%1 bytes per row for %2 bytes of text").arg(perRow).arg(textBytes)));
}

QTEST_GUILESS_MAIN(TestIndicatorTable)
#include "TestIndicatorTable.moc"
