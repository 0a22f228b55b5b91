// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/defaults/ImportDefaults.h"
#include "core/indicator/IndicatorTable.h"
#include "support/TestSupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

class TestImportDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreCheckedAndWrittenTheApiWay();
    void fillsOnlyEmptyCellsWithTemplates();
    void contextTemplate();
    void expirationPresets();
    void presetsRoundTrip();
};

void TestImportDefaults::valuesAreCheckedAndWrittenTheApiWay()
{
    ImportDefaults d;
    QString error;
    QVERIFY(d.set(QStringLiteral("Action"), QStringLiteral("blockandremediate"), &error));
    QCOMPARE(d.value(Field::Action), QStringLiteral("BlockAndRemediate"));
    QVERIFY(d.set(QStringLiteral("severity"), QStringLiteral("HIGH"), &error));
    QCOMPARE(d.value(Field::Severity), QStringLiteral("High"));
    QVERIFY(d.set(QStringLiteral("category"), QStringLiteral("command and control"), &error));
    QCOMPARE(d.value(Field::Category), QStringLiteral("CommandAndControl"));
    QVERIFY(d.setAssignment(QStringLiteral("deviceGroups=Servers,Laptops"), &error));
    QCOMPARE(d.value(Field::RbacGroupNames), QStringLiteral("Servers,Laptops"));
    QVERIFY(d.set(QStringLiteral("expiration"), QStringLiteral("90 days"), &error));
    QCOMPARE(d.value(Field::ExpirationTime), QStringLiteral("90d"));
    QVERIFY(!d.set(QStringLiteral("action"), QStringLiteral("Nuke"), &error));
    QVERIFY(error.contains(QStringLiteral("not an action")));
    QVERIFY(!d.set(QStringLiteral("indicatorValue"), QStringLiteral("x"), &error));
    QVERIFY(!d.set(QStringLiteral("generateAlert"), QStringLiteral("maybe"), &error));
    QVERIFY(!d.setAssignment(QStringLiteral("action"), &error));
    QVERIFY(d.set(QStringLiteral("action"), QString(), &error)); // an empty value removes the default
    QCOMPARE(d.value(Field::Action), QString());
}

void TestImportDefaults::fillsOnlyEmptyCellsWithTemplates()
{
    IndicatorTable table = test::tableOf({
        test::indicatorWith({{Field::Title, QString()}, {Field::Action, QString()}, {Field::Description, QString()}}),
        test::indicatorWith({{Field::Title, QStringLiteral("Kept")}, {Field::Action, QStringLiteral("Warn")}}),
    });
    table.setSourceLine(0, 12);
    ImportDefaults d;
    QString error;
    QVERIFY(d.set(QStringLiteral("title"), QStringLiteral("{source}: {type}"), &error));
    QVERIFY(d.set(QStringLiteral("description"), QStringLiteral("{value} (line {line})"), &error));
    QVERIFY(d.set(QStringLiteral("action"), QStringLiteral("Audit"), &error));
    QCOMPARE(d.apply(table, QStringLiteral("feed.csv"), test::kTestNow), 3);
    QCOMPARE(table.text(0, Field::Title), QStringLiteral("feed.csv: FileSha256"));
    QCOMPARE(table.text(0, Field::Description), table.text(0, Field::IndicatorValue) + QStringLiteral(" (line 12)"));
    QCOMPARE(table.text(0, Field::Action), QStringLiteral("Audit"));
    QCOMPARE(table.text(1, Field::Title), QStringLiteral("Kept"));
    QCOMPARE(table.text(1, Field::Action), QStringLiteral("Warn"));
}

void TestImportDefaults::contextTemplate()
{
    IndicatorTable table = test::tableOf({test::indicatorWith({{Field::Description, QString()}}),
                                          test::indicatorWith({{Field::Description, QString()}})});
    table.setSourceContext(0, QStringLiteral("The sample beacons to the server."), 4, 6);
    ImportDefaults d;
    QString error;
    QVERIFY(d.set(QStringLiteral("description"), QStringLiteral("Seen in: {context}"), &error));
    d.apply(table, QStringLiteral("report.txt"), test::kTestNow);
    QCOMPARE(table.text(0, Field::Description), QStringLiteral("Seen in: The sample beacons to the server."));
    QCOMPARE(table.text(1, Field::Description), QStringLiteral("Seen in: ")); // a row from a table has none
}

void TestImportDefaults::expirationPresets()
{
    IndicatorTable table =
        test::tableOf({test::indicatorWith({{Field::ExpirationTime, QString()}}),
                       test::indicatorWith({{Field::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z")}})});
    ImportDefaults d;
    QString error;
    QVERIFY(d.set(QStringLiteral("expiration"), QStringLiteral("30d"), &error));
    d.apply(table, QString(), test::kTestNow); // 2026-06-01T00:00:00Z
    QCOMPARE(table.text(0, Field::ExpirationTime), QStringLiteral("2026-07-01T00:00:00Z"));
    QCOMPARE(table.text(1, Field::ExpirationTime), QStringLiteral("2027-01-31T00:00:00Z"));

    IndicatorTable none = test::tableOf({test::indicatorWith({{Field::ExpirationTime, QString()}})});
    QVERIFY(d.set(QStringLiteral("expiration"), QStringLiteral("none"), &error));
    QCOMPARE(d.apply(none, QString(), test::kTestNow), 0);
    QCOMPARE(none.text(0, Field::ExpirationTime), QString());
}

void TestImportDefaults::presetsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ImportDefaults d;
    QString error;
    QVERIFY(d.set(QStringLiteral("action"), QStringLiteral("Block"), &error));
    QVERIFY(d.set(QStringLiteral("title"), QStringLiteral("{source}: {type}"), &error));
    QVERIFY(d.set(QStringLiteral("generateAlert"), QStringLiteral("TRUE"), &error));
    DefaultsPresets::save(settings, QStringLiteral("SOC block"), d);
    QCOMPARE(DefaultsPresets::names(settings), QStringList{QStringLiteral("SOC block")});
    const auto loaded = DefaultsPresets::load(settings, QStringLiteral("SOC block"));
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->values(), d.values());
    QVERIFY(!DefaultsPresets::load(settings, QStringLiteral("other")).has_value());
    DefaultsPresets::remove(settings, QStringLiteral("SOC block"));
    QVERIFY(DefaultsPresets::names(settings).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportDefaults)
#include "TestImportDefaults.moc"
