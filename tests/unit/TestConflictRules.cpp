// SPDX-License-Identifier: GPL-3.0-or-later
// The rules for what the service accepts but Defender resolves in surprising ways: one value Allowed and
// blocked for overlapping device groups, a file hash Allowed beside a certificate Block, a Block row
// that asks for an alert of its own severity, and the legacy AlertAndBlock.
#include "core/document/IndicatorDocument.h"
#include "core/document/ValidationThreads.h"
#include "core/preview/ImportPlanner.h"
#include "core/preview/PreviewRowsModel.h"
#include "core/preview/TenantSnapshot.h"
#include "core/validation/DuplicateIndex.h"
#include "core/validation/Fixes.h"
#include "core/validation/IssueMessages.h"
#include "support/TestSupport.h"

#include <QtTest>

#include <vector>

using namespace im;

namespace {

const QString kHash = QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
const QString kOtherHash = QStringLiteral("3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d");
const QString kThumbprint = QStringLiteral("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3");

Indicator row(const QString &type, const QString &value, const QString &action, const QString &groups = QString())
{
    return test::indicatorWith({{Field::IndicatorType, type},
                                {Field::IndicatorValue, value},
                                {Field::Action, action},
                                {Field::RbacGroupNames, groups},
                                {Field::Severity, QString()}});
}

IndicatorDocument documentOf(const std::vector<Indicator> &rows)
{
    IndicatorDocument doc;
    doc.setNow(test::kTestNow);
    doc.insertIndicators(0, rows);
    doc.validateAll();
    return doc;
}

bool has(const IndicatorDocument &doc, int r, IssueCode code)
{
    return doc.issues(r).contains(code);
}

} // namespace

class TestConflictRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowAndBlockForOverlappingGroups();
    void allowAndBlockInOneScopeStaysAConflict();
    void disjointGroupsDoNotMeet();
    void allowAndBlockFollowsEdits();
    void certificateBlockWithHashAllow();
    void certificateRuleFollowsEdits();
    void blockWithAlertSeverity();
    void legacyAlertAndBlockFix();
    void sameIssuesOnOneThreadAndSeveral();
    void previewNamesWhatTheTenantHoldsAgainstARow();
};

void TestConflictRules::allowAndBlockForOverlappingGroups()
{
    const IndicatorDocument doc = documentOf({
        row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Allowed")),
        row(QStringLiteral("FileSha256"), kHash.toUpper(), QStringLiteral("Block"), QStringLiteral("Servers")),
        row(QStringLiteral("FileSha256"), kOtherHash, QStringLiteral("Block"), QStringLiteral("Servers")),
        row(QStringLiteral("DomainName"), QStringLiteral("example.org"), QStringLiteral("Block"),
            QStringLiteral("Laptops,Servers")),
        row(QStringLiteral("DomainName"), QStringLiteral("Example.org"), QStringLiteral("Allowed"),
            QStringLiteral("servers")),
    });
    QVERIFY(has(doc, 0, IssueCode::RowAllowAndBlock));
    QVERIFY(has(doc, 1, IssueCode::RowAllowAndBlock));
    QVERIFY(!has(doc, 2, IssueCode::RowAllowAndBlock));
    QVERIFY(has(doc, 3, IssueCode::RowAllowAndBlock));
    QVERIFY(has(doc, 4, IssueCode::RowAllowAndBlock));
    QCOMPARE(issueInfo(IssueCode::RowAllowAndBlock).severity, IssueSeverity::Warning);
    QVERIFY(!doc.issues(0).hasErrors());
    QCOMPARE(doc.duplicates().firstMatchOf(doc.table(), 1, IssueCode::RowAllowAndBlock), 0);
    QCOMPARE(doc.duplicates().firstMatchOf(doc.table(), 3, IssueCode::RowAllowAndBlock), 4);
    const QString file = IssueMessages::describe(doc.table(), 1, IssueCode::RowAllowAndBlock, &doc.duplicates());
    QVERIFY2(file.startsWith(QStringLiteral("Row 1 ")), qPrintable(file));
    QVERIFY2(file.contains(QStringLiteral("device group")), qPrintable(file));
    const QString network = IssueMessages::describe(doc.table(), 3, IssueCode::RowAllowAndBlock, &doc.duplicates());
    QVERIFY2(network.startsWith(QStringLiteral("Row 5 ")), qPrintable(network));
    QVERIFY2(network.contains(QStringLiteral("Allowed win")), qPrintable(network));
    QVERIFY(!Fixes::canFix(IssueCode::RowAllowAndBlock));
}

void TestConflictRules::allowAndBlockInOneScopeStaysAConflict()
{
    const IndicatorDocument doc = documentOf({
        row(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.7"), QStringLiteral("Allowed")),
        row(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.7"), QStringLiteral("Block")),
    });
    for (int r = 0; r < 2; ++r) {
        QVERIFY(has(doc, r, IssueCode::RowConflict));
        QVERIFY(!has(doc, r, IssueCode::RowAllowAndBlock));
    }
}

void TestConflictRules::disjointGroupsDoNotMeet()
{
    // A device is in one device group only, and Audit is neither Allowed nor a block.
    const IndicatorDocument doc = documentOf({
        row(QStringLiteral("Url"), QStringLiteral("https://example.org/a"), QStringLiteral("Allowed"),
            QStringLiteral("A")),
        row(QStringLiteral("Url"), QStringLiteral("https://example.org/a"), QStringLiteral("Block"),
            QStringLiteral("B")),
        row(QStringLiteral("Url"), QStringLiteral("https://example.org/a"), QStringLiteral("Audit"), QString()),
    });
    for (int r = 0; r < 3; ++r) {
        QVERIFY(!has(doc, r, IssueCode::RowAllowAndBlock));
        QVERIFY(!has(doc, r, IssueCode::RowConflict));
    }
}

void TestConflictRules::allowAndBlockFollowsEdits()
{
    IndicatorDocument doc = documentOf({
        row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Allowed")),
        row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Block"), QStringLiteral("Servers")),
    });
    QVERIFY(has(doc, 0, IssueCode::RowAllowAndBlock));
    const std::vector<int> changed = doc.setCell(1, Field::Action, "Warn");
    QCOMPARE(changed, std::vector<int>{0});
    QVERIFY(!has(doc, 0, IssueCode::RowAllowAndBlock));
    QVERIFY(!has(doc, 1, IssueCode::RowAllowAndBlock));
    doc.setCell(1, Field::Action, "BlockAndRemediate");
    QVERIFY(has(doc, 0, IssueCode::RowAllowAndBlock));
    QVERIFY(has(doc, 1, IssueCode::RowAllowAndBlock));
    doc.setCell(1, Field::RbacGroupNames, "");
    QVERIFY(has(doc, 0, IssueCode::RowConflict));
    QVERIFY(!has(doc, 0, IssueCode::RowAllowAndBlock));
    // An edit of another cell keeps what the whole table says.
    doc.setCell(1, Field::RbacGroupNames, "Servers");
    doc.setCell(0, Field::Title, "Our build tool");
    QVERIFY(has(doc, 0, IssueCode::RowAllowAndBlock));
}

void TestConflictRules::certificateBlockWithHashAllow()
{
    const IndicatorDocument doc = documentOf({
        row(QStringLiteral("FileSha256"), kOtherHash, QStringLiteral("Block")),
        row(QStringLiteral("CertificateThumbprint"), kThumbprint, QStringLiteral("BlockAndRemediate")),
        row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Allowed")),
        row(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.7"), QStringLiteral("Allowed")),
    });
    QVERIFY(!has(doc, 0, IssueCode::RowAllowUnderCertificateBlock));
    QVERIFY(!has(doc, 1, IssueCode::RowAllowUnderCertificateBlock));
    QVERIFY(has(doc, 2, IssueCode::RowAllowUnderCertificateBlock));
    QVERIFY(!has(doc, 3, IssueCode::RowAllowUnderCertificateBlock));
    QCOMPARE(doc.duplicates().firstCertificateBlockRow(doc.table()), 1);
    const QString text =
        IssueMessages::describe(doc.table(), 2, IssueCode::RowAllowUnderCertificateBlock, &doc.duplicates());
    QVERIFY2(text.startsWith(QStringLiteral("Row 2 blocks a certificate")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("cannot tell which files")), qPrintable(text));

    const IndicatorDocument alone = documentOf({row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Allowed"))});
    QVERIFY(!has(alone, 0, IssueCode::RowAllowUnderCertificateBlock));
}

void TestConflictRules::certificateRuleFollowsEdits()
{
    IndicatorDocument doc = documentOf({
        row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Allowed")),
        row(QStringLiteral("FileSha256"), kOtherHash, QStringLiteral("Allowed")),
        row(QStringLiteral("CertificateThumbprint"), kThumbprint, QStringLiteral("Allowed")),
    });
    QVERIFY(!has(doc, 0, IssueCode::RowAllowUnderCertificateBlock));
    // Turning the certificate into a block flags every hash Allow, not only the edited row.
    std::vector<int> changed = doc.setCell(2, Field::Action, "BlockAndRemediate");
    QCOMPARE(changed, (std::vector<int>{0, 1}));
    QVERIFY(has(doc, 0, IssueCode::RowAllowUnderCertificateBlock));
    QVERIFY(has(doc, 1, IssueCode::RowAllowUnderCertificateBlock));
    // A new hash Allow is flagged at once; removing the certificate clears them all.
    doc.insertIndicators(3, {row(QStringLiteral("FileSha1"), QStringLiteral("a94a8fe5ccb19ba61c4c0873d391e987982fbbd4"),
                                 QStringLiteral("Allowed"))});
    QVERIFY(has(doc, 3, IssueCode::RowAllowUnderCertificateBlock));
    doc.removeRows(2, 1);
    for (int r = 0; r < doc.rowCount(); ++r)
        QVERIFY(!has(doc, r, IssueCode::RowAllowUnderCertificateBlock));
}

void TestConflictRules::blockWithAlertSeverity()
{
    auto issuesOf = [](const QString &action, const QString &alert, const QString &severity) {
        const IndicatorDocument doc = documentOf({test::indicatorWith(
            {{Field::Action, action}, {Field::GenerateAlert, alert}, {Field::Severity, severity}})});
        return doc.issues(0);
    };
    QVERIFY(issuesOf(QStringLiteral("Block"), QStringLiteral("true"), QStringLiteral("High"))
                .contains(IssueCode::SeverityIgnoredForBlock));
    QVERIFY(!issuesOf(QStringLiteral("Block"), QStringLiteral("true"), QStringLiteral("Informational"))
                 .contains(IssueCode::SeverityIgnoredForBlock));
    QVERIFY(!issuesOf(QStringLiteral("Block"), QString(), QStringLiteral("High"))
                 .contains(IssueCode::SeverityIgnoredForBlock));
    QVERIFY(!issuesOf(QStringLiteral("Audit"), QStringLiteral("true"), QStringLiteral("High"))
                 .contains(IssueCode::SeverityIgnoredForBlock));
    QCOMPARE(issueInfo(IssueCode::SeverityIgnoredForBlock).severity, IssueSeverity::Warning);
    QCOMPARE(QString::fromLatin1(issueInfo(IssueCode::SeverityIgnoredForBlock).code),
             QStringLiteral("severity.ignored-for-block"));

    const IndicatorTable table = test::tableOf({test::indicatorWith(
        {{Field::Action, QStringLiteral("Block")}, {Field::GenerateAlert, QStringLiteral("true")}})});
    const auto fix = Fixes::suggest(table.cells(0), IssueCode::SeverityIgnoredForBlock);
    QVERIFY(fix.has_value());
    QCOMPARE(fix->edits.size(), size_t(1));
    QCOMPARE(fix->edits[0].first, Field::Severity);
    QCOMPARE(fix->edits[0].second, QByteArray("Informational"));
    const QString text = IssueMessages::describe(table, 0, IssueCode::SeverityIgnoredForBlock, nullptr);
    QVERIFY2(text.contains(QStringLiteral("generic alert")) && text.contains(QStringLiteral("High")), qPrintable(text));
}

void TestConflictRules::legacyAlertAndBlockFix()
{
    const IndicatorTable table =
        test::tableOf({test::indicatorWith({{Field::Action, QStringLiteral("AlertAndBlock")}})});
    const IndicatorDocument doc = documentOf({table.indicator(0)});
    QVERIFY(doc.issues(0).contains(IssueCode::ActionLegacy));
    const auto fix = Fixes::suggest(table.cells(0), IssueCode::ActionLegacy);
    QVERIFY(fix.has_value());
    const std::vector<std::pair<Field, QByteArray>> expected{{Field::Action, QByteArray("BlockAndRemediate")},
                                                             {Field::GenerateAlert, QByteArray("true")}};
    QCOMPARE(fix->edits, expected);
    const QString text = IssueMessages::describe(table, 0, IssueCode::ActionLegacy, nullptr);
    QVERIFY2(text.contains(QStringLiteral("CSV import refuses it")), qPrintable(text));
}

void TestConflictRules::sameIssuesOnOneThreadAndSeveral()
{
    // Enough rows for several chunks, with repeats of a few values in several scopes and actions.
    std::vector<Indicator> rows;
    const QStringList actions{QStringLiteral("Allowed"), QStringLiteral("Block"), QStringLiteral("Audit")};
    const QStringList groups{QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A,B")};
    for (int i = 0; i < 6000; ++i) {
        const QString value = QStringLiteral("203.0.%1.%2").arg(i % 7).arg(1 + i % 13);
        Indicator ind = row(QStringLiteral("IpAddress"), value, actions[i % 3], groups[(i / 3) % 4]);
        ind[Field::GenerateAlert] = QStringLiteral("true");
        rows.push_back(ind);
        if (i % 1000 == 0)
            rows.push_back(
                row(QStringLiteral("CertificateThumbprint"), kThumbprint, QStringLiteral("BlockAndRemediate")));
        if (i % 500 == 0)
            rows.push_back(row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Allowed")));
    }
    ValidationThreads::set(1, 512);
    const IndicatorDocument one = documentOf(rows);
    ValidationThreads::set(4, 512);
    const IndicatorDocument several = documentOf(rows);
    ValidationThreads::set(0);
    int flagged = 0;
    for (int r = 0; r < one.rowCount(); ++r) {
        QCOMPARE(one.issues(r), several.issues(r));
        flagged += one.issues(r).contains(IssueCode::RowAllowAndBlock) ? 1 : 0;
    }
    QVERIFY(flagged > 0);
}

void TestConflictRules::previewNamesWhatTheTenantHoldsAgainstARow()
{
    TenantSnapshot tenant;
    tenant.add(QStringLiteral("7"),
               row(QStringLiteral("DomainName"), QStringLiteral("example.org"), QStringLiteral("Allowed")));
    tenant.add(QStringLiteral("8"),
               row(QStringLiteral("FileSha256"), kHash, QStringLiteral("Block"), QStringLiteral("Servers")));
    tenant.add(QStringLiteral("9"), row(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.7"),
                                        QStringLiteral("Allowed"), QStringLiteral("Laptops")));
    tenant.finish();
    const IndicatorDocument doc = documentOf({
        row(QStringLiteral("DomainName"), QStringLiteral("EXAMPLE.org"), QStringLiteral("Block")),
        row(QStringLiteral("FileSha256"), kHash.toUpper(), QStringLiteral("Allowed"), QStringLiteral("servers")),
        row(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.7"), QStringLiteral("Block"),
            QStringLiteral("Servers")),
        row(QStringLiteral("DomainName"), QStringLiteral("example.org"), QStringLiteral("Allowed")),
    });
    ImportPlanner planner;
    planner.setTenant(&tenant);
    planner.compare(doc.table());
    const TenantComparison &comparison = planner.comparison();
    QCOMPARE(comparison.opposing, (std::vector<int>{0, 1, -1, -1}));
    QCOMPARE(comparison.opposingRows, 2);

    PreviewRowsModel model;
    model.setTenantOpposing(comparison.opposing, &tenant);
    model.setPlan(&doc.table(), planner.plan(doc.table(), nullptr, ImportPlanner::Choices()).plan);
    const QString first = model.index(0, PreviewRowsModel::OutcomeColumn).data().toString();
    QVERIFY2(first.endsWith(QStringLiteral(" · the tenant has it as Allowed (id 7)")), qPrintable(first));
    const QString tip = model.index(1, PreviewRowsModel::OutcomeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("The tenant holds this value as Block (id 8)")), qPrintable(tip));
    QVERIFY(!model.index(2, PreviewRowsModel::OutcomeColumn).data().toString().contains(QStringLiteral("tenant")));
    QVERIFY(model.index(3, PreviewRowsModel::OutcomeColumn).data(Qt::ToolTipRole).isNull());
}

QTEST_GUILESS_MAIN(TestConflictRules)
#include "TestConflictRules.moc"
