// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/RecoveryStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotOfALiveSessionIsNoOrphan();
    void abandonedSnapshotComesBackWithEveryField();
    void discardRemovesTheFiles();
    void emptyTableIsRecoveredAsEmpty();
    void releasedOrphanIsOfferedAgain();
    void saveFormatNamesRoundTrip();
};

void TestRecoveryStore::snapshotOfALiveSessionIsNoOrphan()
{
    QTemporaryDir dir;
    RecoveryStore session(dir.path());
    QVERIFY(session.save(test::tableOf({test::validIndicator()}), RecoveryInfo{}).isEmpty());
    QVERIFY(session.hasSnapshot());
    // Another window of the same (living) process sees the lock held.
    RecoveryStore other(dir.path());
    QVERIFY(other.orphans().isEmpty());
}

void TestRecoveryStore::abandonedSnapshotComesBackWithEveryField()
{
    QTemporaryDir dir;
    Indicator full = test::indicatorWith({{Field::Application, QStringLiteral("demo.exe")},
                                          {Field::EducateUrl, QStringLiteral("https://intranet.example/why")},
                                          {Field::ExternalId, QStringLiteral("case-17")},
                                          {Field::RbacGroupNames, QStringLiteral("SOC,Tier 2")},
                                          {Field::Description, QStringLiteral("两行\n\"quoted\", text")}});
    QString id;
    {
        RecoveryStore session(dir.path());
        RecoveryInfo info;
        info.sourcePath = QStringLiteral("/data/feeds/today.csv");
        info.saveFormat = SaveFormat::PortalCsv;
        QVERIFY(session.save(test::tableOf({full, test::validIndicator()}), info).isEmpty());
        id = session.sessionId();
        // The session dies without discarding: its lock file stays behind, as after a kill.
        QFile lock(dir.filePath(id + QStringLiteral(".lock")));
        QVERIFY(lock.exists());
    }
    // A lock naming a process that is gone: write one with a pid that cannot exist.
    QFile stale(dir.filePath(id + QStringLiteral(".lock")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("2147483646\nindicator-manager\n\n");
    stale.close();

    RecoveryStore next(dir.path());
    const QList<RecoveryInfo> orphans = next.orphans();
    QCOMPARE(orphans.size(), 1);
    const RecoveryInfo &info = orphans.first();
    QCOMPARE(info.id, id);
    QCOMPARE(info.sourcePath, QStringLiteral("/data/feeds/today.csv"));
    QCOMPARE(info.saveFormat, std::optional<SaveFormat>(SaveFormat::PortalCsv));
    QCOMPARE(info.rows, 2);
    QVERIFY(info.savedAt.isValid());
    QVERIFY(qAbs(info.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    IndicatorTable table;
    QCOMPARE(next.restore(info, table), QString());
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.indicator(0), full);
    QCOMPARE(table.indicator(1), test::validIndicator());
}

void TestRecoveryStore::discardRemovesTheFiles()
{
    QTemporaryDir dir;
    RecoveryStore session(dir.path());
    QVERIFY(session.save(test::tableOf({test::validIndicator()}), RecoveryInfo{}).isEmpty());
    QVERIFY(!QDir(dir.path()).entryList(QDir::Files).isEmpty());
    session.discard();
    QVERIFY(!session.hasSnapshot());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestRecoveryStore::emptyTableIsRecoveredAsEmpty()
{
    QTemporaryDir dir;
    auto session = std::make_unique<RecoveryStore>(dir.path());
    QVERIFY(session->save(IndicatorTable(), RecoveryInfo{}).isEmpty());
    const QString id = session->sessionId();
    session.reset(); // a clean destructor releases the lock but keeps the files: like "keep for later"
    RecoveryStore next(dir.path());
    const auto orphans = next.orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().rows, 0);
    IndicatorTable table = test::tableOf({test::validIndicator()});
    QCOMPARE(next.restore(orphans.first(), table), QString());
    QVERIFY(table.isEmpty());
    next.discardOrphan(orphans.first());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestRecoveryStore::releasedOrphanIsOfferedAgain()
{
    QTemporaryDir dir;
    {
        RecoveryStore session(dir.path());
        QVERIFY(session.save(test::tableOf({test::validIndicator()}), RecoveryInfo{}).isEmpty());
    }
    RecoveryStore first(dir.path());
    const auto found = first.orphans();
    QCOMPARE(found.size(), 1);
    // While one start considers it, another does not see it.
    RecoveryStore second(dir.path());
    QVERIFY(second.orphans().isEmpty());
    first.releaseOrphan(found.first());
    QCOMPARE(second.orphans().size(), 1);
}

void TestRecoveryStore::saveFormatNamesRoundTrip()
{
    for (SaveFormat f : {SaveFormat::PortalCsv, SaveFormat::FullCsv, SaveFormat::ImportJson})
        QCOMPARE(RecoveryStore::saveFormatFromName(RecoveryStore::saveFormatName(f)), std::optional<SaveFormat>(f));
    QVERIFY(!RecoveryStore::saveFormatFromName(QString()));
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "TestRecoveryStore.moc"
