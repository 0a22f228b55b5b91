// SPDX-License-Identifier: GPL-3.0-or-later
// The preview's comparison at scale: a 1,000,000-row table against a tenant of 15,000 indicators
// (10,000 of them unchanged rows of the table, 5,000 changed). Prints how long reading the List
// objects into a snapshot, comparing by matching key and planning take. Figures only; nothing is
// asserted about time.
#include "core/batch/BatchPlanner.h"
#include "core/indicator/IndicatorTable.h"
#include "core/io/IndicatorJson.h"
#include "core/preview/TenantComparison.h"
#include "core/preview/TenantSnapshot.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QtTest>

#include <sys/resource.h>

#include <cstdio>

using namespace im;

namespace {

constexpr int kRows = 1000000;
constexpr int kTenant = 15000;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void line(const char *what, double value, const char *unit, const char *goal)
{
    std::printf("  %-52s %10.1f %-3s  (goal: %s)\n", what, value, unit, goal);
    std::fflush(stdout);
}

QByteArray hashFor(int n)
{
    return QByteArray::number(n, 16).rightJustified(64, '0');
}

Indicator indicatorFor(int n, const QString &title)
{
    Indicator ind;
    ind[Field::IndicatorType] = QStringLiteral("FileSha256");
    ind[Field::IndicatorValue] = QString::fromLatin1(hashFor(n));
    ind[Field::Action] = QStringLiteral("Block");
    ind[Field::Severity] = QStringLiteral("High");
    ind[Field::Title] = title;
    ind[Field::Description] = QStringLiteral("Seen in campaign");
    ind[Field::ExpirationTime] = QStringLiteral("2031-01-01T00:00:00Z");
    ind[Field::GenerateAlert] = QStringLiteral("true");
    return ind;
}

} // namespace

class BenchPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareAMillionRowsWithAFullTenant();
};

void BenchPreview::compareAMillionRowsWithAFullTenant()
{
    std::printf("Preview: %d table rows against %d tenant indicators\n", kRows, kTenant);
    IndicatorTable table;
    table.reserve(kRows);
    {
        const QByteArray type = "FileSha256", action = "Block", severity = "High", description = "Seen in campaign",
                         expiration = "2031-01-01T00:00:00Z", alert = "true";
        for (int n = 0; n < kRows; ++n) {
            const QByteArray value = hashFor(n);
            const QByteArray title = "Row " + QByteArray::number(n);
            IndicatorTable::Cells cells{};
            cells[size_t(fieldIndex(Field::IndicatorValue))] = value;
            cells[size_t(fieldIndex(Field::IndicatorType))] = type;
            cells[size_t(fieldIndex(Field::Action))] = action;
            cells[size_t(fieldIndex(Field::Severity))] = severity;
            cells[size_t(fieldIndex(Field::Title))] = title;
            cells[size_t(fieldIndex(Field::Description))] = description;
            cells[size_t(fieldIndex(Field::ExpirationTime))] = expiration;
            cells[size_t(fieldIndex(Field::GenerateAlert))] = alert;
            table.appendRow(cells);
        }
    }
    // The List reply's objects: rows 0-9,999 as the table has them, 10,000-14,999 with another title.
    std::vector<QJsonObject> listed;
    listed.reserve(kTenant);
    for (int n = 0; n < kTenant; ++n) {
        QJsonObject o =
            IndicatorJson::toJson(indicatorFor(n, n < 10000 ? QStringLiteral("Row %1").arg(n) : QStringLiteral("Old")));
        o.insert(QStringLiteral("id"), QString::number(n + 1));
        listed.push_back(o);
    }

    QElapsedTimer timer;
    timer.start();
    TenantSnapshot snapshot;
    snapshot.reserve(kTenant);
    for (const QJsonObject &o : listed)
        snapshot.add(o);
    snapshot.finish();
    const double snapshotMs = ms(timer);

    timer.restart();
    const TenantComparison comparison = TenantComparison::compare(table, snapshot);
    const double compareMs = ms(timer);

    timer.restart();
    BatchPlanner::Options options;
    options.activeBefore = snapshot.size();
    options.updatesExisting = comparison.updatesExisting;
    options.unchanged = comparison.unchanged;
    options.recordOutcomes = true;
    const BatchPlan plan = BatchPlanner::plan(table, options);
    const double planMs = ms(timer);

    // Checks of the result (not of the time): the comparison must have found what the data holds.
    QCOMPARE(comparison.matchedRows, kTenant);
    QCOMPARE(plan.excludedUnchanged, 10000);
    QCOMPARE(plan.updates, 5000);
    QCOMPARE(plan.newIndicators, kRows - kTenant);

    line("snapshot of 15,000 List objects", snapshotMs, "ms", "-");
    line("compare 1,000,000 rows by matching key", compareMs, "ms", "-");
    line("plan (batches, quota, outcome per row)", planMs, "ms", "-");
    line("compare + plan", compareMs + planMs, "ms", "<= 1000");
    line("peak memory (table included)", peakRssMb(), "MB", "-");
}

QTEST_GUILESS_MAIN(BenchPreview)
#include "BenchPreview.moc"
